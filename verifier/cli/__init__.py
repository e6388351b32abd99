"""The command line: one ``verifier`` parser tree (``main``), and the pytest plugin.

Importing this package is cheap: the pytest plugin lives here too, and pytest loads it in
every session, so the parser tree and its commands are imported only when ``main`` runs.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """``verifier ...``: parse ``argv`` (default ``sys.argv[1:]``), run the command, exit code."""
    from verifier.cli.program import main as run

    if argv is None and _runs_no_user_code():
        _without_unused_sympy()
    code = run(argv)
    if argv is None:
        # Run as the program (the console script, ``python -m verifier``): the process
        # ends now, and its last garbage collection would walk every object SymPy and
        # the checks made (0.15 s, a fifth of ``import sympy``) only to free memory the
        # exit frees anyway. Frozen objects are left out of it. A caller that passes
        # ``argv`` goes on running, and keeps its collector as it was.
        import gc

        gc.freeze()
        _end_now(code)
    return code


# Commands that run none of the user's code: nothing of theirs waits for the exit, nor
# imports a part of SymPy the verifier never uses.
_NO_USER_CODE = ("check", "prove")


def _runs_no_user_code() -> bool:
    import sys

    return bool(sys.argv[1:2]) and sys.argv[1] in _NO_USER_CODE


def _without_unused_sympy() -> None:
    """Stand-ins for the parts of SymPy no check uses (``verifier.standins``).

    Only a program run of a command that runs no user code gets them (the workers it
    forks inherit them); a library caller is never touched.
    """
    from verifier import standins

    standins.tensors()
    standins.unused_packages()


def _end_now(code: int) -> None:
    """End the program now, once what it wrote is flushed, if the command runs no user code.

    The interpreter's own exit would then free, one by one, every object SymPy and the
    checks made (~40 ms after a check) and run ``atexit`` handlers, none of which the
    verifier registers; its workers are already stopped and its files closed. A
    command that runs the user's code (``gradcheck`` imports their model) exits the
    ordinary way, so that their handlers run."""
    import os
    import sys

    if _runs_no_user_code():
        # multiprocessing's own exit handler, skipped by os._exit, stops the workers a
        # failure left unlisted (a Ctrl-C as one was forked); a worker holds a copy of the
        # parent's end of its pipe, so it would otherwise wait for a task forever.
        if "multiprocessing" in sys.modules:
            for child in sys.modules["multiprocessing"].active_children():
                child.kill()
                child.join()
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:  # the reader went away (a closed pipe): nothing more to say
            pass
        os._exit(code)


__all__ = ["main"]

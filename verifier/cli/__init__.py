"""The command line: one ``verifier`` parser tree (``main``), and the pytest plugin.

Importing this package is cheap: the pytest plugin lives here too, and pytest loads it in
every session, so the parser tree and its commands are imported only when ``main`` runs.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """``verifier ...``: parse ``argv`` (default ``sys.argv[1:]``), run the command, exit code."""
    from verifier.cli.program import main as run

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


# Commands that run none of the user's code: nothing of theirs waits for the exit.
_QUICK_EXIT = ("check", "prove")


def _end_now(code: int) -> None:
    """End the program now, once what it wrote is flushed, if the command runs no user code.

    The interpreter's own exit would then free, one by one, every object SymPy and the
    checks made (~40 ms after a check) and run ``atexit`` handlers, none of which the
    verifier registers; its workers are already stopped and its files closed. A
    command that runs the user's code (``gradcheck`` imports their model) exits the
    ordinary way, so that their handlers run."""
    import os
    import sys

    if sys.argv[1:2] and sys.argv[1] in _QUICK_EXIT:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:  # the reader went away (a closed pipe): nothing more to say
            pass
        os._exit(code)


__all__ = ["main"]

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
    return code


__all__ = ["main"]

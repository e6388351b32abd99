"""The command line: one ``verifier`` parser tree (``main``), and the pytest plugin.

Importing this package is cheap: the pytest plugin lives here too, and pytest loads it in
every session, so the parser tree and its commands are imported only when ``main`` runs.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """``verifier ...``: parse ``argv`` (default ``sys.argv[1:]``), run the command, exit code."""
    from verifier.cli.program import main as run

    return run(argv)


__all__ = ["main"]

"""The command line: one ``verifier`` parser tree, and the pytest plugin."""

from verifier.cli.main import main

__all__ = ["main"]

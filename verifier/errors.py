"""The one exception hierarchy of the verifier, each class with its exit code.

Bad input (a malformed file, an unknown rule, a hostile expression) is exit 2;
a proof or a gradient check that fails is exit 1. The CLI maps exceptions to
exit codes here and nowhere else.
"""

from __future__ import annotations


class VerifierError(Exception):
    """Base class. ``exit_code`` is what the command line returns for it."""

    exit_code = 2

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None):
        self.message = message
        self.file = file
        self.line = line
        super().__init__(self.format())

    def format(self) -> str:
        where = ""
        if self.file is not None:
            where = f"{self.file}:{self.line}: " if self.line is not None else f"{self.file}: "
        return f"{where}{self.message}"


class InputError(VerifierError):
    """Bad input: a malformed file, an unknown name, a hostile expression. Exit 2."""

    exit_code = 2


class ProofFailed(VerifierError):
    """A derivation that was checked and is not proved. Exit 1."""

    exit_code = 1


class GradientCheckFailed(VerifierError):
    """A gradient or kernel comparison that disagrees beyond its tolerance. Exit 1."""

    exit_code = 1

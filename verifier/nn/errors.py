"""Bad input to the network code: `InputError`s (exit 2) that are also `ValueError`s.

They are ValueErrors too because NumPy users catch ValueError for a wrong shape; the CLI
catches InputError and prints one line.
"""

from __future__ import annotations

from verifier.errors import InputError


class BackpropInputError(InputError, ValueError):
    """Bad input to the network: shapes that do not chain, non-finite numbers, unknown names."""


class GradcheckInputError(InputError, ValueError):
    """Bad input to a gradient check: shapes, non-finite numbers, a kernel that will not load."""

"""A derivation verifier: checks calculus derivations step by step with SymPy.

The package is split along the data flow::

    parse -> derivation -> rules/checker -> render      (proofs)
    codegen -> kernels -> backprop/gradcheck             (numerics)

Importing ``verifier`` itself is cheap and imports neither SymPy nor NumPy;
``from verifier.kernels import sigmoid`` imports NumPy only.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]

"""NumPy kernels lambdified from what the verifier proved, and the tools that make them.

``from verifier.kernels import sigmoid`` imports NumPy and the generated module only;
SymPy is imported by ``specs`` (which proves each kernel's form) and ``emit`` (which
writes ``generated.py``) when ``verifier kernels --write`` runs, never by a user::

    specs (proved forms)  ->  emit (NumPy source)  ->  generated  ->  runtime (chunks, threads)
                                                         accuracy (ULP harness, mpmath)

The registries: ``KERNELS`` maps an activation's name ("sigmoid", "tanh", ...) to its
(forward, derivative) pair of kernels; ``ALL_KERNELS`` maps every kernel's name to it.

The generated module is imported on first use of one of its names (PEP 562), so that
``verifier kernels --write`` can regenerate a generated.py that no longer imports.
"""

from __future__ import annotations

import importlib


def __getattr__(name: str) -> object:
    if name.startswith("__") and name != "__all__":
        raise AttributeError(name)
    generated = importlib.import_module("verifier.kernels.generated")
    if name == "__all__":
        return generated.__all__
    try:
        return getattr(generated, name)
    except AttributeError:
        raise AttributeError(f"module 'verifier.kernels' has no attribute {name!r}") from None


def __dir__() -> list[str]:
    generated = importlib.import_module("verifier.kernels.generated")
    return sorted({*globals(), *generated.__all__})

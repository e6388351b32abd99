"""A derivation verifier: checks calculus derivations step by step with SymPy.

The packages follow the data flow (see docs/architecture.md)::

    proof (trusted: syntax -> model -> rules -> checker; refute untrusted)
      -> report (text, Markdown, LaTeX, JSON, GitHub, JUnit)      -> cli
      -> kernels (proved forms -> emitted NumPy)  -> nn (MLP, gradient checks)

The public names below are imported lazily: ``import verifier`` imports neither SymPy
nor NumPy, and ``from verifier.kernels import sigmoid`` imports NumPy only.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS = {
    "check": "verifier.api",
    "load": "verifier.api",
    "Derivation": "verifier.proof.model",
    "Step": "verifier.proof.model",
    "Verdict": "verifier.proof.checker",
    "StepVerdict": "verifier.proof.checker",
    "StepReport": "verifier.proof.checker",
    "DerivationReport": "verifier.proof.checker",
    "Counterexample": "verifier.proof.refute",
    "MLP": "verifier.nn.mlp",
    "check_gradients": "verifier.nn.gradients",
    "GradientReport": "verifier.nn.gradients",
    "VerifierError": "verifier.errors",
    "InputError": "verifier.errors",
    "ProofFailed": "verifier.errors",
    "GradientCheckFailed": "verifier.errors",
}

__all__ = [
    "MLP",
    "Counterexample",
    "Derivation",
    "DerivationReport",
    "GradientCheckFailed",
    "GradientReport",
    "InputError",
    "ProofFailed",
    "Step",
    "StepReport",
    "StepVerdict",
    "Verdict",
    "VerifierError",
    "__version__",
    "check",
    "check_gradients",
    "load",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value  # imported once
        return value
    raise AttributeError(f"module 'verifier' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:
    from verifier.api import check, load
    from verifier.errors import GradientCheckFailed, InputError, ProofFailed, VerifierError
    from verifier.nn.gradients import GradientReport, check_gradients
    from verifier.nn.mlp import MLP
    from verifier.proof.checker import DerivationReport, StepReport, StepVerdict, Verdict
    from verifier.proof.model import Derivation, Step
    from verifier.proof.refute import Counterexample

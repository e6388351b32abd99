"""Hand-written gradients of an `MLP` that disagree with the true ones: which bug explains them?

`diagnose` recomputes the gradients the way each common bug would (the derivative applied
to the activation, a missing transpose of the gradient or of W in the backward pass),
fits a constant factor (a flipped sign, a missing 1/2 or 1/batch), and names the
hypothesis that reproduces the hand-written gradients with the fewest causes. It assumes
the `MLP`'s conventions (the loss summed over the batch); for any network and any loss,
`verifier.nn.gradients.check_gradients` compares against the loss itself.

Example::

    >>> import numpy as np
    >>> from verifier.nn.mlp import MLP
    >>> from verifier.nn.diagnose import diagnose
    >>> net = MLP([np.full((3, 4), 0.1), np.full((4, 2), -0.2)])
    >>> X, T = np.array([[0.5, 0.7, 0.9]]), np.array([[0.1, 0.8]])
    >>> dWs, _ = net.gradients(X, T)
    >>> diagnose([-g for g in dWs], net, X, T).cause
    'flipped sign'
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from verifier.nn.errors import GradcheckInputError
from verifier.nn.mlp import MLP

CAUSE_ACTIVATION = "derivative applied to the activation"
CAUSE_TRANSPOSE = "missing transpose"
CAUSE_SIGN = "flipped sign"
CAUSE_FACTOR = "missing factor"

CAUSE_HELP = {
    CAUSE_ACTIVATION: (
        "the derivative kernel was given each layer's output a = S(z) instead of its input z, "
        "so it computes S'(S(z)) = S(S(z))(1 - S(S(z))) where the chain rule needs "
        "S'(z) = S(z)(1 - S(z)). Give the derivative the pre-activation z "
        "(or compute a * (1 - a) from the activation, but not both)."
    ),
    CAUSE_SIGN: (
        "the gradient has the opposite sign: it is -dL/dW (e.g. error = target - output "
        "instead of output - target). With W -= lr * grad that climbs the loss."
    ),
}

# (reproduction tolerance) hand-written gradients that a hypothesis reproduces to this
# relative accuracy are explained by it; the hypotheses differ by O(1), rounding by 1e-15.
REPRODUCE_RTOL = 1e-8


@dataclass(frozen=True)
class Diagnosis:
    """Which common bug reproduces the hand-written gradients, and how wrong they are.

    ``causes`` is empty when the gradients are right (``explained`` True) or when no
    hypothesis reproduces them (``explained`` False). ``max_rel_error`` is the size of the
    error: max over the arrays of max|hand - true| / max|true|.
    """

    causes: tuple[str, ...]
    explained: bool
    factor: float
    reproduction_error: float
    max_rel_error: float
    per_array: tuple[tuple[str, float], ...]
    detail: str

    @property
    def cause(self) -> str:
        if self.causes:
            return " + ".join(self.causes)
        return "none (the gradients are right)" if self.explained else "unexplained"


def variant_gradients(
    net: MLP,
    X: Any,
    T: Any,
    loss: str = "mse",
    *,
    on_activation: bool = False,
    untransposed_backprop: bool = False,
) -> list[np.ndarray]:
    """The weight gradients as a hypothesized bug would compute them.

    ``on_activation``: the derivative kernel is evaluated on each layer's output a = f(z).
    ``untransposed_backprop``: the error is sent back as delta @ W instead of delta @ W.T
    (only shape-correct for square W, which is when the bug goes unnoticed).
    """
    net.forward(X)
    A, Z = net._a, net._z
    Y = A[-1]
    Tm = np.asarray(T, dtype=np.float64).reshape(Y.shape)
    dprime = net.activation.derivative
    at = A[1:] if on_activation else Z
    delta = (Y - Tm) * dprime(at[-1]) if loss == "mse" else Y - Tm
    grads: list[np.ndarray] = [np.empty(0)] * len(net.weights)
    for i in range(len(net.weights) - 1, -1, -1):
        grads[i] = A[i].T @ delta
        if i:
            W = net.weights[i]
            delta = (delta @ (W if untransposed_backprop else W.T)) * dprime(at[i - 1])
    return grads


def _factor_hint(c: float, batch: int) -> str:
    known = {2.0: "2: the 1/2 of the loss dropped", 0.5: "1/2: an extra 1/2"}
    if batch > 1:
        known[1.0 / batch] = f"1/{batch}: the mean over the batch instead of the sum"
        known[float(batch)] = f"{batch}: the batch size"
    for value, text in known.items():
        if math.isclose(abs(c), value, rel_tol=1e-6):
            return text
    return f"{abs(c):.6g}: a constant such as the learning rate folded in"


def _scaled_error(hand: np.ndarray, true: np.ndarray) -> float:
    """max|hand - true| / max|true|: an error a learner can read as a percentage."""
    return float(np.max(np.abs(hand - true)) / max(float(np.max(np.abs(true))), 1e-300))


def _split_handwritten(handwritten_grads: Any) -> tuple[list[np.ndarray], list[np.ndarray] | None]:
    items = list(handwritten_grads)
    if len(items) == 2 and all(
        it is None or (isinstance(it, list | tuple) and not isinstance(it, np.ndarray))
        for it in items
    ):
        dWs, dbs = items
        return [np.asarray(g, dtype=np.float64) for g in dWs], (
            None if dbs is None else [np.asarray(g, dtype=np.float64) for g in dbs]
        )
    return [np.asarray(g, dtype=np.float64) for g in items], None


def diagnose(
    handwritten_grads: Any,
    net: MLP,
    X: Any,
    T: Any,
    *,
    loss: str = "mse",
) -> Diagnosis:
    """Name the common bug that reproduces ``handwritten_grads`` (dL/dW, same sign convention).

    ``handwritten_grads`` is a sequence of weight gradients, or (dWs, dbs) as `MLP.gradients`
    returns. Each hypothesis (derivative on the activation; missing transpose, of the gradient
    or of W in the backward pass; none) is recomputed, a constant factor c is fitted by least
    squares, and the hypothesis that reproduces the hand-written gradients with the fewest
    named causes wins (c = -1 is a flipped sign, |c| != 1 a missing factor).
    """
    H, Hb = _split_handwritten(handwritten_grads)
    if len(H) != len(net.weights):
        raise GradcheckInputError(
            f"handwritten_grads: {len(H)} weight gradients for {len(net.weights)} layers"
        )
    for i, (g, W) in enumerate(zip(H, net.weights, strict=True)):
        if g.shape not in (W.shape, W.T.shape):
            raise GradcheckInputError(
                f"handwritten_grads[{i}]: shape {g.shape} matches neither W{i + 1} {W.shape} "
                "nor its transpose"
            )
        if not np.all(np.isfinite(g)):
            raise GradcheckInputError(f"handwritten_grads[{i}]: contains nan or inf")
    true_W, true_b = net.gradients(X, T, loss)
    batch = 1 if np.asarray(X).ndim == 1 else np.asarray(X).shape[0]

    # The size of the error, against the true gradient in the hand-written orientation.
    per_array = []
    for i, (g, t) in enumerate(zip(H, true_W, strict=True)):
        t = t if g.shape == t.shape else t.T
        per_array.append((f"W{i + 1}", _scaled_error(g, t)))
    if Hb is not None and true_b is not None:
        for i, (g, t) in enumerate(zip(Hb, true_b, strict=True)):
            per_array.append((f"b{i + 1}", _scaled_error(g, t)))
    max_rel = max(err for _, err in per_array)

    square = all(W.shape[0] == W.shape[1] for W in net.weights[1:])
    candidates = []
    for on_act in (False, True):
        for transpose in (None, "gradient", "backprop"):
            if transpose == "backprop" and (len(net.weights) < 2 or not square):
                continue
            grads = variant_gradients(
                net, X, T, loss, on_activation=on_act, untransposed_backprop=transpose == "backprop"
            )
            if transpose == "gradient":
                if not any(g.shape == v.T.shape for g, v in zip(H, grads, strict=True)):
                    continue
                grads = [v.T if g.shape == v.T.shape else v for g, v in zip(H, grads, strict=True)]
            if any(g.shape != v.shape for g, v in zip(H, grads, strict=True)):
                continue
            h = np.concatenate([g.ravel() for g in H])
            v = np.concatenate([g.ravel() for g in grads])
            vv = float(v @ v)
            c = float(h @ v) / vv if vv > 0 else 1.0
            resid = float(np.linalg.norm(h - c * v) / max(np.linalg.norm(h), 1e-300))
            if resid > REPRODUCE_RTOL:
                continue
            causes = []
            if on_act:
                causes.append(CAUSE_ACTIVATION)
            if transpose:
                causes.append(CAUSE_TRANSPOSE)
            if c < 0:
                causes.append(CAUSE_SIGN)
            if abs(abs(c) - 1.0) > REPRODUCE_RTOL:
                causes.append(CAUSE_FACTOR)
            candidates.append((len(causes), resid, tuple(causes), c, transpose))
    if not candidates:
        return Diagnosis(
            causes=(),
            explained=False,
            factor=float("nan"),
            reproduction_error=float("nan"),
            max_rel_error=max_rel,
            per_array=tuple(per_array),
            detail=(
                "none of the common causes (derivative applied to the activation, missing "
                "transpose, flipped sign, missing factor) reproduces the hand-written gradients"
            ),
        )
    _, resid, causes, c, transpose = min(candidates, key=lambda cand: (cand[0], cand[1]))
    lines = []
    for cause in causes:
        if cause == CAUSE_TRANSPOSE:
            lines.append(
                "the gradient of W has the shape of W.T: it was computed as delta.T @ a "
                "instead of a.T @ delta"
                if transpose == "gradient"
                else "the error was sent back through W instead of W.T "
                "(delta @ W instead of delta @ W.T)"
            )
        elif cause == CAUSE_FACTOR:
            lines.append(f"every entry carries a constant factor {_factor_hint(c, batch)}")
        else:
            lines.append(CAUSE_HELP[cause])
    if not causes:
        lines.append("the hand-written gradients agree with the true ones")
    return Diagnosis(
        causes=causes,
        explained=True,
        factor=c,
        reproduction_error=resid,
        max_rel_error=max_rel,
        per_array=tuple(per_array),
        detail="\n".join(lines),
    )

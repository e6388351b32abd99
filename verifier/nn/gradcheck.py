"""Gradient checks: the proved kernels against finite differences and against hand-written code.

Three questions, one function each:

* `compare_kernels` - does a hand-written kernel (say ``fx * (1 - fx)``) agree with the
  generated one over the whole float64 line, and if not, where do they part?
* `gradcheck` - do the backprop gradients of an `MLP` agree with central finite
  differences of its loss?
* `diagnose` - hand-written gradients disagree with the true ones: which common bug
  (derivative applied to the activation, missing transpose, flipped sign, missing
  factor) reproduces them?

`run_blog` puts them together on the network this project grew from (a blog's
hand-written NumPy network with two bugs), and `main` is ``verifier gradcheck``.

Example::

    >>> import numpy as np
    >>> from verifier.nn.mlp import MLP
    >>> from verifier.nn.gradcheck import gradcheck
    >>> rng = np.random.default_rng(0)
    >>> net = MLP([rng.uniform(-1, 1, (3, 4)), rng.uniform(-1, 1, (4, 2))])
    >>> gradcheck(net, [0.5, 0.7, 0.9], [0.1, 0.8]).passed
    True
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import math
import os
import sys
import textwrap
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, TextIO

import numpy as np

from verifier import kernels
from verifier.errors import InputError
from verifier.nn.mlp import MLP, BackpropInputError, text_progress

EPS = float(np.finfo(np.float64).eps)

# Two kernels agree at x when their values are within KERNEL_RTOL of each other, or within
# KERNEL_ULP units in the last place (the second clause is for subnormal results, where a
# 1-ULP difference is a large relative one). Both kernels being accurate to a few ULP of the
# true value passes easily; losing 4 digits to cancellation does not.
KERNEL_RTOL = 1e-12
KERNEL_ULP = 4.0


class GradcheckInputError(InputError, ValueError):
    """Bad input to a gradient check: shapes, non-finite numbers, a kernel that will not load."""


# --------------------------------------------------------------------------------------------
# Kernels against kernels


@dataclass(frozen=True)
class KernelComparison:
    """A hand-written kernel against the generated one over a grid of x values.

    They *part* at x when they differ by more than ``rtol`` relative and more than
    ``ulp_tol`` ULP (a nan on one side only is a difference). ``part_x`` is the smallest x, in
    ascending grid order, at which they part; ``part_nearest_zero`` is the parting x of
    smallest |x|, where a learner walking out from 0 first meets the disagreement (for a
    kernel wrong for x < -20: about -745 and -20.005). Both are None when they agree
    everywhere. ``part_ranges`` are the runs of grid points where they part, as (first x,
    last x); runs less than `MERGE_GAP` grid points apart are merged, because near where
    cancellation sets in the difference flickers around the tolerance.
    """

    generated: str
    handwritten: str
    n_points: int
    max_ulp: float
    max_rel_diff: float
    worst_x: float
    part_x: float | None
    part_nearest_zero: float | None
    n_parting: int
    part_ranges: tuple[tuple[float, float], ...]
    generated_at_part: float | None
    handwritten_at_part: float | None
    rtol: float
    ulp_tol: float
    handwritten_warnings: tuple[str, ...] = ()
    provenance: dict[str, Any] | None = field(default=None, compare=False, hash=False)

    @property
    def agree(self) -> bool:
        return self.part_x is None


MERGE_GAP = 64


def default_grid() -> np.ndarray:
    """Dense on [-40, 40], log-spaced tails out to +-745, and the special values, sorted."""
    dense = np.linspace(-40.0, 40.0, 16001)  # step 0.005
    tail = np.geomspace(40.0, 745.0, 4000)[1:]
    big = np.array([746.0, 800.0, 1e3, 1e5, 1e10, 1e100, 1e300, np.finfo(np.float64).max])
    tiny = np.array([5e-324, 1e-320, 2.2250738585072014e-308, 1e-300, 1e-100, 1e-20, 1e-8])
    # The edges of the float64 exp: e^x overflows above 709.78 and underflows below -745.13.
    edges = np.array([36.7, 36.8, 709.78, 709.79, 745.13, 745.14])
    positive = np.concatenate([tail, big, tiny, edges])
    grid = np.concatenate([dense, positive, -positive, [-0.0, np.inf, -np.inf, np.nan]])
    return np.sort(grid, kind="stable")  # nan sorts last


def _ordered_bits(a: np.ndarray) -> np.ndarray:
    """float64 -> uint64 that is monotone in the float's value, so ULP distance is a subtraction."""
    i = a.view(np.int64)
    signed = np.where(i < 0, np.int64(-(2**63)) - i, i)  # -0.0 and 0.0 both map to 0
    return signed.view(np.uint64) ^ np.uint64(1 << 63)


def ulp_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Units in the last place between a and b elementwise; 0 for two nans, inf for one."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    ua, ub = _ordered_bits(np.ascontiguousarray(a)), _ordered_bits(np.ascontiguousarray(b))
    d = np.where(ua >= ub, ua - ub, ub - ua).astype(np.float64)
    na, nb = np.isnan(a), np.isnan(b)
    d[na & nb] = 0.0
    d[na ^ nb] = np.inf
    return d


def relative_difference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """|a - b| / max(|a|, |b|) elementwise; 0 where equal (infinities too), inf for one nan."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    with np.errstate(all="ignore"):
        r = np.abs(a - b) / np.maximum(np.abs(a), np.abs(b))
    r[a == b] = 0.0
    r[np.isnan(r)] = np.inf  # one nan, or inf against a different value
    r[np.isnan(a) & np.isnan(b)] = 0.0
    return r


def _kernel_name(fn: Callable[..., Any]) -> str:
    module = getattr(fn, "__module__", None)
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or repr(fn)
    return f"{module}.{name}" if module else name


def _evaluate(fn: Callable[..., Any], x: np.ndarray, role: str) -> np.ndarray:
    """fn over x as a float64 array; falls back to one call per element for scalar-only code."""
    try:
        y = np.asarray(fn(x.copy()), dtype=np.float64)
        if y.shape == x.shape:
            return y
    except Exception:  # scalar-only code (math.exp on an array) raises all sorts of things
        pass
    out = np.empty_like(x)
    for k, xk in enumerate(x.tolist()):
        try:
            out[k] = float(fn(xk))
        except (ArithmeticError, ValueError):
            out[k] = np.nan  # math.exp(1000) raises OverflowError: the kernel has no value here
        except Exception as exc:
            raise GradcheckInputError(
                f"{role} kernel {_kernel_name(fn)} raised {type(exc).__name__} at x = {xk!r}: {exc}"
            ) from None
    return out


def compare_kernels(
    generated: Callable[..., Any],
    handwritten: Callable[..., Any],
    domain: Any = None,
    *,
    rtol: float = KERNEL_RTOL,
    ulp_tol: float = KERNEL_ULP,
) -> KernelComparison:
    """Compare ``handwritten`` with ``generated`` on ``domain`` (default: `default_grid`).

    ``domain`` is an array of x values, or a (lo, hi) pair that restricts the default grid.
    The hand-written kernel's RuntimeWarnings are suppressed and reported as text.
    """
    for role, fn in (("generated", generated), ("handwritten", handwritten)):
        if not callable(fn):
            raise GradcheckInputError(f"{role}: not callable: {type(fn).__name__}")
    if domain is None:
        x = default_grid()
    elif isinstance(domain, tuple) and len(domain) == 2:
        lo, hi = (float(v) for v in domain)
        grid = default_grid()
        x = grid[(grid >= lo) & (grid <= hi)]
    else:
        x = np.sort(np.asarray(domain, dtype=np.float64).ravel(), kind="stable")
    if x.size == 0:
        raise GradcheckInputError("domain: no points to compare on")

    g = _evaluate(generated, x, "generated")
    # Underflow to a subnormal or to 0 is the right answer in the tails, not worth a word.
    with (
        warnings.catch_warnings(record=True) as caught,
        np.errstate(over="warn", invalid="warn", divide="warn", under="ignore"),
    ):
        warnings.simplefilter("always", RuntimeWarning)
        h = _evaluate(handwritten, x, "handwritten")
    messages = tuple(sorted({str(w.message) for w in caught if w.category is RuntimeWarning}))

    ulp = ulp_distance(g, h)
    rel = relative_difference(g, h)
    parts = (rel > rtol) & (ulp > ulp_tol)
    worst = int(np.argmax(ulp))
    ranges: list[tuple[float, float]] = []
    idx = np.flatnonzero(parts)
    if idx.size:
        breaks = np.flatnonzero(np.diff(idx) > MERGE_GAP)
        starts = np.concatenate([[idx[0]], idx[breaks + 1]])
        ends = np.concatenate([idx[breaks], [idx[-1]]])
        ranges = [(float(x[s]), float(x[e])) for s, e in zip(starts, ends, strict=True)]
    first = int(idx[0]) if idx.size else None
    nearest = int(idx[np.argmin(np.abs(x[idx]))]) if idx.size else None
    return KernelComparison(
        generated=_kernel_name(generated),
        handwritten=_kernel_name(handwritten),
        n_points=int(x.size),
        max_ulp=float(ulp.max()),
        max_rel_diff=float(rel.max()),
        worst_x=float(x[worst]),
        part_x=None if first is None else float(x[first]),
        part_nearest_zero=None if nearest is None else float(x[nearest]),
        n_parting=int(idx.size),
        part_ranges=tuple(ranges),
        generated_at_part=None if first is None else float(g[first]),
        handwritten_at_part=None if first is None else float(h[first]),
        rtol=rtol,
        ulp_tol=ulp_tol,
        handwritten_warnings=messages,
        provenance=getattr(generated, "provenance", None),
    )


# --------------------------------------------------------------------------------------------
# Backprop against finite differences


@dataclass(frozen=True)
class GradcheckResult:
    """Every parameter's backprop gradient against a central finite difference of the loss.

    An entry passes when |backprop - fd| <= rtol * max(|backprop|, |fd|), or when the
    difference is within the finite difference's own rounding noise (for gradients that are
    zero up to rounding). ``worst_rel_error`` is |backprop - fd| / max(|backprop|, |fd|,
    noise / rtol), so passing is exactly ``worst_rel_error <= rtol``.
    """

    n_params: int
    worst_rel_error: float
    worst_param: str
    worst_backprop: float
    worst_fd: float
    per_array: tuple[tuple[str, float], ...]
    rtol: float
    loss: str
    method: str

    @property
    def passed(self) -> bool:
        return self.worst_rel_error <= self.rtol


FD_METHOD = "fourth-order central difference, h = eps**(1/5) * max(1, |w|) per parameter"


def _named_params(net: MLP) -> list[tuple[str, np.ndarray]]:
    named = [(f"W{i + 1}", W) for i, W in enumerate(net.weights)]
    named += [(f"b{i + 1}", b) for i, b in enumerate(net.biases or [])]
    return named


def gradcheck(net: MLP, X: Any, T: Any, loss: str = "mse", rtol: float = 1e-7) -> GradcheckResult:
    """Check ``net.gradients(X, T, loss)`` against finite differences of ``net.loss``.

    The finite difference is (-L(w+2h) + 8 L(w+h) - 8 L(w-h) + L(w-2h)) / 12h, whose
    truncation error is O(h^4): with the plain two-point formula the truncation and rounding
    errors meet near 1e-8 relative, too close to the 1e-7 we hold backprop to.
    """
    if not isinstance(net, MLP):
        raise GradcheckInputError(f"net: expected an MLP, got {type(net).__name__}")
    if not (rtol > 0 and math.isfinite(rtol)):
        raise GradcheckInputError(f"rtol: must be a positive number, got {rtol!r}")
    dWs, dbs = net.gradients(X, T, loss)
    analytic = dWs + (dbs or [])
    worst = (-1.0, "", 0.0, 0.0)
    per_array = []
    n = 0
    for (name, P), G in zip(_named_params(net), analytic, strict=True):
        array_worst = 0.0
        for idx in np.ndindex(P.shape):
            w = float(P[idx])
            h = EPS**0.2 * max(1.0, abs(w))
            h = (w + h) - w  # a step that is exact in float64, so w +- h are the points we mean
            values = []
            for k in (2.0, 1.0, -1.0, -2.0):
                P[idx] = w + k * h
                values.append(net.loss(X, T, loss))
            P[idx] = w
            fd = (-values[0] + 8.0 * values[1] - 8.0 * values[2] + values[3]) / (12.0 * h)
            # The rounding noise of that quotient: a few eps of the loss, amplified by 18/12h.
            noise = 8.0 * EPS * max(1.0, max(abs(v) for v in values)) / h
            a = float(G[idx])
            err = abs(a - fd) / max(abs(a), abs(fd), noise / rtol)
            array_worst = max(array_worst, err)
            if err > worst[0]:
                worst = (err, f"{name}[{', '.join(map(str, idx))}]", a, fd)
            n += 1
        per_array.append((name, array_worst))
    net.forward(X)  # leave the cached activations those of the unperturbed parameters
    return GradcheckResult(
        n_params=n,
        worst_rel_error=worst[0],
        worst_param=worst[1],
        worst_backprop=worst[2],
        worst_fd=worst[3],
        per_array=tuple(per_array),
        rtol=rtol,
        loss=loss,
        method=FD_METHOD,
    )


# --------------------------------------------------------------------------------------------
# Hand-written gradients: which bug explains them?

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


# --------------------------------------------------------------------------------------------
# The blog's network, reproduced exactly

BLOG_INPUT = np.array([0.5, 0.7, 0.9])
BLOG_TARGET = np.array([0.1, 0.8])
BLOG_LR = 0.05
BLOG_SEED = 0


def blog_initial_weights(seed: int = BLOG_SEED) -> tuple[np.ndarray, np.ndarray]:
    """W1 (3, 4) then W2 (4, 2), drawn from np.random.default_rng(seed).uniform(-1, 1)."""
    rng = np.random.default_rng(seed)
    return rng.uniform(-1.0, 1.0, (3, 4)), rng.uniform(-1.0, 1.0, (4, 2))


# The blog's code as it was published (its line numbers are reported): not reformatted.
# fmt: off
def blog_train_step(input_data, target, W1, W2, learning_rate):
    """The blog's code, verbatim; it updates W1 and W2 in place (or raises)."""
    def sigmoid(x): return 1 / (1 + np.exp(-x))
    def derivative_sigmoid(x):
        fx = sigmoid(x)
        return fx * (1 - fx)
    hidden = sigmoid(np.dot(input_data, W1))
    predicted = sigmoid(np.dot(hidden, W2))
    error = target - predicted
    d_predicted = error * derivative_sigmoid(predicted)
    error_hidden = d_predicted.dot(W2.T)
    d_hidden = error_hidden * derivative_sigmoid(hidden)
    W2 += hidden.T.dot(d_predicted) * learning_rate
    W1 += input_data.reshape((3,1)).dot(d_hidden.reshape((1,4))) * learning_rate


def blog_train_step_crash_fixed(input_data, target, W1, W2, learning_rate):
    """The blog's code with only the crashing line fixed (np.outer); the derivative bug stays."""
    def sigmoid(x): return 1 / (1 + np.exp(-x))
    def derivative_sigmoid(x):
        fx = sigmoid(x)
        return fx * (1 - fx)
    hidden = sigmoid(np.dot(input_data, W1))
    predicted = sigmoid(np.dot(hidden, W2))
    error = target - predicted
    d_predicted = error * derivative_sigmoid(predicted)
    error_hidden = d_predicted.dot(W2.T)
    d_hidden = error_hidden * derivative_sigmoid(hidden)
    W2 += np.outer(hidden, d_predicted) * learning_rate
    W1 += input_data.reshape((3,1)).dot(d_hidden.reshape((1,4))) * learning_rate


def blog_train_step_corrected(input_data, target, W1, W2, learning_rate):
    """The blog's step corrected: S' of the pre-activation, by the proved kernel; outer products."""
    sigmoid, sigmoid_prime = kernels.sigmoid, kernels.sigmoid_prime
    z_hidden = np.dot(input_data, W1)
    hidden = sigmoid(z_hidden)
    z_predicted = np.dot(hidden, W2)
    predicted = sigmoid(z_predicted)
    error = target - predicted                                  # = -dL/dpredicted
    d_predicted = error * sigmoid_prime(z_predicted)            # S'(z), not S'(S(z))
    error_hidden = d_predicted.dot(W2.T)
    d_hidden = error_hidden * sigmoid_prime(z_hidden)
    W2 += np.outer(hidden, d_predicted) * learning_rate         # (4,) x (2,) -> (4, 2)
    W1 += np.outer(input_data, d_hidden) * learning_rate        # (3,) x (4,) -> (3, 4)
# fmt: on


def _body(fn: Callable[..., Any]) -> tuple[list[str], int]:
    """fn's body (after the def and docstring) as lines, and the file line of the first."""
    try:
        lines, start = inspect.getsourcelines(fn)
    except (OSError, TypeError):
        return [], 0
    skip = next(k for k, line in enumerate(lines) if line.strip().endswith('"""')) + 1
    return [line.rstrip()[4:] for line in lines[skip:]], start + skip


@dataclass(frozen=True)
class BlogCrash:
    """Where the blog's code raised, and why."""

    error: str
    line: int  # 1-based, counting the lines of the blog's code as listed by `blog_source`
    statement: str
    file_line: int
    cause: str
    fix: str


@dataclass(frozen=True)
class BlogReport:
    """The blog's network: its crash, its (crash-fixed) gradient, the diagnosis, the correction."""

    seed: int
    gradcheck: GradcheckResult
    crash: BlogCrash | None
    diagnosis: Diagnosis
    blog_gradients: tuple[np.ndarray, ...]  # -(update) / lr: the blog's dL/dW
    true_gradients: tuple[np.ndarray, ...]
    corrected_weights: tuple[np.ndarray, ...]
    loss_before: float
    loss_after_blog: float
    loss_after_corrected: float


def blog_source(fn: Callable[..., Any] = blog_train_step) -> list[str]:
    """The blog's code (or a variant's), one string a line, as the report lists it."""
    return _body(fn)[0]


def _blog_net(W1: np.ndarray, W2: np.ndarray) -> MLP:
    return MLP([W1, W2], activation="sigmoid")


def run_blog_crash(seed: int = BLOG_SEED) -> BlogCrash | None:
    """Run the blog's step as written; None if it does not raise."""
    W1, W2 = blog_initial_weights(seed)
    try:
        blog_train_step(BLOG_INPUT.copy(), BLOG_TARGET.copy(), W1, W2, BLOG_LR)
    except ValueError as exc:
        frame = next(
            f
            for f in reversed(traceback.extract_tb(exc.__traceback__))
            if f.name == blog_train_step.__name__
        )
        _, first = _body(blog_train_step)
        lineno = frame.lineno or 0
        return BlogCrash(
            error=f"{type(exc).__name__}: {exc}",
            line=lineno - first + 1,
            statement=(frame.line or "").strip(),
            file_line=lineno,
            cause=(
                "hidden has shape (4,): a 1-D array. For a 1-D array .T returns the array "
                "unchanged, so hidden.T.dot(d_predicted) is a dot product of a (4,) vector "
                "with a (2,) vector, which NumPy rejects. The update of W2 (4, 2) needs "
                "the outer product of hidden and d_predicted."
            ),
            fix="W2 += np.outer(hidden, d_predicted) * learning_rate",
        )
    return None


def run_blog(seed: int = BLOG_SEED) -> BlogReport:
    """The whole story of the blog's network for initial weights drawn with ``seed``."""
    W1, W2 = blog_initial_weights(seed)
    net = _blog_net(W1, W2)
    check = gradcheck(net, BLOG_INPUT, BLOG_TARGET)
    crash = run_blog_crash(seed)

    # The blog adds lr * G to W, with G built from error = target - predicted: gradient
    # descent, so G = -dL/dW. Compare -G with dL/dW.
    B1, B2 = W1.copy(), W2.copy()
    blog_train_step_crash_fixed(BLOG_INPUT.copy(), BLOG_TARGET.copy(), B1, B2, BLOG_LR)
    blog_grads = (-(B1 - W1) / BLOG_LR, -(B2 - W2) / BLOG_LR)
    diagnosis = diagnose(list(blog_grads), net, BLOG_INPUT, BLOG_TARGET)
    true_W, _ = net.gradients(BLOG_INPUT, BLOG_TARGET)

    C1, C2 = W1.copy(), W2.copy()
    blog_train_step_corrected(BLOG_INPUT.copy(), BLOG_TARGET.copy(), C1, C2, BLOG_LR)
    return BlogReport(
        seed=seed,
        gradcheck=check,
        crash=crash,
        diagnosis=diagnosis,
        blog_gradients=blog_grads,
        true_gradients=tuple(true_W),
        corrected_weights=(C1, C2),
        loss_before=net.loss(BLOG_INPUT, BLOG_TARGET),
        loss_after_blog=_blog_net(B1, B2).loss(BLOG_INPUT, BLOG_TARGET),
        loss_after_corrected=_blog_net(C1, C2).loss(BLOG_INPUT, BLOG_TARGET),
    )


# --------------------------------------------------------------------------------------------
# The command line: verifier gradcheck


class _Usage(Exception):
    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse that reports to main() instead of exiting, so main() returns the code."""

    def error(self, message: str) -> NoReturn:
        raise _Usage(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _Usage("", status)


def _parser() -> _Parser:
    p = _Parser(
        prog="verifier gradcheck",
        description="Backprop with the proved kernels, checked against finite differences, and "
        "the blog's hand-written network diagnosed. With --kernel, compare your kernel with "
        "a generated one.",
    )
    p.add_argument(
        "--kernel",
        metavar="MODULE:FUNCTION",
        help="your kernel: a dotted module importable from the current directory, "
        "or path/to/file.py, then :function",
    )
    p.add_argument(
        "--against",
        metavar="NAME",
        help="the generated kernel to compare it with, e.g. sigmoid_prime",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=BLOG_SEED,
        help="seed of the blog network's initial weights (default 0)",
    )
    p.add_argument(
        "--epochs",
        type=int,
        default=1000,
        help="epochs to train the corrected and the blog's network (default 1000)",
    )
    return p


def generated_kernels() -> dict[str, Callable[..., Any]]:
    """The one-argument generated kernels by name: each activation and its derivative."""
    table: dict[str, Callable[..., Any]] = {}
    for name, (forward, derivative) in kernels.KERNELS.items():
        table[name] = forward
        table[getattr(derivative, "__name__", f"{name}_prime")] = derivative
        table.setdefault(f"{name}_prime", derivative)
    return table


def load_kernel(spec: str) -> Callable[..., Any]:
    """Import ``module:function`` (dotted, from the current directory) or ``path.py:function``."""
    module_name, sep, attr = spec.rpartition(":")
    if not sep or not module_name or not attr:
        raise GradcheckInputError(
            f"--kernel: expected MODULE:FUNCTION or path/to/file.py:FUNCTION, got {spec!r}"
        )
    try:
        if module_name.endswith(".py") or "/" in module_name or os.sep in module_name:
            path = Path(module_name)
            if not path.is_file():
                raise GradcheckInputError(f"--kernel: no such file {module_name!r}")
            loader_spec = importlib.util.spec_from_file_location(
                f"_verifier_user_kernel_{path.stem}", path
            )
            if loader_spec is None or loader_spec.loader is None:
                raise GradcheckInputError(f"--kernel: cannot import {module_name!r}")
            module = importlib.util.module_from_spec(loader_spec)
            loader_spec.loader.exec_module(module)  # importing the file is what --kernel asks
        else:
            added = os.getcwd() not in sys.path
            if added:
                sys.path.insert(0, os.getcwd())
            try:
                module = importlib.import_module(module_name)
            finally:
                if added:
                    sys.path.remove(os.getcwd())
    except GradcheckInputError:
        raise
    except BaseException as exc:  # a user module may raise anything, even SystemExit
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise GradcheckInputError(
            f"--kernel: importing {module_name!r} failed: {type(exc).__name__}: {exc}"
        ) from None
    if not hasattr(module, attr):
        raise GradcheckInputError(f"--kernel: module {module_name!r} has no attribute {attr!r}")
    fn = getattr(module, attr)
    if not callable(fn):
        raise GradcheckInputError(
            f"--kernel: {spec!r} is not callable (it is a {type(fn).__name__})"
        )
    return fn


def _provenance_line(fn: Callable[..., Any]) -> str:
    prov = getattr(fn, "provenance", None)
    if not prov:
        return "(no provenance recorded: kernels.py is the hand-written stand-in)"
    parts = [f"{key} {prov[key]}" for key in ("derivation", "derivation_id") if key in prov]
    parts += [f"{key} {prov[key]}" for key in ("form", "emitted") if key in prov]
    parts += [f"{key} {str(prov[key])[:16]}" for key in ("sha256",) if key in prov]
    return "; ".join(parts) if parts else str(prov)


def _fmt_matrix(M: np.ndarray, indent: str) -> str:
    rows = np.array2string(M, precision=6, suppress_small=False, floatmode="fixed")
    return "\n".join(indent + row for row in rows.splitlines())


def _para(out: TextIO, text: str, first: str, rest: str | None = None) -> None:
    """Write text wrapped to 90 columns, the first line prefixed by ``first``."""
    rest = " " * len(first) if rest is None else rest
    out.write(textwrap.fill(text, 90, initial_indent=first, subsequent_indent=rest) + "\n")


def _report_kernel(args: argparse.Namespace, out: TextIO) -> int:
    if not args.against:
        raise GradcheckInputError(
            "--against: required with --kernel (e.g. --against sigmoid_prime)"
        )
    table = generated_kernels()
    if args.against not in table:
        raise GradcheckInputError(
            f"--against: unknown kernel {args.against!r} (known: {', '.join(sorted(table))})"
        )
    user = load_kernel(args.kernel)
    generated = table[args.against]
    cmp = compare_kernels(generated, user)
    w = out.write
    w(f"Your kernel {args.kernel} against the generated {args.against}\n")
    w(f"  generated: {_provenance_line(generated)}\n")
    w(
        f"  grid: {cmp.n_points} points, dense on [-40, 40], log-spaced out to +-745,\n"
        "        0, -0, subnormals, +-inf and nan, in ascending order\n"
    )
    w(f"  tolerance: they agree at x when within {cmp.rtol:g} relative or {cmp.ulp_tol:g} ULP\n")
    worst = f" (worst at x = {cmp.worst_x:.6g})" if cmp.max_ulp > 0 else ""
    w(f"  max difference: {cmp.max_ulp:.3g} ULP, {cmp.max_rel_diff:.3g} relative{worst}\n")
    if cmp.handwritten_warnings:
        w(f"  your kernel warned: {'; '.join(cmp.handwritten_warnings)}\n")
    if cmp.agree:
        w("  AGREE: your kernel matches the generated one everywhere on the grid.\n")
        return 0
    w(
        f"  PART: scanning the grid from the left they part first at x = {cmp.part_x:.6g}\n"
        f"        (generated {cmp.generated_at_part:.6g}, yours {cmp.handwritten_at_part:.6g});\n"
        f"        walking out from 0 they part at x = {cmp.part_nearest_zero:.6g}\n"
    )
    w(f"  they differ beyond the tolerance at {cmp.n_parting} of the {cmp.n_points} points, in:\n")
    for lo, hi in cmp.part_ranges[:8]:
        w(f"    [{lo:.6g}, {hi:.6g}]\n")
    if len(cmp.part_ranges) > 8:
        w(f"    ... and {len(cmp.part_ranges) - 8} more ranges\n")
    return 1


def _report_blog(args: argparse.Namespace, out: TextIO) -> int:
    if args.seed < 0:
        raise GradcheckInputError(f"--seed: must be >= 0, got {args.seed}")
    if args.epochs < 0:
        raise GradcheckInputError(f"--epochs: must be >= 0, got {args.epochs}")
    rep = run_blog(args.seed)
    w = out.write
    w(
        "The blog's network: 3 inputs, 4 hidden, 2 outputs, sigmoid, no biases,\n"
        "loss L = 0.5 * sum((target - output)**2), learning rate 0.05,\n"
        f"input {BLOG_INPUT.tolist()}, target {BLOG_TARGET.tolist()},\n"
        f"initial weights np.random.default_rng({rep.seed}).uniform(-1, 1): W1 (3, 4) then W2 (4, 2)."
        "\n\n"
    )

    g = rep.gradcheck
    w("1. Backprop with the generated kernels against finite differences\n")
    w(f"   sigmoid_prime: {_provenance_line(kernels.sigmoid_prime)}\n")
    w(f"   {g.n_params} weights, {g.method}\n")
    verdict = "PASS" if g.passed else "FAIL"
    w(
        f"   worst relative error {g.worst_rel_error:.2e} at {g.worst_param} "
        f"(tolerance {g.rtol:g}): {verdict}\n\n"
    )

    w("2. The blog's code, run as written\n")
    for k, line in enumerate(blog_source(), start=1):
        w(f"   {k:2d} | {line}\n")
    c = rep.crash
    if c is None:
        w("   it did not raise (unexpected)\n\n")
    else:
        w(f"   line {c.line} raises {c.error}\n")
        w(f"     {c.statement}\n")
        _para(out, c.cause, "   cause: ")
        w(f"   fix:   {c.fix}\n\n")

    d = rep.diagnosis
    w("3. With that line fixed, its gradient against the true one\n")
    w(
        "   sign: error = target - predicted and W += lr * (...), so the blog's (...) is -dL/dW\n"
        "   and the update is gradient descent on L. Below, 'blog' is -(...), its dL/dW.\n"
    )
    for (name, err), G, T_ in zip(d.per_array, rep.blog_gradients, rep.true_gradients, strict=True):
        w(f"   {name}: off by up to {err:.1%} of the largest true entry\n")
        w(f"     blog:\n{_fmt_matrix(G, '       ')}\n     true:\n{_fmt_matrix(T_, '       ')}\n")
    w(f"   diagnosis: {d.cause}\n")
    for line in d.detail.splitlines():
        _para(out, line, "     ")
    if CAUSE_ACTIVATION in d.causes:
        _para(
            out,
            "For a in (0, 1), S'(a) lies between S'(1) = 0.197 and S'(0) = 0.25, whatever "
            "z was: the blog's factor barely depends on z, while S'(z) goes to 0 as the "
            "neuron saturates.",
            "     ",
        )
    if d.explained and d.causes:
        w(
            f"   recomputing the gradient with that bug reproduces the blog's to "
            f"{d.reproduction_error:.1e} relative.\n"
        )
    w(f"   size of the error: up to {d.max_rel_error:.1%} of the largest true entry.\n\n")

    w("4. The corrected step\n")
    for line in blog_source(blog_train_step_corrected):
        w(f"   {line}\n")
    C1, C2 = rep.corrected_weights
    w(f"   W1 after one step:\n{_fmt_matrix(C1, '     ')}\n")
    w(f"   W2 after one step:\n{_fmt_matrix(C2, '     ')}\n")
    w(
        f"   loss {rep.loss_before:.6f} -> {rep.loss_after_corrected:.6f} corrected "
        f"(the blog's step, crash fixed: {rep.loss_after_blog:.6f})\n"
    )

    if args.epochs:
        W1, W2 = blog_initial_weights(args.seed)
        net = _blog_net(W1, W2)
        bar = text_progress(out) if getattr(out, "isatty", lambda: False)() else None
        history = net.train(BLOG_INPUT, BLOG_TARGET, BLOG_LR, args.epochs, progress=bar)
        B1, B2 = blog_initial_weights(args.seed)
        for _ in range(args.epochs):
            blog_train_step_crash_fixed(BLOG_INPUT, BLOG_TARGET, B1, B2, BLOG_LR)
        blog_loss = _blog_net(B1, B2).loss(BLOG_INPUT, BLOG_TARGET)
        w(
            f"\n5. After {args.epochs} epochs: loss {history[-1]:.6f} corrected, "
            f"{blog_loss:.6f} with the blog's derivative\n"
        )
        _para(
            out,
            "A wrong gradient can still lower the loss (here every step of the blog's "
            "moves the weights in a descent direction, by a different amount); it is the "
            "gradient check, not the loss curve, that shows the derivative is wrong.",
            "   ",
        )
    ok = g.passed and c is not None and d.causes == (CAUSE_ACTIVATION,)
    return 0 if ok else 1


def main(argv: list[str] | None = None, stream: TextIO | None = None) -> int:
    """``verifier gradcheck``: 0 when everything checks, 1 when a check fails, 2 on bad input.

    The report goes to ``stream`` (sys.stdout at call time when None), errors to sys.stderr
    as one line naming the argument.
    """
    if stream is None:
        stream = sys.stdout
    try:
        args = _parser().parse_args(argv)
        if args.against and not args.kernel:
            raise GradcheckInputError("--against: only meaningful with --kernel MODULE:FUNCTION")
        if args.kernel:
            return _report_kernel(args, stream)
        return _report_blog(args, stream)
    except _Usage as exc:
        if str(exc):
            print(f"verifier gradcheck: error: {exc}", file=sys.stderr)
        return exc.status
    except (GradcheckInputError, BackpropInputError) as exc:
        print(f"verifier gradcheck: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())

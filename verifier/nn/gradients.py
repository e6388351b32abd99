"""Your network's hand-written gradients against the loss itself: `check_gradients`.

Give it your loss (any callable from a dict of arrays to a float), your parameters and your
gradients, by the same names. Every array, biases included, is compared with central
finite differences of the loss, and with torch autograd where torch is installed and the
loss runs on tensors. Nothing about your network is assumed: not the layer shapes, not
the activation, not whether the loss is a sum or a mean over the batch.

On top of the per-array verdicts sits a diagnosis read from the pattern of the errors:
every array off by the same factor (16x: a mean in the loss the backward pass does not
divide by; -1: a flipped sign), a gradient that is the transpose of the true one, only
the biases wrong, or the last layer right and a layer below it wrong (the error sent
back into a hidden layer: its derivative dropped, applied to the activation, or W not
transposed).

Example::

    >>> import numpy as np
    >>> from verifier.nn.gradients import check_gradients
    >>> X = np.array([[0.0, 1.0], [1.0, 1.0], [2.0, -1.0]])
    >>> y = np.array([1.0, 2.0, 0.5])
    >>> def loss(p):
    ...     return float(np.mean((X @ p["w"] + p["b"] - y) ** 2))
    >>> params = {"w": np.array([0.3, -0.2]), "b": np.array(0.1)}
    >>> r = X @ params["w"] + params["b"] - y
    >>> grads = {"w": 2 * X.T @ r, "b": 2 * r.sum()}   # forgot the 1/3 of the mean
    >>> report = check_gradients(loss, params, grads, autograd=False)
    >>> report.passed, report.diagnosis[0].cause
    (False, 'reduction mismatch')
    >>> print(report.diagnosis[0].detail)
    your gradients are 3x the true ones: a mean over the batch in the loss that the backward pass does not divide by
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np

from verifier.nn.errors import GradcheckInputError
from verifier.nn.loader import definition_site, user_error

EPS = float(np.finfo(np.float64).eps)
DEFAULT_RTOL = 1e-6

# A factor fitted to the hand-written gradients explains them when it reproduces them to
# this relative accuracy: the bugs differ from the truth by O(1), the finite differences
# from it by about 1e-10.
REPRODUCE_RTOL = 1e-6

CAUSE_REDUCTION = "reduction mismatch"
CAUSE_SIGN = "flipped sign"
CAUSE_FACTOR = "constant factor"
CAUSE_TRANSPOSE = "missing transpose"
CAUSE_BIAS = "wrong bias gradient"
CAUSE_HIDDEN = "wrong error sent back into a hidden layer"
CAUSE_OUTPUT = "wrong error at the output"

FD_METHOD = "central finite differences (fourth order, h = eps**(1/5) * max(1, |w|))"

Loss = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class ArrayResult:
    """One parameter array: your gradient against the reference, and the worst entry.

    ``max_rel_error`` is max|yours - true| / max(max|true|, max|yours|): the error measured
    against the array's own scale, so a bug in a small entry still shows and a true zero
    does not divide. ``where`` is the index of the entry with the largest difference.
    ``fd_error`` and ``autograd_error`` are the same measure against each reference (None
    where it was not computed).
    """

    name: str
    shape: tuple[int, ...]
    passed: bool
    max_rel_error: float
    where: tuple[int, ...] | None
    yours: float
    true: float
    fd_error: float
    autograd_error: float | None
    note: str = ""

    def line(self) -> str:
        verdict = "ok  " if self.passed else "FAIL"
        text = f"{self.name} {self.shape}: {verdict} max relative error {self.max_rel_error:.2e}"
        if not self.passed and self.where is not None:
            index = ", ".join(map(str, self.where))
            text += f" at [{index}]: yours {self.yours:.6g}, true {self.true:.6g}"
        if self.note:
            text += f" ({self.note})"
        return text


@dataclass(frozen=True)
class Finding:
    """One cause the pattern of errors points to, and the arrays it explains."""

    cause: str
    arrays: tuple[str, ...]
    detail: str

    def __str__(self) -> str:
        return f"{self.cause} ({', '.join(self.arrays)}): {self.detail}"


@dataclass(frozen=True)
class GradientReport:
    """`check_gradients`' verdict: ``passed``, one `ArrayResult` per array, a diagnosis.

    ``str(report)`` names every failing array. ``true_gradients`` are the reference
    gradients by name (autograd's where it ran, else the finite differences).
    """

    arrays: tuple[ArrayResult, ...]
    diagnosis: tuple[Finding, ...]
    rtol: float
    loss_value: float
    reference: str
    autograd_note: str
    true_gradients: Mapping[str, np.ndarray] = field(compare=False, repr=False)

    @property
    def passed(self) -> bool:
        return all(a.passed for a in self.arrays)

    @property
    def failing(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.arrays if not a.passed)

    def __getitem__(self, name: str) -> ArrayResult:
        for a in self.arrays:
            if a.name == name:
                return a
        raise KeyError(name)

    def __str__(self) -> str:
        n_bad = len(self.failing)
        head = (
            "gradient check: PASS, every array agrees"
            if self.passed
            else f"gradient check: FAIL, {n_bad} of {len(self.arrays)} arrays wrong: "
            + ", ".join(self.failing)
        )
        lines = [head, f"  reference: {self.reference}; tolerance {self.rtol:g} relative"]
        if self.autograd_note:
            lines.append(f"  autograd: {self.autograd_note}")
        lines += [f"  diagnosis: {finding}" for finding in self.diagnosis]
        lines += [f"  {a.line()}" for a in self.arrays]
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Input


def _as_params(params: Any) -> dict[str, np.ndarray]:
    if not isinstance(params, Mapping) or not params:
        raise GradcheckInputError(
            f"params: expected a non-empty dict name -> array, got {type(params).__name__}"
        )
    out = {}
    for name, value in params.items():
        if not isinstance(name, str):
            raise GradcheckInputError(f"params: names must be strings, got {name!r}")
        try:
            arr = np.array(_to_numpy(value), dtype=np.float64)  # a copy: the check perturbs it
        except (TypeError, ValueError) as exc:
            raise GradcheckInputError(
                f"params[{name!r}]: not an array of numbers ({exc})"
            ) from None
        if not np.all(np.isfinite(arr)):
            raise GradcheckInputError(f"params[{name!r}]: contains nan or inf")
        out[name] = arr
    return out


def _as_grads(grads: Any, params: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    if not isinstance(grads, Mapping):
        raise GradcheckInputError(
            f"grads: expected a dict name -> array like params, got {type(grads).__name__}"
        )
    missing = [k for k in params if k not in grads]
    extra = [k for k in grads if k not in params]
    if missing:
        raise GradcheckInputError(f"grads: no gradient for {', '.join(map(repr, missing))}")
    if extra:
        raise GradcheckInputError(f"grads: {', '.join(map(repr, extra))} not in params")
    out = {}
    for name in params:
        try:
            out[name] = np.asarray(_to_numpy(grads[name]), dtype=np.float64)
        except (TypeError, ValueError) as exc:
            raise GradcheckInputError(f"grads[{name!r}]: not an array of numbers ({exc})") from None
    return out


def _to_numpy(value: Any) -> Any:
    detach = getattr(value, "detach", None)  # a torch tensor
    return detach().cpu().numpy() if callable(detach) else value


def _evaluator(loss: Loss, params: dict[str, np.ndarray]) -> Callable[[], float]:
    """loss(params) as a float; anything going wrong in the user's loss is bad input."""
    if not callable(loss):
        raise GradcheckInputError(f"loss: not callable: {type(loss).__name__}")
    file, _ = definition_site(loss)

    def evaluate() -> float:
        try:
            value = loss(params)
        except Exception as exc:
            raise user_error(exc, "loss", file) from None
        try:
            arr = np.asarray(_to_numpy(value), dtype=np.float64)
        except (TypeError, ValueError):
            arr = None
        if arr is None or arr.size != 1:
            shape = "" if arr is None else f" of shape {arr.shape}"
            raise GradcheckInputError(
                f"loss: must return one number, returned a {type(value).__name__}{shape}",
                file=file,
                line=definition_site(loss)[1],
            )
        return float(arr.reshape(()))

    return evaluate


# --------------------------------------------------------------------------------------------
# References: finite differences, torch autograd


def finite_differences(
    loss: Loss, params: dict[str, np.ndarray]
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], float]:
    """dL/dp for every entry of every array, their rounding noise, and L at params.

    (-L(w+2h) + 8 L(w+h) - 8 L(w-h) + L(w-2h)) / 12h: the truncation error is O(h^4), so
    with h = eps**(1/5) the result is good to about 1e-10 relative, far inside the 1e-6 we
    hold hand-written gradients to. ``params`` is perturbed in place and restored exactly.
    """
    evaluate = _evaluator(loss, params)
    value = evaluate()
    if not math.isfinite(value):
        raise GradcheckInputError(f"loss: returned {value} at the given params")
    grads, noise = {}, {}
    for name, P in params.items():
        G, N = np.empty_like(P), np.empty_like(P)
        for idx in np.ndindex(P.shape):
            w = float(P[idx])
            h = EPS**0.2 * max(1.0, abs(w))
            h = (w + h) - w  # exact in float64, so w +- h are the points we mean
            values = []
            for k in (2.0, 1.0, -1.0, -2.0):
                P[idx] = w + k * h
                values.append(evaluate())
            P[idx] = w
            G[idx] = (-values[0] + 8.0 * values[1] - 8.0 * values[2] + values[3]) / (12.0 * h)
            # A few eps of the loss, amplified by 18/12h: what rounding alone can produce.
            N[idx] = 8.0 * EPS * max(1.0, max(abs(v) for v in values)) / h
        grads[name], noise[name] = G, N
    return grads, noise, value


def torch_gradients(
    loss: Loss, params: dict[str, np.ndarray], value: float
) -> tuple[dict[str, np.ndarray] | None, str]:
    """Autograd's gradients if torch is installed and the loss runs on tensors, and a note.

    The loss is called with float64 tensors that require grad; a loss written with NumPy
    functions raises (NumPy refuses such tensors) or returns no graph: then None and why.
    """
    try:
        import torch
    except ImportError:
        return None, "torch is not installed; finite differences only"
    tensors = {
        k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in params.items()
    }
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = loss(tensors)
    except Exception as exc:
        return (
            None,
            f"the loss does not run on torch tensors ({type(exc).__name__}); finite differences only",
        )
    if not isinstance(out, torch.Tensor) or out.numel() != 1 or not out.requires_grad:
        return None, "the loss returned no torch graph; finite differences only"
    got = float(out.detach().reshape(()))
    if not math.isclose(got, value, rel_tol=1e-9, abs_tol=1e-12):
        return None, (
            f"the loss gives {got!r} on tensors but {value!r} on arrays; finite differences only"
        )
    names = list(tensors)
    grads = torch.autograd.grad(out.reshape(()), [tensors[k] for k in names], allow_unused=True)
    result = {
        k: np.zeros_like(params[k]) if g is None else g.detach().numpy().astype(np.float64)
        for k, g in zip(names, grads, strict=True)
    }
    return result, f"torch {torch.__version__} autograd"


# Autograd and the finite differences must agree to this (array-scale) relative error for
# autograd to be the reference: the finite differences are good to about 1e-10, so a larger
# gap means torch did not see the whole loss (a .item(), a NumPy step) or a kink.
AGREEMENT_RTOL = 1e-5


def _cross_checked(
    auto: dict[str, np.ndarray],
    fd: dict[str, np.ndarray],
    noise: dict[str, np.ndarray],
    note: str,
) -> tuple[dict[str, np.ndarray] | None, str]:
    for name, a in auto.items():
        err, _ = _error(a, fd[name])
        if err > AGREEMENT_RTOL and not np.all(np.abs(a - fd[name]) <= noise[name]):
            return None, (
                f"autograd and finite differences disagree on {name} ({err:.1e} relative): "
                "torch did not trace the whole loss (a .item() or a NumPy step?) or the loss "
                "has a kink here; finite differences only"
            )
    return auto, note


# --------------------------------------------------------------------------------------------
# Comparison


def _error(yours: np.ndarray, true: np.ndarray) -> tuple[float, tuple[int, ...] | None]:
    """(max|yours - true| / the array's scale, the index of the largest difference)."""
    if yours.size == 0:
        return 0.0, None
    diff = np.abs(yours - true)
    if not np.all(np.isfinite(diff)):
        bad = np.flatnonzero(~np.isfinite(diff))[0]
        return math.inf, tuple(int(i) for i in np.unravel_index(bad, yours.shape))
    flat = int(np.argmax(diff))
    scale = max(float(np.max(np.abs(true))), float(np.max(np.abs(yours))), 1e-300)
    where = tuple(int(i) for i in np.unravel_index(flat, yours.shape))
    return float(diff.flat[flat]) / scale, where


def _compare(
    name: str,
    yours: np.ndarray,
    fd: np.ndarray,
    noise: np.ndarray,
    auto: np.ndarray | None,
    rtol: float,
) -> ArrayResult:
    shape = fd.shape
    if yours.shape != shape:
        note = f"your gradient has shape {yours.shape}, the parameter {shape}"
        return ArrayResult(
            name, shape, False, math.inf, None, math.nan, math.nan, math.inf, None, note
        )
    fd_err, fd_where = _error(yours, fd)
    # Within the finite difference's own rounding noise everywhere: agreeing, however small
    # the gradient (a true zero is only known to that noise).
    fd_ok = fd_err <= rtol or bool(np.all(np.abs(yours - fd) <= noise))
    auto_err = None
    if auto is not None:
        auto_err, where = _error(yours, auto)
        passed = auto_err <= rtol
        true = auto
        err = auto_err
    else:
        where, passed, true, err = fd_where, fd_ok, fd, fd_err
    note = "" if np.all(np.isfinite(yours)) else "contains nan or inf"
    if auto is not None and passed and not fd_ok:
        note = "finite differences disagree: is the loss smooth here?"
    i = where if where is not None else ()
    return ArrayResult(
        name=name,
        shape=shape,
        passed=passed,
        max_rel_error=err,
        where=where,
        yours=float(yours[i]) if yours.size else 0.0,
        true=float(true[i]) if true.size else 0.0,
        fd_error=fd_err,
        autograd_error=auto_err,
        note=note,
    )


# --------------------------------------------------------------------------------------------
# Diagnosis


def _fit(yours: np.ndarray, true: np.ndarray) -> tuple[float, float]:
    """The factor c with yours ~ c * true (least squares) and how well it reproduces them."""
    y, t = yours.ravel(), true.ravel()
    tt = float(t @ t)
    if tt == 0.0 or not np.all(np.isfinite(y)):
        return math.nan, math.inf
    c = float(y @ t) / tt
    resid = float(np.linalg.norm(y - c * t)) / max(float(np.linalg.norm(y)), 1e-300)
    return c, resid


def _is_bias(name: str, array: np.ndarray) -> bool:
    return array.ndim <= 1 or "bias" in name.lower() or re.fullmatch(r"b_?\d*", name) is not None


def _layer(name: str) -> int | None:
    numbers = re.findall(r"\d+", name)
    return int(numbers[-1]) if numbers else None


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REPRODUCE_RTOL * 10)


def _describe_factor(c: float, batch: int | None, subject: str = "") -> tuple[str, str]:
    """(cause, sentence) for gradients that are c times the true ones, c != 1.

    ``subject`` is an array's name when one array is meant, else all of them.
    """
    are, ones = (f"{subject} is", "one") if subject else ("your gradients are", "ones")
    if _close(c, -1.0):
        return CAUSE_SIGN, (
            f"{are} the true {ones} with the opposite sign (e.g. error = target - output "
            "instead of output - target): with p -= lr * grad that climbs the loss"
        )
    sign = " and of the opposite sign" if c < 0 else ""
    size = abs(c)
    n, inv = round(size), round(1.0 / size) if size > 0 else 0
    if subject:  # one array off by a factor: no story about the loss's reduction to tell
        if n >= 2 and _close(size, n):
            amount = f"{n}x"
        elif inv >= 2 and _close(size, 1.0 / inv):
            amount = f"1/{inv} of"
        else:
            amount = f"{size:.6g}x"
        batch_note = f" (the batch is {batch})" if batch in (n, inv) else ""
        return CAUSE_FACTOR, f"{are} {amount} the true {ones}{sign}{batch_note}"
    if n >= 2 and _close(size, n) and (batch is None or n == batch):
        return CAUSE_REDUCTION, (
            f"{are} {n}x the true {ones}{sign}: a mean over the batch in the loss "
            "that the backward pass does not divide by"
        )
    if inv >= 2 and _close(size, 1.0 / inv) and (batch is None or inv == batch):
        return CAUSE_REDUCTION, (
            f"{are} 1/{inv} of the true {ones}{sign}: the backward pass divides by "
            f"the batch ({inv}) but the loss sums over it"
        )
    if _close(size, 2.0) or _close(size, 0.5):
        return CAUSE_FACTOR, (
            f"{are} {size:g}x the true {ones}{sign}: the 1/2 of a 0.5 * sum(...) "
            "loss dropped, or added, in the backward pass"
        )
    return CAUSE_FACTOR, (
        f"{are} {c:.6g}x the true {ones}: a constant (a learning rate, a batch size) folded in"
    )


def _transposed(yours: np.ndarray, true: np.ndarray, rtol: float) -> bool:
    if yours.ndim != 2 or yours.shape != true.T.shape:
        return False
    err, _ = _error(yours, true.T)
    return err <= rtol


def diagnose_arrays(
    yours: Mapping[str, np.ndarray],
    true: Mapping[str, np.ndarray],
    results: tuple[ArrayResult, ...],
    rtol: float,
    batch: int | None = None,
) -> tuple[Finding, ...]:
    """The causes the pattern of wrong arrays points to (empty when all pass)."""
    failing = [r.name for r in results if not r.passed]
    if not failing:
        return ()
    findings: list[Finding] = []
    explained: set[str] = set()

    for name in failing:
        y, t = yours[name], true[name]
        if _transposed(y, t, rtol):
            findings.append(
                Finding(
                    CAUSE_TRANSPOSE,
                    (name,),
                    f"{name} is the transpose of the true gradient: computed as delta.T @ a "
                    "where the chain rule gives a.T @ delta",
                )
            )
            explained.add(name)
        elif y.shape != t.shape:
            summed = y.ndim == t.ndim + 1 and y.shape[1:] == t.shape
            hint = (
                ": it has a row per example; the gradient is the sum over the batch"
                " (delta.sum(axis=0))"
                if summed
                else ""
            )
            cause = CAUSE_BIAS if _is_bias(name, t) else "wrong shape"
            findings.append(
                Finding(
                    cause, (name,), f"{name} has shape {y.shape}, the parameter {t.shape}{hint}"
                )
            )
            explained.add(name)

    rest = [n for n in failing if n not in explained]
    fits = {n: _fit(yours[n], true[n]) for n in rest}
    all_same_shape = all(yours[n].shape == true[n].shape for n in true)

    # One factor for every array (the passing ones have c = 1, so then none may pass).
    if rest and len(failing) == len(results) and all_same_shape:
        y = np.concatenate([yours[n].ravel() for n in true])
        t = np.concatenate([true[n].ravel() for n in true])
        c, resid = _fit(y, t)
        if resid <= REPRODUCE_RTOL and math.isfinite(c):
            cause, text = _describe_factor(c, batch)
            return (Finding(cause, tuple(failing), text),)

    biases = [n for n in true if _is_bias(n, true[n])]
    weights = [n for n in true if n not in biases]
    if rest and weights and all(n in biases for n in rest) and not set(weights) & set(failing):
        parts = []
        for n in rest:
            c, resid = fits[n]
            if resid <= REPRODUCE_RTOL and math.isfinite(c):
                parts.append(_describe_factor(c, batch, subject=n)[1])
        detail = (
            "the weight gradients are right, so the deltas are; a layer's bias gradient is its "
            "delta summed over the batch, delta.sum(axis=0)"
        )
        if parts:
            detail += "; " + "; ".join(parts)
        findings.append(Finding(CAUSE_BIAS, tuple(rest), detail))
        return tuple(findings)

    layers = {n: _layer(n) for n in true}
    if rest and all(v is not None for v in layers.values()) and len(set(layers.values())) >= 2:
        top = max(v for v in layers.values() if v is not None)
        top_names = [n for n in true if layers[n] == top]
        below = [n for n in rest if layers[n] != top]
        if below and not set(top_names) & set(failing):
            k = max(layers[n] or 0 for n in below)
            above = min(v for v in layers.values() if v is not None and v > k)
            w_above = next((n for n in weights if layers[n] == above), f"W{above}")
            findings.append(
                Finding(
                    CAUSE_HIDDEN,
                    tuple(below),
                    f"the last layer's gradients ({', '.join(top_names)}) are right, so the "
                    f"loss and the error at the output are; the error sent back into layer {k} "
                    f"is not. The usual causes: the hidden layer's derivative dropped "
                    f"(delta @ {w_above}.T without * f'(z{k})); the derivative applied to the "
                    f"activation (f'(a{k}) where the chain rule needs f'(z{k})); or the error "
                    f"sent back through {w_above} instead of {w_above}.T",
                )
            )
            return tuple(findings)
        if set(top_names) & set(rest):
            findings.append(
                Finding(
                    CAUSE_OUTPUT,
                    tuple(rest),
                    f"the last layer's gradients ({', '.join(n for n in top_names if n in rest)}) "
                    "are wrong, and not by one constant factor: the error at the output is wrong. "
                    "The usual causes: the output activation's derivative applied to the "
                    "activation (f'(a) where the chain rule needs f'(z)), or a derivative of "
                    "a different loss than the one computed",
                )
            )
            return tuple(findings)

    if rest:
        parts = []
        for n in rest:
            c, resid = fits[n]
            if resid <= REPRODUCE_RTOL and math.isfinite(c):
                cause, text = _describe_factor(c, batch, subject=n)
                parts.append(Finding(cause, (n,), text))
        findings += parts
        if len(parts) < len(rest):
            others = tuple(n for n in rest if all(n not in p.arrays for p in parts))
            findings.append(
                Finding(
                    "unexplained",
                    others,
                    "none of the common causes (a reduction mismatch, a flipped sign, a "
                    "transpose, the biases, one layer) reproduces these arrays",
                )
            )
    return tuple(findings)


# --------------------------------------------------------------------------------------------
# The entry point


def check_gradients(
    loss: Loss,
    params: Mapping[str, Any],
    grads: Mapping[str, Any],
    *,
    rtol: float = DEFAULT_RTOL,
    batch: int | None = None,
    autograd: bool | None = None,
) -> GradientReport:
    """Check hand-written ``grads`` against the gradient of ``loss`` at ``params``.

    ``loss(p)`` takes a dict with the keys of ``params`` and returns a number. ``grads`` has
    the same keys, each array the shape of its parameter. ``batch``, if given, lets the
    diagnosis tell a reduction mismatch (a factor equal to the batch size) from another
    constant. ``autograd``: None uses torch where installed and the loss runs on tensors,
    False never, True requires it.

    Raises `GradcheckInputError` (an `InputError`) for bad input: missing or extra names,
    non-finite parameters, a loss that raises or does not return one number.
    """
    if not (isinstance(rtol, float | int) and 0 < rtol < 1):
        raise GradcheckInputError(f"rtol: must be a number in (0, 1), got {rtol!r}")
    if batch is not None and (not isinstance(batch, int) or batch < 1):
        raise GradcheckInputError(f"batch: must be a positive whole number, got {batch!r}")
    work = _as_params(params)
    yours = _as_grads(grads, work)
    fd, noise, value = finite_differences(loss, work)
    auto, note = (
        (None, "not asked for") if autograd is False else torch_gradients(loss, work, value)
    )
    if autograd is True and auto is None:
        raise GradcheckInputError(f"autograd: required, but {note}")
    if auto is not None:
        auto, note = _cross_checked(auto, fd, noise, note)
    results = tuple(
        _compare(n, yours[n], fd[n], noise[n], None if auto is None else auto[n], rtol)
        for n in work
    )
    true = auto if auto is not None else fd
    reference = FD_METHOD + (" and torch autograd" if auto is not None else "")
    return GradientReport(
        arrays=results,
        diagnosis=diagnose_arrays(yours, true, results, rtol, batch),
        rtol=float(rtol),
        loss_value=value,
        reference=reference,
        autograd_note="" if auto is not None and autograd is not False else note,
        true_gradients=MappingProxyType(dict(true)),
    )

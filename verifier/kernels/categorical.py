"""n-class softmax and its cross-entropy, with the gradient p - t (imports NumPy only).

The formulas come from ``derivations/softmax-cross-entropy-n.toml``: p_i = e^(z_i)/Z
with Z = sum_j e^(z_j), C = -sum_i t_i log p_i and dC/dz_i = p_i - t_i (for targets
summing to 1). These are not elementwise kernels, so they are written by hand rather
than emitted; each computes a form equal to the derived one as an identity
(tests/kernels/test_softmax.py has the checker prove it for three classes):

* p_i = e^(z_i - m)/(1 + R), with m = max_j z_j, R = sum_(j != k) e^(z_j - m) over
  all but one maximal class k (whose term is exactly 1): no exp overflows, the sum is
  >= 1. z_i - m is carried exactly as d + e (Knuth's two-sum) and e^(d + e) taken as
  e^d (1 + e): the rounding of z_i - m, magnified by |z_i - m| (up to 745) in e^(z_i - m),
  is never made.
* -log p_i = (m - z_i) + log1p(R): two non-negative terms (no log of a rounded p, no
  log(0) for a p that underflows), so the loss sum_i t_i (-log p_i) never cancels for
  targets t_i >= 0.

float32 input is computed in float64 and returned as float32; integers and lists
become float64. A logit of +inf takes all the probability (shared by the +inf logits);
nan in a row makes that row nan.

>>> softmax([0.0, 0.0, 0.0]).tolist()
[0.3333333333333333, 0.3333333333333333, 0.3333333333333333]
>>> float(categorical_cross_entropy([0.0, 0.0], [1.0, 0.0]))  # log 2
0.6931471805599453
"""

from __future__ import annotations

import numpy as np

__all__ = ["categorical_cross_entropy", "categorical_cross_entropy_grad", "log_softmax", "softmax"]

DERIVATION = "softmax-cross-entropy-n"


def _as_float(name: str, z: object) -> tuple[np.ndarray, np.dtype]:
    array = np.asarray(z)
    if array.dtype.kind not in "biuf":
        raise TypeError(f"{name}: expected real numbers, got dtype {array.dtype}")
    result = (
        np.dtype(np.float32) if array.dtype in (np.float16, np.float32) else np.dtype(np.float64)
    )
    if array.ndim == 0:
        raise ValueError(f"{name}: expected at least one axis of logits, got a scalar")
    return array.astype(np.float64), result


def _parts(z: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(d, e, terms, rest): z - m = d + e exactly, terms = e^(z - m), rest = R (kept dims)."""
    m = np.max(z, axis=axis, keepdims=True)
    infinite = np.isposinf(m)
    # Where the maximum is +inf the limit puts all probability on the +inf logits:
    # shift those to 0 and every finite logit to -inf.
    z = np.where(infinite, np.where(np.isposinf(z), 0.0, -np.inf), z)
    m = np.where(infinite, 0.0, m)
    d = z - m
    bb = d - z
    e = (z - (d - bb)) + (-m - bb)  # Knuth's two-sum of z and -m
    e = np.where(np.isfinite(d), e, 0.0)
    big = np.exp(d)
    terms = big + big * e
    # The first maximal class contributes exactly 1; R sums the others.
    first = np.argmax(z, axis=axis)
    others = terms.copy()
    np.put_along_axis(others, np.expand_dims(first, axis), 0.0, axis=axis)
    rest = np.sum(others, axis=axis, keepdims=True)
    return d, e, terms, rest


def softmax(z: object, axis: int = -1) -> np.ndarray:
    """p = softmax(z) along ``axis``: each slice non-negative, summing to 1 (to rounding)."""
    array, dtype = _as_float("softmax", z)
    with np.errstate(all="ignore"):
        _, _, terms, rest = _parts(array, axis)
        return (terms / (1.0 + rest)).astype(dtype)


def log_softmax(z: object, axis: int = -1) -> np.ndarray:
    """log p = (z - m) - log1p(R) along ``axis``; finite wherever z is (no log of 0)."""
    array, dtype = _as_float("log_softmax", z)
    with np.errstate(all="ignore"):
        d, e, _, rest = _parts(array, axis)
        return ((d - np.log1p(rest)) + e).astype(dtype)


def categorical_cross_entropy(z: object, t: object, axis: int = -1) -> np.ndarray:
    """C = -sum_i t_i log p_i along ``axis`` (one loss per slice), p = softmax(z).

    ``t`` broadcasts against ``z`` (one-hot rows or distributions summing to 1).
    """
    array, dtype = _as_float("categorical_cross_entropy", z)
    target, _ = _as_float("categorical_cross_entropy", t)
    with np.errstate(all="ignore"):
        d, e, _, rest = _parts(array, axis)
        # -log p_i = (-d_i - e_i) + log1p(R), both parts >= 0; a target of 0 against a
        # logit of -inf contributes 0 (the limit of t log p as both go to their limits).
        nll = (np.log1p(rest) - d) - e
        products = np.where(target == 0, 0.0, target * nll)
        return np.sum(products, axis=axis).astype(dtype)


def categorical_cross_entropy_grad(z: object, t: object, axis: int = -1) -> np.ndarray:
    """dC/dz = p - t (the derivation's claim), the shape of ``z`` broadcast with ``t``."""
    array, dtype = _as_float("categorical_cross_entropy_grad", z)
    target, _ = _as_float("categorical_cross_entropy_grad", t)
    with np.errstate(all="ignore"):
        _, _, terms, rest = _parts(array, axis)
        return (terms / (1.0 + rest) - target).astype(dtype)

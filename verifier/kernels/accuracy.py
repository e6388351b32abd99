"""Accuracy harness for the kernels: sample points, ULP error against 60-digit mpmath.

Not imported by ``verifier.kernels``; NumPy is imported here, mpmath lazily inside
the functions that need it.

The error of a float result ``got`` against the exact value ``ref`` is
``|got - ref| / ulp(ref)``, where ``ulp(ref)`` is ``np.spacing`` of ``ref`` rounded
to the dtype: the gap to the next float away from zero. In the subnormal range that
is the fixed smallest subnormal (5e-324 in float64), so a subnormal result is held to
absolute, not relative, accuracy, as it can only be. Where ``ref`` rounds to
+-inf the result must be that infinity, where ``ref`` is nan the result must be nan;
otherwise the error is inf.

>>> import numpy as np
>>> from verifier.kernels.accuracy import REFERENCES, max_ulp, sample_points
>>> from verifier.kernels import sigmoid
>>> worst, at = max_ulp(sigmoid, REFERENCES["sigmoid"], sample_points(), np.float64)
>>> worst <= 4
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

__all__ = ["DIGITS", "REFERENCES", "max_ulp", "sample_points", "ulp_error"]

DIGITS = 60


def _tail(limit: float, n: int, start: float = 40.0) -> np.ndarray:
    return np.geomspace(start, limit, n)


def sample_points(dtype: type | np.dtype = np.float64) -> np.ndarray:
    """Points that exercise a scalar kernel over the whole line of ``dtype``.

    Dense uniform points in [-40, 40] (where S and S' vary), seeded random points
    there, log-spaced tails to +-745 (+-104 for float32) and beyond to +-max float,
    a dense band where exp(-|x|) and S(x) are subnormal, tiny |x|, +-0, +-inf, nan.
    """
    dtype = np.dtype(dtype)
    info = np.finfo(dtype)
    # |x| beyond which exp(-|x|) is subnormal, and beyond which it underflows to 0.
    sub_lo, sub_hi = float(-np.log(info.tiny)), float(-np.log(info.smallest_subnormal)) + 1
    rng = np.random.default_rng(20240603)
    # geomspace to finfo.max overshoots by a rounding step; the float32 cast of the
    # float64 tails rounds to inf. Both are the intended end points.
    with np.errstate(over="ignore"):
        return _points(dtype, info, sub_lo, sub_hi, rng)


def _points(dtype, info, sub_lo, sub_hi, rng) -> np.ndarray:
    parts = [
        np.linspace(-40.0, 40.0, 2001),
        rng.uniform(-40.0, 40.0, 1000),
        _tail(sub_hi, 300),
        -_tail(sub_hi, 300),
        np.linspace(sub_lo - 2, sub_hi, 300),
        -np.linspace(sub_lo - 2, sub_hi, 300),
        _tail(float(info.max), 100, sub_hi),
        -_tail(float(info.max), 100, sub_hi),
        np.geomspace(float(info.smallest_subnormal), 1.0, 100),
        -np.geomspace(float(info.smallest_subnormal), 1.0, 100),
        [0.0, -0.0, np.inf, -np.inf, np.nan, float(info.max), -float(info.max)],
    ]
    points = np.concatenate([np.asarray(p, dtype=np.float64) for p in parts])
    finite = np.isfinite(points)
    points[finite] = np.clip(points[finite], -float(info.max), float(info.max))
    return points.astype(dtype)


def _spacing(ref_float: np.ndarray) -> np.ndarray:
    # The spacing at the largest float is the gap to the next power of two, which
    # NumPy computes as an overflow; its value is still right.
    with np.errstate(over="ignore"):
        return np.spacing(np.abs(ref_float))


def ulp_error(
    got: np.ndarray, ref_mp_values: Sequence[object], dtype: type | np.dtype
) -> np.ndarray:
    """Per point: |got - ref| in units of the last place of ref rounded to ``dtype``.

    ``ref_mp_values`` are mpmath numbers (or anything ``mpmath.mpf`` accepts); the
    difference is taken in mpmath, so nothing is lost before it is scaled.
    """
    import mpmath

    dtype = np.dtype(dtype)
    got = np.asarray(got, dtype=dtype).reshape(-1)
    errors = np.empty(got.shape[0], dtype=np.float64)
    with mpmath.workdps(DIGITS):
        for i, (g, ref) in enumerate(zip(got.tolist(), ref_mp_values, strict=True)):
            ref = mpmath.mpf(ref) if not isinstance(ref, mpmath.mpf) else ref
            if mpmath.isnan(ref) or g != g:
                errors[i] = 0.0 if (mpmath.isnan(ref) and g != g) else np.inf
                continue
            with np.errstate(over="ignore"):
                ref_float = dtype.type(float(ref))  # float(ref) rounds to nearest double
            if np.isinf(ref_float):
                errors[i] = 0.0 if g == ref_float else np.inf
                continue
            if np.isinf(g):
                errors[i] = np.inf
                continue
            unit = mpmath.mpf(float(_spacing(ref_float)))
            errors[i] = float(abs(mpmath.mpf(g) - ref) / unit)
    return errors


def max_ulp(
    kernel: Callable[..., object],
    reference: Callable[..., object],
    points: np.ndarray | Sequence[np.ndarray],
    dtype: type | np.dtype,
) -> tuple[float, object]:
    """(largest ULP error of ``kernel`` over ``points``, the point where it occurs).

    ``reference`` takes mpmath numbers and is evaluated at ``DIGITS`` digits. For a
    two-argument kernel pass ``points`` as a tuple of two arrays of equal length; the
    worst point is then a tuple.
    """
    import mpmath

    dtype = np.dtype(dtype)
    columns = list(points) if isinstance(points, tuple) else [points]
    columns = [np.asarray(c, dtype=dtype).reshape(-1) for c in columns]
    got = np.asarray(kernel(*columns))
    with mpmath.workdps(DIGITS):
        rows = zip(*columns, strict=True)
        refs = [reference(*(mpmath.mpf(float(v)) for v in row)) for row in rows]
    errors = ulp_error(got, refs, dtype)
    worst = int(np.argmax(errors))
    at = tuple(float(c[worst]) for c in columns)
    return float(errors[worst]), at if len(at) > 1 else at[0]


def _sigmoid(x):
    import mpmath

    if mpmath.isinf(x):
        return mpmath.mpf(1) if x > 0 else mpmath.mpf(0)
    return 1 / (1 + mpmath.exp(-x))


def _sigmoid_prime(x):
    import mpmath

    if mpmath.isinf(x):
        return mpmath.mpf(0)
    e = mpmath.exp(-abs(x))  # the same value as exp(-x)/(1+exp(-x))**2, without overflow
    return e / (1 + e) ** 2


def _exp(x):
    import mpmath

    return mpmath.exp(x)


def _reciprocal_prime(f, df):
    import mpmath

    if f == 0:
        return mpmath.nan if df == 0 else -mpmath.sign(df) * mpmath.inf
    return -df / f**2


def _tanh(x):
    import mpmath

    if mpmath.isinf(x):
        return mpmath.sign(x)
    return mpmath.tanh(x)


def _tanh_prime(x):
    import mpmath

    if mpmath.isinf(x):
        return mpmath.mpf(0)
    return 1 / mpmath.cosh(x) ** 2  # = 1 - tanh(x)**2, without its cancellation


def _silu(x):
    import mpmath

    if mpmath.isinf(x):
        return x if x > 0 else mpmath.mpf(0)  # the limit x S(x) -> 0 as x -> -oo
    return x / (1 + mpmath.exp(-x))


def _silu_prime(x):
    import mpmath

    if mpmath.isinf(x):
        return mpmath.mpf(1) if x > 0 else mpmath.mpf(0)
    s = 1 / (1 + mpmath.exp(-x))
    return s * (1 + x * (1 - s))


def _softplus(x):
    import mpmath

    if mpmath.isinf(x):
        return x if x > 0 else mpmath.mpf(0)
    return mpmath.log1p(mpmath.exp(x))  # log(1 + e^x) would round 1 + e^-141 to 1 at 60 digits


def _log_sigmoid(x):
    import mpmath

    if mpmath.isinf(x):
        return x if x < 0 else mpmath.mpf(0)
    return -mpmath.log1p(mpmath.exp(-x))


def _one_minus_sigmoid(x):
    return _sigmoid(-x)


def _cross_entropy(z, t):
    import mpmath

    if mpmath.isinf(z):  # the limits of t softplus(-z) + (1 - t) softplus(z)
        lead = (1 - t) if z > 0 else t
        return mpmath.inf if lead > 0 else (mpmath.mpf(0) if lead == 0 else -mpmath.inf)
    # -log S(z) = log1p(e^-z): log of a number within 1e-60 of 1 would round to 0.
    return t * mpmath.log1p(mpmath.exp(-z)) + (1 - t) * mpmath.log1p(mpmath.exp(z))


def _cross_entropy_prime(z, t):
    return _sigmoid(z) - t


def _gelu(x):
    import mpmath

    if abs(x) > 1e6:  # mpmath's erfc overflows a float for huge arguments
        # |GELU(x) - max(x, 0)| < e^(-5e11): both round to the same float.
        return x if x > 0 else mpmath.mpf(0)
    return x / 2 * mpmath.erfc(-x / mpmath.sqrt(2))  # (1 + erf) would cancel for x << 0


def _gelu_prime(x):
    import mpmath

    if abs(x) > 1e6:  # as in _gelu: within e^(-5e11) of the limit
        return mpmath.mpf(1) if x > 0 else mpmath.mpf(0)
    return mpmath.erfc(-x / mpmath.sqrt(2)) / 2 + x * mpmath.npdf(x)


def _gelu_tanh_parts(x):
    import mpmath

    # 2u with u = sqrt(2/pi) (x + 0.044715 x^3), and (1 + tanh(u))/2 = 1/(1 + e^-2u):
    # 1 + tanh(u) itself would round to 0 at 60 digits for u < -70.
    two_u = 2 * mpmath.sqrt(2 / mpmath.pi) * (x + mpmath.mpf(44715) / 10**6 * x**3)
    return two_u, 1 / (1 + mpmath.exp(-two_u)), 1 / (1 + mpmath.exp(two_u))


def _gelu_tanh(x):
    import mpmath

    if mpmath.isinf(x):
        return x if x > 0 else mpmath.mpf(0)
    return x * _gelu_tanh_parts(x)[1]


def _gelu_tanh_prime(x):
    import mpmath

    if mpmath.isinf(x):
        return mpmath.mpf(1) if x > 0 else mpmath.mpf(0)
    _, s, s_minus = _gelu_tanh_parts(x)
    slope = 2 * mpmath.sqrt(2 / mpmath.pi) * (1 + 3 * mpmath.mpf(44715) / 10**6 * x**2)
    return s + x * s * s_minus * slope


# 60-digit mpmath references, independent of the kernels' forms: one per kernel in
# verifier.kernels.ALL_KERNELS (a test holds the two to the same names).
REFERENCES: dict[str, Callable[..., object]] = {
    "sigmoid": _sigmoid,
    "sigmoid_prime": _sigmoid_prime,
    "exp_fn": _exp,
    "exp_prime": _exp,
    "reciprocal_prime": _reciprocal_prime,
    "tanh": _tanh,
    "tanh_prime": _tanh_prime,
    "silu": _silu,
    "silu_prime": _silu_prime,
    "softplus": _softplus,
    "softplus_prime": _sigmoid,
    "log_sigmoid": _log_sigmoid,
    "log_sigmoid_prime": _one_minus_sigmoid,
    "softmax_cross_entropy": _cross_entropy,
    "softmax_cross_entropy_prime": _cross_entropy_prime,
    "gelu": _gelu,
    "gelu_prime": _gelu_prime,
    "gelu_tanh": _gelu_tanh,
    "gelu_tanh_prime": _gelu_tanh_prime,
}

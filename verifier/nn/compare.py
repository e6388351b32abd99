"""A hand-written kernel against a generated one over the whole float64 line, in ULP.

`compare_kernels` answers: does ``fx * (1 - fx)`` agree with the proved ``sigmoid_prime``,
and if not, where do they part? The grid (`default_grid`) is dense near 0 and reaches out
to the edges of the float64 exp, the subnormals, +-inf and nan, because that is where
hand-written kernels go wrong.

Example::

    >>> import numpy as np
    >>> from verifier.kernels import sigmoid_prime
    >>> from verifier.nn.compare import compare_kernels
    >>> def naive(x):
    ...     s = 1 / (1 + np.exp(-x))
    ...     return s * (1 - s)
    >>> cmp = compare_kernels(sigmoid_prime, naive, domain=(-50.0, 50.0))
    >>> cmp.agree, 1 < cmp.part_nearest_zero < 36.7
    (False, True)
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from verifier import kernels
from verifier.nn.errors import GradcheckInputError

# Two kernels agree at x when their values are within KERNEL_RTOL of each other, or within
# KERNEL_ULP units in the last place (the second clause is for subnormal results, where a
# 1-ULP difference is a large relative one). Both kernels being accurate to a few ULP of the
# true value passes easily; losing 4 digits to cancellation does not.
KERNEL_RTOL = 1e-12
KERNEL_ULP = 4.0


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


def generated_kernels() -> dict[str, Callable[..., Any]]:
    """The one-argument generated kernels by name: each activation and its derivative."""
    table: dict[str, Callable[..., Any]] = {}
    for name, (forward, derivative) in kernels.KERNELS.items():
        table[name] = forward
        table[getattr(derivative, "__name__", f"{name}_prime")] = derivative
        table.setdefault(f"{name}_prime", derivative)
    return table

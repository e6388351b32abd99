"""Hand-written NumPy routines for the GELU kernels (imports NumPy only).

NumPy has no erf, and the generated kernels are compositions of ufuncs; GELU and its
tanh approximation need more than that to stay within 4 ULP over the whole line:

* where GELU'(x) crosses zero (x = -0.7518 for the erf form, -0.7525 for the tanh
  form) the two terms of Phi(x) + x phi(x) cancel, so no composition of accurate
  pieces is accurate there;
* in the left tail the value is exp(-x^2/2) (or exp(-v(x)), v a cubic) times a
  slowly varying factor, and exp magnifies the rounding error of its argument by
  the argument's size (745 at the underflow threshold): exp is taken of an exact
  part of x^2/2 (or v), |x| rounded to a grid coarse enough that its square (cube)
  is exact, and the small rest enters as a correction.

So each routine is piecewise: for |x| < 4 a polynomial in w = |x| - c on intervals of
1/16 (w is exact: c/2 <= |x| <= 2c, Sterbenz), fitted to the function itself at 50
digits (mpmath Chebyshev fits, error < 1e-19 relative; on the intervals at and next to
the zero of a derivative, and at 0 where the function is 0, the fit is of
(f(c + w) - f(c))/w, with f(c) added last, so the value keeps its relative accuracy
however small); for |x| >= 4 an exact exp times a smooth factor (for the erf forms one
polynomial in 1/(x^2 + a), for the tanh form S(v) and t v'(t) computed from the same
exact split of v), computed times 2^64 where the exponent is below -300 so that a
subnormal result is rounded once; beyond a cut near where the value reaches its limit
(0, x or 1) to the last bit, the limit. Measured against 60-digit mpmath: at most 2.8
ULP over 20000 random points of each left tail and 8000 of each right one, and the
points of tests/kernels/test_gelu.py (every interval end and its neighbours, the
zeros, the subnormal band), which it holds to 4. The tables are refitted by
``python -m verifier.kernels.special --fit`` (needs mpmath, ~2 minutes; the fit of a
piece is reproducible, the output is the block below).

Speed (one np.exp is the unit; benchmarks/kernels.py): every element of a chunk costs
a few passes to be sorted into its region (np.flatnonzero), and each region is
gathered (np.take) and computed on its own, so an element at its limit costs ~one pass
and only the tails pay for exp. Nothing here indexes with a boolean mask or uses a
``where=`` ufunc (both ~10x a plain pass), and tables are read with one
``take(axis=1)`` per call. On 100 elements the cost is the number of ufunc calls
(~0.5 us each), which the polynomial degrees set.

Each routine takes a float64 or float32 array and an ``out`` array of the same shape
and dtype, as the generated kernels call NumPy ufuncs. float32 data is float32 out:
the elements not at their float32 limit (-15 or -11.5 < x < 6.5) are computed in
float64 to 1e-10 relative (tables and tail factors fitted to that, degree 5, and a
plain exp; the tanh form as written) and rounded once, the rest cost one float32
pass (``_apply32``): <= 0.51 float32 ULP measured, so a kernel may hand these
routines float32 chunks (``float32="native"``) and skip the whole-chunk conversion.

>>> import numpy as np
>>> out = np.empty(3)
>>> gelu(np.array([-1.0, 0.0, 1.0]), out=out).round(6).tolist()
[-0.158655, 0.0, 0.841345]
"""

from __future__ import annotations

import itertools

import numpy as np

__all__ = ["gelu", "gelu_prime", "gelu_tanh", "gelu_tanh_prime"]

# ln 2 in two parts (fdlibm): 64*_LN2_HI has few bits, so adding it to an exponent
# near -700 is exact.
_LN2_HI = 6.93147180369123816490e-01
_LN2_LO = 1.90821492927058770002e-10
# Beyond this |exponent| results near the subnormal range are computed times 2^64.
_SHIFT_FROM = 300.0
_SHIFT = 64
_UNSHIFT = 2.0**-_SHIFT
# t + _GRID - _GRID is t rounded to a multiple of 2^-20 (for 0 <= t < 2^31).
_GRID = 1.5 * 2.0**32
# The erf forms' tail factors are fitted up to here (beyond the cuts of _GELU*).
_ERF_TAIL_TO = 40.0
# The fits of the tables for float32 results: relative error < 1e-10 (a float32 ULP is
# 6e-8 to 1.2e-7 relative), so a few terms where float64 results take ten.
_FLOAT32_TOLERANCE = 1e-10
# The shift a of the erf forms' tail variable 1/(t^2 + a) (see _InverseSquare).
_INVERSE_SQUARE_SHIFT = {"M": 7.0, "N": 5.0}
# |x| below which the direct tables apply.
_DIRECT_TO = 4.0


class _Table:
    """Polynomials in w = t - centre on the intervals [breaks[i], breaks[i+1])."""

    def __init__(self, breaks: tuple[float, ...], pieces: tuple[tuple[float, ...], ...]):
        self.centres = np.asarray([p[0] for p in pieces])
        degree = max(len(p) - 1 for p in pieces)
        # Zero-padded at the top: a leading 0 in Horner's scheme is exact.
        self.coeffs = np.zeros((degree, len(pieces)))
        for i, piece in enumerate(pieces):
            self.coeffs[: len(piece) - 1, i] = piece[1:]
        # The interval of each cell floor(t/step) (every end is a multiple of step, a
        # power of 2, so t/step is exact): _Signed stores its columns in cell order.
        step = 1.0
        while any(b / step != int(b / step) for b in breaks):
            step /= 2
        self.scale = 1 / step
        grid = np.arange(int(breaks[-1] * self.scale) + 1) * step
        lookup = np.searchsorted(np.asarray(breaks[:-1]), grid, side="right") - 1
        self.lookup = np.clip(lookup, 0, len(pieces) - 1)


class _Signed:
    """One function on -4 < x < 4 from its tables of t = |x| for x < 0 and for x >= 0.

    One index and one Horner evaluation for both signs, in w = x - centre: a piece of
    the x < 0 table, a polynomial in t - c, is the same polynomial in x + c with its
    odd coefficients negated (exact, and Horner's scheme then gives the same bits),
    so neither |x| nor the sign is a separate pass.
    """

    def __init__(self, negative: _Table, positive: _Table):
        cells = int(_DIRECT_TO * positive.scale)
        degree = max(negative.coeffs.shape[0], positive.coeffs.shape[0])
        odd = (-1.0) ** np.arange(degree)[:, None]
        self.coeffs = np.hstack(
            [_padded(positive.coeffs, degree), _padded(negative.coeffs, degree) * odd]
        )
        self.centres = np.concatenate([positive.centres, -negative.centres])
        self.scale = positive.scale
        # The cell of x is floor(x * scale), -cells..cells-1: a negative cell j holds t in
        # (-(j+1)/scale, -j/scale], the t-cell -j-1 (at an interval's end, the piece below
        # it, fitted on the closed interval). The columns are stored by cell + cells, so
        # that the index is trunc(x * scale + cells), one multiply, add and cast: no floor,
        # no lookup. x * scale + cells rounds to the next cell only within 2^-46 of a
        # cell's end (where the next piece, continued that far, is as accurate), and a
        # tiny negative x (|x| < 2^-52) to the cell of +0: the x >= 0 piece at 0, which
        # keeps its sign and relative accuracy (its value is w g(w) there).
        lookup = np.concatenate(
            [negative.lookup[:cells][::-1] + positive.centres.shape[0], positive.lookup[:cells]]
        )
        self.coeffs = np.ascontiguousarray(self.coeffs[:, lookup])
        self.centres = self.centres[lookup]
        self.offset = float(cells)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        cell = np.multiply(x, self.scale)
        cell += self.offset
        # Only |x| < 4 comes here; "clip" keeps x * scale + cells rounded up to 2 cells
        # (x within 2^-47 of 4) in bounds.
        return _horner(self.coeffs, self.centres, cell.astype(np.intp), x)


def _padded(coeffs: np.ndarray, degree: int) -> np.ndarray:
    # Zero rows at the top: a leading 0 in Horner's scheme is exact.
    return np.vstack([coeffs, np.zeros((degree - coeffs.shape[0], coeffs.shape[1]))])


class _InverseSquare:
    """A polynomial in w = 1/(t^2 + a) - centre: a tail factor on 4 <= t <= 40, no table.

    The Mills-ratio factors of the erf forms are smooth in 1/t^2 (their asymptotic
    series is in it), so one polynomial covers the whole tail: no index, no gather
    (which cost more than the Horner passes themselves). The shift a moves the
    variable's end t = 4 away from the series' singular behaviour: degree 16 for M
    (a = 7) and 15 for N (a = 5) where 1/t^2 needed 21 and 19, for the same 1e-19.
    1/(t^2 + a) is rounded three times, but the factors change by < 0.1 of a relative
    change of it, so that is < 0.2 ULP.
    """

    def __init__(self, shift: float, centre: float, coefficients: tuple[float, ...]):
        self.shift, self.centre, self.coefficients = shift, centre, coefficients

    def __call__(self, t: np.ndarray) -> np.ndarray:
        w = t * t
        w += self.shift
        np.divide(1.0, w, out=w)
        w -= self.centre
        acc = w * self.coefficients[-1]
        for c in self.coefficients[-2:0:-1]:
            acc += c
            acc *= w
        acc += self.coefficients[0]
        return acc


def _horner(
    coeffs: np.ndarray, centres: np.ndarray, index: np.ndarray, t: np.ndarray
) -> np.ndarray:
    w = t - centres.take(index, mode="clip")
    # Every coefficient of every element's piece in one gather (not one per row).
    rows = coeffs.take(index, axis=1, mode="clip")  # "clip": no bounds checks
    acc = np.multiply(rows[-1], w)
    acc += rows[-2]
    for row in rows[-3::-1]:
        acc *= w
        acc += row
    return acc


def _exp_half_square(t: np.ndarray, shift: bool) -> np.ndarray:
    """exp(-t^2/2), times 2^64 if ``shift``, to ~0.5 ULP (4 <= t <= 40).

    th = t rounded to a multiple of 2^-20 (by adding and subtracting 1.5 * 2^32) has
    26 bits, so th^2/2 is exact, and so is th^2/2 - 64 ln2_hi (multiples of 2^-41
    below 2^10): the shift that keeps exp's result normal costs one pass, not a
    selection. Only the small rest s = tl (th + tl/2) (|s| < 2e-5) is rounded; its
    exp enters as 1 - s (1 - s (1/2 - s/6)) (np.expm1 costs ~10 passes; the next term,
    s^4/24 < 1e-20, is far below a rounding).
    """
    th = t + _GRID
    th -= _GRID
    tl = t - th
    big = th * -0.5
    big *= th
    small = tl * 0.5
    small += th
    small *= tl
    if shift:
        big += _SHIFT * _LN2_HI
        small -= _SHIFT * _LN2_LO
    e = np.exp(big)
    p = small * (-1.0 / 6.0)
    p += 0.5
    p *= small
    np.subtract(1.0, p, out=p)
    p *= small
    p *= e
    return np.subtract(e, p, out=p)


def _scaled_exp(big: np.ndarray, small: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """(E, shifted) with exp(big + small) = E, times 2^-64 where shifted; big <= 0 exact.

    Where big < -300 the exponent is raised by 64 ln 2 (exact: both are multiples of
    2^-43 there) so that E is a normal number and the result is rounded once, by the
    final scaling (``_unshift``). ``shifted`` is None where no element needs it.
    """
    shifted = big < -_SHIFT_FROM
    if shifted.any():
        # Arithmetic, not ``where=`` (a masked ufunc loop is ~10x slower): adding 0.0
        # leaves the other elements exactly as they were.
        big += shifted * (_SHIFT * _LN2_HI)
        small += shifted * (_SHIFT * _LN2_LO)
    else:
        shifted = None
    e = np.exp(big)
    # expm1(small) for |small| < 1.3e-8 (v's rest, <= 2^-42, plus 64 ln2_lo after a
    # shift): small + small^2/2 is off by < small^3/6 < 1e-24 (np.expm1: ~10 passes).
    p = small * 0.5
    p += 1.0
    p *= small
    p *= e
    p += e
    return p, shifted


def _unshift(value: np.ndarray, shifted: np.ndarray | None) -> np.ndarray:
    if shifted is not None:
        # x * 2^-64 is ldexp(x, -64): rounded once, also to a subnormal.
        value *= np.where(shifted, 2.0**-_SHIFT, 1.0)
    return value


def _apply(x: np.ndarray, out: np.ndarray, routine: _Routine) -> np.ndarray:
    """out = routine's value at x: its limit beyond its cuts, a table on (-4, 4), a tail.

    Each region's elements are gathered (np.take) and computed together, so every pass
    runs only over the elements that need it; at the limits (half of [-40, 40] for
    the erf forms, two thirds for the tanh forms) an element costs one pass. Both
    tails (x <= -4 and x >= 4) are one formula, so a call has at most two regions to
    compute: on 100 elements the number of ufunc calls is the cost.
    """
    x = np.asarray(x, dtype=np.float64)
    if np.may_share_memory(x, out):  # out is written a region at a time
        x = x.copy()
    with np.errstate(all="ignore"):
        t = np.abs(x)
        near = np.flatnonzero(t < _DIRECT_TO)
        if near.shape[0] == x.size:  # the usual activations: no gather, no scatter
            np.copyto(out, routine.direct(x))
            return out
        routine.limit(x, out)  # nan stays nan: no region below takes it
        tail = np.flatnonzero((t >= _DIRECT_TO) & (x >= routine.low) & (x <= routine.high))
        if near.shape[0]:
            out[near] = routine.direct(x.take(near))
        if tail.shape[0]:
            picked = x.take(tail)
            out[tail] = routine.tail(picked, np.abs(picked))
    return out


def _gelu_tail(x: np.ndarray, t: np.ndarray) -> np.ndarray:
    # x Phi(x) = -exp(-t^2/2) M(t) for x = -t, x - exp(-x^2/2) M(x) for x = t, with
    # M(t) = t Q(t) exp(t^2/2): max(x, 0) - exp(-t^2/2) M(t).
    e = _exp_half_square(t, shift=True)
    e *= _M(t)
    e *= _UNSHIFT  # exact, or the one rounding of a subnormal result
    return np.subtract(np.maximum(x, 0.0), e, out=e)


def _gelu_prime_tail(x: np.ndarray, t: np.ndarray) -> np.ndarray:
    # Phi(x) + x phi(x) = -exp(-t^2/2) L(t) for x = -t, 1 + exp(-t^2/2) L(t) for x = t,
    # L(t) = t N(t): [x > 0] + exp(-t^2/2) x N(t).
    e = _exp_half_square(t, shift=True)
    e *= _N(t)
    e *= x
    e *= _UNSHIFT
    return np.add(e, x > 0.0, out=e)


def _tanh_v(t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(vb, rest, th, tl): v(t) = A1 t + A3 t^3 = vb + rest, vb exact, |rest| <= 2^-42.

    exp(-v) magnifies the rounding of v by v (up to 790), so exp must see an exact
    part: th = t rounded to a multiple of 2^-7 (12 bits for t < 32), whose cube (36
    bits) times A3h (A3 to 17 bits) is exact, and so is A1h th (A1 to 17 bits) and
    their sum (multiples of 2^-41 below 2^10). The rest, A1h tl + (A1 - A1h) t +
    3 A3h th^2 tl + A3h tl^2 (3 th + tl) + (A3 - A3h) t^3 with tl = t - th, is < 0.42
    and rounded twice (< 6e-17); its part on the 2^-41 grid moves into vb (exact).
    A dozen passes where the double-double v took seventy.
    """
    th = t + _GRID7
    th -= _GRID7
    tl = t - th
    square = th * th
    cube = square * th
    vb = cube * _A3H
    vb += th * _A1H
    # The small terms first (each < 0.01, their roundings < 1e-18), the large one last.
    small = tl * _A1H
    small += t * _DA1
    part = th * 3.0
    part += tl
    part *= tl
    part *= tl
    part *= _A3H
    small += part
    part = t * t
    part *= t
    part *= _DA3
    small += part
    square *= _A3H3
    square *= tl
    small += square
    grid = small + _GRID41
    grid -= _GRID41
    small -= grid
    vb += grid
    return vb, small, th, tl


def _tanh_exp(vb: np.ndarray, rest: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """(D, shifted): exp(-v) = D (times 2^-64 where shifted), v = vb + rest (``_tanh_v``)."""
    return _scaled_exp(np.negative(vb), np.negative(rest))


def _gelu_tanh_tail(x: np.ndarray, t: np.ndarray) -> np.ndarray:
    # x S(v(x)) = -t D/(1 + D) for x = -t and t - t D/(1 + D) for x = t:
    # max(x, 0) - t D/(1 + D). D/(1 + D) = D - D q with q = D/(1 + D) <= 2e-5: one
    # rounding, not two. Where D is shifted, the unshifted D is below 2^-430 and q is 0
    # to the last bit.
    d, shifted = _tanh_exp(*_tanh_v(t)[:2])
    unscaled = d if shifted is None else np.where(shifted, 0.0, d)
    q = unscaled + 1.0
    np.divide(unscaled, q, out=q)
    td = t * d
    q *= td
    np.subtract(td, q, out=q)
    q = _unshift(q, shifted)
    return np.subtract(np.maximum(x, 0.0), q, out=q)


def _gelu_tanh_prime_tail(x: np.ndarray, t: np.ndarray) -> np.ndarray:
    # With G = S(-v) F(t), F(t) = 1 - t v'(t) S(v) (< -24 for t >= 4, so G < 0): the
    # value is G for x = -t and S(v) + t v' S(v) S(-v) = 1 - G for x = t, that is
    # [x > 0] + copysign(G, x). S(-v) = D - D D/(1 + D).
    vb, rest, th, tl = _tanh_v(t)
    d, shifted = _tanh_exp(vb, rest)
    unscaled = d if shifted is None else np.where(shifted, 0.0, d)
    q = unscaled + 1.0
    np.divide(unscaled, q, out=q)
    f = _tanh_f(t, q, vb, rest, th, tl)
    q *= d
    np.subtract(d, q, out=q)
    q *= f
    q = _unshift(q, shifted)
    np.copysign(q, x, out=q)
    return np.add(q, x > 0.0, out=q)


def _tanh_f(
    t: np.ndarray, q: np.ndarray, vb: np.ndarray, rest: np.ndarray, th: np.ndarray, tl: np.ndarray
) -> np.ndarray:
    """F(t) = 1 - m (1 - q), m = t v'(t) = A1 t + 3 A3 t^3 = 3 v - 2 A1 t, q = S(-v).

    m > 20 for t >= 4, so F ~ -m: its relative error is m's. With v = vb + rest
    (``_tanh_v``), mb = 3 vb - 2 A1h th is exact (multiples of 2^-41 below 2^12), and
    so is 1 - mb; the rest of m, 3 rest - 2 (A1h tl + (A1 - A1h) t), is < 0.02. F =
    (1 - mb) + (m q - rest of m): one rounding that counts (no table: a gathered
    polynomial of degree 15 cost 4x this).
    """
    mb = vb * 3.0
    mb -= th * (2.0 * _A1H)
    small = tl * _A1H
    small += t * _DA1
    small *= -2.0
    small += rest * 3.0
    f = mb + small
    f *= q
    f -= small
    np.subtract(1.0, mb, out=mb)
    f += mb
    return f


def _maximum_zero(x: np.ndarray, out: np.ndarray) -> None:
    np.maximum(x, 0.0, out=out)  # x beyond the right cut, +0 beyond the left, nan kept


def _step(x: np.ndarray, out: np.ndarray) -> None:
    np.clip(x, 0.0, 1.0, out=out)  # 1 beyond the right cut, 0 beyond the left, nan kept


class _Routine:
    """A function's pieces: its limits beyond [low, high], a table on (-4, 4), its tail.

    ``low32``, ``high32``: the same cuts for float32 results; ``wide32``, if given, the
    float64 formula for float32 results between them (``_apply32``).
    """

    def __init__(self, limit, low: float, high: float, direct, tail, low32: float, wide32=None):
        self.limit, self.low, self.high = limit, low, high
        self.direct, self.tail = direct, tail
        self.low32, self.high32 = np.float32(low32), np.float32(6.5)
        self.wide32 = wide32


def gelu(x: np.ndarray, out: np.ndarray) -> np.ndarray:
    """x Phi(x) = x erfc(-x/sqrt(2))/2 into ``out`` (float64, or float32 for float32)."""
    return _dispatch(x, out, _GELU)


def gelu_prime(x: np.ndarray, out: np.ndarray) -> np.ndarray:
    """Phi(x) + x phi(x) into ``out`` (float64, or float32 for float32)."""
    return _dispatch(x, out, _GELU_PRIME)


def gelu_tanh(x: np.ndarray, out: np.ndarray) -> np.ndarray:
    """x S(v(x)) = x (1 + tanh(v(x)/2))/2 into ``out`` (float64, or float32 for float32)."""
    return _dispatch(x, out, _GELU_TANH)


def gelu_tanh_prime(x: np.ndarray, out: np.ndarray) -> np.ndarray:
    """S(v) + x v'(x) S(v) S(-v), v(x) = 2 sqrt(2/pi)(x + 0.044715 x^3), into ``out``."""
    return _dispatch(x, out, _GELU_TANH_PRIME)


# float32: beyond x = low32 and x = 6.5 every function's float64 value rounds to its
# limit in float32 (checked against mpmath: at x = 6.5 the gap to x or 1 is < 4e-9
# relative, far below half a float32 ULP; |f| < 1e-47 at x = -15 for the erf forms
# and < 3e-53 at x = -11.5 for the tanh forms, below half the smallest float32
# subnormal, 7e-46, and falling), so only the elements between are computed, in
# float64.
_ERF_LOW32 = -15.0
_TANH_LOW32 = -11.5


def _dispatch(x: np.ndarray, out: np.ndarray, routine: _Routine) -> np.ndarray:
    if x.dtype == np.float32 and out.dtype == np.float32:
        return _apply32(x, out, routine)
    return _apply(x, out, routine)


def _apply32(x: np.ndarray, out: np.ndarray, routine: _Routine) -> np.ndarray:
    """out (float32) = a float64 value at x rounded once, for the elements that need it.

    The float64 routines cost ~30 np.exp(float32) per element; most of the float line
    (|x| beyond a few units) is at the limit in float32, which costs one float32 pass.
    The rest are gathered, computed in float64 and rounded once on the way back: by
    float64 formulas accurate far within a float32 ULP there, and cheaper than the
    float64 routines: the erf forms' tables with a plain tail (``_gelu32``), the tanh
    form as written (``_gelu_tanh32``).
    """
    if np.may_share_memory(x, out):
        x = x.copy()
    with np.errstate(all="ignore"):
        between = np.flatnonzero((x > routine.low32) & (x < routine.high32))  # nan: neither
        routine.limit(x, out)
        if between.shape[0]:
            wide = x.take(between).astype(np.float64)
            if routine.wide32 is None:
                out[between] = _apply(wide, np.empty_like(wide), routine)
            else:
                out[between] = routine.wide32(wide)
    return out


def _gelu32(x: np.ndarray) -> np.ndarray:
    """GELU in float64 for float32 results (-15 < x < 6.5): tables and tail to 1e-10.

    The tables and tail factors are fitted to 1e-10 relative (degree 5 where float64
    results take 9, _FLOAT32_TOLERANCE), and exp(-t^2/2) is taken of t^2/2 as rounded
    (t^2/2 < 113, so it is off by < 3e-14 relative; the exact split is for float64
    results): a float32 result is off by at most 0.5 float32 ULP + 0.002.
    """
    return _erf32(x, _GELU32_DIRECT, _gelu_tail32)


def _gelu_prime32(x: np.ndarray) -> np.ndarray:
    """GELU' in float64 for float32 results (-15 < x < 6.5), as ``_gelu32``."""
    return _erf32(x, _GELU_PRIME32_DIRECT, _gelu_prime_tail32)


def _erf32(x: np.ndarray, direct, tail) -> np.ndarray:
    near = np.abs(x) < _DIRECT_TO
    inside = np.flatnonzero(near)
    if inside.shape[0] == x.shape[0]:
        return direct(x)
    value = np.empty_like(x)
    outside = np.flatnonzero(~near)
    picked = x.take(outside)
    value[outside] = tail(picked, np.abs(picked))
    if inside.shape[0]:
        value[inside] = direct(x.take(inside))
    return value


def _gelu_tail32(x: np.ndarray, t: np.ndarray) -> np.ndarray:
    e = t * t
    e *= -0.5
    np.exp(e, out=e)
    e *= _M32(t)
    return np.subtract(np.maximum(x, 0.0), e, out=e)


def _gelu_prime_tail32(x: np.ndarray, t: np.ndarray) -> np.ndarray:
    e = t * t
    e *= -0.5
    np.exp(e, out=e)
    e *= _N32(t)
    e *= x
    return np.add(e, x > 0.0, out=e)


def _gelu_tanh32(x: np.ndarray) -> np.ndarray:
    """x S(v(x)) = x/(1 + exp(-v)) in float64, for float32 results (-11.5 < x < 6.5).

    |v| < 128 there, so exp(-v) is off by < 128 x 3 float64 roundings (4e-14
    relative), the value by < 1e-13: a float32 result rounded from it is off by at
    most 0.5 float32 ULP + 2e-6. No table and no exact split: ~8 passes and one exp.
    """
    d = x * x
    d *= _A3
    d += _A1
    d *= x
    np.negative(d, out=d)
    np.exp(d, out=d)
    d += 1.0
    return np.divide(x, d, out=d)


def _gelu_tanh_prime32(x: np.ndarray) -> np.ndarray:
    """S(v) (1 + x v'(x) S(-v)) in float64, for float32 results (-11.5 < x < 6.5).

    As ``_gelu_tanh32``, 1e-13 relative, except where 1 + x v' S(-v) cancels, at the
    zero x = -0.7525: there the float64 error, < 1e-16 absolute, is < 0.1 float32 ULP
    of the value at the float32 nearest the zero (~1e-8), and less further away.
    """
    d = x * x
    d *= _A3
    d += _A1
    d *= x
    np.negative(d, out=d)
    np.exp(d, out=d)  # D = exp(-v); S(v) = 1/(1 + D), S(-v) = D S(v)
    s = d + 1.0
    np.divide(1.0, s, out=s)
    d *= s
    slope = x * x  # x v'(x) = x (A1 + 3 A3 x^2)
    slope *= 3.0 * _A3
    slope += _A1
    slope *= x
    d *= slope
    d += 1.0
    return np.multiply(s, d, out=d)


# v(t) = 2 sqrt(2/pi) (t + 0.044715 t^3) = A1 t + A3 t^3: A1 and A3 to 17 bits (A1H,
# A3H, 3 A3H: products with th exact) and what they leave (DA1, DA3; _tanh_v).
_A1H = 1.59576416015625
_A3H = 0.07135486602783203
_A3H3 = 0.2140645980834961
_DA1 = 4.96144948071176e-06
_DA3 = -4.975523178247366e-08
# t + _GRID7 - _GRID7 is t rounded to a multiple of 2^-7; x + _GRID41 - _GRID41 is x
# rounded to a multiple of 2^-41 (|x| < 2^10).
_GRID7 = 1.5 * 2.0**45
_GRID41 = 1.5 * 2.0**11
# A1 and A3 to the nearest double (the float32 formulas: 1e-16 relative is plenty).
_A1 = 1.5957691216057308
_A3 = 0.07135481627260025

# Interval ends of the direct tables on [0, 4).
_DIRECT = tuple(i / 16 for i in range(65))


# -- the tables (python -m verifier.kernels.special --fit) --------------------------------

# fmt: off
_GELU_NEG = _Table(_DIRECT, (
    (0.0, 0.0, -0.5, 0.39894228040143265, 1.4120581236771251e-14, -0.06649038006922518, 1.9090711060049173e-10, 0.009973548184092093, 2.3971122377616213e-07, -0.0011911232776759724, 3.241135379088711e-05),
    (0.09375, -0.043373800822938124, -0.42541703519958046, 0.39544748572783506, -0.024770014010692464, -0.06518191067730948, 0.005555549623247081, 0.009683229396021373, -0.0008791363355582575, -0.0011417641427568534, 0.00010649211791998565),
    (0.15625, -0.06842468487370393, -0.37633954843285167, 0.3892911672411269, -0.040801726546759856, -0.0628871424955872, 0.009099261266348245, 0.009176229299431661, -0.0014320099019671999, -0.0010630199487987472, 0.00017252252087974758),
    (0.21875, -0.09043614975028574, -0.328216964889219, 0.3801912109475244, -0.05612408712133368, -0.05951930378171073, 0.012408696398549265, 0.00843728376296381, -0.0019365188920330405, -0.0009490362973144756, 0.0002313657899774252),
    (0.28125, -0.10947918617098236, -0.28140789783567166, 0.36830514640459466, -0.07047908439951929, -0.05516474649117773, 0.015401310023811562, 0.007491247475561108, -0.002376165561053226, -0.0008045421386914227, 0.00028065048465144047),
    (0.34375, -0.12564652123720219, -0.2362483362509798, 0.35383666090635535, -0.08363338954187419, -0.04993402591847897, 0.018005161916266634, 0.006369629082056807, -0.0027371302474798603, -0.0006354732217973255, 0.0003184737891871774),
    (0.40625, -0.13905103049660505, -0.19304618714670357, 0.3370304316075574, -0.09538396179260585, -0.043958220941332685, 0.02016117660102903, 0.005109297588061478, -0.0030088046400646015, -0.00044868274921045935, 0.00034348825516379594),
    (0.46875, -0.14982383039864888, -0.15207652580483452, 0.31816599805572093, -0.1055626524336341, -0.03738462805523026, 0.021824878605010572, 0.0037509887456037435, -0.0031841695296409393, -0.000251611822683734, 0.0003549574372676558),
    (0.53125, -0.1581120988821542, -0.11357766157278017, 0.2975508762904331, -0.11403967194097343, -0.030372003528271373, 0.02296754121648964, 0.002337683202468455, -0.0032600014542166155, -5.193799411390362e-05, 0.0003527778539825741),
    (0.59375, -0.16407667774598164, -0.07774810030205438, 0.27551313679264733, -0.12072583081709529, -0.023085542987235533, 0.02357671493511898, 0.0009129329732715049, -0.0032369020710597838, 0.00014277890708340398, 0.0003374668083732105),
    (0.65625, -0.16788951463458163, -0.04474445586957204, 0.2523936808509878, -0.12557351284560753, -0.015691793796046453, 0.023656130746857143, -0.00048078660835613156, -0.0031191536456130083, 0.0003254348284333067, 0.00031011768895063645),
    (0.71875, -0.16973100482423914, -0.014680333606842835, 0.22853845307402965, -0.12857638817099012, -0.008353692636066114, 0.023225001761177578, -0.001803625798389861, -0.0029144131511310177, 0.0004896860517810093, 0.000272326294435371),
    (0.78125, -0.1697872934985044, 0.012373820981322526, 0.20429082195396114, -0.1297679204369801, -0.0012259091511969418, 0.02231677311459426, -0.0030197438397977726, -0.00263326558661036, 0.0006302053441529104, 0.00022609336254064043),
    (0.84375, -0.16824759789772079, 0.03638994300716062, 0.17998434611584813, -0.12921876517126007, 0.005549342771858222, 0.020977393050175052, -0.004098471010473368, -0.0022886637858856303, 0.0007428780770423677, 0.00017370972970306268),
    (0.90625, -0.16530160572863548, 0.05738069921137167, 0.15593612206745056, -0.127033193891113, 0.011845890329224493, 0.019263196449246536, -0.0050152065942324535, -0.0018950283911328037, 0.0008249528496673753),
    (0.96875, -0.16113700169548978, 0.07539705268324268, 0.13244088110111774, -0.1233447085806633, 0.01755647877925884, 0.017238506819269823, -0.005752024503420753, -0.001468719645193713, 0.0008750091915895669),
    (1.03125, -0.15593716818281625, 0.09052514370970881, 0.10976596992905503, -0.11831103321634828, 0.022594869205936775, 0.014973065809997245, -0.006297974743528181, -0.001025407784080117, 0.0008930765995571373),
    (1.09375, -0.14987909923974707, 0.10288260374803916, 0.08814731324668681, -0.11210868230552594, 0.02689712173881042, 0.012539409107711947, -0.006649082819459957, -0.0005808101624775294, 0.0008804670288801612),
    (1.15625, -0.14313155936914665, 0.11261442942202812, 0.06778641837498209, -0.10492731080664029, 0.030422064108686506, 0.010010295220639507, -0.006808065132131234, -0.00014969010503625398, 0.0008396577509817955),
    (1.21875, -0.13585351050846722, 0.1198885485736596, 0.04884844407512756, -0.09696404562469728, 0.033150978600486734, 0.0074562898301152565, -0.006783790195679353, 0.00025498005654801906, 0.0007740910563805651, -0.0001361295228102776),
    (1.28125, -0.1281928222992019, 0.12489121085770094, 0.031461319107466294, -0.088417986813856, 0.035086570142145765, 0.004943594674934015, -0.0065905263649286136, 0.0006213293311477745, 0.0006880139190769008, -0.00016853434361750578),
    (1.34375, -0.12028527256259565, 0.1278223314262476, 0.015715862507546394, -0.07948504770423158, 0.03625130322921921, 0.0025321892501999287, -0.006247023684119066, 0.0009404693774382862, 0.0005861408566756862, -0.00019221474223474037),
    (1.40625, -0.11225383709260112, 0.12889090835462616, 0.0016668280420308078, -0.07035327870337908, 0.03668521474406859, 0.000274341440984313, -0.005775483113879937, 0.0012057456863649025, 0.0004734718321067396, -0.0002069129244333092),
    (1.46875, -0.104208260672892, 0.12831062317986175, -0.010665229208555579, -0.061198790972928685, 0.03644332294797605, -0.001786483393349567, -0.0052004668123835016, 0.0014130208600339359, 0.0003550329146556091, -0.00021278841379556666),
    (1.53125, -0.09624489481419816, 0.12629571992416164, -0.02129138509572448, -0.05218236511819513, 0.035592759827273425, -0.0036163018198221457, -0.004547802428990217, 0.0015606306758774704, 0.0002356526335064575, -0.00021037567583117537),
    (1.59375, -0.08844678223876652, 0.12305724198354749, -0.0302512113980152, -0.04344679801540215, 0.03420975471936494, -0.005190887417231368, -0.0038435301320846834, 0.001649235042193904, 0.0001197667861132051, -0.00020052603198471237),
    (1.65625, -0.08088396371164829, 0.11879968902327465, -0.037609214476247085, -0.03511500942618388, 0.03237659219727779, -0.0064956657760095226, -0.003112934942512806, 0.0016815800816843663, 1.125927423851085e-05, -0.0001843384271738108),
    (1.71875, -0.07361397948852942, 0.11371813827208399, -0.04345098974576352, -0.027288900449656688, 0.03017865727143602, -0.007525268180017537, -0.002379699107491475, 0.0016621907090429268, -8.665611308971113e-05, -0.00016308386735527813),
    (1.78125, -0.0666825354269909, 0.10799585703816317, -0.04787923008421654, -0.020048929271057888, 0.027701666987427185, -0.008282794116722591, -0.0016652003380624924, 0.0015970148505456603, -0.0001715107541856035, -0.00013812827302484335),
    (1.84375, -0.06012430266128602, 0.10180241650244339, -0.05100971762275573, -0.013454346969801783, 0.02502917049720428, -0.008778840689809431, -0.0009879723346395272, 0.001493040907020032, -0.0002416134520368189, -0.00011085813479882023),
    (1.90625, -0.05396381960273082, 0.09529230141026172, -0.05296741585793989, -0.007544017967662725, 0.0222403807543223, -0.009030361408743828, -0.0003633347019783986, 0.0013579092866183198, -0.0002960425682357696, -8.26127595312571e-05),
    (1.96875, -0.04821646580145926, 0.0886039966059456, -0.053882763554219656, -0.002337736374269648, 0.01940838121908839, -0.009059417827988138, 0.00019680938993406233, 0.001199536997189971, -0.00033460262756051764, -5.4626122599020144e-05),
    (2.03125, -0.04288947877035917, 0.08185951974864358, -0.05388825440491905, 0.0021620588978654375, 0.016598731377583914, -0.00889188535779238, 0.0006840172098950151, 0.0010257101254017185, -0.00035776146293987215),
    (2.09375, -0.03798298709234127, 0.07516436020857648, -0.053115367797633865, 0.005968270984736157, 0.013868476384341768, -0.008556170150007794, 0.0010932078398198806, 0.0008440797387727214, -0.0003665137277111829),
    (2.15625, -0.03349103586278095, 0.06860777715610478, -0.05169189715184093, 0.009106933824848942, 0.011265549483518588, -0.00808198587120349, 0.0014224419605272586, 0.0006613738183464382, -0.00036233343629404766),
    (2.21875, -0.02940258361303331, 0.06226340520391649, -0.04973970394071658, 0.01161489808129517, 0.008828541623554235, -0.007499232859618742, 0.0016726036621754732, 0.00048354245786206657, -0.00034700685761653147, 3.597406591965475e-05),
    (2.28125, -0.02570245317538546, 0.05619011353703514, -0.04737290834169746, 0.013537501609417373, 0.006586801240416079, -0.006837010759927139, 0.0018470103930316468, 0.00031578755879259785, -0.000322551194418466, 5.036360007960012e-05),
    (2.34375, -0.022372222350905056, 0.050433064082799114, -0.04469651201663036, 0.014926301473264044, 0.004560818745581519, -0.006122786508631998, 0.0019509766323955453, 0.0001621151886082391, -0.0002910584705377618, 6.099703199984063e-05),
    (2.40625, -0.019391043608973178, 0.04502491569179961, -0.041805435197956854, 0.015836932409159014, 0.0027628448386294063, -0.0053817310807185385, 0.0019913563524800223, 2.5518115062822628e-05, -0.0002546220132339406, 6.796969717004661e-05),
    (2.46875, -0.01673638527692251, 0.039987124238725, -0.038783939306654816, 0.01632714354084484, 0.0011976892403826828, -0.004636228096291498, 0.0019760865789558682, -9.203733385724945e-05, -0.0002152396149939575, 7.15210239115083e-05),
    (2.53125, -0.01438468968466247, 0.03533129270362098, -0.035705397869958314, 0.016455051761820546, -0.00013635345050577895, -0.003905550302598407, 0.0019137515843754935, -0.00018954461543105607, -0.00017474116059691588, 7.200329741192089e-05),
    (2.59375, -0.012311946446382963, 0.031060530346635574, -0.032632372538583455, 0.01627763713059001, -0.0012465016940665342, -0.0032056930869963215, 0.0018131835092937785, -0.0002668586037416904, -0.00013473427086963975, 6.984917333705868e-05),
    (2.65625, -0.010494181442688398, 0.02717078573756074, -0.029616947414373804, 0.01584949339036429, -0.0021444554247290583, -0.0025493490069972017, 0.001683111299140205, -0.0003245746020317391, -9.65681137827032e-05, 6.553986055725784e-05),
    (2.71875, -0.008907864083657062, 0.0236521243594636, -0.026701273493435256, 0.015221835731968386, -0.0028453760090929037, -0.0019460036100284342, 0.0015318658874432624, -0.0003638936493652675, -6.131453905473016e-05, 5.95755782565224e-05),
    (2.78125, -0.007530237075193758, 0.020489927516341593, -0.02391827554517425, 0.014441758457606037, -0.003366912254199827, -0.0014021305582485792, 0.0013671457799052527, -0.00038648240344478507, -2.9764890745604387e-05, 5.244952673430373e-05),
    (2.84375, -0.00633957418147228, 0.017665995116639206, -0.0212924758786734, 0.013551727450757032, -0.0037282999299857312, -0.0009214631704395731, 0.0011958437741050904, -0.00039433490168119974, -2.44026365877363e-06, 4.46262246282813e-05),
    (2.90625, -0.005315372391682786, 0.015159540396070807, -0.01884089286587509, 0.01258928638543501, -0.003949555133957741, -0.0005053197843984798, 0.0010239326149803075, -0.0003896422828710404, 2.0387402680587256e-05, 3.6524685930967765e-05),
    (2.96875, -0.004438485486193538, 0.012948069644491265, -0.016573976462955317, 0.011586951394852645, -0.004050774942747268, -0.00015296163071647028, 0.0008564050182773301, -0.00037467519828556824, 3.866616496715997e-05, 2.8506561181592736e-05),
    (3.03125, -0.0036912062895524842, 0.011008144413602136, -0.014496547975481625, 0.010572266366085034, -0.00405155244117362, 0.00013803602836661965, 0.0006972617296063615, -0.0003516822513919198, 5.252960721981293e-05, 2.086906609279419e-05),
    (3.09375, -0.003057304934393506, 0.009316027444915461, -0.01260871665242357, 0.009567989973915435, -0.003970507601633182, 0.0003714161300291484, 0.0005495401223316668, -0.00032280646424638653, 6.225964696617131e-05, 1.3842279133194204e-05),
    (3.15625, -0.0025220302828182456, 0.007848216645533585, -0.010906751106020112, 0.008592385811111877, -0.003824930741822077, 0.0005518891061326832, 0.00041537523660302894, -0.0002900205436902002, 6.824891328348985e-05, 7.590212897897396e-06),
    (3.21875, -0.002072081302333144, 0.006581873858214037, -0.00938388881676866, 0.0076595882854809975, -0.0036305314880397893, 0.000684809867118448, 0.0002960850619781776, -0.0002550806615254569, 7.0964624436105e-05, 2.214952830991061e-06),
    (3.28125, -0.0016955547129282416, 0.00549515695218197, -0.00803107191727191, 0.006780019097475484, -0.003401283327095709, 0.0007758900733079506, 0.00019227218717338663, -0.0002194976012372635, 7.09154787568719e-05, -2.2368930507678596e-06),
    (3.34375, -0.0013818746488530379, 0.004567464952004206, -0.006837601921891993, 0.005960831850433559, -0.0031493519054051756, 0.0008309504520683412, 0.00010393459247259911, -0.00018452347376081863, 6.862264581210924e-05, -5.766185814193274e-06),
    (3.40625, -0.0011217094479635122, 0.0037796065872951453, -0.005791709990612087, 0.00520636545749829, -0.002885094153720731, 0.0008557153710050804, 3.0579250366759646e-05, -0.0001511517653668342, 6.459553341265302e-05, -8.412392929363991e-06),
    (3.46875, -0.0009068800237864707, 0.003113902858633542, -0.004881042634155954, 0.004518590296284894, -0.0026171149766739408, 0.0008556496933377257, -2.866676156190947e-05, -0.00012012823866849707, 5.9312631459241643e-05, -1.0244494268969615e-05),
    (3.53125, -0.0007302636165892622, 0.002554234051537207, -0.004093065466888125, 0.0038975343540697386, -0.002352368527010076, 0.0008358361619250078, -7.495182633035494e-05, -9.197014042670029e-05, 5.320741144256534e-05, -1.1352176543919431e-05),
    (3.59375, -0.0005856960808525973, 0.0020860411675478123, -0.0034153897069653613, 0.00334167976369999, -0.0020962918562582467, 0.0008008901944745319, -0.00010960512106982705, -6.699124843750037e-05, 4.665900000907245e-05, -1.1837721256136035e-05),
    (3.65625, -0.0004678752639963172, 0.0016962910532140817, -0.0028360276453108057, 0.002848323046927873, -0.0018529598680591542, 0.0007549080118438499, -0.000134053766544916, -4.5330482278807264e-05, 3.9987150077067725e-05, -1.1808874506864753e-05),
    (3.71875, -0.0003722674769283971, 0.0013734136622376846, -0.002343584308938945, 0.0024138949822048858, -0.00162525187588746, 0.0007014434328804932, -0.00014975290294316158, -2.698207640683075e-05, 3.3450902457155744e-05, -1.1372875892738827e-05),
    (3.78125, -0.00029501855886151726, 0.0011072189441172762, -0.0019273930940203357, 0.002034238251864277, -0.00141502157382335, 0.0006435084084793096, -0.00015812899608400025, -1.182563790575588e-05, 2.725025989562442e-05, -1.0631724090823026e-05),
    (3.84375, -0.0002328706012108536, 0.0008887998667029536, -0.0015776033101081099, 0.0017048428783572878, -0.001223263773033474, 0.0005835923817132296, -0.00016053601954030044, 3.452428289606449e-07, 2.1530176271439962e-05, -9.67867251085287e-06),
    (3.90625, -0.00018308501959552818, 0.0007104270936281738, -0.0012852274312272662, 0.0014210409315289598, -0.0010502727605703733, 0.0005236957935801899, -0.0001582236513270215, 9.796815693781518e-06, 1.638618699131481e-05, -8.595881710969237e-06),
    (3.96875, -0.00014337234792178606, 0.0005654398851616525, -0.00104215546231831, 0.0011781630966341172, -0.0008957885415473906, 0.0004653734488412624, -0.00015231626385904222, 1.6832091707449002e-05, 1.1871062354704593e-05, -7.453106680912722e-06),
))
_GELU_POS = _Table(_DIRECT, (
    (0.0, 0.0, 0.5, 0.39894228040143265, 1.4120581236771251e-14, -0.06649038006922518, 1.9090711060049173e-10, 0.009973548184092093, 2.3971122377616213e-07, -0.0011911232776759724, 3.241135379088711e-05),
    (0.09375, 0.050376199177061876, 0.5745829648004196, 0.39544748572783506, -0.024770014010692464, -0.06518191067730948, 0.005555549623247081, 0.009683229396021373, -0.0008791363355582575, -0.0011417641427568534, 0.00010649211791998565),
    (0.15625, 0.08782531512629607, 0.6236604515671483, 0.3892911672411269, -0.040801726546759856, -0.0628871424955872, 0.009099261266348245, 0.009176229299431661, -0.0014320099019671999, -0.0010630199487987472, 0.00017252252087974758),
    (0.21875, 0.12831385024971426, 0.671783035110781, 0.3801912109475244, -0.05612408712133368, -0.05951930378171073, 0.012408696398549265, 0.00843728376296381, -0.0019365188920330405, -0.0009490362973144756, 0.0002313657899774252),
    (0.28125, 0.17177081382901763, 0.7185921021643283, 0.36830514640459466, -0.07047908439951929, -0.05516474649117773, 0.015401310023811562, 0.007491247475561108, -0.002376165561053226, -0.0008045421386914227, 0.00028065048465144047),
    (0.34375, 0.21810347876279781, 0.7637516637490201, 0.35383666090635535, -0.08363338954187419, -0.04993402591847897, 0.018005161916266634, 0.006369629082056807, -0.0027371302474798603, -0.0006354732217973255, 0.0003184737891871774),
    (0.40625, 0.26719896950339495, 0.8069538128532965, 0.3370304316075574, -0.09538396179260585, -0.043958220941332685, 0.02016117660102903, 0.005109297588061478, -0.0030088046400646015, -0.00044868274921045935, 0.00034348825516379594),
    (0.46875, 0.3189261696013511, 0.8479234741951654, 0.31816599805572093, -0.1055626524336341, -0.03738462805523026, 0.021824878605010572, 0.0037509887456037435, -0.0031841695296409393, -0.000251611822683734, 0.0003549574372676558),
    (0.53125, 0.3731379011178458, 0.8864223384272198, 0.2975508762904331, -0.11403967194097343, -0.030372003528271373, 0.02296754121648964, 0.002337683202468455, -0.0032600014542166155, -5.193799411390362e-05, 0.0003527778539825741),
    (0.59375, 0.4296733222540184, 0.9222518996979456, 0.27551313679264733, -0.12072583081694796, -0.023085542987225493, 0.02357671439202221, 0.0009129329568242058, -0.0032361605651663843, 0.00014278732806895342),
    (0.65625, 0.4883604853654184, 0.9552555441304279, 0.2523936808509878, -0.12557351284547213, -0.015691793796031146, 0.023656130247774382, -0.0004807866334374065, -0.003118472233222102, 0.00032544767000385587),
    (0.71875, 0.5490189951757609, 0.9853196663931572, 0.22853845307402965, -0.12857638817087125, -0.008353692636046382, 0.023225001322913944, -0.0018036258307194237, -0.002913814776751088, 0.0004897026044667377),
    (0.78125, 0.6114627065014956, 1.0123738209813224, 0.20429082195396114, -0.1297679204368814, -0.0012259091511737938, 0.022316772750735004, -0.0030197438777230298, -0.002632768798581674, 0.0006302247618288284),
    (0.84375, 0.6755024021022792, 1.0363899430071606, 0.17998434611584813, -0.12921876517118425, 0.0055493427718836695, 0.020977392770618695, -0.004098471052167263, -0.002288282098954872, 0.0007428994242583224),
    (0.90625, 0.7409483942713645, 1.0573806992113717, 0.15593612206745056, -0.127033193891113, 0.011845890329224493, 0.019263196449246536, -0.0050152065942324535, -0.0018950283911328037, 0.0008249528496673753),
    (0.96875, 0.8076129983045103, 1.0753970526832426, 0.13244088110111774, -0.1233447085806633, 0.01755647877925884, 0.017238506819269823, -0.005752024503420753, -0.001468719645193713, 0.0008750091915895669),
    (1.03125, 0.8753128318171838, 1.0905251437097088, 0.10976596992905503, -0.11831103321634828, 0.022594869205936775, 0.014973065809997245, -0.006297974743528181, -0.001025407784080117, 0.0008930765995571373),
    (1.09375, 0.9438709007602529, 1.1028826037480393, 0.08814731324668681, -0.11210868230552594, 0.02689712173881042, 0.012539409107711947, -0.006649082819459957, -0.0005808101624775294, 0.0008804670288801612),
    (1.15625, 1.0131184406308533, 1.1126144294220282, 0.06778641837498209, -0.10492731080664029, 0.030422064108686506, 0.010010295220639507, -0.006808065132131234, -0.00014969010503625398, 0.0008396577509817955),
    (1.21875, 1.0828964894915327, 1.1198885485736596, 0.048848444075127555, -0.09696404562475672, 0.03315097860050377, 0.007456290049193868, -0.006783790223581566, 0.0002546809427083999, 0.0007741053422919323),
    (1.28125, 1.153057177700798, 1.124891210857701, 0.03146131910746629, -0.08841798681392957, 0.03508657014215886, 0.004943594946162693, -0.006590526386384073, 0.000620959015212517, 0.0006880249042614251),
    (1.34375, 1.2234647274374044, 1.1278223314262477, 0.015715862507546394, -0.07948504770431548, 0.03625130322922815, 0.0025321895595381352, -0.00624702369876475, 0.0009400470293416704, 0.000586148355265083),
    (1.40625, 1.2939961629073988, 1.1288909083546261, 0.001666828042030807, -0.07035327870346941, 0.03668521474407335, 0.00027434177397663885, -0.0057754831216826, 0.0012052910424804216, 0.0004734758270784507),
    (1.46875, 1.364541739327108, 1.1283106231798619, -0.010665229208555579, -0.06119879097302158, 0.0364433229479768, -0.0017864830509017949, -0.005200466813614397, 0.001412553306213474, 0.00035503354489063927),
    (1.53125, 1.435005105185802, 1.1262957199241617, -0.02129138509572448, -0.05218236511828697, 0.0355927598272705, -0.003616301481257457, -0.004547802424186224, 0.0015601684236021083, 0.00023565017388480107),
    (1.59375, 1.5053032177612335, 1.1230572419835474, -0.0302512113980152, -0.04344679801548969, 0.03420975471935878, -0.005190887094518224, -0.0038435301219991273, 0.0016487944323557158, 0.00011976162233637386),
    (1.65625, 1.5753660362883517, 1.1187996890232745, -0.03760921447624446, -0.0351150094262268, 0.032376592183858334, -0.006495665556259962, -0.0031129129535493907, 0.0016812200449898191),
    (1.71875, 1.6451360205114707, 1.113718138272084, -0.043450989745763516, -0.02728890044972788, 0.030178657271425154, -0.007525267917561648, -0.0023796990896863142, 0.0016618323699535717, -8.66652292997285e-05),
    (1.78125, 1.7145674645730091, 1.1079958570381632, -0.04787923008421654, -0.02004892927111819, 0.027701666987414917, -0.008282793894428705, -0.0016652003179644795, 0.0015967113457190036, -0.0001715210443363075),
    (1.84375, 1.783625697338714, 1.1018024165024434, -0.05100971762275573, -0.013454346969850178, 0.025029170497191257, -0.008778840511402389, -0.0009879723132965677, 0.0014927973221171545, -0.00024162437960202748),
    (1.90625, 1.8522861803972692, 1.0952923014102618, -0.05296741585793989, -0.00754401796769879, 0.02224038075430912, -0.00903036127579308, -0.00036333468037883307, 0.0013577277644792995, -0.0002960536271862762),
    (1.96875, 1.9205335341985408, 1.0886039966059455, -0.05388276355421965, -0.002337736374293495, 0.019408381219075593, -0.009059417740077253, 0.00019680941090155588, 0.0011994169692767565, -0.00033461336289418474),
    (2.03125, 1.988360521229641, 1.0818595197486436, -0.05388825440491905, 0.0021620588978654375, 0.016598731377583914, -0.00889188535779238, 0.0006840172098950151, 0.0010257101254017185, -0.00035776146293987215),
    (2.09375, 2.055767012907659, 1.0751643602085765, -0.053115367797633865, 0.005968270984736157, 0.013868476384341768, -0.008556170150007794, 0.0010932078398198806, 0.0008440797387727214, -0.0003665137277111829),
    (2.15625, 2.122758964137219, 1.0686077771561049, -0.05169189715184093, 0.009106933824848942, 0.011265549483518588, -0.00808198587120349, 0.0014224419605272586, 0.0006613738183464382, -0.00036233343629404766),
    (2.21875, 2.189347416386967, 1.0622634052039166, -0.04973970394071658, 0.011614898081310877, 0.008828541623546663, -0.007499232917513596, 0.001672603674579111, 0.00048362150295319076, -0.0003470132082752426),
    (2.28125, 2.2555475468246144, 1.056190113537035, -0.04737290834169746, 0.01353750160943936, 0.006586801240410255, -0.006837010840979454, 0.0018470104025753045, 0.0003158982215228536, -0.0003225560807715663),
    (2.34375, 2.321377777649095, 1.050433064082799, -0.04469651201663036, 0.014926301473290673, 0.004560818745577433, -0.006122786606796942, 0.00195097663908962, 0.00016224921579937568, -0.00029106189790816656),
    (2.40625, 2.386858956391027, 1.0450249156917997, -0.041805435197956854, 0.015836932409188688, 0.00276284483862698, -0.005381731190104713, 0.0019913563564560414, 2.5667463017871484e-05, -0.00025462404896278425),
    (2.46875, 2.4520136147230773, 1.039987124238725, -0.038783939306654816, 0.016327143540876065, 0.0011976892403817746, -0.004636228211392828, 0.0019760865804436694, -9.188018274327862e-05, -0.00021524037675734107),
    (2.53125, 2.5168653103153376, 1.035331292703621, -0.035705397869958314, 0.01645505176185198, -0.0001363534505053536, -0.003905550418475769, 0.0019137515836786542, -0.00018938640469449148, -0.00017474080382598426),
    (2.59375, 2.581438053553617, 1.0310605303466356, -0.032632372538583455, 0.0162776371306205, -0.0012465016940649905, -0.003205693199406882, 0.0018131835067648609, -0.000266705126255006, -0.00013473297607532098),
    (2.65625, 2.6457558185573116, 1.0271707857375607, -0.029616947414373804, 0.0158494933903929, -0.002144455424726627, -0.0025493491124725567, 0.0016831112951571651, -0.00032443059331958705, -9.656607447797539e-05),
    (2.71875, 2.709842135916343, 1.0236521243594636, -0.02670127349343526, 0.015221835731994395, -0.002845376009089818, -0.001946003705905201, 0.0015318658823881188, -0.0003637627458342613, -6.131195083232807e-05),
    (2.78125, 2.7737197629248063, 1.0204899275163415, -0.02391827554518118, 0.01444175845761825, -0.003366912218718367, -0.0014021306207734282, 0.0013670876460729234, -0.0003863799628667015),
    (2.84375, 2.8374104258185278, 1.0176659951166391, -0.021292475878673965, 0.013551727450767423, -0.003728299927077832, -0.0009214632236382341, 0.0011958390087307214, -0.0003942477410483043),
    (2.90625, 2.900934627608317, 1.0151595403960707, -0.018840892865870342, 0.012589286385443514, -0.003949555158262553, -0.0005053198279392803, 0.001023972434900065, -0.0003895709456061619),
    (2.96875, 2.9643115145138066, 1.0129480696444912, -0.016573976462946314, 0.011586951394859282, -0.004050774988842028, -0.00015296166469886085, 0.0008564805388814924, -0.00037461952146185007),
    (3.03125, 3.0275587937104476, 1.011008144413602, -0.014496547975481626, 0.010572266366094145, -0.004051552441170191, 0.0001380359947816474, 0.0006972617239873166, -0.0003516363965958599, 5.253248416620454e-05),
    (3.09375, 3.0906926950656066, 1.0093160274449156, -0.01260871665242357, 0.009567989973921477, -0.003970507601630081, 0.0003714161077526017, 0.0005495401172493535, -0.00032277604919046885, 6.226224910751498e-05),
    (3.15625, 3.1537279697171816, 1.0078482166455336, -0.010906751106020114, 0.00859238581111519, -0.0038249307418193644, 0.0005518890939177697, 0.0004153752321582607, -0.00029000386609859095, 6.825118900316328e-05),
    (3.21875, 3.216677918697667, 1.006581873858214, -0.00938388881676866, 0.007659588285481965, -0.0036305314880374995, 0.000684809863554088, 0.0002960850582267354, -0.00025507579481438874, 7.096654517401984e-05),
    (3.28125, 3.2795544452870717, 1.005495156952182, -0.00803107191727191, 0.006780019097474508, -0.0034012833270938526, 0.0007758900769080589, 0.00019227218413162846, -0.00021950251641389518, 7.091703613757336e-05),
    (3.34375, 3.342368125351147, 1.0045674649520042, -0.006837601921891993, 0.005960831850431041, -0.0031493519054037423, 0.0008309504613482205, 0.00010393459012398085, -0.0001845361437255381, 6.862384830596528e-05),
    (3.40625, 3.4051282905520366, 1.003779606587295, -0.005791709990612088, 0.005206365457494618, -0.0028850941537196945, 0.0008557153845435515, 3.0579248668758416e-05, -0.00015117024974181236, 6.459640279116918e-05),
    (3.46875, 3.4678431199762136, 1.0031139028586336, -0.004881042634155955, 0.0045185902962804215, -0.0026171149766732638, 0.0008556497098246226, -2.8666762670908052e-05, -0.00012015074864423406, 5.931319926877747e-05),
    (3.53125, 3.5305197363834107, 1.0025542340515372, -0.004093065466888125, 0.0038975343540647825, -0.0023523685270097133, 0.0008358361801945015, -7.495182692455899e-05, -9.199508426035176e-05, 5.3207715677505296e-05),
    (3.59375, 3.5931643039191474, 1.0020860411675478, -0.0034153897069544976, 0.003341679763697234, -0.0020962919118801384, 0.0008008902085862998, -0.00010951399019038286, -6.701436905817536e-05),
    (3.65625, 3.6557821247360036, 1.0016962910532141, -0.002836027645301496, 0.0028483230469251238, -0.0018529599157275168, 0.000754908025921208, -0.00013397566666626323, -4.5353546543243914e-05),
    (3.71875, 3.718377732523072, 1.0013734136622376, -0.0023435843089311564, 0.0024138949822022377, -0.0016252519157639587, 0.0007014434464380796, -0.0001496875692069918, -2.7004289097284493e-05),
    (3.78125, 3.7809549814411385, 1.0011072189441172, -0.001927393094013991, 0.0020342382518618017, -0.0014150216063080708, 0.0006435084211533552, -0.0001580757730023273, -1.1846403021133517e-05),
    (3.84375, 3.8435171293987893, 1.0008887998667029, -0.001577603310103097, 0.0017048428783550341, -0.0012232637986993003, 0.0005835923932511325, -0.0001604939685130568, 3.26339153862235e-07),
    (3.90625, 3.9060669149804044, 1.0007104270936282, -0.0012852274312234512, 0.0014210409315269584, -0.0010502727801040735, 0.0005236958038272913, -0.00015819164716268416, 9.78002685414505e-06),
    (3.96875, 3.968606627652078, 1.0005654398851616, -0.0010421554623155462, 0.0011781630966323819, -0.0008957885556986386, 0.00046537345772605833, -0.00015229307830031343, 1.681753485818506e-05),
))
_GELU_PRIME_NEG = _Table(_DIRECT, (
    (0.0, 0.5, -0.7978845608028654, -1.0297361877430563e-16, 0.2659615202676427, -2.138867880970468e-12, -0.05984134193545205, -4.372132893284505e-09, 0.009498718284692806, -1.1223756536947306e-06, -0.0011479909232328378),
    (0.09375, 0.42541703519958046, -0.7908949714556701, 0.07431004203207739, 0.26072764270955806, -0.027777748116189892, -0.058099377752775766, 0.006153954261922236, 0.009136261222968964, -0.000958378162442465, -0.0010998119863580434),
    (0.15625, 0.37633954843285167, -0.7785823344822538, 0.12240517964027955, 0.2515485699826416, -0.0454963063316679, -0.05505737705562846, 0.010024069173611108, 0.008506124157795697, -0.001552620674942832, -0.0010058536244471426),
    (0.21875, 0.328216964889219, -0.7603824218950489, 0.16837226136400105, 0.23807721512709634, -0.06204348199264881, -0.05062370366774362, 0.013555632057832051, 0.007593991122237719, -0.0020821830399248053, -0.0008707766898957188),
    (0.28125, 0.28140789783567166, -0.7366102928091893, 0.21143725319855786, 0.220658985964915, -0.07700655011894088, -0.04494748573111101, 0.016633158703877868, 0.0064377067172860705, -0.002525723585892483, -0.0007012360582741117),
    (0.34375, 0.2362483362509798, -0.7076733218127107, 0.25090016862562253, 0.19973610367406303, -0.09002580958120251, -0.03821777512508159, 0.019159911482605315, 0.005084773085996154, -0.002866117961486206, -0.0005055015561970267),
    (0.40625, 0.19304618714670357, -0.6740608632151148, 0.2861518853778175, 0.17583288376541603, -0.100805883005007, -0.030655785895108045, 0.02106163221636066, 0.003590034244513291, -0.00309123976560606, -0.000292991627120816),
    (0.46875, 0.15207652580483452, -0.6363319961114419, 0.31668795730090227, 0.14953851222091033, -0.10912439302501574, -0.022505932447247214, 0.022289186608656506, 0.0020128765758892523, -0.003194546872665116),
    (0.53125, 0.11357766157278017, -0.5951017525808662, 0.34211901582292026, 0.12148801411304412, -0.11483770608231429, -0.014026099036934187, 0.02282000992355506, 0.0004152264016464108, -0.003174850912326739, 0.0001421046936953434),
    (0.59375, 0.07774810030205438, -0.5510262735852947, 0.36217749245128583, 0.09234217194884174, -0.11788357467547217, -0.005477597407894601, 0.02265831426281228, -0.0011429049203477474, -0.0030370639975433452, 0.0003449132165302173),
    (0.65625, 0.04474445586957204, -0.5047873617019755, 0.3767205385368226, 0.06276717518403274, -0.11828065373417927, 0.002884720308510674, 0.02183407531583587, -0.0026045059328544127, -0.0027909401504700943, 0.0005259769016152327),
    (0.7517915246935645, -6.453751729367753e-18, -0.4314939923140469, 0.3882849829905518, 0.018199676398614546, -0.1140082333045489, 0.014771521632526959, 0.019421658608917678, -0.004539752951738499, -0.0022471704737800037, 0.0006850735927237169),
    (0.7517915246935645, -6.453751729367753e-18, -0.4314939923140469, 0.388284982990552, 0.01819967639867797, -0.11400823329893937, 0.01477152232306292, 0.019421670537367153, -0.004538947083304232, -0.0022444242252217584, 0.000790625084327955),
    (0.84375, -0.03638994300716062, -0.35996869223169625, 0.3876562955137802, -0.022197371087687365, -0.1048869652508377, 0.02459082715729178, 0.01602064642938615, -0.005944732365799684, -0.0015633455463355344, 0.000874362976698706),
    (0.90625, -0.05738069921137167, -0.3118722441349011, 0.38109958167349306, -0.04738356131705748, -0.09631598319275744, 0.03009124044743815, 0.013267007986929504, -0.006601228500445735, -0.001058668450587569, 0.0009134635244150126),
    (0.96875, -0.07539705268324269, -0.26488176220223547, 0.37003412574206895, -0.0702259151171948, -0.08619253458198672, 0.03451214790215639, 0.010281965798050803, -0.007001678487081424, -0.0005431780980640015, 0.0009130377565614552),
    (1.03125, -0.09052514370970881, -0.21953193985811006, 0.35493309964905045, -0.09037947682389996, -0.07486532908444318, 0.0377878493064438, 0.007177920356325612, -0.007146151565414806, -3.854400756334027e-05, 0.0008753859287944688),
    (1.09375, -0.10288260374803916, -0.17629462649337363, 0.33632604691651447, -0.10758848695538216, -0.06269704514932992, 0.03989449769356054, 0.004064927144473588, -0.00704515034812821, 0.00043533906401611405, 0.0008044732869291122),
    (1.15625, -0.11261442942202811, -0.13557283674996418, 0.3147819324197956, -0.12168825643486925, -0.05005147533321289, 0.04084839147413624, 0.0010463589442362181, -0.0067185023612135845, 0.0008612040672481865, 0.000705621533810239),
    (1.21875, -0.1198885485736596, -0.09769688815025511, 0.2908921368740919, -0.13260391440211725, -0.03728144915065821, 0.04070274190650436, -0.0017848602392350312, -0.0061938713137353815, 0.001225074071565006, 0.0005851439537602121),
    (1.28125, -0.12489121085770094, -0.06292263821493257, 0.265253960441568, -0.140346280568714, -0.024717973374759093, 0.03954315875277501, -0.00434930514788211, -0.005504990162108028, 0.001516709529436361, 0.00044994956106064743),
    (1.34375, -0.1278223314262476, -0.03143172501509278, 0.23845514311269472, -0.14500521291696622, -0.012660946251091262, 0.03748214248916339, -0.006583285466946889, -0.004689726740104868, 0.0017298302095168428, 0.00030714191287864445),
    (1.40625, -0.12889090835462616, -0.0033336560840616127, 0.21105983611013726, -0.14674085897632197, -0.0013717072050115243, 0.03465289888810141, -0.008440219632601087, -0.0037880942585841798, 0.0018621157029407693, 0.00016363676743064485),
    (1.46875, -0.12831062317986175, 0.021330458417111158, 0.18359637291878605, -0.14577329179190046, 0.008932416966725308, 0.031202800865065976, -0.009891145960259959, -0.0028402570125336973, 0.0019150532047482868),
    (1.53125, -0.12629571992416164, 0.04258277019144896, 0.15654709535458539, -0.14237103930910838, 0.018081509099090523, 0.027286814609966608, -0.010924414677347763, -0.0018852456609604062, 0.001893342946365789),
    (1.59375, -0.12305724198354749, 0.0605024227960304, 0.13034039404620645, -0.1368390188773982, 0.025954437086092304, 0.02306118052776858, -0.011544645171991809, -0.0009577212001247551, 0.0018046621015224693, -0.00021149917474879812),
    (1.65625, -0.11879968902327465, 0.07521842895249416, 0.10534502827855165, -0.12950636878902294, 0.03247832887999605, 0.018677609275687464, -0.01177106047323494, -8.948220831725733e-05, 0.0016589881755070186, -0.00030309408896630227),
    (1.71875, -0.11371813827208399, 0.08690197949152703, 0.08186670134897006, -0.1207146290856354, 0.03762634090005006, 0.014278194177570702, -0.011635334891393331, 0.000693978186046873, 0.0014677127302513194, -0.000373389399952566),
    (1.78125, -0.10799585703816317, 0.09575846016843308, 0.06014678781317367, -0.11080666794958606, 0.041413970583589484, 0.009991201500809354, -0.011179103908949505, 0.0013729092302397063, 0.001243128201763674, -0.00042147412705172507),
    (1.84375, -0.10180241650244339, 0.10201943524551146, 0.04036304090940535, -0.10011668198868687, 0.043894203449037335, 0.0059278334475912995, -0.010451286330374987, 0.0019337818070863629, 0.0009977122327749395, -0.0004475832235622325),
    (1.90625, -0.09529230141026172, 0.10593483171587978, 0.022632053902988173, -0.08896152301715737, 0.0451518070437219, 0.0021800076448879302, -0.009505365011602988, 0.0023692252489631786, 0.0007435179221628389, -0.0004529657629965532),
    (1.96875, -0.0886039966059456, 0.1077655271084393, 0.007013209122808941, -0.07763352487622559, 0.04529708913995448, -0.0011808568899958497, -0.008396759006676458, 0.002677679836120541, 0.0004916505198295103, -0.00043971171878045065),
    (2.03125, -0.08185951974864358, 0.1077765088098381, -0.006486176693632961, -0.06639492551026396, 0.044459427014130484, -0.004104103655799417, -0.007180401282984486, 0.0028628133785272634, 0.0002518497937235626, -0.0004105518862904501),
    (2.09375, -0.07516436020857648, 0.10623073559526772, -0.017904812954213152, -0.05547390553730269, 0.04278085077881473, -0.006559247394883434, -0.005908613179121541, 0.002932757832772305, 3.218904480082103e-05, -0.00036864556540411303),
    (2.15625, -0.06860777715610478, 0.10338379430368186, -0.027320801474523378, -0.04506219793401893, 0.040409929211973165, -0.00853465206961536, -0.004629341397006146, 0.0028992253676526775, -0.0001611062664038969, -0.00031736972726048075),
    (2.21875, -0.06226340520391649, 0.09947940788143315, -0.03484469424388552, -0.03531416649414123, 0.03749616429813126, -0.010035622298647448, -0.0033847972768094015, 0.002776562911754324, -0.00032372459481317084, -0.00026012170093173825),
    (2.28125, -0.05619011353703514, 0.0947458166833949, -0.04061250482825213, -0.026347204961606068, 0.034185053799674, -0.011082062608710978, -0.002210512984773977, 0.002580800463770844, -0.0004532295532793382, -0.0002001451425178756),
    (2.34375, -0.050433064082799114, 0.08939302403326072, -0.04477890441979214, -0.01824327498228522, 0.03061393254319731, -0.011705859970093655, -0.0011348063915861922, 0.0023287419558756474, -0.0005489315507196329, -0.0001403864169523661),
    (2.40625, -0.04502491569179961, 0.08361087039591371, -0.04751079722747705, -0.011051379354493358, 0.02690865540362755, -0.011948138219252231, -0.0001786268720671679, 0.0020371389675522687, -0.0006116882880511945, -8.338575624261783e-05),
    (2.46875, -0.039987124238725, 0.07756787861330963, -0.04898143062253452, -0.004790756961535273, 0.02318114048146582, -0.01185651946257483, 0.0006442613148143525, 0.001721909300984015, -0.0006436734867791756),
    (2.53125, -0.03533129270362098, 0.07141079573991663, -0.049365155285461634, 0.0005454138020252416, 0.019527751512999188, -0.011482509511477083, 0.0013268122889712273, 0.0013979328509375255, -0.0006480161744545017),
    (2.59375, -0.031060530346635574, 0.06526474507716691, -0.04883291139177003, 0.004986006776250701, 0.016028465435003518, -0.010879100989381196, 0.0018680101843072876, 0.0010777705889352567, -0.0006286180516031376, 5.3031004491730875e-05),
    (2.65625, -0.02717078573756074, 0.05923389482874761, -0.04754848017109287, 0.008577821698891923, 0.012746745035002817, -0.010098667690289075, 0.0022720221820946014, 0.0007723817714623553, -0.0005898399457910226, 8.352611308492249e-05),
    (2.71875, -0.0236521243594636, 0.05340254698687052, -0.04566550719590516, 0.011381504036340761, 0.00973001805015395, -0.009191195191964591, 0.00254725552304277, 0.0004903092600134826, -0.0005361670303233656, 0.00010600992516564956),
    (2.78125, -0.020489927516341593, 0.047836551090348504, -0.04332527537281811, 0.013467649016764156, 0.007010652791249941, -0.008202874528248428, 0.002705376810647898, 0.00023788322487086996, -0.0004720378612804677, 0.00012078051662191848),
    (2.84375, -0.017665995116639206, 0.0425849517573468, -0.0406551823522711, 0.014913199719905542, 0.004607315852200643, -0.007175062483854594, 0.002760344306459442, 1.927123940960245e-05, -0.00040163291511893535, 0.0001284446248921192),
    (2.90625, -0.015159540396070807, 0.037681785731750184, -0.037767859156305025, 0.015798220535793175, 0.0025265989219914963, -0.006143595527361719, 0.0027274959818231036, -0.00016335281318070587, -0.00032872318318819064, 0.00012983834264566443),
    (2.96875, -0.012948069644491265, 0.03314795292591064, -0.03476085418455794, 0.016203099770952415, 0.0007648081535784266, -0.005138429952013278, 0.0026227263955010795, -0.0003095753136360976, -0.00025656344039170505, 0.00012594837654959174),
    (3.03125, -0.011008144413602136, 0.028993095950963253, -0.0317167990982551, 0.016206209764660185, -0.0006901801418393596, -0.004183570230139273, 0.0024617757717118275, -0.0004204670112908959, -0.00018782859800915038, 0.00011783823671309804),
    (3.09375, -0.009316027444915461, 0.025217433304847145, -0.028703969921746304, 0.01588203040650171, -0.001857080650153666, -0.003297240600579969, 0.0022596452648713577, -0.0004982853455756157, -0.00012458937511343617, 0.00010658271189127976),
    (3.15625, -0.007848216645533585, 0.021813502212040228, -0.025777157433335626, 0.01529972296726118, -0.002759445530672372, -0.0024922513029433874, 0.0020301438229499112, -0.0005461733630373501, -6.832193281865127e-05, 9.321292865731259e-05),
    (3.21875, -0.006581873858214037, 0.01876777763353732, -0.02297876485644299, 0.014522125952136259, -0.0034240493356016625, -0.0017765102733938174, 0.0017855646486886517, -0.0005678706542921145, -1.994511413606189e-05, 7.867326803800726e-05),
    (3.28125, -0.00549515695218197, 0.016062143834543824, -0.020340057292426453, 0.01360513330836427, -0.003879450366549159, -0.0011536330431940502, 0.001536483226640005, -0.0005674484207602309, 2.012151710466668e-05, 6.37904836107089e-05),
    (3.34375, -0.004567464952004206, 0.013675203843783987, -0.017882495551300677, 0.012597407621606369, -0.004154752260350703, -0.0006236074931840688, 0.001291664333523497, -0.0005490773666323107, 5.188560919647021e-05, 4.925457634389417e-05),
    (3.40625, -0.0037796065872951453, 0.011583419981224176, -0.015619096372494869, 0.011540376614872559, -0.004278576855033691, -0.0001834754576275978, 0.0010580623734115686, -0.0005168338184866774, 7.570226553272527e-05, 3.561036126207776e-05),
    (3.46875, -0.003113902858633542, 0.00976208526831191, -0.013555770888854679, 0.010468459906688994, -0.004278248466695999, 0.00017200059848318348, 0.0008408976847681936, -0.00047454647752333127, 9.219220451839925e-05, 2.3258220326652634e-05),
    (3.53125, -0.002554234051537207, 0.00818613093377625, -0.011692603062209215, 0.009409474108036678, -0.004179180809631364, 0.00044971097358054586, 0.0006437909950776301, -0.00042568363151940664, 0.00010216251409547758, 1.2462271204600032e-05),
    (3.59375, -0.0020860411675478123, 0.0068307794139307225, -0.01002503929109997, 0.008385167425032007, -0.004004450972377885, 0.0006576307306291803, 0.0004689387490510304, -0.0003732785701341849, 0.00010653364658906959, 3.364077673674388e-06),
    (3.65625, -0.0016962910532140817, 0.0056720552906216115, -0.008544969140783619, 0.007411839472237781, -0.0037745400592233817, 0.0008043225942622094, 0.00031731338384984726, -0.00031988938784438916, 0.00010627524898502245, -3.999939247487032e-06),
    (3.71875, -0.0013734136622376846, 0.00468716861787789, -0.007241684946614656, 0.0065010075035526575, -0.003507217164405559, 0.0008985174055431454, 0.00018887454075947827, -0.0002675883148239935, 0.0001023524238614349, -9.67908834851621e-06),
    (3.78125, -0.0011072189441172762, 0.003854786188040671, -0.006102714755592832, 0.005660086295297413, -0.003217542042398691, 0.0009487739592445269, 8.277946943715086e-05, -0.00021797514822895727, 9.568311956189398e-05, -1.3788472285905214e-05),
    (3.84375, -0.0008887998667029536, 0.0031552066202162193, -0.005114528635071862, 0.004893055092138696, -0.0029179619085674554, 0.0009632160966012238, -2.416697303549732e-06, -0.00017220920336764636, 8.71065902152382e-05, -1.6489739327723524e-05),
    (3.90625, -0.0007104270936281738, 0.002570454862454532, -0.004263122794586879, 0.004201091042286724, -0.0026184789679015476, 0.0009493418854644695, -6.857770871262184e-05, -0.00013105439131232244, 7.736226607534873e-05, -1.797344454425203e-05),
    (3.96875, -0.0005654398851616525, 0.00208431092463662, -0.0035344892899023517, 0.00358315416619493, -0.0023268672442063325, 0.0009138975600681012, -0.000117824641913169, -9.493247588577101e-05, 6.707793731462324e-05, -1.8443655725524517e-05),
))
_GELU_PRIME_POS = _Table(_DIRECT, (
    (0.0, 0.5, 0.7978845608028654, 1.0297361877430563e-16, -0.2659615202676427, 2.138867880970468e-12, 0.05984134193545205, 4.372132893284505e-09, -0.009498718284692806, 1.1223756536947306e-06, 0.0011479909232328378),
    (0.09375, 0.5745829648004196, 0.7908949714556701, -0.07431004203207739, -0.26072764270955806, 0.027777748116189892, 0.058099377752775766, -0.006153954261922236, -0.009136261222968964, 0.000958378162442465, 0.0010998119863580434),
    (0.15625, 0.6236604515671483, 0.7785823344822538, -0.12240517964027955, -0.2515485699826416, 0.0454963063316679, 0.05505737705562846, -0.010024069173611108, -0.008506124157795697, 0.001552620674942832, 0.0010058536244471426),
    (0.21875, 0.671783035110781, 0.7603824218950489, -0.16837226136400105, -0.23807721512709634, 0.06204348199264881, 0.05062370366774362, -0.013555632057832051, -0.007593991122237719, 0.0020821830399248053, 0.0008707766898957188),
    (0.28125, 0.7185921021643283, 0.7366102928091893, -0.21143725319855786, -0.220658985964915, 0.07700655011894088, 0.04494748573111101, -0.016633158703877868, -0.0064377067172860705, 0.002525723585892483, 0.0007012360582741117),
    (0.34375, 0.7637516637490201, 0.7076733218127107, -0.25090016862562253, -0.19973610367384234, 0.09002580958129833, 0.038217774311561106, -0.019159911639593373, -0.005083662362468977, 0.0028661983391453207),
    (0.40625, 0.8069538128532965, 0.6740608632151148, -0.28615188537781755, -0.1758328837652881, 0.10080588300510832, 0.030655785423587576, -0.021061632382361077, -0.003589390463147868, 0.0030913247575835166),
    (0.46875, 0.8479234741951654, 0.6363319961114419, -0.31668795730090227, -0.14953851222091033, 0.10912439302501574, 0.022505932447247214, -0.022289186608656506, -0.0020128765758892523, 0.003194546872665116),
    (0.53125, 0.8864223384272198, 0.5951017525808662, -0.3421190158229203, -0.12148801411310617, 0.11483770608241249, 0.014026099265629994, -0.022820010084445, -0.0004155386452259854, 0.003174933287760774),
    (0.59375, 0.9222518996979456, 0.5510262735852947, -0.36217749245128583, -0.09234217194899232, 0.11788357467556218, 0.005477597962977387, -0.022658314410279053, 0.0011421470513607694, 0.0030371395003418976),
    (0.65625, 0.9552555441304279, 0.5047873617019756, -0.3767205385368226, -0.06276717518426236, 0.11828065373425732, -0.002884719462035758, -0.021834075443721998, 0.0026033502178377543, 0.002791005628017193),
    (0.71875, 0.9853196663931572, 0.4570769061480593, -0.3857291645129704, -0.033414770544363114, 0.11612500880586495, -0.010821754547877618, -0.020400891996849933, 0.00391732289463614, 0.0024508933580580103),
    (0.78125, 1.0123738209813224, 0.4085816439079223, -0.3893037613109403, -0.004903636604903502, 0.11158386557295459, -0.018118462754358453, -0.01843285906180592, 0.005041448584472535, 0.0020348087395118462),
    (0.84375, 1.0363899430071606, 0.35996869223169625, -0.3876562955137802, 0.02219737108730565, 0.10488696525086524, -0.02459082575014772, -0.016020646474525918, 0.005942811152524085, 0.0015633686578811507),
    (0.90625, 1.0573806992113717, 0.31187224413490117, -0.38109958167349306, 0.047383561316658704, 0.09631598319276634, -0.030091238977368685, -0.013267008001505457, 0.006599221372938625, 0.0010586759135077298),
    (0.96875, 1.0753970526832426, 0.26488176220223547, -0.37003412574206895, 0.0702259151167962, 0.08619253458197762, -0.03451214643277267, -0.010281965783118751, 0.00699967229542117, 0.0005431704529267064),
    (1.03125, 1.0905251437097088, 0.2195319398581101, -0.35493309964905045, 0.09037947682351781, 0.07486532908441754, -0.03778784789765507, -0.007177920314310486, 0.007144228105375108, 3.852249592796112e-05),
    (1.09375, 1.1028826037480393, 0.17629462649337366, -0.33632604691651447, 0.10758848695503095, 0.06269704514928993, -0.0398944963988946, -0.0040649270789616596, 0.00704338270274137, -0.0004353726059864207),
    (1.15625, 1.1126144294220282, 0.1355728367499642, -0.3147819324197956, 0.1216882564345612, 0.0500514753331613, -0.04084839033855644, -0.0010463588597150657, 0.006716951920266263, -0.0008612473419230474),
    (1.21875, 1.1198885485736596, 0.09769688815025514, -0.2908921368740918, 0.13260391440186178, 0.037281449150598125, -0.040702740964813834, 0.0017848603376700203, 0.006192585594996404, -0.0012251244701151267),
    (1.28125, 1.124891210857701, 0.06292263821493259, -0.265253960441568, 0.14034628056851758, 0.024717973374693815, -0.03954315802865795, 0.004349305254835002, 0.005504001502350701, -0.001516764289153016),
    (1.34375, 1.1278223314262477, 0.031431725015092796, -0.23845514311269472, 0.14500521291683213, 0.012660946251024076, -0.03748214199487196, 0.006583285577023029, 0.004689051867647231, -0.001729886568344544),
    (1.40625, 1.1288909083546261, 0.003333656084061618, -0.21105983611013723, 0.14674085897625055, 0.0013717072049455542, -0.03465289862475797, 0.008440219740685984, 0.0037877347059387936, -0.0018621710422682268),
    (1.46875, 1.1283106231798619, -0.021330458417111158, -0.18359637291878605, 0.14577329179190046, -0.008932416966725308, -0.031202800865065976, 0.009891145960259959, 0.0028402570125336973, -0.0019150532047482868),
    (1.53125, 1.1262957199241617, -0.04258277019144896, -0.15654709535458539, 0.14237103930910838, -0.018081509099090523, -0.027286814609966608, 0.010924414677347763, 0.0018852456609604062, -0.001893342946365789),
    (1.59375, 1.1230572419835474, -0.06050242279603041, -0.13034039404620643, 0.13683901887749053, -0.02595443708613963, -0.02306118086814414, 0.011544645249535853, 0.0009581859226642692, -0.0018047018040094375),
    (1.65625, 1.1187996890232745, -0.07521842895249417, -0.10534502827855165, 0.12950636878915525, -0.03247832888003386, -0.018677609763469556, 0.011771060535184192, 9.014818950907398e-05, -0.0016590198934885217),
    (1.71875, 1.113718138272084, -0.08690197949152705, -0.08186670134897006, 0.12071462908579841, -0.03762634090007765, -0.01427819477848104, 0.011635334936592117, -0.000693157747259177, -0.0014677358720217204),
    (1.78125, 1.1079958570381632, -0.09575846016843309, -0.06014678781317367, 0.11080666794977007, -0.0414139705836067, -0.009991202179103606, 0.011179103937153578, -0.0013719831365682203, -0.001243142642266628),
    (1.84375, 1.1018024165024434, -0.10201943524551148, -0.040363040909405346, 0.10011668198888225, -0.04389420344904454, -0.005927834167903284, 0.010451286342170275, -0.0019327983449699277, -0.000997718272002883),
    (1.90625, 1.0952923014102618, -0.1059348317158798, -0.022632053902988176, 0.08896152301735512, -0.04515180704371988, -0.0021800083738616727, 0.009505365008287426, -0.002368229960270143, -0.0007435162246530001),
    (1.96875, 1.0886039966059455, -0.10776552710843931, -0.007013209122808943, 0.07763352487641755, -0.04529708913994437, 0.001180856182352829, 0.008396758990115695, -0.002676713670464561, -0.0004916420407884293),
    (2.03125, 1.0818595197486436, -0.1077765088098381, 0.006486176693632957, 0.0663949255104432, -0.044459427014113685, 0.004104102995084809, 0.007180401255452736, -0.002861911285209572, -0.0002518356975442874),
    (2.09375, 1.0751643602085765, -0.10623073559526773, 0.01790481295421315, 0.05547390553746363, -0.04278085077879277, 0.006559246801610538, 0.005908613143138506, -0.0029319478192437287, -3.21706215662985e-05),
    (2.15625, 1.0686077771561049, -0.10338379430368187, 0.027320801474523374, 0.04506219793415748, -0.04040992921194763, 0.008534651558862783, 0.004629341355179918, -0.002898528021233956, 0.00016112768135473192),
    (2.21875, 1.0622634052039166, -0.09947940788143315, 0.03484469424388551, 0.03531416649425479, -0.03749616429810372, 0.010035621880026345, 0.0033847972316937234, -0.002775991354907586, 0.0003237476939682179),
    (2.28125, 1.056190113537035, -0.09474581668339492, 0.04061250482825212, 0.026347204961693443, -0.03418505379964591, 0.011082062286612375, 0.0022105129387463324, -0.0025803606917641974, 0.00045325311936972274),
    (2.34375, 1.050433064082799, -0.08939302403326072, 0.04477890441979213, 0.018243274982346503, -0.030613932543169943, 0.011705859744166892, 0.00113480634675112, -0.002328433490015695, 0.0005489545062230458),
    (2.40625, 1.0450249156917997, -0.08361087039591372, 0.047510797227477045, 0.01105137935452976, -0.02690865540360199, 0.011948138085058568, 0.00017862683018707922, -0.0020369557475711127, 0.0006117097306147683),
    (2.46875, 1.039987124238725, -0.07756787861330963, 0.04898143062253452, 0.004790756961535273, -0.02318114048146582, 0.01185651946257483, -0.0006442613148143525, -0.001721909300984015, 0.0006436734867791756),
    (2.53125, 1.035331292703621, -0.07141079573991663, 0.049365155285461634, -0.0005454138020252416, -0.019527751512999188, 0.011482509511477083, -0.0013268122889712273, -0.0013979328509375255, 0.0006480161744545017),
    (2.59375, 1.0310605303466356, -0.06526474507716691, 0.048832911391770026, -0.004986006776273854, -0.01602846543498745, 0.010879101074727227, -0.0018680102106347163, -0.0010778871132432137, 0.0006286315312398525),
    (2.65625, 1.0271707857375607, -0.05923389482874761, 0.047548480171092866, -0.008577821698928388, -0.01274674503499049, 0.010098667824711678, -0.002272022202289075, -0.0007725653016352175, 0.0005898502853643865),
    (2.71875, 1.0236521243594636, -0.05340254698687051, 0.04566550719590516, -0.01138150403638704, -0.009730018050145313, 0.009191195362570893, -0.002547255537194491, -0.0004905421930515197, 0.0005361742760153004),
    (2.78125, 1.0204899275163415, -0.0478365510903485, 0.04332527537281811, -0.013467649016816883, -0.007010652791244775, 0.008202874722625271, -0.002705376819111987, -0.0002381486127366758, 0.0004720421949110139),
    (2.84375, 1.0176659951166391, -0.04258495175734679, 0.0406551823522711, -0.014913199719961617, -0.004607315852198607, 0.0071750626905652815, -0.002760344309796499, -1.9553467240150424e-05, 0.00040163462371351334),
    (2.90625, 1.0151595403960707, -0.03768178573175018, 0.037767859156305025, -0.01579822053584986, -0.0025265989219921585, 0.006143595736315117, -0.0027274959807383004, 0.00016306752311978678, 0.00032872262779297623),
    (2.96875, 1.0129480696444912, -0.033147952925910634, 0.03476085418455794, -0.0162030997710074, -0.0007648081535813049, 0.005138430154706201, -0.002622726390785471, 0.00030929857101225897, 0.0002565610260251513),
    (3.03125, 1.011008144413602, -0.02899309595096325, 0.0317167990982551, -0.016206209764711627, 0.0006901801418347679, 0.004183570419780087, -0.0024617757641888383, 0.0004202080889482683, 0.00018782474626344891),
    (3.09375, 1.0093160274449156, -0.02521743330484714, 0.028703969921746304, -0.01588203040654824, 0.001857080650147855, 0.0032972407721067348, -0.0022596452553506033, 0.0004980511547543082, 0.0001245845005103576),
    (3.15625, 1.0078482166455336, -0.021813502212040224, 0.025777157433335626, -0.015299722967301872, 0.0027594455306658044, 0.002492251452953597, -0.002030143812189704, 0.0005459685493125173, 6.831642361298519e-05),
    (3.21875, 1.006581873858214, -0.01876777763353732, 0.022978764856442995, -0.014522125952170605, 0.0034240493355947527, 0.0017765104000047852, -0.001785564637367794, 0.0005676977881786655, 1.99393178746336e-05),
    (3.28125, 1.005495156952182, -0.01606214383454382, 0.020340057292426453, -0.01360513330839212, 0.0038794503665422614, 0.0011536331458536111, -0.0015364832153388177, 0.0005673082561732188, -2.0127303298400913e-05),
    (3.34375, 1.0045674649520042, -0.013675203843783986, 0.017882495551300677, -0.01259740762162787, 0.004154752260344105, 0.0006236075724504956, -0.0012916643227134717, 0.0005489691413702273, -5.18911439186683e-05),
    (3.40625, 1.003779606587295, -0.011583419981224174, 0.01561909637249487, -0.011540376614888105, 0.004278576855027612, 0.00018347551493594794, -0.0010580623634526528, 0.0005167555732448145, -7.570736449007813e-05),
    (3.46875, 1.0031139028586336, -0.009762085268311908, 0.01355577088885468, -0.010468459906699147, 0.004278248466690594, -0.00017200056105350992, -0.0008408976759124301, 0.00047449537325261525, -9.219673866467925e-05),
    (3.53125, 1.0025542340515372, -0.00818613093377625, 0.011692603062209216, -0.009409474108042118, 0.004179180809626725, -0.00044971095352510076, -0.0006437909874777438, 0.0004256562488360169, -0.0001021664052353661),
    (3.59375, 1.0020860411675478, -0.0068307794139307225, 0.01002503929109997, -0.008385167425033476, 0.0040044509723740525, -0.0006576307252156975, -0.00046893874277252726, 0.0003732711786035134, -0.00010653686118295468),
    (3.65625, 1.0016962910532141, -0.005672055290621612, 0.008544969140783619, -0.007411839472236035, 0.0037745400592203516, -0.000804322600699814, -0.0003173133788852668, 0.0003198981770078857, -0.00010627779085224063),
    (3.71875, 1.0013734136622376, -0.00468716861787789, 0.007241684946614657, -0.006501007503548432, 0.003507217164403291, -0.0008985174211203213, -0.000188874537043576, 0.0002676095825703961, -0.0001023543264067029),
    (3.78125, 1.0011072189441172, -0.0038547861880406714, 0.006102714755592832, -0.005660086295291394, 0.0032175420423971196, -0.0009487739814350001, -8.277946686198217e-05, 0.00021800544536079516, -9.568443805242627e-05),
    (3.84375, 1.0008887998667029, -0.00315520662021622, 0.005114528635071863, -0.004893055092131497, 0.002917961908566497, -0.0009632161231388692, 2.4166988744592964e-06, 0.0001722454358740857, -8.710739452557889e-05),
    (3.90625, 1.0007104270936282, -0.002570454862454533, 0.004263122794586879, -0.004201091042278878, 0.0026184789679011087, -0.0009493419143898307, 6.857770943161219e-05, 0.00013109388388477468, -7.736263420320465e-05),
    (3.96875, 1.0005654398851616, -0.0020843109246366206, 0.0035344892899023517, -0.0035831541661868783, 0.0023268672442063173, -0.0009138975897501365, 0.00011782464193766665, 9.497300160856213e-05, -6.707794986209844e-05),
))
_TANH_NEG = _Table(_DIRECT, (
    (0.0, 0.0, -0.5, 0.39894228040143265, 1.442253732389369e-14, -0.06681947717987385, 1.949777678183975e-10, 0.01020154809262968, 2.447884442602757e-07, -0.0012469038876868831, 3.308600152851778e-05),
    (0.09375, -0.04337382609044174, -0.4254181099915712, 0.39543039412612324, -0.024889690672559518, -0.06548125003190544, 0.005681233910061263, 0.009897561497559234, -0.0009206658447548347, -0.0011964353021414582, 0.00010913010738088966),
    (0.15625, -0.06842487773279758, -0.3763444436631088, 0.38924497547973996, -0.040990307045775276, -0.06313505989386808, 0.009301171817939423, 0.009366478594299971, -0.0015003874158625718, -0.0011154443142414347, 0.00017808535438223674),
    (0.21875, -0.09043687861728876, -0.3282300696611184, 0.3801043848127276, -0.05636587017483136, -0.05969361625928662, 0.012675636573817192, 0.008592016316949204, -0.002030148501740165, -0.0009971796544687944, 0.00024126701496238255),
    (0.28125, -0.10948113467624437, -0.2814348382857804, 0.36816958566935926, -0.07075331521419272, -0.05524742400952207, 0.01571795693839819, 0.007599979523989552, -0.002492231877492433, -0.0008455641560156256, 0.00029626987139770496),
    (0.34375, -0.12565075095914202, -0.23629549144431994, 0.35364853969880283, -0.08391545389319795, -0.04991241387178071, 0.018352533599413117, 0.00642344592854899, -0.0028712201831249296, -0.0006658721924223261, 0.000340711885374004),
    (0.40625, -0.1390590104662081, -0.19312011507359697, 0.3367907875264557, -0.0956468642686476, -0.043826077389139954, 0.020517359438327776, 0.005101613141402408, -0.003154662709747114, -0.0004646790961636823, 0.0003723781898386661),
    (0.46875, -0.14983742880352108, -0.15218333401446799, 0.3178810217591633, -0.10577872175430121, -0.03714288748862307, 0.022166053729523637, 0.003678362764048288, -0.0033336939790405114, -0.00024971344119297705, 0.0003894187418438632),
    (0.53125, -0.15813353473093256, -0.11372236225529282, 0.2972318661283814, -0.11418241316421072, -0.030029172600794844, 0.02326930954308636, 0.0022005742275557276, -0.003403549174291245, -2.9589685759617302e-05, 0.00039057026819323387),
    (0.59375, -0.16410843285952184, -0.07793399302830067, 0.27517610027595535, -0.12077182123986992, -0.022657641356563937, 0.02381567063753541, 0.000716246915766089, -0.0033639148528596106, 0.00018658189457283593, 0.0003753639104641088),
    (0.65625, -0.1679342090755753, -0.04497258218416818, 0.2520585859790311, -0.1255042193389624, -0.015201777092722269, 0.023811581097808066, -0.0007274844264213177, -0.0032190574265703984, 0.0003896885281462942, 0.000344278415930748),
    (0.71875, -0.16979124159662914, -0.014949045806608822, 0.22822815666482132, -0.12837977254344282, -0.007830333684053037, 0.02328068722508134, -0.0020863337688312848, -0.0029776870679029577, 0.0005711709561455415, 0.00029880523501393466),
    (0.78125, -0.16986548085500347, 0.01206913951939581, 0.2040297273167139, -0.12943969958079615, -0.0007021640263565077, 0.02226241425442674, -0.0033207266730346354, -0.002652539182450374, 0.0007235861201853518, 0.00024140518613503315),
    (0.84375, -0.16834575969258614, 0.036056976648867145, 0.17979686633569697, -0.12876320630580665, 0.006038401722118678, 0.020809886398020873, -0.004397419939343103, -0.002259685700403496, 0.000841113861761624, 0.00017535375860787915),
    (0.90625, -0.16542119175834658, 0.05703009958232183, 0.1558450452623092, -0.12646335250534205, 0.012265439417501191, 0.018987302443793114, -0.005290768235933204, -0.0018173897688357576, 0.0009199765440586772),
    (0.96875, -0.16127871072677002, 0.07504213340758382, 0.13246574780922638, -0.12268205606909638, 0.017874428132243728, 0.016866917306601815, -0.005983552510718575, -0.0013461086045187698, 0.0009585563645224679),
    (1.03125, -0.1561007962690257, 0.09018137910786436, 0.10992157831978275, -0.11758446926058481, 0.02278426466758103, 0.014525801224161654, -0.006467321095370499, -0.0008654951343257432, 0.0009576067548290364),
    (1.09375, -0.15006342493060001, 0.1025669545489013, 0.08844246392683687, -0.1113529789551317, 0.026938255532610474, 0.012042567130185746, -0.006742233080672807, -0.000394679520683657, 0.0009199947451429408),
    (1.15625, -0.14333427555573663, 0.11234453176599617, 0.06822299698211622, -0.10418108540971689, 0.03030410440687707, 0.009494244002237093, -0.006816436535779663, 4.944037932619487e-05, 0.0008503939834738896, -0.0001486892681356171),
    (1.21875, -0.13607121002126335, 0.11968181354109962, 0.04942091745193264, -0.09626740273106224, 0.03287296728079757, 0.00695346186259244, -0.006705049906709253, 0.00045178551354807463, 0.0007549166018395949, -0.00018874786994918323),
    (1.28125, -0.1284210411648024, 0.12476388945498046, 0.03215669145383544, -0.087810000173816, 0.03465769371078108, 0.004486076381182334, -0.006428842556173246, 0.0008013250311928149, 0.000640468483861425, -0.0002160500041626561),
    (1.34375, -0.12051859125356247, 0.1277886036784923, 0.016514104095193573, -0.0790012691536114, 0.03569040767351088, 0.0021493289112811237, -0.006012728514331521, 0.0010903820199233976, 0.0005142922945568768, -0.00023050716089393852),
    (1.40625, -0.11248603643580796, 0.12896205452670112, 0.0025417539040196633, -0.07002345946522752, 0.036019603395708054, -9.412808703864876e-06, -0.005484190671799319, 0.0013148735502446136, 0.00038343475691671175, -0.0002328820053612854),
    (1.46875, -0.10443252558820555, 0.1284943302036533, -0.009744686561317455, -0.06104498304668121, 0.03570693973138904, -0.0019533274255292507, -0.004871746599556409, 0.0014740998238179457, 0.00025431198527639325, -0.00022462279362765017),
    (1.53125, -0.09645405599567958, 0.12659556726548096, -0.0203595934862155, -0.05221753807294617, 0.03482391194647329, -0.003656260328479239, -0.004203550537671276, 0.0015703413599442056, 0.0001323803046704392, -0.00020765841070547215),
    (1.59375, -0.08863358348685182, 0.12347239918719768, -0.029344053329032824, -0.043674063210420555, 0.033448564037804725, -0.005102356895191056, -0.0035062033199289556, 0.0016083212706201936, 2.1927033199840723e-05, -0.0001841810808403597),
    (1.65625, -0.08104134104345272, 0.11932484303586038, -0.03676221667132466, -0.03552749395165274, 0.03166238060159634, -0.006285296013502674, -0.0028038160034339022, 0.0015945932101577409, -7.4018794052293e-05, -0.00015644073246460515),
    (1.71875, -0.07373533749290002, 0.11434365351494725, -0.0426974896544504, -0.027870261800903136, 0.029547467790788817, -0.0072072235051064085, -0.0021173469365947345, 0.001536912431156484, -0.0001536677850954159, -0.00012656940913339894),
    (1.78125, -0.06676200661559498, 0.10870815628001278, -0.04724869484164808, -0.020774453654292712, 0.02718410108730364, -0.007877487963200884, -0.0014642085338808363, 0.0014436390783014107, -0.0002163641176693303, -9.64473101039816e-05),
    (1.84375, -0.06015697674845957, 0.10258455698254618, -0.05052631627339436, -0.014292533247865221, 0.024648686195426553, -0.008311276386653221, -0.0008581209758424395, 0.001323211293160841, -0.0002624170890375652, -6.761522408830662e-05),
    (1.90625, -0.05394593161142156, 0.09612470934084061, -0.052648924231640706, -0.008458518644407602, 0.02201215055919105, -0.008528235651215391, -0.00030917640435715977, 0.0011836221871221202, -0.0002929060195197904),
    (1.96875, -0.048145534474411916, 0.08946531485050228, -0.05373985513926006, -0.0032895085279932884, 0.019338758414872308, -0.00855115103531046, 0.00017593066912484297, 0.0010325071816110463, -0.0003094229073195626),
    (2.03125, -0.04276438976277845, 0.0827275185634844, -0.05392420224383317, 0.0012125456091389868, 0.016685322849327142, -0.00840473407586885, 0.0005935541997504923, 0.0008762212410302889, -0.00031392532424445073),
    (2.09375, -0.037804018614920325, 0.07601685958471643, -0.05332615417972843, 0.005058915812617884, 0.014100774378966952, -0.008114557436752047, 0.0009426738364010845, 0.0007202507336151138, -0.00030850710782919487),
    (2.15625, -0.03325982761287575, 0.06942353136317263, -0.05206670182420737, 0.008272105660711867, 0.011626036913464153, -0.007706155048569706, 0.001224439514686787, 0.0005689668858198332, -0.00029525079626371647, 2.9335719548436072e-05),
    (2.21875, -0.029122052774515912, 0.06302290522701388, -0.05026171946971663, 0.010883860161174893, 0.00929415806413094, -0.007204294113146163, 0.0014417170263418975, 0.0004258987784053972, -0.00027612771615493807, 3.8143344244829e-05),
    (2.28125, -0.025376663812580913, 0.056876270630897924, -0.04802041441180574, 0.01293323447460329, 0.007130640790217197, -0.00663241280219557, 0.0015986601294939063, 0.00029349486182164697, -0.000252889707562716, 4.4040447198930825e-05),
    (2.34375, -0.02200621653789337, 0.05103174693699695, -0.04544412960233189, 0.014464765464885511, 0.0051539264172965156, -0.006012210907306188, 0.0017003269402750022, 0.0001734239459896746, -0.00022704391244587842, 4.749380297374947e-05),
    (2.40625, -0.01899064403778291, 0.045525323938014096, -0.04262547690193192, 0.01552677819012615, 0.0033759841665380753, -0.005363374233351726, 0.0017523504951719204, 6.666764498064374e-05, -0.00019983142262010965, 4.897576506608975e-05),
    (2.46875, -0.016307979840304833, 0.04038199147273846, -0.03964777344832342, 0.016169849002342557, 0.0018029686244608897, -0.004703411739953094, 0.0017606671317527576, -2.6347552542510515e-05, -0.00017223472057959724, 4.8928601214040917e-05),
    (2.53125, -0.013935008640848259, 0.035616922137998004, -0.03658475044590232, 0.01644543811995913, 0.0004359133072780577, -0.004047583872625676, 0.0017313011606154489, -0.00010562641731928695, -0.0001450018642617074, 4.774055317675232e-05),
    (2.59375, -0.011847842294912226, 0.03123667505896734, -0.03350050196445818, 0.016404697404291787, -0.0007285649652227065, -0.0034089018539946855, 0.0016702006453590626, -0.0001714960701435483, -0.00011868102403401889, 4.573276603885444e-05),
    (2.65625, -0.010022420655563606, 0.027240392775290695, -0.03044964080477042, 0.016097453511593026, -0.0016975702042487, -0.0027981801175622437, 0.0015831168313334405, -0.00022451573864412422, -9.36596593017455e-05, 4.315557495545932e-05),
    (2.71875, -0.008434938452054971, 0.023620967402720603, -0.027477628867717298, 0.015571362420622247, -0.0024812541078845164, -0.002224127092981585, 0.0014755187326489679, -0.00026540626633284113, -7.02035934885308e-05, 4.019224784539709e-05),
    (2.78125, -0.0070622007700786174, 0.020366156240718435, -0.02462125051249635, 0.014871228318471532, -0.003092175730888477, -0.0016934627637481463, 0.0013525343902399528, -0.00029499836670531107, -4.849237229700153e-05, 3.696811378855868e-05),
    (2.84375, -0.005881910812233508, 0.01745963084450858, -0.021909198915485754, 0.014038477715813898, -0.003544700927617929, -0.001211054472867346, 0.0012189111071818012, -0.00031419710025628716, -2.864845990078779e-05, 3.3563013693595334e-05),
    (2.90625, -0.004872894501310937, 0.01488194721546983, -0.019362747296934053, 0.013110778219823368, -0.0038544462903021253, -0.0007800651008403079, 0.001078988296540783, -0.00032395911471050403, -1.0758953547939284e-05, 3.0025153345096574e-05),
    (2.96875, -0.004015267153391044, 0.012611428152263184, -0.016996478962586523, 0.012121790412810262, -0.004037770810925902, -0.0004021098288546165, 0.0009366781966369024, -0.0003252787889017283, 5.110488607496264e-06, 2.638468697358722e-05),
    (3.03125, -0.003290547908689414, 0.010624951923442996, -0.01481905234077329, 0.01110104060438322, -0.004111317556439352, -7.741916182318076e-05, 0.000795451397686998, -0.0003191794893990987, 1.890895962427903e-05, 2.2665684316538894e-05),
    (3.09375, -0.0026817278830208054, 0.00889864425431231, -0.012833979537632436, 0.010073901730421672, -0.00409160706774623, 0.00019499326910021498, 0.0006583256965898639, -0.00030670659538832286, 3.0599655219434796e-05, 1.8895509775002397e-05),
    (3.15625, -0.002173298109935515, 0.007408473154743264, -0.011040399356149764, 0.009061669296831332, -0.003994683790030638, 0.00041715930488778403, 0.0005278581104532706, -0.00028891966639655524, 4.0163629496021066e-05, 1.511104218575375e-05),
    (3.21875, -0.0017512433019505039, 0.006130748341747061, -0.009433828209080255, 0.008081718985758119, -0.003835816462419769, 0.000591982566767493, 0.0004061408394132238, -0.0002668820073396247, 4.760611072056033e-05, 1.1361559944282197e-05),
    (3.28125, -0.0014030072882395734, 0.005042528924194632, -0.008006874883343706, 0.007147732365757841, -0.003629252926703558, 0.0007230641972146993, 0.0002948025294290327, -0.00024164681526140546, 5.2963538813523103e-05, 7.708480084649865e-06),
    (3.34375, -0.0011174357053966336, 0.004121944613191786, -0.006749907661951805, 0.006269977106730894, -0.003388029192188086, 0.000814530305656371, 0.00019501634690834093, -0.00021423997028412352, 5.630968124628695e-05, 4.222444363705193e-06),
    (3.40625, -0.0008847011473342785, 0.0033484369993310756, -0.00565166484966501, 0.005455628237169814, -0.0031238317974471978, 0.0008708639311203417, 0.00010751618121483969, -0.00018564027456545183, 5.775952816705682e-05, 9.784679442670002e-07),
    (3.46875, -0.0006962155398470396, 0.002702928400663096, -0.004699802243156454, 0.004709117336860234, -0.002846911561969117, 0.0008967447453122407, 3.262181276537231e-05, -0.00015675848519727237, 5.747011016948114e-05, -1.9500078422305237e-06),
    (3.53125, -0.0005445340143148872, 0.002167926441149258, -0.003881373491267554, 0.004032497164173985, -0.0025660457765858966, 0.0008968999132602058, -2.9726780595427004e-05, -0.00012841679468189425, 5.563786696113973e-05, -4.497292719874709e-06),
    (3.59375, -0.00042325403220352524, 0.0017275728828084539, -0.0031832415573362764, 0.003425810088297652, -0.002288544818022625, 0.0008759694543447505, -7.99265528249264e-05, -0.00010133047887184953, 5.24926664548205e-05, -6.611059584875685e-06),
    (3.65625, -0.000326912975107676, 0.0013676453261589816, -0.002592421574050302, 0.0028874498272730667, -0.002020298176395221, 0.0008383890930883985, -0.00011866125426193851, -7.609327662375997e-05, 4.8288982050483315e-05, -8.25674624148539e-06),
    (3.71875, -0.00025088688028956826, 0.00107552023932769, -0.0020963572254433073, 0.0024145073551398465, -0.0017658540392125742, 0.0007882929814773967, -0.0001468459477906731, -5.316772950015293e-05, 4.329504318254165e-05, -9.420306106403662e-06),
    (3.78125, -0.00019129248336907694, 0.0008401054081896486, -0.0016831343611721447, 0.0020030933886521778, -0.001528525952990417, 0.0007294378671535808, -0.00016556853310059573, -3.288125057606407e-05, 3.778095768094565e-05, -1.0109098048748016e-05),
    (3.84375, -0.00014489424027514428, 0.000651749354253025, -0.001341636816109606, 0.0016486315333998727, -0.0013105197351640093, 0.0006651493490140323, -0.0001760308595897463, -1.542817304790494e-05, 3.200685764692567e-05, -1.0350933475053847e-05),
    (3.90625, -0.0001090175496650795, 0.0005021345826989372, -0.0010616503573318361, 0.001346117888373798, -0.001113073760734603, 0.0005982898877591443, -0.0001794920044732673, -8.775154431983206e-07, 2.6212052466801678e-05, -1.0191498083249087e-05),
    (3.96875, -8.146899217202972e-05, 0.0003841607401706068, -0.000833921308507899, 0.0010903446015313645, -0.0009366059996778413, 0.0005312473072833512, -0.00017721607517306087, 1.0814253577895596e-05, 2.0606005192752565e-05, -9.690516966465322e-06),
))
_TANH_POS = _Table(_DIRECT, (
    (0.0, 0.0, 0.5, 0.39894228040143265, 1.442253732389369e-14, -0.06681947717987385, 1.949777678183975e-10, 0.01020154809262968, 2.447884442602757e-07, -0.0012469038876868831, 3.308600152851778e-05),
    (0.09375, 0.05037617390955826, 0.5745818900084287, 0.39543039412612324, -0.024889690672559518, -0.06548125003190544, 0.005681233910061263, 0.009897561497559234, -0.0009206658447548347, -0.0011964353021414582, 0.00010913010738088966),
    (0.15625, 0.08782512226720242, 0.6236555563368912, 0.38924497547973996, -0.040990307045775276, -0.06313505989386808, 0.009301171817939423, 0.009366478594299971, -0.0015003874158625718, -0.0011154443142414347, 0.00017808535438223674),
    (0.21875, 0.12831312138271123, 0.6717699303388815, 0.3801043848127276, -0.05636587017483136, -0.05969361625928662, 0.012675636573817192, 0.008592016316949204, -0.002030148501740165, -0.0009971796544687944, 0.00024126701496238255),
    (0.28125, 0.17176886532375563, 0.7185651617142196, 0.36816958566935926, -0.07075331521419272, -0.05524742400952207, 0.01571795693839819, 0.007599979523989552, -0.002492231877492433, -0.0008455641560156256, 0.00029626987139770496),
    (0.34375, 0.21809924904085798, 0.7637045085556801, 0.35364853969880283, -0.08391545389319795, -0.04991241387178071, 0.018352533599413117, 0.00642344592854899, -0.0028712201831249296, -0.0006658721924223261, 0.000340711885374004),
    (0.40625, 0.2671909895337919, 0.8068798849264031, 0.3367907875264557, -0.0956468642686476, -0.043826077389139954, 0.020517359438327776, 0.005101613141402408, -0.003154662709747114, -0.0004646790961636823, 0.0003723781898386661),
    (0.46875, 0.3189125711964789, 0.847816665985532, 0.3178810217591633, -0.10577872175430121, -0.03714288748862307, 0.022166053729523637, 0.003678362764048288, -0.0033336939790405114, -0.00024971344119297705, 0.0003894187418438632),
    (0.53125, 0.37311646526906744, 0.8862776377447071, 0.2972318661283814, -0.11418241316421072, -0.030029172600794844, 0.02326930954308636, 0.0022005742275557276, -0.003403549174291245, -2.9589685759617302e-05, 0.00039057026819323387),
    (0.59375, 0.4296415671404782, 0.9220660069716993, 0.27517610027595535, -0.12077182123986992, -0.022657641356563937, 0.02381567063753541, 0.000716246915766089, -0.0033639148528596106, 0.00018658189457283593, 0.0003753639104641088),
    (0.65625, 0.48831579092442473, 0.9550274178158318, 0.2520585859790311, -0.1255042193388121, -0.015201777092704288, 0.023811580543748632, -0.0007274844558807793, -0.0032183009534343366, 0.00038970361134436134),
    (0.71875, 0.5489587584033708, 0.9850509541933912, 0.22822815666482132, -0.12837977254331237, -0.007830333684028858, 0.02328068674420364, -0.002086333808445486, -0.0029770305117673705, 0.0005711912385491629),
    (0.78125, 0.6113845191449965, 1.0120691395193957, 0.20402972731671387, -0.12943969958069076, -0.0007021640263274828, 0.022262413865925177, -0.0033207267205888724, -0.0026520087499264052, 0.0007236104678708091),
    (0.84375, 0.6754042403074139, 1.0360569766488672, 0.17979686633569697, -0.1287632063057301, 0.00603840172215087, 0.02080988611581847, -0.004397419992086179, -0.002259300400947044, 0.0008411408661231207),
    (0.90625, 0.7408288082416534, 1.0570300995823219, 0.1558450452623092, -0.12646335250534205, 0.012265439417501191, 0.018987302443793114, -0.005290768235933204, -0.0018173897688357576, 0.0009199765440586772),
    (0.96875, 0.80747128927323, 1.075042133407584, 0.13246574780922638, -0.12268205606909638, 0.017874428132243728, 0.016866917306601815, -0.005983552510718575, -0.0013461086045187698, 0.0009585563645224679),
    (1.03125, 0.8751492037309743, 1.0901813791078643, 0.10992157831978275, -0.11758446926058481, 0.02278426466758103, 0.014525801224161654, -0.006467321095370499, -0.0008654951343257432, 0.0009576067548290364),
    (1.09375, 0.9436865750694, 1.1025669545489012, 0.08844246392683687, -0.1113529789551317, 0.026938255532610474, 0.012042567130185746, -0.006742233080672807, -0.000394679520683657, 0.0009199947451429408),
    (1.15625, 1.0129157244442633, 1.1123445317659961, 0.06822299698211622, -0.1041810854097818, 0.030304104406898572, 0.009494244241529308, -0.006816436571006598, 4.911366787176086e-05, 0.0008504120196291899),
    (1.21875, 1.0826787899787367, 1.1196818135410995, 0.04942091745193263, -0.09626740273114463, 0.03287296728081329, 0.006953462166352227, -0.006705049932475747, 0.0004513707825608672, 0.0007549297942721016),
    (1.28125, 1.1528289588351976, 1.1247638894549805, 0.032156691453835436, -0.08781000017391033, 0.03465769371079078, 0.004486076728880158, -0.006428842572056628, 0.0008008503101535334, 0.0006404766161618225),
    (1.34375, 1.2232314087464375, 1.1277886036784923, 0.016514104095193573, -0.07900126915371203, 0.03569040767351471, 0.0021493292822450326, -0.0060127285206065225, 0.0010898755327783658, 0.0005142955073840436),
    (1.40625, 1.293763963564192, 1.1289620545267012, 0.0025417539040196637, -0.07002345946532919, 0.03601960339570655, -9.412433918405782e-06, -0.005484190669333678, 0.0013143618451388031, 0.00038343349454866865),
    (1.46875, 1.3643174744117945, 1.1284943302036534, -0.009744686561317453, -0.06104498304677928, 0.035706939731383, -0.0019533270640360125, -0.004871746589666002, 0.001473606266664311, 0.000254306921437521),
    (1.53125, 1.4347959440043203, 1.126595567265481, -0.0203595934862155, -0.05221753807303683, 0.03482391194646369, -0.0036562599942877375, -0.004203550521955711, 0.0015698850783525435, 0.00013237225835318223),
    (1.59375, 1.505116416513148, 1.1234723991871978, -0.029344053329032824, -0.043674063210500956, 0.03344856403779262, -0.005102356598782755, -0.003506203300107477, 0.0016079165752725816, 2.1916884654470764e-05),
    (1.65625, 1.5752086589565473, 1.1193248430358604, -0.036762216671324656, -0.03552749395172104, 0.03166238060158277, -0.006285295761738128, -0.00280381598119805, 0.0015942494680213615, -7.403017876146331e-05),
    (1.71875, 1.6450146625071, 1.1143436535149474, -0.0426974896544504, -0.02787026180095839, 0.029547467790774714, -0.00720722330141499, -0.0021173469134892265, 0.0015366343245138685, -0.0001536796150755389),
    (1.78125, 1.714487993384405, 1.1087081562800127, -0.04724869484164808, -0.020774453654334814, 0.027184101087289806, -0.007877487807986092, -0.0014642085112188652, 0.0014434271581257629, -0.00021637572056723263),
    (1.84375, 1.7835930232515405, 1.102584556982546, -0.05052631627339435, -0.014292533247894737, 0.02464868619541362, -0.008311276277838911, -0.0008581209546565968, 0.0013230627248974906, -0.0002624279361667591),
    (1.90625, 1.8523040683885785, 1.0961247093408406, -0.052648924231640706, -0.008458518644407602, 0.02201215055919105, -0.008528235651215391, -0.00030917640435715977, 0.0011836221871221202, -0.0002929060195197904),
    (1.96875, 1.920604465525588, 1.0894653148505022, -0.05373985513926006, -0.0032895085279932884, 0.019338758414872308, -0.00855115103531046, 0.00017593066912484297, 0.0010325071816110463, -0.0003094229073195626),
    (2.03125, 1.9884856102372215, 1.0827275185634844, -0.05392420224383317, 0.0012125456091389868, 0.016685322849327142, -0.00840473407586885, 0.0005935541997504923, 0.0008762212410302889, -0.00031392532424445073),
    (2.09375, 2.05594598138508, 1.0760168595847164, -0.05332615417972843, 0.005058915812617884, 0.014100774378966952, -0.008114557436752047, 0.0009426738364010845, 0.0007202507336151138, -0.00030850710782919487),
    (2.15625, 2.1229901723871243, 1.0694235313631726, -0.05206670182420737, 0.008272105660724675, 0.011626036913459306, -0.007706155095781215, 0.0012244395226273005, 0.0005690313446504126, -0.00029525486181528087),
    (2.21875, 2.189627947225484, 1.063022905227014, -0.05026171946971663, 0.010883860161191545, 0.00929415806412755, -0.007204294174531908, 0.001441717031893785, 0.0004259825898688667, -0.00027613055873176395),
    (2.28125, 2.255873336187419, 1.0568762706308978, -0.04802041441180574, 0.012933234474622517, 0.007130640790215057, -0.00663241287307156, 0.0015986601329998616, 0.000293591630721421, -0.00025289150262292667),
    (2.34375, 2.3217437834621064, 1.051031746936997, -0.04544412960233189, 0.014464765464906245, 0.005153926417295402, -0.006012210983739639, 0.0017003269420985821, 0.00017352830276344376, -0.00022704484612955022),
    (2.40625, 2.3872593559622173, 1.045525323938014, -0.04262547690193192, 0.015526778190147531, 0.0033759841665377734, -0.00536337431217003, 0.0017523504956658156, 6.677525795714795e-05, -0.000199831675504204),
    (2.46875, 2.4524420201596953, 1.0403819914727384, -0.03964777344832342, 0.016169849002363915, 0.001802968624461205, -0.004703411818695403, 0.0017606671312361112, -2.6240043251522836e-05, -0.00017223445606492623),
    (2.53125, 2.517314991359152, 1.035616922137998, -0.03658475044590232, 0.01644543811997997, 0.00043591330727882403, -0.004047583949455954, 0.0017313011593598961, -0.00010552151853000086, -0.0001450012214253057),
    (2.59375, 2.5819021577050876, 1.0312366750589674, -0.03350050196445818, 0.016404697404311754, -0.0007285649652216222, -0.0034089019275937217, 0.0016702006435825522, -0.00017139558303060117, -0.00011868011446565834),
    (2.65625, 2.6462275793444365, 1.0272403927752907, -0.03044964080477042, 0.016097453511611865, -0.001697570204247398, -0.0027981801870136974, 0.0015831168292005043, -0.00022442091432986607, -9.365856724191463e-05),
    (2.71875, 2.710315061547945, 1.0236209674027206, -0.027477628867717298, 0.015571362420639794, -0.002481254107883068, -0.0022241271576640517, 0.0014755187302758984, -0.00026531795325261426, -7.020237847928212e-05),
    (2.78125, 2.7741877992299213, 1.0203661562407185, -0.02462125051249635, 0.014871228318487672, -0.0030921757308869286, -0.0016934628232419134, 0.0013525343877032923, -0.00029491713791492846, -4.849107352820619e-05),
    (2.84375, 2.8378680891877663, 1.0174596308445085, -0.021909198915492423, 0.014038477715821713, -0.0035447008934667893, -0.0012110545128776028, 0.001218855153490205, -0.0003141315474769591),
    (2.90625, 2.901377105498689, 1.0148819472154698, -0.01936274729693656, 0.013110778219830359, -0.003854446277476955, -0.0007800651366331007, 0.0010789672833023205, -0.0003239004718187107),
    (2.96875, 2.964734732846609, 1.0126114281522631, -0.016996478962585333, 0.012121790412816405, -0.004037770817018594, -0.0004021098603076304, 0.0009366881784112744, -0.00032522725629904523),
    (3.03125, 3.0279594520913107, 1.010624951923443, -0.014819052340768888, 0.011101040604388497, -0.004111317578981113, -7.741918884279257e-05, 0.000795488329606372, -0.0003191352204772032),
    (3.09375, 3.091068272116979, 1.0088986442543124, -0.012833979537625311, 0.010073901730426072, -0.004091607104224391, 0.0001949932465750089, 0.0006583854619023786, -0.00030666969009366106),
    (3.15625, 3.1540767018900646, 1.0074084731547432, -0.011040399356140412, 0.00906166929683485, -0.0039946838379099426, 0.00041715928687402487, 0.000527936555402262, -0.0002888901526469932),
    (3.21875, 3.2169987566980494, 1.006130748341747, -0.009433828209080255, 0.008081718985763079, -0.00383581646241804, 0.0005919825484830685, 0.000406140836580844, -0.00026685704298777454, 4.760756089745089e-05),
    (3.28125, 3.2798469927117604, 1.0050425289241947, -0.008006874883343706, 0.0071477323657612064, -0.00362925292670189, 0.000723064184809286, 0.0002948025266962434, -0.0002416298777062134, 5.296493799994876e-05),
    (3.34375, 3.3426325642946035, 1.0041219446131917, -0.006749907661951806, 0.006269977106732738, -0.003388029192186513, 0.0008145302988611414, 0.00019501634433141682, -0.00021423069248586527, 5.631100062967862e-05),
    (3.40625, 3.405365298852666, 1.003348436999331, -0.00565166484966501, 0.005455628237170241, -0.0031238317974457554, 0.0008708639295457433, 0.00010751617885120748, -0.00018563812465532926, 5.776073834510535e-05),
    (3.46875, 3.468053784460153, 1.002702928400663, -0.004699802243156454, 0.004709117336859382, -0.0028469115619678374, 0.0008967447484505285, 3.26218106688772e-05, -0.000156762769935508, 5.7471183573584474e-05),
    (3.53125, 3.530705465985685, 1.0021679264411492, -0.003881373491267554, 0.004032497164172021, -0.002566045776584808, 0.0008968999204979163, -2.9726782379112173e-05, -0.00012842667648893934, 5.56387802069206e-05),
    (3.59375, 3.5933267459677967, 1.0017275728828086, -0.0031832415573362764, 0.0034258100882947656, -0.0022885448180217476, 0.000875969464984208, -7.992655426219143e-05, -0.00010134500519099316, 5.249340233394259e-05),
    (3.65625, 3.655923087024892, 1.001367645326159, -0.0025924215740390586, 0.002887449827271144, -0.00202029823396037, 0.0008383891029313053, -0.00011856693970986289, -7.610940314839466e-05),
    (3.71875, 3.7184991131197105, 1.0010755202393278, -0.002096357225433227, 0.0024145073551376534, -0.0017658540908244164, 0.0007882929927073735, -0.0001467613870714155, -5.3186128601616507e-05),
    (3.78125, 3.781058707516631, 1.0008401054081897, -0.0016831343611633481, 0.0020030933886498238, -0.0015285259980288924, 0.0007294378792046559, -0.00016549474212384396, -3.2900994970401445e-05),
    (3.84375, 3.8436051057597247, 1.000651749354253, -0.0013416368161021537, 0.0016486315333974627, -0.0013105197733191615, 0.0006651493613533884, -0.00017596834619282704, -1.544838977067644e-05),
    (3.90625, 3.906140982450335, 1.000502134582699, -0.0010616503573257332, 0.001346117888371425, -0.0011130737919817569, 0.0005982898999084263, -0.0001794408090908238, -8.974207603804829e-07),
    (3.96875, 3.968668531007828, 1.0003841607401707, -0.0008339213085031013, 0.0010903446015291082, -0.0009366060242420231, 0.0005312473188354031, -0.00017717582913108582, 1.0795326749105496e-05),
))
_TANH_PRIME_NEG = _Table(_DIRECT, (
    (0.0, 0.5, -0.7978845608028654, -7.65317551797081e-17, 0.26727790871003376, -1.5894896822126502e-12, -0.061209342544889876, -3.2484693775735407e-09, 0.009944300395066321, -8.335721024292469e-07, -0.0011731138766469366),
    (0.09375, 0.4254181099915712, -0.7908607882522465, 0.07466907201767854, 0.2619250001279526, -0.02840616955027162, -0.05938537040833734, 0.006444660846960161, 0.009573702800034176, -0.0009821321575531263, -0.0011368316591552755),
    (0.15625, 0.3763444436631088, -0.7784899509594799, 0.12297092113732581, 0.2525402395757818, -0.04650585908963851, -0.056198872896943884, 0.010502711799013896, 0.008925631594395632, -0.0016027026392929351, -0.001063460672949688),
    (0.21875, 0.3282300696611184, -0.7602087696254552, 0.16909761052449407, 0.2387744650374235, -0.06337818286900285, -0.05155209909322232, 0.014211039353324215, 0.007979296460424503, -0.0021713101806666527, -0.0009519184468884666),
    (0.28125, 0.2814348382857804, -0.7363391713387185, 0.21225994564257814, 0.22098969603832164, -0.07858978469188352, -0.04559987814753842, 0.01744562293709249, 0.0067660792370452414, -0.002666308680940149, -0.0008017818903209423),
    (0.34375, 0.23629549144431994, -0.7072970793976057, 0.2517463616795938, 0.19964965548730168, -0.09176266799693548, -0.0385406763403512, 0.02009854103317813, 0.0053281775517504204, -0.0030662614456940926, -0.0006144023813832646),
    (0.40625, 0.19312011507359697, -0.6735815750529114, 0.28694059280594275, 0.17530430955667448, -0.10258679719148978, -0.0306096793414984, 0.022082638683234932, 0.003718202160446418, -0.003351236946220123, -0.00039392520726384166),
    (0.46875, 0.15218333401446799, -0.6357620435183265, 0.3173361652629036, 0.14857154995453534, -0.11083026864745607, -0.02207017676947929, 0.023335857543408386, 0.0019979964914651122, -0.003504587355861241, -0.0001479467734049306),
    (0.53125, 0.11372236225529282, -0.5944637322567627, 0.3425472394926321, 0.12011669040314667, -0.11634654771526479, -0.013203445224655714, 0.023824843900801102, 0.00023649797367286186, -0.0035149456147557786, 0.00011239039652587028),
    (0.59375, 0.07793399302830067, -0.5503522005519107, 0.3623154637196097, 0.0906305654261472, -0.11907835318751485, -0.0042974810277649185, 0.02354740365996647, -0.0014933835870744208, -0.0033780937708346374, 0.0003729545525758015),
    (0.65625, 0.04497258218416818, -0.504117171958062, 0.37651265801688716, 0.06080710837070927, -0.1190579054888933, 0.0043649073318282675, 0.022533401704976284, -0.0031187148588061567, -0.0030983413092189123, 0.0006177926310980177),
    (0.7524614220710163, -1.5647455740893692e-17, -0.4304000910248585, 0.3875184461357885, 0.01578285352174488, -0.11394448309345201, 0.016619327505481826, 0.01968227624621925, -0.00526185548112695, -0.002434023984420435, 0.0008410001074442738),
    (0.7524614220710163, -1.5647455740893692e-17, -0.4304000910248585, 0.38751844613578895, 0.015782853521853497, -0.11394448308278167, 0.01661932854879448, 0.01968229784052938, -0.00526069286680325, -0.002429306265189168, 0.0009907635979381354),
    (0.84375, -0.036056976648867145, -0.35959373267139394, 0.3862896189174199, -0.02415360688879663, -0.10404943199005526, 0.026384521020543124, 0.015817799808963404, -0.006731071198091314, -0.0015781289055016164, 0.0011060679805528248),
    (0.90625, -0.05703009958232183, -0.3116900905246184, 0.379390057516163, -0.04906175767020568, -0.09493651305975272, 0.031744610526602775, 0.012723335517537, -0.00736183485948621, -0.000940403559701849, 0.001150576561534847),
    (0.96875, -0.07504213340758382, -0.2649314956184527, 0.3680461682073322, -0.07149771252917217, -0.08433458679777851, 0.03590131615501701, 0.009423266333874946, -0.007670436472683927, -0.0002961439880643168, 0.0011295561634846493),
    (1.03125, -0.09018137910786436, -0.2198431566395655, 0.35275340778170805, -0.09113705867050699, -0.07262900583582742, 0.038803927583440825, 0.00605792121779483, -0.007662694893985006, 0.00031873655488145786, 0.0010472380108949152),
    (1.09375, -0.1025669545489013, -0.17688492785367374, 0.33405893686526816, -0.10775302213060128, -0.0602128348711886, 0.04045339936534912, 0.0027612662101900594, -0.007361562333244299, 0.0008721115962139261, 0.0009127063358116927),
    (1.15625, -0.11234453176599617, -0.13644599396423243, 0.3125432562291507, -0.12121641762772328, -0.04747122001130534, 0.040898620139376986, -0.0003460824261444536, -0.006804594743234883, 0.0013380693348614982, 0.0007387493292449682),
    (1.21875, -0.11968181354109962, -0.09884183490386526, 0.28880220819318675, -0.13149186912334754, -0.03476730931309263, 0.04023030011662312, -0.0031624983455343114, -0.006040388203226448, 0.0016985849527628505, 0.0005403578774549978),
    (1.28125, -0.12476388945498046, -0.06431338290767087, 0.26343000052144805, -0.13863077484322128, -0.02243038190604291, 0.03857305575398022, -0.005609274967495916, -0.005124398459049492, 0.0019443032527222011, 0.00033310184116367976),
    (1.34375, -0.1277886036784923, -0.03302820819038715, 0.23700380746083421, -0.14276163069408182, -0.010746644556528963, 0.03607637125071396, -0.007632673903696755, -0.004114595395429829, 0.002074426491102745, 0.00013160613988847904),
    (1.40625, -0.12896205452670112, -0.005083507808039326, 0.21007037839568254, -0.14407841358283974, 4.706404349040388e-05, 0.03290514404928008, -0.009204114774714545, -0.003067490673211094, 0.002095883462902664),
    (1.46875, -0.1284943302036533, 0.019489373122634907, 0.18313494914004366, -0.1428277589254958, 0.009766637127557586, 0.0292304793377264, -0.010318698597242633, -0.002034090798570743, 0.0020215059710591452, -0.0002073988184457247),
    (1.53125, -0.12659556726548096, 0.040719186972431, 0.15665261421883853, -0.13929564778579723, 0.01828130164232998, 0.02522130281350597, -0.010992389393039006, -0.0010583987571714157, 0.001868851634598431, -0.00032955995952391523),
    (1.59375, -0.12347239918719768, 0.05868810665806564, 0.13102218963126167, -0.1337942561510979, 0.025511784475912076, 0.021037219399271632, -0.011258248811753649, -0.00017460440671929341, 0.0016575814018754398, -0.0004156675222413193),
    (1.65625, -0.11932484303586038, 0.07352443334264931, 0.10658248185495824, -0.12664952240624963, 0.031426480067491935, 0.016822895436922978, -0.011162152430140532, 0.0005930611065800852, 0.0014079426224233474, -0.00046630227854343),
    (1.71875, -0.11434365351494725, 0.0853949793089008, 0.0836107854027094, -0.11818987116301424, 0.036036117525529786, 0.012704081013057889, -0.01075838701378804, 0.00123028866001294, 0.0011391221615597346, -0.0004845429057893033),
    (1.78125, -0.10870815628001278, 0.09449738968329614, 0.06232336096287813, -0.10873640434907623, 0.03938743981601786, 0.008785250608415389, -0.010105473573792717, 0.0017318411581484971, 0.0008680408188146072, -0.0004752444319118833),
    (1.84375, -0.10258455698254618, 0.1010526325467887, 0.04287759974359566, -0.0985947447815769, 0.041556381933291316, 0.005148725298931321, -0.009262479100320437, 0.002100204471948651, 0.0006085652172369126, -0.00044429111586263533),
    (1.90625, -0.0961247093408406, 0.1052978484632814, 0.0253755559331688, -0.08804860223669471, 0.04264117858788637, 0.0018550580419235967, -0.008285989556718366, 0.0023439476042819863, 0.0003711268704574971, -0.00039790752559740823),
    (1.96875, -0.08946531485050228, 0.10747971027852012, 0.00986852558395619, -0.0773550336594295, 0.042755755322011486, -0.0010555843450659151, -0.007227828316418618, 0.0024759845812374523, 0.00016269821260050815, -0.00034208547414554715),
    (2.03125, -0.0827275185634844, 0.10784840448766635, -0.003637636827415075, -0.06674129139725929, 0.04202367036776207, -0.0035613254709529626, -0.006133526553151791, 0.002511898574136704, -1.294944142189024e-05, -0.00028215764459780065),
    (2.09375, -0.07601685958471643, 0.10665230835945685, -0.015176747437831126, -0.05640309751582895, 0.04057278704536152, -0.0056560432332749995, -0.005041490595479094, 0.0024684480195351324, -0.00015479152041636797, -0.00022252510918458314),
    (2.15625, -0.06942353136317263, 0.10413340364841474, -0.024816316982135607, -0.04650414765380815, 0.0385307752428824, -0.007346637296561167, -0.0039827682654784285, 0.002362331618388555, -0.00026398359409488204, -0.00016652782765069876),
    (2.21875, -0.06302290522701388, 0.10052343893943326, -0.032651580483524685, -0.03717663225648987, 0.03602147056576043, -0.00865030230379081, -0.002981291505444729, 0.002209249140419455, -0.00034325697508483894, -0.00011643538324998851),
    (2.28125, -0.056876270630897924, 0.09604082882361148, -0.038799703423809874, -0.02852256316084739, 0.03316206401100268, -0.009591960868997284, -0.0020544640802162904, 0.002023261270645375, -0.0003963362511264079, -7.352930265351182e-05),
    (2.34375, -0.05103174693699695, 0.09088825920466378, -0.043394296394656535, -0.020615705669191627, 0.030061054536536274, -0.010201961627970992, -0.0012139676361287107, 0.0018163419611830314, -0.00042743415934656445),
    (2.40625, -0.045525323938014096, 0.08525095380386384, -0.046580334570378454, -0.013503936666153809, 0.02681687116676276, -0.010514102967325346, -0.00046667352586090004, 0.00159864885072226, -0.0004407740899819912),
    (2.46875, -0.04038199147273846, 0.07929554689664683, -0.04850954700702767, -0.007211874497841983, 0.023517058699768542, -0.010564002794389725, 0.00018443285960944382, 0.0013778804085959816, -0.00044035160615327353),
    (2.53125, -0.035616922137998004, 0.07316950089180464, -0.049336314359877384, -0.0017436532291083995, 0.020237919363130588, -0.010387806973108003, 0.0007393849153654671, 0.001160021341506802, -0.00042966081751736614),
    (2.59375, -0.03123667505896734, 0.06700100392891636, -0.049214092212875364, 0.002914259860879983, 0.017044509269979156, -0.010021203825522107, 0.0012004724800572565, 0.0009493754291899348, -0.0004115884884063933, 3.7254290777006334e-05),
    (2.65625, -0.027240392775290695, 0.06089928160954084, -0.048292360534779075, 0.006790280816981782, 0.013990900587815092, -0.009498700932011862, 0.0015716101631050813, 0.0007491899113084387, -0.00038839584228722747, 4.47296231477262e-05),
    (2.71875, -0.023620967402720603, 0.054955257735434596, -0.046714087261866745, 0.009925016431523583, 0.011120635464910536, -0.008853112333601256, 0.001857843859339326, 0.0005615315482689722, -0.0003617273103871001, 4.976602746934763e-05),
    (2.78125, -0.020366156240718435, 0.0492425010249927, -0.0446136849554146, 0.012368702923538425, 0.008467313818742543, -0.008115206274852696, 0.0020649885634742198, 0.0003878350775436878, -0.00033271099775149027, 5.319711158115136e-05),
    (2.84375, -0.01745963084450858, 0.04381839783097151, -0.0421154331474417, 0.014178803710455523, 0.006055272364338064, -0.007313466573444639, 0.0021993796992448044, 0.00022907900482226326, -0.0003020656315811749, 5.564121662318477e-05),
    (2.90625, -0.01488194721546983, 0.03872549459386811, -0.03933233465947011, 0.015417785161191768, 0.0039003255042025773, -0.006473929707280554, 0.0022677138009902236, 8.595933702059102e-05, -0.00027022521958553397, 5.749313162540046e-05),
    (2.96875, -0.012611428152263184, 0.03399295792517305, -0.03636537123843079, 0.016151083243686457, 0.0020105491442738836, -0.005620069106046071, 0.0022769515207808344, -4.099902638753412e-05, -0.00023746128675685246, 5.894012915303085e-05),
    (3.03125, -0.010624951923442996, 0.02963810468154658, -0.03330312181314966, 0.016445270225739946, 0.0003870958091164322, -0.004772708311024162, 0.002234256424783685, -0.00015138885806432475, -0.00020399056785749825, 5.9996649212064275e-05),
    (3.09375, -0.00889864425431231, 0.02566795907526487, -0.03022170519126502, 0.0163664282709673, -0.0009749663455009187, -0.0039499541037469705, 0.0021469461674197953, -0.0002449155062776569, -0.000170059413338929, 6.055135435084841e-05),
    (3.15625, -0.007408473154743264, 0.022080798712299527, -0.027185007890493995, 0.015978735160104965, -0.002085796524439265, -0.0031671485870916178, 0.002022437665434957, -0.00032142704420295157, -0.00013599976533034671, 6.042011055997142e-05),
    (3.21875, -0.006130748341747061, 0.01886765641816051, -0.024245156957274357, 0.015343265849661789, -0.002959912833838436, -0.002436844962129726, 0.0018681740532340842, -0.0003809648991716479, -0.00010225512594602469, 5.939873747907891e-05),
    (3.28125, -0.005042528924194632, 0.016013749766687412, -0.021443197097273523, 0.014517011706797553, -0.00361532098607519, -0.0017688151048388659, 0.0016915277100665196, -0.00042382024459843584, -6.937821468584447e-05, 5.731011361301207e-05),
    (3.34375, -0.004121944613191786, 0.013499815323903612, -0.01880993132019268, 0.013552116768736615, -0.004072651528284316, -0.0011700980138061856, 0.0014996797966922392, -0.00045058299980046496, -3.800475141832973e-05, 5.404136948798374e-05),
    (3.40625, -0.0033484369993310756, 0.011303329699330022, -0.01636688471150944, 0.012495327189774365, -0.004354319655604921, -0.0006450970252440657, 0.0012994819280980245, -0.0004621730387914538, -8.809804189603242e-06, 4.956835432365062e-05),
    (3.46875, -0.002702928400663096, 0.009399604486312907, -0.0141273520105807, 0.011387646247863672, -0.004483723726565088, -0.00019573082155955368, 0.0010973094038057745, -0.0004598467530149799, 1.7545725980573247e-05, 4.3966175275739586e-05),
    (3.53125, -0.002167926441149258, 0.007762746982535108, -0.012097491492521952, 0.0102641831063327, -0.004484499566305449, 0.00017836073039406483, 0.0008989175712215999, -0.00044517599485929913, 4.047069100462515e-05, 3.740621111567566e-05),
    (3.59375, -0.0017275728828084539, 0.006366483114672553, -0.010277430264892955, 0.009154179272081727, -0.004379847271728525, 0.0004795593546776354, 0.0007093133612270199, -0.000420000201693491, 5.9494197391163836e-05, 3.0141421216488082e-05),
    (3.65625, -0.0013676453261589816, 0.0051848431481006044, -0.008662349481819199, 0.008081192705574341, -0.004191945465446909, 0.000711967553713387, 0.0005326529457646258, -0.0003863557682478745, 7.43052168358593e-05, 2.2482857828120528e-05),
    (3.71875, -0.00107552023932769, 0.004192714450886615, -0.007243522065419539, 0.0070634161568459974, -0.003941464907391824, 0.0008810757052326953, 0.0003721741157548642, -0.00034638919489398654, 8.477734017980713e-05, 1.4770944208559434e-05),
    (3.78125, -0.0008401054081896486, 0.0033662687223442894, -0.006009280165956532, 0.00611410381195953, -0.0036471893357724605, 0.0009934112077974193, 0.0002301687627418556, -0.0003022620075266487, 9.097678620313893e-05, 7.34526366152537e-06),
    (3.84375, -0.000651749354253025, 0.002683273632219212, -0.004945894600199618, 0.005242078940655887, -0.0033257467450742506, 0.0010561851581844868, 0.00010799721915116463, -0.00025605586945120606, 9.315382790758191e-05, 5.163390963905098e-07),
    (3.90625, -0.0005021345826989372, 0.0021233007146636723, -0.0040383536651213935, 0.004452295042940001, -0.0029914494387992, 0.0010769520200077948, 6.142614750689455e-06, -0.00020968575982211496, 9.171959254942822e-05, -5.4577507443341305e-06),
    (3.96875, -0.0003841607401706068, 0.0016678426170157977, -0.0032710338045940928, 0.003746423998714389, -0.0026562365364195275, 0.0010632964380353947, -7.569976974770268e-05, -0.00016482775229968973, 8.72115528678849e-05, -1.0387954547428126e-05),
))
_TANH_PRIME_POS = _Table(_DIRECT, (
    (0.0, 0.5, 0.7978845608028654, 7.65317551797081e-17, -0.26727790871003376, 1.5894896822126502e-12, 0.061209342544889876, 3.2484693775735407e-09, -0.009944300395066321, 8.335721024292469e-07, 0.0011731138766469366),
    (0.09375, 0.5745818900084287, 0.7908607882522465, -0.07466907201767854, -0.2619250001279526, 0.02840616955027162, 0.05938537040833734, -0.006444660846960161, -0.009573702800034176, 0.0009821321575531263, 0.0011368316591552755),
    (0.15625, 0.6236555563368912, 0.7784899509594799, -0.12297092113732581, -0.2525402395757818, 0.04650585908963851, 0.056198872896943884, -0.010502711799013896, -0.008925631594395632, 0.0016027026392929351, 0.001063460672949688),
    (0.21875, 0.6717699303388815, 0.7602087696254552, -0.16909761052449407, -0.2387744650374235, 0.06337818286900285, 0.05155209909322232, -0.014211039353324215, -0.007979296460424503, 0.0021713101806666527, 0.0009519184468884666),
    (0.28125, 0.7185651617142196, 0.7363391713387185, -0.21225994564257814, -0.22098969603832164, 0.07858978469188352, 0.04559987814753842, -0.01744562293709249, -0.0067660792370452414, 0.002666308680940149, 0.0008017818903209423),
    (0.34375, 0.7637045085556801, 0.7072970793976057, -0.2517463616795938, -0.19964965548703345, 0.0917626679970309, 0.038540675351569915, -0.020098541189501575, -0.0053268275418854845, 0.003066341483163661),
    (0.40625, 0.8068798849264031, 0.6735815750529114, -0.2869405928059428, -0.1753043095565025, 0.10258679719159912, 0.03060967870753844, -0.022082638862374576, -0.0037173365985497626, 0.0033513286655004527),
    (0.46875, 0.847816665985532, 0.6357620435183265, -0.3173361652629036, -0.14857154995447075, 0.11083026864757495, 0.022070176531381325, -0.0233358577381871, -0.0019976714110778865, 0.003504687082264681),
    (0.53125, 0.8862776377447071, 0.5944637322567627, -0.34254723949263216, -0.12011669040319572, 0.11634654771538727, 0.013203445405528343, -0.02382484410146477, -0.00023674492517424545, 0.003515048354196608),
    (0.59375, 0.9220660069716993, 0.5503522005519107, -0.36231546371960976, -0.09063056542631001, 0.11907835318763381, 0.00429748162797388, -0.02354740385485557, 0.0014925641046776186, 0.0033781935536729255),
    (0.65625, 0.9550274178158318, 0.5041171719580622, -0.37651265801688716, -0.060807108370978975, 0.11905790548900112, -0.004364906337591298, -0.02253340188161525, 0.003117357399852553, 0.0030984317480057134),
    (0.71875, 0.9850509541933912, 0.4564563133296427, -0.38513931763032844, -0.031321334736333035, 0.11640343612537421, -0.012518002315894845, -0.020843809388788492, 0.004569164834850781, 0.0026891857706748505),
    (0.78125, 1.0120691395193957, 0.40805945463342774, -0.38831909874238846, -0.002808656105135784, 0.11131207127204532, -0.019924361286487478, -0.018567774108207626, 0.005790636736028113, 0.002172547818632829, -0.000997253690813562),
    (0.84375, 1.0360569766488672, 0.35959373267139394, -0.3862896189174199, 0.02415360688879663, 0.10404943199005526, -0.026384521020543124, -0.015817799808963404, 0.006731071198091314, 0.0015781289055016164, -0.0011060679805528248),
    (0.90625, 1.0570300995823219, 0.3116900905246184, -0.379390057516163, 0.04906175767020568, 0.09493651305975272, -0.031744610526602775, -0.012723335517537, 0.00736183485948621, 0.000940403559701849, -0.001150576561534847),
    (0.96875, 1.075042133407584, 0.2649314956184527, -0.3680461682073322, 0.07149771252917217, 0.08433458679777851, -0.03590131615501701, -0.009423266333874946, 0.007670436472683927, 0.0002961439880643168, -0.0011295561634846493),
    (1.03125, 1.0901813791078643, 0.2198431566395655, -0.35275340778170805, 0.09113705867050699, 0.07262900583582742, -0.038803927583440825, -0.00605792121779483, 0.007662694893985006, -0.00031873655488145786, -0.0010472380108949152),
    (1.09375, 1.1025669545489012, 0.17688492785367377, -0.33405893686526816, 0.10775302213020284, 0.060212834871115666, -0.04045339789649823, -0.0027612660906979943, 0.007359556869492047, -0.0008721727758207518),
    (1.15625, 1.1123445317659961, 0.13644599396423246, -0.3125432562291507, 0.12121641762740078, 0.04747122001121743, -0.04089861895048312, 0.00034608257017464925, 0.006802971511332191, -0.0013381430779589789),
    (1.21875, 1.1196818135410995, 0.09884183490386528, -0.2888022081931867, 0.13149186912311164, 0.034767309312996986, -0.040230299247009375, 0.003162498502238581, 0.006039200892218947, -0.0016986651849917398),
    (1.28125, 1.1247638894549805, 0.06431338290767089, -0.26343000052144805, 0.13863077484307587, 0.022430381905946668, -0.03857305521791237, 0.005609275125175461, 0.005123666546649537, -0.0019443839843301383),
    (1.34375, 1.1277886036784923, 0.033028208190387154, -0.23700380746083421, 0.14276163069402437, 0.010746644556438511, -0.03607637103892123, 0.007632674051893189, 0.004114306224342906, -0.002074502367421231),
    (1.40625, 1.1289620545267012, 0.005083507808039326, -0.21007037839568254, 0.14407841358283974, -4.706404349040388e-05, -0.03290514404928008, 0.009204114774714545, 0.003067490673211094, -0.002095883462902664),
    (1.46875, 1.1284943302036534, -0.019489373122634913, -0.18313494914004363, 0.14282775892558636, -0.009766637127622609, -0.029230479671506607, 0.010318698703774803, 0.0020345465135590554, -0.0020215605154334836),
    (1.53125, 1.126595567265481, -0.04071918697243101, -0.15665261421883853, 0.1392956477859411, -0.01828130164237854, -0.025221303343883793, 0.010992389472597565, 0.0010591228929795456, -0.001868892368561381),
    (1.59375, 1.1234723991871978, -0.058688106658065654, -0.13102218963126167, 0.13379425615127938, -0.025511784475943763, -0.021037220068224397, 0.011258248863665919, 0.00017551774362737607, -0.0016576079810037283),
    (1.65625, 1.1193248430358604, -0.07352443334264933, -0.10658248185495824, 0.1266495224064532, -0.03142648006750765, -0.016822896187362796, 0.01116215245588911, -0.000592036512098206, -0.001407955805790302),
    (1.71875, 1.1143436535149474, -0.08539497930890082, -0.0836107854027094, 0.11818987116322577, -0.03603611752553144, -0.012704081792851646, 0.010758387016495508, -0.0012292239867101656, -0.0011391235479122053),
    (1.78125, 1.1087081562800127, -0.09449738968329617, -0.06232336096287813, 0.10873640434928371, -0.03938743981600801, -0.008785251373243468, 0.010105473557649207, -0.0017307969168871185, -0.0008680325534812822),
    (1.84375, 1.102584556982546, -0.10105263254678871, -0.04287759974359566, 0.09859474478177085, -0.041556381933272823, -0.005148726013943956, 0.00926247907002671, -0.002099228244214797, -0.0006085497069937284),
    (1.90625, 1.0961247093408406, -0.10529784846328141, -0.025375555933168804, 0.08804860223686842, -0.042641178587862136, -0.0018550586822885119, 0.00828598951699881, -0.0023430732944527384, -0.00037110653417790255),
    (1.96875, 1.0894653148505022, -0.10747971027852013, -0.009868525583956195, 0.07735503365957884, -0.042755755321984154, 0.0010555837945381151, 0.007227828271637677, -0.0024752329280258705, -0.0001626752848723787),
    (2.03125, 1.0827275185634844, -0.10784840448766636, 0.0036376368274150697, 0.06674129139738247, -0.04202367036773393, 0.003561325016869587, 0.006133526507047773, -0.0025112785988969447, 1.29730465895131e-05),
    (2.09375, 1.0760168595847164, -0.10665230835945687, 0.01517674743783112, 0.05640309751592609, -0.040572787045334374, 0.005656042875160571, 0.005041490551013132, -0.0024679590732789368, 0.00015481428692436456),
    (2.15625, 1.0694235313631726, -0.10413340364841474, 0.024816316982135603, 0.04650414765388085, -0.03853077524285756, 0.007346637028565122, 0.003982768224784966, -0.0023619657133479863, 0.0002640044291074555),
    (2.21875, 1.063022905227014, -0.10052343893943326, 0.03265158048352468, 0.037176632256540706, -0.03602147056573871, 0.008650302116410111, 0.002981291469863217, -0.002208993301961082, 0.0003432751928000811),
    (2.28125, 1.0568762706308978, -0.09604082882361148, 0.038799703423809874, 0.028522563160879488, -0.033162064010984475, 0.009591960750666529, 0.0020544640503812974, -0.002023099708301583, 0.00039635152664159115),
    (2.34375, 1.051031746936997, -0.09088825920466378, 0.043394296394656535, 0.020615705669191627, -0.030061054536536274, 0.010201961627970992, 0.0012139676361287107, -0.0018163419611830314, 0.00042743415934656445),
    (2.40625, 1.045525323938014, -0.08525095380386384, 0.046580334570378454, 0.013503936666153809, -0.02681687116676276, 0.010514102967325346, 0.00046667352586090004, -0.00159864885072226, 0.0004407740899819912),
    (2.46875, 1.0403819914727384, -0.07929554689664683, 0.04850954700702767, 0.007211874497841983, -0.023517058699768542, 0.010564002794389725, -0.00018443285960944382, -0.0013778804085959816, 0.00044035160615327353),
    (2.53125, 1.035616922137998, -0.07316950089180464, 0.049336314359877384, 0.0017436532291083995, -0.020237919363130588, 0.010387806973108003, -0.0007393849153654671, -0.001160021341506802, 0.00042966081751736614),
    (2.59375, 1.0312366750589674, -0.06700100392891636, 0.049214092212875364, -0.002914259860896247, -0.017044509269974955, 0.0100212038854772, -0.0012004724869385918, -0.0009494572872397683, 0.0004115920116752065),
    (2.65625, 1.0272403927752907, -0.060899281609540834, 0.048292360534779075, -0.006790280817001309, -0.013990900587812253, 0.009498701003996957, -0.0015716101677588897, -0.0007492881945079894, 0.00038839822505877595),
    (2.71875, 1.0236209674027206, -0.054955257735434596, 0.046714087261866745, -0.009925016431545308, -0.01112063546490862, 0.008853112413691364, -0.0018578438624762496, -0.0005616408976705472, 0.0003617289165089106),
    (2.78125, 1.0203661562407185, -0.0492425010249927, 0.0446136849554146, -0.012368702923561648, -0.008467313818741214, 0.008115206360464387, -0.002064988565650935, -0.00038795196586257486, 0.0003327121122415361),
    (2.84375, 1.0174596308445085, -0.04381839783097151, 0.0421154331474417, -0.014178803710479814, -0.006055272364337085, 0.007313466662989599, -0.002199379700847162, -0.0002292012634345757, 0.0003020664519948256),
    (2.90625, 1.0148819472154698, -0.0387254945938681, 0.03933233465947011, -0.015417785161216868, -0.003900325504201816, 0.006473929799805805, -0.002267713802236872, -8.608566475651554e-05, 0.00027022585787171835),
    (2.96875, 1.0126114281522631, -0.03399295792517305, 0.03636537123843079, -0.016151083243712186, -0.002010549144273296, 0.0056200692009000085, -0.002276951521743343, 4.086951921512591e-05, 0.00023746177955984033),
    (3.03125, 1.010624951923443, -0.02963810468154658, 0.03330312181314966, -0.01644527022576614, -0.00038709580911604473, 0.004772708407578412, -0.0022342564254185463, 0.0001512570294206358, 0.00020399089290274174),
    (3.09375, 1.0088986442543124, -0.02566795907526487, 0.03022170519126502, -0.016366428270993733, 0.0009749663455010332, 0.0039499542011939654, -0.0021469461676074018, 0.00024478245877326734, 0.0001700595093887799),
    (3.15625, 1.0074084731547432, -0.022080798712299527, 0.027185007890493995, -0.015978735160131343, 0.002085796524439012, 0.0031671486843274487, -0.0020224376650206845, 0.0003212942850471521, 0.00013599955321813708),
    (3.21875, 1.006130748341747, -0.01886765641816051, 0.024245156957274357, -0.01534326584968772, 0.0029599128338377236, 0.0024368450577218776, -0.001868174052067009, 0.00038083438421880085, 0.00010225452839990799),
    (3.28125, 1.0050425289241947, -0.016013749766687412, 0.021443197097273523, -0.01451701170682257, 0.003615320986073948, 0.0017688151970697695, -0.0016915277080320342, 0.00042369431889106873, 6.937717302764684e-05),
    (3.34375, 1.0041219446131917, -0.01349981532390361, 0.018809931320192683, -0.013552116768760208, 0.0040726515282825115, 0.0011700981007766221, -0.0014996797937358323, 0.00045046425638872815, 3.800323773858908e-05),
    (3.40625, 1.003348436999331, -0.01130332969933002, 0.01636688471151149, -0.012495327189785906, 0.004354319645103522, 0.0006450970843343798, -0.0012994647219316282, 0.0004620762254416389),
    (3.46875, 1.002702928400663, -0.009399604486312906, 0.0141273520105807, -0.011387646247882865, 0.004483723726562239, 0.0001957308923156654, -0.0010973093991387144, 0.00045975014751555655, -1.7548115510299055e-05),
    (3.53125, 1.0021679264411492, -0.007762746982535107, 0.012097491492521954, -0.01026418310634903, 0.004484499566302208, -0.00017836067019513059, -0.0008989175659112142, 0.0004450938033789956, -4.047340991546113e-05),
    (3.59375, 1.0017275728828086, -0.006366483114672552, 0.010277430264892955, -0.009154179272094885, 0.004379847271725025, -0.00047955930617018643, -0.0007093133554918877, 0.0004199339729297952, -5.9497133771158365e-05),
    (3.65625, 1.001367645326159, -0.005184843148100604, 0.0086623494818192, -0.008081192705584156, 0.0041919454654433036, -0.00071196751753114, -0.0005326529398571187, 0.00038630636742982956, -7.430824147148936e-05),
    (3.71875, 1.0010755202393278, -0.004192714450886615, 0.00724352206541954, -0.007063416156852446, 0.003941464907388274, -0.0008810756814615079, -0.0003721741099381934, 0.00034635673924608067, -8.478031830761133e-05),
    (3.78125, 1.0008401054081897, -0.0033662687223442894, 0.006009280165956533, -0.006114103811962737, 0.003647189335769119, -0.0009934111959766423, -0.00023016875726737069, 0.0003022458681147019, -9.09795891327152e-05),
    (3.84375, 1.000651749354253, -0.002683273632219212, 0.004945894600199618, -0.005242078940656113, 0.0033257467450712517, -0.0010561851573537332, -0.00010799721423835683, 0.00025605473503645686, -9.31563432599284e-05),
    (3.90625, 1.000502134582699, -0.0021233007146636727, 0.0040383536651213935, -0.004452295042937618, 0.002991449438796649, -0.0010769520287913408, -6.14261057175704e-06, 0.00020969775209594087, -9.172173215932566e-05),
    (3.96875, 1.0003841607401707, -0.0016678426170157982, 0.003271033804594093, -0.003746423998709854, 0.002656236536417495, -0.0010632964547532691, 7.569977307760173e-05, 0.00016485057755629407, -8.721325777455155e-05),
))
_M = _InverseSquare(7.0, 0.022050269202673087, (
    0.3892633044046796, -0.4844181928860161, -2.3429404306384773, -14.480339156142204, -90.71165109203196, -615.1834835606162, -4156.400953854294, -29694.464871255546, -207563.32791512323, -1544784.4622049613, -10880175.04316026, -85172010.79911324, -579607540.9872773, -4960604376.129686, -29644325484.658787, -409300571010.1736, -624180716651.0184,
))
_N = _InverseSquare(5.0, 0.02412105028927459, (
    0.38827794336457966, -0.4905462683351416, -2.2521963039534194, -11.380049532145954, -58.2037776684349, -306.73139785179495, -1616.1504503653687, -8716.296774025608, -46408.73903177484, -255918.29452005727, -1349447.2658140669, -7792421.505965809, -38278339.14220046, -256974971.71217704, -737553174.7777008, -14946203334.968359,
))
_GELU_NEG32 = _Table(_DIRECT, (
    (0.0, 0.0, -0.4999999999814579, 0.3989422655673885, 1.8989874683964235e-06, -0.06657547601909361, 0.0015567838617082791),
    (0.09375, -0.04337380082265635, -0.42541703519960605, 0.39544748053420997, -0.024770013539167565, -0.06516772809671896, 0.005554261997261011),
    (0.15625, -0.0684246848734369, -0.3763395484328933, 0.3892911623194183, -0.04080172577870043, -0.06287370246419438, 0.009097163873238287),
    (0.21875, -0.09043614975004022, -0.3282169648892753, 0.38019120642213083, -0.05612408608267907, -0.059506946006631804, 0.012405860073296358),
    (0.28125, -0.10947918617076437, -0.2814078978357408, 0.3683051423865851, -0.07047908312505713, -0.055153774278903556, 0.015397829764198442),
    (0.34375, -0.12564652123701683, -0.23624833625105945, 0.3538366574899009, -0.08363338807380409, -0.04992469642981151, 0.01800115296065864),
    (0.40625, -0.13905103049645637, -0.19304618714679112, 0.3370304288670561, -0.09538396017881717, -0.04395073734077047, 0.020156769725141438),
    (0.46875, -0.14982383039853972, -0.1520765258049272, 0.31816599604372414, -0.10556265072578104, -0.037379133847735245, 0.021820214865418158),
    (0.53125, -0.15811209888208616, -0.11357766157287504, 0.2975508750364414, -0.11403967019243932, -0.03036857927122789, 0.022962766391468804),
    (0.59375, -0.16407667774595505, -0.07774810030214858, 0.2755131363028039, -0.12072582908094107, -0.023084205453297743, 0.023571973922444735),
    (0.65625, -0.16788951463459562, -0.04474445586966281, 0.25239368110865557, -0.1255735111725978, -0.01569249754957425, 0.023651562173214354),
    (0.71875, -0.1697310048242916, -0.014680333606927644, 0.22853845404119938, -0.12857638660778317, -0.008356333877980019, 0.02322073303954985),
    (0.78125, -0.16978729349859226, 0.012373820981245898, 0.2042908235734011, -0.12976791902455745, -0.0012303315898817974, 0.022312916155815415),
    (0.84375, -0.16824759789784002, 0.03638994300709402, 0.17998434831387716, -0.12921876394365658, 0.005543340347746539, 0.02097404079488793),
    (0.90625, -0.1653016057287814, 0.05738069921131652, 0.1559361247571928, -0.12703319287454226, 0.011838545162808883, 0.01926042052875175),
    (0.96875, -0.16113700169565714, 0.07539705268319993, 0.13244088418608202, -0.12334470779278157, 0.01754805437029101, 0.017236355374477017),
    (1.03125, -0.1559371681829995, 0.09052514370967897, 0.10976597330687617, -0.11831103266627674, 0.022585645094248197, 0.014971563747813417),
    (1.09375, -0.14987909923994053, 0.10288260374802226, 0.08814731681286654, -0.11210868199395439, 0.026887383288358234, 0.012538558311575323),
    (1.15625, -0.14313155936934477, 0.11261442942202377, 0.06778642202647746, -0.10492731072633887, 0.030412092708311692, 0.010010075948024473),
    (1.21875, -0.13585351050866462, 0.11988854857366701, 0.04884844771365045, -0.09696404576137624, 0.03314104265358169, 0.007456663116980765),
    (1.28125, -0.1281928222992019, 0.12489120938416895, 0.03146132107134591, -0.08841195141188923, 0.0350785258861932),
    (1.34375, -0.12028527256259565, 0.12782233067125434, 0.015715864369091295, -0.07948195553198369, 0.036243678166620406),
    (1.40625, -0.11225383709260112, 0.12889090827242747, 0.001666829763086657, -0.07035294237678971, 0.036678165158205496),
    (1.46875, -0.104208260672892, 0.12831062371176133, -0.010665227658824853, -0.061200970054569814, 0.036436975145118934),
    (1.53125, -0.09624489481419816, 0.12629572100133588, -0.02129138374045947, -0.052186777688940394, 0.035587208591556306),
    (1.59375, -0.08844678223887838, 0.12305724198359548, -0.030251209336275595, -0.043446798899969025, 0.03420412474101675, -0.005188471868299168),
    (1.65625, -0.08088396371173888, 0.11879968902332358, -0.03760921280634717, -0.035115010328114246, 0.032372032252102924, -0.006493202820597257),
    (1.71875, -0.07361397948859869, 0.11371813827213235, -0.043450988469127864, -0.027288901341201863, 0.030175171244613646, -0.007522833592801099),
    (1.78125, -0.06668253542703938, 0.10799585703820963, -0.04787922919080369, -0.020048930127658893, 0.02769922745310286, -0.008280454961793452),
    (1.84375, -0.060124302661314785, 0.10180241650248682, -0.05100971709258324, -0.013454347770647452, 0.025027722883270046, -0.008776653796575102),
    (1.90625, -0.05396381960274141, 0.09529230141030125, -0.05296741566280796, -0.007544018696039518, 0.022239848049326123, -0.009028372416763072),
    (1.96875, -0.04821646580145354, 0.08860399660598052, -0.05388276365954325, -0.002337737017710102, 0.019408668975608667, -0.009057660781626118),
    (2.03125, -0.04288947877033928, 0.08185951974867343, -0.05388825477158376, 0.0021620583476320556, 0.01659973278016351, -0.008890382852725797),
    (2.09375, -0.03798298709230947, 0.07516436020860104, -0.053115368383798905, 0.005968270531936552, 0.013870077173172988, -0.008554933705077853),
    (2.15625, -0.03349103586273957, 0.06860777715612403, -0.05169189791462408, 0.009106933470060117, 0.011267632555621337, -0.008081017061899155),
    (2.21875, -0.029402583612984645, 0.06226340520393057, -0.04973970483770852, 0.011614897821875561, 0.008830991168128046, -0.007498524487577505),
    (2.28125, -0.025702453175331718, 0.05619011353704433, -0.04737290933226697, 0.013537501439977615, 0.006589506302956664, -0.006836548099443892),
    (2.34375, -0.022372222350848285, 0.05043306408280384, -0.04469651306299554, 0.014926301386252524, 0.004563676153100087, -0.006122548937047112),
    (2.40625, -0.01939104360891523, 0.04502491569180036, -0.04180543626601098, 0.0158369323954186, 0.002765761454766684, -0.005381693591281817),
    (2.46875, -0.016736385276865006, 0.03998712423872232, -0.03878394036654739, 0.016327143590163393, 0.0012005835520667437, -0.004636362801504164),
    (2.53125, -0.01438468968460678, 0.03533129270361547, -0.03570539889644244, 0.016455051863445716, -0.00013355038467374364, -0.0039058278399669312),
    (2.59375, -0.012311946446330197, 0.031060530346627813, -0.032632373511148935, 0.016277637273691265, -0.0012438458803666276, -0.0032060838807440968),
    (2.65625, -0.010494181442639416, 0.027170785737551297, -0.029616948317191992, 0.015849493564430082, -0.0021419900850714775, -0.0025498243525994336),
    (2.71875, -0.008907864083612481, 0.023652124359453013, -0.026701274315145757, 0.015221835927131071, -0.00284313216359689, -0.0019465365614898798),
    (2.78125, -0.007530237075153969, 0.020489927516330348, -0.023918276278545873, 0.014441758664891665, -0.003364909647150189, -0.0014026966101733942),
    (2.84375, -0.006339574181437476, 0.017665995116627732, -0.021292476520172143, 0.01355172766226099, -0.0037265482096344353, -0.0009220407376375905),
    (2.90625, -0.005315372391652984, 0.015159540396059469, -0.018840893415170774, 0.01258928659442778, -0.003948055199856301, -0.0005058904906811741),
    (2.96875, -0.004438485486193538, 0.012948069690213681, -0.01657397671819797, 0.011586764227495494, -0.004049729480371531),
    (3.03125, -0.0036912062895524842, 0.011008144372592128, -0.014496548183300923, 0.010572434447881087, -0.0040507012289811755),
    (3.09375, -0.0030573049343775097, 0.009316027444906068, -0.012608716947266977, 0.009567990147071843, -0.003969702511023579, 0.00037094329127426896),
    (3.15625, -0.0025220302828061537, 0.007848216645525144, -0.010906751328896397, 0.008592385966685276, -0.003824322172168124, 0.0005514642835670095),
    (3.21875, -0.002072081302324524, 0.006581873858206614, -0.009383888975654764, 0.0076595884223152515, -0.003630097655482109, 0.0006844362173702464),
    (3.28125, -0.0016955547129226427, 0.005495156952175582, -0.008031072020468412, 0.006780019215224866, -0.0034010015642579475, 0.0007755685400187494),
    (3.34375, -0.00138187464885001, 0.004567464951998835, -0.00683760197769878, 0.005960831949424027, -0.0031491995470308157, 0.000830680144731405),
    (3.40625, -0.0011217094479626195, 0.003779606587290746, -0.005791710007064955, 0.005206365538588781, -0.002885049255941718, 0.0008554939437480036),
    (3.46875, -0.0009068800237873025, 0.003113902858630045, -0.004881042618822787, 0.004518590360734455, -0.0026171568735471225, 0.0008554737077513887),
    (3.53125, -0.0007302636165914413, 0.00255423405153453, -0.004093065426721094, 0.0038975344034149566, -0.002352478234096388, 0.0008357014217702709),
    (3.59375, -0.0005856960808557853, 0.002086041167545862, -0.0034153896482038994, 0.003341679799645854, -0.0020964523355452994, 0.0008007920437122079),
    (3.65625, -0.00046787526400021695, 0.001696291053212762, -0.00283602757342902, 0.0028483230712539743, -0.001853156171528905, 0.0007548415907658775),
    (3.71875, -0.00037226747693275405, 0.0013734136622368988, -0.00234358422863054, 0.0024138949966878054, -0.0016254711866579934, 0.0007014038900518485),
    (3.78125, -0.00029501855886611823, 0.0011072189441169316, -0.0019273930092139522, 0.002034238258216089, -0.0014152531642404218, 0.0006434910686576299),
    (3.84375, -0.0002328706012155249, 0.0008887998667029632, -0.00157760322400617, 0.0017048428781794088, -0.001223498898569288, 0.0005835928718638963),
    (3.90625, -0.0001830850196001324, 0.0007104270936284586, -0.0012852273463618848, 0.0014210409262800428, -0.0010505045071264147, 0.0005237101305508579),
    (3.96875, -0.00014337234792621855, 0.000565439885162142, -0.0010421553806184817, 0.0011781630876103193, -0.0008960116419701255, 0.0004653980932311255),
))
_GELU_POS32 = _Table(_DIRECT, (
    (0.0, 0.0, 0.5000000000185422, 0.3989422655673885, 1.8989874683964235e-06, -0.06657547601909361, 0.0015567838617082791),
    (0.09375, 0.05037619917734365, 0.574582964800394, 0.39544748053420997, -0.024770013539167565, -0.06516772809671896, 0.005554261997261011),
    (0.15625, 0.0878253151265631, 0.6236604515671067, 0.3892911623194183, -0.04080172577870043, -0.06287370246419438, 0.009097163873238287),
    (0.21875, 0.12831385024995978, 0.6717830351107247, 0.38019120642213083, -0.05612408608267907, -0.059506946006631804, 0.012405860073296358),
    (0.28125, 0.17177081382923562, 0.7185921021642592, 0.3683051423865851, -0.07047908312505713, -0.055153774278903556, 0.015397829764198442),
    (0.34375, 0.21810347876298317, 0.7637516637489405, 0.3538366574899009, -0.08363338807380409, -0.04992469642981151, 0.01800115296065864),
    (0.40625, 0.2671989695035436, 0.8069538128532089, 0.3370304288670561, -0.09538396017881717, -0.04395073734077047, 0.020156769725141438),
    (0.46875, 0.31892616960146025, 0.8479234741950729, 0.31816599604372414, -0.10556265072578104, -0.037379133847735245, 0.021820214865418158),
    (0.53125, 0.37313790111791384, 0.8864223384271249, 0.2975508750364414, -0.11403967019243932, -0.03036857927122789, 0.022962766391468804),
    (0.59375, 0.4296733222540449, 0.9222518996978514, 0.2755131363028039, -0.12072582908094107, -0.023084205453297743, 0.023571973922444735),
    (0.65625, 0.4883604853654184, 0.9552555370814863, 0.25239368099415493, -0.1255446394508619, -0.015692380305813186),
    (0.71875, 0.5490189951757609, 0.9853196594726275, 0.22853845361137387, -0.12854804081271612, -0.008355893743963276),
    (0.78125, 0.6114627065014956, 1.0123738143313636, 0.20429082285368566, -0.12974068142114964, -0.001229594610675569),
    (0.84375, 0.6755024021022792, 1.0363899367562428, 0.1799843473370174, -0.12919316073011963, 0.005544340641067693),
    (0.90625, 0.7409483942713645, 1.0573806934711811, 0.15593612356179848, -0.1270096815060598, 0.011839769234282824),
    (0.96875, 0.8076129983045103, 1.0753970475463017, 0.1324408828150363, -0.12332366723236894, 0.01754945830806468),
    (1.03125, 0.8753128318171838, 1.0905251392477604, 0.10976597180567288, -0.11829275677050452, 0.02258718231311645),
    (1.09375, 0.9438709007602529, 1.1028826000112153, 0.08814731522794761, -0.11209337610202218, 0.026889006232232813),
    (1.15625, 1.0131184406308533, 1.112614426438782, 0.06778642040363815, -0.10491509138642681, 0.030413754483254552),
    (1.21875, 1.0828964894915327, 1.1198885463514194, 0.048848446096572976, -0.0969549434045894, 0.03314269852938397),
    (1.28125, 1.153057177700798, 1.124891209384169, 0.03146132107134591, -0.08841195141188923, 0.0350785258861932),
    (1.34375, 1.2234647274374044, 1.1278223306712543, 0.015715864369091295, -0.07948195553198369, 0.036243678166620406),
    (1.40625, 1.2939961629073988, 1.1288909082724274, 0.001666829763086657, -0.07035294237678971, 0.036678165158205496),
    (1.46875, 1.364541739327108, 1.1283106237117613, -0.010665227658824853, -0.061200970054569814, 0.036436975145118934),
    (1.53125, 1.435005105185802, 1.1262957210013358, -0.02129138374045947, -0.052186777688940394, 0.035587208591556306),
    (1.59375, 1.5053032177612335, 1.1230572435299526, -0.03025121025259753, -0.043453132582071355, 0.03420506305289481),
    (1.65625, 1.5753660362883517, 1.1187996909585223, -0.03760921354852427, -0.03512293670129713, 0.03237279224128764),
    (1.71875, 1.6451360205114707, 1.113718140514184, -0.043450989036526395, -0.02729808458673275, 0.03017575226199681),
    (1.78125, 1.7145674645730091, 1.1079958595060473, -0.04787922958788577, -0.0200590382000806, 0.02769963406771401),
    (1.84375, 1.783625697338714, 1.1018024191181988, -0.051009717328229134, -0.013465061548343243, 0.025027964188262294),
    (1.90625, 1.8522861803972692, 1.0952923041010252, -0.052967415749550016, -0.007555039739390408, 0.022239936877605934),
    (1.96875, 1.9205335341985408, 1.0886039993054262, -0.0538827636127517, -0.00234879380402304, 0.019408621066048296),
    (2.03125, 1.988360521229641, 1.0818595223982588, -0.05388825460864191, 0.002151205768363792, 0.016599565933044687),
    (2.09375, 2.055767012907659, 1.0751643627582068, -0.05311536812330185, 0.00595782744731747, 0.0138698104296497),
    (2.15625, 2.122758964137219, 1.0686077795644837, -0.05169189757562985, 0.009097068907858788, 0.011267285430929818),
    (2.21875, 2.189347416386967, 1.062263407438686, -0.04973970443906507, 0.011605744320775123, 0.008830582962407128),
    (2.28125, 2.2555475468246144, 1.0561901155745081, -0.047372908892032106, 0.013529156025520144, 0.006589055507263773),
    (2.34375, 2.321377777649095, 1.0504330659074728, -0.04469651259796082, 0.014918827561962186, 0.004563199961884751),
    (2.40625, 2.386858956391027, 1.0450249172956712, -0.041805435791334666, 0.015830362943705018, 0.0027652753900187744),
    (2.46875, 2.4520136147230773, 1.039987125620462, -0.0387839398954962, 0.01632148397308049, 0.001200101198859269),
    (2.53125, 2.5168653103153376, 1.0353312938676347, -0.03570539844023716, 0.016450284018485112, -0.00013401753627395417),
    (2.59375, 2.581438053553617, 1.0310605313021035, -0.032632373078905236, 0.01627372361297691, -0.0012442884959063078),
    (2.65625, 2.6457558185573116, 1.027170786497444, -0.02961694791594493, 0.015846381005213184, -0.0021424009606246376),
    (2.71875, 2.709842135916343, 1.0236521249395503, -0.02670127394994456, 0.01521945980555035, -0.002843506128709647),
    (2.78125, 2.7737197629248063, 1.0204899279343496, -0.023918275952604616, 0.01444004641178624, -0.0033652434105564807),
    (2.84375, 2.8374104258185278, 1.0176659953914, -0.021292476235061728, 0.013550602147750175, -0.0037268401626626905),
    (2.90625, 2.900934627608317, 1.0151595405468097, -0.018840893171038205, 0.012588669075545136, -0.0039483051919111676),
    (2.96875, 2.9643115145138066, 1.0129480696902138, -0.01657397671819797, 0.011586764227495494, -0.004049729480371531),
    (3.03125, 3.0275587937104476, 1.0110081443725922, -0.014496548183300923, 0.010572434447881087, -0.0040507012289811755),
    (3.09375, 3.0906926950656066, 1.0093160273343422, -0.01260871681622194, 0.009568442977945851, -0.003969836702069257),
    (3.15625, 3.1537279697171816, 1.0078482164811633, -0.010906751229836408, 0.00859305915814524, -0.0038244236106136638),
    (3.21875, 3.216677918697667, 1.0065818736542176, -0.009383888905034702, 0.007660423930948393, -0.003630169971482942),
    (3.28125, 3.2795544452870717, 1.0054951567210286, -0.008031071974599287, 0.006780965967248655, -0.0034010485352981372),
    (3.34375, 3.342368125351147, 1.0045674647044287, -0.00683760195289188, 0.005961845974271704, -0.00314922495031878),
    (3.40625, 3.4051282905520366, 1.003779606332327, -0.005791709999748914, 0.0052074098517296595, -0.0028850567485303714),
    (3.46875, 3.4678431199762136, 1.0031139026036737, -0.004881042625634172, 0.004519634647324256, -0.0026171498995731964),
    (3.53125, 3.5305197363834107, 1.002554233802472, -0.004093065444570097, 0.003898554552235248, -0.0023524599575105247),
    (3.59375, 3.5931643039191474, 1.0020860409288883, -0.0034153896743174643, 0.003342657332990456, -0.00209642559595019),
    (3.65625, 3.6557821247360036, 1.0016962908282505, -0.0028360276053742174, 0.0028492445114459844, -0.0018531234602424962),
    (3.71875, 3.718377732523072, 1.001373413453201, -0.002343584264321271, 0.0024147512042178598, -0.0016254346398474776),
    (3.78125, 3.7809549814411385, 1.001107218752341, -0.001927393046904136, 0.0020350237704806094, -0.0014152145698981815),
    (3.84375, 3.8435171293987893, 1.0008887996927787, -0.0015776032622724803, 0.0017055552718023695, -0.0012234597141882319),
    (3.90625, 3.9060669149804044, 1.000710426937551, -0.0012852273840789049, 0.0014216802202900653, -0.00105046588514214),
    (3.96875, 3.968606627652078, 1.0005654397464634, -0.0010421554169288449, 0.0011787311995146924, -0.0008959744603352625),
))
_GELU_PRIME_NEG32 = _Table(_DIRECT, (
    (0.0, 0.49999999999994826, -0.7978845607435089, -1.0813713060378978e-08, 0.26596222087118665, -1.9399581084519913e-05, -0.05963283192588409),
    (0.09375, 0.4254170351997595, -0.7908949714554043, 0.07431003873156426, 0.26072763780931785, -0.02776873507709386, -0.05808599632758031),
    (0.15625, 0.3763395484331433, -0.7785823344820063, 0.12240517426412467, 0.2515485654203621, -0.04548162513526127, -0.055044918531564985),
    (0.21875, 0.32821696488961344, -0.7603824218948279, 0.1683722540937689, 0.238077211054021, -0.062023628460661666, -0.050612581058673715),
    (0.28125, 0.2814078978361556, -0.736610292809002, 0.21143724427774743, 0.22065898251199065, -0.07698218920508189, -0.044938056625178864),
    (0.34375, 0.2362483362515373, -0.7076733218125628, 0.2509001583496138, 0.1997361009467607, -0.08999774791713312, -0.0382103275405229),
    (0.40625, 0.19304618714731642, -0.6740608632150104, 0.2861518740818167, 0.1758328818397933, -0.10077503597950076, -0.030650527527401553),
    (0.46875, 0.1520765258054831, -0.6363319961113832, 0.3166879453464681, 0.14953851114112027, -0.10909174799039002, -0.022502983897575386),
    (0.53125, 0.11357766157344419, -0.5951017525808541, 0.34211900358371544, 0.1214880138901918, -0.11480428344277108, -0.014025490566442207),
    (0.59375, 0.0777481003027137, -0.5510262735853279, 0.36217748029871705, 0.09234217256168273, -0.11785038867306301, -0.005479271029946413),
    (0.65625, 0.04474445587020738, -0.5047873617020513, 0.37672052682622376, 0.0627671765808006, -0.11824867471694674, 0.0028809059607410865),
    (0.7517915246935645, -6.453751729367753e-18, -0.431493992418631, 0.388284937527021, 0.018194859850999286, -0.11420243681395936, 0.011486585432024052),
    (0.7517915246935645, -6.453751729367753e-18, -0.4314939923185833, 0.38828496641450194, 0.01820244709275703, -0.1141485656375349, 0.017565054950372763),
    (0.84375, -0.03638994300669443, -0.3599686922318692, 0.38765628692081877, -0.022197367899346045, -0.10486350002297636, 0.02458212046037487),
    (0.90625, -0.0573806992109856, -0.3118722441350932, 0.38109957455731647, -0.047383557776573784, -0.09629655080276862, 0.03008157214918701),
    (0.96875, -0.07539705268294346, -0.2648817622024392, 0.3700341202268037, -0.07022591136189266, -0.08617747398280005, 0.03450189300655994),
    (1.03125, -0.0905251437094999, -0.219531939858318, 0.3549330957985431, -0.09037947299106794, -0.07485481461470107, 0.037777382719767466),
    (1.09375, -0.10288260374792084, -0.17629462649357863, 0.3363260447355882, -0.10758848317667775, -0.0626910899656059, 0.03988417894376458),
    (1.15625, -0.11261442942199762, -0.1355728367501597, 0.3147819318578332, -0.12168825283131768, -0.05004994119489558, 0.040838551053517726),
    (1.21875, -0.11988854857371149, -0.09769688815043535, 0.2908921378306385, -0.13260391107990852, -0.037284061720481446, 0.04069366979450916),
    (1.28125, -0.12489121085782746, -0.06292263821509277, 0.2652539627735694, -0.14034627761594765, -0.024724341986342626, 0.039535095526457495),
    (1.34375, -0.12782233142643912, -0.03143172501522926, 0.2384551466429353, -0.14500521040143316, -0.012670586951802275, 0.03747527326655023),
    (1.40625, -0.12889090835487174, -0.003333656084171854, 0.21105984063641484, -0.14674085694435368, -0.0013840678112388522, 0.034647350185247124),
    (1.46875, -0.12831062318014955, 0.021330458417028495, 0.1835963782233611, -0.14577329026826824, 0.008917931065331963, 0.031198640332332387),
    (1.53125, -0.1262957199244795, 0.04258277019139409, 0.1565471012134654, -0.14237103829778233, 0.018065509585535693, 0.027284053019642398),
    (1.59375, -0.12305724198388342, 0.06050242279600252, 0.13034040023787113, -0.13683901836347645, 0.025937528889054717, 0.023059777275483338),
    (1.65625, -0.11879968902361715, 0.07521842895249155, 0.1053450345917852, -0.12950636874079158, 0.03246108878548278, 0.018677477710456854),
    (1.71875, -0.11371813827242255, 0.08690197949154721, 0.08186670758953948, -0.12071462945763177, 0.03760929931448264, 0.01427921014627412),
    (1.78125, -0.10799585703848846, 0.09575846016847302, 0.06014679380917165, -0.11080666868575303, 0.04139759694369566, 0.009993211920025566),
    (1.84375, -0.10180241650274752, 0.10201943524556772, 0.040363046515157264, -0.10011668302570957, 0.04387889555322048, 0.005930665415478219),
    (1.90625, -0.09529230141026172, 0.10593483106532511, 0.02263205673553721, -0.08895885905117051, 0.045140204701290404),
    (1.96875, -0.0886039966059456, 0.1077655274593881, 0.007013211625059269, -0.07763496316035817, 0.045286839776088245),
    (2.03125, -0.08185951974885254, 0.1077765088099214, -0.006486172841956126, -0.06639492704568607, 0.044448909253496885, -0.004099910742226048),
    (2.09375, -0.07516436020874843, 0.10623073559535307, -0.0179048097846104, -0.055473907110277644, 0.04277219563553077, -0.00655495195617251),
    (2.15625, -0.06860777715623952, 0.10338379430376622, -0.027320798991029224, -0.04506219948904446, 0.040403147690888735, -0.00853040566820688),
    (2.21875, -0.062263405204015014, 0.09947940788151395, -0.0348446924278938, -0.03531416798340881, 0.03749120557801709, -0.010031555486440146),
    (2.28125, -0.0561901135370995, 0.09474581668347001, -0.0406125036420976, -0.026347206345903873, 0.03418181501415012, -0.01107828246138029),
    (2.34375, -0.050433064082832164, 0.08939302403332848, -0.04477890381061918, -0.01824327623141352, 0.03061226934573764, -0.011702448952921657),
    (2.40625, -0.045024915691804834, 0.083610870395973, -0.04751079713119127, -0.011051380447236761, 0.02690839275876492, -0.011945154263162549),
    (2.46875, -0.03998712423870627, 0.07756787861335974, -0.048981430967656156, -0.004790757885238949, 0.02318208318774495, -0.011853997134497),
    (2.53125, -0.035331292703582394, 0.07141079573995732, -0.04936515599672885, 0.0005454130521154098, 0.019529694042818232, -0.011480461758277216),
    (2.59375, -0.031060530346581235, 0.06526474507719829, -0.048832912393373104, 0.004986006198049375, 0.016031200766395935, -0.010877522138525917),
    (2.65625, -0.02717078573749464, 0.05923389482877009, -0.047548481389454215, 0.008577821284490849, 0.012750072243251706, -0.010097536137257838),
    (2.71875, -0.02365212435938949, 0.05340254698688479, -0.04566550856195379, 0.011381503773238159, 0.009733748518619306, -0.009190476794905027),
    (2.78125, -0.020489927516262878, 0.04783655109035543, -0.043325276823738136, 0.013467648889062255, 0.007014614985899888, -0.008202525872118092),
    (2.84375, -0.017665995116558888, 0.04258495175734737, -0.040655183832731256, 0.01491319970947045, 0.004611358678947753, -0.007175034047790791),
    (2.90625, -0.01515954039599144, 0.03768178573174543, -0.037767860619199144, 0.015798220623324203, 0.0025305937484110487, -0.006143834604757008),
    (2.96875, -0.012948069644414946, 0.033147952925901635, -0.034760855591303874, 0.01620309993692625, 0.0007686496250527727, -0.0051388832287846894),
    (3.03125, -0.011008144413530497, 0.02899309595095102, -0.03171680041871241, 0.016206209990127098, -0.0006865743272636014, -0.004184185958972776),
    (3.09375, -0.009316027444849703, 0.025217433304832646, -0.028703971133820207, 0.01588203067372215, -0.001853770823415049, -0.0032979703392278853),
    (3.15625, -0.007848216645474502, 0.021813502212024334, -0.025777158522337938, 0.01529972326018087, -0.002756471797133945, -0.0024930512115707145),
    (3.21875, -0.006581873858162071, 0.018767777633520798, -0.02297876581427942, 0.014522126256706286, -0.0034214337944839888, -0.0017773419885616763),
    (3.28125, -0.005495156952137252, 0.01606214383452731, -0.02034005811667551, 0.013605133612719054, -0.0038771996263155667, -0.0011544641638070018),
    (3.34375, -0.004567464951966611, 0.013675203843768009, -0.017882496244242683, 0.012597407916117149, -0.004152860090423814, -0.0006244117264662053),
    (3.40625, -0.0037796065872643483, 0.011583419981209136, -0.01561909694014104, 0.011540376892096879, -0.00427702683714931, -0.0001842324811077374),
    (3.46875, -0.0031139028586090645, 0.0097620852682981, -0.013555771340017111, 0.010468460161237963, -0.00427701653461082, 0.00017130549947154384),
    (3.53125, -0.002554234051518466, 0.008186130933763861, -0.011692603407642924, 0.009409474336381741, -0.004178237592003188, 0.0004490874336292871),
    (3.59375, -0.00208604116753416, 0.006830779413919859, -0.010025039542738931, 0.008385167625271691, -0.0040037638789349, 0.000657083941262606),
    (3.65625, -0.0016962910532048422, 0.005672055290612302, -0.008544969311084201, 0.007411839643842848, -0.003774075073664799, 0.0008038539998545304),
    (3.71875, -0.0013734136622321833, 0.004687168617870101, -0.007241685048012305, 0.00650100764710554, -0.003506940327996637, 0.0008981254148957996),
    (3.78125, -0.001107218944114863, 0.0038547861880343266, -0.006102714800071602, 0.005660086412238828, -0.0032174206294249825, 0.0009484546375208496),
    (3.84375, -0.0008887998667030202, 0.003155206620211207, -0.005114528633841359, 0.00489305518453139, -0.0029179653084685474, 0.0009629638104886218),
    (3.90625, -0.0007104270936301665, 0.0025704548624507174, -0.004263122757857469, 0.0042010911126033786, -0.002618579299028484, 0.0009491498823333246),
    (3.96875, -0.0005654398851650788, 0.0020843109246338563, -0.003534489226747046, 0.0035831542171346348, -0.0023270397309464058, 0.0009137584691422841),
))
_GELU_PRIME_POS32 = _Table(_DIRECT, (
    (0.0, 0.5000000000000517, 0.7978845607435089, 1.0813713060378978e-08, -0.26596222087118665, 1.9399581084519913e-05, 0.05963283192588409),
    (0.09375, 0.5745829648002405, 0.7908949714554043, -0.07431003873156426, -0.26072763780931785, 0.02776873507709386, 0.05808599632758031),
    (0.15625, 0.6236604515668567, 0.7785823344820063, -0.12240517426412467, -0.2515485654203621, 0.04548162513526127, 0.055044918531564985),
    (0.21875, 0.6717830351103866, 0.7603824218948279, -0.1683722540937689, -0.238077211054021, 0.062023628460661666, 0.050612581058673715),
    (0.28125, 0.7185921021638444, 0.736610292809002, -0.21143724427774743, -0.22065898251199065, 0.07698218920508189, 0.044938056625178864),
    (0.34375, 0.7637516637490201, 0.7076733104247759, -0.25090016291656664, -0.19968945717750747, 0.09000242443405983),
    (0.40625, 0.8069538128532965, 0.6740608540802846, -0.28615187910208656, -0.17579546643110908, 0.10078017668978785),
    (0.46875, 0.8479234741951654, 0.6363319894048836, -0.31668795065936917, -0.1495110415583768, 0.10909718835346548),
    (0.53125, 0.8864223384272198, 0.595101748400914, -0.3421190090231824, -0.12147089290526172, 0.1148098534096053),
    (0.59375, 0.9222518996979456, 0.5510262719524277, -0.36217748569968683, -0.09233548406649603, 0.11785591922090674),
    (0.65625, 0.9552555441304279, 0.5047873625607419, -0.3767205320307764, -0.06277069346688911, 0.11825400413726966),
    (0.71875, 0.9853196663931572, 0.45707690937176837, -0.3857291584339224, -0.0334279760241449, 0.11610010829494416),
    (0.78125, 1.0123738209813224, 0.4085816493058109, -0.3893037558182605, -0.004925747859132903, 0.1115613669499762),
    (0.84375, 1.0363899430071606, 0.35996869955817146, -0.38765629073982427, 0.02216736007384907, 0.10486741066132994),
    (0.90625, 1.0573806992113717, 0.3118722531003884, -0.3810995777200017, 0.04734683671408882, 0.09629978937667953),
    (0.96875, 1.0753970526832426, 0.2648817724851102, -0.370034122678002, 0.07018379437605486, 0.08617998400172466),
    (1.03125, 1.0905251437097088, 0.2195319511171673, -0.3549330975098775, 0.09033335759608568, 0.07485656702058124),
    (1.09375, 1.1028826037480393, 0.1762946383802977, -0.3363260457049134, 0.107539796014973, 0.06269208256109715),
    (1.15625, 1.1126144294220282, 0.13557284892128957, -0.314781932107643, 0.12163840068405438, 0.05005019701294454),
    (1.21875, 1.1198885485736596, 0.09769690027836436, -0.29089213740557596, 0.13255423582090728, 0.037283626474727834),
    (1.28125, 1.124891210857701, 0.06292264999770969, -0.26525396173721016, 0.1402980166732207, 0.024723280777086035),
    (1.34375, 1.1278223314262477, 0.03143173618393572, -0.2384551450740374, 0.14495946393875273, 0.012668980426115226),
    (1.40625, 1.1288909083546261, 0.0033336664100522134, -0.2110598386248413, 0.14669856258994063, 0.0013820079876778267),
    (1.46875, 1.1283106231798619, -0.02133044911898513, -0.18359637586588057, 0.14573520582122593, -0.008920345096863107),
    (1.53125, 1.1262957199241617, -0.04258276206003035, -0.15654709860962587, 0.14233773245663064, -0.018068175888995765),
    (1.59375, 1.1230572419835474, -0.060502415923611524, -0.13034039748612228, 0.13681086916418522, -0.025940346652978705),
    (1.65625, 1.1187996890232745, -0.0752184233861655, -0.10534503178599751, 0.12948356908001446, -0.032463961887359824),
    (1.71875, 1.113718138272084, -0.08690197523604123, -0.08186670481603613, 0.12069719882250454, -0.03761213936003764),
    (1.78125, 1.1079958570381632, -0.09575845719032368, -0.060146791144354006, 0.11079447002251618, -0.04140032569843743),
    (1.84375, 1.1018024165024434, -0.10201943347817607, -0.04036304402376843, 0.10010944355911384, -0.043881446720519246),
    (1.90625, 1.0952923014102618, -0.10593483106532511, -0.02263205673553721, 0.08895885905117051, -0.045140204701290404),
    (1.96875, 1.0886039966059455, -0.1077655274593881, -0.007013211625059269, 0.07763496316035817, -0.045286839776088245),
    (2.03125, 1.0818595197486436, -0.10777651003191496, 0.006486174553798244, 0.0663999319901305, -0.04445066217607394),
    (2.09375, 1.0751643602085765, -0.10623073754900898, 0.017904811193320914, 0.05548190893537784, -0.04277363815461489),
    (2.15625, 1.0686077771561049, -0.10338379684615176, 0.02732080009481352, 0.04507261275467151, -0.04040427796840951),
    (2.21875, 1.0622634052039166, -0.09947941087127164, 0.034844693235019555, 0.035326413700005485, -0.037492032079608176),
    (2.28125, 1.056190113537035, -0.09474581998516812, 0.04061250416930304, 0.026360729793728506, -0.0341823548792739),
    (2.34375, 1.050433064082799, -0.0893930275210317, 0.04477890408139378, 0.018257561586207997, -0.030612546627111426),
    (2.40625, 1.0450249156917997, -0.08361087395599531, 0.04751079717401956, 0.011065962055787647, -0.02690843662405735),
    (2.46875, 1.039987124238725, -0.07756788214620136, 0.04898143081430519, 0.004805228199219016, -0.023181926165947542),
    (2.53125, 1.035331292703621, -0.07141079916146256, 0.04936515568064676, -0.0005313987332475593, -0.019529370384411146),
    (2.59375, 1.0310605303466356, -0.06526474831899955, 0.04883291194825176, -0.004972727908536313, -0.016030744971501924),
    (2.65625, 1.0271707857375607, -0.05923389783810409, 0.047548480847993665, -0.008565495144526033, -0.01274951779643656),
    (2.71875, 1.0236521243594636, -0.05340254972588173, 0.04566550795485141, -0.011370284900257328, -0.009733126853770193),
    (2.78125, 1.0204899275163415, -0.04783655353490903, 0.043325276178911507, -0.013457636025904262, -0.0070139546904640195),
    (2.84375, 1.0176659951166391, -0.042584953895674994, 0.040655183174771695, -0.014904441121822723, -0.0046106849343378695),
    (2.90625, 1.0151595403960707, -0.03768178756274371, 0.03776785996904258, -0.015790720834944167, -0.0025299279929913614),
    (2.96875, 1.0129480696444912, -0.03314795445739468, 0.03476085496609797, -0.016196826904547327, -0.0007680094180379802),
    (3.03125, 1.011008144413602, -0.02899309719791726, 0.031716799831853125, -0.01620110236629947, 0.000687175268370919),
    (3.09375, 1.0093160274449156, -0.025217434287682656, 0.028703970595127744, -0.015878004860710608, 0.001854322442639555),
    (3.15625, 1.0078482166455336, -0.021813502954987657, 0.025777158038340776, -0.015296680017319738, 0.002756967409209588),
    (3.21875, 1.006581873858214, -0.0187677781631852, 0.02297876538857547, -0.014519956683625225, 0.0034218697150315476),
    (3.28125, 1.005495156952182, -0.016062144178559674, 0.020340057750341457, -0.01360372438852173, 0.0038775747526861716),
    (3.34375, 1.0045674649520042, -0.013675204029833238, 0.01788249593626552, -0.012596645727493192, 0.004153175459809854),
    (3.40625, 1.003779606587295, -0.011583420036092133, 0.01561909668784957, -0.011540152029733014, 0.004277285184743889),
    (3.46875, 1.0031139028586336, -0.009762085217224367, 0.013555771139495257, -0.010468669302678963, 0.004277221870362725),
    (3.53125, 1.0025542340515372, -0.008186130799906795, 0.01169260325411105, -0.009410022564186642, 0.004178394810164619),
    (3.59375, 1.0020860411675478, -0.006830779218077288, 0.010025039430893364, -0.008385969751940923, 0.004003878410383481),
    (3.65625, 1.0016962910532141, -0.0056720550510311754, 0.00854496923538904, -0.007412820929999874, 0.0037741525870941426),
    (3.71875, 1.0013734136622376, -0.004687168350196187, 0.007241685002940892, -0.006502104007556778, 0.0035069864826498235),
    (3.78125, 1.0011072189441172, -0.0038547859053633007, 0.006102714780297845, -0.005661244206772708, 0.0032174408791784963),
    (3.84375, 1.0008887998667029, -0.0031552063332181083, 0.00511452863438332, -0.004894230687730503, 0.002917964754798259),
    (3.90625, 1.0007104270936282, -0.0025704545795762865, 0.004263122774177274, -0.004202249750644379, 0.0026185625887018707),
    (3.96875, 1.0005654398851616, -0.0020843106523084657, 0.0035344892548122746, -0.0035842696506139756, 0.0023270109931517852),
))
_M32 = _InverseSquare(7.0, 0.023894302848575712, (
    0.3883619620208196, -0.4932091442526431, -2.424937196289681, -15.170941971341179, -96.60279397427674, -662.9097161472372, -4557.006294183086, -34525.59858279593, -246319.5465299521,
))
_N32 = _InverseSquare(5.0, 0.02598343685300207, (
    0.38735647068061396, -0.49905512562226984, -2.3170111829101683, -11.82450017622838, -61.131831234824595, -325.3633871923079, -1783.0306383568177, -9710.692131195427,
))
# fmt: on


# Beyond its cuts each function is its limit to the last bit (checked against mpmath:
# below the left cut |f| < 2^-1076, above the right cut |f/limit - 1| < 2^-57).
_GELU = _Routine(
    _maximum_zero, -39.0, 9.0, _Signed(_GELU_NEG, _GELU_POS), _gelu_tail, _ERF_LOW32, _gelu32
)
_GELU_PRIME = _Routine(
    _step,
    -39.0,
    9.5,
    _Signed(_GELU_PRIME_NEG, _GELU_PRIME_POS),
    _gelu_prime_tail,
    _ERF_LOW32,
    _gelu_prime32,
)
_GELU32_DIRECT = _Signed(_GELU_NEG32, _GELU_POS32)
_GELU_PRIME32_DIRECT = _Signed(_GELU_PRIME_NEG32, _GELU_PRIME_POS32)
_GELU_TANH = _Routine(
    _maximum_zero,
    -22.0,
    8.0,
    _Signed(_TANH_NEG, _TANH_POS),
    _gelu_tanh_tail,
    _TANH_LOW32,
    _gelu_tanh32,
)
_GELU_TANH_PRIME = _Routine(
    _step,
    -22.0,
    8.0,
    _Signed(_TANH_PRIME_NEG, _TANH_PRIME_POS),
    _gelu_tanh_prime_tail,
    _TANH_LOW32,
    _gelu_tanh_prime32,
)

# -- the fits -------------------------------------------------------------------------


def _references():  # pragma: no cover - development only (mpmath)
    """The functions the tables approximate, at 50 digits, by name (t = |x| >= 0)."""
    import mpmath as mp

    k = mp.sqrt(2 / mp.pi)
    c3 = mp.mpf(44715) / 10**6

    def erfc_tail(t):  # Q(t) e^(t^2/2), Q(t) = Phi(-t)
        return mp.erfc(t / mp.sqrt(2)) / 2 * mp.exp(t * t / 2)

    def gelu(x):
        return x / 2 * mp.erfc(-x / mp.sqrt(2))

    def gelu_prime(x):
        return mp.erfc(-x / mp.sqrt(2)) / 2 + x * mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)

    def sig(u):
        return 1 / (1 + mp.exp(-u))

    def v(x):
        return 2 * k * (x + c3 * x**3)

    def tanh(x):
        return x * sig(v(x))

    def tanh_prime(x):
        return sig(v(x)) + x * sig(v(x)) * sig(-v(x)) * 2 * k * (1 + 3 * c3 * x * x)

    return {
        "GELU_NEG": lambda t: gelu(-t),
        "GELU_POS": gelu,
        "GELU_PRIME_NEG": lambda t: gelu_prime(-t),
        "GELU_PRIME_POS": gelu_prime,
        "TANH_NEG": lambda t: tanh(-t),
        "TANH_POS": tanh,
        "TANH_PRIME_NEG": lambda t: tanh_prime(-t),
        "TANH_PRIME_POS": tanh_prime,
        "M": lambda t: t * erfc_tail(t),
        "N": lambda t: 1 / mp.sqrt(2 * mp.pi) - erfc_tail(t) / t,
        # The same functions to float32 results' accuracy (_FLOAT32_TOLERANCE).
        "GELU_NEG32": lambda t: gelu(-t),
        "GELU_POS32": gelu,
        "GELU_PRIME_NEG32": lambda t: gelu_prime(-t),
        "GELU_PRIME_POS32": gelu_prime,
        "M32": lambda t: t * erfc_tail(t),
        "N32": lambda t: 1 / mp.sqrt(2 * mp.pi) - erfc_tail(t) / t,
    }


def fit_tables() -> str:  # pragma: no cover - development only (mpmath, ~2 minutes)
    """The source of the tables below, refitted: ``python -m verifier.kernels.special --fit``.

    On each interval the lowest degree whose Chebyshev fit (mpmath.chebyfit, 50 digits)
    has error < 1e-19 times the smallest |value| at the ends and middle, with
    coefficients rounded to float64.
    """
    import mpmath as mp

    mp.mp.dps = 50
    refs = _references()
    roots = {
        "GELU_PRIME_NEG": float(mp.findroot(refs["GELU_PRIME_NEG"], 0.75)),
        "TANH_PRIME_NEG": float(mp.findroot(refs["TANH_PRIME_NEG"], 0.75)),
    }
    roots["GELU_PRIME_NEG32"] = roots["GELU_PRIME_NEG"]
    lines = []
    for name, f in refs.items():
        tolerance = _FLOAT32_TOLERANCE if name.endswith("32") else 1e-19
        if name.rstrip("32") in ("M", "N"):
            lines.append(_fit_inverse_square(name, f, tolerance))
            continue
        breaks = _DIRECT
        pieces = []
        for a, b in itertools.pairwise(breaks):
            c = 0.0 if a == 0 else (a + b) / 2
            # The piece holding the zero, and a piece ending within half a step of it
            # (whose values there are far below its centre's: cancellation).
            half = (b - a) / 2
            anchored = name in roots and a - half <= roots[name] < b + half
            if anchored:
                c = roots[name]
            odd = a == 0 and f(mp.mpf(0)) == 0
            # Where f(c) is 0 or nearly (t = 0 for an odd f, the interval centred on a zero
            # of f), fit (f(c + w) - f(c))/w and add f(c) last: a fitted constant term's
            # error, however small, would be the whole value there.
            f0 = f(mp.mpf(c)) if anchored else mp.mpf(0)
            if odd or anchored:
                g = lambda w, f=f, c=c, f0=f0: (f(c + w) - f0) / w  # noqa: E731
            else:
                g = lambda w, f=f, c=c: f(c + w)  # noqa: E731
            ends = [mp.mpf(p) - c for p in (a, (a + b) / 2, b) if p != c]
            floor = min(abs(g(w)) for w in ends)
            for degree in range(4, 40):
                poly, err = mp.chebyfit(g, [a - c, b - c], degree + 1, error=True)
                if err < tolerance * floor:
                    break
            coefficients = [float(p) for p in reversed(poly)]
            pieces.append((c, float(f0), *coefficients) if odd or anchored else (c, *coefficients))
        body = "".join(f"    ({', '.join(repr(x) for x in p)}),\n" for p in pieces)
        lines.append(f"_{name} = _Table(_DIRECT, (\n{body}))")
    return "# fmt: off\n" + "\n".join(lines) + "\n# fmt: on\n"


def _fit_inverse_square(name: str, f, tolerance: float) -> str:  # pragma: no cover
    """One polynomial in 1/(t^2 + a) - centre for 4 <= t <= 40 (15 for float32 results),
    as fit_tables fits a piece (development only)."""
    import mpmath as mp

    shift = _INVERSE_SQUARE_SHIFT[name.rstrip("32")]
    upper = -_ERF_LOW32 if name.endswith("32") else _ERF_TAIL_TO
    a, b = 1 / (mp.mpf(upper) ** 2 + shift), 1 / (mp.mpf(_DIRECT_TO) ** 2 + shift)
    c = (a + b) / 2
    g = lambda w: f(mp.sqrt(1 / (c + w) - shift))  # noqa: E731
    floor = min(abs(g(w)) for w in (a - c, mp.mpf(0), b - c))
    for degree in range(4, 40):
        poly, err = mp.chebyfit(g, [a - c, b - c], degree + 1, error=True)
        if err < tolerance * floor:
            break
    body = ", ".join(repr(float(p)) for p in reversed(poly))
    return f"_{name} = _InverseSquare({shift!r}, {float(c)!r}, (\n    {body},\n))"


if __name__ == "__main__":  # pragma: no cover
    import sys

    if sys.argv[1:] == ["--fit"]:
        print(fit_tables())

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
1/64 (w is exact: c/2 <= |x| <= 2c, Sterbenz), fitted to the function itself at 50
digits (mpmath Chebyshev fits, error < 1e-19 relative, degree 7 or 8; for float32
results 1/16 and degree 5 or 6, error < 1e-10; on the intervals at and next to the
zero of a derivative, and at 0 where the function is 0, the fit is of
(f(c + w) - f(c))/w, with f(c) added last, so the value keeps its relative accuracy
however small); for |x| >= 4 an exact exp times a smooth factor (for the erf forms one
polynomial in 1/(x^2 + a), for the tanh form S(v) and t v'(t) computed from the same
exact split of v), computed times 2^64 where the exponent is below -300 so that a
subnormal result is rounded once; beyond a cut near where the value reaches its limit
(0, x or 1) to the last bit, the limit. Measured against 60-digit mpmath: at most 2.8
ULP over 20000 random points of each left tail and 8000 of each right one, and the
points of tests/kernels/test_gelu.py (every interval end and its neighbours, the
zeros, the subnormal band), which it holds to 4. The tables are refitted by
``python -m verifier.kernels.special --fit`` (needs mpmath, ~1 minute; the fit of a
piece is reproducible, the output is the block below).

Speed (one np.exp is the unit; benchmarks/kernels.py): every element of a chunk costs
a few passes to be sorted into its region (np.flatnonzero), and each region is
gathered (np.take) and computed on its own, so an element at its limit costs ~one pass
and only the tails pay for exp. Nothing here indexes with a boolean mask or uses a
``where=`` ufunc (both ~10x a plain pass), and tables are read with one
``take(axis=1)`` per call (centres and coefficients together). On 100 elements the cost
is the number of ufunc calls (~0.5-0.8 us each, as much as np.exp of all 100), so
there: a chunk with every |x| < 4 (activations) goes to the table alone, no region
gathered, out written by its last pass; a table finds its pieces by one np.searchsorted
up to 150 elements (the same pieces as the multiply-add-cast beyond: ``_cell_starts``);
the floating-point state is set through NumPy's context variable, not np.errstate
(~2 us); and the pieces are 1/64 wide (at 1/16 they took degree 9: one Horner step
fewer for the derivatives, two for the functions, and one or two fewer rows gathered).
The tails keep their cost (~55 calls for the erf forms: the exact split of exp's
argument and a degree-16 polynomial): with the benchmark's uniform [-40, 40] input,
half the elements are in a tail.

The same routines one element at a time, in C (``_native.c``, an optional extension
built by setup.py): where it is built, ``_dispatch`` hands it every contiguous 1-D call
(out being x itself or apart from it), and these NumPy passes run for the rest and where
no compiler was found. Its arithmetic is this file's, statement by statement, without
fused multiply-adds, so both give the same bits (tests/kernels/test_gelu.py runs every
test on both and compares them); it costs 1-2.5 np.exp per element, with no per-call
overhead to speak of, and releases the GIL.

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

import functools
import itertools
import os

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


# Up to this many elements a table finds its pieces by np.searchsorted, one call, not
# by x * scale + cells cast to an integer, three (measured: 0.5x at 50 elements, 0.7x
# at 100, 1.2x at 200: a binary search costs more per element).
_SEARCH_UP_TO = 150

# ``with np.errstate(all="ignore")`` costs ~2 us per call, twice np.exp on 100
# elements; NumPy 2 keeps that state in a context variable, which a state built once
# sets for ~0.1 us (as verifier/kernels/runtime.py does). Elsewhere: np.errstate.
try:  # pragma: no branch
    from numpy._core._ufunc_config import _extobj_contextvar, _make_extobj

    _QUIET = _make_extobj(all="ignore")

    def _quiet_enter() -> object:
        return _extobj_contextvar.set(_QUIET)

    def _quiet_exit(token: object) -> None:
        _extobj_contextvar.reset(token)

except (ImportError, AttributeError, TypeError):  # pragma: no cover - other NumPy versions

    def _quiet_enter() -> object:
        state = np.errstate(all="ignore")
        state.__enter__()
        return state

    def _quiet_exit(token: object) -> None:
        token.__exit__(None, None, None)  # type: ignore[attr-defined]


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
        # no lookup. x * scale + cells (< 512) rounds to the next cell only within 2^-51
        # of a cell's end (where the next piece, continued that far, is as accurate), and
        # a tiny negative x (|x| <= 2^-52) to the cell of +0: the x >= 0 piece at 0, which
        # keeps its sign and relative accuracy (its value is w g(w) there).
        lookup = np.concatenate(
            [negative.lookup[:cells][::-1] + positive.centres.shape[0], positive.lookup[:cells]]
        )
        # Each column: the piece's centre, then its coefficients (one gather for both).
        self.rows = np.ascontiguousarray(np.vstack([self.centres[None, :], self.coeffs])[:, lookup])
        self.offset = float(cells)
        # The same cells by np.searchsorted: the least x of each cell 1..2 cells - 1, by
        # the rounded x * scale + cells, so both give every x the same piece.
        self.starts = _cell_starts(self.scale, self.offset, 2 * cells)

    def __call__(self, x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        if x.size <= _SEARCH_UP_TO:
            # One call where the cast costs three (on a few hundred elements a call's
            # cost is its number of ufunc calls; on more, the binary search loses).
            index = self.starts.searchsorted(x, side="right")
        else:
            cell = np.multiply(x, self.scale)
            cell += self.offset
            index = cell.astype(np.intp)
        # Only |x| < 4 comes here; "clip" keeps x * scale + cells rounded up to 2 cells
        # (x within 2^-51 of 4) in bounds.
        return _horner(self.rows, index, x, out)


def _cell_starts(scale: float, offset: float, cells: int) -> np.ndarray:
    """The least double x with trunc(x * scale + offset) >= j (rounded), j = 1..cells-1.

    Bisection over the doubles in their order (the sign-magnitude bits made two's
    complement); rounding is monotonic, so x's cell is the number of starts <= x.
    """
    sign = np.int64(-(2**63))

    def ordered(d: np.ndarray) -> np.ndarray:
        bits = d.view(np.int64)
        return np.where(bits < 0, -(bits & ~sign), bits)

    def double(o: np.ndarray) -> np.ndarray:
        return np.where(o < 0, (-o) | sign, o).view(np.float64)

    j = np.arange(1, cells, dtype=np.float64)
    low = ordered((j - 1 - offset) / scale)  # in cell j - 1
    high = ordered((j - offset) / scale)  # in cell j (j - offset + offset is exact)
    while np.any(high - low > 1):
        middle = low + (high - low) // 2
        inside = np.trunc(double(middle) * scale + offset) >= j
        high = np.where(inside, middle, high)
        low = np.where(inside, low, middle)
    return double(high)


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
    table: np.ndarray, index: np.ndarray, t: np.ndarray, out: np.ndarray | None = None
) -> np.ndarray:
    # The centre and every coefficient of every element's piece in one gather (not one
    # per row).
    rows = table.take(index, axis=1, mode="clip")  # "clip": no bounds checks
    w = t - rows[0]
    rows = rows[1:]
    acc = np.multiply(rows[-1], w)
    acc += rows[-2]
    for row in rows[-3:0:-1]:
        acc *= w
        acc += row
    acc *= w
    # The last addition writes ``out`` (t, w and rows are read by then: out may be t).
    return np.add(acc, rows[0], out=acc if out is None else out)


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

    Each region's elements are computed together, so every pass runs only over the
    elements that need it; at the limits (half of [-40, 40] for the erf forms, two
    thirds for the tanh forms) an element costs one pass. Both tails (x <= -4 and
    x >= 4) are one formula, so a call has at most two regions to compute. Where every
    |x| < 4 (the usual activations) the table is the whole call: no region is gathered,
    and out is written once.
    """
    x = np.asarray(x, dtype=np.float64)
    token = _quiet_enter()
    try:
        t = np.abs(x)
        if t.max(initial=0.0) < _DIRECT_TO:  # nan: False
            # The table reads all of x before its last pass writes out (out may be x).
            routine.direct(x, out)
        else:
            _gathered(x, t, out, routine)
    finally:
        _quiet_exit(token)
    return out


def _gathered(x: np.ndarray, t: np.ndarray, out: np.ndarray, routine: _Routine) -> None:
    """Each region's elements gathered (np.flatnonzero, np.take), computed, scattered."""
    if np.may_share_memory(x, out):  # out is written a region at a time
        x = x.copy()
    routine.limit(x, out)  # nan stays nan: no region below takes it
    near = np.flatnonzero(t < _DIRECT_TO)
    tail = np.flatnonzero((t >= _DIRECT_TO) & (x >= routine.low) & (x <= routine.high))
    if near.shape[0]:
        out[near] = routine.direct(x.take(near))
    if tail.shape[0]:
        picked = x.take(tail)
        out[tail] = routine.tail(picked, np.abs(picked))


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
        # The same routine in C (``_native``), set by ``_use_native`` where it is built.
        self.native = None


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
    if (
        routine.native is not None
        and type(x) is np.ndarray
        and type(out) is np.ndarray
        and x.dtype is out.dtype
        and x.ndim == 1
        and out.ndim == 1
        and (x.dtype is _F64 or x.dtype is _F32)
        and x.flags.c_contiguous
        and out.flags.c_contiguous
        and out.flags.writeable
        # out may be x itself (each element is read before it is written), not a
        # shifted view of it.
        and (out is x or not np.may_share_memory(x, out))
    ):
        routine.native(x, out)
        return out
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
    token = _quiet_enter()
    try:
        # nan: neither comparison holds (min and max propagate it)
        if x.size and x.min() > routine.low32 and x.max() < routine.high32:
            # Every element is computed (activations): no gather and no scatter, and the
            # copy into out is the one rounding (x is read by then: out may be x).
            np.copyto(out, _wide32(x.astype(np.float64), routine), casting="same_kind")
            return out
        if np.may_share_memory(x, out):
            x = x.copy()
        between = np.flatnonzero((x > routine.low32) & (x < routine.high32))  # nan: neither
        routine.limit(x, out)
        if between.shape[0]:
            out[between] = _wide32(x.take(between).astype(np.float64), routine)
    finally:
        _quiet_exit(token)
    return out


def _wide32(wide: np.ndarray, routine: _Routine) -> np.ndarray:
    if routine.wide32 is None:
        return _apply(wide, np.empty_like(wide), routine)
    return routine.wide32(wide)


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
_DIRECT = tuple(i / 64 for i in range(257))
# Those of the tables for float32 results (degree 5 at 1/16 already: _FLOAT32_TOLERANCE).
_DIRECT32 = tuple(i / 16 for i in range(65))


# -- the tables (python -m verifier.kernels.special --fit) --------------------------------

# fmt: off
_GELU_NEG = _Table(_DIRECT, (
    (0.0, 0.0, -0.5, 0.39894228040143287, -2.1161800232679097e-13, -0.06649037998564344, -1.4859546087520438e-08, 0.009974951858578312, -6.492652140310599e-05),
    (0.0234375, -0.011499624521949034, -0.4813030043320669, 0.39872317999874135, -0.006230905489659693, -0.06640822555917467, 0.0014016756228445893, 0.009955157606849799, -0.00022244245287700933),
    (0.0390625, -0.0189226671640773, -0.46884848144435715, 0.398333890995329, -0.010377238524342273, -0.06626229688386284, 0.0023335919331734472, 0.009922741315855825, -0.00037020960490556437),
    (0.0546875, -0.026151218734785556, -0.4564091581987883, 0.39775049191153916, -0.014512178611710445, -0.06604370066718496, 0.0032617127680114088, 0.009874203412944442, -0.0005171864927596602),
    (0.0703125, -0.033185564070850396, -0.44399109108333074, 0.39697362307918743, -0.01863119452495082, -0.06575279235490196, 0.004184531285480833, 0.009809647482987904, -0.000663059927384196),
    (0.0859375, -0.04002608246807927, -0.43160031326268816, 0.3960041366532911, -0.022729780922867895, -0.06539004469372126, 0.005100551956133706, 0.00972921121430075, -0.0008075196253783686),
    (0.1015625, -0.04667324726527552, -0.4192428279795679, 0.3948430952273152, -0.02680346565097942, -0.06495604672303477, 0.006008293743930387, 0.009633066036194607, -0.0009502590235695164),
    (0.1171875, -0.05312762532546413, -0.4069246020045563, 0.3934917701077776, -0.030847816971858698, -0.06445150251957911, 0.006906293249080605, 0.009521416668052663, -0.0010909760819549836),
    (0.1328125, -0.05938987641522053, -0.39465155914518785, 0.39195163925189036, -0.03485845070938124, -0.06387722969831912, 0.007793107804515363, 0.009394500581333138, -0.0012293740725132125),
    (0.1484375, -0.06546075248310923, -0.38242957382467185, 0.3902243848726279, -0.03883103729175963, -0.06323415767349483, 0.008667318517903269, 0.009252587376181632, -0.0013651623514363798),
    (0.1640625, -0.07134109683840156, -0.37026446474059244, 0.3883118907163158, -0.04276130867851612, -0.06252332568439624, 0.009527533251294774, 0.009095978074596814, -0.0014980571123967854),
    (0.1796875, -0.0770318432314016, -0.3581619886137254, 0.38621623901852264, -0.04664506515684721, -0.06174588059104191, 0.010372389530672209, 0.008925004332351322, -0.001627782118527645),
    (0.1953125, -0.08253401483686616, -0.3461278340369274, 0.3839397071447117, -0.05047818199317629, -0.06090307444553206, 0.011200557377901698, 0.0087400275721194, -0.0017540694108756458),
    (0.2109375, -0.08784872314215934, -0.3341676154338383, 0.3814847639227656, -0.05425661592606959, -0.05999626184542372, 0.012010742057824262, 0.008541438040503424, -0.0018766599911672803),
    (0.2265625, -0.09297716674193154, -0.3222868671369069, 0.3788540656751365, -0.05797641148710467, -0.05902689707603319, 0.012801686733486695, 0.00832965379188262, -0.001995304476823245),
    (0.2421875, -0.09792063004126034, -0.3104910375939964, 0.3760504519589925, -0.06163370713672911, -0.0579965310491063, 0.013572175022797268, 0.008105119602227739, -0.0021097637262546785),
    (0.2578125, -0.10268048186933292, -0.29878548371255753, 0.37307694102332556, -0.06522474120262853, -0.05690680804581029, 0.014321033450196056, 0.007868305816234843, -0.0022198094325813333),
    (0.2734375, -0.10725817400588761, -0.28717546535006583, 0.369936724992563, -0.06874585760863519, -0.05575946227248913, 0.01504713378725326, 0.007619707131328596, -0.00232522468402449),
    (0.2890625, -0.11165523962276615, -0.2756661399591136, 0.36663316478676916, -0.07219351138275093, -0.05455631423808656, 0.015749395276450615, 0.007359841322270192, -0.002425804489346069),
    (0.3046875, -0.1158732916430564, -0.264262557395224, 0.36316978478904877, -0.07556427393342821, -0.05329926696257582, 0.01642678673275927, 0.007089247910276345, -0.0025213562668294884),
    (0.3203125, -0.11991402102042907, -0.25296965489511486, 0.3595502672712582, -0.07885483808384984, -0.05199030202614171, 0.0170783285180012, 0.006808486780713397, -0.0026117002954268867),
    (0.3359375, -0.1237791949413895, -0.2417922522327851, 0.3557784465895954, -0.08206202285456868, -0.050631475469236804, 0.0177030943833692, 0.0065181367535736825, -0.0026966701268308154),
    (0.3515625, -0.12747065495327864, -0.23073504706042908, 0.35185830316207917, -0.08518277798551248, -0.04922491355397981, 0.018300213175880858, 0.006218794111069698, -0.002776112957365902),
    (0.3671875, -0.1309903150209629, -0.2198026104408013, 0.3477939572403315, -0.08821418818902303, -0.04777280839767761, 0.018868870404954018, 0.005911071086794731, -0.0028498899587367423),
    (0.3828125, -0.1343401595152539, -0.2089993825772609, 0.34358966248845396, -0.09115347712628175, -0.046277413489534534, 0.0194083096657129, 0.005595594320996178, -0.002917876566811809),
    (0.3984375, -0.1375222411361927, -0.1983296687473201, 0.33924979938212857, -0.0939980111001732, -0.04474103910185992, 0.019917833916064165, 0.005273003286589588, -0.0029799627277689476),
    (0.4140625, -0.140538678774421, -0.18779763544510478, 0.3347788684413855, -0.09674530245835172, -0.043166047607299945, 0.020396806605019514, 0.004943948690607097, -0.003036053101075439),
    (0.4296875, -0.1433916553139431, -0.17740730673771182, 0.330181483310753, -0.09939301270100286, -0.04155484871379905, 0.02084465265018366, 0.004609090855823537, -0.0030860672189241033),
    (0.4453125, -0.14608341537965724, -0.16716256084001513, 0.32546236370074677, -0.10193895528852705, -0.039909894629141775, 0.021260859262773088, 0.0042690980873367045, -0.0031299396018959007),
    (0.4609375, -0.14861626303310158, -0.15706712691203234, 0.32062632820486237, -0.104381098145118, -0.038233675167035915, 0.021644976618979635, 0.003924645028895244, -0.003167619830768391),
    (0.4765625, -0.15099255941992215, -0.14712458208251947, 0.3156782870064055, -0.10671756585495759, -0.036528712806772966, 0.021996618376942525, 0.003576411013768319, -0.00319907257453764),
    (0.4921875, -0.15321472037262318, -0.13733834870200992, 0.3106232344896304, -0.10894664154850334, -0.0347975577185419, 0.02231546203904137, 0.0032250784149357873, -0.003224277574868184),
    (0.5078125, -0.15528521397220688, -0.12771169182806116, 0.3054662417697586, -0.11106676847709927, -0.03304278276647717, 0.02260124915966929, 0.0028713309993461623, -0.003243229587330887),
    (0.5234375, -0.15720655807234948, -0.11824771694501524, 0.3002124491565133, -0.11307655127489548, -0.03126697850149224, 0.02285378539908831, 0.002515852290942458, -0.003255938279931407),
    (0.5390625, -0.1589813177897935, -0.1089493679201216, 0.294867058565837, -0.11497475690781295, -0.02947274815588561, 0.023072940424406996, 0.002159323947093332, -0.003262428089572026),
    (0.5546875, -0.16061210296465966, -0.09981942519741258, 0.2894353258944533, -0.11676031531003657, -0.02766270265160827, 0.023258647659151567, 0.001802424152989147, -0.0032627380372262198),
    (0.5703125, -0.16210156559440259, -0.09086050423026387, 0.283922553371894, -0.11843231970925831, -0.025839455633949897, 0.02341090388332492, 0.0014458260384700213, -0.003256921502738097),
    (0.5859375, -0.163452397245143, -0.08207505415311668, 0.2783340819045388, -0.11999002664262266, -0.024005618542236942, 0.02352976868626198, 0.00109019612164612, -0.0032450459602872193),
    (0.6015625, -0.16466732644411444, -0.07346535669238531, 0.2726752834261058, -0.12143285566604443, -0.022163795728939575, 0.023615363774992945, 0.0007361927835498251, -0.00322719267568285),
    (0.6171875, -0.16574911605695938, -0.06503352531612477, 0.2669515532688901, -0.12276038876027529, -0.02031657963835721, 0.023667872141217346, 0.00038446477792559444, -0.003203456366769984),
    (0.6328125, -0.16670056065359862, -0.05678150462158879, 0.2611683025698718, -0.1239723694377847, -0.018466546055795046, 0.02368753709037003, 3.56497801168439e-05, -0.003173944828342104),
    (0.6484375, -0.1675244838663814, -0.048711069959370704, 0.2553309507256104, -0.12506870155519478, -0.01661624943785793, 0.023674661136623917, -0.00030962702114926293, -0.0031387785230621783),
    (0.6640625, -0.16822373574420055, -0.04082382729238813, 0.24944491790960302, -0.126049447836663, -0.014768218334173487, 0.023629604768023046, -0.0006507542854479966, -0.0030980901399935475),
    (0.6796875, -0.16880119010622438, -0.0331212132875492, 0.24351561766551733, -0.12691482811424007, -0.012924950910516061, 0.02355278508627125, -0.0009871358323634463, -0.0030520241224357538),
    (0.6953125, -0.16925974189886292, -0.02560449563752363, 0.23754844958941232, -0.12766521729184324, -0.011088910582936838, 0.023444674326016688, -0.0013181918999545183, -0.0030007361668467378),
    (0.7109375, -0.1696023045595399, -0.018274773609636873, 0.2315487921137359, -0.12830114304007262, -0.009262521772115768, 0.023305798258768703, -0.0016433603469191997, -0.002944392694711906),
    (0.7265625, -0.16983180739079404, -0.011132978818511798, 0.2255219954055351, -0.12882328322966166, -0.007448165786738689, 0.02313673448686097, -0.0019620977956032013, -0.0028831702992921132),
    (0.7421875, -0.16995119294817673, -0.004179876218699138, 0.2194733743909372, -0.12923246311189018, -0.005648176844269793, 0.022938110633132305, -0.0022738807132139842, -0.002817255169246439),
    (0.7578125, -0.16996341444535143, 0.0025839346868323865, 0.2134082019175582, -0.12952965225479632, -0.0038648382370372377, 0.02271060243223366, -0.0025782064288225916, -0.0027468424911815687),
    (0.7734375, -0.16987143317973322, 0.00915801842683311, 0.20733170206606868, -0.12971596124450538, -0.0021003786510793857, 0.022454931729685896, -0.0028745940839628253, -0.0026721358332275087),
    (0.7890625, -0.1696782159819339, 0.015542101935367493, 0.20124904362169993, -0.12979263816144276, -0.0003569686447130497, 0.022171864395007384, -0.003162585514869207, -0.0025933465117791905),
    (0.8046875, -0.16938673269219964, 0.021736072724027763, 0.19516533371600553, -0.1297610648416182, 0.0013632827067155146, 0.021862208155403084, -0.003441746064630993, -0.0025106929435751288),
    (0.8203125, -0.1689999536669461, 0.027739976858241467, 0.189085611648707, -0.12962275293355663, 0.0030583309939492807, 0.021526810356657166, -0.0037116653237783143, -0.0024243999853077597),
    (0.8359375, -0.16852084731840625, 0.033554016743447594, 0.1830148428989473, -0.1293793397618057, 0.0047261994793852445, 0.021166555657998964, -0.003971957798057488, -0.0023346982629753174),
    (0.8515625, -0.16795237769031587, 0.03917854872719919, 0.1769579133347567, -0.1290325840082727, 0.006364981920194961, 0.020782363667817313, -0.004222263502394682, -0.0022418234931921984),
    (0.8671875, -0.1672975020724629, 0.04461408052351725, 0.17091962362900068, -0.12858436122293265, 0.007972845204650901, 0.020375186527180754, -0.004462248480289625, -0.002146015798673779),
    (0.8828125, -0.16655916865682752, 0.04986126846607051, 0.16490468388953264, -0.12803665917570398, 0.00954803179785479, 0.019946006448180807, -0.004691605248123014, -0.002047519020102692),
    (0.8984375, -0.16574031423793412, 0.05492091459698852, 0.15891770851071543, -0.12739157306150803, 0.011088861993613816, 0.019495833214152703, -0.004910053164101777, -0.0019465800265667714),
    (0.9140625, -0.16484386195992953, 0.05979396359833028, 0.15296321125290926, -0.12665130057071655, 0.012593735969762576, 0.019025701648842527, -0.0051173387218046845, -0.0018434480267344022),
    (0.9296875, -0.16387271911278894, 0.06448149957342798, 0.14704560055594573, -0.12581813683734103, 0.014061135644780554, 0.01853666906158228, -0.005313235768525964, -0.0017383738829010852),
    (0.9453125, -0.16282977497993856, 0.06898474268550446, 0.1411691750920279, -0.124894469277436, 0.015489626334105819, 0.018029812675504932, -0.00549754564884587, -0.0016316094300018289),
    (0.9609375, -0.16171789873946543, 0.07330504566112372, 0.13533811956290803, -0.12388277233027117, 0.01687785820509293, 0.01750622704578058, -0.005670097274083837, -0.0015234068016378003),
    (0.9765625, -0.16053993742096698, 0.0774438901661764, 0.12955650074560576, -0.12278560211487571, 0.018224567530105974, 0.016967021474783097, -0.005830747118511017, -0.0014140177651127605),
    (0.9921875, -0.1592987139199708, 0.08140288306222591, 0.12382826379033751, -0.12160559101457306, 0.019528577737773802, 0.01641331743100416, -0.005979379143414081, -0.001303693067415476),
    (1.0078125, -0.15799702507173188, 0.08518375255114664, 0.1181572287737378, -0.12034544220210672, 0.020788800262963, 0.015846245978419448, -0.0061159046503104384, -0.0011926817940188749),
    (1.0234375, -0.1566376397860907, 0.08878834421607226, 0.11254708750986199, -0.11900792411790614, 0.02200423519654282, 0.015266945222880428, -0.006240262064815747, -0.0010812307422955192),
    (1.0390625, -0.15522329724494865, 0.0922186169667415, 0.10700140062087522, -0.11759586491395886, 0.02317397173652412, 0.0146765577819553, -0.00635241665285734, -0.0009695838112723835),
    (1.0546875, -0.15375670516379192, 0.09547663889737827, 0.1015235948687493, -0.11611214687564078, 0.02429718844264991, 0.014076228284475216, -0.0064523601711111555, -0.0008579814093663166),
    (1.0703125, -0.15224053811856536, 0.09856458306527625, 0.09611696074871424, -0.11455970083371114, 0.02537315329699651, 0.013467100905857577, -0.006540110453714668, -0.0007466598816553207),
    (1.0859375, -0.15067743593907298, 0.10148472319827165, 0.09078465034464256, -0.11294150057850455, 0.02640122357361127, 0.012850316945077997, -0.006615710937473456, -0.0006358509581503203),
    (1.1015625, -0.14907000216995095, 0.1042394293392852, 0.0855296754459855, -0.11126055728643504, 0.027380845521888117, 0.012226956289466314, -0.006679243510032494),
    (1.1171875, -0.1474208026001333, 0.10683116343609395, 0.08035490592533082, -0.10951991398104888, 0.0283115538602272, 0.011598271383805177, -0.006730774260495918),
    (1.1328125, -0.14573236386160243, 0.1092624748844551, 0.07526306837511386, -0.10772264001247693, 0.029192971102737438, 0.010965312920375099, -0.006770433493010435),
    (1.1484375, -0.14400717209809027, 0.11153599603265157, 0.0702567450014896, -0.1058718256041927, 0.030024806699087563, 0.010329187465901175, -0.0067983611638284605),
    (1.1640625, -0.1422476717042698, 0.11365443765545688, 0.06533837277286061, -0.10397057644854196, 0.03080685601108225, 0.009690987410682929, -0.006814719623234243),
    (1.1796875, -0.14045626413585377, 0.11562058440543217, 0.0605102428200609, -0.10202200837354025, 0.03153899912400979, 0.009051788905822313, -0.006819692826210566),
    (1.1953125, -0.13863530679089253, 0.11743729024936651, 0.05577450008471435, -0.10002924208893628, 0.03222119949977564, 0.008412649876455774, -0.00681348550085501),
    (1.2109375, -0.1367871119624438, 0.11910747389755524, 0.0511331432118235, -0.09799539802124085, 0.03285350247791076, 0.0077746081148042665, -0.006796322277693909),
    (1.2265625, -0.13491394586266628, 0.12063411423348121, 0.046588024682198546, -0.0959235912470314, 0.033436033630830045, 0.007138679456556984, -0.006768446783106207),
    (1.2421875, -0.1330180277182731, 0.12202024575131983, 0.042140851179909684, -0.09381692653343528, 0.03396899697997903, 0.0065058560438008015, -0.006730120700121453),
    (1.2578125, -0.13110152893716556, 0.12326895400853165, 0.03779318418953837, -0.09167849349267865, 0.03445267307873663, 0.005877052443892181, -0.006681611775083247, 0.000489024675997359),
    (1.2734375, -0.12916657234595627, 0.12438337110063717, 0.033546440817615424, -0.08951136186801932, 0.03488741697525347, 0.005253303531401055, -0.006623237268404848, 0.000577933672135118),
    (1.2890625, -0.12721523149798006, 0.12536667116508698, 0.029401894832268113, -0.08731857693620647, 0.03527365604721081, 0.0046354784250357784, -0.0065552957661657845, 0.0006639431360517825),
    (1.3046875, -0.1252495300512861, 0.1262220659209486, 0.02536067791475197, -0.08510315506254656, 0.03561188773644598, 0.004024458960974454, -0.006478111248456233, 0.0007469294907610201),
    (1.3203125, -0.12327144121599977, 0.1269528002509282, 0.021423781116220675, -0.08286807939428312, 0.035902677175585436, 0.003421095984303723, -0.006392020683009251, 0.0008267788436685531),
    (1.3359375, -0.12128288727034368, 0.1275621478320331, 0.017592056512785562, -0.08061629570655479, 0.03614665472059983, 0.0028262081812531646, -0.0062973729602275675, 0.000903387086669007),
    (1.3515625, -0.1192857391445097, 0.1280534068209595, 0.013866219051637797, -0.0783507084053384, 0.03634451339603994, 0.002240581011735408, -0.006194527818908098, 0.0009766599662055073),
    (1.3671875, -0.11728181607148107, 0.12842989560005957, 0.010246848580750527, -0.07607417669258877, 0.036497006260819816, 0.0016649657429106362, -0.006083854765928441, 0.0010465131236920009),
    (1.3828125, -0.11527288530381374, 0.12869494858950525, 0.006734392054445493, -0.07378951089829387, 0.036604943702457975, 0.0011000785841903608, -0.0059657319931108975, 0.0011128721067892467),
    (1.3984375, -0.11326066189530037, 0.12885191213102062, 0.0033291659068989984, -0.07149946898366935, 0.036669190667707886, 0.0005465999237965422, -0.005840545294421002, 0.0011756723521127539),
    (1.4140625, -0.11124680854635835, 0.12890414044830542, 3.135858547579425e-05, -0.06920675321921972, 0.036690663837506944, 5.173666699263076e-06, -0.005708686986589762, 0.001234859140034361),
    (1.4296875, -0.10923293551190517, 0.12885499168901454, -0.003158966764383704, -0.06691400704089943, 0.036670328754147656, -0.0005235933265299247, -0.005570554836172007, 0.0012903875223184236),
    (1.4453125, -0.1072206005704107, 0.1287078240528993, -0.0062418694711374465, -0.0646238120871141, 0.03660919690852811, -0.0010391317006903534, -0.005426550995968105, 0.0013422222234084936),
    (1.4609375, -0.10521130905274552, 0.12846599201044973, -0.009217528374508569, -0.062338685418812906, 0.036508322795269915, -0.0015409099677617946, -0.005277080953643151, 0.0013903375162507268),
    (1.4765625, -0.10320651392937931, 0.12813284261611055, -0.012086238736870697, -0.06006107692443974, 0.03636880094340273, -0.002028434770823765, -0.005122552495277186, 0.0014347170736058923),
    (1.4921875, -0.1012076159544215, 0.12771171191987124, -0.014848409037349072, -0.05779336691103189, 0.03619176293020517, -0.0025012510516084245, -0.004963374686472525, 0.0014753537958626156),
    (1.5078125, -0.09921596386493906, 0.12720592148075963, -0.017504557657384155, -0.055537863882285536, 0.035978374385663245, -0.0029589421234518134, -0.004799956873530403, 0.001512249616420256),
    (1.5234375, -0.09723285463393351, 0.12661877498549284, -0.020055309466531956, -0.053296802503944855, 0.03572983199486058, -0.0034011296516381407, -0.0046327077070895065, 0.0015454152857604785),
    (1.5390625, -0.09525953377531035, 0.12595355497526675, -0.022501392317281387, -0.05107234175641971, 0.035447360505450505, -0.0038274735433503166, -0.004462034190494, 0.001574870135372078),
    (1.5546875, -0.09329719569912982, 0.12521351968338973, -0.024843633457654102, -0.04886656327409556, 0.03513220974717848, -0.004237671749646486, -0.0042883407550290435, 0.0016006418227338705),
    (1.5703125, -0.09134698411538758, 0.12440189998619354, -0.027082955870317067, -0.046681469870369745, 0.0347856516702272, -0.004631459982076499, -0.004112028364028064, 0.0016227660585954582),
    (1.5859375, -0.08940999248453825, 0.12352189646938228, -0.029220374546882925, -0.04451898424703158, 0.034408977408944955, -0.0050086113467337845, -0.0039334936477187655, 0.0016412863178254045),
    (1.6015625, -0.08748726451294286, 0.12257667661170975, -0.03125699270599906, -0.04238094788620058, 0.03400349437729287, -0.0053689358987065155, -0.003753128070534621, 0.0016562535351208024),
    (1.6171875, -0.08557979469139401, 0.12156937208760929, -0.033193997963733186, -0.04026912012264861, 0.033570523402109115, -0.005712280120047241, -0.003571317132475954, 0.0016677257868914577),
    (1.6328125, -0.08368852887484911, 0.12050307619013466, -0.03503265846465278, -0.03818517739395824, 0.03311139590003839, -0.0060385263245218415, -0.0033884396059602967, 0.0016757679606459505),
    (1.6484375, -0.08181436490148276, 0.11938084137531106, -0.03677431898186764, -0.03613071266561224, 0.03262745110371584, -0.006347591992526864, -0.003204866809455972, 0.0016804514132157857),
    (1.6640625, -0.0799581532491548, 0.11820567692873889, -0.03842039699416073, -0.03410723502776814, 0.03212003334252453, -0.0066394290396787235, -0.0030209619190464665, 0.0016818536191577737),
    (1.6796875, -0.0781206977273782, 0.11698054675504103, -0.03997237874817252, -0.03211616946014802, 0.03159048938296832, -0.006914023022678959, -0.002837079318926583, 0.0016800578106738126),
    (1.6953125, -0.07630275620286502, 0.11570836729049895, -0.04143181531342972, -0.030158856761167294, 0.031040165833416858, -0.007171392286146742, -0.0026535639916851626, 0.0016751526103814876),
    (1.7109375, -0.07450504135672395, 0.1143920055389815, -0.042800318637820384, -0.028236553637138416, 0.030470406617687785, -0.007411587054183128, -0.002470750949083856, 0.0016672316582585314),
    (1.7265625, -0.07272822147138415, 0.11303427723103666, -0.04407955761091614, -0.026350432947115015, 0.029882550521635184, -0.007634688470491307, -0.0022889647038974747, 0.0016563932340693222),
    (1.7421875, -0.07097292124532305, 0.11163794510578795, -0.04527125414232825, -0.024501584098691416, 0.02927792881661224, -0.007840807590923442, -0.002108518783239404, 0.0016427398765624466),
    (1.7578125, -0.0692397226336839, 0.11020571731505632, -0.046377179262059184, -0.022691013589839746, 0.028657862963372548, -0.008030084332357823, -0.0019297152836557927, 0.001626378000705072),
    (1.7734375, -0.06752916571287898, 0.10874024594891454, -0.04739914924957574, -0.020919645691653853, 0.028023662399668525, -0.008202686381830204, -0.0017528444681352438, 0.0016074175141926855),
    (1.7890625, -0.06584174956728872, 0.10724412568167452, -0.048339021798084636, -0.019188323266675154, 0.02737662241449856, -0.00835880806985065, -0.0015781844050469437, 0.0015859714344418484),
    (1.8046875, -0.06417793319618402, 0.10571989253710956, -0.04919869222023776, -0.017497808717300556, 0.0267180221116474, -0.008498669211832297, -0.0014060006488899011, 0.0015621555072392187),
    (1.8203125, -0.06253813643901947, 0.10417002277152303, -0.049980089701232605, -0.01584878505861702, 0.026049122464858254, -0.008622513921541477, -0.001236545962609702, 0.0015360878281824328),
    (1.8359375, -0.060922740917267966, 0.10259693187309243, -0.050685173605005227, -0.014241857109870637, 0.025371164466670513, -0.008730609400450045, -0.0010700600811171606, 0.0015078884680077356),
    (1.8515625, -0.05933209099099342, 0.10100297367574453, -0.0513159298389386, -0.012677552798660348, 0.02468536737265551, -0.008823244706830961, -0.0009067695155258638, 0.0014776791028557636),
    (1.8671875, -0.05776649472838684, 0.09939043958565157, -0.051874367282229834, -0.011156324571847693, 0.023992927042484354, -0.008900729508387545, -0.0007468873975130893, 0.0014455826504808347),
    (1.8828125, -0.056226224886521736, 0.09776155791828287, -0.05236251428277612, -0.009678550907093313, 0.023295014378968217, -0.008963392822145927, -0.0005906133631012575, 0.0014117229133607655),
    (1.8984375, -0.05471151990161884, 0.096118493343798, -0.05278241522715242, -0.008244537918868897, 0.02259277386592271, -0.009011581745269517, -0.0004381334750551294, 0.0013762242296138294),
    (1.9140625, -0.05322258488714531, 0.09446334643843013, -0.0531361271879642, -0.006854521052748811, 0.021887322205425174, -0.009045660180374282, -0.00028962018299364984, 0.0013392111325772743),
    (1.9296875, -0.05175959263811158, 0.0927981533393781, -0.053425716652567706, -0.0055086668617587795, 0.021179747054757666, -0.009066007558834839, -0.00014523232022480449, 0.001300808019848074),
    (1.9453125, -0.05032268463996874, 0.09112488550060621, -0.053653256336858024, -0.004207074858549156, 0.020471105863059315, -0.009073017565474434, -5.115136227290051e-06, 0.0012611388325315261),
    (1.9609375, -0.04891197208055079, 0.08944544954683901, -0.05382082208753329, -0.002949779437167009, 0.019762424807450836, -0.009067096867927199, 0.00013059963637569865, 0.0012203267453872232),
    (1.9765625, -0.04752753686354935, 0.08776168722293715, -0.05393048987595196, -0.0017367518582240373, 0.019054697828141308, -0.00904866385384941, 0.00026179368157756903, 0.0011784938685050063),
    (1.9921875, -0.04616943262205305, 0.0860753754357466, -0.05398433288641019, -0.0005679022912955996, 0.018348885761783788, -0.009018147379038279, 0.00038836196777737694, 0.001135760961086042),
    (2.0078125, -0.04483768573073, 0.0843882263854307, -0.053984418701378496, 0.0005569180915606575, 0.017645915572112092, -0.008975985529392766, 0.0005102125849496238, 0.0010922471578463636),
    (2.0234375, -0.04353229631527908, 0.08270188778321873, -0.053932806585952085, 0.0016379149772105344, 0.016946679676666975, -0.00892262439952143, 0.0006272665526010272, 0.0010480697085023202),
    (2.0390625, -0.04225323925782405, 0.08101794315243908, -0.05383154487348754, 0.0026753487337361245, 0.016252035368205887, -0.008858516890668347, 0.0007394575999675781, 0.0010033437307396024),
    (2.0546875, -0.04100046519697417, 0.079337912209648, -0.053682668454121486, 0.0036695321994842395, 0.01556280432918726, -0.008784121530489825, 0.000846731919945985, 0.0009581819770100896),
    (2.0703125, -0.03977390152132492, 0.07766325132261553, -0.05348819636759397, 0.004620828444632256, 0.014879772237527887, -0.008699901317072956, 0.0009490478982881428, 0.0009126946154438845),
    (2.0859375, -0.03857345335522359, 0.07599535404189069, -0.05325012950153212, 0.005529648510914899, 0.014203688461650809, -0.008606322589442316, 0.0010463758196156137, 0.0008669890251077766),
    (2.1015625, -0.03739900453567586, 0.07433555170263535, -0.052970448396088006, 0.006396449135026225, 0.013535265842671354, -0.008503853926654079, 0.001138697551833379, 0.0008211696057861955),
    (2.1171875, -0.03625041857932147, 0.07268511409339302, -0.05265111115556935, 0.0072217304610715195, 0.012875180561410774, -0.00839296507742794, 0.001226006210538404, 0.0007753376024066568),
    (2.1328125, -0.03512753963845921, 0.07104525018844172, -0.05229405146745336, 0.008006033747294786, 0.012224072087780409, -0.00827412592211713, 0.0013083058050290073, 0.0007295909441789367),
    (2.1484375, -0.03403019344515401, 0.06941710894037272, -0.0519011767289326, 0.008749939072149656, 0.011582543209944564, -0.00814780546866593, 0.0013856108675257804, 0.0006840240984659067),
    (2.1640625, -0.03295818824251141, 0.06780178012953526, -0.05147436628090801, 0.009454063044615676, 0.01095116014054729, -0.008014470884053137, 0.001457946067214028, 0.0006387279393542461),
    (2.1796875, -0.031911315702256964, 0.06620029526699406, -0.05101546974911878, 0.010119056523488684, 0.010330452697177113, -0.007874586562569187, 0.0015253458107115858, 0.0005937896308452888),
    (2.1953125, -0.030889351827810635, 0.0646136285476588, -0.05052630549188081, 0.010745602350194226, 0.009720914554144328, -0.007728613232124788, 0.0015878538305546138, 0.0005492925245401567),
    (2.2109375, -0.029892057842098235, 0.06304269785026566, -0.050008659153697115, 0.01133441309948732, 0.009123003562557686, -0.007577007099640332, 0.0016455227632777645, 0.0005053160716492153),
    (2.2265625, -0.028919181059393565, 0.061488365780915995, -0.049464282323803045, 0.011886228852211085, 0.008537142135611086, -0.00742021903641849, 0.0016984137186442207, 0.00046193574911384665),
    (2.2421875, -0.027970455740536235, 0.059951440756910473, -0.04889489129851837, 0.012401814994091622, 0.007963717695926062, -0.007258693804257728, 0.0017465958415557067, 0.00041922299958867466),
    (2.2578125, -0.0270456039309208, 0.05843267812765446, -0.04830216594609646, 0.012881960044347614, 0.007403083181742222, -0.007092869322922391, 0.0017901458681429552, 0.0003772451849947655),
    (2.2734375, -0.026144336280702844, 0.056932781329454445, -0.04768774867258831, 0.013327473517691289, 0.006855557608705115, -0.006923175979445871, 0.001829147677503498, 0.0003360655533190332),
    (2.2890625, -0.025266352846717043, 0.05545240307107414, -0.04705324348707649, 0.013739183823093111, 0.006321426683969179, -0.006750035979607572, 0.0018636918405163024, 0.00029574321830216536),
    (2.3046875, -0.02441134387565064, 0.053992146546972465, -0.046400215164480445, 0.014117936202476774, 0.005800943469311917, -0.006573862741792255, 0.0018938751671219738, 0.0002563331516268817),
    (2.3203125, -0.023578990568063556, 0.05255256667520458, -0.04573018850399154, 0.0144645907123041, 0.005294329089944219, -0.006395060333312194, 0.0019198002534132135, 0.0002178861871902918),
    (2.3359375, -0.02276896582289285, 0.05113417135702932, -0.045044647681061846, 0.01478002025080221, 0.004801773485700344, -0.006214022949148672, 0.0019415750298332963, 0.00018044903701854034),
    (2.3515625, -0.021980934962125154, 0.049737422755333785, -0.044345035690746805, 0.015065108633378252, 0.004323436201299124, -0.006031134432950004, 0.001959312311730705, 0.00014406431835883236),
    (2.3671875, -0.02121455643536505, 0.04836273858905602, -0.04363275388008734, 0.015320748718560644, 0.0038594472123852333, -0.005846767840008663, 0.0019731293534660716, 0.00010877059146332141),
    (2.3828125, -0.02046948250407107, 0.04701049344086092, -0.0429091615671122, 0.01554784058660093, 0.0034099077840853056, -0.005661285041830473, 0.001983147407213454, 7.460240756120102e-05),
    (2.3984375, -0.01974535990527313, 0.04568102007540146, -0.042175575743945974, 0.015747289772531654, 0.002974891358485689, -0.005475031929489634, 0.001989495245642802),
    (2.4140625, -0.019041830494626332, 0.04437461076557742, -0.04143327086142254, 0.01592000555632782, 0.0025544444700309078, -0.005288359268791193, 0.001992292755040441),
    (2.4296875, -0.018358531868695842, 0.0430915186242862, -0.04068347869252701, 0.016066899309148317, 0.0021485876802019585, -0.005101585444426963, 0.001991674698116792),
    (2.4453125, -0.01769509796640611, 0.04183195893924496, -0.03992738827192236, 0.016188882900759993, 0.0017573165357727511, -0.004915024448994958, 0.0019877740374431327),
    (2.4609375, -0.017051159649624725, 0.04059611050855024, -0.03916614590875821, 0.01628686716594192, 0.001380602542366608, -0.004728969341828302, 0.001980722272768582, -7.841869506910251e-05),
    (2.4765625, -0.016426345262887058, 0.03938411697472929, -0.038400855269910196, 0.016361760433624542, 0.0010183941507441192, -0.0045437227198398805, 0.0019706626462938966, -0.00010532418249563291),
    (2.4921875, -0.015820281172302254, 0.038196088155127275, -0.03763257753075756, 0.016414467115907966, 0.0006706177572599921, -0.004359555094223827, 0.0019577291357224637, -0.00013096859707406274),
    (2.5078125, -0.015232592283714047, 0.03703210136656558, -0.03686233159057382, 0.016445886361780397, 0.00033717870940266567, -0.004176729416294023, 0.0019420599871888746, -0.00015534668660423047),
    (2.5234375, -0.014662902540221444, 0.03589220274229778, -0.03609109434958193, 0.016456910773034256, 1.7962318466216145e-05, -0.003995495655098837, 0.0019237938448142132, -0.00017845640668072115),
    (2.5390625, -0.014110835399194459, 0.034776408539382804, -0.03531980104470842, 0.016448425183722755, -0.00028716512517743545, -0.003816090776364072, 0.001903069406369497, -0.0002002988008281705),
    (2.5546875, -0.0135760142889487, 0.033684706434687406, -0.03454934564106286, 0.016421305503096315, -0.0005783553364060994, -0.0036387387530960325, 0.001880025092279571, -0.00022087787651535476),
    (2.5703125, -0.013058063045269857, 0.03261705680782275, -0.03378058127616748, 0.016376417621967697, -0.0008557770216987362, -0.003463650606573789, 0.0018547987283883975, -0.00024020047759194975),
    (2.5859375, -0.012556606328004856, 0.03157339400941345, -0.03301432075396807, 0.0163146163823061, -0.0011196148698340185, -0.0032910244764230508, 0.0018275272428476882, -0.0002582761536824914),
    (2.6015625, -0.012071270017960808, 0.030553627613189357, -0.03225133708566948, 0.016236744609718703, -0.001370068549155922, -0.003121045718432819, 0.001798346377432944, -0.000275117027061176),
    (2.6171875, -0.011601681594375683, 0.029557643650482895, -0.03149236407445882, 0.016143632208342532, -0.0016073517135205982, -0.002953887028750186, 0.0017673904135343606, -0.0002907376575188065),
    (2.6328125, -0.011147470493246108, 0.028585305825806026, -0.030738096941204347, 0.016036095317540827, -0.001831691018931322, -0.0027897085930680098, 0.0017347919130148639, -0.00030515490571952214),
    (2.6484375, -0.010708268446817703, 0.027636456712271395, -0.029989192988249702, 0.015914935529675996, -0.002043325152759459, -0.002628658259404731, 0.0017006814740739178, -0.00031838779553005226),
    (2.6640625, -0.010283709804561935, 0.02671091892571179, -0.02924627229845983, 0.015780939168116116, -0.002242503877339501, -0.0024708717330650244, 0.0016651875022038183, -0.00033045737578820956),
    (2.6796875, -0.00987343183598073, 0.025808496276440083, -0.028509918466716938, 0.015634876624523564, -0.0024294870896157277, -0.0023164727923642267, 0.0016284359962750524, -0.0003413865819602989),
    (2.6953125, -0.009477075015595887, 0.024928974897678906, -0.02778067936111205, 0.015477501754373024, -0.0026045438984072513, -0.002165573523698332, 0.0015905503497391045, -0.0003512000981191625),
    (2.7109375, -0.009094283290494876, 0.024072124349774286, -0.0270590679111291, 0.01530955132955167, -0.0027679517207475097, -0.002018274574544608, 0.0015516511668908835, -0.0003599242196558223),
    (2.7265625, -0.008724704330817745, 0.02323769869939135, -0.026345562920174505, 0.015131744546806701, -0.0029199953986440035, -0.001874665422985398, 0.0015118560940888385, -0.0003675867171182157),
    (2.7421875, -0.008367989763581806, 0.02242543757297185, -0.025640609899864886, 0.01494478259072479, -0.0030609663374945293, -0.0017348246623592276, 0.0014712796657888859, -0.0003742167015504592),
    (2.7578125, -0.008023795390251338, 0.021635067183813167, -0.024944621923548984, 0.014749348249854103, -0.0031911616672876965, -0.001598820299658679, 0.001430033165208542, -0.0003798444916855106),
    (2.7734375, -0.007691781388468976, 0.02086630133220631, -0.024257980496606733, 0.014546105584512421, -0.0033108834276083707, -0.0014667100663135104, 0.0013882244994002104, -0.00038450148332314153),
    (2.7890625, -0.007371612498373629, 0.020118842378146116, -0.02358103644113788, 0.01433569964476441, -0.003420437777363175, -0.0013385417400198702, 0.0013459580884774218, -0.0003882200212038639),
    (2.8046875, -0.0070629581939368425, 0.019392382186200294, -0.022914110792725203, 0.014118756236997158, -0.0035201342300375383, -0.001214353476302047, 0.0013033347687050312, -0.0003910332736679843),
    (2.8203125, -0.006765492839755335, 0.01868660304219527, -0.022257495707031998, 0.01389588173747552, -0.003610284915194254, -0.001094174148521723, 0.00126045170913392, -0.0003929751103673624),
    (2.8359375, -0.006478895833742343, 0.018001178541445458, -0.02161145537407039, 0.013667662951217612, -0.0036912038668243234, -0.000978023695080997, 0.00121740234143267, -0.00039407998327582814),
    (2.8515625, -0.00620285173616408, 0.01733577444831901, -0.020976226938055762, 0.013434667014495595, -0.0037632063390642127, -0.0008659134725992429, 0.0011742763025429598, -0.0003943828112226381),
    (2.8671875, -0.005937050385470393, 0.01669004952699708, -0.020352021420842532, 0.013197441339237755, -0.003826608149699752, -0.0007578466138799783, 0.001131159389762059, -0.00039391886815190837),
    (2.8828125, -0.005681187001370419, 0.016063656343344897, -0.01973902464701819, 0.012956513597584443, -0.003881725051785881, -0.0006538183895221098, 0.0010881335278347703, -0.00039272367528973005),
    (2.8984375, -0.005434962275604889, 0.015456242037871786, -0.019137398168814573, 0.012712391744832668, -0.00392887213362351, -0.0005538165720699724, 0.0010452767476184367, -0.0003908328973797162),
    (2.9140625, -0.00519808245086661, 0.014867449069813625, -0.018547280189078585, 0.012465564078991668, -0.0039683632472500025, -0.0004578218016382813, 0.001002663175868188, -0.00038828224312712173),
    (2.9296875, -0.004970259388319737, 0.014296915932424638, -0.017968786480628048, 0.01221649933516463, -0.004000510465518356, -0.0003658079519912531, 0.0009603630356753738, -0.0003851073699714788),
    (2.9453125, -0.004751210624166668, 0.01374427783961666, -0.01740201130040207, 0.011965646812969428, -0.004025623567762115, -0.0002777424960995237, 0.0009184426570800974, -0.00038134379328796074),
    (2.9609375, -0.004540659415708867, 0.013209167384132253, -0.016847028296899068, 0.011713436535213843, -0.004044009553968577, -0.00019358687024388405, 0.0008769644973688638, -0.0003770268000984793),
    (2.9765625, -0.004338334777344645, 0.012691215167483899, -0.01630389140947912, 0.011460279436047749, -0.004055972187311875, -0.0001132968357810855, 0.0008359871705605115, -0.0003721913673548849),
    (2.9921875, -0.0041439715069429405, 0.012190050401934691, -0.015772635758190327, 0.011206567576826192, -0.004061811564830269, -3.682283773383209e-05, 0.0007955654855777737, -0.00036687208483862215),
    (3.0078125, -0.003957310203027557, 0.011705301484836488, -0.015253278522861331, 0.010952674387932735, -0.004061823715968328, 3.588964058559796e-05, 0.0007557504925979156, -0.00036110308270383254),
    (3.0234375, -0.003778097273201037, 0.011236596545679562, -0.014745819810283816, 0.010698954934831834, -0.00405630022864481, 0.00010489972766106029, 0.0007165895370738626, -0.0003549179636742316),
    (3.0390625, -0.003606084934231571, 0.010783563966243258, -0.01425024350838931, 0.010445746206641932, -0.0040455279024508555, 0.0001702708192628331, 0.0006781263209169785, -0.0003483497398881465),
    (3.0546875, -0.003441031204219956, 0.010345832874270192, -0.013766518126404215, 0.010193367425547401, -0.0040297884285306375, 0.00023207023999008793, 0.000640400970334109, -0.0003414307743709149),
    (3.0703125, -0.0032826998872568266, 0.009923033611116976, -0.013294597620045078, 0.009942120375396912, -0.004009358095647915, 0.0002903689114657065, 0.000603450109814574, -0.00033419272709943445),
    (3.0859375, -0.003130860550973027, 0.009514798173862683, -0.012834422200892839, 0.009692289747868317, -0.003984507521896848, 0.0003452410277365313, 0.0005673069417673921, -0.00032666650561003803),
    (3.1015625, -0.002985288497378307, 0.009120760632381882, -0.012385919129159897, 0.009444143504615338, -0.003955501411474063, 0.00039676373838555995, 0.000532001331315075, -0.00031888222008806153),
    (3.1171875, -0.002845764727375402, 0.008740557521912572, -0.01194900348913729, 0.009197933253848873, -0.0039225983358912005, 0.000445016839816649, 0.0004975598957577268, -0.00031086914286548953),
    (3.1328125, -0.0027120758993281063, 0.008373828211670454, -0.011523578946680806, 0.008953894639845751, -0.0038860505389729247, 0.0004900824751271004, 0.00046400609822985604, -0.0003026556722419021),
    (3.1484375, -0.0025840142820531893, 0.008020215250079933, -0.011109538488164619, 0.008712247743919597, -0.00384610376495472, 0.000532044842939182, 0.00043136034508215224, -0.0002942693005336222),
    (3.1640625, -0.0024613777025969392, 0.007679364687209032, -0.010706765140398599, 0.008473197495432204, -0.0038029971089674442, 0.0005709899155182854, 0.00039964008653140773, -0.0002857365862464647),
    (3.1796875, -0.0023439694891478516, 0.00735092637501013, -0.010315132671071122, 0.008236934091469177, -0.0037569628891717262, 0.000607005166463147, 0.00036885992013368455, -0.00027708313025881883),
    (3.1953125, -0.0022315984094274516, 0.007034554245981103, -0.009934506269342582, 0.008003633423850314, -0.003708226539784566, 0.0006401793082124452, 0.00033903169664865586, -0.00026833355589394654),
    (3.2109375, -0.0021240786048915632, 0.00672990657087223, -0.00956474320627599, 0.00777345751219306, -0.0036570065242229996, 0.0006706020395722093, 0.00031016462787668725, -0.0002595114927533403),
    (3.2265625, -0.0020212295210644865, 0.006436646196073078, -0.009205693474850049, 0.007546554941796377, -0.0036035142675752262, 0.0006983638034299171, 0.0002822653960645899, -0.00025063956417674355),
    (3.2421875, -0.0019228758343185868, 0.0061544407613206495, -0.008857200409356636, 0.007323061305162016, -0.003547954107598093, 0.0007235555547839756, 0.0002553382644909827, -0.0002417393781889775),
    (3.2578125, -0.001828847375401725, 0.005882962898375425, -0.008519101284038946, 0.007103099646020562, -0.0034905232634311976, 0.0007462685391815267, 0.00022938518885776103, -0.00023283152178902734),
    (3.2734375, -0.0017389790500048328, 0.005621890411315578, -0.008191227890878432, 0.006886780904780436, -0.0034314118212119397, 0.0007665940816232555, 0.00020440592913020044, -0.00022393555843289298),
    (3.2890625, -0.0016531107566517497, 0.005370906439101776, -0.007873407096488223, 0.00667420436436913, -0.0033708027357725726, 0.0007846233859611278, 0.0001803981614846496, -0.00021507002855848548),
    (3.3046875, -0.0015710873021832473, 0.005129699601065509, -0.007565461378117743, 0.0064654580954871515, -0.003308871847599496, 0.0008004473447837992, 0.00015735759003950416, -0.00020625245299832904),
    (3.3203125, -0.0014927583150969612, 0.0048979641259730795, -0.007267209338818075, 0.0062606194003463934, -0.003245787914236623, 0.0008141563597548207, 0.00013527805806213053, -0.00019749933912397826),
    (3.3359375, -0.0014179781569947788, 0.004675399965315147, -0.00697846620185983, 0.006059755254015629, -0.003181712655318468, 0.0008258401723407625, 0.00011415165836155178, -0.0001888261895648618),
    (3.3515625, -0.0013466058323791058, 0.004461712891468221, -0.006699044284535269, 0.005862922742546583, -0.0031168008104245693, 0.0008355877048399766, 9.39688425939493e-05, -0.00018024751334368204),
    (3.3671875, -0.0012785048970293663, 0.004256614581369809, -0.006428753451513986, 0.0056701694971043074, -0.003051200208954804, 0.0008434869115979392, 7.471852922530461e-05, -0.00017177683927051209),
    (3.3828125, -0.0012135433651801082, 0.004059822686343052, -0.006167401547956662, 0.005481534123375307, -0.002985051851234989, 0.0008496246402719575, 5.6388209912745466e-05, -0.00016342673143830317),
    (3.3984375, -0.0011515936157122074, 0.0038710608886997873, -0.005914794812624326, 0.005297046625575944, -0.002918490000073723, 0.0008540865029864704, 3.896405408330813e-05, -0.00015520880666361646),
    (3.4140625, -0.0010925322975588933, 0.003690058945743062, -0.005670738271251141, 0.005116728824431916, -0.002851642282004624, 0.00085695675720023, 2.2431011505826974e-05, -0.00014713375371799478),
    (3.4296875, -0.001036240234518686, 0.0035165527217813058, -0.005435036110477185, 0.0049405947685470354, -0.0027846297974628096, 0.0008583181960882879, 6.772912668461345e-06, -0.00013921135419745729),
    (3.4453125, -0.0009826023296578403, 0.003350284208756689, -0.0052074920326637825, 0.004768651138625957, -0.0027175672391605214, 0.0008582520482249075, -8.027433209081908e-06, -0.0001314505048801027),
    (3.4609375, -0.0009315074694755619, 0.003191001536079723, -0.004987909591938044, 0.004600897644060958, -0.0026505630179441157, 0.0008568378863382663, -2.198814268331965e-05, -0.00012385924142471278),
    (3.4765625, -0.0008828484279960959, 0.003038458970250994, -0.004776092511835168, 0.004437327411437119, -0.002583719395433094, 0.0008541535448940583, -3.5128165253532775e-05, -0.00011644476326652443),
    (3.4921875, -0.0008365217709428002, 0.0028924169048390753, -0.004571844984926897, 0.004277927364553386, -0.002517132622761302, 0.0008502750462528254, -4.746719331031431e-05, -0.00010921345956995489),
    (3.5078125, -0.0007924277601405236, 0.0027526418413712475, -0.004374971954842481, 0.004122678595598836, -0.0024508930847608064, 0.0008452765351350095, -5.902557497423991e-05, -0.00010217093610198783),
    (3.5234375, -0.0007504702582840136, 0.0026189063616807017, -0.004185279381104365, 0.00397155672716406, -0.002385085448950102, 0.0008392302211182704, -6.98242299180957e-05, -9.53220428941283e-05),
    (3.5390625, -0.0007105566342016822, 0.002490989092240485, -0.004002574487214965, 0.0038245322648067484, -0.002319788818710168, 0.000832206328883528, -7.988456825189194e-05, -8.867090256528009e-05),
    (3.5546875, -0.0006725976687358879, 0.002368674661000605, -0.0038266659924431354, 0.0036815709399284375, -0.0022550768900542963, 0.0008242730559194023, -8.922841253618293e-05, -8.222093918256093e-05),
    (3.5703125, -0.0006365074613529269, 0.0022517536472305365, -0.003657364327769479, 0.0035426340427557696, -0.002191018111420529, 0.0008154965373892112, -9.78779229760255e-05, -7.597490754191926e-05),
    (3.5859375, -0.0006022033375881955, 0.0021400225248548715, -0.0034944818364584965, 0.003407678745254599, -0.0021276758459388375, 0.0008059408178603708, -0.00010585552583525995, -6.993492275542276e-05),
    (3.6015625, -0.000569605757424479, 0.002033283599755114, -0.003337832959732861, 0.0032766584138387753, -0.0020651085356487436, 0.0007956678295928994, -0.00011318384509870378, -6.410249003722626e-05),
    (3.6171875, -0.0005386382246940473, 0.001931344941495677, -0.0031872344080307795, 0.003149522911767478, -0.002003369867166869, 0.0007847373770816822, -0.00011988563739832234, -5.847853458546805e-05),
    (3.6328125, -0.0005092271975881993, 0.001834020309917036, -0.0030425053183316905, 0.0030262188911554834, -0.0019425089383278066, 0.000773207127546168, -0.00012598373020849271, -5.3063431462663635e-05),
    (3.6484375, -0.00048130200035109493, 0.0017411290770237868, -0.002903467398038396, 0.0029066900745498185, -0.0018825704253456338, 0.0007611326070611778, -0.00013150096330511436, -4.785703538254023e-05),
    (3.6640625, -0.00045479473622814893, 0.0016524961445800656, -0.002769945055905242, 0.002790877526053776, -0.0018235947500672958, 0.0007485672020234626, -0.00013646013347354624, -4.2858710316660276e-05),
    (3.6796875, -0.0004296402017329376, 0.0015679518578094894, -0.002641765520502263, 0.0026787199120053297, -0.0017656182469128763, 0.0007355621656504911, -0.0001408839424411693, -3.8067358839596004e-05),
    (3.6953125, -0.000405775802290481, 0.0014873319155814747, -0.0025187589467042678, 0.002570153751241562, -0.00170867332912138, 0.0007221666292106216, -0.00014479494800178288, -3.3481451136818156e-05),
    (3.7109375, -0.0003831414693089174, 0.0014104772774505378, -0.002400758510691835, 0.0024651136550038135, -0.0016527886539440325, 0.0007084276176872734, -0.0001482155182910429, -2.90990536048314e-05),
    (3.7265625, -0.00036167957872597725, 0.0013372340679000093, -0.002287600493948101, 0.002363532556559925, -0.0015979892864501739, 0.0006943900695838801, -0.00015116778916473477, -2.4917856978407277e-05),
    (3.7421875, -0.0003413348710712897, 0.0012674534781265366, -0.0021791243567311582, 0.0022653419306401562, -0.0015442968616335446, 0.0006800968605812635, -0.00015367362462483404, -2.093520392501604e-05),
    (3.7578125, -0.00032205437308041634, 0.0012009916656868273, -0.0020751728014969228, 0.002170472002802179, -0.0014917297445290812, 0.000665588830764515, -0.000155754580232042, -1.714811605172526e-05),
    (3.7734375, -0.00030378732089159994, 0.001137709652313337, -0.001975591826741488, 0.0020788519488579814, -0.0014403031880722147, 0.0006509048151425009, -0.00015743186943777344, -1.3553320274900607e-05),
    (3.7890625, -0.0002864850848515362, 0.001077473220191048, -0.001880230771725391, 0.0019904100845115845, -0.001390029488454033, 0.000636081677189633, -0.00015872633276341506, -1.0147274507999432e-05),
    (3.8046875, -0.00027010109595202613, 0.001020152806973149, -0.0017889423525348752, 0.0019050740453712559, -0.001340918137746537, 0.0006211543451465344, -0.00015965840975004688, -6.926192627578096e-06),
    (3.8203125, -0.0002545907739151349, 0.0009656233997993289, -0.0017015826899272415, 0.001822770957513351, -0.0012929759735924914, 0.0006061558508236307, -0.00016024811359771691, -3.886068682328499e-06),
    (3.8359375, -0.00023991145694047064, 0.0009137644285665533, -0.001618011329398791, 0.0017434275987871623, -0.0012462073257740816, 0.0005911173706594524, -0.0001605150084097593, -1.0227003145077563e-06),
    (3.8515625, -0.00022602233312440085, 0.0008644596586886387, -0.0015380912539047155, 0.0016669705510611549, -0.001200614159493661, 0.0005760682687935083, -0.00016047818895453876, 1.6682886324811402e-06),
    (3.8671875, -0.00021288437355743313, 0.000817597083567665, -0.0014616888896506702, 0.0015933263436208093, -0.0011561962152183062, 0.0005610361419219303, -0.0001601562628543652, 4.191426342368364e-06),
    (3.8828125, -0.00020046026710260565, 0.0007730688169873075, -0.0013886741053656957, 0.0015224215879370054, -0.0011129511449576844, 0.0005460468657126599, -0.00015956733510914012, 6.5513721081041195e-06),
    (3.8984375, -0.00018871435685454798, 0.0007307709856255335, -0.0013189202054557127, 0.0014541831040314956, -0.0010708746448618207, 0.000531124642565696, -0.00015872899486054623, 8.752896281813353e-06),
    (3.9140625, -0.00017761257827588568, 0.0006906036218717951, -0.001252303917426039, 0.001388538038672586, -0.0010299605840417808, 0.0005162920505128209, -0.00015765830430125967, 1.0800861102969128e-05),
    (3.9296875, -0.0001671223990048619, 0.0006524705571218861, -0.0011887053739503101, 0.0013254139756397186, -0.0009902011295319757, 0.0005015700930602245, -0.0001563717896327252, 1.2700202411608757e-05),
    (3.9453125, -0.00015721276032543645, 0.000616279315712015, -0.0011280080899518875, 0.0012647390383002455, -0.0009515868673278164, 0.00048697824978651656, -0.00015488543397447396, 1.4455912250075002e-05),
    (3.9609375, -0.00014785402028868493, 0.0005819410096423797, -0.0010700989350523478, 0.0012064419847453843, -0.0009141069194467266, 0.0004725345275177308, -0.00015321467212775605, 1.60730223536096e-05),
    (3.9765625, -0.00013901789847205995, 0.000549370234229637, -0.0010148681017299929, 0.001150452295735167, -0.0008777490569741104, 0.00045825551191002817, -0.00015137438709638863, 1.755658852715872e-05),
    (3.9921875, -0.00013067742236097985, 0.0005184849648171215, -0.000962209069519563, 0.0010967002557041815, -0.0008424998090687398, 0.00044415641927989994, -0.0001493789082681624, 1.891167590296985e-05),
))
_GELU_POS = _Table(_DIRECT, (
    (0.0, 0.0, 0.5, 0.39894228040143287, -2.1161800232679097e-13, -0.06649037998564344, -1.4859546087520438e-08, 0.009974951858578312, -6.492652140310599e-05),
    (0.0234375, 0.011937875478050966, 0.5186969956679331, 0.39872317999874135, -0.006230905489659693, -0.06640822555917467, 0.0014016756228445893, 0.009955157606849799, -0.00022244245287700933),
    (0.0390625, 0.0201398328359227, 0.5311515185556428, 0.398333890995329, -0.010377238524342273, -0.06626229688386284, 0.0023335919331734472, 0.009922741315855825, -0.00037020960490556437),
    (0.0546875, 0.028536281265214444, 0.5435908418012118, 0.39775049191153916, -0.014512178611710445, -0.06604370066718496, 0.0032617127680114088, 0.009874203412944442, -0.0005171864927596602),
    (0.0703125, 0.037126935929149604, 0.5560089089166693, 0.39697362307918743, -0.01863119452495082, -0.06575279235490196, 0.004184531285480833, 0.009809647482987904, -0.000663059927384196),
    (0.0859375, 0.04591141753192073, 0.5683996867373119, 0.3960041366532911, -0.022729780922867895, -0.06539004469372126, 0.005100551956133706, 0.00972921121430075, -0.0008075196253783686),
    (0.1015625, 0.05488925273472448, 0.5807571720204321, 0.3948430952273152, -0.02680346565097942, -0.06495604672303477, 0.006008293743930387, 0.009633066036194607, -0.0009502590235695164),
    (0.1171875, 0.06405987467453586, 0.5930753979954436, 0.3934917701077776, -0.030847816971858698, -0.06445150251957911, 0.006906293249080605, 0.009521416668052663, -0.0010909760819549836),
    (0.1328125, 0.07342262358477947, 0.6053484408548122, 0.39195163925189036, -0.03485845070938124, -0.06387722969831912, 0.007793107804515363, 0.009394500581333138, -0.0012293740725132125),
    (0.1484375, 0.08297674751689077, 0.6175704261753282, 0.3902243848726279, -0.03883103729175963, -0.06323415767349483, 0.008667318517903269, 0.009252587376181632, -0.0013651623514363798),
    (0.1640625, 0.09272140316159844, 0.6297355352594076, 0.3883118907163158, -0.04276130867851612, -0.06252332568439624, 0.009527533251294774, 0.009095978074596814, -0.0014980571123967854),
    (0.1796875, 0.1026556567685984, 0.6418380113862746, 0.38621623901852264, -0.04664506515684721, -0.06174588059104191, 0.010372389530672209, 0.008925004332351322, -0.001627782118527645),
    (0.1953125, 0.11277848516313384, 0.6538721659630726, 0.3839397071447117, -0.05047818199317629, -0.06090307444553206, 0.011200557377901698, 0.0087400275721194, -0.0017540694108756458),
    (0.2109375, 0.12308877685784066, 0.6658323845661617, 0.3814847639227656, -0.05425661592606959, -0.05999626184542372, 0.012010742057824262, 0.008541438040503424, -0.0018766599911672803),
    (0.2265625, 0.13358533325806846, 0.6777131328630931, 0.3788540656751365, -0.05797641148710467, -0.05902689707603319, 0.012801686733486695, 0.00832965379188262, -0.001995304476823245),
    (0.2421875, 0.14426686995873966, 0.6895089624060036, 0.3760504519589925, -0.06163370713672911, -0.0579965310491063, 0.013572175022797268, 0.008105119602227739, -0.0021097637262546785),
    (0.2578125, 0.1551320181306671, 0.7012145162874425, 0.37307694102332556, -0.06522474120262853, -0.05690680804581029, 0.014321033450196056, 0.007868305816234843, -0.0022198094325813333),
    (0.2734375, 0.1661793259941124, 0.7128245346499341, 0.369936724992563, -0.06874585760863519, -0.05575946227248913, 0.01504713378725326, 0.007619707131328596, -0.00232522468402449),
    (0.2890625, 0.17740726037723387, 0.7243338600408864, 0.36663316478676916, -0.07219351138275093, -0.05455631423808656, 0.015749395276450615, 0.007359841322270192, -0.002425804489346069),
    (0.3046875, 0.1888142083569436, 0.735737442604776, 0.36316978478904877, -0.07556427393342821, -0.05329926696257582, 0.01642678673275927, 0.007089247910276345, -0.0025213562668294884),
    (0.3203125, 0.20039847897957094, 0.7470303451048852, 0.3595502672712582, -0.07885483808384984, -0.05199030202614171, 0.0170783285180012, 0.006808486780713397, -0.0026117002954268867),
    (0.3359375, 0.2121583050586105, 0.7582077477672149, 0.3557784465895954, -0.08206202285456868, -0.050631475469236804, 0.0177030943833692, 0.0065181367535736825, -0.0026966701268308154),
    (0.3515625, 0.22409184504672136, 0.7692649529395709, 0.35185830316207917, -0.08518277798551248, -0.04922491355397981, 0.018300213175880858, 0.006218794111069698, -0.002776112957365902),
    (0.3671875, 0.2361971849790371, 0.7801973895591987, 0.3477939572403315, -0.08821418818902303, -0.04777280839767761, 0.018868870404954018, 0.005911071086794731, -0.0028498899587367423),
    (0.3828125, 0.2484723404847461, 0.7910006174227391, 0.34358966248845396, -0.09115347712628175, -0.046277413489534534, 0.0194083096657129, 0.005595594320996178, -0.002917876566811809),
    (0.3984375, 0.2609152588638073, 0.8016703312526798, 0.33924979938212857, -0.0939980111001732, -0.04474103910185992, 0.019917833916064165, 0.005273003286589588, -0.0029799627277689476),
    (0.4140625, 0.273523821225579, 0.8122023645548953, 0.3347788684413855, -0.09674530245835172, -0.043166047607299945, 0.020396806605019514, 0.004943948690607097, -0.003036053101075439),
    (0.4296875, 0.2862958446860569, 0.8225926932622882, 0.330181483310753, -0.09939301270100286, -0.04155484871379905, 0.02084465265018366, 0.004609090855823537, -0.0030860672189241033),
    (0.4453125, 0.29922908462034276, 0.8328374391599849, 0.32546236370074677, -0.10193895528852705, -0.039909894629141775, 0.021260859262773088, 0.0042690980873367045, -0.0031299396018959007),
    (0.4609375, 0.31232123696689845, 0.8429328730879676, 0.32062632820486237, -0.104381098145118, -0.038233675167035915, 0.021644976618979635, 0.003924645028895244, -0.003167619830768391),
    (0.4765625, 0.3255699405800779, 0.8528754179174806, 0.3156782870064055, -0.10671756585495759, -0.036528712806772966, 0.021996618376942525, 0.003576411013768319, -0.00319907257453764),
    (0.4921875, 0.3389727796273768, 0.8626616512979901, 0.3106232344896304, -0.10894664154850334, -0.0347975577185419, 0.02231546203904137, 0.0032250784149357873, -0.003224277574868184),
    (0.5078125, 0.35252728602779315, 0.8722883081719388, 0.3054662417697586, -0.11106676847709927, -0.03304278276647717, 0.02260124915966929, 0.0028713309993461623, -0.003243229587330887),
    (0.5234375, 0.3662309419276505, 0.8817522830549848, 0.3002124491565133, -0.11307655127489548, -0.03126697850149224, 0.02285378539908831, 0.002515852290942458, -0.003255938279931407),
    (0.5390625, 0.38008118221020654, 0.8910506320798784, 0.294867058565837, -0.11497475690781295, -0.02947274815588561, 0.023072940424406996, 0.002159323947093332, -0.003262428089572026),
    (0.5546875, 0.39407539703534034, 0.9001805748025874, 0.2894353258944533, -0.11676031531003657, -0.02766270265160827, 0.023258647659151567, 0.001802424152989147, -0.0032627380372262198),
    (0.5703125, 0.4082109344055974, 0.9091394957697362, 0.283922553371894, -0.11843231970925831, -0.025839455633949897, 0.02341090388332492, 0.0014458260384700213, -0.003256921502738097),
    (0.5859375, 0.422485102754857, 0.9179249458468833, 0.2783340819045388, -0.11999002664262266, -0.024005618542236942, 0.02352976868626198, 0.00109019612164612, -0.0032450459602872193),
    (0.6015625, 0.4368951735558856, 0.9265346433076147, 0.2726752834261058, -0.12143285566604443, -0.022163795728939575, 0.023615363774992945, 0.0007361927835498251, -0.00322719267568285),
    (0.6171875, 0.4514383839430406, 0.9349664746838752, 0.2669515532688901, -0.12276038876027529, -0.02031657963835721, 0.023667872141217346, 0.00038446477792559444, -0.003203456366769984),
    (0.6328125, 0.4661119393464014, 0.9432184953784112, 0.2611683025698718, -0.1239723694377847, -0.018466546055795046, 0.02368753709037003, 3.56497801168439e-05, -0.003173944828342104),
    (0.6484375, 0.4809130161336186, 0.9512889300406293, 0.2553309507256104, -0.12506870155519478, -0.01661624943785793, 0.023674661136623917, -0.00030962702114926293, -0.0031387785230621783),
    (0.6640625, 0.4958387642557994, 0.9591761727076119, 0.24944491790960302, -0.126049447836663, -0.014768218334173487, 0.023629604768023046, -0.0006507542854479966, -0.0030980901399935475),
    (0.6796875, 0.5108863098937756, 0.9668787867124508, 0.24351561766551733, -0.12691482811424007, -0.012924950910516061, 0.02355278508627125, -0.0009871358323634463, -0.0030520241224357538),
    (0.6953125, 0.526052758101137, 0.9743955043624764, 0.23754844958941232, -0.12766521729184324, -0.011088910582936838, 0.023444674326016688, -0.0013181918999545183, -0.0030007361668467378),
    (0.7109375, 0.5413351954404602, 0.9817252263903631, 0.2315487921137359, -0.12830114304007262, -0.009262521772115768, 0.023305798258768703, -0.0016433603469191997, -0.002944392694711906),
    (0.7265625, 0.5567306926092059, 0.9888670211814882, 0.2255219954055351, -0.12882328322966166, -0.007448165786738689, 0.02313673448686097, -0.0019620977956032013, -0.0028831702992921132),
    (0.7421875, 0.5722363070518233, 0.9958201237813009, 0.2194733743909372, -0.12923246311189018, -0.005648176844269793, 0.022938110633132305, -0.0022738807132139842, -0.002817255169246439),
    (0.7578125, 0.5878490855546485, 1.0025839346868324, 0.2134082019175582, -0.12952965225479632, -0.0038648382370372377, 0.02271060243223366, -0.0025782064288225916, -0.0027468424911815687),
    (0.7734375, 0.6035660668202668, 1.0091580184268332, 0.20733170206606868, -0.12971596124450538, -0.0021003786510793857, 0.022454931729685896, -0.0028745940839628253, -0.0026721358332275087),
    (0.7890625, 0.6193842840180661, 1.0155421019353674, 0.20124904362169993, -0.12979263816144276, -0.0003569686447130497, 0.022171864395007384, -0.003162585514869207, -0.0025933465117791905),
    (0.8046875, 0.6353007673078004, 1.0217360727240277, 0.19516533371600553, -0.1297610648416182, 0.0013632827067155146, 0.021862208155403084, -0.003441746064630993, -0.0025106929435751288),
    (0.8203125, 0.6513125463330539, 1.0277399768582414, 0.189085611648707, -0.12962275293355663, 0.0030583309939492807, 0.021526810356657166, -0.0037116653237783143, -0.0024243999853077597),
    (0.8359375, 0.6674166526815938, 1.0335540167434476, 0.18301484289894726, -0.12937933975419544, 0.004726199480405916, 0.021166306285278696, -0.003971968946505678),
    (0.8515625, 0.6836101223096841, 1.0391785487271992, 0.17695791333475666, -0.12903258400096518, 0.006364981921249759, 0.020782124215195878, -0.004222275023604834),
    (0.8671875, 0.6998899979275371, 1.0446140805235171, 0.17091962362900068, -0.12858436121593744, 0.007972845205737123, 0.020374957307928356, -0.004462260344708879),
    (0.8828125, 0.7162533313431725, 1.0498612684660704, 0.1649046838895326, -0.12803665916902982, 0.009548031798969688, 0.019945787749522652, -0.004691617425786731),
    (0.8984375, 0.7326971857620659, 1.0549209145969884, 0.1589177085107154, -0.12739157305516288, 0.011088861994754621, 0.019495625296945523, -0.004910065624717721),
    (0.9140625, 0.7492186380400705, 1.0597939635983302, 0.15296321125290924, -0.1266513005647076, 0.012593735970926489, 0.019025504747324687, -0.005117351434836976),
    (0.9296875, 0.765814780887211, 1.064481499573428, 0.1470456005559457, -0.1258181368316746, 0.014061135645964767, 0.018536483383197154, -0.0053132487032785496),
    (0.9453125, 0.7824827250200614, 1.0689847426855044, 0.14116917509202787, -0.12489446927211756, 0.015489626335307514, 0.018029638400797007, -0.005497558774545265),
    (0.9609375, 0.7992196012605346, 1.0733050456611237, 0.135338119562908, -0.12388277232530544, 0.01687785820630929, 0.017506064328363567, -0.005670110559960892),
    (0.9765625, 0.816022562579033, 1.0774438901661763, 0.12955650074560573, -0.12278560211026654, 0.01822456753133419, 0.016966870441379046, -0.005830760533881454),
    (0.9921875, 0.8328887860800291, 1.081402883062226, 0.12382826379033748, -0.1216055910103235, 0.019528577739011076, 0.016413178181552444, -0.0059793926577575915),
    (1.0078125, 0.8498154749282681, 1.0851837525511465, 0.11815722877373777, -0.12034544219821902, 0.020788800264206566, 0.015846118586254232, -0.006115918233348092),
    (1.0234375, 0.8667998602139093, 1.0887883442160722, 0.11254708750986196, -0.11900792411438173, 0.02200423519778993, 0.015266829734975066, -0.0062402756865855245),
    (1.0390625, 0.8838392027550513, 1.0922186169667414, 0.1070014006208752, -0.11759586491079838, 0.02317397173777207, 0.014676454219231914, -0.006352430283787553),
    (1.0546875, 0.9009307948362081, 1.0954766388973782, 0.10152359486874928, -0.11611214687284409, 0.024297188443896032, 0.014076136642177526, -0.006452373782091589),
    (1.0703125, 0.9180719618814347, 1.0985645830652762, 0.09611696074871422, -0.11455970083127731, 0.02537315329823819, 0.013467021153984923, -0.006540124016165237),
    (1.0859375, 0.935260064060927, 1.1014847231982716, 0.09078465034464253, -0.11294150057643192, 0.026401223574845947, 0.012850249028878274, -0.006615724423410217),
    (1.1015625, 0.9524924978300491, 1.1042394293392852, 0.0855296754459855, -0.11126055728643504, 0.027380845521888117, 0.012226956289466314, -0.006679243510032494),
    (1.1171875, 0.9697666973998668, 1.106831163436094, 0.08035490592533082, -0.10951991398104888, 0.0283115538602272, 0.011598271383805177, -0.006730774260495918),
    (1.1328125, 0.9870801361383975, 1.109262474884455, 0.07526306837511386, -0.10772264001247693, 0.029192971102737438, 0.010965312920375099, -0.006770433493010435),
    (1.1484375, 1.0044303279019098, 1.1115359960326516, 0.0702567450014896, -0.1058718256041927, 0.030024806699087563, 0.010329187465901175, -0.0067983611638284605),
    (1.1640625, 1.0218148282957302, 1.113654437655457, 0.06533837277286061, -0.10397057644854196, 0.03080685601108225, 0.009690987410682929, -0.006814719623234243),
    (1.1796875, 1.0392312358641462, 1.115620584405432, 0.0605102428200609, -0.10202200837354025, 0.03153899912400979, 0.009051788905822313, -0.006819692826210566),
    (1.1953125, 1.0566771932091075, 1.1174372902493666, 0.05577450008471435, -0.10002924208893628, 0.03222119949977564, 0.008412649876455774, -0.00681348550085501),
    (1.2109375, 1.0741503880375562, 1.1191074738975553, 0.0511331432118235, -0.09799539802124085, 0.03285350247791076, 0.0077746081148042665, -0.006796322277693909),
    (1.2265625, 1.0916485541373337, 1.1206341142334812, 0.046588024682198546, -0.0959235912470314, 0.033436033630830045, 0.007138679456556984, -0.006768446783106207),
    (1.2421875, 1.109169472281727, 1.1220202457513198, 0.042140851179909684, -0.09381692653343528, 0.03396899697997903, 0.0065058560438008015, -0.006730120700121453),
    (1.2578125, 1.1267109710628345, 1.1232689540085317, 0.03779318418953835, -0.09167849349427269, 0.034452673079745984, 0.005877104677399475, -0.006681622799896435),
    (1.2734375, 1.1442709276540437, 1.1243833711006372, 0.0335464408176154, -0.08951136186990317, 0.03488741697623115, 0.005253365261415438, -0.006623247947203234),
    (1.2890625, 1.16184726850202, 1.125366671165087, 0.029401894832268093, -0.08731857693837067, 0.035273656048155376, 0.004635549341853669, -0.0065553060832781816),
    (1.3046875, 1.1794379699487139, 1.1262220659209485, 0.02536067791475195, -0.08510315506498128, 0.0356118877373561, 0.004024538741692825, -0.0064781211893862965),
    (1.3203125, 1.1970410587840001, 1.1269528002509281, 0.021423781116220654, -0.08286807939697811, 0.035902677176459896, 0.0034211842938545022, -0.006392030234449536),
    (1.3359375, 1.2146546127296562, 1.1275621478320332, 0.017592056512785545, -0.0806162957094995, 0.03614665472143752, 0.002826304673448335, -0.006297382110069913),
    (1.3515625, 1.2322767608554903, 1.1280534068209596, 0.013866219051637778, -0.07835070840852197, 0.03634451339683987, 0.002240685330319586, -0.006194536556250357),
    (1.3671875, 1.249905683928519, 1.1284298956000596, 0.01024684858075051, -0.07607417669600001, 0.036497006261581096, 0.0016650775226179683, -0.00608386308107763),
    (1.3828125, 1.2675396146961861, 1.1286949485895053, 0.006734392054445476, -0.07378951090192143, 0.036604943703179814, 0.0011001974518026264, -0.00596573987758281),
    (1.3984375, 1.2851768381046995, 1.1288519121310208, 0.003329165906898983, -0.07149946898750162, 0.03666919066838963, 0.0005467254991994076, -0.005840552740936385),
    (1.4140625, 1.3028156914536417, 1.1289041404483053, 3.135858547577957e-05, -0.0692067532232449, 0.036690663838148035, 5.305563933709036e-06, -0.0057086939890671215),
    (1.4296875, 1.3204545644880947, 1.1288549916890145, -0.003158966764383718, -0.06691400704510563, 0.036670328754747655, -0.0005234554982239059, -0.005570561389717153),
    (1.4453125, 1.3380918994295894, 1.1287078240528994, -0.0062418694711374595, -0.06462381209148924, 0.036609196909086664, -0.0010389883358406036, -0.005426557096860526),
    (1.4609375, 1.3557261909472544, 1.1284659920104498, -0.00921752837450858, -0.0623386854233449, 0.036508322795786786, -0.0015407614636440995, -0.0052770865993193375),
    (1.4765625, 1.3733559860706206, 1.1281328426161106, -0.012086238736870708, -0.06006107692911639, 0.0363688009438778, -0.0020282815264578455, -0.005122557684311029),
    (1.4921875, 1.3909798840455785, 1.1277117119198712, -0.014848409037349082, -0.057793366915841, 0.03619176293063841, -0.0025010934667723194, -0.0049633794185529),
    (1.5078125, 1.408596536135061, 1.1272059214807597, -0.017504557657384165, -0.05553786388721491, 0.03597837438605471, -0.002958780597717049, -0.004799961149436096),
    (1.5234375, 1.4262046453660664, 1.1266187749854928, -0.020055309466531966, -0.05329680250898234, 0.03572983199521046, -0.003400964583427964, -0.0046327115286615966),
    (1.5390625, 1.4438029662246896, 1.1259535549752668, -0.022501392317281394, -0.0510723417615532, 0.03544736050575905, -0.0038273053290231473, -0.004462037560605862),
    (1.5546875, 1.4613903043008702, 1.1252135196833897, -0.02484363345765411, -0.04886656327931306, 0.03513220974744605, -0.004237500782606601, -0.004288343677554112),
    (1.5703125, 1.4789655158846124, 1.1244018999861936, -0.02708295587031707, -0.04668146987565937, 0.034785651670454235, -0.004631286651913854, -0.004112030843805513),
    (1.5859375, 1.4965275075154618, 1.1235218964693823, -0.02922037454688293, -0.044518984252381565, 0.03440897740913198, -0.005008436038394711, -0.003933495690517261),
    (1.6015625, 1.5140752354870572, 1.1225766766117098, -0.03125699270599906, -0.04238094789159936, 0.034003494377440505, -0.005368758991696931, -0.0037531296830143044),
    (1.6171875, 1.531607705308606, 1.1215693720876094, -0.033193997963733186, -0.040269120128084784, 0.033570523402218035, -0.005712101987669827, -0.003571318322148822),
    (1.6328125, 1.549123971125151, 1.1205030761901347, -0.03503265846465278, -0.03818517739942062, 0.033111395900109364, -0.006038347333148542, -0.0033884403811491317),
    (1.6484375, 1.5666231350985171, 1.119380841375311, -0.03677431898186765, -0.03613071267108989, 0.0326274511037497, -0.006347412500907887, -0.0032048671792519966),
    (1.6640625, 1.584104346750845, 1.118205676928739, -0.03842039699416073, -0.03410723503325037, 0.03212003334252216, -0.006639249398289097, -0.003020961893265877),
    (1.6796875, 1.6015668022726217, 1.116980546755041, -0.03997237874817252, -0.032116169465624386, 0.03159048938293071, -0.006913843573103547, -0.0028370789080661325),
    (1.6953125, 1.619009743797135, 1.115708367290499, -0.041431815313429717, -0.030158856766627672, 0.031040165833345006, -0.007171213360504487, -0.0026535632068769507),
    (1.7109375, 1.6364324586432761, 1.1143920055389815, -0.042800318637820384, -0.028236553642572975, 0.03047040661758277, -0.007411408974591138, -0.002470749802049486),
    (1.7265625, 1.6538342785286158, 1.1130342772310367, -0.04407955761091614, -0.026350432952514245, 0.02988255052149813, -0.007634511548569275, -0.00228896320690174),
    (1.7421875, 1.671214578754677, 1.111637945105788, -0.04527125414232825, -0.024501584104046143, 0.029277928816444313, -0.007840632127338735, -0.0021085169490436604),
    (1.7578125, 1.6885727773663162, 1.1102057173150564, -0.04637717926205918, -0.022691013595141137, 0.02865786296317496, -0.00802991061641146, -0.0019297131254711617),
    (1.7734375, 1.705908334287121, 1.1087402459489146, -0.04739914924957573, -0.020919645696893443, 0.028023662399442522, -0.008202514691083787, -0.0017528419995758075),
    (1.7890625, 1.7232207504327113, 1.1072441256816745, -0.04833902179808463, -0.019188323271844835, 0.02737662241424542, -0.008358638669794216, -0.0015781816400830667),
    (1.8046875, 1.740509566803816, 1.1057198925371097, -0.049198692220237754, -0.017497808722392604, 0.026718022111368433, -0.008498502355592895, -0.0014059976018018275),
    (1.8203125, 1.7577743635609806, 1.104170022771523, -0.0499800897012326, -0.015848785063624103, 0.026049122464554784, -0.008622349849632178, -0.0012365426479415591),
    (1.8359375, 1.775014759082732, 1.1025969318730924, -0.05068517360500522, -0.014241857114785796, 0.0253711644663439, -0.008730448340558979, -0.0010700565136315043),
    (1.8515625, 1.7922304090090067, 1.1010029736757445, -0.051315929838938595, -0.012677552803477035, 0.024685367372307115, -0.008823086873649837, -0.0009067657101588858),
    (1.8671875, 1.809421005271613, 1.0993904395856515, -0.05187436728222983, -0.011156324576559757, 0.023992927042115562, -0.008900575103479037, -0.0007468833693306127),
    (1.8828125, 1.8265862751134783, 1.097761557918283, -0.052362514282776114, -0.009678550911695007, 0.023295014378580413, -0.00896324203384917, -0.000590609127255629),
    (1.8984375, 1.8437259800983812, 1.096118493343798, -0.05278241522715241, -0.008244537923354878, 0.022592773865517286, -0.009011434748642902, -0.0004381290467431184),
    (1.9140625, 1.8608399151128547, 1.0944633464384301, -0.05313612718796419, -0.006854521057114144, 0.021887322205003522, -0.009045517137174596, -0.00028961557741545487),
    (1.9296875, 1.8779279073618884, 1.0927981533393782, -0.05342571665256769, -0.005508666865998932, 0.021179747054321175, -0.00906586861753177, -0.00014522755254426135),
    (1.9453125, 1.8949898153600313, 1.0911248855006062, -0.05365325633684731, -0.0042070748611918425, 0.0204711053948296, -0.009072902104750752),
    (1.9609375, 1.9120255279194491, 1.089445449546839, -0.05382082208753328, -0.002949779441144822, 0.019762424806988792, -0.009066966522954915, 0.00013060468310602494),
    (1.9765625, 1.9290349631364507, 1.0877616872229372, -0.05393048987595195, -0.001736751862065491, 0.019054697827668537, -0.009048537977112033, 0.00026179884551501514),
    (1.9921875, 1.946018067377947, 1.0860753754357466, -0.05398433288641018, -0.0005679022949977597, 0.018348885761301628, -0.009018026066669424, 0.00038836723427452245),
    (2.0078125, 1.96297481426927, 1.0843882263854308, -0.05398441870137849, 0.0005569180880003363, 0.017645915571621863, -0.008975868864801078, 0.0005102179395735219),
    (2.0234375, 1.979905203684721, 1.0827018877832189, -0.05393280658595208, 0.0016379149737942155, 0.016946679676169977, -0.008922512453591934, 0.0006272719811641904),
    (2.0390625, 1.996809260742176, 1.0810179431524392, -0.053831544873487534, 0.0026753487304655957, 0.016252035367703394, -0.008858409721990165, 0.0007394630885572957),
    (2.0546875, 2.013687034803026, 1.079337912209648, -0.05368266845412148, 0.0036695321963609215, 0.015562804328680515, -0.00878401918560882, 0.0008467374549519344),
    (2.0703125, 2.030538598478675, 1.0776632513226156, -0.05348819636759396, 0.0046208284416572095, 0.014879772237018108, -0.008699803830767761, 0.0009490534664282614),
    (2.0859375, 2.0473640466447764, 1.0759953540418907, -0.05325012950153211, 0.005529648508088836, 0.014203688461139181, -0.008606229985022237, 0.0010463814079602095),
    (2.1015625, 2.064163495464324, 1.0743355517026354, -0.05297044839608799, 0.006396449132349516, 0.013535265842159026, -0.00850376621627732, 0.0011387031478274582),
    (2.1171875, 2.0809370814206787, 1.072685114093393, -0.052651111155569336, 0.007221730458544207, 0.012875180560898857, -0.008392882262438582, 0.001226011802022206),
    (2.1328125, 2.0976849603615406, 1.0710452501884418, -0.052294051467453355, 0.00800603374491659, 0.01222407208726998, -0.008274047993399281, 0.001308311380256742),
    (2.1484375, 2.114407306554846, 1.0694171089403728, -0.05190117672893259, 0.008749939069919992, 0.011582543209436661, -0.008147732407013494, 0.0013856164151825686),
    (2.1640625, 2.1311043117574884, 1.0678017801295352, -0.051474366280908006, 0.009454063042533661, 0.010951160140042906, -0.008014402660553617, 0.0014579515764310492),
    (2.1796875, 2.147776184297743, 1.066200295266994, -0.05101546974911877, 0.010119056521553151, 0.0103304526966772, -0.007874523138999964, 0.0015253512710794504),
    (2.1953125, 2.1644231481721894, 1.0646136285476588, -0.050526305491880794, 0.010745602348403736, 0.009720914553649799, -0.007728554561360329, 0.0015878592321349743),
    (2.2109375, 2.181045442157902, 1.0630426978502656, -0.0500086591536971, 0.011334413097840177, 0.009123003562069404, -0.007576953126068802, 0.0016455280966131904),
    (2.2265625, 2.1976433189406066, 1.061488365780916, -0.04946428232380303, 0.011886228850705347, 0.008537142135129874, -0.007420169696366244, 0.001698418974766365),
    (2.2421875, 2.2142170442594638, 1.0599514407569104, -0.04889489129851836, 0.012401814992725111, 0.007963717695452696, -0.007258649026420221, 0.0017466010119917984),
    (2.2578125, 2.2307668960690794, 1.0584326781276545, -0.048302165946096445, 0.012881960043117936, 0.007403083181277429, -0.007092829028800049, 0.0017901509449206531),
    (2.2734375, 2.247293163719297, 1.0569327813294545, -0.047687748672588307, 0.01332747351659584, 0.00685555760824958, -0.006923140083783506, 0.001829152653154149),
    (2.2890625, 2.263796147153283, 1.0554524030710741, -0.04705324348707648, 0.0137391838221291, 0.0063214266835235405, -0.0067500043908359664, 0.0018636967080766509),
    (2.3046875, 2.280276156124349, 1.0539921465469724, -0.04640021516448043, 0.014117936201641226, 0.005800943468876765, -0.006573835362470583, 0.0018938799201343674),
    (2.3203125, 2.2967335094319363, 1.0525525666752047, -0.045730188503991534, 0.014464590711593873, 0.0052943290895201, -0.006395037060569984, 0.001919804885924363),
    (2.3359375, 2.313168534177107, 1.0511341713570292, -0.04504464768106184, 0.014780020250214014, 0.004801773485287756, -0.006214003675126069, 0.0019415795363916402),
    (2.3515625, 2.329581565037875, 1.0497374227553338, -0.0443450356907468, 0.015065108632908657, 0.004323436200898521, -0.006031119045235142, 0.00195931668738244),
    (2.3671875, 2.345972943564635, 1.048362738589056, -0.04363275388008733, 0.015320748718206094, 0.0038594472119970235, -0.005846756222070997, 0.0019731335937499084),
    (2.3828125, 2.362343017495929, 1.0470104934408608, -0.04290916156711219, 0.015547840586357754, 0.003409907783709853, -0.0056612770734489875, 0.001983151508154159),
    (2.3984375, 2.378692140094727, 1.0456810200754014, -0.042175575743945974, 0.015747289772531654, 0.002974891358485689, -0.005475031929489634, 0.001989495245642802),
    (2.4140625, 2.3950206695053735, 1.0443746107655774, -0.04143327086142254, 0.01592000555632782, 0.0025544444700309078, -0.005288359268791193, 0.001992292755040441),
    (2.4296875, 2.411328968131304, 1.0430915186242862, -0.04068347869252701, 0.016066899309148317, 0.0021485876802019585, -0.005101585444426963, 0.001991674698116792),
    (2.4453125, 2.427617402033594, 1.0418319589392449, -0.03992738827192236, 0.016188882900759993, 0.0017573165357727511, -0.004915024448994958, 0.0019877740374431327),
    (2.4609375, 2.4438863403503754, 1.0405961105085502, -0.0391661459087582, 0.01628686716619754, 0.0013806025420588979, -0.004728977717865182, 0.001980725633786049),
    (2.4765625, 2.460136154737113, 1.0393841169747293, -0.038400855269910196, 0.01636176043396786, 0.0010183941504504608, -0.004543733969692975, 0.0019706658538261607),
    (2.4921875, 2.476367218827698, 1.0381960881551273, -0.037632577530757556, 0.016414467116334878, 0.0006706177569804628, -0.00435956908319598, 0.001957732188927871),
    (2.5078125, 2.492579907716286, 1.0370321013665655, -0.03686233159057381, 0.01644588636228677, 0.000337178709137306, -0.004176746009127084, 0.0019420628856244787),
    (2.5234375, 2.5087745974597784, 1.0358922027422979, -0.03609109434958192, 0.01645691077361596, 1.7962318215031408e-05, -0.003995514716316291, 0.0019237965884214183),
    (2.5390625, 2.5249516646008057, 1.034776408539383, -0.035319801044708415, 0.016448425184375656, -0.0002871651254144737, -0.0038161121706008676, 0.001903071995459163),
    (2.5546875, 2.5411114857110513, 1.0336847064346875, -0.03454934564106285, 0.0164213055038163, -0.000578355336629052, -0.0036387623454151624, 0.0018800275275166491),
    (2.5703125, 2.55725443695473, 1.0326170568078228, -0.033780581276167475, 0.016376417622750664, -0.000855777021907695, -0.00346367626276925, 0.0018548010107761622),
    (2.5859375, 2.5733808936719953, 1.0315733940094134, -0.03301432075396806, 0.016314616383147986, -0.0011196148700291049, -0.0032910520633088513, 0.0018275293737116294),
    (2.6015625, 2.5894912299820394, 1.0305536276131892, -0.032251337085669476, 0.016236744610615486, -0.0013700685493372854, -0.0031210751041177683, 0.001798348358404384),
    (2.6171875, 2.605585818405624, 1.029557643650483, -0.031492364074458816, 0.016143632209290232, -0.0016073517136884143, -0.002953918082898248, 0.001767392246533856),
    (2.6328125, 2.621665029506754, 1.028585305825806, -0.030738096941204343, 0.016036095318535518, -0.0018316910190857918, -0.002789741187144064, 0.0017347936002354524),
    (2.6484375, 2.637729231553182, 1.0276364567122713, -0.0299891929882497, 0.01591493553071382, -0.002043325152900806, -0.0026286922669056263, 0.0017006830179642706),
    (2.6640625, 2.653778790195438, 1.0267109189257118, -0.029246272298459827, 0.015780939169193285, -0.002242503877467972, -0.00247090702973587, 0.0016651889054513488),
    (2.6796875, 2.6698140681640194, 1.02580849627644, -0.028509918466716938, 0.015634876625636358, -0.002429487089731589, -0.0023165092563999065, 0.0016284372617890407),
    (2.6953125, 2.685835424984404, 1.0249289748976789, -0.027780679361112046, 0.015477501755517806, -0.002604543898510788, -0.0021656110359302753, 0.0015905514806338848),
    (2.7109375, 2.7018432167095052, 1.0240721243497743, -0.0270590679111291, 0.01530955133072489, -0.0027679517208390237, -0.0020183130186128945, 0.0015516521664691468),
    (2.7265625, 2.7178377956691824, 1.0232376986993914, -0.026345562920174505, 0.0151317445480049, -0.0029199953987238134, -0.0018747046854963262, 0.001511856965825095),
    (2.7421875, 2.733819510236418, 1.0224254375729718, -0.025640609899864882, 0.0149447825919446, -0.0030609663375629668, -0.0017348646330284918, 0.0014712804133131339),
    (2.7578125, 2.7497887046097484, 1.0216350671838133, -0.024944621923548984, 0.014749348251092257, -0.003191161667345107, -0.0015988608714403653, 0.0014300337922901819),
    (2.7734375, 2.765745718611531, 1.0208663013322063, -0.024257980496606733, 0.014546105585765754, -0.003310883427655111, -0.0014667511355151393, 0.001388225009932246),
    (2.7890625, 2.781690887501626, 1.0201188423781462, -0.02358103644113788, 0.014335699646029865, -0.0034204377773996114, -0.0013385832064037558, 0.0013459584864609852),
    (2.8046875, 2.797624541806063, 1.0193923821862003, -0.022914110792725203, 0.014118756238271782, -0.0035201342300640454, -0.0012143952431732652, 0.0013033350582342623),
    (2.8203125, 2.8135470071602446, 1.0186866030421953, -0.022257495707031994, 0.013895881738756475, -0.003610284915211214, -0.0010942161228030209, 0.0012604518943812354),
    (2.8359375, 2.8294586041662577, 1.0180011785414453, -0.02161145537407039, 0.013667662952502168, -0.003691203866832124, -0.0009780657873749907, 0.0012174024266344496),
    (2.8515625, 2.845359648263836, 1.017335774448319, -0.020976226938055762, 0.013434667015781138, -0.003763206339063246, -0.0008659555972382837, 0.0011742762919856736),
    (2.8671875, 2.8612504496145297, 1.016690049526997, -0.020352021420842532, 0.013197441340521785, -0.003826608149690414, -0.0007578886889640823, 0.001131159287768864),
    (2.8828125, 2.8771313129986296, 1.016063656343345, -0.01973902464701819, 0.012956513598864577, -0.00388172505176857, -0.0006538603369453708, 0.00108813333875259),
    (2.8984375, 2.8930025377243953, 1.0154562420378719, -0.019137398168814573, 0.012712391746106638, -0.003928872133598624, -0.0005538583175358914, 0.0010452764758055514),
    (2.9140625, 2.9088644175491334, 1.0148674490698135, -0.018547280189078585, 0.012465564080257325, -0.003968363247217942, -0.00045786327466446134, 0.0010026628256823418),
    (2.9296875, 2.92471724061168, 1.0142969159324247, -0.017968786480628048, 0.012216499336419938, -0.004000510465479518, -0.0003658490859039241, 0.0009603626114624198),
    (2.9453125, 2.9405612893758333, 1.0137442778396166, -0.01740201130040207, 0.011965646814212466, -0.004025623567716896, -0.0002777832280183681, 0.0009184421631631875),
    (2.9609375, 2.9563968405842913, 1.0132091673841321, -0.016847028296899068, 0.01171343653644281, -0.004044009553917368, -0.00019362714105764588, 0.000876963938038193),
    (2.9765625, 2.9722241652226553, 1.0126912151674838, -0.01630389140947912, 0.011460279437260955, -0.004055972187255067, -0.00011333659011445127, 0.000835986550063624),
    (2.9921875, 2.988043528493057, 1.0121900504019348, -0.015772635758190327, 0.01120656757802206, -0.0040618115647682446, -3.686202390607655e-05, 0.0007955648081104343),
    (3.0078125, 3.0038551897969725, 1.0117053014848365, -0.015253278522861333, 0.010952674389109799, -0.004061823715901467, 3.585107060970538e-05, 0.0007557497622955487),
    (3.0234375, 3.019659402726799, 1.0112365965456795, -0.014745819810283818, 0.010698954935988735, -0.0040563002285734845, 0.00010486181832759123, 0.0007165887580035597),
    (3.0390625, 3.0354564150657684, 1.0107835639662432, -0.014250243508389313, 0.010445746207777423, -0.00404552790237543, 0.00017023361149178163, 0.0006781254970700714),
    (3.0546875, 3.05124646879578, 1.0103458328742703, -0.013766518126404217, 0.01019336742666034, -0.004029788428451471, 0.0002320337712447034, 0.0006404001056193071),
    (3.0703125, 3.067029800112743, 1.009923033611117, -0.01329459762004508, 0.009942120376486256, -0.004009358095565356, 0.0002903332158275872, 0.0006034492080516581),
    (3.0859375, 3.0828066394490268, 1.0095147981738626, -0.01283442220089284, 0.00969228974893313, -0.003984507521811238, 0.00034520613598599387, 0.0005673060066814605),
    (3.1015625, 3.0985772115026218, 1.0091207606323818, -0.0123859191291599, 0.009444143505654777, -0.003955501411385735, 0.00039672967808680574, 0.000532000366531332),
    (3.1171875, 3.1143417352726246, 1.0087405575219126, -0.011949003489137291, 0.00919793325486219, -0.003922598335800475, 0.0004449836354072566, 0.0004975589047968038),
    (3.1328125, 3.130100424100672, 1.0083738282116705, -0.011523578946680808, 0.008953894640832297, -0.0038860505388801153, 0.0004900501480113821, 0.0004640050845036557),
    (3.1484375, 3.145853485717947, 1.00802021525008, -0.011109538488164622, 0.008712247744878807, -0.0038461037648601284, 0.0005320134115849539, 0.00043135931189020206),
    (3.1640625, 3.161601122297403, 1.007679364687209, -0.0107067651403986, 0.0084731974963636, -0.003802997108871362, 0.0005709593955566083, 0.00039963903705771017),
    (3.1796875, 3.177343530510852, 1.0073509263750102, -0.010315132671071125, 0.008236934092372366, -0.003756962889074434, 0.0006069755707906132, 0.0003688588574440498),
    (3.1953125, 3.1930809015905726, 1.007034554245981, -0.009934506269342584, 0.008003633424724982, -0.003708226539686333, 0.0006401506470955918, 0.00033903062368850144),
    (3.2109375, 3.2088134213951083, 1.0067299065708721, -0.009564743206275992, 0.007773457513038971, -0.0036570065241240853, 0.0006705743207536594, 0.0003101635474692886),
    (3.2265625, 3.2245412704789356, 1.006436646196073, -0.00920569347485005, 0.007546554942613369, -0.0036035142674758773, 0.0006983370322358605, 0.00028226431090976544),
    (3.2421875, 3.2402646241656816, 1.0061544407613205, -0.00885720040935664, 0.007323061305949996, -0.003547954107498545, 0.0007235297342326159, 0.00025533717716419576),
    (3.2578125, 3.2559836526245984, 1.0058829628983754, -0.008519101284038948, 0.007103099646779506, -0.003490523263331675, 0.0007462436700921388, 0.00022938410180962064),
    (3.2734375, 3.2716985209499954, 1.0056218904113157, -0.008191227890878436, 0.006886780905510383, -0.0034314118211126563, 0.0007665701627255116, 0.00020440484468634286),
    (3.2890625, 3.2874093892433485, 1.0053709064391019, -0.007873407096488224, 0.0066742043650701785, -0.0033708027356737285, 0.000784600414004368, 0.00018039708184598184),
    (3.3046875, 3.303116412697817, 1.0051296996010655, -0.0075654613781177445, 0.006465458096159458, -0.003308871847501282, 0.0008004253146459366, 0.00015735651728279054),
    (3.3203125, 3.3188197416849032, 1.004897964125973, -0.007267209338818078, 0.0062606194009901675, -0.003245787914139218, 0.0008141352645505912, 0.00013527699414090296),
    (3.3359375, 3.334519521843005, 1.004675399965315, -0.006978466201859833, 0.006059755254631131, -0.00318171265522204, 0.0008258200035290427, 0.00011415060510732493),
    (3.3515625, 3.350215894167621, 1.0044617128914681, -0.0066990442845352716, 0.005862922743134122, -0.003116800810329274, 0.0008355684523299121, 9.396780171772093e-05),
    (3.3671875, 3.365908995102971, 1.0042566145813698, -0.006428753451513987, 0.005670169497664236, -0.003051200208860788, 0.0008434685638536435, 7.471750231932205e-05),
    (3.3828125, 3.3815989566348197, 1.004059822686343, -0.006167401547956665, 0.005481534123908017, -0.002985051851142387, 0.0008496071844155541, 5.638719845251908e-05),
    (3.3984375, 3.3972859063842877, 1.0038710608886998, -0.005914794812705973, 0.0052970466259011795, -0.0029184864328232066, 0.0008540722931977147),
    (3.4140625, 3.412969967702441, 1.0036900589457431, -0.005670738271298144, 0.005116728824740231, -0.0028516402283990873, 0.0008569432867047812),
    (3.4296875, 3.4286512597654815, 1.0035165527217813, -0.005435036110491377, 0.004940594768838749, -0.002784629177398744, 0.0008583054509102959),
    (3.4453125, 3.4443298976703423, 1.0033502842087567, -0.00520749203264696, 0.004768651138901407, -0.002717567974108282, 0.0008582400135739979),
    (3.4609375, 3.4600059925305247, 1.0031910015360797, -0.004987909591891968, 0.004600897644320502, -0.0026505650310326796, 0.0008568265466883787),
    (3.4765625, 3.475679651572004, 1.003038458970251, -0.004776092511761557, 0.004437327411681126, -0.0025837226115263184, 0.0008541428840600047),
    (3.4921875, 3.491350978229057, 1.002892416904839, -0.00457184498482743, 0.00427792736478224, -0.002517136968525938, 0.0008502650474644726),
    (3.5078125, 3.5070200722398597, 1.0027526418413713, -0.004374971954842483, 0.004122678595931875, -0.0024508930846831737, 0.000845265622104239, -5.902642293056503e-05),
    (3.5234375, 3.522687029741716, 1.0026189063616806, -0.004185279381104367, 0.003971556727474774, -0.0023850854488746574, 0.0008392200396282719, -6.982505397172171e-05),
    (3.5390625, 3.5383519433657984, 1.0024909890922404, -0.004002574487214966, 0.0038245322650957824, -0.0023197888186369544, 0.0008321968578120059, -7.988536794280007e-05),
    (3.5546875, 3.554014902331264, 1.0023686746610005, -0.003826665992443137, 0.003681570940196447, -0.0022550768899833474, 0.0008242642737783316, -8.922918748784709e-05),
    (3.5703125, 3.569675992538647, 1.0022517536472306, -0.00365736432776948, 0.0035426340430034196, -0.002191018111351872, 0.0008154884223963235, -9.7878672891817e-05),
    (3.5859375, 3.5853352966624117, 1.002140022524855, -0.0034944818364584978, 0.00340767874548256, -0.0021276758458724926, 0.0008059333480074796, -0.00010585625049482155),
    (3.6015625, 3.6009928942425757, 1.0020332835997552, -0.003337832959732863, 0.003276658414047726, -0.0020651085355847245, 0.0007956609827110443, -0.00011318454435430574),
    (3.6171875, 3.616648861775306, 1.0019313449414957, -0.0031872344080307808, 0.0031495229119580964, -0.0020033698671051833, 0.0007847311309030817, -0.00011988631117121288),
    (3.6328125, 3.6323032728024116, 1.001834020309917, -0.0030425053183316918, 0.0030262188913284505, -0.0019425089382684552, 0.0007732014597629796, -0.00012598437848525447),
    (3.6484375, 3.647956197999649, 1.0017411290770237, -0.0029034673980383972, 0.0029066900747058144, -0.0018825704252886121, 0.0007611274953810779, -0.0001315015861340375),
    (3.6640625, 3.6636077052637717, 1.00165249614458, -0.0027699450559052433, 0.002790877526193479, -0.0018235947500125941, 0.0007485626242220632, -0.00013646073096102877),
    (3.6796875, 3.679257859798267, 1.0015679518578096, -0.0026417655205022645, 0.002678719912129415, -0.00176561824686048, 0.0007355580996206218, -0.000140884514748154),
    (3.6953125, 3.6949067241977094, 1.0014873319155815, -0.002518758946704269, 0.002570153751350699, -0.0017086733290712695, 0.0007221630530085148, -0.00014479549534023964),
    (3.7109375, 3.710554358530691, 1.0014104772774506, -0.0024007585106918363, 0.0024651136550986655, -0.0016527886538961842, 0.0007084245095756927, -0.00014821604092050535),
    (3.7265625, 3.726200820421274, 1.0013372340679, -0.002287600493948102, 0.002363532556641148, -0.0015979892864045602, 0.0006943874080722457, -0.00015116828738889794),
    (3.7421875, 3.7418461651289285, 1.0012674534781265, -0.0021791243567311595, 0.002265341930708397, -0.0015442968615901336, 0.0006800946244628295, -0.00015367409878822076),
    (3.7578125, 3.7574904456269196, 1.0012009916656868, -0.0020751728014969236, 0.0021704720028580754, -0.0014917297444878381, 0.0006655869991506627, -0.000155755030716744),
    (3.7734375, 3.7731337126791082, 1.0011377096523133, -0.0019755918267414887, 0.00207885194890216, -0.0014403031880331012, 0.0006509033674942151, -0.00015743229666027333),
    (3.7890625, 3.7887760149151486, 1.001077473220191, -0.0018802307717253918, 0.001990410084544661, -0.0013900294884170083, 0.0006360805933462343, -0.0001587267371714937),
    (3.8046875, 3.804417398904048, 1.001020152806973, -0.001788942352534876, 0.0019050740453938327, -0.0013409181377115574, 0.0006211536053517453, -0.00015965879181978145),
    (3.8203125, 3.820057909226085, 1.0009656233997992, -0.0017015826899272424, 0.001822770957526018, -0.001292975973559511, 0.0006061554357490559, -0.0001602484738305731),
    (3.8359375, 3.8356975885430593, 1.0009137644285666, -0.0016180113293987916, 0.0017434275987904956, -0.0012462073257430526, 0.0005911172614255573, -0.00016051534732978152),
    (3.8515625, 3.8513364776668757, 1.0008644596586886, -0.0015380912539047162, 0.0016669705510557167, -0.0012006141594645334, 0.0005760684469881821, -0.0001604785071056409),
    (3.8671875, 3.8669746156264426, 1.0008175970835678, -0.0014616888896506709, 0.0015933263436071466, -0.0011561962151910288, 0.000561036589616725, -0.0001601565607977249),
    (3.8828125, 3.8826120397328974, 1.0007730688169874, -0.0013886741053656963, 0.0015224215879156503, -0.001112951144932204, 0.0005460475654767939, -0.0001595676134206979),
    (3.8984375, 3.8982487856431454, 1.0007307709856255, -0.001318920205455713, 0.0014541831040029642, -0.001070874644838084, 0.0005311255774779164, -0.00015872925412861152),
    (3.9140625, 3.913884887421724, 1.000690603621872, -0.0012523039174260396, 0.001388538038637379, -0.0010299605840197329, 0.0005162932041712185, -0.0001576585451242243),
    (3.9296875, 3.929520377600995, 1.0006524705571218, -0.0011887053739503106, 0.0013254139755983206, -0.0009902011295115608, 0.0005015714495900945, -0.00015637201261688535),
    (3.9453125, 3.9451552872396745, 1.000616279315712, -0.001128008089951888, 0.0012647390382531244, -0.0009515868673089787, 0.0004869797938463625, -0.0001548856397319607),
    (3.9609375, 3.960789645979711, 1.0005819410096424, -0.0010700989350523483, 0.001206441984692992, -0.0009141069194294097, 0.00047253624430350355, -0.00015321486127457413),
    (3.9765625, 3.976423482101528, 1.0005493702342296, -0.001014868101729993, 0.0011504522956779389, -0.0008777490569582577, 0.0004582573871576969, -0.00015137456025056325),
    (3.9921875, 3.992056822577639, 1.0005184849648172, -0.0009622090695195633, 0.0010967002556425364, -0.0008424998090542945, 0.00044415843926644857, -0.00014937906604799308),
))
_GELU_PRIME_NEG = _Table(_DIRECT, (
    (0.0, 0.5, -0.7978845608028654, 8.508827818477294e-17, 0.2659615202675791, 1.0380127668344116e-11, -0.05984134339640351, 9.026390897982059e-08, 0.009495948592575333),
    (0.0234375, 0.4813030043320669, -0.7974463599974828, 0.018692716468979072, 0.26563290225876096, -0.007008378113719515, -0.05973181316492114, 0.0015570905715507235, 0.009475668853861282),
    (0.0390625, 0.46884848144435715, -0.7966677819906582, 0.031131715573026804, 0.26504918755741935, -0.011667959665029657, -0.059537311710517675, 0.002591456256016831, 0.00943516282872908),
    (0.0546875, 0.4564091581987883, -0.7955009838230785, 0.04353653583513131, 0.26417480269056665, -0.016308563838887524, -0.05924607874260889, 0.0036202901201858526, 0.009374537254372416),
    (0.0703125, 0.44399109108333074, -0.793947246158375, 0.05589358357485243, 0.26301116944124703, -0.020922656425905788, -0.05885873578504818, 0.004641399852114879, 0.009293951818693417),
    (0.0859375, 0.43160031326268816, -0.7920082733065823, 0.06818934276860365, 0.26156017879629057, -0.025502759778845235, -0.05837610898714468, 0.005652613479314779, 0.00919361866053329),
    (0.1015625, 0.4192428279795679, -0.7896861904546305, 0.08041039695293822, 0.25982418691326575, -0.030041468717508513, -0.057799226948931345, 0.0066517850707318105, 0.0090738017061336),
    (0.1171875, 0.4069246020045563, -0.7869835402155553, 0.09254345091557604, 0.25780601009911946, -0.03453146624294511, -0.05712931801553626, 0.007636800357305951, 0.008934815844230708),
    (0.1328125, 0.39465155914518785, -0.7839032785037808, 0.10457535212814369, 0.2555089188137121, -0.038965539019810855, -0.0563678070491134, 0.008605582253614538, 0.00877702594276803),
    (0.1484375, 0.38242957382467185, -0.7804487697452559, 0.11649311187527883, 0.25293663071400474, -0.04333659258644959, -0.0555163116884126, 0.009556096263467546, 0.008600845710780467),
    (0.1640625, 0.37026446474059244, -0.7766237814326317, 0.1282839260355483, 0.2500933027571584, -0.047637666253114344, -0.054576638107655645, 0.010486355752740099, 0.008406736409560663),
    (0.1796875, 0.3581619886137254, -0.7724324780370454, 0.13993519547054156, 0.24698352238324864, -0.05186194764971751, -0.053550776287930285, 0.01139442707320684, 0.008195205417754991),
    (0.1953125, 0.3461278340369274, -0.7678794142894235, 0.1514345459795288, 0.24361229780067742, -0.05600278688559045, -0.05244089481581183, 0.012278434521679859, 0.007966804655556539),
    (0.2109375, 0.3341676154338383, -0.7629695278455313, 0.16276984777820871, 0.23998504739967438, -0.06005371028493897, -0.051249335225365636, 0.013136565119344322, 0.007722128873660537),
    (0.2265625, 0.3222868671369069, -0.7577081313502732, 0.17392923446131392, 0.23610758832150616, -0.06400843366299767, -0.049978605901070915, 0.013967073196831947, 0.007461813813122671),
    (0.2421875, 0.3104910375939964, -0.752100903917985, 0.18490112141018725, 0.23198612421315767, -0.06786087510930856, -0.048631375560529155, 0.014768284771268828, 0.00718653424271077),
    (0.2578125, 0.29878548371255753, -0.7461538820466512, 0.1956742236078855, 0.2276272321992995, -0.0716051672460726, -0.04721046633707652, 0.015538601702278365, 0.006897001880763579),
    (0.2734375, 0.28717546535006583, -0.7398734499851262, 0.2062375728259055, 0.2230378491053093, -0.07523566893114136, -0.04571884648360351, 0.016276505614709055, 0.0065939632089650245),
    (0.2890625, 0.2756661399591136, -0.7332663295735383, 0.2165805341482527, 0.21822525696696382, -0.07874697637692404, -0.04415962271999309, 0.01698056157668734, 0.006278197185807177),
    (0.3046875, 0.264262557395224, -0.7263395695780976, 0.22669282180028455, 0.21319706786415793, -0.08213393365827683, -0.04253603224761695, 0.017649421522464525, 0.0059505128678484604),
    (0.3203125, 0.25296965489511486, -0.7191005345425164, 0.23656451425154942, 0.20796120811763272, -0.08539164258431009, -0.04085143445527464, 0.0182818274104301, 0.005611746947174378),
    (0.3359375, 0.2417922522327851, -0.7115568931791909, 0.24618606856370595, 0.20252590188920055, -0.08851547191098813, -0.03910930234181945, 0.0188766141075982, 0.005262761213735045),
    (0.3515625, 0.23073504706042908, -0.7037166063241584, 0.2555483339565373, 0.19689965422733827, -0.09150106587339928, -0.03731321368148504, 0.01943271199283591, 0.004904439951466091),
    (0.3671875, 0.2198026104408013, -0.6955879144806631, 0.26464256456706897, 0.19109123360127558, -0.09434435201863307, -0.03546684195860555, 0.01994914927208706, 0.004537687277296312),
    (0.3828125, 0.2089993825772609, -0.687179324976908, 0.2734604313788451, 0.18510965396783188, -0.09704154832231085, -0.033573947099007566, 0.020425053999850274, 0.0041634244323061455),
    (0.3984375, 0.1983296687473201, -0.6784995987642571, 0.2819940333005195, 0.17896415641624672, -0.09958916957396613, -0.031638366025842815, 0.020859655802190073, 0.00378258703442511),
    (0.4140625, 0.18779763544510478, -0.669557736882771, 0.29023590737505506, 0.172664190437107, -0.10198403301865759, -0.029664003068024622, 0.02125228729759208, 0.0033961223021435),
    (0.4296875, 0.17740730673771182, -0.6603629666215061, 0.29817903810300844, 0.16621939486219273, -0.10422326324440893, -0.027654820249728585, 0.02160238521301256, 0.0030049862587637295),
    (0.4453125, 0.16716256084001513, -0.6509247274014937, 0.30581686586558104, 0.15963957852264432, -0.10630429630730265, -0.025614827489617326, 0.021909491193515495, 0.002610140926729698),
    (0.4609375, 0.15706712691203234, -0.6412526564097248, 0.3131432944353539, 0.15293470067329515, -0.10822488308829795, -0.023548072738550894, 0.022173252304932743, 0.0022125515215486906),
    (0.4765625, 0.14712458208251947, -0.631356574012811, 0.3201526975648727, 0.14611485123131351, -0.10998309187809094, -0.0214586320845487, 0.02239342123002037, 0.0018131836547598424),
    (0.4921875, 0.13733834870200992, -0.6212464689792608, 0.3268399246455099, 0.1391902308774575, -0.11157731018857961, -0.019350599853676195, 0.022569856159613412, 0.0014130005553066789),
    (0.5078125, 0.12771169182806116, -0.6109324835395172, 0.3332003054312977, 0.13217113106826717, -0.11300624579172946, -0.017228078735340765, 0.022702520381297827, 0.001012960318539228),
    (0.5234375, 0.11824771694501524, -0.6004248983130266, 0.33922965382468634, 0.12506791400739856, -0.11426892698885048, -0.015095169960198303, 0.02279148156911873, 0.0006140131919045739),
    (0.5390625, 0.1089493679201216, -0.589734117131674, 0.34492427072343884, 0.11789099262334025, -0.11536470211990633, -0.012955940369870045, 0.022836959068425356),
    (0.5546875, 0.09981942519741258, -0.5788706517889066, 0.35028094593010967, 0.1106508106065978, -0.11629323829364757, -0.01081454761651158, 0.02283912902649655),
    (0.5703125, 0.09086050423026387, -0.567845106743788, 0.3552969591277748, 0.10335782253447957, -0.11705451941020302, -0.008674904325772762, 0.022798366350177, -0.0005669404277206583),
    (0.5859375, 0.08207505415311668, -0.5566681638090776, 0.3599700799278679, 0.0960224741667306, -0.11764884342497446, -0.006541089547584865, 0.02271523868210919, -0.0009522618082465854),
    (0.6015625, 0.07346535669238531, -0.5453505668522116, 0.3642985669981332, 0.08865518291265712, -0.11807681886872967, -0.004417034757689453, 0.022590267005842213, -0.001331947897110695),
    (0.6171875, 0.06503352531612477, -0.5339031065377802, 0.36828116628082574, 0.08126631854945872, -0.11833936069996595, -0.002306632556308902, 0.022424114341079725, -0.0017051493960105139),
    (0.6328125, 0.05678150462158879, -0.5223366051397436, 0.37191710831335395, 0.07386618421835815, -0.11843768544585705, -0.00021370907096045422, 0.022217535245692588, -0.002071042116527626),
    (0.6484375, 0.048711069959370704, -0.5106619014512207, 0.37520610466558424, 0.06646499774577665, -0.11837330567726714, 0.0018579844930296133, 0.021971372952188085, -0.0024288291053804747),
    (0.6640625, 0.04082382729238813, -0.49888983581920604, 0.3781483435099889, 0.0590728733302265, -0.11814802383441589, 0.00390478002282799, 0.02168655627744968, -0.002777742664109121),
    (0.6796875, 0.0331212132875492, -0.4870312353310346, 0.3807444843427201, 0.05169980363480679, -0.11776392542582194, 0.005923100368507354, 0.021364096317612588, -0.003117046257436182),
    (0.6953125, 0.02560449563752363, -0.4750968991788246, 0.38299565187552964, 0.04435564232372391, -0.11722337162472551, 0.007909466894006404, 0.02100508294054498, -0.0034460363050070435),
    (0.7109375, 0.018274773609636873, -0.46309758422747177, 0.38490342912021774, 0.037050087079699215, -0.11652899128867276, 0.009860506690268354, 0.02061068108895832, -0.0037640438516870892),
    (0.7265625, 0.011132978818511798, -0.45104399081107016, 0.3864698496889849, 0.029792663137477516, -0.11568367242933146, 0.011772959433434212, 0.02018212690767095, -0.004070436112082045),
    (0.7517915246935645, -6.453751729367753e-18, -0.4314939923140469, 0.388284982990552, 0.018199676398664568, -0.11400823329911602, 0.014771521832799598, 0.019421648667511473, -0.004541033302700391, -0.0022961131255101906),
    (0.7517915246935645, -6.453751729367753e-18, -0.4314939923140469, 0.388284982990552, 0.018199676398671167, -0.11400823329720482, 0.014771522125432875, 0.01942168572147496, -0.0045398999807664975, -0.0022033983593700806),
    (0.7734375, -0.00915801842683311, -0.4146634041321373, 0.38914788373351605, 0.008401514592875843, -0.1122746586441027, 0.01724801440927925, 0.0187048941206445, -0.0049141646474604355),
    (0.7890625, -0.015542101935367493, -0.40249808724339975, 0.3893779144843282, 0.0014278745668182401, -0.11085932197094164, 0.018975986283304044, 0.01815337190484314, -0.005168538014627544),
    (0.8046875, -0.021736072724027763, -0.39033066743201095, 0.3892831945248545, -0.005453130839455234, -0.10931104077315847, 0.020650971571157375, 0.017574800051207352, -0.005408719528410371),
    (0.8203125, -0.027739976858241467, -0.37817122329741387, 0.38886825880066983, -0.012233323988915561, -0.10763405177967332, 0.02227050778024177, 0.016970752547267043, -0.005634318394891561),
    (0.8359375, -0.033554016743447594, -0.36602968579789447, 0.388138019285417, -0.01890479793114992, -0.10583277828663214, 0.02383228191321217, 0.016342843765581025, -0.005844987022621441),
    (0.8515625, -0.03917854872719919, -0.35391582666951327, 0.387097752024818, -0.025459927694843815, -0.1039118183359784, 0.02533413403179855, 0.015692723712940337, -0.006040421466310534),
    (0.8671875, -0.04461408052351725, -0.3418392472580013, 0.38575308366879796, -0.031891380833086534, -0.10187593263305404, 0.026774060373195855, 0.015022073238792639, -0.006220361728902681),
    (0.8828125, -0.04986126846607051, -0.32980936777906517, 0.3841099775271119, -0.03819212720628446, -0.09973003223831597, 0.02815021601592315, 0.01433259921833659, -0.006384591922854581),
    (0.8984375, -0.05492091459698852, -0.31783541702143076, 0.382174719184524, -0.04435544798966597, -0.09747916606843958, 0.02946091709349726, 0.013626029725617522, -0.006532940291944127),
    (0.9140625, -0.05979396359833028, -0.3059264225058184, 0.37995390171214966, -0.05037494389456913, -0.09512850824215457, 0.03070464255569581, 0.012904109211784554, -0.006665279095414696),
    (0.9296875, -0.06448149957342798, -0.29409120111189135, 0.37745441051202305, -0.056244542594911705, -0.09268334530612027, 0.03188003547859588, 0.012168593703445639, -0.006781524356733975),
    (0.9453125, -0.06898474268550446, -0.2823383501840557, 0.37468340783230797, -0.061958505352445854, -0.09014906337600075, 0.03298590392596231, 0.011421246035782765, -0.00688163547970206),
    (0.9609375, -0.07330504566112372, -0.270676239125816, 0.3716483169908135, -0.06751143283658984, -0.08753113522764581, 0.03402122136591963, 0.010663831134766238, -0.006965614735082829),
    (0.9765625, -0.0774438901661764, -0.2591130014912114, 0.36835680634462714, -0.07289827013680007, -0.08483510737292417, 0.03498512664816871, 0.009898111362436622, -0.007033506621353498),
    (0.9921875, -0.08140288306222591, -0.24765652758067494, 0.3648167730437192, -0.07811431096759221, -0.08206658715429348, 0.03587692354829995, 0.009125841938807614, -0.0070853971035681725),
    (1.0078125, -0.08518375255114664, -0.23631445754747551, 0.3610363266063202, -0.08315520106843285, -0.07923122989163149, 0.03669607988700408, 0.008348766453485135, -0.00712141273471098),
    (1.0234375, -0.08878834421607226, -0.2250941750197239, 0.3570237723537184, -0.08801694080279941, -0.0763347261141949, 0.03744222623318653, 0.007568612479599577, -0.007141719664271576),
    (1.0390625, -0.0922186169667415, -0.21400280124175033, 0.3527875947418766, -0.0926958869627358, -0.07338278890982405, 0.03811515420114728, 0.0067870873021120505, -0.007146522539109477),
    (1.0546875, -0.09547663889737827, -0.20304718973749852, 0.3483364406269224, -0.0971887537872146, -0.07038114142267411, 0.03871481435309252, 0.00600587377198422, -0.0071360633019827025),
    (1.0703125, -0.09856458306527625, -0.19223392149742838, 0.3436791025011334, -0.10149261320454175, -0.06733550452983152, 0.03924131371929334, 0.0052266262970976085, -0.007110619893399723),
    (1.0859375, -0.10148472319827165, -0.181569300689285, 0.33882450173551365, -0.10560489431090742, -0.06425158472617376, 0.03969491294919799, 0.004450966980175018, -0.007070504862711037),
    (1.1015625, -0.10423942933928522, -0.17105935089197097, 0.3337816718644467, -0.10952338209898736, -0.061135062245753775, 0.040076023107734594, 0.0036804819132967505, -0.007016063894587116),
    (1.1171875, -0.10683116343609395, -0.16070981185066158, 0.3285597419472212, -0.11324621545223224, -0.057991579446843994, 0.04038520213190873, 0.0029167176379206886, -0.00694767425723244),
    (1.1328125, -0.1092624748844551, -0.1505261367502277, 0.3231679200404499, -0.11677188442213965, -0.05482672948656311, 0.04062315096360258, 0.002161177778610942, -0.006865743178860678),
    (1.1484375, -0.11153599603265159, -0.14051349000297916, 0.31761547681455526, -0.12009922680738526, -0.05164604530973675, 0.04079070937521797, 0.001415319857957793, -0.006770706159103257),
    (1.1640625, -0.11365443765545688, -0.13067674554572117, 0.3119117293465766, -0.12322742405518851, -0.04845498897531675, 0.04088885150547252, 0.0006805522994351316, -0.006663025222142734),
    (1.1796875, -0.11562058440543217, -0.12102048564012176, 0.3060660251205624, -0.12615599650670334, -0.04525894134230726, 0.04091868112325589, -4.176837580646002e-05, -0.006543187118453281),
    (1.1953125, -0.11743729024936651, -0.11154900016942866, 0.30008772626576063, -0.12888479800955246, -0.04206319213572637, 0.040881426637979675, -0.0007503401529692642, -0.0064117014820935835),
    (1.2109375, -0.11910747389755523, -0.10226628642364696, 0.2939861940617054, -0.13141400992186053, -0.03887293041167307, 0.040778435875310555, -0.001443917923980723, -0.006269098950532587),
    (1.2265625, -0.12063411423348121, -0.09317604936439705, 0.28777077373813076, -0.133744134533288, -0.03569323543907863, 0.040611170637560354, -0.002121315680492717, -0.006115929253996221),
    (1.2421875, -0.12202024575131981, -0.08428170235981934, 0.28145077959642023, -0.13587598792961803, -0.03252906801420245, 0.0403812010683191, -0.002781408496555587, -0.005952759281304007),
    (1.2578125, -0.12326895400853165, -0.07558636837907666, 0.275035480478036, -0.13781069232840457, -0.029385262222393127, 0.04009019984115851, -0.003423134298774617, -0.005780171129118803),
    (1.2734375, -0.12438337110063717, -0.06709288163523078, 0.268534085604058, -0.13954966791404955, -0.02626651766007858, 0.03973993619240329, -0.004045495422510247, -0.0055987601414615625),
    (1.2890625, -0.12536667116508698, -0.05880378966453615, 0.26195573080861945, -0.1410946242014374, -0.023177392128383156, 0.03933226981806762, -0.004647559953427669, -0.005409132946246717),
    (1.3046875, -0.1262220659209486, -0.050721355829503864, 0.25530946518763975, -0.14244755095791886, -0.02012229480819723, 0.03886914465508468, -0.005228462854433974, -0.005211905495473403),
    (1.3203125, -0.1269528002509282, -0.04284756223244128, 0.2486042381828494, -0.1436107087140012, -0.017105479924953898, 0.03835258256692011, -0.005787406878759096, -0.005007701115564294),
    (1.3359375, -0.1275621478320331, -0.035184113025571055, 0.24184888711966443, -0.14458661889356855, -0.014131040909800984, 0.03778467695355571, -0.006323663270637997, -0.004797148574178237),
    (1.3515625, -0.1280534068209595, -0.02773243810327553, 0.23505212521601532, -0.14537805359482545, -0.011202905062301592, 0.03716758630566166, -0.006836572255733401, -0.004580880169636402),
    (1.3671875, -0.12842989560005957, -0.02049369716150099, 0.22822253007776638, -0.1459880250534296, -0.008324828718256624, 0.03650352772254317, -0.007325543324098873, -0.004359529848895339),
    (1.3828125, -0.12869494858950525, -0.013468784108890927, 0.2213685326948817, -0.14641977481945648, -0.005500392924723657, 0.03579477041315542, -0.007790055309118784, -0.004133731359775559),
    (1.3984375, -0.12885191213102062, -0.006658331813797941, 0.21449840695100814, -0.14667676267992152, -0.0027329996228125397, 0.03504362919912924, -0.00822965626647308, -0.0039041164429121544),
    (1.4140625, -0.12890414044830542, -6.271717095153632e-05, 0.20762025965765923, -0.14676265535857572, -2.5868337373764203e-05, 0.03425245803834312, -0.00864396315775862, -0.0036713130686360533),
    (1.4296875, -0.12885499168901454, 0.0063179335287674564, 0.20074202112269837, -0.14668131502459056, 0.0026179666287348066, 0.03342364358711643, -0.009032661343953844, -0.00343594372372205),
    (1.4453125, -0.1287078240528993, 0.01248373894227494, 0.19387143626134234, -0.14643678764155982, 0.005195658499509702, 0.03255959881858789, -0.009395503894437827, -0.0031986237526541975),
    (1.4609375, -0.12846599201044973, 0.01843505674901718, 0.1870160562564388, -0.14603329118797134, 0.007704549834849622, 0.031662756714284195, -0.009732310717767366, -0.002959959757761996),
    (1.4765625, -0.12813284261611055, 0.024172477473741433, 0.1801832307733193, -0.1454752037799452, 0.010142173850151969, 0.030735564045280654, -0.010042967520875112, -0.002720548062273432),
    (1.4921875, -0.12771171191987124, 0.029696818074698178, 0.17338010073309573, -0.14476705172659718, 0.012506255254077335, 0.02978047525871051, -0.010327424603777125, -0.0024809732400149003),
    (1.5078125, -0.12720592148075963, 0.035009115314768344, 0.16661359164685668, -0.14391349754787258, 0.014794710613305692, 0.028799946484696647, -0.010585695497268554, -0.0022418067151647463),
    (1.5234375, -0.12661877498549284, 0.04011061893306394, 0.15989040751183464, -0.14291932798410734, 0.017005648254257835, 0.027796429678061278, -0.010817855451440823, -0.00200360543513818),
    (1.5390625, -0.12595355497526675, 0.0450027846345628, 0.1532170252692592, -0.14178944202591592, 0.019137367712848047, 0.02677236690841953, -0.011024039783172146, -0.0017669106193480338),
    (1.5546875, -0.12521351968338973, 0.04968726691530823, 0.14659968982228674, -0.14052883899228147, 0.021188358744366757, 0.025730184811485167, -0.011204442091024983, -0.0015322465862497505),
    (1.5703125, -0.12440189998619354, 0.05416591174063415, 0.1400444096111093, -0.13914260668393588, 0.02315729990656292, 0.024672289213614206, -0.011359312346229045, -0.001300119660741535),
    (1.5859375, -0.12352189646938228, 0.05844074909376587, 0.1335569527410948, -0.13763590963827346, 0.025043056729903347, 0.02360105994078845, -0.011488954868636483, -0.001071017163653169),
    (1.6015625, -0.12257667661170975, 0.06251398541199814, 0.12714284365860182, -0.13601397751113986, 0.026844679489828573, 0.022518845822399554, -0.011593726196707123, -0.0008454064847209602),
    (1.6171875, -0.12156937208760929, 0.06638799592746639, 0.1208073603679459, -0.13428209360988871, 0.028561400596600988, 0.021427959899338413, -0.011674032860716187, -0.0006237342401130154),
    (1.6328125, -0.12050307619013466, 0.07006531692930557, 0.11455553218187473, -0.13244558359977507, 0.030192631621452345, 0.02033063143416268, -0.011730355312501366),
    (1.6484375, -0.11938084137531106, 0.07354863796373529, 0.10839213799683672, -0.1305098044146828, 0.03173795996150415, 0.01922919789827217, -0.011763139951439692),
    (1.6640625, -0.11820567692873889, 0.07684079398832146, 0.10232170508330443, -0.1284801333701107, 0.03319714519729212, 0.018125771720421426, -0.011772955898972428),
    (1.6796875, -0.11698054675504103, 0.07994475749634504, 0.09634850838044405, -0.1263619575320739, 0.03457011511232383, 0.017022479200334832, -0.011760385778280754),
    (1.6953125, -0.11570836729049895, 0.08286363062685943, 0.09047657028350194, -0.12416066333270942, 0.03585696142753769, 0.015921346279577364, -0.011726026381812943, 0.00041146125876561734),
    (1.7109375, -0.1143920055389815, 0.08560063727564077, 0.0847096609114153, -0.12188162646935095, 0.0370579352678238, 0.014824450637125994, -0.011670581082393591, 0.0006013718891038424),
    (1.7265625, -0.11303427723103666, 0.08815911522183227, 0.0790512988413451, -0.11953020208471335, 0.038173442349473376, 0.013733716367873261, -0.011594713537665313, 0.0007848522519911778),
    (1.7421875, -0.11163794510578795, 0.09054250828465649, 0.07350475229607431, -0.11711171526420995, 0.03920403795174685, 0.01265102465833439, -0.011499141513550581, 0.0009616420066653873),
    (1.7578125, -0.11020571731505632, 0.09275435852411835, 0.06807304076951928, -0.11463145185085569, 0.04015042165903525, 0.011578188109375094, -0.011384609909491902, 0.0011315053456067705),
    (1.7734375, -0.10874024594891454, 0.09479829849915146, 0.06275893707496161, -0.11209464959566073, 0.04101343190651695, 0.010516948318269055, -0.011251888074036771, 0.0012942310019212154),
    (1.7890625, -0.10724412568167452, 0.09667804359616926, 0.05756496980002551, -0.10950648965461904, 0.04179404034674186, 0.009468973712332988, -0.011101767123803251, 0.0014496321804982825),
    (1.8046875, -0.10571989253710956, 0.09839738444047551, 0.05249342615190171, -0.10687208844287002, 0.042493346056775266, 0.008435857633435156, -0.010935057274038904, 0.0015975464152527242),
    (1.8203125, -0.10417002277152303, 0.09996017940246518, 0.04754635517585111, -0.10419648985538679, 0.04311256960544843, 0.007419116671915501, -0.010752585188722174, 0.0017378353549595074),
    (1.8359375, -0.10259693187309243, 0.10137034721001043, 0.04272557132961195, -0.10148465786232722, 0.04365304700012024, 0.0064201892477234535, -0.010555191357870404, 0.001870384480378955),
    (1.8515625, -0.10100297367574453, 0.10263185967787718, 0.03803265839598108, -0.09874146948597681, 0.0441162235321551, 0.005440434435875116, -0.010343727509414282, 0.001995102755539686),
    (1.8671875, -0.09939043958565157, 0.10374873456445964, 0.03346897371554311, -0.0959717081650202, 0.04450364754006923, 0.004481131032656457, -0.010119054062676169, 0.002111922216202359),
    (1.8828125, -0.09776155791828287, 0.10472502856555221, 0.02903565272127997, -0.09318005751070216, 0.04481696410899293, 0.0035434768583551576, -0.00988203763015141, 0.0022207974986666263),
    (1.8984375, -0.096118493343798, 0.1055648304543048, 0.02473361375660672, -0.09037109545828519, 0.04505790872474287, 0.0026285882916921026, -0.009633548573938902, 0.002321705312207052),
    (1.9140625, -0.09446334643843013, 0.10627225437592837, 0.02056356315824646, -0.08754928881607865, 0.04522830090039853, 0.0017375000305455857, -0.009374458622801863, 0.0024146438585310064),
    (1.9296875, -0.0927981533393781, 0.10685143330513537, 0.016526000585276365, -0.08471898821321075, 0.04533003779283268, 0.0008711650730181357, -0.009105638555463414, 0.002499632201742746),
    (1.9453125, -0.09112488550060621, 0.107306512673716, 0.01262122457564749, -0.08188442344623789, 0.04536508782616121, 3.045491238842417e-05, -0.00882795595535638, 0.0025767095923731097),
    (1.9609375, -0.08944544954683901, 0.10764164417506654, 0.008849338311501045, -0.07904969922364279, 0.04533548433855445, -0.000783840060980251, -0.008542273041653841, 0.0026459347490936803),
    (1.9765625, -0.08776168722293715, 0.10786097975190388, 0.005210255574672129, -0.07621879130626161, 0.04524331926829348, -0.0015710099581372676, -0.008249444581008823, 0.0027073851017780817),
    (1.9921875, -0.0860753754357466, 0.10796866577282034, 0.001703706873886814, -0.07339554304070633, 0.045090736894364096, -0.0023304245982064564, -0.007950315884029002, 0.0027611559996016154),
    (2.0078125, -0.0843882263854307, 0.10796883740275695, -0.0016707542746819595, -0.07058366228191197, 0.044879927646260795, -0.0030615325313295195, -0.007645720890107888, 0.002807359887884008),
    (2.0234375, -0.08270188778321873, 0.10786561317190413, -0.0049137449316315925, -0.06778671870004124, 0.04461312199702612, -0.003763859886328772, -0.007336480343828536, 0.0028461254573790428),
    (2.0390625, -0.08101794315243908, 0.10766308974697504, -0.008026046201208364, -0.06500814146612362, 0.044292584452880195, -0.004437009051809413, -0.007023400065751511, 0.0028775967696997424),
    (2.0546875, -0.079337912209648, 0.10736533690824293, -0.011008596598452713, -0.062251217309992446, 0.04392060765210434, -0.005080657199666273, -0.006707269319996811, 0.002901932362539022),
    (2.0703125, -0.07766325132261553, 0.1069763927351879, -0.013862485333896763, -0.05951908894331451, 0.0434995065851338, -0.005694554660167185, -0.006388859280631318, 0.0029193043383039328),
    (2.0859375, -0.07599535404189069, 0.1065002590030642, -0.016588945532744693, -0.05681475383978153, 0.04303161294709125, -0.006278523157955246, -0.006068921598480484, 0.002929897439727261),
    (2.1015625, -0.07433555170263535, 0.10594089679217597, -0.019189347405078674, -0.05414106336385437, 0.042519269633257355, -0.006832453918445821, -0.005748187069596701, 0.002933908115954046),
    (2.1171875, -0.07268511409339302, 0.10530222231113866, -0.02166519138321456, -0.051500722238817555, 0.04196482538723044, -0.007356305654191868, -0.0054273644062383785, 0.0029315435825230805),
    (2.1328125, -0.07104525018844172, 0.10458810293490668, -0.02401810124188436, -0.04889628834431593, 0.041370629610776505, -0.007850102440853848, -0.005107139110844417, 0.0029230208785754187),
    (2.1484375, -0.06941710894037272, 0.10380235345786516, -0.02624981721644897, -0.046330172833006215, 0.040739027343616806, -0.00831393149243896, -0.004788172453129603, 0.0029085659245239657),
    (2.1640625, -0.06780178012953526, 0.10294873256181598, -0.028362189133847037, -0.04380464055546404, 0.04007235442064522, -0.008747940845469844, -0.004471100550078488, 0.0028884125833111194),
    (2.1796875, -0.06620029526699406, 0.10203093949823752, -0.03035716957046606, -0.041321810782042966, 0.0393729328133138, -0.009152336961706146, -0.004156533548279571, 0.0028628017282659),
    (2.1953125, -0.0646136285476588, 0.10105261098376157, -0.03223680705058269, -0.03888365820998359, 0.038643066161176, -0.009527382258974806, -0.003845054907718859, 0.0028319803204487713),
    (2.2109375, -0.06304269785026566, 0.10001731830739419, -0.03400323929846197, -0.036492014243720325, 0.0378850354988337, -0.009873392579567717, -0.0035372207858431204, 0.0027962004982421958),
    (2.2265625, -0.061488365780915995, 0.09892856464760605, -0.03565868655663327, -0.03414856853602818, 0.0371010951828002, -0.010190734605539958, -0.003233559520408787, 0.0027557186818086337),
    (2.2421875, -0.059951440756910473, 0.0977897825970367, -0.03720544498227488, -0.031854870777392685, 0.03629346902206777, -0.010479823230089471, -0.002934571209353511, 0.002710794694895939),
    (2.2578125, -0.05843267812765446, 0.09660433189219288, -0.038645880133042855, -0.029612332720771652, 0.03546434661545811, -0.010741118894021254, -0.0026407273856640543, 0.002661690906323688),
    (2.2734375, -0.056932781329454445, 0.0953754973451766, -0.03998242055307388, -0.02742223042874667, 0.03461587989813815, -0.010975124896097503, -0.0023524707849671565, 0.0026086713933336746),
    (2.2890625, -0.05545240307107414, 0.09410648697415294, -0.04121755146927935, -0.02528570672993487, 0.0337501798990049, -0.011182384685851037, -0.0020702152033396197, 0.002552001128834301),
    (2.3046875, -0.053992146546972465, 0.09280043032896085, -0.04235380860743034, -0.023203773871445652, 0.03286931370998218, -0.011363479147194449, -0.0017943454426203368, 0.0024919451944127023),
    (2.3203125, -0.05255256667520458, 0.09146037700798304, -0.04339377213691232, -0.021177316354121956, 0.03197530166763137, -0.01151902388089332, -0.001525217340310655, 0.0024287680208307984),
    (2.3359375, -0.05113417135702932, 0.09008929536212366, -0.04434006075240665, -0.019207093937300204, 0.031070114746858914, -0.011649666493690211, -0.0012631578809704316, 0.0023627326575628264),
    (2.3515625, -0.049737422755333785, 0.08869007138149358, -0.045195325900134774, -0.017293744799855123, 0.030155672165906432, -0.011756083901568386, -0.0010084653858554666, 0.0022941000727729212),
    (2.3671875, -0.04836273858905602, 0.08726550776017465, -0.04596224615568195, -0.015437788844364806, 0.029233839201236338, -0.011838979654332258, -0.0007614097773977199, 0.0022231284849726506),
    (2.3828125, -0.04701049344086092, 0.08581832313422437, -0.04664352175980281, -0.01363963113133519, 0.02830642521037781, -0.011899081288356872, -0.0005222329150027373, 0.0021500727274406887),
    (2.3984375, -0.04568102007540146, 0.08435115148789193, -0.047241869318001686, -0.011899565430560591, 0.027375181860275582, -0.011937137714022834, -0.0002911489985289022, 0.0020751836463306548),
    (2.4140625, -0.04437461076557742, 0.08286654172284506, -0.04776001666907894, -0.010217777876866108, 0.026441801558188507, -0.011953916644007863, -6.834503572029332e-05, 0.0019987075332391193),
    (2.4296875, -0.0430915186242862, 0.08136695738505402, -0.048200697927240965, -0.008594350717677146, 0.025507916081716278, -0.011950202068252843, 0.00014601863021120707, 0.0019208855928544238),
    (2.4453125, -0.04183195893924496, 0.07985477654384471, -0.048566648701788506, -0.007029266140088961, 0.024575095404092393, -0.011926791781060717, 0.0003518077367186619, 0.0018419534461588045),
    (2.4609375, -0.04059611050855024, 0.07833229181751639, -0.048860601497825784, -0.005522410165363628, 0.02364484671046901, -0.011884494965422062, 0.0005489134656755324, 0.0017621406695118352),
    (2.4765625, -0.03938411697472929, 0.07680171053982038, -0.049085281300873654, -0.004073576599061032, 0.022718613600535977, -0.011824129839293391, 0.0007372517586898471, 0.0016816703698028426),
    (2.4921875, -0.038196088155127275, 0.0752651550615151, -0.049243401347723925, -0.002682471025312911, 0.02179777547246127, -0.011746521368184515, 0.0009167625879261533, 0.0016007587957241384),
    (2.5078125, -0.03703210136656558, 0.07372466318114762, -0.04933765908534121, -0.0013487148340725335, 0.020883647082814406, -0.011652499048040967, 0.0010874091863827824, 0.0015196149850860122),
    (2.5234375, -0.03589220274229778, 0.07218218869916383, -0.0493707323191028, -7.184927051573463e-05, 0.019977478276837355, -0.011542894762038057, 0.0012491772415563977, 0.0014384404479687992),
    (2.5390625, -0.034776408539382804, 0.07063960208941683, -0.049345275551168286, 0.0011486605038702519, 0.019080453883159272, -0.011418540714535755, 0.0014020740563967882, 0.0013574288853872797),
    (2.5546875, -0.033684706434687406, 0.0690986912821257, -0.04926391650928897, 0.002313421348597099, 0.018193693766811812, -0.011280267445079505, 0.0015461276814130514, 0.0012767659430284514),
    (2.5703125, -0.03261705680782275, 0.06756116255233495, -0.04912925286590312, 0.003423108089581063, 0.017318253034190465, -0.01112890192497258, 0.0016813860217383342, 0.0011966289995155837),
    (2.5859375, -0.03157339400941345, 0.06602864150793612, -0.04894384914691833, 0.004478459481937227, 0.016455122383423913, -0.010965265738591598, 0.0018079159228948302, 0.0011171869885496274),
    (2.6015625, -0.030553627613189357, 0.06450267417133895, -0.04871023382915614, 0.005480274199041867, 0.015605228593457317, -0.010790173351269501, 0.0019258022389244845, 0.0010386002541836466),
    (2.6171875, -0.029557643650482895, 0.06298472814891763, -0.04843089662502762, 0.006429406856319941, 0.014769435145026271, -0.010604430465230706, 0.0020351468864645305, 0.0009610204383971476),
    (2.6328125, -0.028585305825806026, 0.06147619388240868, -0.0481082859526225, 0.007326764077784885, 0.01394854296659522, -0.010408832464731886, 0.0021360678882513047, 0.0008845904000550537),
    (2.6484375, -0.027636456712271395, 0.0599783859764994, -0.04774480658902801, 0.008173300612922468, 0.013143291298256511, -0.010204162951240192, 0.0022286984094315055, 0.0008094441642607078),
    (2.6640625, -0.02671091892571179, 0.05849254459691965, -0.04734281750434837, 0.008970015511070953, 0.012354358666533661, -0.009991192369169058, 0.0023131857899478933, 0.0007357069010437081),
    (2.6796875, -0.025808496276440083, 0.05701983693343387, -0.04690462987357071, 0.009717948360007729, 0.011582363963003505, -0.009770676722390988, 0.0023896905761471477, 0.0006634949322616019),
    (2.6953125, -0.024928974897678906, 0.05556135872222409, -0.04643250526311909, 0.010418175595009493, 0.010827867619646157, -0.009543356381457504, 0.002458385554631923, 0.0005929157655394407),
    (2.7109375, -0.024072124349774286, 0.05411813582225819, -0.04592865398865503, 0.011071806884210228, 0.010091372873848096, -0.00930995498117918, 0.0025194547912478073, 0.0005240681540229118),
    (2.7265625, -0.02323769869939135, 0.05269112584034901, -0.04539523364042013, 0.011679981595640146, 0.009373327116021188, -0.009071178407954048, 0.002573092677959663, 0.00045704218067909696),
    (2.7421875, -0.02242543757297185, 0.051281219799729764, -0.04483434777217439, 0.012243865350890622, 0.008674123312858198, -0.008827713875981016, 0.002619502990231372, 0.0003919193658437881),
    (2.7578125, -0.021635067183813167, 0.04988924384709796, -0.04424804474956233, 0.012764646669916268, 0.007994101499322176, -0.008580229091256508, 0.0026588979573790813, 0.00032877279668557115),
    (2.7734375, -0.02086630133220631, 0.04851596099321347, -0.043638316753537285, 0.013243533711056691, 0.007333550332562047, -0.008329371502027925, 0.002691497348221326, 0.0002676672772344294),
    (2.7890625, -0.020118842378146116, 0.04716207288227576, -0.04300709893429325, 0.01368175110993852, 0.006692708701058689, -0.008075767634166585, 0.0027175275742005313, 0.00020865949760624295),
    (2.8046875, -0.019392382186200294, 0.045828221585450406, -0.04235626871099149, 0.014080536920503584, 0.006071767382433672, -0.007820022509726025, 0.002737220812000107, 0.00015179822104408072),
    (2.8203125, -0.01868660304219527, 0.04451499141406399, -0.04168764521242658, 0.01444113966100315, 0.005470870743495535, -0.007562719146768831, 0.002750814147530177, 9.712448739239573e-05),
    (2.8359375, -0.018001178541445458, 0.04322291074814078, -0.04100298885365284, 0.01476481546725569, 0.004890118475681205, -0.007304413366940099, 0.002758555009212654),
    (2.8515625, -0.01733577444831901, 0.041952453876111524, -0.04030400104348679, 0.015052825356262003, 0.004329567363260284, -0.007045657899674006, 0.0027606750192335945),
    (2.8671875, -0.01669004952699708, 0.040704042841685065, -0.03959232401771327, 0.015306432598848807, 0.0037892330696517253, -0.006786957154475645, 0.00275742763363226),
    (2.8828125, -0.016063656343344897, 0.03947804929403638, -0.03886954079275334, 0.015526900206912712, 0.0032690919483476214, -0.006528792091160846, 0.002749056066074038, -9.913193092317571e-05),
    (2.8984375, -0.015456242037871786, 0.03827479633762915, -0.038137175234498014, 0.01571548853416224, 0.0027690828610490875, -0.00627164743878898, 0.002735821116769332, -0.00014250664711143012),
    (2.9140625, -0.014867449069813625, 0.03709456037815717, -0.03739669223697502, 0.01587345298857254, 0.00228910900885284, -0.006015962246385105, 0.0027179670323493653, -0.0001835966543347808),
    (2.9296875, -0.014296915932424638, 0.0359375729612561, -0.0366494980054939, 0.016002041861555585, 0.0018290397605800577, -0.005762157851926543, 0.002695743413629678, -0.0002224081868680175),
    (2.9453125, -0.01374427783961666, 0.034804022600804146, -0.035896940438908294, 0.016102494270445536, 0.0013887124810840119, -0.005510632234564264, 0.0026693988670379526, -0.00025895314655057297),
    (2.9609375, -0.013209167384132253, 0.03369405659379814, -0.03514030960564154, 0.01617603821519153, 0.0009679343517687441, -0.0052617601364353915, 0.0026391804005925653, -0.0002932488119721806),
    (2.9765625, -0.012691215167483899, 0.03260778281895825, -0.03438083830814326, 0.016223888748490057, 0.0005664841794180922, -0.0050158932396057255, 0.0026053328518855982, -0.0003253175442502459),
    (2.9921875, -0.012190050401934691, 0.03154527151638065, -0.03361970273047859, 0.01624724625849409, 0.0001841141891456534, -0.004773360395126264, 0.0025680983483808064, -0.0003551864905314241),
    (3.0078125, -0.011705301484836488, 0.030506557045722665, -0.03285802316379822, 0.016247294862981827, -0.00017944820248710919, -0.004534467901164278, 0.002527715800215477, -0.0003828872863065769),
    (3.0234375, -0.011236596545679562, 0.02949163962056764, -0.03209686480449551, 0.01622520091362823, -0.000524498637899407, -0.0042994998271573435, 0.002484420425578491, -0.0004084557575827966),
    (3.0390625, -0.010783563966243258, 0.02850048701677863, -0.0313372386199258, 0.01618211160879775, -0.0008513540959425689, -0.004068718380937203, 0.002438443308625296, -0.00043193162390880747),
    (3.0546875, -0.010345832874270192, 0.027533036252808438, -0.03058010227664221, 0.01611915371306699, -0.0011603511996123956, -0.0038423643157790527, 0.0023900109897842096, -0.00045335820320107696),
    (3.0703125, -0.009923033611116976, 0.026589195240090163, -0.02982636112619074, 0.016037432381490878, -0.0014518445570232434, -0.0036206573743502667, 0.0023393450882075863, -0.0004727821192676433),
    (3.0859375, -0.009514798173862683, 0.025668844401785684, -0.029076869243604957, 0.01593803008644593, -0.0017262051384092768, -0.003403796766560204, 0.002286661956026085, -0.0004902530128752789),
    (3.1015625, -0.009120760632381882, 0.0247718382583198, -0.02833243051384602, 0.01582200564471854, -0.0019838186916854416, -0.0031919616783490255, 0.002232172363974624, -0.0005058232571533985),
    (3.1171875, -0.008740557521912572, 0.023898006978274586, -0.02759379976154662, 0.015690393342355134, -0.0022250841988709813, -0.002985311808497882, 0.0021760812178747194, -0.000519547678075348),
    (3.1328125, -0.008373828211670454, 0.02304715789336162, -0.02686168391953726, 0.01554420215465424, -0.0024504123754523727, -0.0027839879305948485, 0.002118587305379792, -0.0005314832807046132),
    (3.1484375, -0.008020215250079933, 0.022219076976329244, -0.026136743231758797, 0.015384415058557659, -0.0026602242145409255, -0.002588112477350065, 0.0020598830723177457, -0.0005416889818402857),
    (3.1640625, -0.007679364687209032, 0.021413530280797205, -0.025419592486296612, 0.015211988434588682, -0.002854949577463571, -0.0023977901445190975, 0.0020001544278986354, -0.0005502253496430535),
    (3.1796875, -0.00735092637501013, 0.020630265342142254, -0.024710802274407535, 0.015027851555389677, -0.0030350258322139724, -0.0022131085117650965, 0.0019395805779945617, -0.0005571543507702383),
    (3.1953125, -0.007034554245981103, 0.01986901253868517, -0.024010900271550947, 0.014832906157828498, -0.0032008965409855037, -0.002034138677867263, 0.001878333885643978, -0.0005625391054961851),
    (3.2109375, -0.00672990657087223, 0.019129486412551987, -0.02332037253657918, 0.014628026095573142, -0.0033530101978082975, -0.0018609359077649843, 0.0018165797578833293, -0.0005664436512428092),
    (3.2265625, -0.006436646196073078, 0.018411386949700105, -0.022639664825389132, 0.014414057068976253, -0.0034918190171197338, -0.0016935402890131987, 0.0017544765579652498, -0.0005689327148944866),
    (3.2421875, -0.0061544407613206495, 0.017714400818713283, -0.021969183915486048, 0.01419181642906507, -0.0036177777739118413, -0.0015319773953145818, 0.0016921755419843426, -0.0005700714942219054),
    (3.2578125, -0.005882962898375425, 0.0170382025680779, -0.021309298938061685, 0.013962093052397827, -0.003731342695920327, -0.0013762589548875083, 0.0016298208188987218, -0.0005699254486911241),
    (3.2734375, -0.005621890411315578, 0.016382455781756875, -0.020660342714341307, 0.013725647283523976, -0.0038329704081486167, -0.0012263835215249473, 0.0015675493329078561, -0.00056856009988704),
    (3.2890625, -0.005370906439101776, 0.015746814192976452, -0.020022613093107388, 0.013483210941772373, -0.003923116929856543, -0.0010823371462979944, 0.0015054908671247042, -0.0005660408417348906),
    (3.3046875, -0.005129699601065509, 0.015130922756235492, -0.019396374286461453, 0.013235487389088467, -0.004002236723987392, -0.0009440940479581798, 0.0014437680674624586, -0.0005624327606593905),
    (3.3203125, -0.0048979641259730795, 0.01453441867763616, -0.018781858201039177, 0.01298315165564776, -0.004070781798858925, -0.0008116172801945568, 0.0013824964856432806, -0.0005578004657787633),
    (3.3359375, -0.004675399965315147, 0.013956932403719669, -0.018179265762046884, 0.012726850619988161, -0.004129200861804008, -0.0006848593940044404, 0.0013217846402280135, -0.0005522079291903344),
    (3.3515625, -0.004461712891468221, 0.013398088569070545, -0.017588768227639745, 0.012467203240427676, -0.004177938524314412, -0.0005637630935401133, 0.0012617340945617866, -0.0005457183363655846),
    (3.3671875, -0.004256614581369809, 0.012857506903027978, -0.01701050849131292, 0.012204800834565668, -0.004217434558117537, -0.00044826188389744974, 0.0012024395505305094, -0.000538393946635705),
    (3.3828125, -0.004059822686343052, 0.012334803095913331, -0.01644460237012592, 0.011940207403705263, -0.004248123201499937, -0.00033828070941584664, 0.0011439889570272537, -0.0005302959637137642),
    (3.3984375, -0.0038710608886997873, 0.011829589625248658, -0.015891139876727828, 0.011673959999080715, -0.004270432515083825, -0.00023373658116173978, 0.001086463632035228, -0.0005214844161666751),
    (3.4140625, -0.003690058945743062, 0.01134147654250229, -0.015350186473295746, 0.01140656912682636, -0.004284783786162987, -0.00013453919236998456, 0.001029938397245261, -0.0005120180477192318),
    (3.4296875, -0.0035165527217813058, 0.010870072220954378, -0.014821784305641102, 0.011138519188682536, -0.004291590980612701, -4.0591520718173595e-05, 0.000974481724140181, -0.0005019542172436171),
    (3.4453125, -0.003350284208756689, 0.010414984065327572, -0.014305953415877867, 0.010870268955498075, -0.0042912602413043115, 4.820958359174293e-05, 0.0009201558904959944, -0.0004913488082609618),
    (3.4609375, -0.003191001536079723, 0.009975819183876095, -0.01380269293218287, 0.010602252070658279, -0.004284189431878732, 0.0001319728248726518, 0.0008670171462701116, -0.0004802561477567701),
    (3.4765625, -0.003038458970250994, 0.009552185023670343, -0.013311982234311355, 0.010334877580641031, -0.00427076772466446, 0.0002108119049449185, 0.0008151158878698045, -0.00046872893408930164),
    (3.4921875, -0.0028924169048390753, 0.009143689969853801, -0.012833782093660154, 0.010068530489981596, -0.004251375231464233, 0.0002848449828218861, 0.0007644968398193895, -0.0004568181737493157),
    (3.5078125, -0.0027526418413712475, 0.00874994390968497, -0.012368035786796504, 0.009803572338008121, -0.004226382675880291, 0.0003541941517368947, 0.0007151992428720954, -0.0004445731267108946),
    (3.5234375, -0.0026189063616807017, 0.008370558762208736, -0.011914670181492176, 0.009540341794794483, -0.004196151105800961, 0.00041898493407240684, 0.0006672570476419741, -0.0004320412600963595),
    (3.5390625, -0.002490989092240485, 0.008005148974429934, -0.011473596794420242, 0.009279155273864487, -0.004161031644630875, 0.0004793457946665814, 0.0006206991128623347, -0.0004192682098635225),
    (3.5546875, -0.002368674661000605, 0.007653331984886277, -0.011044712819785309, 0.009020307559271199, -0.004121365279813162, 0.0005354076728903923, 0.0005755494074098086, -0.0004062977502106464),
    (3.5703125, -0.0022517536472305365, 0.007314728655538963, -0.010627902128267305, 0.00876407244476669, -0.0040774826871644455, 0.0005873035338092557, 0.0005318272152670956, -0.0003931717703834571),
    (3.5859375, -0.0021400225248548715, 0.006988963672916998, -0.010223036235763792, 0.008510703382870756, -0.0040297040895218355, 0.0006351679386672406, 0.0004895473426324834, -0.0003799302585593142),
    (3.6015625, -0.002033283599755114, 0.006675665919465727, -0.009829975241516322, 0.00826043414174139, -0.003978339148185456, 0.0006791366348593733, 0.00044872032642019567, -0.00036661129247614457),
    (3.6171875, -0.001931344941495677, 0.006374468816061563, -0.009448568735302431, 0.008013479467845, -0.003923686885629765, 0.0007193461654883892, 0.0004093526434323135, -0.00035325103646790206),
    (3.6328125, -0.001834020309917036, 0.006085010636663385, -0.009078656673466447, 0.0077700357525198735, -0.0038660356379520374, 0.0007559334985366008, 0.0003714469195202525, -0.00033988374456408354),
    (3.6484375, -0.0017411290770237868, 0.005806934796076796, -0.008720070223649451, 0.007530281700622246, -0.00380566303552641, 0.0007890356756213683, 0.00033500213809140115, -0.00032654176930812145),
    (3.6640625, -0.0016524961445800656, 0.005539890111810488, -0.008372632578161324, 0.007294378999539828, -0.003742836010336669, 0.0008187894802440222, 0.00030001384735435694, -0.0003132555759482263),
    (3.6796875, -0.0015679518578094894, 0.005283531041004531, -0.008036159736015985, 0.0070624729869528885, -0.0036778108284701875, 0.0008453311253869964, 0.000266474365734095, -0.0003000537616543825),
    (3.6953125, -0.0014873319155814747, 0.00503751789340854, -0.007710461253724682, 0.006834693315817382, -0.0036108331462687887, 0.0008687959602623956, 0.0002343729849262107, -0.00028696307941663933),
    (3.7109375, -0.0014104772774505378, 0.004801517021383674, -0.0073953409650114365, 0.006611154615138154, -0.003542138088649598, 0.0008893181959672101, 0.00020369617009696257, -0.0002740084662825005),
    (3.7265625, -0.0013372340679000093, 0.0045752009878962056, -0.007090597669679771, 0.006391957145192512, -0.0034719503481298137, 0.0009070306497559028, 0.00017442775677307124, -0.0002612130755950281),
    (3.7421875, -0.0012674534781265366, 0.004358248713462321, -0.006796025791920465, 0.006177187445955365, -0.0034004843031135725, 0.0009220645076000627, 0.0001465491440019823, -0.00024859831289815334),
    (3.7578125, -0.0012009916656868273, 0.004150345602993849, -0.006511416008406534, 0.005966918977566417, -0.003327944154026359, 0.0009345491046672096, 0.00012003948339946668, -0.0002361838751815526),
    (3.7734375, -0.001137709652313337, 0.003951183653482979, -0.006236555846573941, 0.005761212751767346, -0.003254524075912533, 0.0009446117233165916, 9.487586373690557e-05, -0.0002239877931442234),
    (3.7890625, -0.001077473220191048, 0.003760461543450785, -0.005971230253534751, 0.005560117953322469, -0.0031804083861441796, 0.0009523774081788505, 7.103349075529152e-05, -0.00021202647616349587),
    (3.8046875, -0.001020152806973149, 0.0035778847050697534, -0.005715222136113764, 0.005363672550519754, -0.0031057717259244393, 0.0009579687978586898, 4.8485861926791436e-05, -0.00020031475966457454),
    (3.8203125, -0.0009656233997993289, 0.0034031653798544856, -0.005468312872540049, 0.005171903893930228, -0.003030779254305466, 0.0009615059727750496, 2.720493591757683e-05, -0.00018886595459473375),
    (3.8359375, -0.0009137644285665533, 0.0032360226587975845, -0.005230282796361483, 0.004984829302682606, -0.0029555868534799357, 0.0009631063186317136, 7.161296537467359e-06, -0.00017769189871592227),
    (3.8515625, -0.0008644596586886387, 0.003076182507809433, -0.0050009116531834616, 0.0048024566375862755, -0.0028803413441454147, 0.0009628844049926111, -1.1675689007310103e-05, -0.00016680300943969025),
    (3.8671875, -0.000817597083567665, 0.0029233777793013426, -0.004779979030862425, 0.004624784860509525, -0.002805180709782586, 0.0009609518784202602, -2.9337717712323818e-05, -0.00015620833793896416),
    (3.8828125, -0.0007730688169873075, 0.0027773482107313935, -0.004567264763811013, 0.004451804579491001, -0.0027302343287311775, 0.0009574173696226928, -4.585740434974032e-05, -0.0001459156242821956),
    (3.8984375, -0.0007307709856255335, 0.002637840410911427, -0.004362549312094483, 0.004283498579130794, -0.002655623212991204, 0.0009523864140437127, -6.126814111815092e-05, -0.00013593135334672771),
    (3.9140625, -0.0006906036218717951, 0.00250460783485208, -0.004165614116017755, 0.00411984233587315, -0.002581460252721597, 0.0009459613853233365, -7.560396343987993e-05, -0.00012626081127979733),
    (3.9296875, -0.0006524705571218861, 0.002377410747900622, -0.0039762419269191536, 0.003960804517855705, -0.002507850465453323, 0.0009382414410496451, -8.889942195354568e-05, -0.00011690814228735768),
    (3.9453125, -0.000616279315712015, 0.0022560161799037763, -0.003794217114900734, 0.0038063474690600966, -0.0024348912490794504, 0.0009293224802198995, -0.00010118946072625333, -0.00010787640554281039),
    (3.9609375, -0.0005819410096423797, 0.002140197870104697, -0.0036193259542361502, 0.003656427677556014, -0.002362672637730163, 0.0009192971118275406, -0.00011250930168771258, -9.9167632019715e-05),
    (3.9765625, -0.000549370234229637, 0.002029736203459987, -0.0034513568872054988, 0.003510996227685072, -0.0022912775596862817, 0.0009082546339924561, -0.00012289433526780036, -9.078288106455336e-05),
    (3.9921875, -0.0005184849648171215, 0.0019244181390391272, -0.003290100767112542, 0.0033699992360823566, -0.0022207820965302765, 0.00089628102305456, -0.0001323800171996276, -8.272229653760912e-05),
))
_GELU_PRIME_POS = _Table(_DIRECT, (
    (0.0, 0.5, 0.7978845608028654, -8.508827818477294e-17, -0.2659615202675791, -1.0380127668344116e-11, 0.05984134339640351, -9.026390897982059e-08, -0.009495948592575333),
    (0.0234375, 0.5186969956679331, 0.7974463599974828, -0.018692716468979072, -0.26563290225876096, 0.007008378113719515, 0.05973181316492114, -0.0015570905715507235, -0.009475668853861282),
    (0.0390625, 0.5311515185556428, 0.7966677819906582, -0.031131715573026804, -0.26504918755741935, 0.011667959665029657, 0.059537311710517675, -0.002591456256016831, -0.00943516282872908),
    (0.0546875, 0.5435908418012118, 0.7955009838230785, -0.04353653583513131, -0.26417480269056665, 0.016308563838887524, 0.05924607874260889, -0.0036202901201858526, -0.009374537254372416),
    (0.0703125, 0.5560089089166693, 0.793947246158375, -0.05589358357485243, -0.26301116944124703, 0.020922656425905788, 0.05885873578504818, -0.004641399852114879, -0.009293951818693417),
    (0.0859375, 0.5683996867373119, 0.7920082733065823, -0.06818934276860365, -0.26156017879629057, 0.025502759778845235, 0.05837610898714468, -0.005652613479314779, -0.00919361866053329),
    (0.1015625, 0.5807571720204321, 0.7896861904546305, -0.08041039695293822, -0.25982418691326575, 0.030041468717508513, 0.057799226948931345, -0.0066517850707318105, -0.0090738017061336),
    (0.1171875, 0.5930753979954436, 0.7869835402155553, -0.09254345091557604, -0.25780601009911946, 0.03453146624294511, 0.05712931801553626, -0.007636800357305951, -0.008934815844230708),
    (0.1328125, 0.6053484408548122, 0.7839032785037808, -0.10457535212814369, -0.2555089188137121, 0.038965539019810855, 0.0563678070491134, -0.008605582253614538, -0.00877702594276803),
    (0.1484375, 0.6175704261753282, 0.7804487697452559, -0.11649311187527883, -0.25293663071400474, 0.04333659258644959, 0.0555163116884126, -0.009556096263467546, -0.008600845710780467),
    (0.1640625, 0.6297355352594076, 0.7766237814326317, -0.1282839260355483, -0.2500933027571584, 0.047637666253114344, 0.054576638107655645, -0.010486355752740099, -0.008406736409560663),
    (0.1796875, 0.6418380113862746, 0.7724324780370454, -0.13993519547054156, -0.24698352238324864, 0.05186194764971751, 0.053550776287930285, -0.01139442707320684, -0.008195205417754991),
    (0.1953125, 0.6538721659630726, 0.7678794142894235, -0.1514345459795288, -0.24361229780067742, 0.05600278688559045, 0.05244089481581183, -0.012278434521679859, -0.007966804655556539),
    (0.2109375, 0.6658323845661617, 0.7629695278455313, -0.16276984777820871, -0.23998504739967438, 0.06005371028493897, 0.051249335225365636, -0.013136565119344322, -0.007722128873660537),
    (0.2265625, 0.6777131328630931, 0.7577081313502732, -0.17392923446131392, -0.23610758832150616, 0.06400843366299767, 0.049978605901070915, -0.013967073196831947, -0.007461813813122671),
    (0.2421875, 0.6895089624060036, 0.752100903917985, -0.18490112141018725, -0.23198612421315767, 0.06786087510930856, 0.048631375560529155, -0.014768284771268828, -0.00718653424271077),
    (0.2578125, 0.7012145162874425, 0.7461538820466512, -0.1956742236078855, -0.2276272321992995, 0.0716051672460726, 0.04721046633707652, -0.015538601702278365, -0.006897001880763579),
    (0.2734375, 0.7128245346499341, 0.7398734499851262, -0.2062375728259055, -0.2230378491053093, 0.07523566893114136, 0.04571884648360351, -0.016276505614709055, -0.0065939632089650245),
    (0.2890625, 0.7243338600408864, 0.7332663295735383, -0.2165805341482527, -0.21822525696696382, 0.07874697637692404, 0.04415962271999309, -0.01698056157668734, -0.006278197185807177),
    (0.3046875, 0.735737442604776, 0.7263395695780976, -0.22669282180028455, -0.21319706786415793, 0.08213393365827683, 0.04253603224761695, -0.017649421522464525, -0.0059505128678484604),
    (0.3203125, 0.7470303451048852, 0.7191005345425164, -0.23656451425154942, -0.20796120811763272, 0.08539164258431009, 0.04085143445527464, -0.0182818274104301, -0.005611746947174378),
    (0.3359375, 0.7582077477672149, 0.7115568931791909, -0.24618606856370595, -0.20252590188920055, 0.08851547191098813, 0.03910930234181945, -0.0188766141075982, -0.005262761213735045),
    (0.3515625, 0.7692649529395709, 0.7037166063241584, -0.2555483339565373, -0.19689965422733827, 0.09150106587339928, 0.03731321368148504, -0.01943271199283591, -0.004904439951466091),
    (0.3671875, 0.7801973895591987, 0.6955879144806631, -0.26464256456706897, -0.19109123360127558, 0.09434435201863307, 0.03546684195860555, -0.01994914927208706, -0.004537687277296312),
    (0.3828125, 0.7910006174227391, 0.687179324976908, -0.2734604313788451, -0.18510965396783188, 0.09704154832231085, 0.033573947099007566, -0.020425053999850274, -0.0041634244323061455),
    (0.3984375, 0.8016703312526798, 0.6784995987642571, -0.2819940333005195, -0.17896415641624672, 0.09958916957396613, 0.031638366025842815, -0.020859655802190073, -0.00378258703442511),
    (0.4140625, 0.8122023645548953, 0.669557736882771, -0.29023590737505506, -0.172664190437107, 0.10198403301865759, 0.029664003068024622, -0.02125228729759208, -0.0033961223021435),
    (0.4296875, 0.8225926932622882, 0.6603629666215061, -0.29817903810300844, -0.16621939486219273, 0.10422326324440893, 0.027654820249728585, -0.02160238521301256, -0.0030049862587637295),
    (0.4453125, 0.8328374391599849, 0.6509247274014935, -0.3058168658655811, -0.1596395785141362, 0.10630429631173254, 0.02561454869645221, -0.02190953957962814),
    (0.4609375, 0.8429328730879676, 0.6412526564097247, -0.313143294435354, -0.15293470066608306, 0.1082248830927531, 0.02354783641252864, -0.022173300967058617),
    (0.4765625, 0.8528754179174806, 0.631356574012811, -0.32015269756487275, -0.14611485122540321, 0.10998309188256057, 0.02145843841562947, -0.02239347005037587),
    (0.4921875, 0.8626616512979901, 0.6212464689792608, -0.32683992464551, -0.13919023087285165, 0.11157731019305299, 0.019350448928936163, -0.02256990502087434),
    (0.5078125, 0.8722883081719388, 0.6109324835395171, -0.3332003054312978, -0.13217113106496528, 0.11300624579619592, 0.01722797053952045, -0.022702569166933164),
    (0.5234375, 0.8817522830549848, 0.6004248983130266, -0.33922965382468645, -0.1250679140053971, 0.11426892699329945, 0.015095104376540805, -0.02279153016371936),
    (0.5390625, 0.8910506320798784, 0.589734117131674, -0.34492427072343884, -0.11789099262334025, 0.11536470211990633, 0.012955940369870045, -0.022836959068425356),
    (0.5546875, 0.9001805748025874, 0.5788706517889066, -0.35028094593010967, -0.1106508106065978, 0.11629323829364757, 0.01081454761651158, -0.02283912902649655),
    (0.5703125, 0.9091394957697362, 0.567845106743788, -0.3552969591277749, -0.1033578225363276, 0.11705451941453758, 0.008674964881606658, -0.022798413695233694),
    (0.5859375, 0.9179249458468833, 0.5566681638090776, -0.35997007992786795, -0.09602247416983463, 0.11764884342925089, 0.0065411912601939836, -0.022715285392053697),
    (0.6015625, 0.9265346433076147, 0.5453505668522116, -0.3642985669981333, -0.08865518291699878, 0.11807681887293833, 0.004417177025159403, -0.022590312975557192),
    (0.6171875, 0.9349664746838752, 0.5339031065377802, -0.36828116628082586, -0.08126631855501687, 0.11833936070409748, 0.0023068146860104172, -0.022424159468379192),
    (0.6328125, 0.9432184953784112, 0.5223366051397436, -0.37191710831335406, -0.07386618422510899, 0.1184376854499024, 0.00021393028223142083, -0.02221757943158754),
    (0.6484375, 0.9512889300406293, 0.5106619014512208, -0.37520610466558435, -0.06646499775369374, 0.11837330568121754, -0.0018577250659751305, -0.021971416101139615),
    (0.6640625, 0.9591761727076119, 0.4988898358192061, -0.378148343509989, -0.059072873339280914, 0.11814802383826294, -0.0039044833277749936, -0.021686598297608828),
    (0.6796875, 0.9668787867124508, 0.48703123533103465, -0.3807444843427202, -0.05169980364496722, 0.1177639254295576, -0.005922767431911325, -0.02136413712104629),
    (0.6953125, 0.9743955043624764, 0.47509689917882464, -0.38299565187552975, -0.04435564233495672, 0.11722337162834211, -0.007909098817473335, -0.02100512244344746),
    (0.7109375, 0.9817252263903631, 0.46309758422747177, -0.38490342912021774, -0.037050087079699215, 0.11652899128867276, -0.009860506690268354, -0.02061068108895832, 0.0037640438516870892),
    (0.7265625, 0.9888670211814882, 0.45104399081107016, -0.3864698496889849, -0.029792663137477516, 0.11568367242933146, -0.011772959433434212, -0.02018212690767095, 0.004070436112082045),
    (0.7421875, 0.9958201237813009, 0.43894674878187434, -0.38769738933567044, -0.02259270736691699, 0.114690553160895, -0.013643683872256456, -0.01972072370899606, 0.004364617885447452),
    (0.7578125, 1.0025839346868324, 0.4268164038351163, -0.38858895676438887, -0.015459352937331547, 0.11355301215661753, -0.015469663930227414, -0.01922783779061649, 0.0046460328376625604),
    (0.7734375, 1.0091580184268332, 0.4146634041321373, -0.38914788373351605, -0.008401514592875843, 0.1122746586441027, -0.01724801440927925, -0.0187048941206445, 0.0049141646474604355),
    (0.7890625, 1.0155421019353674, 0.40249808724339975, -0.3893779144843282, -0.0014278745668182401, 0.11085932197094164, -0.018975986283304044, -0.01815337190484314, 0.005168538014627544),
    (0.8046875, 1.0217360727240277, 0.39033066743201095, -0.3892831945248545, 0.005453130839455234, 0.10931104077315847, -0.020650971571157375, -0.017574800051207352, 0.005408719528410371),
    (0.8203125, 1.0277399768582414, 0.37817122329741387, -0.38886825880066983, 0.012233323988915561, 0.10763405177967332, -0.02227050778024177, -0.016970752547267043, 0.005634318394891561),
    (0.8359375, 1.0335540167434476, 0.36602968579789447, -0.388138019285417, 0.01890479793114992, 0.10583277828663214, -0.02383228191321217, -0.016342843765581025, 0.005844987022621441),
    (0.8515625, 1.0391785487271992, 0.35391582666951327, -0.387097752024818, 0.025459927694843815, 0.1039118183359784, -0.02533413403179855, -0.015692723712940337, 0.006040421466310534),
    (0.8671875, 1.0446140805235173, 0.3418392472580013, -0.38575308366879796, 0.031891380833086534, 0.10187593263305404, -0.026774060373195855, -0.015022073238792639, 0.006220361728902681),
    (0.8828125, 1.0498612684660704, 0.32980936777906517, -0.3841099775271119, 0.03819212720628446, 0.09973003223831597, -0.02815021601592315, -0.01433259921833659, 0.006384591922854581),
    (0.8984375, 1.0549209145969884, 0.31783541702143076, -0.382174719184524, 0.04435544798966597, 0.09747916606843958, -0.02946091709349726, -0.013626029725617522, 0.006532940291944127),
    (0.9140625, 1.0597939635983302, 0.3059264225058184, -0.37995390171214966, 0.05037494389456913, 0.09512850824215457, -0.03070464255569581, -0.012904109211784554, 0.006665279095414696),
    (0.9296875, 1.064481499573428, 0.29409120111189135, -0.37745441051202305, 0.056244542594911705, 0.09268334530612027, -0.03188003547859588, -0.012168593703445639, 0.006781524356733975),
    (0.9453125, 1.0689847426855044, 0.2823383501840557, -0.37468340783230797, 0.061958505352445854, 0.09014906337600075, -0.03298590392596231, -0.011421246035782765, 0.00688163547970206),
    (0.9609375, 1.0733050456611237, 0.270676239125816, -0.3716483169908135, 0.06751143283658984, 0.08753113522764581, -0.03402122136591963, -0.010663831134766238, 0.006965614735082829),
    (0.9765625, 1.0774438901661765, 0.2591130014912114, -0.36835680634462714, 0.07289827013680007, 0.08483510737292417, -0.03498512664816871, -0.009898111362436622, 0.007033506621353498),
    (0.9921875, 1.081402883062226, 0.24765652758067494, -0.3648167730437192, 0.07811431096759221, 0.08206658715429348, -0.03587692354829995, -0.009125841938807614, 0.0070853971035681725),
    (1.0078125, 1.0851837525511467, 0.23631445754747551, -0.3610363266063202, 0.08315520106843285, 0.07923122989163149, -0.03669607988700408, -0.008348766453485135, 0.00712141273471098),
    (1.0234375, 1.0887883442160722, 0.2250941750197239, -0.3570237723537184, 0.08801694080279941, 0.0763347261141949, -0.03744222623318653, -0.007568612479599577, 0.007141719664271576),
    (1.0390625, 1.0922186169667416, 0.21400280124175033, -0.3527875947418766, 0.0926958869627358, 0.07338278890982405, -0.03811515420114728, -0.0067870873021120505, 0.007146522539109477),
    (1.0546875, 1.0954766388973782, 0.20304718973749852, -0.3483364406269224, 0.0971887537872146, 0.07038114142267411, -0.03871481435309252, -0.00600587377198422, 0.0071360633019827025),
    (1.0703125, 1.0985645830652762, 0.19223392149742838, -0.3436791025011334, 0.10149261320454175, 0.06733550452983152, -0.03924131371929334, -0.0052266262970976085, 0.007110619893399723),
    (1.0859375, 1.1014847231982716, 0.181569300689285, -0.33882450173551365, 0.10560489431090742, 0.06425158472617376, -0.03969491294919799, -0.004450966980175018, 0.007070504862711037),
    (1.1015625, 1.1042394293392852, 0.17105935089197097, -0.3337816718644467, 0.10952338209898736, 0.061135062245753775, -0.040076023107734594, -0.0036804819132967505, 0.007016063894587116),
    (1.1171875, 1.106831163436094, 0.16070981185066158, -0.3285597419472212, 0.11324621545223224, 0.057991579446843994, -0.04038520213190873, -0.0029167176379206886, 0.00694767425723244),
    (1.1328125, 1.109262474884455, 0.1505261367502277, -0.3231679200404499, 0.11677188442213965, 0.05482672948656311, -0.04062315096360258, -0.002161177778610942, 0.006865743178860678),
    (1.1484375, 1.1115359960326516, 0.14051349000297916, -0.31761547681455526, 0.12009922680738526, 0.05164604530973675, -0.04079070937521797, -0.001415319857957793, 0.006770706159103257),
    (1.1640625, 1.113654437655457, 0.13067674554572117, -0.3119117293465766, 0.12322742405518851, 0.04845498897531675, -0.04088885150547252, -0.0006805522994351316, 0.006663025222142734),
    (1.1796875, 1.115620584405432, 0.12102048564012176, -0.3060660251205624, 0.12615599650670334, 0.04525894134230726, -0.04091868112325589, 4.176837580646002e-05, 0.006543187118453281),
    (1.1953125, 1.1174372902493666, 0.11154900016942866, -0.30008772626576063, 0.12888479800955246, 0.04206319213572637, -0.040881426637979675, 0.0007503401529692642, 0.0064117014820935835),
    (1.2109375, 1.1191074738975553, 0.10226628642364696, -0.2939861940617054, 0.13141400992186053, 0.03887293041167307, -0.040778435875310555, 0.001443917923980723, 0.006269098950532587),
    (1.2265625, 1.1206341142334812, 0.09317604936439705, -0.28777077373813076, 0.133744134533288, 0.03569323543907863, -0.040611170637560354, 0.002121315680492717, 0.006115929253996221),
    (1.2421875, 1.1220202457513198, 0.08428170235981934, -0.28145077959642023, 0.13587598792961803, 0.03252906801420245, -0.0403812010683191, 0.002781408496555587, 0.005952759281304007),
    (1.2578125, 1.1232689540085317, 0.07558636837907666, -0.275035480478036, 0.13781069232840457, 0.029385262222393127, -0.04009019984115851, 0.003423134298774617, 0.005780171129118803),
    (1.2734375, 1.1243833711006372, 0.06709288163523078, -0.268534085604058, 0.13954966791404955, 0.02626651766007858, -0.03973993619240329, 0.004045495422510247, 0.0055987601414615625),
    (1.2890625, 1.125366671165087, 0.05880378966453615, -0.26195573080861945, 0.1410946242014374, 0.023177392128383156, -0.03933226981806762, 0.004647559953427669, 0.005409132946246717),
    (1.3046875, 1.1262220659209485, 0.050721355829503864, -0.25530946518763975, 0.14244755095791886, 0.02012229480819723, -0.03886914465508468, 0.005228462854433974, 0.005211905495473403),
    (1.3203125, 1.1269528002509281, 0.04284756223244128, -0.2486042381828494, 0.1436107087140012, 0.017105479924953898, -0.03835258256692011, 0.005787406878759096, 0.005007701115564294),
    (1.3359375, 1.127562147832033, 0.035184113025571055, -0.24184888711966443, 0.14458661889356855, 0.014131040909800984, -0.03778467695355571, 0.006323663270637997, 0.004797148574178237),
    (1.3515625, 1.1280534068209596, 0.02773243810327553, -0.23505212521601532, 0.14537805359482545, 0.011202905062301592, -0.03716758630566166, 0.006836572255733401, 0.004580880169636402),
    (1.3671875, 1.1284298956000596, 0.02049369716150099, -0.22822253007776638, 0.1459880250534296, 0.008324828718256624, -0.03650352772254317, 0.007325543324098873, 0.004359529848895339),
    (1.3828125, 1.1286949485895053, 0.013468784108890927, -0.2213685326948817, 0.14641977481945648, 0.005500392924723657, -0.03579477041315542, 0.007790055309118784, 0.004133731359775559),
    (1.3984375, 1.1288519121310205, 0.0066583318137980385, -0.21449840695100808, 0.14667676266719556, 0.0027329996202274053, -0.035043212194462076, 0.008229684503025941),
    (1.4140625, 1.1289041404483053, 6.271717095162763e-05, -0.20762025965765918, 0.1467626553466086, 2.5868334756486234e-05, -0.034252065899767266, 0.008643991745404693),
    (1.4296875, 1.1288549916890145, -0.0063179335287673714, -0.20074202112269832, 0.14668131501339066, -0.002617966631377308, -0.03342327658870703, 0.0090326902071086),
    (1.4453125, 1.1287078240528994, -0.01248373894227486, -0.1938714362613423, 0.1464367876311335, -0.0051956585021705965, -0.03255925716869417, 0.009395532958487492),
    (1.4609375, 1.1284659920104498, -0.018435056749017107, -0.18701605625643875, 0.14603329117832298, -0.007704549837522184, -0.031662440556463264, 0.00973233990926046),
    (1.4765625, 1.1281328426161106, -0.024172477473741367, -0.18018323077331924, 0.1454752037710772, -0.010142173852829598, -0.03073527345939539, 0.010042996767706062),
    (1.4921875, 1.1277117119198712, -0.02969681807469812, -0.17338010073309568, 0.14476705171851012, -0.012506255256753567, -0.029780210262184557, 0.01032745383536154),
    (1.5078125, 1.1272059214807597, -0.03500911531476829, -0.1666135916468566, 0.14391349754056512, -0.01479471061597422, -0.02879970703391895, 0.01058572464470975),
    (1.5234375, 1.1266187749854928, -0.04011061893306389, -0.15989040751183456, 0.1429193279775763, -0.01700564825691252, -0.027796215669932355, 0.010817884447687245),
    (1.5390625, 1.1259535549752668, -0.045002784634562754, -0.15321702526925915, 0.14178944202015648, -0.019137367715482936, -0.026772178182031415, 0.011024068563165372),
    (1.5546875, 1.1252135196833897, -0.04968726691530819, -0.1465996898222867, 0.1405288389872869, -0.021188358746976086, -0.025730021149926632, 0.011204470591838045),
    (1.5703125, 1.1244018999861936, -0.05416591174063412, -0.14004440961110926, 0.139142606679698, -0.023157299909141137, -0.024672150345892672, 0.011359340507194825),
    (1.5859375, 1.1235218964693823, -0.05844074909376584, -0.13355695274109475, 0.13763590963478234, -0.02504305673244511, -0.023600945543859848, 0.011488982631465992),
    (1.6015625, 1.1225766766117098, -0.06251398541199811, -0.12714284365860176, 0.13601397750838415, -0.026844679492328778, -0.022518755523297188, 0.011593753505597526),
    (1.6171875, 1.1215693720876092, -0.06638799592746637, -0.12080736036794584, 0.13428209360785556, -0.02856140059905476, -0.021427893277391828, 0.011674059662448447),
    (1.6328125, 1.1205030761901347, -0.07006531692930557, -0.11455553218187473, 0.13244558359977507, -0.030192631621452345, -0.02033063143416268, 0.011730355312501366),
    (1.6484375, 1.119380841375311, -0.07354863796373529, -0.10839213799683672, 0.1305098044146828, -0.03173795996150415, -0.01922919789827217, 0.011763139951439692),
    (1.6640625, 1.118205676928739, -0.07684079398832146, -0.10232170508330443, 0.1284801333701107, -0.03319714519729212, -0.018125771720421426, 0.011772955898972428),
    (1.6796875, 1.116980546755041, -0.07994475749634504, -0.09634850838044405, 0.1263619575320739, -0.03457011511232383, -0.017022479200334832, 0.011760385778280754),
    (1.6953125, 1.115708367290499, -0.08286363062685945, -0.0904765702835019, 0.12416066333405064, -0.035856961429695, -0.015921390228462676, 0.01172604994542027),
    (1.7109375, 1.1143920055389815, -0.08560063727564078, -0.08470966091141525, 0.1218816264713112, -0.03705793526991079, -0.014824514870658822, 0.011670603877940163),
    (1.7265625, 1.1130342772310367, -0.0881591152218323, -0.07905129884134506, 0.11953020208727168, -0.03817344235148701, -0.013733800199226617, 0.01159473553187653),
    (1.7421875, 1.111637945105788, -0.09054250828465651, -0.07350475229607425, 0.11711171526734455, -0.039204037953684344, -0.012651127372873897, 0.011499162676143013),
    (1.7578125, 1.1102057173150564, -0.09275435852411838, -0.06807304076951924, 0.11463145185454399, -0.04015042166089411, -0.011578308967279405, 0.011384630213178927),
    (1.7734375, 1.1087402459489146, -0.09479829849915149, -0.06275893707496157, 0.11209464959987946, -0.04101343190829495, -0.010517086557151095, 0.011251907494524788),
    (1.7890625, 1.1072441256816745, -0.09667804359616929, -0.05756496980002547, 0.10950648965934431, -0.04179404034843705, -0.009469128549853805, 0.0111017856397787),
    (1.8046875, 1.1057198925371097, -0.09839738444047555, -0.052493426151901675, 0.10687208844807743, -0.042493346058385964, -0.008436028269902559, 0.010935074867146444),
    (1.8203125, 1.104170022771523, -0.09996017940246522, -0.047546355175851075, 0.1041964898610515, -0.043112569606973225, -0.007419302292859791, 0.01075260184353428),
    (1.8359375, 1.1025969318730924, -0.10137034721001048, -0.04272557132961192, 0.10148465786842398, -0.043653047001557976, -0.006420389026442966, 0.010555207061848761),
    (1.8515625, 1.1010029736757445, -0.10263185967787723, -0.03803265839598105, 0.09874146949248011, -0.0441162235335049, -0.005440647535944498, 0.010343742252863318),
    (1.8671875, 1.0993904395856515, -0.1037487345644597, -0.03346897371554308, 0.09597170817190429, -0.04450364754133047, -0.004481356610391, 0.01011906783868911),
    (1.8828125, 1.097761557918283, -0.10472502856555227, -0.02903565272127994, 0.09318005751794114, -0.044816964110165204, -0.0035437140652247933, 0.009882050434549256),
    (1.8984375, 1.096118493343798, -0.10556483045430486, -0.024733613756606695, 0.09037109546585309, -0.04505790872582605, -0.0026288362766790528, 0.009633560405202723),
    (1.9140625, 1.0944633464384301, -0.10627225437592842, -0.020563563158246437, 0.08754928882394951, -0.04522830090139272, -0.0017377579424400012, 0.009374469481998833),
    (1.9296875, 1.092798153339378, -0.10685143330513544, -0.016526000585276344, 0.08471898822135863, -0.0453300377937382, -0.0008714320626464435, 0.009105648446167037),
    (1.9453125, 1.0911248855006062, -0.10730651267371608, -0.012621224575647471, 0.081884423454637, -0.04536508782697861, -3.0730134769469116e-05, 0.0088279648835613),
    (1.9609375, 1.089445449546839, -0.10764164417506661, -0.008849338311501028, 0.07904969923226755, -0.0453354843392845, 0.000783557444555783, 0.008542281015685747),
    (1.9765625, 1.0877616872229372, -0.10786097975190395, -0.005210255574672114, 0.07621879131508669, -0.04524331926893714, 0.0015707207781082775, 0.008249451611429821),
    (1.9921875, 1.0860753754357466, -0.10796866577282041, -0.0017037068738868012, 0.07339554304970668, -0.045090736894922524, 0.0023301296748274433, 0.007950321983538977),
    (2.0078125, 1.0843882263854308, -0.10796883740275702, 0.0016707542746819703, 0.07058366229106293, -0.044879927646735346, 0.003061232672844516, 0.007645726073442258),
    (2.0234375, 1.0827018877832186, -0.1078656131719042, 0.004913744931631602, 0.06778671870931856, -0.04461312199741831, 0.003763555887236143, 0.00733648462765287),
    (2.0390625, 1.0810179431524392, -0.10766308974697512, 0.008026046201208371, 0.06500814147550352, -0.04429258445319173, 0.004436701691220071, 0.0070234034685534704),
    (2.0546875, 1.079337912209648, -0.10736533690824301, 0.011008596598452719, 0.06225121731945167, -0.04392060765233707, 0.005080347239757467, 0.006707271861975833),
    (2.0703125, 1.0776632513226156, -0.10697639273518797, 0.013862485333896767, 0.05951908895283036, -0.04349950658528971, 0.005694242844733631, 0.006388860983586497),
    (2.0859375, 1.0759953540418907, -0.10650025900306427, 0.016588945532744696, 0.05681475384933191, -0.043031612947172476, 0.006278210211058994, 0.0060689224856970815),
    (2.1015625, 1.0743355517026354, -0.10594089679217604, 0.019189347405078674, 0.05414106337341783, -0.04251926963326615, 0.0068321405431658756, 0.005748187165731702),
    (2.1171875, 1.072685114093393, -0.10530222231113873, 0.021665191383214558, 0.0515007222483733, -0.04196482538716919, 0.007355992531474217, 0.005427363737205502),
    (2.1328125, 1.0710452501884418, -0.10458810293490677, 0.024018101241884356, 0.04889628835384391, -0.04137062961064767, 0.007849790228462182, 0.005107137703698995),
    (2.1484375, 1.0694171089403728, -0.10380235345786523, 0.026249817216448968, 0.04633017284248707, -0.040739027343422975, 0.008313620824006057, 0.004788170335953709),
    (2.1640625, 1.0678017801295352, -0.10294873256181607, 0.02836218913384703, 0.0438046405648792, -0.040072354420389034, 0.00874763232964921, 0.004471097751866683),
    (2.1796875, 1.066200295266994, -0.10203093949823759, 0.030357169570466053, 0.04132181079137464, -0.03937293281299799, 0.009152031181423229, 0.004156530098825636),
    (2.1953125, 1.0646136285476588, -0.10105261098376164, 0.03223680705058268, 0.0388836582192148, -0.03864306616080336, 0.009527079770776752, 0.003845050837503868),
    (2.2109375, 1.0630426978502656, -0.10001731830739426, 0.03400323929846196, 0.03649201425283491, -0.03788503549840708, 0.009873093913070377, 0.0035372161259251507),
    (2.2265625, 1.061488365780916, -0.09892856464760612, 0.035658686556633255, 0.034148568545010805, -0.03710109518232247, 0.010190440262970548, 0.0032335543023146156),
    (2.2421875, 1.0599514407569104, -0.09778978259703677, 0.03720544498227487, 0.031854870786228874, -0.03629346902154186, 0.010479533685923017, 0.002934565464972568),
    (2.2578125, 1.0584326781276545, -0.09660433189219295, 0.03864588013304285, 0.02961233272944778, -0.035464346614886955, 0.010740834594708763, 0.002640721147144913),
    (2.2734375, 1.0569327813294545, -0.09537549734517665, 0.03998242055307387, 0.02742223043724997, -0.03461587989752471, 0.010974846259883476, 0.0023524640846168243),
    (2.2890625, 1.0554524030710741, -0.09410648697415301, 0.041217551469279336, 0.025285706738253453, -0.03375017989835215, 0.01118211210267781, 0.00207020807352586),
    (2.3046875, 1.0539921465469724, -0.09280043032896092, 0.04235380860743033, 0.02320377387956847, -0.03286931370929307, 0.01136321297869057, 0.001794337915677244),
    (2.3203125, 1.0525525666752047, -0.09146037700798311, 0.043393772136912305, 0.02117731636203884, -0.03197530166690885, 0.011518764460443082, 0.0015252094484476857),
    (2.3359375, 1.0511341713570292, -0.09008929536212372, 0.04434006075240663, 0.019207093945001842, -0.031070114746105913, 0.011649414126581183, 0.0012631496561850664),
    (2.3515625, 1.0497374227553338, -0.08869007138149364, 0.04519532590013476, 0.01729374480733304, -0.030155672165125852, 0.011755838865213718, 0.001008456859849669),
    (2.3671875, 1.048362738589056, -0.08726550776017471, 0.04596224615568194, 0.015437788851611383, -0.029233839200431048, 0.01183874219856438, 0.0007614009814983305),
    (2.3828125, 1.0470104934408608, -0.08581832313422443, 0.04664352175980279, 0.013639631138343633, -0.028306425209550637, 0.011898851635789074, 0.0005222238800859266),
    (2.3984375, 1.0456810200754014, -0.08435115148789199, 0.047241869318001666, 0.011899565437324922, -0.027375181859429304, 0.011936916060475143, 0.00029113975494878675),
    (2.4140625, 1.0443746107655774, -0.08286654172284512, 0.04776001666907892, 0.010217777883381155, -0.026441801557325853, 0.011953703158993512, 6.833561324179938e-05),
    (2.4296875, 1.0430915186242862, -0.08136695738505406, 0.048200697927240944, 0.00859435072393852, -0.025507916080839913, 0.011949996895521623, -0.0001460282024751662),
    (2.4453125, 1.041831958939245, -0.07985477654384475, 0.048566648701788485, 0.0070292661460930475, -0.024575095403204912, 0.011926595039195376, -0.00035181743036564523),
    (2.4609375, 1.0405961105085502, -0.07833229181751643, 0.04886060149782576, 0.005522410171107554, -0.023644846709572946, 0.011884306748483939, -0.0005489232530676366),
    (2.4765625, 1.0393841169747293, -0.07680171053982042, 0.04908528130087363, 0.004073576604542654, -0.02271861359963379, 0.011823950217513436, -0.0007372616130033627),
    (2.4921875, 1.0381960881551273, -0.07526515506151514, 0.049243401347723904, 0.002682471030530791, -0.021797775471555328, 0.01174635038869582, -0.0009167724831968141),
    (2.5078125, 1.0370321013665655, -0.07372466318114766, 0.04933765908534119, 0.0013487148390259145, -0.02088364708190701, 0.011652336735648973, -0.0010874190975466247),
    (2.5234375, 1.0358922027422979, -0.07218218869916387, 0.04937073231910278, 7.184927520451668e-05, -0.019977478275930716, 0.011542741120024604, -0.0012491871444862636),
    (2.5390625, 1.034776408539383, -0.07063960208941686, 0.049345275551168265, -0.0011486604994455376, -0.019080453882255505, 0.011418395725493176, -0.0014020839279345163),
    (2.5546875, 1.0336847064346875, -0.06909869128212573, 0.04926391650928895, -0.002313421344435316, -0.018193693765912948, 0.011280131071771032, -0.0015461374993974194),
    (2.5703125, 1.0326170568078228, -0.06756116255233498, 0.0491292528659031, -0.003423108085680497, -0.01731825303329844, 0.011128774111215366, -0.0016813957650288233),
    (2.5859375, 1.0315733940094134, -0.06602864150793615, 0.04894384914691831, -0.004478459478295612, -0.016455122382540568, 0.010965146410158723, -0.0018079255713912981),
    (2.6015625, 1.0305536276131892, -0.06450267417133898, 0.04871023382915612, -0.005480274195656417, -0.015605228592584392, 0.010790062416807456, -0.0019258117735828427),
    (2.6171875, 1.029557643650483, -0.06298472814891766, 0.0484308966250276, -0.006429406853187372, -0.014769435144165415, 0.010604327817188867, -0.0020351562893085326),
    (2.6328125, 1.028585305825806, -0.0614761938824087, 0.04810828595262248, -0.007326764074901449, -0.01394854296574798, 0.010408737980300653, -0.0021360771423805645),
    (2.6484375, 1.0276364567122713, -0.05997838597649942, 0.04774480658902799, -0.008173300610283981, -0.013143291297424333, 0.010204076493294544, -0.0022287074990258644),
    (2.6640625, 1.0267109189257118, -0.05849254459691967, 0.04734281750434835, -0.008970015508672822, -0.012354358665717897, 0.009991113787214366, -0.0023131947002682784),
    (2.6796875, 1.02580849627644, -0.05701983693343388, 0.04690462987357069, -0.009717948357844983, -0.011582363962205404, 0.009770605853508117, -0.002389699293533054),
    (2.6953125, 1.0249289748976789, -0.055561358722224105, 0.046432505263119074, -0.01041817559307681, -0.010827867618866872, 0.009543293051244262, -0.002458394066495669),
    (2.7109375, 1.0240721243497743, -0.054118135822258204, 0.04592865398865501, -0.011071806882501962, -0.010091372873088682, 0.009309899004685401, -0.002519463086065716),
    (2.7265625, 1.0232376986993914, -0.05269112584034902, 0.045395233640420106, -0.01167998159415036, -0.009373327115282604, 0.009071129590607673, -0.002573100745260327),
    (2.7421875, 1.0224254375729718, -0.05128121979972977, 0.04483434777217438, -0.012243865349613112, -0.008674123312141308, 0.00882767201450267, -0.002619510820581158),
    (2.7578125, 1.0216350671838133, -0.049889243847097975, 0.044248044749562315, -0.012764646668844592, -0.007994101498627748, 0.008580193974560273, -0.002658905542365046),
    (2.7734375, 1.0208663013322063, -0.04851596099321347, 0.043638316753537264, -0.013243533710184198, -0.007333550331890763, 0.008329342912106063, -0.0026915046804316996),
    (2.7890625, 1.0201188423781462, -0.047162072882275766, 0.043007098934293234, -0.01368175110925837, -0.006692708700411136, 0.008075745346956206, -0.0027175346472029464),
    (2.8046875, 1.0193923821862003, -0.04582822158545041, 0.042356268710991477, -0.01408053692000878, -0.006071767381810352, 0.007820006295955763, -0.002737227620317735),
    (2.8203125, 1.0186866030421953, -0.044514991414063995, 0.041687645212426565, -0.014441139660686563, -0.005470870742896864, 0.0075627087727837975, -0.002750820686615942),
    (2.8359375, 1.0180011785414456, -0.04322291074814078, 0.04100298885365284, -0.01476481546725569, -0.004890118475681205, 0.007304413366940099, -0.002758555009212654),
    (2.8515625, 1.017335774448319, -0.041952453876111524, 0.04030400104348679, -0.015052825356262003, -0.004329567363260284, 0.007045657899674006, -0.0027606750192335945),
    (2.8671875, 1.016690049526997, -0.040704042841685065, 0.03959232401771327, -0.015306432598848807, -0.0037892330696517253, 0.006786957154475645, -0.00275742763363226),
    (2.8828125, 1.016063656343345, -0.03947804929403638, 0.03886954079275333, -0.015526900207235848, -0.0032690919478500975, 0.006528802679623681, -0.0027490615003607035),
    (2.8984375, 1.0154562420378719, -0.03827479633762915, 0.03813717523449801, -0.01571548853462676, -0.0027690828605771104, 0.006271662660171327, -0.002735826272019215),
    (2.9140625, 1.0148674490698135, -0.037094560378157164, 0.037396692236975004, -0.015873452989171, -0.002289109008406372, 0.006015981856653638, -0.002717971908965889),
    (2.9296875, 1.0142969159324247, -0.035937572961256097, 0.03664949800549389, -0.016002041862280558, -0.001829039760158998, 0.005762181607713835, -0.0026957480127256816),
    (2.9453125, 1.0137442778396166, -0.03480402260080414, 0.03589694043890829, -0.016102494271289628, -0.0013887124806881963, 0.005510659893774145, -0.0026694031904004496),
    (2.9609375, 1.0132091673841324, -0.033694056593798136, 0.035140309605641525, -0.016176038216147416, -0.0009679343513979505, 0.005261791458817246, -0.0026391844506470094),
    (2.9765625, 1.0126912151674838, -0.032607782818958236, 0.03438083830814325, -0.016223888749550476, -0.0005664841790720436, 0.00501592798729737, -0.0026053366316598084),
    (2.9921875, 1.0121900504019348, -0.031545271516380646, 0.033619702730478575, -0.01624724625965187, -0.00018411418882402066, 0.004773398333165145, -0.0025681018614686774),
    (3.0078125, 1.0117053014848365, -0.03050655704572266, 0.03285802316379821, -0.016247294864229902, 0.0001794482027847036, 0.004534508797966881, -0.0025277190507406117),
    (3.0234375, 1.0112365965456795, -0.02949163962056763, 0.0320968648044955, -0.016225200914959645, 0.0005244986381733858, 0.0042995434549667885, -0.0024844234181578767),
    (3.0390625, 1.0107835639662432, -0.028500487016778618, 0.031337238619925795, -0.01618211161020569, 0.0008513540961933966, 0.004068764516239121, -0.002438446048333144),
    (3.0546875, 1.0103458328742703, -0.027533036252808424, 0.030580102276642207, -0.01611915371454477, 0.0011603511998405753, 0.003842412739685929, -0.002390013482116069),
    (3.0703125, 1.009923033611117, -0.026589195240090152, 0.029826361126190738, -0.01603743238303197, 0.0014518445572293136, 0.0036207078729545514, -0.0023393473390448424),
    (3.0859375, 1.0095147981738626, -0.02566884440178567, 0.029076869243604954, -0.015938030088043974, 0.001726205138593808, 0.003403849131256557, -0.002286663971600937),
    (3.1015625, 1.009120760632382, -0.02477183825831979, 0.028332430513846017, -0.015822005646367338, 0.0019838186918490334, 0.0031920157061261635, -0.0022321741508356404),
    (3.1171875, 1.0087405575219126, -0.023898006978274572, 0.02759379976154662, -0.01569039334404867, 0.0022250841990142595, 0.0029853673022005715, -0.0021760827828530547),
    (3.1328125, 1.0083738282116705, -0.023047157893361606, 0.026861683919537256, -0.015544202156386681, 0.002450412375575985, 0.0027840446991566573, -0.0021185886555561487),
    (3.1484375, 1.00802021525008, -0.022219076976329234, 0.026136743231758793, -0.015384415060323366, 0.00266022421464554, 0.0025881703359975573, -0.0020598842149901512),
    (3.1640625, 1.007679364687209, -0.02141353028079719, 0.025419592486296612, -0.015211988436382213, 0.0028549495775498737, 0.0023978489149482185, -0.002000155370551108),
    (3.1796875, 1.0073509263750102, -0.02063026534214224, 0.024710802274407535, -0.015027851557205794, 0.003035025832282662, 0.0022131680222905476, -0.00193958132826672),
    (3.1953125, 1.007034554245981, -0.019869012538685157, 0.024010900271550943, -0.014832906159662169, 0.0032008965410372913, 0.002034198763545721, -0.0018783344513016549),
    (3.2109375, 1.0067299065708721, -0.019129486412551973, 0.02332037253657918, -0.01462802609741954, 0.003353010197843903, 0.0018609964104930642, -0.001816580146790234),
    (3.2265625, 1.006436646196073, -0.01841138694970009, 0.02263966482538913, -0.014414057070830764, 0.003491819017139884, 0.0016936010576010954, -0.0017544767780557245),
    (3.2421875, 1.0061544407613205, -0.017714400818713266, 0.021969183915486048, -0.014191816430923291, 0.0036177777739172657, 0.0015320382855363661, -0.0016921756012372488),
    (3.2578125, 1.0058829628983754, -0.017038202568077886, 0.021309298938061685, -0.013962093054255574, 0.003731342695911759, 0.001376319829509079, -0.001629820725312486),
    (3.2734375, 1.0056218904113157, -0.01638245578175686, 0.020660342714341307, -0.013725647285377273, 0.0038329704081267874, 0.0012264442503106658, -0.001567549094476703),
    (3.2890625, 1.0053709064391019, -0.015746814192976438, 0.020022613093107388, -0.013483210943617456, 0.003923116929822183, 0.0010823976059970493, -0.0015054904918160947),
    (3.3046875, 1.0051296996010655, -0.015130922756235479, 0.019396374286461456, -0.013235487390921789, 0.004002236723941225, 0.0009441541222717424, -0.0014437675631957462),
    (3.3203125, 1.004897964125973, -0.014534418677636145, 0.01878185820103918, -0.012983151657465983, 0.0040707817988016705, 0.0008116768597247987, -0.0013824958602695998),
    (3.3359375, 1.004675399965315, -0.013956932403719655, 0.018179265762046884, -0.012726850621788155, 0.004129200861736376, 0.0006849183761864923, -0.0013217839015113994),
    (3.3515625, 1.0044617128914681, -0.013398088569070533, 0.01758876822763975, -0.012467203242206517, 0.004177938524237105, 0.0005638213825580443, -0.0012617332501615296),
    (3.3671875, 1.0042566145813698, -0.012857506903027964, 0.01701050849131292, -0.012204800836320634, 0.004217434558031244, 0.00044831939058534475, -0.0012024386079847393),
    (3.3828125, 1.004059822686343, -0.012334803095913319, 0.016444602370125922, -0.011940207405433832, 0.004248123201405336, 0.00033833735114505376, -0.0011439879237377423),
    (3.3984375, 1.0038710608886998, -0.011829589625248644, 0.01589113987672783, -0.011673960000780562, 0.004270432514981581, 0.00023379228171535132, -0.001086462515253402),
    (3.4140625, 1.0036900589457431, -0.011341476542502277, 0.015350186473295748, -0.01140656912849535, 0.004284783786053747, 0.00013459388180560097, -0.0010299372040594062),
    (3.4296875, 1.0035165527217813, -0.010870072220954366, 0.014821784305641105, -0.01113851919031872, 0.0042915909804971, 4.0645135219984984e-05, -0.0009744804614638173),
    (3.4453125, 1.0033502842087567, -0.01041498406532756, 0.014305953415877868, -0.01087026895709969, 0.004291260241182964, -4.815710187054132e-05, -0.000920154565057402),
    (3.4609375, 1.0031910015360797, -0.009975819183876083, 0.013802692932182873, -0.010602252072223737, 0.004284189431752236, -0.0001319215279761157, -0.0008670157646029804),
    (3.4765625, 1.003038458970251, -0.00955218502367033, 0.013311982234311358, -0.010334877582168913, 0.004270767724533396, -0.00021076183928831087, -0.0008151144563049794),
    (3.4921875, 1.002892416904839, -0.00914368996985379, 0.012833782093660158, -0.010068530491470653, 0.0042513752313291615, -0.0002847961893723882, -0.0007644953644776803),
    (3.5078125, 1.0027526418413713, -0.008749943909684957, 0.012368035786796508, -0.009803572339457266, 0.0042263826757417515, -0.00035414666620015435, -0.0007151977296581189),
    (3.5234375, 1.0026189063616806, -0.008370558762208725, 0.01191467018149218, -0.009540341796202776, 0.0041961511056594755, -0.0004189387870840356, -0.0006672555022389938),
    (3.5390625, 1.0024909890922404, -0.008005148974429924, 0.011473596794420246, -0.009279155275231146, 0.004161031644486941, -0.0004793010119877443, -0.0006206975407280617),
    (3.5546875, 1.0023686746610005, -0.0076533319848862665, 0.011044712819785312, -0.009020307560595579, 0.004121365279667261, -0.0005353642756066653, -0.000575547813773125),
    (3.5703125, 1.0022517536472306, -0.007314728655538953, 0.010627902128267308, -0.008764072446048285, 0.004077482687017032, -0.0005872615385319602, -0.0005318256051256615),
    (3.5859375, 1.002140022524855, -0.006988963672916989, 0.010223036235763795, -0.008510703384109187, 0.004029704089373348, -0.0006351273577365001, -0.0004895457207511886),
    (3.6015625, 1.0020332835997552, -0.006675665919465719, 0.009829975241516326, -0.008260434142936406, 0.003978339148036309, -0.0006790974765481698, -0.000448718697330414),
    (3.6171875, 1.0019313449414957, -0.006374468816061555, 0.009448568735302434, -0.008013479468996467, 0.0039236868854803505, -0.0007193084342069371, -0.0004093510114319176),
    (3.6328125, 1.001834020309917, -0.0060850106366633775, 0.00907865667346645, -0.0077700357536277685, 0.0038660356378027293, -0.0007558971950363898, -0.0003714452886743485),
    (3.6484375, 1.0017411290770237, -0.005806934796076788, 0.008720070223649455, -0.00753028170168665, 0.0038056630353775584, -0.0007890007971982636, -0.00033500051223374014),
    (3.6640625, 1.00165249614458, -0.005539890111810481, 0.008372632578161327, -0.007294379000560926, 0.003742836010188604, -0.0008187560209398495, -0.00030001223008938103),
    (3.6796875, 1.0015679518578096, -0.005283531041004523, 0.008036159736015989, -0.0070624729879309525, 0.0036778108283232183, -0.000845299076189075, -0.00026647276043957586),
    (3.6953125, 1.0014873319155815, -0.005037517893408532, 0.007710461253724685, -0.006834693316752775, 0.0036108331461232046, -0.0008687653093005171, -0.00023437139475643867),
    (3.7109375, 1.0014104772774506, -0.004801517021383667, 0.00739534096501144, -0.00661115461603132, 0.003542138088505667, -0.0008892889287076026, -0.00020369459798644476),
    (3.7265625, 1.0013372340679, -0.004575200987896199, 0.007090597669679775, -0.006391957146043969, 0.003471950347987785, -0.0009070027491917511, -0.00017442620544069732),
    (3.7421875, 1.0012674534781265, -0.004358248713462314, 0.006796025791920468, -0.006177187446765703, 0.0034004843029736757, -0.0009220379544381933, -0.0001465476159556179),
    (3.7578125, 1.0012009916656868, -0.004150345602993843, 0.0065114160084065375, -0.005966918978336289, 0.0033279441538888047, -0.0009345238775105842, -0.00012003798094093489),
    (3.7734375, 1.0011377096523133, -0.003951183653482974, 0.006236555846573943, -0.005761212752497464, 0.003254524075777514, -0.0009445877988422857, -9.487438896731733e-05),
    (3.7890625, 1.001077473220191, -0.0037604615434507797, 0.005971230253534753, -0.005560117954013597, 0.0031804083860118696, -0.0009523547613112302, -7.10320455806878e-05),
    (3.8046875, 1.001020152806973, -0.003577884705069748, 0.005715222136113768, -0.0053636725511727055, 0.0031057717257949964, -0.0009579474019375271, -4.848444806406001e-05),
    (3.8203125, 1.0009656233997992, -0.003403165379854481, 0.005468312872540052, -0.00517190389454586, 0.0030307792541790298, -0.0009614857997183547, -2.720355490060833e-05),
    (3.8359375, 1.0009137644285666, -0.003236022658797583, 0.005230282796376488, -0.004984829303054955, 0.002955586197864207, -0.0009630900504562886),
    (3.8515625, 1.0008644596586886, -0.0030761825078094323, 0.005000911653158994, -0.004802456637935807, 0.00288034241310668, -0.0009628691337248934),
    (3.8671875, 1.0008175970835678, -0.0029233777793013387, 0.004779979030862427, -0.004624784861018706, 0.002805180709665855, -0.0009609351935737122, 2.9338992722217102e-05),
    (3.8828125, 1.0007730688169874, -0.0027773482107313896, 0.004567264763811016, -0.004451804579966632, 0.0027302343286178597, -0.0009574017841566567, 4.585864207867136e-05),
    (3.8984375, 1.0007307709856255, -0.0026378404109114236, 0.004362549312094486, -0.0042834985795738795, 0.0026556232128813655, -0.0009523718950129357, 6.12693408488311e-05),
    (3.9140625, 1.000690603621872, -0.0025046078348520766, 0.004165614116017758, -0.004119842336284713, 0.0025814602526152896, -0.0009459478992179449, 7.560512459788841e-05),
    (3.9296875, 1.0006524705571218, -0.002377410747900619, 0.003976241926919156, -0.003960804518236782, 0.0025078504653505873, -0.0009382289539171171, 8.890054410038571e-05),
    (3.9453125, 1.000616279315712, -0.0022560161799037737, 0.003794217114900736, -0.0038063474694117333, 0.002434891248980315, -0.0009293109577809594, 0.00010119054355240615),
    (3.9609375, 1.0005819410096424, -0.002140197870104695, 0.0036193259542361524, -0.0036564276778792634, 0.0023626726376346444, -0.0009192865195859818, 0.00011251034500571206),
    (3.9765625, 1.0005493702342296, -0.0020297362034599844, 0.003451356887205501, -0.0035109962279809897, 0.0022912775595943864, -0.0009082449373389223, 0.00012289533900535014),
    (3.9921875, 1.0005184849648172, -0.001924418139039125, 0.003290100767112544, -0.0033699992363520003, 0.002220782096442002, -0.0008962721873643297, 0.00013238098139278087),
))
_TANH_NEG = _Table(_DIRECT, (
    (0.0, 0.0, -0.5, 0.39894228040143287, -2.2154653123373262e-13, -0.06681947709243, -1.5556705833691206e-08, 0.01020301739553192, -6.797254379439208e-05),
    (0.0234375, -0.011499624621215811, -0.4813030212703727, 0.3987220963598106, -0.006261699657621563, -0.0667354451830636, 0.001433697981572373, 0.010182294334795696, -0.00023288263124684384),
    (0.0390625, -0.018922667929506507, -0.46884855978286555, 0.3983308859785651, -0.010428388434232619, -0.06658618456256989, 0.0023868435885449567, 0.010148355996761756, -0.0003875989958369109),
    (0.0546875, -0.026151221672274384, -0.45640937283238814, 0.3977446170306549, -0.014583424318233104, -0.06636260436319896, 0.0033360154239280917, 0.010097536828402231, -0.0005415083609487548),
    (0.0703125, -0.03318557208700281, -0.44399154633156707, 0.3969639444453284, -0.01872217332364476, -0.06606507673798491, 0.00427963556669067, 0.010029942646216813, -0.000694290098399524),
    (0.0859375, -0.0400261003260115, -0.43160114233860536, 0.39598973976468854, -0.022840028567658845, -0.06569409668478148, 0.005216137656685752, 0.009945714221988977, -0.0008456257558405762),
    (0.1015625, -0.046673282030957844, -0.4192441923098528, 0.39482308969375557, -0.026932417917550466, -0.06525028101536695, 0.006143970159539597, 0.009845027010519753, -0.0009951996842801738),
    (0.1171875, -0.05312768680229279, -0.40692669040327034, 0.39346529429371513, -0.030994811565213057, -0.06473436707056082, 0.007061599602792134, 0.009728090808508987, -0.0011426996696841326),
    (0.1328125, -0.059389977564553165, -0.394654586843883, 0.39191786482211505, -0.035022729513514296, -0.06414721118385046, 0.007967513776812053, 0.009595149344105654, -0.0012878175692177234),
    (0.1484375, -0.06546090982854509, -0.3824337813621856, 0.3901825212245117, -0.03901174895884661, -0.06348978689653455, 0.008860224893962272, 0.009446479796597686, -0.0014302499524944492),
    (0.1640625, -0.07134133085164282, -0.3702701167163129, 0.38826118928279374, -0.042957511554449296, -0.0627631829279015, 0.009738272699440359, 0.009282392245683942, -0.0015696987479709137),
    (0.1796875, -0.07703217869759536, -0.3581693723086132, 0.38615599742612944, -0.046855730539315334, -0.061968600904476694, 0.010600227527165924, 0.009103229049769283, -0.0017058718943752569),
    (0.1953125, -0.08253448119739763, -0.3461372579070653, 0.38386927321118847, -0.050702197717764325, -0.061107352852892344, 0.011444693294035586, 0.00890936415275079, -0.0018384839967833988),
    (0.2109375, -0.08784935481294458, -0.3341794074817612, 0.38140353947898264, -0.05449279027506379, -0.060180858461457605, 0.012270310425818743, 0.0087012023188211, -0.001967256986666769),
    (0.2265625, -0.09297800340534444, -0.32230137316643753, 0.3787615101963463, -0.05822347741481514, -0.05919064211603354, 0.013075758707926767, 0.008479178294905299, -0.002091920784931747),
    (0.2421875, -0.09792171690992138, -0.3105086193547748, 0.37594608599073986, -0.06189032680418718, -0.05813832971634749, 0.013859760054257982, 0.008243755900472037, -0.0022122139666594016),
    (0.2578125, -0.10268186992008721, -0.29880651694090654, 0.37296034938770056, -0.06548951081348019, -0.057025645279413555, 0.014621081187303426, 0.007995427044617876, -0.0023278844259391096),
    (0.2734375, -0.10725992018240753, -0.28720033771327474, 0.3698075597608914, -0.06901731253693699, -0.055854407337257904, 0.015358536222697804, 0.007734710670516868, -0.0024386900388762324),
    (0.2890625, -0.11165740700532747, -0.27569524891065034, 0.36649114800529814, -0.07247013158218386, -0.05462652513668021, 0.016070989151418958, 0.007462151627554141, -0.00254439932254717),
    (0.3046875, -0.11587594958415753, -0.26429630794879816, 0.36301471094470716, -0.07584448961618373, -0.05334399464931124, 0.016757356212880933, 0.007178319471722123, -0.0026447920873797484),
    (0.3203125, -0.11991724524504992, -0.25300845732590826, 0.3593820054851507, -0.07913703565611736, -0.052008894400752625, 0.017416608152233434, 0.006883807195149287, -0.0027396600801578314),
    (0.3359375, -0.1237830676108195, -0.24183651971454354, 0.3555969425265367, -0.08234455109417292, -0.05062338112810312, 0.018047772355276704, 0.006579229885952, -0.00282880761459097),
    (0.3515625, -0.12747526469158188, -0.2307851932474613, 0.3516635806451827, -0.08546395444582243, -0.04918968527568624, 0.018649934854528677, 0.006265223319947644, -0.0029120521861571535),
    (0.3671875, -0.13099575690329246, -0.21985904700426517, 0.34758611956044827, -0.08849230581179211, -0.04771010633929268, 0.019222242200142528, 0.005942442486138595, -0.0029892250677235137),
    (0.3828125, -0.13434653501737634, -0.2090625167054203, 0.3433688933991015, -0.09142681104459412, -0.04618700806973608, 0.019763903189570095, 0.0056115600482685695, -0.0030601718822798195),
    (0.3984375, -0.1375296580447373, -0.1983999006197357, 0.3390163637714707, -0.09426482561117613, -0.044622813546988445, 0.02027419045010141, 0.005273264745161347, -0.0031247531489862223),
    (0.4140625, -0.14054725105752588, -0.18787535569096983, 0.33453311267380914, -0.09700385814396408, -0.04302000013660986, 0.020752441868684197, 0.004928259732972816, -0.0031828447986427875),
    (0.4296875, -0.14340150295213194, -0.1774928938887612, 0.32992383523164487, -0.09964157367331834, -0.0413810943406122, 0.021198061863740965, 0.004577260872916305, -0.0032343386546363592),
    (0.4453125, -0.14609466415694394, -0.16725637878861752, 0.3251933322991997, -0.10217579653519569, -0.03970866655529584, 0.02161052249405508, 0.004220994968453388, -0.003279142875412053),
    (0.4609375, -0.1486290442884883, -0.15716952238522255, 0.32034650293023076, -0.10460451294860408, -0.038005325748968026, 0.02198936440019193, 0.003860197956373093, -0.003317182354553526),
    (0.4765625, -0.1510070097596243, -0.1472358821428354, 0.31538833673588434, -0.1069258732582553, -0.036273714072789245, 0.02233419757435575, 0.003495613056606612, -0.0033483990746388716),
    (0.4921875, -0.15323098134352545, -0.1374588582860669, 0.3103239061453479, -0.10913819383865792, -0.034516501418296, 0.02264470195505661, 0.0031279888860372596, -0.003372752411167651),
    (0.5078125, -0.1553034316972256, -0.1278416913338222, 0.3051583585852404, -0.111239958656748, -0.03273637993541155, 0.022920627843473904, 0.0027580775419614348, -0.0033902193830288464),
    (0.5234375, -0.15722688284854816, -0.11838745987869793, 0.29989690859379936, -0.11322982049102585, -0.03093605852497872, 0.023161796138950672, 0.002386632661230927, -0.003400794846198319),
    (0.5390625, -0.15900390365026748, -0.10909907861362009, 0.2945448298859954, -0.11510660180604938, -0.029118257320026354, 0.023368098391634933, 0.0020144074614551187, -0.003404491627616142),
    (0.5546875, -0.1606371072053772, -0.0999792966070031, 0.28910744738573907, -0.11686929528202805, -0.02728570217011262, 0.02353949667089751, 0.0016421527709590143, -0.0034013405964968086),
    (0.5703125, -0.16212914826735444, -0.09103069582720645, 0.2835901292413363, -0.11851706400015968, -0.025441119143170227, 0.023676023248796932, 0.0012706150544751454, -0.003391390670666101),
    (0.5859375, -0.16348272061931884, -0.08225568991656013, 0.27799827884029554, -0.12004924128525629, -0.02358722905930997, 0.02377778009852809, 0.0009005344417903495, -0.003374708755894274),
    (0.6015625, -0.16470055443598386, -0.0736565232147289, 0.27233732683949896, -0.1214653302081071, -0.02172674207101714, 0.023844938208477964, 0.0005326427667684575, -0.0033513796166024347),
    (0.6171875, -0.16578541363229202, -0.06523527003068674, 0.26661272322661056, -0.12276500275092804, -0.01986235230409933, 0.02387773671321513, 0.00016766162432391894, -0.003321505676753742),
    (0.6328125, -0.16674009320260919, -0.056993834162079524, 0.26082992942842026, -0.12394809864013974, -0.01799673257361254, 0.023876481843455234, -0.000193699546973483, -0.003285206750198801),
    (0.6484375, -0.167567416554331, -0.048933948660266784, 0.2549944104815991, -0.12501462385160028, -0.0161325291888049, 0.023841545697767696, -0.0005507453489286612, -0.003242619700220871),
    (0.6640625, -0.1682702328397232, -0.04105717583885363, 0.24911162728108371, -0.12596474879428865, -0.014272356860872665, 0.023773364839514404, -0.0009027962666506971, -0.0031938980285162637),
    (0.6796875, -0.16885141428978087, -0.033364907523053114, 0.2431870289210045, -0.12679880617928796, -0.012418793727022521, 0.023672438723234417, -0.0012491904626993947, -0.0031392113943435897),
    (0.6953125, -0.16931385355384512, -0.02585836553675831, 0.2372260451427328, -0.12751728858175065, -0.010574376503976617, 0.023539327955404265, -0.0015892855148742257, -0.0030787450650771172),
    (0.7109375, -0.1696604610486647, -0.01853860242375383, 0.2312340789042421, -0.12812084570433488, -0.008741595783644335, 0.023374652395206506, -0.0019224600902334461, -0.0030126992998992384),
    (0.7265625, -0.16989416232052967, -0.011406502399059283, 0.2252164990845632, -0.12861028135138391, -0.006922891483217711, 0.023179089101624348, -0.0022481155481479673, -0.0029412886688597304),
    (0.7421875, -0.17001789542403942, -0.004462782525973539, 0.21917863333665955, -0.12898655012386923, -0.00512064846142787, 0.022953370133842448, -0.002565677465464619, -0.0028647413100099978),
    (0.7578125, -0.1700346083209938, 0.0022920058860203115, 0.2131257611015636, -0.12925075384583462, -0.003337192312129483, 0.022698280212568818, -0.002874597077175168, -0.0027832981277838946),
    (0.7734375, -0.16994725630281826, 0.008857475667722573, 0.20706310679609471, -0.129404137733757, -0.0015747853457616467, 0.02241465425049456, -0.0031743526263587145, -0.0026972119362382646),
    (0.7890625, -0.1697587994398489, 0.01523340196666696, 0.2009958331859295, -0.12944808632087915, 0.00016437723143072645, 0.02210337476067357, -0.0034644506175832306, -0.0026067465511815185),
    (0.8046875, -0.16947220006071223, 0.021419720219521703, 0.19492903495521596, -0.12938411914916445, 0.0018781709312377358, 0.021765369152127855, -0.003744426968413927, -0.0025121758356032435),
    (0.8203125, -0.1690904202649399, 0.027416523926750716, 0.18886773248331662, -0.12921388624207514, 0.0035645453819562784, 0.021401606922462894, -0.004013848054178296, -0.0024137827031681766),
    (0.8359375, -0.16861641947185582, 0.03322406223616485, 0.18281686583863554, -0.12893916337187752, 0.00522152750384306, 0.021013096757707073, -0.004272311641676093, -0.0023118580848504825),
    (0.8515625, -0.16805315200866874, 0.03884273734229416, 0.17678128899883058, -0.12856184713563104, 0.006847224454712175, 0.020600883549967103, -0.0045194477080929794, -0.0022066998640561776),
    (0.8671875, -0.16740356474059145, 0.04427310170879229, 0.1707657643060388, -0.1280839498544186, 0.00843982633968106, 0.020166045343814172, -0.004754919141974315, -0.002098611785810251),
    (0.8828125, -0.1666705947456943, 0.04951585512134302, 0.1647749571650529, -0.12750759431072448, 0.009997608679932128, 0.019709690222581382, -0.004978422323736037, -0.001987902345768537),
    (0.8984375, -0.16585716703708095, 0.05457184157877601, 0.15881343099168002, -0.1268350083391581, 0.011518934636239288, 0.019232953145959904, -0.0051896875838274145, -0.0018748836649511858),
    (0.9140625, -0.16496619233485324, 0.059442046030313625, 0.1528856424177966, -0.12606851928596072, 0.01300225698390439, 0.01873699275042743, -0.005388479537310763, -0.0017598703561837075),
    (0.9296875, -0.1640005648902057, 0.06412759096706289, 0.14699593675888428, -0.12521054835291345, 0.014446119836653327, 0.018222988124127704, -0.00557459729428058, -0.0016431783882725232),
    (0.9453125, -0.16296316036386316, 0.0686297328760359, 0.14114854374909744, -0.12426360484138908, 0.015849160117950616, 0.017692135567842986, -0.005747874546203801, -0.0015251239539348553),
    (0.9609375, -0.1618568337609433, 0.07294985856512838, 0.1353475735481722, -0.12323028031235873, 0.01721010877909968, 0.017145645353662937, -0.005908179528918731, -0.0014060223474481395),
    (0.9765625, -0.16068441742419398, 0.07708948136760913, 0.12959701302374593, -0.1221132426781756, 0.018527791764399084, 0.01658473849285383, -0.0060554148636775, -0.0012861868578830195),
    (0.9921875, -0.1594487190874205, 0.08105023723477293, 0.1239007223119152, -0.1209152302419129, 0.019801130724517852, 0.016010643524272235, -0.006189517278250703, -0.001165927683637906),
    (1.0078125, -0.15815251999078206, 0.08483388072548674, 0.11826243165812224, -0.11963904569993317, 0.021029143480131112, 0.015424593334449177, -0.006310457210728324, -0.0010455508738039872),
    (1.0234375, -0.15679857305949996, 0.0884422809014121, 0.11268573853972938, -0.11828755012321122, 0.02221094423871621, 0.014827822020195704, -0.006418238299243511, -0.0009253573016598373),
    (1.0390625, -0.1553896011473824, 0.09187741713671878, 0.10717410507091732, -0.1168636569327261, 0.02334574356824452, 0.014221561804251633, -0.006512896761411103, -0.0008056416753271141),
    (1.0546875, -0.15392829534643324, 0.09514137485111267, 0.10173085568983121, -0.11537032588397803, 0.02443284813231178, 0.013607040014118416, -0.006594500667806851, -0.0006866915903163071),
    (1.0703125, -0.15241731336367373, 0.09823634117498792, 0.09635917512720005, -0.11381055707537807, 0.025471660192025514, 0.012985476133787779, -0.006663149114312493, -0.0005687866283574716),
    (1.0859375, -0.15085927796616955, 0.10116460055547832, 0.0910621066549712, -0.11218738499342902, 0.026461676882003207, 0.012358030637719822, -0.006718985439667441),
    (1.1015625, -0.1492567754951181, 0.10392853031212702, 0.08584255061283746, -0.1105038726179071, 0.02740248925945512, 0.011726007699728681, -0.006762139439596397),
    (1.1171875, -0.1476123544497157, 0.10653059615081699, 0.08070326320988687, -0.10876310557660247, 0.028293781153284847, 0.011090525668313797, -0.006792811709531156),
    (1.1328125, -0.1459285241413903, 0.10897334764450844, 0.07564685559798344, -0.10696818639593472, 0.02913532779517152, 0.010452744915261653, -0.006811215342276162),
    (1.1484375, -0.14420775341885142, 0.11125941368921412, 0.07067579321288527, -0.10512222883409554, 0.029926994260831914, 0.009813804626681985, -0.006817588999529549),
    (1.1640625, -0.1424524694642805, 0.11339149794350888, 0.06579239537853179, -0.1032283523194484, 0.030668733722734938, 0.009174820466886864, -0.00681219560157753),
    (1.1796875, -0.14066505666085394, 0.11537237425971965, 0.060998835169383696, -0.10128967650373603, 0.031360585525172416, 0.008536882367831913, -0.0067953209601039725),
    (1.1953125, -0.138847855531667, 0.11720488211477262, 0.05629713952517842, -0.0993093159408878, 0.032002673091695695, 0.007901052449113048, -0.006767272361377698),
    (1.2109375, -0.1370031617500023, 0.11889192204849144, 0.05168918961197313, -0.09729037490158132, 0.032595201675291084, 0.007268363072826659, -0.00672837710717023),
    (1.2265625, -0.13513322522076737, 0.12043645111694104, 0.04717672142288672, -0.09523594233143032, 0.03313845596094062, 0.006639761787623231, -0.006678969704592062, 0.000498534611876825),
    (1.2421875, -0.13324024923280775, 0.12184147836819907, 0.042761326611522425, -0.0931490869710724, 0.03363279753776105, 0.006016312942499838, -0.0066194360318148245, 0.0005895181795067301),
    (1.2578125, -0.13132638968168936, 0.12311006034771137, 0.038444453550656225, -0.09103285262340612, 0.03407866223612782, 0.005398906200205613, -0.0065501426477503075, 0.00067697722048429),
    (1.2734375, -0.1293937543624332, 0.12424529664015038, 0.03422740860841034, -0.08889025360489618, 0.03447655736217267, 0.004788438263557663, -0.006471481736620365, 0.000760791741496539),
    (1.2890625, -0.1274444023315799, 0.12525032545444695, 0.030111357633800455, -0.08672427036632484, 0.034827058825117926, 0.004185768475987745, -0.0063838578263915105, 0.0008408560199448466),
    (1.3046875, -0.1254803433378588, 0.1261283192584078, 0.02609732764324651, -0.0845378452972202, 0.03513080817527506, 0.0035917177374400863, -0.006287686229636024, 0.000917078562487029),
    (1.3203125, -0.12350353732063872, 0.126882480469064, 0.022186208699372063, -0.08233387871793744, 0.03538850956305016, 0.003007067566127395, -0.006183391492247185, 0.0009893820032464576),
    (1.3359375, -0.12151589397524303, 0.12751603720462046, 0.018378755973185827, -0.08011522506397481, 0.0356009266303147, 0.002432559305103203, -0.006071405856477965, 0.0010577029441040566),
    (1.3515625, -0.11951927238412283, 0.1280322391035959, 0.014675591980540904, -0.07788468926639891, 0.03576887934539528, 0.001868893472015016, -0.005952167744493142, 0.0011219917397625467),
    (1.3671875, -0.11751548071279641, 0.12843435321645466, 0.01107720898360183, -0.07564502333155566, 0.03589324079278599, 0.0013167292498366373, -0.005826120268316915, 0.0011822122305169302),
    (1.3828125, -0.1155062759693828, 0.12872565997474023, 0.007583971547917034, -0.07339892312255424, 0.035974933928493796, 0.0007766841158419887, -0.005693709771725264, 0.0012383414258801285),
    (1.3984375, -0.1134933638264812, 0.12890944924242506, 0.004196119245593442, -0.07114902534433735, 0.036014928311693575, 0.00024933360557896904, -0.0055553844092774375, 0.001290369142397371),
    (1.4140625, -0.11147839850407688, 0.12898901645389294, 0.0009137694950005814, -0.06889790473349161, 0.036014236823097706, -0.00026478879186773763, -0.0054115927673077015, 0.0013382975991371067),
    (1.4296875, -0.10946298271208724, 0.12896765884267009, -0.0022630794726075393, -0.0666480714533111, 0.03597391238013802, -0.0007651916114698684, -0.00526278253130993, 0.001382140974469953),
    (1.4453125, -0.10744866765109995, 0.12884867176472112, -0.005334545529173855, -0.06440196869400674, 0.03589504465871814, -0.0012514252672466478, -0.005109399203747221, 0.0014219249278407966),
    (1.4609375, -0.10543695306979776, 0.12863534511982513, -0.008300859458224938, -0.062161970477355194, 0.03577875683092534, -0.0017230817895544654, -0.004951884875909759, 0.001457686090303206),
    (1.4765625, -0.10342928737751186, 0.1283309598742479, -0.01116236166511824, -0.05993037966450685, 0.03562620232769543, -0.0021797944498961933, -0.004790677057029638, 0.0014894715276206369),
    (1.4921875, -0.1014270678102979, 0.12793878468762865, -0.01391949879863218, -0.057709426165123014, 0.035438561635004875, -0.0026212372787524692, -0.004626207563444668, 0.001517338179746494),
    (1.5078125, -0.0994316406488856, 0.1274620726467053, -0.016572820293283226, -0.05550126534549033, 0.03521703913172484, -0.00304712448217949, -0.004458901470186964, 0.0015413522804762535),
    (1.5234375, -0.09744430148681367, 0.12690405810820982, -0.019122974841632234, -0.05330797663276631, 0.034962859976814975, -0.0034572097631212126, -0.004289176126959506, 0.0015615887610208746),
    (1.5390625, -0.09546629554702828, 0.1262679536529792, -0.021570706805697785, -0.05113156231204436, 0.03467726705306327, -0.003851285553548775, -0.00411744024005719, 0.0015781306411832435),
    (1.5546875, -0.0934988180451928, 0.12555694715304447, -0.023916852576428806, -0.048973946512491755, 0.03436151797409549, -0.004229182163667149, -0.0039440930213909845, 0.0015910684117300428),
    (1.5703125, -0.09154301459793207, 0.1247741989531832, -0.02616233689000347, -0.04683697437840864, 0.034016882160886594, -0.004590766854519394, -0.0037695234053866217, 0.0016004994114420111),
    (1.5859375, -0.08959998167421226, 0.1239228391681506, -0.02830816910951786, -0.04472241142068258, 0.03364463799350946, -0.004935942840373547, -0.0035941093341552003, 0.0016065272021979003),
    (1.6015625, -0.08767076708804167, 0.12300596509653956, -0.030355439480407642, -0.04263194304376995, 0.033246070043356515, -0.005264648227297469, -0.003418217110973774, 0.0016092609453034715),
    (1.6171875, -0.08575637053066396, 0.12202663875196348, -0.03230531536771028, -0.04056717424302404, 0.03282246639056964, -0.005576854894314321, -0.003242200821771337, 0.0016088147821185308),
    (1.6328125, -0.0838577441404071, 0.12098788451200555, -0.03415903748302588, -0.038529629466909486, 0.03237511603091592, -0.005872567323487394, -0.003066401823990907, 0.0016053072218642583),
    (1.6484375, -0.0819757931083459, 0.11989268688513734, -0.03591791610877279, -0.036520752638392905, 0.0319053063758533, -0.006151821385209555, -0.0028911483018929955, 0.00159886053931187),
    (1.6640625, -0.08011137631793494, 0.11874398839557593, -0.03758332732706116, -0.03454190732958123, 0.03141432084904411, -0.0064146830848713825, -0.00271675488708064, 0.001589600184863918),
    (1.6796875, -0.07826530701677059, 0.11754468758582447, -0.039156709260225256, -0.032594377083490285, 0.0309034365820963, -0.006661247276955136, -0.0025435223427621844, 0.0015776542093431391),
    (1.6953125, -0.07643835351864701, 0.11629763713642574, -0.04063955832976476, -0.030679365876667225, 0.030373922211846188, -0.006891636352451096, -0.0023717373100257677, 0.001563152705602559),
    (1.7109375, -0.0746312399340795, 0.1150056421022517, -0.04203342554014787, -0.02879799871626007, 0.02982703578104185, -0.007105998905320412, -0.0022016721141794454, 0.0015462272688662937),
    (1.7265625, -0.07284464692748083, 0.11367145826445522, -0.04333991279362605, -0.026951322365025156, 0.02926402274384694, -0.007304508383536786, -0.0020335846290132726, 0.0015270104775048426),
    (1.7421875, -0.07107921249919175, 0.11229779059702294, -0.044560669241903744, -0.02514030618768796, 0.028686114077160187, -0.007487361730029861, -0.001867718196664557, 0.0015056353957432214),
    (1.7578125, -0.069335532790584, 0.11088729184668988, -0.04569738768019579, -0.02336584311202337, 0.028094524498339022, -0.00765477801862851, -0.001704301600614777, 0.0014822350995965243),
    (1.7734375, -0.0676141629104758, 0.10944256122480943, -0.04675180098889432, -0.021628750697996926, 0.0274904507895264, -0.007806997089864167, -0.0015435490892160809, 0.0014569422271268103),
    (1.7890625, -0.06591561778112201, 0.10796614320961265, -0.047725678627754134, -0.019929772308307794, 0.026875070228410028, -0.007944278191245125, -0.0013856604470364072, 0.0014298885539188362),
    (1.8046875, -0.06424037300206799, 0.10646052645714361, -0.048620823187194274, -0.018269578373695996, 0.02624953912489299, -0.008066898626354286, -0.0012308211112246046, 0.0014012045944812568),
    (1.8203125, -0.06258886573018274, 0.10492814281901792, -0.04943906700100291, -0.016648767746419282, 0.025614991462825042, -0.008175152416857135, -0.001079202330029782, 0.0013710192300955286),
    (1.8359375, -0.06096149557421805, 0.10337136646502244, -0.05018226882442526, -0.015067869135368107, 0.02497253764563509, -0.008269348981235691, -0.000930961360561754, 0.0013394593634577455),
    (1.8515625, -0.059358625502271424, 0.101792513108455, -0.050852310581309776, -0.013527342616368617, 0.024323263344418092, -0.008349811833789543, -0.0007862417028509908, 0.0013066496002898697),
    (1.8671875, -0.05778058276056476, 0.10019383933199237, -0.051451094183687686, -0.012027581211322453, 0.023668228446763626, -0.008416877307168702, -0.0006451733672560079, 0.0012727119579368786),
    (1.8828125, -0.05622765980198605, 0.09857754201177418, -0.05198053842686609, -0.010568912529946952, 0.023008466104369203, -0.008470893301426394, -0.0005078731722726428, 0.001237765600815882),
    (1.8984375, -0.05470011522287798, 0.09694575783729852, -0.05244257596282523, -0.009151600468008707, 0.022344981877258686, -0.008512218062304691, -0.0003744450698220938, 0.0012019266024426197),
    (1.9140625, -0.053198174706595734, 0.0953005629246423, -0.05283915035442775, -0.007775846956086086, 0.021678752972224928, -0.008541218991193424, -0.0002449804951318518, 0.0011653077336303706),
    (1.9296875, -0.05172203197239588, 0.09364397252044568, -0.05317221321267172, -0.006441793753050828, 0.021010727572935557, -0.008558271488934633, -0.00011955873837460802, 0.0011280182763363123),
    (1.9453125, -0.05027184972825835, 0.09197794079403358, -0.05344372141895055, -0.005149524278624032, 0.020341824258981442, -0.008563757835381802, 1.7526647062919774e-06, 0.001090163862521029),
    (1.9609375, -0.048847760626285444, 0.09030436071499115, -0.053655634434022645, -0.003899065479536286, 0.01967293151100831, -0.008558066106366813, 0.00011889752588140118, 0.0010518463372881028),
    (1.9765625, -0.04744986821936388, 0.08862506401345954, -0.05380991169514127, -0.002690389724004272, 0.01900490729895258, -0.00854158912947858, 0.0002318305838411948, 0.0010131636454826071),
    (1.9921875, -0.04607824791781897, 0.08694182122037823, -0.0539085101025517, -0.0015234167194255776, 0.01833857875030226, -0.008514723479816909, 0.00034051707244087164, 0.0009742097408496745),
    (2.0078125, -0.04473294794483371, 0.0852563417848646, -0.05395338159632832, -0.00039801544838855604, 0.01767474189522199, -0.008477868516653797, 0.00044493228019915884, 0.0009350745167869852),
    (2.0234375, -0.04341399028944967, 0.08357027426589608, -0.05394647082429922, 0.0006859938817062902, 0.017014161485317102, -0.008431425461713049, 0.0005450611033574525, 0.0008958437576677614),
    (2.0390625, -0.04212137165601084, 0.08188520659543903, -0.053889712901590024, 0.0017288378799137768, 0.016357570882764454, -0.00837579651956815, 0.0006408975946910082, 0.0008565991096633687),
    (2.0546875, -0.040855064408956684, 0.08020266641015589, -0.05378503126211253, 0.002730788008195172, 0.015705672016506526, -0.008311384040458492, 0.0007324445101446024, 0.000817418069956553),
    (2.0703125, -0.03961501751191516, 0.07852412144881472, -0.05363433560212733, 0.0036921586171407635, 0.015059135402189328, -0.008238589725635409, 0.0008197128552421251, 0.0007783739932073106),
    (2.0859375, -0.03840115746009168, 0.07685098001252431, -0.053439519915822895, 0.004613304984844028, 0.014418600222522887, -0.008157813875172646, 0.0009027214330939027, 0.0007395361141129556),
    (2.1015625, -0.03721338920499473, 0.07518459148492249, -0.05320246062267632, 0.0054946213626003, 0.013784674464754777, -0.008069454678010856, 0.0009814963956981068, 0.0007009695848916701),
    (2.1171875, -0.036051597070583884, 0.07352624690945529, -0.05292501478619399, 0.0063365390308966815, 0.013157935111971155, -0.007973907543852687, 0.0010560708001042343, 0.0006627355265142182),
    (2.1328125, -0.03491564565997028, 0.07187717962089989, -0.052609018423472306, 0.007139524368955622, 0.012538928384975353, -0.007871564476384043, 0.0011264841708781793, 0.0006248910925110693),
    (2.1484375, -0.033805380751844236, 0.07023856592830358, -0.052256284904870824, 0.007904076940892896, 0.011928170031540107, -0.007762813487168172, 0.0011927820701805917, 0.0005874895441914194),
    (2.1640625, -0.032720630185848504, 0.06861152584653595, -0.051868603442950946, 0.00863072760135212, 0.011326145659885272, -0.0076480380494422006, 0.0012550156766437442, 0.0005505803361259872),
    (2.1796875, -0.031661204736159354, 0.06699712387367936, -0.05144773766970414, 0.009320036623283196, 0.010733311113297169, -0.007527616590940429, 0.0013132413741076667, 0.0005142092107664911),
    (2.1953125, -0.030626898972580627, 0.0653963698115158, -0.0509954243009727, 0.009972591850341495, 0.010150092882877894, -0.0074019220247750735, 0.0013675203511544008, 0.00047841830110085875),
    (2.2109375, -0.0296174921084987, 0.06381021962640364, -0.05051337188685477, 0.010589006876198863, 0.009576888555491964, -0.007271321317322645, 0.0014179182122604755, 0.0004432462402739769),
    (2.2265625, -0.02863274883508805, 0.062239576347877856, -0.05000325964678173, 0.01116991925287681, 0.009014067294062636, -0.007136175091992752, 0.0014645046012725005, 0.0004087282771386476),
    (2.2421875, -0.02767242014119863, 0.06068529100234911, -0.049466736387861684, 0.011715988730037102, 0.008461970347460513, -0.006996837267695258, 0.0015073528377996322, 0.00037489639673989484),
    (2.2578125, -0.02673624411839675, 0.059148163579323, -0.04890541950499585, 0.012227895526995547, 0.007920911587321545, -0.0068536547307710945, 0.0015465395670098666, 0.00034177944477737423),
    (2.2734375, -0.025823946750671293, 0.05762894402760835, -0.04832089406119568, 0.012706338639061407, 0.00739117806922966, -0.006706967039111236, 0.0015821444232150459, 0.0003094032551349315),
    (2.2890625, -0.024935242688356025, 0.05612833327903366, -0.047714711946457336, 0.013152034179647682, 0.0068730306158002194, -0.006557106157156825, 0.0016142497075323499, 0.0002777907796128744),
    (2.3046875, -0.024069836005857284, 0.05464698429724358, -0.0470883911134858, 0.01356571375944676, 0.006366704419303521, -0.006404396220450825, 0.0016429400798181274, 0.00024696221904686),
    (2.3203125, -0.023227420942813798, 0.053185503149201015, -0.0464434148885036, 0.013948122903821646, 0.005872409661572052, -0.006249153328397325, 0.0016683022649833707, 0.00021693515504703724),
    (2.3359375, -0.022407682628352004, 0.05174445009707689, -0.04578123135532871, 0.0143000195094252, 0.005390332149040528, -0.006091685363878219, 0.0016904247737190828, 0.00018772468164185782),
    (2.3515625, -0.021610297788136067, 0.05032434070826686, -0.04510325281086148, 0.014622172340928753, 0.004920633960873183, -0.005932291838377903, 0.0017093976375843333, 0.0001593435361624027),
    (2.3671875, -0.020834935433946655, 0.048925646981332845, -0.04441085529008235, 0.014915359568616837, 0.004463454108238013, -0.005771263761274408, 0.0017253121583399814, 0.0001318022287548443),
    (2.3828125, -0.020081257535556448, 0.04754879848572751, -0.04370537815862934, 0.015180367347486831, 0.004018909202891911, -0.005608883531969395, 0.0017382606713469003, 0.00010510916996045428),
    (2.3984375, -0.01934891967470336, 0.04619418351322016, -0.04298812377099693, 0.015417988438380737, 0.003587094133343655, -0.005445424853549215, 0.001748336322789046, 7.927079585408492e-05),
    (2.4140625, -0.0186375716809945, 0.044862150239004354, -0.042260357192375815, 0.015629020871394218, 0.0031680827466885647, -0.005281146867727503, 0.0017556358570577212),
    (2.4296875, -0.017946858249604992, 0.04355300789052966, -0.041523305982135626, 0.015814266653026574, 0.002761928536237838, -0.005116319879588667, 0.0017602473288374952),
    (2.4453125, -0.01727641954066581, 0.04226702792216257, -0.04077816003693946, 0.015974530514251642, 0.0023686653293429577, -0.004951182714335763, 0.0017622682156205086),
    (2.4609375, -0.016625891760263963, 0.0410044451938446, -0.040026071491470756, 0.016110618703990096, 0.0019883079796562523, -0.004785973812809463, 0.00176179294459245),
    (2.4765625, -0.015994907723006505, 0.03976545915197888, -0.0392681546747479, 0.016223337824588138, 0.0016208530583644025, -0.004620922767181536, 0.0017589158354542763),
    (2.4921875, -0.015383097396126895, 0.03855023501083968, -0.03850548612000095, 0.01631349371056789, 0.0012662795451512585, -0.004456244178263771, 0.0017537284819372405, -5.766936419709451e-05),
    (2.5078125, -0.014790088425138492, 0.03735890493286281, -0.03773910462608699, 0.0163818903513714, 0.0009245495161589192, -0.004292160208315129, 0.0017463296034886618, -7.748582353879764e-05),
    (2.5234375, -0.01421550664106508, 0.036191569206237714, -0.03697001136842641, 0.016429328855456282, 0.0005956088313883677, -0.004128870105695664, 0.0017368097803389824, -9.645329679329738e-05),
    (2.5390625, -0.013658976549302506, 0.03504829741828521, -0.03619917005745026, 0.016456606458637557, 0.00027938781599632105, -0.003966568366031347, 0.0017252615348235065, -0.000114578077787042),
    (2.5546875, -0.01312012180018871, 0.033929129623167534, -0.03542750714256035, 0.016464515574255156, -2.419806187327596e-05, -0.0038054408447922967, 0.001711776649077392, -0.00013186739461613957),
    (2.5703125, -0.012598565641381685, 0.032834077502539215, -0.034655912059617044, 0.016453842885646316, -0.00031524751891012304, -0.0036456648313475514, 0.0016964460671840664, -0.00014832933119758254),
    (2.5859375, -0.012093931352166078, 0.03176312551780963, -0.033885237519985706, 0.01642536848044115, -0.0005938727905919835, -0.0034874091317992164, 0.0016793598056339773, -0.00016397275375316082),
    (2.6015625, -0.011605842659829555, 0.030716232052748843, -0.03311629983919061, 0.016379865026277102, -0.0008601989719287612, -0.0033308341598421182, 0.0016606068715562228, -0.0001788072421835586),
    (2.6171875, -0.011133924138269266, 0.02969333054522934, -0.032349879303245066, 0.016318096987488973, -0.001114363365595414, -0.0031760920349452352, 0.0016402751881918515, -0.00019284302626133336),
    (2.6328125, -0.010677801589007241, 0.028694330606956198, -0.03158672057074816, 0.016240819882295428, -0.00135651483799984, -0.0030233266872005484, 0.0016184515270868912, -0.00020609092654495318),
    (2.6484375, -0.01023710240481097, 0.02771911913009739, -0.030827533108861636, 0.016148779579970192, -0.0015868131837826459, -0.002872673968233362, 0.0015952214464952084, -0.00021856229989182762),
    (2.6640625, -0.009811455916131957, 0.026767561379784793, -0.030072991661305254, 0.016042711637456648, -0.0018054284992002183, -0.0027242617676152725, 0.0015706692354958776, -0.00023026898942631112),
    (2.6796875, -0.0094004937205907, 0.025839502071513917, -0.029323736746534976, 0.01592334067485765, -0.0020125405648006565, -0.002578210134266635, 0.001544877863346582, -0.00024122327879897335),
    (2.6953125, -0.009003849995751283, 0.024934766432527594, -0.028580375184295414, 0.01579137978920788, -0.002208338237763764, -0.0024346314023793642, 0.0015179289336134535, -0.0002514378505560017),
    (2.7109375, -0.008621161795442577, 0.024053161246324745, -0.02784348064876644, 0.015647530005914168, -0.0023930188542413008, -0.00229363032143304, 0.0014899026426384119, -0.00026092574842239455),
    (2.7265625, -0.008252069329896118, 0.023194475879490636, -0.02711359424655304, 0.015492479767228989, -0.0025667876420019144, -0.0021553041899174084, 0.0014608777419272817, -0.000269700343289587),
    (2.7421875, -0.007896216229982772, 0.022358483290099204, -0.02639122511779772, 0.015326904457104395, -0.002729857143656451, -0.0020197429924123478, 0.0014309315040654678, -0.0002777753026872746),
    (2.7578125, -0.007553249795841662, 0.021544941016991382, -0.025676851058725778, 0.015151465961757173, -0.002882446650713476, -0.0018870295397120833, 0.001400139691792561, -0.00028516456351041625),
    (2.7734375, -0.0072228212302052385, 0.02075359214928563, -0.0249709191639654, 0.014966812265261106, -0.003024781648691708, -0.0017572396117138142, 0.001368576529892682, -0.00029188230776564254),
    (2.7890625, -0.006904585856734086, 0.01998416627552818, -0.024273846487017074, 0.01477357707946878, -0.003157093273495408, -0.0016304421028218703, 0.0013363146795834376, -0.0002979429410965068),
    (2.8046875, -0.006598203323683877, 0.019236380411940812, -0.023586020717279596, 0.01457237950755302, -0.003279617779240476, -0.0015066991696470054, 0.0013034252151128507, -0.0003033610738441208),
    (2.8203125, -0.006303337793234998, 0.018509939909273222, -0.02290780087207374, 0.014363823740446861, -0.003392596017702795, -0.0013860663808064361, 0.0012699776023003253, -0.00030815150439863635),
    (2.8359375, -0.006019658116822685, 0.017804539337815208, -0.02223951800213846, 0.014148498785450662, -0.003496272929546133, -0.0012685928686537193, 0.0012360396787844392, -0.0003123292045976891),
    (2.8515625, -0.005746837996812093, 0.01711986335017104, -0.021581475909109204, 0.013926978226265568, -0.0035908970474743834, -0.001154321482788559, 0.0012016776357669143, -0.0003159093069302215),
    (2.8671875, -0.005484556134868559, 0.016455587521444427, -0.020933951873522712, 0.013699820013703826, -0.0036767200114419495, -0.0010432889452151445, 0.0011669560010683447, -0.0003189070933079575),
    (2.8828125, -0.005232496367378486, 0.015811379166527376, -0.02029719739192804, 0.013467566286318344, -0.003753996096046476, -0.0009355260070337009, 0.0011319376233369827, -0.0003213379851721182),
    (2.8984375, -0.004990347788280704, 0.01518689813423013, -0.019671438921719322, 0.01323074322018651, -0.003822981750219645, -0.0008310576065636301, 0.0010966836572769525, -0.0003232175347096459),
    (2.9140625, -0.004757804859671938, 0.014581797578032048, -0.01905687863234161, 0.012989860907076154, -0.0038839351493242997, -0.0007299030288080055, 0.0010612535497865237, -0.00032456141696114173),
    (2.9296875, -0.004534567510553133, 0.013995724703274839, -0.01845369516155774, 0.012745413260215104, -0.003937115759759458, -0.0006320760661783304, 0.0010257050269204132, -0.00032538542261181433),
    (2.9453125, -0.004320341224085854, 0.01342832149066004, -0.017862044375500558, 0.012497877946879532, -0.00398278391616875, -0.0005375851804054841, 0.0009900940816123666, -0.00032570545126688305),
    (2.9609375, -0.0041148371137298256, 0.012879225395951899, -0.017282060131271954, 0.01224771634701058, -0.004021200411342223, -0.0004464336655677569, 0.0009544749621153816, -0.0003255375050239597),
    (2.9765625, -0.003917771988633935, 0.01234807002582493, -0.016713855040887238, 0.011995373537063226, -0.004052626098896191, -0.0003586198121699253, 0.0009189001611368094, -0.00032489768216685354),
    (2.9921875, -0.003728868408653662, 0.01183448578983239, -0.016157521235400853, 0.011741278298286256, -0.004077321508810702, -0.0002741370722085799, 0.0008834204056640695, -0.0003238021708178801),
    (3.0078125, -0.0035478547293680014, 0.011338100528507708, -0.015613131128087097, 0.011485843148627408, -0.004095546475899159, -0.00019297422515849797, 0.0008480846474938295, -0.0003222672423990078),
    (3.0234375, -0.0033744651374684803, 0.01085854011764552, -0.015080738175587388, 0.011229464397453192, -0.004107559781279405, -0.0001151155448129058, 0.0008129400544931104, -0.000320309244765928),
    (3.0390625, -0.003208439676891881, 0.010395429048842324, -0.014560377635973737, 0.010972522222268806, -0.004113618806910297, -4.054096690713375e-05, 0.0007780320026348798, -0.00031794459489328217),
    (3.0546875, -0.003049524266066779, 0.00994839098640908, -0.01405206732271631, 0.010715380766619684, -0.00411397920325204, 3.077374254942642e-05, 0.0007434040688632246, -0.0003151897710037079),
    (3.0703125, -0.002897470706641999, 0.009517049300799059, -0.013555808353581476, 0.010458388258352774, -0.004108894570102519, 9.885681831384137e-05, 0.000709098024854136, -0.0003120613040479793),
    (3.0859375, -0.0027520366840626314, 0.00910102757872404, -0.013071585893525254, 0.01020187714741259, -0.0040986161506552845, 0.00016374032641005702, 0.0006751538317472812, -0.000308575768458196),
    (3.1015625, -0.002612985760356306, 0.008699950110160651, -0.012599369890685915, 0.009946164262344447, -0.004083392538817715, 0.00022545999418408546, 0.000641609635931866, -0.0003047497721106358),
    (3.1171875, -0.0024800873594890676, 0.008313442352475975, -0.01213911580461823, 0.009691550984675097, -0.004063469399820201, 0.00028405504001691645, 0.000608501765975835, -0.00030059994544941437),
    (3.1328125, -0.002353116745646393, 0.007941131371927765, -0.011690765325950859, 0.00943832344033934, -0.004039089204138767, 0.0003395680028067051, 0.0005758647307922075, -0.0002961429297364089),
    (3.1484375, -0.0022318549947907248, 0.007582646262819584, -0.011254247086687376, 0.009186752707320067, -0.004010490974744517, 0.000392044571340737, 0.0005437312191393647, -0.00029139536440689947),
    (3.1640625, -0.0021160889598423084, 0.007237618544614926, -0.01082947736041042, 0.008937095038668602, -0.0039779100476835146, 0.0004415334136868286, 0.0005121321005535942, -0.0002863738735239898),
    (3.1796875, -0.0020056112298252053, 0.0069056825373369, -0.010416360751687573, 0.008689592100072412, -0.003941577845980207, 0.00048808600674305483, 0.0004810964278122438, -0.00028109505133799205),
    (3.1953125, -0.00190022008331508, 0.006586475715601378, -0.010014790874016547, 0.008444471221137895, -0.0039017216668463003, 0.0005317564660938611, 0.000450651441024458, -0.0002755754469695328),
    (3.2109375, -0.0017997194365197602, 0.006279639041651607, -0.009624651015686284, 0.008201945659557598, -0.003858564482165079, 0.0005726013763295929, 0.0004208225734437685, -0.0002698315482470885),
    (3.2265625, -0.0017039187863176761, 0.005984817277781123, -0.0092458147929694, 0.007962214877333368, -0.0038123247522085383, 0.0006106796219951404, 0.0003916334590928211, -0.00026387976474091676),
    (3.2421875, -0.001612633148573099, 0.005701659278549517, -0.008878146790100268, 0.007725464828230074, -0.0037632162525314487, 0.0006460522193416236, 0.0003631059422853561, -0.00025773641004586694),
    (3.2578125, -0.001525682992040643, 0.005429818263212013, -0.00852150318553152, 0.007491868255638468, -0.003711447913972556, 0.0006787821490627401, 0.0003352600891242747, -0.0002514176833752726),
    (3.2734375, -0.001442894168164809, 0.005168952068799073, -0.008175732364000234, 0.007261585000030508, -0.0036572236756786795, 0.000708934190204455, 0.000308114201047332, -0.0002449396505370042),
    (3.2890625, -0.001364097837073403, 0.004918723384296326, -0.007840675513973173, 0.0070347623151962675, -0.003600742351052442, 0.0007365747554430402, 0.00028168483048377407, -0.0002383182243707604),
    (3.3046875, -0.0012891303900565436, 0.004678799966387945, -0.007516167210078334, 0.00681153519245819, -0.003542197506508952, 0.0007617717279319892, 0.0002559867986761927, -0.0002315691447327633),
    (3.3203125, -0.001217833368815628, 0.004448854837238298, -0.007202035980167544, 0.006592026692066128, -0.0034817773529108613, 0.0007845942999229711, 0.00023103321571210368, -0.00022470795812018022),
    (3.3359375, -0.001150053381759134, 0.004228566464797224, -0.006898104856692033, 0.006376348280985277, -0.00341966464953508, 0.0008051128133696769, 0.00020683550279936027, -0.00021774999703279784),
    (3.3515625, -0.00108564201761447, 0.0040176189261236445, -0.006604191912109576, 0.006164600176298768, -0.0033560366204079773, 0.0008233986027260992, 0.00018340341680860914, -0.0002107103591737224),
    (3.3671875, -0.001024455756617294, 0.003815702054230451, -0.006320110778078062, 0.0059568716934574484, -0.0032910648828293086, 0.0008395238401524409, 0.00016074507709467416, -0.00020360388659416224),
    (3.3828125, -0.0009663558795318046, 0.003622511568960694, -0.006045671148226033, 0.00575324159862108, -0.003224915387888428, 0.0008535613833424133, 0.00013886699459712807, -0.00019644514488967652),
    (3.3984375, -0.0009112083747474902, 0.0034377491924111256, -0.005780679264325868, 0.005553778464348028, -0.0031577483727596462, 0.0008655846261851591, 0.00011777410320848335, -0.00018924840255665242),
    (3.4140625, -0.0008588838436897223, 0.0032611227494240293, -0.005524938385729811, 0.00535854102790433, -0.0030897183245470043, 0.0008756673524733917, 9.746979338650443e-05, -0.00018202761061822368),
    (3.4296875, -0.0008092574047734009, 0.003092346253672108, -0.005278249241962838, 0.005167578551477917, -0.0030209739554322972, 0.0008838835928665784, 7.795594797521545e-05, -0.0001747963826283875),
    (3.4453125, -0.0007622085961206464, 0.0029311399798640186, -0.0050404104683995175, 0.00498093118359964, -0.002951658188864012, 0.0008903074853141214, 5.923298018734783e-05, -0.00016756797516174292),
    (3.4609375, -0.0007176212772552668, 0.002777230522599881, -0.0048112190249843005, 0.004798630321089671, -0.0028819081565090196, 0.0008950131391385074, 4.1299873689333864e-05, -0.00016035526889410047),
    (3.4765625, -0.000675383529978452, 0.0026303508424068856, -0.004590470597986273, 0.004620698970865691, -0.0028118552056734707, 0.0008980745029723466, 2.4154224718597025e-05, -0.00015317075037623475),
    (3.4921875, -0.0006353875586218683, 0.0024902402994849064, -0.00437795998481001, 0.004447152110968094, -0.0027416249168844605, 0.0008995652367361117, 7.792286151901071e-06, -0.00014602649459931783),
    (3.5078125, -0.0005975295898660492, 0.0023566446756908923, -0.004173481461913979, 0.0042779970501772, -0.002671337131309746, 0.0008995585878352768, -7.790986567020376e-06, -0.0001389341484461278),
    (3.5234375, -0.0005617097723037333, 0.002229316185288745, -0.003976829135916721, 0.004113233785617995, -0.002601105987679191, 0.0008981272717464754, -2.2601887742350577e-05, -0.0001319049151170285),
    (3.5390625, -0.0005278320759195937, 0.0021080134749884463, -0.003787797277998921, 0.003952855357769442, -0.00253103996835874, 0.0008953433571523081, -3.664791209481674e-05, -0.0001249495396140157),
    (3.5546875, -0.0004958041916496449, 0.001992501613794402, -0.0036061806417362363, 0.003796848202317503, -0.0024612419542156734, 0.0008912781557735827, -4.9937703904055215e-05, -0.00011807829535988549),
    (3.5703125, -0.0004655374311755267, 0.0018825520731783434, -0.0034317747645235415, 0.0036451924983140465, -0.002391809287902718, 0.0008860021170361406, -6.248100475277692e-05, -0.00011130097202285868),
    (3.5859375, -0.0004369466271008527, 0.001777942698086727, -0.0032643762527758994, 0.0034978625121273362, -0.002322833845178365, 0.000879584727697061, -7.428860000810095e-05, -0.00010462686460985601),
    (3.6015625, -0.00040995003364888876, 0.001678457669286396, -0.0031037830511151045, 0.003354826936694056, -0.0022544021138714734, 0.0008720944165420396, -8.537226418192924e-05, -9.806476388412638e-05),
    (3.6171875, -0.0003844692280130109, 0.0015838874575454136, -0.002949794695773047, 0.003216049225607565, -0.002186595280090061, 0.0008635984642521591, -9.57447053179046e-05, -9.16229481551485e-05),
    (3.6328125, -0.00036042901248368466, 0.0014940287701383852, -0.002802212552464361, 0.0030814879216023083, -0.0021194893212670373, 0.0008541629185242056, -0.000105419508557299, -8.530917648072041e-05),
    (3.6484375, -0.0003377573174681255, 0.00140868449015741, -0.0026608400390008445, 0.002951096979019963, -0.002053155105629628, 0.0008438525145142122, -0.00011441107904010013, -7.913068331298639e-05),
    (3.6640625, -0.0003163851055113509, 0.0013276636091009682, -0.0025254828329389816, 0.002824826079868885, -0.0019876584976743746, 0.00083273060065911, -0.00012273458430058474, -7.309417461188982e-05),
    (3.6796875, -0.0002962462764200264, 0.0012507811532036842, -0.0023959490645694493, 0.002702620943114667, -0.0019230604692258898, 0.0008208590699163263, -0.00013040589631878343, -6.720582544124753e-05),
    (3.6953125, -0.0002772775735833537, 0.0011778581039599816, -0.0022720494955738896, 0.0025844236268660827, -0.0018594172156550265, 0.0008082982964459758, -0.000137441533390451, -6.147127905437568e-05),
    (3.7109375, -0.0002594184915782468, 0.0011087213132842508, -0.0021535976836893197, 0.002470172823147245, -0.001796780276830797, 0.0007951070777450202, -0.0001438586019784656, -5.589564746801967e-05),
    (3.7265625, -0.00024261118513921578, 0.0010432034137392884, -0.0020404101337344284, 0.0023598041449734266, -0.0017351966623802332, 0.0007813425822275186, -0.00014967473870800346, -5.048351351530598e-05),
    (3.7421875, -0.00022680037956671455, 0.0009811427242534998, -0.0019323064353646267, 0.00225325040547459, -0.0016747089808314393, 0.0007670603022299322, -0.00015490805266638966, -4.5238934360597604e-05),
    (3.7578125, -0.00021193328264123226, 0.0009223831517357073, -0.0018291093879340982, 0.0021504418888371297, -0.0016153555722173121, 0.0007523140124054613, -0.00015957706816623553, -4.0165446451545355e-05),
    (3.7734375, -0.00019795949810411144, 0.0008667740889844274, -0.0017306451128532374, 0.0020513066128606664, -0.0015571706437207996, 0.0007371557334566612, -0.0001637006681273696, -3.526607187633393e-05),
    (3.7890625, -0.0001848309407599713, 0.0008141703092762015, -0.0016367431538387674, 0.0019557705829527745, -0.0015001844079470972, 0.0007216357011411814, -0.0001672980382291849, -3.0543326087166155e-05),
    (3.8046875, -0.00017250175324970285, 0.0007644318580050212, -0.0015472365654615368, 0.0018637580374102696, -0.0014444232234138222, 0.000705802340471469, -0.00017038861198040182, -2.5999226944451627e-05),
    (3.8203125, -0.00016092822453728873, 0.0007174239417321341, -0.001461961990403486, 0.0017751916838610452, -0.00138990973685692, 0.0006897022450157355, -0.00017299201684792392, -2.1635305030002388e-05),
    (3.8359375, -0.0001500687101481882, 0.000673016814992568, -0.0013807597258406008, 0.0016899929267653426, -0.001336663026957817, 0.0006733801611944853, -0.00017512802158049356, -1.7452615171819326e-05),
    (3.8515625, -0.00013988355419171733, 0.0006310856651916154, -0.0013034737793728348, 0.0016080820858997294, -0.0012846987491060694, 0.0006568789774544781, -0.00017681648485628232, -1.3451749117806302e-05),
    (3.8671875, -0.0001303350131947519, 0.0005915104959113202, -0.0012299519149250148, 0.0015293786057708736, -0.0012340292808214683, 0.0006402397181902239, -0.0001780773053764338, -9.632849290996495e-06),
    (3.8828125, -0.00012138718176918245, 0.000554176008933719, -0.0011600456890446867, 0.0014538012559293732, -0.001184663867470129, 0.0006235015422720223, -0.000178930373518966, -5.995623554636257e-06),
    (3.8984375, -0.00011300592013086228, 0.0005189714852742656, -0.001093610478023713, 0.0013812683221763953, -0.0011366087679205291, 0.0006067017460292044, -0.00017939552465939465, -2.5393609117590643e-06),
    (3.9140625, -0.00010515878348330934, 0.00048579066550552807, -0.001030505496270268, 0.0013116977886776235, -0.0010898673997976587, 0.0005898757705276584, -0.00017949249425601934, 7.370519392937663e-07),
    (3.9296875, -9.781495327514937e-05, 0.0004545316296379312, -0.0009705938063566991, 0.0012450075110199813, -0.0010444404840063658, 0.000573057212971942, -0.00017924087478907166, 3.835113274582981e-06),
    (3.9453125, -9.094517033622407e-05, 0.000425096676811052, -0.0009137423211665849, 0.0011811153802667304, -0.0010003261882085522, 0.0005562778420543451, -0.0001786600746339294, 6.756688322780027e-06),
    (3.9609375, -8.452166989342971e-05, 0.00039739220503579324, -0.00085982179856126, 0.0011199394780858202, -0.0009575202689530393, 0.000539567617066174, -0.000177769278939402, 9.503990636692556e-06),
    (3.9765625, -7.851811846369877e-05, 0.00037132859121468407, -0.0008087068289821336, 0.0010613982230447223, -0.0009160162121715996, 0.0005229547105803124, -0.00017658741257275623, 1.2079562943940635e-05),
    (3.9921875, -7.290955261808792e-05, 0.00034682007165462116, -0.0007602758164003435, 0.0010054105081824295, -0.0008758053717697843, 0.0005064655345087678, -0.0001751331051837309, 1.4486257563109038e-05),
))
_TANH_POS = _Table(_DIRECT, (
    (0.0, 0.0, 0.5, 0.39894228040143287, -2.2154653123373262e-13, -0.06681947709243, -1.5556705833691206e-08, 0.01020301739553192, -6.797254379439208e-05),
    (0.0234375, 0.011937875378784189, 0.5186969787296273, 0.3987220963598106, -0.006261699657621563, -0.0667354451830636, 0.001433697981572373, 0.010182294334795696, -0.00023288263124684384),
    (0.0390625, 0.020139832070493493, 0.5311514402171345, 0.3983308859785651, -0.010428388434232619, -0.06658618456256989, 0.0023868435885449567, 0.010148355996761756, -0.0003875989958369109),
    (0.0546875, 0.028536278327725616, 0.5435906271676119, 0.3977446170306549, -0.014583424318233104, -0.06636260436319896, 0.0033360154239280917, 0.010097536828402231, -0.0005415083609487548),
    (0.0703125, 0.03712692791299719, 0.556008453668433, 0.3969639444453284, -0.01872217332364476, -0.06606507673798491, 0.00427963556669067, 0.010029942646216813, -0.000694290098399524),
    (0.0859375, 0.0459113996739885, 0.5683988576613946, 0.39598973976468854, -0.022840028567658845, -0.06569409668478148, 0.005216137656685752, 0.009945714221988977, -0.0008456257558405762),
    (0.1015625, 0.054889217969042156, 0.5807558076901472, 0.39482308969375557, -0.026932417917550466, -0.06525028101536695, 0.006143970159539597, 0.009845027010519753, -0.0009951996842801738),
    (0.1171875, 0.06405981319770722, 0.5930733095967297, 0.39346529429371513, -0.030994811565213057, -0.06473436707056082, 0.007061599602792134, 0.009728090808508987, -0.0011426996696841326),
    (0.1328125, 0.07342252243544684, 0.605345413156117, 0.39191786482211505, -0.035022729513514296, -0.06414721118385046, 0.007967513776812053, 0.009595149344105654, -0.0012878175692177234),
    (0.1484375, 0.08297659017145491, 0.6175662186378145, 0.3901825212245117, -0.03901174895884661, -0.06348978689653455, 0.008860224893962272, 0.009446479796597686, -0.0014302499524944492),
    (0.1640625, 0.09272116914835718, 0.6297298832836872, 0.38826118928279374, -0.042957511554449296, -0.0627631829279015, 0.009738272699440359, 0.009282392245683942, -0.0015696987479709137),
    (0.1796875, 0.10265532130240464, 0.6418306276913868, 0.38615599742612944, -0.046855730539315334, -0.061968600904476694, 0.010600227527165924, 0.009103229049769283, -0.0017058718943752569),
    (0.1953125, 0.11277801880260237, 0.6538627420929347, 0.38386927321118847, -0.050702197717764325, -0.061107352852892344, 0.011444693294035586, 0.00890936415275079, -0.0018384839967833988),
    (0.2109375, 0.12308814518705542, 0.6658205925182388, 0.38140353947898264, -0.05449279027506379, -0.060180858461457605, 0.012270310425818743, 0.0087012023188211, -0.001967256986666769),
    (0.2265625, 0.13358449659465554, 0.6776986268335625, 0.3787615101963463, -0.05822347741481514, -0.05919064211603354, 0.013075758707926767, 0.008479178294905299, -0.002091920784931747),
    (0.2421875, 0.14426578309007862, 0.6894913806452252, 0.37594608599073986, -0.06189032680418718, -0.05813832971634749, 0.013859760054257982, 0.008243755900472037, -0.0022122139666594016),
    (0.2578125, 0.1551306300799128, 0.7011934830590935, 0.37296034938770056, -0.06548951081348019, -0.057025645279413555, 0.014621081187303426, 0.007995427044617876, -0.0023278844259391096),
    (0.2734375, 0.16617757981759246, 0.7127996622867252, 0.3698075597608914, -0.06901731253693699, -0.055854407337257904, 0.015358536222697804, 0.007734710670516868, -0.0024386900388762324),
    (0.2890625, 0.17740509299467253, 0.7243047510893497, 0.36649114800529814, -0.07247013158218386, -0.05462652513668021, 0.016070989151418958, 0.007462151627554141, -0.00254439932254717),
    (0.3046875, 0.18881155041584247, 0.7357036920512019, 0.36301471094470716, -0.07584448961618373, -0.05334399464931124, 0.016757356212880933, 0.007178319471722123, -0.0026447920873797484),
    (0.3203125, 0.2003952547549501, 0.7469915426740917, 0.3593820054851507, -0.07913703565611736, -0.052008894400752625, 0.017416608152233434, 0.006883807195149287, -0.0027396600801578314),
    (0.3359375, 0.2121544323891805, 0.7581634802854564, 0.3555969425265367, -0.08234455109417292, -0.05062338112810312, 0.018047772355276704, 0.006579229885952, -0.00282880761459097),
    (0.3515625, 0.22408723530841812, 0.7692148067525387, 0.3516635806451827, -0.08546395444582243, -0.04918968527568624, 0.018649934854528677, 0.006265223319947644, -0.0029120521861571535),
    (0.3671875, 0.23619174309670754, 0.7801409529957348, 0.34758611956044827, -0.08849230581179211, -0.04771010633929268, 0.019222242200142528, 0.005942442486138595, -0.0029892250677235137),
    (0.3828125, 0.24846596498262366, 0.7909374832945797, 0.3433688933991015, -0.09142681104459412, -0.04618700806973608, 0.019763903189570095, 0.0056115600482685695, -0.0030601718822798195),
    (0.3984375, 0.26090784195526273, 0.8016000993802643, 0.3390163637714707, -0.09426482561117613, -0.044622813546988445, 0.02027419045010141, 0.005273264745161347, -0.0031247531489862223),
    (0.4140625, 0.27351524894247414, 0.8121246443090302, 0.33453311267380914, -0.09700385814396408, -0.04302000013660986, 0.020752441868684197, 0.004928259732972816, -0.0031828447986427875),
    (0.4296875, 0.28628599704786806, 0.8225071061112388, 0.32992383523164487, -0.09964157367331834, -0.0413810943406122, 0.021198061863740965, 0.004577260872916305, -0.0032343386546363592),
    (0.4453125, 0.29921783584305606, 0.8327436212113825, 0.3251933322991997, -0.10217579653519569, -0.03970866655529584, 0.02161052249405508, 0.004220994968453388, -0.003279142875412053),
    (0.4609375, 0.31230845571151167, 0.8428304776147775, 0.32034650293023076, -0.10460451294860408, -0.038005325748968026, 0.02198936440019193, 0.003860197956373093, -0.003317182354553526),
    (0.4765625, 0.3255554902403757, 0.8527641178571647, 0.31538833673588434, -0.1069258732582553, -0.036273714072789245, 0.02233419757435575, 0.003495613056606612, -0.0033483990746388716),
    (0.4921875, 0.3389565186564746, 0.8625411417139331, 0.3103239061453479, -0.10913819383865792, -0.034516501418296, 0.02264470195505661, 0.0031279888860372596, -0.003372752411167651),
    (0.5078125, 0.3525090683027744, 0.8721583086661778, 0.3051583585852404, -0.111239958656748, -0.03273637993541155, 0.022920627843473904, 0.0027580775419614348, -0.0033902193830288464),
    (0.5234375, 0.36621061715145187, 0.8816125401213021, 0.29989690859379936, -0.11322982049102585, -0.03093605852497872, 0.023161796138950672, 0.002386632661230927, -0.003400794846198319),
    (0.5390625, 0.3800585963497325, 0.8909009213863799, 0.2945448298859954, -0.11510660180604938, -0.029118257320026354, 0.023368098391634933, 0.0020144074614551187, -0.003404491627616142),
    (0.5546875, 0.39405039279462284, 0.9000207033929969, 0.28910744738573907, -0.11686929528202805, -0.02728570217011262, 0.02353949667089751, 0.0016421527709590143, -0.0034013405964968086),
    (0.5703125, 0.4081833517326455, 0.9089693041727935, 0.2835901292413363, -0.11851706400015968, -0.025441119143170227, 0.023676023248796932, 0.0012706150544751454, -0.003391390670666101),
    (0.5859375, 0.42245477938068116, 0.9177443100834398, 0.27799827884029554, -0.12004924128525629, -0.02358722905930997, 0.02377778009852809, 0.0009005344417903495, -0.003374708755894274),
    (0.6015625, 0.43686194556401614, 0.9263434767852711, 0.27233732683949896, -0.1214653302081071, -0.02172674207101714, 0.023844938208477964, 0.0005326427667684575, -0.0033513796166024347),
    (0.6171875, 0.451402086367708, 0.9347647299693133, 0.26661272322661056, -0.12276500275092804, -0.01986235230409933, 0.02387773671321513, 0.00016766162432391894, -0.003321505676753742),
    (0.6328125, 0.4660724067973908, 0.9430061658379205, 0.26082992942842026, -0.12394809864013974, -0.01799673257361254, 0.023876481843455234, -0.000193699546973483, -0.003285206750198801),
    (0.6484375, 0.480870083445669, 0.9510660513397332, 0.2549944104815991, -0.12501462385160028, -0.0161325291888049, 0.023841545697767696, -0.0005507453489286612, -0.003242619700220871),
    (0.6640625, 0.4957922671602768, 0.9589428241611464, 0.24911162728108371, -0.12596474879428865, -0.014272356860872665, 0.023773364839514404, -0.0009027962666506971, -0.0031938980285162637),
    (0.6796875, 0.5108360857102191, 0.9666350924769469, 0.2431870289210045, -0.12679880617928796, -0.012418793727022521, 0.023672438723234417, -0.0012491904626993947, -0.0031392113943435897),
    (0.6953125, 0.5259986464461549, 0.9741416344632416, 0.2372260451427328, -0.12751728858175065, -0.010574376503976617, 0.023539327955404265, -0.0015892855148742257, -0.0030787450650771172),
    (0.7109375, 0.5412770389513353, 0.9814613975762462, 0.2312340789042421, -0.12812084570433488, -0.008741595783644335, 0.023374652395206506, -0.0019224600902334461, -0.0030126992998992384),
    (0.7265625, 0.5566683376794703, 0.9885934976009407, 0.2252164990845632, -0.12861028135138391, -0.006922891483217711, 0.023179089101624348, -0.0022481155481479673, -0.0029412886688597304),
    (0.7421875, 0.5721696045759606, 0.9955372174740265, 0.21917863333665955, -0.12898655012386923, -0.00512064846142787, 0.022953370133842448, -0.002565677465464619, -0.0028647413100099978),
    (0.7578125, 0.5877778916790062, 1.0022920058860203, 0.2131257611015636, -0.12925075384583462, -0.003337192312129483, 0.022698280212568818, -0.002874597077175168, -0.0027832981277838946),
    (0.7734375, 0.6034902436971817, 1.0088574756677227, 0.20706310679609471, -0.129404137733757, -0.0015747853457616467, 0.02241465425049456, -0.0031743526263587145, -0.0026972119362382646),
    (0.7890625, 0.6193037005601512, 1.015233401966667, 0.2009958331859295, -0.12944808632087915, 0.00016437723143072645, 0.02210337476067357, -0.0034644506175832306, -0.0026067465511815185),
    (0.8046875, 0.6352152999392878, 1.0214197202195217, 0.19492903495521596, -0.12938411914916445, 0.0018781709312377358, 0.021765369152127855, -0.003744426968413927, -0.0025121758356032435),
    (0.8203125, 0.6512220797350601, 1.0274165239267508, 0.18886773248331662, -0.12921388624207514, 0.0035645453819562784, 0.021401606922462894, -0.004013848054178296, -0.0024137827031681766),
    (0.8359375, 0.6673210805281442, 1.0332240622361648, 0.18281686583863552, -0.12893916336434175, 0.005221527505000789, 0.02101284982458022, -0.004272324287159625),
    (0.8515625, 0.6835093479913312, 1.0388427373422942, 0.17678128899883055, -0.12856184712843802, 0.006847224455904355, 0.020600647848954042, -0.004519460729872724),
    (0.8671875, 0.6997839352594085, 1.0442731017087923, 0.17076576430603876, -0.1280839498475779, 0.00843982634090427, 0.0201658211878575, -0.0047549325026592),
    (0.8828125, 0.7161419052543057, 1.049515855121343, 0.16477495716505286, -0.12750759430424466, 0.009997608681182893, 0.019709477891672798, -0.004978435985423528),
    (0.8984375, 0.732580332962919, 1.054571841578776, 0.15881343099168, -0.12683500833304664, 0.011518934637514106, 0.01923275288675296, -0.0051897015082415085),
    (0.9140625, 0.7490963076651468, 1.0594420460303136, 0.15288564241779656, -0.12606851928022417, 0.013002256985199736, 0.018736804775971398, -0.005388493685940619),
    (0.9296875, 0.7656869351097944, 1.0641275909670629, 0.14699593675888425, -0.1252105483475573, 0.014446119837965666, 0.018222812613722727, -0.005574611628519068),
    (0.9453125, 0.7823493396361368, 1.068629732876036, 0.1411485437490974, -0.12426360483641774, 0.015849160119276416, 0.017691972667016165, -0.00574788902748522),
    (0.9609375, 0.7990806662390567, 1.0729498585651283, 0.13534757354817215, -0.12323028030777562, 0.01721010878043543, 0.0171454951742643, -0.005908194118854982),
    (0.9765625, 0.815878082575806, 1.077089481367609, 0.1295970130237459, -0.1221132426739831, 0.018527791765741295, 0.016584601113270505, -0.0060554295241920025),
    (0.9921875, 0.8327387809125795, 1.081050237234773, 0.12390072231191518, -0.1209152302381124, 0.019801130725863078, 0.016010518989758575, -0.006189531971709376),
    (1.0078125, 0.8496599800092179, 1.0848338807254867, 0.11826243165812221, -0.11963904569652506, 0.021029143481475963, 0.015424481657569948, -0.006310471900066954),
    (1.0234375, 0.8666389269405, 1.088442280901412, 0.11268573853972935, -0.1182875501201949, 0.022210944240057352, 0.014827723181378928, -0.00641825294809089),
    (1.0390625, 0.8836728988526176, 1.0918774171367187, 0.10717410507091728, -0.11686365693010002, 0.0233457435695787, 0.014221475752447095, -0.006512911334207339),
    (1.0546875, 0.9007592046535667, 1.0951413748511127, 0.10173085568983119, -0.11537032588173966, 0.024432848133635825, 0.013606966667557374, -0.006594515129916279),
    (1.0703125, 0.9178951866363263, 1.0982363411749878, 0.09635917512720002, -0.11381055707352404, 0.02547166019333635, 0.012985415380838932, -0.006663163432130691),
    (1.0859375, 0.9350782220338304, 1.1011646005554783, 0.0910621066549712, -0.11218738499342902, 0.026461676882003207, 0.012358030637719822, -0.006718985439667441),
    (1.1015625, 0.9523057245048819, 1.1039285303121271, 0.08584255061283746, -0.1105038726179071, 0.02740248925945512, 0.011726007699728681, -0.006762139439596397),
    (1.1171875, 0.9695751455502842, 1.106530596150817, 0.08070326320988687, -0.10876310557660247, 0.028293781153284847, 0.011090525668313797, -0.006792811709531156),
    (1.1328125, 0.9868839758586098, 1.1089733476445085, 0.07564685559798344, -0.10696818639593472, 0.02913532779517152, 0.010452744915261653, -0.006811215342276162),
    (1.1484375, 1.0042297465811485, 1.1112594136892142, 0.07067579321288527, -0.10512222883409554, 0.029926994260831914, 0.009813804626681985, -0.006817588999529549),
    (1.1640625, 1.0216100305357194, 1.113391497943509, 0.06579239537853179, -0.1032283523194484, 0.030668733722734938, 0.009174820466886864, -0.00681219560157753),
    (1.1796875, 1.039022443339146, 1.1153723742597197, 0.060998835169383696, -0.10128967650373603, 0.031360585525172416, 0.008536882367831913, -0.0067953209601039725),
    (1.1953125, 1.056464644468333, 1.1172048821147726, 0.05629713952517842, -0.0993093159408878, 0.032002673091695695, 0.007901052449113048, -0.006767272361377698),
    (1.2109375, 1.0739343382499977, 1.1188919220484914, 0.05168918961197313, -0.09729037490158132, 0.032595201675291084, 0.007268363072826659, -0.00672837710717023),
    (1.2265625, 1.0914292747792327, 1.1204364511169411, 0.047176721422886696, -0.09523594233305537, 0.033138455961976655, 0.006639815036909533, -0.006678981020798817),
    (1.2421875, 1.1089472507671922, 1.1218414783681991, 0.0427613266115224, -0.093149086972994, 0.03363279753875841, 0.0060163759098813855, -0.00661944692568454),
    (1.2578125, 1.1264861103183106, 1.1231100603477113, 0.038444453550656205, -0.09103285262561282, 0.0340786622370851, 0.0053989785092221545, -0.0065501531037645494),
    (1.2734375, 1.1440437456375667, 1.1242452966401504, 0.034227408608410316, -0.08889025360737608, 0.0344765573630886, 0.0047885195249322806, -0.006471491741002745),
    (1.2890625, 1.16161809766842, 1.125250325454447, 0.030111357633800434, -0.08672427036906571, 0.03482705882599141, 0.004185858289151128, -0.0063838673671063936),
    (1.3046875, 1.1792071566621412, 1.1261283192584077, 0.026097327643246494, -0.08453784530020952, 0.035130808176105144, 0.0035918156920503835, -0.006287695296379746),
    (1.3203125, 1.1968089626793612, 1.126882480469064, 0.022186208699372045, -0.08233387872116246, 0.03538850956383607, 0.0030071732435791886, -0.006183400076432029),
    (1.3359375, 1.214421606024757, 1.1275160372046205, 0.01837875597318581, -0.08011522506742252, 0.035600926631055796, 0.00243267228001943, -0.006071413951209247),
    (1.3515625, 1.2320432276158773, 1.128032239103596, 0.014675591980540888, -0.07788468927005619, 0.03576887934609108, 0.0018690133137159257, -0.005952175344539716),
    (1.3671875, 1.2496720192872035, 1.1284343532164547, 0.011077208983601816, -0.07564502333540923, 0.03589324079343618, 0.0013168555237802106, -0.005826127370075485),
    (1.3828125, 1.2673062240306172, 1.1287256599747402, 0.00758397154791702, -0.07339892312659077, 0.03597493392909818, 0.0007768163850305627, -0.005693716373178899),
    (1.3984375, 1.2849441361735188, 1.1289094492424252, 0.004196119245593429, -0.07114902534854348, 0.03601492831225211, 0.0002494714319271753, -0.005555390509948704),
    (1.4140625, 1.3025841014959232, 1.128989016453893, 0.0009137694950005697, -0.06889790473785397, 0.03601423682361048, -0.0002646458462082393, -0.005411598368206849),
    (1.4296875, 1.3202245172879128, 1.12896765884267, -0.0022630794726075498, -0.06664807145781637, 0.035973912380605266, -0.0007650439828329986, -0.005262787634878569),
    (1.4453125, 1.3378638323489, 1.1288486717647213, -0.005334545529173865, -0.06440196869864169, 0.0358950446591402, -0.001251273389225596, -0.005109403813797967),
    (1.4609375, 1.3555005469302022, 1.1286353451198252, -0.008300859458224947, -0.06216197048210671, 0.03577875683130268, -0.0017229260918297951, -0.004951888997562285),
    (1.4765625, 1.3731332126224882, 1.128330959874248, -0.01116236166511825, -0.05993037966936198, 0.03562620232802865, -0.002179635357121295, -0.00479068069664362),
    (1.4921875, 1.390760432189702, 1.1279387846876288, -0.013919498798632187, -0.057709426170068974, 0.03543856163529465, -0.002621075209498882, -0.004626210728550069),
    (1.5078125, 1.4083808593511145, 1.1274620726467053, -0.016572820293283233, -0.05550126535051457, 0.03521703913197196, -0.0030469598479442132, -0.004458904169412139),
    (1.5234375, 1.4259931985131864, 1.12690405810821, -0.01912297484163224, -0.05330797663785651, 0.034962859977020325, -0.00345704296739772, -0.004289178369957562),
    (1.5390625, 1.4435962044529718, 1.1262679536529792, -0.021570706805697788, -0.05113156231718849, 0.03467726705322782, -0.0038511169909630607, -0.00411744203743106),
    (1.5546875, 1.4611886819548072, 1.1255569471530444, -0.02391685257642881, -0.04897394651767805, 0.034361517974220296, -0.004229012219179743, -0.003944094384617633),
    (1.5703125, 1.4787694854020679, 1.1247741989531832, -0.026162336890003475, -0.046836974383625676, 0.034016882160972775, -0.004590595902693914, -0.0037695243467408203),
    (1.5859375, 1.4963375183257877, 1.1239228391681506, -0.028308169109517865, -0.04472241142591927, 0.033644637993558206, -0.004935771244711999, -0.0035941098666332503),
    (1.6015625, 1.5138917329119583, 1.1230059650965396, -0.030355439480407642, -0.04263194304901555, 0.033246070043369075, -0.005264476339642169, -0.0034182172482175805),
    (1.6171875, 1.5314311294693361, 1.1220266387519635, -0.03230531536771028, -0.04056717424826818, 0.032822466390547325, -0.00557668305431596, -0.0032422005779931817),
    (1.6328125, 1.5489547558595929, 1.1209878845120056, -0.03415903748302588, -0.03852962947214219, 0.03237511603086006, -0.005872395858138508, -0.0030664012138992666),
    (1.6484375, 1.5664617068916542, 1.1198926868851373, -0.03591791610877279, -0.0365207526436046, 0.031905306375765295, -0.006151650608442316, -0.0028911473406197253),
    (1.6640625, 1.5839511236820651, 1.1187439883955759, -0.037583327327061156, -0.03454190733476274, 0.03141432084892537, -0.006414513297218405, -0.0027167535901098144),
    (1.6796875, 1.6014221929832293, 1.1175446875858246, -0.03915670926022525, -0.03259437708863285, 0.03090343658194827, -0.006661078765271728, -0.0025435207258608676),
    (1.6953125, 1.618874146481353, 1.1162976371364257, -0.04063955832976476, -0.030679365881762524, 0.030373922211670328, -0.006891469389697138, -0.0023717353891769552),
    (1.7109375, 1.6363062600659206, 1.1150056421022518, -0.04203342554014786, -0.028797998721300202, 0.02982703578083964, -0.007105833750399893, -0.0022016699055174027),
    (1.7265625, 1.6537178530725192, 1.1136714582644553, -0.04333991279362605, -0.026951322370002646, 0.029264022743619864, -0.007304345281192791, -0.002033582148761465),
    (1.7421875, 1.6711082875008083, 1.112297790597023, -0.04456066924190374, -0.025140306192595777, 0.028686114076909734, -0.007487200910792676, -0.0018677154610763356),
    (1.7578125, 1.688476967209416, 1.1108872918466899, -0.04569738768019578, -0.02336584311685491, 0.02809452449806668, -0.007654619698814363, -0.0017042986259169762),
    (1.7734375, 1.7058233370895242, 1.1094425612248096, -0.04675180098889431, -0.021628750702746016, 0.027490450789233647, -0.0078068414716220055, -0.0015435458915556393),
    (1.7890625, 1.723146882218878, 1.1079661432096126, -0.04772567862775413, -0.0199297723129687, 0.026875070228098326, -0.007944125462648742, -0.001385657042430117),
    (1.8046875, 1.740447126997932, 1.1064605264571437, -0.04862082318719427, -0.018269578378263405, 0.026249539124563796, -0.008066748961537017, -0.0012308175155120585),
    (1.8203125, 1.7577236342698173, 1.1049281428190179, -0.0494390670010029, -0.016648767750888298, 0.025614991462479777, -0.008175005976186303, -0.0010791985588295755),
    (1.8359375, 1.7749760044257819, 1.1033713664650224, -0.05018226882442525, -0.015067869139734248, 0.024972537645275166, -0.008269205911523945, -0.0009309574292309713),
    (1.8515625, 1.7922038744977287, 1.101792513108455, -0.05085231058130977, -0.01352734262062781, 0.024323263344044884, -0.008349672268540201, -0.0007862376264479877),
    (1.8671875, 1.8094069172394351, 1.1001938393319923, -0.05145109418368768, -0.012027581215471024, 0.023668228446378486, -0.008416741366852219, -0.0006451691605064827),
    (1.8828125, 1.826584840198014, 1.0985775420117743, -0.051980538426866084, -0.01056891253398161, 0.023008466103973443, -0.008470761093785095, -0.0005078688495389721),
    (1.8984375, 1.8437373847771221, 1.0969457578372985, -0.05244257596282522, -0.009151600471926544, 0.022344981876853586, -0.008512089682682899, -0.0003744406450758895),
    (1.9140625, 1.8608643252934043, 1.0953005629246424, -0.052839150354427745, -0.007775846959884558, 0.02167875297181173, -0.008541094522890244, -0.0002449759819296843),
    (1.9296875, 1.8779654680276041, 1.0936439725204457, -0.05317221321267171, -0.006441793756727749, 0.021010727572515462, -0.008558151003576592, -0.00011955414983682269),
    (1.9453125, 1.8950406502717416, 1.0919779407940335, -0.053443721418954225, -0.005149524280908444, 0.020341824419513658, -0.008563658027893141),
    (1.9609375, 1.9120897393737146, 1.0903043607149911, -0.05365563443402264, -0.003899065482964915, 0.01967293151057786, -0.008557953757052272, 0.00011890222756223308),
    (1.9765625, 1.9291126317806362, 1.0886250640134596, -0.053809911695141266, -0.0026903897273068095, 0.01900490729851858, -0.008541480911922526, 0.0002318353242812117),
    (1.9921875, 1.946109252082181, 1.0869418212203783, -0.053908510102551696, -0.00152341672260114, 0.01833857874986574, -0.008514619422987943, 0.00034052184041773414),
    (2.0078125, 1.9630795520551663, 1.0852563417848646, -0.05395338159632831, -0.00039801545143655214, 0.01767474189478393, -0.008477768639918871, 0.000444937064989556),
    (2.0234375, 1.9800235097105503, 1.0835702742658961, -0.05394647082429921, 0.0006859938787861718, 0.01701416148487844, -0.008431329775276351, 0.0005450658947418311),
    (2.0390625, 1.996941128343989, 1.081885206595439, -0.05388971290159002, 0.0017288378771215815, 0.016357570882326075, -0.008375705024913119, 0.0006409023829559895),
    (2.0546875, 2.0138324355910435, 1.0802026664101558, -0.053785031262112516, 0.0027307880055306927, 0.015705672016069278, -0.008311296730790974, 0.0007324492860832218),
    (2.0703125, 2.030697482488085, 1.0785241214488148, -0.053634335602127325, 0.0036921586146035535, 0.015059135401754003, -0.008238506586326126, 0.0008197176101520369),
    (2.0859375, 2.0475363425399085, 1.0768509800125243, -0.05343951991582289, 0.0046133049824334145, 0.014418600222090237, -0.008157734884197259, 0.0009027261587736919),
    (2.1015625, 2.064349110795005, 1.0751845914849225, -0.05320246062267631, 0.0054946213603154, 0.013784674464325509, -0.008069379806386019, 0.0009815010844418492),
    (2.1171875, 2.0811359029294163, 1.0735262469094553, -0.05292501478619398, 0.00633653902873641, 0.013157935111545931, -0.00797383675606663, 0.0010560754446944521),
    (2.1328125, 2.09789685434003, 1.0718771796209, -0.0526090184234723, 0.007139524366918709, 0.012538928384554787, -0.007871497730820338, 0.001126488764577332),
    (2.1484375, 2.1146321192481556, 1.0702385659283036, -0.05225628490487082, 0.007904076938977898, 0.011928170031124775, -0.007762750736521479, 0.0011927866067212435),
    (2.1640625, 2.1313418698141513, 1.0686115258465358, -0.05186860344295094, 0.008630727599557433, 0.011326145659475706, -0.007647979241124855, 0.0012550201502175497),
    (2.1796875, 2.1480262952638407, 1.0669971238736793, -0.051447737669704126, 0.009320036621607065, 0.010733311112893856, -0.007527561667478951, 0.0013132457793533071),
    (2.1953125, 2.1646856010274194, 1.0653963698115159, -0.050995424300972696, 0.009972591848782028, 0.010150092882481289, -0.0074018709241956936, 0.0013675246831446075),
    (2.2109375, 2.181320007891501, 1.0638102196264037, -0.050513371886854765, 0.010589006874754045, 0.009576888555102477, -0.007271273973525131, 0.0014179224664882637),
    (2.2265625, 2.197929751164912, 1.0622395763478778, -0.05000325964678172, 0.011169919251544508, 0.009014067293680645, -0.00713613143511189, 0.0014645087736367447),
    (2.2421875, 2.2145150798588014, 1.0606852910023492, -0.04946673638786168, 0.01171598872881508, 0.008461970347086357, -0.006996797224449463, 0.0015073569245900962),
    (2.2578125, 2.2310762558816033, 1.059148163579323, -0.048905419504995835, 0.012227895525881473, 0.007920911586955529, -0.006853618224797733, 0.0015465435648918048),
    (2.2734375, 2.247613553249329, 1.0576289440276083, -0.04832089406119567, 0.012706338638052869, 0.007391178068872055, -0.006706933991288318, 0.0015821483292134844),
    (2.2890625, 2.2641272573116438, 1.0561283332790337, -0.04771471194645733, 0.013152034178742188, 0.006873030615451268, -0.006557076485910844, 0.001614253519016149),
    (2.3046875, 2.2806176639941427, 1.0546469842972437, -0.04708839111348579, 0.013565713758641757, 0.0063667044189634325, -0.006404369842050596, 0.0016429437944839229),
    (2.3203125, 2.297085079057186, 1.053185503149201, -0.04644341488850359, 0.01394812290311452, 0.00587240966124101, -0.006249130157233746, 0.001668305880839484),
    (2.3359375, 2.313529817371648, 1.051744450097077, -0.0457812313553287, 0.014300019508813289, 0.005390332148718688, -0.0060916653127299734, 0.0016904282890694846),
    (2.3515625, 2.3299522022118637, 1.050324340708267, -0.04510325281086147, 0.014622172340409353, 0.004920633960560674, -0.005932274818663181, 0.001709401051012739),
    (2.3671875, 2.3463525645660535, 1.0489256469813328, -0.044410855290082346, 0.01491535956818721, 0.004463454107934941, -0.0057712496832888, 0.0017253154686941473),
    (2.3828125, 2.3627312424644438, 1.0475487984857275, -0.043705378158629335, 0.015180367347144216, 0.004018909202598358, -0.005608872305110147, 0.0017382638777231894),
    (2.3984375, 2.3790885803252966, 1.0461941835132202, -0.04298812377099692, 0.015417988438122344, 0.0035870941330596834, -0.005445416386526129, 0.0017483394245173208),
    (2.4140625, 2.3954249283190054, 1.0448621502390043, -0.042260357192375815, 0.015629020871394218, 0.0031680827466885647, -0.005281146867727503, 0.0017556358570577212),
    (2.4296875, 2.411740641750395, 1.0435530078905297, -0.041523305982135626, 0.015814266653026574, 0.002761928536237838, -0.005116319879588667, 0.0017602473288374952),
    (2.4453125, 2.4280360804593344, 1.0422670279221626, -0.04077816003693946, 0.015974530514251642, 0.0023686653293429577, -0.004951182714335763, 0.0017622682156205086),
    (2.4609375, 2.4443116082397363, 1.0410044451938445, -0.040026071491470756, 0.016110618703990096, 0.0019883079796562523, -0.004785973812809463, 0.00176179294459245),
    (2.4765625, 2.4605675922769934, 1.039765459151979, -0.0392681546747479, 0.016223337824588138, 0.0016208530583644025, -0.004620922767181536, 0.0017589158354542763),
    (2.4921875, 2.476804402603873, 1.0385502350108398, -0.038505486120000945, 0.016313493710755873, 0.0012662795449250276, -0.004456250338027733, 0.00175373095298179),
    (2.5078125, 2.4930224115748616, 1.0373589049328629, -0.03773910462608699, 0.016381890351623976, 0.0009245495159422079, -0.0042921684847052315, 0.0017463319705535102),
    (2.5234375, 2.509221993358935, 1.0361915692062378, -0.036970011368426405, 0.016429328855770683, 0.0005956088311811113, -0.004128880408030398, 0.0017368120441320599),
    (2.5390625, 2.5254035234506973, 1.0350482974182853, -0.036199170057450256, 0.016456606459011043, 0.0002793878157984437, -0.003966580604301455, 0.001725263696171779),
    (2.5546875, 2.541567378199811, 1.0339291296231676, -0.03542750714256035, 0.016464515574684993, -2.4198062061859894e-05, -0.0038054549297605674, 0.0017117787089169826),
    (2.5703125, 2.557713934358618, 1.0328340775025393, -0.034655912059617044, 0.016453842886129815, -0.00031524751908950846, -0.0036456806746402296, 0.0016964480265509816),
    (2.5859375, 2.573843568647834, 1.0317631255178097, -0.033885237519985706, 0.016425368480975644, -0.0005938727907622735, -0.0034874266459895623, 0.0016793616656554313),
    (2.6015625, 2.5899566573401707, 1.0307162320527488, -0.0331162998391906, 0.01637986502685995, -0.0008601989720900666, -0.0033308532585266375, 0.001660608633442557),
    (2.6171875, 2.606053575861731, 1.0296933305452294, -0.03234987930324506, 0.01631809698811757, -0.0011143633657478525, -0.003176112632813091, 0.0016402768532290358),
    (2.6328125, 2.6221346984109926, 1.0286943306069563, -0.031586720570748156, 0.01624081988296721, -0.001356514838143536, -0.003023348700096665, 0.0016184530966295945),
    (2.6484375, 2.638200397595189, 1.0277191191300974, -0.030827533108861632, 0.016148779580682626, -0.0015868131839177288, -0.0028726973132157086, 0.0015952229219604228),
    (2.6640625, 2.654251044083868, 1.0267675613797849, -0.03007299166130525, 0.01604271163820724, -0.001805428499326823, -0.0027242863630067998, 0.0015706706183570764),
    (2.6796875, 2.6702870062794095, 1.0258395020715139, -0.029323736746534972, 0.015923340675643948, -0.0020125405649189226, -0.0025782358997023308, 0.0015448791551283907),
    (2.6953125, 2.6863086500042486, 1.0249347664325277, -0.02858037518429541, 0.015791379790027475, -0.0022083382378738354, -0.0024346582588488574, 0.0015179301358868107),
    (2.7109375, 2.7023163382045574, 1.0240531612463248, -0.027843480648766437, 0.01564753000676469, -0.002393018854343325, -0.002293658191319181, 0.0014899037570161964),
    (2.7265625, 2.718310430670104, 1.0231944758794906, -0.027113594246553036, 0.015492479768108112, -0.0025667876420960426, -0.002155332997031214, 0.001460878770060377),
    (2.7421875, 2.734291283770017, 1.0223584832900992, -0.026391225117797717, 0.01532690445800984, -0.0027298571437428375, -0.0020197726620246837, 0.00143093244763924),
    (2.7578125, 2.7502592502041585, 1.0215449410169914, -0.025676851058725775, 0.015151465962686704, -0.0028824466507922785, -0.001887059998582437, 0.0014001405525237176),
    (2.7734375, 2.7662146787697948, 1.0207535921492856, -0.0249709191639654, 0.014966812266212534, -0.0030247816487630856, -0.001757270788116475, 0.0013685773095264862),
    (2.7890625, 2.7821579141432657, 1.0199841662755282, -0.024273846487017074, 0.014773577080439963, -0.0031570932735595233, -0.0016304739265698167, 0.0013363153798912476),
    (2.8046875, 2.798089296676316, 1.0192363804119409, -0.023586020717279596, 0.014572379508541866, -0.0032796177792974927, -0.0015067315721137688, 0.001303425837889951),
    (2.8203125, 2.814009162206765, 1.0185099399092732, -0.022907800872073735, 0.014363823741451322, -0.00339259601775288, -0.0013860992949461866, 0.0012699781493640252),
    (2.8359375, 2.8299178418831774, 1.0178045393378152, -0.022239518002138456, 0.01414849878646874, -0.003496272929589455, -0.001268626229019792, 0.0012360401519724057),
    (2.8515625, 2.845815662003188, 1.017119863350171, -0.021581475909109204, 0.013926978227295318, -0.0035908970475111114, -0.0011543552255506135, 0.0012016780369357096),
    (2.8671875, 2.8617029438651316, 1.0164555875214445, -0.020933951873522712, 0.013699820014743345, -0.0036767200114722555, -0.0010433230081751247, 0.0011669563320921427),
    (2.8828125, 2.8775800036326213, 1.0158113791665273, -0.02029719739192804, 0.013467566287365788, -0.003753996096070533, -0.0009355603296407384, 0.001131937886106433),
    (2.8984375, 2.8934471522117193, 1.01518689813423, -0.019671438921719322, 0.01323074322124008, -0.0038229817502376277, -0.0008310921299280094, 0.0010966838536981675),
    (2.9140625, 2.909304695140328, 1.014581797578032, -0.01905687863234161, 0.012989860908134105, -0.0038839351493363842, -0.0007299376957142863, 0.0010612536817801602),
    (2.9296875, 2.9251529324894467, 1.013995724703275, -0.01845369516155774, 0.012745413261275741, -0.003937115759765821, -0.0006321108210976995, 0.0010257050964208269),
    (2.9453125, 2.9409921587759142, 1.01342832149066, -0.017862044375500558, 0.012497877947941211, -0.00398278391616957, -0.0005376199695073894, 0.000990094090566812),
    (2.9609375, 2.95682266288627, 1.012879225395952, -0.017282060131271954, 0.012247716348071713, -0.004021200411337679, -0.00044646843673085487, 0.0009544749124832393),
    (2.9765625, 2.972644728011366, 1.012348070025825, -0.016713855040887238, 0.01199537353812227, -0.004052626098886463, -0.0003586545149923547, 0.0009189000548888162),
    (2.9921875, 2.9884586315913464, 1.0118344857898325, -0.016157521235400856, 0.011741278299341731, -0.004077321508795973, -0.00027417165801755773, 0.0008834202447815353),
    (3.0078125, 3.004264645270632, 1.0113381005285078, -0.015613131128087097, 0.01148584314967788, -0.004095546475879609, -0.00019300864701921644, 0.0008480844339678213),
    (3.0234375, 3.0200630348625315, 1.0108585401176455, -0.015080738175587388, 0.011229464398497282, -0.00410755978125522, -0.00011514975753669675, 0.0008129397903235895),
    (3.0390625, 3.0358540603231083, 1.0103954290488424, -0.014560377635973737, 0.010972522223305187, -0.004113618806881658, -4.0574927058851115e-05, 0.0007780316898297767),
    (3.0546875, 3.051637975733933, 1.009948390986409, -0.014052067322716312, 0.010715380767647087, -0.004113979203219133, 3.074007664486447e-05, 0.0007434037094374407),
    (3.0703125, 3.067415029293358, 1.009517049300799, -0.013555808353581477, 0.010458388259369978, -0.00410889457006553, 9.882348656582054e-05, 0.0007090976208284602),
    (3.0859375, 3.0831854633159375, 1.009101027578724, -0.013071585893525256, 0.010201877148418434, -0.004098616150614397, 0.00016370736695762252, 0.0006751533851472142),
    (3.1015625, 3.0989495142396435, 1.0086999501101606, -0.012599369890685917, 0.009946164263337819, -0.0040833925387731155, 0.0002254274433923698, 0.000641609148786345),
    (3.1171875, 3.1147074126405108, 1.008313442352476, -0.01213911580461823, 0.009691550985654942, -0.004063469399772076, 0.0002840229324747289, 0.0006085012403158528),
    (3.1328125, 3.1304593832543537, 1.0079411313719278, -0.01169076532595086, 0.009438323441304656, -0.004039089204087301, 0.0003395363713253763, 0.0005758641686493245),
    (3.1484375, 3.1462056450052094, 1.0075826462628197, -0.011254247086687376, 0.009186752708269907, -0.004010490974689897, 0.0003920134469543138, 0.0005437306225441093),
    (3.1640625, 3.161946411040158, 1.007237618544615, -0.01082947736041042, 0.008937095039602076, -0.003977910047625926, 0.0004415028256537164, 0.0005121314715337557),
    (3.1796875, 3.177681888770175, 1.0069056825373368, -0.010416360751687575, 0.008689592100988677, -0.003941577845919835, 0.0004880559825492015, 0.0004810957683910544),
    (3.1953125, 3.193412279916685, 1.0065864757156013, -0.01001479087401655, 0.00844447122203617, -0.0039017216667833294, 0.0005317270314575775, 0.00045065075321867187),
    (3.2109375, 3.20913778056348, 1.0062796390416515, -0.009624651015686285, 0.00820194566043715, -0.0038585644820996936, 0.0005725725552080997, 0.000420821859261638),
    (3.2265625, 3.2248585812136823, 1.0059848172777812, -0.009245814792969402, 0.007962214878193518, -0.003812324752140921, 0.0006106514365929268, 0.0003916327205319791),
    (3.2421875, 3.2405748668514267, 1.0057016592785495, -0.00887814679010027, 0.007725464829070199, -0.003763216252461781, 0.0006460246901206986, 0.0003631051813306094),
    (3.2578125, 3.2562868170079593, 1.005429818263212, -0.008521503185531522, 0.007491868256457997, -0.0037114479139010188, 0.0006787552947548497, 0.0003352593077453185),
    (3.2734375, 3.271994605831835, 1.005168952068799, -0.008175732364000236, 0.00726158500082892, -0.0036572236756054507, 0.0007089080278253318, 0.0003081134011963927),
    (3.2890625, 3.2876984021629267, 1.0049187233842962, -0.007840675513973175, 0.007034762315973097, -0.0036007423509776993, 0.0007365493003087416, 0.0002816840140931919),
    (3.3046875, 3.3033983696099436, 1.004678799966388, -0.007516167210078336, 0.006811535193213019, -0.00354219750643287, 0.0007617469936773744, 0.00025598596765595447),
    (3.3203125, 3.3190946666311842, 1.0044488548372383, -0.007202035980167546, 0.006592026692798594, -0.0034817773528336123, 0.0007845702985223542, 0.00023103237194733745),
    (3.3359375, 3.334787446618241, 1.0042285664647972, -0.0068981048566920345, 0.006376348281695062, -0.0034196646494568344, 0.0008050895551596838, 0.0002068346481478042),
    (3.3515625, 3.3504768579823856, 1.0040176189261236, -0.006604191912109578, 0.006164600176985606, -0.003356036620328902, 0.0008233760964307468, 0.00018340255309806682),
    (3.3671875, 3.3661630442433825, 1.0038157020542304, -0.006320110778078064, 0.0059568716941211216, -0.0032910648827495686, 0.000839502092910444, 0.00016074420612046972),
    (3.3828125, 3.3818461441204684, 1.0036225115689608, -0.006045671148226035, 0.005753241599261418, -0.003224915387808184, 0.0008535404007367128, 0.00013886611811957423),
    (3.3984375, 3.3975262916252524, 1.0034377491924111, -0.00578067926432587, 0.005553778464964907, -0.003157748372679056, 0.0008655644122746558, 0.00011777322295037573),
    (3.4140625, 3.41320361615631, 1.003261122749424, -0.005524938385729813, 0.0053585410284976735, -0.003089718324466222, 0.0008756479098268561, 9.74689110306553e-05),
    (3.4296875, 3.4288782425952267, 1.003092346253672, -0.00527824924196284, 0.005167578552047689, -0.0030209739553514734, 0.0008838649225986964, 7.795506516204028e-05),
    (3.4453125, 3.4445502914038792, 1.002931139979864, -0.005040410468399519, 0.00498093118414585, -0.002951658188783292, 0.0008902895871236234, 5.923209851251764e-05),
    (3.4609375, 3.4602198787227447, 1.0027772305226, -0.004811219025070842, 0.004798630321425692, -0.0028819043754060663, 0.0008949984581755425),
    (3.4765625, 3.4758871164700214, 1.0026303508424068, -0.004590470598036887, 0.004620698971186657, -0.0028118529943014997, 0.0008980604797718571),
    (3.4921875, 3.491552112441378, 1.0024902402994849, -0.004377959984826338, 0.004447152111274089, -0.0027416242034926184, 0.000899551867611928),
    (3.5078125, 3.507214970410134, 1.0023566446756909, -0.004173481461897653, 0.004277997050468332, -0.0026713378446090244, 0.000899545868034925),
    (3.5234375, 3.522875790227696, 1.0022293161852887, -0.003976829135869359, 0.004113233785894398, -0.0026011080569568433, 0.0008981151954917978),
    (3.5390625, 3.5385346679240803, 1.0021080134749885, -0.0037877972779221253, 0.00395285535803127, -0.002531043323588182, 0.0008953319176814124),
    (3.5546875, 3.5541916958083504, 1.0019925016137945, -0.003606180641736238, 0.003796848202702394, -0.002461241954139388, 0.0008912655436522151, -4.9938537141500944e-05),
    (3.5703125, 3.5698469625688243, 1.0018825520731784, -0.0034317747645235433, 0.0036451924986768466, -0.0023918092878275356, 0.0008859902288111265, -6.24818259477355e-05),
    (3.5859375, 3.585500553372899, 1.0017779426980866, -0.003264376252775901, 0.0034978625124683807, -0.002322833845104386, 0.0008795735523437437, -7.428940805652265e-05),
    (3.6015625, 3.601152549966351, 1.0016784576692863, -0.0031037830511151062, 0.0033548269370137105, -0.0022544021137987933, 0.0008720839420968074, -8.537305804184708e-05),
    (3.6171875, 3.616803030771987, 1.0015838874575453, -0.002949794695773049, 0.0032160492259062216, -0.0021865952800187694, 0.0008635886778671814, -9.574548401035111e-05),
    (3.6328125, 3.632452070987516, 1.0014940287701384, -0.002802212552464362, 0.0030814879218803845, -0.002119489321197218, 0.000854153806522895, -0.00010542027116704851),
    (3.6484375, 3.6480997426825317, 1.0014086844901573, -0.002660840039000846, 0.0029510969792778995, -0.0020531551055613592, 0.0008438440624472581, -0.00011441182471623309),
    (3.6640625, 3.6637461148944888, 1.0013276636091009, -0.0025254828329389833, 0.0028248260801071443, -0.0019876584976077282, 0.0008327227933609283, -0.00012273531225687195),
    (3.6796875, 3.67939125372358, 1.0012507811532037, -0.002395949064569451, 0.0027026209433337325, -0.0019230604691609318, 0.0008208518915617648, -0.00013040660583388863),
    (3.6953125, 3.6950352224264167, 1.0011778581039599, -0.002272049495573891, 0.0025844236270664562, -0.001859417215591817, 0.0008082917306071178, -0.00013744222380795146),
    (3.7109375, 3.710678081508422, 1.0011087213132843, -0.002153597683689321, 0.0024701728233294438, -0.00179678027676939, 0.0007951011074479268, -0.00014385927270669157),
    (3.7265625, 3.726319888814861, 1.0010432034137393, -0.00204041013373443, 0.002359804145137984, -0.001735196662320677, 0.0007813371900087515, -0.000149675389219698),
    (3.7421875, 3.7419606996204333, 1.0009811427242534, -0.001932306435364628, 0.002253250405622052, -0.0016747089807737764, 0.0007670554701927013, -0.00015490868249819112),
    (3.7578125, 3.757600566717359, 1.0009223831517358, -0.0018291093879340993, 0.002150441888968054, -0.0016153555721615794, 0.0007523097222752431, -0.0001595776769179867),
    (3.7734375, 3.773239540501896, 1.0008667740889845, -0.0017306451128532385, 0.002051306612975621, -0.0015571706436670275, 0.0007371519666361386, -0.00016370125546125725),
    (3.7890625, 3.78887766905924, 1.000814170309276, -0.0016367431538387687, 0.001955770583052334, -0.0015001844078953114, 0.0007216324387643581, -0.00016729860386871558),
    (3.8046875, 3.8045149982467503, 1.0007644318580051, -0.001547236565461538, 0.0018637580374950174, -0.0014444232233640423, 0.0007057995634568179, -0.0001703891557092191),
    (3.8203125, 3.8201515717754626, 1.0007174239417322, -0.001461961990403487, 0.0017751916839315682, -0.0013899097368091607, 0.0006896999341182462, -0.0001729925385084744),
    (3.8359375, 3.8357874312898517, 1.0006730168149927, -0.0013807597258406019, 0.0016899929268222316, -0.001336663026912087, 0.0006733782970564797, -0.00017512852107254843),
    (3.8515625, 3.851422616445808, 1.0006310856651917, -0.0013034737793728357, 0.001608082085943577, -0.001284698749062373, 0.0006568775406550726, -0.000176816962135323),
    (3.8671875, 3.867057164986805, 1.0005915104959113, -0.0012299519149250157, 0.001529378605802273, -0.001234029280779805, 0.0006402386892933229, -0.00017807776045190962),
    (3.8828125, 3.8826911128182306, 1.0005541760089338, -0.0011600456890446876, 0.0014538012559489166, -0.0011846638674304927, 0.0006235009018727339, -0.00017893080645243315),
    (3.8984375, 3.898324494079869, 1.0005189714852742, -0.0010936104780237138, 0.0013812683221846723, -0.0011366087678829097, 0.0006067014747985794, -0.000179395935562546),
    (3.9140625, 3.9139573412165167, 1.0004857906655056, -0.0010305054962702687, 0.001311697788675221, -0.0010898673997620416, 0.0005898758492556617, -0.00017949288328861438),
    (3.9296875, 3.9295896850467247, 1.0004545316296378, -0.0009705938063566999, 0.00124500751100748, -0.0010444404839727323, 0.0005730576226085715, -0.00017924124215677717),
    (3.9453125, 3.9452215548296636, 1.0004250966768111, -0.0009137423211665857, 0.0011811153802447059, -0.0010003261881768794, 0.0005562785637488269, -0.0001786604205860807),
    (3.9609375, 3.9608529783301067, 1.0003973922050358, -0.0008598217985612606, 0.0011199394780548404, -0.0009575202689233005, 0.0005395686322041677, -0.0001777696037666954),
    (3.9765625, 3.9764839818815365, 1.0003713285912146, -0.0008087068289821341, 0.0010613982230053473, -0.0009160162121437645, 0.0005229560008190702, -0.00017658771660488323),
    (3.9921875, 3.992114590447382, 1.0003468200716545, -0.0007602758164003442, 0.0010054105081352095, -0.0008758053717438197, 0.0005064670818102025, -0.00017513338878696451),
))
_TANH_PRIME_NEG = _Table(_DIRECT, (
    (0.0, 0.5, -0.7978845608028654, 8.68218930505384e-17, 0.2672779087099747, 1.0591597986060568e-11, -0.061209344001007145, 9.210246445528699e-08, 0.009941499983648877),
    (0.0234375, 0.4813030212703727, -0.7974441927196213, 0.018785098972864678, 0.2669417807553531, -0.007168489907348048, -0.061094674285984876, 0.001630171684036775, 0.009920804431119284),
    (0.0390625, 0.46884855978286555, -0.7966617719571303, 0.031285165302697836, 0.266344738273282, -0.011934217941869517, -0.0608910404719419, 0.0027131817607218113, 0.009879452988431169),
    (0.0546875, 0.45640937283238814, -0.7954892340613099, 0.04375027295469929, 0.26545041747565407, -0.016680077118445387, -0.06058611979210978, 0.003790542862607204, 0.009817525046280974),
    (0.0703125, 0.44399154633156707, -0.7939278888906569, 0.05616651997093424, 0.26426030697460606, -0.02139817783192078, -0.060180547156404196, 0.004860010601081064, 0.009735139853119749),
    (0.0859375, 0.43160114233860536, -0.7919794795293772, 0.0685200857029765, 0.26277638676155324, -0.02608068828156166, -0.0596751672101098, 0.005919355818417633, 0.00963245670313569),
    (0.1015625, 0.4192441923098528, -0.7896461793875112, 0.08079725375265136, 0.26100112408360926, -0.030719850795499996, -0.05907103270030478, 0.006966368980446316, 0.009509675175499922),
    (0.1171875, 0.40692669040327034, -0.7869305885874305, 0.09298443469563912, 0.2589374683040526, -0.0353079980114361, -0.058369402429174155, 0.007998864597764086, 0.009367035415326198),
    (0.1328125, 0.394654586843883, -0.7838357296442303, 0.10506818854054284, 0.25658884475683347, -0.039837568881214105, -0.05757173879134011, 0.009014685679433905, 0.00920481844467966),
    (0.1484375, 0.3824337813621856, -0.7803650424490235, 0.11703524687653978, 0.25395914760714733, -0.0443011244666493, -0.056679704892030926, 0.010011708221728127, 0.00902334649002967),
    (0.1640625, 0.3702701167163129, -0.7765223785655876, 0.12887253466334783, 0.25105273173214865, -0.048691363493730204, -0.05569516124274294, 0.010987845732891044, 0.008822983310807228),
    (0.1796875, 0.3581693723086132, -0.772311994852259, 0.14056719161794595, 0.24787440363793986, -0.053001137632055544, -0.054620162031039574, 0.011941053793132593, 0.008604134512225178),
    (0.1953125, 0.3461372579070653, -0.7677385464223772, 0.1521065931532929, 0.2444294114310509, -0.05722346646610915, -0.053456950961294214, 0.012869334647152687, 0.008367247824273455),
    (0.2109375, 0.3341794074817612, -0.7628070789579654, 0.1634783708251913, 0.24072343386471956, -0.06135155212473869, -0.052207956663530904, 0.013770741824461717, 0.008112813327832067),
    (0.2265625, 0.32230137316643753, -0.7575230203926927, 0.17467043224444534, 0.23676256848239127, -0.06537879353500174, -0.050875787668059835, 0.014643384780638716, 0.007841363608167945),
    (0.2421875, 0.3105086193547748, -0.7518921719814798, 0.18567098041256144, 0.23255331888297678, -0.06929880026639061, -0.04946322694434948, 0.015485433550487206, 0.007553473815710755),
    (0.2578125, 0.29880651694090654, -0.7459206987754012, 0.19646853244044044, 0.22810258113453388, -0.0731054059313612, -0.04797322600352799, 0.016295123401843862, 0.007249761613945613),
    (0.2734375, 0.28720033771327474, -0.7396151195217829, 0.2070519376108109, 0.22341762936516887, -0.07679268110808775, -0.046408898565063736, 0.01707075947660132, 0.006930886994521268),
    (0.2890625, 0.27569524891065034, -0.7329822960105964, 0.2174103947465515, 0.21850610056208197, -0.08035494575146014, -0.04477351378953593, 0.017810721403358484, 0.006597551940250523),
    (0.3046875, 0.26429630794879816, -0.7260294218894144, 0.2275334688485511, 0.21337597861179805, -0.0837867810585493, -0.04307048908096556, 0.018513467864044328, 0.006250499917570698),
    (0.3203125, 0.25300845732590826, -0.7187640109703015, 0.23741110696835196, 0.20803557761672545, -0.08708304075510437, -0.04130338246392412, 0.019177541094907664, 0.0058905151812267634),
    (0.3359375, 0.24183651971454354, -0.7111938850530733, 0.24703365328251867, 0.20249352452526106, -0.09023886177012728, -0.039475884542562525, 0.019801571300458915, 0.005518421875425343),
    (0.3515625, 0.2307851932474613, -0.7033271612903655, 0.25639186333746716, 0.196758741114701, -0.09324967426620831, -0.03759181005078751, 0.020384280957320797, 0.005135082917466674),
    (0.3671875, 0.21985904700426517, -0.6951722391208967, 0.2654769174353762, 0.19084042536821016, -0.09611121099411393, -0.03565508900504237, 0.0209244889835223, 0.004741398651873158),
    (0.3828125, 0.2090625167054203, -0.686737786798203, 0.2742804331337822, 0.18474803228904524, -0.09881951594110393, -0.03366975747349991, 0.021421114747580357, 0.004338305265272606),
    (0.3984375, 0.1983999006197357, -0.6780327275429415, 0.28279447683352826, 0.17849125419709652, -0.10137095224362898, -0.03163994797792702, 0.021873181890779938, 0.003926772954734187),
    (0.4140625, 0.18787535569096983, -0.6690662253476184, 0.29101157443189213, 0.17208000055460668, -0.10376220933642825, -0.029569879547006336, 0.02227982193540593, 0.0035078038448650333),
    (0.4296875, 0.1774928938887612, -0.6598476704632898, 0.29892472101995493, 0.16552437736962564, -0.10599030931161474, -0.027463847442474314, 0.022640277651316272, 0.0030824296517225),
    (0.4453125, 0.16725637878861752, -0.6503866645983996, 0.30652738960558695, 0.15883466622735737, -0.1080526124631057, -0.02532621258202909, 0.022953906153187906, 0.0026517090944466887),
    (0.4609375, 0.15716952238522255, -0.6406930058604615, 0.3138135388458121, 0.1520213030010333, -0.10994682199372845, -0.023161390685546006, 0.023220181701025442, 0.002216725058433625),
    (0.4765625, 0.1472358821428354, -0.6307766734717687, 0.32077761977476577, 0.14509485629529806, -0.11167098786450447, -0.020973841173684057, 0.023438698177100863, 0.0017785815168144198),
    (0.4921875, 0.1374588582860669, -0.6206478122906958, 0.32741458151597364, 0.1380660056763002, -0.1132235097679844, -0.01876805585044251, 0.023609171213393686, 0.0013384002199421019),
    (0.5078125, 0.1278416913338222, -0.6103167171704807, 0.3337198759702439, 0.13094551974373544, -0.11460313921006542, -0.016548547403603536, 0.023731439944820604, 0.0008973171654780309),
    (0.5234375, 0.11838745987869793, -0.5997938171875987, 0.33968946147307744, 0.12374423410097769, -0.11580898068746284, -0.014319837759244168, 0.023805468365075258, 0.00045647886447680315),
    (0.5390625, 0.10909907861362009, -0.5890896597719908, 0.34531980541814816, 0.11647302928008954, -0.11684049195581589, -0.012086444508724738, 0.023831399774121048),
    (0.5546875, 0.0999792966070031, -0.5782148947714781, 0.350607885846084, 0.10914280867947294, -0.11769748334728158, -0.009852878187392708, 0.02380928972538086, -0.0004198485502261182),
    (0.5703125, 0.09103069582720645, -0.5671802584826725, 0.3555511920004789, 0.1017644765706948, -0.11838011623684959, -0.007623612229687703, 0.023739641173963422, -0.0008530281568235456),
    (0.5859375, 0.08225568991656013, -0.5559965576805911, 0.36014772385576876, 0.0943489162342565, -0.11888890048559521, -0.005403089339283785, 0.023622868948076515, -0.00128135256787428),
    (0.6015625, 0.0736565232147289, -0.5446746536789978, 0.3643959906243212, 0.08690696828010186, -0.11922469103545315, -0.0031957006234898688, 0.023459566395903343, -0.0017036844516149874),
    (0.6171875, 0.06523527003068674, -0.5332254464532211, 0.368295008252784, 0.07944940921146385, -0.11938868355926596, -0.0010057757545457351, 0.02325045048144112, -0.0021189014714238057),
    (0.6328125, 0.056993834162079524, -0.5216598588568405, 0.3718442959204191, 0.07198693028856909, -0.11938240921061155, 0.0011624285351642533, 0.022996359896915262, -0.0025259008140545926),
    (0.6484375, 0.048933948660266784, -0.5099888209631982, 0.3750438715548008, 0.06453011674841254, -0.11920772848233656, 0.003304739757705967, 0.022698252679599126, -0.002923603718597373),
    (0.6640625, 0.04105717583885363, -0.4982232545621674, 0.3778942463828658, 0.057089427435781714, -0.11886682419124993, 0.005417080727584152, 0.02235720333468697, -0.003310959974492857),
    (0.6796875, 0.033364907523053114, -0.48637405784200893, 0.3803964185378638, 0.04967517489950571, -0.11836219361004637, 0.007495480327027794, 0.02197439946935584, -0.003686952356549389),
    (0.6953125, 0.02585836553675831, -0.47445209028546553, 0.38255186574525185, 0.04229750600647541, -0.11769663977110786, 0.009536083933121116, 0.021551137946663183, -0.004050600964863695),
    (0.7109375, 0.01853860242375383, -0.46246815780848416, 0.3843625371130045, 0.03496638312433052, -0.1168732619703465, 0.011535163462304, 0.021088820571425068, -0.004400967437833184),
    (0.7265625, 0.011406502399059283, -0.45043299816912635, 0.38583084405415163, 0.027691565921841268, -0.11589544550267752, 0.013489126989066442, 0.020588949323668657, -0.004737159007063801),
    (0.7524614220710163, -1.5647455740893692e-17, -0.4304000910248585, 0.3875184461357889, 0.015782853521834044, -0.1139444830845426, 0.01661932780669566, 0.019682261134235515, -0.0052636387695216055, -0.002497906887290785),
    (0.7524614220710163, -1.5647455740893692e-17, -0.4304000910248585, 0.38751844613578895, 0.015782853521848106, -0.11394448308098591, 0.016619328334016126, 0.019682313832370832, -0.005261695996090326, -0.0023827281611740916),
    (0.7734375, -0.008857475667722573, -0.4141262135921893, 0.3882124132012709, 0.0062991413698857655, -0.11207327124783155, 0.019046633262193552, 0.018880422719803617, -0.005652520154933173),
    (0.7890625, -0.01523340196666696, -0.40199166637185896, 0.38834425896263736, -0.0006575089395161116, -0.11051687379901688, 0.020787246075890446, 0.018247168829222796, -0.005924126863393789),
    (0.8046875, -0.021419720219521703, -0.38985806991043187, 0.38815235744749327, -0.007512683739335025, -0.10882684575658819, 0.022467127415049276, 0.017585177750738153, -0.006177905881795437),
    (0.8203125, -0.027416523926750716, -0.3777354649666331, 0.38764165872622536, -0.01425818154275729, -0.10700803460857175, 0.024083675481597643, 0.016896429865644297, -0.006413310669448362),
    (0.8359375, -0.03322406223616485, -0.365633731677271, 0.38681749011563255, -0.020886110030808615, -0.10506548378510838, 0.0256344768324493, 0.016182961675963906, -0.006629861887806315),
    (0.8515625, -0.03884273734229416, -0.35356257799766105, 0.38568554140689304, -0.027388897834744422, -0.10300441774673051, 0.02711731129315446, 0.015446858350382174, -0.006827149240977726),
    (0.8671875, -0.04427310170879229, -0.34153152861207753, 0.38425184956325575, -0.03375930537503367, -0.10083022671629284, 0.028530156163877843, 0.014690246088636753, -0.007004832952974318),
    (0.8828125, -0.04951585512134302, -0.3295499143301057, 0.3825227829321734, -0.039990434736405366, -0.09854845111045973, 0.029871189702564974, 0.013915284344682786, -0.0071626448714343215),
    (0.8984375, -0.05457184157877601, -0.31762686198336, 0.3805050250174742, -0.04607573856195472, -0.09616476572768581, 0.031138793873984917, 0.013124157949910413, -0.007300389190583241),
    (0.9140625, -0.059442046030313625, -0.30577128483559307, 0.37820555785788207, -0.05200902795288883, -0.09368496375035835, 0.03233155635723947, 0.012319069178315826, -0.007417942789267199),
    (0.9296875, -0.06412759096706289, -0.29399187351776845, 0.37563164505874036, -0.05778447936411115, -0.09111494061919488, 0.03344827180827364, 0.01150222979581381, -0.007515255182978688),
    (0.9453125, -0.0686297328760359, -0.28229708749819477, 0.37279081452416724, -0.0633966404894798, -0.08846067783810548, 0.0344879423778776, 0.010675853135829869, -0.007592348091859615),
    (0.9609375, -0.07294985856512838, -0.2706951470963443, 0.36969084093707616, -0.06884043513420869, -0.08572822676753732, 0.035449777489606024, 0.00984214624292761, -0.0076493146296798065),
    (0.9765625, -0.07708948136760913, -0.25919402604749175, 0.36633972803452675, -0.07411116707549247, -0.08292369246382057, 0.03633319288592459, 0.009003302125519167, -0.007686318121720061),
    (0.9921875, -0.08105023723477293, -0.2478014446238303, 0.3627456907257387, -0.07920452291600774, -0.08005321762123699, 0.03713780895469664, 0.008161492157683968, -0.00770359056230845),
    (1.0078125, -0.08483388072548674, -0.23652486331624437, 0.3589171370997995, -0.08411657393845577, -0.0771229666724406, 0.037863448351815696, 0.0073188586687974256, -0.007701430725439714),
    (1.0234375, -0.0884422809014121, -0.22537147707945865, 0.35486265036963366, -0.08884377697274673, -0.0741391101014856, 0.03851013293934484, 0.006477507758063148, -0.0076802019444255),
    (1.0390625, -0.09187741713671878, -0.21434821014183453, 0.35059097079817836, -0.09338297429076713, -0.07110780902207008, 0.03907808006191603, 0.005639502369168516, -0.007640329578855478),
    (1.0546875, -0.09514137485111267, -0.20346171137966232, 0.3461109776519341, -0.09773139254690105, -0.06803520007170032, 0.03956769818734666, 0.00480685565816601, -0.007582298189276249),
    (1.0703125, -0.09823634117498792, -0.19271835025439998, 0.34143167122613427, -0.10188664078557985, -0.06492738067033407, 0.039979581940426695, 0.0039815246853443734, -0.007506648441899728),
    (1.0859375, -0.10116460055547832, -0.18212421330994236, 0.3365621549847091, -0.10584670754009624, -0.06179039468968933, 0.0403145065615963, 0.0031654044593199997, -0.007413973767321355),
    (1.1015625, -0.10392853031212702, -0.1716851012256749, 0.33151161785701866, -0.10960995704972615, -0.05863021857682728, 0.04057342182475519, 0.0023603223588760463, -0.0073049167986501806),
    (1.1171875, -0.10653059615081699, -0.16140652641977368, 0.32628931673199796, -0.11317512462484174, -0.05545274797285255, 0.04075744545070615, 0.0015680329552323514, -0.007180165615620016),
    (1.1328125, -0.10897334764450844, -0.15129371119596682, 0.3209045591889081, -0.11654131119216073, -0.052263784864643024, 0.040867856054723456, 0.000790213254471248, -0.0070404498221584184),
    (1.1484375, -0.11125941368921412, -0.1413515864257705, 0.31536668650232635, -0.11970797705455144, -0.04906902530444543, 0.0409060856684447, 2.845837680141772e-05, -0.006886536485536962),
    (1.1640625, -0.11339149794350888, -0.13158479075706353, 0.30968505695734533, -0.12267493490189085, -0.04587404772897548, 0.04087371187770295, -0.0007157223137575285, -0.0067192259656129825),
    (1.1796875, -0.11537237425971965, -0.12199767033876735, 0.30386902950919514, -0.12544234211134758, -0.04268430190636385, 0.040772449619043624, -0.0014409086188147656, -0.006539347662804029),
    (1.1953125, -0.11720488211477262, -0.1125942790503568, 0.29792794781966575, -0.12801069237712845, -0.0395050985359155, 0.04060414267850339, -0.0021457724468456527, -0.006347755713318192),
    (1.2109375, -0.11889192204849143, -0.10337837922394623, 0.2918711247007918, -0.13038080671118008, -0.03634159952222219, 0.040370754936769865, -0.00282908028200244, -0.0061453246598056),
    (1.2265625, -0.12043645111694104, -0.09435344284577335, 0.28570782699429104, -0.13255382385757622, -0.03319880894170989, 0.040074361405093184, -0.003489695179324382, -0.005932945125009968),
    (1.2421875, -0.12184147836819907, -0.08552265322304477, 0.27944726091321725, -0.13453119016434237, -0.030081564716235187, 0.03971713909629043, -0.004126578288147849, -0.005711519515197834),
    (1.2578125, -0.12311006034771137, -0.07688890710131237, 0.2730985578702184, -0.136314648957275, -0.02699453100489121, 0.03930135777487932, -0.00473878990839276, -0.005481957779141998),
    (1.2734375, -0.12424529664015038, -0.0684548172168206, 0.2666707608146886, -0.13790622946090308, -0.023942191321763482, 0.038829370629808964, -0.005325490087157791, -0.005245173247251809),
    (1.2890625, -0.12525032545444695, -0.06022271526760084, 0.2601728110989746, -0.13930823531211808, -0.020928842384010837, 0.03830360491243455, -0.0058859387656742534, -0.005002078574094061),
    (1.3046875, -0.1261283192584078, -0.052194655286492954, 0.25361353589166064, -0.14052323271216804, -0.017958588691354506, 0.037726552581323965, -0.0064194954891302735, -0.004753581806053646),
    (1.3203125, -0.126882480469064, -0.04437241739874406, 0.2470016361538124, -0.1415540382626794, -0.01503533783485821, 0.037100760994202474, -0.006925618694168142, -0.004500582594262395),
    (1.3359375, -0.12751603720462046, -0.03675751194637159, 0.24034567519192448, -0.14240370653114007, -0.012162796529789832, 0.03642882368585317, -0.00740386459096568, -0.004243968571198055),
    (1.3515625, -0.1280322391035959, -0.02935118396108175, 0.2336540677991968, -0.1430755173908585, -0.009344467364387186, 0.035713371269114405, -0.007853885658726733, -0.003984611907543447),
    (1.3671875, -0.12843435321645466, -0.022154417967203608, 0.22693506999466706, -0.1435729631798131, -0.0065836462535196205, 0.0349570624942681, -0.00827542877511833, -0.003723366064019016),
    (1.3828125, -0.12872565997474023, -0.015167943095834018, 0.22019676936766278, -0.1438997357220336, -0.003883420583557133, 0.03416257550011554, -0.008668333001696494, -0.0034610627509802667),
    (1.3984375, -0.12890944924242506, -0.00839223849118684, 0.21344707603301213, -0.1440597132542214, -0.001246668032239644, 0.03333259928790798, -0.009032527048655427, -0.0031985091066246917),
    (1.4140625, -0.12898901645389294, -0.0018275389900011209, 0.20669371420047492, -0.14405694729922786, 0.0013239439550089562, 0.03246982544705963, -0.009368026443314095, -0.0029364851026995667),
    (1.4296875, -0.12896765884267009, 0.004526158945215116, 0.1999442143599334, -0.14389564952678202, 0.003825958053046845, 0.03157694015923909, -0.009674930427620366, -0.002675741184660623),
    (1.4453125, -0.12884867176472112, 0.010669091058347745, 0.1932059060820203, -0.14358017864050004, 0.006257126331969606, 0.030656616505033006, -0.009953418610608089, -0.0024169961513190166),
    (1.4609375, -0.12863534511982513, 0.016601718916449907, 0.18648591143206567, -0.14311502732873266, 0.008615408943558616, 0.029711507094921256, -0.010203747402190863, -0.002160935277146182),
    (1.4765625, -0.1283309598742479, 0.02232472333023651, 0.17979113899352064, -0.1425048093152246, 0.010898972245327643, 0.02874423704381638, -0.010426246254923445, -0.0019082086785975933),
    (1.4921875, -0.12793878468762865, 0.027838997597264385, 0.1731282784953691, -0.14175424654388316, 0.01310618638967926, 0.02775739730591912, -0.010621313740414907, -0.0016594299240804617),
    (1.5078125, -0.1274620726467053, 0.03314564058656647, 0.16650379603647106, -0.1408681565301943, 0.01523562240689382, 0.026753538384144848, -0.010789413486945577, -0.0014151748855387046),
    (1.5234375, -0.12690405810820982, 0.03824594968326449, 0.159923929898299, -0.13985143990999793, 0.017286048811690456, 0.025735164425899536, -0.010931070004532091, -0.0011759808280714615),
    (1.5390625, -0.1262679536529792, 0.04314141361139558, 0.15339468693613317, -0.13870906821444715, 0.01925642776392421, 0.02470472771454409, -0.011046864423212415, -0.0009423457325477907),
    (1.5546875, -0.12555694715304447, 0.047833705152857627, 0.14692183953747534, -0.13744607189804606, 0.021145910814619282, 0.023664623563497977, -0.011137430169697331, -0.0007147278448372225),
    (1.5703125, -0.1247741989531832, 0.05232467378000695, 0.14051092313522598, -0.13606752864469548, 0.0229538342689903, 0.022617185617610197, -0.01120344860676887, -0.0004935454440493493),
    (1.5859375, -0.1239228391681506, 0.05661633821903572, 0.13416723426204777, -0.13457855197377783, 0.02467971420073318, 0.02156465174497411, -0.011245670396928508),
    (1.6015625, -0.12300596509653956, 0.060710878960815284, 0.12789582913130987, -0.13298428017335903, 0.026323241135392115, 0.020509301567753956, -0.011264807292547559),
    (1.6171875, -0.12202663875196348, 0.06461063073542056, 0.12170152272907214, -0.13128986556239758, 0.027884274470517206, 0.019453206880710207, -0.011261684870668793),
    (1.6328125, -0.12098788451200555, 0.06831807496605176, 0.11558888840072847, -0.12950046412396155, 0.029362836616424696, 0.018398415824531396, -0.011237132692179307),
    (1.6484375, -0.11989268688513734, 0.07183583221754558, 0.10956225791517876, -0.12762122550223978, 0.030759106923066073, 0.017346843670585217, -0.011191984693374565, 0.0005039784006400165),
    (1.6640625, -0.11874398839557593, 0.07516665465412231, 0.10362572198874374, -0.12565728339459323, 0.032073415421510945, 0.016300467068234733, -0.011127163991374518, 0.0006799804973484278),
    (1.6796875, -0.11754468758582447, 0.0783134185204505, 0.0977831312504709, -0.12361374632641145, 0.03330623638206762, 0.015261056445665205, -0.011043543970204323, 0.0008477161363162314),
    (1.6953125, -0.11629763713642574, 0.08127911665952951, 0.09203809763000172, -0.12149568884503996, 0.0344581817596869, 0.014230331659770258, -0.010942035272337903, 0.0010070721060194917),
    (1.7109375, -0.1150056421022517, 0.08406685108029571, 0.08639399614878025, -0.1193081431214713, 0.03552999452417401, 0.013209926669659268, -0.010823559057130871, 0.0011579690962952864),
    (1.7265625, -0.11367145826445522, 0.08667982558725208, 0.08085396709507552, -0.11705609097236011, 0.036522541915396924, 0.012201388722354154, -0.010689043366268379, 0.0013003603404016326),
    (1.7421875, -0.11229779059702294, 0.08912133848380746, 0.07542091856306392, -0.1147444563053014, 0.037436808648003354, 0.011206177872113416, -0.01053941964274003, 0.0014342301677289333),
    (1.7578125, -0.11088729184668988, 0.09139477536039155, 0.07009752933607015, -0.11237809798972487, 0.038273890091137186, 0.010225666818553138, -0.01037561941240401, 0.0015595924801196075),
    (1.7734375, -0.10944256122480943, 0.0935036019777886, 0.0648862520939908, -0.1099618031542022, 0.03903498544745514, 0.009261141047951315, -0.010198571135797734, 0.001676489164514923),
    (1.7890625, -0.10796614320961265, 0.09545135725550824, 0.05978931692492342, -0.1075002809094841, 0.039721390954498254, 0.008313799261468585, -0.010009197236477797, 0.0017849884543332268),
    (1.8046875, -0.10646052645714361, 0.09724164637438852, 0.05480873512108802, -0.10499815649518267, 0.04033449313018066, 0.007384754073492568, -0.009808411310835619, 0.0018851832515993532),
    (1.8203125, -0.10492814281901792, 0.09887813400200579, 0.04994630323925787, -0.10245996584669666, 0.040875762082829406, 0.006475032962910116, -0.009597115523044545, 0.001977189421398567),
    (1.8359375, -0.10337136646502244, 0.10036453764885049, 0.045203607406104344, -0.09989015057774137, 0.04134674490485425, 0.005585579459827653, -0.009376198187555152, 0.0020611440697276785),
    (1.8515625, -0.101792513108455, 0.10170462116261952, 0.04058202784910587, -0.0972930533726963, 0.041749059167752824, 0.004717254550089093, -0.00914653154037407, 0.0021372038152685014),
    (1.8671875, -0.10019383933199237, 0.10290218836737534, 0.03608274363396738, -0.09467291378191932, 0.042084386534774906, 0.0038708382798780553, -0.008908969699242146, 0.002205543065022083),
    (1.8828125, -0.09857754201177418, 0.10396107685373215, 0.031706737589840876, -0.09203386441220004, 0.04235446650618639, 0.0030470315427301863, -0.008664346811774432, 0.002266352303123377),
    (1.8984375, -0.09694575783729852, 0.10488515192565043, 0.02745480140402614, -0.08937992750363344, 0.04256109031069739, 0.0022464580314160536, -0.008413475389640044, 0.0023198364015122436),
    (1.9140625, -0.0953005629246423, 0.10567830070885548, 0.02332754086825827, -0.08671501188339042, 0.04270609495525687, 0.0014696663373786672, -0.008157144825947206, 0.0023662129604745397),
    (1.9296875, -0.09364397252044568, 0.1063444264253434, 0.019325381259152494, -0.08404291028614098, 0.04279135744407485, 0.0007171321807154467, -0.007896120092158957, 0.0024057106863929825),
    (1.9453125, -0.09197794079403358, 0.10688744283790105, 0.015448572835872103, -0.08136729703024802, 0.042818789176418626, -1.0739245924550469e-05, -0.007631140610099507, 0.0024385678133673505),
    (1.9609375, -0.09030436071499115, 0.10731126886804525, 0.011697196438608864, -0.07869172603829389, 0.04279033053144747, -0.000713610835708004, -0.0073629192939199594, 0.0024650305746830464),
    (1.9765625, -0.08862506401345954, 0.10761982339028252, 0.00807116917201282, -0.07601962919002364, 0.04270794564710587, -0.001391211043918581, -0.007092141756275271, 0.0024853517294311828),
    (1.9921875, -0.08694182122037823, 0.10781702020510338, 0.004570250158276736, -0.07335431499538876, 0.042573617398892774, -0.0020433312972963262, -0.006819465672420797, 0.002499789148916881),
    (2.0078125, -0.0852563417848646, 0.1079067631926566, 0.00119404634516567, -0.07069896757504716, 0.04238934258316813, -0.0026698233509069103, -0.0065455202954654785, 0.002508604466839635),
    (2.0234375, -0.08357027426589608, 0.1078929416485984, -0.00205798164511887, -0.06805664593541956, 0.042157127308550896, -0.0032705966063790387, -0.0062709061156179255, 0.0025120617965941894),
    (2.0390625, -0.08188520659543903, 0.10777942580318002, -0.005186513639741331, -0.06543028352521277, 0.041878982597908516, -0.0038456154046605565, -0.00599619465592921, 0.002510426518425783),
    (2.0546875, -0.08020266641015589, 0.10757006252422502, -0.00819236402458552, -0.06282268806019611, 0.04155692020243796, -0.004394896305727968, -0.00572192839676971, 0.002503964138582662),
    (2.0703125, -0.07852412144881472, 0.10726867120425464, -0.011076475851422294, -0.060236541602952984, 0.041192948628395905, -0.004918505366946281, -0.005448620821074103, 0.0024929392220440763),
    (2.0859375, -0.07685098001252431, 0.10687903983164576, -0.013839914954532089, -0.05767440088432289, 0.04078906937615112, -0.005416555431022066, -0.005176756572245564, 0.002477614399865463),
    (2.1015625, -0.07518459148492249, 0.10640492124535261, -0.016483864087800906, -0.05513869785329554, 0.04034727339040694, -0.005889203433727903, -0.004906791716524289, 0.002458249451675981),
    (2.1171875, -0.07352624690945529, 0.10585002957238794, -0.019009617092690053, -0.052631740442214955, 0.03986953771967665, -0.0063366477408061585, -0.004639154101593197, 0.0024351004633882405),
    (2.1328125, -0.07187717962089989, 0.10521803684694458, -0.021418573106866876, -0.05015571353429387, 0.03935782238238985, -0.006759125522689143, -0.004374243803211621, 0.00240841905973692),
    (2.1484375, -0.07023856592830358, 0.10451256980974162, -0.023712230822678697, -0.047712680120622665, 0.03881406743636289, -0.007156910174905783, -0.004112433651732512, 0.0023784517108525883),
    (2.1640625, -0.06861152584653595, 0.10373720688590186, -0.02589218280405637, -0.04530458263408019, 0.0382401902477815, -0.00753030879128601, -0.0038540698304663453, 0.002345439111699807),
    (2.1796875, -0.06699712387367936, 0.10289547533940824, -0.0279601098698496, -0.04293324444781118, 0.03763808295531728, -0.007879659696327278, -0.0035994725380021656, 0.002309615632864457),
    (2.1953125, -0.0653963698115158, 0.10199084860194538, -0.029917775551024497, -0.040600371526223505, 0.037009610124531425, -0.008205330042356187, -0.0033489367067791867, 0.002271208840864025),
    (2.2109375, -0.06381021962640364, 0.10102674377370952, -0.031767020628596605, -0.0383075542167747, 0.03635660658730662, -0.008507713476405575, -0.003102732770417653, 0.0022304390858758553),
    (2.2265625, -0.062239576347877856, 0.10000651929356343, -0.033509757758630444, -0.036056269171157326, 0.03568087546069104, -0.008787227881036308, -0.002861107472561688, 0.002187519154531476),
    (2.2421875, -0.06068529100234911, 0.09893347277572334, -0.03514796619011132, -0.0338478813848533, 0.03498418633923412, -0.009044313192665996, -0.0026242847102561674, 0.002142653985209185),
    (2.2578125, -0.059148163579323, 0.09781083900999166, -0.036683686580986655, -0.03168364634440595, 0.03426827365464067, -0.009279429300326164, -0.002392466405170934, 0.0020960404430712485),
    (2.2734375, -0.05762894402760835, 0.09664178812239133, -0.03811901591718424, -0.029564712272150576, 0.03353483519636569, -0.00949305402715689, -0.0021658333962956966, 0.0020478671519350913),
    (2.2890625, -0.05612833327903366, 0.09542942389291464, -0.039456102538943064, -0.02749212245854819, 0.03278553078661502, -0.0096856811963653, -0.001944546348054601, 0.001998314379938683),
    (2.3046875, -0.05464698429724358, 0.09417678222697157, -0.0406971412783403, -0.025466817672679578, 0.03202198110310364, -0.009857818782822712, -0.0017287466681277911, 0.0019475539758575181),
    (2.3203125, -0.053185503149201015, 0.09288682977700717, -0.041844368711464956, -0.02348963864187432, 0.031245766642852127, -0.010009987150955997, -0.0015185574296154717, 0.0018957493528529066),
    (2.3359375, -0.05174445009707689, 0.09156246271065739, -0.04290005852827562, -0.02156132859187091, 0.03045842682027008, -0.010142717379102347, -0.0013140842925353567, 0.0018430555163772365),
    (2.3515625, -0.05032434070826686, 0.09020650562172293, -0.043866517022786274, -0.01968253583932595, 0.029661459192779623, -0.010256549670043897, -0.001115416420004451, 0.0017896191329300822),
    (2.3671875, -0.048925646981332845, 0.08882171058016468, -0.044746078705850525, -0.017853816428911092, 0.02885631880727105, -0.010352031847019796, -0.000922627384818501, 0.001735578636347993),
    (2.3828125, -0.04754879848572751, 0.08741075631725867, -0.045541102042460514, -0.01607563680765361, 0.028044417660752795, -0.010429717934128413, -0.0007357760625049766, 0.00168106436831909),
    (2.3984375, -0.04619418351322016, 0.08597624754199383, -0.046253965315142226, -0.014348376529588331, 0.02722712426865674, -0.010490166819681462, -0.0005549075072860818, 0.001626198749839755),
    (2.4140625, -0.04486215023900435, 0.08452071438475163, -0.04688706261471358, -0.012672330984193663, 0.026405763334384835, -0.010533941000754436, -0.00038005380774514, 0.0015710964803732907),
    (2.4296875, -0.04355300789052966, 0.08304661196427125, -0.04744279995937481, -0.011047714142480772, 0.025581615513831535, -0.010561605406893732, -0.000211234919341072, 0.00151586476152805),
    (2.4453125, -0.04226702792216257, 0.0815563200738789, -0.04792359154282262, -0.009474661314991318, 0.024755917268785895, -0.01057372630068931, -4.845947125998582e-05, 0.0014606035421438287),
    (2.4609375, -0.0410044451938446, 0.0800521429829415, -0.048331856111819026, -0.007953231916334458, 0.023929860803304944, -0.010570870252702157, 0.000108274454571285, 0.0014054057817589173),
    (2.4765625, -0.03976545915197888, 0.0785363093494958, -0.04867001347340262, -0.006483412231256778, 0.023104594077353647, -0.010553603188047317, 0.0002589785741587955, 0.0013503577295248819),
    (2.4921875, -0.03855023501083968, 0.07701097224000189, -0.04894048113170369, -0.005065118177588622, 0.02228122089222416, -0.010522489501774696, 0.00040367368333619997, 0.0012955392157406067),
    (2.5078125, -0.03735890493286281, 0.07547820925217397, -0.04914567105411422, -0.003698198061746193, 0.02146080104247535, -0.010478091240060444, 0.000542388972111253, 0.0012410239532902355),
    (2.5234375, -0.036191569206237714, 0.07394002273685281, -0.04928798656636886, -0.0023824353227900517, 0.02064435052937135, -0.010420967344120008, 0.0006751613724043347, 0.0011868798463902314),
    (2.5390625, -0.03504829741828521, 0.07239834011490051, -0.04936981937591269, -0.0011175512613469194, 0.019832841831042104, -0.010351672953678935, 0.0008020349398423226, 0.0011331693041777904),
    (2.5546875, -0.033929129623167534, 0.07085501428512068, -0.04939354672276548, 9.679225000755664e-05, 0.019027204224838275, -0.010270758766787746, 0.0009230602700084211, 0.0010799495568052447),
    (2.5703125, -0.032834077502539215, 0.06931182411923408, -0.04936152865693896, 0.0012609900780322977, 0.01822832415760515, -0.010178770452741388, 0.0010382939493005698, 0.00102727297184192),
    (2.5859375, -0.03176312551780963, 0.0677704750399714, -0.04927610544132347, 0.0023754911646384686, 0.017437045659853316, -0.010076248114860561, 0.0011477980403182448, 0.0009751873689252546),
    (2.6015625, -0.030716232052748843, 0.0662325996783812, -0.04913959507883132, 0.0034407958898657848, 0.016654170800056982, -0.009963725799909963, 0.001251639601480141, 0.0009237363307459758),
    (2.6171875, -0.02969333054522934, 0.06469975860649012, -0.04895429096246693, 0.004457453464414172, 0.015880460175561096, -0.009841731050966062, 0.0013498902403736653, 0.0008729595085969499),
    (2.6328125, -0.028694330606956198, 0.06317344114149631, -0.0487224596468863, 0.0054260593539153055, 0.015116633436825622, -0.009710784500602601, 0.001442625700151499, 0.0008228929208612158),
    (2.6484375, -0.02771911913009739, 0.06165506621772326, -0.04844633873991059, 0.006347252736931689, 0.014363369841977136, -0.009571399501334295, 0.001529925478120812, 0.0007735692429609482),
    (2.6640625, -0.026767561379784793, 0.060145983322610494, -0.04812813491236996, 0.007221713998488936, 0.01362130883887367, -0.009424081790346697, 0.0016118724755170089, 0.0007250180874350126),
    (2.6796875, -0.025839502071513917, 0.05864747349306994, -0.047770022024572964, 0.008050162260779509, 0.01289105067211704, -0.009269329185641223, 0.001688552677316104, 0.0006772662729577225),
    (2.6953125, -0.024934766432527594, 0.05716075036859082, -0.047374139367623656, 0.008833352952522676, 0.012173157012666861, -0.009107631310837716, 0.0017600548608178094, 0.0006303380812548088),
    (2.7109375, -0.024053161246324745, 0.05568696129753287, -0.04694259001774252, 0.009572075418325528, 0.011468151607921069, -0.008939469346000817, 0.0018264703316249772, 0.0005842555010138897),
    (2.7265625, -0.023194475879490636, 0.05422718849310607, -0.046477439301686976, 0.010267150569262704, 0.010776520950328427, -0.008765315801989727, 0.0018878926855539178, 0.0005390384580253826),
    (2.7421875, -0.022358483290099204, 0.052782450235595434, -0.0459807133713132, 0.010919428575777627, 0.010098714962788352, -0.008585634315972021, 0.0019444175949339844, 0.0004947050309253177),
    (2.7578125, -0.021544941016991382, 0.05135370211745155, -0.04545439788527153, 0.011529786603904602, 0.009435147699272001, -0.008400879465889664, 0.0019961426176933143, 0.0004512716520434605),
    (2.7734375, -0.02075359214928563, 0.049941838327930796, -0.04490043679578333, 0.012099126595718534, 0.008786198059265388, -0.008211496601818066, 0.002043167027580346, 0.00040875329298808625),
    (2.7890625, -0.01998416627552818, 0.04854769297403414, -0.04432073123840635, 0.0126283730948365, 0.008152210514790186, -0.008017921692315398, 0.0020855916638371917, 0.0003671636347222806),
    (2.8046875, -0.019236380411940812, 0.047172041434559185, -0.04371713852265907, 0.01311847111772213, 0.0075334958489001805, -0.0078205811840183, 0.0021235187986206896, 0.00032651522200540634),
    (2.8203125, -0.018509939909273222, 0.04581560174414747, -0.0430914712213406, 0.013570384071478982, 0.006930331904681467, -0.007619891872900385, 0.002157052020459384, 0.0002868196021870219),
    (2.8359375, -0.017804539337815208, 0.04447903600427691, -0.042445496356351996, 0.013985091718762156, 0.006342964343901847, -0.007416260785770276, 0.002186296132039279, 0.0002480874484487598),
    (2.8515625, -0.01711986335017104, 0.04316295181821841, -0.04178093467879672, 0.014363588190387242, 0.0057716074145598515, -0.007210085070745306, 0.0022113570606272907, 0.00021032866769218593),
    (2.8671875, -0.016455587521444427, 0.04186790374704542, -0.04109946004111149, 0.014706880046171879, 0.0052164447266764375, -0.007001751895594385, 0.0022323417794683433, 0.0001735524933671906),
    (2.8828125, -0.015811379166527376, 0.04059439478385608, -0.04040269885895504, 0.015015984384506667, 0.004677630035752739, -0.006791638352997874, 0.0022493582385292423, 0.00013776756362579923),
    (2.8984375, -0.01518689813423013, 0.039342877843438644, -0.03969222966055954, 0.015291927001118352, 0.004155288033385774, -0.006580111371922716, 0.0022625153030092163, 0.00010298198527020235),
    (2.9140625, -0.014581797578032048, 0.03811375726468322, -0.038969582721228475, 0.015535740597458323, 0.0036495151445909185, -0.0063675276344566855, 0.0022719226980925777, 6.920338404113526e-05),
    (2.9296875, -0.013995724703274839, 0.03690739032311548, -0.03823623978064532, 0.015748463039003895, 0.0031603803310652156, -0.006154229605500238, 0.0022776948958701613),
    (2.9453125, -0.01342832149066004, 0.035724088751001117, -0.0374936338406386, 0.015931135664670627, 0.0026879259021954736, -0.005940564418019585, 0.002279935193693819),
    (2.9609375, -0.012879225395951899, 0.03456412026254391, -0.03674314904103174, 0.016084801645393127, 0.0022321683280012933, -0.0057268501697302675, 0.002278759667816019),
    (2.9765625, -0.01234807002582493, 0.033427710081774475, -0.035986120611189686, 0.016210504395455065, 0.0017930990613324988, -0.005513395866961218, 0.0022742774460638767, -5.570382640356389e-05),
    (2.9921875, -0.01183448578983239, 0.03231504247080171, -0.03522383489485877, 0.01630928603504642, 0.0013706853615085295, -0.005300514711667024, 0.0022666090926210286, -8.43480571256092e-05),
    (3.0078125, -0.011338100528507708, 0.031226262256174194, -0.034457529445882235, 0.016382185903335983, 0.0009648711262407962, -0.0050884976357590305, 0.0022558648207509934, -0.00011194839557660735),
    (3.0234375, -0.01085854011764552, 0.030161476351174776, -0.033688393192359584, 0.016430239124795146, 0.0005755777244954388, -0.004877627646866282, 0.0022421590653421432, -0.00013850017867987464),
    (3.0390625, -0.010395429048842324, 0.029120755271947473, -0.032917566666806425, 0.016454475227259343, 0.0002027048349491167, -0.00466817700120911, 0.0022256067451077565, -0.00016399922823470426),
    (3.0546875, -0.00994839098640908, 0.028104134645432623, -0.03214614229985906, 0.016455916812569405, -0.00015386871235120177, -0.004460407160786627, 0.0022063232074880567, -0.00018844188963560118),
    (3.0703125, -0.009517049300799059, 0.027111616707162955, -0.03137516477505833, 0.016435578279916884, -0.0004942840911908404, -0.004254568755937388, 0.0021844241690101088, -0.00021182507605641048),
    (3.0859375, -0.00910102757872404, 0.02614317178705051, -0.030605631442237775, 0.016394464602075973, -0.0008187016316895179, -0.004050901553725563, 0.0021600256505592617, -0.0002341463171593819),
    (3.1015625, -0.008699950110160651, 0.025198739781371833, -0.02983849278703335, 0.0163335701546762, -0.0011272999705772835, -0.0038496344326513256, 0.00213324390711844, -0.00025540381139413387),
    (3.1171875, -0.008313442352475975, 0.024278231609236464, -0.029074652954025296, 0.01625387759863913, -0.0014202751997590731, -0.003650985364221019, 0.0021041953516332834, -0.0002755964809625778),
    (3.1328125, -0.007941131371927765, 0.02338153065190172, -0.028314970321018026, 0.01615635681586886, -0.0016978400137256495, -0.003455161401939983, 0.0020729964727613224, -0.000294724028542895),
    (3.1484375, -0.007582646262819584, 0.022508494173374756, -0.027560258121960203, 0.0160419638982498, -0.0019602228564134256, -0.0032623586783089966, 0.002039763746361377, -0.00031278699488834354),
    (3.1640625, -0.007237618544614926, 0.021658954720820845, -0.026811285116005813, 0.01591164018996621, -0.0022076670681614686, -0.003072762410414277, 0.002004613540674589, -0.00032978681644470936),
    (3.1796875, -0.0069056825373369, 0.02083272150337515, -0.02606877630021724, 0.01576631138311587, -0.002440430033460138, -0.002886546914701196, 0.0019676620152403713, -0.00034572588216327777),
    (3.1953125, -0.006586475715601378, 0.020029581748033102, -0.025333413663413688, 0.015606886666545593, -0.0026587823302316412, -0.002703875631513648, 0.0019290250136785828, -0.0003606075887239327),
    (3.2109375, -0.006279639041651607, 0.01924930203137257, -0.024605836978672798, 0.01543425792778851, -0.00286300688142769, -0.0025249011599647454, 0.0018888179505528577, -0.0003744363934250193),
    (3.2265625, -0.005984817277781123, 0.018491629585938803, -0.023886644632000107, 0.01524929900793259, -0.0030533981097727162, -0.0023497653036806195, 0.0018471556926088534, -0.00038721786404253834),
    (3.2421875, -0.005701659278549517, 0.01775629358020054, -0.023176394484690225, 0.015052865009196894, -0.003230261096522299, -0.0021785991279280716, 0.001804152434754793, -0.0003989587250106655),
    (3.2578125, -0.005429818263212013, 0.017043006371063044, -0.02247560476691541, 0.014845791654936394, -0.003393910745144907, -0.002011523028599138, 0.0017599215712196972, -0.00040966689932808237),
    (3.2734375, -0.005168952068799073, 0.016351464728000472, -0.021784755000091527, 0.014628894701738338, -0.0035446709508703453, -0.001848646813481851, 0.0017145755623868544, -0.0004193515456497334),
    (3.2890625, -0.004918723384296326, 0.015681351027946353, -0.021104286945588805, 0.014402969403213199, -0.0036828737770799517, -0.0016900697961971475, 0.0016682257978560564, -0.0004280230900809363),
    (3.3046875, -0.004678799966387945, 0.015032334420156675, -0.02043460557737457, 0.01416879002502138, -0.003808858639541172, -0.0015358809031276158, 0.0016209824563377503, -0.0004356932522498278),
    (3.3203125, -0.004448854837238298, 0.014404071960335095, -0.01977608007619839, 0.01392710941061346, -0.003922971499512331, -0.001386158793605131, 0.001572954363025345, -0.0004423750652944633),
    (3.3359375, -0.004228566464797224, 0.013796209713384073, -0.019129044842955835, 0.013678658597097045, -0.00402556406676186, -0.0012409719935620933, 0.0015242488451283453, -0.0004480828894620614),
    (3.3515625, -0.0040176189261236445, 0.013208383824219159, -0.018493800528896306, 0.013424146480577576, -0.0041169930135597, -0.0011003790427855241, 0.0014749715862787133, -0.00045283241907944147),
    (3.3671875, -0.003815702054230451, 0.012640221556156132, -0.017870615080372347, 0.013164259530254033, -0.004197619200706845, -0.0009644286558453542, 0.0014252264805458396, -0.00045664068271520476),
    (3.3828125, -0.003622511568960694, 0.012091342296452073, -0.01725972479586324, 0.012899661550483794, -0.004267806916671828, -0.0008331598966984736, 0.0013751154868117952, -0.0004595260364152222),
    (3.3984375, -0.0034377491924111256, 0.011561358528651743, -0.016661335393044083, 0.01263099348996405, -0.004327923130900342, -0.0007066023668991353, 0.0013247384842681896, -0.0004615081499531048),
    (3.4140625, -0.0032611227494240293, 0.011049876771459627, -0.016075623083712992, 0.012358873297110924, -0.004378336762355932, -0.0005847764072747267, 0.0012741931297991134, -0.00046260798609613153),
    (3.4296875, -0.003092346253672108, 0.010556498483925683, -0.015502735654433752, 0.012083895820651537, -0.004419417964335915, -0.0004676933128543485, 0.0012235747180114474, -0.0004628477729442235),
    (3.4453125, -0.0029311399798640186, 0.010080820936799042, -0.01494279355079892, 0.011806632754379785, -0.00445153742658728, -0.0003553555607666566, 0.001172976044664497, -0.00046225096945460686),
    (3.4609375, -0.002777230522599881, 0.009622438049968606, -0.014395890963269015, 0.011527632624963096, -0.004475065695722443, -0.0002477570507535888, 0.001122487274235678, -0.00046084222431747095),
    (3.4765625, -0.0026303508424068856, 0.009180941195972552, -0.013862096912597072, 0.011247420821626011, -0.004490372514904435, -0.00014488335787846062, 0.001072195812338156, -0.00045864732839788426),
    (3.4921875, -0.0024902402994849064, 0.008755919969620028, -0.013341456332904282, 0.010966499666476847, -0.004497826183735604, -4.671199694097899e-05, 0.0010221861836801867, -0.00045569316100618995),
    (3.5078125, -0.0023566446756908923, 0.008346962923827965, -0.012833991150531597, 0.01068534852418657, -0.004497792939243302, 4.678730195152418e-05, 0.0009725399162248145, -0.000452007630302815),
    (3.5234375, -0.002229316185288745, 0.007953658271833449, -0.012339701356853984, 0.010404423949674568, -0.004490636358810682, 0.00013565230726745093, 0.0009233354321728853, -0.00044761960818365823),
    (3.5390625, -0.0021080134749884463, 0.007575594555997848, -0.011858566073308322, 0.010124159872404549, -0.004476716785850732, 0.00021992799005626803, 0.0008746479463524427, -0.0004425588600287824),
    (3.5546875, -0.001992501613794402, 0.007212361283472479, -0.011390544606952506, 0.009844967815845557, -0.00445639077896748, 0.00029966621879583423, 0.0008265493725538828, -0.00043685596972985977),
    (3.5703125, -0.0018825520731783434, 0.006863549529047089, -0.010935577494942138, 0.009567237150608438, -0.00443001058529012, 0.0003749254458501371, 0.0007791082383032041, -0.00043054226044057873),
    (3.5859375, -0.001777942698086727, 0.006528752505551805, -0.010493587536382007, 0.009291335379727074, -0.0043979236386040375, 0.0004457703863496907, 0.0007323896085157073, -0.00042364971151891693),
    (3.6015625, -0.001678457669286396, 0.006207566102230215, -0.010064480810082165, 0.009017608454516827, -0.0043604720828377035, 0.0005122716903458756, 0.0006864550184200589, -0.000416210872150758),
    (3.6171875, -0.0015838874575454136, 0.0058995893915461005, -0.009648147676822693, 0.008746381119409691, -0.004317992321396523, 0.0005745056091245212, 0.0006413624160881573, -0.00040825877216074723),
    (3.6328125, -0.0014940287701383852, 0.005604425104928727, -0.009244463764806922, 0.008477957284137229, -0.004270814592764421, 0.0006325536565928604, 0.000597166114850201, -0.00039982683052854393),
    (3.6484375, -0.00140868449015741, 0.005321680078001694, -0.008853290937059886, 0.008212620421608263, -0.004219262572721561, 0.000686502266677511, 0.0005539167558172019, -0.0003909487621367736),
    (3.6640625, -0.0013276636091009682, 0.005050965665877968, -0.008474478239606651, 0.00795063398980888, -0.004163653003452593, 0.000736442447689265, 0.0005116612806753681, -0.00038165848328106935),
    (3.6796875, -0.0012507811532036842, 0.004791898129138904, -0.008107862829343997, 0.007692241876037452, -0.004104295349744653, 0.0007824694346231624, 0.00047044291485871906, -0.00037199001647271636),
    (3.6953125, -0.0011778581039599816, 0.004544098991147784, -0.007753270880598245, 0.0074376688617773115, -0.004041491482398319, 0.0008246823403695796, 0.0004303011611484502, -0.0003619773950606925),
    (3.7109375, -0.0011087213132842508, 0.004307195367378645, -0.007410518469441731, 0.007187121106504428, -0.003975535388898397, 0.000863183806813925, 0.0003912718036903123, -0.00035165456819247974),
    (3.7265625, -0.0010432034137392884, 0.004080820267468862, -0.007079412434920276, 0.006940786648726851, -0.003906712911315187, 0.0008980796567990629, 0.0003533869223650372, -0.0003410553066220737),
    (3.7421875, -0.0009811427242534998, 0.0038646128707292577, -0.0067597512164237665, 0.00669883592255692, -0.003835301511331002, 0.0009294785479159175, 0.00031667491739198174, -0.0003302131098593313),
    (3.7578125, -0.0009223831517357073, 0.003658218775868201, -0.006451325666511385, 0.006461422288126144, -0.003761570062211849, 0.0009574916290739628, 0.00028116054399304215, -0.00031916111513738524),
    (3.7734375, -0.0008667740889844274, 0.0034612902257064792, -0.006153919838581996, 0.006228682574166238, -0.003685778667470513, 0.0009822322007846825, 0.0002468649568928352, -0.0003079320086545372),
    (3.7890625, -0.0008141703092762015, 0.003273486307677539, -0.005867311748858321, 0.006000737631097911, -0.0036081785058952516, 0.0010038153800677762, 0.0002138057643824548, -0.0002965579395240724),
    (3.8046875, -0.0007644318580050212, 0.003094473130923078, -0.005591274112230806, 0.005777692892991557, -0.00352901170254831, 0.0010223577708621423, 0.000181997091628074, -0.0002850704368400588),
    (3.8203125, -0.0007174239417321341, 0.0029239239808069757, -0.005325575051583133, 0.0055596389467908874, -0.003448511225270759, 0.0010379771407917416, 0.00015144965286251682, -0.00027350033023968204),
    (3.8359375, -0.000673016814992568, 0.0027615194516812055, -0.005069978780296024, 0.005346652107221536, -0.003366900806165134, 0.0010507921051006095, 0.00012217083205789202, -0.0002618776743132822),
    (3.8515625, -0.0006310856651916154, 0.002606947558745673, -0.004824246257699185, 0.005138794995841661, -0.0032843948874652475, 0.0010609218185318604, 9.416477164065514e-05, -0.00025023167718228535),
    (3.8671875, -0.0005915104959113202, 0.002459903829850033, -0.004588135817312617, 0.004936117122730362, -0.003201198591143666, 0.0010684856758828134, 6.743246877719709e-05, -0.00023859063353293667),
    (3.8828125, -0.000554176008933719, 0.0023200913780893765, -0.004361403767788116, 0.0047386554693520325, -0.0031175077115519027, 0.0010736030219227056, 4.1971878728383727e-05, -0.00022698186236042242),
    (3.8984375, -0.0005189714852742656, 0.002187220956047429, -0.004143804966529182, 0.004546435071180526, -0.0030335087303366317, 0.0010763928713111866, 1.7778024745481988e-05, -0.00021543164964389584),
    (3.9140625, -0.00048579066550552807, 0.0020610109925405387, -0.003935093366032867, 0.004359469598715741, -0.002949378852827313, 0.0010769736391052526, -5.156886042323177e-06, -0.00020396519613836346),
    (3.9296875, -0.0004545316296379312, 0.001941187612713401, -0.0037350225330599405, 0.004177761935577016, -0.002865286065046753, 0.0010754628823898393, -2.6843341317055254e-05, -0.000192606570434617),
    (3.9453125, -0.000425096676811052, 0.0018274846423331724, -0.0035433461408001877, 0.004001304752411904, -0.0027813892104564205, 0.0010719770535133023, -4.729439742058532e-05, -0.00018137866740366589),
    (3.9609375, -0.00039739220503579324, 0.0017196435971225223, -0.0033598184342574573, 0.0038300810754156394, -0.0026978380855128695, 0.0010666312653538257, -6.652554895650325e-05, -0.00017030317210768657),
    (3.9765625, -0.00037132859121468407, 0.0016174136579642693, -0.003184194669134164, 0.003664064848315265, -0.0026147735530805375, 0.0010595390689867768, -8.455459474605086e-05, -0.0001594005292255938),
    (3.9921875, -0.00034682007165462116, 0.0015205516328006892, -0.0030162315245472852, 0.003503221486732942, -0.002532327672719483, 0.0010508122440665017, -0.00010140150074238712, -0.00014868991800818016),
))
_TANH_PRIME_POS = _Table(_DIRECT, (
    (0.0, 0.5, 0.7978845608028654, -8.68218930505384e-17, -0.2672779087099747, -1.0591597986060568e-11, 0.061209344001007145, -9.210246445528699e-08, -0.009941499983648877),
    (0.0234375, 0.5186969787296273, 0.7974441927196213, -0.018785098972864678, -0.2669417807553531, 0.007168489907348048, 0.061094674285984876, -0.001630171684036775, -0.009920804431119284),
    (0.0390625, 0.5311514402171345, 0.7966617719571303, -0.031285165302697836, -0.266344738273282, 0.011934217941869517, 0.0608910404719419, -0.0027131817607218113, -0.009879452988431169),
    (0.0546875, 0.5435906271676119, 0.7954892340613099, -0.04375027295469929, -0.26545041747565407, 0.016680077118445387, 0.06058611979210978, -0.003790542862607204, -0.009817525046280974),
    (0.0703125, 0.556008453668433, 0.7939278888906569, -0.05616651997093424, -0.26426030697460606, 0.02139817783192078, 0.060180547156404196, -0.004860010601081064, -0.009735139853119749),
    (0.0859375, 0.5683988576613946, 0.7919794795293772, -0.0685200857029765, -0.26277638676155324, 0.02608068828156166, 0.0596751672101098, -0.005919355818417633, -0.00963245670313569),
    (0.1015625, 0.5807558076901472, 0.7896461793875112, -0.08079725375265136, -0.26100112408360926, 0.030719850795499996, 0.05907103270030478, -0.006966368980446316, -0.009509675175499922),
    (0.1171875, 0.5930733095967297, 0.7869305885874305, -0.09298443469563912, -0.2589374683040526, 0.0353079980114361, 0.058369402429174155, -0.007998864597764086, -0.009367035415326198),
    (0.1328125, 0.605345413156117, 0.7838357296442303, -0.10506818854054284, -0.25658884475683347, 0.039837568881214105, 0.05757173879134011, -0.009014685679433905, -0.00920481844467966),
    (0.1484375, 0.6175662186378145, 0.7803650424490235, -0.11703524687653978, -0.25395914760714733, 0.0443011244666493, 0.056679704892030926, -0.010011708221728127, -0.00902334649002967),
    (0.1640625, 0.6297298832836872, 0.7765223785655876, -0.12887253466334783, -0.25105273173214865, 0.048691363493730204, 0.05569516124274294, -0.010987845732891044, -0.008822983310807228),
    (0.1796875, 0.6418306276913868, 0.772311994852259, -0.14056719161794595, -0.24787440363793986, 0.053001137632055544, 0.054620162031039574, -0.011941053793132593, -0.008604134512225178),
    (0.1953125, 0.6538627420929347, 0.7677385464223772, -0.1521065931532929, -0.2444294114310509, 0.05722346646610915, 0.053456950961294214, -0.012869334647152687, -0.008367247824273455),
    (0.2109375, 0.6658205925182388, 0.7628070789579654, -0.1634783708251913, -0.24072343386471956, 0.06135155212473869, 0.052207956663530904, -0.013770741824461717, -0.008112813327832067),
    (0.2265625, 0.6776986268335625, 0.7575230203926927, -0.17467043224444534, -0.23676256848239127, 0.06537879353500174, 0.050875787668059835, -0.014643384780638716, -0.007841363608167945),
    (0.2421875, 0.6894913806452252, 0.7518921719814798, -0.18567098041256144, -0.23255331888297678, 0.06929880026639061, 0.04946322694434948, -0.015485433550487206, -0.007553473815710755),
    (0.2578125, 0.7011934830590935, 0.7459206987754012, -0.19646853244044044, -0.22810258113453388, 0.0731054059313612, 0.04797322600352799, -0.016295123401843862, -0.007249761613945613),
    (0.2734375, 0.7127996622867252, 0.7396151195217829, -0.2070519376108109, -0.22341762936516887, 0.07679268110808775, 0.046408898565063736, -0.01707075947660132, -0.006930886994521268),
    (0.2890625, 0.7243047510893497, 0.7329822960105964, -0.2174103947465515, -0.21850610056208197, 0.08035494575146014, 0.04477351378953593, -0.017810721403358484, -0.006597551940250523),
    (0.3046875, 0.7357036920512019, 0.7260294218894144, -0.2275334688485511, -0.21337597861179805, 0.0837867810585493, 0.04307048908096556, -0.018513467864044328, -0.006250499917570698),
    (0.3203125, 0.7469915426740917, 0.7187640109703015, -0.23741110696835196, -0.20803557761672545, 0.08708304075510437, 0.04130338246392412, -0.019177541094907664, -0.0058905151812267634),
    (0.3359375, 0.7581634802854564, 0.7111938850530733, -0.24703365328251867, -0.20249352452526106, 0.09023886177012728, 0.039475884542562525, -0.019801571300458915, -0.005518421875425343),
    (0.3515625, 0.7692148067525387, 0.7033271612903655, -0.25639186333746716, -0.196758741114701, 0.09324967426620831, 0.03759181005078751, -0.020384280957320797, -0.005135082917466674),
    (0.3671875, 0.7801409529957348, 0.6951722391208967, -0.2654769174353762, -0.19084042536821016, 0.09611121099411393, 0.03565508900504237, -0.0209244889835223, -0.004741398651873158),
    (0.3828125, 0.7909374832945797, 0.686737786798203, -0.2742804331337822, -0.18474803228904524, 0.09881951594110393, 0.03366975747349991, -0.021421114747580357, -0.004338305265272606),
    (0.3984375, 0.8016000993802643, 0.6780327275429415, -0.28279447683352826, -0.17849125419709652, 0.10137095224362898, 0.03163994797792702, -0.021873181890779938, -0.003926772954734187),
    (0.4140625, 0.8121246443090302, 0.6690662253476184, -0.29101157443189213, -0.17208000055460668, 0.10376220933642825, 0.029569879547006336, -0.02227982193540593, -0.0035078038448650333),
    (0.4296875, 0.8225071061112388, 0.6598476704632898, -0.29892472101995493, -0.16552437736962564, 0.10599030931161474, 0.027463847442474314, -0.022640277651316272, -0.0030824296517225),
    (0.4453125, 0.8327436212113825, 0.6503866645983994, -0.30652738960558706, -0.15883466621871378, 0.10805261246794524, 0.0253259293488845, -0.022953959013954667),
    (0.4609375, 0.8428304776147775, 0.6406930058604615, -0.3138135388458122, -0.15202130299380762, 0.1099468219986095, 0.0231611539137236, -0.02322023501525314),
    (0.4765625, 0.8527641178571647, 0.6307766734717687, -0.3207776197747659, -0.14509485628950056, 0.11167098786941461, 0.020973651200655682, -0.023438751808872185),
    (0.4921875, 0.8625411417139331, 0.6206478122906958, -0.32741458151597375, -0.1380660056719375, 0.11322350977291099, 0.018767912893864095, -0.023609225024832363),
    (0.5078125, 0.8721583086661778, 0.6103167171704807, -0.333719875970244, -0.1309455197408105, 0.1146031392149957, 0.016548451559793318, -0.023731493796535098),
    (0.5234375, 0.8816125401213021, 0.5997938171875987, -0.33968946147307755, -0.12374423409948974, 0.11580898069238395, 0.014319789002059748, -0.023805522116626305),
    (0.5390625, 0.8909009213863799, 0.5890896597719908, -0.34531980541814816, -0.11647302928008954, 0.11684049195581589, 0.012086444508724738, -0.023831399774121048),
    (0.5546875, 0.9000207033929969, 0.5782148947714781, -0.3506078858460841, -0.1091428086808415, 0.11769748335214561, 0.009852923032105084, -0.02380934285356031),
    (0.5703125, 0.9089693041727935, 0.5671802584826726, -0.355551192000479, -0.10176447657347536, 0.11838011624166576, 0.007623703342988989, -0.02373969377935677),
    (0.5859375, 0.9177443100834398, 0.5559965576805911, -0.3601477238557689, -0.09434891623843324, 0.11888890049035074, 0.005403226202583011, -0.02362292089111718),
    (0.6015625, 0.9263434767852711, 0.5446746536789979, -0.36439599062432126, -0.08690696828565525, 0.1192246910401354, 0.0031958825967158644, -0.023459617538579797),
    (0.6171875, 0.9347647299693133, 0.5332254464532212, -0.3682950082527841, -0.0794494092183707, 0.11938868356386251, 0.001006002077748786, -0.023250500687848348),
    (0.6328125, 0.9430061658379205, 0.5216598588568406, -0.37184429592041923, -0.0719869302968026, 0.11938240921511017, -0.0011621587397270842, -0.022996409033808205),
    (0.6484375, 0.9510660513397332, 0.5099888209631983, -0.37504387155480085, -0.06453011675794242, 0.11920772848672535, -0.0033044274830017727, -0.022698300616944295),
    (0.6640625, 0.9589428241611464, 0.4982232545621675, -0.3778942463828659, -0.05708942744657423, 0.11886682419551735, -0.005416727078754674, -0.022357249946208337),
    (0.6796875, 0.9666350924769469, 0.48637405784200893, -0.3803964185378638, -0.04967517489950571, 0.11836219361004637, -0.007495480327027794, -0.02197439946935584, 0.003686952356549389),
    (0.6953125, 0.9741416344632416, 0.47445209028546553, -0.38255186574525185, -0.04229750600647541, 0.11769663977110786, -0.009536083933121116, -0.021551137946663183, 0.004050600964863695),
    (0.7109375, 0.9814613975762462, 0.46246815780848416, -0.3843625371130045, -0.03496638312433052, 0.1168732619703465, -0.011535163462304, -0.021088820571425068, 0.004400967437833184),
    (0.7265625, 0.9885934976009407, 0.45043299816912635, -0.38583084405415163, -0.027691565921841268, 0.11589544550267752, -0.013489126989066442, -0.020588949323668657, 0.004737159007063801),
    (0.7421875, 0.9955372174740265, 0.43835726667331903, -0.3869596503716076, -0.020482593833934113, 0.11476685066402338, -0.015394527897282134, -0.020053121158615957, 0.005058332363916162),
    (0.7578125, 1.0022920058860203, 0.4262515222031271, -0.38775226153750375, -0.01334876923602958, 0.1134914010579232, -0.017248073524556658, -0.019483022395399802, 0.0053636973086825385),
    (0.7734375, 1.0088574756677227, 0.4141262135921893, -0.3882124132012709, -0.0062991413698857655, 0.11207327124783155, -0.019046633262193552, -0.018880422719803617, 0.005652520154933173),
    (0.7890625, 1.015233401966667, 0.40199166637185896, -0.38834425896263736, 0.0006575089395161116, 0.11051687379901688, -0.020787246075890446, -0.018247168829222796, 0.005924126863393789),
    (0.8046875, 1.0214197202195217, 0.38985806991043187, -0.38815235744749327, 0.007512683739335025, 0.10882684575658819, -0.022467127415049276, -0.017585177750738153, 0.006177905881795437),
    (0.8203125, 1.0274165239267508, 0.3777354649666331, -0.38764165872622536, 0.01425818154275729, 0.10700803460857175, -0.024083675481597643, -0.016896429865644297, 0.006413310669448362),
    (0.8359375, 1.0332240622361648, 0.365633731677271, -0.38681749011563255, 0.020886110030808615, 0.10506548378510838, -0.0256344768324493, -0.016182961675963906, 0.006629861887806315),
    (0.8515625, 1.0388427373422942, 0.35356257799766105, -0.38568554140689304, 0.027388897834744422, 0.10300441774673051, -0.02711731129315446, -0.015446858350382174, 0.006827149240977726),
    (0.8671875, 1.0442731017087923, 0.34153152861207753, -0.38425184956325575, 0.03375930537503367, 0.10083022671629284, -0.028530156163877843, -0.014690246088636753, 0.007004832952974318),
    (0.8828125, 1.049515855121343, 0.3295499143301057, -0.3825227829321734, 0.039990434736405366, 0.09854845111045973, -0.029871189702564974, -0.013915284344682786, 0.0071626448714343215),
    (0.8984375, 1.054571841578776, 0.31762686198336, -0.3805050250174742, 0.04607573856195472, 0.09616476572768581, -0.031138793873984917, -0.013124157949910413, 0.007300389190583241),
    (0.9140625, 1.0594420460303136, 0.30577128483559307, -0.37820555785788207, 0.05200902795288883, 0.09368496375035835, -0.03233155635723947, -0.012319069178315826, 0.007417942789267199),
    (0.9296875, 1.0641275909670629, 0.29399187351776845, -0.37563164505874036, 0.05778447936411115, 0.09111494061919488, -0.03344827180827364, -0.01150222979581381, 0.007515255182978688),
    (0.9453125, 1.068629732876036, 0.28229708749819477, -0.37279081452416724, 0.0633966404894798, 0.08846067783810548, -0.0344879423778776, -0.010675853135829869, 0.007592348091859615),
    (0.9609375, 1.0729498585651285, 0.2706951470963443, -0.36969084093707616, 0.06884043513420869, 0.08572822676753732, -0.035449777489606024, -0.00984214624292761, 0.0076493146296798065),
    (0.9765625, 1.077089481367609, 0.25919402604749175, -0.36633972803452675, 0.07411116707549247, 0.08292369246382057, -0.03633319288592459, -0.009003302125519167, 0.007686318121720061),
    (0.9921875, 1.081050237234773, 0.2478014446238303, -0.3627456907257387, 0.07920452291600774, 0.08005321762123699, -0.03713780895469664, -0.008161492157683968, 0.00770359056230845),
    (1.0078125, 1.0848338807254867, 0.23652486331624437, -0.3589171370997995, 0.08411657393845577, 0.0771229666724406, -0.037863448351815696, -0.0073188586687974256, 0.007701430725439714),
    (1.0234375, 1.088442280901412, 0.22537147707945865, -0.35486265036963366, 0.08884377697274673, 0.0741391101014856, -0.03851013293934484, -0.006477507758063148, 0.0076802019444255),
    (1.0390625, 1.0918774171367187, 0.21434821014183453, -0.35059097079817836, 0.09338297429076713, 0.07110780902207008, -0.03907808006191603, -0.005639502369168516, 0.007640329578855478),
    (1.0546875, 1.0951413748511127, 0.20346171137966232, -0.3461109776519341, 0.09773139254690105, 0.06803520007170032, -0.03956769818734666, -0.00480685565816601, 0.007582298189276249),
    (1.0703125, 1.098236341174988, 0.19271835025439998, -0.34143167122613427, 0.10188664078557985, 0.06492738067033407, -0.039979581940426695, -0.0039815246853443734, 0.007506648441899728),
    (1.0859375, 1.1011646005554783, 0.18212421330994236, -0.3365621549847091, 0.10584670754009624, 0.06179039468968933, -0.0403145065615963, -0.0031654044593199997, 0.007413973767321355),
    (1.1015625, 1.1039285303121271, 0.1716851012256749, -0.33151161785701866, 0.10960995704972615, 0.05863021857682728, -0.04057342182475519, -0.0023603223588760463, 0.0073049167986501806),
    (1.1171875, 1.106530596150817, 0.16140652641977368, -0.32628931673199796, 0.11317512462484174, 0.05545274797285255, -0.04075744545070615, -0.0015680329552323514, 0.007180165615620016),
    (1.1328125, 1.1089733476445085, 0.15129371119596682, -0.3209045591889081, 0.11654131119216073, 0.052263784864643024, -0.040867856054723456, -0.000790213254471248, 0.0070404498221584184),
    (1.1484375, 1.1112594136892142, 0.1413515864257705, -0.31536668650232635, 0.11970797705455144, 0.04906902530444543, -0.0409060856684447, -2.845837680141772e-05, 0.006886536485536962),
    (1.1640625, 1.113391497943509, 0.13158479075706353, -0.30968505695734533, 0.12267493490189085, 0.04587404772897548, -0.04087371187770295, 0.0007157223137575285, 0.0067192259656129825),
    (1.1796875, 1.1153723742597197, 0.12199767033876735, -0.30386902950919514, 0.12544234211134758, 0.04268430190636385, -0.040772449619043624, 0.0014409086188147656, 0.006539347662804029),
    (1.1953125, 1.1172048821147726, 0.1125942790503568, -0.29792794781966575, 0.12801069237712845, 0.0395050985359155, -0.04060414267850339, 0.0021457724468456527, 0.006347755713318192),
    (1.2109375, 1.1188919220484914, 0.10337837922394623, -0.2918711247007918, 0.13038080671118008, 0.03634159952222219, -0.040370754936769865, 0.00282908028200244, 0.0061453246598056),
    (1.2265625, 1.1204364511169411, 0.09435344284577335, -0.28570782699429104, 0.13255382385757622, 0.03319880894170989, -0.040074361405093184, 0.003489695179324382, 0.005932945125009968),
    (1.2421875, 1.1218414783681991, 0.08552265322304477, -0.27944726091321725, 0.13453119016434237, 0.030081564716235187, -0.03971713909629043, 0.004126578288147849, 0.005711519515197834),
    (1.2578125, 1.1231100603477113, 0.07688890710131237, -0.2730985578702184, 0.136314648957275, 0.02699453100489121, -0.03930135777487932, 0.00473878990839276, 0.005481957779141998),
    (1.2734375, 1.1242452966401504, 0.0684548172168206, -0.2666707608146886, 0.13790622946090308, 0.023942191321763482, -0.038829370629808964, 0.005325490087157791, 0.005245173247251809),
    (1.2890625, 1.125250325454447, 0.06022271526760084, -0.2601728110989746, 0.13930823531211808, 0.020928842384010837, -0.03830360491243455, 0.0058859387656742534, 0.005002078574094061),
    (1.3046875, 1.1261283192584077, 0.052194655286492954, -0.25361353589166064, 0.14052323271216804, 0.017958588691354506, -0.037726552581323965, 0.0064194954891302735, 0.004753581806053646),
    (1.3203125, 1.126882480469064, 0.04437241739874406, -0.2470016361538124, 0.1415540382626794, 0.01503533783485821, -0.037100760994202474, 0.006925618694168142, 0.004500582594262395),
    (1.3359375, 1.1275160372046205, 0.03675751194637159, -0.24034567519192448, 0.14240370653114007, 0.012162796529789832, -0.03642882368585317, 0.00740386459096568, 0.004243968571198055),
    (1.3515625, 1.128032239103596, 0.02935118396108185, -0.23365406779919676, 0.14307551737787014, 0.009344467361476514, -0.035712945666621254, 0.007853917451007974),
    (1.3671875, 1.1284343532164547, 0.0221544179672037, -0.22693506999466698, 0.14357296316767632, 0.006583646250592527, -0.03495666479585251, 0.008275460746774682),
    (1.3828125, 1.1287256599747402, 0.015167943095834104, -0.22019676936766272, 0.14389973571075182, 0.00388342058062278, -0.03416220581872711, 0.008668365052645222),
    (1.3984375, 1.128909449242425, 0.008392238491186917, -0.21344707603301208, 0.14405971324379543, 0.0012466680293069048, -0.03333225765028462, 0.009032559081976397),
    (1.4140625, 1.128989016453893, 0.001827538990001194, -0.20669371420047486, 0.144056947289656, -0.0013239439579315253, -0.03246951179662925, 0.009368058365552275),
    (1.4296875, 1.12896765884267, -0.00452615894521505, -0.19994421435993334, 0.1438956495180601, -0.0038259580559510307, -0.03157665435927335, 0.00967496214905935),
    (1.4453125, 1.128848671764721, -0.010669091058347685, -0.19320590608202023, 0.14358017863262154, -0.0062571263348475585, -0.030656358342027536, 0.009953450045514175),
    (1.4609375, 1.1286353451198252, -0.016601718916449855, -0.1864859114320656, 0.14311502732168882, -0.00861540894640287, -0.029711276282176458, 0.010203778469027376),
    (1.4765625, 1.128330959874248, -0.02232472333023646, -0.17979113899352056, 0.14250480930900455, -0.010898972248131137, -0.028744033225192717, 0.010426276876535266),
    (1.4921875, 1.1279387846876288, -0.027838997597264343, -0.17312827849536905, 0.14175424653847404, -0.013106186392435342, -0.027757220059740854, 0.010621343844183341),
    (1.5078125, 1.1274620726467053, -0.03314564058656644, -0.166503796036471, 0.14086815652558135, -0.01523562240959627, -0.026753387227226474, 0.010789443004913938),
    (1.5234375, 1.1269040581082097, -0.03824594968326446, -0.15992392989829893, 0.13985143990616467, -0.01728604881433349, -0.02573503881766943, 0.010931098873502484),
    (1.5390625, 1.1262679536529792, -0.043141413611395556, -0.1533946869361331, 0.13870906821137544, -0.019256427766502483, -0.024704627061240537, 0.011046892584814453),
    (1.5546875, 1.1255569471530444, -0.047833705152857606, -0.14692183953747526, 0.1374460718957163, -0.021145910817127894, -0.023664547222413315, 0.011137457570429625),
    (1.5703125, 1.1247741989531832, -0.052324673780006936, -0.14051092313522592, 0.13606752864308672, -0.022953834271424802, -0.02261713290135973, 0.0112034751980143),
    (1.5859375, 1.1239228391681506, -0.05661633821903572, -0.13416723426204777, 0.13457855197377783, -0.02467971420073318, -0.02156465174497411, 0.011245670396928508),
    (1.6015625, 1.1230059650965396, -0.060710878960815284, -0.12789582913130987, 0.13298428017335903, -0.026323241135392115, -0.020509301567753956, 0.011264807292547559),
    (1.6171875, 1.1220266387519635, -0.06461063073542056, -0.12170152272907214, 0.13128986556239758, -0.027884274470517206, -0.019453206880710207, 0.011261684870668793),
    (1.6328125, 1.1209878845120056, -0.06831807496605176, -0.11558888840072847, 0.12950046412396155, -0.029362836616424696, -0.018398415824531396, 0.011237132692179307),
    (1.6484375, 1.1198926868851373, -0.0718358322175456, -0.10956225791517872, 0.12762122550388258, -0.030759106925078723, -0.017346897501393538, 0.01119200667689186),
    (1.6640625, 1.1187439883955759, -0.07516665465412233, -0.1036257219887437, 0.1256572833968097, -0.03207341542343197, -0.016300539698097093, 0.011127184974128028),
    (1.6796875, 1.1175446875858244, -0.07831341852045051, -0.09778313125047086, 0.1236137463291747, -0.033306236383895564, -0.015261146991628198, 0.011043563936253002),
    (1.6953125, 1.1162976371364257, -0.08127911665952954, -0.09203809763000169, 0.12149568884832265, -0.034458181761420695, -0.014230439226788193, 0.010942054209957908),
    (1.7109375, 1.1150056421022516, -0.08406685108029574, -0.08639399614878022, 0.11930814312524585, -0.035529994525812944, -0.013210050354215234, 0.010823576958655786),
    (1.7265625, 1.1136714582644551, -0.08667982558725211, -0.08085396709507547, 0.1170560909765988, -0.036522541916940654, -0.012201527615936033, 0.010689060227917734),
    (1.7421875, 1.1122977905970228, -0.0891213384838075, -0.07542091856306389, 0.11474445630997647, -0.03743680864945187, -0.011206331064535308, 0.010539435464437698),
    (1.7578125, 1.1108872918466899, -0.09139477536039159, -0.07009752933607012, 0.11237809799480858, -0.038273890092490805, -0.010225833401114043, 0.010375634197588069),
    (1.7734375, 1.1094425612248093, -0.09350360197778865, -0.06488625209399078, 0.10996180315966696, -0.03903498544871448, -0.009261320116424259, 0.010198584891223324),
    (1.7890625, 1.1079661432096126, -0.09545135725550828, -0.05978931692492339, 0.1075002809153025, -0.03972139095566423, -0.008313989918914733, 0.010009209972014453),
    (1.8046875, 1.1064605264571437, -0.09724164637438856, -0.05480873512108799, 0.10499815650132768, -0.04033449313125442, -0.007384955432896116, 0.009808423039260532),
    (1.8203125, 1.1049281428190179, -0.09887813400200583, -0.04994630323925785, 0.10245996585314157, -0.04087576208381239, -0.006475244149631008, 0.009597126259833132),
    (1.8359375, 1.1033713664650224, -0.10036453764885055, -0.045203607406104324, 0.09989015058445995, -0.04134674490574809, -0.005585799613870356, 0.009376207950670252),
    (1.8515625, 1.101792513108455, -0.10170462116261958, -0.040582027849105855, 0.09729305337966279, -0.04174905916855937, -0.004717482828186777, 0.009146540350055016),
    (1.8671875, 1.1001938393319923, -0.1029021883673754, -0.036082743633967365, 0.09467291378910858, -0.04208438653549621, -0.003871073857392592, 0.008908977577794899),
    (1.8828125, 1.0985775420117743, -0.10396107685373221, -0.03170673758984086, 0.09203386441958751, -0.04235446650682466, -0.0030472736153693684, 0.008664353783363849),
    (1.8984375, 1.0969457578372985, -0.10488515192565048, -0.027454801404026126, 0.08937992751119525, -0.04256109031125498, -0.00224670581677038, 0.008413481480085335),
    (1.9140625, 1.0953005629246424, -0.10567830070885553, -0.023327540868258258, 0.08671501189110341, -0.04270609495573629, -0.0014699190762808773, 0.008157150062521486),
    (1.9296875, 1.0936439725204457, -0.10634442642534347, -0.019325381259152483, 0.08404291029398271, -0.04279135744447871, -0.0007173891384267771, 0.007896124503393774),
    (1.9453125, 1.0919779407940335, -0.10688744283790112, -0.015448572835872096, 0.08136729703819685, -0.04281878917674963, 1.0478778696695324e-05, 0.007631144225595086),
    (1.9609375, 1.0903043607149911, -0.10731126886804532, -0.01169719643860886, 0.07869172604632897, -0.04279033053170842, 0.0007133475419556479, 0.007362922144161887),
    (1.9765625, 1.0886250640134596, -0.10761982339028257, -0.008071169172012817, 0.07601962919812498, -0.042707945647299614, 0.0013909455796361455, 0.007092143872458196),
    (1.9921875, 1.0869418212203783, -0.10781702020510343, -0.004570250158276733, 0.07335431500353715, -0.04257361739902222, 0.002043064290934588, 0.006819467086279692),
    (2.0078125, 1.0852563417848646, -0.10790676319265667, -0.0011940463451656684, 0.07069896758322429, -0.042389342583236206, 0.0026695554029711344, 0.006545521039114901),
    (2.0234375, 1.0835702742658961, -0.10789294164859847, 0.0020579816451188706, 0.06805664594360795, -0.04215712730856058, 0.0032703282891641213, 0.006270906221399653),
    (2.0390625, 1.081885206595439, -0.10777942580318008, 0.0051865136397413305, 0.06543028353339583, -0.041878982597862775, 0.003845347262115709, 0.005996194156268543),
    (2.0546875, 1.0802026664101558, -0.10757006252422509, 0.008192364024585517, 0.06282268806835811, -0.041556920202339746, 0.004394628853443262, 0.005721927324040675),
    (2.0703125, 1.0785241214488148, -0.10726867120425469, 0.01107647585142229, 0.060236541611079046, -0.041192948628248176, 0.004918239092253186, 0.005448619207473706),
    (2.0859375, 1.0768509800125243, -0.10687903983164582, 0.013839914954532084, 0.057674400892399, -0.04078906937595679, 0.005416290793200016, 0.005176754449677197),
    (2.1015625, 1.0751845914849225, -0.10640492124535267, 0.016483864087800903, 0.055138697861308525, -0.04034727339016889, 0.0058889408643088646, 0.004906789116490328),
    (2.1171875, 1.0735262469094553, -0.105850029572388, 0.019009617092690046, 0.05263174045015249, -0.03986953771939773, 0.006336387643969158, 0.004639151055096757),
    (2.1328125, 1.0718771796209, -0.10521803684694464, 0.021418573106866866, 0.05015571354214443, -0.03935782238207284, 0.00675886827573678, 0.004374240340667419),
    (2.1484375, 1.0702385659283036, -0.10451256980974168, 0.023712230822678686, 0.04771268012837553, -0.03881406743601052, 0.007156656128814796, 0.004112429802886688),
    (2.1640625, 1.0686115258465358, -0.10373720688590192, 0.02589218280405636, 0.045304582641725454, -0.03824019024739641, 0.007530058271324136, 0.0038540656243251006),
    (2.1796875, 1.0669971238736793, -0.1028954753394083, 0.02796010986984959, 0.04293324445533967, -0.03763808295490206, 0.007879413002728767, 0.003599468002769006),
    (2.1953125, 1.0653963698115159, -0.10199084860194543, 0.029917775551024487, 0.040600371533626806, -0.037009610124088585, 0.00820508745104856, 0.0033489318698005253),
    (2.2109375, 1.0638102196264037, -0.10102674377370957, 0.03176702062859659, 0.03830755422404511, -0.03635660658683858, 0.008507475239780408, 0.003102727658136507),
    (2.2265625, 1.0622395763478778, -0.10000651929356348, 0.03350975775863043, 0.036056269178287824, -0.03568087546020013, 0.008786994228757108, 0.0028611021104791635),
    (2.2421875, 1.0606852910023492, -0.09893347277572338, 0.035147966190111304, 0.03384788139183755, -0.034984186338722585, 0.009044084332506487, 0.0026242791229004092),
    (2.2578125, 1.059148163579323, -0.09781083900999171, 0.03668368658098664, 0.03168364635123827, -0.034268273654110656, 0.009279205419032602, 0.0023924606160731945),
    (2.2734375, 1.0576289440276083, -0.09664178812239137, 0.038119015917184224, 0.029564712278825865, -0.03353483519581927, 0.009492835291328333, 0.00216582742797316),
    (2.2890625, 1.0561283332790337, -0.0954294238929147, 0.03945610253894305, 0.027492122465061955, -0.032785530786054166, 0.009685467753346087, 0.001944540221999581),
    (2.3046875, 1.0546469842972437, -0.09417678222697161, 0.04069714127834029, 0.025466817679027882, -0.03202198110253022, 0.009857610761601753, 0.0017287404048029198),
    (2.3203125, 1.053185503149201, -0.09288682977700721, 0.04184436871146494, 0.023489638648053764, -0.031245766642267914, 0.010009784663067794, 0.001518551048454478),
    (2.3359375, 1.051744450097077, -0.09156246271065743, 0.04290005852827561, 0.021561328597878588, -0.030458426819676764, 0.010142520519525036, 0.0013140778119490337),
    (2.3515625, 1.050324340708267, -0.09020650562172297, 0.04386651702278626, 0.019682535845159443, -0.0296614591921788, 0.010256358518089944, 0.001115409857391408),
    (2.3671875, 1.0489256469813328, -0.08882171058016472, 0.04474607870585051, 0.017853816434568435, -0.028856318806664217, 0.010351846467215335, 0.0009226207565802936),
    (2.3828125, 1.0475487984857275, -0.08741075631725871, 0.0455411020424605, 0.01607563681313326, -0.028044417660141367, 0.010429538377077592, 0.000735769384065216),
    (2.3984375, 1.0461941835132202, -0.08597624754199387, 0.04625396531514221, 0.014348376534889134, -0.02722712426804204, 0.010489993122912454, 0.0005549007931131202),
    (2.4140625, 1.0448621502390043, -0.08452071438475166, 0.046887062614713565, 0.012672330989314855, -0.0264057633337681, 0.010533773189544194, 0.0003800470713779429),
    (2.4296875, 1.0435530078905297, -0.08304661196427128, 0.047442799959374796, 0.011047714147421929, -0.025581615513213925, 0.010561443495068846, 0.0002112281734178924),
    (2.4453125, 1.0422670279221626, -0.08155632007387895, 0.04792359154282261, 0.009474661319752343, -0.02475591726816849, 0.010573570291400684, 4.8452727549464566e-05),
    (2.4609375, 1.0410044451938445, -0.08005214298294153, 0.04833185611181901, 0.007953231920915559, -0.023929860802688743, 0.010570720139171551, -0.00010828118513695597),
    (2.4765625, 1.039765459151979, -0.07853630934949583, 0.04867001347340261, 0.0064834122356584424, -0.023104594076739576, 0.01055345895428409, -0.00025898528144899897),
    (2.4921875, 1.0385502350108398, -0.07701097224000192, 0.04894048113170368, 0.005065118181811599, -0.022281220891613076, 0.010522351123261414, -0.00040368035798564716),
    (2.5078125, 1.0373589049328629, -0.075478209252174, 0.04914567105411421, 0.00369819806579147, -0.02146080104186805, 0.010477958684406293, -0.0005423956054826889),
    (2.5234375, 1.0361915692062378, -0.07394002273685284, 0.04928798656636885, 0.0023824353266588393, -0.020644350528768556, 0.010420840571681227, -0.0006751679565505049),
    (2.5390625, 1.0350482974182853, -0.07239834011490054, 0.04936981937591268, 0.0011175512650406303, -0.01983284183044448, 0.010351551918145751, -0.000802041467467494),
    (2.5546875, 1.0339291296231676, -0.07085501428512071, 0.04939354672276547, -9.679224648732228e-05, -0.01902720422424644, 0.010270643415737546, -0.0009230667344297339),
    (2.5703125, 1.0328340775025393, -0.0693118241192341, 0.04936152865693895, -0.0012609900746837696, -0.01822832415701966, 0.010178660728158113, -0.0010383003444094806),
    (2.5859375, 1.0317631255178097, -0.06777047503997143, 0.04927610544132346, -0.00237549116145972, -0.01743704565927468, 0.01007614395362046, -0.0011478043605423027),
    (2.6015625, 1.0307162320527488, -0.06623259967838123, 0.049139595078831304, -0.003440795886854748, -0.016654170799485668, 0.009963627134234156, -0.0012516458417453236),
    (2.6171875, 1.0296933305452294, -0.06469975860649013, 0.048954290962466916, -0.004457453461568649, -0.015880460174997526, 0.00984163780884046, -0.0013498963960674787),
    (2.6328125, 1.0286943306069563, -0.06317344114149633, 0.04872245964688629, -0.005426059351232981, -0.015116633436270177, 0.009710696606165942, -0.0014426317670870339),
    (2.6484375, 1.0277191191300974, -0.06165506621772328, 0.048446338739910576, -0.006347252734410141, -0.014363369841430166, 0.009571316875235205, -0.0015299314525019266),
    (2.6640625, 1.0267675613797849, -0.060145983322610515, 0.04812813491236995, -0.007221713996125647, -0.013621308838335488, 0.009424004350070849, -0.0016118783539047913),
    (2.6796875, 1.0258395020715139, -0.05864747349306996, 0.04777002202457295, -0.008050162258571872, -0.012891050671587932, 0.009269256845809747, -0.0016885584565967532),
    (2.6953125, 1.0249347664325277, -0.057160750368590835, 0.04737413936762364, -0.008833352950468009, -0.012173157012147084, 0.00910756398347818, -0.0017600605381720483),
    (2.7109375, 1.0240531612463248, -0.05568696129753289, 0.04694259001774251, -0.009572075416421072, -0.011468151607410857, 0.008939406940792143, -0.0018264759044991062),
    (2.7265625, 1.0231944758794906, -0.054227188493106086, 0.04647743930168697, -0.010267150567505639, -0.010776520949827992, 0.008765258226482539, -0.0018878981516325878),
    (2.7421875, 1.0223584832900992, -0.05278245023559545, 0.04598071337131319, -0.010919428574165073, -0.010098714962297889, 0.008585581475785939, -0.001944422952114762),
    (2.7578125, 1.0215449410169914, -0.051353702117451556, 0.04545439788527152, -0.011529786602433624, -0.00943514769879168, 0.008400831264889145, -0.001996147864063089),
    (2.7734375, 1.0207535921492856, -0.04994183832793081, 0.044900436795783316, -0.01209912659438615, -0.008786198058795373, 0.008211452942268434, -0.0020431721613936187),
    (2.7890625, 1.0199841662755282, -0.048547692974034155, 0.04432073123840634, -0.012628373093639685, -0.008152210514330623, 0.008017882475020692, -0.002085596683496267),
    (2.8046875, 1.0192363804119409, -0.0471720414345592, 0.043717138522659064, -0.013118471116657811, -0.007533495848451202, 0.007820546308442634, -0.0021235237026577774),
    (2.8203125, 1.0185099399092732, -0.04581560174414748, 0.043091471221340584, -0.013570384070544058, -0.006930331904243199, 0.007619861237274486, -0.0021570568075206112),
    (2.8359375, 1.0178045393378152, -0.04447903600427692, 0.04244549635635199, -0.013985091717953483, -0.006342964343474403, 0.007416234287184855, -0.0021863008008705855),
    (2.8515625, 1.017119863350171, -0.04316295181821841, 0.04178093467879671, -0.014363588189701649, -0.005771607414143338, 0.007210062605232903, -0.0022113616100621868),
    (2.8671875, 1.0164555875214445, -0.041867903747045424, 0.04109946004111148, -0.014706880045606165, -0.005216444726270955, 0.007001733358201302, -0.002232346208417483),
    (2.8828125, 1.0158113791665273, -0.04059439478385608, 0.04040269885895503, -0.015015984384057596, -0.004677630035358381, 0.006791623637847761, -0.002249362545971759),
    (2.8984375, 1.01518689813423, -0.039342877843438644, 0.03969222966055953, -0.01529192700078267, -0.0041552880330026284, 0.006580100372273322, -0.002262519487985763),
    (2.9140625, 1.014581797578032, -0.03811375726468322, 0.03896958272122847, -0.015535740597232747, -0.003649515144219067, 0.0063675202427512425, -0.0022719267596999983),
    (2.9296875, 1.013995724703275, -0.03690739032311548, 0.03823623978064532, -0.015748463039003895, -0.0031603803310652156, 0.006154229605500238, -0.0022776948958701613),
    (2.9453125, 1.01342832149066, -0.035724088751001117, 0.0374936338406386, -0.015931135664670627, -0.0026879259021954736, 0.005940564418019585, -0.002279935193693819),
    (2.9609375, 1.012879225395952, -0.03456412026254391, 0.03674314904103174, -0.016084801645393127, -0.0022321683280012933, 0.0057268501697302675, -0.002278759667816019),
    (2.9765625, 1.012348070025825, -0.033427710081774475, 0.03598612061118968, -0.01621050439563664, -0.0017930990610065599, 0.005513401816785537, -0.002274281006184932),
    (2.9921875, 1.0118344857898325, -0.032315042470801705, 0.035223834894858766, -0.016309286035321363, -0.0013706853611942292, 0.005300523721025332, -0.002266612525617103),
    (3.0078125, 1.0113381005285078, -0.031226262256174194, 0.03445752944588223, -0.016382185903700896, -0.0009648711259381894, 0.005088509593151598, -0.002255868126024653),
    (3.0234375, 1.0108585401176455, -0.030161476351174773, 0.03368839319235958, -0.016430239125246607, -0.0005755777242045747, 0.004877642440295307, -0.0022421622423530294),
    (3.0390625, 1.0103954290488424, -0.02912075527194747, 0.03291756666680642, -0.016454475227793922, -0.00020270483467003933, 0.004668194518230513, -0.0022256097933769418),
    (3.0546875, 1.009948390986409, -0.02810413464543262, 0.03214614229985905, -0.016455916813183657, 0.00015386871261845474, 0.004460427288565972, -0.002206326126603125),
    (3.0703125, 1.009517049300799, -0.027111616707162948, 0.03137516477505832, -0.016435578280607356, 0.0004942840914462377, 0.00425459138131053, -0.002184426958630841),
    (3.0859375, 1.009101027578724, -0.026143171787050504, 0.030605631442237772, -0.016394464602839203, 0.0008187016319330358, 0.0040509265632644965, -0.002160028310423824),
    (3.1015625, 1.0086999501101606, -0.02519873978137183, 0.029838492787033342, -0.016333570155508723, 0.0011272999708089055, 0.003849661712735617, -0.002133246437049946),
    (3.1171875, 1.008313442352476, -0.024278231609236457, 0.029074652954025292, -0.016253877599537475, 0.0014202751999787917, 0.0036510148011151137, -0.002104197751546631),
    (3.1328125, 1.0079411313719278, -0.023381530651901714, 0.028314970321018023, -0.016156356816829552, 0.0016978400139334659, 0.003455192881876567, -0.0020729987426701883),
    (3.1484375, 1.0075826462628197, -0.02250849417337475, 0.0275602581219602, -0.016041963899269374, 0.0019602228566093505, 0.003262392087578515, -0.0020397658863852692),
    (3.1640625, 1.007237618544615, -0.021658954720820835, 0.026811285116005806, -0.015911640191041194, 0.0022076670683455236, 0.0030727976354606025, -0.0020046155510458426),
    (3.1796875, 1.0069056825373368, -0.020832721503375142, 0.026068776300217235, -0.01576631138424281, 0.0024404300336323547, 0.002886583842223368, -0.001967663896311006),
    (3.1953125, 1.0065864757156013, -0.02002958174803309, 0.025333413663413684, -0.015606886667721042, 0.0026587823303920646, 0.0027039141485735102, -0.0019290267659269153),
    (3.2109375, 1.0062796390416515, -0.019249302031372564, 0.024605836978672795, -0.015434257929009036, 0.0028630068815763752, 0.002524941154100231, -0.0018888195745897863),
    (3.2265625, 1.0059848172777812, -0.018491629585938793, 0.023886644632000104, -0.015249299009194778, 0.0030533981099097316, 0.0023498066630243644, -0.0018471571891837332),
    (3.2421875, 1.0057016592785495, -0.01775629358020053, 0.023176394484690225, -0.015052865010497353, 0.003230261096647727, 0.0021786417413309583, -0.001804153804760823),
    (3.2578125, 1.005429818263212, -0.017043006371063037, 0.022475604766915406, -0.014845791656271756, 0.0033939107452588425, 0.002011566785758316, -0.0017599228156987533),
    (3.2734375, 1.005168952068799, -0.01635146472800046, 0.021784755000091523, -0.014628894703105268, 0.003544670950972898, 0.001848691605072718, -0.001714576682533703),
    (3.2890625, 1.0049187233842962, -0.015681351027946343, 0.0211042869455888, -0.014402969404608395, 0.003682873777171245, 0.0016901155140087306, -0.0016682267950218937),
    (3.3046875, 1.004678799966388, -0.015032334420156664, 0.02043460557737457, -0.014168790026441579, 0.003808858639621344, 0.0015359274402007327, -0.0016209833320330214),
    (3.3203125, 1.0044488548372383, -0.014404071960335083, 0.019776080076198386, -0.01392710941205544, 0.003922971499581535, 0.0013862060443726883, -0.001572955118921798),
    (3.3359375, 1.0042285664647972, -0.01379620971338406, 0.01912904484295583, -0.01367865859855763, 0.0040255640668202634, 0.0012410198539908376, -0.0015242494830602926),
    (3.3515625, 1.0040176189261236, -0.013208383824219147, 0.018493800528896306, -0.013424146482053641, 0.004116993013607487, 0.0011004274105185369, -0.001474972108243469),
    (3.3671875, 1.0038157020542304, -0.01264022155615612, 0.017870615080372347, -0.013164259531742514, 0.004197619200744213, 0.0009644774303445644, -0.0014252268887033188),
    (3.3828125, 1.0036225115689608, -0.01209134229645206, 0.01725972479586324, -0.012899661551981679, 0.004267806916698989, 0.0008332089793864476, -0.0013751157834832617),
    (3.3984375, 1.0034377491924111, -0.011561358528651733, 0.016661335393044083, -0.012630993491468397, 0.004327923130917523, 0.0007066516612993983, -0.0013247386719341518),
    (3.4140625, 1.0032611227494241, -0.011049876771459617, 0.016075623083712992, -0.012358873298618855, 0.004378336762363375, 0.0005848258191498691, -0.0012741932110963679),
    (3.4296875, 1.003092346253672, -0.010556498483925671, 0.015502735654433752, -0.01208389582216025, 0.004419417964333875, 0.00046774275034117867, -0.0012235746957292841),
    (3.4453125, 1.002931139979864, -0.01008082093679903, 0.01494279355079892, -0.011806632755886552, 0.004451537426576026, 0.00035540493450767033, -0.0011729759217400802),
    (3.4609375, 1.0027772305226, -0.009622438049968596, 0.014395890963269015, -0.011527632626465271, 0.0044750656957022565, 0.00024780627402404666, -0.0011224870537486296),
    (3.4765625, 1.0026303508424068, -0.00918094119597254, 0.013862096912597072, -0.011247420823121032, 0.004490372514875611, 0.0001449323467083854, -0.0010721954975043675),
    (3.4921875, 1.0024902402994849, -0.008755919969620017, 0.013341456332904284, -0.010966499667962239, 0.004497826183698448, 4.676067023141445e-05, -0.0010221857778448956),
    (3.5078125, 1.0023566446756909, -0.008346962923827953, 0.012833991150531599, -0.010685348525659947, 0.004497792939198132, -4.673902231862032e-05, -0.0009725394228549846),
    (3.5234375, 1.0022293161852887, -0.007953658271833437, 0.012339701356853985, -0.010404423951133642, 0.0044906363587578265, -0.00013560449632626885, -0.000923334854848937),
    (3.5390625, 1.0021080134749885, -0.007575594555997837, 0.011858566073308324, -0.010124159873847125, 0.004476716785790528, -0.0002198807196617113, -0.0008746472887593804),
    (3.5546875, 1.0019925016137945, -0.007212361283472468, 0.011390544606952508, -0.009844967817269547, 0.0044563907789002734, -0.0002996195575360933, -0.0008265486384718729),
    (3.5703125, 1.0018825520731784, -0.006863549529047079, 0.01093557749494214, -0.009567237152011847, 0.004430010585216263, -0.00037487945896772754, -0.0007791074315976579),
    (3.5859375, 1.0017779426980866, -0.006528752505551794, 0.010493587536382009, -0.009291335381108014, 0.004397923638523893, -0.00044572513567136304, -0.00073238873312693),
    (3.6015625, 1.0016784576692863, -0.006207566102230205, 0.010064480810082167, -0.00901760845587352, 0.004360472082751637, -0.0005122272342217511, -0.0006864540783525234),
    (3.6171875, 1.0015838874575453, -0.00589958939154609, 0.009648147676822694, -0.008746381120740464, 0.004317992321304907, -0.0005744620023767539, -0.000641361415399466),
    (3.6328125, 1.0014940287701384, -0.005604425104928717, 0.009244463764806924, -0.008477957285440516, 0.004270814592667631, -0.0006325109504740711, -0.0005971650576397996),
    (3.6484375, 1.0014086844901575, -0.005321680078001685, 0.008853290937059888, -0.00821262042288261, 0.004219262572619974, -0.0006864605088391811, -0.0005539156462149098),
    (3.6640625, 1.0013276636091009, -0.00505096566587796, 0.008474478239606653, -0.007950633991052945, 0.004163653003346588, -0.0007364016821602236, -0.0005116601228297897),
    (3.6796875, 1.0012507811532037, -0.004791898129138895, 0.008107862829344, -0.007692241877250002, 0.004104295349634614, -0.000782429701798241, -0.00047044171292560174),
    (3.6953125, 1.0011778581039599, -0.004544098991147776, 0.007753270880598248, -0.007437668862957224, 0.0040414914822846214, -0.0008246436770084546, -0.0004302999192790512),
    (3.7109375, 1.0011087213132843, -0.004307195367378636, 0.007410518469441733, -0.007187121107650692, 0.003975535388781422, -0.0008631462460501113, -0.00039127052601983905),
    (3.7265625, 1.0010432034137393, -0.004080820267468853, 0.00707941243492028, -0.006940786649838565, 0.003906712911195311, -0.0008980432281589688, -0.0003533856130012211),
    (3.7421875, 1.0009811427242534, -0.0038646128707292495, 0.006759751216423769, -0.0066988359236332925, 0.003835301511208597, -0.000929443277347816, -0.00031667358040384506),
    (3.7578125, 1.0009223831517358, -0.003658218775868193, 0.0064513256665113886, -0.006461422289166491, 0.003761570062087283, -0.0009574575389866876, -0.0002811591833999158),
    (3.7734375, 1.0008667740889845, -0.0034612902257064714, 0.006153919838581999, -0.006228682575169983, 0.003685778667344148, -0.0009821993100958036, -0.00024686357665368026),
    (3.7890625, 1.000814170309276, -0.003273486307677532, 0.0058673117488583235, -0.00600073763206458, 0.0036081785057674445, -0.0010037837042609664, -0.00021380436838554072),
    (3.8046875, 1.0007644318580051, -0.0030944731309230705, 0.005591274112230808, -0.005777692893920781, 0.0035290117024194085, -0.0010223273220534032, -0.00018199568368106067),
    (3.8203125, 1.0007174239417322, -0.002923923980806969, 0.005325575051583135, -0.005559638947682397, 0.0034485112251411037, -0.0010379479278041128, -0.0001514482366829855),
    (3.8359375, 1.0006730168149927, -0.002761519451681199, 0.005069978780296028, -0.00534665210807516, 0.0033669008060350563, -0.0010507641335469537, -0.00012216941126436636),
    (3.8515625, 1.0006310856651917, -0.002606947558745667, 0.004824246257699188, -0.005138794996657324, 0.003284394887335069, -0.001060895090905275, -9.416334974414894e-05),
    (3.8671875, 1.0005915104959113, -0.002459903829850027, 0.0045881358173126205, -0.004936117123508078, 0.003201198591013697, -0.0010684601916541964, -6.743104917332242e-05),
    (3.8828125, 1.0005541760089338, -0.002320091378089371, 0.0043614037677881185, -0.0047386554700919094, 0.0031175077114224434, -0.0010735787776449711, -4.1970464690048146e-05),
    (3.8984375, 1.0005189714852742, -0.0021872209560474237, 0.004143804966529185, -0.004546435071882753, 0.0030335087302079703, -0.0010763698607296022, -1.7776619416199685e-05),
    (3.9140625, 1.0004857906655056, -0.0020610109925405374, 0.00393509336602206, -0.004359469599143145, 0.0029493793249755957, -0.0010769549655352583),
    (3.9296875, 1.0004545316296378, -0.0019411876127133963, 0.003735022533059943, -0.004177761936204842, 0.002865286064920499, -0.00107544230979036, 2.6844720344882162e-05),
    (3.9453125, 1.0004250966768111, -0.0018274846423331679, 0.0035433461408001907, -0.004001304753003131, 0.002781389210331751, -0.001071957680183538, 4.729575914245243e-05),
    (3.9609375, 1.0003973922050358, -0.0017196435971225182, 0.00335981843425746, -0.0038300810759707643, 0.00269783808539002, -0.0010666130750148577, 6.65268908004471e-05),
    (3.9765625, 1.0003713285912146, -0.0016174136579642654, 0.0031841946691341665, -0.0036640648488348517, 0.002614773552959729, -0.0010595220431759585, 8.45559142931635e-05),
    (3.9921875, 1.0003468200716545, -0.0015205516328006855, 0.003016231524547288, -0.0035032214872176156, 0.0025323276726009233, -0.0010507963622726215, 0.0001014027957295362),
))
_M = _InverseSquare(7.0, 0.022050269202673087, (
    0.3892633044046796, -0.4844181928860161, -2.3429404306384773, -14.480339156142204, -90.71165109203196, -615.1834835606162, -4156.400953854294, -29694.464871255546, -207563.32791512323, -1544784.4622049613, -10880175.04316026, -85172010.79911324, -579607540.9872773, -4960604376.129686, -29644325484.658787, -409300571010.1736, -624180716651.0184,
))
_N = _InverseSquare(5.0, 0.02412105028927459, (
    0.38827794336457966, -0.4905462683351416, -2.2521963039534194, -11.380049532145954, -58.2037776684349, -306.73139785179495, -1616.1504503653687, -8716.296774025608, -46408.73903177484, -255918.29452005727, -1349447.2658140669, -7792421.505965809, -38278339.14220046, -256974971.71217704, -737553174.7777008, -14946203334.968359,
))
_GELU_NEG32 = _Table(_DIRECT32, (
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
_GELU_POS32 = _Table(_DIRECT32, (
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
_GELU_PRIME_NEG32 = _Table(_DIRECT32, (
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
_GELU_PRIME_POS32 = _Table(_DIRECT32, (
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

_F64, _F32 = np.dtype(np.float64), np.dtype(np.float32)


def _use_native(on: bool = True) -> bool:
    """Compute by the C routines of ``_native`` (when built) or, ``on=False``, in NumPy.

    Both are the same arithmetic (see verifier/kernels/_native.c); the tests run on
    both. True when the C routines are in use afterwards. ``VERIFIER_NATIVE=0`` in the
    environment keeps NumPy from the start.
    """
    routines = (_GELU, _GELU_PRIME, _GELU_TANH, _GELU_TANH_PRIME)
    native = None
    if on:
        try:
            from verifier.kernels import _native as native
        except ImportError:  # not built: no C compiler at install
            native = None
    if native is None:
        for routine in routines:
            routine.native = None
        return False
    native.configure_constants(
        (
            _LN2_HI,
            _LN2_LO,
            _SHIFT_FROM,
            _SHIFT * _LN2_HI,
            _SHIFT * _LN2_LO,
            _UNSHIFT,
            _GRID,
            _GRID7,
            _GRID41,
            _A1H,
            _A3H,
            _A3H3,
            _DA1,
            _DA3,
            _DIRECT_TO,
            _A1,
            _A3,
        )
    )
    tails = (_M, _N, None, None)
    for kind, (routine, tail) in enumerate(zip(routines, tails, strict=True)):
        direct = routine.direct
        coefficients = np.zeros(0) if tail is None else np.asarray(tail.coefficients, np.float64)
        native.configure(
            kind,
            direct.rows,
            float(direct.scale),
            direct.offset,
            coefficients,
            0.0 if tail is None else tail.shift,
            0.0 if tail is None else tail.centre,
            routine.low,
            routine.high,
            float(routine.low32),
            float(routine.high32),
        )
        routine.native = functools.partial(native.run, kind)
    for kind, (table, tail) in enumerate(((_GELU32_DIRECT, _M32), (_GELU_PRIME32_DIRECT, _N32))):
        native.configure32(
            kind,
            table.rows,
            float(table.scale),
            table.offset,
            np.asarray(tail.coefficients, np.float64),
            tail.shift,
            tail.centre,
        )
    return True


_use_native(os.environ.get("VERIFIER_NATIVE", "1") != "0")


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


def fit_tables() -> str:  # pragma: no cover - development only (mpmath, ~1 minute)
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
        breaks = _DIRECT32 if name.endswith("32") else _DIRECT
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
        ends = "_DIRECT32" if name.endswith("32") else "_DIRECT"
        lines.append(f"_{name} = _Table({ends}, (\n{body}))")
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

"""The GELU routines' paths for small chunks (verifier/kernels/special.py).

A chunk whose every |x| < 4 goes to the table alone; up to 150 elements a table finds
its pieces by np.searchsorted over precomputed cell starts instead of by x * scale +
cells cast to an integer; the floating-point state is set through NumPy's context
variable instead of np.errstate. Each must give the same bits as the general path (an
element's value must not depend on the size or the rest of its chunk), stay within
4 ULP of 60-digit mpmath at the 1/64 interval ends, raise nothing under
``np.errstate(all="raise")`` and leave the caller's state as it was, and accept an
``out`` that is x itself. The references are written here from the textbook
definitions with mpmath's erfc (no code shared with special.py).
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest

from verifier.kernels import special

NAMES = ["gelu", "gelu_prime", "gelu_tanh", "gelu_tanh_prime"]


def _reference(name: str, x: float) -> mpmath.mpf:
    with mpmath.workdps(60):
        x = mpmath.mpf(x)
        if name.startswith("gelu_tanh"):
            v = 2 * mpmath.sqrt(2 / mpmath.pi) * (x + mpmath.mpf(44715) / 10**6 * x**3)
            s, s_minus = 1 / (1 + mpmath.exp(-v)), 1 / (1 + mpmath.exp(v))
            if name == "gelu_tanh":
                return x * s
            slope = 2 * mpmath.sqrt(2 / mpmath.pi) * (1 + 3 * mpmath.mpf(44715) / 10**6 * x**2)
            return s + x * s * s_minus * slope
        phi_cdf = mpmath.erfc(-x / mpmath.sqrt(2)) / 2
        if name == "gelu":
            return x * phi_cdf
        return phi_cdf + x * mpmath.exp(-(x**2) / 2) / mpmath.sqrt(2 * mpmath.pi)


def _ulp_error(name: str, x: np.ndarray, got: np.ndarray) -> tuple[float, float]:
    worst, where = 0.0, float("nan")
    for v, g in zip(x.tolist(), got.tolist(), strict=True):
        ref = _reference(name, v)
        unit = float(np.spacing(abs(np.float64(float(ref)))))
        error = float(abs(mpmath.mpf(g) - ref) / unit)
        if error > worst:
            worst, where = error, v
    return worst, where


def _table_points() -> np.ndarray:
    """Every 1/64 interval end in (-4, 4) with both neighbours, and random points."""
    ends = np.arange(1, 256) / 64
    ends = np.concatenate([ends, np.nextafter(ends, 0), np.nextafter(ends, 4)])
    rng = np.random.default_rng(41)
    zeros = np.array([-0.7517915246935645, -0.7524614220710163])  # of the derivatives
    tiny = np.array([0.0, 5e-324, 1e-310, 2.0**-52, 2.0**-53, 1e-200, np.nextafter(4, 0)])
    points = np.concatenate([ends, -ends, zeros, tiny, -tiny, rng.uniform(-4, 4, 400)])
    return rng.permutation(points)


def _call(name: str, x: np.ndarray, size: int) -> np.ndarray:
    """The routine over x in chunks of ``size`` elements, as the runtime calls it."""
    out = np.empty_like(x)
    for start in range(0, x.shape[0], size):
        getattr(special, name)(x[start : start + size], out[start : start + size])
    return out


@pytest.mark.parametrize("name", NAMES)
def test_small_chunks_give_the_bits_of_large_ones(name):
    # Chunks of 1..150 find their pieces by np.searchsorted, larger ones by the cast;
    # chunks of only |x| < 4 skip the gathering. Mixed in tails and limits, so that the
    # large call takes the general (gathered) path: every element must agree.
    rng = np.random.default_rng(7)
    x = rng.permutation(np.concatenate([_table_points(), rng.uniform(-45, 45, 600)]))
    whole = _call(name, x, x.shape[0])
    for size in (1, 7, 100, 150, 151, 1000):
        part = _call(name, x, size)
        assert np.array_equal(part, whole), f"chunks of {size}"
        assert np.array_equal(np.signbit(part), np.signbit(whole)), f"chunks of {size}"
    near = x[np.abs(x) < 4]  # all-table chunks, each path
    assert np.array_equal(_call(name, near, 100), _call(name, near, near.shape[0]))


@pytest.mark.parametrize("name", NAMES)
def test_small_table_chunks_within_4_ulp_of_mpmath(name):
    x = _table_points()
    got = _call(name, x, 100)  # all |x| < 4: the table alone, pieces by searchsorted
    worst, where = _ulp_error(name, x, got)
    assert worst <= 4, f"{name} is off by {worst:.2f} ULP at x = {where!r}"


@pytest.mark.parametrize(
    "table",
    ["_GELU", "_GELU_PRIME", "_GELU_TANH", "_GELU_TANH_PRIME", "_GELU32_DIRECT"],
)
def test_cell_starts_are_where_the_rounded_cell_changes(table):
    signed = getattr(special, table)
    signed = getattr(signed, "direct", signed)
    scale, offset = signed.scale, signed.offset
    starts = signed.starts
    j = np.arange(1, starts.shape[0] + 1)
    # The cell as x * scale + cells rounded, computed here by NumPy's own arithmetic.
    assert np.array_equal(np.trunc(starts * scale + offset), j)
    below = np.nextafter(starts, -np.inf)
    assert np.array_equal(np.trunc(below * scale + offset), j - 1)
    # searchsorted agrees with the cast everywhere in (-4, 4), not only at the starts.
    rng = np.random.default_rng(3)
    x = np.concatenate([rng.uniform(-4, 4, 20000), starts, below, [-0.0, -5e-324, 5e-324]])
    x = x[np.abs(x) < 4]
    cast = np.minimum(np.trunc(x * scale + offset), 2 * offset - 1).astype(np.intp)
    assert np.array_equal(starts.searchsorted(x, side="right"), cast)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("name", NAMES)
def test_small_chunks_raise_nothing_and_restore_the_callers_state(name, dtype):
    specials = [np.nan, np.inf, -np.inf, 0.0, -0.0, 5e-324, -5e-324, 1e-310, -1e-310]
    specials += [1e-200, -1e-200, 1e300, -1e300, 4.0, -4.0, -39.0, 9.5, -22.0, 8.0]
    rng = np.random.default_rng(9)
    mixed = rng.permutation(np.concatenate([specials, rng.uniform(-45, 45, 80)]))
    near = np.array([5e-324, -5e-324, 1e-310, -1e-310, 1e-200, -0.0, 0.0, 3.99, -3.99])
    with np.errstate(all="raise"):
        before = np.geterr()
        for x in (mixed, near, mixed[:1], near[:1]):
            # As float32, 1e300 is inf and 1e-200 is 0: as meant.
            with np.errstate(over="ignore", under="ignore"):
                x = x.astype(dtype)
            result = getattr(special, name)(x, np.empty_like(x))
            assert result.dtype == dtype
            finite = np.isfinite(x)
            assert np.isfinite(result[finite]).all()
            assert np.isnan(result[np.isnan(x)]).all()
        assert np.geterr() == before


def test_the_callers_state_is_restored_when_a_routine_raises():
    x = np.linspace(-3, 3, 10)
    with np.errstate(all="raise"):
        before = np.geterr()
        with pytest.raises(ValueError):
            special.gelu(x, np.empty(11))  # out of the wrong shape
        assert np.geterr() == before
        with pytest.raises(FloatingPointError):
            np.divide(np.ones(1), np.zeros(1))  # still "raise"


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("name", NAMES)
def test_out_may_be_x_on_every_path(name, dtype):
    rng = np.random.default_rng(13)
    cases = {
        "table only, 100": rng.normal(size=100),
        "table only, 1000": rng.normal(size=1000),
        "mixed, 100": rng.uniform(-45, 45, 100),
        "mixed, 1000": rng.uniform(-45, 45, 1000),
    }
    for label, x in cases.items():
        x = x.astype(dtype)
        expected = getattr(special, name)(x, np.empty_like(x))
        inplace = x.copy()
        getattr(special, name)(inplace, inplace)
        assert np.array_equal(inplace, expected, equal_nan=True), label
        # and the values are the function's, not x's: they differ from x somewhere
        assert not np.array_equal(expected, x), label


@pytest.mark.parametrize("name", NAMES)
def test_float32_chunks_of_only_computed_elements_give_the_bits_of_mixed_ones(name):
    # A float32 chunk with every x between the float32 cuts skips the gather and the
    # scatter; the same elements inside a chunk with limits and nan must agree.
    rng = np.random.default_rng(17)
    inside = np.concatenate([rng.normal(size=300), rng.uniform(-11, 6.4, 300)])
    inside = np.concatenate([inside, _table_points()]).astype(np.float32)
    inside = inside[(inside > -11.5) & (inside < 6.5)]
    outside = np.array([np.nan, np.inf, -np.inf, -40.0, 7.0, 1e30], dtype=np.float32)
    mixed = np.concatenate([inside, outside])
    routine = getattr(special, name)
    alone = routine(inside, np.empty_like(inside))
    together = routine(mixed, np.empty_like(mixed))[: inside.shape[0]]
    assert alone.dtype == np.float32
    assert np.array_equal(alone, together)
    for size in (1, 100):
        assert np.array_equal(_call(name, inside, size), alone), f"chunks of {size}"

"""The ULP measure itself, on hand-made cases whose answer is known without mpmath doubt."""

from __future__ import annotations

import mpmath
import numpy as np
import pytest

from verifier.kernels.accuracy import REFERENCES, max_ulp, sample_points, ulp_error


@pytest.mark.parametrize("dtype", [np.float64, np.float32], ids=["f64", "f32"])
@pytest.mark.parametrize(
    "value", [1.0, 0.3, -7.5e10, 1e-30], ids=["one", "0.3", "-7.5e10", "1e-30"]
)
def test_exact_is_zero_and_next_float_is_one_ulp(dtype, value):
    ref = dtype(value)
    next_up = np.nextafter(ref, dtype(np.inf))
    errors = ulp_error(np.array([ref, next_up], dtype), [mpmath.mpf(float(ref))] * 2, dtype)
    assert errors[0] == 0.0
    # next_up is one spacing of ref away (ref is never the last float of its binade here)
    assert errors[1] == pytest.approx(1.0, abs=1e-12)


def test_half_way_between_floats_is_half_ulp():
    with mpmath.workdps(60):
        ref = mpmath.mpf(1) + mpmath.mpf(2) ** -53  # exactly between 1 and nextafter(1, 2)
    assert ulp_error(np.array([1.0]), [ref], np.float64)[0] == pytest.approx(0.5, abs=1e-15)


def test_subnormal_results_are_measured_in_the_smallest_subnormal():
    tiny = np.finfo(np.float64).smallest_subnormal
    ref = mpmath.mpf(3) * mpmath.mpf(float(tiny))  # 3 * 5e-324, itself a subnormal
    got = np.array([5 * tiny, 0.0])
    assert ulp_error(got, [ref, ref], np.float64).tolist() == [
        pytest.approx(2.0),
        pytest.approx(3.0),
    ]


def test_reference_below_half_the_smallest_subnormal_allows_zero():
    ref = mpmath.mpf("1e-400")
    assert ulp_error(np.array([0.0]), [ref], np.float64)[0] < 1e-70


@pytest.mark.parametrize(
    ("got", "ref", "expected"),
    [
        (np.nan, mpmath.nan, 0.0),
        (1.0, mpmath.nan, np.inf),
        (np.nan, mpmath.mpf(1), np.inf),
        (np.inf, mpmath.mpf("1e400"), 0.0),
        (1.7e308, mpmath.mpf("1e400"), np.inf),
        (np.inf, mpmath.mpf(1), np.inf),
    ],
    ids=[
        "nan-nan",
        "number-for-nan",
        "nan-for-number",
        "overflow-inf",
        "finite-for-overflow",
        "inf-for-one",
    ],
)
def test_special_values(got, ref, expected):
    assert ulp_error(np.array([got]), [ref], np.float64)[0] == expected


def test_max_ulp_finds_the_worst_point():
    def kernel(x):
        y = np.array(x, copy=True)
        y[2] = np.nextafter(np.nextafter(y[2], 9.0), 9.0)  # two floats up at x = 3
        return y

    worst, at = max_ulp(kernel, lambda x: x, np.array([1.0, 2.0, 3.0]), np.float64)
    assert (worst, at) == (pytest.approx(2.0), 3.0)


@pytest.mark.parametrize("dtype", [np.float64, np.float32], ids=["f64", "f32"])
def test_sample_points_cover_the_line(dtype):
    points = sample_points(dtype)
    assert points.dtype == dtype
    finite = points[np.isfinite(points)]
    assert finite.max() == np.finfo(dtype).max and finite.min() == -np.finfo(dtype).max
    assert np.isnan(points).any() and np.isposinf(points).any() and np.isneginf(points).any()
    zeros = points == 0
    assert np.any(zeros & np.signbit(points)) and np.any(zeros & ~np.signbit(points))
    # Points where exp(-|x|) is subnormal: -log(tiny) < |x| < -log(smallest subnormal).
    lo = -np.log(np.finfo(dtype).tiny)
    hi = -np.log(np.finfo(dtype).smallest_subnormal)
    assert np.sum((points < -lo) & (points > -hi)) >= 100
    assert np.sum(np.abs(points) <= 40) >= 2000


def test_references_agree_with_closed_forms_at_a_point():
    with mpmath.workdps(60):
        x = mpmath.mpf(-3)
        assert REFERENCES["sigmoid"](x) == 1 / (1 + mpmath.e**3)
        assert mpmath.almosteq(
            REFERENCES["sigmoid_prime"](x),
            mpmath.diff(lambda t: 1 / (1 + mpmath.exp(-t)), x),
            1e-40,
        )
        assert REFERENCES["reciprocal_prime"](mpmath.mpf(2), mpmath.mpf(3)) == mpmath.mpf(-3) / 4

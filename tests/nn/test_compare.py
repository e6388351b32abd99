"""Tests of verifier/nn/compare.py: hand-written kernels against the generated ones, in ULP."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from verifier import kernels
from verifier.nn.compare import compare_kernels, ulp_distance


def _wrong_below_minus_20(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))
    return np.where(x < -20, 0.0, e / (1 + e) ** 2)


def _naive_sigmoid_prime(x):
    s = 1 / (1 + np.exp(-x))
    return s * (1 - s)


def test_kernel_wrong_below_minus_20_is_reported_where_it_parts():
    cmp = compare_kernels(kernels.sigmoid_prime, _wrong_below_minus_20)
    assert not cmp.agree
    assert cmp.part_nearest_zero == pytest.approx(-20.005)
    assert cmp.part_ranges[-1][1] == pytest.approx(-20.005)
    assert cmp.part_x <= -700  # the smallest grid x where they part: far out in the tail
    assert all(hi < -20 for _, hi in cmp.part_ranges)
    assert cmp.max_rel_diff == 1.0


def test_naive_derivative_parts_from_the_proved_kernel_and_warns_quietly():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a RuntimeWarning escaping would fail the test
        cmp = compare_kernels(kernels.sigmoid_prime, _naive_sigmoid_prime)
    assert not cmp.agree
    assert 1.0 < cmp.part_nearest_zero < 36.7  # cancellation in 1 - S(x) sets in early
    assert any("overflow" in m for m in cmp.handwritten_warnings)
    assert _naive_sigmoid_prime(np.array([40.0]))[0] == 0.0  # the pitfall the grid must catch
    assert any(lo <= 40.0 <= hi for lo, hi in cmp.part_ranges)


def test_accurate_alternative_form_agrees():
    def other_form(x):  # e^x / (1 + e^x)^2 written for x <= 0 and mirrored: S' is even
        e = np.exp(-np.abs(np.asarray(x, dtype=float)))
        return e / (1.0 + 2.0 * e + e * e)

    cmp = compare_kernels(kernels.sigmoid_prime, other_form)
    assert cmp.agree, cmp.part_ranges[:3]
    assert cmp.part_x is None


def test_scalar_only_kernel_is_evaluated_pointwise():
    def scalar(x):
        return math.exp(-abs(x)) / (1 + math.exp(-abs(x))) ** 2

    cmp = compare_kernels(kernels.sigmoid_prime, scalar, domain=(-50.0, 50.0))
    assert cmp.agree
    assert cmp.n_points > 16000


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (1.0, np.nextafter(1.0, 2.0), 1.0),
        (0.0, -0.0, 0.0),
        (5e-324, -5e-324, 2.0),
        (np.nan, np.nan, 0.0),
        (np.nan, 1.0, np.inf),
        (np.inf, np.finfo(float).max, 1.0),
    ],
    ids=[
        "next-after-one",
        "signed-zeros",
        "smallest-subnormals",
        "two-nans",
        "one-nan",
        "inf-and-max",
    ],
)
def test_ulp_distance(a, b, expected):
    assert ulp_distance(np.array([a]), np.array([b]))[0] == expected

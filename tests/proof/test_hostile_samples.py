"""Hostile review of "a cancelled divisor that is 0 at a sample point must be shown nonzero".

``binders.build`` records a divisor SymPy cancelled while an expression is read
(E/E = 1, 0/E = 0, x/E - x/E = 0) when its form can vanish on an interval (an unknown
function, Abs, ...) or when ``binders.vanishes_at_samples`` finds it 0 at one of seven
generic sample points. Seven points cannot meet every interval, and evalf's digits are
not always right: the review found 22 steps the kernel proved although their left
side is 0/0 on a whole interval (or everywhere). They were strict xfails until the fix
the review proposed (only divisors built from analytic functions rely on the sample
points, by the identity theorem; every other cancelled divisor must be shown nonzero
unless its sign is fixed wherever it is real; values enclosed by interval arithmetic,
not evalf), and pass since. Every one carries a demonstration made with fractions /
mpmath / math only (none of the verifier's code) that the divisor really is 0 there;
the demonstrations also run on their own (``test_demonstrations``).

Families:

* a divisor that is 0 on an interval no sample point lies in: x >= 3 (beyond the
  samples), [1, 2] and [pi, 2*pi] (between and beyond them), |h| <= pi/40 (around the
  point 0 of a limit, between the samples nearest 0), and for two symbols the region
  x, y >= 1/5, which the diagonal points (k-th value for x, (k+1)-th for y) all miss;
  inside a Limit (two-sided, one-sided, at infinity), a Derivative body, a [define]d
  function, under the limit-product rule;
* an integer divisor 0 for every n >= 6 (binomial(5, n)) while the integer samples
  of a nonnegative n are 1..5;
* a divisor that is 0 everywhere but whose evaluation returns digits of noise as if
  they were exact: sin(Z), erf(Z), atan(Z), Z**3 + x*Z**3 for Z = sin(x)**2 +
  cos(x)**2 - 1 (evalf keeps no error bound through a function or a power, so
  sin(Z) comes out as -1.46e-157 "to 30 digits"); with C = cosh(3000*x)**2 -
  sinh(3000*x)**2 - 1 (0 everywhere, terms near e^6000) tanh(C) comes out as +-1 at 30
  and at 60 digits alike, so only a rigorous enclosure (interval arithmetic) sees it.

The passing tests pin what must stay as it is: a divisor that is not 0 (sin(Z) + 1,
sqrt(x) + sqrt(x + h)) is still divided out, and the divisors the sample check does
catch stay caught (each kills a mutant of ``vanishes_at_samples`` / ``_samples_for``).
"""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import pytest
from helpers import check_text, derivation_text


def not_proved(report, index: int) -> None:
    """The step is not proved; nor refuted, since it holds wherever its left side is
    defined (no point can show the two sides differ)."""
    verdict = report.steps[index - 1].verdict
    assert verdict.status == "unknown", verdict
    assert not report.proved


def proved(report, index: int) -> None:
    verdict = report.steps[index - 1].verdict
    assert verdict.status == "proved", verdict


# -- independent demonstrations -------------------------------------------------

# 0 for x >= 3: sqrt((x - 3)^2) - (x - 3) = |x - 3| - (x - 3).
BEYOND = "sqrt(x**2 - 6*x + 9) - x + 3"
BEYOND_H = "sqrt(h**2 - 6*h + 9) - h + 3"
# 0 for |h| <= pi/40 = 0.0785...: asin(sin(u)) = u for |u| <= pi/2.
NARROW_H = "asin(sin(20*h)) - 20*h"
NARROW_X = "asin(sin(20*x)) - 20*x"
# 0 on [1, 2]: |x - 1| + |x - 2| - 1.
GAP = "sqrt(x**2 - 2*x + 1) + sqrt(x**2 - 4*x + 4) - 1"
# 0 on [pi, 2*pi]: acos(cos(x)) = 2*pi - x there.
ACOS = "acos(cos(x)) + x - 2*pi"
# 0 for x >= 1/5 and y >= 1/5: (|x - 1/5| - (x - 1/5)) + (|y - 1/5| - (y - 1/5)).
CORNER = "sqrt(x**2 - 2*x/5 + 1/25) - x + 1/5 + sqrt(y**2 - 2*y/5 + 1/25) - y + 1/5"
# 0 everywhere.
Z = "sin(x)**2 + cos(x)**2 - 1"
ZH = "sin(h)**2 + cos(h)**2 - 1"


def _exact_sqrt(q: Fraction) -> Fraction:
    """The square root of a nonnegative rational that is a perfect square, exactly."""
    p, d = math.isqrt(q.numerator), math.isqrt(q.denominator)
    assert p * p == q.numerator and d * d == q.denominator
    return Fraction(p, d)


def demo_beyond_divisor_is_zero_for_x_from_three() -> bool:
    xs = (Fraction(3), Fraction(301, 100), Fraction(7, 2), Fraction(4), Fraction(10**6))
    zero = all(_exact_sqrt(x * x - 6 * x + 9) - x + 3 == 0 for x in xs)
    # ... and not 0 below 3 (where it is 2*(3 - x)), so the quotient is 1 there only.
    return zero and _exact_sqrt(Fraction(1, 4) - 3 + 9) - Fraction(1, 2) + 3 == 5


def demo_narrow_divisor_is_zero_near_zero() -> bool:
    with mpmath.workdps(50):
        hs = (mpmath.mpf("0.07"), mpmath.mpf("-0.07"), mpmath.mpf("1e-3"), mpmath.mpf("-1e-9"))
        zero = all(
            abs(mpmath.asin(mpmath.sin(20 * h)) - 20 * h) < mpmath.mpf(10) ** -45 for h in hs
        )
        # (at h = 0.1 it is pi - 4 != 0: the interval is narrow)
        outside = abs(mpmath.asin(mpmath.sin(2)) - 2 - (mpmath.pi - 4)) < mpmath.mpf(10) ** -45
        return zero and outside and mpmath.pi / 40 > mpmath.mpf("0.0785")


def demo_gap_divisor_is_zero_from_one_to_two() -> bool:
    xs = (Fraction(1), Fraction(5, 4), Fraction(3, 2), Fraction(7, 4), Fraction(2))
    return all(_exact_sqrt((x - 1) ** 2) + _exact_sqrt((x - 2) ** 2) - 1 == 0 for x in xs)


def demo_acos_divisor_is_zero_from_pi_to_two_pi() -> bool:
    with mpmath.workdps(50):
        xs = (mpmath.mpf("3.5"), mpmath.mpf(4), mpmath.mpf(5), mpmath.mpf(6))
        return all(
            abs(mpmath.acos(mpmath.cos(x)) + x - 2 * mpmath.pi) < mpmath.mpf(10) ** -45 for x in xs
        )


def demo_corner_divisor_is_zero_for_x_and_y_from_a_fifth() -> bool:
    fifth = Fraction(1, 5)
    points = ((fifth, fifth), (Fraction(1, 2), Fraction(3)), (Fraction(2), Fraction(1, 4)))

    def part(t: Fraction) -> Fraction:
        return _exact_sqrt(t * t - 2 * t / 5 + Fraction(1, 25)) - t + fifth

    return all(part(x) + part(y) == 0 for x, y in points)


def demo_binomial_divisor_is_zero_from_six() -> bool:
    return all(math.comb(5, n) == 0 for n in range(6, 40)) and math.comb(5, 3) == 10


def demo_functions_of_pythagoras_are_zero_everywhere() -> bool:
    # Z = sin^2 + cos^2 - 1 is 0 to the last of 60 digits at every point, and
    # sin(0) = erf(0) = atan(0) = 0**3 = 0 exactly.
    with mpmath.workdps(60):
        points = (mpmath.mpf("0.3172"), mpmath.mpf(-2), mpmath.mpf("7.25"), mpmath.pi / 5)
        tiny = all(
            abs(mpmath.sin(t) ** 2 + mpmath.cos(t) ** 2 - 1) < mpmath.mpf(10) ** -55 for t in points
        )
    return tiny and math.sin(0.0) == 0 and math.erf(0.0) == 0 and math.atan(0.0) == 0


DEMONSTRATIONS = (
    demo_beyond_divisor_is_zero_for_x_from_three,
    demo_narrow_divisor_is_zero_near_zero,
    demo_gap_divisor_is_zero_from_one_to_two,
    demo_acos_divisor_is_zero_from_pi_to_two_pi,
    demo_corner_divisor_is_zero_for_x_and_y_from_a_fifth,
    demo_binomial_divisor_is_zero_from_six,
    demo_functions_of_pythagoras_are_zero_everywhere,
)


@pytest.mark.parametrize("demo", DEMONSTRATIONS, ids=lambda d: d.__name__)
def test_demonstrations(demo):
    assert demo()


# -- divisors 0 on an interval that holds no sample point ----------------------------

HOLE = "the cancelled divisor is 0 on an interval no sample point lies in"


def test_divisor_zero_beyond_the_samples_is_not_divided_out():
    assert demo_beyond_divisor_is_zero_for_x_from_three()
    text = derivation_text([(None, f"({BEYOND})/({BEYOND})"), ("algebra", "1")])
    not_proved(check_text(text), 2)


def test_an_integer_power_of_a_divisor_zero_beyond_the_samples_is_not_divided_out():
    # An integer power of a non-analytic divisor is not analytic: (E**2)/(E**2) = 1 must
    # still need E**2 shown nonzero (a mutation that counted any integer power as analytic
    # sampled E**2 at points below 3 only, where it is not 0, and proved the step).
    assert demo_beyond_divisor_is_zero_for_x_from_three()
    text = derivation_text([(None, f"({BEYOND})**2/({BEYOND})**2"), ("algebra", "1")])
    not_proved(check_text(text), 2)


def test_zero_over_divisor_zero_beyond_the_samples_is_not_dropped():
    assert demo_beyond_divisor_is_zero_for_x_from_three()
    text = derivation_text([(None, f"x + 0/({BEYOND})"), ("algebra", "x")])
    not_proved(check_text(text), 2)


def test_divisor_zero_beyond_the_positive_samples_is_not_divided_out():
    assert demo_beyond_divisor_is_zero_for_x_from_three()
    text = derivation_text(
        [(None, f"({BEYOND})/({BEYOND})"), ("algebra", "1")], symbols={"x": "positive"}
    )
    not_proved(check_text(text), 2)


def test_limit_where_the_divisor_is_zero_near_the_point_has_no_value():
    assert demo_beyond_divisor_is_zero_for_x_from_three()
    text = derivation_text([(None, f"Limit(({BEYOND_H})/({BEYOND_H}), h, 4)"), ("continuity", "1")])
    not_proved(check_text(text), 2)


def test_limit_at_infinity_of_a_divisor_zero_for_large_x_has_no_value():
    assert demo_beyond_divisor_is_zero_for_x_from_three()
    text = derivation_text(
        [(None, f"Limit(({BEYOND})/({BEYOND}), x, oo)"), ("limit-constant", "1")]
    )
    not_proved(check_text(text), 2)


def test_limit_of_a_divisor_zero_on_a_narrow_interval_has_no_value():
    assert demo_narrow_divisor_is_zero_near_zero()
    text = derivation_text([(None, f"Limit(({NARROW_H})/({NARROW_H}), h, 0)"), ("continuity", "1")])
    not_proved(check_text(text), 2)


def test_one_sided_limit_of_a_divisor_zero_on_a_narrow_interval_has_no_value():
    assert demo_narrow_divisor_is_zero_near_zero()
    body = f"h*({NARROW_H})/({NARROW_H})"
    text = derivation_text([(None, f"Limit({body}, h, 0, '+')"), ("continuity", "0")])
    not_proved(check_text(text), 2)


def test_limit_product_of_a_divisor_zero_near_the_point_is_not_split():
    assert demo_narrow_divisor_is_zero_near_zero()
    left = f"Limit(x*h*({NARROW_H})/({NARROW_H}), h, 0)"
    text = derivation_text([(None, left), ("limit-product", "Limit(x, h, 0)*Limit(h, h, 0)")])
    not_proved(check_text(text), 2)


def test_derivative_of_a_body_with_a_divisor_zero_near_zero_is_not_taken():
    assert demo_narrow_divisor_is_zero_near_zero()
    left = f"Derivative(x*({NARROW_X})/({NARROW_X}), x)"
    text = derivation_text([(None, left), ("basic-derivatives", "1")])
    not_proved(check_text(text), 2)


def test_defined_function_zero_on_a_narrow_interval_is_not_divided_out():
    assert demo_narrow_divisor_is_zero_near_zero()
    text = derivation_text(
        [(None, "Limit(h*g(h)/g(h), h, 0)"), ("continuity", "0")],
        symbols={"x": "real", "h": "real", "t": "real"},
        define={"g(t)": "asin(sin(20*t)) - 20*t"},
    )
    not_proved(check_text(text), 2)


def test_divisor_zero_between_the_samples_is_not_divided_out():
    assert demo_gap_divisor_is_zero_from_one_to_two()
    text = derivation_text([(None, f"({GAP})/({GAP})"), ("algebra", "1")])
    not_proved(check_text(text), 2)


def test_acos_divisor_zero_beyond_the_samples_is_not_divided_out():
    assert demo_acos_divisor_is_zero_from_pi_to_two_pi()
    text = derivation_text([(None, f"({ACOS})/({ACOS})"), ("algebra", "1")])
    not_proved(check_text(text), 2)


def test_two_symbol_divisor_zero_off_the_diagonal_points_is_not_divided_out():
    assert demo_corner_divisor_is_zero_for_x_and_y_from_a_fifth()
    text = derivation_text(
        [(None, f"({CORNER})/({CORNER})"), ("algebra", "1")], symbols={"x": "real", "y": "real"}
    )
    not_proved(check_text(text), 2)


def test_binomial_divisor_zero_for_large_n_is_not_divided_out():
    assert demo_binomial_divisor_is_zero_from_six()
    text = derivation_text([(None, "binomial(5, n)/binomial(5, n)"), ("algebra", "1")])
    not_proved(check_text(text), 2)


# -- divisors 0 everywhere whose evaluation returns noise as digits -------------------

NOISE = "evalf gives noise digits for a function of a divisor that is 0 everywhere"


def test_sine_of_pythagoras_over_itself_is_not_one():
    assert demo_functions_of_pythagoras_are_zero_everywhere()
    text = derivation_text([(None, f"sin({Z})/sin({Z})"), ("algebra", "1")])
    not_proved(check_text(text), 2)


def test_erf_of_pythagoras_over_itself_is_not_one():
    assert demo_functions_of_pythagoras_are_zero_everywhere()
    text = derivation_text([(None, f"erf({Z})/erf({Z})"), ("algebra", "1")])
    not_proved(check_text(text), 2)


def test_zero_over_atan_of_pythagoras_is_not_dropped():
    assert demo_functions_of_pythagoras_are_zero_everywhere()
    text = derivation_text([(None, f"x + 0/atan({Z})"), ("algebra", "x")])
    not_proved(check_text(text), 2)


def test_limit_of_sine_of_pythagoras_quotient_has_no_value():
    assert demo_functions_of_pythagoras_are_zero_everywhere()
    text = derivation_text([(None, f"Limit(h*sin({ZH})/sin({ZH}), h, 0)"), ("continuity", "0")])
    not_proved(check_text(text), 2)


def test_cube_of_pythagoras_in_a_sum_is_not_divided_out():
    assert demo_functions_of_pythagoras_are_zero_everywhere()
    d = f"(({Z})**3 + x*({Z})**3)"
    text = derivation_text([(None, f"x*{d}/{d}"), ("algebra", "x")])
    not_proved(check_text(text), 2)


# C is 0 everywhere, but its terms are near e^(6000 x): evalf's noise on C is as large
# as 1 at 30 and at 60 digits alike, so tanh(C) and sin(C) come out as numbers of full
# precision (tanh(C) as +-1 at both), which no comparison of two precisions exposes.
C_HUGE = "(cosh(3000*x)**2 - sinh(3000*x)**2 - 1)"


def demo_huge_pythagoras_is_zero() -> bool:
    # cosh^2 - sinh^2 = 1 exactly; at x = 1.1 the terms are near e^6600 (2866 digits).
    with mpmath.workdps(3100):
        for x in (mpmath.mpf("1.1"), mpmath.mpf("0.3172"), mpmath.mpf("-0.5")):
            c = mpmath.cosh(3000 * x) ** 2 - mpmath.sinh(3000 * x) ** 2 - 1
            if not abs(c) < mpmath.mpf(10) ** -100:
                return False
    return math.tanh(0.0) == 0 and math.sin(0.0) == 0


@pytest.mark.parametrize(
    "divisor",
    [f"(tanh({C_HUGE})**2 + tanh({C_HUGE})**4)", f"(sin({C_HUGE})**2 + x*sin({C_HUGE})**2)"],
    ids=["tanh", "sin"],
)
def test_function_of_a_huge_zero_is_not_divided_out(divisor):
    assert demo_huge_pythagoras_is_zero()
    text = derivation_text([(None, f"x*{divisor}/{divisor}"), ("algebra", "x")])
    not_proved(check_text(text), 2)


def test_tanh_of_a_huge_zero_times_a_polynomial_is_not_divided_out():
    # x*D/D with D = tanh(C)**2*(x**2 + 1): SymPy cancels the bases tanh(C) and
    # x**2 + 1 one by one; tanh(C) is 0 at every x, but evaluates to about +-1.
    assert demo_huge_pythagoras_is_zero()
    d = f"(tanh({C_HUGE})**2*(x**2 + 1))"
    text = derivation_text([(None, f"x*{d}/{d}"), ("algebra", "x")])
    not_proved(check_text(text), 2)


# -- what must stay as it is ---------------------------------------------------------


def test_sine_of_pythagoras_plus_one_is_still_divided_out():
    # sin(Z) + 1 = 1 everywhere: a divisor that is never 0, whatever evalf's noise.
    with mpmath.workdps(60):
        assert abs(mpmath.sin(mpmath.sin(2) ** 2 + mpmath.cos(2) ** 2 - 1) + 1 - 1) < 1e-50
    text = derivation_text([(None, f"x*(sin({Z}) + 1)/(sin({Z}) + 1)"), ("algebra", "x")])
    proved(check_text(text), 2)


def test_conjugate_of_square_roots_is_still_divided_out():
    # sqrt(x + h) + sqrt(x) > 0 wherever it is real, for x > 0 (tests/corpus does this).
    assert math.sqrt(2 + -1.5) + math.sqrt(2) > 0
    q = "(sqrt(x + h) + sqrt(x))"
    text = derivation_text(
        [
            (None, f"Limit((sqrt(x + h) - sqrt(x))*{q}/(h*{q}), h, 0)"),
            ("algebra", "Limit((sqrt(x + h) - sqrt(x))/h, h, 0)"),
        ],
        symbols={"x": "positive", "h": "real"},
    )
    proved(check_text(text), 2)


def test_generic_divisor_is_still_divided_out():
    # (x - 1/3)/(x - 1/3) = 1 except at x = 1/3: an isolated zero, which the
    # cancellation may ignore.
    assert Fraction(1, 3) - Fraction(1, 3) == 0
    text = derivation_text([(None, "h*(x - 1/3)/(x - 1/3)"), ("algebra", "h")])
    proved(check_text(text), 2)


# (x - 3)*E + sqrt(x - 3)*E with E = |x - 3| - (x - 3): not real below 3 (at every
# sample point), 0 for x >= 3.
COMPLEX_BELOW = f"(x - 3)*({BEYOND}) + sqrt(x - 3)*({BEYOND})"
# 0 when y - x >= 3: sqrt((y - x - 3)^2) - (y - x - 3), expanded.
Y_ABOVE_X = "sqrt(x**2 - 2*x*y + y**2 + 6*x - 6*y + 9) + x - y + 3"


def demo_complex_below_divisor_is_zero_from_three() -> bool:
    xs = (Fraction(3), Fraction(7, 2), Fraction(4), Fraction(12))
    # x - 3 >= 0 there, so sqrt(x - 3) is real; the common factor E is exactly 0.
    return all(_exact_sqrt(x * x - 6 * x + 9) - x + 3 == 0 for x in xs)


def demo_y_above_x_divisor_is_zero() -> bool:
    points = ((Fraction(0), Fraction(3)), (Fraction(-13137, 10000), Fraction(21459, 10000)))
    return all(
        _exact_sqrt((y - x - 3) ** 2) + x - y + 3 == 0 if y - x - 3 >= 0 else False
        for x, y in points
    ) and (Fraction(21459, 10000) - Fraction(-13137, 10000) >= 3)


@pytest.mark.parametrize(
    ("divisor", "symbols", "demo"),
    [
        # 0 on (0, pi/2]: the positive sample points below 1 see it, 2.1459 does not.
        (
            "asin(sin(x)) - x",
            {"x": "positive"},
            lambda: all(abs(mpmath.asin(mpmath.sin(t)) - t) < 1e-15 for t in (0.01, 0.5, 1.5)),
        ),
        (
            "asin(sin(x)) - x",
            {"x": "nonnegative"},
            lambda: all(abs(mpmath.asin(mpmath.sin(t)) - t) < 1e-15 for t in (0, 0.25, 1.5)),
        ),
        # 0 for x <= -1/2: only the sample points -1.3137 and -0.6007 see it.
        (
            "sqrt(x**2 + x + 1/4) + x + 1/2",
            {"x": "real"},
            lambda: all(
                _exact_sqrt(x * x + x + Fraction(1, 4)) + x + Fraction(1, 2) == 0
                for x in (Fraction(-1, 2), Fraction(-1), Fraction(-7, 3))
            ),
        ),
        # integers: 0 for n >= 5; among the integer samples only 5 sees it.
        (
            "sqrt(n**2 - 10*n + 25) - n + 5",
            {"x": "real", "n": "integer"},
            lambda: all(math.isqrt(n * n - 10 * n + 25) - n + 5 == 0 for n in range(5, 30)),
        ),
        # not real at any sample point: nothing is known, so it must be shown nonzero.
        (COMPLEX_BELOW, {"x": "real"}, demo_complex_below_divisor_is_zero_from_three),
        # two symbols, 0 when y - x >= 3: of the points (k-th sample for x, (k+1)-th
        # for y) only (-1.3137, 2.1459) lies there.
        (Y_ABOVE_X, {"x": "real", "y": "real"}, demo_y_above_x_divisor_is_zero),
    ],
    ids=["positive", "nonnegative", "half-line", "integer", "never-real", "two-symbols"],
)
def test_divisor_zero_at_a_sample_point_is_not_divided_out(divisor, symbols, demo):
    # Each divisor is 0 on a whole region; the quotient has no value there.
    assert demo()
    text = derivation_text(
        [(None, f"x*({divisor})/({divisor})"), ("algebra", "x")], symbols=symbols
    )
    not_proved(check_text(text), 2)


def test_divisor_zero_only_for_positive_x_is_divided_out_for_negative_x():
    # |x - 1/5| - (x - 1/5) = 2*(1/5 - x) > 0 for every x < 0: never 0 where x lives,
    # though it is 0 at the positive sample points.
    assert all(
        _exact_sqrt(x * x - 2 * x / 5 + Fraction(1, 25)) - x + Fraction(1, 5) > 0
        for x in (Fraction(-1, 10**6), Fraction(-1, 3), Fraction(-40))
    )
    d = "(sqrt(x**2 - 2*x/5 + 1/25) - x + 1/5)"
    text = derivation_text(
        [(None, f"h*{d}/{d}"), ("algebra", "h")], symbols={"x": "negative", "h": "real"}
    )
    proved(check_text(text), 2)

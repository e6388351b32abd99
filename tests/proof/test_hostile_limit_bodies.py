"""Hostile review of the limit-body checks (Facts.defined_near, checker._may_match).

Each test was a step the kernel proved although a Limit or Derivative (or Subs) it
relies on does not exist or has no real value (or a refutation at a point where a side
has no real value); all are fixed now. Every one carries a demonstration made with
fractions, math or mpmath only (none of the verifier's code); the demonstrations also
run as plain tests (``test_demonstrations``, ``test_log_demonstration``).

Family 1: a divisor factor free of the limit (or derivative) variable is accepted
as "a nonzero polynomial in the other symbols, 0 only at isolated points"
(``defined_near(..., parameters=True)`` for Limit insides,
``_nonzero_but_isolated`` for Derivative insides). That is the where-defined
reading of a divisor outside binders, but the other symbol here is the index of
an enclosing Sum: it is an integer, and n = 0 is in the range, so the n = 0
term is a Limit/Derivative of a body that is 0/0 for every value of its
variable. The Sum of it does not exist, yet it is matched with a Sum of
ordinary terms. The same with a divisor x**n - 1, which is 0 for every x at n = 0.

Family 2: checker._nonzero_but_isolated reads a Derivative inside's divisor as
"nonzero except at isolated points" unless it holds an unknown function or
Abs/sign/Min/Max/... (binders.FLAT). asin(sin(x)) - x, acos(cos(x)) - x and
atan(tan(x)) - x hold none of them, yet each is 0 on a whole interval
((-pi/2, pi/2), (0, pi), (-pi/2, pi/2)): there the body is 0/0, its derivative
does not exist, and the kernel proves it equal to 1 + 3 x**2.

Family 3: _may_match checks a Limit inside with defined_near(..., powers=False) and a
Derivative inside for divisors only: a real power or a logarithm outside divisors is
not checked, "as cancel cannot divide it out". But algebra removes it additively:
L*(h + 1) - L*h - L = 0 for L = log(-1 - h**2) or sqrt(-1 - h**2), which have no
real value at any h (nor asin(2 + h**2): domain_conditions does not read asin's
domain at all). The body is defined nowhere, yet the Limit is proved to be 1
and the Derivative to be 2 x.

Family 4 (the refuter, at the end of the file): a counterexample where asin/acos of the
left side as written has no real value.
"""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import pytest
from helpers import check_text, derivation_text

from verifier.errors import InputError

S = {"x": "real", "h": "real", "n": "integer nonnegative"}


def not_proved(report, index: int) -> None:
    verdict = report.steps[index - 1].verdict
    assert verdict.status != "proved", verdict
    assert not report.proved


def _undefined(thunk) -> bool:
    try:
        thunk()
    except ZeroDivisionError:
        return True
    return False


# -- independent demonstrations -------------------------------------------------


def demo_limit_body_at_index_zero_is_zero_over_zero() -> bool:
    # n = 0: (n*h + n*h**2)/(n*(h + h**2))*(h + 1) divides by 0*(h + h**2) = 0 at
    # every h, on both sides of 0 and arbitrarily close to it: the body is defined
    # nowhere near h = 0, so Limit(body, h, 0) does not exist and neither does the
    # Sum over n = 0..3 that contains it. For n = 1, 2, 3 the body is h + 1 (-> 1).
    n = Fraction(0)
    hs = [Fraction(s, 10**k) for k in range(1, 8) for s in (1, -1)] + [Fraction(1, 3)]
    zero_at_0 = all(
        _undefined(lambda h=h: (n * h + n * h**2) / (n * (h + h**2)) * (h + 1)) for h in hs
    )
    others = all(
        (m * h + m * h**2) / (m * (h + h**2)) * (h + 1) == h + 1
        for m in (Fraction(1), Fraction(2), Fraction(3))
        for h in hs
    )
    return zero_at_0 and others


def demo_derivative_body_at_index_zero_is_zero_over_zero() -> bool:
    # n = 0: n*x**2*(1 + x)/(n*x + n*x**2) divides by 0 at every x: the n = 0 term
    # is the derivative of a function defined nowhere, so the Sum has no value,
    # while x*x*(1 + x)/(x + x**2) = x near every x not in {0, -1}.
    n = Fraction(0)
    xs = [Fraction(7, 5), Fraction(-3, 10), Fraction(1, 10**6), Fraction(25)]
    nowhere = all(_undefined(lambda x=x: n * x**2 * (1 + x) / (n * x + n * x**2)) for x in xs)
    right = all(x * x * (1 + x) / (x + x**2) == x for x in xs)
    return nowhere and right


def demo_power_divisor_at_index_zero_is_zero() -> bool:
    # n = 0: x**0 - 1 = 0 at every x, so (x**(n + 2) - x**2)/(x**n - 1) is 0/0 everywhere.
    n = 0
    xs = [Fraction(7, 5), Fraction(-3, 10), Fraction(1, 10**6), Fraction(25)]
    return (
        all(_undefined(lambda x=x: (x ** (n + 2) - x**2) / (x**n - 1)) for x in xs)
        and all((x ** (m + 2) - x**2) / (x**m - 1) == x**2 for m in (1, 2, 3) for x in xs)
        and all(  # d/dx x**2 at 2 is 4 (central quotients of x**2 are exact): the right side is 16
            ((2 + t) ** 2 - (2 - t) ** 2) / (2 * t) == 4
            for t in (Fraction(1, 10**k) for k in range(1, 6))
        )
    )


INVERSES = {
    # name: (inverse of f applied to f(x), an interval where it is x, a point outside)
    "asin": (lambda t: mpmath.asin(mpmath.sin(t)), ("-1.5", "-0.5", "0.5", "1.2", "1.5"), 2),
    "acos": (lambda t: mpmath.acos(mpmath.cos(t)), ("0.1", "0.5", "1.5", "2.5", "3.1"), -1),
    "atan": (lambda t: mpmath.atan(mpmath.tan(t)), ("-1.5", "-0.5", "0.5", "1.2", "1.5"), 2),
}


def demo_inverse_of_trig_minus_x_is_zero_on_an_interval() -> bool:
    # g^-1(g(x)) - x is 0 to the last of 60 digits at many points
    # of an interval (so the body (x*E - x**2)/E is 0/0 there), and clearly nonzero
    # outside it (so the left side is not undefined everywhere: the kernel uses the
    # matching where it is).
    with mpmath.workdps(60):
        for inverse, inside, outside in INVERSES.values():
            if any(
                abs(inverse(mpmath.mpf(t)) - mpmath.mpf(t)) > mpmath.mpf(10) ** -50 for t in inside
            ):
                return False
            if abs(inverse(mpmath.mpf(outside)) - outside) < mpmath.mpf("0.1"):
                return False
    # The right side at x = 1/2 is a number: 1 + 3/4.
    return 1 + 3 * Fraction(1, 2) ** 2 == Fraction(7, 4)


def demo_log_and_root_of_minus_one_minus_a_square_are_not_real() -> bool:
    # -1 - t**2 <= -1 < 0 for every real t: math.log and math.sqrt refuse it at every
    # sample, near 0 and far from it (the body has no real value anywhere).
    ts = [0.0, 1e-9, -1e-9, 1e-3, -0.5, 2.0, 1e6]
    for t in ts:
        assert Fraction(-1) - Fraction(t) ** 2 < 0
        for fn in (math.log, math.sqrt):
            try:
                fn(-1 - t * t)
            except ValueError:
                continue
            return False
        try:  # asin of 2 + t**2 >= 2: no real value either
            math.asin(2 + t * t)
        except ValueError:
            continue
        return False
    return True


DEMOS = [
    demo_log_and_root_of_minus_one_minus_a_square_are_not_real,
    demo_power_divisor_at_index_zero_is_zero,
    demo_inverse_of_trig_minus_x_is_zero_on_an_interval,
    demo_limit_body_at_index_zero_is_zero_over_zero,
    demo_derivative_body_at_index_zero_is_zero_over_zero,
]


@pytest.mark.parametrize("demo", DEMOS, ids=lambda d: d.__name__)
def test_demonstrations(demo):
    assert demo()


# -- findings -------------------------------------------------------------------------


def test_limit_inside_a_sum_is_not_matched_across_a_divisor_zero_at_an_index():
    assert demo_limit_body_at_index_zero_is_zero_over_zero()
    text = derivation_text(
        [
            (None, "Sum(Limit((n*h + n*h**2)/(n*(h + h**2))*(h + 1), h, 0), (n, 0, 3))"),
            ("algebra", "Sum(Limit(h + 1, h, 0), (n, 0, 3))"),
            ("continuity", "Sum(1, (n, 0, 3))"),
        ],
        symbols=S,
    )
    not_proved(check_text(text), 2)


def test_derivative_inside_a_sum_is_not_matched_across_a_divisor_zero_at_an_index():
    assert demo_derivative_body_at_index_zero_is_zero_over_zero()
    text = derivation_text(
        [
            (None, "Sum(Derivative(n*x**2*(1 + x)/(n*x + n*x**2), x), (n, 0, 3))"),
            ("algebra", "Sum(Derivative(x*x*(1 + x)/(x + x**2), x), (n, 0, 3))"),
        ],
        symbols=S,
    )
    not_proved(check_text(text), 2)


def test_derivative_inside_a_sum_is_not_matched_across_a_power_divisor_zero_at_an_index():
    assert demo_power_divisor_at_index_zero_is_zero()
    text = derivation_text(
        [
            (None, "Sum(Derivative((x**(n + 2) - x**2)/(x**n - 1), x), (n, 0, 3))"),
            ("algebra", "Sum(Derivative(x**2, x), (n, 0, 3))"),
        ],
        symbols=S,
    )
    not_proved(check_text(text), 2)


@pytest.mark.parametrize("inverse, trig", [("asin", "sin"), ("acos", "cos"), ("atan", "tan")])
def test_derivative_bodies_are_not_matched_across_an_inverse_trig_divisor(inverse, trig):
    assert demo_inverse_of_trig_minus_x_is_zero_on_an_interval()
    e = f"{inverse}({trig}(x)) - x"
    text = derivation_text(
        [
            (None, f"Derivative((x*{inverse}({trig}(x)) - x**2)/({e}) + x**3, x)"),
            ("algebra", "Derivative(x + x**3, x)"),
            ("auto", "1 + 3*x**2"),
        ],
        symbols={"x": "real"},
    )
    not_proved(check_text(text), 2)


def test_derivative_bodies_are_not_matched_across_a_root_of_a_square_divisor():
    # sqrt(x^2 + 2x + 1) - 1 - x = |x + 1| - (x + 1) is 0 for every x > -1 (exactly, with
    # rational square roots): the body is 0/0 there, while the right side is 1 + 3x^2.
    for x in (Fraction(-1, 2), Fraction(0), Fraction(3, 7), Fraction(5)):
        root = Fraction(math.isqrt((x + 1).numerator ** 2), (x + 1).denominator)
        assert root * root == (x + 1) ** 2 and root - 1 - x == 0
    a = "(sqrt(x**2 + 2*x + 1) - 1)"
    text = derivation_text(
        [
            (None, f"Derivative((x*{a} - x**2)/({a} - x) + x**3, x)"),
            ("algebra", "Derivative(x + x**3, x)"),
            ("auto", "1 + 3*x**2"),
        ],
        symbols={"x": "real"},
    )
    not_proved(check_text(text), 2)


def test_a_closed_sum_of_derivatives_at_a_point_is_not_matched_across_an_index_zero():
    assert demo_power_divisor_at_index_zero_is_zero()
    text = derivation_text(
        [
            (None, "Sum(Subs(Derivative((x**(n + 2) - x**2)/(x**n - 1), x), x, 2), (n, 0, 3))"),
            ("algebra", "Sum(Subs(Derivative(x**2, x), x, 2), (n, 0, 3))"),
        ],
        symbols=S,
    )
    not_proved(check_text(text), 2)


def demo_abs_forms_are_not_real() -> bool:
    # h - |h| - 1 <= -1 and 2 + |h| - h >= 2 for every real h (h - |h| is 0 or 2h < 0):
    # no log, root or inverse sine of them. SymPy cannot sign these, so the reader reads
    # them and the checks below still meet them (the -1 - h^2 forms it refuses at read).
    for h in (Fraction(-7, 2), Fraction(-1, 1000), Fraction(0), Fraction(1, 3), Fraction(5)):
        low, high = h - abs(h) - 1, 2 + abs(h) - h
        if not (low <= -1 and high >= 2):
            return False
        for function, value in ((math.log, low), (math.sqrt, low), (math.asin, high)):
            with pytest.raises(ValueError):
                function(value)
    return True


def test_abs_forms_demonstration():
    assert demo_abs_forms_are_not_real()


def _refused_as_not_real(text: str) -> None:
    with pytest.raises(InputError, match="has no real value"):
        check_text(text)


@pytest.mark.parametrize(
    "inner",
    [
        "log(-1 - h**2)",
        "sqrt(-1 - h**2)",
        "asin(2 + h**2)",
        "log(h - Abs(h) - 1)",
        "sqrt(h - Abs(h) - 1)",
        "asin(2 + Abs(h) - h)",
    ],
)
def test_limit_body_with_no_real_value_is_not_matched_by_additive_cancellation(inner):
    assert demo_log_and_root_of_minus_one_minus_a_square_are_not_real()
    assert demo_abs_forms_are_not_real()
    text = derivation_text(
        [
            (None, f"Limit({inner}*(h + 1) - {inner}*h - {inner} + h + 1, h, 0)"),
            ("algebra", "Limit(h + 1, h, 0)"),
            ("continuity", "1"),
        ],
        symbols={"h": "real"},
    )
    if "Abs" not in inner:  # SymPy signs -1 - h**2: the reader refuses it outright
        _refused_as_not_real(text)
        return
    not_proved(check_text(text), 2)


@pytest.mark.parametrize("e", ["log(-1 - x**2)", "log(x - Abs(x) - 1)"])
def test_derivative_body_with_no_real_value_is_not_matched_by_additive_cancellation(e):
    assert demo_log_and_root_of_minus_one_minus_a_square_are_not_real()
    assert demo_abs_forms_are_not_real()
    text = derivation_text(
        [
            (None, f"Derivative({e}*(x + 1) - {e}*x - {e} + x**2, x)"),
            ("algebra", "Derivative(x**2, x)"),
            ("power-rule", "2*x"),
        ],
        symbols={"x": "real"},
    )
    if "Abs" not in e:  # SymPy signs -1 - x**2: the reader refuses it outright
        _refused_as_not_real(text)
        return
    not_proved(check_text(text), 2)


def demo_log_of_minus_t_is_not_real_for_positive_t() -> bool:
    # log(-t) for t > 0 (every t of a right neighbourhood of 0, and t = 1) has no real value.
    for t in (1.0, 1e-3, 1e-9, 0.5):
        try:
            math.log(-t)
        except ValueError:
            continue
        return False
    return True


def test_log_demonstration():
    assert demo_log_of_minus_t_is_not_real_for_positive_t()


def test_right_limit_body_undefined_on_the_right_is_not_matched_by_additive_cancellation():
    assert demo_log_of_minus_t_is_not_real_for_positive_t()
    text = derivation_text(
        [
            (None, "Limit(log(-h)*(h + 1) - log(-h)*h - log(-h) + h + 1, h, 0, '+')"),
            ("algebra", "Limit(h + 1, h, 0, '+')"),
            ("continuity", "1"),
        ],
        symbols={"h": "real"},
    )
    not_proved(check_text(text), 2)


def test_subs_body_with_no_real_value_at_the_point_is_not_matched():
    assert demo_log_of_minus_t_is_not_real_for_positive_t()
    e = "log(-u)"
    text = derivation_text(
        [
            (None, f"Subs({e}*(u + 1) - {e}*u - {e} + u**2 + Derivative(f(u), u), u, 1)"),
            ("algebra", "Subs(u**2 + Derivative(f(u), u), u, 1)"),
        ],
        symbols={"x": "real", "u": "real"},
        functions={"f": "differentiable"},
    )
    # Not proved since the matching was fixed; since the reader keeps the domain of a Subs
    # body (log(-u) at u = 1, erased by the cancellation), refused as it is read.
    with pytest.raises(InputError, match=r"Subs at u = 1: log\(-1\) has no real value"):
        check_text(text)


# -- the refuter: a counterexample where the left side as written has no real value -----
#
# refute.py requires both sides as written to be real at a counterexample (log and sqrt
# of a negative are caught: log(-1 - x**2)*0 + x = x + 1 is left unknown), but asin and
# acos outside [-1, 1] are not: asin(2 + x**2)*0 + x, which has no real value at any x,
# is "refuted at x = 1.1", where asin(3.21) is not a real number.


def demo_asin_and_acos_of_two_plus_a_square_are_not_real() -> bool:
    for x in (1.1, 0.0, -0.37, 2.5, 1e-6):
        for fn in (math.asin, math.acos):
            try:
                fn(2 + x * x)
            except ValueError:
                continue
            return False
    return True


def test_asin_demonstration():
    assert demo_asin_and_acos_of_two_plus_a_square_are_not_real()


@pytest.mark.parametrize(
    "left",
    [
        "asin(2 + x**2)*0 + x",
        "acos(2 + x**2)*0 + x",
        "asin(2 + x**2)*(x + 1) - asin(2 + x**2)*x - asin(2 + x**2) + x",
        "asin(2 + Abs(x) - x)*0 + x",
        "acos(2 + Abs(x) - x)*0 + x",
        "asin(2 + Abs(x) - x)*(x + 1) - asin(2 + Abs(x) - x)*x - asin(2 + Abs(x) - x) + x",
    ],
)
def test_no_counterexample_where_an_inverse_sine_has_no_real_value(left):
    assert demo_asin_and_acos_of_two_plus_a_square_are_not_real()
    assert demo_abs_forms_are_not_real()
    text = derivation_text([(None, left), ("algebra", "x + 1")], symbols={"x": "real"})
    if "Abs" not in left:  # SymPy knows 2 + x**2 > 1: the reader refuses it outright
        _refused_as_not_real(text)
        return
    verdict = check_text(text).steps[1].verdict
    assert verdict.status != "refuted", verdict

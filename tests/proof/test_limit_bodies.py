"""Divisors of a Limit/Derivative/Subs body are read as written, before cancel.

A limit sees its body only near the point: the body must be defined there, so
every divisor as written must be shown nonzero near the point (not at it)
before ``together``/``cancel`` may divide a common factor out
(``Facts.defined_near``; ``Facts.limit_exists``; the standard limits; two
opaque terms matched by algebra in ``checker._Opaque``). These are the
companions of tests/proof/test_hostile_divisors.py: the sound cases that must
stay proved, and a few more bodies that are 0/0 near the point.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy
from helpers import check_text, derivation_text

from verifier.proof.conditions import Facts

F = {"f": "differentiable"}
SYMBOLS = {"x": "real", "h": "real", "u": "real", "n": "positive integer"}


def verdict(steps, functions=None):
    report = check_text(derivation_text(steps, functions=functions, symbols=SYMBOLS))
    return report.steps[1].verdict


# -- sound cancellations stay proved ---------------------------------------------------


@pytest.mark.parametrize(
    "left, right",
    [
        # a polynomial divisor that is not the zero polynomial has isolated zeros
        ("Limit((h**2 - 1)/(h - 1), h, 1)", "Limit(h + 1, h, 1)"),
        # x is 0 only where the body is undefined for every h (as outside binders)
        ("Limit((1/(x + h) - 1/x)/h, h, 0)", "Limit(-1/(x*(x + h)), h, 0)"),
        ("Derivative((x**2 - 1)/(x - 1), x)", "Derivative(x + 1, x)"),
        ("Subs((u**2 - 1)/(u - 1), u, x)", "Subs(u + 1, u, x)"),
    ],
)
def test_bodies_equal_after_cancelling_an_isolated_zero_are_matched(left, right):
    v = verdict([(None, left), ("algebra", right)])
    assert v.status == "proved", v


@pytest.mark.parametrize(
    "left, by, right",
    [
        ("Limit(sin(h)/h, h, 0)", "limit-sin-over-x", "1"),
        ("Limit(2*sin(h)*(h + 1)/(h*(h + 1)), h, 0)", "limit-sin-over-x", "2"),
        ("Limit((cos(h) - 1)/h, h, 0)", "limit-cos", "0"),
        ("Limit((1 + h)**(1/h), h, 0)", "limit-e", "E"),
        ("Limit((1 + 1/n)**n, n, oo)", "limit-e", "E"),
    ],
)
def test_standard_limits_still_match(left, by, right):
    v = verdict([(None, left), (by, right)])
    assert v.status == "proved", v


def test_a_difference_quotient_with_a_nonzero_leading_coefficient_still_exists():
    # (f(x+h)^2 - f(x)^2)/h: the divisor is h itself.
    left = "Limit((f(x + h)**2 - f(x)**2)/h, h, 0) + Limit(h, h, 0)"
    right = "Limit((f(x + h)**2 - f(x)**2)/h + h, h, 0)"
    v = verdict([(None, left), ("limit-sum", right)], F)
    assert v.status == "proved", v


def test_defined_near_reads_the_polynomial_divisors():
    h, x = sympy.symbols("h x", real=True)
    facts = Facts()
    assert facts.defined_near(1 / (h * (h - 1)), h, sympy.Integer(0)) is None
    assert facts.defined_near(1 / (h * (h - 1)), h, sympy.Integer(1)) is None
    assert facts.defined_near(1 / (x + h), h, sympy.Integer(0)) is None  # h's coefficient 1
    assert facts.defined_near(1 / (sympy.Abs(h) - h), h, sympy.Integer(0)) is not None
    assert facts.defined_near(sympy.sqrt(h - 1), h, sympy.Integer(0)) is not None
    assert facts.defined_near(sympy.log(h + 2), h, sympy.Integer(0)) is None


# -- bodies that are 0/0 near the point --------------------------------------------------


def demo_constant_f_makes_the_divisor_zero() -> bool:
    # f(t) = 5: f(x + h) - f(x) = 0 for every h.
    f = lambda t: Fraction(5)  # noqa: E731
    return all(f(Fraction(1, 3) + k) - f(Fraction(1, 3)) == 0 for k in (Fraction(1, 99), -1))


def demo_f_minus_identity_makes_the_divisor_zero() -> bool:
    # f(t) = -t: h + f(x + h) - f(x) = 0 for every h.
    f = lambda t: -t  # noqa: E731
    x = Fraction(2, 7)
    return all(k + f(x + k) - f(x) == 0 for k in (Fraction(1, 99), Fraction(-1, 3)))


def test_demonstrations():
    assert demo_constant_f_makes_the_divisor_zero()
    assert demo_f_minus_identity_makes_the_divisor_zero()


def test_limit_sum_does_not_merge_a_body_divided_by_a_flat_difference():
    assert demo_constant_f_makes_the_divisor_zero()
    left = "Limit(h/(f(x + h) - f(x)), h, 0) + Limit(h, h, 0)"
    right = "Limit(h/(f(x + h) - f(x)) + h, h, 0)"
    v = verdict([(None, left), ("limit-sum", right)], F)
    assert v.status != "proved", v
    assert "would need it nonzero" in v.reason


def test_limit_sum_does_not_merge_when_the_leading_coefficient_is_f_prime_plus_one():
    assert demo_f_minus_identity_makes_the_divisor_zero()
    body = "(f(x + h) - f(x))/(h*(h + f(x + h) - f(x)))"
    v = verdict(
        [
            (None, f"Limit({body}, h, 0) + Limit(h, h, 0)"),
            ("limit-sum", f"Limit({body} + h, h, 0)"),
        ],
        F,
    )
    assert v.status != "proved", v


def test_limit_cos_does_not_match_a_body_undefined_for_positive_h():
    body = "(cos(h) - 1)*(h*Abs(h) - h**2)/(h**2*(Abs(h) - h))"
    v = verdict([(None, f"Limit({body}, h, 0)"), ("limit-cos", "0")])
    assert v.status != "proved", v


def test_subs_bodies_are_not_matched_at_the_zero_of_a_cancelled_divisor():
    # (u^2 - 1)/(u - 1) at u = 1 is 0/0; a Derivative keeps SymPy from evaluating the Subs.
    v = verdict(
        [
            (None, "Subs((u**2 - 1)/(u - 1) + Derivative(f(u), u), u, 1)"),
            ("algebra", "Subs(u + 1 + Derivative(f(u), u), u, 1)"),
        ],
        F,
    )
    assert v.status != "proved", v


def test_a_right_limit_is_not_matched_across_an_abs_factor_either():
    v = verdict(
        [
            (None, "Limit((h**2 - h*Abs(h))/(Abs(h) - h), h, 0, '+')"),
            ("algebra", "Limit(-h, h, 0, '+')"),
        ]
    )
    assert v.status != "proved", v
    assert "kept apart" in v.reason


def test_limit_bodies_are_not_matched_across_a_constant_that_is_zero():
    # Z = sin(x)^2 + cos(x)^2 - 1 is 0 for every x: the body is 0/0 for every h. A divisor
    # free of the limit variable is accepted only as a nonzero polynomial (x, x**2 - y).
    z = "(sin(x)**2 + cos(x)**2 - 1)"
    v = verdict(
        [(None, f"Limit(h*({z}*h + {z})/({z}*(h + 1)), h, 0)"), ("algebra", "Limit(h, h, 0)")]
    )
    assert v.status != "proved", v


def demo_one_over_k_has_no_limit_at_zero() -> bool:
    # 1/k is +10**6 at k = 10**-6 and -10**6 at k = -10**-6: no limit at 0.
    return Fraction(1) / Fraction(1, 10**6) == 10**6 and Fraction(1) / Fraction(-1, 10**6) < 0


def test_limit_bodies_equal_only_after_matching_inner_limits_keep_their_divisors():
    # h*L1/L2 with L1 = lim 1/k and L2 = lim (k^2 - 1)/(k(k - 1)(k + 1)) matched by algebra:
    # once both are one symbol, SymPy reads the body as h. But L2 does not exist, so the
    # left side is undefined; it must not be identified with Limit(h, h, 0).
    assert demo_one_over_k_has_no_limit_at_zero()
    inner = "Limit((k**2 - 1)/(k*(k - 1)*(k + 1)), k, 0)"
    v = (
        check_text(
            derivation_text(
                [(None, f"Limit(h*Limit(1/k, k, 0)/{inner}, h, 0)"), ("algebra", "Limit(h, h, 0)")],
                symbols={"x": "real", "h": "real", "k": "real"},
            )
        )
        .steps[1]
        .verdict
    )
    assert v.status != "proved", v


def demo_no_real_root_near_zero() -> bool:
    import math

    for h in (-0.5, -1e-6, 1e-6, 0.5):
        try:
            math.sqrt(h - 1)
        except ValueError:
            continue
        return False
    return True


def test_limit_bodies_are_not_matched_across_a_root_with_no_real_value():
    # sqrt(h - 1) has no real value near h = 0; cancel divides it out all the same.
    assert demo_no_real_root_near_zero()
    body = "(h*sqrt(h - 1) + sqrt(h - 1))/(sqrt(h - 1)*(h + 1))"
    v = verdict([(None, f"Limit({body}, h, 0)"), ("algebra", "Limit(1, h, 0)")])
    assert v.status != "proved", v

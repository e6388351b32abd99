"""Hostile review 45 of c1d367c: the algebra divisor check by values, both directions,
exponents (``binders._kept``) and integer divisors.

Every attack below tries to make the kernel prove a step that cancels a divisor which is
0 on a whole interval (or, for an integer variable, at a point of its range). None got
through, so each is a passing test asserting the step is not proved; each divisor's
zero is shown by ``test_divisor_is_zero`` with fractions / math only (no verifier code).
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from helpers import check_text, derivation_text

N = "(x**2 - x*Abs(x))"  # x*(x - |x|) = -x*(|x| - x)
D = "(Abs(x) - x)"  # 0 for every x >= 0
INTS = {"x": "real", "y": "positive", "n": "integer", "k": "integer"}
H = {"x": "real", "h": "real"}

_LEMMA_NONZERO = derivation_text(
    [(None, "a*b/b"), ("algebra", "a")], symbols={"a": "real", "b": "real nonzero"}, ident="lb"
)
_LEMMA_POSITIVE = derivation_text(
    [(None, "a*b**y/b**y"), ("algebra", "a")],
    symbols={"a": "real", "b": "positive", "y": "real"},
    ident="lc",
)
_L = "Limit(Abs(x) - x + h, h, 0)"  # = |x| - x, hidden in an opaque term

ATTACKS = {
    # an integer bound variable inside a binder: 0/0 at k = 6
    "Sum body, integer divisor": dict(
        steps=[(None, "Sum((k**2 - 6*k)/(k - 6), (k, 0, 10))"), ("algebra", "55")], symbols=INTS
    ),
    "Sum body, bound named like the free n": dict(
        steps=[(None, "Sum((n**2 - 6*n)/(n - 6), (n, 0, 10))"), ("algebra", "55")], symbols=INTS
    ),
    "Subs of an integer body": dict(
        steps=[(None, "Subs((k**2 - 6*k)/(k - 6), k, n)"), ("algebra", "n")], symbols=INTS
    ),
    "Limit of an integer body": dict(
        steps=[(None, "Limit((n**2 - 6*n)/(n - 6) + h, h, 0)"), ("algebra", "n")],
        symbols={"h": "real", "n": "integer"},
    ),
    "Derivative body, bound h cancels |h| - h": dict(
        steps=[(None, "Subs(Derivative(h*(Abs(h) - h)/(Abs(h) - h), h), h, x)"), ("algebra", "1")],
        symbols=H,
    ),
    # a product of a safe and an unsafe factor
    "x times |x| - x": dict(steps=[(None, f"(x*{N})/(x*{D})"), ("algebra", "-x")], symbols=INTS),
    "x times n - 6": dict(
        steps=[(None, "(x*(n**2 - 6*n))/(x*(n - 6))"), ("algebra", "n")], symbols=INTS
    ),
    "exp(x) times n - 6": dict(
        steps=[(None, "(exp(x)*(n**2 - 6*n))/(exp(x)*(n - 6))"), ("algebra", "n")], symbols=INTS
    ),
    "product under a symbolic exponent": dict(
        steps=[(None, f"x*{D}*(x*{D})**(-y)"), ("algebra", f"(x*{D})**(1 - y)")], symbols=INTS
    ),
    # _kept with a Pow base that is itself a Pow
    "(E**y)**(-1/y)": dict(
        steps=[(None, f"{N}*({D}**y)**(-1/y)"), ("algebra", "-x")], symbols=INTS
    ),
    # opaque terms: Limit(...)/Limit(...)
    "Limit over Limit": dict(
        steps=[(None, f"(x*{_L} + {_L})/{_L}"), ("algebra", "x + 1")], symbols=H
    ),
    # declarations that do not imply the divisor nonzero
    "f positive, |f| - f": dict(
        steps=[(None, "(x*Abs(f(x)) - x*f(x))/(Abs(f(x)) - f(x))"), ("algebra", "x")],
        functions={"f": "differentiable positive"},
    ),
    "f nonzero, f - |f|": dict(
        steps=[(None, "(x*f(x) - x*Abs(f(x)))/(f(x) - Abs(f(x)))"), ("algebra", "x")],
        functions={"f": "differentiable nonzero"},
    ),
    "x nonzero, sign(x) + 1": dict(
        steps=[(None, "(x*sign(x) + x)/(sign(x) + 1)"), ("algebra", "x")],
        symbols={"x": "real nonzero"},
    ),
    # a file lemma whose cancelled divisor is declared nonzero / positive, instantiated
    "lemma b nonzero := |x| - x": dict(
        steps=[(None, f"x*{D}/{D}"), ("lb", "x")], uses=["lb"], extra=[_LEMMA_NONZERO]
    ),
    "lemma b positive := |x| - x": dict(
        steps=[(None, f"x*{D}**2/{D}**2"), ("lc", "x")], uses=["lc"], extra=[_LEMMA_POSITIVE]
    ),
    # a divisor 0 on an interval by its values
    "sqrt(x**2)**2 + ... : |x| + x": dict(
        steps=[(None, "x*(sqrt(x**2) + x)/(sqrt(x**2) + x)"), ("algebra", "x")]
    ),
    "atan(x) + atan(1/x) - pi/2": dict(
        steps=[
            (None, "x*(atan(x) + atan(1/x) - pi/2)/(atan(x) + atan(1/x) - pi/2)"),
            ("algebra", "x"),
        ]
    ),
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_is_not_proved(name):
    """The false step is not proved, and the derivation is not proved."""
    spec = dict(ATTACKS[name])
    steps, extra = spec.pop("steps"), spec.pop("extra", ())
    report = check_text(derivation_text(steps, **spec), extra=extra)
    verdict = report.steps[1].verdict
    assert verdict.status != "proved", verdict
    assert not report.proved


def _abs_minus(v: Fraction) -> Fraction:
    return abs(v) - v


@pytest.mark.parametrize("v", [Fraction(0), Fraction(1, 3), Fraction(5), Fraction(10**6)])
def test_divisor_is_zero(v):
    """Each attack's divisor really is 0 at (or on an interval of) the points it claims."""
    assert _abs_minus(v) == 0  # |x| - x, and Limit(|x| - x + h, h, 0), for x >= 0
    assert abs(-v) + -v == 0  # |x| + x for x <= 0
    with pytest.raises(ZeroDivisionError):  # (n**2 - 6n)/(n - 6) at the integer n = 6
        Fraction(6**2 - 6 * 6, 6 - 6)
    if v > 0:  # atan(x) + atan(1/x) = pi/2 for every x > 0
        assert math.isclose(math.atan(v) + math.atan(1 / v), math.pi / 2, abs_tol=1e-12)
    # a positive f: |f| - f = 0; f - |f| = 0 wherever f > 0; sign(x) + 1 = 0 for x < 0
    assert abs(v + 1) - (v + 1) == 0
    assert (-1 if -(v + 1) < 0 else 1) + 1 == 0


def test_exp_tower_divisor_gets_a_verdict():
    """A true cancellation of exp(exp(exp(exp(x)))) - 2 (isolated zeros): sampling the
    tower (``vanishes_at_samples``) neither crashes nor refuses it."""
    e4 = "exp(exp(exp(exp(x))))"
    text = derivation_text([(None, f"(x*({e4} - 2) + {e4} - 2)/({e4} - 2)"), ("algebra", "x + 1")])
    report = check_text(text)
    assert report.steps[1].verdict.status == "proved", report.steps[1].verdict.reason


def test_a_step_may_not_introduce_an_integer_divisor():
    """n = (n**2 - 6n)/(n - 6) is false at n = 6 (0/0), in the direction that adds it."""
    steps = [(None, "n"), ("algebra", "(n**2 - 6*n)/(n - 6)")]
    report = check_text(derivation_text(steps, symbols=INTS))
    assert report.steps[1].verdict.status != "proved", report.steps[1].verdict
    assert not report.proved


def test_a_claim_may_not_cancel_an_integer_divisor_its_last_step_keeps():
    """The claim (n**2 - 6n)/(n - 6) = n, over a true step that keeps the divisor."""
    text = derivation_text(
        [(None, "(n**2 - 6*n)/(n - 6)"), ("algebra", "(n**2 - 6*n)/(n - 6) + 0*n")],
        symbols=INTS,
        claim="(n**2 - 6*n)/(n - 6) = n",
    )
    report = check_text(text)
    assert report.claim.status != "proved", report.claim
    assert not report.proved

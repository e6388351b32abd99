"""verifier.proof.intervals: each enclosure holds the value mpmath computes at 50 digits
(no code of the verifier), and is narrow; what it cannot enclose is a ValueError."""

from __future__ import annotations

import mpmath
import pytest
import sympy

from verifier.proof import intervals

x = sympy.Symbol("x")
POINT = "0.7283"

CASES = [
    (sympy.E * x, lambda v: mpmath.e * v),
    (sympy.pi + x, lambda v: mpmath.pi + v),
    (sympy.exp(x) - 2, lambda v: mpmath.exp(v) - 2),
    (sympy.log(x + 3), lambda v: mpmath.log(v + 3)),
    (
        sympy.sin(x) * sympy.cos(x) + sympy.tan(x),
        lambda v: mpmath.sin(v) * mpmath.cos(v) + mpmath.tan(v),
    ),
    (sympy.sinh(x), mpmath.sinh),
    (sympy.cosh(x), mpmath.cosh),
    (sympy.tanh(x), mpmath.tanh),
    (sympy.erf(x), mpmath.erf),
    (sympy.Abs(x - 1), lambda v: abs(v - 1)),
    ((x + 1) ** -3, lambda v: (v + 1) ** -3),
    (sympy.Integer(2) ** x, lambda v: mpmath.mpf(2) ** v),
    (sympy.Rational(1, 3) * x, lambda v: v / 3),
]


@pytest.mark.parametrize(("expr", "exact"), CASES, ids=[str(c[0]) for c in CASES])
def test_the_enclosure_holds_the_value_and_is_narrow(expr, exact):
    iv = intervals.context(30)
    point = intervals.enclosure(sympy.Rational(POINT), {}, iv)
    value = intervals.enclosure(expr, {x: point}, iv)
    with mpmath.workdps(50):
        truth = exact(mpmath.mpf(POINT))
        assert value.a <= truth <= value.b
        assert value.b - value.a < mpmath.mpf(10) ** -25


def test_an_identity_that_is_zero_everywhere_gets_an_interval_holding_zero():
    iv = intervals.context(30)
    value = intervals.enclosure(sympy.sin(x) ** 2 + sympy.cos(x) ** 2 - 1, {x: iv.mpf(1)}, iv)
    assert value.a <= 0 <= value.b


@pytest.mark.parametrize(
    "expr",
    [sympy.Function("f")(x), sympy.asin(x), (x - 1) ** sympy.Rational(1, 2), sympy.Symbol("y")],
    ids=["unknown function", "asin", "root of a base not positive", "symbol not in the box"],
)
def test_what_cannot_be_enclosed_is_a_value_error(expr):
    iv = intervals.context(30)
    with pytest.raises(ValueError):
        intervals.enclosure(expr, {x: intervals.enclosure(sympy.Rational(1, 2), {}, iv)}, iv)

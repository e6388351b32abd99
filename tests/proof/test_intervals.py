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
    (sympy.atan(3 * x - 5), lambda v: mpmath.atan(3 * v - 5)),
    (sympy.asin(x - 1), lambda v: mpmath.asin(v - 1)),
    (sympy.acos(x / 2), lambda v: mpmath.acos(v / 2)),
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
    [
        sympy.Function("f")(x),
        sympy.asin(x + 1),
        sympy.acos(x - 2),
        (x - 1) ** sympy.Rational(1, 2),
        sympy.Symbol("y"),
    ],
    ids=[
        "unknown function",
        "asin past 1",
        "acos below -1",
        "root of a base not positive",
        "symbol not in the box",
    ],
)
def test_what_cannot_be_enclosed_is_a_value_error(expr):
    iv = intervals.context(30)
    with pytest.raises(ValueError):
        intervals.enclosure(expr, {x: intervals.enclosure(sympy.Rational(1, 2), {}, iv)}, iv)


# Numbers SymPy signs by evalf(2), each with its sign from mpmath at 60 digits.
TINY = [
    # log(1 + 1e-10) - 1e-10 + 1e-20 = 5e-21 - ..., which evalf(2) calls negative
    sympy.log(1 + sympy.Rational(1, 10**10))
    - sympy.Rational(1, 10**10)
    + sympy.Rational(1, 10**20),
    sympy.Rational(1, 10**10)
    - sympy.log(1 + sympy.Rational(1, 10**10))
    - sympy.Rational(1, 10**20),
    sympy.exp(sympy.Rational(1, 10**12)) - 1 - sympy.Rational(1, 10**12),
    sympy.sin(sympy.Rational(1, 10**8)) - sympy.Rational(1, 10**8),
    sympy.pi - sympy.Rational(314159265358979323846, 10**20),
]


def _mpmath_sign(number: sympy.Basic) -> int:
    with mpmath.workdps(60):
        value = mpmath.mpmathify(sympy.lambdify((), number, "mpmath")())
        assert abs(value) > mpmath.mpf(10) ** -40  # the sign is settled at 60 digits
        return 1 if value > 0 else -1


@pytest.mark.parametrize("number", TINY, ids=[str(n) for n in TINY])
def test_a_number_near_zero_gets_its_true_sign(number):
    assert intervals.certified_sign(number) == _mpmath_sign(number)


def test_evalf_2_gets_the_first_tiny_sign_wrong():
    # Why certified_sign exists: the 2 digits SymPy signs TINY[0] by have the wrong sign.
    assert TINY[0].evalf(2) < 0 and _mpmath_sign(TINY[0]) == 1


@pytest.mark.parametrize(
    "number",
    [
        sympy.sin(1) ** 2 + sympy.cos(1) ** 2 - 1,  # 0, which no enclosure settles
        sympy.gamma(sympy.Rational(1, 3)) - 2,  # no interval evaluation of gamma
        sympy.Symbol("y") + 1,  # not a number
    ],
)
def test_a_sign_no_enclosure_settles_is_none(number):
    assert intervals.certified_sign(number) is None


def test_zero_is_zero():
    assert intervals.certified_sign(sympy.Integer(0)) == 0


def test_a_float_is_taken_exactly():
    # A 40-digit Float standing for a value the refuter computed: rounding it to a double
    # gave certified_sign(F - pi) = -1 for F = pi + 1e-30 (mpmath at 60 digits: +1e-30).
    f = sympy.Float("3.141592653589793238462643383280502884197", 40)
    with mpmath.workdps(60):
        assert mpmath.mpf("3.141592653589793238462643383280502884197") - mpmath.pi > 0
    assert intervals.certified_sign(f - sympy.pi) == 1


def test_asin_and_acos_are_enclosed_at_the_ends_of_their_domain():
    iv = intervals.context(30)
    low = intervals.enclosure(sympy.asin(x), {x: iv.mpf(-1)}, iv)
    high = intervals.enclosure(sympy.acos(x), {x: iv.mpf(1)}, iv)
    with mpmath.workdps(50):
        assert low.a <= -mpmath.pi / 2 <= low.b
        assert high.a <= 0 <= high.b


@pytest.mark.parametrize("sign", [1, -1])
def test_an_enclosure_that_only_touches_zero_settles_no_sign(sign):
    # |sin(1)**2 + cos(1)**2 - 1| is 0 (an identity): its enclosure is [0, tiny], which
    # says "not negative", not "positive".
    zero = sign * sympy.Abs(sympy.sin(1) ** 2 + sympy.cos(1) ** 2 - 1)
    assert intervals.certified_sign(zero) is None

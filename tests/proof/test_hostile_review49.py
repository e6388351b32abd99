"""Hostile review of the certified signs of numbers (verifier.proof.signs, intervals.certified_sign).

The tests that cite a hole were attacks that worked on the first version of the change
(a false step proved, a true one refuted, a valid input refused, a non-real one read); all
are closed, and each test asserts the closed form. Every expected value comes from mpmath
at high precision (or exact integer arithmetic), never from the verifier. The others are
attacks that failed (the verifier was right), kept as regression tests.

The numbers used:

* X = log(1 + 10**-10) - 10**-10 + 10**-20 = 5.0e-21 > 0, whose evalf(2) SymPy gets wrong.
* V = tan(atan(2)*atan(3)) = 5.3...: a number SymPy cannot tell finite (is_finite None),
  so :func:`verifier.proof.signs._difference` handed the comparison back to evalf(2).
* W = tan(atan(2) + atan(3)) + 1 = 0 exactly (atan 2 + atan 3 = 3 pi/4), not syntactically.
"""

from __future__ import annotations

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text

from verifier.errors import InputError
from verifier.proof.checker import PROVED, REFUTED
from verifier.proof.intervals import certified_sign
from verifier.proof.syntax import Scope, parse_expression

X = "(log(1 + 10**(-10)) - 10**(-10) + 10**(-20))"
V = "tan(atan(2)*atan(3))"
W = "(tan(atan(2) + atan(3)) + 1)"
# Y = X + X*V/10**30 > 0 (5.0e-21): a tiny positive number with a term of unknown finiteness.
Y = f"({X} + {X}*{V}/10**30)"
# Y0 = X + X*W = X: the same, through an exact zero.
Y0 = f"({X} + {X}*{W})"

DIGITS = 80


def _x() -> mpmath.mpf:
    ten = mpmath.mpf(10)
    return mpmath.log(1 + ten**-10) - ten**-10 + ten**-20


def _v() -> mpmath.mpf:
    return mpmath.tan(mpmath.atan(2) * mpmath.atan(3))


def _w() -> mpmath.mpf:
    return mpmath.tan(mpmath.atan(2) + mpmath.atan(3)) + 1


def _y() -> mpmath.mpf:
    return _x() + _x() * _v() / mpmath.mpf(10) ** 30


def _y0() -> mpmath.mpf:
    return _x() + _x() * _w()


def _step(prev: str, cur: str, by: str = "algebra"):
    return check_text(derivation_text([(None, prev), (by, cur)])).steps[1].verdict


def test_the_numbers_are_what_the_attacks_say():
    with mpmath.workdps(DIGITS):
        assert mpmath.mpf("4.9e-21") < _x() < mpmath.mpf("5.1e-21")
        assert abs(_w()) < mpmath.mpf(10) ** -(DIGITS - 5)  # W is 0
        assert 5 < _v() < 6
        assert mpmath.mpf("4.9e-21") < _y() < mpmath.mpf("5.1e-21")
        assert mpmath.mpf("4.9e-21") < _y0() < mpmath.mpf("5.1e-21")
    # SymPy cannot tell V finite: the door the attacks below go through.
    assert sympy.tan(sympy.atan(2) * sympy.atan(3)).is_finite is None


# -- 1. false steps proved ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("prev", "cur", "truth"),
    [
        # atan(tan(t)) for t just past pi/2 is t - pi: the two sides differ by pi.
        (
            f"atan(tan(pi/2 + {Y}))",
            f"pi/2 + {Y}",
            lambda: (mpmath.atan(mpmath.tan(mpmath.pi / 2 + _y())), mpmath.pi / 2 + _y()),
        ),
        (
            f"atan(tan(pi/2 + {Y0}))",
            f"pi/2 + {Y0}",
            lambda: (mpmath.atan(mpmath.tan(mpmath.pi / 2 + _y0())), mpmath.pi / 2 + _y0()),
        ),
        # acos(cos(t)) for t just past pi is 2 pi - t, not t (> pi, outside acos's range).
        (
            f"acos(cos(pi + {Y0}))",
            f"pi + {Y0}",
            lambda: (mpmath.acos(mpmath.cos(mpmath.pi + _y0())), mpmath.pi + _y0()),
        ),
    ],
    ids=["atan-tan-V", "atan-tan-W", "acos-cos-W"],
)
def test_an_inverse_trig_function_past_its_branch_by_a_tiny_number_is_not_proved(prev, cur, truth):
    with mpmath.workdps(DIGITS):
        left, right = truth()
        assert abs(left - right) > mpmath.mpf(10) ** -21  # the step is false
    verdict = _step(prev, cur)
    assert verdict.status != PROVED, verdict.reason


# -- 2. true steps refuted with wrong numbers -----------------------------------------


def test_atan_of_tan_past_pi_half_is_not_refuted_when_true():
    with mpmath.workdps(DIGITS):
        left = mpmath.atan(mpmath.tan(mpmath.pi / 2 + _y()))
        right = _y() - mpmath.pi / 2
        assert abs(left - right) < mpmath.mpf(10) ** -(DIGITS - 10)  # the step is true
    verdict = _step(f"atan(tan(pi/2 + {Y}))", f"{Y} - pi/2")
    assert verdict.status != REFUTED, verdict.counterexample


def test_sign_of_a_long_sum_minus_e_is_not_refuted_when_true():
    # S = sum_{n<=600} 1/n! < e by the tail, < 2/601! (< 1e-1400), so S - e + 1e-30 > 0.
    tail_bound = mpmath.mpf(2) / mpmath.factorial(601)
    assert tail_bound < mpmath.mpf(10) ** -1400
    with mpmath.workdps(DIGITS):
        partial = mpmath.fsum(1 / mpmath.factorial(n) for n in range(601))
        assert partial - mpmath.e + mpmath.mpf(10) ** -30 > mpmath.mpf(10) ** -31
    verdict = _step("sign(Sum(1/factorial(n), (n, 0, 600)) - E + 10**(-30))", "1")
    assert verdict.status != REFUTED, verdict.counterexample


def test_certified_sign_of_a_precise_float_near_pi():
    digits = "3.141592653589793238462643383280502884197"
    number = sympy.Float(digits, 40) - sympy.pi
    with mpmath.workdps(DIGITS):
        truth = mpmath.mpf(digits) - mpmath.pi
        assert mpmath.mpf("9e-31") < truth < mpmath.mpf("1.1e-30")
    assert certified_sign(number) == 1


def test_sign_of_an_exact_zero_is_not_refuted_when_true():
    with mpmath.workdps(DIGITS):
        zero = mpmath.sin(1) ** 2 + mpmath.cos(1) ** 2 - 1  # 0 exactly (Pythagoras)
        assert abs(zero) < mpmath.mpf(10) ** -(DIGITS - 5)
    verdict = _step("sign(sin(1)**2 + cos(1)**2 - 1)", "0")
    assert verdict.status != REFUTED, verdict.counterexample


# -- 3./4. what the reader refuses or accepts --------------------------------------------


SCOPE = Scope(symbols={"x": sympy.Symbol("x", real=True)})


def test_asin_of_sin_of_a_multiple_of_atan_is_read():
    with mpmath.workdps(DIGITS):
        angle = 7 * mpmath.atan(2)
        assert mpmath.almosteq(mpmath.asin(mpmath.sin(angle)), angle - 2 * mpmath.pi, 1e-60)
    assert isinstance(parse_expression("asin(sin(7*atan(2)))", SCOPE), sympy.Expr)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("sqrt(atan(2) - 6/5)", lambda: mpmath.atan(2) - mpmath.mpf(6) / 5),
        ("log(atan(2) - 6/5)", lambda: mpmath.atan(2) - mpmath.mpf(6) / 5),
        ("sqrt(asin(1/3) - 1/2)", lambda: mpmath.asin(mpmath.mpf(1) / 3) - mpmath.mpf(1) / 2),
    ],
)
def test_a_root_or_log_of_a_negative_number_with_atan_is_refused(text, inside):
    with mpmath.workdps(DIGITS):
        assert inside() < -mpmath.mpf("0.01")  # clearly negative: no real value
    with pytest.raises(InputError, match="has no real value"):
        parse_expression(text, SCOPE)


def test_max_of_an_exact_radical_zero_is_read():
    # (sqrt 2 + sqrt 3)**2 = 5 + 2 sqrt 6 exactly
    with mpmath.workdps(DIGITS):
        value = (mpmath.sqrt(2) + mpmath.sqrt(3)) ** 2 - 5 - 2 * mpmath.sqrt(6)
        assert abs(value) < mpmath.mpf(10) ** -(DIGITS - 5)
    assert isinstance(
        parse_expression("Max(0, (sqrt(2) + sqrt(3))**2 - 5 - 2*sqrt(6))", SCOPE), sympy.Expr
    )


def test_sympy_comparisons_of_a_number_of_unknown_finiteness_are_right_or_none():
    from sympy.core.relational import is_ge

    y = parse_expression(Y, SCOPE)  # importing the reader installed the certified signs
    a, b = sympy.pi / 2 + y, sympy.pi / 2
    with mpmath.workdps(DIGITS):
        assert mpmath.pi / 2 + _y() > mpmath.pi / 2  # a > b
    assert is_ge(a, b) in (True, None)
    assert is_ge(b, a) in (False, None)


# -- attacks that failed: regression tests -----------------------------------------------


def _mp_sign(value: mpmath.mpf) -> int:
    return 1 if value > 0 else -1


@pytest.mark.parametrize(
    ("function", "power"),
    [("sin", 30), ("cos", 100), ("tan", 300), ("sin", 40), ("log", 20), ("erf", 0)],
)
@pytest.mark.parametrize("below", [True, False])
def test_certified_sign_of_a_function_minus_its_45_digit_rounding(function, power, below):
    # f(10**k) against a rational 10**-45 away from it, on either side; mpmath at 1200
    # digits (enough for the argument reduction of sin(10**1000)) gives the truth.
    argument = sympy.Integer(10) ** power if power else sympy.Rational(7, 10)
    number = getattr(sympy, function)(argument)
    with mpmath.workdps(1200):
        exact = getattr(mpmath, function)(mpmath.mpf(int(argument.p)) / int(argument.q))
        scaled = int(mpmath.floor(exact * mpmath.mpf(10) ** 45)) + (0 if below else 1)
        rational = sympy.Rational(scaled, 10**45)
        truth = _mp_sign(exact - mpmath.mpf(scaled) / mpmath.mpf(10) ** 45)
    assert certified_sign(number - rational) == truth


def test_a_false_max_with_a_sum_is_refuted_with_its_true_value():
    # Max(X + S, S) = X + S for S = sum 2**-n = 1: 10**30*(Max - S) = 10**30*X = 5.0e9.
    s = "Sum(1/2**n, (n, 1, oo))"
    verdict = _step(f"10**30*(Max({X} + {s}, {s}) - {s})", "0")
    assert verdict.status == REFUTED, verdict.reason
    with mpmath.workdps(DIGITS):
        truth = mpmath.mpf(10) ** 30 * _x()
        assert mpmath.almosteq(mpmath.mpf(verdict.counterexample.lhs), truth, rel_eps=1e-12)
        assert mpmath.mpf(verdict.counterexample.rhs) == 0


@pytest.mark.parametrize(
    ("prev", "cur", "truth"),
    [
        # sqrt(N)*sqrt(N) = N but sqrt(N**2) = |N| = -N for N = atan(2) - 6/5 < 0
        (
            "sqrt(atan(2) - 6/5)*sqrt(atan(2) - 6/5)",
            "sqrt((atan(2) - 6/5)**2)",
            lambda: (mpmath.atan(2) - 1.2, abs(mpmath.atan(2) - 1.2)),
        ),
        # x*|N| with N = sqrt 2 sqrt 3 - sqrt 6 + pi/10**30 = pi/10**30 > 0
        (
            "x*sqrt((sqrt(2)*sqrt(3) - sqrt(6) + 10**(-30)*pi)**2)",
            "-x*(sqrt(2)*sqrt(3) - sqrt(6) + 10**(-30)*pi)",
            lambda: (mpmath.pi * mpmath.mpf(10) ** -30, -mpmath.pi * mpmath.mpf(10) ** -30),
        ),
        # exp(t) - 1 - t > 0 at t = 10**-40 (5e-81): its sign is +1, not -1
        (
            "sign(exp(10**(-40)) - 1 - 10**(-40))",
            "-1",
            lambda: (
                mpmath.sign(mpmath.expm1(mpmath.mpf(10) ** -40) - mpmath.mpf(10) ** -40),
                -1,
            ),
        ),
    ],
    ids=["sqrt-of-negative-atan", "radical-zero-plus-tiny", "exp-tiny"],
)
def test_a_false_step_on_a_hard_number_is_not_proved(prev, cur, truth):
    with mpmath.workdps(DIGITS):
        left, right = truth()
        assert left != right  # the step is false (x = 1 for the second)
    try:
        verdict = _step(prev, cur)
    except InputError as error:  # refusing a number with no real value is not proving it
        assert "has no real value" in str(error)
        return
    assert verdict.status != PROVED, verdict.reason
    if verdict.status == REFUTED:
        shown = verdict.counterexample
        assert mpmath.mpf(shown.lhs) != mpmath.mpf(shown.rhs)


def test_a_sign_of_a_radical_zero_is_proved():
    # (sqrt 2 + sqrt 3)**2 - 5 - 2 sqrt 6 is exactly 0: sign 0.
    with mpmath.workdps(DIGITS):
        value = (mpmath.sqrt(2) + mpmath.sqrt(3)) ** 2 - 5 - 2 * mpmath.sqrt(6)
        assert abs(value) < mpmath.mpf(10) ** -(DIGITS - 5)
    verdict = _step("sign((sqrt(2) + sqrt(3))**2 - 5 - 2*sqrt(6))", "0")
    assert verdict.status == PROVED, verdict.reason


def test_a_quotient_of_an_exact_zero_by_itself_is_not_proved_one():
    # W = tan(atan 2 + atan 3) + 1 is exactly 0, so W/W is 0/0: SymPy reads it as 1.
    with mpmath.workdps(DIGITS):
        assert abs(_w()) < mpmath.mpf(10) ** -(DIGITS - 5)
    verdict = _step(f"x*{W}/{W}", "x")
    assert verdict.status != PROVED, verdict.reason
    assert verdict.status != REFUTED  # no number shows x*0/0 and x to differ

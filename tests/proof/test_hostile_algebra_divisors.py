"""Hostile review of 59bb765: algebra may not cancel a divisor that can be 0 on an interval.

``checker.algebra_equal`` now refuses a step when the left side has a divisor (outside
binders) built from Abs/sign/Min/Max/... or an unknown function that the right side no
longer divides by (``binders.divided_out``), unless the facts show it nonzero. These
tests try every other door to the same false step: a left side 0/0 (or undefined) on a
whole interval, proved equal to a number there.

Each attack that got through 59bb765 was a strict xfail; all pass since helper-44's fix
(``binders.divided_out`` by values and exponents, both directions in
``checker.algebra_equal``, ``_nonzero_but_isolated`` sampling, integer divisors). Every one
carries a demonstration made with fractions / mpmath / math only (none of the
verifier's code) that the divisor really is 0 on an interval; the demonstrations also
run on their own (``test_demonstrations``) so a broken one cannot hide behind an xfail.

Families that got through 59bb765:

* a divisor that is 0 on an interval by its values, not its form (no Abs, no unknown
  function): sqrt(x**2 - 2*x + 1) - x + 1 (0 for x >= 1), asin(sin(x)) - x,
  acos(cos(x)) - x, atan(tan(x)) - x, log(x**2) - 2*log(x), and
  sin(x)**2 + cos(x)**2 - 1 (0 everywhere); by algebra, by "auto", and inside a
  Derivative or Subs matched by algebra (``checker._nonzero_but_isolated`` trusts any
  divisor built from entire functions, the Pythagorean one too);
* the other direction: a step that *introduces* E/E (-x = (x**2 - x|x|)/(|x| - x)), and
  a claim whose right side is compared with the last step as (claim, last step), so
  a derivation that keeps the divisor to its last step proves "(x**2 - x|x|)/(|x| - x)
  = -x"; cited as a lemma, it then cancels the divisor in any file;
* ``_still_divides`` fooled: the right side keeps the divisor's base under an exponent
  SymPy cannot sign but that is positive or 0 (E**(x**2 - 2*x + 2), E**(-Z) and
  (E**Z)**(-y) with Z = sin(x)**2 + cos(x)**2 - 1 = 0): defined where E = 0;
* an integer variable: (n**2 - 6*n)/(n - 6) = n for every integer n >= 0, by algebra or
  as read (0/0 at n = 6, a point no sample meets).

Families that are caught (passing tests): the divisor inside exp, as a sum of fractions,
as a negative power, as 1/(1/E) (read), in a [define]d function or its body, built from
f(x)*g(x) - 1 or |f(x)| - f(x), with declarations that do not imply it nonzero, after
power-rule / continuity / product-rule / Subs outside it, over two steps, by "auto".
True cancellations (a divisor with isolated zeros, or of one sign) stay proved.
"""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import pytest
from helpers import check_text, derivation_text

F = {"f": "differentiable"}
N = "(x**2 - x*Abs(x))"  # x*(x - |x|) = -x*(|x| - x)
D = "(Abs(x) - x)"
Z = "(sin(x)**2 + cos(x)**2 - 1)"
ZU = "(sin(u)**2 + cos(u)**2 - 1)"
SQ = "(sqrt(x**2 - 2*x + 1) - x + 1)"
WITH_Y = {"x": "real", "y": "positive", "u": "real"}


def not_proved(report, index: int) -> None:
    verdict = report.steps[index - 1].verdict
    assert verdict.status != "proved", verdict
    assert not report.proved


def claim_not_proved(report) -> None:
    assert report.claim.status != "proved", report.claim
    assert not report.proved


def proved(report) -> None:
    for step in report.steps[1:]:
        assert step.verdict.status == "proved", step.verdict.reason
    assert report.proved, report.claim.reason


# -- independent demonstrations -------------------------------------------------


def _exact_sqrt(q: Fraction) -> Fraction:
    p, d = math.isqrt(q.numerator), math.isqrt(q.denominator)
    assert p * p == q.numerator and d * d == q.denominator
    return Fraction(p, d)


POSITIVE = (Fraction(1, 10**6), Fraction(1, 3), Fraction(2), Fraction(7, 2))


def demo_abs_divisor_is_zero_for_positive_x() -> bool:
    # (x^2 - x|x|)/(|x| - x): numerator and denominator exactly 0 for every x > 0.
    return all(x * x - x * abs(x) == 0 and abs(x) - x == 0 for x in POSITIVE)


def demo_sqrt_divisor_is_zero_from_one_on() -> bool:
    # sqrt(x^2 - 2x + 1) - x + 1 = |x - 1| - (x - 1): 0 exactly for every x >= 1, and
    # the numerator x*sqrt(...) - x^2 + x is 0 there too.
    xs = (Fraction(1), Fraction(3, 2), Fraction(5), Fraction(1001, 1000))
    return all(
        _exact_sqrt(x * x - 2 * x + 1) - x + 1 == 0
        and x * _exact_sqrt(x * x - 2 * x + 1) - x * x + x == 0
        for x in xs
    )


def demo_inverse_trig_divisors_are_zero_on_an_interval() -> bool:
    # asin(sin x) = x on [-pi/2, pi/2], acos(cos x) = x on [0, pi], atan(tan x) = x on
    # (-pi/2, pi/2): at 50 digits the differences are 0 to the last digit there.
    with mpmath.workdps(50):
        tiny = mpmath.mpf(10) ** -45
        points = [mpmath.mpf(s) for s in ("0.001", "0.3", "1.2", "1.5")]
        return all(
            abs(mpmath.asin(mpmath.sin(t)) - t) < tiny
            and abs(mpmath.asin(mpmath.sin(-t)) + t) < tiny
            and abs(mpmath.acos(mpmath.cos(t)) - t) < tiny
            and abs(mpmath.atan(mpmath.tan(t)) - t) < tiny
            and abs(mpmath.atan(mpmath.tan(-t)) + t) < tiny
            for t in points
        )


def demo_log_divisor_is_zero_where_defined() -> bool:
    # log(x^2) - 2 log(x): 0 for x > 0; log(x) has no real value for x <= 0.
    for x in (-0.5, -3.0):
        try:
            math.log(x)
        except ValueError:
            continue
        return False
    return all(abs(math.log(x * x) - 2 * math.log(x)) < 1e-12 for x in (0.25, 1.0, 3.0, 40.0))


def demo_pythagoras_divisor_is_zero_everywhere() -> bool:
    with mpmath.workdps(60):
        points = (mpmath.mpf("0.3"), mpmath.mpf(-2), mpmath.mpf("7.25"), mpmath.pi / 5)
        return all(
            abs(mpmath.sin(t) ** 2 + mpmath.cos(t) ** 2 - 1) < mpmath.mpf(10) ** -55 for t in points
        )


def demo_positive_exponent_keeps_the_right_side_defined() -> bool:
    # x^2 - 2x + 2 = (x - 1)^2 + 1 >= 1, so (|x| - x)^(x^2 - 2x + 2) is 0^(>= 1) = 0 for
    # x > 0: -x + 0*Z is defined there, while (x^2 - x|x|)/(|x| - x) is 0/0.
    for x in POSITIVE:
        exponent = x * x - 2 * x + 2
        assert exponent >= 1
        if abs(x) - x != 0:
            return False
        try:
            (x * x - x * abs(x)) / (abs(x) - x)
        except ZeroDivisionError:
            pass
        else:
            return False
    # and a zero exponent (Z = 0) makes 0**0 = 1, a number, not 1/0
    return Fraction(0) ** 0 == 1 and 0.0**0.0 == 1.0


DEMONSTRATIONS = (
    demo_abs_divisor_is_zero_for_positive_x,
    demo_sqrt_divisor_is_zero_from_one_on,
    demo_inverse_trig_divisors_are_zero_on_an_interval,
    demo_log_divisor_is_zero_where_defined,
    demo_pythagoras_divisor_is_zero_everywhere,
    demo_positive_exponent_keeps_the_right_side_defined,
)


@pytest.mark.parametrize("demo", DEMONSTRATIONS, ids=lambda d: d.__name__)
def test_demonstrations(demo):
    assert demo()


# -- divisors 0 on an interval by their values, not their form ---------------------

_VALUES = "a divisor 0 on an interval without Abs or an unknown function is cancelled"


def test_algebra_does_not_cancel_a_root_of_a_square():
    assert demo_sqrt_divisor_is_zero_from_one_on()
    text = derivation_text([(None, f"(x*sqrt(x**2 - 2*x + 1) - x**2 + x)/{SQ}"), ("algebra", "x")])
    not_proved(check_text(text), 2)


def test_auto_does_not_cancel_a_root_of_a_square():
    assert demo_sqrt_divisor_is_zero_from_one_on()
    text = derivation_text([(None, f"(x*sqrt(x**2 - 2*x + 1) - x**2 + x)/{SQ}"), ("auto", "x")])
    not_proved(check_text(text), 2)


@pytest.mark.parametrize(
    "term, rest, demo",
    [
        ("asin(sin(x))", "x", demo_inverse_trig_divisors_are_zero_on_an_interval),
        ("acos(cos(x))", "x", demo_inverse_trig_divisors_are_zero_on_an_interval),
        ("atan(tan(x))", "x", demo_inverse_trig_divisors_are_zero_on_an_interval),
        ("log(x**2)", "2*log(x)", demo_log_divisor_is_zero_where_defined),
    ],
    ids=["asin", "acos", "atan", "log"],
)
def test_algebra_does_not_cancel_a_divisor_zero_by_its_values(term, rest, demo):
    assert demo()
    # x*E/E for E = term - rest, the product multiplied out so SymPy does not cancel it
    # as it reads (that is caught: binders.build)
    left = f"(x*{term} - x*({rest}))/({term} - {rest})"
    not_proved(check_text(derivation_text([(None, left), ("algebra", "x")])), 2)


def test_algebra_does_not_cancel_the_pythagorean_zero():
    assert demo_pythagoras_divisor_is_zero_everywhere()
    text = derivation_text([(None, f"(x*{Z} + {Z})/{Z}"), ("algebra", "x + 1")])
    not_proved(check_text(text), 2)


def test_derivative_of_a_body_defined_nowhere_is_not_one():
    assert demo_pythagoras_divisor_is_zero_everywhere()
    text = derivation_text(
        [
            (None, f"Derivative((x*{Z} + {Z})/{Z}, x)"),
            ("algebra", "Derivative(x + 1, x)"),
            (["sum-rule", "power-rule", "constant-rule"], "1"),
        ]
    )
    not_proved(check_text(text), 2)


def test_subs_of_a_body_defined_nowhere_is_not_matched():
    assert demo_pythagoras_divisor_is_zero_everywhere()
    text = derivation_text(
        [(None, f"Subs((u*{ZU} + {ZU})/{ZU}, u, x)"), ("algebra", "Subs(u + 1, u, x)")],
        symbols=WITH_Y,
    )
    not_proved(check_text(text), 2)


# -- the other direction: a step or a claim that writes E/E for a number -------------


def test_a_step_may_not_introduce_a_divisor_zero_on_an_interval():
    assert demo_abs_divisor_is_zero_for_positive_x()
    text = derivation_text([(None, "-x"), ("algebra", f"{N}/{D}")])
    not_proved(check_text(text), 2)


def test_a_claim_may_not_cancel_what_its_last_step_keeps():
    assert demo_abs_divisor_is_zero_for_positive_x()
    assert demo_pythagoras_divisor_is_zero_everywhere()
    # Each step keeps the divisor (both sides are 0/0 for x > 0); only the claim drops it.
    text = derivation_text(
        [(None, f"{N}/{D}"), ("algebra", f"-x + {Z}/{D}")], claim=f"{N}/{D} = -x"
    )
    claim_not_proved(check_text(text))


def test_a_lemma_does_not_launder_the_cancellation():
    assert demo_abs_divisor_is_zero_for_positive_x()
    lemma = derivation_text(
        [(None, f"{N}/{D}"), ("algebra", f"{N}*{D}**(-1)")],
        claim=f"{N}/{D} = -x",
        ident="cancel-abs",
    )
    text = derivation_text([(None, f"{N}/{D} + 1"), ("cancel-abs", "1 - x")], uses=["cancel-abs"])
    not_proved(check_text(text, extra=[lemma]), 2)


# -- _still_divides fooled by a power of the same base that is defined at 0 ----------


def test_a_positive_exponent_sympy_cannot_sign_is_no_division():
    assert demo_positive_exponent_keeps_the_right_side_defined()
    assert demo_pythagoras_divisor_is_zero_everywhere()
    text = derivation_text([(None, f"{N}/{D}"), ("algebra", f"-x + {D}**(x**2 - 2*x + 2)*{Z}")])
    not_proved(check_text(text), 2)


def test_an_exponent_that_is_zero_is_no_division():
    assert demo_positive_exponent_keeps_the_right_side_defined()
    assert demo_pythagoras_divisor_is_zero_everywhere()
    text = derivation_text([(None, f"{N}/{D}"), ("algebra", f"-x + {D}**(-{Z})*{Z}")])
    not_proved(check_text(text), 2)


def test_a_negative_power_of_a_power_that_is_one_is_no_division():
    assert demo_positive_exponent_keeps_the_right_side_defined()
    assert demo_pythagoras_divisor_is_zero_everywhere()
    text = derivation_text(
        [(None, f"{N}/{D}"), ("algebra", f"-x + ({D}**{Z})**(-y)*{Z}")], symbols=WITH_Y
    )
    not_proved(check_text(text), 2)


# -- an integer variable: a cancelled divisor 0 at one point of its range -------------
#
# For a real x, n - 6 vanishes at an isolated point; for an integer n >= 0, n = 6 is a
# point of the range like any other, where the left side is 0/0 and the right 6. The
# sample points (binders.INTEGER_SAMPLES) hold 2 but not 6, so n - 2 is caught and n - 6
# is not, whether algebra or SymPy's reading cancels it.


def demo_integer_divisor_is_zero_at_six() -> bool:
    n = 6
    for numerator in (n * n - 6 * n, n * (n - 6)):
        try:
            Fraction(numerator, n - 6)
        except ZeroDivisionError:
            continue
        return False
    return True


def test_integer_demonstration():
    assert demo_integer_divisor_is_zero_at_six()


_INTEGER = "an integer n - 6 (0 at n = 6, a sample point misses it) is cancelled"


def test_algebra_does_not_cancel_an_integer_divisor_zero_at_six():
    assert demo_integer_divisor_is_zero_at_six()
    text = derivation_text([(None, "(n**2 - 6*n)/(n - 6)"), ("algebra", "n")])
    not_proved(check_text(text), 2)


def test_reading_does_not_cancel_an_integer_divisor_zero_at_six():
    assert demo_integer_divisor_is_zero_at_six()
    text = derivation_text([(None, "n*(n - 6)/(n - 6)"), ("algebra", "n")])
    not_proved(check_text(text), 2)


def test_an_integer_divisor_at_a_sample_point_is_caught():
    assert demo_integer_divisor_is_zero_at_six()
    try:
        Fraction(2 * 2 - 2 * 2, 2 - 2)
    except ZeroDivisionError:
        pass
    else:
        raise AssertionError("(n^2 - 2n)/(n - 2) at n = 2 was expected to divide by zero")
    not_proved(check_text(derivation_text([(None, "n*(n - 2)/(n - 2)"), ("algebra", "n")])), 2)


# -- doors that are closed today (each asserts the false step is not proved) ----------

_SY = {"x": "real", "h": "real", "t": "real", "u": "real", "n": "integer nonnegative"}
_FG = {"f": "differentiable", "g": "differentiable"}
_FG_POS = {"f": "differentiable positive", "g": "differentiable positive"}
_ABS_F = "(f(x)*Abs(f(x)) - f(x)**2)/(Abs(f(x)) - f(x))"
_Q = "(t**2 - t*Abs(t))/(Abs(t) - t)"

_NZ_LEMMA = derivation_text(
    [(None, "(f(x)**2 + f(x))/f(x)"), ("algebra", "f(x) + 1")],
    functions={"f": "differentiable nonzero"},
    ident="nz-lemma",
)

CAUGHT = {
    "inside exp": dict(steps=[(None, f"exp({N}/{D})"), ("algebra", "exp(-x)")]),
    "sum of fractions": dict(steps=[(None, f"x**2/{D} - x*Abs(x)/{D}"), ("algebra", "-x")]),
    "negative power": dict(steps=[(None, f"{N}*{D}**(-1)"), ("algebra", "-x")]),
    "1/(1/E) read": dict(steps=[(None, f"{N}*(1/(1/{D}))/{D}**2"), ("algebra", "-x")]),
    "two steps, each part": dict(
        steps=[(None, f"{N}**2/{D}**2"), ("algebra", f"-x*{N}/{D}"), ("algebra", "x**2")],
        index=3,
    ),
    "f(x)*g(x) - 1": dict(
        steps=[
            (None, "(f(x)**2*g(x)**2 - f(x)*g(x))/(f(x)*g(x) - 1)"),
            ("algebra", "f(x)*g(x)"),
        ],
        functions=_FG,
    ),
    "f, g positive: f*g - 1 still may be 0": dict(
        steps=[
            (None, "(f(x)**2*g(x)**2 - f(x)*g(x))/(f(x)*g(x) - 1)"),
            ("algebra", "f(x)*g(x)"),
        ],
        functions=_FG_POS,
    ),
    "|f| - f": dict(steps=[(None, _ABS_F), ("algebra", "f(x)")], functions=F),
    "|f| - f, f nonzero": dict(
        steps=[(None, _ABS_F), ("algebra", "f(x)")], functions={"f": "differentiable nonzero"}
    ),
    "sign(f) - 1, f positive": dict(
        steps=[(None, "(x*sign(f(x)) - x)/(sign(f(x)) - 1)"), ("algebra", "x")],
        functions={"f": "differentiable positive"},
    ),
    "Max(f, 1) - 1, f positive": dict(
        steps=[(None, "(x*Max(f(x), 1) - x)/(Max(f(x), 1) - 1)"), ("algebra", "x")],
        functions={"f": "differentiable positive"},
    ),
    "|x| - x, x nonzero": dict(
        steps=[(None, f"{N}/{D}"), ("algebra", "-x")], symbols={"x": "real nonzero"}
    ),
    "Min(x, 0) - x, x nonzero": dict(
        steps=[(None, "(x*Min(x, 0) - x**2)/(Min(x, 0) - x)"), ("algebra", "x")],
        symbols={"x": "real nonzero"},
    ),
    "power of unknown sign": dict(
        steps=[(None, "(f(x)**2 - f(x))*(f(x) - 1)**y/(f(x) - 1)**(y + 1)"), ("algebra", "f(x)")],
        functions=F,
        symbols={"x": "real", "y": "real"},
    ),
    "[define]d body": dict(
        steps=[(None, "q(x)"), ("definition", "-x")], define={"q(t)": _Q}, symbols=_SY
    ),
    "[define]d body, algebra": dict(
        steps=[(None, "q(x)"), ("algebra", "-x")], define={"q(t)": _Q}, symbols=_SY
    ),
    "[define]d divisor": dict(
        steps=[(None, f"{N}/d(x)"), (["definition", "algebra"], "-x")],
        define={"d(t)": "Abs(t) - t"},
        symbols=_SY,
    ),
    "after power-rule": dict(
        steps=[(None, f"Derivative(x**2, x)*{N}/{D}"), ("power-rule", "-2*x**2")]
    ),
    "after continuity": dict(
        steps=[(None, f"Limit(h + x, h, 0)*{N}/{D}"), ("continuity", "-x**2")]
    ),
    "after product-rule": dict(
        steps=[
            (None, f"Derivative(x*sin(x), x)*{N}/{D}"),
            (["product-rule", "algebra"], "-x*(sin(x) + x*Derivative(sin(x), x))"),
        ]
    ),
    "beside a Subs": dict(
        steps=[(None, f"Subs(u**2, u, x)*{N}/{D}"), ("algebra", "-x*Subs(u**2, u, x)")],
        symbols=_SY,
    ),
    "auto": dict(steps=[(None, f"{N}/{D}"), ("auto", "-x")]),
    "a lemma for f nonzero, at f = |x| - x": dict(
        steps=[
            (None, f"({D}**2 + {D})/{D}"),
            ("nz-lemma", f"{D} + 1"),
        ],
        uses=["nz-lemma"],
        extra=[_NZ_LEMMA],
    ),
    "claim whose right side is the quotient, last step not": dict(
        steps=[(None, "-x"), ("algebra", "-x + 0*x")], claim=f"-x = {N}/{D}", index=0
    ),
    "right side keeps E under a positive exponent SymPy knows": dict(
        steps=[(None, f"{N}/{D}"), ("algebra", f"-x + {D}**exp(x)*{Z}")]
    ),
}


@pytest.mark.parametrize("name", list(CAUGHT))
def test_other_doors_are_closed(name):
    assert demo_abs_divisor_is_zero_for_positive_x()
    assert demo_pythagoras_divisor_is_zero_everywhere()
    spec = dict(CAUGHT[name])
    steps, index, extra = spec.pop("steps"), spec.pop("index", 2), spec.pop("extra", ())
    report = check_text(derivation_text(steps, **spec), extra=extra)
    if index == 0:  # the claim, not a step
        claim_not_proved(report)
    else:
        not_proved(report, index)


# -- true cancellations stay proved (a fix must not overreach) ----------------------

_G = lambda t: t * t + 1.5  # noqa: E731  (an f for the oracle: nonzero, as declared)

# (left, right, functions, left at x, right at x) with f = _G and n = 3 in the oracle
TRUE = {
    # a divisor with isolated zeros only: E/E = 1 is an identity where both are defined
    "polynomial": (
        "(x*(x - 1) + x - 1)/(x - 1)",
        "x + 1",
        None,
        lambda x: (x * (x - 1) + x - 1) / (x - 1),
        lambda x: x + 1,
    ),
    "exp": (
        "(x*exp(x) + exp(x))/exp(x)",
        "x + 1",
        None,
        lambda x: (x * math.exp(x) + math.exp(x)) / math.exp(x),
        lambda x: x + 1,
    ),
    "root of one sign": (
        "(x*sqrt(x**2 + 1) + sqrt(x**2 + 1))/sqrt(x**2 + 1)",
        "x + 1",
        None,
        lambda x: (x * math.sqrt(x * x + 1) + math.sqrt(x * x + 1)) / math.sqrt(x * x + 1),
        lambda x: x + 1,
    ),
    "declared nonzero": (
        "(f(x)**2 + f(x))/f(x)",
        "f(x) + 1",
        {"f": "differentiable nonzero"},
        lambda x: (_G(x) ** 2 + _G(x)) / _G(x),
        lambda x: _G(x) + 1,
    ),
    # the divisor kept with the same exponent of unknown sign on both sides
    "kept power": (
        "f(x)**(n - 1)*(x + 1)",
        "x*f(x)**(n - 1) + f(x)**(n - 1)",
        F,
        lambda x: _G(x) ** 2 * (x + 1),
        lambda x: x * _G(x) ** 2 + _G(x) ** 2,
    ),
    # nothing cancelled: both sides are 0/0 for x > 0
    "kept quotient": (
        f"{N}/{D} + x",
        f"x + {N}/{D}",
        None,
        lambda x: (x * x - x * abs(x)) / (abs(x) - x) + x,
        lambda x: x + (x * x - x * abs(x)) / (abs(x) - x),
    ),
}


@pytest.mark.parametrize("name", list(TRUE))
def test_true_cancellations_stay_proved(name):
    left, right, functions, left_at, right_at = TRUE[name]
    # the oracle: the two sides agree where both are defined (x < 0 keeps |x| - x != 0)
    for x in (-0.37, -2.5, -11.0):
        assert math.isclose(left_at(x), right_at(x), rel_tol=1e-12)
    text = derivation_text([(None, left), ("algebra", right)], functions=functions)
    proved(check_text(text))

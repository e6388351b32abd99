"""Hostile review (session 4) of four kernel changes: ``Facts.is_positive`` asking again
over one denominator (``together``), ``termwise`` for a finite sum with a symbolic
integer bound, ``decide_zero`` rewriting hyperbolic functions through exp, and the
combined shape-hint proposal of the auto search.

No hole was found in these four today: every test here is a regression (a false step
that must stay unproved, with its counterexample recomputed with mpmath or fractions;
a true one the change is for). Nothing is copied from the verifier's own output.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest
import sympy

from tests.helpers import check_text, derivation_text
from verifier.proof.auto import Proposals
from verifier.proof.checker import decide_zero
from verifier.proof.conditions import Facts
from verifier.proof.rules import RULES

x = sympy.Symbol("x", real=True)
SYMBOLS = {"x": "real", "m": "integer", "k": "integer positive"}


def verdict_of(by, prev, cur, symbols=None):
    report = check_text(derivation_text([(None, prev), (by, cur)], symbols=symbols or SYMBOLS))
    return report.steps[-1].verdict


def counterexample_values(verdict) -> dict[str, str]:
    return dict(verdict.counterexample.values)


# -- 1. is_positive over one denominator --------------------------------------------


def test_together_positive_but_undefined_at_zero_is_not_positive():
    # 1/x^2 - 1/(x^2 (x^2 + 1)) is x^2/(x^2 (x^2 + 1)), which together reads as
    # 1/(x^2 + 1) > 0; but the expression as written is undefined at x = 0.
    expr = 1 / x**2 - 1 / (x**2 * (x**2 + 1))
    assert sympy.together(expr).is_positive  # the trap is real
    assert not Facts().is_positive(expr)


def test_the_logistic_complement_is_positive_and_really_is():
    expr = 1 - 1 / (sympy.exp(x) + 1)
    assert Facts().is_positive(expr)
    with mpmath.workdps(60):
        for t in (-40, -3, 0, 2.5, 30):
            assert 1 - 1 / (mpmath.exp(t) + 1) > 0


@pytest.mark.parametrize(
    "expr",
    [
        x - 1 / (x**2 + 1),  # negative at x = 0
        1 - 2 / (sympy.exp(x) + 1),  # negative for x < 0
        x**2 / (x**2 + 1) - sympy.Rational(1, 2),  # negative at x = 0
        1 / (x**2 + 1) - 1 / (x**2 + 2),  # positive, but 0 is not excluded by rounding
        1 - 1 / (x**2 + 1),  # x^2/(x^2 + 1): 0 at x = 0
        1 - x**2 / (x**2 + 1),  # 1/(x^2 + 1) > 0
        sympy.exp(x) - sympy.exp(x) / (sympy.exp(x) + 1),  # e^{2x}/(e^x + 1) > 0
        1 - 2 * sympy.exp(x) / (sympy.exp(2 * x) + 1),  # (e^x - 1)^2/(e^{2x} + 1): 0 at 0
        x**2 + 1 - 2 * x,  # (x - 1)^2: 0 at 1
    ],
)
def test_sums_that_are_not_positive_everywhere_are_not_shown_positive(expr):
    f = sympy.lambdify(x, expr, "mpmath")
    # Independent sign check on a grid (the last one is positive: only the first three
    # must be refused, the fourth may go either way but must then really be positive).
    values = [f(mpmath.mpf(t) / 4) for t in range(-40, 41)]
    if min(values) <= 0:
        assert not Facts().is_positive(expr)
    elif Facts().is_positive(expr):
        assert min(values) > 0


def test_a_wrong_chain_rule_through_a_together_positive_log_is_refuted():
    # d/dx log(1 - 1/(e^x + 1)) = 1/(e^x + 1), not e^x/(e^x + 1).
    v = verdict_of("auto", "Derivative(log(1 - 1/(exp(x) + 1)), x)", "exp(x)/(exp(x) + 1)")
    assert v.status != "proved"
    if v.status == "refuted":
        t = mpmath.mpf(counterexample_values(v)["x"])
        true = mpmath.diff(lambda s: mpmath.log(1 - 1 / (mpmath.exp(s) + 1)), t)
        assert true == pytest.approx(1 / (mpmath.exp(t) + 1), rel=1e-9)
        assert abs(true - mpmath.exp(t) / (mpmath.exp(t) + 1)) > 1e-6


def test_a_log_of_a_sum_negative_somewhere_gets_no_chain_rule():
    # log(x - 1/(x^2 + 1)) is undefined near x = 0: the table's log rule must not fire.
    v = verdict_of(
        "derivative-table",
        "Derivative(log(x - 1/(x**2 + 1)), x)",
        "(1 + 2*x/(x**2 + 1)**2)/(x - 1/(x**2 + 1))",
    )
    assert v.status != "proved"


# -- 2. termwise with a symbolic integer bound --------------------------------------


def karr_sum(term, lower: int, upper: int) -> Fraction:
    """SymPy's (Karr's) convention, written out independently."""
    if upper >= lower:
        return sum((term(i) for i in range(lower, upper + 1)), Fraction(0))
    return -sum((term(i) for i in range(upper + 1, lower)), Fraction(0))


def test_termwise_over_a_symbolic_bound_is_sound_for_negative_bounds_too():
    # d/dx sum_{i=1}^m i x^2 = sum_{i=1}^m 2 i x for every integer m (Karr's convention
    # included): checked here with exact fractions by a central difference of a
    # quadratic (exact for a quadratic).
    v = verdict_of(
        "termwise", "Derivative(Sum(x**2*i, (i, 1, m)), x)", "Sum(Derivative(x**2*i, x), (i, 1, m))"
    )
    assert v.status == "proved", v.reason
    xv, h = Fraction(3, 7), Fraction(1, 1000)
    for m in (-4, -1, 0, 1, 5):
        left = (
            karr_sum(lambda i, s=xv + h: i * s * s, 1, m)
            - karr_sum(lambda i, s=xv - h: i * s * s, 1, m)
        ) / (2 * h)
        assert left == karr_sum(lambda i: 2 * i * xv, 1, m)


@pytest.mark.parametrize(
    "term",
    [
        "x**i",  # 1/x at i = -1 (m < 0 sums i = m+1..0)
        "sqrt(x)*i",  # not differentiable at 0
        "Abs(x - i)",  # not differentiable at x = i
        "x/factorial(i)",  # undefined for i < 0
    ],
)
def test_termwise_needs_every_integer_index_when_the_bound_may_be_negative(term):
    v = verdict_of(
        "termwise",
        f"Derivative(Sum({term}, (i, 1, m)), x)",
        f"Sum(Derivative({term}, x), (i, 1, m))",
    )
    assert v.status != "proved", v.reason


def test_a_wrong_termwise_derivative_with_a_symbolic_bound_is_refuted():
    v = verdict_of(
        "auto", "Derivative(Sum(x**2*i + 3*x, (i, 1, m)), x)", "Sum(2*x*i + 3*x, (i, 1, m))"
    )
    assert v.status != "proved"
    if v.status == "refuted":
        values = counterexample_values(v)
        m, xv = int(values["m"]), Fraction(values["x"])
        true = karr_sum(lambda i: 2 * xv * i + 3, 1, m)
        claimed = karr_sum(lambda i: 2 * xv * i + 3 * xv, 1, m)
        assert true != claimed


def test_a_bound_that_is_not_an_integer_is_refused():
    with pytest.raises(Exception, match="upper bound must be an integer"):
        verdict_of("termwise", "Derivative(Sum(x*i, (i, 1, m/2)), x)", "Sum(i, (i, 1, m/2))")


# -- 3. hyperbolic residuals through exp --------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "mp_left", "mp_right"),
    [
        (
            sympy.csch(x),
            2 / (sympy.exp(x) + sympy.exp(-x)),
            lambda t: mpmath.csch(t),
            lambda t: 2 / (mpmath.exp(t) + mpmath.exp(-t)),
        ),
        (
            sympy.coth(x),
            (sympy.exp(2 * x) - 1) / (sympy.exp(2 * x) + 1),
            lambda t: mpmath.coth(t),
            lambda t: (mpmath.exp(2 * t) - 1) / (mpmath.exp(2 * t) + 1),
        ),
        (
            sympy.sech(x) ** 2,
            1 + sympy.tanh(x) ** 2,
            lambda t: mpmath.sech(t) ** 2,
            lambda t: 1 + mpmath.tanh(t) ** 2,
        ),
        (
            sympy.cosh(x) ** 2 + sympy.sinh(x) ** 2,
            sympy.Integer(1),
            lambda t: mpmath.cosh(t) ** 2 + mpmath.sinh(t) ** 2,
            lambda t: mpmath.mpf(1),
        ),
        (
            sympy.sinh(x),
            sympy.sqrt(sympy.cosh(x) ** 2 - 1),  # equal for x >= 0 only
            lambda t: mpmath.sinh(t),
            lambda t: mpmath.sqrt(mpmath.cosh(t) ** 2 - 1),
        ),
    ],
)
def test_hyperbolic_sides_that_differ_are_not_shown_equal(left, right, mp_left, mp_right):
    t = mpmath.mpf("-0.7")
    assert abs(mp_left(t) - mp_right(t)) > 1e-6  # they really differ
    for thorough in (False, True):
        shown, _, _ = decide_zero(left - right, thorough=thorough)
        assert not shown


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (sympy.tanh(x), (sympy.exp(2 * x) - 1) / (sympy.exp(2 * x) + 1)),
        (sympy.coth(x), (sympy.exp(2 * x) + 1) / (sympy.exp(2 * x) - 1)),
        (sympy.sech(x) ** 2, 1 - sympy.tanh(x) ** 2),
        (sympy.csch(x) ** 2, sympy.coth(x) ** 2 - 1),
    ],
)
def test_hyperbolic_identities_are_shown_and_really_hold(left, right):
    f = sympy.lambdify(x, left - right, "mpmath")
    with mpmath.workdps(50):
        for t in ("-2.3", "0.4", "3.1"):
            assert abs(f(mpmath.mpf(t))) < mpmath.mpf(10) ** -40
    shown, _, _ = decide_zero(left - right, thorough=False)
    assert shown


def test_a_wrong_tanh_rewrite_is_refuted_with_a_real_difference():
    v = verdict_of("algebra", "tanh(x)", "(exp(2*x) + 1)/(exp(2*x) - 1)")
    assert v.status == "refuted"
    t = mpmath.mpf(counterexample_values(v)["x"])
    assert abs(mpmath.tanh(t) - mpmath.coth(t)) > 1e-6


# -- 4. the combined shape-hint proposal ----------------------------------------------


def test_every_proposal_names_only_registered_rules_or_lemmas_once():
    kinds = {"Derivative", "Sum", "Add", "Mul"}
    hints = ("termwise", "sum-rule", "constant-rule", "not-a-rule")
    proposals = list(Proposals(RULES, ("lemma-a",), kinds, first=hints))
    assert proposals[0] == ("algebra",)
    for p in proposals:
        assert len(set(p)) == len(p)
        assert all(n in RULES or n == "lemma-a" for n in p), p
    assert len(set(proposals)) == len(proposals)


def test_a_wrong_derivative_of_a_sum_of_constant_multiples_is_not_proved():
    # d/dx sum_{i=1}^k (3 x^2 + i x) = sum (6x + i); 6x + 2i is false (k = 1: 6x+1 != 6x+2).
    v = verdict_of(
        "auto", "Derivative(Sum(3*x**2 + i*x, (i, 1, k)), x)", "Sum(6*x + 2*i, (i, 1, k))"
    )
    assert v.status != "proved"
    if v.status == "refuted":
        values = counterexample_values(v)
        kk, xv = int(values["k"]), Fraction(values["x"])
        assert karr_sum(lambda i: 6 * xv + i, 1, kk) != karr_sum(lambda i: 6 * xv + 2 * i, 1, kk)


def test_a_proof_by_the_combined_proposal_cites_only_rules_of_the_kernel():
    v = verdict_of("auto", "Derivative(3*x**2 + 5*x, x)", "6*x + 5")
    assert v.status == "proved", v.reason
    assert all(r in RULES for r in v.rules), v.rules

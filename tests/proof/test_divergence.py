"""A number on one side and a limit that does not exist on the other: refuted, with the
point; and every way such a claim could be wrong is refused (verifier.proof.divergence).

The oracles are mpmath (the finite side and the growing body, computed from the
witness functions the counterexample names) and SymPy-free arithmetic; nothing is
taken from the code under test."""

from __future__ import annotations

import mpmath
import pytest
import sympy

from tests.helpers import check_text, derivation_text
from verifier.proof.conditions import Facts
from verifier.proof.divergence import find_divergence

x, h = sympy.symbols("x h", real=True)
k = sympy.Symbol("k", integer=True)
f, g = sympy.Function("f"), sympy.Function("g")


def two_sided(body):
    return sympy.Limit(body, h, 0, "+-")


def _witness(text: str):
    """The counterexample's witness body in t as an mpmath function (only the forms
    refute.WITNESSES has: t**2 + 1, sin(3*t) + 2, exp(t/2))."""
    forms = {
        "t**2 + 1": lambda t: t**2 + 1,
        "sin(3*t) + 2": lambda t: mpmath.sin(3 * t) + 2,
        "exp(t/2)": lambda t: mpmath.exp(t / 2),
    }
    return forms[text]


def test_a_limit_split_into_two_that_diverge_is_refuted_with_the_point():
    # Post 14 (mathmatter, quotient rule): the numerator's signs slipped, so each limit
    # on the right grows like 1/h while the left side is f'g - fg'.
    lhs = two_sided((f(x + h) * g(x) - f(x) * g(x + h)) / h)
    rhs = two_sided((g(x) * f(x + h) + g(x) * f(x)) / h) - two_sided(
        (f(x) * g(x + h) + f(x) * g(x)) / h
    )
    found = find_divergence(lhs, rhs, Facts(), 1)
    assert found is not None
    assert "no value" in found.rhs and "does not exist" in found.rhs
    point = mpmath.mpf(dict(found.values)["x"])
    wf, wg = (_witness(dict(found.witnesses)[name]) for name in ("f", "g"))
    with mpmath.workdps(40):
        # The left side really is a number there: f'g - fg' by mpmath's own derivative.
        left = mpmath.diff(wf, point) * wg(point) - wf(point) * mpmath.diff(wg, point)
        assert abs(mpmath.mpf(found.lhs) - left) < 1e-9 * max(1, abs(left))
        # and the first limit's body really grows without bound: |body| ~ 2 f g / |h|.
        body = [wg(point) * (wf(point + d) + wf(point)) / d for d in (1e-10, 1e-20, 1e-30)]
    assert abs(body[1]) > 1e9 * abs(body[0]) and abs(body[2]) > 1e9 * abs(body[1])


@pytest.mark.parametrize(
    "lhs, rhs, why",
    [
        # True: the body converges.
        (two_sided((f(x + h) - f(x)) / h), sympy.Derivative(f(x), x), "converges"),
        (two_sided((sympy.exp(h) - 1) / h), sympy.Integer(1), "converges"),
        # Huge but finite: 1/(h + 10**-40) grows a thousandfold at every distance the
        # numbers look at, and tends to 10**40 (SymPy's limit is the judge).
        (
            two_sided(1 / (h + sympy.Rational(1, 10**40))),
            sympy.Integer(10) ** 40,
            "finite limit",
        ),
        # Both sides without a value: nothing is claimed about an equation of two
        # meaningless sides.
        (two_sided(1 / h**2), two_sided(2 / h**2) - two_sided(1 / h**2) + 0 * x, "both"),
        # The other side is infinite, not a number.
        (sympy.Limit(1 / h, h, 0, "+"), sympy.oo, "infinite other side"),
        # Slow growth (log) and oscillation are not claimed: fail closed.
        (sympy.Limit(sympy.log(h), h, 0, "+"), sympy.Integer(3), "slow growth"),
        (two_sided(sympy.sin(1 / h) / h), sympy.Integer(0), "oscillation"),
        # A limit inside a sum over k depends on k; nothing is claimed inside binders.
        (
            sympy.Sum(two_sided(1 / (h * k)), (k, 1, 3)),
            sympy.Integer(0),
            "inside a binder",
        ),
        # The limit at infinity is not looked at.
        (sympy.Limit(h, h, sympy.oo), sympy.Integer(1), "at infinity"),
    ],
)
def test_nothing_is_claimed_where_a_limit_may_exist_or_the_sides_have_no_number(lhs, rhs, why):
    assert find_divergence(lhs, rhs, Facts(), 1) is None, why


def test_a_one_sided_limit_is_judged_from_its_own_side_only():
    # 1/h from above grows to +oo; the limit from above of -1/h to -oo; but the limit
    # of exp(-1/h) from above is 0, although from below the body explodes.
    assert find_divergence(sympy.Limit(1 / h, h, 0, "+"), sympy.Integer(5), Facts(), 1)
    body = sympy.exp(-1 / h)
    assert find_divergence(sympy.Limit(body, h, 0, "+"), sympy.Integer(0), Facts(), 1) is None
    assert find_divergence(sympy.Limit(body, h, 0, "-"), sympy.Integer(0), Facts(), 1)
    # the two-sided limit of the same body does not exist either (from below)
    found = find_divergence(two_sided(body), sympy.Integer(0), Facts(), 1)
    assert found is not None and "does not exist" in found.lhs


def test_a_derivation_step_that_splits_a_limit_into_divergent_ones_is_refuted():
    # The same slip in a TOML derivation, auto-justified: refuted, not left to time out.
    text = derivation_text(
        [
            (None, "Limit((f(x + h)*g(x) - f(x)*g(x + h))/h, h, 0)"),
            (
                "auto",
                "Limit((g(x)*f(x + h) + g(x)*f(x))/h, h, 0)"
                " - Limit((f(x)*g(x + h) + f(x)*g(x))/h, h, 0)",
            ),
        ],
        functions={"f": "differentiable", "g": "differentiable"},
    )
    report = check_text(text)
    step = report.steps[1].verdict
    assert step.status == "refuted", step.reason
    assert "does not exist" in step.reason


def test_a_true_split_is_still_proved():
    # Splitting where both limits exist stays a proof (the divergence search must not
    # stand in the way of a true step).
    text = derivation_text(
        [
            (None, "Limit((f(x + h) - f(x))/h + (g(x + h) - g(x))/h, h, 0)"),
            ("limit-sum", "Limit((f(x + h) - f(x))/h, h, 0) + Limit((g(x + h) - g(x))/h, h, 0)"),
        ],
        functions={"f": "differentiable", "g": "differentiable"},
    )
    report = check_text(text)
    assert report.steps[1].verdict.status == "proved", report.steps[1].verdict.reason


def test_a_body_with_a_finite_sum_is_written_out_before_its_limit_is_taken():
    # Post 15 (mathmatter, power rule): "-x^n" became "+x^n" beside the binomial sum,
    # so the right side is lim ((x + h)^n + x^n)/h, which diverges wherever x^n != 0.
    n = sympy.Symbol("n", integer=True, positive=True)
    binomial = sympy.factorial(n) / (sympy.factorial(k) * sympy.factorial(n - k))
    lhs = two_sided(((x + h) ** n - x**n) / h)
    rhs = two_sided((x**n + sympy.Sum(binomial * x ** (n - k) * h**k, (k, 0, n))) / h)
    found = find_divergence(lhs, rhs, Facts(), 1)
    assert found is not None and "does not exist" in found.rhs
    values = {name: sympy.Rational(v) for name, v in found.values}
    whole, point = int(values["n"]), values["x"]
    # The left side is n x^(n-1) (exact), and the right side's body is 2 x^n / h + O(1).
    assert abs(float(found.lhs) - float(whole * point ** (whole - 1))) < 1e-9
    assert point**whole != 0
    with mpmath.workdps(40):
        body = [
            ((point + d) ** whole + point**whole) / d
            for d in (mpmath.mpf("1e-10"), mpmath.mpf("1e-20"))
        ]
    assert abs(body[1]) > 1e9 * abs(body[0])

"""Tests that kill mutants of the trusted kernel (tools/mutate_proof.py).

Each test is named after the mutant it kills (file, line, kind at the time of the run)
and shows a false step (or a wrong side condition) that the mutant proves and the real
kernel does not. As in tests/proof/test_rules.py, a false step must be refused by the rules
and algebra themselves: "unknown" with method "disagreement" means the rule fired and
algebra proved the false step, and only the defense in depth (numbers) stopped it.
"""

from __future__ import annotations

import pytest
from helpers import check_text, derivation_text

from verifier.errors import InputError
from verifier.proof.checker import PROVED

SYMBOLS = {"x": "real", "h": "real", "n": "integer nonnegative", "y": "real", "z": "positive"}
FUNCTIONS = {"f": "differentiable nonzero", "q": "differentiable", "g": "continuous", "p": ""}


def _step(prev, by, nxt, **keys):
    keys.setdefault("symbols", SYMBOLS)
    keys.setdefault("functions", FUNCTIONS)
    return check_text(derivation_text([(None, prev), (by, nxt)], **keys)).steps[1].verdict


def refused(prev, by, nxt, **keys):
    """The step is not proved, and not only because the numbers disagreed."""
    verdict = _step(prev, by, nxt, **keys)
    assert verdict.status != PROVED, verdict
    assert verdict.method != "disagreement", verdict.reason
    return verdict


# -- rules.py -------------------------------------------------------------------


def test_rules_limit_product_drop_guard_not_a_mul():
    # limit-product on a sum of limits: lim A + lim B is not lim (A*B)
    refused(
        "Limit(x + h, h, 0) + Limit(2*x + h, h, 0)",
        "limit-product",
        "Limit((x + h)*(2*x + h), h, 0)",
    )


def test_rules_limit_sum_drop_guard_not_an_add():
    # limit-sum on a product of limits: lim A * lim B is not lim (A + B)
    refused("Limit(x + h, h, 0)*Limit(2*x + h, h, 0)", "limit-sum", "Limit(3*x + 2*h, h, 0)")


def test_rules_termwise_drop_guard_lower_not_an_integer():
    # A Weierstrass-type series from -oo: smooth terms, a sum that is continuous and nowhere
    # differentiable (termwise derivative Sum(2**m*cos(4**m*x)) diverges). Its upper bound is
    # an integer, so without the "lower is an Integer" guard it passed as a finite sum.
    refused(
        "Derivative(Sum(2**n*sin(x/4**n), (n, -oo, 0)), x)",
        "termwise",
        "Sum(Derivative(2**n*sin(x/4**n), x), (n, -oo, 0))",
        symbols={"x": "real"},
    )


def test_a_sum_up_to_minus_infinity_is_refused_when_read():
    # Karr's convention would make Sum(2**n*sin(x/4**n), n = 0..-oo) the continuous,
    # nowhere differentiable -Sum(2**-k*sin(4**k*x), k = 1..oo). -oo holds no oo as a
    # subexpression, so termwise's finite-sum test ("an integer, finite, without oo") would
    # let it through with "or" for "and" (session 4 mutant, surviving): it stays out because
    # the reader refuses such a Sum, which this test keeps so.
    with pytest.raises(InputError, match="upper -oo"):
        _step(
            "Derivative(Sum(2**n*sin(x/4**n), (n, 0, -oo)), x)",
            "termwise",
            "Sum(Derivative(2**n*sin(x/4**n), x), (n, 0, -oo))",
            symbols={"x": "real"},
        )


def test_rules_reindex_drop_guard_lower_zero_or_infinite():
    # reindex from -oo: Sum(2**n, n = -oo..0) = 2 became Sum(2**(n - oo), n = 0..oo),
    # i.e. Sum(0, n = 0..oo) = 0
    refused("Sum(2**n, (n, -oo, 0))", "reindex", "Sum(0, (n, 0, oo))", symbols={"x": "real"})


# -- conditions.py ----------------------------------------------------------------


def test_conditions_power_series_pole_at_zero():
    # x**(n - 1) from n = 0: the first term is 1/x, not a power series (lower + shift < 0);
    # the same as tests/proof/test_soundness.py's pole test, without its reason check, which fails
    # when the step times out on a loaded machine
    refused(
        "Derivative(Sum(x**(n - 1)/factorial(n), (n, 0, oo)), x)",
        "termwise",
        "Sum(Derivative(x**(n - 1)/factorial(n), x), (n, 0, oo))",
        symbols={"x": "real"},
    )


def test_conditions_regularity_unknown_node_return_true():
    # sign is not continuous at 0: lim_{h->0} sign(h) does not exist, sign(0) = 0
    refused("Limit(sign(h), h, 0)", "continuity", "0", symbols={"h": "real"})


def test_conditions_regularity_derivative_depends_drop_guard():
    # q is differentiable, not continuously: q'(x + h) need not tend to q'(x)
    # (q(t) = t**2*sin(1/t) at x = 0)
    refused("Limit(Derivative(q(x + h), x), h, 0)", "continuity", "Derivative(q(x), x)")


def test_conditions_regularity_function_argument_drop_guard():
    # f(1/h) and f(-1/h) as h -> 0+: both arguments became zoo, so the two limits were
    # "equal" (for f = atan + 2 they are 2 + pi/2 and 2 - pi/2)
    refused("Limit(f(1/h), h, 0, '+')", "continuity", "Limit(f(-1/h), h, 0, '+')")


def test_conditions_power_series_coefficient_not_defined():
    # The coefficient 1/factorial(n - 1) is undefined at n = 0 (factorial(-1) is a pole;
    # SymPy quietly reads 1/factorial(-1) as 0), so the sum from 0 is not a power series and
    # termwise may not fire (rule table style: the side condition is violated)
    refused(
        "Derivative(Sum(x**n/factorial(n - 1), (n, 0, oo)), x)",
        "termwise",
        "Sum(Derivative(x**n/factorial(n - 1), x), (n, 0, oo))",
        symbols={"x": "real"},
    )


def test_conditions_power_series_ratio_not_a_polynomial_return_true():
    # Sum(n!*x**n) has radius of convergence 0 (the ratio c(n)/c(n+1) = 1/(n + 1) -> 0,
    # not a polynomial): it diverges for every x != 0, termwise may not fire
    refused(
        "Derivative(Sum(factorial(n)*x**n, (n, 0, oo)), x)",
        "termwise",
        "Sum(Derivative(factorial(n)*x**n, x), (n, 0, oo))",
        symbols={"x": "real"},
    )


def test_conditions_regularity_power_base_drop_guard():
    # The term (1/(n - 1) + 1)**2 is undefined at n = 1, so the finite sum does not exist and
    # S - S + x (SymPy cancels S - S on reading) is not x. A Pow of an undefined base was
    # "defined" when its integer exponent is nonnegative.
    s = "Sum((1/(n - 1) + 1)**2, (n, 0, 2))"
    refused(f"{s} - {s} + x", "algebra", "x", symbols={"x": "real", "n": "integer"})


def test_conditions_regularity_factorial_not_continuous_drop_guard():
    # factorial is defined on the nonnegative integers only (conditions.py): it is not
    # continuous in a real argument, so lim_{h->0} factorial(h + 2) is not factorial(2)
    refused("Limit(factorial(h + 2), h, 0)", "continuity", "2", symbols={"h": "real"})


def test_conditions_sum_regular_not_one_variable_return_true():
    # Sum((x*y)**n) diverges for |x*y| >= 1: S - S + x (SymPy cancels S - S on reading) is
    # not x. A Sum in two variables (or none) was taken for a power series that exists.
    s = "Sum(x**n*y**n, (n, 0, oo))"
    refused(f"{s} - {s} + x", "algebra", "x", symbols={"x": "real", "y": "real", "n": "integer"})


def test_conditions_sum_regular_bounds_return_true():
    # Sum(x**n, n = -oo..oo) diverges for every x: S - S + x is not x. A Sum whose lower
    # bound is not an integer (or whose upper bound is not oo) was taken for a power series.
    s = "Sum(x**n, (n, -oo, oo))"
    refused(f"{s} - {s} + x", "algebra", "x", symbols={"x": "real", "n": "integer"})


def test_conditions_power_series_not_a_power_of_the_variable():
    # Sum(|x|**n/n!) = exp(|x|) is not a power series in x (not differentiable at 0):
    # termwise may not fire
    refused(
        "Derivative(Sum(Abs(x)**n/factorial(n), (n, 0, oo)), x)",
        "termwise",
        "Sum(Derivative(Abs(x)**n/factorial(n), x), (n, 0, oo))",
        symbols={"x": "real"},
    )


def test_conditions_power_series_shift_not_an_integer():
    # Sum(x**(n/2)/n!) = exp(sqrt(x)) is not a power series (undefined for x < 0, not
    # differentiable at 0): termwise may not fire
    refused(
        "Derivative(Sum(x**(n/2)/factorial(n), (n, 0, oo)), x)",
        "termwise",
        "Sum(Derivative(x**(n/2)/factorial(n), x), (n, 0, oo))",
        symbols={"x": "real"},
    )


def test_conditions_power_series_shift_not_an_integer_drop_guard():
    # Sum(x**(n + 1/2)/n!) = sqrt(x)*exp(x): undefined for x < 0, not differentiable at 0
    refused(
        "Derivative(Sum(x**(n + 1/2)/factorial(n), (n, 0, oo)), x)",
        "termwise",
        "Sum(Derivative(x**(n + 1/2)/factorial(n), x), (n, 0, oo))",
        symbols={"x": "real"},
    )


def test_checker_opaque_match_ratio_must_be_a_rational_number():
    # Derivative(x*f(x), x) is not x*Derivative(f(x), x): only a constant rational
    # factor may be moved through an opaque term when matching (checker.py, _Opaque.term).
    text = derivation_text(
        [(None, "Derivative(x*f(x), x)"), ("algebra", "x*Derivative(f(x), x)")],
        functions={"f": "differentiable"},
    )
    verdict = check_text(text).steps[1].verdict
    assert verdict.status != "proved"
    assert verdict.method != "disagreement"  # the kernel itself, not only the numbers, says no


def test_checker_second_derivative_of_a_once_differentiable_function_may_not_exist():
    # f'' is not shown to exist from "f differentiable": D - D may not be cancelled.
    text = derivation_text(
        [(None, "x + Derivative(f(x), x, x) - Derivative(f(x), x, x)"), ("algebra", "x")],
        functions={"f": "differentiable"},
    )
    report = check_text(text)
    assert report.steps[1].verdict.status != "proved"

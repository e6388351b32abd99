"""Regression tests for the soundness issue: each a false step a hostile review got proved,
or a true one it got refuted, named after the bug.

A false step must not be proved; where it is refuted, its counterexample is
recomputed here independently (SymPy's own ``doit``/``limit`` and mpmath at
50 digits, none of :mod:`verifier.proof.refute`) and must really differ.
"""

from __future__ import annotations

import math
import time
from fractions import Fraction

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text
from sympy.core.function import AppliedUndef

from verifier.errors import InputError
from verifier.proof.checker import (
    PROVED,
    REFUTED,
    ForgedVerdict,
    StepVerdict,
    algebra_equal,
    check_all,
)
from verifier.proof.model import load_text, resolve


def _independent_value(expr: sympy.Expr, derivation, counterexample) -> mpmath.mpf:
    """Evaluate ``expr`` at the counterexample with SymPy's doit/limit and mpmath only."""
    t = sympy.Symbol("t", real=True)
    values = {
        derivation.symbols[k]: sympy.Rational(v)
        for k, v in counterexample.values
        if k in derivation.symbols
    }
    bodies = {name: sympy.sympify(body, locals={"t": t}) for name, body in counterexample.witnesses}
    for name, define in derivation.defines.items():
        if define.params:
            expr = expr.replace(
                lambda n, name=name: isinstance(n, AppliedUndef) and n.func.__name__ == name,
                lambda n, define=define: define.body.subs(
                    dict(zip(define.params, n.args, strict=False))
                ),
            )
    expr = expr.replace(
        lambda n: isinstance(n, AppliedUndef) and n.func.__name__ in bodies,
        lambda n: bodies[n.func.__name__].subs(t, n.args[0]),
    )
    expr = expr.doit()
    expr = expr.subs(values)
    if expr.has(sympy.Limit):
        expr = expr.replace(lambda n: isinstance(n, sympy.Limit), lambda n: sympy.limit(*n.args))
    with mpmath.workdps(50):
        return mpmath.mpf(sympy.N(expr, 50))


def assert_refuted_for_real(report, index: int) -> None:
    step = report.steps[index - 1]
    assert step.verdict.status == REFUTED, step.verdict.reason
    ce = step.verdict.counterexample
    prev = report.derivation.steps[index - 2].expr
    a = _independent_value(prev, report.derivation, ce)
    b = _independent_value(step.step.expr, report.derivation, ce)
    assert abs(a - b) > mpmath.mpf(10) ** -30 * max(1, abs(a), abs(b)), (a, b)


def not_proved(report, index: int) -> str:
    verdict = report.steps[index - 1].verdict
    assert verdict.status != PROVED, verdict
    assert report.verdict != PROVED
    return verdict.status


# -- lemma instances ------------------------------------------------------------

CONSTANT_LEMMA = derivation_text(
    [(None, "Derivative(y, x)"), ("constant-rule", "0")],
    symbols={"x": "real", "y": "real"},
    ident="const-lemma",
)


def test_lemma_with_two_symbols_instantiated_onto_one_does_not_prove_1_eq_0():
    lemma = check_text(CONSTANT_LEMMA)
    assert lemma.proved  # d/dx y = 0 for y independent of x
    user = derivation_text(
        [(None, "Derivative(x, x)"), ("const-lemma", "0")],
        symbols={"x": "real"},
        uses=["const-lemma"],
    )
    report = check_text(user, extra=[CONSTANT_LEMMA])
    not_proved(report, 2)
    assert_refuted_for_real(report, 2)


def test_lemma_about_a_positive_symbol_is_not_applied_to_a_real_one():
    lemma = derivation_text(
        [(None, "Derivative(x**a, x)"), ("power-rule", "a*x**(a - 1)")],
        symbols={"x": "positive", "a": "real"},
        ident="pos-power",
    )
    assert check_text(lemma).proved
    user = derivation_text(
        [(None, "Derivative(y**b, y)"), ("pos-power", "b*y**(b - 1)")],
        symbols={"y": "real", "b": "real"},
        uses=["pos-power"],
    )
    report = check_text(user, extra=[lemma])
    not_proved(report, 2)
    assert "positive" in report.steps[1].verdict.reason
    ok = derivation_text(
        [(None, "Derivative(y**b, y)"), ("pos-power", "b*y**(b - 1)")],
        symbols={"y": "positive", "b": "real"},
        uses=["pos-power"],
    )
    assert check_text(ok, extra=[lemma]).proved


def test_unproved_lemma_is_not_citable_through_check_all():
    false_lemma = derivation_text(
        [(None, "Derivative(x**2, x)"), ("power-rule", "3*x")], ident="false-lemma"
    )
    user = derivation_text(
        [(None, "Derivative(x**2, x)"), ("false-lemma", "3*x")], uses=["false-lemma"]
    )
    report = check_text(user, extra=[false_lemma])
    not_proved(report, 2)


# -- opaque terms ---------------------------------------------------------------


@pytest.mark.parametrize("limit", ["Limit(h, h, 0)", "Limit(1/h, h, 0)"])
def test_opaque_limit_divided_by_itself_is_not_one(limit):
    text = derivation_text([(None, f"{limit}/{limit}"), ("algebra", "1")])
    not_proved(check_text(text), 2)


@pytest.mark.parametrize(
    "pair", [("Limit(h, h, 0)", "Limit(k, k, 0)"), ("Limit(1/h, h, 0)", "Limit(1/k, k, 0)")]
)
def test_opaque_limits_equal_up_to_renaming_are_not_cancelled(pair):
    a, b = pair
    text = derivation_text([(None, f"{a}/{b}"), ("algebra", "1")])
    not_proved(check_text(text), 2)


def test_nonexistent_opaque_limits_equal_up_to_renaming_are_not_subtracted():
    text = derivation_text([(None, "2 + Limit(1/h, h, 0) - Limit(1/k, k, 0)"), ("algebra", "2")])
    not_proved(check_text(text), 2)
    # An existing limit may be: Limit(h, h, 0) = 0.
    text = derivation_text([(None, "2 + Limit(h, h, 0) - Limit(k, k, 0)"), ("algebra", "2")])
    assert check_text(text).proved


def test_nonexistent_limit_times_zero_is_not_zero():
    text = derivation_text([(None, "0*Limit(1/h, h, 0) + x"), ("algebra", "x")])
    not_proved(check_text(text), 2)


def test_existing_nonzero_limit_may_be_cancelled():
    text = derivation_text(
        [(None, "Limit(x + h, h, 1)/Limit(x + k, k, 1)"), ("algebra", "1")],
        symbols={"x": "positive", "h": "real"},
    )
    assert check_text(text).proved


def test_opaque_algebra_unit():
    h = sympy.Symbol("h", real=True)
    bad = sympy.Limit(1 / h, h, 0, dir="+-")
    other = sympy.Limit(1 / sympy.Dummy("k", real=True), sympy.Dummy("k"), 0)
    assert not algebra_equal(sympy.Add(2 * bad, -bad, evaluate=False), bad).shown
    assert algebra_equal(bad + 1, 1 + bad).shown  # the same term, in the same place
    assert not algebra_equal(bad - other, sympy.Integer(0)).shown


# -- binders ----------------------------------------------------------------------


def test_define_body_binder_is_not_captured_by_the_argument():
    text = derivation_text(
        [(None, "F(k)"), ("definition", "Sum(k**k, (k, 0, 2))")],
        symbols={"k": "real", "x": "real"},
        define={"F(x)": "Sum(x**k, (k, 0, 2))"},
    )
    report = check_text(text)
    not_proved(report, 2)


def test_define_body_binder_unfolds_correctly_at_the_bound_name():
    text = derivation_text(
        [(None, "F(k)"), ("definition", "Sum(k**j, (j, 0, 2))")],
        symbols={"k": "real", "x": "real"},
        define={"F(x)": "Sum(x**k, (k, 0, 2))"},
    )
    assert check_text(text).proved


def test_merging_limits_does_not_rename_a_bound_variable_onto_a_free_one():
    text = derivation_text(
        [(None, "Limit(h, h, 0) + Limit(h + y, y, 0)"), ("limit-sum", "Limit(3*h, h, 0)")],
        symbols={"h": "real", "y": "real"},
    )
    report = check_text(text)
    not_proved(report, 2)


def test_subs_does_not_push_a_value_under_a_limit_binding_it():
    text = derivation_text(
        [(None, "Subs(Limit(u + y, y, 0), u, y)"), ("algebra", "Limit(2*y, y, 0)")],
        symbols={"y": "real"},
    )
    not_proved(check_text(text), 2)


def test_nested_derivative_definition_uses_fresh_bound_variables():
    # d/dx (x * d/dx x**2): unfolding both derivatives needs two bound variables.
    right = derivation_text(
        [
            (None, "Derivative(x*Derivative(x**2, x), x)"),
            (
                "derivative-definition",
                "Limit(((x + h)*Limit(((x + h + k)**2 - (x + h)**2)/k, k, 0)"
                " - x*Limit(((x + k)**2 - x**2)/k, k, 0))/h, h, 0)",
            ),
        ],
    )
    assert check_text(right).proved


def test_merging_a_product_of_limits_uses_a_fresh_variable():
    text = derivation_text(
        [
            (None, "Limit(h + 1, h, 0) * Limit(h + y, y, 0)"),
            ("limit-product", "Limit(2*h + 1, h, 0)"),
        ],
        symbols={"h": "real", "y": "real"},
    )
    report = check_text(text)
    not_proved(report, 2)
    assert_refuted_for_real(report, 2)


def test_exp_series_of_exp_exp_uses_separate_indices():
    text = derivation_text(
        [
            (None, "exp(exp(x))"),
            ("exp-series", "Sum(Sum(x**m/factorial(m), (m, 0, oo))**n/factorial(n), (n, 0, oo))"),
        ],
    )
    assert check_text(text).steps[1].verdict.status != REFUTED
    wrong = derivation_text(
        [
            (None, "exp(exp(x))"),
            ("exp-series", "Sum(Sum(x**n/factorial(n), (n, 0, oo))**n/factorial(m), (m, 0, oo))"),
        ],
        symbols={"x": "real", "n": "integer nonnegative"},
    )
    not_proved(check_text(wrong), 2)


# -- assumptions of bound variables -------------------------------------------


def test_limit_variable_does_not_inherit_a_declared_integer_assumption():
    text = derivation_text(
        [(None, "Limit(sin(pi*n)/n, n, 0)"), ("algebra", "0")], symbols={"n": "integer"}
    )
    report = check_text(text)
    not_proved(report, 2)


def test_sum_index_does_not_inherit_a_declared_nonnegative_assumption():
    text = derivation_text(
        [(None, "Sum(Abs(n), (n, -1, 1))"), ("algebra", "Sum(n, (n, -1, 1))")],
        symbols={"n": "integer nonnegative"},
    )
    report = check_text(text)
    not_proved(report, 2)


def test_define_parameter_does_not_inherit_positivity():
    text = derivation_text(
        [(None, "F(-1)"), ("definition", "-1")],
        symbols={"x": "positive"},
        define={"F(x)": "sqrt(x**2)"},
    )
    report = check_text(text)
    not_proved(report, 2)
    assert_refuted_for_real(report, 2)


# -- side conditions ----------------------------------------------------------------


def test_termwise_on_a_sum_from_minus_infinity_is_not_a_finite_sum():
    text = derivation_text(
        [
            (None, "Derivative(Sum(x**n/factorial(-n), (n, -oo, 0)), x)"),
            ("termwise", "Sum(Derivative(x**n/factorial(-n), x), (n, -oo, 0))"),
        ],
        symbols={"x": "real"},
    )
    not_proved(check_text(text), 2)


def test_series_with_a_pole_at_zero_is_not_a_power_series():
    text = derivation_text(
        [
            (None, "Derivative(Sum(x**(n - 1)/factorial(n), (n, 0, oo)), x)"),
            ("termwise", "Sum(Derivative(x**(n - 1)/factorial(n), x), (n, 0, oo))"),
        ],
        symbols={"x": "real"},
    )
    report = check_text(text)
    not_proved(report, 2)
    assert "termwise" in report.steps[1].verdict.reason


def test_claim_is_compared_with_the_first_and_last_step():
    text = derivation_text(
        [(None, "Derivative(x**2, x)"), ("power-rule", "2*x")], claim="Derivative(x**2, x) = 3*x"
    )
    report = check_text(text)
    assert report.steps[1].verdict.status == PROVED
    assert report.claim.status != PROVED
    assert report.verdict != PROVED


# -- names and numbers ----------------------------------------------------------------


def test_decimals_are_exact():
    text = derivation_text([(None, "1.00000000000000000001"), ("algebra", "1")])
    not_proved(check_text(text), 2)
    text = derivation_text([(None, "x*1e-400"), ("algebra", "0")])
    not_proved(check_text(text), 2)


@pytest.mark.parametrize("name", ["exp", "pi", "E", "oo"])
def test_define_cannot_rebind_a_builtin(name):
    head = f"{name}(x)" if name == "exp" else name
    text = derivation_text([(None, "x"), ("algebra", "x")], define={head: "3"})
    with pytest.raises(InputError) as err:
        load_text(text, "t.toml")
    assert name in str(err.value)


# -- the refuter is never wrong --------------------------------------------------------


def test_refuter_does_not_substitute_into_a_limit_bound_variable():
    text = derivation_text([(None, "Limit((x + h)**2 - x**2, h, 0)"), ("algebra", "0")])
    report = check_text(text)
    assert report.steps[1].verdict.status != REFUTED


def test_refuter_unfolds_a_defined_constant_before_sampling():
    text = derivation_text([(None, "c*x"), ("definition", "2*x")], define={"c": "2"})
    report = check_text(text)
    assert report.proved


def test_sum_that_evalf_gets_wrong_is_not_refuted():
    text = derivation_text([(None, "Sum(sin(n)/n, (n, 1, oo))"), ("algebra", "(pi - 1)/2")])
    report = check_text(text)
    assert report.steps[1].verdict.status != REFUTED


def test_limit_that_is_zero_at_powers_of_ten_is_not_given_a_value():
    text = derivation_text([(None, "Limit(sin(pi/h), h, 0)"), ("algebra", "0")])
    report = check_text(text)
    not_proved(report, 2)
    assert report.steps[1].verdict.status != REFUTED or report.steps[1].verdict.counterexample


# -- bounded ------------------------------------------------------------------------------


def test_exact_rational_power_limit_stays_within_its_timeout():
    text = derivation_text([(None, "Limit((1 + h)**(1/h), h, 0)"), ("algebra", "E")])
    d = load_text(text, "t.toml")
    start = time.perf_counter()
    report = check_all(resolve([d], []), timeout=3)[0]
    assert time.perf_counter() - start < 20
    assert report.steps[1].verdict.status != REFUTED


# -- the trust boundary -------------------------------------------------------------------


def test_a_proved_verdict_cannot_be_built_outside_the_checker():
    with pytest.raises(ForgedVerdict):
        StepVerdict("proved", "algebra", "I say so")
    assert StepVerdict("unknown", "x", "y").status == "unknown"


# -- found by the hostile review of this change ----------------------------------------

HIDDEN = (
    "Sum(1/(factorial(n) + 1), (n, 0, oo))"  # no closed form: the numeric double check is blind
)


def test_derivative_in_an_integer_symbol_is_refused():
    text = derivation_text(
        [(None, "Derivative(sin(pi*x), x)"), ("constant-rule", "0")], symbols={"x": "integer"}
    )
    with pytest.raises(InputError, match="integer"):
        load_text(text, "t.toml")


@pytest.mark.parametrize("define", [{"F(x)": "x*y"}, {"c": "y**2"}])
def test_define_body_may_use_only_its_parameters(define):
    text = derivation_text(
        [(None, "y"), ("algebra", "y")], symbols={"x": "real", "y": "real"}, define=define
    )
    with pytest.raises(InputError, match="not a parameter"):
        load_text(text, "t.toml")


def test_lemma_function_instance_may_not_mention_a_variable_the_lemma_binds_there():
    lemma = derivation_text(
        [(None, "Derivative(x**2*f(x), y)"), ("constant-rule", "0")],
        symbols={"x": "real", "y": "real"},
        functions={"f": "differentiable"},
        ident="lemma-indep",
    )
    assert check_text(lemma).proved
    user = derivation_text(
        [(None, f"Derivative(x**2*y, y) + {HIDDEN}"), ("lemma-indep", HIDDEN)],
        symbols={"x": "real", "y": "real"},
        uses=["lemma-indep"],
    )
    report = check_text(user, extra=[lemma])
    not_proved(report, 2)


def test_lemma_right_side_binder_does_not_capture_the_instance():
    lemma = derivation_text(
        [(None, "f(x)*x"), ("continuity", "Limit(f(x)*(x + h), h, 0)")],
        symbols={"x": "real"},
        functions={"f": "continuous"},
        ident="lemma-binder",
    )
    assert check_text(lemma).proved
    user = derivation_text(
        [(None, f"h*x + {HIDDEN}"), ("lemma-binder", f"Limit(h*(x + h), h, 0) + {HIDDEN}")],
        symbols={"x": "real", "h": "real"},
        uses=["lemma-binder"],
    )
    report = check_text(user, extra=[lemma])
    not_proved(report, 2)


def test_empty_sum_range_gives_the_index_no_sign():
    # Sum(f, (n, 1, -5)) follows Karr's convention (it is -Sum(f, (n, -4, 0))):
    # the index is not positive there, so Abs(n) is not n.
    text = derivation_text([(None, "Sum(Abs(n), (n, 1, -5))"), ("algebra", "Sum(n, (n, 1, -5))")])
    not_proved(check_text(text), 2)


@pytest.mark.parametrize("assumption", ["nonnegative", "nonpositive"])
def test_derivative_in_a_closed_domain_symbol_is_refused(assumption):
    text = derivation_text(
        [(None, "Derivative(Abs(x), x)"), ("power-rule", "1")], symbols={"x": assumption}
    )
    with pytest.raises(InputError, match=assumption):
        load_text(text, "t.toml")


def test_claim_with_a_limit_direction_keyword_is_read():
    text = derivation_text(
        [(None, "Limit(x + h, h, 0, dir='+')"), ("continuity", "x")],
        claim="Limit(x + h, h, 0, dir='+') = x",
    )
    assert check_text(text).proved


def test_define_may_use_an_earlier_constant_definition():
    text = derivation_text(
        [(None, "G(x)"), ("definition", "2*x")], define={"c": "2", "G(x)": "x*c"}
    )
    assert check_text(text).proved


@pytest.mark.parametrize("assumption", ["positive", "negative", "nonzero", "real"])
def test_derivative_in_an_open_domain_symbol_is_allowed(assumption):
    text = derivation_text(
        [(None, "Derivative(x**3, x)"), ("power-rule", "3*x**2")], symbols={"x": assumption}
    )
    assert check_text(text).proved


# -- found by the second hostile review --------------------------------------------------


@pytest.mark.parametrize("bounds", ["(n, x, x + 1)", "(n, 1/2, 3/2)"])
def test_sum_bounds_must_be_integers(bounds):
    text = derivation_text(
        [(None, f"Sum((-1)**(2*n), {bounds})"), ("algebra", "2")], symbols={"x": "real"}
    )
    with pytest.raises(InputError, match="integer"):
        load_text(text, "t.toml")


def test_log_to_the_base_of_a_nonexistent_limit_is_not_one():
    bad = "Limit(Abs(h)/h, h, 0)"
    text = derivation_text([(None, f"x*log({bad}, {bad})"), ("algebra", "x")])
    not_proved(check_text(text), 2)


@pytest.mark.parametrize("body", ["Limit(Abs(h)/h, h, 0)", "Limit(1/h**2, h, 0)"])
def test_constant_definition_does_not_hide_an_opaque_term(body):
    text = derivation_text([(None, "x*c/c"), ("algebra", "x")], define={"c": body})
    not_proved(check_text(text), 2)
    text = derivation_text([(None, "c*(1 + 1/c) - c"), ("algebra", "1")], define={"c": body})
    not_proved(check_text(text), 2)


def test_function_definition_that_is_zero_is_not_divided_by():
    text = derivation_text(
        [(None, "x*F(x)/F(x)"), ("algebra", "x")], define={"F(x)": "Limit(x*h, h, 0)"}
    )
    not_proved(check_text(text), 2)


def test_definition_dividing_by_a_zero_constant_is_refused():
    text = derivation_text([(None, "G(x)"), ("algebra", "G(x)")], define={"c": "0", "G(x)": "x/c"})
    with pytest.raises(InputError, match="division by zero"):
        load_text(text, "t.toml")


@pytest.mark.parametrize(
    ("prev", "cur"),
    [
        ("x + Limit(h, h, 0)**2/Limit(h, h, 0)", "x"),  # 0/0
        ("Limit(Abs(h)/h, h, 0)**3/Limit(Abs(h)/h, h, 0)**2", "Limit(Abs(h)/h, h, 0)"),
        ("x*(Limit(1 + h, h, 0) - 1)/(Limit(1 + k, k, 0) - 1)", "x"),  # the denominator is 0
    ],
)
def test_division_by_an_opaque_term_that_is_zero_or_absent(prev, cur):
    text = derivation_text([(None, prev), ("algebra", cur)])
    not_proved(check_text(text), 2)


def test_sums_equal_only_up_to_cancel_are_not_the_same_sum():
    text = derivation_text(
        [(None, "Sum((n**2 - 1)/(n - 1), (n, 1, 3))"), ("algebra", "Sum(n + 1, (n, 1, 3))")]
    )
    not_proved(check_text(text), 2)


@pytest.mark.parametrize(
    "expr",
    [
        "Limit(Abs(h)**2, h, sqrt(-1))",
        "Subs(Abs(u)**2 + u**2, u, sqrt(-1))",
        "log(-1)",
        "log(x, 0)",
    ],
)
def test_non_real_numbers_are_refused(expr):
    text = derivation_text([(None, expr), ("algebra", "0")])
    with pytest.raises(InputError):
        load_text(text, "t.toml")


# -- found by the third hostile review ------------------------------------------------


def test_sums_over_positive_and_negative_ranges_are_not_confused():
    # The canonical index of a Sum knows its range; a cache keyed by assumption
    # names alone once gave the negative range the positive index of an earlier Sum.
    check_text(
        derivation_text([(None, "Sum(Abs(n), (n, 1, 3))"), ("algebra", "Sum(n, (n, 1, 3))")])
    )
    text = derivation_text(
        [
            (None, "Sum(1/n, (n, 1, 2)) + Sum(Abs(n + 5), (n, -8, -1))"),
            ("algebra", "Sum(1/n, (n, 1, 2)) + Sum(n + 5, (n, -8, -1))"),
        ]
    )
    report = check_text(text)
    not_proved(report, 2)


def test_define_with_a_derivative_is_not_taken_at_a_closed_domain_symbol():
    text = derivation_text(
        [(None, "D(n)"), ("power-rule", "1")],
        symbols={"n": "nonnegative", "x": "real"},
        define={"D(x)": "Derivative(Abs(x), x)"},
    )
    not_proved(check_text(text), 2)


def test_power_of_unknown_sign_counts_as_a_division():
    text = derivation_text([(None, "Limit(h, h, 0)**x*Limit(k, k, 0)**(-x)"), ("algebra", "1")])
    not_proved(check_text(text), 2)


def test_divisor_cancelled_inside_a_sum_is_refused_where_it_can_vanish():
    text = derivation_text([(None, "Sum((n - 2)/(n - 2), (n, 0, 3))"), ("algebra", "4")])
    with pytest.raises(InputError, match="divisor"):
        load_text(text, "t.toml")
    fine = derivation_text([(None, "Sum((n + 1)/(n + 1), (n, 0, 3))"), ("algebra", "4")])
    load_text(fine, "t.toml")  # n + 1 > 0 over the range


@pytest.mark.parametrize("instance", ["Limit(Abs(h)/h, h, 0)", "log(x)"])
def test_lemma_function_instance_must_be_defined(instance):
    lemma = derivation_text(
        [(None, "Derivative(f(x), y) + x"), ("constant-rule", "x")],
        symbols={"x": "real", "y": "real"},
        functions={"f": ""},
        ident="lemma-c",
    )
    assert check_text(lemma).proved
    user = derivation_text(
        [(None, f"Derivative({instance}, y) + x"), ("lemma-c", "x")],
        symbols={"x": "real", "y": "real"},
        uses=["lemma-c"],
    )
    not_proved(check_text(user, extra=[lemma]), 2)


def test_refuter_never_evaluates_where_a_side_has_no_real_value():
    # Abs(u)**2 is read as u**2 (u is real); at x = -1.5, sqrt(x - 2) has no real value.
    text = derivation_text([(None, "Subs(Abs(u)**2, u, sqrt(x - 2))"), ("algebra", "Abs(x - 2)")])
    report = check_text(text)
    assert report.steps[1].verdict.status != REFUTED, report.steps[1].verdict.reason


# -- found by the fourth hostile review ------------------------------------------------

GAUSS = "Sum(exp(-(n - 500)**2/100), (n, 1, oo))"  # 17.72..., but Sum.evalf says 0


@pytest.mark.parametrize(
    ("prev", "cur"),
    [
        (f"Min(1, {GAUSS})", GAUSS),
        (f"Abs({GAUSS} - 1)", f"1 - {GAUSS}"),
        (f"sqrt(({GAUSS} - 1)**2)", f"1 - {GAUSS}"),
    ],
)
def test_functions_that_compare_do_not_decide_by_sum_evalf(prev, cur):
    text = derivation_text([(None, prev), ("algebra", cur)])
    not_proved(check_text(text), 2)


def test_max_of_a_sum_sympy_cannot_compare_is_read_without_crash_or_hang():
    start = time.perf_counter()
    text = derivation_text([(None, "Max(0, Sum(sign(sin(n))/n**2, (n, 1, oo)))"), ("algebra", "1")])
    report = check_text(text)
    assert time.perf_counter() - start < 60
    assert report.steps[1].verdict.status != PROVED


@pytest.mark.parametrize(
    ("prev", "cur"),
    [
        ("sign(Sum(1/(3*n), (n, 1, 6)) - 49/60)", "0"),  # the finite sum is exactly 49/60
        ("x + atan(10**100*(Sum(1/(3*n), (n, 1, 6)) - 49/60))", "x"),
        (
            "log(1 + 10**(-100))",
            "log(10**100 + 1) - 100*log(10)",
        ),  # SymPy's evalf says 0.0 on the left
    ],
)
def test_true_steps_are_not_refuted_by_rounding(prev, cur):
    text = derivation_text([(None, prev), ("algebra", cur)])
    report = check_text(text)
    assert report.steps[1].verdict.status != REFUTED, report.steps[1].verdict.reason


def test_refuter_does_not_evaluate_factorial_off_the_integers():
    text = derivation_text(
        [(None, "sin(pi*x)**2*factorial(x)"), ("algebra", "0")], symbols={"x": "nonnegative"}
    )
    report = check_text(text)
    assert report.steps[1].verdict.status != REFUTED, report.steps[1].verdict.reason


X_TINY = "log(1 + 10**(-10)) - 10**(-10) + 10**(-20)"  # 5.0e-21 > 0; SymPy's evalf(2) says < 0


@pytest.mark.parametrize(
    ("prev", "cur"),
    [
        (f"sign({X_TINY})", "-1"),
        (f"Max(0, {X_TINY})", "0"),
        (
            "x*Abs(log(1 + 10**(-300)) - 10**(-300) + 10**(-600))",
            "x*(10**(-300) - 10**(-600) - log(1 + 10**(-300)))",
        ),
    ],
)
def test_signs_of_numbers_are_not_read_off_a_two_digit_evalf(prev, cur):
    text = derivation_text([(None, prev), ("algebra", cur)])
    not_proved(check_text(text), 2)


@pytest.mark.parametrize(
    ("prev", "cur"),
    [
        ("sign(Sum(1/(3*n), (n, 1, 617)) - Sum(1/(3*n), (n, 2, 617)) - 1/3)", "0"),
        ("sin(pi*x/10**20)*factorial(2 + x/10**20)", "0"),
    ],
)
def test_refuter_is_exact_where_rounding_would_decide(prev, cur):
    text = derivation_text([(None, prev), ("algebra", cur)])
    report = check_text(text)
    assert report.steps[1].verdict.status != REFUTED, report.steps[1].verdict.reason


def test_a_timeout_swallowed_once_is_raised_again():
    from verifier.proof.deadline import StepTimeout, run_with_deadline

    def spin(seconds):  # Python bytecode, where an asynchronous exception lands
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            pass

    def swallow_first():
        try:  # noqa: SIM105 (written the way a careless callback swallows it)
            spin(2)  # the first StepTimeout lands here and is swallowed,
        except StepTimeout:
            pass  # as it would be in a GC callback or a __del__
        spin(5)  # the computation goes on: it must be stopped again
        return "finished"

    start = time.perf_counter()
    with pytest.raises(StepTimeout):
        run_with_deadline(swallow_first, 0.5)
    assert time.perf_counter() - start < 3


def test_a_derivation_report_is_proved_only_with_its_claim_and_every_step():
    from verifier.proof.checker import DerivationReport, StepReport, start_verdict

    d = load_text(derivation_text([(None, "x"), ("algebra", "x")]), "t.toml")
    unknown = StepVerdict("unknown", "x", "not shown")
    steps = (StepReport(d.steps[0], start_verdict()), StepReport(d.steps[1], unknown))
    with pytest.raises(ForgedVerdict):
        DerivationReport(d, "proved", steps, start_verdict())
    with pytest.raises(ForgedVerdict):
        DerivationReport(
            d, "proved", (*steps[:1], StepReport(d.steps[1], start_verdict())), unknown
        )


# -- found by the hostile review of 2026-11-27 -----------------------------------------------

# With f == 1 (differentiable and nonzero) the body is 0/0 for every h: the limit does not
# exist. Writing f(x+h) = f(x) + h*q and cancelling h*q hid that.
_NO_LIMIT = "Limit((f(x + h) - f(x))/(f(x + h)**2 - f(x)**2), h, 0)"


def test_a_limit_whose_body_is_0_over_0_for_a_constant_f_is_not_cancelled():
    report = check_text(
        derivation_text(
            [(None, f"{_NO_LIMIT}/{_NO_LIMIT}"), ("algebra", "1")],
            functions={"f": "differentiable nonzero"},
        )
    )
    assert report.steps[1].verdict.status != "proved"


def test_limit_sum_does_not_merge_a_limit_that_may_not_exist():
    report = check_text(
        derivation_text(
            [
                (None, f"{_NO_LIMIT} + Limit(h - ({_NO_LIMIT.removeprefix('Limit(')[:-7]}), h, 0)"),
                ("limit-sum", "Limit(h, h, 0)"),
            ],
            functions={"f": "differentiable nonzero"},
        ),
        timeout=60.0,  # the existence check takes ~10 s; under load a 10 s limit cuts it off
    )
    assert report.steps[1].verdict.status != "proved"
    assert "would need it nonzero" in report.steps[1].verdict.reason


def test_the_difference_quotient_route_still_shows_a_derivative_limit_exists():
    # The same rewrite with a factor that is nonzero near the point stays usable:
    # (f(x+h) - f(x))/h -> f'(x), its cancelled factor is h itself.
    report = check_text(
        derivation_text(
            [
                (None, "Limit((f(x + h) - f(x))/h, h, 0) + Limit(h, h, 0)"),
                ("limit-sum", "Limit((f(x + h) - f(x))/h + h, h, 0)"),
            ],
            functions={"f": "differentiable"},
        )
    )
    assert report.steps[1].verdict.status == "proved", report.steps[1].verdict.reason


def test_binomial_of_reals_is_refused_as_sympy_reads_it_through_gamma():
    # binomial(x, x + 1) = 0 "holds" by gammasimp, but binomial(-1, 0) = 1.
    assert sympy.binomial(-1, 0) == 1 and mpmath.binomial(-1, 0) == 1
    with pytest.raises(InputError, match=r"needs integers >= 0"):
        check_text(derivation_text([(None, "binomial(x, x + 1)"), ("algebra", "0")]))


def test_binomial_of_nonnegative_integers_is_read_and_checked():
    report = check_text(derivation_text([(None, "binomial(n, 2)"), ("algebra", "n*(n - 1)/2")]))
    assert report.steps[1].verdict.status == "proved", report.steps[1].verdict.reason
    wrong = check_text(derivation_text([(None, "binomial(n, 2)"), ("algebra", "n*(n + 1)/2")]))
    step = wrong.steps[1].verdict
    assert step.status == "refuted"
    n = int(dict(step.counterexample.values)["n"])
    assert math.comb(n, 2) != n * (n + 1) // 2


@pytest.mark.parametrize(
    "text, value", [("Rational(-1, 3)", "-1/3"), ("Rational(1, 10**2)", "1/100")]
)
def test_rational_of_integer_expressions_is_read(text, value):
    report = check_text(derivation_text([(None, text), ("algebra", value)]))
    assert report.steps[1].verdict.status == "proved"
    off = check_text(derivation_text([(None, text), ("algebra", f"{value} + 1/10**6")]))
    assert off.steps[1].verdict.status == "refuted"


# -- divisors SymPy cancels as it reads (E/E = 1) --------------------------------
#
# SymPy turns E/E into 1 when it builds the product. For a polynomial in h that
# is harmless inside a limit (E is nonzero near the point but at isolated
# points), but an unknown function, or Abs, can make E vanish on a whole
# interval, and then the body is 0/0 everywhere near the point.

_E = "f(x + h) - f(x) + h**2"


def _body_is_zero_over_zero_for(f, x0: Fraction) -> bool:
    """With this f, E = f(x0 + h) - f(x0) + h^2 is 0 at every sampled h near 0 (exactly)."""
    samples = (Fraction(1, 1000), Fraction(-1, 1000), Fraction(1, 4), Fraction(-1, 2))
    return all(f(x0 + h) - f(x0) + h**2 == 0 for h in samples)


def test_quotient_of_a_vanishing_divisor_by_itself_does_not_merge_limits():
    # lim E/E + lim (h - E/E) = lim h by limit-sum: for f(t) = -(t - x)^2 both bodies
    # are 0/0 for every h, so the left side does not exist.
    quotient = f"2*({_E})/(2*f(x + h) - 2*f(x) + 2*h**2)"
    left = f"Limit({quotient}, h, 0) + Limit(h - {quotient}, h, 0)"
    text = derivation_text(
        [(None, left), ("limit-sum", "Limit(h, h, 0)")], functions={"f": "differentiable"}
    )
    report = check_text(text)
    not_proved(report, 2)
    assert "divided out" in report.steps[-1].verdict.reason
    x0 = Fraction(3, 4)
    assert _body_is_zero_over_zero_for(lambda t: -((t - x0) ** 2), x0)


def test_a_limit_of_a_vanishing_divisor_by_itself_is_not_one():
    text = derivation_text(
        [(None, f"Limit(({_E})/({_E}), h, 0)"), ("continuity", "1")],
        functions={"f": "differentiable"},
    )
    not_proved(check_text(text), 2)


def test_abs_divisor_that_vanishes_for_positive_h_is_not_cancelled():
    # Abs(h) - h is 0 for every h > 0: the body is 0/0 on one side of the point.
    text = derivation_text([(None, "Limit((Abs(h) - h)/(Abs(h) - h), h, 0)"), ("continuity", "1")])
    not_proved(check_text(text), 2)
    assert all(abs(h) - h == 0 for h in (1e-9, 0.5, 3.0))


@pytest.mark.parametrize(
    "pair",
    [
        ("f(x)*g(x)/f(x)", "g(x)"),  # f = 0 makes the left side undefined everywhere
        ("0/f(x) + x", "x"),
        ("x/f(x) - x/f(x) + x", "x"),
        ("1/(1/f(x))", "f(x)"),
    ],
)
def test_cancelling_an_unknown_function_needs_it_nonzero(pair):
    left, right = pair
    text = derivation_text(
        [(None, left), ("algebra", right)], functions={"f": "differentiable", "g": "differentiable"}
    )
    not_proved(check_text(text), 2)
    # Declared nonzero, the same cancellation is an identity.
    text = derivation_text(
        [(None, left), ("algebra", right)],
        functions={"f": "differentiable nonzero", "g": "differentiable"},
    )
    assert check_text(text).proved


def test_a_polynomial_divisor_is_still_cancelled_inside_a_limit():
    # h*(x + h)/h is x + h for every h != 0, so the limit is x: still provable.
    text = derivation_text([(None, "Limit(h*(x + h)/h, h, 0)"), ("continuity", "x")])
    assert check_text(text).proved


def test_limit_exists_does_not_cancel_a_factor_that_vanishes_with_the_function():
    # Q = E*(h + 1)/E with E = f(x + h) - f(x) + h^2, the numerator expanded so SymPy
    # does not cancel it as it reads. Writing f(x + h) = f(x) + h*q, E = h*(q + h): the
    # factor q + h is not c*h, and for f(t) = -(t - x)^2 it is 0 for every h, so Q is
    # 0/0 near the point and lim Q does not exist: limit-sum must not merge it.
    numerator = "f(x + h)*h + f(x + h) - f(x)*h - f(x) + h**3 + h**2"
    quotient = f"({numerator})/({_E})"
    text = derivation_text(
        [
            (None, f"Limit({quotient}, h, 0) + Limit(h, h, 0)"),
            ("limit-sum", f"Limit({quotient} + h, h, 0)"),
        ],
        functions={"f": "differentiable"},
    )
    not_proved(check_text(text), 2)
    x0 = Fraction(3, 4)
    assert _body_is_zero_over_zero_for(lambda t: -((t - x0) ** 2), x0)
    # With f(t) = t^2 written out, E = h*(2x + 2h) is 0 only at h = 0 (x > 0): the same
    # shape is an identity away from the point, and algebra inside the limit proves it.
    known = derivation_text(
        [
            (
                None,
                "Limit(((x + h)**2*h + (x + h)**2 - x**2*h - x**2 + h**3 + h**2)"
                "/((x + h)**2 - x**2 + h**2), h, 0) + Limit(h, h, 0)",
            ),
            ("algebra", "Limit(h + 1, h, 0) + Limit(h, h, 0)"),
        ],
        symbols={"x": "positive", "h": "real"},
    )
    assert check_text(known).proved


# -- a counterexample is a point where the sides, as written, have real values ----


@pytest.mark.parametrize(("left", "right"), [("exp(log(x))", "Abs(x)"), ("sqrt(x)**2", "Abs(x)")])
def test_no_counterexample_where_the_written_side_has_no_real_value(left, right):
    # SymPy reads exp(log(x)) and sqrt(x)**2 as x; x = -1.1 "differs" from |x| only for
    # that reading: math.log(-1.1) and math.sqrt(-1.1) have no real value.
    report = check_text(derivation_text([(None, left), ("algebra", right)]))
    verdict = report.steps[1].verdict
    assert verdict.status != REFUTED, verdict.counterexample
    with pytest.raises(ValueError):
        math.log(-1.1)


def test_a_false_step_behind_a_log_is_refuted_where_the_log_is_defined():
    report = check_text(derivation_text([(None, "exp(log(x))"), ("algebra", "x + 1")]))
    verdict = report.steps[1].verdict
    assert verdict.status == REFUTED
    x = float(dict(verdict.counterexample.values)["x"])
    assert x > 0  # where log(x) is real
    assert not math.isclose(math.exp(math.log(x)), x + 1)


# -- numbers SymPy signs by evalf(2) -------------------------------------------------


def _x_tiny() -> mpmath.mpf:
    """X_TINY by mpmath alone, at 60 digits: 5.0e-21, positive."""
    with mpmath.workdps(60):
        ten = mpmath.mpf(10)
        return mpmath.log(1 + ten**-10) - ten**-10 + ten**-20


@pytest.mark.parametrize(
    ("prev", "cur", "truth"),
    [
        # SymPy read sqrt(X**2) as -X (it signs X negative): this false step was proved.
        (f"sqrt(({X_TINY})**2)", f"-({X_TINY})", lambda v: (v, -v)),
        (f"Abs({X_TINY})", f"-({X_TINY})", lambda v: (v, -v)),
        (f"sqrt({X_TINY})", "0", lambda v: (mpmath.sqrt(v), 0)),
    ],
)
def test_a_false_step_on_a_number_near_zero_is_refuted_with_its_true_value(prev, cur, truth):
    report = check_text(derivation_text([(None, prev), ("algebra", cur)]))
    step = report.steps[1]
    assert step.verdict.status == REFUTED, step.verdict.reason
    with mpmath.workdps(60):
        left, right = truth(_x_tiny())
        assert abs(left - right) > abs(left) / 2  # they really differ
        shown = step.verdict.counterexample
        # the values the refutation prints are the true ones, to the digits it prints
        assert mpmath.almosteq(mpmath.mpf(shown.lhs), left, rel_eps=1e-12)
        assert mpmath.almosteq(mpmath.mpf(shown.rhs), right, rel_eps=1e-12, abs_eps=1e-300)


@pytest.mark.parametrize(
    ("prev", "truth"),
    [
        # simplify's logcombine made these log(1.5**(10**20)): a power no time limit could
        # stop (the library call never returned; the CLI's worker was killed after 37 s).
        ("10**20*log(Rational(3, 2))", lambda: 10**20 * mpmath.log(1.5)),
        ("sqrt(10**20*log(Rational(3, 2)) - 1)", lambda: mpmath.sqrt(10**20 * mpmath.log(1.5) - 1)),
    ],
)
def test_a_large_multiple_of_a_log_is_refuted_not_powered_out(prev, truth):
    report = check_text(derivation_text([(None, prev), ("algebra", "0")]))
    step = report.steps[1]
    assert step.verdict.status == REFUTED, step.verdict.reason
    with mpmath.workdps(30):
        assert mpmath.almosteq(mpmath.mpf(step.verdict.counterexample.lhs), truth(), rel_eps=1e-12)

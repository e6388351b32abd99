"""The derivative rules added for derivations as people write them: rows in the format of
tests/proof/test_rules.py (a true use and, for every side condition, a violating use).

The derivative table's rows start with the function's name ("log: ..."), and
:func:`test_every_table_entry_has_a_true_and_a_violating_row` holds every entry to one
of each. The higher-derivative rows check that Derivative(A, (x, n)) is read as the
derivative of the derivative and nothing more.
"""

from __future__ import annotations

import pytest
from helpers import check_text, derivation_text
from test_rules import SYMBOLS, bad, check_row, param, true

from verifier.proof.rules import DERIVATIVE_TABLE

TABLE_CHAIN = ("chain-rule",)

ROWS = [
    # -- basic-derivatives: d/dx x = 1; d/dx c = 0 for c defined and free of x
    true("basic-derivatives", "d/dx x", "Derivative(x, x)", "1"),
    true("basic-derivatives", "constant", "Derivative(y**2 + 1, x)", "0"),
    true("basic-derivatives", "subscripted constant", "Derivative(w_1, x)", "0"),
    bad("basic-derivatives", "constant not defined", "Derivative(1/y, x)", "0"),
    bad("basic-derivatives", "depends on x", "Derivative(x**2, x)", "0", refuted=True),
    bad("basic-derivatives", "d/dx x is not 0", "Derivative(x, x)", "0", refuted=True),
    # -- quotient-rule: A and B differentiable, B != 0 shown
    true(
        "quotient-rule",
        "function below",
        "Derivative(x/f(x), x)",
        "(Derivative(x, x)*f(x) - x*Derivative(f(x), x))/f(x)**2",
    ),
    true(
        "quotient-rule",
        "polynomial below",
        "Derivative(sin(x)/(x**2 + 1), x)",
        "(Derivative(sin(x), x)*(x**2 + 1) - sin(x)*Derivative(x**2 + 1, x))/(x**2 + 1)**2",
    ),
    bad(
        "quotient-rule",
        "denominator may be 0",
        "Derivative(x/q(x), x)",
        "(Derivative(x, x)*q(x) - x*Derivative(q(x), x))/q(x)**2",
    ),
    bad(
        "quotient-rule",
        "denominator 0 at a point",
        "Derivative(x/(x - 1), x)",
        "(Derivative(x, x)*(x - 1) - x*Derivative(x - 1, x))/(x - 1)**2",
    ),
    bad(
        "quotient-rule",
        "numerator not differentiable",
        "Derivative(Abs(x)/(x**2 + 1), x)",
        "(Derivative(Abs(x), x)*(x**2 + 1) - Abs(x)*Derivative(x**2 + 1, x))/(x**2 + 1)**2",
    ),
    bad(
        "quotient-rule",
        "denominator not differentiable",
        "Derivative(x/r(x), x)",
        "(Derivative(x, x)*r(x) - x*Derivative(r(x), x))/r(x)**2",
    ),
    bad(
        "quotient-rule",
        "terms swapped (the sign)",
        "Derivative(x/f(x), x)",
        "(x*Derivative(f(x), x) - Derivative(x, x)*f(x))/f(x)**2",
        refuted=True,
    ),
    bad(
        "quotient-rule",
        "square dropped",
        "Derivative(x/f(x), x)",
        "(Derivative(x, x)*f(x) - x*Derivative(f(x), x))/f(x)",
        refuted=True,
    ),
    # -- derivative-table: one true and one violating row per entry ("name: ...")
    true("derivative-table", "sin: at x", "Derivative(sin(x), x)", "cos(x)"),
    bad("derivative-table", "sin: sign", "Derivative(sin(x), x)", "-cos(x)", refuted=True),
    true("derivative-table", "cos: at x", "Derivative(cos(x), x)", "-sin(x)"),
    bad("derivative-table", "cos: wrong sign", "Derivative(cos(x), x)", "sin(x)", refuted=True),
    true(
        "derivative-table",
        "tan: at a point where cos != 0",
        "Subs(Derivative(tan(u), u), u, 1)",
        "1/cos(1)**2",
    ),
    bad("derivative-table", "tan: cos(x) may be 0", "Derivative(tan(x), x)", "1/cos(x)**2"),
    bad(
        "derivative-table",
        "tan: formula",
        "Subs(Derivative(tan(u), u), u, 1)",
        "1/cos(1)",
        refuted=True,
    ),
    true("derivative-table", "log: positive", "Derivative(log(z), z)", "1/z"),
    bad("derivative-table", "log: outside its domain", "Derivative(log(y), y)", "1/y"),
    bad(
        "derivative-table",
        "log: at a value that may be <= 0",
        "Subs(Derivative(log(u), u), u, y)",
        "1/y",
    ),
    bad("derivative-table", "log: formula", "Derivative(log(z), z)", "log(z)", refuted=True),
    true("derivative-table", "sqrt: positive", "Derivative(sqrt(z), z)", "1/(2*sqrt(z))"),
    bad("derivative-table", "sqrt: may be 0", "Derivative(sqrt(y), y)", "1/(2*sqrt(y))"),
    bad("derivative-table", "sqrt: factor", "Derivative(sqrt(z), z)", "1/sqrt(z)", refuted=True),
    true("derivative-table", "sinh: at x", "Derivative(sinh(x), x)", "cosh(x)"),
    bad("derivative-table", "sinh: formula", "Derivative(sinh(x), x)", "sinh(x)", refuted=True),
    true("derivative-table", "cosh: at x", "Derivative(cosh(x), x)", "sinh(x)"),
    bad("derivative-table", "cosh: sign", "Derivative(cosh(x), x)", "-sinh(x)", refuted=True),
    true("derivative-table", "tanh: at x", "Derivative(tanh(x), x)", "1 - tanh(x)**2"),
    true("derivative-table", "tanh: as 1/cosh^2", "Derivative(tanh(x), x)", "1/cosh(x)**2"),
    bad("derivative-table", "tanh: sign", "Derivative(tanh(x), x)", "tanh(x)**2 - 1", refuted=True),
    true(
        "derivative-table",
        "asin: inside (-1, 1)",
        "Subs(Derivative(asin(u), u), u, 1/2)",
        "2/sqrt(3)",
    ),
    bad("derivative-table", "asin: |x| may be >= 1", "Derivative(asin(x), x)", "1/sqrt(1 - x**2)"),
    bad(
        "derivative-table",
        "asin: at a value that may be outside (-1, 1)",
        "Subs(Derivative(asin(u), u), u, y)",
        "1/sqrt(1 - y**2)",
    ),
    true(
        "derivative-table",
        "acos: inside (-1, 1)",
        "Subs(Derivative(acos(u), u), u, 1/2)",
        "-2/sqrt(3)",
    ),
    bad("derivative-table", "acos: |x| may be >= 1", "Derivative(acos(x), x)", "-1/sqrt(1 - x**2)"),
    bad(
        "derivative-table",
        "acos: sign",
        "Subs(Derivative(acos(u), u), u, 1/2)",
        "2/sqrt(3)",
        refuted=True,
    ),
    true("derivative-table", "atan: at x", "Derivative(atan(x), x)", "1/(1 + x**2)"),
    bad(
        "derivative-table", "atan: formula", "Derivative(atan(x), x)", "1/(1 - x**2)", refuted=True
    ),
    true("derivative-table", "erf: at x", "Derivative(erf(x), x)", "2*exp(-x**2)/sqrt(pi)"),
    bad("derivative-table", "erf: factor", "Derivative(erf(x), x)", "exp(-x**2)", refuted=True),
    bad(
        "derivative-table",
        "exp: not in the table (the exp-derivative lemma)",
        "Derivative(exp(x), x)",
        "exp(x)",
    ),
    # -- chain-rule with the table for the outer derivative, as textbooks write it
    true(
        "chain-rule",
        "with the table: sin(3x)",
        "Derivative(sin(3*x), x)",
        "cos(3*x)*Derivative(3*x, x)",
        also=("derivative-table",),
    ),
    true(
        "chain-rule",
        "with the table: log of a positive",
        "Derivative(log(x**2 + 1), x)",
        "Derivative(x**2 + 1, x)/(x**2 + 1)",
        also=("derivative-table",),
    ),
    bad(
        "chain-rule",
        "with the table: inner derivative dropped",
        "Derivative(sin(3*x), x)",
        "cos(3*x)",
        refuted=True,
        also=("derivative-table",),
    ),
    bad(
        "chain-rule",
        "with the table: log of a value that may be <= 0",
        "Derivative(log(x - 1), x)",
        "Derivative(x - 1, x)/(x - 1)",
        also=("derivative-table",),
    ),
    # -- higher derivatives: the derivative of the derivative
    true(
        "power-rule",
        "second derivative",
        "Derivative(x**3, (x, 2))",
        "6*x",
        also=("constant-rule",),
    ),
    true(
        "derivative-table",
        "second derivative of sin",
        "Derivative(sin(x), x, x)",
        "-sin(x)",
        also=("constant-rule",),
    ),
    bad(
        "power-rule",
        "second derivative is not the first",
        "Derivative(x**3, (x, 2))",
        "3*x**2",
        refuted=True,
        also=("constant-rule",),
    ),
    bad(
        "product-rule",
        "second derivative of an only once differentiable f",
        "Derivative(x*f(x), (x, 2))",
        "2*Derivative(f(x), x) + x*Derivative(f(x), (x, 2))",
        also=("sum-rule",),
    ),
]


@pytest.mark.parametrize("row", [param(r) for r in ROWS])
def test_rule_table(row):
    check_row(row)


def test_every_table_entry_has_a_true_and_a_violating_row():
    for name in DERIVATIVE_TABLE:
        rows = [r for r in ROWS if r.rule == "derivative-table" and r.what.startswith(f"{name}:")]
        assert any(not r.violating for r in rows), f"table entry {name!r} has no true row"
        assert any(r.violating for r in rows), f"table entry {name!r} has no violating row"
    assert "exp" not in DERIVATIVE_TABLE  # exp' = exp is the exp-derivative lemma


def test_d_dx_x_needs_no_rule_name():
    # The seed blog's own step: the chain rule leaves d/dx(-x), which is -1 without ceremony.
    steps = [
        (None, "Derivative(1 + exp(-x), x)"),
        (["sum-rule", "constant-rule", "chain-rule", "exp-derivative"], "-exp(-x)"),
    ]
    report = check_text(derivation_text(steps, uses=["exp-derivative"]))
    assert report.steps[1].verdict.status == "proved", report.steps[1].verdict.reason


@pytest.mark.parametrize(
    ("prev", "nxt", "expect"),
    [
        ("Derivative(x, x)", "1", "proved"),
        ("3*Derivative(y, x) + 2", "2", "proved"),
        ("Derivative(x, x)", "0", "refuted"),
        ("Derivative(x**2, x)", "2*x", "unknown"),  # not a basic derivative: a rule must be named
        ("Derivative(1/y, x)", "0", "unknown"),  # 1/y is not defined at y = 0
    ],
    ids=["d/dx x", "d/dx c", "d/dx x is not 0", "x**2 needs a rule", "c not defined"],
)
def test_basic_derivatives_by_algebra_alone(prev, nxt, expect):
    text = derivation_text([(None, prev), ("algebra", nxt)], symbols=SYMBOLS)
    verdict = check_text(text).steps[1].verdict
    assert verdict.status == expect, verdict.reason


def test_chain_rule_leaves_a_table_derivative_without_the_table():
    # Without derivative-table named, d/du sin(u) stays: the step is not proved.
    steps = [(None, "Derivative(sin(3*x), x)"), ("chain-rule", "cos(3*x)*Derivative(3*x, x)")]
    verdict = check_text(derivation_text(steps, symbols=SYMBOLS)).steps[1].verdict
    assert verdict.status == "unknown", verdict.reason


def test_quotient_rule_derivation_is_proved_and_matches_the_rule():
    # derivations/quotient-rule.toml derives, from the product rule and the reciprocal-rule
    # lemma, exactly what the quotient-rule axiom states for A = g(x), B = f(x).
    from verifier.proof.checker import check_all
    from verifier.proof.model import load_shipped, resolve

    shipped = load_shipped()
    (derived,) = [d for d in shipped if d.file.endswith("quotient-rule.toml")]
    report = {r.derivation.id: r for r in check_all(resolve([derived], shipped))}[derived.id]
    assert report.proved, report.reason
    rules_used = {name for step in derived.steps for name in step.by}
    assert "quotient-rule" not in rules_used
    assert {"product-rule", "reciprocal-rule"} <= rules_used
    lhs, rhs = derived.claim
    axiom = derivation_text(
        [(None, str(lhs)), ("quotient-rule", str(rhs))],
        symbols=SYMBOLS,
        functions={"f": "differentiable nonzero", "g": "differentiable"},
    )
    assert check_text(axiom).proved

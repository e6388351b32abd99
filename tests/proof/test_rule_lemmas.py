"""Lemmas as people cite them: through ``[define]`` abbreviations, never with a function
variable onto a constant, and a rewriting cycle reported as a cycle.

Rows in the format of tests/proof/test_rules.py, plus the engine's cycle report.
"""

from __future__ import annotations

import pytest
import sympy
from helpers import check_text, derivation_text
from test_rules import bad, check_row, param, true

from verifier.proof.conditions import Facts
from verifier.proof.model import load_text
from verifier.proof.rules import RewriteLimit, RuleContext, lemma_rule, normalize

SIGMOID = {"define": {"sigma(x)": "1/(1 + exp(-x))"}, "uses": ["sigmoid-derivative"]}

QUOTIENT = {"uses": ["quotient-rule-derived"]}

ROWS = [
    true(
        "quotient-rule-derived",
        "instance",
        "Derivative(sin(x)/(x**2 + 1), x)",
        "(Derivative(sin(x), x)*(x**2 + 1) - sin(x)*Derivative(x**2 + 1, x))/(x**2 + 1)**2",
        **QUOTIENT,
    ),
    bad(
        "quotient-rule-derived",
        "denominator may be 0",
        "Derivative(x/(x - 1), x)",
        "(Derivative(x, x)*(x - 1) - x*Derivative(x - 1, x))/(x - 1)**2",
        **QUOTIENT,
    ),
    bad(
        "quotient-rule-derived",
        "terms swapped",
        "Derivative(sin(x)/(x**2 + 1), x)",
        "(sin(x)*Derivative(x**2 + 1, x) - Derivative(sin(x), x)*(x**2 + 1))/(x**2 + 1)**2",
        refuted=True,
        **QUOTIENT,
    ),
    true(
        "sigmoid-derivative",
        "through the citing file's own abbreviation",
        "Derivative(sigma(y), y)",
        "sigma(y)*(1 - sigma(y))",
        **SIGMOID,
    ),
    bad(
        "sigmoid-derivative",
        "through an abbreviation, at 2*y",
        "Derivative(sigma(2*y), y)",
        "sigma(2*y)*(1 - sigma(2*y))",
        refuted=True,
        **SIGMOID,
    ),
    bad(
        "reciprocal-rule",
        "function variable onto a constant",
        "Derivative(1, x)",
        "-Derivative(1, x)",
        uses=["reciprocal-rule"],
    ),
    bad(
        "reciprocal-rule",
        "function variable onto a function of another variable",
        "Derivative(1/f(y), x)",
        "-Derivative(f(y), x)/f(y)**2",
        uses=["reciprocal-rule"],
    ),
]


@pytest.mark.parametrize("row", [param(r) for r in ROWS])
def test_rule_table(row):
    check_row(row)


def test_lemma_onto_a_constant_does_not_loop():
    # Regression: reciprocal-rule matched Derivative(1, x) with f = 1 and rewrote it forever.
    text = derivation_text(
        [(None, "Derivative(1, x) + x"), ("reciprocal-rule", "x")], uses=["reciprocal-rule"]
    )
    verdict = check_text(text).steps[1].verdict
    assert verdict.status != "proved"
    assert "did not settle" not in verdict.reason and "cycle" not in verdict.reason
    assert "reciprocal-rule" in verdict.reason  # it names the rule that did not apply


LOG_SQUARE = derivation_text(
    [(None, "log(a**2)"), ("algebra", "2*log(a)")], symbols={"a": "positive"}, ident="log-square"
)
SQUARE_LOG = derivation_text(
    [(None, "2*log(a)"), ("algebra", "log(a**2)")], symbols={"a": "positive"}, ident="square-log"
)


def test_two_lemmas_undoing_each_other_are_reported_as_a_cycle():
    rules = [lemma_rule(load_text(t, f"{i}.toml")) for i, t in enumerate((LOG_SQUARE, SQUARE_LOG))]
    z = sympy.Symbol("z", positive=True)
    start = sympy.log(z**2) + 1
    with pytest.raises(RewriteLimit) as info:
        normalize(start, rules, RuleContext(Facts()))
    message = str(info.value)
    assert "did not settle" not in message
    assert message.startswith("the rules rewrite in a cycle (log-square, square-log)"), message
    assert "log(z**2) + 1 -> 2*log(z) + 1 -> log(z**2) + 1" in message


def test_one_lemma_alone_settles():
    rule = lemma_rule(load_text(LOG_SQUARE, "l.toml"))
    z = sympy.Symbol("z", positive=True)
    assert normalize(sympy.log(z**2) + 1, [rule], RuleContext(Facts())) == 2 * sympy.log(z) + 1

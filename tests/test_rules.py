"""Each rule: a true use is proved, a false use is refuted (or unknown), a misapplied rule is not proved."""

from __future__ import annotations

import pytest

from helpers import check_text, derivation_text
from verifier.proof.rules import RULES

F = {"f": "differentiable nonzero"}

# rule: (previous, a true next step, a false next step, extra file keys)
CASES = {
    "algebra": ("(x + 1)**2", "x**2 + 2*x + 1", "x**2 + 1", {}),
    "definition": ("S(x) + 1", "x**2 + 2", "x**2 + 1", {"define": {"S(x)": "x**2 + 1"}}),
    "derivative-definition": (
        "Derivative(f(x), x)", "Limit((f(x + h) - f(x))/h, h, 0)",
        "Limit((f(x + h) - f(x))/(2*h), h, 0)", {"functions": F}),
    "limit-sum": (
        "Limit(f(x + h) + h**2, h, 0)", "Limit(f(x + h), h, 0) + Limit(h**2, h, 0)",
        "Limit(f(x + h), h, 0) + Limit(h**2 + 1, h, 0)", {"functions": F}),
    "limit-product": (
        "Limit(f(x + h)*(h + 2), h, 0)", "Limit(f(x + h), h, 0)*Limit(h + 2, h, 0)",
        "Limit(f(x + h), h, 0)*Limit(h + 3, h, 0)", {"functions": F}),
    "limit-quotient": (
        "Limit(f(x + h)/(h + 2), h, 0)", "Limit(f(x + h), h, 0)/Limit(h + 2, h, 0)",
        "Limit(f(x + h), h, 0)/Limit(h + 1, h, 0)", {"functions": F}),
    "limit-constant": (
        "Limit(f(x)*(h + 2), h, 0)", "f(x)*Limit(h + 2, h, 0)",
        "2*f(x)*Limit(h + 2, h, 0)", {"functions": F}),
    "continuity": ("Limit(f(x + h)**2, h, 0)", "f(x)**2", "f(x)**3", {"functions": F}),
    "sum-rule": (
        "Derivative(f(x) + x**2, x)", "Derivative(f(x), x) + Derivative(x**2, x)",
        "Derivative(f(x), x) - Derivative(x**2, x)", {"functions": F}),
    "constant-rule": (
        "Derivative(3*f(x), x)", "3*Derivative(f(x), x)", "Derivative(f(x), x)",
        {"functions": F}),
    "product-rule": (
        "Derivative(x**2*f(x), x)", "Derivative(x**2, x)*f(x) + x**2*Derivative(f(x), x)",
        "Derivative(x**2, x)*Derivative(f(x), x)", {"functions": F}),
    "chain-rule": (
        "Derivative(f(x**2), x)", "Subs(Derivative(f(u), u), u, x**2)*Derivative(x**2, x)",
        "Subs(Derivative(f(u), u), u, x**2)", {"functions": F}),
    "power-rule": ("Derivative(x**3, x)", "3*x**2", "3*x**3", {}),
    "exp-series": (
        "exp(x)", "Sum(x**n/factorial(n), (n, 0, oo))", "Sum(x**n/factorial(n), (n, 1, oo))", {}),
    "termwise": (
        "Derivative(Sum(x**n/factorial(n), (n, 0, oo)), x)",
        "Sum(Derivative(x**n/factorial(n), x), (n, 0, oo))",
        "Sum(Derivative(x**n/factorial(n + 1), x), (n, 0, oo))", {}),
    "reindex": (
        "Sum(x**n/factorial(n), (n, 2, oo))", "Sum(x**(n + 2)/factorial(n + 2), (n, 0, oo))",
        "Sum(x**(n + 2)/factorial(n + 1), (n, 0, oo))", {}),
    "sum-first-term": (
        "Sum(x**n/factorial(n), (n, 0, oo))", "1 + Sum(x**n/factorial(n), (n, 1, oo))",
        "Sum(x**n/factorial(n), (n, 1, oo))", {}),
    "exp-derivative": ("2*Derivative(exp(x), x)", "2*exp(x)", "exp(x)", {"uses": ["exp-derivative"]}),
    "reciprocal-rule": (
        "Derivative(1/(x**2 + 1), x)", "-Derivative(x**2 + 1, x)/(x**2 + 1)**2",
        "Derivative(x**2 + 1, x)/(x**2 + 1)**2", {"uses": ["reciprocal-rule"]}),
}


def run(rule, prev, nxt, extra):
    text = derivation_text([(None, prev), (rule, nxt)], **extra)
    return check_text(text).steps[1].verdict


def test_every_design_rule_is_in_the_table():
    design = ("algebra definition derivative-definition limit-sum limit-product limit-quotient "
              "limit-constant continuity sum-rule constant-rule product-rule chain-rule "
              "power-rule exp-series termwise reindex").split()
    assert set(design) <= set(RULES)
    assert set(RULES) <= set(CASES)


@pytest.mark.parametrize("rule", CASES, ids=CASES)
def test_true_use_is_proved(rule):
    prev, good, _, extra = CASES[rule]
    verdict = run(rule, prev, good, extra)
    assert verdict.verdict == "proved", verdict.reason


@pytest.mark.parametrize("rule", CASES, ids=CASES)
def test_false_use_is_not_proved(rule):
    prev, _, bad, extra = CASES[rule]
    verdict = run(rule, prev, bad, extra)
    assert verdict.verdict in ("refuted", "unknown"), verdict.reason
    if verdict.verdict == "refuted":
        cex = verdict.counterexample
        assert cex is not None and float(cex.lhs) != pytest.approx(float(cex.rhs), rel=1e-9)


@pytest.mark.parametrize("rule", CASES, ids=CASES)
def test_misapplied_rule_is_not_proved(rule):
    # A true step, justified by a rule that does not make it.
    other = "product-rule" if rule in ("power-rule", "reciprocal-rule") else "power-rule"
    prev, good, _, extra = CASES[other]
    extra = {**extra, **{k: v for k, v in CASES[rule][3].items() if k != "functions"}}
    extra.setdefault("functions", F)
    verdict = run(rule, prev, good, extra)
    assert verdict.verdict != "proved", verdict.method


def test_side_condition_not_shown_blocks_the_rule():
    # f is not declared nonzero: 1/f(x + h) need not be continuous at h = 0.
    text = derivation_text(
        [(None, "Limit(1/f(x + h), h, 0)"), ("continuity", "1/f(x)")],
        functions={"f": "differentiable"},
    )
    verdict = check_text(text).steps[1].verdict
    assert verdict.verdict != "proved"
    assert "not shown" in verdict.reason or "does not apply" in verdict.reason


def test_lemma_hypothesis_is_checked_when_cited():
    # The reciprocal rule needs a nonzero denominator; x - 1 is not.
    text = derivation_text(
        [(None, "Derivative(1/(x - 1), x)"), ("reciprocal-rule", "-Derivative(x - 1, x)/(x - 1)**2")],
        uses=["reciprocal-rule"],
    )
    assert check_text(text).steps[1].verdict.verdict != "proved"

"""The auto search tries first the rules a derivative's shape points at, alone and then
together (untrusted: the kernel still decides every proposal with exactly its rules)."""

from __future__ import annotations

import sympy

from tests.helpers import check_text, derivation_text
from verifier.proof.auto import Proposals
from verifier.proof.checker import _shape_hints
from verifier.proof.rules import RULES

x, a = sympy.symbols("x a", real=True)
g = sympy.Function("g")


def test_shapes_point_at_their_rules():
    d = sympy.Derivative
    assert _shape_hints(d(sympy.log(g(x)), x)) == ("chain-rule",)
    assert _shape_hints(d(sympy.sin(x) + x**2, x)) == ("sum-rule",)
    assert _shape_hints(d(3 * sympy.sin(x), x)) == ("constant-rule",)
    assert _shape_hints(d(sympy.sin(x) * sympy.exp(x), x)) == ("product-rule",)
    assert "quotient-rule" in _shape_hints(d(sympy.sin(x) / sympy.cos(x), x))
    assert _shape_hints(d(sympy.exp(x), x)) == ("derivative-table", "exp-derivative")
    assert _shape_hints(x + 1) == ()


def test_the_hinted_rule_comes_right_after_algebra():
    kinds = frozenset({"Derivative"})
    plain = list(Proposals(RULES, (), kinds))
    hinted = list(Proposals(RULES, (), kinds, first=("chain-rule",)))
    assert hinted[:2] == [("algebra",), ("chain-rule",)]
    assert plain.index(("chain-rule",)) > 1  # registry order puts other rules before it
    # Only the order changes: the same proposals, each once.
    assert sorted(plain) == sorted(hinted) and len(set(hinted)) == len(hinted)


def test_a_chain_rule_step_is_proved_by_auto():
    text = derivation_text(
        [
            (None, "Derivative(log(1/(1 + exp(-a - x))), a)"),
            (
                "auto",
                "Subs(Derivative(log(u), u), u, 1/(1 + exp(-a - x)))"
                " * Derivative(1/(1 + exp(-a - x)), a)",
            ),
        ],
        symbols={"x": "real", "a": "real", "u": "real"},
    )
    step = check_text(text, timeout=3.0).steps[1].verdict
    assert step.status == "proved", step.reason
    assert "chain-rule" in step.rules


def test_a_sum_under_a_derivative_points_at_termwise_then_its_terms():
    i = sympy.Symbol("i", integer=True)
    m = sympy.Symbol("m", integer=True, positive=True)
    y = sympy.Function("y")
    body = sympy.Sum(y(i) * sympy.log(x + i**2 + 1) + (1 - y(i)) * x, (i, 1, m))
    assert _shape_hints(sympy.Derivative(body, x)) == ("termwise", "sum-rule", "constant-rule")


def test_two_hinted_rules_are_also_proposed_together_before_the_other_rules():
    kinds = frozenset({"Derivative", "Sum"})
    first = ("termwise", "sum-rule", "constant-rule")
    hinted = list(Proposals(RULES, (), kinds, first=first))
    assert hinted[:5] == [("algebra",), *((n,) for n in first), first]
    assert len(set(hinted)) == len(hinted)


def test_the_derivative_of_a_mean_over_a_sample_is_taken_termwise_by_auto():
    # Post 07's step: -1/m d/dθ Σ_i (y_i log h_i + (1 - y_i) log(1 - h_i)) =
    # -1/m Σ_i (y_i d/dθ log h_i + (1 - y_i) d/dθ log(1 - h_i)), m any number of samples.
    h = "1/(exp(-a - w(i)) + 1)"
    text = derivation_text(
        [
            (None, f"-Derivative(Sum(y(i)*log({h}) + (1 - y(i))*log(1 - {h}), (i, 1, m)), a)/m"),
            (
                "auto",
                f"-Sum(y(i)*Derivative(log({h}), a) + (1 - y(i))*Derivative(log(1 - {h}), a),"
                " (i, 1, m))/m",
            ),
        ],
        symbols={"a": "real", "i": "integer", "m": "integer positive"},
        functions={"y": "", "w": ""},
    )
    step = check_text(text, timeout=10.0).steps[1].verdict
    assert step.status == "proved", step.reason
    assert "termwise" in step.rules


def test_the_same_step_with_a_term_dropped_is_not_proved():
    h = "1/(exp(-a - w(i)) + 1)"
    text = derivation_text(
        [
            (None, f"-Derivative(Sum(y(i)*log({h}) + (1 - y(i))*log(1 - {h}), (i, 1, m)), a)/m"),
            ("auto", f"-Sum(y(i)*Derivative(log({h}), a), (i, 1, m))/m"),
        ],
        symbols={"a": "real", "i": "integer", "m": "integer positive"},
        functions={"y": "", "w": ""},
    )
    step = check_text(text, timeout=10.0).steps[1].verdict
    assert step.status != "proved", step.reason

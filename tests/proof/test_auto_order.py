"""The auto search tries first the rule a derivative's shape points at (untrusted order:
the kernel still decides, and only the order of the same proposals changes)."""

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

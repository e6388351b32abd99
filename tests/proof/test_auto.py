"""``by = "auto"`` and named rules as a set: the search proposes, the kernel decides.

Every proved verdict here must name the rules it rests on, and those rules must
be what the kernel checked (``method``); every false step must be refuted with a
counterexample whose two sides are recomputed here with SymPy's own ``diff``.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import replace

import mpmath
import pytest
import sympy

from verifier.proof import auto
from verifier.proof.checker import (
    DerivationReport,
    StepVerdict,
    check_all,
    check_derivation,
    check_step,
    citable_lemmas,
    context_for,
)
from verifier.proof.model import AUTO, load_shipped, load_text, resolve
from verifier.proof.rules import RULES

# One pytest-xdist worker runs all of this module: its tests share the checked shipped set,
# computed once per process.
pytestmark = pytest.mark.xdist_group("test_auto")


@functools.cache
def _library() -> dict[str, DerivationReport]:
    return {r.derivation.id: r for r in check_all(resolve(load_shipped(), []))}


def _text(steps, symbols='x = "real"', uses=(), functions="") -> str:
    lines = ['id = "t"', f'claim = "{steps[0][1]} = {steps[-1][1]}"']
    lines.append("uses = [" + ", ".join(f'"{u}"' for u in uses) + "]")
    lines += ["[symbols]", symbols]
    if functions:
        lines += ["[functions]", functions]
    for by, expr in steps:
        lines.append("[[step]]")
        if by is not None:
            lines.append(f"by = {by}")
        lines.append(f'expr = "{expr}"')
    return "\n".join(lines) + "\n"


def check(steps, **kw) -> DerivationReport:
    d = load_text(_text(steps, **kw))
    citable, unproved = citable_lemmas(d, _library())
    return check_derivation(d, citable, unproved)


def step_verdict(prev: str, by: str, expr: str, **kw) -> StepVerdict:
    return check([(None, prev), (by, expr)], **kw).steps[1].verdict


# -- named rules form a set ---------------------------------------------------------------


def test_rules_in_an_order_that_fails_are_tried_in_another():
    # derivative-definition listed first turns d/dx x**3 into a limit before the power
    # rule sees it; as a set, the power rule alone gives the step.
    v = step_verdict("Derivative(x**3, x)", '["derivative-definition", "power-rule"]', "3*x**2")
    assert v.status == "proved", v.reason
    assert v.rules == ("power-rule",)
    assert v.notes == ("rule 'derivative-definition' was not needed",)
    assert "was not needed" in v.reason


def test_reverse_orders_of_limit_laws_both_prove():
    prev = "Limit(2*t**2, t, 2) + Limit(-3*t, t, 2) + Limit(1, t, 2)"
    for by in ('["continuity", "limit-constant"]', '["limit-constant", "continuity"]'):
        v = step_verdict(prev, by, "2*4 - 3*2 + 1")
        assert v.status == "proved", (by, v.reason)
        assert set(v.rules) <= {"continuity", "limit-constant"}
        assert v.rules


def test_one_rule_too_many_is_a_note_not_a_failure():
    v = step_verdict(
        "Derivative(3*x**2 + 1, x)",
        '["sum-rule", "constant-rule", "power-rule", "product-rule"]',
        "6*x",
    )
    assert v.status == "proved", v.reason
    assert "product-rule" not in v.rules
    assert "rule 'product-rule' was not needed" in v.notes


def test_a_false_step_is_refuted_whatever_is_named():
    v = step_verdict("Derivative(x**3, x)", '["power-rule", "sum-rule", "chain-rule"]', "3*x**3")
    assert v.status == "refuted"
    _really_differs("Derivative(x**3, x)", "3*x**3", v)


def test_no_named_rule_acting_is_not_proved_and_says_algebra_suffices():
    v = step_verdict("(x + 1)**2", '"power-rule"', "x**2 + 2*x + 1")
    assert v.status == "unknown"
    assert v.reason.startswith("rule 'power-rule' does not apply to either side; ")
    assert 'write by = "algebra"' in v.reason


# -- auto -----------------------------------------------------------------------------------


def test_a_step_with_no_by_is_auto():
    d = load_text(_text([(None, "Derivative(x**3, x)"), (None, "3*x**2")]))
    assert d.steps[1].by == (AUTO,)


@pytest.mark.parametrize(
    ("prev", "expr", "needed", "uses"),
    [
        ("x**2 - 1", "(x - 1)*(x + 1)", ("algebra",), ()),
        ("Derivative(x**3, x)", "3*x**2", ("power-rule",), ()),
        (
            "Derivative(x*exp(x), x)",
            "(1 + x)*exp(x)",
            ("product-rule", "exp-derivative"),
            ("exp-derivative",),
        ),
        (
            "Derivative(exp(-x), x)",
            "-exp(-x)",
            ("chain-rule", "exp-derivative"),
            ("exp-derivative",),
        ),
        ("Limit((x + h)**2 - x**2, h, 0)", "0", ("continuity",), ()),
    ],
    ids=["algebra", "power", "product-and-lemma", "chain-and-lemma", "continuity"],
)
def test_auto_finds_the_rules(prev, expr, needed, uses):
    v = step_verdict(prev, '"auto"', expr, uses=uses)
    assert v.status == "proved", v.reason
    assert set(needed) <= set(v.rules), v.rules
    for name in v.rules:
        assert name == "algebra" or name in v.method  # the kernel checked exactly these


@pytest.mark.parametrize(
    ("prev", "expr"),
    [
        ("Derivative(exp(2*x), x)", "exp(2*x)"),  # a dropped chain factor
        ("Derivative(x**3, x)", "3*x**3"),  # a wrong exponent
        ("Derivative(1/(1 + exp(-x)), x)", "-exp(-x)/(1 + exp(-x))**2"),  # a sign slip
    ],
    ids=["chain-factor", "exponent", "sign"],
)
def test_auto_refutes_false_steps(prev, expr):
    v = step_verdict(prev, '"auto"', expr, uses=("exp-derivative", "reciprocal-rule"))
    assert v.status == "refuted", v.reason
    assert v.rules == ()
    _really_differs(prev, expr, v)


def test_auto_never_cites_an_unproved_lemma():
    # The lemma that would give the step is cited but not proved: fail closed.
    exp_derivative = _library()["exp-derivative"].derivation
    d = load_text(
        _text([(None, "Derivative(exp(x), x)"), ('"auto"', "exp(x)")], uses=("exp-derivative",))
    )
    ctx = context_for(d, {"exp-derivative": exp_derivative}, unproved=("exp-derivative",))
    v = check_step(d.steps[0].expr, d.steps[1], ctx)
    assert v.status == "unknown", v.reason
    assert "exp-derivative" not in v.rules


def test_auto_never_cites_the_derivations_own_claim():
    # f is only differentiable: no rule and no lemma gives d/dx f(x), and the claim that would
    # give it is the derivation's own, which is not among what a step may cite.
    report = check(
        [(None, "Derivative(f(x), x)"), ('"auto"', "2*f(x)")],
        functions='f = "differentiable"',
    )
    v = report.steps[1].verdict
    assert v.status != "proved"
    assert report.verdict != "proved"


def test_auto_on_every_mutated_shipped_step_is_never_proved():
    shipped = resolve(load_shipped(), [])
    proved = {k: r.derivation for k, r in _library().items() if r.proved}
    for d in shipped:
        if d.id not in ("reciprocal-rule", "sigmoid-derivative"):
            continue
        ctx = context_for(d, proved)
        for prev, step in zip(d.steps, d.steps[1:], strict=False):
            mutated = replace(step, expr=step.expr + 1, by=(AUTO,))
            v = check_step(prev.expr, mutated, ctx)
            assert v.status != "proved", (d.id, step.index, v.method)


def test_auto_reports_rules_on_the_shipped_derivations():
    for d in resolve(load_shipped(), []):
        if d.id != "sigmoid-derivative":
            continue
        proved = {k: r.derivation for k, r in _library().items() if r.proved}
        auto_d = replace(d, steps=(d.steps[0], *(replace(s, by=(AUTO,)) for s in d.steps[1:])))
        report = check_derivation(auto_d, {k: proved[k] for k in d.uses}, ())
        assert report.proved, [s.verdict.reason for s in report.steps]
        assert all(s.verdict.rules for s in report.steps[1:])


# -- the proposals (untrusted) ----------------------------------------------------------------


def test_proposals_start_with_algebra_then_single_rules():
    proposals = list(auto.Proposals(RULES, ("exp-derivative",), frozenset({"Derivative"})))
    assert proposals[0] == ("algebra",)
    singles = [p for p in proposals if len(p) == 1][1:]
    assert "power-rule" in {p[0] for p in singles}
    assert proposals.index(("power-rule",)) < proposals.index(("exp-derivative",))
    # A derivative rule is not proposed for a step without a derivative.
    limits_only = list(auto.Proposals(RULES, (), frozenset({"Limit"})))
    assert ("power-rule",) not in limits_only
    assert ("continuity",) in limits_only
    assert len(set(proposals)) == len(proposals)


def test_a_rule_added_to_the_registry_is_proposed_without_code_changes():
    class NewRule:
        family = "derivative"

    registry = {**RULES, "brand-new-rule": NewRule()}
    proposals = list(auto.Proposals(registry, (), frozenset({"Derivative"})))
    assert ("brand-new-rule",) in proposals
    assert any(len(p) > 1 and "brand-new-rule" in p for p in proposals)


def test_orderings_put_the_written_order_first_and_are_bounded():
    names = ("a", "b", "c")
    orders = list(auto.orderings(names))
    assert orders[0] == names
    assert set(orders[:6]) == set(itertools.permutations(names))
    assert ("a",) in orders and len(orders) == len(set(orders))
    assert len(list(auto.orderings(tuple("abcdefg")))) == auto.MAX_ORDERINGS


# -- an independent look at a counterexample --------------------------------------------------


def _really_differs(prev: str, expr: str, v: StepVerdict) -> None:
    """Both sides at the counterexample by SymPy's diff (the refuter never differentiates)."""
    cex = v.counterexample
    assert cex is not None
    x = sympy.Symbol("x", real=True)
    values = dict(cex.values)
    point = sympy.Rational(values["x"])
    sides = {
        "Derivative(x**3, x)": sympy.diff(x**3, x),
        "3*x**3": 3 * x**3,
        "Derivative(exp(2*x), x)": sympy.diff(sympy.exp(2 * x), x),
        "exp(2*x)": sympy.exp(2 * x),
        "Derivative(1/(1 + exp(-x)), x)": sympy.diff(1 / (1 + sympy.exp(-x)), x),
        "-exp(-x)/(1 + exp(-x))**2": -sympy.exp(-x) / (1 + sympy.exp(-x)) ** 2,
    }
    left = mpmath.mpf(str(sympy.N(sides[prev].subs(x, point), 30)))
    right = mpmath.mpf(str(sympy.N(sides[expr].subs(x, point), 30)))
    assert abs(left - right) > mpmath.mpf("1e-9") * max(1, abs(left))
    assert abs(left - mpmath.mpf(cex.lhs)) <= mpmath.mpf("1e-8") * max(1, abs(left))
    assert abs(right - mpmath.mpf(cex.rhs)) <= mpmath.mpf("1e-8") * max(1, abs(right))

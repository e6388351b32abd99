"""The trusted core: soundness under mutation, witnesses that really differ, limits, determinism."""

from __future__ import annotations

import functools
import threading
from dataclasses import replace
from pathlib import Path

import mpmath
import pytest
import sympy

from verifier.proof.checker import CheckContext, algebra_equal, check_all, check_step, context_for
from verifier.proof.conditions import Facts
from verifier.proof.model import Step, load_file, load_shipped, resolve, shipped_dir
from verifier.proof.refute import WITNESSES

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = resolve(load_shipped(), [])

# One pytest-xdist worker runs all of this module: its tests share the checked shipped set and the
# verdicts on its mutated steps, computed once per process.
pytestmark = pytest.mark.xdist_group("test_checker")


# Checked once per process, when a test first needs it, not at import: under pytest-xdist
# every worker imports every test module, and most of them never run a test from this one.
@functools.cache
def _shipped_reports() -> dict:
    """The shipped derivations, all checked, lemmas first: id -> report."""
    return {r.derivation.id: r for r in check_all(SHIPPED)}


@functools.cache
def _proved() -> dict:
    """The shipped derivations that were proved: id -> derivation (the citable lemmas)."""
    return {i: r.derivation for i, r in _shipped_reports().items() if r.proved}


def test_all_shipped_derivations_are_proved():
    # Read from the folder: the shipped set grows.
    files = sorted(shipped_dir().glob("*.toml"))
    assert len(files) >= 3
    assert len(SHIPPED) == len(files)
    assert set(_proved()) == {d.id for d in SHIPPED}
    assert {"reciprocal-rule", "exp-derivative", "sigmoid-derivative"} <= set(_proved())


MUTATIONS = {
    "doubled": lambda e: 2 * e,
    "plus-one": lambda e: e + 1,
    "sign-flipped": lambda e: -e,
}
STEP_CASES = [
    (d.id, step.index, name) for d in SHIPPED for step in d.steps[1:] for name in MUTATIONS
]


@functools.cache
def _mutated_verdict(ident: str, index: int, mutation: str):
    """The verdict on one shipped step, mutated: both tests below read it, checked once."""
    d = next(d for d in SHIPPED if d.id == ident)
    step = d.steps[index - 1]
    mutated = replace(step, expr=MUTATIONS[mutation](step.expr))
    return check_step(d.steps[index - 2].expr, mutated, context_for(d, _proved()))


@pytest.mark.parametrize(
    ("ident", "index", "mutation"), STEP_CASES, ids=[f"{i}-step{n}-{m}" for i, n, m in STEP_CASES]
)
def test_mutated_step_is_never_proved(ident, index, mutation):
    d = next(d for d in SHIPPED if d.id == ident)
    ctx = context_for(d, _proved())
    step = d.steps[index - 1]
    mutated = replace(step, expr=MUTATIONS[mutation](step.expr))
    verdict = _mutated_verdict(ident, index, mutation)
    assert verdict.status != "proved", f"false step proved: {verdict.method}"
    # The step after a mutated one starts from a false expression: not proved either.
    if index < len(d.steps):
        following = d.steps[index]
        after = check_step(mutated.expr, following, ctx)
        assert after.status != "proved", f"step after a false one proved: {after.method}"


def test_most_mutations_are_refuted_with_a_witness():
    refuted = 0
    for ident, index, mutation in STEP_CASES:
        refuted += _mutated_verdict(ident, index, mutation).status == "refuted"
    assert refuted >= 0.9 * len(STEP_CASES)


def _independent_value(expr, values, witnesses):
    """Evaluate with SymPy's own diff and limit: shares no code with verifier.proof.refute."""
    body = {str(w): w for w in WITNESSES}
    t = sympy.Symbol("t", real=True)
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, sympy.core.function.AppliedUndef) and node.func.__name__ in witnesses:
            w = body[witnesses[node.func.__name__]]
            expr = expr.replace(node.func, sympy.Lambda(t, w))
            break
    subs = {s: sympy.Rational(values[s.name]) for s in expr.free_symbols if s.name in values}
    return complex(expr.doit().subs(subs).evalf(30))


@pytest.mark.parametrize(
    "name", ["reciprocal-sign-slip", "sigmoid-dropped-chain-factor", "abs-on-real-line"]
)
def test_example_mistake_is_refuted_and_the_witness_really_differs(name):
    d = load_file(ROOT / "examples" / f"{name}.toml")
    (report,) = [r for r in check_all(resolve([d], load_shipped())) if r.derivation.id == name]
    assert report.verdict == "refuted"
    bad = [s for s in report.steps if s.verdict.status == "refuted"]
    assert len(bad) == 1
    i = report.steps.index(bad[0])
    cex = bad[0].verdict.counterexample
    values = dict(cex.values)
    witnesses = {k: v for k, v in cex.witnesses}
    facts = Facts(d.hypotheses, d.defines)
    prev = _independent_value(facts.unfold(report.steps[i - 1].step.expr), values, witnesses)
    this = _independent_value(facts.unfold(bad[0].step.expr), values, witnesses)
    assert prev == pytest.approx(complex(float(cex.lhs)), rel=1e-9)
    assert this == pytest.approx(complex(float(cex.rhs)), rel=1e-9)
    assert abs(prev - this) > 1e-6


def test_the_blogs_sign_slip_is_the_step_refuted():
    d = load_file(ROOT / "examples" / "reciprocal-sign-slip.toml")
    report = next(r for r in check_all(resolve([d], load_shipped())) if r.derivation.id == d.id)
    verdicts = [s.verdict.status for s in report.steps]
    assert verdicts[2] == "refuted"
    assert "WRONG" in report.steps[2].step.note


def test_limits_compare_by_their_insides_up_to_renaming():
    x, h, k = sympy.symbols("x h k", real=True)
    a = sympy.Limit((x + h) ** 2 - x**2, h, 0, dir="+-")
    b = sympy.Limit(2 * x * k + k**2, k, 0, dir="+-")
    assert algebra_equal(a, b).shown
    assert not algebra_equal(a, sympy.Limit(2 * x * k, k, 0, dir="+-")).shown


def test_algebra_never_evaluates_a_derivative():
    x = sympy.Symbol("x", real=True)
    assert not algebra_equal(sympy.Derivative(x**2, x), 2 * x).shown


def test_timeout_gives_unknown_even_outside_the_main_thread():
    x = sympy.Symbol("x", real=True)
    hard = sympy.expand((x + 1) ** 300) - (x + 1) ** 300 + sympy.sin(x) ** 2 + sympy.cos(x) ** 2
    step = Step(2, 1, "1", sympy.Integer(2), sympy.Integer(2), ("algebra",))
    results = []
    worker = threading.Thread(
        target=lambda: results.append(check_step(hard, step, CheckContext(Facts()), timeout=0.05))
    )
    worker.start()
    worker.join(60)
    assert results and results[0].status == "unknown"
    assert "timed out" in results[0].reason


def test_same_file_gives_the_same_verdicts_every_run():
    d = load_file(ROOT / "examples" / "abs-on-real-line.toml")
    first = check_all(resolve([d], load_shipped()))
    second = check_all(resolve([d], load_shipped()))
    assert [r.steps[1].verdict for r in first] == [r.steps[1].verdict for r in second]


def test_counterexample_respects_positive_assumption():
    text = (ROOT / "examples" / "abs-on-real-line.toml").read_text()
    from verifier.proof.model import load_text

    d = load_text(text.replace('x = "real"', 'x = "positive"'), "positive.toml")
    report = next(r for r in check_all(resolve([d], load_shipped())) if r.derivation.id == d.id)
    assert report.verdict == "proved"


def test_max_of_exponentials_is_ordered_by_exponent_and_only_when_known():
    from verifier.proof.checker import decide_zero

    p = sympy.Symbol("p", positive=True)
    y = sympy.Symbol("y", real=True)
    assert decide_zero(sympy.Max(1, sympy.exp(-p)) - 1)[0]
    assert not decide_zero(sympy.Max(1, sympy.exp(p)) - 1)[0]
    assert not decide_zero(sympy.Max(1, sympy.exp(y)) - 1)[0]


# -- messages a learner acts on -----------------------------------------------------------


def _verdict(prev: str, by: str, expr: str, symbols=None, uses=()):
    from helpers import derivation_text

    from verifier.proof.checker import check_derivation, citable_lemmas
    from verifier.proof.model import load_text

    d = load_text(derivation_text([(None, prev), (by, expr)], symbols=symbols, uses=uses))
    citable, unproved = citable_lemmas(d, _shipped_reports())
    return check_derivation(d, citable, unproved).steps[1].verdict


def test_a_true_step_no_named_rule_gives_says_so_and_names_the_rule_that_does():
    v = _verdict("Derivative(x**3, x)", "sum-rule", "3*x**2")
    assert v.status == "unknown"
    assert v.reason == (
        "rule 'sum-rule' does not apply to either side; algebra left a residual of "
        "-3*x**2 + Derivative(x**3, x); the two sides agree at 3 sample points: the step "
        'looks true, but the named rules do not give it; by = "power-rule" proves it'
    )


def test_a_missing_derivative_fact_is_said_in_words():
    v = _verdict("Derivative(sin(x), x)", "chain-rule", "cos(x)")
    assert v.status == "unknown"
    assert "(no named rule gives d/dx sin(x): name 'derivative-table')" in v.reason


def test_decimals_are_shown_as_written():
    v = _verdict("Derivative(x + 0.044715*x**3, x)", "sum-rule", "1 + 0.134145*x**2")
    assert v.status == "unknown"
    assert "-0.134145*x**2 + Derivative(0.044715*x**3, x)" in v.reason
    assert "/200000" not in v.reason


def test_bound_variables_are_named_as_written_and_no_dir():
    v = _verdict("Limit((x + h)**2 - x**2, h, 0)", "limit-product", "Limit(x*h, h, 0)")
    assert v.status != "proved"
    assert "Limit(" in v.reason
    assert "_h" not in v.reason and "dir=" not in v.reason


def test_long_residuals_are_shortened():
    from verifier.proof.checker import show

    x = sympy.Symbol("x", real=True)
    big = sum(x**k / (k + 1) for k in range(200))
    text = show(big)
    assert len(text) <= 200 and text.endswith("...")
    # The reason quotes the residual through show(): a step whose residual is long.
    terms = " + ".join(f"{k}*x**{k}*Derivative(exp(x), x)" for k in range(1, 30))
    v = _verdict(terms, "sum-rule", terms.replace("Derivative(exp(x), x)", "exp(x)"))
    residual = v.reason.split("algebra left a residual of ")[1]
    assert "..." in residual
    assert len(residual[: residual.index("...") + 3]) <= 200


def test_decimal_text_only_for_tenths():
    from verifier.proof.checker import decimal_text

    assert decimal_text(sympy.Rational(8943, 200000)) == "0.044715"
    assert decimal_text(sympy.Rational(-7, 20)) == "-0.35"
    assert decimal_text(sympy.Rational(1, 2)) is None
    assert decimal_text(sympy.Rational(1, 3)) is None


def test_sympy_contradicting_itself_makes_a_step_unknown_in_words(monkeypatch):
    # SymPy's facts about a number it signs by evalf(2) can contradict each other (seen in
    # CI, depending on the order its shuffled queries ran): the step is unknown, said so.
    from sympy.core.facts import InconsistentAssumptions

    from verifier.proof import checker

    def contradict(*args, **kwargs):
        raise InconsistentAssumptions({"zero": False}, "zero", True)

    monkeypatch.setattr(checker, "_check", contradict)
    x = sympy.Symbol("x", real=True)
    verdict = checker.check_equal(x, x, checker.CheckContext(facts=checker.Facts()))
    assert verdict.status == checker.UNKNOWN
    assert "contradicted itself about the sign of a number" in verdict.reason


# -- decide_zero: numbers, and simplify kept from powering out a log ---------------------
from verifier.proof.checker import _hidden_number_logs, decide_zero  # noqa: E402

_x = sympy.Symbol("x", real=True)
_TRIG_ONE = sympy.sin(_x) ** 2 + sympy.cos(_x) ** 2


def test_simplify_proves_what_only_it_can():
    shown, procedure, _ = decide_zero(_TRIG_ONE - 1)
    assert shown and procedure == "simplify"


def test_simplify_still_proves_beside_a_large_number_and_a_log():
    # The log is hidden as a positive symbol while simplify runs: still an identity.
    c = sympy.Integer(10) ** 20 * sympy.log(2)
    shown, procedure, _ = decide_zero(c * _TRIG_ONE - c)
    assert shown and procedure == "simplify"


def test_a_large_multiple_of_a_log_is_not_zero_and_is_decided_at_once():
    # log(3/2) * 10**20 = 4.05e19 (mpmath), not 0; simplify would have built (3/2)**(10**20).
    with mpmath.workdps(30):
        assert mpmath.log(mpmath.mpf(3) / 2) * 10**20 > 4e19
    shown, _, _ = decide_zero(sympy.Integer(10) ** 20 * sympy.log(sympy.Rational(3, 2)))
    assert not shown
    shown, _, _ = decide_zero(
        _x**2 * 0 + sympy.sqrt(_x**2 + sympy.Integer(10) ** 20 * sympy.log(sympy.Rational(3, 2)))
    )
    assert not shown


def test_logs_are_hidden_by_their_sign_only_beside_a_large_number():
    big = sympy.Integer(2) ** 40
    hidden = _hidden_number_logs(big * sympy.log(3) + sympy.log(sympy.Rational(2, 3)) * _x)
    assert set(hidden) == {sympy.log(3), sympy.log(sympy.Rational(2, 3))}
    assert hidden[sympy.log(3)].is_positive and hidden[sympy.log(sympy.Rational(2, 3))].is_negative
    assert _hidden_number_logs(2**20 * sympy.log(3) * _x) == {}  # 21 bits: not large
    assert _hidden_number_logs(big * sympy.log(_x)) == {}  # a log of a variable stays


def test_a_log_no_enclosure_signs_beside_a_large_number_stops_simplify():
    # log(1 + sin(1)**2 + cos(1)**2 - 2) is log(0)-like: no enclosure signs what is inside.
    odd = sympy.log(sympy.sin(1) ** 2 + sympy.cos(1) ** 2)
    assert _hidden_number_logs(sympy.Integer(2) ** 40 * odd) is None
    shown, _, _ = decide_zero(
        sympy.Integer(2) ** 40 * odd * _TRIG_ONE - sympy.Integer(2) ** 40 * odd
    )
    assert not shown  # simplify would prove it; without a sign for the log it is not run


def test_a_number_an_enclosure_shows_nonzero_is_not_zero():
    tiny = (
        sympy.log(1 + sympy.Rational(1, 10**10))
        - sympy.Rational(1, 10**10)
        + sympy.Rational(1, 10**20)
    )
    with mpmath.workdps(60):
        assert (
            mpmath.log(1 + mpmath.mpf(10) ** -10) - mpmath.mpf(10) ** -10 + mpmath.mpf(10) ** -20
            > 0
        )
    assert decide_zero(tiny) == (False, "", tiny)

"""The confirmation's fast look (interval arithmetic in verifier/proof/refute.py) loses nothing.

Before a step is proved, the checker evaluates both sides at seeded points
(defense in depth). Interval bounds now skip SymPy's evaluation where they show the
two sides agree. These tests pin that the skip changes no answer:

* a rule made unsound on purpose (its rewrite doubled) proves a false step
  symbolically, and the confirmation still stops it: "unknown", method
  "disagreement", with a counterexample whose two sides an independent mpmath
  computation shows to differ; the verdict is the same with the fast look turned off;
* for many generated pairs of expressions, true and false and nearly equal, the
  refuter gives the same answer with and without the fast look, and the fast look
  decides most of the true pairs (it is exercised, not bypassed);
* the interval of every generated expression holds its 50-digit mpmath value.

Limits and sums are not evaluated by the quick confirmation at all (a step whose side
keeps a Limit or Sum after the witnesses is skipped, before and after this change), so
for them the fast look must never answer: the full refuter decides, as before.
"""

from __future__ import annotations

import dataclasses
import random

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text
from sympy import Function, Limit, Rational, Sum, Symbol

from verifier.proof import refute
from verifier.proof.conditions import Facts
from verifier.proof.rules import RULES

x = Symbol("x", real=True)
y = Symbol("y", real=True)
h = Symbol("h", real=True)
n = Symbol("n", integer=True, nonnegative=True)
f = Function("f", real=True)
FACTS = Facts(hypotheses={f: frozenset({"differentiable"})})

# The witness bodies as plain mpmath functions with their derivatives (the refuter's
# table, written out again here rather than read from it).
WITNESS_FUNCTIONS = {
    "t**2 + 1": (lambda t: t**2 + 1, lambda t: 2 * t),
    "sin(3*t) + 2": (lambda t: mpmath.sin(3 * t) + 2, lambda t: 3 * mpmath.cos(3 * t)),
    "exp(t/2)": (lambda t: mpmath.exp(t / 2), lambda t: mpmath.exp(t / 2) / 2),
}


def _doubled(name: str):
    """The rule ``name`` made unsound: whatever it rewrites to is doubled."""
    rule = RULES[name]

    def rewrite(node, ctx):
        new = rule.rewrite(node, ctx)
        return None if new is None else 2 * new

    return dataclasses.replace(rule, rewrite=rewrite)


def _slow_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The confirmation as it was: every point evaluated by SymPy."""
    monkeypatch.setattr(refute, "_agree_by_intervals", lambda *args: False)


@dataclasses.dataclass(frozen=True)
class Unsound:
    """A false step that the doubled ``rule`` proves, and the true values of its sides."""

    id: str
    rule: str
    steps: list
    lhs: object  # (point, witness) -> the previous expression's true value
    rhs: object
    options: dict = dataclasses.field(default_factory=dict)


def _f(w):
    return WITNESS_FUNCTIONS[w][0]


def _df(w):
    return WITNESS_FUNCTIONS[w][1]


UNSOUND = [
    Unsound(
        "power-rule on a polynomial",
        "power-rule",
        [(None, "Derivative(x**3, x)"), ("power-rule", "6*x**2")],
        lambda p, w: 3 * p["x"] ** 2,
        lambda p, w: 6 * p["x"] ** 2,
    ),
    Unsound(
        "derivative table: sin",
        "derivative-table",
        [(None, "Derivative(sin(x), x)"), ("derivative-table", "2*cos(x)")],
        lambda p, w: mpmath.cos(p["x"]),
        lambda p, w: 2 * mpmath.cos(p["x"]),
    ),
    Unsound(
        "derivative table: erf",
        "derivative-table",
        [(None, "Derivative(erf(x), x)"), ("derivative-table", "4*exp(-x**2)/sqrt(pi)")],
        lambda p, w: 2 * mpmath.exp(-(p["x"] ** 2)) / mpmath.sqrt(mpmath.pi),
        lambda p, w: 4 * mpmath.exp(-(p["x"] ** 2)) / mpmath.sqrt(mpmath.pi),
    ),
    Unsound(
        "derivative table: tanh",
        "derivative-table",
        [(None, "Derivative(tanh(x), x)"), ("derivative-table", "2*(1 - tanh(x)**2)")],
        lambda p, w: 1 - mpmath.tanh(p["x"]) ** 2,
        lambda p, w: 2 * (1 - mpmath.tanh(p["x"]) ** 2),
    ),
    Unsound(
        "derivative table: log of a positive variable",
        "derivative-table",
        [(None, "Derivative(log(x), x)"), ("derivative-table", "2/x")],
        lambda p, w: 1 / p["x"],
        lambda p, w: 2 / p["x"],
        {"symbols": {"x": "positive"}},
    ),
    Unsound(
        "chain rule through a Subs",
        "chain-rule",
        [
            (None, "Derivative(sin(x**2), x)"),
            (["chain-rule", "derivative-table", "power-rule"], "4*x*cos(x**2)"),
        ],
        lambda p, w: 2 * p["x"] * mpmath.cos(p["x"] ** 2),
        lambda p, w: 4 * p["x"] * mpmath.cos(p["x"] ** 2),
    ),
    Unsound(
        "an unknown function, through its witness",
        "power-rule",
        [
            (None, "Derivative(f(x)**2, x)"),
            (["chain-rule", "power-rule"], "4*f(x)*Derivative(f(x), x)"),
        ],
        lambda p, w: 2 * _f(w["f"])(p["x"]) * _df(w["f"])(p["x"]),
        lambda p, w: 4 * _f(w["f"])(p["x"]) * _df(w["f"])(p["x"]),
        {"functions": {"f": "differentiable"}},
    ),
    Unsound(
        "a [define] abbreviation",
        "power-rule",
        [(None, "Derivative(g(x), x)"), ("power-rule", "6*x**2")],
        lambda p, w: 3 * p["x"] ** 2,
        lambda p, w: 6 * p["x"] ** 2,
        {"define": {"g(x)": "x**3"}},
    ),
    Unsound(
        "a [define] with a square root and an exponential",
        "derivative-table",
        [(None, "Derivative(G(x), x)"), ("derivative-table", "2*cos(x)")],
        lambda p, w: mpmath.cos(p["x"]),
        lambda p, w: 2 * mpmath.cos(p["x"]),
        {"define": {"G(x)": "sin(x)"}},
    ),
]


def _check_unsound(case: Unsound, monkeypatch: pytest.MonkeyPatch):
    with monkeypatch.context() as patch:
        patch.setitem(RULES, case.rule, _doubled(case.rule))
        report = check_text(derivation_text(case.steps, **case.options))
    return report.steps[-1].verdict


@pytest.mark.parametrize("case", UNSOUND, ids=[c.id for c in UNSOUND])
def test_an_unsound_rule_is_stopped_by_the_confirmation(
    case: Unsound, monkeypatch: pytest.MonkeyPatch
) -> None:
    verdict = _check_unsound(case, monkeypatch)
    assert verdict.status == "unknown", verdict.reason
    assert verdict.method == "disagreement", verdict.reason
    witness = verdict.counterexample
    assert witness is not None
    point = {name: mpmath.mpf(value) for name, value in witness.values}
    functions = {name: body for name, body in witness.witnesses}
    with mpmath.workdps(50):
        lhs, rhs = case.lhs(point, functions), case.rhs(point, functions)
        assert abs(lhs - rhs) > mpmath.mpf("1e-6") * max(abs(lhs), abs(rhs))
        # The numbers shown are the true values of the two sides.
        assert mpmath.almosteq(mpmath.mpf(witness.lhs), lhs, rel_eps=1e-12)
        assert mpmath.almosteq(mpmath.mpf(witness.rhs), rhs, rel_eps=1e-12)
    # The same verdict, word for word, from the confirmation without the fast look.
    _slow_only(monkeypatch)
    assert _check_unsound(case, monkeypatch) == verdict


def test_the_true_steps_are_still_proved_with_the_rule_as_it_is() -> None:
    # The unsound cases above are unsound only through the doubled rule.
    for case in UNSOUND:
        steps = [*case.steps]
        by, _ = steps[-1]
        report = check_text(derivation_text([steps[0], (by, _true_form(case))], **case.options))
        assert report.steps[-1].verdict.status == "proved", (case.id, report.steps[-1].verdict)


def _true_form(case: Unsound) -> str:
    """The step's expression with the doubling undone (each case doubles 1, 2, 1/sqrt(pi))."""
    text = case.steps[-1][1]
    for doubled, single in (
        ("6*x**2", "3*x**2"),
        ("2*cos(x)", "cos(x)"),
        ("4*exp", "2*exp"),
        ("2*(1 - tanh(x)**2)", "1 - tanh(x)**2"),
        ("2/x", "1/x"),
        ("4*x*cos", "2*x*cos"),
        ("4*f(x)", "2*f(x)"),
    ):
        if text.startswith(doubled):
            return single + text[len(doubled) :]
    raise AssertionError(text)


# -- limits and sums: the full refuter decides, as before ----------------------------


@pytest.mark.parametrize(
    ("lhs", "rhs"),
    [
        (Limit(sympy.sin(h) / h, h, 0), sympy.Integer(2)),
        (Limit(x + h, h, 0), 2 * x),
        (Sum(x**n, (n, 0, 3)), 2 + x + x**2 + x**3),
        (Sum(x**n / sympy.factorial(n), (n, 0, sympy.oo)), 2 * sympy.exp(x)),
    ],
    ids=["standard limit", "continuity", "finite sum", "exp series"],
)
def test_limits_and_sums_are_left_to_the_full_refuter(lhs, rhs, monkeypatch) -> None:
    env = {x: Rational(7, 5)}
    assert not refute._agree_by_intervals(lhs, rhs, env)
    assert not refute._agree_by_intervals(lhs, lhs, env)
    found = refute.find_counterexample(lhs, rhs, FACTS, seed=3)
    assert found is not None
    values = dict(found.values)
    concrete = {x: sympy.Rational(values["x"])} if "x" in values else {}
    # 50 digits, by SymPy's own evaluation of the closed forms (doit), not the refuter's.
    left = sympy.N(lhs.doit().subs(concrete), 50)
    right = sympy.N(rhs.subs(concrete), 50)
    assert abs(left - right) > 1e-6 * max(abs(left), abs(right))
    _slow_only(monkeypatch)
    assert refute.find_counterexample(lhs, rhs, FACTS, seed=3) == found


# -- the fast look against the full evaluation, on generated expressions ---------------

LEAVES = [x, y, sympy.Integer(2), Rational(3, 7), sympy.pi, sympy.E, sympy.Float(0.375)]
UNARY = [
    sympy.exp,
    sympy.sin,
    sympy.cos,
    sympy.tanh,
    sympy.atan,
    sympy.erf,
    sympy.sinh,
    sympy.cosh,
    sympy.Abs,
    lambda e: sympy.log(1 + e**2),
    lambda e: sympy.sqrt(2 + sympy.sin(e)),
    lambda e: sympy.asin(sympy.tanh(e) / 2),
    lambda e: sympy.acos(sympy.tanh(e) / 3),
    sympy.log,  # often outside its domain: the fast look must step aside
    sympy.sqrt,
    lambda e: 1 / (e - 1),  # a pole at a whole-number sample point
]


def _expression(rng: random.Random, depth: int) -> sympy.Expr:
    if depth == 0 or rng.random() < 0.25:
        return rng.choice(LEAVES)
    kind = rng.randrange(5)
    if kind == 0:
        return rng.choice(UNARY)(_expression(rng, depth - 1))
    a, b = _expression(rng, depth - 1), _expression(rng, depth - 1)
    if kind == 1:
        return a + b
    if kind == 2:
        return a * b
    if kind == 3:
        return a - b
    return a ** rng.choice([2, 3, -1, -2, Rational(1, 2), Rational(3, 2), y])


def _pairs(count: int, seed: int):
    """(left, right, truly equal?) pairs: rewritten forms, near misses and plain errors."""
    rng = random.Random(seed)
    for _ in range(count):
        e = _expression(rng, 4)
        yield e, sympy.expand(e), True
        yield e, e * (1 + Rational(1, 10**15)), True  # far inside DIFFER (1e-9)
        yield e, e * (1 + Rational(3, 10**9)), False  # just outside it
        yield e, e + 1, False
        yield e, (e + 1) ** 2 - e**2 - 2 * e - 1, None  # cancellation: anything may happen


def test_the_fast_look_gives_the_answers_of_the_full_evaluation(monkeypatch) -> None:
    decided = {"equal": 0, "fast": 0}
    real = refute._agree_by_intervals

    def counting(left, right, env):
        shown = real(left, right, env)
        decided["fast"] += shown
        return shown

    pairs = list(_pairs(16, seed=12))
    # The quick confirmation on every pair; the full refuter (8 points) on every third.
    runs = [(i, quick) for i in range(len(pairs)) for quick in (True, False) if quick or i % 3 == 0]

    def answers() -> list:
        return [
            refute.find_counterexample(pairs[i][0], pairs[i][1], FACTS, i, quick=quick)
            for i, quick in runs
        ]

    monkeypatch.setattr(refute, "_agree_by_intervals", counting)
    fast = answers()
    _slow_only(monkeypatch)
    slow = answers()
    assert fast == slow
    # The near misses just outside DIFFER are found by both.
    outside = [k for k, (i, quick) in enumerate(runs) if quick and pairs[i][2] is False]
    assert sum(slow[k] is not None for k in outside) > len(outside) // 2
    # The fast look did the work on a good share of the true pairs (2 quick points each).
    equal = sum(1 for i, quick in runs if quick and pairs[i][2])
    assert decided["fast"] > equal


def test_every_interval_holds_the_50_digit_value() -> None:
    rng = random.Random(5)
    checked = 0
    for _ in range(300):
        e = _expression(rng, 4)
        program = refute._interval_program(e)
        if program is None:
            continue
        env = {x: Rational(rng.randint(-300, 300), 97), y: Rational(rng.randint(1, 300), 89)}
        try:
            bounds = program({s: refute._interval_number(v) for s, v in env.items()})
        except Exception:
            continue  # outside the domain the fast look accepts
        lo, hi = refute._ends(bounds)
        if not (mpmath.isfinite(lo) and mpmath.isfinite(hi)):
            continue
        # The oracle: mpmath at 50 digits on the expression's own text, through lambdify
        # (SymPy's printer to mpmath calls; no code of the verifier).
        oracle = sympy.lambdify((x, y), e, modules="mpmath")
        with mpmath.workdps(50):
            value = oracle(mpmath.mpf(env[x].p) / env[x].q, mpmath.mpf(env[y].p) / env[y].q)
            if isinstance(value, mpmath.mpc):
                assert abs(value.imag) <= mpmath.mpf(10) ** -40 * max(1, abs(value.real)), e
                value = value.real
            slack = mpmath.mpf(10) ** -45 * max(1, abs(value))
            assert lo - slack <= value <= hi + slack, (e, env, lo, value, hi)
        checked += 1
    assert checked > 100

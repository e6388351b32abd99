"""Hostile review of the kernel's speed-ups (issue 12): none of them may change a verdict.

Three shortcuts are attacked here, each by comparing the kernel with it and without it:

* ``refute.nonzero_somewhere``, which lets ``checker._Opaque`` skip ``decide_zero`` on two
  opaque insides (Derivative/Limit/Sum/Subs bodies) shown by interval bounds to differ at a
  point. The claim is that ``decide_zero`` would then have said "not shown" anyway.
* the ``settled`` memo of ``rules.engine.normalize``: a subtree walked whole with nothing
  fired is not walked again in later passes.
* ``checker._confirm`` and ``refute._compare`` skipping the quick numeric look when the two
  sides are the very same expression.

The oracle is the kernel with the shortcut turned off (the same switch
``tests/cli/test_parallel_check.py`` uses: ``checker.nonzero_somewhere`` answering False,
``engine._parts_settled`` answering False), plus mpmath for the counterexamples of the steps
that are false. Adversarial steps are written by hand; Hypothesis adds random ones.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier.proof import checker, refute
from verifier.proof.conditions import Facts
from verifier.proof.rules import RULES, engine
from verifier.proof.rules.table import RuleContext

_REAL_NONZERO = checker.nonzero_somewhere
_REAL_SETTLED = engine._parts_settled

# Shortcut uses seen while "on", so that a test can show it exercised the shortcut at all.
_USED = {"differ": 0, "settled": 0}


@contextlib.contextmanager
def _shortcuts(on: bool) -> Iterator[None]:
    """The two shortcuts on (counted) or off, restored afterwards."""

    def differ(expr):
        shown = on and _REAL_NONZERO(expr)
        _USED["differ"] += bool(shown)
        return shown

    def settled(expr, done):
        kept = on and _REAL_SETTLED(expr, done)
        _USED["settled"] += bool(kept)
        return kept

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(checker, "nonzero_somewhere", differ)
        mp.setattr(engine, "_parts_settled", settled)
        yield


def _outcome(text: str, on: bool) -> tuple:
    """Everything a report says about each step (verdict, method, reason, counterexample)."""
    with _shortcuts(on):
        report = check_text(text)
    steps = tuple(
        (
            str(s.verdict.status),
            s.verdict.method,
            s.verdict.reason,
            s.verdict.counterexample,
            tuple(s.verdict.conditions),
        )
        for s in report.steps
    )
    return str(report.verdict), steps


SYMBOLS = {
    "x": "real",
    "h": "real",
    "n": "integer nonnegative",
    "p": "positive",
    "y": "real",
    "z": "nonzero",
}
FUNCTIONS = {"f": "differentiable", "g": "differentiable positive"}

# Two opaque terms of one kind whose insides are equal by algebra only where defined, only
# for some values of a symbol, only by an identity the cheap test lacks, or not at all.
ADVERSARIAL = {
    "removable divisor": "Derivative((x**2 - 1)/(x - 1), x) - Derivative(x + 1, x)",
    "sqrt of a square": "Derivative(sqrt(x**2), x) - Derivative(x, x)",
    "abs": "Limit(Abs(x + h), h, 0) - Limit(x + h, h, 0)",
    "trig identity": "Derivative(sin(x)**2 + cos(x)**2, x) - Derivative(1 + 0*x, x)",
    "tanh as exp": "Derivative(tanh(x), x) - Derivative((exp(x) - exp(-x))/(exp(x) + exp(-x)), x)",
    "log of a positive function": "Derivative(log(g(x)**2), x) - Derivative(2*log(g(x)), x)",
    "log of a real function": "Derivative(log(f(x)**2), x) - Derivative(2*log(f(x)), x)",
    "negative base": "Derivative((-2)**y*(-2)**x, x) - Derivative((-2)**(x + y), x)",
    "integer exponent": "Limit((-1)**(2*n)*h, h, 0) - Limit(h, h, 0)",
    "factorials in a sum": (
        "Sum(factorial(n + 1)/factorial(n)*x**n, (n, 0, 5)) - Sum((n + 1)*x**n, (n, 0, 5))"
    ),
    "removable divisor in a sum": "Sum((n**2 - 1)/(n - 1), (n, 2, 5)) - Sum(n + 1, (n, 2, 5))",
    "subs": "Subs(Derivative(f(y)**2, y), y, x) - Subs(Derivative(f(y)*f(y), y), y, x)",
    "h over h squared": (
        "Limit((f(x + h) - f(x))/h, h, 0) - Limit((f(x + h) - f(x))*h/h**2, h, 0)"
    ),
    "nested binders": (
        "Limit(Derivative(f(x + h), x) - Derivative(f(h + x), x), h, 0) - Limit(0*h, h, 0)"
    ),
    "nonzero symbol divisor": "Derivative(z/z*f(z), z) - Derivative(f(z), z)",
    "sign of a positive": "Derivative(sign(p)*f(x), x) - Derivative(f(x), x)",
    "exp of log": "Derivative(exp(log(x)), x) - Derivative(x, x)",
    "same body, other binder": "Limit(f(x)*h + h, h, 0) + Derivative(f(x)*h + h, x)",
    "differing at one point only": (
        "Derivative(x*(x - 1)/(x - 1) + f(x), x) - Derivative(x + f(x), x)"
    ),
    "ratio": "Derivative(2*f(x), x) - 2*Derivative(f(x), x)",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_opaque_insides_same_verdict_with_and_without(name: str) -> None:
    """Each step by algebra gets the same report, byte for byte, with the shortcuts on and off."""
    text = derivation_text(
        [(None, ADVERSARIAL[name]), ("algebra", "0")], symbols=SYMBOLS, functions=FUNCTIONS
    )
    assert _outcome(text, True) == _outcome(text, False)


def test_the_adversarial_steps_exercise_both_shortcuts() -> None:
    """Not vacuous: on these steps the interval test did skip work, and so did the memo."""
    before = dict(_USED)
    for name in ("ratio", "subs", "h over h squared", "log of a real function"):
        text = derivation_text(
            [(None, ADVERSARIAL[name]), ("algebra", "0")], symbols=SYMBOLS, functions=FUNCTIONS
        )
        _outcome(text, True)
        rules = derivation_text(
            [(None, "Derivative(f(x)*x**2 + f(x), x)"), (["product-rule", "sum-rule"], "0")],
            symbols=SYMBOLS,
            functions=FUNCTIONS,
        )
        _outcome(rules, True)
    assert _USED["differ"] > before["differ"]
    assert _USED["settled"] > before["settled"]


# -- false steps: not proved either way, and the counterexample is real -----------------

# The kernel's witness functions, written here again (not imported) as the oracle's own.
_ORACLE_WITNESSES = {
    "t**2 + 1": lambda t: 1 + t**2,
    "sin(3*t) + 2": lambda t: 2 + mpmath.sin(3 * t),
    "exp(t/2)": lambda t: mpmath.exp(t / 2),
}

FALSE_STEPS = [
    # d/dx (3f) - 2 d/dx f = f', not 0: the insides 3f and 2f differ (and have a ratio).
    (
        "Derivative(3*f(x), x) - 2*Derivative(f(x), x)",
        "0",
        lambda x, f: mpmath.diff(f, x),
        lambda x, f: 0,
    ),
    # Two limits whose bodies differ by x: their difference is -x, not 1.
    (
        "Limit(exp(h*x), h, 0) - Limit(exp(h*x) + h**2 + x, h, 0)",
        "1",
        lambda x, f: -x,
        lambda x, f: 1,
    ),
    # Derivatives whose insides differ by a constant times x: 5 - 3 = 2, not 0.
    (
        "Derivative(5*x + f(x), x) - Derivative(3*x + f(x), x)",
        "0",
        lambda x, f: 2,
        lambda x, f: 0,
    ),
]


@pytest.mark.parametrize("index", range(len(FALSE_STEPS)))
def test_false_steps_refuted_alike_and_really_differ(index: int) -> None:
    prev, cur, left, right = FALSE_STEPS[index]
    text = derivation_text([(None, prev), ("algebra", cur)], symbols=SYMBOLS, functions=FUNCTIONS)
    with_them, without = _outcome(text, True), _outcome(text, False)
    assert with_them == without
    status, _, _, witness, _ = with_them[1][-1]
    assert status != "proved"
    assert status == "refuted" and witness is not None
    values = dict(witness.values)
    x = mpmath.mpf(values["x"])
    chosen = dict(witness.witnesses)
    f = _ORACLE_WITNESSES[chosen["f"]] if "f" in chosen else None
    gap = left(x, f) - right(x, f)
    assert abs(gap) > 1e-6


# -- random pairs of insides: the interval test never contradicts decide_zero ------------

_X = sympy.Symbol("x", real=True)
_P = sympy.Symbol("p", positive=True)
_N = sympy.Symbol("n", integer=True, nonnegative=True)
_Z = sympy.Symbol("z", real=True, nonzero=True)
_K = sympy.Dummy("k", integer=True, positive=True)  # a Sum index as the rewrite loop ranges it
_F = sympy.Function("f", real=True)
_LEAVES = [_X, _P, _N, _Z, _K, _F(_X), sympy.Integer(1), sympy.Integer(2), sympy.Rational(1, 2)]
_UNARY = [
    sympy.sqrt,
    sympy.exp,
    sympy.log,
    sympy.Abs,
    sympy.sin,
    sympy.cos,
    sympy.tanh,
    sympy.atan,
    sympy.sign,
    sympy.factorial,
    lambda a: a**2,
    lambda a: 1 / a,
]
_BINARY = [
    lambda a, b: a + b,
    lambda a, b: a - b,
    lambda a, b: a * b,
    lambda a, b: a / b,
    lambda a, b: a**b,
]
# Rewritings that are identities where both sides are defined (and one that is not):
# the pairs they make are the ones decide_zero may show equal.
_REWRITES = [
    sympy.expand,
    sympy.factor,
    sympy.cancel,
    sympy.together,
    sympy.powsimp,
    sympy.expand_log,
    lambda e: e.rewrite(sympy.exp),
    lambda e: sympy.expand(e, power_exp=True),
    lambda e: e + _X - _X * 1,
]


def _safe(build, *args):
    try:
        return build(*args)
    except Exception:  # SymPy refusing a random combination: keep the first argument
        return args[0]


_exprs = st.recursive(
    st.sampled_from(_LEAVES),
    lambda inner: st.one_of(
        st.builds(lambda f, a: _safe(f, a), st.sampled_from(_UNARY), inner),
        st.builds(lambda f, a, b: _safe(f, a, b), st.sampled_from(_BINARY), inner, inner),
    ),
    max_leaves=6,
)


@st.composite
def _pairs(draw):
    first = draw(_exprs)
    if draw(st.booleans()):
        return first, draw(_exprs)
    second = _safe(draw(st.sampled_from(_REWRITES)), first)
    if draw(st.booleans()):
        second = _safe(
            lambda e, a, b: e.xreplace({a: b}),
            second,
            draw(st.sampled_from(_LEAVES)),
            draw(st.sampled_from(_LEAVES)),
        )
    return first, second


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(_pairs())
def test_interval_test_never_skips_an_equality_decide_zero_shows(pair) -> None:
    """The skip is sound iff "nonzero somewhere" and "shown identically zero" never meet."""
    first, second = pair
    difference = first - second
    if not refute.nonzero_somewhere(difference):
        return
    shown, procedure, _ = checker.decide_zero(difference, thorough=False)
    assert not shown, (first, second, procedure)


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(_exprs, st.sampled_from(_REWRITES))
def test_interval_test_never_calls_an_identity_different(expr, rewrite) -> None:
    """An expression and an identity-preserving rewriting of it (equal wherever both are
    defined) are never shown to differ: a false "differ" would skip a match that
    decide_zero shows, and lose a proof."""
    other = _safe(rewrite, expr)
    assert not refute.nonzero_somewhere(expr - other), (expr, other)


@pytest.mark.parametrize(
    "difference",
    [
        sympy.sin(_X) ** 2 + sympy.cos(_X) ** 2 - 1 + _X,
        sympy.sqrt(_X**2) - _X,  # nonzero where x < 0: simplify must not say 0
        sympy.log(_P**2) - 2 * sympy.log(_P) + 1 / _P,
        sympy.tanh(_X) - (sympy.exp(_X) - sympy.exp(-_X)) / (sympy.exp(_X) + sympy.exp(-_X)) + 1,
        (_K**2 - 1) / (_K - 1) - _K,  # 1 where defined (k = 1 is not)
        sympy.Abs(_Z) / _Z - 1,  # nonzero where z < 0
        (-1) ** (2 * _N) - 1 + _N,
    ],
)
def test_interval_test_against_thorough_decide_zero_and_mpmath(difference) -> None:
    """Where the interval test says "differ", even simplify does not say 0, and mpmath finds a
    nonzero value at some allowed point (an oracle sharing none of our code)."""
    assert refute.nonzero_somewhere(difference)
    assert not checker.decide_zero(difference, thorough=True)[0]
    free = sorted(difference.free_symbols, key=str)
    at = sympy.lambdify(free, difference, modules="mpmath")
    points = [mpmath.mpf(v) for v in ("-1.7", "0.6", "2", "3")]
    gaps = []
    for v in points:
        args = [abs(v) if (s.is_positive or s.is_nonnegative) else v for s in free]
        args = [
            mpmath.mpf(int(abs(a)) or 1) if s.is_integer else a
            for s, a in zip(free, args, strict=True)
        ]
        with contextlib.suppress(Exception):
            gaps.append(abs(at(*args)))
    assert max(gaps) > 1e-9


# -- the rewrite loop's memo: same result, same side conditions, same rules fired --------

_H = sympy.Symbol("h", real=True)
_U = sympy.Symbol("u", real=True)
_G = sympy.Function("g", real=True)
_FACTS = Facts(
    hypotheses={_F: frozenset({"differentiable", "positive"}), _G: frozenset({"continuous"})}
)
_ATOMS = [_X, _H, _N, _P, _F(_X), _G(_X), _F(_X + _H), _U, _F(_U), sympy.Integer(2)]
_INDEX = sympy.Symbol("k", integer=True)


def _binder(kind: int, a: sympy.Expr, b: sympy.Expr) -> sympy.Expr:
    if kind == 0:
        return sympy.Derivative(a, _X, evaluate=False)
    if kind == 1:
        return sympy.Derivative(a, _U, evaluate=False)
    if kind == 2:
        return sympy.Limit(a, _H, 0)
    if kind == 3:
        return sympy.Subs(a, _U, b)
    if kind == 4:
        return sympy.Sum(a.xreplace({_N: _INDEX}), (_INDEX, 0, sympy.oo))
    if kind == 5:
        # The same subtree inside a binder and outside it, and twice in one pass.
        return sympy.Limit(a, _H, 0) * a + sympy.Derivative(a, _X) + a
    if kind == 6:
        return sympy.Derivative(a, (_X, 2), evaluate=False)
    return sympy.exp(a) + b


_trees = st.recursive(
    st.sampled_from(_ATOMS),
    lambda inner: st.one_of(
        st.builds(lambda k, a, b: _safe(_binder, k, a, b), st.integers(0, 7), inner, inner),
        st.builds(lambda a, b: a * b, inner, inner),
        st.builds(lambda a, b: a / b, inner, inner),
        st.builds(lambda a: sympy.sin(a) + sympy.log(a), inner),
    ),
    max_leaves=6,
)
_RULE_NAMES = sorted(name for name, rule in RULES.items() if rule.rewrite is not None)


def _normalized(expr: sympy.Expr, names: list[str], on: bool) -> tuple:
    rules = [RULES[name] for name in names]
    ctx = RuleContext(facts=_FACTS, sum_floor=engine.sum_floor(expr))
    with _shortcuts(on):
        try:
            result = str(engine.normalize(expr, rules, ctx))  # fresh dummies print alike
        except engine.RewriteLimit as exc:
            result = f"limit: {exc}"
    return result, tuple(ctx.conditions), tuple(ctx.failures), frozenset(ctx.fired)


@settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(_trees, st.lists(st.sampled_from(_RULE_NAMES), min_size=1, max_size=8, unique=True))
def test_rewrite_memo_changes_nothing(expr, names) -> None:
    assert _normalized(expr, names, True) == _normalized(expr, names, False)


def test_rewrite_memo_on_a_repeated_subtree_under_different_binders() -> None:
    """f(x + h) under a Limit in h, under a Derivative in x and bare, over several passes."""
    body = _F(_X + _H) * _X**2
    expr = (
        sympy.Limit(body, _H, 0)
        + sympy.Derivative(body, _X)
        + body * sympy.Derivative(_X**2 * _F(_X), _X)
    )
    names = ["product-rule", "power-rule", "continuity", "derivative-definition", "chain-rule"]
    before = _USED["settled"]
    assert _normalized(expr, names, True) == _normalized(expr, names, False)
    assert _USED["settled"] > before


# -- the quick look skipped when both sides are one expression ---------------------------


@pytest.mark.parametrize(
    ("side", "written"),
    [
        # Read as x, written exp(log(x)): undefined for x <= 0.
        (_X, (sympy.exp(sympy.log(_X, evaluate=False), evaluate=False), _X)),
        # Read as 1, written x/x: undefined at 0.
        (sympy.Integer(1), (sympy.Mul(_X, sympy.Pow(_X, -1), evaluate=False), sympy.Integer(1))),
        # Read as |x|, written sqrt(x**2) and sqrt(x)**2 (undefined for x < 0).
        (sympy.Abs(_X), (sympy.sqrt(_X**2), sympy.Pow(sympy.sqrt(_X), 2, evaluate=False))),
        (_F(_X) + sympy.Derivative(_F(_X), _X), ()),
    ],
)
def test_quick_look_finds_nothing_between_an_expression_and_itself(side, written) -> None:
    """What ``_confirm`` no longer runs when prev == cur, run here: it finds no witness,
    whatever the written forms' domains, quick or thorough."""
    ctx = checker.CheckContext(facts=_FACTS, written=written)
    assert checker._quick_witness(side, side, ctx) is None
    assert refute.find_counterexample(side, side, _FACTS, 0, written=written) is None


def test_definition_steps_same_verdict() -> None:
    """A "definition" step whose two sides are read as one expression, but whose written
    forms differ in domain, gets the kernel's usual answer (proved where both are defined)
    and the same with the shortcuts off."""
    text = derivation_text(
        [(None, "F(x)"), ("definition", "sqrt(x)**2")],
        symbols={"x": "real"},
        define={"F(x)": "sqrt(x)**2"},
    )
    assert _outcome(text, True) == _outcome(text, False)


# -- random steps through the whole kernel: the same report with the shortcuts and without ----

# Insides in x and h, several of them equal by algebra to another (so that classes match).
_INSIDES = [
    "x**2*f(x)",
    "f(x)*x*x",
    "(x**2 - 1)/(x - 1)",
    "x + 1",
    "sqrt(x**2)",
    "x",
    "exp(x + h)",
    "exp(x)*exp(h)",
    "sin(x)**2 + cos(x)**2",
    "1 + 0*h",
    "(f(x + h) - f(x))/h",
    "(f(x + h) - f(x))*h/h**2",
    "log(g(x)**2)",
    "2*log(g(x))",
    "tanh(x + h)",
    "f(x)/f(x)",
]
_SHAPES = [
    ("Derivative({a}, x) - Derivative({b}, x)", "0"),
    ("Limit({a}, h, 0) - Limit({b}, h, 0)", "0"),
    ("Derivative({a}, x)*Limit({b}, h, 0)", "Limit({b}, h, 0)*Derivative({a}, x)"),
    ("Derivative({a}, x) + Derivative({b}, x)", "2*Derivative({a}, x)"),
    ("Subs(Derivative({a}, x), x, y) - Subs(Derivative({b}, x), x, y)", "0"),
]


@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.sampled_from(_SHAPES),
    st.sampled_from(_INSIDES),
    st.sampled_from(_INSIDES),
    st.sampled_from(["algebra", ("sum-rule", "product-rule", "constant-rule", "power-rule")]),
)
def test_random_steps_same_report(shape, a, b, by) -> None:
    prev, cur = shape[0].format(a=a, b=b), shape[1].format(a=a, b=b)
    text = derivation_text(
        [(None, prev), (by if isinstance(by, str) else list(by), cur)],
        symbols=SYMBOLS,
        functions=FUNCTIONS,
    )
    assert _outcome(text, True) == _outcome(text, False)


# -- the CLI: scheduling order, the paused collector, the shortcuts, together ------------------


def test_cli_prints_the_same_bytes_one_worker_without_shortcuts_two_with(tmp_path, capsys) -> None:
    """Adversarial files checked by the CLI: two forked workers with the shortcuts give the
    bytes one worker without them gives (verdicts, counterexamples, side conditions)."""
    from verifier.cli import main

    names = ["ratio", "removable divisor", "sqrt of a square", "h over h squared", "subs"]
    for i, name in enumerate(names):
        text = derivation_text(
            [(None, ADVERSARIAL[name]), ("algebra", "0")],
            symbols=SYMBOLS,
            functions=FUNCTIONS,
            ident=f"hostile-{i}",
        )
        (tmp_path / f"hostile{i}.toml").write_text(text)
    outputs = []
    for on, jobs in ((False, "1"), (True, "2")):
        with _shortcuts(on):
            code = main(["check", "--no-cache", str(tmp_path), "--format", "json", "-j", jobs])
        outputs.append((code, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    assert '"refuted"' in outputs[0][1] and '"proved"' in outputs[0][1]

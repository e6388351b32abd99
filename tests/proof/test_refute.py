"""The refuter is never wrong: each test pins one way a hostile review made it wrong.

Every counterexample produced here is recomputed independently (SymPy's diff
for derivatives, mpmath's limit/nsum and 50-digit evaluation for the rest,
nothing from verifier.proof.refute but the witness table) and must really differ.
"""

from __future__ import annotations

import math
import random
import time

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text
from sympy import (
    Derivative,
    E,
    Function,
    Integer,
    Limit,
    Rational,
    Sum,
    Symbol,
    cos,
    exp,
    factorial,
    log,
    oo,
    pi,
    sin,
    sqrt,
)
from sympy.core.function import AppliedUndef

from verifier.proof import refute
from verifier.proof.conditions import Facts
from verifier.proof.deadline import StepTimeout
from verifier.proof.refute import WITNESSES, Counterexample, evaluate, find_counterexample
from verifier.proof.syntax import Define

x = Symbol("x", real=True)
y = Symbol("y", real=True)
a, b = Symbol("a", real=True), Symbol("b", real=True)
h = Symbol("h", real=True)  # declared, as the parser builds it: the same Symbol a Limit binds
p = Symbol("p", positive=True)
n = Symbol("n", integer=True, nonnegative=True)
k = Symbol("k", integer=True, positive=True)
m = Symbol("m", integer=True, positive=True)
f = Function("f", real=True)
g = Function("g", real=True)
FACTS = Facts(hypotheses={f: frozenset({"differentiable"}), g: frozenset({"differentiable"})})
T = Symbol("t", real=True)


# -- an independent evaluation ----------------------------------------------------


def _mp(expr: sympy.Expr) -> mpmath.mpf:
    """``expr`` (concrete but for limits and sums) with mpmath at the current precision."""
    opaque = {}
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, Limit) and not node.free_symbols:
            body, var, point, direction = node.args
            fn = sympy.lambdify(var, body, modules="mpmath")
            sides = {"+": [1], "-": [-1], "+-": [1, -1]}[str(direction)]
            at = {oo: mpmath.inf, -oo: -mpmath.inf}.get(point) or mpmath.mpf(sympy.N(point, 60))
            values = [mpmath.limit(fn, at, direction=s) for s in sides]
            assert all(abs(v - values[0]) < mpmath.mpf("1e-20") for v in values)
            opaque[node] = sympy.Float(values[0], 50)
        elif isinstance(node, Sum) and not node.free_symbols:
            ((index, low, high),) = node.limits
            term = sympy.lambdify(index, node.function, modules="mpmath")
            upper = mpmath.inf if high == oo else int(high)
            opaque[node] = sympy.Float(
                mpmath.nsum(lambda j, term=term: term(j), [int(low), upper]), 50
            )
    expr = expr.xreplace(opaque)
    assert not expr.free_symbols, expr
    return mpmath.mpf(sympy.re(sympy.lambdify((), expr, modules="mpmath")()))


def independent(expr: sympy.Expr, cex: Counterexample, constants=None) -> mpmath.mpf:
    """Recompute one side at the counterexample, sharing no code with refute.py."""
    bodies = {str(w): w for w in WITNESSES}
    for name, body in cex.witnesses:
        w = bodies[body]
        expr = expr.replace(
            lambda e, name=name: isinstance(e, AppliedUndef) and e.func.__name__ == name,
            lambda e, w=w: w.xreplace({T: e.args[0]}),
        )
    expr = expr.xreplace(constants or {})
    expr = expr.replace(lambda e: isinstance(e, Derivative), lambda e: e.doit())
    # Bound variables get their own names before the values go in.
    expr = expr.replace(
        lambda e: isinstance(e, Limit),
        lambda e: Limit(
            e.args[0].xreplace({e.args[1]: (d := sympy.Dummy(real=True))}),
            d,
            e.args[2],
            str(e.args[3]),
        ),
    )
    values = {s: Rational(v) for s in expr.free_symbols for name, v in cex.values if s.name == name}
    expr = expr.xreplace(values)
    with mpmath.workdps(50):
        return _mp(expr)


def assert_really_differs(lhs, rhs, cex: Counterexample, constants=None) -> None:
    with mpmath.workdps(50):
        left = independent(lhs, cex, constants)
        right = independent(rhs, cex, constants)
        scale = max(abs(left), abs(right))
        if sympy.Tuple(lhs, rhs).has(Limit):
            # mpmath.limit is accurate to ~1e-9 here, so demand a clear difference.
            scale = 1000 * max(1, scale)
        assert abs(left - right) > mpmath.mpf("1e-9") * scale, (
            f"a wrong refutation: {cex.describe()} but independently {left} = {right}"
        )
        # The reported values are the values.
        # (mpmath.limit converges slowly on h*log(h): a looser check there.)
        loose = sympy.Tuple(lhs, rhs).has(Limit)
        for value, shown in ((left, cex.lhs), (right, cex.rhs)):
            tolerance = (
                mpmath.mpf("1e-3") * max(1, abs(value))
                if loose
                else (mpmath.mpf("1e-7") * max(abs(value), mpmath.mpf("1e-300")))
            )
            assert abs(value - mpmath.mpf(shown)) <= tolerance


def refuted(lhs, rhs, facts=FACTS, seed=7, constants=None) -> Counterexample | None:
    cex = find_counterexample(lhs, rhs, facts, seed)
    if cex is not None:
        assert_really_differs(lhs, rhs, cex, constants)
    return cex


# -- bug 3: Sum.evalf is not trusted -------------------------------------------------


def test_sum_evalf_not_trusted_sin_n_over_n_is_never_minus_eight():
    series = Sum(sin(k) / k, (k, 1, oo))
    # (SymPy's own sympy.N(series) takes ~20 s and returns a wrong value.)
    with mpmath.workdps(30):
        truth = (mpmath.pi - 1) / 2
    value = evaluate(series, {}, {})
    assert value is None or abs(float(value) - float(truth)) < 1e-10
    assert find_counterexample(series, (pi - 1) / 2, FACTS, 1) is None
    assert refuted(series, Integer(-8)) is None or value is not None


def test_sum_finite_sums_are_added_term_by_term():
    assert refuted(Sum(k, (k, 1, m)), m * (m + 1) / 2) is None
    assert refuted(Sum(k**2, (k, 1, 40)), Integer(22140)) is None
    assert refuted(Sum(k, (k, 1, m)), m * (m + 2) / 2) is not None
    assert refuted(Sum(1 / k**2, (k, 1, 3)), Rational(49, 36) + Rational(1, 10**6)) is not None
    # More terms than the cap: no value rather than a slow or truncated one.
    assert evaluate(Sum(1 / k, (k, 1, 10**7)), {}, {}) is None


def test_sum_infinite_needs_closed_form_and_nsum_to_agree():
    assert refuted(Sum(1 / k**2, (k, 1, oo)), pi**2 / 6) is None
    cex = refuted(Sum(1 / k**2, (k, 1, oo)), pi**2 / 6 + Rational(1, 1000))
    assert cex is not None
    assert refuted(Sum(x**n / factorial(n), (n, 0, oo)), 2 * exp(x)) is not None
    # A divergent series has no value.
    assert evaluate(Sum(1 / k, (k, 1, oo)), {}, {}) is None


# -- bug 4: limits need a real convergence check ------------------------------------


def test_limit_without_limit_gets_no_value_sin_pi_over_h():
    body = sin(pi / h)
    assert all(body.subs(h, Rational(1, 10**j)) == 0 for j in (12, 18, 24))
    assert evaluate(Limit(body, h, 0), {}, {}) is None
    assert find_counterexample(Limit(body, h, 0), Integer(0), FACTS, 3) is None
    assert find_counterexample(Limit(body, h, 0, dir="+-"), Integer(1), FACTS, 3) is None
    assert find_counterexample(Limit(sin(1 / h), h, 0), Integer(0), FACTS, 3) is None


def test_limit_one_sided_values_differ_so_two_sided_has_none():
    step = Limit(abs(h) / h, h, 0, dir="+-")
    assert evaluate(step, {}, {}) is None
    assert refuted(Limit(abs(h) / h, h, 0, dir="+"), Integer(-1)) is not None
    assert refuted(Limit(abs(h) / h, h, 0, dir="-"), Integer(-1)) is None


def test_limit_at_infinity_and_nested_inside_out():
    assert refuted(Limit((1 + 1 / h) ** h, h, oo), E) is None
    assert refuted(Limit(h * Sum(1 / k**2, (k, 1, oo)), h, 0), Integer(0)) is None
    assert refuted(Limit(x * sin(h) / h, h, 0, dir="+-"), 2 * x) is not None


# -- bug 1: bound variables are never sampled or substituted into ---------------------


def test_declared_h_and_limit_in_h_true_equality_is_never_refuted():
    for seed in range(6):
        assert refuted(Limit((x + h) ** 2 - x**2, h, 0), Integer(0), seed=seed) is None
        # h is also free here, so it is sampled: the Limit's own h must stay bound.
        assert refuted(h + Limit(((x + h) ** 2 - x**2) / h, h, 0), h + 2 * x, seed=seed) is None


def test_declared_h_and_limit_in_h_false_equality_is_refuted_and_really_differs():
    cex = refuted(Limit(h + x, h, 0), x + 1)
    assert cex is not None
    assert "h" not in dict(cex.values)  # the bound h is not a sampled variable
    cex = refuted(h + Limit(h + x, h, 0), x + 1, seed=2)
    assert cex is not None


def test_witness_argument_containing_t_is_not_captured():
    t = Symbol("t", real=True)
    assert refuted(f(t + x), f(x + t)) is None
    assert refuted(Derivative(f(2 * t), t), 2 * Derivative(f(t), t).subs(t, 2 * t)) is None


# -- bug 2: [define]d constants are unfolded ---------------------------------------------


def test_defined_constant_is_unfolded_not_sampled():
    c = Symbol("c")
    facts = Facts(
        hypotheses={f: frozenset({"differentiable"})}, defines={"c": Define("c", (), Integer(2), c)}
    )
    for seed in range(5):
        assert refuted(c * x, 2 * x, facts, seed=seed, constants={c: 2}) is None
    cex = refuted(c * x, 3 * x, facts, constants={c: 2})
    assert cex is not None and "c" not in dict(cex.values)


def test_defined_constant_and_function_chain_is_unfolded():
    c, d = Symbol("c"), Symbol("d")
    S = Function("S")
    defines = {
        "c": Define("c", (), Integer(2), c),
        "d": Define("d", (), 3 * c, d),  # a definition using an earlier one
        "S": Define("S", (x,), 1 / (1 + exp(-x)), S(x)),
    }
    facts = Facts(defines=defines)
    assert refuted(d * S(y), 6 / (1 + exp(-y)), facts) is None
    assert refuted(S(h) + Limit(h, h, 0), 1 / (1 + exp(-h)), facts) is None
    assert find_counterexample(d * S(y), 5 / (1 + exp(-y)), facts, 1) is not None


# -- bug 6: huge exact powers, exceptions ----------------------------------------------------


def test_huge_power_limit_one_plus_h_to_one_over_h_is_fast():
    start = time.perf_counter()
    assert refuted(Limit((1 + h) ** (1 / h), h, 0), E) is None
    cex = refuted(Limit((1 + h) ** (1 / h), h, 0), Integer(3))
    assert time.perf_counter() - start < 10
    if cex is not None:
        assert abs(float(cex.lhs) - float(E)) < 1e-12


def test_huge_power_of_integers_is_refused_not_computed():
    start = time.perf_counter()
    tower = m ** (m ** (m**m))
    cex = find_counterexample(tower / (tower + 1), Integer(1), FACTS, 1)
    assert cex is None or dict(cex.values)["m"] in ("1", "2")  # only these are small enough
    find_counterexample(tower, Integer(0), FACTS, 2)
    find_counterexample((1 + Rational(1, 3) * x) ** (10**9), Integer(0), FACTS, 3)
    assert time.perf_counter() - start < 10


def test_huge_power_and_hostile_content_never_raise():
    hostile = [
        (f(x, y), f(y, x)),
        (Limit(x, x, sympy.I), Integer(0)),
        (Sum(k, (k, 1, x)), Integer(0)),
        (Integer(1) / 0, Integer(0)),
        (log(-p), Integer(0)),
        (Derivative(x, (x, 500)), Integer(0)),
        (Limit(1 / h**2, h, 0), oo),
        (Sum(k, (k, 5, 1)), Integer(0)),
    ]
    for lhs, rhs in hostile:
        refuted(lhs, rhs)


def test_huge_power_timeout_still_propagates(monkeypatch):
    def stuck(*args, **kwargs):
        raise StepTimeout()

    refute._symbolic_limit.cache_clear()
    monkeypatch.setattr(sympy, "limit", stuck)
    with pytest.raises(StepTimeout):
        find_counterexample(Limit(sin(h) / h + x, h, 0), x, FACTS, 11)
    refute._symbolic_limit.cache_clear()


# -- bug 5: two precisions -----------------------------------------------------------------


def test_two_precisions_tiny_but_real_difference_is_refuted():
    cex = refuted(exp(-920 * p**2), Integer(0))
    assert cex is not None and float(cex.lhs) == 0.0 and mpmath.mpf(cex.lhs) > 0


def test_two_precisions_rounding_noise_is_not_a_difference():
    for seed in range(4):
        assert refuted(cos(x) ** 2 + sin(x) ** 2 - 1, Integer(0), seed=seed) is None
        assert refuted(exp(log(p)) - p, Integer(0), seed=seed) is None
        assert refuted(Limit(sin(h) / h, h, 0) - 1, Integer(0), seed=seed) is None


# -- bug 7: assumptions ------------------------------------------------------------------------


def test_assumptions_respected_by_samples():
    assert refuted(sqrt(p**2), p) is None
    cex = refuted(sqrt(x**2), x, seed=1)
    assert cex is not None and float(dict(cex.values)["x"]) < 0
    assert refuted((-1) ** (2 * n), Integer(1)) is None
    assert refuted(sqrt(n**2), n) is None
    assert refuted(Derivative(sqrt(x**2), x), Integer(1), seed=1) is not None
    assert refuted(Derivative(sqrt(p**2), p), Integer(1)) is None
    rng = random.Random(0)
    for attempt in range(50):
        assert refute.sample(p, rng, attempt) > 0
        assert refute.sample(n, rng, attempt) >= 0
        assert refute.sample(k, rng, attempt).is_Integer


# -- the property: true identities are never refuted --------------------------------------------


TRUE_IDENTITIES = [
    (sin(x) ** 2 + cos(x) ** 2, Integer(1)),
    (exp(a + b), exp(a) * exp(b)),
    ((x + 1) ** 2, x**2 + 2 * x + 1),
    (Limit(sin(h) / h, h, 0), Integer(1)),
    (Limit(sin(h) / h, h, 0, dir="+-"), Integer(1)),
    (Derivative(f(x) ** 2, x), 2 * f(x) * Derivative(f(x), x)),
    (Sum(x**n / factorial(n), (n, 0, oo)), exp(x)),
    (Derivative(Sum(x**n / factorial(n), (n, 0, oo)), x), exp(x)),
    (Sum(n * x ** (n - 1) / factorial(n), (n, 1, oo)), exp(x)),
    (Derivative(f(g(x)), x), Derivative(f(x), x).subs(x, g(x)) * Derivative(g(x), x)),
    (Derivative(1 / f(x), x), -Derivative(f(x), x) / f(x) ** 2),
    (Limit((f(x + h) - f(x)) / h, h, 0, dir="+-"), Derivative(f(x), x)),
    (Limit((1 / f(x + h) - 1 / f(x)) / h, h, 0, dir="+-"), -Derivative(f(x), x) / f(x) ** 2),
    (Limit((exp(h) - 1) / h, h, 0, dir="+-"), Integer(1)),
    (Limit((1 + 1 / h) ** h, h, oo), E),
    (Limit(h * log(h), h, 0, dir="+"), Integer(0)),
    (Limit((cos(h) - 1) / h**2, h, 0, dir="+-"), -Rational(1, 2)),
    (Sum(1 / k**2, (k, 1, oo)), pi**2 / 6),
    (Sum((-1) ** (k + 1) / k, (k, 1, oo)), log(2)),
    (Sum(Rational(1, 2) ** k, (k, 1, oo)), Integer(1)),
    (Sum(k, (k, 1, m)), m * (m + 1) / 2),
    (Sum(k**3, (k, 1, m)), (m * (m + 1) / 2) ** 2),
    (log(p * y**2 + p), log(p) + log(y**2 + 1)),
    (sqrt(p**2), p),
    (Derivative(exp(x) / (1 + exp(x)), x), exp(x) / (1 + exp(x)) ** 2),
    (1 / (1 + exp(-x)) * (1 - 1 / (1 + exp(-x))), exp(-x) / (1 + exp(-x)) ** 2),
    (sin(2 * x), 2 * sin(x) * cos(x)),
    (Derivative(abs(x), x), sympy.sign(x)),
    (f(x) * g(x) - g(x) * f(x), Integer(0)),
    (Derivative(f(x) * g(x), x), f(x) * Derivative(g(x), x) + g(x) * Derivative(f(x), x)),
    (exp(-800 * p), 1 / exp(800 * p)),
]


@pytest.mark.parametrize(
    ("lhs", "rhs"), TRUE_IDENTITIES, ids=[str(i) for i in range(len(TRUE_IDENTITIES))]
)
def test_true_identities_are_never_refuted(lhs, rhs):
    for seed in (0, 1):
        cex = find_counterexample(lhs, rhs, FACTS, seed)
        assert cex is None, f"true identity refuted: {cex.describe()}"


def test_false_variants_of_true_identities_are_mostly_refuted_and_really_differ():
    refutations = 0
    for lhs, rhs in TRUE_IDENTITIES:
        cex = refuted(lhs, 2 * rhs + 1)
        refutations += cex is not None
    assert refutations >= 0.8 * len(TRUE_IDENTITIES)


def test_a_real_exponent_is_also_tried_at_whole_numbers():
    # lim ((x+h)^n - x^n)/h = lim h^n: for a fractional n, h**n has no two-sided real
    # limit and nothing is compared; at a whole n the sides are n x^(n-1) and 0 (or 1).
    text = derivation_text(
        [(None, "Limit(((x + h)**n - x**n)/h, h, 0)"), ("algebra", "Limit(h**n, h, 0)")],
        symbols={"x": "real", "h": "real", "n": "real"},
    )
    verdict = check_text(text).steps[1].verdict
    assert verdict.status == "refuted"
    values = dict(verdict.counterexample.values)
    n, x = float(values["n"]), float(values["x"])
    assert n == int(n)
    h = 1e-7
    left = ((x + h) ** n - x**n) / h  # the difference quotient, near its limit
    assert math.isclose(float(verdict.counterexample.lhs), left, rel_tol=1e-5)
    right = 1.0 if n == 0 else 0.0  # lim h**n for a whole n >= 0
    assert math.isclose(float(verdict.counterexample.rhs), right, abs_tol=1e-12)
    assert not math.isclose(left, right, abs_tol=1e-6)

"""Hostile review of binders, lemma instances, derivative rules and standard limits (helper-51).

The hole: a Subs of a Subs of a mixed partial derivative, the way a Hessian entry at a point
is written (f_xy at (0, 0)), is read with the inner Subs variable set free. The reader
evaluates the outer Subs into the inner one (verifier.proof.syntax, call_subs), and
binders._subst rebuilds the inner Subs with ``sympy.Subs(new_body, vars, points)``. The new
body is itself a Subs (the Derivative's variable y moved to 0 becomes
Subs(Derivative(B, x', y'), (x', y'), (x, 0)), whose point x is the inner Subs variable), and
SymPy's Subs constructor merges Subs(Subs(e, v, p), u, q) into Subs(e, v + u, p + q), reading
p outside the scope of u: the x in (x, 0) is no longer bound. So the number
f_xy(0, 0) = 0 for f = x**2*y is read as 2*x, and the true step "= 0" is refuted with the
numbers of 2*x ("previous = 1.94 at x = 0.97"). The same merge happens inside the kernel:
the rewrite engine rebuilds a Subs whose body a rule turned into a Subs (binders.rebuild), so
Subs(Derivative(f(x + c), x), c, 1) becomes, after the chain rule,
Subs(Derivative(f(u), u), (u, c), (c + x, 1)) -- f'(x + c) with c free, not f'(x + 1) -- and
the true step to f'(x + 1) is left unknown. No rule acts on a Subs of two variables, and
algebra compares such terms only as written, so no false step was proved through either.
Each test asserts the closed behaviour (they were strict xfails until the fix:
binders.subs_at, which puts the outer substitution into the inner points before any
merge).

The others are attacks that failed (the verifier was right), kept as regression tests. Every
expected value comes from mpmath or SymPy's diff on a plain expression (never through the
verifier's reader), or exact arithmetic.

N = log(1 + 10**-10) - 10**-10 + 10**-20 = 5.0e-21 > 0 (test_hostile_review49).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text

from verifier.proof.checker import PROVED, REFUTED
from verifier.proof.syntax import Scope, parse_expression

ROOT = Path(__file__).resolve().parents[2]
XY = {"x": "real", "y": "real", "h": "real"}
N = "(log(1 + 10**(-10)) - 10**(-10) + 10**(-20))"


def _n() -> mpmath.mpf:
    ten = mpmath.mpf(10)
    return mpmath.log(1 + ten**-10) - ten**-10 + ten**-20


def _step(prev: str, cur: str, by="auto", *, symbols=None, functions=None, uses=()):
    text = derivation_text(
        [(None, prev), (by, cur)], symbols=symbols or XY, functions=functions, uses=uses
    )
    return check_text(text).steps[1].verdict


def _mixed_at(body: str, point: dict) -> sympy.Expr:
    """d/dy d/dx body at ``point``, by SymPy's diff on the plain expression."""
    x, y = sympy.symbols("x y", real=True)
    expr = sympy.sympify(body, locals={"x": x, "y": y})
    return sympy.diff(expr, x, y).subs({x: point["x"], y: point["y"]})


# -- the hole: a nested Subs of a mixed partial sets the inner variable free --------------

# (text, the body, the point, the true value): f_xy at a point, written as people write it.
MIXED = [
    ("Subs(Subs(Derivative(x**2*y, x, y), x, 0), y, 0)", "x**2*y", {"x": 0, "y": 0}, 0),
    ("Subs(Subs(Derivative(x**2*y, x, y), x, 1), y, 0)", "x**2*y", {"x": 1, "y": 0}, 2),
    ("Subs(Subs(Derivative(x**2*y**2, x, y), x, 1), y, 1)", "x**2*y**2", {"x": 1, "y": 1}, 4),
    ("Subs(Subs(Derivative(x**2*y**2, x, y), y, 1), x, 1)", "x**2*y**2", {"x": 1, "y": 1}, 4),
]


@pytest.mark.parametrize(("text", "body", "point", "value"), MIXED)
def test_the_true_values_of_the_mixed_partials(text, body, point, value):
    assert _mixed_at(body, point) == value
    # and by mpmath's numerical partial derivatives, independently of SymPy
    f = sympy.lambdify(sympy.symbols("x y"), sympy.sympify(body), "mpmath")
    with mpmath.workdps(30):
        numeric = mpmath.diff(f, (point["x"], point["y"]), (1, 1))
    assert mpmath.almosteq(numeric, value, abs_eps=1e-20)


@pytest.mark.parametrize(
    "text", [m[0] for m in MIXED[:1]] + ["Subs(Subs(Derivative(t**2*y, t, y), t, 0), y, 0)"]
)
def test_a_nested_subs_of_a_mixed_partial_is_read_as_a_number(text):
    x, y = sympy.Symbol("x", real=True), sympy.Symbol("y", real=True)
    read = parse_expression(text, Scope(symbols={"x": x, "y": y}))
    assert read.free_symbols == set(), read  # f_xy at (0, 0): a number, nothing free


@pytest.mark.parametrize(("text", "body", "point", "value"), MIXED)
def test_a_true_value_of_a_mixed_partial_at_a_point_is_not_refuted(text, body, point, value):
    assert _mixed_at(body, point) == value  # the step is true
    verdict = _step(text, str(value))
    assert verdict.status != REFUTED, verdict.counterexample
    if verdict.counterexample is not None:  # never: but if so, its numbers must be right
        assert mpmath.mpf(verdict.counterexample.lhs) == value


def test_the_command_line_does_not_refute_a_mixed_partial_at_the_origin(tmp_path):
    path = tmp_path / "mixed.toml"
    path.write_text(
        'id = "mixed-partial-at-origin"\n'
        'claim = "Subs(Subs(Derivative(x**2*y, x, y), x, 0), y, 0) = 0"\n'
        '[symbols]\nx = "real"\ny = "real"\n'
        '[[step]]\nexpr = "Subs(Subs(Derivative(x**2*y, x, y), x, 0), y, 0)"\n'
        '[[step]]\nby = "auto"\nexpr = "0"\n'
    )
    run = subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode in (0, 1), run.stderr  # a verdict, not bad input or a crash
    assert "0 refuted" in run.stdout, run.stdout  # the summary line: nothing refuted


def test_a_single_subs_of_a_mixed_partial_is_evaluated_right():
    # The same derivative under one Subs is read right: f_xy(x, 1) = 4x for x**2*y**2.
    x = sympy.Symbol("x", real=True)
    assert sympy.expand(_mixed_at("x**2*y**2", {"x": x, "y": 1}) - 4 * x) == 0
    assert _step("Subs(Derivative(x**2*y**2, x, y), y, 1)", "4*x").status != REFUTED
    wrong = _step("Subs(Derivative(x**2*y**2, x, y), y, 1)", "5*x")
    assert wrong.status == REFUTED
    shown = wrong.counterexample
    at = mpmath.mpf(dict(shown.values)["x"])
    assert mpmath.almosteq(mpmath.mpf(shown.lhs), 4 * at, 1e-12)
    assert mpmath.almosteq(mpmath.mpf(shown.rhs), 5 * at, 1e-12)


# -- attacks that failed: regression tests --------------------------------------------------


def test_mixed_partials_in_two_orders_are_not_identified():
    # f = x*y*sign(|x| - |y|): f_x(0, y) = -y, f_y(x, 0) = x, so f_xy(0, 0) = -1 and
    # f_yx(0, 0) = 1 (Schwarz's theorem needs continuous second partials). Equal readings of
    # the two orders would prove -1 = 1.
    x, y, t = sympy.symbols("x y t", real=True)
    f = x * y * sympy.sign(abs(x) - abs(y))
    fx_at_0 = sympy.limit((f.subs(x, t) - f.subs(x, 0)) / t, t, 0)
    assert sympy.simplify(fx_at_0.subs(y, sympy.Rational(1, 3))) == -sympy.Rational(1, 3)
    fy_at_0 = sympy.limit((f.subs(y, t) - f.subs(y, 0)) / t, t, 0)
    assert sympy.simplify(fy_at_0.subs(x, sympy.Rational(1, 3))) == sympy.Rational(1, 3)
    body = "x*y*sign(Abs(x) - Abs(y))"
    verdict = _step(f"Derivative({body}, x, y)", f"Derivative({body}, y, x)", "algebra")
    assert verdict.status != PROVED, verdict.reason


@pytest.mark.parametrize("declared", ["real", "positive"])
@pytest.mark.parametrize("cur", ["0", "1"])
def test_a_derivative_at_a_kink_is_neither_proved_nor_refuted(declared, cur):
    # |x| has no derivative at 0 (the one-sided ones are -1 and 1): no value is right, and
    # a central difference (0) is no counterexample. A positive x outside must not make the
    # Subs variable positive (|x| = x, derivative 1).
    symbols = {"x": declared, "h": "real"}
    with mpmath.workdps(30):
        right = mpmath.diff(abs, 0, direction=1)
        left = mpmath.diff(abs, 0, direction=-1)
    assert (left, right) == (-1, 1)
    verdict = _step("Subs(Derivative(Abs(x), x), x, 0)", cur, symbols=symbols)
    assert verdict.status not in (PROVED, REFUTED), verdict


@pytest.mark.parametrize(
    ("prev", "cur", "by", "true_lhs"),
    [
        # (1 + h)**(1/h) -> 1 at oo, not E: limit-e is at 0 (and (1 + 1/n)**n at oo)
        ("Limit((1 + h)**(1/h), h, oo)", "E", "limit-e", 1),
        # sin(h)/h -> 0 at oo
        ("Limit(sin(h)/h, h, oo)", "1", "limit-sin-over-x", 0),
        # Max(h, 0)/h is 0 for h < 0
        ("Limit(Max(h, 0)/h, h, 0, '-')", "1", "auto", 0),
        # |h|/h is -1 for h < 0
        ("Limit(Abs(h)/h, h, -oo)", "1", "auto", -1),
        # 1 * (-1): the one-sided limits of sign are not one two-sided limit
        (
            "Limit(sign(h), h, 0, '+')*Limit(sign(h), h, 0, '-')",
            "Limit(sign(h)**2, h, 0)",
            "limit-product",
            -1,
        ),
        # h*sin(1/h) -> 0
        ("Limit(h*sin(1/h), h, 0)", "1", "auto", 0),
    ],
    ids=["e-at-oo", "sin-over-x-at-oo", "max-left", "abs-at-minus-oo", "sign-sides", "h-sin"],
)
def test_a_standard_limit_or_kink_used_where_it_fails_is_refuted_with_true_numbers(
    prev, cur, by, true_lhs
):
    with mpmath.workdps(30):
        values = {
            "e-at-oo": mpmath.limit(lambda h: (1 + h) ** (1 / h), mpmath.inf),
            "sin-over-x-at-oo": mpmath.limit(lambda h: mpmath.sin(h) / h, mpmath.inf),
        }
    for computed in values.values():
        assert abs(computed - round(computed)) < 1e-3
    verdict = _step(prev, cur, by)
    assert verdict.status == REFUTED, verdict.reason
    shown = verdict.counterexample
    assert mpmath.almosteq(mpmath.mpf(shown.lhs), true_lhs, abs_eps=1e-12)
    assert mpmath.mpf(shown.lhs) != mpmath.mpf(shown.rhs)


def test_a_tiny_positive_factor_does_not_flip_a_one_sided_limit_of_sign():
    with mpmath.workdps(60):
        assert _n() > 0 and mpmath.almosteq(_n(), mpmath.mpf("5e-21"), 1e-9)
    false = _step(f"Limit(sign(h*{N}), h, 0, '+')", "-1")
    assert false.status == REFUTED
    assert mpmath.mpf(false.counterexample.lhs) == 1
    true = _step(f"Limit(sign(h*{N}), h, 0, '+')", "1")
    assert true.status != REFUTED, true.counterexample


@pytest.mark.parametrize(
    ("prev", "cur"),
    [
        # atan(h/N) -> 0 at h -> 0 (continuity), N > 0 tiny
        (f"Limit(atan(h/{N}), h, 0, '+')", "0"),
        # log's derivative at a tiny positive point: its condition u > 0 is certified
        (f"Subs(Derivative(log(u), u), u, {N})", f"1/{N}"),
        # asin's derivative just inside 1
        (f"Subs(Derivative(asin(u), u), u, 1 - {N})", f"1/sqrt(1 - (1 - {N})**2)"),
    ],
)
def test_true_table_and_continuity_steps_at_tiny_numbers_are_proved(prev, cur):
    verdict = _step(prev, cur)
    assert verdict.status == PROVED, verdict.reason


def test_the_reindexed_sum_of_a_sign_is_not_read_under_the_new_range():
    # sign(n - 1) over n = 1..3 is 0 + 1 + 1 = 2; shifted to n = 0..2 it is sign(n), which is
    # 0 at n = 0, not 1 (the old range's n >= 1 does not follow the index).
    assert sum(sympy.sign(n - 1) for n in range(1, 4)) == 2
    verdict = _step("Sum(sign(n - 1), (n, 1, 3))", "Sum(1, (n, 0, 2))", "reindex")
    assert verdict.status == REFUTED
    assert (mpmath.mpf(verdict.counterexample.lhs), mpmath.mpf(verdict.counterexample.rhs)) == (
        2,
        3,
    )


def test_a_coefficient_in_the_limit_variable_does_not_move_into_the_limit():
    # h*lim(h'**2 + 1) + lim(h' + 1) = h + 1 (h free), not lim(h**2 + 2) = 2.
    verdict = _step(
        "h*Limit(h**2 + 1, h, 0) + Limit(h + 1, h, 0)", "Limit(h**2 + 2, h, 0)", "limit-sum"
    )
    assert verdict.status == REFUTED
    at = mpmath.mpf(dict(verdict.counterexample.values)["h"])
    assert mpmath.almosteq(mpmath.mpf(verdict.counterexample.lhs), at + 1, 1e-12)
    proved = _step("h*Limit(h**2 + 1, h, 0) + Limit(h + 1, h, 0)", "h + 1")
    assert proved.status == PROVED, proved.reason


@pytest.mark.parametrize(
    ("prev", "cur", "functions", "uses"),
    [
        # a lemma's function onto a Sum body that is 0 at n = -1: 1/(x**2 + n + 1) at x = 0
        (
            "Sum(Derivative(1/(x**2 + n + 1), x), (n, -2, 3))",
            "Sum(-Derivative(x**2 + n + 1, x)/(x**2 + n + 1)**2, (n, -2, 3))",
            None,
            ("reciprocal-rule",),
        ),
        # a lemma's differentiable f onto a function declared only continuous
        (
            "Derivative(1/g(x), x)",
            "-Derivative(g(x), x)/g(x)**2",
            {"g": "continuous nonzero"},
            ("reciprocal-rule",),
        ),
        # a second derivative of g**2 with g differentiable once: g'' may not exist
        (
            "Derivative(g(x)**2, (x, 2))",
            "2*Derivative(g(x), x)**2 + 2*g(x)*Derivative(g(x), (x, 2))",
            {"g": "differentiable"},
            (),
        ),
    ],
    ids=["lemma-in-sum-through-zero", "lemma-onto-continuous", "second-derivative-of-c1"],
)
def test_a_lemma_or_rule_whose_side_condition_fails_does_not_prove(prev, cur, functions, uses):
    symbols = {"x": "real", "n": "integer", "h": "real"}
    verdict = _step(
        prev, cur, "auto" if not uses else uses[0], symbols=symbols, functions=functions, uses=uses
    )
    assert verdict.status != PROVED, verdict.reason


# -- the same merge inside the kernel: a chain rule under a Subs ----------------------------


def test_a_chain_rule_under_a_subs_keeps_the_outer_value():
    # d/dx f(x + c) = f'(x + c), then c = 1: f'(x + 1). True for every differentiable f.
    verdict = _step(
        "Subs(Derivative(f(x + c), x), c, 1)",
        "Subs(Derivative(f(u), u), u, x + 1)",
        ["chain-rule", "sum-rule"],
        symbols={"x": "real", "c": "real"},
        functions={"f": "differentiable"},
    )
    assert verdict.status == PROVED, verdict.reason


def test_a_chain_rule_under_a_subs_wrong_step_is_refuted_with_true_numbers():
    # f'(x + 1) against f'(x + c): with the witness f(t) = t**2 + 1, 2*(x + 1) and 2*(x + c).
    verdict = _step(
        "Subs(Derivative(f(x + c), x), c, 1)",
        "Subs(Derivative(f(u), u), u, x + c)",
        ["chain-rule", "sum-rule"],
        symbols={"x": "real", "c": "real"},
        functions={"f": "differentiable"},
    )
    assert verdict.status == REFUTED, verdict.reason
    shown = verdict.counterexample
    at = {k: mpmath.mpf(v) for k, v in shown.values}
    assert dict(shown.witnesses) == {"f": "t**2 + 1"}
    assert mpmath.almosteq(mpmath.mpf(shown.lhs), 2 * (at["x"] + 1), 1e-12)
    assert mpmath.almosteq(mpmath.mpf(shown.rhs), 2 * (at["x"] + at["c"]), 1e-12)
    table = _step(
        "Subs(Derivative(sin(x + c), x), c, 1)",
        "cos(x + 1)",
        ["chain-rule", "derivative-table", "sum-rule"],
        symbols={"x": "real", "c": "real"},
    )
    assert table.status == PROVED, table.reason


# (prev, cur, rule, the true value of prev by mpmath, at the counterexample's x): a standard
# limit cited away from its point, with its variable scaled, or with a power of it.
_MP = {
    "cos-at-1": lambda x: mpmath.cos(1) - 1,
    "cos-over-square": lambda x: mpmath.limit(lambda h: (mpmath.cos(h) - 1) / h**2, 0),
    "sin-at-1": lambda x: mpmath.sin(1),
    "sin-scaled": lambda x: mpmath.limit(lambda h: mpmath.sin(x * h) / h, 0),
    "e-at-1": lambda x: mpmath.mpf(2),
    "e-scaled": lambda x: mpmath.exp(x),
    "exp-at-1": lambda x: mpmath.e - 1,
}


@pytest.mark.parametrize(
    ("name", "prev", "cur", "rule"),
    [
        ("cos-at-1", "Limit((cos(h) - 1)/h, h, 1)", "0", "limit-cos"),
        ("cos-over-square", "Limit((cos(h) - 1)/h**2, h, 0)", "0", "limit-cos"),
        ("sin-at-1", "Limit(sin(h)/h, h, 1)", "1", "limit-sin-over-x"),
        ("sin-scaled", "Limit(sin(x*h)/h, h, 0)", "1", "limit-sin-over-x"),
        ("e-at-1", "Limit((1 + h)**(1/h), h, 1)", "E", "limit-e"),
        ("e-scaled", "Limit((1 + x*h)**(1/h), h, 0)", "E", "limit-e"),
        ("exp-at-1", "Limit((exp(h) - 1)/h, h, 1)", "1", "limit-exp"),
    ],
)
def test_a_standard_limit_where_its_hypothesis_fails_is_refuted_with_true_numbers(
    name, prev, cur, rule
):
    verdict = _step(prev, cur, rule)
    assert verdict.status == REFUTED, verdict.reason
    shown = verdict.counterexample
    x = mpmath.mpf(dict(shown.values).get("x", "0"))
    with mpmath.workdps(30):
        assert mpmath.almosteq(mpmath.mpf(shown.lhs), _MP[name](x), 1e-10)
    assert mpmath.mpf(shown.lhs) != mpmath.mpf(shown.rhs)


# -- binders.subs_at: a Subs of a Subs is the inner one at the outer point -------------


@pytest.mark.parametrize(
    ("inner", "outer", "value"),
    [
        # (x*y**2 at x = y + 1) at y = 2: (y + 1)*y**2 at y = 2 = 12
        (("x*y**2", "x", "y + 1"), ("y", 2), 12),
        # (x**2 at x = x + 1) at x = 3: (x + 1)**2 at x = 3 = 16 (the same variable)
        (("x**2", "x", "x + 1"), ("x", 3), 16),
        # (x + y at x = 2*y) at y = x: 3*y at y = x = 3x, then x = 5: 15
        (("x + y", "x", "2*y"), ("y", "x"), "3*x"),
    ],
)
def test_a_subs_of_a_subs_is_the_inner_one_at_the_outer_point(inner, outer, value):
    from verifier.proof.binders import subs_at

    x, y = sympy.symbols("x y", real=True)
    names = {"x": x, "y": y}
    body, var, point = (sympy.sympify(t, locals=names) for t in inner)
    outer_var, outer_point = (sympy.sympify(t, locals=names) for t in outer)
    built = subs_at(sympy.Subs(body, var, point), (outer_var,), (outer_point,))
    # By hand: the inner substitution, then the outer one, each plain (no derivative here).
    expected = body.subs(var, point).subs(outer_var, outer_point)
    assert sympy.simplify(built.doit() - expected) == 0
    assert sympy.simplify(expected - sympy.sympify(value, locals=names)) == 0


def test_merged_pairs_whose_points_name_their_variables_are_renamed():
    # Subs(x - y, (x, y), (y, x)) swaps x and y: y - x. SymPy's doit substitutes the
    # pairs one after the other (x := y, then y := x gives 0), so subs_at renames the
    # variables a point names before it builds the Subs.
    from verifier.proof.binders import subs_at

    x, y, z = sympy.symbols("x y z", real=True)
    swapped = sympy.Subs(x - y, (x, y), (y, x))
    assert swapped.doit() == 0  # SymPy's own reading of the merged form: not y - x
    built = subs_at(swapped, (z,), (0,))
    assert sympy.simplify(built.doit() - (y - x)) == 0

"""Hostile review of binders.subs_at and every Subs path of the kernel (helper-52).

The hole: SymPy's Subs equality. ``Subs.__eq__``/``__hash__`` compare ``_expr``, the body
with each variable replaced by a plain Symbol named after its *point* (``_2`` for 2). A Subs
of two variables at the same point, which the reader builds for a partial derivative at a
point of the diagonal (f_x(2, 2), written Subs(Subs(Derivative(F, x), y, 2), x, 2), becomes
Subs(Derivative(F', x'), (x', y), (2, 2)) through binders.subs_at, as it did through SymPy's
merge before), has both variables replaced by the same ``_2``: the derivative variable x' is
confused with y. So f_x(2, 2) of F1 = f(x)*y (2*f'(2)) and of F2 = f(y)*x (f(2)) compare
*equal* (both are Derivative(f(_2)*_2, _2) to SymPy), and so do those of x**3*y (24) and
x**2*y**2 (16). Consequences:

* PROVED false steps: A = B by algebra ("identical": the checker's raw key for a Subs of
  two variables compares the nodes with SymPy's ==), and checker._confirm skips the
  numeric defense when ``prev == cur`` (SymPy's ==). ``verifier check`` exits 0 on the
  claim 2*f'(2) = f(2). A + B is read as 2*A (SymPy's Add collects "equal" terms).
* REFUTED true steps with wrong numbers: A - B is read as 0 (refuted against the true 8,
  "previous = 0.0"), A + B as 2*A (refuted against the true 40, "previous = 48.0").
* the refuter's caches (lru_cache on refute._prepared) key on the same equality, so the
  numbers of one Subs serve for the other: a false step is not refuted ("agree at 3
  sample points"), and a true file (f_x = 16) is refuted with "previous = 24.0" when
  another file (f_x = 24) was checked before it in the same run (``-j 1``).

Not introduced by 179245c: the old code merged the same pairs through SymPy's constructor
(read from ``git show 179245c``, not run). Each test of the closed behaviour was a strict
xfail until the fix: binders replaces Subs._hashable_content by a structural one (the body
up to a renaming of its variables, position by position, and the points in order). Ground truth: SymPy's diff on plain expressions and mpmath's numerical
derivatives, never the verifier's reader.

The unmarked tests are attacks that failed (the verifier was right): nested Subs with the
same variable, swapped variables, three levels, a Subs whose point is a Subs, Subs inside a
Limit with the Limit variable in its point, a chain rule under Subs with swapped names, and
subs_at with the outer variable free only through a Derivative in it.
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
F = {"f": "differentiable"}


# f_x at (2, 2), written as people write a partial derivative at a point.
A_CONCRETE = "Subs(Subs(Derivative(x**3*y, x), y, 2), x, 2)"  # 3*x**2*y at (2, 2) = 24
B_CONCRETE = "Subs(Subs(Derivative(x**2*y**2, x), y, 2), x, 2)"  # 2*x*y**2 at (2, 2) = 16
A_F = "Subs(Subs(Derivative(f(x)*y, x), y, 2), x, 2)"  # y*f'(x) at (2, 2) = 2*f'(2)
B_F = "Subs(Subs(Derivative(f(y)*x, x), y, 2), x, 2)"  # f(y) at (2, 2) = f(2)
A_ONE = "Subs(Subs(Derivative(x*y, x), y, 1), x, 1)"  # y at (1, 1) = 1
B_ONE = "Subs(Derivative(x**2, x), x, 1)"  # 2*x at 1 = 2


def _step(prev: str, cur: str, by="auto", *, symbols=None, functions=None, uses=()):
    text = derivation_text(
        [(None, prev), (by, cur)], symbols=symbols or XY, functions=functions, uses=uses
    )
    return check_text(text).steps[1].verdict


def _partial_x_at(body: str, x0, y0, f=None) -> sympy.Expr:
    """d/dx body at (x0, y0), by SymPy's diff on the plain expression."""
    x, y = sympy.symbols("x y", real=True)
    names = {"x": x, "y": y}
    if f is not None:
        names["f"] = sympy.Lambda(sympy.Symbol("t"), f)
    expr = sympy.sympify(body, locals=names)
    return sympy.diff(expr, x).subs({x: x0, y: y0})


def _mp_partial_x(fn, x0, y0) -> mpmath.mpf:
    with mpmath.workdps(30):
        return mpmath.diff(lambda s: fn(s, mpmath.mpf(y0)), mpmath.mpf(x0))


# -- ground truth ------------------------------------------------------------------


def test_the_true_values_of_the_partials_at_the_diagonal_point():
    t = sympy.Symbol("t")
    assert _partial_x_at("x**3*y", 2, 2) == 24
    assert _partial_x_at("x**2*y**2", 2, 2) == 16
    assert _partial_x_at("x*y", 1, 1) == 1
    assert _partial_x_at("x**2", 1, 1) == 2
    # with the witness f(t) = t**2 + 1: 2*f'(2) = 8 and f(2) = 5
    assert _partial_x_at("f(x)*y", 2, 2, f=t**2 + 1) == 8
    assert _partial_x_at("f(y)*x", 2, 2, f=t**2 + 1) == 5
    # and by mpmath's numerical derivative, independently of SymPy
    assert mpmath.almosteq(_mp_partial_x(lambda x, y: x**3 * y, 2, 2), 24, 1e-20)
    assert mpmath.almosteq(_mp_partial_x(lambda x, y: x**2 * y**2, 2, 2), 16, 1e-20)
    assert mpmath.almosteq(_mp_partial_x(lambda x, y: (x**2 + 1) * y, 2, 2), 8, 1e-20)
    assert mpmath.almosteq(_mp_partial_x(lambda x, y: (y**2 + 1) * x, 2, 2), 5, 1e-20)


def test_sympy_subs_equality_confuses_variables_at_one_point():
    # The root cause, in SymPy alone (a child process that imports no verifier module:
    # binders replaces this equality for every Subs of a process that imports it).
    code = (
        "import sympy\n"
        "x, y = sympy.symbols('x y', real=True)\n"
        "a = sympy.Subs(sympy.Derivative(x**3 * y, x), (x, y), (2, 2))\n"
        "b = sympy.Subs(sympy.Derivative(x**2 * y**2, x), (x, y), (2, 2))\n"
        "print((a.doit(), b.doit()) == (24, 16), a == b, hash(a) == hash(b), a - b == 0)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.stdout.split() == ["True", "True", "True", "True"], run.stdout + run.stderr


def test_the_kernel_tells_the_two_subs_apart():
    from verifier.proof import binders  # noqa: F401  (installs the structural equality)

    x, y = sympy.symbols("x y", real=True)
    a = sympy.Subs(sympy.Derivative(x**3 * y, x), (x, y), (2, 2))
    b = sympy.Subs(sympy.Derivative(x**2 * y**2, x), (x, y), (2, 2))
    assert a != b and a - b != 0
    # and still the same Subs under a renaming of its variables
    u, v = sympy.symbols("u v", real=True)
    assert a == sympy.Subs(sympy.Derivative(u**3 * v, u), (u, v), (2, 2))
    assert hash(a) == hash(sympy.Subs(sympy.Derivative(u**3 * v, u), (u, v), (2, 2)))


# -- the hole: PROVED false steps ------------------------------------------------------


def test_two_partials_at_a_diagonal_point_are_read_apart():
    x, y = sympy.Symbol("x", real=True), sympy.Symbol("y", real=True)
    scope = Scope(symbols={"x": x, "y": y})
    a = parse_expression(A_CONCRETE, scope)
    b = parse_expression(B_CONCRETE, scope)
    assert a != b  # 24 and 16


@pytest.mark.parametrize("by", ["algebra", "auto"])
def test_a_partial_of_x_cubed_y_is_not_proved_equal_to_one_of_x_squared_y_squared(by):
    assert _partial_x_at("x**3*y", 2, 2) != _partial_x_at("x**2*y**2", 2, 2)
    verdict = _step(A_CONCRETE, B_CONCRETE, by)
    assert verdict.status != PROVED, verdict.reason


def test_partials_at_a_symbolic_diagonal_point_are_not_proved_equal():
    # At (t + 1, t + 1): 3*(t + 1)**3 and 2*(t + 1)**3, equal only at t = -1. (At a bare
    # symbol t the reader renames the derivative variable to t: read right, refuted.)
    t = sympy.Symbol("t", real=True)
    assert sympy.expand(_partial_x_at("x**3*y", t + 1, t + 1) - 3 * (t + 1) ** 3) == 0
    assert sympy.expand(_partial_x_at("x**2*y**2", t + 1, t + 1) - 2 * (t + 1) ** 3) == 0
    prev = "Subs(Subs(Derivative(x**3*y, x), y, t + 1), x, t + 1)"
    cur = "Subs(Subs(Derivative(x**2*y**2, x), y, t + 1), x, t + 1)"
    verdict = _step(prev, cur, "algebra", symbols={"x": "real", "y": "real", "t": "real"})
    assert verdict.status != PROVED, verdict.reason


def test_two_times_f_prime_is_not_proved_equal_to_f():
    # 2*f'(2) = f(2) is false for f(t) = t**2 + 1 (8 and 5).
    verdict = _step(A_F, B_F, "algebra", functions=F)
    assert verdict.status != PROVED, verdict.reason


def test_a_sum_of_two_partials_is_not_proved_twice_the_first():
    # 24 + 16 = 40, not 2*24 = 48.
    verdict = _step(f"{A_CONCRETE} + {B_CONCRETE}", f"2*{A_CONCRETE}", "algebra")
    assert verdict.status != PROVED, verdict.reason


def test_the_command_line_does_not_prove_two_f_prime_equal_to_f(tmp_path):
    path = tmp_path / "diagonal.toml"
    path.write_text(
        'id = "partials-on-the-diagonal"\n'
        f'claim = "{A_F} = {B_F}"\n'
        '[symbols]\nx = "real"\ny = "real"\n'
        '[functions]\nf = "differentiable"\n'
        f'[[step]]\nexpr = "{A_F}"\n'
        f'[[step]]\nby = "algebra"\nexpr = "{B_F}"\n'
    )
    run = subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode in (0, 1), run.stderr  # a verdict, not bad input or a crash
    assert "0 proved" in run.stdout, run.stdout  # today: "1 proved", exit 0


# -- the hole: REFUTED true steps (wrong numbers), a false step not refuted -------------


@pytest.mark.parametrize(
    ("prev", "cur", "wrong_lhs"),
    [
        (f"{A_CONCRETE} - {B_CONCRETE}", "8", 0),  # read as 0
        (f"{A_CONCRETE} + {B_CONCRETE}", "40", 48),  # read as 2*24
    ],
    ids=["difference", "sum"],
)
def test_a_true_sum_or_difference_of_partials_is_not_refuted(prev, cur, wrong_lhs):
    assert 24 - 16 == 8 and 24 + 16 == 40  # the true values (ground truth above)
    verdict = _step(prev, cur)
    if verdict.status == REFUTED:  # today: with the numbers of the misreading
        assert mpmath.mpf(verdict.counterexample.lhs) == wrong_lhs
    assert verdict.status != REFUTED, verdict.counterexample


def test_a_false_equality_of_two_partials_is_refuted_with_true_numbers():
    # y at (1, 1) is 1; d/dx x**2 at 1 is 2. Today: "agree at 3 sample points" (unknown).
    assert (_partial_x_at("x*y", 1, 1), _partial_x_at("x**2", 1, 1)) == (1, 2)
    verdict = _step(A_ONE, B_ONE, "algebra")
    assert verdict.status == REFUTED, verdict.reason
    shown = verdict.counterexample
    assert (mpmath.mpf(shown.lhs), mpmath.mpf(shown.rhs)) == (1, 2)


def test_a_true_partial_is_not_refuted_with_the_numbers_of_another_checked_before():
    # The refuter's lru_caches (refute._prepared) key on SymPy's ==: whichever of the two
    # "equal" Subs was evaluated first lends its numbers to the other. Both steps are true
    # (24 and 16, ground truth above); one of them is refuted, whichever came first.
    first = _step(A_CONCRETE, "24")
    second = _step(B_CONCRETE, "16")
    assert first.status != REFUTED, first.counterexample
    assert second.status != REFUTED, second.counterexample


def test_one_command_line_run_does_not_refute_a_true_file_after_another(tmp_path):
    # Alone, b.toml is unknown; after a.toml in the same run (-j 1), it is refuted with
    # "previous = 24.0" (its true value is 16).
    for name, body, value in (("a", "x**3*y", 24), ("b", "x**2*y**2", 16)):
        prev = f"Subs(Subs(Derivative({body}, x), y, 2), x, 2)"
        (tmp_path / f"{name}.toml").write_text(
            f'id = "fx-{name}"\n'
            f'claim = "{prev} = {value}"\n'
            '[symbols]\nx = "real"\ny = "real"\n'
            f'[[step]]\nexpr = "{prev}"\n'
            f'[[step]]\nby = "auto"\nexpr = "{value}"\n'
        )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "verifier",
            "check",
            "--no-cache",
            "-j",
            "1",
            str(tmp_path / "a.toml"),
            str(tmp_path / "b.toml"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode in (0, 1), run.stderr
    assert "0 refuted" in run.stdout, run.stdout  # today: "1 refuted"


# -- attacks that held: regression tests -----------------------------------------------

# (prev, true value, by SymPy's diff on the plain expression)
HELD = [
    # the same variable, inner point naming it: 3*(x + 1)**2 at x = 2
    ("Subs(Subs(Derivative(x**3, x), x, x + 1), x, 2)", "27"),
    # three levels, each point naming the next level's variable: 2*x*y*h, x = y, y = h, h = 3
    ("Subs(Subs(Subs(Derivative(x**2*y*h, x), x, y), y, h), h, 3)", "54"),
    # swapped names: 2*x*y at x = y, then y = x (free)
    ("Subs(Subs(Derivative(x**2*y, x), x, y), y, x)", "2*x**2"),
    # a Subs of a derivative of a Subs: d/dy (2*y**3) = 6*y**2 at 1
    ("Subs(Derivative(Subs(Derivative(x**2*y**2, x), x, y), y), y, 1)", "6"),
    # a point that is a Subs: 3*u**2 at u = 2*x
    ("Subs(Derivative(x**3, x), x, Subs(Derivative(y**2, y), y, x))", "12*x**2"),
    # a Subs in a Limit, the Limit variable in its point and body: 2*h*h at h -> 1
    ("Limit(Subs(Derivative(x**2*h, x), x, h), h, 1)", "2"),
]


def _true_value(prev: str) -> sympy.Expr:
    x, y, h, u = sympy.symbols("x y h u", real=True)
    values = {
        HELD[0][0]: sympy.diff(x**3, x).subs(x, x + 1).subs(x, 2),
        HELD[1][0]: sympy.diff(x**2 * y * h, x).subs(x, y).subs(y, h).subs(h, 3),
        HELD[2][0]: sympy.diff(x**2 * y, x).subs(x, y).subs(y, x),
        HELD[3][0]: sympy.diff(sympy.diff(x**2 * y**2, x).subs(x, y), y).subs(y, 1),
        HELD[4][0]: sympy.diff(u**3, u).subs(u, sympy.diff(y**2, y).subs(y, x)),
        HELD[5][0]: sympy.limit(sympy.diff(x**2 * h, x).subs(x, h), h, 1),
    }
    return values[prev]


@pytest.mark.parametrize(("prev", "value"), HELD)
def test_nested_subs_are_read_right_true_proved_or_not_refuted_and_false_refuted(prev, value):
    x = sympy.Symbol("x", real=True)
    assert sympy.expand(_true_value(prev) - sympy.sympify(value, locals={"x": x})) == 0
    true = _step(prev, value)
    assert true.status != REFUTED, true.counterexample
    false = _step(prev, f"{value} + 1")
    assert false.status == REFUTED, false.reason
    shown = false.counterexample
    at = {k: mpmath.mpf(v) for k, v in shown.values}
    expected = sympy.sympify(value, locals={"x": x}).subs(x, at.get("x", 0))
    assert mpmath.almosteq(mpmath.mpf(shown.lhs), mpmath.mpf(str(sympy.N(expected, 30))), 1e-12)


def test_a_chain_rule_under_nested_subs_with_swapped_names():
    # d/dx f(x*y) = y*f'(x*y); at x = y: y*f'(y**2); at y = 2: 2*f'(4).
    prev = "Subs(Subs(Derivative(f(x*y), x), x, y), y, 2)"
    true = _step(prev, "2*Subs(Derivative(f(u), u), u, 4)", functions=F)
    assert true.status == PROVED, true.reason
    false = _step(prev, "4*Subs(Derivative(f(u), u), u, 4)", functions=F)
    assert false.status == REFUTED, false.reason
    # f(t) = t**2 + 1: 2*f'(4) = 16 and 4*f'(4) = 32
    assert (mpmath.mpf(false.counterexample.lhs), mpmath.mpf(false.counterexample.rhs)) == (16, 32)


def test_a_partial_with_the_outer_value_moved_into_the_body_is_right():
    # d/dx (x*y) = y, at y = x: x (not d/dx x**2 = 2*x).
    assert _step("Subs(Derivative(x*y, x), y, x)", "x").status == PROVED
    wrong = _step("Subs(Derivative(x*y, x), y, x)", "2*x")
    assert wrong.status == REFUTED
    at = mpmath.mpf(dict(wrong.counterexample.values)["x"])
    assert mpmath.almosteq(mpmath.mpf(wrong.counterexample.lhs), at, 1e-12)


def test_subs_at_with_the_outer_variable_free_only_through_a_derivative():
    # Subs(Derivative(v**2*w, v), w, v + 1) at v = 3: 2*v*w at w = v + 1 = 4, v = 3: 24.
    # The outer v reaches the inner point (v + 1 -> 4) and the body, where it is the
    # derivative's variable: both readings must take it.
    from verifier.proof.binders import subs_at

    v, w = sympy.symbols("v w", real=True)
    inner = sympy.Subs(sympy.Derivative(v**2 * w, v), w, v + 1)
    built = subs_at(inner, (v,), (sympy.Integer(3),))  # the kernel's points are SymPy
    assert built.free_symbols == set()
    assert built.doit() == 24
    expected = sympy.diff(v**2 * w, v).subs(w, v + 1).subs(v, 3)
    assert expected == 24

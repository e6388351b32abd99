"""Hostile review of the kernel after c188389 (helper-56).

Attacked: lemma citations whose lemma binds (Subs, Limit, nested) from a citing step with
its own, same-named binders, by name and by ``by = "auto"``; Subs equality in cancellation
with Subs the kernel builds (chain rule, ``[define]`` unfolded at points, two-variable
derivatives at swapped or repeated points); the literal identity (a point naming a
variable of a multi-variable Subs) against the renamed one; the standard limits' degree
guard (``limits._small_degrees``). A series the refuter cannot sum,
S = Sum(1/(n**3 + n + 1), (n, 1, oo)), stands on both sides to blind the numeric defence.

Found:

* PROVED false steps (``verifier check`` exits 0), through ``lemmas.lemma_rule``'s check of
  a lemma *function's* instance. That check drops the image of the function's argument from
  the variables "bound around" it (``bound_here = {...} - {var}``), so that d/dx in
  Derivative(f(x), x) may see x. But when the lemma's x stands *outside* a binder and f(x)
  *inside* it, and the citing step maps x onto the very name that binder binds, the
  instance of f may mention the bound variable: it is then read as the free one.
  Lemma (true, proved): ``x*Subs(u*f(x), u, 2) = 2*x*f(x)``. Cited on
  ``S + u*Subs(u*exp(u), u, 2)`` with x := u, f := exp(u) (the exp(u) inside is the Subs's
  u, i.e. e**2): rewritten to ``S + 2*u*exp(u)`` and proved, by name and by auto; false
  at every u != 2 (at u = 1.1: S + 16.256 against S + 6.609). The same with a Limit lemma
  ``x*Limit(f(x) + h, h, 0) = x*f(x)`` (``S + h*Limit(exp(h) + h, h, 0) = S + h*exp(h)``,
  truth S + h), with an unknown function (``S + u*Subs(u*g(u), u, 2) = S + 2*u*g(u)``) and
  with nested binders (``x*Limit(Subs(u*f(x) + h, u, 2), h, 0) = 2*x*f(x)`` cited with
  x := u or x := h). Without S the numeric defence catches it, but as "unknown: the
  symbolic proof ... and the numbers disagree ... this is a bug in the verifier" rather than
  a refutation. Not introduced by this session's commits (the same line is in 86113cc^,
  and in 33c465f, where ``git log -S bound_here`` finds it first) but of the family of
  86113cc's symbol check: the exclusion should be of the
  Derivative variable *wild* itself (``v != var_wild``), not of whatever symbol x's image is.
  Closed so (the tests below pass unmarked).

* Completeness (lower priority): ``limits._small_degrees`` counts every rational in an
  exponent, constants included: ``Limit((exp(h + 1001) - exp(1001))/(h*exp(1001)), h, 0) = 1``
  (true; cancel gives the ratio 1 at degree 1 in exp(h)) is "unknown" by limit-exp, and
  proved in 0.2 s with the guard replaced by ``lambda e: True``. The coefficient of the
  variable is what bounds the degree. Closed: only the terms of an exponent with a symbol
  count (``limits.small_degrees``).

* Unbounded in-process (lower severity): ``algebra`` on
  ``(exp(1000000000*x) - 1)/(exp(x) - 1) = 1`` enters ``decide_zero``'s ``cancel``, whose
  heuristic gcd evaluates exp(x)**10**9 at an integer (faulthandler: sympy/polys/rings.py
  ``evaluate`` under ``heugcd``): the degree guard of 32b568b protects the standard limits
  only. ``check_derivation`` in-process with a 1 s limit had not returned after 60 s;
  ``verifier check`` and ``verifier.check`` stop the worker process and say "unknown, timed
  out after 37 s (the computation could not be interrupted...)". Strict xfail below: still
  open (the cancel is not the one of decide_zero alone; not found in this session).

Held (unmarked): the true neighbour (the instance mentions a free y) is proved; chain-rule
Subs at another point, a two-variable definition at a repeated point (true proved, false
not), its swap, mixed partials at points naming the other variable: none proved when false;
a ``[define]`` parameter named like a positive symbol is read as real (d|x|/dx at y < 0 is
refuted with the true numbers); kernel-built Subs (nested, merged, renamed, points naming
variables) equal and hash alike after ``freshen_bound`` and a rebuild, and SymPy's doit
agrees on them; degree-guard bypasses (cosh/sinh of 10**9 h, which the guard does not
look at, and (2**(1000 h) - 1)**1000) return within the budget, sinh(10**9 h)/h = 1 refuted.

Ground truth: SymPy's subs/limit/diff on plain expressions and mpmath, never the reader.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text

from verifier.proof import binders
from verifier.proof.checker import PROVED, REFUTED

ROOT = Path(__file__).resolve().parents[2]

SERIES = "Sum(1/(n**3 + n + 1), (n, 1, oo))"
HOLE = (
    "lemma_rule: a lemma function's instance may mention the variable a lemma binder binds "
    "around it when x's image has that name (bound_here subtracts {var})"
)


def _lemma(ident, left, right, by="auto", *, symbols=None, functions=None):
    symbols = symbols or {"x": "real"}
    text = f'id = "{ident}"\nclaim = "{left} = {right}"\n[symbols]\n'
    text += "".join(f'{k} = "{v}"\n' for k, v in symbols.items())
    if functions:
        text += "[functions]\n" + "".join(f'{k} = "{v}"\n' for k, v in functions.items())
    return text + f'[[step]]\nexpr = "{left}"\n[[step]]\nby = "{by}"\nexpr = "{right}"\n'


def _step(prev, cur, by="auto", *, symbols=None, functions=None, uses=(), extra=(), define=None):
    text = derivation_text(
        [(None, prev), (by, cur)],
        symbols=symbols or {"x": "real"},
        functions=functions,
        uses=list(uses),
        define=define,
    )
    return check_text(text, extra=extra).steps[1].verdict


SUBS_F = _lemma("subs-f", "x*Subs(u*f(x), u, 2)", "2*x*f(x)", functions={"f": "differentiable"})
LIMIT_F = _lemma("lim-f", "x*Limit(f(x) + h, h, 0)", "x*f(x)", functions={"f": "continuous"})
NEST_F = _lemma(
    "nest-f", "x*Limit(Subs(u*f(x) + h, u, 2), h, 0)", "2*x*f(x)",
    functions={"f": "continuous"},
)  # fmt: skip
LEMMAS = {"subs-f": SUBS_F, "lim-f": LIMIT_F, "nest-f": NEST_F}


def test_ground_truth():
    u, h = sympy.symbols("u h", real=True)
    g = sympy.Function("g")
    # S + u*Subs(u*exp(u), u, 2) - (S + 2*u*exp(u)) at u = 1.1: 16.256 - 6.609
    prev = u * (u * sympy.exp(u)).subs(u, 2)
    assert sympy.simplify(prev - 2 * u * sympy.exp(2)) == 0
    assert float(prev.subs(u, 1.1)) == pytest.approx(16.2559234176474)
    assert float((2 * u * sympy.exp(u)).subs(u, 1.1)) == pytest.approx(6.60916525268215)
    # u*Subs(u*g(u), u, 2) is 2*u*g(2), not 2*u*g(u)
    assert u * (u * g(u)).subs(u, 2) == 2 * u * g(2)
    # h*Limit(exp(h) + h, h, 0) = h (not h*exp(h)); nested: Limit of 2*exp(h) + h is 2
    assert sympy.limit(sympy.exp(h) + h, h, 0) == 1
    assert sympy.limit((u * sympy.exp(h) + h).subs(u, 2), h, 0) == 2
    assert sympy.limit((u * sympy.exp(u) + h).subs(u, 2), h, 0) == 2 * sympy.exp(2)
    with mpmath.workdps(30):
        s = mpmath.nsum(lambda n: 1 / (n**3 + n + 1), [1, mpmath.inf])
    assert 0.49 < s < 0.5


def test_the_lemmas_are_proved():
    for text in LEMMAS.values():
        verdict = check_text(text).steps[1].verdict
        assert verdict.status == PROVED, verdict.reason


# -- the hole: a function instance sees the lemma's bound variable as the free one --------

FALSE_INSTANCES = [
    # (prev, cur, lemma, by, symbols, functions)
    (f"{SERIES} + u*Subs(u*exp(u), u, 2)", f"{SERIES} + 2*u*exp(u)", "subs-f", "subs-f",
     {"u": "real"}, None),
    (f"{SERIES} + u*Subs(u*exp(u), u, 2)", f"{SERIES} + 2*u*exp(u)", "subs-f", "auto",
     {"u": "real"}, None),
    (f"{SERIES} + u*Subs(u*g(u), u, 2)", f"{SERIES} + 2*u*g(u)", "subs-f", "subs-f",
     {"u": "real"}, {"g": "differentiable"}),
    (f"{SERIES} + h*Limit(exp(h) + h, h, 0)", f"{SERIES} + h*exp(h)", "lim-f", "lim-f",
     {"h": "real"}, None),
    (f"{SERIES} + h*Limit(exp(h) + h, h, 0)", f"{SERIES} + h*exp(h)", "lim-f", "auto",
     {"h": "real"}, None),
    (f"{SERIES} + u*Limit(Subs(u*exp(u) + h, u, 2), h, 0)", f"{SERIES} + 2*u*exp(u)",
     "nest-f", "nest-f", {"u": "real"}, None),
    (f"{SERIES} + h*Limit(Subs(u*exp(h) + h, u, 2), h, 0)", f"{SERIES} + 2*h*exp(h)",
     "nest-f", "auto", {"h": "real"}, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("prev", "cur", "lemma", "by", "symbols", "functions"),
    FALSE_INSTANCES,
    ids=["subs-by-name", "subs-auto", "subs-unknown-g", "limit-by-name", "limit-auto",
         "nested-u", "nested-h-auto"],
)  # fmt: skip
def test_a_function_instance_may_not_mention_a_variable_the_lemma_binds(
    prev, cur, lemma, by, symbols, functions
):
    verdict = _step(
        prev, cur, by, symbols=symbols, functions=functions, uses=[lemma], extra=[LEMMAS[lemma]]
    )
    assert verdict.status != PROVED, verdict.reason  # today: proved, "<lemma>; algebra (identical)"


def test_the_bare_false_instance_is_refuted_not_a_disagreement():
    verdict = _step(
        "u*Subs(u*exp(u), u, 2)", "2*u*exp(u)", "subs-f",
        symbols={"u": "real"}, uses=["subs-f"], extra=[SUBS_F],
    )  # fmt: skip
    # today: unknown, method "disagreement" ("this is a bug in the verifier")
    assert verdict.status != PROVED and verdict.method != "disagreement", verdict.reason


def test_the_command_line_does_not_prove_the_false_instance(tmp_path):
    (tmp_path / "subs-f.toml").write_text(SUBS_F)
    prev, cur = f"{SERIES} + u*Subs(u*exp(u), u, 2)", f"{SERIES} + 2*u*exp(u)"
    (tmp_path / "cite.toml").write_text(
        f'id = "cite"\nuses = ["subs-f"]\nclaim = "{prev} = {cur}"\n[symbols]\nu = "real"\n'
        f'[[step]]\nexpr = "{prev}"\n[[step]]\nby = "subs-f"\nexpr = "{cur}"\n'
    )
    run = subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", "-j", "1",
         str(tmp_path / "subs-f.toml"), str(tmp_path / "cite.toml")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode in (0, 1), run.stderr
    assert run.returncode == 1, run.stdout  # today: "2 proved", exit 0


# -- held ---------------------------------------------------------------------------------


def test_the_true_neighbour_is_proved():
    # the instance exp(y) mentions a free y, not the bound u: 2*y*exp(y) is right
    verdict = _step(
        f"{SERIES} + y*Subs(u*exp(y), u, 2)", f"{SERIES} + 2*y*exp(y)", "subs-f",
        symbols={"y": "real"}, uses=["subs-f"], extra=[SUBS_F],
    )  # fmt: skip
    assert verdict.status == PROVED, verdict.reason


XY = {"x": "real", "y": "real", "s": "real", "t": "real"}
TWO = {"F(s, t)": "Derivative(s**2*t**3, s)"}
MIXED = {"P(s, t)": "Derivative(s**3*t**2, s, t)"}


@pytest.mark.parametrize(
    ("prev", "cur", "by", "define", "functions"),
    [
        # chain rule's Subs at x**2 against a written one at x**3
        (f"{SERIES} + Derivative(g(x**2), x)",
         f"{SERIES} + 2*x*Subs(Derivative(g(u), u), u, x**3)", "chain-rule", None,
         {"g": "differentiable"}),
        # F(x, x) = 2*x**4 (d/ds at s = x), not d/dx x**5 = 5*x**4
        (f"{SERIES} + F(x, x)", f"{SERIES} + 5*x**4", "auto", TWO, None),
        (f"{SERIES} + F(x, y) - F(y, x)", SERIES, "auto", TWO, None),
        # P(t, s) = 6*t**2*s, P(s, t) = 6*s**2*t
        (f"{SERIES} + P(t, s) - P(s, t)", SERIES, "auto", MIXED, None),
        (f"{SERIES} + P(y, x) + P(x, x)", f"{SERIES} + 2*P(x, x)", "auto", MIXED, None),
    ],
    ids=["chain-other-point", "two-var-repeated", "two-var-swap", "mixed-swap",
         "mixed-repeated"],
)  # fmt: skip
def test_kernel_built_subs_are_not_cancelled_when_they_differ(prev, cur, by, define, functions):
    verdict = _step(prev, cur, by, symbols=XY, define=define, functions=functions)
    assert verdict.status != PROVED, verdict.reason


def test_a_two_variable_definition_at_a_repeated_point_is_proved_when_true():
    verdict = _step(f"{SERIES} + F(x, x)", f"{SERIES} + 2*x**4", "auto", symbols=XY, define=TWO)
    assert verdict.status == PROVED, verdict.reason


def test_a_define_parameter_does_not_inherit_a_positive_assumption():
    # G(y) = d|y|/dy = -1 at y = -0.5: previous = -1.5, not the +1 that x > 0 would give
    verdict = _step(
        "y + G(y)", "y + 1", "auto", symbols={"x": "positive", "y": "real"},
        define={"G(x)": "Derivative(Abs(x), x)"},
    )  # fmt: skip
    assert verdict.status == REFUTED, verdict.reason
    shown = verdict.counterexample
    y = float(dict(shown.values)["y"])
    assert y < 0 and float(shown.lhs) == pytest.approx(y - 1)


def test_kernel_built_subs_survive_freshening_and_rebuilding():
    u, v, w, x = sympy.symbols("u v w x", real=True)
    d, s = sympy.Derivative, binders.subs_at
    built = [
        s(d(u**2 * v, u) + s(d(u * v**3, v), (v,), (3,)), (u,), (2,)),
        s(s(d(u * v * w, u, v), (u, v), (w, x)), (w,), (v,)),
        s(x + 2 * v, (x, v), (v, 1)),
        binders.substitute(s(sympy.Subs(w * v + w, w, x), (v,), (2,)), {x: v}),
        s(d(u**3 * v**2, u, v), (u, v), (v, u)),
    ]
    truth = [4 * v + 54, v, v + 2, 3 * v, 6 * u * v**2]
    for e, value in zip(built, truth, strict=True):
        fresh, again = binders.freshen_bound(e), e.func(*e.args)
        assert fresh == e and hash(fresh) == hash(e) and again == e and hash(again) == hash(e)
        assert sympy.expand(e.doit() - value) == 0 and sympy.expand(fresh.doit() - value) == 0


# -- completeness: the guard counts constants in an exponent as degrees ------------------

SHIFTED = "(exp(h + 1001) - exp(1001))/(h*exp(1001))"


def test_ground_truth_of_the_shifted_exponent():
    h = sympy.Symbol("h", real=True)
    body = (sympy.exp(h + 1001) - sympy.exp(1001)) / (h * sympy.exp(1001))
    assert sympy.limit(body, h, 0) == 1
    # the match limit-exp makes: body / ((exp(h) - 1)/h) cancels to 1, degree 1 in exp(h)
    assert sympy.cancel(sympy.together(body / ((sympy.exp(h) - 1) / h))) == 1


def test_a_constant_shift_in_the_exponent_is_not_a_degree():
    verdict = _step(f"Limit({SHIFTED}, h, 0)", "1", "limit-exp", symbols={"h": "real"})
    assert verdict.status == PROVED, verdict.reason


HANG = """
import sys, time
sys.path.insert(0, {root!r})
from tests.helpers import check_text, derivation_text
for body in {bodies!r}:
    text = derivation_text([(None, "Limit(" + body + ", h, 0)"), ("limit-exp", "1")])
    start = time.process_time()
    status = check_text(text, timeout=1.0).steps[-1].verdict.status
    print(status, round(time.process_time() - start, 1))
"""

# The guard reads exp and Pow only: cosh/sinh of 10**9*h pass it (cancel keeps them as
# generators); (2**(1000*h) - 1)**1000 passes it with degree 10**6.
PAST_THE_GUARD = [
    "sinh(1000000000*h)/h",
    "(exp(h) - 1)/h*cosh(1000000000*h)",
    "(2**(1000*h) - 1)**1000/h",
]


def test_standard_limits_past_the_guard_return_within_the_budget():
    bound = 3 * (3.0 * 1 + 2.0) + 20.0
    try:
        run = subprocess.run(
            [sys.executable, "-c", HANG.format(root=str(ROOT), bodies=PAST_THE_GUARD)],
            capture_output=True, text=True, timeout=bound,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"the checks ran past {bound} s")
    statuses = [line.split()[0] for line in run.stdout.split("\n")[: len(PAST_THE_GUARD)]]
    # sinh(10**9 h)/h tends to 10**9: "= 1" is refuted; the others are not proved
    assert statuses[0] == REFUTED, run.stdout + run.stderr
    assert all(s in ("unknown", REFUTED) for s in statuses[1:]), run.stdout + run.stderr


# -- the same uninterruptible cancel, through algebra ---------------------------------------

ALGEBRA = """
import sys, time
sys.path.insert(0, {root!r})
from tests.helpers import check_text, derivation_text
text = derivation_text(
    [(None, "(exp(1000000000*x) - 1)/(exp(x) - 1)"), ("algebra", "1")], symbols={{"x": "real"}}
)
print(check_text(text, timeout=1.0).steps[-1].verdict.status, flush=True)
"""


@pytest.mark.xfail(
    strict=True,
    reason="decide_zero's cancel writes exp(10**9*x) as exp(x)**10**9 and heugcd evaluates "
    "it at an integer: the guard (MAX_DEGREE) is in limits.py only; in-process the step's "
    "1 s limit does not hold (the CLI and verifier.check stop the worker at about 37 s)",
)
def test_an_algebra_step_with_a_huge_exponent_returns_within_its_budget():
    bound = 1.0 * 3.0 + 2.0 + 3.0  # WALL_FACTOR * 1 s + WALL_SLACK, plus start-up (~2.5 s)
    try:
        run = subprocess.run(
            [sys.executable, "-c", ALGEBRA.format(root=str(ROOT))],
            capture_output=True, text=True, timeout=bound,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"the algebra step ran past {bound} s")  # today: never returns
    assert run.stdout.split() == ["unknown"], run.stdout + run.stderr

"""Hostile review of 0ce97b7, the structural Subs equality (binders._subs_identity) (helper-53).

The change: two Subs are equal when their bodies are equal after renaming the variables,
position by position, to ``canonical_variables`` (plain symbols ``_0``, ``_1``, ... skipping
the names free in the Subs), the canonical tuples are equal and the points are equal in
order. Attacked: names like ``_0``, Dummies, assumptions, bound variables of inner
binders, points that name variables, swapped points, Subs in Sum/Limit/Derivative,
lemma matching keyed by Subs equality.

Found (both closed in the same change, c.f. the tests below, strict xfails until then):

* PROVED false step, through lemma matching (not through the identity, and not introduced
  by 0ce97b7: the same happens with a Limit in the lemma). A lemma whose left side binds a
  variable (``Subs(u*x, u, 2) = 2*x``, true) is instantiated with its free symbol x mapped
  onto the variable the *cited* node binds: ``Subs(u**2, u, 2)`` (= 4) matches with x := u
  and is rewritten to ``2*u``, with u now free. ``lemmas.lemma_rule`` checks the binder
  scope only for the images of the lemma's functions, never for the images of its symbols.
  The numeric defense in depth catches the bare step ("disagreement"); a term the refuter
  cannot evaluate (a convergent series with no closed form) standing on both sides
  blinds it, and ``S + Subs(u**2, u, 2) = S + 2*u`` is proved (``verifier check`` exits 0)
  though it is false at every u != 2 (S + 4 against S at u = 0). ``by = "auto"`` finds it too.
  Also proved by the tree of 0ce97b7^ (``git archive 0ce97b7^ verifier``, run from /tmp).
* Latent (Python API only, unreachable from text): the identity is not capture-free when
  the body binds a *plain* symbol named like a canonical one. Subs(x + Sum(x*_0, (_0, 1, 3)),
  x, 2) (14) == Subs(x + Sum(_0**2, (_0, 1, 3)), x, 2) (16): x is renamed to _0, which the
  Sum binds. ``canonical_variables`` skips only the names *free* in the Subs. From a file it
  cannot happen: a declared name may not start with "_" ([symbols] refuses it), a bound
  name read from text always carries an assumption (real, integer) so it is not the plain
  canonical symbol, and the kernel's fresh variables are Dummies.

Closed: ``lemma_rule`` refuses an image of a lemma's symbol that the lemma binds around
it; ``_subs_identity`` renames to Dummies kept for it alone (never captured).

Held (unmarked): alpha-renamed Subs equal and hashed alike; two-variable Subs with
bound variables named ``_0``/``_1`` told apart from each other and from x/y ones (24 and
16, right numbers); swapped points (54 and 36); a Sum index named ``_0`` inside a Subs
body (14 and 16); a Subs whose point names a variable of the Subs it is substituted into,
in a Sum, under a Derivative and in a Limit (read as the simultaneous substitution,
proved when true, refuted with the true numbers when false).

Ground truth: SymPy's doit/limit on plain expressions and mpmath's nsum, never the
verifier's reader.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text

from verifier.errors import InputError
from verifier.proof.checker import PROVED, REFUTED

ROOT = Path(__file__).resolve().parents[2]
XY = {"x": "real", "y": "real", "s": "real", "t": "real", "k": "integer"}

# A convergent series the refuter cannot sum (no closed form): about 0.4947.
SERIES = "Sum(1/(n**3 + n + 1), (n, 1, oo))"


def _lemma(ident: str, left: str, right: str, by: str) -> str:
    return (
        f'id = "{ident}"\n'
        f'claim = "{left} = {right}"\n'
        '[symbols]\nx = "real"\n'
        f'[[step]]\nexpr = "{left}"\n'
        f'[[step]]\nby = "{by}"\nexpr = "{right}"\n'
    )


SUBS_LEMMA = _lemma("subs-lemma", "Subs(u*x, u, 2)", "2*x", "algebra")  # true: u*x at u = 2
LIMIT_LEMMA = _lemma("lim-lemma", "Limit(x + h, h, 1)", "x + 1", "continuity")  # true


def _step(prev, cur, by="auto", *, symbols=None, uses=(), extra=()):
    text = derivation_text([(None, prev), (by, cur)], symbols=symbols or XY, uses=uses)
    return check_text(text, extra=extra).steps[1].verdict


# -- ground truth ------------------------------------------------------------------


def test_ground_truth_of_the_lemma_attack():
    u, x, h = sympy.symbols("u x h", real=True)
    # the lemmas are true
    assert sympy.Subs(u * x, u, 2).doit() == 2 * x
    assert sympy.limit(x + h, h, 1) == x + 1
    # the cited nodes are numbers, not 2*u or h + 1
    assert sympy.Subs(u**2, u, 2).doit() == 4
    assert sympy.limit(h + h, h, 1) == 2
    # the series converges to a finite number, so S + 4 != S + 2*u at u = 0
    with mpmath.workdps(30):
        s = mpmath.nsum(lambda n: 1 / (n**3 + n + 1), [1, mpmath.inf])
    assert mpmath.isfinite(s) and 0.49 < s < 0.5
    assert s + 4 != s + 2 * 0


def test_both_lemmas_are_proved():
    for text in (SUBS_LEMMA, LIMIT_LEMMA):
        report = check_text(text)
        assert report.steps[1].verdict.status == PROVED, report.steps[1].verdict.reason


# -- the hole: a lemma's symbol instantiated onto a variable the cited node binds ------


@pytest.mark.parametrize("by", ["subs-lemma", "auto"])
def test_a_subs_lemma_is_not_instantiated_onto_the_bound_variable(by):
    verdict = _step(
        f"{SERIES} + Subs(u**2, u, 2)",
        f"{SERIES} + 2*u",
        by,
        symbols={"u": "real"},
        uses=["subs-lemma"],
        extra=[SUBS_LEMMA],
    )
    assert verdict.status != PROVED, verdict.reason


def test_a_limit_lemma_is_not_instantiated_onto_the_bound_variable():
    verdict = _step(
        f"{SERIES} + Limit(h + h, h, 1)",
        f"{SERIES} + h + 1",
        "lim-lemma",
        symbols={"h": "real"},
        uses=["lim-lemma"],
        extra=[LIMIT_LEMMA],
    )
    assert verdict.status != PROVED, verdict.reason


def test_the_bare_false_instance_is_refuted_not_a_disagreement():
    verdict = _step(
        "Subs(u**2, u, 2)", "2*u", "subs-lemma", symbols={"u": "real"},
        uses=["subs-lemma"], extra=[SUBS_LEMMA],
    )  # fmt: skip
    assert verdict.status == REFUTED, verdict.reason
    at = mpmath.mpf(dict(verdict.counterexample.values)["u"])
    assert mpmath.mpf(verdict.counterexample.lhs) == 4
    assert mpmath.almosteq(mpmath.mpf(verdict.counterexample.rhs), 2 * at, 1e-12)


def test_the_command_line_does_not_prove_the_false_instance(tmp_path):
    (tmp_path / "lemma.toml").write_text(SUBS_LEMMA)
    (tmp_path / "cite.toml").write_text(
        'id = "cite"\nuses = ["subs-lemma"]\n'
        f'claim = "{SERIES} + Subs(u**2, u, 2) = {SERIES} + 2*u"\n'
        '[symbols]\nu = "real"\n'
        f'[[step]]\nexpr = "{SERIES} + Subs(u**2, u, 2)"\n'
        f'[[step]]\nby = "subs-lemma"\nexpr = "{SERIES} + 2*u"\n'
    )
    run = subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", "-j", "1",
         str(tmp_path / "lemma.toml"), str(tmp_path / "cite.toml")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode in (0, 1), run.stderr  # a verdict, not bad input or a crash
    assert run.returncode == 1 and "1 proved" in run.stdout, run.stdout  # today: 2 proved, exit 0


# -- latent: the identity captures a plain symbol bound in the body ---------------------


def test_the_identity_renames_without_capture_of_a_plain_bound_symbol():
    from verifier.proof import binders  # noqa: F401  (installs the structural equality)

    x = sympy.Symbol("x", real=True)
    k = sympy.Symbol("_0")  # the name and (no) assumptions of the first canonical symbol
    a = sympy.Subs(x + sympy.Sum(x * k, (k, 1, 3)), x, 2)
    b = sympy.Subs(x + sympy.Sum(k**2, (k, 1, 3)), x, 2)
    assert (a.doit(), b.doit()) == (14, 16)
    assert a != b


def test_from_text_the_canonical_names_cannot_be_declared():
    text = derivation_text([(None, "_0"), ("algebra", "_0")], symbols={"_0": "real"})
    with pytest.raises(InputError, match="not a valid name"):
        check_text(text)


def test_a_bound_name_read_from_text_is_never_the_plain_canonical_symbol():
    from verifier.proof import binders  # noqa: F401

    # The same pair as above with the index the reader makes (an integer _0): told apart.
    x, k = sympy.Symbol("x", real=True), sympy.Symbol("_0", integer=True)
    a = sympy.Subs(x + sympy.Sum(x * k, (k, 1, 3)), x, 2)
    b = sympy.Subs(x + sympy.Sum(k**2, (k, 1, 3)), x, 2)
    assert a != b and a - b != 0
    # and through a file: 14 - 16 = -2, so "= 0" is refuted with the true numbers
    verdict = _step(
        "Subs(x + Sum(x*_0, (_0, 1, 3)), x, 2) - Subs(x + Sum(_0**2, (_0, 1, 3)), x, 2)", "0"
    )
    assert verdict.status == REFUTED, verdict.reason
    assert mpmath.mpf(verdict.counterexample.lhs) == -2


# -- attacks that held --------------------------------------------------------------

A = "Subs(Subs(Derivative(x**3*y, x), y, 2), x, 2)"  # 24
B = "Subs(Subs(Derivative(x**2*y**2, x), y, 2), x, 2)"  # 16
A_UNDERSCORE = "Subs(Subs(Derivative(_0**3*_1, _0), _1, 2), _0, 2)"  # 24
B_UNDERSCORE = "Subs(Subs(Derivative(_1**2*_0**2, _1), _0, 2), _1, 2)"  # 16


def test_alpha_renamed_subs_are_equal_and_hash_alike():
    from verifier.proof import binders  # noqa: F401

    x, y, u, v = sympy.symbols("x y u v", real=True)
    a = sympy.Subs(sympy.Derivative(x**3 * y, x), (x, y), (2, 2))
    d = sympy.Subs(sympy.Derivative(u**3 * v, u), (u, v), (2, 2))
    w = sympy.Dummy("w", positive=True)  # a Dummy variable with other assumptions
    e = sympy.Subs(sympy.Derivative(w**3 * v, w), (w, v), (2, 2))
    assert a == d == e and hash(a) == hash(d) == hash(e)
    assert a.doit() == d.doit() == e.doit() == 24


@pytest.mark.parametrize(
    ("prev", "cur", "numbers"),
    [
        (A_UNDERSCORE, B, (24, 16)),
        (A_UNDERSCORE, B_UNDERSCORE, (24, 16)),
        # swapped points: 3*x**2*y at (3, 2) and at (2, 3)
        (
            "Subs(Subs(Derivative(x**3*y, x), y, 2), x, 3)",
            "Subs(Subs(Derivative(x**3*y, x), y, 3), x, 2)",
            (54, 36),
        ),
    ],
    ids=["underscore-vs-xy", "underscore-vs-underscore", "swapped-points"],
)
def test_two_variable_subs_are_told_apart_with_true_numbers(prev, cur, numbers):
    x, y = sympy.symbols("x y", real=True)
    truth = {
        A_UNDERSCORE: sympy.diff(x**3 * y, x).subs({x: 2, y: 2}),
        B: sympy.diff(x**2 * y**2, x).subs({x: 2, y: 2}),
        B_UNDERSCORE: sympy.diff(x**2 * y**2, x).subs({x: 2, y: 2}),
        "Subs(Subs(Derivative(x**3*y, x), y, 2), x, 3)": sympy.diff(x**3 * y, x).subs({x: 3, y: 2}),
        "Subs(Subs(Derivative(x**3*y, x), y, 3), x, 2)": sympy.diff(x**3 * y, x).subs({x: 2, y: 3}),
    }
    assert (truth[prev], truth[cur]) == numbers
    verdict = _step(prev, cur, "algebra")
    assert verdict.status == REFUTED, verdict.reason
    shown = verdict.counterexample
    assert (mpmath.mpf(shown.lhs), mpmath.mpf(shown.rhs)) == numbers
    # and their difference is not read as 0
    assert _step(f"{prev} - {cur}", "0").status == REFUTED


# Subs(Subs(D, y, s), x, t) merges into Subs(D', (x', y), (t, s)); at t = y the point of
# x' names y, a variable of the same Subs: read as the simultaneous substitution,
# 3*t**2*s at t = y is 3*y**2*s (SymPy's sequential doit of such a Subs would give 3*s**3).
W = "Subs(Subs(Subs(Derivative(x**3*y, x), y, s), x, t), t, y)"


@pytest.mark.parametrize(
    ("prev", "true", "false"),
    [
        (W, "3*y**2*s", "3*s**3"),
        (f"Sum(k*{W}, (k, 1, 2))", "9*y**2*s", "9*s**3"),
        (f"Derivative({W}, s)", "3*y**2", "9*s**2"),
        (f"Limit({W}, s, 1)", "3*y**2", "3"),
    ],
    ids=["plain", "in-sum", "under-derivative", "in-limit"],
)
def test_a_point_naming_a_variable_is_read_as_one_substitution(prev, true, false):
    x, y, s, t = sympy.symbols("x y s t", real=True)
    assert sympy.diff(x**3 * y, x).subs(y, s).subs(x, t).subs(t, y) == 3 * y**2 * s
    assert _step(prev, true).status != REFUTED
    wrong = _step(prev, false)
    assert wrong.status == REFUTED, wrong.reason
    at = {k: sympy.Rational(v) for k, v in wrong.counterexample.values}
    ys, ss = at.get("y", 0), at.get("s", 1)
    expected = {
        "plain": 3 * ys**2 * ss,
        "in-sum": 9 * ys**2 * ss,
        "under-derivative": 3 * ys**2,
        "in-limit": 3 * ys**2,
    }
    key = {W: "plain"}.get(prev) or (
        "in-sum" if prev.startswith("Sum") else "under-derivative" if prev.startswith("Der")
        else "in-limit"
    )  # fmt: skip
    assert mpmath.almosteq(
        mpmath.mpf(wrong.counterexample.lhs), mpmath.mpf(str(sympy.N(expected[key], 30))), 1e-12
    )


def test_the_refusal_says_why_in_words():
    # The lemma is refused for a reason the learner reads (not only "does not apply").
    verdict = _step(
        f"{SERIES} + Subs(u**2, u, 2)",
        f"{SERIES} + 2*u",
        "subs-lemma",
        symbols={"u": "real"},
        uses=["subs-lemma"],
        extra=[SUBS_LEMMA],
    )
    assert verdict.status != PROVED
    assert "may not stand for u, which the lemma binds around it" in verdict.reason, verdict.reason

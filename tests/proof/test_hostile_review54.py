"""Hostile review of 86113cc (lemma binder check, Dummy-based Subs identity) (helper-54).

86113cc changed two things: ``lemmas.lemma_rule`` refuses an image of a lemma symbol that
the lemma binds around it, and ``binders._subs_identity`` (Subs equality and hash) renames
a Subs's variables to Dummies of its own, ``_CANONICAL[0], _CANONICAL[1], ...``, instead of
SymPy's ``canonical_variables`` (which skipped the names free in the Subs).

Found:

* PROVED false steps and REFUTED true ones with wrong numbers (introduced by 86113cc; the
  tree of 86113cc^ refutes/proves them correctly). The Dummies are the same for every
  Subs, at every depth, and a Subs no longer skips the ones free in it. A Subs nested in
  the body of another whose body mentions the outer variable is captured: the outer
  identity renames u to D0 inside the inner Subs, whose own identity renames v to D0 too.
  So A = Subs(Derivative(u**2, u) + Subs(Derivative(u*v**2, v), v, 3), u, 2) (= 16) and
  B = Subs(Derivative(u**2, u) + Subs(Derivative(v**3, v), v, 3), u, 2) (= 31) are equal and
  hash alike (both inner bodies become Derivative(D0**3, D0)). Consequences, all from text,
  no blinding series needed:
  - ``x + A = x + B`` is proved by algebra ("identical") and by auto; ``verifier check``
    exits 0 on it (the numeric defense is fooled too: the refuter's caches key on the
    same equality).
  - the mixed partial f_xy(1, 2) of x**3*y (3) is proved equal to that of x**4 (0).
  - ``x + A + B`` is read as twice one of them: ``x + A + B = x + 2*A`` (47 vs 32) is
    proved, and the true ``x + A + B = x + 47`` is refuted ("previous = 63.1" at x = 1.1).
  - ``x*(A - B) = -15*x`` (true) is refuted with "previous = 0.0".
  - two files checked in one run (``-j 1``), ``x + B = x + 31`` and ``x + A = x + 16``,
    both true and each proved alone: the second is refuted with the first's numbers
    ("previous = 32.53", true 17.53), in either order.
  Closed: the identity skips every Dummy the body has, free or bound (skipping only the
  free ones, as first proposed, still captures when an inner Sum binds one: see
  ``test_the_identity_does_not_rename_to_a_dummy_the_body_binds`` at the end).
* Completeness regression (closed by ed4ef12 during this review, so tested unmarked):
  86113cc's check counted a Derivative's own variable as "bound around" the lemma symbol
  it is, so every lemma with a Derivative was refused (reciprocal-rule, exp-derivative:
  8 of the 12 shipped derivations went unknown under ``verifier check --no-cache``).

Held (unmarked): the helper-53 attack with the cited binder renamed (no match: fails
closed), a lemma with two nested binders (Limit of a Subs) cited with x onto either bound
variable, a lemma whose right side binds (folding 2*x into Subs(u*x, u, 2) and checking it
against Subs(u*u, u, 2)), a lemma function under a binder whose instance mentions the bound
variable, Derivative lemmas (two lemma symbols onto one variable, an image bound by the
citing Limit/Subs, the bound image set free), a lemma whose symbol is declared positive
cited on a symbol that is only real, reciprocal-rule cited (by name and by auto) on a
function only declared continuous, and the nested lemma with the same nested Subs (its
Derivative variables make it unusable as a pattern).

Ground truth: SymPy's diff/subs on plain expressions and mpmath, never the verifier's reader.
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

# A convergent series the refuter cannot sum (no closed form): about 0.4947.
SERIES = "Sum(1/(n**3 + n + 1), (n, 1, oo))"

# Subs nested in a Subs whose body mentions the outer variable (A = 16, B = 31).
A = "Subs(Derivative(u**2, u) + Subs(Derivative(u*v**2, v), v, 3), u, 2)"
B = "Subs(Derivative(u**2, u) + Subs(Derivative(v**3, v), v, 3), u, 2)"
# The mixed partial f_xy at (1, 2) of x**3*y (3) and of x**4 (0).
FXY_A = "Subs(Derivative(Subs(Derivative(x**3*y, x), x, 1), y), y, 2)"
FXY_B = "Subs(Derivative(Subs(Derivative(x**4, x), x, 1), y), y, 2)"

CAPTURE = "86113cc: nested Subs share the identity's Dummies (inner captures the outer's)"


def _lemma(ident, left, right, by, *, symbols=None, functions=None):
    symbols = symbols or {"x": "real"}
    text = f'id = "{ident}"\nclaim = "{left} = {right}"\n[symbols]\n'
    text += "".join(f'{k} = "{v}"\n' for k, v in symbols.items())
    if functions:
        text += "[functions]\n" + "".join(f'{k} = "{v}"\n' for k, v in functions.items())
    return text + f'[[step]]\nexpr = "{left}"\n[[step]]\nby = "{by}"\nexpr = "{right}"\n'


def _step(prev, cur, by="auto", *, symbols=None, functions=None, uses=(), extra=()):
    text = derivation_text(
        [(None, prev), (by, cur)],
        symbols=symbols or {"x": "real"},
        functions=functions,
        uses=uses,
    )
    return check_text(text, extra=extra).steps[1].verdict


def _values():
    u, v, x, y = sympy.symbols("u v x y", real=True)
    a = (sympy.diff(u**2, u) + sympy.diff(u * v**2, v).subs(v, 3)).subs(u, 2)
    b = (sympy.diff(u**2, u) + sympy.diff(v**3, v).subs(v, 3)).subs(u, 2)
    fa = sympy.diff(sympy.diff(x**3 * y, x).subs(x, 1), y).subs(y, 2)
    fb = sympy.diff(sympy.diff(x**4, x).subs(x, 1), y).subs(y, 2)
    return a, b, fa, fb


# -- ground truth -------------------------------------------------------------------


def test_ground_truth():
    assert _values() == (16, 31, 3, 0)
    with mpmath.workdps(30):
        s = mpmath.nsum(lambda n: 1 / (n**3 + n + 1), [1, mpmath.inf])
    assert mpmath.isfinite(s) and 0.49 < s < 0.5


# -- the hole: the Subs identity captures a nested Subs ---------------------------------


def test_nested_subs_are_told_apart_in_python():
    from verifier.proof import binders  # noqa: F401  (installs the structural equality)

    u, v, x = sympy.symbols("u v x", real=True)
    a = sympy.Subs(
        sympy.Derivative(u**2, u) + sympy.Subs(sympy.Derivative(u * v**2, v), v, 3), u, 2
    )
    b = sympy.Subs(sympy.Derivative(u**2, u) + sympy.Subs(sympy.Derivative(v**3, v), v, 3), u, 2)
    assert (a.doit(), b.doit()) == (16, 31)
    assert a != b and x + a != x + b and a - b != 0


@pytest.mark.parametrize("by", ["algebra", "auto"])
def test_a_nested_subs_step_is_not_proved(by):
    verdict = _step(f"x + {A}", f"x + {B}", by)
    assert verdict.status != PROVED, verdict.reason  # today: proved, algebra (identical)


def test_a_nested_subs_step_is_refuted_with_the_true_numbers():
    verdict = _step(f"x + {A}", f"x + {B}", "algebra")
    assert verdict.status == REFUTED, verdict.reason
    shown = verdict.counterexample
    assert mpmath.almosteq(mpmath.mpf(shown.lhs) - mpmath.mpf(shown.rhs), -15, 1e-12)


def test_mixed_partials_of_different_functions_are_told_apart():
    verdict = _step(f"t + {FXY_A}", f"t + {FXY_B}", "algebra", symbols={"t": "real"})
    assert verdict.status != PROVED, verdict.reason  # 3 = 0, today proved


def test_a_sum_of_two_nested_subs_is_not_read_as_twice_one():
    verdict = _step(f"x + {A} + {B}", f"x + 2*{A}", "algebra")
    assert verdict.status != PROVED, verdict.reason  # 47 = 32, today proved


@pytest.mark.parametrize(
    ("prev", "cur"),
    [(f"x + {A} + {B}", "x + 47"), (f"x*({A} - {B})", "-15*x")],
    ids=["sum-47", "difference-15"],
)
def test_a_true_step_with_two_nested_subs_is_not_refuted(prev, cur):
    verdict = _step(prev, cur, "auto")
    # today: refuted, "previous = 63.1" (true 48.1) and "previous = 0.0" (true -16.5)
    assert verdict.status != REFUTED, verdict.counterexample


def _file(path: Path, ident: str, first: str, last: str, by: str) -> Path:
    path.write_text(
        f'id = "{ident}"\nclaim = "{first} = {last}"\n[symbols]\nx = "real"\n'
        f'[[step]]\nexpr = "{first}"\n[[step]]\nby = {by}\nexpr = "{last}"\n'
    )
    return path


def _check(*files: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", "-j", "1", *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_command_line_does_not_prove_the_nested_subs_step(tmp_path):
    run = _check(_file(tmp_path / "n.toml", "nested", f"x + {A}", f"x + {B}", '"algebra"'))
    assert run.returncode in (0, 1), run.stderr  # a verdict, not bad input or a crash
    assert run.returncode == 1, run.stdout  # today: "1 proved", exit 0


def test_a_true_file_is_not_refuted_by_the_numbers_of_another(tmp_path):
    rules = '["constant-rule", "power-rule"]'
    b31 = _file(tmp_path / "a_b31.toml", "b-is-31", f"x + {B}", "x + 31", rules)
    a16 = _file(tmp_path / "b_a16.toml", "a-is-16", f"x + {A}", "x + 16", rules)
    alone = _check(a16)
    assert alone.returncode == 0, alone.stdout  # true, and proved when checked alone
    together = _check(b31, a16)
    # today: "REFUTED a-is-16 ... previous = 32.53, this = 17.53" (true 17.53 both)
    assert together.returncode == 0 and "2 proved" in together.stdout, together.stdout


# -- held: the lemma binder check and its neighbours --------------------------------------

SUBS_LEMMA = _lemma("subs-lemma", "Subs(u*x, u, 2)", "2*x", "algebra")
NEST_LEMMA = _lemma("nest-lemma", "Limit(Subs(u*x + h, u, 2), h, 0)", "2*x", "auto")
FOLD_LEMMA = _lemma("fold-lemma", "2*x", "Subs(u*x, u, 2)", "algebra")
FUNC_LEMMA = _lemma(
    "func-lemma", "Subs(u*f(x) + u*x, u, 2)", "2*f(x) + 2*x", "auto",
    functions={"f": "continuous"},
)  # fmt: skip
DXY_LEMMA = _lemma("dxy", "Derivative(x*y, x)", "y", "auto", symbols={"x": "real", "y": "real"})


def test_the_lemmas_are_proved():
    for text in (SUBS_LEMMA, NEST_LEMMA, FOLD_LEMMA, FUNC_LEMMA, DXY_LEMMA):
        report = check_text(text)
        assert report.steps[1].verdict.status == PROVED, report.steps[1].verdict.reason


@pytest.mark.parametrize(
    ("prev", "cur", "lemma", "symbols"),
    [
        # helper-53's attack with the cited Subs's variable renamed: no match (4 vs 2*w)
        (f"{SERIES} + Subs(w**2, w, 2)", f"{SERIES} + 2*w", SUBS_LEMMA, {"w": "real"}),
        # two nested binders, x onto either bound variable (3*0 = 0 vs 2*h; 4 vs 2*u)
        (f"{SERIES} + Limit(Subs(u*h + h, u, 2), h, 0)", f"{SERIES} + 2*h", NEST_LEMMA,
         {"h": "real"}),
        (f"{SERIES} + Limit(Subs(u*u + h, u, 2), h, 0)", f"{SERIES} + 2*u", NEST_LEMMA,
         {"u": "real"}),
        # a right side that binds: 2*u folds to Subs(u'*u, u', 2), never Subs(u*u, u, 2) = 4
        (f"{SERIES} + 2*u", f"{SERIES} + Subs(u*u, u, 2)", FOLD_LEMMA, {"u": "real"}),
        # a lemma function's instance may not mention the variable bound around it
        (f"{SERIES} + Subs(u*(u + y) + u*y, u, 2)", f"{SERIES} + 2*(u + y) + 2*y", FUNC_LEMMA,
         {"u": "real", "y": "real"}),
        # Derivative lemmas: x and y both onto a (2*a, not a); both onto the bound u (6, not 3)
        (f"{SERIES} + Derivative(a*a, a)", f"{SERIES} + a", DXY_LEMMA, {"a": "real"}),
        (f"{SERIES} + Subs(Derivative(u*u, u), u, 3)", f"{SERIES} + 3", DXY_LEMMA,
         {"a": "real"}),
        (f"{SERIES} + Limit(Derivative(h*h, h), h, 2)", f"{SERIES} + Limit(h, h, 2)",
         DXY_LEMMA, {"a": "real"}),
    ],
    ids=["renamed-binder", "nest-h", "nest-u", "fold", "function-instance", "dxy-a-a",
         "dxy-subs", "dxy-limit"],
)  # fmt: skip
def test_false_lemma_instances_are_not_proved(prev, cur, lemma, symbols):
    ident = lemma.split('"')[1]
    for by in (ident, "auto"):
        verdict = _step(prev, cur, by, symbols=symbols, uses=[ident], extra=[lemma])
        assert verdict.status != PROVED, (by, verdict.reason)


@pytest.mark.parametrize(
    ("prev", "cur", "lemma", "symbols"),
    [
        (f"{SERIES} + Limit(Subs(u*y + h, u, 2), h, 0)", f"{SERIES} + 2*y", NEST_LEMMA,
         {"y": "real"}),
        (f"{SERIES} + Subs(u*(y**2 + y) + u*y, u, 2)", f"{SERIES} + 2*(y**2 + y) + 2*y",
         FUNC_LEMMA, {"y": "real"}),
        # the lemma under the citing file's binders, the image bound there: still true
        (f"{SERIES} + Limit(Derivative(a*h, a), h, 2)", f"{SERIES} + Limit(h, h, 2)",
         DXY_LEMMA, {"a": "real"}),
        (f"{SERIES} + Subs(Derivative(a*u, a), u, a)", f"{SERIES} + a", DXY_LEMMA,
         {"a": "real"}),
    ],
    ids=["nest-y", "function-y", "dxy-in-limit", "dxy-in-subs"],
)  # fmt: skip
def test_true_lemma_instances_are_proved(prev, cur, lemma, symbols):
    ident = lemma.split('"')[1]
    verdict = _step(prev, cur, ident, symbols=symbols, uses=[ident], extra=[lemma])
    assert verdict.status == PROVED, verdict.reason


def test_a_shipped_derivative_lemma_applies_again_and_does_not_free_its_variable():
    # 86113cc refused every Derivative lemma (closed by ed4ef12)
    good = _step(
        "Derivative(1/(x**2 + 1), x)", "-Derivative(x**2 + 1, x)/(x**2 + 1)**2",
        "reciprocal-rule", uses=["reciprocal-rule"],
    )  # fmt: skip
    assert good.status == PROVED, good.reason
    # the image h is bound by the citing Limit: exp(h) outside it would be set free
    freed = _step(
        f"{SERIES} + Limit(Derivative(exp(h), h), h, 0)", f"{SERIES} + exp(h)",
        "exp-derivative", symbols={"h": "real"}, uses=["exp-derivative"],
    )  # fmt: skip
    assert freed.status != PROVED, freed.reason


def test_a_positive_lemma_symbol_is_not_instantiated_by_a_real_one():
    # log(x**2) = 2*log(x) holds for x > 0 only: at x = -1, log(1) = 0 against 2*I*pi
    lemma = _lemma("log-square", "log(x**2) + x", "2*log(x) + x", "auto",
                   symbols={"x": "positive"})  # fmt: skip
    assert check_text(lemma).steps[1].verdict.status == PROVED
    verdict = _step(
        f"{SERIES} + log(y**2) + y", f"{SERIES} + 2*log(y) + y", "log-square",
        symbols={"y": "real"}, uses=["log-square"], extra=[lemma],
    )  # fmt: skip
    assert verdict.status != PROVED, verdict.reason


def test_a_lemma_about_a_nested_subs_is_not_a_pattern():
    # The collision cannot be reached through a lemma: a Subs stays opaque only around a
    # Derivative in its variable, and a Derivative's variable is a lemma symbol, which a
    # Subs then binds: not usable as a rewrite (fails closed).
    lemma = _lemma("nested", f"x*{B}", "31*x", "auto")
    assert check_text(lemma).steps[1].verdict.status == PROVED
    verdict = _step(
        f"{SERIES} + y*{A}", f"{SERIES} + 31*y", "nested", symbols={"y": "real"},
        uses=["nested"], extra=[lemma],
    )  # fmt: skip
    assert verdict.status != PROVED, verdict.reason


@pytest.mark.parametrize("by", ["reciprocal-rule", "auto"])
def test_a_lemma_hypothesis_is_not_skipped(by):
    # reciprocal-rule needs f differentiable: g is only continuous (d/dx 1/g need not exist)
    verdict = _step(
        "Derivative(1/g(x), x)", "-Derivative(g(x), x)/g(x)**2", by,
        functions={"g": "continuous nonzero"}, uses=["reciprocal-rule"],
    )  # fmt: skip
    assert verdict.status != PROVED, verdict.reason


# -- added with the fix -------------------------------------------------------------------


def test_the_identity_does_not_rename_to_a_dummy_the_body_binds():
    # A Sum inside the body binds a canonical Dummy (as it can inside an outer identity's
    # renaming): x must not be renamed to it. The values are 2 + 2*6 = 14 and 2 + 14 = 16.
    d0 = binders._canonical_names(1)[0]
    x = sympy.Symbol("x", real=True)
    a = sympy.Subs(x + sympy.Sum(x * d0, (d0, 1, 3)), x, 2)
    b = sympy.Subs(x + sympy.Sum(d0**2, (d0, 1, 3)), x, 2)
    assert (a.doit(), b.doit()) == (14, 16)
    assert a != b

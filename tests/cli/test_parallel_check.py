"""`verifier check` from scratch: the same bytes on 1 worker or 2, lemmas always first.

The from-scratch check was made faster (issue 12) by starting each derivation as soon
as its lemmas have reports, by reading the shipped derivations only when a lemma is
missing, by keeping SymPy from importing its physical-units package in a worker, and
by skipping kernel work whose answer is already known (opaque insides shown to differ
by interval bounds; subtrees the rewrite loop already walked without a change).
None of that may change what the user sees: these tests compare the output of
different schedules byte for byte, and pin each shortcut to the case it is meant for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from verifier import runner
from verifier.cli import loading, main
from verifier.proof import checker
from verifier.proof.model import load_file, load_shipped, resolve
from verifier.proof.rules import engine

ROOT = Path(__file__).resolve().parents[2]


def _check(capsys, *args: str) -> tuple[int, str]:
    code = main(["check", "--no-cache", *args])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_one_worker_and_two_print_the_same_bytes(capsys, monkeypatch, fmt: str) -> None:
    monkeypatch.chdir(ROOT)
    paths = ["derivations", "examples"]
    one = _check(capsys, *paths, "--format", fmt, "-j", "1")
    two = _check(capsys, *paths, "--format", fmt, "-j", "2")
    assert one == two
    code, out = one
    assert code == 1  # the examples hold planted mistakes
    if fmt == "json":
        verdicts = {d["id"]: d["verdict"] for d in json.loads(out)["derivations"]}
        assert verdicts["sigmoid-derivative"] == "proved"
        assert verdicts["reciprocal-sign-slip"] == "refuted"
    else:
        assert "proved   sigmoid-derivative" in out


def test_a_fresh_process_prints_what_the_library_call_prints(capsys, monkeypatch) -> None:
    # The program run (argv from the command line, collector frozen at exit) and an
    # in-process call give the same report.
    monkeypatch.chdir(ROOT)
    _, expected = _check(capsys, "derivations")
    env = {**os.environ, "VERIFIER_NO_CACHE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", "derivations"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected


@pytest.fixture(scope="module")
def order():
    files = [*sorted((ROOT / "derivations").glob("*.toml"))]
    return resolve([load_file(p) for p in files], load_shipped())


def test_the_most_cited_lemmas_are_waited_on_by_the_most(order) -> None:
    waiting = runner._waiting_on(order)
    # Read from the files themselves: who cites whom, directly or through another.
    uses = {d.id: set(d.uses) for d in order}

    def users_of(lemma: str) -> set[str]:
        direct = {k for k, v in uses.items() if lemma in v}
        return direct.union(*(users_of(u) for u in direct)) if direct else set()

    assert waiting == {d.id: len(users_of(d.id)) for d in order}
    assert waiting["reciprocal-rule"] >= 5 and waiting["silu-derivative"] == 0


def test_a_derivation_starts_when_its_lemmas_are_done_not_its_level(
    order, monkeypatch, tmp_path
) -> None:
    """With reciprocal-rule held up, softplus-derivative (which cites only
    exp-derivative) is checked before reciprocal-rule ends; nothing starts before
    its own lemmas end."""
    log = tmp_path / "events"
    real = runner.check_derivation

    def logged(d, *args, **kwargs):
        with log.open("a") as out:
            out.write(f"start {d.id}\n")
        if d.id == "reciprocal-rule":
            time.sleep(3)  # the slow lemma of the first level
        report = real(d, *args, **kwargs)
        with log.open("a") as out:
            out.write(f"end {d.id}\n")
        return report

    monkeypatch.setattr(runner, "check_derivation", logged)
    reports, _ = runner.check_ordered(order, jobs=2)
    assert all(r.proved for r in reports)
    events = log.read_text().splitlines()
    position = {event: i for i, event in enumerate(events)}
    for d in order:
        for lemma in d.uses:
            assert position[f"end {lemma}"] < position[f"start {d.id}"], (lemma, d.id)
    assert position["end softplus-derivative"] < position["end reciprocal-rule"]


def test_shipped_files_are_read_only_for_a_missing_lemma(monkeypatch) -> None:
    reads = []
    real = load_shipped

    def counted():
        reads.append(1)
        return real()

    monkeypatch.setattr("verifier.proof.model.load_shipped", counted)
    # Every lemma the shipped folder cites is in it: nothing else is read.
    loaded = loading.load([ROOT / "derivations"])
    assert reads == [] and not loaded.failures
    assert {d.id for d in loaded.order} >= {"sigmoid-derivative", "reciprocal-rule"}
    # A file citing a shipped lemma on its own: the lemma comes from the shipped folder.
    alone = loading.load([ROOT / "derivations" / "sigmoid-derivative.toml"])
    assert reads == [1] and not alone.failures
    assert [d.id for d in alone.order][-1] == "sigmoid-derivative"
    assert {"reciprocal-rule", "exp-derivative"} <= {d.id for d in alone.order}


def test_a_missing_lemma_is_still_reported(tmp_path) -> None:
    (tmp_path / "a.toml").write_text(
        'id = "a"\nuses = ["no-such-lemma"]\nclaim = "x = x"\n[symbols]\nx = "real"\n'
        '[[step]]\nexpr = "x"\n[[step]]\nby = "algebra"\nexpr = "x"\n'
    )
    loaded = loading.load([tmp_path])
    (failure,) = loaded.failures
    assert "no-such-lemma" in failure.message and failure.file.endswith("a.toml")


SIMPLIFIED = [
    "sin(x)**2 + cos(x)**2",
    "(x**2 - 1)/(x - 1)",
    "exp(x)*exp(-x) + log(exp(y))",
    "1/(1 + exp(-x)) * (1 - 1/(1 + exp(-x)))",
    "tanh(x) - (exp(x) - exp(-x))/(exp(x) + exp(-x))",
]


def _simplified(stand_in: bool) -> list[str]:
    code = (
        "import sys, sympy\n"
        "from verifier.standins import units\n"
        f"if {stand_in}: units()\n"
        "x, y = sympy.symbols('x y', real=True)\n"
        "names = {'x': x, 'y': y, 'sin': sympy.sin, 'cos': sympy.cos, 'exp': sympy.exp,\n"
        "         'log': sympy.log, 'tanh': sympy.tanh}\n"
        f"for text in {SIMPLIFIED!r}:\n"
        "    print(sympy.srepr(sympy.simplify(sympy.sympify(text, locals=names))))\n"
        "print('sympy.physics' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_simplify_gives_the_same_forms_without_the_units_package() -> None:
    with_units, without = _simplified(False), _simplified(True)
    assert with_units[:-1] == without[:-1]
    assert with_units[-1] == "True"  # SymPy's simplify imports the package ...
    assert without[-1] == "False"  # ... which the stand-in keeps out of a worker


# -- the kernel's shortcuts (issue 12): work skipped only where its answer is known -----


_REAL_DIFFER, _REAL_SETTLED = checker.nonzero_somewhere, engine._parts_settled


def _logged_shortcuts(monkeypatch, log: Path, on: bool) -> None:
    """Turn the interval test for opaque insides and the walk memo of the rewrite loop
    on or off; each time one of them saves work, a line goes to ``log`` (the workers are
    forked: a file is what they share with the test)."""
    real_differ, real_settled = _REAL_DIFFER, _REAL_SETTLED

    def differ(expr):
        shown = on and real_differ(expr)
        if shown:
            with log.open("a") as out:
                out.write("differ\n")
        return shown

    def settled(expr, done):
        kept = on and real_settled(expr, done)
        if kept:
            with log.open("a") as out:
                out.write("settled\n")
        return kept

    monkeypatch.setattr(checker, "nonzero_somewhere", differ)
    monkeypatch.setattr(engine, "_parts_settled", settled)


def test_the_kernel_shortcuts_change_no_byte(capsys, monkeypatch, tmp_path) -> None:
    """The same JSON (verdicts, methods, side conditions, counterexamples, messages) with
    the shortcuts and without, on the shipped derivations, the examples and the corpus
    (planted mistakes included); and the shortcuts did save work."""
    monkeypatch.chdir(ROOT)
    paths = ["derivations", "examples", "tests/corpus"]
    outputs, logs = [], []
    for on in (False, True):
        log = tmp_path / f"shortcuts-{on}"
        log.touch()
        _logged_shortcuts(monkeypatch, log, on)
        outputs.append(_check(capsys, *paths, "--format", "json", "-j", "2"))
        logs.append(log.read_text().split())
    assert outputs[0] == outputs[1]
    code, out = outputs[1]
    verdicts = {d["id"]: d["verdict"] for d in json.loads(out)["derivations"]}
    assert code == 1 and verdicts["tanh-derivative"] == "proved"
    assert verdicts["corpus-mistake-sign-slip"] == "refuted"
    assert logs[0] == []
    assert logs[1].count("differ") >= 5 and logs[1].count("settled") >= 100


def test_nonzero_somewhere_only_where_the_difference_is_real() -> None:
    """True only for differences mpmath finds nonzero at a point (an oracle sharing none
    of our code); identities, and what interval bounds cannot show, give False."""
    import mpmath
    import sympy

    from verifier.proof.refute import nonzero_somewhere

    x = sympy.Symbol("x", real=True)
    h = sympy.Dummy("h", real=True)
    n = sympy.Dummy("n", integer=True, positive=True)
    f, g = sympy.Function("f", real=True), sympy.Function("g", real=True)
    e = sympy.exp
    differing = [
        e(x) - e(-x),
        sympy.log(1 / (1 + e(-x))) - sympy.log(1 / (e(x) + 1)),
        -e(x) + e(-x) + 1 / (e(x) + e(-x)),
        n * x ** (n - 1),
        sympy.sqrt(sympy.Symbol("u") ** 2) - sympy.Symbol("u"),  # differs where u < 0
        f(x) - g(x),
        1 / (f(x) * f(h + x)) - (f(x) - f(h + x)) / h,
    ]
    for expr in differing:
        assert nonzero_somewhere(expr), expr
        # The oracle: some point (and smooth functions for f, g) where mpmath sees a gap.
        concrete = expr.replace(f, sympy.Lambda(x, 1 + x**2)).replace(
            g, sympy.Lambda(x, 2 + sympy.sin(3 * x))
        )
        free = sorted(concrete.free_symbols, key=str)
        values = mpmath.mpf(-1.3), mpmath.mpf(0.7), mpmath.mpf(2), mpmath.mpf(3)
        at = sympy.lambdify(free, concrete, modules="mpmath")
        gaps = [abs(at(*[v] * len(free))) for v in values]
        assert max(gaps) > 1e-6, expr
    identities = [
        sympy.sin(x) ** 2 + sympy.cos(x) ** 2 - 1,
        (x**2 - 1) / (x - 1) - (x + 1),
        sympy.tanh(x) - (e(x) - e(-x)) / (e(x) + e(-x)),
        e(x) * e(-x) - 1,
        f(x) - f(x),
        sympy.Max(x, 1) - sympy.Max(x, 1) + sympy.Max(x, 2) - sympy.Max(2, x),
    ]
    for expr in identities:
        assert not nonzero_somewhere(expr), expr
    # Outside the real domain at every sampled point, or not bounded by intervals: False.
    assert not nonzero_somewhere(sympy.log(-(x**2) - 1))
    assert not nonzero_somewhere(sympy.Max(x, 2) - x)

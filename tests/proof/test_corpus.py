"""The corpus: derivations written the way textbooks and ML notes write them.

``tests/corpus/`` holds one derivation per file, each naming its source in a
``# source:`` comment. A planted mistake is a step whose ``note`` starts with
"WRONG". A file that needs a rule another part of the project adds says so in a
``# needs: rule ...`` comment: it is an expected failure until every rule it names
is in the registry, and then it is held to the same standard as the rest. A file
with a ``# gap:`` comment depends on a known limitation of the kernel, said there.

Two runs: the files as written (every true step proved, every planted mistake
refuted with a counterexample that really differs, recomputed here with SymPy's
own ``diff``/``limit``), and the same files with every ``by`` replaced by
``auto`` (the fraction of true steps proved, against a measured floor).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, replace
from pathlib import Path

import mpmath
import pytest
import sympy

from verifier.proof.checker import (
    DerivationReport,
    check_derivation,
    citable_lemmas,
)
from verifier.proof.model import AUTO, Derivation, Step, load_file, load_shipped, resolve
from verifier.proof.rules import RULES

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FILES = sorted(CORPUS.glob("*.toml"))
# Measured (benchmarks/auto.py): 99 of 99 true steps proved with every `by` replaced by
# "auto" on an idle machine, 95 to 97 of 99 with seven other jobs on two cores, where a
# search may run out of its time. The floor leaves room for that.
AUTO_FLOOR = 0.90

# One pytest-xdist worker runs all of this module: its tests share the corpus checked twice (as
# written and as auto), computed once per process.
pytestmark = pytest.mark.xdist_group("test_corpus")


@dataclass(frozen=True)
class Entry:
    path: Path
    source: str
    needs: tuple[str, ...]
    gap: str


def _entry(path: Path) -> Entry:
    text = path.read_text()

    def comment(key: str) -> str:
        found = re.findall(rf"^#\s*{key}:\s*(.*)$", text, flags=re.M)
        return " ".join(found).strip()

    return Entry(path, comment("source"), tuple(comment("needs").split()), comment("gap"))


ENTRIES = [_entry(p) for p in FILES]


def _wrong(step: Step) -> bool:
    return bool(step.note) and step.note.startswith("WRONG")


def _missing_rules(entry: Entry) -> list[str]:
    return [name for name in entry.needs if name not in RULES]


def _expect(entry: Entry) -> None:
    """Mark the running test an expected failure when the file waits for a rule or a fix."""
    missing = _missing_rules(entry)
    if missing:
        pytest.xfail(f"needs the rule(s) {', '.join(missing)}, not in the registry yet")


@functools.cache
def _derivations() -> tuple[Derivation, ...]:
    return tuple(resolve([load_file(e.path) for e in ENTRIES], load_shipped()))


@functools.cache
def _named() -> dict[str, DerivationReport]:
    reports: dict[str, DerivationReport] = {}
    for d in _derivations():
        citable, unproved = citable_lemmas(d, reports)
        reports[d.id] = check_derivation(d, citable, unproved)
    return reports


def as_auto(d: Derivation) -> Derivation:
    """The same derivation with every step's ``by`` replaced by "auto"."""
    return replace(d, steps=(d.steps[0], *(replace(s, by=(AUTO,)) for s in d.steps[1:])))


@functools.cache
def _auto() -> dict[str, DerivationReport]:
    """Each corpus file checked in auto mode; the lemmas it cites are the named run's."""
    named = _named()
    reports = {}
    for d in _derivations():
        if d.shipped:
            continue
        citable, unproved = citable_lemmas(d, named)
        reports[d.id] = check_derivation(as_auto(d), citable, unproved)
    return reports


def _by_file(entry: Entry) -> Derivation:
    return next(d for d in _derivations() if Path(d.file).resolve() == entry.path.resolve())


# -- the corpus itself ----------------------------------------------------------------


def test_corpus_is_large_and_sourced():
    assert len(ENTRIES) >= 30
    for entry in ENTRIES:
        assert entry.source, f"{entry.path.name} names no source"
    wrong = [s for e in ENTRIES for s in load_file(e.path).steps if _wrong(s)]
    assert len(wrong) >= 6, "planted mistakes: a sign slip, a dropped chain factor, ..."
    # Written as people write them: steps that name several rules, and auto steps.
    steps = [s for e in ENTRIES for s in load_file(e.path).steps[1:]]
    assert sum(len(s.by) >= 3 for s in steps) >= 8
    assert sum(s.by == (AUTO,) for s in steps) >= 3


def test_needs_names_are_rule_names_or_awaited():
    # A typo in a "needs" comment would make a file an expected failure forever.
    awaited = {"derivative-table", "quotient-rule", "limit-sin-over-x", "limit-cos"}
    for entry in ENTRIES:
        assert set(entry.needs) <= set(RULES) | awaited, entry.path.name


# -- as written -------------------------------------------------------------------------

TRUE_FILES = [e for e in ENTRIES if not any(_wrong(s) for s in load_file(e.path).steps)]
MISTAKE_FILES = [e for e in ENTRIES if e not in TRUE_FILES]


@pytest.mark.parametrize("entry", TRUE_FILES, ids=[e.path.stem for e in TRUE_FILES])
def test_every_true_step_is_proved(entry):
    _expect(entry)
    if entry.gap:
        pytest.xfail(entry.gap)
    report = _named()[_by_file(entry).id]
    for s in report.steps:
        assert s.verdict.status == "proved", (s.step.index, s.verdict.reason)
    assert report.proved, report.reason


@pytest.mark.parametrize("entry", MISTAKE_FILES, ids=[e.path.stem for e in MISTAKE_FILES])
def test_planted_mistake_is_refuted_and_the_rest_proved(entry):
    _expect(entry)
    d = _by_file(entry)
    report = _named()[d.id]
    assert report.verdict == "refuted"
    for prev, s in zip(report.steps, report.steps[1:], strict=False):
        if _wrong(s.step):
            assert s.verdict.status == "refuted", (s.step.index, s.verdict.reason)
            _assert_really_differs(d, prev.step.expr, s.step.expr, s.verdict.counterexample)
        else:
            assert s.verdict.status == "proved", (s.step.index, s.verdict.reason)


# -- with every `by` replaced by auto ---------------------------------------------------------


def _auto_true_steps():
    for entry in ENTRIES:
        if _missing_rules(entry):
            continue
        d = _by_file(entry)
        for s in _auto()[d.id].steps[1:]:
            if not _wrong(s.step):
                yield entry, s


def test_auto_proves_most_true_steps():
    steps = list(_auto_true_steps())
    proved = [s for _, s in steps if s.verdict.status == "proved"]
    fraction = len(proved) / len(steps)
    print(f"auto: {len(proved)} of {len(steps)} true steps proved ({fraction:.1%})")
    assert len(steps) >= 80
    assert fraction >= AUTO_FLOOR, [
        (e.path.stem, s.step.index, s.verdict.reason)
        for e, s in steps
        if s.verdict.status != "proved"
    ]


def test_auto_reports_the_rules_it_found():
    lemma_ids = {d.id for d in _derivations()}
    for _, s in _auto_true_steps():
        if s.verdict.status != "proved":
            continue
        assert s.verdict.rules, (s.step.index, s.verdict.method)
        assert set(s.verdict.rules) <= set(RULES) | lemma_ids
        # The method names exactly the rules found (the kernel checked with those).
        for name in s.verdict.rules:
            assert name == "algebra" or name in s.verdict.method


def test_auto_never_proves_a_planted_mistake():
    for entry in MISTAKE_FILES:
        if _missing_rules(entry):
            continue
        d = _by_file(entry)
        steps = _auto()[d.id].steps
        for prev, s in itertools.pairwise(steps):
            if _wrong(s.step):
                assert s.verdict.status == "refuted", (entry.path.stem, s.verdict.reason)
                _assert_really_differs(d, prev.step.expr, s.step.expr, s.verdict.counterexample)


def test_auto_on_a_mistake_refutes_first():
    # The search never runs on a false step: refuted with a counterexample whatever it cites.
    entry = next(e for e in MISTAKE_FILES if e.path.stem == "mistake-wrong-exponent")
    s = _auto()[_by_file(entry).id].steps[1]
    assert s.verdict.status == "refuted"
    assert s.verdict.rules == ()
    assert s.verdict.reason.startswith("the two sides differ at x = ")


# -- an independent look at a counterexample ------------------------------------------------


def _assert_really_differs(d: Derivation, prev, cur, cex) -> None:
    """Both sides at the counterexample, by SymPy's own diff/limit (not our refuter)."""
    assert cex is not None
    values = {name: sympy.Rational(text) for name, text in cex.values}
    t = sympy.Symbol("t", real=True)
    bodies = {name: sympy.Lambda(t, _parse_witness(body, t)) for name, body in cex.witnesses}
    numbers = []
    for side in (prev, cur):
        for f in {n.func for n in sympy.preorder_traversal(side) if hasattr(n.func, "__name__")}:
            if f.__name__ in bodies:
                side = side.replace(f, bodies[f.__name__])
        side = side.subs({s: values[s.name] for s in side.free_symbols if s.name in values})
        value = sympy.N(side.doit(), 30)
        assert value.is_real, (side, value)
        numbers.append(mpmath.mpf(str(value)))
    left, right = numbers
    scale = max(abs(left), abs(right), 1)
    assert abs(left - right) > mpmath.mpf("1e-9") * scale, (left, right)
    for mine, theirs in ((left, cex.lhs), (right, cex.rhs)):
        assert abs(mine - mpmath.mpf(theirs)) <= mpmath.mpf("1e-8") * scale, (mine, theirs)


def _parse_witness(body: str, t: sympy.Symbol) -> sympy.Expr:
    # The refuter's witnesses are a fixed, small set: map their text to expressions
    # built here, so nothing the checker printed is ever parsed.
    known = {
        "t**2 + 1": t**2 + 1,
        "sin(3*t) + 2": sympy.sin(3 * t) + 2,
        "exp(t/2)": sympy.exp(t / 2),
    }
    assert body in known, body
    return known[body]

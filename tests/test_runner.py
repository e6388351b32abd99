"""Tests of verifier/runner.py: lemma order, stable results, crash and hang isolation.

Worker faults are made by monkeypatching ``verifier.runner.check_derivation``
before the run: the workers are forked, so they inherit the patch, while the
parent process never calls it on the parallel path.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from verifier import runner
from verifier.proof.model import load_file, load_shipped, resolve

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def order():
    """Shipped derivations and the examples, lemmas first (two levels, several per level)."""
    files = [*sorted((ROOT / "derivations").glob("*.toml")),
             *sorted((ROOT / "examples").glob("*.toml"))]
    return resolve([load_file(p) for p in files], load_shipped())


def _summary(reports) -> list[tuple]:
    return [
        (r.derivation.id, r.verdict, r.claim, tuple(s.verdict for s in r.steps))
        for r in reports
    ]


def test_levels_put_every_lemma_before_its_users(order) -> None:
    levels = runner._levels(order)
    seen: set[str] = set()
    for level in levels:
        for d in level:
            assert set(d.uses) <= seen, d.id
        seen |= {d.id for d in level}
    assert len(levels) >= 2 and max(len(level) for level in levels) >= 2


def test_one_job_and_two_give_the_same_results_in_the_given_order(order) -> None:
    one, timing_one = runner.check_ordered(order, jobs=1)
    two, timing_two = runner.check_ordered(order, jobs=2)
    assert [r.derivation.id for r in one] == [d.id for d in order]
    assert _summary(one) == _summary(two)
    assert set(timing_one.seconds) == set(timing_two.seconds) == {d.file for d in order}
    # The documented outcome: shipped files proved, every example refuted.
    for r in one:
        expected = "refuted" if Path(r.derivation.file).parent.name == "examples" else "proved"
        assert r.verdict == expected, r.derivation.id


def _crash_one(monkeypatch: pytest.MonkeyPatch, victim: str, fault) -> None:
    real = runner.check_derivation

    def patched(d, *args, **kwargs):
        if d.id == victim:
            fault()
        return real(d, *args, **kwargs)

    monkeypatch.setattr(runner, "check_derivation", patched)


def _raise() -> None:
    raise RuntimeError("boom")


@pytest.mark.parametrize(
    ("fault", "exit_code"),
    [(lambda: os._exit(3), 3), (_raise, 1)],
    ids=["os-exit", "uncaught-exception"],
)
def test_a_crashed_worker_becomes_unknown_and_the_rest_goes_on(
    order, monkeypatch: pytest.MonkeyPatch, fault, exit_code: int
) -> None:
    expected = _summary(runner.check_ordered(order, jobs=1)[0])
    _crash_one(monkeypatch, "reciprocal-sign-slip", fault)
    reports, _ = runner.check_ordered(order, jobs=2)
    by_id = {r.derivation.id: r for r in reports}
    crashed = by_id["reciprocal-sign-slip"]
    assert crashed.verdict == "unknown"
    assert f"crashed (exit code {exit_code})" in crashed.reason
    assert all(s.verdict.verdict == "unknown" for s in crashed.steps)
    others = [row for row in _summary(reports) if row[0] != "reciprocal-sign-slip"]
    assert others == [row for row in expected if row[0] != "reciprocal-sign-slip"]
    assert multiprocessing.active_children() == []


def test_a_crashed_lemma_is_never_cited_as_proved(
    order, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_one(monkeypatch, "reciprocal-rule", lambda: os._exit(3))
    reports, _ = runner.check_ordered(order, jobs=2)
    by_id = {r.derivation.id: r for r in reports}
    assert by_id["reciprocal-rule"].verdict == "unknown"
    assert by_id["exp-derivative"].verdict == "proved"
    # sigmoid-derivative cites reciprocal-rule: it cannot be proved without it.
    assert by_id["sigmoid-derivative"].verdict != "proved"


def test_a_hanging_worker_is_stopped_at_its_budget(
    order, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_one(monkeypatch, "abs-on-real-line", lambda: time.sleep(60))
    monkeypatch.setattr(runner, "_budget", lambda d, timeout: 1.0)
    start = time.perf_counter()
    reports, timing = runner.check_ordered(order, jobs=2)
    elapsed = time.perf_counter() - start
    by_id = {r.derivation.id: r for r in reports}
    hung = by_id["abs-on-real-line"]
    assert hung.verdict == "unknown"
    assert "hung" in hung.reason and "stopped" in hung.reason
    assert elapsed < 30  # far from the 60 s the worker would sleep
    assert timing.seconds[hung.derivation.file] >= 1.0
    assert by_id["reciprocal-sign-slip"].verdict == "refuted"
    assert by_id["sigmoid-derivative"].verdict == "proved"
    assert multiprocessing.active_children() == []


def test_workers_are_reused_across_derivations_and_levels(
    order, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Fresh processes per derivation lose SymPy's cache; the pool keeps two.
    real = runner.check_derivation

    def tagged(d, *args, **kwargs):
        return dataclasses.replace(real(d, *args, **kwargs), reason=str(os.getpid()))

    monkeypatch.setattr(runner, "check_derivation", tagged)
    reports, _ = runner.check_ordered(order, jobs=2)
    pids = {r.reason for r in reports}
    assert len(reports) > 2 * len(runner._levels(order))
    assert len(pids) <= 2
    assert str(os.getpid()) not in pids


def test_budget_grows_with_the_steps_and_the_timeout(order) -> None:
    short, long = sorted(order, key=lambda d: len(d.steps))[::len(order) - 1]
    assert len(short.steps) < len(long.steps)
    assert runner._budget(short, 5.0) < runner._budget(long, 5.0)
    assert runner._budget(short, 5.0) < runner._budget(short, 10.0)
    assert runner._budget(short, 5.0) > 5.0 * len(short.steps)

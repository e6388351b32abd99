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
    # Every check crashed (the fault is in each replacement worker too), each
    # step on its own; the starting expression is not a check.
    assert crashed.steps[0].verdict.method == "start"
    assert all(s.verdict.verdict == "unknown" and f"crashed (exit code {exit_code})"
               in s.verdict.reason for s in crashed.steps[1:])
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


# -- the bound per step: every check runs in a worker the parent can stop -----------------


def _one_file(name: str):
    """A single shipped file, alone (the ``jobs=1``, one-derivation path)."""
    return resolve([load_file(ROOT / "derivations" / f"{name}.toml")], load_shipped())


def _fault_at_step(monkeypatch: pytest.MonkeyPatch, index: int, fault) -> None:
    """Make ``check_step`` run ``fault`` for the step with this index. Patched before
    the workers fork, so they inherit it; the parent never checks a step itself."""
    from verifier.proof import checker

    real = checker.check_step

    def patched(prev, step, ctx, **kwargs):
        if step.index == index:
            fault()
        return real(prev, step, ctx, **kwargs)

    monkeypatch.setattr(checker, "check_step", patched)


def _sleep_in_c() -> None:
    # libc's sleep holds the thread in C: the in-process deadline's async
    # exception cannot land until it returns, 30 s later.
    import ctypes

    ctypes.CDLL(None).sleep(30)


def test_a_step_stuck_in_c_is_stopped_at_its_bound_and_the_rest_is_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order = _one_file("reciprocal-rule")
    assert len(order) == 1 and len(order[0].steps) > 4
    timeout = 2.0
    start = time.perf_counter()
    (expected,), _ = runner.check_ordered(order, jobs=1, timeout=timeout)
    normal = time.perf_counter() - start
    assert all(s.verdict.verdict == "proved" for s in expected.steps), expected

    _fault_at_step(monkeypatch, 3, _sleep_in_c)
    start = time.perf_counter()
    (report,), timing = runner.check_ordered(order, jobs=1, timeout=timeout)
    elapsed = time.perf_counter() - start

    bound = runner._step_bound(timeout)
    assert bound < 10  # the test below means something only if the bound is well under 30 s
    assert bound <= elapsed < normal + bound + 3.0, (elapsed, normal, bound)
    stuck = next(s for s in report.steps if s.step.index == 3)
    assert stuck.verdict.verdict == "unknown"
    assert stuck.verdict.reason.startswith("timed out after ")
    assert "could not be interrupted, so its worker process was stopped" in stuck.verdict.reason
    # The other steps and the claim: the verdicts they get with nothing stuck.
    for got, want in zip(report.steps, expected.steps, strict=True):
        if got.step.index != 3:
            assert got == want
    assert report.steps[3].verdict.verdict == "proved"  # a step after the stuck one
    assert report.claim == expected.claim
    assert report.verdict == "unknown"
    assert timing.seconds[order[0].file] >= bound
    assert multiprocessing.active_children() == []


def test_the_bound_is_per_step_not_per_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two steps stuck in C: each gets its own bound, and each is reported on its own.
    order = _one_file("reciprocal-rule")
    from verifier.proof import checker

    real = checker.check_step

    def patched(prev, step, ctx, **kwargs):
        if step.index in (2, 5):
            _sleep_in_c()
        return real(prev, step, ctx, **kwargs)

    monkeypatch.setattr(checker, "check_step", patched)
    timeout = 1.0
    start = time.perf_counter()
    (report,), _ = runner.check_ordered(order, jobs=1, timeout=timeout)
    elapsed = time.perf_counter() - start
    assert elapsed < 2 * runner._step_bound(timeout) + 10
    verdicts = {s.step.index: s.verdict for s in report.steps}
    assert {i for i, v in verdicts.items() if v.method == "timeout"} == {2, 5}
    assert verdicts[3].verdict == verdicts[4].verdict == verdicts[6].verdict == "proved"


def test_a_crash_in_one_step_is_that_step_only(monkeypatch: pytest.MonkeyPatch) -> None:
    order = _one_file("reciprocal-rule")
    (expected,), _ = runner.check_ordered(order, jobs=1)
    _fault_at_step(monkeypatch, 4, lambda: os._exit(7))
    (report,), _ = runner.check_ordered(order, jobs=1)
    for got, want in zip(report.steps, expected.steps, strict=True):
        if got.step.index == 4:
            assert got.verdict.verdict == "unknown"
            assert got.verdict.reason == "the worker checking it crashed (exit code 7)"
        else:
            assert got == want
    assert report.claim == expected.claim
    assert report.verdict == "unknown"
    assert multiprocessing.active_children() == []


def test_a_stuck_claim_is_unknown_and_the_steps_keep_their_verdicts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from verifier.proof import checker

    order = _one_file("reciprocal-rule")
    (expected,), _ = runner.check_ordered(order, jobs=1)
    monkeypatch.setattr(checker, "_check_claim", lambda *args: _sleep_in_c())
    (report,), _ = runner.check_ordered(order, jobs=1, timeout=1.0)
    assert report.steps == expected.steps
    assert report.claim.verdict == "unknown" and report.claim.method == "timeout"
    assert report.verdict == "unknown"
    assert "could not be interrupted" in report.reason


def test_workers_give_the_in_process_reports_exactly(order) -> None:
    from verifier.proof import checker

    in_process = checker.check_all(list(order))
    for jobs in (1, 2):
        reports, _ = runner.check_ordered(order, jobs=jobs)
        assert reports == in_process, jobs
    # Including the counterexamples, which came back through the pipe.
    assert any(s.verdict.counterexample is not None for r in reports for s in r.steps)


def test_the_calling_process_never_checks_a_step(monkeypatch: pytest.MonkeyPatch) -> None:
    from verifier.proof import checker

    parent = os.getpid()
    real = checker.check_step

    def guarded(*args, **kwargs):
        assert os.getpid() != parent, "a step was checked in the calling process"
        return real(*args, **kwargs)

    monkeypatch.setattr(checker, "check_step", guarded)
    (report,), _ = runner.check_ordered(_one_file("reciprocal-rule"), jobs=1)
    assert report.verdict == "proved"


def test_two_jobs_on_several_files_keep_the_order_and_the_verdicts(order) -> None:
    shuffled_levels = runner._levels(order)
    assert any(len(level) >= 2 for level in shuffled_levels)
    one, _ = runner.check_ordered(order, jobs=1)
    for jobs in (2, 3):
        many, _ = runner.check_ordered(order, jobs=jobs)
        assert [r.derivation.id for r in many] == [d.id for d in order]
        assert many == one
    assert multiprocessing.active_children() == []


def test_step_bound_leaves_room_for_the_in_process_limit() -> None:
    # The worker's own limit fires first when Python can be interrupted; the
    # parent waits longer, and for the claim (two sides, each under the limit) longer still.
    for timeout in (0.5, 1.0, 10.0, 60.0):
        bound = runner._step_bound(timeout)
        assert timeout + 1.0 < bound < 2 * timeout + 3.0
        assert runner._step_bound(timeout, 0) > 2 * timeout

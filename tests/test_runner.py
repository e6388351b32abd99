"""Tests of verifier/runner.py: lemma order, stable results, crash and hang isolation.

Worker faults are made by monkeypatching ``verifier.runner.check_derivation``
before the run: the workers are forked, so they inherit the patch, while the
parent process never calls it on the parallel path.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from verifier import runner
from verifier.proof.model import load_file, load_shipped, resolve

ROOT = Path(__file__).resolve().parent.parent

# One pytest-xdist worker runs all of this module: its tests share the unpatched runs
# (``one_job``, ``two_jobs``), computed once per process.
pytestmark = pytest.mark.xdist_group("test_runner")


@pytest.fixture(scope="module")
def order():
    """Shipped derivations and the examples, lemmas first (two levels, several per level)."""
    files = [
        *sorted((ROOT / "derivations").glob("*.toml")),
        *sorted((ROOT / "examples").glob("*.toml")),
    ]
    return resolve([load_file(p) for p in files], load_shipped())


@pytest.fixture(scope="module")
def one_job(order):
    """The shipped derivations and the examples checked with one worker: (reports, timing).
    Nothing is patched; several tests compare against it, and it takes a while."""
    return runner.check_ordered(order, jobs=1)


@pytest.fixture(scope="module")
def two_jobs(order):
    """The same with two workers, nothing patched: (reports, timing)."""
    return runner.check_ordered(order, jobs=2)


def _summary(reports) -> list[tuple]:
    return [
        (r.derivation.id, r.verdict, r.claim, tuple(s.verdict for s in r.steps)) for r in reports
    ]


def test_levels_put_every_lemma_before_its_users(order) -> None:
    levels = runner._levels(order)
    seen: set[str] = set()
    for level in levels:
        for d in level:
            assert set(d.uses) <= seen, d.id
        seen |= {d.id for d in level}
    assert len(levels) >= 2 and max(len(level) for level in levels) >= 2


def test_one_job_and_two_give_the_same_results_in_the_given_order(order, one_job, two_jobs) -> None:
    one, timing_one = one_job
    two, timing_two = two_jobs
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
    order, one_job, monkeypatch: pytest.MonkeyPatch, fault, exit_code: int
) -> None:
    expected = _summary(one_job[0])
    _crash_one(monkeypatch, "reciprocal-sign-slip", fault)
    reports, _ = runner.check_ordered(order, jobs=2)
    by_id = {r.derivation.id: r for r in reports}
    crashed = by_id["reciprocal-sign-slip"]
    assert crashed.verdict == "unknown"
    assert f"crashed (exit code {exit_code})" in crashed.reason
    # Every check crashed (the fault is in each replacement worker too), each
    # step on its own; the starting expression is not a check.
    assert crashed.steps[0].verdict.method == "start"
    assert all(
        s.verdict.status == "unknown" and f"crashed (exit code {exit_code})" in s.verdict.reason
        for s in crashed.steps[1:]
    )
    others = [row for row in _summary(reports) if row[0] != "reciprocal-sign-slip"]
    assert others == [row for row in expected if row[0] != "reciprocal-sign-slip"]
    assert multiprocessing.active_children() == []


def test_a_crashed_lemma_is_never_cited_as_proved(order, monkeypatch: pytest.MonkeyPatch) -> None:
    _crash_one(monkeypatch, "reciprocal-rule", lambda: os._exit(3))
    reports, _ = runner.check_ordered(order, jobs=2)
    by_id = {r.derivation.id: r for r in reports}
    assert by_id["reciprocal-rule"].verdict == "unknown"
    assert by_id["exp-derivative"].verdict == "proved"
    # sigmoid-derivative cites reciprocal-rule: it cannot be proved without it.
    assert by_id["sigmoid-derivative"].verdict != "proved"


def test_a_hanging_worker_is_stopped_at_its_budget(order, monkeypatch: pytest.MonkeyPatch) -> None:
    _crash_one(monkeypatch, "abs-on-real-line", lambda: time.sleep(60))
    real_budget = runner._budget  # only the victim's budget is cut short
    monkeypatch.setattr(
        runner,
        "_budget",
        lambda d, timeout: 1.0 if d.id == "abs-on-real-line" else real_budget(d, timeout),
    )
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
    short, long = sorted(order, key=lambda d: len(d.steps))[:: len(order) - 1]
    assert len(short.steps) < len(long.steps)
    assert runner._budget(short, 5.0) < runner._budget(long, 5.0)
    assert runner._budget(short, 5.0) < runner._budget(short, 10.0)
    assert runner._budget(short, 5.0) > 5.0 * len(short.steps)


# -- the bound per step: every check runs in a worker the parent can stop -----------------

SQUARE = """
id = "{id}"
title = "(x + 1)^2 expanded, one small step at a time"
claim = "(x + 1)**2 = x**2 + 2*x + 1"

[symbols]
x = "real"

[[step]]
expr = "(x + 1)**2"

[[step]]
by = "algebra"
expr = "(x + 1)*(x + 1)"

[[step]]
by = "algebra"
expr = "x*(x + 1) + (x + 1)"

[[step]]
by = "algebra"
expr = "x**2 + x + x + 1"

[[step]]
by = "algebra"
expr = "x**2 + 2*x + 1"
"""


def _squares(tmp_path: Path, count: int = 1):
    """``count`` small derivations (steps 2..5 by algebra, quick to check), lemmas-first order."""
    paths = []
    for k in range(count):
        path = tmp_path / f"square-{k}.toml"
        path.write_text(SQUARE.format(id=f"square-{k}"), encoding="utf-8")
        paths.append(path)
    return resolve([load_file(p) for p in paths], load_shipped())


def _fault_at_step(monkeypatch: pytest.MonkeyPatch, indices, fault) -> None:
    """Make ``check_step`` run ``fault`` for the steps with these indices. Patched
    before the workers fork, so they inherit it; the parent never checks a step."""
    from verifier.proof import checker

    real = checker.check_step
    indices = set(indices)

    def patched(prev, step, ctx, **kwargs):
        # line 0: the claim's check (check_equal), not a step of the file
        if step.index in indices and step.line:
            fault()
        return real(prev, step, ctx, **kwargs)

    monkeypatch.setattr(checker, "check_step", patched)


def _sleep_in_c() -> None:
    # libc's sleep holds the thread in C: the in-process deadline's async
    # exception cannot land until it returns, 30 s later.
    import ctypes

    ctypes.CDLL(None).sleep(30)


def _verdicts(report) -> dict[int, str]:
    return {s.step.index: s.verdict.status for s in report.steps} | {0: report.claim.status}


def test_a_step_stuck_in_c_is_stopped_at_its_bound_and_the_rest_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = _squares(tmp_path)
    timeout = 2.0
    start = time.perf_counter()
    (expected,), _ = runner.check_ordered(order, jobs=1, timeout=timeout)
    normal = time.perf_counter() - start
    assert expected.verdict == "proved", expected

    _fault_at_step(monkeypatch, {3}, _sleep_in_c)
    start = time.perf_counter()
    (report,), timing = runner.check_ordered(order, jobs=1, timeout=timeout)
    elapsed = time.perf_counter() - start

    bound = runner._step_bound(timeout)
    assert bound < 15  # well under the 30 s the step would take
    assert bound <= elapsed < normal + bound + 5.0, (elapsed, normal, bound)
    stuck = report.steps[2]
    assert stuck.step.index == 3
    assert stuck.verdict.status == "unknown" and stuck.verdict.method == "timeout"
    assert stuck.verdict.reason.startswith("timed out after ")
    assert stuck.verdict.reason.endswith(
        "s (the computation could not be interrupted, so its worker process was stopped)"
    )
    # The steps after it (checked by a fresh worker) and the claim: their real verdicts.
    assert _verdicts(report) == {
        1: "proved",
        2: "proved",
        3: "unknown",
        4: "proved",
        5: "proved",
        0: "proved",
    }
    for got, want in zip(report.steps, expected.steps, strict=True):
        if got.step.index != 3:
            assert got == want
    assert report.claim == expected.claim
    assert report.verdict == "unknown"
    assert timing.seconds[order[0].file] >= bound
    assert multiprocessing.active_children() == []


def test_the_bound_is_per_step_not_per_derivation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two steps stuck in C: each gets its own bound and its own verdict.
    order = _squares(tmp_path)
    _fault_at_step(monkeypatch, {2, 4}, _sleep_in_c)
    timeout = 1.0
    start = time.perf_counter()
    (report,), _ = runner.check_ordered(order, jobs=1, timeout=timeout)
    elapsed = time.perf_counter() - start
    assert elapsed < 2 * runner._step_bound(timeout) + 10
    assert _verdicts(report) == {
        1: "proved",
        2: "unknown",
        3: "proved",
        4: "unknown",
        5: "proved",
        0: "proved",
    }
    assert {s.step.index for s in report.steps if s.verdict.method == "timeout"} == {2, 4}


def test_a_crash_in_one_step_is_that_step_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = _squares(tmp_path)
    (expected,), _ = runner.check_ordered(order, jobs=1)
    _fault_at_step(monkeypatch, {4}, lambda: os._exit(7))
    (report,), _ = runner.check_ordered(order, jobs=1)
    for got, want in zip(report.steps, expected.steps, strict=True):
        if got.step.index == 4:
            assert got.verdict.status == "unknown"
            assert got.verdict.reason == "the worker checking it crashed (exit code 7)"
        else:
            assert got == want
    assert report.claim == expected.claim
    assert _verdicts(report) == {
        1: "proved",
        2: "proved",
        3: "proved",
        4: "unknown",
        5: "proved",
        0: "proved",
    }
    assert multiprocessing.active_children() == []


def test_a_stuck_claim_is_unknown_and_the_steps_keep_their_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verifier.proof import checker

    order = _squares(tmp_path)
    (expected,), _ = runner.check_ordered(order, jobs=1, timeout=1.0)
    monkeypatch.setattr(checker, "_check_claim", lambda *args: _sleep_in_c())
    (report,), _ = runner.check_ordered(order, jobs=1, timeout=1.0)
    assert report.steps == expected.steps
    assert report.claim.status == "unknown" and report.claim.method == "timeout"
    assert report.verdict == "unknown"
    assert "could not be interrupted" in report.reason
    assert multiprocessing.active_children() == []


def test_the_calling_process_never_checks_a_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verifier.proof import checker

    parent = os.getpid()
    real = checker.check_step

    def guarded(*args, **kwargs):
        if os.getpid() == parent:
            os.kill(parent, 9)  # unmissable: the test run dies
        return real(*args, **kwargs)

    monkeypatch.setattr(checker, "check_step", guarded)
    (report,), _ = runner.check_ordered(_squares(tmp_path), jobs=1)
    assert report.verdict == "proved"


def test_parallel_runs_with_a_stuck_step_keep_the_order_and_the_other_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = _squares(tmp_path, 4)
    assert len(runner._levels(order)) == 1
    one, _ = runner.check_ordered(order, jobs=1, timeout=2.0)
    two, _ = runner.check_ordered(order, jobs=2, timeout=2.0)
    assert [r.derivation.id for r in two] == [d.id for d in order]
    assert two == one and all(r.verdict == "proved" for r in one)

    from verifier.proof import checker

    real = checker.check_step

    def stuck_in_one(prev, step, ctx, **kwargs):
        if step.index == 3 and step.line and ctx.seed == victim_seed:
            _sleep_in_c()
        return real(prev, step, ctx, **kwargs)

    victim_seed = checker._seed(order[1], 3)
    monkeypatch.setattr(checker, "check_step", stuck_in_one)
    reports, _ = runner.check_ordered(order, jobs=2, timeout=2.0)
    assert [r.derivation.id for r in reports] == [d.id for d in order]
    for got, want in zip(reports, one, strict=True):
        if got.derivation.id == order[1].id:
            assert _verdicts(got)[3] == "unknown" and got.steps[2].verdict.method == "timeout"
            assert {i: v for i, v in _verdicts(got).items() if i != 3} == {
                i: v for i, v in _verdicts(want).items() if i != 3
            }
        else:
            assert got == want
    assert multiprocessing.active_children() == []


def test_workers_give_the_in_process_reports_exactly(order, two_jobs) -> None:
    # Nothing stopped: the reports are the in-process ones, counterexamples included.
    from verifier.proof import checker

    in_process = checker.check_all(list(order))
    reports, _ = two_jobs
    assert [r.derivation.id for r in reports] == [d.id for d in order]
    assert reports == in_process
    assert any(s.verdict.counterexample is not None for r in reports for s in r.steps)


def test_verdicts_survive_the_pipe() -> None:
    import pickle

    from verifier.proof import checker
    from verifier.proof.refute import Counterexample

    proved = checker._proved("algebra (cancel)", "no side conditions", ("c",), ("cancel",))
    refuted = checker.StepVerdict(
        "refuted", "counterexample", "differ", Counterexample((("x", "1"),), (), "1", "2")
    )
    for verdict in (proved, refuted):
        back = pickle.loads(pickle.dumps(verdict))
        assert back == verdict and back.status == verdict.status


def test_step_bound_leaves_room_for_the_in_process_limit() -> None:
    # The worker's own limit (CPU time, with a wall-time backstop of WALL_FACTOR times
    # the limit) fires first when Python can be interrupted; the parent waits a little
    # longer, and for the claim (two sides, each under the limit) longer still.
    from verifier.proof.deadline import WALL_FACTOR, WALL_SLACK

    for timeout in (0.5, 1.0, 10.0, 60.0):
        wall = WALL_FACTOR * timeout + WALL_SLACK
        bound = runner._step_bound(timeout)
        assert wall + 1.0 < bound < wall + 0.5 * timeout + 3.0
        assert runner._step_bound(timeout, 0) > 2 * wall


def test_a_worker_dying_after_its_last_verdict_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every verdict (the claim's too) reached the parent before the worker died,
    # so the report is whole, and the same as with nothing going wrong.
    order = _squares(tmp_path, 2)
    expected, _ = runner.check_ordered(order, jobs=1)
    real = runner.check_derivation

    def then_die(d, *args, **kwargs):
        real(d, *args, **kwargs)
        os._exit(5)

    monkeypatch.setattr(runner, "check_derivation", then_die)
    reports, _ = runner.check_ordered(order, jobs=1)
    assert reports == expected and all(r.verdict == "proved" for r in reports)
    assert multiprocessing.active_children() == []


def test_auto_steps_keep_their_found_rules_across_the_worker_boundary(tmp_path) -> None:
    # A proved auto verdict is made in a worker: the rules it found and its notes come
    # back with it, sealed where they were made, and match the in-process check.
    (tmp_path / "auto.toml").write_text(
        'id = "auto-in-worker"\n'
        'claim = "Derivative(x*exp(x), x) = (1 + x)*exp(x)"\n'
        'uses = ["exp-derivative"]\n'
        '[symbols]\nx = "real"\n'
        '[[step]]\nexpr = "Derivative(x*exp(x), x)"\n'
        '[[step]]\nexpr = "exp(x) + x*exp(x)"\n'
        '[[step]]\nby = ["algebra", "power-rule"]\nexpr = "(1 + x)*exp(x)"\n'
    )
    order = resolve([load_file(tmp_path / "auto.toml")], load_shipped())
    reports, _ = runner.check_ordered(order, jobs=1)
    report = next(r for r in reports if r.derivation.id == "auto-in-worker")
    assert report.verdict == "proved", [s.verdict.reason for s in report.steps]
    found = report.steps[1].verdict
    assert {"product-rule", "exp-derivative"} <= set(found.rules)
    last = report.steps[2].verdict
    assert last.rules == ("algebra",)
    assert last.notes == ("rule 'power-rule' was not needed",)


def test_a_worker_whose_computation_was_interrupted_is_replaced_before_the_next_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An asynchronous timeout can land inside SymPy's bookkeeping; the steps after an
    # interrupted one are checked by a fresh fork, never by the interrupted process.
    import os

    from verifier.proof import checker
    from verifier.proof.deadline import StepTimeout, run_with_deadline

    order = _squares(tmp_path)
    real = checker.check_step
    seen = tmp_path / "pids"
    seen.mkdir()

    def spin():
        end = time.perf_counter() + 5
        while time.perf_counter() < end:
            pass

    def patched(prev, step, ctx, **kwargs):
        if step.line:  # a step of the file (the workers write where they ran it)
            (seen / str(step.index)).write_text(str(os.getpid()))
            if step.index == 2:
                with contextlib.suppress(StepTimeout):
                    run_with_deadline(spin, 0.05)  # an interrupted computation
        return real(prev, step, ctx, **kwargs)

    monkeypatch.setattr(checker, "check_step", patched)
    (report,), _ = runner.check_ordered(order, jobs=1, timeout=5.0)
    assert report.verdict == "proved", report  # nothing lost: every verdict arrived
    pid = {int(p.name): int(p.read_text()) for p in seen.iterdir()}
    assert pid[3] != pid[2]  # the step after the interruption: a fresh fork
    assert pid[4] == pid[3]  # which goes on (it was not interrupted)
    assert os.getpid() not in pid.values()  # and never the parent

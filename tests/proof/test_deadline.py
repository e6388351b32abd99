"""The time limit counts the working thread's CPU time (verifier.proof.deadline), so a
verdict does not depend on how loaded the machine is; a wall-clock limit remains."""

from __future__ import annotations

import threading
import time

import pytest

from verifier.proof import deadline
from verifier.proof.deadline import StepTimeout, clock, run_with_deadline


def _spin(seconds: float) -> float:
    """Busy for ``seconds`` of this thread's CPU time, measured by the OS clock."""
    start = time.thread_time()
    while time.thread_time() - start < seconds:
        pass
    return time.thread_time() - start


def test_clock_is_this_threads_cpu_time():
    before_cpu, before_wall = clock(), time.monotonic()
    time.sleep(0.3)  # waiting uses no CPU
    assert clock() - before_cpu < 0.1
    assert time.monotonic() - before_wall >= 0.3
    start = clock()
    _spin(0.2)
    assert clock() - start >= 0.2


def test_waiting_is_not_counted_but_working_is():
    # 0.6 s asleep under a 0.3 s limit: no CPU time used, so not stopped.
    assert run_with_deadline(lambda: time.sleep(0.6) or "slept", 0.3) == "slept"
    # Working is stopped once its CPU time passes the limit.
    start = time.thread_time()
    with pytest.raises(StepTimeout):
        run_with_deadline(lambda: _spin(5.0), 0.3)
    used = time.thread_time() - start
    assert 0.3 <= used < 2.0


def test_a_thread_competing_for_the_cpu_does_not_shorten_the_limit():
    # Another thread busy at the same time takes wall time from the computation (the
    # GIL), not CPU time: the computation still gets its whole limit of CPU time.
    stop = threading.Event()

    def rival() -> None:
        while not stop.is_set():
            sum(range(1000))

    other = threading.Thread(target=rival, daemon=True)
    other.start()
    try:
        wall = time.monotonic()
        used = run_with_deadline(lambda: _spin(0.4), 0.8)
        assert used >= 0.4
        assert time.monotonic() - wall > 0.4  # it did take longer in wall time
    finally:
        stop.set()
        other.join()


def test_a_computation_that_only_waits_is_still_stopped_by_the_wall_clock(monkeypatch):
    monkeypatch.setattr(deadline, "WALL_FACTOR", 2.0)
    monkeypatch.setattr(deadline, "WALL_SLACK", 0.1)
    start = time.monotonic()
    with pytest.raises(StepTimeout):
        run_with_deadline(lambda: [time.sleep(0.05) for _ in range(100)], 0.2)
    assert time.monotonic() - start < 3.0


def test_a_timeout_landing_in_the_cleanup_still_stops_the_watchdog(monkeypatch):
    # The watchdog re-raises every REFIRE seconds until the computation says it is done.
    # If a re-raise lands in the cleanup before the watchdog is told, it must still be
    # told, or it goes on raising into this thread later, in unrelated code (seen under
    # xdist).
    real_release = deadline._WATCHDOG.release
    calls: list[bool] = []

    def release(entry):
        calls.append(True)
        if len(calls) == 1:  # the first try lands a StepTimeout before releasing
            raise StepTimeout
        return real_release(entry)

    monkeypatch.setattr(deadline._WATCHDOG, "release", release)
    assert run_with_deadline(lambda: "done", 0.05) == "done"
    assert len(calls) == 2  # told again after the timeout in the cleanup
    monkeypatch.undo()
    # Nothing is raised into this thread afterwards, while it keeps working well past the
    # 0.05 s limit: a watch left behind would fire here.
    _spin(0.6)


def test_one_watchdog_thread_serves_every_computation():
    # A thread per computation cost more than reading the expression it bounds.
    run_with_deadline(lambda: None, 1.0)
    before = threading.active_count()
    for _ in range(50):
        assert run_with_deadline(lambda: 6 * 7, 1.0) == 42
    assert threading.active_count() == before
    assert [t.name for t in threading.enumerate()].count("verifier-deadline") == 1


def test_two_threads_under_limits_at_once_are_each_stopped_alone():
    # One computation runs out of time while another, in another thread, does not: only
    # the first is stopped, and each gets its own answer.
    results: dict[str, object] = {}

    def long() -> None:
        try:
            run_with_deadline(lambda: _spin(5.0), 0.2)
            results["long"] = "finished"
        except StepTimeout:
            results["long"] = "stopped"

    def short() -> None:
        results["short"] = run_with_deadline(lambda: time.sleep(0.5) or "slept", 3.0)

    threads = [threading.Thread(target=long), threading.Thread(target=short)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert results == {"long": "stopped", "short": "slept"}


def test_a_forked_child_gets_its_own_watchdog():
    # The parent's watchdog thread does not exist in a forked child: the child must start
    # its own, or a computation there would never be stopped.
    import multiprocessing as mp

    run_with_deadline(lambda: None, 1.0)  # the parent's watchdog is running
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()

    def work(conn) -> None:
        try:
            run_with_deadline(lambda: _spin(5.0), 0.2)
            conn.send("finished")
        except StepTimeout:
            conn.send("stopped")

    proc = ctx.Process(target=work, args=(child,))
    proc.start()
    try:
        assert parent.poll(20)
        assert parent.recv() == "stopped"
    finally:
        proc.join(5)
        if proc.is_alive():
            proc.kill()

"""The time limit counts the working thread's CPU time (verifier.proof.deadline), so a
verdict does not depend on how loaded the machine is; a wall-clock limit remains."""

from __future__ import annotations

import threading
import time
import types

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


def test_a_timeout_landing_in_the_cleanup_still_stops_the_timer(monkeypatch):
    # The timer re-raises every REFIRE seconds until the computation says it is done. If
    # a re-raise lands in the cleanup before "done" is set, the timer must still be told,
    # or it goes on raising into this thread later, in unrelated code (seen under xdist).
    real_lock = threading.Lock

    class Flaky:
        """A lock whose first acquisition by this thread, after the work, raises."""

        def __init__(self):
            self.lock = real_lock()
            self.armed = False

        def __enter__(self):
            if self.armed and threading.get_ident() == main:
                self.armed = False
                raise StepTimeout
            return self.lock.__enter__()

        def __exit__(self, *exc):
            return self.lock.__exit__(*exc)

    main = threading.get_ident()
    made: list[Flaky] = []

    def lock_factory():
        made.append(Flaky())
        return made[-1]

    # Only deadline's own lock is replaced (threading.Timer builds locks of its own).
    fake = types.SimpleNamespace(
        Lock=lock_factory, Timer=threading.Timer, get_ident=threading.get_ident
    )
    monkeypatch.setattr(deadline, "threading", fake)

    def work():
        made[-1].armed = True  # the next acquisition by this thread is the cleanup's
        return "done"

    assert run_with_deadline(work, 0.05) == "done"
    monkeypatch.setattr(deadline, "threading", threading)
    # Nothing is raised into this thread afterwards, while it keeps working.
    _spin(0.6)

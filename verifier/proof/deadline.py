"""A time limit for one computation, in whatever thread it runs.

SymPy can take unbounded time on an unlucky expression. ``signal.alarm``
works only in the main thread, so instead a timer thread raises
:class:`StepTimeout` asynchronously in the thread doing the work (SymPy is
pure Python, so the exception lands within a few bytecodes). ``StepTimeout``
derives from ``BaseException`` so that SymPy's own ``except Exception``
clauses cannot swallow it.

The time counted is the CPU time of the thread doing the work (:func:`clock`), not
the wall clock: a verdict must not depend on what else the machine is running (on a
loaded machine a wall-clock limit turned proved steps into "timed out", and tests run
in parallel would see different verdicts from a run alone). A wall-clock limit of
WALL_FACTOR times as long remains, for a computation that waits instead of working.
Where the platform has no per-thread CPU clock, the wall clock is used.

>>> run_with_deadline(lambda: 6 * 7, 1.0)
42
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


REFIRE = 0.25  # seconds between raises once the time is up
WALL_FACTOR = 3.0  # a computation is also stopped after this many times its limit of wall time
WALL_SLACK = 2.0  # seconds added to that wall-time limit

_CPU_CLOCKS = hasattr(time, "pthread_getcpuclockid") and hasattr(time, "clock_gettime")


def clock() -> float:
    """Seconds of CPU time this thread has used: the clock of every time limit here."""
    return time.thread_time() if _CPU_CLOCKS else time.monotonic()


def _thread_clock(thread_id: int) -> Callable[[], float]:
    """The clock of :func:`clock` for another thread (the one the timer watches)."""
    if not _CPU_CLOCKS:
        return time.monotonic
    try:
        clock_id = time.pthread_getcpuclockid(thread_id)
    except (OSError, OverflowError):
        return time.monotonic
    return lambda: time.clock_gettime(clock_id)


# How many computations of this process were interrupted. An exception raised
# asynchronously can land between two statements of SymPy's own bookkeeping (the
# assumptions it caches on an expression), so a process that was interrupted is not
# trusted to go on: the runner replaces its worker with a fresh fork.
_interrupted = [0]


def interruptions() -> int:
    """How many computations in this process have been interrupted so far."""
    return _interrupted[0]


class StepTimeout(BaseException):
    """Raised inside the computation when its time is up."""


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


def run_with_deadline(fn: Callable[[], T], seconds: float | None) -> T:
    """Run ``fn()``; raise :class:`StepTimeout` if it takes more than ``seconds`` of
    CPU time (:func:`clock`) or WALL_FACTOR times as much wall time."""
    if seconds is None or seconds <= 0:
        return fn()
    target = threading.get_ident()
    target_clock = _thread_clock(target)
    began, wall_began = target_clock(), time.monotonic()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        # The timer first waited `seconds` of wall time, which the thread's CPU time
        # cannot exceed; it waits again for what the thread has not yet used.
        while True:
            with lock:
                if state["done"]:
                    return
                # Read under the lock, while the thread is known to be running: the CPU
                # clock of a thread that has ended cannot be read.
                try:
                    left = began + seconds - target_clock()
                except OSError:
                    return
            wall_left = wall_began + WALL_FACTOR * seconds + WALL_SLACK - time.monotonic()
            if left <= 0 or wall_left <= 0:
                break
            time.sleep(min(max(left, 0.005), wall_left))
        # An exception raised asynchronously can be swallowed (it may land in a
        # GC callback or a __del__, where Python only prints "Exception ignored"),
        # so it is raised again until the computation has really stopped.
        while True:
            with lock:
                if state["done"]:
                    return
                state["fired"] = True
                _raise_in(target, StepTimeout)
            time.sleep(REFIRE)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        return fn()
    finally:
        # A re-raised StepTimeout can land here, before the timer is told to stop; left
        # unhandled, the timer would go on raising into this thread for the rest of the
        # process. The exception already in flight (if any) still propagates afterwards.
        while True:
            try:
                with lock:
                    state["done"] = True
                    fired = state["fired"]
                break
            except StepTimeout:
                continue
        timer.cancel()
        if fired:
            # The exception may still be pending if fn() returned just as the
            # timer fired; clear it so it cannot surface in unrelated code.
            _raise_in(target, None)
            _interrupted[0] += 1
            # Results SymPy cached while it was being interrupted are dropped; a worker
            # process is also replaced (see interruptions()).
            from sympy.core.cache import clear_cache

            clear_cache()

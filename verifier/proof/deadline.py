"""A time limit for one computation, in whatever thread it runs.

SymPy can take unbounded time on an unlucky expression. ``signal.alarm``
works only in the main thread, so instead one watchdog thread per process
(:class:`_Watchdog`, started on first use, again in a forked child) raises
:class:`StepTimeout` asynchronously in the thread doing the work (SymPy is
pure Python, so the exception lands within a few bytecodes). A thread per
computation cost a thread start for every expression read, more than the reading. ``StepTimeout``
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
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


REFIRE = 0.25  # seconds between raises once the time is up
WALL_FACTOR = 3.0  # a computation is also stopped after this many times its limit of wall time
WALL_SLACK = 2.0  # seconds added to that wall-time limit
_LONGEST_SLEEP = 60.0  # the watchdog looks again at least this often (Condition.wait overflows)

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


class _Watch:
    """One computation under a limit: what the watchdog needs to stop it."""

    __slots__ = (
        "began",
        "clock",
        "done",
        "fired",
        "frame",
        "next",
        "seconds",
        "target",
        "wall_end",
    )

    def __init__(self, target: int, seconds: float, frame) -> None:
        self.target = target
        # The limited call: on its thread's stack for as long as the computation runs.
        self.frame = frame
        self.clock = _thread_clock(target)
        self.began = self.clock()
        self.seconds = seconds
        self.wall_end = time.monotonic() + WALL_FACTOR * seconds + WALL_SLACK
        self.done = False
        self.fired = False
        # Wall time of the next look: the CPU time used cannot exceed the wall time spent.
        self.next = time.monotonic() + seconds


class _Watchdog:
    """One thread per process that stops the computations whose time is up.

    A thread per computation (a ``threading.Timer``) cost a thread start and a stop for
    every expression read and every step: more than the reading itself. The watchdog
    sleeps until the earliest moment a watched computation could be out of time, looks
    at its CPU clock, and raises in its thread as a timer of its own did. After a fork
    the child has no such thread: it starts its own on first use."""

    def __init__(self) -> None:
        self.pid = -1
        self.starting = threading.Lock()  # two threads' first watches start one thread

    def _forked(self) -> None:
        # In the child: a lock held at the fork by a thread that is not there stays held.
        self.starting = threading.Lock()

    def _start(self) -> None:
        # A fresh lock: one inherited from the parent may have been held at the fork.
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)
        self.watches: list[_Watch] = []
        self.sleeping_until = float("inf")
        self.pid = os.getpid()
        thread = threading.Thread(target=self._run, name="verifier-deadline", daemon=True)
        thread.start()

    def watch(self, target: int, seconds: float) -> _Watch:
        if self.pid != os.getpid():
            with self.starting:
                if self.pid != os.getpid():
                    self._start()
        entry = _Watch(target, seconds, sys._getframe(1))
        with self.lock:
            self.watches.append(entry)
            if entry.next < self.sleeping_until:
                self.changed.notify()
        return entry

    def release(self, entry: _Watch) -> bool:
        """The computation ended (or left): no raise after this. Whether one was raised."""
        with self.lock:
            entry.done = True
            if entry in self.watches:
                self.watches.remove(entry)
            return entry.fired

    def _run(self) -> None:
        with self.lock:
            while True:
                now = time.monotonic()
                due = [e for e in self.watches if e.next <= now]
                frames = sys._current_frames() if due else {}
                for entry in due:
                    if not _running(entry, frames):
                        # Its call has ended without releasing it (an exception landed
                        # before its finally could), or its thread has: a raise now would
                        # land in unrelated code, or in a new thread given the same ident.
                        self.watches.remove(entry)
                        continue
                    if entry.fired:  # raised before and still running: raise again
                        _raise_in(entry.target, StepTimeout)
                        entry.next = now + REFIRE
                        continue
                    try:
                        left = entry.began + entry.seconds - entry.clock()
                    except OSError:  # the thread has ended: nothing to stop
                        self.watches.remove(entry)
                        continue
                    wall_left = entry.wall_end - now
                    if left <= 0 or wall_left <= 0:
                        # An exception raised asynchronously can be swallowed (it may land
                        # in a GC callback or a __del__), so it is raised again until the
                        # computation has really stopped.
                        entry.fired = True
                        _raise_in(entry.target, StepTimeout)
                        entry.next = now + REFIRE
                    else:
                        entry.next = now + min(max(left, 0.005), wall_left)
                frames = due = None  # not kept alive while asleep
                self.sleeping_until = min((e.next for e in self.watches), default=float("inf"))
                wait = self.sleeping_until - time.monotonic()
                self.changed.wait(None if not self.watches else min(max(wait, 0.0), _LONGEST_SLEEP))


def _running(entry: _Watch, frames: dict) -> bool:
    """Whether the call ``entry`` limits is still on its thread's stack."""
    frame = frames.get(entry.target)
    while frame is not None:
        if frame is entry.frame:
            return True
        frame = frame.f_back
    return False


_WATCHDOG = _Watchdog()
os.register_at_fork(after_in_child=lambda: _WATCHDOG._forked())


def expired() -> bool:
    """Whether a limit around the caller has run out. Its StepTimeout may have been caught
    on the way up by a handler meant for an inner limit (which then re-raises)."""
    if _WATCHDOG.pid != os.getpid():
        return False
    me = threading.get_ident()
    with _WATCHDOG.lock:
        fired = [e.frame for e in _WATCHDOG.watches if e.target == me and e.fired]
    frame = sys._getframe(1)
    while fired and frame is not None:
        if any(frame is f for f in fired):
            return True
        frame = frame.f_back
    return False


def run_with_deadline(fn: Callable[[], T], seconds: float | None) -> T:
    """Run ``fn()``; raise :class:`StepTimeout` if it takes more than ``seconds`` of
    CPU time (:func:`clock`) or WALL_FACTOR times as much wall time."""
    if seconds is None or seconds <= 0 or seconds == float("inf"):
        return fn()
    if seconds != seconds:
        raise ValueError("a time limit of NaN seconds")
    target = threading.get_ident()
    entry = _WATCHDOG.watch(target, seconds)
    try:
        return fn()
    finally:
        # A re-raised StepTimeout can land here, before the watchdog is told to stop; left
        # unhandled, it would go on raising into this thread for the rest of the
        # process. The exception already in flight (if any) still propagates afterwards.
        while True:
            try:
                fired = _WATCHDOG.release(entry)
                break
            except StepTimeout:
                continue
        if fired:
            # The exception may still be pending if fn() returned just as the
            # watchdog fired; clear it so it cannot surface in unrelated code.
            _raise_in(target, None)
            _interrupted[0] += 1
            # Results SymPy cached while it was being interrupted are dropped; a worker
            # process is also replaced (see interruptions()).
            from sympy.core.cache import clear_cache

            clear_cache()

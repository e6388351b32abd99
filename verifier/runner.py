"""Running checks over many files: lemma order, worker processes, a hard bound per step.

A derivation is checked once every lemma it cites has its report (a lemma
before the derivations that cite it), not a whole level after: a worker never
waits for a slow file its next derivation does not cite. Of the derivations
ready, the one the most others wait on goes first, then the longest. Every
derivation is checked in a forked worker process, never in the calling process:
``jobs`` workers (forked, so SymPy is already imported, and kept for the whole
run, so SymPy's cache stays warm in each) check one derivation at a time, and
report each step's verdict as it is reached.

The parent bounds each step: if no verdict arrives within the step's time
limit plus a grace (:func:`_step_bound`) since the previous one, the computation
is one Python could not interrupt (a C-level big-integer power, say), so the
worker is killed, that step becomes ``unknown`` with the reason, and a fresh
worker continues the same derivation from the next step, given the verdicts
reached so far. A worker that crashes is handled alike. Results come back in a
stable order, and are the reports :func:`check_derivation` makes in process
whenever nothing had to be stopped.

A :class:`HeadStart` lets the first workers begin before every file is read: the
command line reads the derivations that cite no lemma first, forks up to ``jobs``
workers that know only those, each checking one, and reads the other files while
they work (reading is a fifth of a cold ``verifier check``, and the second core
was idle meanwhile). The pool adopts them; such a worker takes only derivations it
knows, and is stopped once none is left, a fresh fork taking its place.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from verifier import standins
from verifier.proof.checker import (
    DEFAULT_TIMEOUT,
    UNKNOWN,
    DerivationReport,
    StepReport,
    StepVerdict,
    check_derivation,
    citable_lemmas,
    start_verdict,
    summarize,
)
from verifier.proof.deadline import WALL_FACTOR, WALL_SLACK, interruptions
from verifier.proof.model import Derivation, citing, users_count

GRACE_SECONDS = 2.0  # process overhead: a verdict's trip through the pipe, a busy machine
GRACE_FRACTION = 0.25  # of the step's time limit: the in-process limit fires first when it can


@dataclass(frozen=True)
class Timing:
    seconds: dict[str, float]  # file -> wall time of its check


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _levels(order: Sequence[Derivation]) -> list[list[Derivation]]:
    """The derivations by depth in the lemma graph (level 0 cites none of the others)."""
    level: dict[str, int] = {}
    for d in order:  # ``order`` already has every lemma before its users
        level[d.id] = 1 + max((level[u] for u in d.uses if u in level), default=-1)
    grouped: list[list[Derivation]] = [[] for _ in range(max(level.values(), default=-1) + 1)]
    for d in order:
        grouped[level[d.id]].append(d)
    return grouped


def check_ordered(
    order: Sequence[Derivation],
    *,
    jobs: int = 1,
    timeout: float | None = DEFAULT_TIMEOUT,
    started: HeadStart | None = None,
) -> tuple[list[DerivationReport], Timing]:
    """Check derivations given lemmas-first; returns reports in the same order.

    Each derivation is checked in a worker process (at most ``jobs`` at once);
    ``timeout`` is the limit per step, held even for computations Python
    cannot interrupt. ``started``: workers already checking some of them (made
    with the same ``jobs`` and ``timeout``), which the run takes over."""
    reports: dict[str, DerivationReport] = {}
    seconds: dict[str, float] = {}
    pool = _Pool(order, max(1, jobs), timeout)  # forks its workers when first needed
    try:
        if started is not None:
            pool.adopt(started)
        for d, _report, spent in pool.run(reports):
            seconds[d.file] = spent
    finally:
        pool.close()
    return [reports[d.id] for d in order], Timing(seconds)


def _waiting_on(order: Sequence[Derivation]) -> dict[str, int]:
    """For each derivation, how many of the run cite it, directly or through others."""
    cited_by = citing((d.id, d.uses) for d in order)
    return {d.id: users_count(cited_by, d.id) for d in order}


def _step_bound(timeout: float | None, index: int = 1) -> float:
    """Seconds the parent waits for step ``index``'s verdict (0: the claim) before
    stopping the worker: the step's own limit, which the worker enforces when
    Python can be interrupted, plus a grace for process overhead."""
    per_step = timeout if timeout else DEFAULT_TIMEOUT
    checks = 2 if index == 0 else 1  # the claim checks each of its two sides under the limit
    # The step's limit counts CPU time (verifier.proof.deadline): on a loaded machine its
    # wall time may be several times as long, up to the wall-time limit the worker keeps.
    wall = WALL_FACTOR * per_step + WALL_SLACK
    return checks * wall + GRACE_SECONDS + GRACE_FRACTION * per_step


def _budget(d: Derivation, timeout: float | None) -> float:
    """A backstop for a whole derivation. It is above the sum of the step bounds
    (and a fresh worker per step), so it never stops a worker that keeps reaching
    verdicts in time; the step bound is what holds."""
    return 10.0 + (len(d.steps) + 2) * (_step_bound(timeout, 0) + 1.0)


@dataclass
class _Job:
    """One derivation being checked, possibly by several workers in turn."""

    index: int  # in the run's order
    derivation: Derivation
    proved: tuple[str, ...]
    unproved: tuple[str, ...]
    start: float
    known: dict[int, StepVerdict] = field(default_factory=dict)

    def task(self) -> tuple:
        # By id: a worker forked early holds only some of the run's derivations.
        return (self.derivation.id, self.proved, self.unproved, dict(self.known))

    def next_index(self) -> int | None:
        """The step the worker is on: the first without a verdict, claim (0) last."""
        for i in [s.index for s in self.derivation.steps[1:]] + [0]:
            if i not in self.known:
                return i
        return None

    def from_known(self, reason: str = "") -> DerivationReport:
        d = self.derivation
        steps = [StepReport(d.steps[0], start_verdict())]
        steps += [StepReport(s, self.known[s.index]) for s in d.steps[1:]]
        report = summarize(d, steps, self.known[0])
        if reason:
            report = DerivationReport(d, report.verdict, report.steps, report.claim, reason)
        return report


_RESTART = object()  # a worker's message: replace me before the next step


class _Worker:
    """A forked process that checks derivations one at a time, reporting each step."""

    def __init__(self, ctx, order, timeout, *, knows=None, collect=False):
        self.conn, child = ctx.Pipe()
        args = (order, timeout, child, collect, self.conn)
        self.proc = ctx.Process(target=_serve, args=args, daemon=True)
        self.proc.start()
        child.close()
        self.job: _Job | None = None
        self.last = 0.0  # when its job was given, or its last verdict arrived
        # The derivations it holds by id (forked before all were read), or None: all.
        self.knows: dict[str, Derivation] | None = knows

    def can_check(self, d: Derivation) -> bool:
        # The very object, not just its id: the run may have dropped the file it holds
        # under that id (a duplicate) and kept another, which it would never have read.
        # What it holds cites no lemma, so neither does ``d`` then.
        return self.knows is None or self.knows.get(d.id) is d

    def give(self, job: _Job | None) -> None:
        self.job = job
        if job is not None:
            self.last = time.perf_counter()
            with contextlib.suppress(OSError):  # it died: seen as a crash when next polled
                self.conn.send(job.task())

    def drain(self):
        """Take every message waiting; returns the finished report's parts, or None.
        Raises EOFError when the worker has gone."""
        while self.conn.poll():
            message = self.conn.recv()
            if message[0] == "step":
                _, index, verdict = message
                self.job.known[index] = verdict
                self.last = time.perf_counter()
            elif message[0] == "restart":
                return _RESTART
            else:
                return message[1:]
        return None

    def stop(self) -> None:
        if self.job is None and self.proc.is_alive():  # idle: let it exit on its own
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.proc.join(1)
        self.kill()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()  # reaped: no zombie
        self.conn.close()


class _Pool:
    """``jobs`` long-lived forked workers for the whole run; a dead or stuck one is replaced.

    Workers live across derivations so that SymPy's cache stays warm in each
    (a fresh process per derivation was measured 1.6x slower per derivation,
    and made -j 2 only 0.86x of -j 1 on 200 files). A worker is forked only
    when a derivation is ready and no worker is idle.
    """

    def __init__(self, order: Sequence[Derivation], jobs: int, timeout: float | None):
        self.ctx = None
        self.order = list(order)
        self.index = {d.id: i for i, d in enumerate(self.order)}
        self.jobs = jobs
        self.timeout = timeout
        self.workers: list[_Worker] = []
        self.waiting: list[Derivation] = []  # not yet handed out, most urgent first

    def _new_worker(self) -> _Worker:
        if self.ctx is None:
            import multiprocessing as mp

            self.ctx = mp.get_context("fork")
        return _Worker(self.ctx, self.order, self.timeout)

    def run(self, reports: dict[str, DerivationReport]):
        """Check every derivation, each once its lemmas have reports; fills ``reports``
        and yields (derivation, report, seconds) as each is finished."""
        from multiprocessing.connection import wait

        in_run = set(self.index)
        waiting_on = _waiting_on(self.order)
        # Most waited-on first; then the longer derivations (more steps), so that the short
        # ones fill the workers' last gaps instead of one long check running on alone;
        # then the run's own order: the same run is scheduled alike.
        given = {w.job.derivation.id for w in self.workers if w.job is not None}  # adopted
        waiting = sorted(
            (d for d in self.order if d.id not in given),
            key=lambda d: (-waiting_on[d.id], -len(d.steps), self.index[d.id]),
        )
        self.waiting = waiting
        finished: list[tuple] = []

        def finish(job: _Job, report: DerivationReport, ended: float | None = None) -> None:
            reports[job.derivation.id] = report
            ended = time.perf_counter() if ended is None else ended
            finished.append((job.derivation, report, ended - job.start))

        def next_job(worker: _Worker | None = None) -> _Job | None:
            for d in waiting:
                if worker is not None and not worker.can_check(d):
                    continue
                if all(u in reports for u in d.uses if u in in_run):
                    waiting.remove(d)
                    # The kernel decides which lemmas may be cited; workers are told.
                    citable, unproved = citable_lemmas(d, reports)
                    return _Job(self.index[d.id], d, tuple(citable), unproved, time.perf_counter())
            return None

        while True:
            self._hand_out(next_job)
            yield from finished
            finished.clear()
            busy = [w for w in self.workers if w.job is not None]
            if not busy:
                if waiting:  # pragma: no cover - resolve() leaves no cycle to wait on
                    raise RuntimeError("derivations wait on lemmas that are not checked")
                return
            now = time.perf_counter()
            left = min(self._limit(w) - now for w in busy)
            wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], max(left, 0.0) + 0.01)
            for i, w in enumerate(self.workers):
                job = w.job
                if job is None:  # idle
                    continue
                alive = w.proc.is_alive()  # before draining: all it sent before dying is read
                try:
                    result = w.drain()
                except (EOFError, OSError):
                    result, alive = None, False
                restart = result is _RESTART
                if result is not None and not restart:
                    # When the worker finished, not when the parent looked: a worker
                    # forked early may have finished long before reading was done.
                    finish(job, _rebuild(job.derivation, result[:-1]), result[-1])
                    w.give(None)  # the next job is handed out once every result is in
                    continue
                now = time.perf_counter()
                step = job.next_index()  # None: stopped after its last verdict, before its report
                if restart:
                    w.kill()  # interrupted mid-computation: a fresh fork goes on
                elif not alive:
                    w.kill()
                    reason = f"the worker checking it crashed (exit code {w.proc.exitcode})"
                    if step is not None:
                        job.known[step] = StepVerdict(UNKNOWN, "worker", reason)
                elif now - job.start > _budget(job.derivation, self.timeout):
                    w.kill()
                    reason = (
                        f"the worker checking it hung for {now - job.start:.0f} s and was stopped"
                    )
                    for s in [s.index for s in job.derivation.steps[1:]] + [0]:
                        job.known.setdefault(s, StepVerdict(UNKNOWN, "worker", reason))
                    finish(job, job.from_known(reason))
                    job = None
                elif now - w.last > _step_bound(self.timeout, 0 if step is None else step):
                    w.kill()
                    reason = (
                        f"timed out after {now - w.last:.0f} s (the computation could not "
                        "be interrupted, so its worker process was stopped)"
                    )
                    if step is not None:
                        job.known[step] = StepVerdict(UNKNOWN, "timeout", reason)
                else:
                    continue
                w.job = None
                if job is not None and job.next_index() is None:
                    finish(job, job.from_known())
                    job = None
                # A fresh worker goes on with the same derivation from the next step;
                # a derivation that is done frees the slot for the next one ready.
                self.workers[i] = None
                if job is not None:
                    self.workers[i] = self._new_worker()
                    self.workers[i].give(job)
            self.workers = [w for w in self.workers if w is not None]

    def _hand_out(self, next_job) -> None:
        """Every idle worker takes a ready derivation; more are forked, up to ``jobs``,
        while derivations are ready. A worker forked early that holds none of the
        derivations left is stopped: a fresh fork, holding them all, takes its place."""
        for i, w in enumerate(self.workers):
            if w.job is not None:
                continue
            job = next_job(w)
            if job is not None:
                w.give(job)
            elif w.knows is not None and not any(w.can_check(d) for d in self.waiting):
                w.stop()
                self.workers[i] = None
        self.workers = [w for w in self.workers if w is not None]
        while len(self.workers) < self.jobs:
            job = next_job()
            if job is None:
                return
            worker = self._new_worker()
            self.workers.append(worker)
            worker.give(job)

    def adopt(self, started: HeadStart) -> None:
        """Take over the workers ``started`` forked, each checking one derivation. One
        whose derivation is not the run's own (the run dropped it: a duplicate id, say)
        is stopped."""
        for w in started.take():
            d = w.job.derivation
            i = self.index.get(d.id)
            if i is None or self.order[i] is not d or len(self.workers) >= self.jobs:
                w.kill()
                continue
            w.job.index = i
            self.workers.append(w)

    def _limit(self, w: _Worker) -> float:
        job = w.job
        step = job.next_index()
        return min(
            w.last + _step_bound(self.timeout, 0 if step is None else step),
            job.start + _budget(job.derivation, self.timeout),
        )

    def close(self) -> None:
        for w in self.workers:
            if w is not None:
                w.stop()
        self.workers = []


class HeadStart:
    """Workers forked before every file is read, each checking a derivation that cites no
    lemma, for :func:`check_ordered` to take over (see the module docstring).

    A context manager: the workers no run took over are stopped on leaving it (a file
    that could not be read, say, ends the command before any check)."""

    def __init__(self, jobs: int, timeout: float | None, *, collect: bool = True):
        self.jobs = max(1, jobs)
        self.timeout = timeout
        # Whether the workers collect garbage: the caller reads files with the collector
        # paused, and a worker forked meanwhile would inherit the pause.
        self.collect = collect
        self.workers: list[_Worker] = []

    def start(self, derivations: Sequence[Derivation]) -> None:
        """Fork up to ``jobs`` workers holding ``derivations``, each checking the next of
        them in the order given. Only derivations that cite no lemma can start before
        the others are read; with none such, or ids not all distinct (the run reports
        that), nothing starts."""
        ready = [d for d in derivations if not d.uses]
        knows = {d.id: d for d in ready}
        if self.workers or not ready or len(knows) != len(ready):
            return
        import multiprocessing as mp

        ctx = mp.get_context("fork")
        for d in ready[: self.jobs]:
            citable, unproved = citable_lemmas(d, {})  # no lemma: none citable, none missing
            worker = _Worker(ctx, ready, self.timeout, knows=knows, collect=self.collect)
            self.workers.append(worker)  # listed first: whatever happens next, it is stopped
            worker.give(_Job(-1, d, tuple(citable), unproved, time.perf_counter()))

    def take(self) -> list[_Worker]:
        taken, self.workers = self.workers, []
        return taken

    def __enter__(self) -> HeadStart:
        return self

    def __exit__(self, *exc) -> None:
        for w in self.take():
            w.kill()


def _serve(order, timeout, conn, collect: bool = False, parent_end=None) -> None:
    import gc
    import signal

    # Ctrl-C is the parent's to handle: it stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent_end is not None:
        # The fork copied the parent's end of this pipe: closed here, the worker reads
        # EOF and ends once the parent is gone, even if the parent never stopped it (a
        # Ctrl-C landing as it was forked, before it was listed anywhere).
        parent_end.close()
    # A worker checks derivations and nothing else: SymPy's units are never needed.
    standins.units()
    # Leave the inherited objects to the parent: the child's collector would
    # otherwise write to every one of them and copy the pages they live on.
    gc.freeze()
    if collect:
        gc.enable()
    by_id = {d.id: d for d in order}

    def report_step(index: int, verdict: StepVerdict) -> None:
        conn.send(("step", index, verdict))
        if interruptions() != baseline[0]:
            # A computation was interrupted in this process (a timeout, or auto's bound
            # on a proposal): its SymPy state is not trusted for the next step. The
            # parent forks a fresh worker that goes on from the next step.
            conn.send(("restart",))
            raise SystemExit(0)

    baseline = [interruptions()]

    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        ident, proved, unproved, known = task
        baseline[0] = interruptions()
        d = by_id[ident]
        report = check_derivation(
            d,
            {u: by_id[u] for u in proved},
            unproved,
            timeout=timeout,
            known=known,
            on_step=report_step,
        )
        # Send verdicts only (the parent already holds the derivation itself), and when
        # the check ended: perf_counter is the system's monotonic clock, the parent's too.
        steps = [s.verdict for s in report.steps]
        ended = time.perf_counter()
        conn.send(("done", report.verdict, steps, report.claim, report.reason, ended))


def _rebuild(d: Derivation, result) -> DerivationReport:
    verdict, step_verdicts, claim, reason = result
    steps = tuple(StepReport(s, v) for s, v in zip(d.steps, step_verdicts, strict=True))
    return DerivationReport(d, verdict, steps, claim, reason)

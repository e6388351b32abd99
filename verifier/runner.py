"""Running checks over many files: lemma order, worker processes, crash and hang isolation.

Files are checked in dependency levels (a lemma before the derivations that
cite it). Within a level, ``jobs`` worker processes check one derivation each
(forked, so SymPy is already imported); a worker that crashes or outlives its
time budget is killed and its derivation becomes ``unknown`` with the reason,
while the rest of the run goes on. Results come back in a stable order.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass

from verifier.checker import (
    DEFAULT_TIMEOUT,
    UNKNOWN,
    DerivationReport,
    StepReport,
    StepVerdict,
    check_derivation,
)
from verifier.derivation import Derivation


@dataclass(frozen=True)
class Timing:
    seconds: dict[str, float]  # file -> wall time of its check


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _levels(order: Sequence[Derivation]) -> list[list[Derivation]]:
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
) -> tuple[list[DerivationReport], Timing]:
    """Check derivations given lemmas-first; returns reports in the same order."""
    proved: dict[str, Derivation] = {}
    unproved: set[str] = set()
    reports: dict[str, DerivationReport] = {}
    seconds: dict[str, float] = {}
    for level in _levels(order):
        if jobs <= 1 or len(level) == 1:
            for d in level:
                start = time.perf_counter()
                reports[d.id] = check_derivation(d, proved, unproved, timeout=timeout)
                seconds[d.file] = time.perf_counter() - start
        else:
            for d, report, spent in _parallel(level, proved, unproved, jobs, timeout):
                reports[d.id] = report
                seconds[d.file] = spent
        for d in level:
            if reports[d.id].proved:
                proved[d.id] = d
            else:
                unproved.add(d.id)
    return [reports[d.id] for d in order], Timing(seconds)


def _budget(d: Derivation, timeout: float | None) -> float:
    per_step = timeout if timeout else DEFAULT_TIMEOUT
    # Each step has its own limit inside the worker; this only catches a worker
    # stuck where the step limit cannot reach (a C call that never returns).
    return 10.0 + 2.0 * per_step * (len(d.steps) + 2)


def _parallel(level, proved, unproved, jobs, timeout):
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    pending = list(level)
    running: dict = {}
    done = []
    while pending or running:
        while pending and len(running) < jobs:
            d = pending.pop(0)
            reader, writer = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_worker, args=(d, proved, unproved, timeout, writer))
            proc.start()
            writer.close()
            running[proc.sentinel] = (proc, reader, d, time.perf_counter())
        ready = mp.connection.wait(list(running) + [r for _, r, _, _ in running.values()], 0.05)
        now = time.perf_counter()
        for key, (proc, reader, d, start) in list(running.items()):
            result = None
            if reader in ready or reader.poll():
                try:
                    result = reader.recv()
                except (EOFError, OSError):
                    result = None
                if result is not None:
                    proc.join(5)
                    done.append((d, _rebuild(d, result), now - start))
                    del running[key]
                    reader.close()
                    continue
            if not proc.is_alive():
                proc.join()
                reason = f"the worker checking it crashed (exit code {proc.exitcode})"
                done.append((d, _failed(d, reason), now - start))
                del running[key]
                reader.close()
            elif now - start > _budget(d, timeout):
                proc.kill()
                proc.join()
                reason = f"the worker checking it hung for {now - start:.0f} s and was stopped"
                done.append((d, _failed(d, reason), now - start))
                del running[key]
                reader.close()
    order = {d.id: i for i, d in enumerate(level)}
    done.sort(key=lambda item: order[item[0].id])
    return done


def _worker(d, proved, unproved, timeout, writer) -> None:
    report = check_derivation(d, proved, unproved, timeout=timeout)
    # Send verdicts only; the parent already holds the derivation itself.
    writer.send((report.verdict, [s.verdict for s in report.steps], report.claim, report.reason))
    writer.close()


def _rebuild(d: Derivation, result) -> DerivationReport:
    verdict, step_verdicts, claim, reason = result
    steps = tuple(StepReport(s, v) for s, v in zip(d.steps, step_verdicts, strict=True))
    return DerivationReport(d, verdict, steps, claim, reason)


def _failed(d: Derivation, reason: str) -> DerivationReport:
    unknown = StepVerdict(UNKNOWN, "worker", reason)
    steps = tuple(StepReport(s, unknown) for s in d.steps)
    return DerivationReport(d, UNKNOWN, steps, unknown, reason)

"""Auto mode's time per step on the corpus, against the same steps with their rules named.

    python benchmarks/auto.py [--corpus tests/corpus] [--timeout 10]

Every step of every file in the corpus is checked twice in this process: as written
(the baseline, measured in the same run) and with its ``by`` replaced by "auto".
Prints the median and the maximum seconds per step of each, their ratio, and the
fraction of true steps auto proves (a planted mistake is a step whose note starts
with "WRONG"). Asserts nothing: timing is never a test.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from pathlib import Path

from verifier.proof.checker import (
    DerivationReport,
    StepVerdict,
    check_derivation,
    citable_lemmas,
)
from verifier.proof.model import AUTO, Derivation, load_file, load_shipped, resolve

ROOT = Path(__file__).resolve().parents[1]


def timed(d: Derivation, citable, unproved, timeout: float) -> tuple[DerivationReport, list[float]]:
    """The report and the seconds each step took (the claim's check left out)."""
    marks: list[tuple[int, float]] = []
    start = time.perf_counter()
    report = check_derivation(
        d,
        citable,
        unproved,
        timeout=timeout,
        on_step=lambda i, v: marks.append((i, time.perf_counter())),
    )
    seconds, last = [], start
    for index, at in marks:
        if index != 0:
            seconds.append(at - last)
        last = at
    return report, seconds


def as_auto(d: Derivation) -> Derivation:
    return replace(d, steps=(d.steps[0], *(replace(s, by=(AUTO,)) for s in d.steps[1:])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()

    files = sorted(Path(args.corpus).glob("*.toml"))
    order = resolve([load_file(f) for f in files], load_shipped())
    named_reports: dict[str, DerivationReport] = {}
    named_times: list[float] = []
    auto_times: list[float] = []
    proved = total = 0
    slowest: tuple[float, str] = (0.0, "")
    for d in order:
        citable, unproved = citable_lemmas(d, named_reports)
        report, seconds = timed(d, citable, unproved, args.timeout)
        named_reports[d.id] = report
        if d.shipped:
            continue
        named_times += seconds
        auto_report, seconds = timed(as_auto(d), citable, unproved, args.timeout)
        auto_times += seconds
        for step_report, took in zip(auto_report.steps[1:], seconds, strict=False):
            verdict: StepVerdict = step_report.verdict
            if took > slowest[0]:
                slowest = (took, f"{d.id} step {step_report.step.index}")
            note = step_report.step.note or ""
            if not note.startswith("WRONG"):
                total += 1
                proved += verdict.status == "proved"

    def line(name: str, times: list[float]) -> str:
        return (
            f"{name:<6} {len(times):4d} steps  median {statistics.median(times):6.2f} s  "
            f"max {max(times):6.2f} s  total {sum(times):7.1f} s"
        )

    print(f"corpus: {len(files)} files in {args.corpus}")
    print(line("named", named_times))
    print(line("auto", auto_times))
    print(
        f"auto / named: median {statistics.median(auto_times) / statistics.median(named_times):.1f}x, "
        f"total {sum(auto_times) / sum(named_times):.1f}x"
    )
    print(f"slowest auto step: {slowest[1]} ({slowest[0]:.2f} s)")
    print(f"auto proved {proved} of {total} true steps ({proved / total:.1%})")


if __name__ == "__main__":
    main()

"""Wall time of `verifier check` (all shipped derivations) in a fresh process,
as a ratio to `python -c "import sympy"` measured in the same run.

    python benchmarks/check_latency.py [--runs 7]

Two figures: the check from scratch (`--no-cache`: every step checked by the
kernel), and the check again with nothing changed (the proved report reprinted
from the cache, in a private cache folder made for this run). Target (DESIGN.md):
ratio <= 2.0. Prints medians and ratios; asserts nothing.

The import and the check from scratch are run in turns (import, check, import,
check, ...), so that a change in the machine's load during the run reaches both; the
median of the ratios of each pair is printed too.

`--bytecode` lets Python keep its bytecode caches (__pycache__) for the measured
commands, as every default Python does: a sandbox or CI that sets
PYTHONDONTWRITEBYTECODE=1 makes each run compile the verifier's modules again (an
editable checkout has no other cache; a pip-installed copy was compiled at install).
The header says which was measured.

Each figure also gives the CPU time (user + sys of the process and its workers):
on a machine shared with other work the wall time says as much about the others
as about the check, while the CPU time moves less. The load average before and
after the runs is printed for the same reason.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def wall(cmd: list[str], runs: int) -> list[tuple[float, float]]:
    """(wall seconds, CPU seconds of the process and its children) of each run."""
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        times.append((elapsed, cpu))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--bytecode",
        action="store_true",
        help="let Python write and use __pycache__ (unset PYTHONDONTWRITEBYTECODE)",
    )
    args = parser.parse_args()
    if args.bytecode:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    caches = "off" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on"
    print(f"bytecode caches (__pycache__) {caches}; {args.runs} runs of each, in turns")
    load_before = os.getloadavg()
    importing = [sys.executable, "-c", "import sympy"]
    command = [sys.executable, "-m", "verifier", "check"]
    with tempfile.TemporaryDirectory() as folder:
        os.environ["VERIFIER_CACHE_DIR"] = folder
        wall(importing, 1)  # warm the file cache
        wall([*command, "--no-cache"], 1)  # and the bytecode caches, when they are on
        sympy_times, cold_times = [], []
        for _ in range(args.runs):
            sympy_times += wall(importing, 1)
            cold_times += wall([*command, "--no-cache"], 1)
        wall(command, 1)  # fills the cache
        warm_times = wall(command, args.runs)
    pairs = statistics.median(c / s for (c, _), (s, _) in zip(cold_times, sympy_times, strict=True))
    base = statistics.median(t for t, _ in sympy_times)
    base_cpu = statistics.median(c for _, c in sympy_times)
    print(
        f"python -c 'import sympy'          median {base:.3f} s  (min "
        f"{min(t for t, _ in sympy_times):.3f})  cpu {base_cpu:.3f} s"
    )
    for label, times in (("--no-cache", cold_times), ("again, unchanged", warm_times)):
        check = statistics.median(t for t, _ in times)
        cpu = statistics.median(c for _, c in times)
        print(
            f"verifier check {label:<18} median {check:.3f} s  (min {min(t for t, _ in times):.3f})"
            f"  ratio to import sympy {check / base:.2f}  (target <= 2.0)"
            f"  cpu {cpu:.3f} s, ratio {cpu / base_cpu:.2f}"
        )
    print(f"median of the ratios of each (import, check --no-cache) pair: {pairs:.2f}")
    print(
        f"load average (1, 5, 15 min) before {_loads(load_before)}, after "
        f"{_loads(os.getloadavg())} on {os.cpu_count()} cores"
    )


def _loads(loads: tuple[float, float, float]) -> str:
    return " ".join(f"{v:.2f}" for v in loads)


if __name__ == "__main__":
    main()

"""Wall time of `verifier check` (all shipped derivations) in a fresh process,
as a ratio to `python -c "import sympy"` measured in the same run.

    python benchmarks/check_latency.py [--runs 7]

Two figures: the check from scratch (`--no-cache`: every step checked by the
kernel), and the check again with nothing changed (the proved report reprinted
from the cache, in a private cache folder made for this run). Target (DESIGN.md):
ratio <= 2.0. Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def wall(cmd: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    wall([sys.executable, "-c", "import sympy"], 1)  # warm the file cache
    sympy_times = wall([sys.executable, "-c", "import sympy"], args.runs)
    command = [sys.executable, "-m", "verifier", "check"]
    with tempfile.TemporaryDirectory() as folder:
        os.environ["VERIFIER_CACHE_DIR"] = folder
        cold_times = wall([*command, "--no-cache"], args.runs)
        wall(command, 1)  # fills the cache
        warm_times = wall(command, args.runs)
    base = statistics.median(sympy_times)
    print(f"python -c 'import sympy'          median {base:.3f} s  (min {min(sympy_times):.3f})")
    for label, times in (("--no-cache", cold_times), ("again, unchanged", warm_times)):
        check = statistics.median(times)
        print(
            f"verifier check {label:<18} median {check:.3f} s  (min {min(times):.3f})"
            f"  ratio to import sympy {check / base:.2f}  (target <= 2.0)"
        )


if __name__ == "__main__":
    main()

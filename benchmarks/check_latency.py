"""Wall time of `verifier check` (all shipped derivations) in a fresh process,
as a ratio to `python -c "import sympy"` measured in the same run.

    python benchmarks/check_latency.py [--runs 7]

Target (DESIGN.md): ratio <= 2.0. Prints medians and the ratio; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
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
    check_times = wall([sys.executable, "-m", "verifier", "check"], args.runs)
    base, check = statistics.median(sympy_times), statistics.median(check_times)
    print(f"python -c 'import sympy'   median {base:.3f} s  (min {min(sympy_times):.3f})")
    print(f"verifier check             median {check:.3f} s  (min {min(check_times):.3f})")
    print(f"ratio check / import sympy: {check / base:.2f}  (target <= 2.0)")


if __name__ == "__main__":
    main()

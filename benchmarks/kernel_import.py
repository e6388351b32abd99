"""Import cost of the kernels: ``from verifier.kernels import sigmoid`` vs ``import numpy``.

Run: ``python benchmarks/kernel_import.py [--runs 15]``. Each statement runs in a fresh
interpreter (``python -c``), alternating, and the wall time of the whole process is
taken; the table shows the median of each and their ratio (target <= 1.3x), and whether
SymPy, array-api-compat (needed only for other arrays) or mpmath was imported by a first
call on a list (none may be).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATEMENTS = {
    "import numpy": "import numpy",
    "from verifier.kernels import sigmoid": "from verifier.kernels import sigmoid",
}


def wall_time(statement: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], cwd=ROOT, check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    times: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for statement in STATEMENTS.values():  # warm the file cache
        wall_time(statement)
    for _ in range(args.runs):
        for name, statement in STATEMENTS.items():
            times[name].append(wall_time(statement))
    base = statistics.median(times["import numpy"])
    print(f"{'statement':<40}{'median ms':>12}{'ratio':>8}")
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"{name:<40}{median * 1e3:>12.1f}{median / base:>7.2f}x")
    check = (
        "import sys; from verifier.kernels import sigmoid; sigmoid([0.5]); "
        "print(*(m in sys.modules for m in ('sympy', 'array_api_compat', 'mpmath')))"
    )
    leaked = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    print(
        f"\nimported by a first sigmoid call: sympy {leaked[0]}, array_api_compat {leaked[1]}, "
        f"mpmath {leaked[2]}  (target: all False; ratio <= 1.30x)"
    )


if __name__ == "__main__":
    main()

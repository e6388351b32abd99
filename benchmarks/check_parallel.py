"""Does ``verifier check -j 2`` pay off? Times -j 1 against -j 2 on 200 derivation files.

The files are written to a temporary folder: copies of the shipped derivations
under new ids, and generated chains (sum, constant, power, product and chain
rules, then algebra) that vary in degree, coefficients and length. Each run is
a fresh ``python -m verifier check DIR -j N`` process, so the time includes
importing SymPy, as in CI. The baseline is -j 1 measured in the same run;
the target is -j 2 at no more than 0.6x of it (on at least two cores).

    python benchmarks/check_parallel.py [--files 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.6

POLY = """\
id = "{id}"
claim = "Derivative({poly}, x) = {deriv}"

[symbols]
x = "real"

[[step]]
expr = "Derivative({poly}, x)"

[[step]]
by = "sum-rule"
expr = "{sum_split}"

[[step]]
by = "constant-rule"
expr = "{const_split}"

[[step]]
by = "power-rule"
expr = "{deriv}"

[[step]]
by = "algebra"
expr = "({deriv})*(x**2 + {c})/(x**2 + {c})"

[[step]]
by = "algebra"
expr = "{deriv}"
"""

PRODUCT = """\
id = "{id}"
claim = "Derivative(x**{n}*exp({k}*x), x) = ({k}*x**{n} + {n}*x**{m})*exp({k}*x)"
uses = ["exp-derivative"]

[symbols]
x = "real"

[[step]]
expr = "Derivative(x**{n}*exp({k}*x), x)"

[[step]]
by = "product-rule"
expr = "Derivative(x**{n}, x)*exp({k}*x) + x**{n}*Derivative(exp({k}*x), x)"

[[step]]
by = ["power-rule", "chain-rule", "exp-derivative", "constant-rule"]
expr = "{n}*x**{m}*exp({k}*x) + {k}*x**{n}*exp({k}*x)"

[[step]]
by = "algebra"
expr = "({k}*x**{n} + {n}*x**{m})*exp({k}*x)"
"""


def polynomial(ident: str, rng: random.Random) -> str:
    degrees = sorted(rng.sample(range(2, 12), rng.randint(2, 5)), reverse=True)
    terms = [(rng.randint(2, 9), n) for n in degrees]
    return POLY.format(
        id=ident,
        poly=" + ".join(f"{a}*x**{n}" for a, n in terms),
        sum_split=" + ".join(f"Derivative({a}*x**{n}, x)" for a, n in terms),
        const_split=" + ".join(f"{a}*Derivative(x**{n}, x)" for a, n in terms),
        deriv=" + ".join(f"{a * n}*x**{n - 1}" for a, n in terms),
        c=rng.randint(1, 9),
    )


def product(ident: str, rng: random.Random) -> str:
    n = rng.randint(2, 9)
    return PRODUCT.format(id=ident, n=n, m=n - 1, k=rng.randint(2, 7))


def write_files(folder: Path, count: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    shipped = sorted((ROOT / "derivations").glob("*.toml"))
    for i in range(count):
        kind = i % 4
        if kind == 0:  # a copy of a shipped derivation under a new id
            source = shipped[(i // 4) % len(shipped)]
            text = source.read_text()
            old = re.search(r'^id = "(.+)"', text, re.MULTILINE).group(1)
            text = text.replace(f'id = "{old}"', f'id = "{old}-copy-{i}"', 1)
        elif kind == 3:
            text = product(f"product-{i}", rng)
        else:
            text = polynomial(f"polynomial-{i}", rng)
        (folder / f"d{i:03d}.toml").write_text(text)


def run(folder: Path, jobs: int) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "verifier", "check", str(folder), "-j", str(jobs)],
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - start, done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="runs per setting; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(folder, args.files)
        _, first = run(folder, 2)  # also warms the file cache
        summary = first.stdout.strip().splitlines()[-1]
        if first.returncode != 0:
            print(first.stdout[-2000:], first.stderr[-2000:], sep="\n")
            print(f"not every generated file is proved ({summary}); fix the generator")
            return 1
        best = {}
        for jobs in (1, 2):
            best[jobs] = min(run(folder, jobs)[0] for _ in range(args.repeat))
        import_time = min(
            _timed([sys.executable, "-c", "import sympy"]) for _ in range(args.repeat)
        )
    ratio = best[2] / best[1]
    print(f"{args.files} files: {summary}; cores available: {len(os.sched_getaffinity(0))}")
    print(f"python -c 'import sympy':  {import_time:6.2f} s")
    print(f"verifier check DIR -j 1:   {best[1]:6.2f} s")
    print(f"verifier check DIR -j 2:   {best[2]:6.2f} s")
    print(f"ratio -j 2 / -j 1:         {ratio:6.2f}  (target <= {TARGET})")
    return 0


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main())

"""Speed of the generated sigmoid kernels against one np.exp measured in the same run.

Run: ``python benchmarks/kernels.py`` (``--sizes 1e5 1e6`` and ``--repeat N`` to adjust).

For float64 arrays of uniform random numbers in [-40, 40] it prints ns/element and
the ratio to ``np.exp`` over the same array for: our ``sigmoid`` and
``sigmoid_prime``, SymPy's plain ``lambdify`` of the naive formulas, and
``scipy.special.expit`` when SciPy is installed. Timing is the minimum over
repeats, each repeat averaging enough calls to last ~20 ms. The target
(docs/DESIGN.md) is <= 2.5x np.exp for 1e5 elements and more, and never slower
than the naive lambdify.
"""

from __future__ import annotations

import argparse
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verifier.kernels import sigmoid, sigmoid_prime


def best_ns_per_element(fn: Callable[[], object], n: int, repeat: int) -> float:
    """Minimum over ``repeat`` runs of the mean time per call, per element, in ns."""
    number = max(1, int(2e7 / max(n, 1) / 4))
    fn()  # warm up: scratch buffers, the thread pool, page faults of out
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number / n * 1e9


def candidates(x: np.ndarray, out: np.ndarray) -> dict[str, Callable[[], object]]:
    import sympy

    s = sympy.Symbol("x", real=True)
    naive_s = sympy.lambdify(s, 1 / (1 + sympy.exp(-s)), "numpy")
    naive_sp = sympy.lambdify(s, 1 / (1 + sympy.exp(-s)) * (1 - 1 / (1 + sympy.exp(-s))), "numpy")
    runs = {
        "np.exp (baseline)": lambda: np.exp(x, out=out),
        "sigmoid": lambda: sigmoid(x, out=out),
        "sigmoid, new out": lambda: sigmoid(x),
        "sigmoid_prime": lambda: sigmoid_prime(x, out=out),
        "sigmoid_prime, new out": lambda: sigmoid_prime(x),
        "lambdify 1/(1+exp(-x))": lambda: naive_s(x),
        "lambdify S*(1-S)": lambda: naive_sp(x),
    }
    try:
        from scipy.special import expit
    except ImportError:
        pass
    else:
        runs["scipy expit"] = lambda: expit(x, out=out)
    return runs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1e3, 1e5, 1e6, 1e7])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes]
    rng = np.random.default_rng(0)
    table: dict[str, list[tuple[float, float]]] = {}
    for n in sizes:
        x = rng.uniform(-40.0, 40.0, n)
        out = np.empty_like(x)
        runs = candidates(x, out)
        with np.errstate(all="ignore"):  # the naive formulas overflow; not our kernels
            times = {name: best_ns_per_element(fn, n, args.repeat) for name, fn in runs.items()}
        base = times["np.exp (baseline)"]
        for name, t in times.items():
            table.setdefault(name, []).append((t, t / base))
    width = max(len(name) for name in table)
    header = "".join(f"{f'n={n:.0e}':>22}" for n in sizes)
    print(f"{'ns/element (x np.exp)':<{width}}{header}")
    for name, cells in table.items():
        row = "".join(f"{t:>12.3f} ({r:5.2f}x)" for t, r in cells)
        print(f"{name:<{width}}{row}")
    print(
        "\ntarget: sigmoid and sigmoid_prime <= 2.50x np.exp for n >= 1e5, "
        "and faster than the lambdify rows"
    )


if __name__ == "__main__":
    main()

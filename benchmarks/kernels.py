"""Speed of the generated kernels against one np.exp over the same array, in one run.

Run: ``python benchmarks/kernels.py`` (``--repeat N``, ``--rounds N`` to adjust;
``--kernels sigmoid tanh`` for a subset, ``--cases 1e2 f32`` for the cases whose label
contains one of those words; ``f32`` and ``f64`` name the dtypes).

``--threads-ab`` measures instead what a kernel's own ``threaded_min`` (specs.py) gains:
for each kernel that names one, at ``--sizes`` (default 1e5 2e5), its time with its
own threshold (A) and with the runtime's default ``THREADED_MIN`` (B, one thread at
these sizes) alternately, ``--rounds`` times (default 9 here), each against np.exp in
the same round; it prints the median ratios and the median of A/B. ``--busy`` keeps
the other core busy meanwhile (a spinning child process), the case where a second
thread can only lose.

Every ratio the targets (docs/DESIGN.md, issue 11) name is printed:

* float64, n = 1e5, 1e6, 1e7: each kernel / np.exp on the same float64 array
  (target <= 2.5x for n >= 1e5; stretch 1.5x at >= 1e6 with threads);
* float32, n = 1e6: each kernel / np.exp on the same float32 array (target <= 3x);
* float64, n = 100: each kernel / np.exp (call overhead; target <= 8x);
* for reference, SymPy's naive ``lambdify`` of the sigmoid formulas and
  ``scipy.special.expit`` where SciPy is installed.

Inputs are uniform random numbers in [-40, 40] (``--inputs uniform40``, the default);
``--inputs normal`` draws them from N(0, 1) instead, what pre-activations look like:
about 5% of them lie near the zero of SiLU' at -1.28, which silu_prime recomputes by
its accurate path (one such element in a call of 100 costs that path's fixed cost);
``--inputs both`` prints one table for each, in about twice the time (~7 minutes on
the 2-core VM). The machine is shared and noisy: the
kernel and np.exp are timed alternately, ``--rounds`` times, each time the best of
``--repeat`` runs of enough calls to last ~10 ms; the ratio printed is the median
over the rounds of (kernel time / np.exp time in the same round). Times are wall
clock (a kernel uses two threads from runtime.THREADED_MIN elements on, or from its
own threaded_min in specs.py; np.exp uses one); the load average is printed before
and after, as a loaded machine shifts the ratios.
"""

from __future__ import annotations

import argparse
import inspect
import os
import statistics
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verifier.kernels import ALL_KERNELS

# (label, dtype, n, target ratio)
CASES = [
    ("float64 n=1e2", np.float64, 100, 8.0),
    ("float64 n=1e5", np.float64, 100_000, 2.5),
    ("float64 n=1e6", np.float64, 1_000_000, 2.5),
    ("float64 n=1e7", np.float64, 10_000_000, 2.5),
    ("float32 n=1e6", np.float32, 1_000_000, 3.0),
]


def best_seconds(fn: Callable[[], object], n: int, repeat: int) -> float:
    """Best over ``repeat`` runs of the mean time per call (small calls: 5x the repeats,
    as a 100-element call lasts ~1 us and any scheduler hiccup dominates one run)."""
    number = max(1, int(2.5e6 / max(n, 1) / 4))
    if n < 10_000:
        number, repeat = min(number, 2000), repeat * 5
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number


def one_arg_kernels(names: list[str] | None) -> dict[str, Callable[..., object]]:
    kernels = {
        name: k
        for name, k in ALL_KERNELS.items()
        if list(inspect.signature(k).parameters) == ["x", "out"]
    }
    return {n: kernels[n] for n in names} if names else kernels


def references(x: np.ndarray) -> dict[str, Callable[[], object]]:
    """Naive lambdify of the sigmoid formulas and SciPy's expit (not our kernels)."""
    runs: dict[str, Callable[[], object]] = {}
    if x.dtype == np.float64:
        import sympy

        s = sympy.Symbol("x", real=True)
        sig = 1 / (1 + sympy.exp(-s))
        naive_s = sympy.lambdify(s, sig, "numpy")
        naive_sp = sympy.lambdify(s, sig * (1 - sig), "numpy")
        runs["lambdify 1/(1+exp(-x))"] = lambda: naive_s(x)
        runs["lambdify S*(1-S)"] = lambda: naive_sp(x)
    try:
        from scipy.special import expit
    except ImportError:
        pass
    else:
        runs["scipy expit"] = lambda: expit(x)
    return runs


def measure_case(
    x: np.ndarray, names: list[str] | None, repeat: int, rounds: int
) -> dict[str, float]:
    """Row name -> median over rounds of (its time / np.exp's time in the same round)."""
    n = x.shape[0]
    out = np.empty_like(x)
    runs: dict[str, Callable[[], object]] = {}
    for name, kernel in one_arg_kernels(names).items():
        runs[name] = lambda k=kernel: k(x, out=out)
    runs["sigmoid, new out"] = lambda: ALL_KERNELS["sigmoid"](x)
    runs.update(references(x))

    def base() -> object:
        return np.exp(x, out=out)

    ratios: dict[str, list[float]] = {name: [] for name in runs}
    with np.errstate(all="ignore"):  # the naive formulas overflow; not our kernels
        for fn in (base, *runs.values()):
            fn()  # warm up: scratch buffers, the thread pool, page faults
        for _ in range(rounds):
            for name, fn in runs.items():
                t_base = best_seconds(base, n, repeat)
                ratios[name].append(best_seconds(fn, n, repeat) / t_base)
    return {name: statistics.median(r) for name, r in ratios.items()}


# --inputs: name -> (description, generator of n float64 inputs).
INPUTS: dict[str, tuple[str, Callable[[np.random.Generator, int], np.ndarray]]] = {
    "uniform40": ("uniform in [-40, 40]", lambda rng, n: rng.uniform(-40.0, 40.0, n)),
    "normal": ("normal N(0, 1)", lambda rng, n: rng.standard_normal(n)),
}


def measure(
    names: list[str] | None,
    repeat: int,
    rounds: int,
    cases: list[tuple] = CASES,
    inputs: str = "uniform40",
) -> dict[str, dict[str, float]]:
    """Case label -> {row name: median ratio to np.exp}."""
    rng = np.random.default_rng(0)
    draw = INPUTS[inputs][1]
    return {
        label: measure_case(draw(rng, n).astype(dtype), names, repeat, rounds)
        for label, dtype, n, _ in cases
    }


def threads_ab(
    names: list[str] | None, sizes: list[int], repeat: int, rounds: int
) -> list[tuple[str, int, float, float, float]]:
    """(kernel, n, median ratio with its threaded_min, with THREADED_MIN, median A/B)."""
    from verifier.kernels import generated

    rng = np.random.default_rng(0)
    rows = []
    for n in sizes:
        x = rng.uniform(-40.0, 40.0, n)
        out = np.empty_like(x)
        for name, kernel in one_arg_kernels(names).items():
            state = getattr(generated, f"_{name}", None)
            own = getattr(state, "threaded_min", None)
            if own is None:
                continue
            a, b, ab = [], [], []

            def run(k: Callable[..., object] = kernel, x=x, out=out) -> object:
                return k(x, out=out)

            def base(x=x, out=out) -> object:
                return np.exp(x, out=out)

            for _ in range(rounds):
                times = {}
                for label, threshold in (("A", own), ("B", None)):
                    state.threaded_min = threshold
                    run()  # warm up: the scratch buffers of this chunk size
                    t_base = best_seconds(base, n, repeat)
                    times[label] = best_seconds(run, n, repeat)
                    (a if label == "A" else b).append(times[label] / t_base)
                ab.append(times["A"] / times["B"])
            state.threaded_min = own
            rows.append(
                (name, n, statistics.median(a), statistics.median(b), statistics.median(ab))
            )
            print(
                f"{name:<18} n={n:>9_}  own threaded_min {own:_}: {rows[-1][2]:.2f}x  "
                f"default: {rows[-1][3]:.2f}x  own/default {rows[-1][4]:.2f}",
                flush=True,
            )
    return rows


def _spin() -> None:  # pragma: no cover - a child process that only keeps a core busy
    while True:
        pass


def _tags(case: tuple) -> str:
    """What --cases matches: the label and the dtype's short name (f32, f64)."""
    label, dtype, *_ = case
    return f"{label} f{np.dtype(dtype).itemsize * 8}"


def _load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
        return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"
    except OSError:  # pragma: no cover - not on every platform
        return "load average unknown"


def print_table(table: dict[str, dict[str, float]], cases: list[tuple]) -> None:
    """One row per kernel or reference, one column per case, and the load afterwards."""
    rows = list(dict.fromkeys(name for cells in table.values() for name in cells))
    width = max(len(r) for r in rows) + 2
    print(f"{'ratio to np.exp (median)':<{width}}" + "".join(f"{c[0]:>16}" for c in cases))
    print(f"{'target':<{width}}" + "".join(f"{f'<= {c[3]:.1f}x':>16}" for c in cases))
    for row in rows:
        cells = []
        for label, *_ in cases:
            ratio = table[label].get(row)
            cells.append(f"{'-' if ratio is None else f'{ratio:.2f}x':>16}")
        print(f"{row:<{width}}" + "".join(cells))
    print(
        "\nOne np.exp over the same array (same dtype) in the same round is 1.00x; "
        f"ratios are medians over rounds. Afterwards: {_load()}."
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=None, help="3; 9 with --threads-ab")
    parser.add_argument("--kernels", nargs="+", help="a subset of the one-argument kernels")
    parser.add_argument("--cases", nargs="+", help="cases whose label has one of these words")
    parser.add_argument("--threads-ab", action="store_true", help="own threaded_min vs default")
    parser.add_argument("--sizes", nargs="+", type=float, default=[1e5, 2e5])
    parser.add_argument("--busy", action="store_true", help="keep the other core busy")
    parser.add_argument(
        "--inputs",
        choices=[*INPUTS, "both"],
        default="uniform40",
        help="the input distribution (default uniform40: uniform in [-40, 40])",
    )
    args = parser.parse_args(argv)
    if args.threads_ab:
        import multiprocessing

        spinner = multiprocessing.Process(target=_spin, daemon=True) if args.busy else None
        if spinner is not None:
            spinner.start()
        try:
            print(f"numpy {np.__version__}, {os.cpu_count()} cores, {_load()}", flush=True)
            print("other core busy" if spinner else "other core as the machine has it")
            threads_ab(args.kernels, [int(n) for n in args.sizes], args.repeat, args.rounds or 9)
            print(f"Afterwards: {_load()}.")
        finally:
            if spinner is not None:
                spinner.terminate()
                spinner.join()
        return
    cases = [c for c in CASES if not args.cases or any(w in _tags(c) for w in args.cases)]
    print(f"numpy {np.__version__}, {os.cpu_count()} cores, {_load()}", flush=True)
    for inputs in list(INPUTS) if args.inputs == "both" else [args.inputs]:
        print(f"\nInputs {INPUTS[inputs][0]} (--inputs {inputs}):", flush=True)
        table = measure(args.kernels, args.repeat, args.rounds or 3, cases, inputs)
        print_table(table, cases)


if __name__ == "__main__":
    main()

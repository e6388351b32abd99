"""The property-based soundness test at scale: N generated steps, counted.

Runs the property of ``tests/proof/test_property.py`` (steps generated from the shapes of
the rule table, true and mutated; "proved" must be numerically equal under the
independent oracle, "refuted" must really differ) over ``--examples`` generated
steps, split over ``--workers`` processes with different seeds, and prints the
examples run, the verdict counts, mutated vs true, the failures (each with the
smallest example Hypothesis shrinks it to) and the wall time.

    python benchmarks/property_soundness.py                 # 20,000 steps, 2 processes
    python benchmarks/property_soundness.py -n 2000 --seed 7 --workers 1

Exit status 1 if any failure was found.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"


def _import():
    for folder in (TESTS, TESTS / "proof"):  # helpers.py, and the property module
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    import test_property

    return test_property


def _worker(args) -> tuple[dict, list, float, list]:
    examples, seed, shrink = args
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed
    from hypothesis import strategies as st

    tp = _import()
    tp.STATS.clear()
    tp.EXAMPLES.clear()
    failures: list[dict] = []
    start = time.perf_counter()

    @hseed(seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=tp.cases(), check_seed=st.integers(0, 2**32 - 1))
    def run(case, check_seed):
        done = tp.STATS["examples"]
        if done and done % 500 == 0:
            print(
                f"progress (worker seed {seed}): {done} steps in "
                f"{time.perf_counter() - start:.0f} s, proved {tp.STATS['proved']}, refuted "
                f"{tp.STATS['refuted']}, unknown {tp.STATS['unknown']}, failures "
                f"{len(failures)}",
                flush=True,
            )
        try:
            tp.check_case(case, check_seed)
        except AssertionError as exc:  # record and go on: count every failure
            failures.append(
                {
                    "family": case.strategy,
                    "seed": check_seed,
                    "case": case.describe(),
                    "error": str(exc),
                }
            )
            print(f"FAILURE (worker seed {seed}): {exc}", flush=True)

    run()
    elapsed = time.perf_counter() - start
    if shrink:
        for failure in _first_per_family(failures):
            failure["minimal"] = _shrink(tp, failure["family"])
    return dict(tp.STATS), failures, elapsed, list(tp.EXAMPLES)


def _first_per_family(failures):
    seen = set()
    for failure in failures:
        if failure["family"] not in seen:
            seen.add(failure["family"])
            yield failure


def _shrink(tp, family: str) -> str:
    """The smallest failing step of ``family`` Hypothesis can find and shrink to."""
    from hypothesis import HealthCheck, find, settings
    from hypothesis import strategies as st
    from hypothesis.errors import NoSuchExample

    strategy = tp.FAMILIES.get(family, tp.cases)
    found = {}

    def fails(pair):
        case, seed = pair
        try:
            tp.check_case(case, seed)
        except AssertionError as exc:
            found["error"] = str(exc)
            return True
        return False

    try:
        case, seed = find(
            st.tuples(strategy(), st.integers(0, 2**32 - 1)),
            fails,
            settings=settings(
                max_examples=500,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            ),
        )
    except NoSuchExample:
        return "(not reproduced while shrinking)"
    except Exception as exc:
        return f"(shrinking failed: {type(exc).__name__}: {exc})"
    return f"{case.describe()} seed={seed}\n    {found.get('error', '')}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--examples", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--no-shrink", action="store_true", help="report failures as found")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    share = [
        args.examples // args.workers + (i < args.examples % args.workers)
        for i in range(args.workers)
    ]
    jobs = [(share[i], args.seed + 7919 * i, not args.no_shrink) for i in range(args.workers)]
    if args.workers == 1:
        results = [_worker(jobs[0])]
    else:
        with multiprocessing.get_context("spawn").Pool(args.workers) as pool:
            results = pool.map(_worker, jobs)
    wall = time.perf_counter() - start

    stats: Counter = Counter()
    failures, notes = [], []
    for worker_stats, worker_failures, _, worker_notes in results:
        stats.update(worker_stats)
        failures += worker_failures
        notes += worker_notes

    print(
        f"examples run      : {stats['examples']} (asked {args.examples}, "
        f"{args.workers} worker(s), seed {args.seed})"
    )
    print(
        f"verdicts          : proved {stats['proved']}, refuted {stats['refuted']}, "
        f"unknown {stats['unknown']}"
    )
    print(
        f"true vs mutated   : true {stats['true']} (proved {stats['proved true']}, refuted "
        f"{stats['refuted true']}), mutated {stats['mutated']} (proved "
        f"{stats['proved mutated']}, refuted {stats['refuted mutated']})"
    )
    print(
        f"oracle            : {stats['points evaluated']} of {stats['points']} points of "
        f"proved steps evaluated; refutations recomputed {stats['refutations recomputed']},"
        f" not recomputable {stats['refutations not recomputed']}"
    )
    print(
        f"incomplete witness: {stats['counterexamples without some symbol']} without a symbol, "
        f"{stats['counterexamples without some witness']} without a function (filled in)"
    )
    print(f"verifier errors   : {stats['verifier errors']}, disagreements {stats['disagreements']}")
    for kind, reason, case in notes:  # crashes inside the verifier, proof/number disagreements
        print(f"  - {kind}: {reason}\n    step: {case}")
    print(
        "families          : "
        + ", ".join(
            f"{k[len('family ') :]} {v}"
            for k, v in sorted(stats.items())
            if k.startswith("family ")
        )
    )
    print(f"failures found    : {len(failures)}")
    for failure in failures:
        print(f"  - {failure['error']}")
        if failure.get("minimal"):
            print(f"    minimal: {failure['minimal']}")
    print(
        f"wall time         : {wall:.1f} s ({wall / max(1, stats['examples']) * 1000:.0f} ms "
        "per step, wall)"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

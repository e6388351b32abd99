"""Mutation testing of the trusted kernel: weaken verifier/proof/ one place at a time.

Each mutant changes one spot of the proving side (a side condition made
always true, a comparison flipped, a guard removed, a bound shifted by one)
and runs the soundness tests against it. A mutant the tests do not kill is a
place where proving could be weakened without anyone noticing: either a test
is missing, or the mutant is equivalent (argue it in the note).

    python tools/mutate_proof.py                   # every mutant, 2 workers
    python tools/mutate_proof.py --list            # only list the mutants
    python tools/mutate_proof.py --only rules/limits.py --jobs 2 --timeout 600

Results go to ``mutants.jsonl`` (one line per mutant) and a summary on stdout.
Kept out of CI: it runs the test suite once per mutant. The mutation operators
are the ones mutmut and cosmic-ray apply to logic, limited to the kernel's
decisions (strings and messages are not mutated): see ``_Mutator``.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Files of verifier/proof, the rule families included (found, so a new family is mutated too).
TARGETS = (
    *tuple(
        sorted(
            str(p.relative_to(ROOT / "verifier" / "proof"))
            for p in (ROOT / "verifier" / "proof" / "rules").glob("*.py")
        )
    ),
    "conditions.py",
    "checker.py",
    "binders.py",
    "intervals.py",
    "signs.py",
    "syntax.py",
    "model.py",
    "auto.py",
)
KILL_SUITE = (
    "tests/proof/test_soundness.py",
    "tests/proof/test_rules.py",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "proof").glob("test_rule_*.py")),
    "tests/proof/test_checker.py",
)

_FLIP = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}


@dataclass(frozen=True)
class Mutant:
    file: str
    line: int
    kind: str
    before: str
    after: str
    index: int  # the n-th mutation point of this kind on this line


class _Mutator(ast.NodeTransformer):
    """Finds mutation points, or applies the one numbered ``target``."""

    def __init__(self, target: int | None = None):
        self.count = 0
        self.target = target
        self.points: list[tuple[int, str, str, str]] = []
        self.applied = False

    def _point(self, node: ast.AST, kind: str, new: ast.AST) -> ast.AST:
        number = self.count
        self.count += 1
        before = ast.unparse(node)
        after = ast.unparse(new)
        self.points.append((node.lineno, kind, before, after))
        if number == self.target:
            self.applied = True
            return ast.copy_location(new, node)
        return node

    # a decision that returns False (not shown) made to return True
    def visit_Return(self, node: ast.Return):
        self.generic_visit(node)
        if isinstance(node.value, ast.Constant) and node.value.value is False:
            return self._point(node, "return-true", ast.Return(ast.Constant(True)))
        if isinstance(node.value, ast.Constant) and node.value.value is None:
            return node
        return node

    def visit_Compare(self, node: ast.Compare):
        self.generic_visit(node)
        if len(node.ops) == 1 and type(node.ops[0]) in _FLIP:
            new = ast.Compare(node.left, [_FLIP[type(node.ops[0])]()], node.comparators)
            return self._point(node, "flip-compare", new)
        return node

    def visit_BoolOp(self, node: ast.BoolOp):
        self.generic_visit(node)
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        return self._point(node, "and-or", ast.BoolOp(other, node.values))

    def visit_UnaryOp(self, node: ast.UnaryOp):
        self.generic_visit(node)
        if isinstance(node.op, ast.Not):
            return self._point(node, "drop-not", node.operand)
        return node

    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        # ctx.require(rule, text, holds): a side condition made always true
        if (
            isinstance(node.func, ast.Attribute)
            and node.func.attr == "require"
            and len(node.args) == 3
        ):
            new = ast.Call(node.func, [*node.args[:2], ast.Constant(True)], node.keywords)
            return self._point(node, "condition-true", new)
        return node

    def visit_If(self, node: ast.If):
        self.generic_visit(node)
        # a guard "if ...: return None/False" removed
        if (
            len(node.body) == 1
            and isinstance(node.body[0], ast.Return)
            and not node.orelse
            and (
                node.body[0].value is None
                or (
                    isinstance(node.body[0].value, ast.Constant)
                    and node.body[0].value.value in (None, False)
                )
            )
        ):
            return self._point(node, "drop-guard", ast.Pass())
        return node

    def visit_BinOp(self, node: ast.BinOp):
        self.generic_visit(node)
        swaps = {ast.Add: ast.Sub, ast.Sub: ast.Add}
        if type(node.op) in swaps:
            return self._point(
                node, "plus-minus", ast.BinOp(node.left, swaps[type(node.op)](), node.right)
            )
        return node

    def visit_Constant(self, node: ast.Constant):
        if type(node.value) is int and node.value in (0, 1, 2):
            return self._point(node, "int-plus-one", ast.Constant(node.value + 1))
        return node

    # docstrings and messages are not mutated
    def visit_JoinedStr(self, node):
        return node

    def visit_Expr(self, node: ast.Expr):
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return node
        return self.generic_visit(node)


# The tree mutants are made from and run in: ROOT, or a snapshot of it taken once at the
# start of a run (so that edits made to the repository while the run goes on shift neither
# the numbering of the mutants nor the code they run against).
_BASE = [ROOT]
_COPIED = ("verifier", "tests", "derivations", "examples")


def _snapshot() -> Path:
    base = Path(tempfile.mkdtemp(prefix="mutate-base-"))
    for name in _COPIED:
        shutil.copytree(ROOT / name, base / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", base / "pyproject.toml")
    return base


def mutants(files=TARGETS) -> list[Mutant]:
    """Every mutant of ``files``; ``index`` is global: numbered over all of TARGETS (in that
    order) whatever subset is asked for, so an index from ``--list`` names the same mutant
    with or without ``--only``/``--kinds``."""
    found = []
    for name in TARGETS:
        tree = ast.parse((_BASE[0] / "verifier" / "proof" / name).read_text())
        m = _Mutator()
        m.visit(tree)
        seen: dict[tuple, int] = {}
        for line, kind, before, after in m.points:
            key = (line, kind)
            seen[key] = seen.get(key, -1) + 1
            found.append(Mutant(name, line, kind, before, after, len(found)))
    return [m for m in found if m.file in files]


def _mutated_source(name: str, number_in_file: int) -> str:
    tree = ast.parse((_BASE[0] / "verifier" / "proof" / name).read_text())
    m = _Mutator(number_in_file)
    tree = m.visit(tree)
    assert m.applied
    return ast.unparse(ast.fix_missing_locations(tree))


def run(
    mutant: Mutant | None,
    offset: int,
    timeout: float,
    suite: tuple[str, ...],
    deselect: tuple[str, ...] = (),
) -> dict:
    """Run ``suite`` against ``mutant`` (None: against the unmutated baseline)."""
    base = _BASE[0]
    work = Path(tempfile.mkdtemp(prefix="mutant-"))
    try:
        for name in _COPIED:
            shutil.copytree(base / name, work / name, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(base / "pyproject.toml", work / "pyproject.toml")
        # model.shipped_dir() looks for verifier/../derivations, else the installed package
        # verifier.derivations, which an editable install of the main tree may not provide for
        # this copy: put the shipped derivations where the copy looks first.
        shutil.copytree(base / "derivations", work / "verifier" / "derivations")
        if mutant is not None:
            target = work / "verifier" / "proof" / mutant.file
            target.write_text(_mutated_source(mutant.file, mutant.index - offset))
        env = {**os.environ, "PYTHONPATH": str(work), "PYTHONDONTWRITEBYTECODE": "1"}
        start = time.perf_counter()
        try:
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pytest",
                    "-x",
                    "-q",
                    "-p",
                    "no:cacheprovider",
                    "-p",
                    "no:verifier",
                    *suite,
                    *(arg for test in deselect for arg in ("--deselect", test)),
                ],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
            status = "survived" if proc.returncode == 0 else "killed"
            lines = proc.stdout.strip().splitlines() or [""]
            last = lines[-1]
            failed = [line for line in lines if line.startswith(("FAILED", "ERROR"))]
            if failed:  # which test killed it (pytest -ra short summary)
                last = f"{last} | {failed[0][:300]}"
        except subprocess.TimeoutExpired:
            status, last = "timeout", f"no result within {timeout:g} s"
        return {
            **(
                asdict(mutant)
                if mutant
                else {
                    "file": "(baseline)",
                    "line": 0,
                    "kind": "-",
                    "before": "",
                    "after": "",
                    "index": -1,
                }
            ),
            "status": status,
            "seconds": round(time.perf_counter() - start, 1),
            "tests": last,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=list(TARGETS), help="files of verifier/proof")
    parser.add_argument("--kinds", nargs="*", help="only these mutation kinds")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--out", default="mutants.jsonl")
    parser.add_argument("--suite", nargs="*", default=list(KILL_SUITE))
    parser.add_argument(
        "--start", type=int, default=0, help="first global index (as printed by --list) to run"
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--index", type=int, nargs="*", help="only these global indices")
    parser.add_argument(
        "--deselect",
        nargs="*",
        default=[],
        help="test ids left out of the suite (e.g. ones that time out under load)",
    )
    parser.add_argument(
        "--no-snapshot",
        action="store_true",
        help="mutate and run against the live repository, not a snapshot",
    )
    parser.add_argument(
        "--no-baseline",
        action="store_true",
        help="do not first check that the suite passes on the unmutated kernel",
    )
    args = parser.parse_args(argv)
    if not args.list and not args.no_snapshot:
        _BASE[0] = _snapshot()
    try:
        return _main(args)
    finally:
        if _BASE[0] != ROOT:
            shutil.rmtree(_BASE[0], ignore_errors=True)


def _main(args) -> int:
    unknown = set(args.only) - set(TARGETS)
    if unknown:
        raise SystemExit(f"not a target: {sorted(unknown)} (targets: {', '.join(TARGETS)})")
    everything = mutants(tuple(TARGETS))
    offsets = {}
    for m in everything:
        offsets.setdefault(m.file, m.index)
    chosen = [
        m
        for m in everything
        if m.file in args.only
        and m.index >= args.start
        and (not args.kinds or m.kind in args.kinds)
        and (args.index is None or m.index in args.index)
    ]
    chosen = chosen[: args.limit]
    if args.list:
        for m in chosen:
            print(f"{m.index:4d} {m.file}:{m.line} {m.kind}: {m.before!r} -> {m.after!r}")
        print(f"{len(chosen)} mutants")
        return 0
    if not args.no_baseline:
        r = run(None, 0, args.timeout, tuple(args.suite), tuple(args.deselect))
        print(f"baseline (unmutated): {r['status']} ({r['seconds']} s) {r['tests']}", flush=True)
        if r["status"] != "survived":
            print("the suite does not pass on the unmutated kernel: no mutant can be judged")
            return 2
    results = []
    with open(args.out, "a") as out, ThreadPoolExecutor(args.jobs) as pool:
        futures = [
            pool.submit(
                run, m, offsets[m.file], args.timeout, tuple(args.suite), tuple(args.deselect)
            )
            for m in chosen
        ]
        for future in futures:
            r = future.result()
            results.append(r)
            out.write(json.dumps(r) + "\n")
            out.flush()
            print(
                f"{r['status']:8s} {r['file']}:{r['line']} {r['kind']}: {r['before']!r} -> "
                f"{r['after']!r} ({r['seconds']} s)",
                flush=True,
            )
    counts = {s: sum(r["status"] == s for r in results) for s in ("killed", "timeout", "survived")}
    print(
        f"\n{len(results)} mutants: {counts['killed']} killed, {counts['timeout']} timed out "
        f"(counted as killed), {counts['survived']} survived"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

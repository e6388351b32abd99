"""The command line: a thin layer over the library.

    verifier prove sigmoid-derivative          # the steps, each with its rule and verdict
    verifier prove --all --format markdown     # GitHub renders the $$ math
    verifier prove reciprocal-rule --trust     # what the proof rests on
    verifier check [FILE_OR_DIR ...]           # exit 0 all proved, 1 any refuted/unknown, 2 bad input
    verifier check FILE --format json          # machine-readable verdicts
    verifier list                              # the derivations and their lemma graph
    verifier kernels [--source | --write]      # the generated NumPy kernels
    verifier gradcheck                         # backprop on the kernels, and the blog's bugs

Exit codes come from :mod:`verifier.errors`: 2 for bad input, 1 for a proof
or check that fails, 0 otherwise. Bad input never shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from verifier.errors import InputError, VerifierError

FORMATS_PROVE = ("text", "markdown", "latex", "json")
FORMATS_CHECK = ("text", "json", "github", "markdown")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors are bad input: exit 2, one line
        self.print_usage(sys.stderr)
        raise InputError(message)


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("must be between 0 and 3600 seconds")
    return value


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 256:
        raise argparse.ArgumentTypeError("must be between 1 and 256")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="verifier", description="Check calculus derivations step by step.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    prove = sub.add_parser("prove", help="print a derivation's steps with rules and verdicts")
    prove.add_argument("targets", nargs="*", metavar="ID_OR_FILE")
    prove.add_argument("--all", action="store_true", help="every shipped derivation")
    prove.add_argument("--format", choices=FORMATS_PROVE, default="text")
    prove.add_argument("--trust", action="store_true", help="list what the proof rests on")
    prove.add_argument("--timeout", type=_positive_float, default=10.0, help="seconds per step")

    check = sub.add_parser("check", help="check derivation files (CI)")
    check.add_argument("paths", nargs="*", metavar="FILE_OR_DIR")
    check.add_argument("--format", choices=FORMATS_CHECK, default="text")
    check.add_argument("--junit-xml", metavar="FILE", help="also write a JUnit XML report")
    check.add_argument("--timeout", type=_positive_float, default=10.0, help="seconds per step")
    check.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        help="worker processes (default: the number of cores)",
    )
    check.add_argument(
        "--kernels",
        action="store_true",
        help="also fail if verifier/kernels/generated.py is not what --write would produce",
    )

    sub.add_parser("list", help="the derivations and their lemma graph")

    kernels = sub.add_parser("kernels", help="the generated NumPy kernels")
    kernels.add_argument("--source", action="store_true", help="print the kernels' code")
    kernels.add_argument(
        "--write",
        action="store_true",
        help="regenerate verifier/kernels/generated.py from the proved derivations",
    )
    kernels.add_argument("--output", metavar="FILE", help=argparse.SUPPRESS)

    grad = sub.add_parser(
        "gradcheck", help="backprop checks on the generated kernels", add_help=False
    )
    grad.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "gradcheck":
            # Its own options live with it (verifier.nn.gradcheck); pass them through.
            from verifier.nn.gradcheck import main as gradcheck_main

            return gradcheck_main(argv[1:])
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command](args)
    except VerifierError as exc:
        print(f"error: {exc.format()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


# -- loading ------------------------------------------------------------------


def _load(paths: Sequence[str], *, default_shipped: bool):
    """Load files (or the shipped derivations); bad files become LoadFailures."""
    from verifier.proof.model import discover, load_file, load_shipped, resolve
    from verifier.report.render import LoadFailure

    shipped = load_shipped()
    if not paths and default_shipped:
        return resolve(shipped, []), [], shipped
    files = discover(paths)
    loaded, failures = [], []
    for path in files:
        try:
            loaded.append(load_file(path))
        except InputError as exc:
            failures.append(LoadFailure(exc.file or str(path), exc.line, exc.message))
    while True:
        try:
            order = resolve(loaded, shipped)
            break
        except InputError as exc:
            bad = [d for d in loaded if d.file == exc.file]
            if not bad:
                raise
            loaded = [d for d in loaded if d.file != exc.file]
            failures.append(LoadFailure(exc.file, exc.line, exc.message, id=bad[0].id))
    return order, failures, shipped


def _exit_code(results) -> int:
    verdicts = {r.verdict for r in results}
    if "error" in verdicts:
        return 2
    return 0 if verdicts <= {"proved"} else 1


# -- commands -----------------------------------------------------------------


def cmd_check(args) -> int:
    import time

    from verifier.report import render
    from verifier.runner import check_ordered, default_jobs

    start = time.perf_counter()
    order, failures, _ = _load(args.paths, default_shipped=True)
    if args.junit_xml:
        _check_writable(args.junit_xml)
    jobs = args.jobs or default_jobs()
    requested = _requested(order, args.paths)
    reports, timing = check_ordered(order, jobs=jobs, timeout=args.timeout)
    results = [r for r in reports if r.derivation.file in requested] + failures
    results.sort(key=lambda r: r.file if hasattr(r, "message") else r.derivation.file)
    out = {
        "text": render.text_check,
        "json": render.json_document,
        "github": render.github_annotations,
        "markdown": lambda rs: "\n".join(
            render.markdown_derivation(r) for r in rs if not isinstance(r, render.LoadFailure)
        ),
    }[args.format](results)
    sys.stdout.write(out)
    for failure in failures:  # bad input is also said on stderr, whatever the format
        where = f"{failure.file}:{failure.line}" if failure.line else failure.file
        print(f"error: {where}: {failure.message}", file=sys.stderr)
    if args.junit_xml:
        Path(args.junit_xml).write_text(render.junit_xml(results, timing.seconds), encoding="utf-8")
    code = _exit_code(results)
    if args.kernels:
        from verifier.kernels.specs import freshness_problem

        problem = freshness_problem()
        if problem:
            print(f"kernels: {problem}", file=sys.stderr)
            code = max(code, 1)
        else:
            print(
                "kernels: verifier/kernels/generated.py is up to date with the derivations",
                file=sys.stderr,
            )
    if args.format == "text":
        print(f"({time.perf_counter() - start:.2f} s, {jobs} job(s))", file=sys.stderr)
    return code


def _requested(order, paths) -> set[str]:
    """Files to report on: those named (their lemmas are checked, not reported)."""
    if not paths:
        return {d.file for d in order}
    shipped_files = {d.file for d in order if d.shipped}
    named = {d.file for d in order if not d.shipped}
    # A shipped file named explicitly on the command line is reported too.
    for d in order:
        if d.shipped and any(
            Path(p).resolve() in (Path(d.file).resolve(), Path(d.file).resolve().parent)
            for p in paths
        ):
            named.add(d.file)
    return named or shipped_files


def _check_writable(path: str) -> None:
    target = Path(path)
    try:
        with open(target, "a", encoding="utf-8"):
            pass
    except OSError as exc:
        raise InputError(f"cannot write the JUnit report: {exc.strerror}", file=path) from None


def cmd_prove(args) -> int:
    from verifier.proof.model import load_file, load_shipped, resolve
    from verifier.report import render
    from verifier.runner import check_ordered

    shipped = load_shipped()
    by_id = {d.id: d for d in shipped}
    targets: list = []
    if args.all:
        targets = list(shipped)
    for t in args.targets:
        if t in by_id:
            targets.append(by_id[t])
        elif Path(t).suffix == ".toml" or Path(t).exists():
            targets.append(load_file(t))
        else:
            known = ", ".join(sorted(by_id))
            raise InputError(f"no derivation with id '{t}' (shipped: {known}); or give a file path")
    if not targets:
        raise InputError("name a derivation id or a file, or use --all")
    order = resolve(targets, shipped)
    reports, _ = check_ordered(order, jobs=1, timeout=args.timeout)
    by_report = {r.derivation.id: r for r in reports}
    chosen = [by_report[d.id] for d in targets]
    if args.trust:
        sys.stdout.write("\n".join(render.trust(r, by_report) for r in chosen))
    elif args.format == "text":
        sys.stdout.write("\n".join(render.text_derivation(r) for r in chosen))
    elif args.format == "markdown":
        sys.stdout.write("\n".join(render.markdown_derivation(r) for r in chosen))
    elif args.format == "latex":
        sys.stdout.write(render.latex_document(chosen))
    else:
        sys.stdout.write(render.json_document(chosen))
    return 0 if all(r.proved for r in chosen) else 1


def cmd_list(args) -> int:
    from verifier.proof.model import load_shipped
    from verifier.report.render import lemma_graph

    sys.stdout.write(lemma_graph(load_shipped()))
    return 0


def cmd_kernels(args) -> int:
    from verifier.kernels.specs import main as kernels_main

    return kernels_main(source=args.source, write=args.write, output=args.output)


COMMANDS = {"check": cmd_check, "prove": cmd_prove, "list": cmd_list, "kernels": cmd_kernels}

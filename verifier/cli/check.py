"""``verifier check``: check derivation files (or posts) the way CI does, one verdict per file."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from verifier.cli import options
from verifier.errors import InputError, ProofFailed

FORMATS = ("text", "json", "github", "markdown")


def register(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser(
        "check",
        help="check derivation files or posts (exit 0 all proved, 1 not, 2 bad input)",
        description="Check derivation files (*.toml) or posts (*.md, *.tex, *.ipynb). "
        "With no path: ./derivations/ if it exists, else the shipped derivations.",
    )
    check.add_argument("paths", nargs="*", metavar="FILE_OR_DIR")
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--junit-xml", metavar="FILE", help="also write a JUnit XML report")
    options.add_timeout(check)
    check.add_argument(
        "-j",
        "--jobs",
        type=options.jobs,
        default=None,
        help="worker processes (default: the number of cores)",
    )
    check.add_argument(
        "--kernels",
        action="store_true",
        help="also fail if verifier/kernels/generated.py is not what --write would produce",
    )
    check.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from verifier.posts import is_post

    posts = [Path(p) for p in args.paths if is_post(Path(p))]
    if posts:
        if len(posts) != len(args.paths):
            raise InputError("check posts (.md, .tex, .ipynb) and derivation files separately")
        return _check_posts(posts, args)
    return _check_derivations(args)


def _check_posts(paths: list[Path], args: argparse.Namespace) -> int:
    if args.junit_xml or args.kernels:
        raise InputError("--junit-xml and --kernels apply to derivation files, not posts")
    for path in paths:
        if not path.is_file():
            raise InputError("no such file", file=str(path))
    from verifier.posts import check_posts

    return check_posts(paths, args.format, sys.stdout, timeout=args.timeout)


def _check_derivations(args: argparse.Namespace) -> int:
    from verifier import report
    from verifier.cli.loading import default_paths, load
    from verifier.runner import check_ordered, default_jobs

    start = time.perf_counter()
    paths = args.paths or default_paths()
    loaded = load(paths)
    if args.junit_xml:
        _check_writable(args.junit_xml)
    jobs = args.jobs or default_jobs()
    reports, timing = check_ordered(loaded.order, jobs=jobs, timeout=args.timeout)
    checked = [r for r in reports if r.derivation.file in loaded.requested]
    checked.sort(key=lambda r: r.derivation.file)
    failures = sorted(loaded.failures, key=lambda f: f.file)
    if args.format == "text":
        # A bad file is said once, on stderr, below; the text report is about what was checked.
        sys.stdout.write(report.text_check([*checked, *failures]))
    elif args.format == "markdown":
        sys.stdout.write("\n".join(report.markdown_derivation(r) for r in checked))
    else:  # machine formats carry the failures too, for the tool that reads them
        render = {"json": report.json_document, "github": report.github_annotations}
        sys.stdout.write(render[args.format](_by_file(checked, failures)))
    for failure in failures:
        where = f"{failure.file}:{failure.line}" if failure.line else failure.file
        print(f"error: {where}: {failure.message}", file=sys.stderr)
    if args.junit_xml:
        xml = report.junit_xml(_by_file(checked, failures), timing.seconds)
        Path(args.junit_xml).write_text(xml, encoding="utf-8")
    code = 0
    if failures:
        code = InputError.exit_code
    elif not all(r.proved for r in checked):
        code = ProofFailed.exit_code
    if args.kernels:
        from verifier.kernels.specs import freshness_problem

        problem = freshness_problem()
        if problem:
            print(f"kernels: {problem}", file=sys.stderr)
            code = code or ProofFailed.exit_code
        else:
            print("kernels: generated.py is up to date with the derivations", file=sys.stderr)
    if args.format == "text":
        print(f"({time.perf_counter() - start:.2f} s, {jobs} job(s))", file=sys.stderr)
    return code


def _by_file(checked: list, failures: list) -> list:
    return sorted(
        [*checked, *failures], key=lambda r: r.file if hasattr(r, "message") else r.derivation.file
    )


def _check_writable(path: str) -> None:
    try:
        with open(path, "a", encoding="utf-8"):
            pass
    except OSError as exc:
        raise InputError(f"cannot write the JUnit report: {exc.strerror}", file=path) from None

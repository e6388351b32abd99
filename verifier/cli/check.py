"""``verifier check``: check derivation files (or posts) the way CI does, one verdict per file."""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
import time
from dataclasses import dataclass
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
        "--no-cache",
        action="store_true",
        help="check from scratch, even when these exact files were all proved before",
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
    start = time.perf_counter()
    paths = args.paths or _default_paths()
    if args.junit_xml:
        _check_writable(args.junit_xml)
    entry = None
    if not (args.no_cache or args.kernels):
        # Imported here: --no-cache (a check from scratch) never reads the library versions.
        from verifier.proof import cache

        if not cache.disabled():
            entry = _cache_entry(paths, args)
    kept = cache.load(entry) if entry else None
    if kept is not None:
        result = _Result(kept.get("stdout", ""), kept.get("junit"), [], 0, None)
    else:
        result = _run_check(paths, args)
        if entry and result.code == 0:  # everything proved, no bad file: keep it
            cache.save(entry, {"stdout": result.stdout, "junit": result.junit})
    sys.stdout.write(result.stdout)
    for line in result.errors:
        print(line, file=sys.stderr)
    if args.junit_xml and result.junit is not None:
        Path(args.junit_xml).write_text(result.junit, encoding="utf-8")
    code = result.code
    if args.kernels:
        from verifier.kernels.specs import freshness_problem

        problem = freshness_problem()
        if problem:
            print(f"kernels: {problem}", file=sys.stderr)
            code = code or ProofFailed.exit_code
        else:
            print("kernels: generated.py is up to date with the derivations", file=sys.stderr)
    if args.format == "text":
        spent = time.perf_counter() - start
        if kept is not None:
            print(
                f"({spent:.2f} s: these exact files were all proved by this verifier before; "
                "the report is reprinted from the cache, --no-cache checks again)",
                file=sys.stderr,
            )
        else:
            print(f"({spent:.2f} s, {result.jobs} job(s))", file=sys.stderr)
    return code


@dataclass(frozen=True)
class _Result:
    """What a check printed: the report, the JUnit XML, the errors (stderr), the exit code."""

    stdout: str
    junit: str | None
    errors: list[str]
    code: int
    jobs: int | None


def _run_check(paths: list, args: argparse.Namespace) -> _Result:
    collect = gc.isenabled()  # what the workers forked while reading go on with
    with contextlib.ExitStack() as stack:
        with _collector_paused():
            from verifier import report
            from verifier.cli.loading import load
            from verifier.runner import HeadStart, check_ordered, default_jobs

            jobs = args.jobs or default_jobs()
            # The derivations that cite no lemma are checked while the rest is read.
            started = stack.enter_context(HeadStart(jobs, args.timeout, collect=collect))
            # Reading keeps what it builds (the derivations): a collection finds no garbage.
            loaded = load(paths, started)
        reports, timing = check_ordered(
            loaded.order, jobs=jobs, timeout=args.timeout, started=started
        )
    checked = [r for r in reports if r.derivation.file in loaded.requested]
    checked.sort(key=lambda r: r.derivation.file)
    failures = sorted(loaded.failures, key=lambda f: f.file)
    if args.format == "text":
        # A bad file is said once, on stderr, below; the text report is about what was checked.
        stdout = report.text_check([*checked, *failures])
    elif args.format == "markdown":
        stdout = "\n".join(report.markdown_derivation(r) for r in checked)
    else:  # machine formats carry the failures too, for the tool that reads them
        render = {"json": report.json_document, "github": report.github_annotations}
        stdout = render[args.format](_by_file(checked, failures))
    errors = []
    for failure in failures:
        where = f"{failure.file}:{failure.line}" if failure.line else failure.file
        errors.append(f"error: {where}: {failure.message}")
    junit = None
    if args.junit_xml:
        junit = report.junit_xml(_by_file(checked, failures), timing.seconds)
    code = 0
    if failures:
        code = InputError.exit_code
    elif not all(r.proved for r in checked):
        code = ProofFailed.exit_code
    return _Result(stdout, junit, errors, code, jobs)


@contextlib.contextmanager
def _collector_paused():
    """Import SymPy and the checker, and read the files, without Python's cyclic
    garbage collector.

    Importing SymPy builds some hundred thousand objects and frees almost none, yet the
    collector walks the growing heap again and again as it goes (40 ms of the import,
    measured with ``gc.callbacks``). Afterwards the imported objects are frozen (left
    out of later collections, as the workers leave them), and the collector runs again
    for what the check itself makes. Only the first import in a process is treated so (a
    later check in the same process, a test say, must not freeze its garbage), and a
    process that had the collector off keeps it off."""
    first = gc.isenabled() and "verifier.report" not in sys.modules
    if not first:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _default_paths() -> list:
    from verifier.cli.loading import default_paths

    return default_paths()


def _cache_entry(paths: list, args: argparse.Namespace) -> str | None:
    """The cache key of this run: every file it could read, and its options."""
    from verifier.proof.sources import discover, shipped_dir

    try:
        files = [*discover(paths), *shipped_dir().glob("*.toml")]
    except (InputError, OSError):
        return None  # a missing file: the check itself reports it
    from verifier.proof import cache

    options = {"timeout": args.timeout, "format": args.format, "junit": bool(args.junit_xml)}
    return cache.key(files, options)


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

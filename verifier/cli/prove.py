"""``verifier prove``: print derivations step by step, each step with its rule and verdict."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from verifier.cli import options
from verifier.errors import InputError, ProofFailed

FORMATS = ("text", "markdown", "latex", "json")


def register(sub: argparse._SubParsersAction) -> None:
    prove = sub.add_parser(
        "prove",
        help="print a derivation's steps with rules and verdicts",
        description="Print derivations (shipped ids or files) step by step.",
    )
    prove.add_argument("targets", nargs="*", metavar="ID_OR_FILE")
    prove.add_argument("--all", action="store_true", help="every shipped derivation")
    prove.add_argument("--format", choices=FORMATS, default="text")
    prove.add_argument("--trust", action="store_true", help="list what the proof rests on")
    options.add_timeout(prove)
    prove.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from verifier import report
    from verifier.proof.model import load_file, load_shipped, resolve
    from verifier.runner import check_ordered

    shipped = load_shipped()
    by_id = {d.id: d for d in shipped}
    targets: list = list(shipped) if args.all else []
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
    reports, _ = check_ordered(resolve(targets, shipped), jobs=1, timeout=args.timeout)
    by_report = {r.derivation.id: r for r in reports}
    chosen = [by_report[d.id] for d in targets]
    if args.trust:
        sys.stdout.write("\n".join(report.trust(r, by_report) for r in chosen))
    elif args.format == "text":
        unicode = options.encodes(sys.stdout, "\u2211\u239b\u221a")  # sigma, bracket, root
        sys.stdout.write("\n".join(report.text_derivation(r, unicode=unicode) for r in chosen))
    elif args.format == "markdown":
        sys.stdout.write("\n".join(report.markdown_derivation(r) for r in chosen))
    elif args.format == "latex":
        sys.stdout.write(report.latex_document(chosen))
    else:
        sys.stdout.write(report.json_document(chosen))
    return 0 if all(r.proved for r in chosen) else ProofFailed.exit_code

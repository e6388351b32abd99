"""``verifier list``: derivations and the lemmas they cite, shipped or given as files."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser(
        "list",
        help="derivations and their lemma graph",
        description="List derivations (the shipped ones, or the files given) and what each cites.",
    )
    listing.add_argument("paths", nargs="*", metavar="FILE_OR_DIR")
    listing.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from verifier import report
    from verifier.proof.model import load_file, load_shipped, resolve
    from verifier.proof.sources import discover

    if not args.paths:
        sys.stdout.write(report.lemma_graph(load_shipped()))
        return 0
    # Files given: read each (a bad one is bad input, said once), then the lemmas they cite.
    derivations = [load_file(p) for p in discover(args.paths)]
    sys.stdout.write(report.lemma_graph(resolve(derivations, load_shipped())))
    return 0

"""``verifier kernels``: the generated NumPy kernels, their provenance, and regenerating them."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    kernels = sub.add_parser(
        "kernels",
        help="the generated NumPy kernels",
        description="List the kernels with their provenance and accuracy; --write regenerates.",
    )
    kernels.add_argument("--source", action="store_true", help="print the kernels' code")
    kernels.add_argument(
        "--write",
        action="store_true",
        help="regenerate verifier/kernels/generated.py from the proved derivations",
    )
    kernels.add_argument("--output", metavar="FILE", help=argparse.SUPPRESS)
    kernels.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from verifier.kernels.specs import main

    return main(source=args.source, write=args.write, output=args.output)

"""The one ``verifier`` parser tree, and the one path from an error to an exit code.

    verifier prove sigmoid-derivative          # the steps, each with its rule and verdict
    verifier prove --all --format latex        # a document pdflatex compiles
    verifier prove reciprocal-rule --trust     # what the proof rests on
    verifier check [FILE_OR_DIR ...]           # exit 0 all proved, 1 not, 2 bad input
    verifier check post.md                     # the equality chains of a post, link by link
    verifier list [FILE ...]                   # derivations and their lemma graph
    verifier rules                             # every rule: statement, side conditions, example
    verifier kernels [--source | --write]      # the generated NumPy kernels
    verifier gradcheck [--model F.py:fn]       # your gradients against finite differences

Each command is a module of this package with ``register(subparsers)`` and ``run(args)``.
Exit codes come only from :mod:`verifier.errors`: an exception's ``exit_code`` (2 bad input,
1 a proof or check that fails), or a command's return value built from those classes.
Every error is printed once, to stderr, as ``error: FILE:LINE: what is wrong``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from verifier.cli import check, gradcheck, kernels, listing, options, prove, rules
from verifier.errors import VerifierError

COMMANDS = (prove, check, listing, rules, kernels, gradcheck)


def build_parser() -> argparse.ArgumentParser:
    from verifier import __version__

    parser = options.Parser(
        prog="verifier",
        description="Check calculus derivations step by step, and the kernels made from them.",
    )
    parser.add_argument("--version", action="version", version=f"verifier {__version__}")
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=options.Parser
    )
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    options.tolerate_unencodable(sys.stdout, sys.stderr)
    try:
        args = build_parser().parse_args(argv)
        return args.run(args)
    except VerifierError as exc:
        print(f"error: {exc.format()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0

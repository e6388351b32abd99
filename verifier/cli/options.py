"""What every command shares: the parser class, argument types with their bounds, formats."""

from __future__ import annotations

import argparse
import contextlib
import sys

from verifier.errors import InputError

MAX_TIMEOUT = 3600.0
MAX_JOBS = 256


class Parser(argparse.ArgumentParser):
    """A parser whose usage errors are bad input: one message, exit 2, through main's one path."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        raise InputError(message)


def seconds(text: str) -> float:
    """A time limit: more than 0 and at most an hour."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= MAX_TIMEOUT:  # also false for nan
        raise argparse.ArgumentTypeError(
            f"must be more than 0 and at most {MAX_TIMEOUT:g} seconds, not {text}"
        )
    return value


def jobs(text: str) -> int:
    """A number of worker processes: 1 to 256."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_JOBS}, not {value}")
    return value


def add_timeout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--timeout",
        type=seconds,
        default=10.0,
        metavar="SECONDS",
        help="time limit per step, in seconds of CPU time (default 10; a wall-clock limit of 3x that remains)",
    )


def encodes(stream, text: str) -> bool:
    """Whether ``stream`` can write ``text``: a terminal or file in ASCII or Latin-1
    cannot write a sigma or a check mark. A stream of str with no encoding can."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return True
    try:
        text.encode(encoding)
    except (UnicodeError, LookupError):
        return False
    return True


def tolerate_unencodable(*streams) -> None:
    """Let each stream that cannot encode what a report holds (a check mark, a root, a
    Greek letter from a post) write an escape (\\u2713) in its place, not fail mid-report
    with a traceback. A stream that can, or cannot be reconfigured, is left alone."""
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not encodes(stream, "\u2713\u221a\u03c3\u2211"):
            with contextlib.suppress(ValueError, OSError):  # a stream that refuses
                reconfigure(errors="backslashreplace")

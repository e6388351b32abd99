"""``verifier rules``: every rule of the table, with its statement, side conditions and example.

    verifier rules                     # plain text
    verifier rules --format markdown   # the README's "Rules" section (a test keeps them equal)

The text is generated from :data:`verifier.proof.rules.RULES` and the derivative
table, so the reference cannot drift from the rules the checker applies.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the table imports SymPy: only when the command runs
    from verifier.proof.rules import Rule

FORMATS = ("text", "markdown")
LEMMAS_NOTE = (
    "Besides these, a step may cite the id of any proved derivation listed in its file's "
    "`uses` (a lemma), and `auto` to let the checker search for the rules."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``rules`` command; ``args.run`` is :func:`run`."""
    p = subparsers.add_parser(
        "rules",
        help="every rule: statement, side conditions, example",
        description="Every rule a step may name in `by`, with its statement, the side "
        "conditions the checker shows before it applies, and one example.",
    )
    p.add_argument("--format", choices=FORMATS, default="text", help="output format")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(reference(args.format))
    return 0


def reference(fmt: str = "text") -> str:
    """The rule reference in ``fmt`` ("text" or "markdown"), ending in a newline."""
    if fmt == "markdown":
        return _markdown()
    return _text()


def _notes(rule: Rule) -> str:
    notes = [rule.kind]
    if rule.always:
        notes.append("applied in every step, named or not")
    return ", ".join(notes)


def _text() -> str:
    from verifier.proof.rules import DERIVATIVE_TABLE, RULES

    lines = []
    for rule in RULES.values():
        lines.append(f"{rule.name}  [{_notes(rule)}]")
        lines.append(f"    {rule.law}")
        for condition in rule.conditions:
            lines.append(f"    when: {condition}")
        if rule.example:
            lines.append(f"    e.g.  {rule.example}")
        if rule.name == "derivative-table":
            for entry in DERIVATIVE_TABLE.values():
                domain = f"   (for {entry.condition})" if entry.condition else ""
                lines.append(f"      {entry.formula}{domain}")
        lines.append("")
    lines.append(LEMMAS_NOTE.replace("`", "'"))
    return "\n".join(lines) + "\n"


def _code(text: str) -> str:
    # In a GitHub table even a code span needs its pipes escaped.
    return "`" + text.replace("|", "\\|") + "`"


def _plain(text: str) -> str:
    for special in ("\\", "*", "_", "|", "<", ">", "[", "]"):
        text = text.replace(special, "\\" + special)
    return text


def _markdown() -> str:
    from verifier.proof.rules import DERIVATIVE_TABLE, RULES

    lines = [
        "| rule | statement | side conditions | example |",
        "|---|---|---|---|",
    ]
    for rule in RULES.values():
        law = _code(rule.law)
        conditions = "; ".join(_plain(c) for c in rule.conditions) or "none"
        if rule.name == "derivative-table":
            # One row per function, in the table below.
            law = _code("d/du F(u) = F'(u)") + " for each F below"
            conditions = "F's domain condition at u (below)"
        example = _code(rule.example) if rule.example else ""
        name = f"`{rule.name}` ({_notes(rule)})"
        lines.append(f"| {name} | {law} | {conditions} | {example} |")
    lines += [
        "",
        "The derivative table (`derivative-table`), one row per function:",
        "",
        "| function | derivative | domain condition |",
        "|---|---|---|",
    ]
    for entry in DERIVATIVE_TABLE.values():
        condition = _code(entry.condition) if entry.condition else "none"
        lines.append(f"| `{entry.name}` | {_code(entry.formula)} | {condition} |")
    lines += ["", LEMMAS_NOTE]
    return "\n".join(lines) + "\n"

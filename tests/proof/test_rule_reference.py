"""``verifier rules``: the reference a user reads, and the README section generated from it."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from verifier.cli import rules as rules_command
from verifier.proof.rules import DERIVATIVE_TABLE, RULES

README = Path(__file__).resolve().parents[2] / "README.md"


def _parse(argv):
    parser = argparse.ArgumentParser(prog="verifier")
    rules_command.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_readme_rules_section_is_the_generated_reference():
    text = README.read_text(encoding="utf-8")
    match = re.search(r"<!-- rules:start[^\n]*-->\n(.*?)<!-- rules:end -->", text, re.S)
    assert match, "README.md lost its rules markers"
    assert match.group(1).strip() == rules_command.reference("markdown").strip(), (
        "README's rule list is stale: paste `verifier rules --format markdown` between the markers"
    )


def test_text_lists_every_rule_with_statement_conditions_and_example(capsys):
    args = _parse(["rules"])
    assert args.run(args) == 0
    out = capsys.readouterr().out
    for rule in RULES.values():
        block = out.split(f"\n{rule.name}  [", 1)[1] if rule.name != "algebra" else out
        block = block.split("\n\n", 1)[0]
        assert rule.law in block, rule.name
        for condition in rule.conditions:
            assert f"when: {condition}" in block, (rule.name, condition)
        assert f"e.g.  {rule.example}" in block, rule.name
    assert out.startswith("algebra  [algebra]\n")
    assert "basic-derivatives  [axiom, applied in every step, named or not]" in out


def test_text_shows_each_table_entry_with_its_domain(capsys):
    args = _parse(["rules", "--format", "text"])
    args.run(args)
    out = capsys.readouterr().out
    assert "d/du log(u) = 1/u   (for u > 0)" in out
    assert "d/du asin(u) = 1/sqrt(1 - u**2)   (for |u| < 1)" in out
    assert "d/du cos(u) = -sin(u)\n" in out  # no condition: none shown
    for entry in DERIVATIVE_TABLE.values():
        assert entry.formula in out


def test_markdown_is_one_table_row_per_rule_with_pipes_escaped(capsys):
    args = _parse(["rules", "--format", "markdown"])
    args.run(args)
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| `")]
    assert len(rows) == len(RULES) + len(DERIVATIVE_TABLE)
    # |u| < 1 inside a table cell: an unescaped pipe would split the cell.
    assert "`\\|u\\| < 1`" in out
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) in (4 + 1, 3 + 1), row


def test_unknown_format_is_refused():
    with pytest.raises(SystemExit):
        _parse(["rules", "--format", "html"])

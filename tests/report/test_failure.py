"""The pytest failure text (``verifier.report.failure_text``) of each example's planted mistake.

Expectations come from the example files: the step whose note says ``WRONG``,
its ``expr`` and the one before it, the claim and the declarations.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from renderers import EXAMPLES

from verifier.report import failure_text

# One pytest-xdist worker runs all of this module: its tests share the session fixture ``checked``
# (tests/report/conftest.py) with the other report tests, computed once per process.
pytestmark = pytest.mark.xdist_group("report-checked")


def _expr_lines(path: Path) -> list[int]:
    """The line of each step's ``expr``, in order."""
    lines, in_step = [], False
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if line.strip() == "[[step]]":
            in_step = True
        elif in_step and line.lstrip().startswith("expr"):
            lines.append(number)
            in_step = False
    return lines


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_failure_text_names_the_planted_step_both_sides_and_the_counterexample(
    path: Path, checked
) -> None:
    data = tomllib.loads(path.read_text())
    steps = data["step"]
    (index,) = [i for i, s in enumerate(steps, 1) if "WRONG" in s.get("note", "")]
    report = checked[path]
    text = failure_text(report)
    first, *rest = text.splitlines()
    line = _expr_lines(path)[index - 1]
    assert (
        first
        == f"{report.derivation.file}:{line}: {data['id']} is refuted (step {index} not proved)"
    )
    assert f"claim: {data['claim']}" in rest
    for name, words in data.get("functions", {}).items():
        assert f"function: {name} {' '.join(sorted(words.split()))}" in rest
    for name in data.get("symbols", {}):
        assert any(ln.startswith(f"symbol: {name} ") for ln in rest)
    at = rest.index(
        f"step {index} at {report.derivation.file}:{line}, by {_rules(steps[index - 1])}: refuted"
    )
    assert rest[at + 1].split(":", 1)[1].strip() == steps[index - 2]["expr"].strip()
    assert rest[at + 2].split(":", 1)[1].strip() == steps[index - 1]["expr"].strip()
    assert rest[at + 4].startswith("    counterexample: at ")


def _rules(step: dict) -> str:
    by = step.get("by", "auto")
    return by if isinstance(by, str) else ", ".join(by)

"""The command line: exit codes, the prove view, JSON schema, --trust, list, formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from verifier.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_check_shipped_exits_0(capsys):
    assert main(["check"]) == 0
    assert "3 proved, 0 refuted" in capsys.readouterr().out


def test_check_examples_exits_1_and_prints_file_line_rule_both_sides(capsys):
    assert main(["check", str(ROOT / "examples")]) == 1
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "reciprocal-sign-slip.toml:" in ln)
    assert "(by algebra)" in line and "previous:" in line and "this:" in line
    assert "f(t) = t**2 + 1" in line or "f(t) =" in line


def test_prove_prints_every_step_with_its_rule_and_the_lemmas_cited(capsys):
    assert main(["prove", "sigmoid-derivative"]) == 0
    out = capsys.readouterr().out
    for rule in ("definition", "reciprocal-rule", "chain-rule, exp-derivative", "algebra"):
        assert f"by {rule}" in out
    assert "cites: reciprocal-rule, exp-derivative" in out
    assert out.count("proved") >= 8


def test_prove_trust_lists_axioms_lemmas_and_procedures(capsys):
    assert main(["prove", "sigmoid-derivative", "--trust"]) == 0
    out = capsys.readouterr().out
    assert "chain-rule" in out and "exp-series" in out and "derivative-definition" in out
    assert "reciprocal-rule (proved)" in out and "exp-derivative (proved)" in out
    assert "sympy.cancel" in out


def test_prove_unknown_id_exits_2(capsys):
    assert main(["prove", "no-such-thing"]) == 2
    assert "no derivation with id" in capsys.readouterr().err


def test_markdown_and_latex_formats(capsys):
    assert main(["prove", "--all", "--format", "markdown"]) == 0
    md = capsys.readouterr().out
    assert md.count("$$") == 6 and r"\begin{aligned}" in md
    assert main(["prove", "reciprocal-rule", "--format", "latex"]) == 0
    tex = capsys.readouterr().out
    assert tex.startswith(r"\documentclass") and r"\lim_{h \to 0}" in tex


def test_json_schema_is_exactly_the_documented_one(capsys):
    assert (
        main(["check", str(ROOT / "examples" / "reciprocal-sign-slip.toml"), "--format", "json"])
        == 1
    )
    doc = json.loads(capsys.readouterr().out)
    assert list(doc) == ["derivations"]
    (d,) = doc["derivations"]
    assert set(d) == {
        "id",
        "file",
        "verdict",
        "steps",
        "claim",
        "definitions",
        "symbols",
        "hypotheses",
    }
    assert d["verdict"] == "refuted"
    for i, step in enumerate(d["steps"], start=1):
        assert set(step) == {"index", "line", "by", "verdict", "method", "reason", "counterexample"}
        assert step["index"] == i
    bad = d["steps"][2]
    assert bad["verdict"] == "refuted"
    text = (ROOT / "examples" / "reciprocal-sign-slip.toml").read_text().splitlines()
    assert "f(x + h) - f(x))/(h*f(x)" in text[bad["line"] - 1]
    assert set(bad["counterexample"]) == {"values", "witnesses", "lhs", "rhs"}
    assert float(bad["counterexample"]["lhs"]) != float(bad["counterexample"]["rhs"])


def test_list_shows_the_lemma_graph(capsys):
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "sigmoid-derivative" in out and "cites reciprocal-rule, exp-derivative" in out


def test_usage_error_exits_2(capsys):
    assert main(["check", "--timeout", "-3"]) == 2


def test_python_dash_m_runs_in_a_fresh_process():
    done = subprocess.run(
        [sys.executable, "-m", "verifier", "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "3 proved" in done.stdout

"""Hostile posts: a clear message, bounded work, nothing executed."""

from __future__ import annotations

import io
import json

import pytest

from verifier.errors import InputError
from verifier.posts import check_posts


def run(tmp_path, text: str, name: str = "hostile.md") -> list[dict]:
    path = tmp_path / name
    path.write_text(text)
    out = io.StringIO()
    check_posts([path], "json", out, timeout=2.0)
    return json.loads(out.getvalue())["derivations"]


def reasons(derivations: list[dict]) -> list[str]:
    return [s["reason"] for d in derivations for s in d["steps"]]


@pytest.mark.parametrize(
    "formula, words",
    [
        ("x^{99999999} = 1", "exponent"),
        ("9^{9^{9^{9}}} = 1", "too large"),
        ("12345678901234567890123456789012345678901234567890 = 1", "digits"),
    ],
    ids=["huge-exponent", "power-tower", "long-number"],
)
def test_huge_numbers_are_not_read_with_the_limit_said(tmp_path, formula, words):
    [derivation] = run(tmp_path, f"$${formula}$$\n")
    assert derivation["verdict"] == "unknown"
    assert any(words in r for r in reasons([derivation]))


def test_5000_nested_braces_are_refused_not_a_crash(tmp_path):
    [derivation] = run(tmp_path, "$$" + "{" * 5000 + "x" + "}" * 5000 + " = x$$\n")
    first = derivation["steps"][0]
    assert first["verdict"] == "unknown"
    assert "not read" in first["reason"]


def test_5000_nested_parentheses_are_refused_not_a_crash(tmp_path):
    [derivation] = run(tmp_path, "$$" + "(" * 5000 + "x" + ")" * 5000 + " = x$$\n")
    assert derivation["steps"][0]["verdict"] == "unknown"


def test_a_megabyte_of_math_in_one_formula_is_refused_early(tmp_path):
    formula = "x + " * 250_000 + "x = x"
    [derivation] = run(tmp_path, f"$${formula}$$\n")
    assert derivation["verdict"] == "unknown"
    assert any("tokens" in r for r in reasons([derivation]))


def test_more_than_a_megabyte_is_an_input_error(tmp_path):
    path = tmp_path / "big.md"
    path.write_text("$$x = x$$\n" * 120_000)
    with pytest.raises(InputError, match="larger than"):
        check_posts([path], "json", io.StringIO(), timeout=1.0)


def test_too_many_formulas_is_an_input_error(tmp_path):
    path = tmp_path / "many.md"
    path.write_text("$$x = x$$\n\n" * 5000)
    with pytest.raises(InputError, match="formulas"):
        check_posts([path], "json", io.StringIO(), timeout=1.0)


@pytest.mark.parametrize(
    "formula, command",
    [
        ("\\input{/etc/passwd} = 1", "\\input"),
        ("\\include{secret} = 1", "\\include"),
        ("\\def\\x{2} \\x = 2", "\\def"),
        ("\\newcommand{\\y}{3} = 3", "\\newcommand"),
        ("\\renewcommand{\\frac}{1} = 1", "\\renewcommand"),
        ("\\immediate\\write18{rm -rf /} = 1", "\\immediate"),
    ],
    ids=["input", "include", "def", "newcommand", "renewcommand", "write18"],
)
def test_macros_and_inclusion_are_refused_by_name_and_never_run(tmp_path, formula, command):
    canary = tmp_path / "canary"
    formula = formula.replace("/etc/passwd", str(canary))
    [derivation] = run(tmp_path, f"$${formula}$$\n", "p.tex")
    first = derivation["steps"][0]
    assert first["verdict"] == "unknown"
    assert command in first["reason"]
    assert "never expanded or run" in first["reason"]
    assert not canary.exists()


def test_python_in_a_formula_is_not_evaluated(tmp_path):
    canary = tmp_path / "canary"
    formula = f"__import__('os').system('touch {canary}') = 1"
    derivations = run(tmp_path, f"$${formula}$$\n")
    assert all(s["verdict"] != "proved" for d in derivations for s in d["steps"][1:])
    assert not canary.exists()


def test_a_malformed_notebook_is_an_input_error(tmp_path):
    path = tmp_path / "n.ipynb"
    path.write_text("{not json")
    with pytest.raises(InputError, match="notebook"):
        check_posts([path], "json", io.StringIO(), timeout=1.0)

"""Loading derivation files: line numbers kept, and every kind of bad input a clear error."""

from __future__ import annotations

import re

import pytest
from helpers import derivation_text

from verifier.cli import main
from verifier.errors import InputError
from verifier.proof.model import AUTO, load_file, load_shipped, load_text, shipped_dir

GOOD = derivation_text([(None, "(x + 1)**2"), ("algebra", "x**2 + 2*x + 1")])


@pytest.mark.parametrize("path", sorted(shipped_dir().glob("*.toml")), ids=lambda p: p.stem)
def test_step_lines_point_at_the_expr_in_the_file(path):
    d = load_file(path)
    lines = path.read_text().splitlines()
    for step in d.steps:
        assert re.match(r"\s*expr\s*=", lines[step.line - 1])
        assert step.text in lines[step.line - 1]


def test_shipped_derivations_are_found():
    assert {d.id for d in load_shipped()} >= {
        "reciprocal-rule",
        "exp-derivative",
        "sigmoid-derivative",
    }


BAD = {
    "malformed-toml": ('id = "t"\nclaim = "x = x\n', 2),
    "unknown-key": (GOOD + 'colour = "red"\n', None),
    "unknown-step-key": (GOOD.replace('by = "algebra"', 'by = "algebra"\nhint = "x"'), None),
    "missing-expr": (GOOD + '[[step]]\nby = "algebra"\n', None),
    "unknown-rule": (GOOD.replace('by = "algebra"', 'by = "magic"'), None),
    "lemma-not-in-uses": (GOOD.replace('by = "algebra"', 'by = "exp-derivative"'), None),
    "undeclared-symbol": (GOOD.replace("x**2 + 2*x + 1", "y**2 + 2*x + 1"), None),
    "python-construct": (GOOD.replace("x**2 + 2*x + 1", "__import__('os').getcwd()"), None),
    "first-step-with-by": (
        GOOD.replace('[[step]]\nexpr = "(x', '[[step]]\nby = "algebra"\nexpr = "(x'),
        None,
    ),
    "claim-without-equals": (
        GOOD.replace('claim = "(x + 1)**2 = x**2 + 2*x + 1"', 'claim = "x"'),
        None,
    ),
    "bad-assumption": (GOOD.replace('x = "real"', 'x = "smooth"'), None),
    "missing-lemma": (GOOD.replace("uses = []", 'uses = ["no-such-lemma"]'), None),
    "too-deep": (GOOD.replace("x**2 + 2*x + 1", "(" * 300 + "x" + ")" * 300), None),
    "huge-power": (GOOD.replace("x**2 + 2*x + 1", "9**9**9**9"), None),
}


@pytest.mark.parametrize("name", BAD, ids=BAD)
def test_bad_input_exits_2_naming_file_and_line(name, tmp_path, capsys):
    text, line = BAD[name]
    path = tmp_path / f"{name}.toml"
    path.write_text(text)
    code = main(["check", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert str(path) in err
    assert "Traceback" not in err
    match = re.search(re.escape(str(path)) + r":(\d+):", err)
    assert match, err
    if line is not None:
        assert int(match.group(1)) == line


def test_missing_file_exits_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.toml")]) == 2
    assert "nope.toml" in capsys.readouterr().err


def test_directory_without_derivations_exits_2(tmp_path, capsys):
    assert main(["check", str(tmp_path)]) == 2
    assert "no derivation" in capsys.readouterr().err


def test_lemma_cycle_is_an_error(tmp_path, capsys):
    a = derivation_text([(None, "x"), ("algebra", "x")], ident="a", uses=["b"])
    b = derivation_text([(None, "x"), ("algebra", "x")], ident="b", uses=["a"])
    (tmp_path / "a.toml").write_text(a)
    (tmp_path / "b.toml").write_text(b)
    assert main(["check", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert "lemmas cite each other in a cycle: a -> b -> a" in captured.out + captured.err


def test_files_of_the_same_run_are_lemmas_for_each_other(tmp_path, capsys):
    square = derivation_text([(None, "Derivative(x**2, x)"), ("power-rule", "2*x")], ident="square")
    user = derivation_text(
        [(None, "3*Derivative(x**2, x)"), ("square", "6*x")], ident="user", uses=["square"]
    )
    (tmp_path / "square.toml").write_text(square)
    (tmp_path / "user.toml").write_text(user)
    assert main(["check", str(tmp_path)]) == 0
    assert "2 proved" in capsys.readouterr().out


# -- names and numbers mean what they say ------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "text", "name"),
    [
        ("symbols", GOOD.replace('x = "real"', 'x = "real"\npi = "real"'), "pi"),
        (
            "functions",
            GOOD.replace("[[step]]", '[functions]\nsin = "differentiable"\n[[step]]', 1),
            "sin",
        ),
        ("define", GOOD.replace("[[step]]", '[define]\n"exp(x)" = "x"\n[[step]]', 1), "exp"),
        ("define", GOOD.replace("[[step]]", '[define]\nE = "3"\n[[step]]', 1), "E"),
    ],
    ids=["symbol-pi", "function-sin", "define-exp", "define-E"],
)
def test_a_builtin_name_in_a_file_exits_2_at_its_line(table, text, name, tmp_path, capsys):
    path = tmp_path / "builtin.toml"
    path.write_text(text)
    (line,) = [
        n
        for n, raw in enumerate(text.splitlines(), 1)
        if raw.startswith((f"{name} =", f'"{name}('))
    ]
    assert main(["check", str(path), "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {path}:{line}: [{table}] '{name}' is a built-in ")
    assert "cannot be redefined" in err


def test_a_decimal_no_float_can_tell_from_one_is_not_one():
    from helpers import check_text

    report = check_text(derivation_text([(None, "x*1.00000000000000000001"), ("algebra", "x")]))
    assert report.steps[1].verdict.status != "proved"
    report = check_text(derivation_text([(None, "1e-400 + x"), ("algebra", "x")]))
    assert report.steps[1].verdict.status != "proved"


def test_a_decimal_is_loaded_exactly_from_the_file():
    import sympy

    from verifier.proof.model import load_text

    d = load_text(derivation_text([(None, "0.1*x + 1e-400"), ("algebra", "x/10 + 1e-400")]))
    x = d.symbols["x"]
    assert d.steps[0].expr - x / 10 == sympy.Rational(1, 10**400)


# -- by = "auto" ------------------------------------------------------------------------


def test_auto_and_a_missing_by_after_the_first_step_are_auto():
    text = derivation_text([(None, "(x + 1)**2"), ("auto", "x**2 + 2*x + 1")])
    text += '[[step]]\nexpr = "1 + x*(x + 2)"\n'
    d = load_text(text)
    assert [s.by for s in d.steps] == [(), (AUTO,), (AUTO,)]


@pytest.mark.parametrize(
    ("by", "message"),
    [
        ('["auto", "power-rule"]', '"auto" searches for the rules itself'),
        ('["algebra", "algebra"]', "a rule is named twice"),
    ],
    ids=["auto-with-others", "twice"],
)
def test_auto_named_with_other_rules_is_bad_input(by, message):
    text = GOOD.replace('by = "algebra"', f"by = {by}")
    with pytest.raises(InputError, match=re.escape(message)):
        load_text(text)


def test_auto_is_not_a_derivation_id():
    with pytest.raises(InputError, match="built-in rule"):
        load_text(GOOD.replace('id = "t"', 'id = "auto"', 1))

"""Names mean what they say: no file may rebind a built-in name.

``[symbols]``, ``[functions]`` and ``[define]`` each refuse every name the
reader gives a fixed meaning to (the elementary functions, the constants, the
binders) and SymPy's own ``I``, ``nan`` and ``zoo``. Otherwise a file could
redefine ``exp`` and "prove" ``d/dx exp(x) = 1``, or print "pi = 3 (proved)".
Expected line numbers come from scanning the text, not from the verifier.
"""

from __future__ import annotations

import re

import pytest

from verifier.cli import main
from verifier.errors import InputError
from verifier.proof.model import load_text

BUILTIN_FUNCTIONS = (
    "exp",
    "log",
    "sqrt",
    "sin",
    "cos",
    "tan",
    "sinh",
    "cosh",
    "tanh",
    "asin",
    "acos",
    "atan",
    "Abs",
    "sign",
    "factorial",
    "Min",
    "Max",
)
BUILTIN_CONSTANTS = ("pi", "E", "oo", "I", "nan", "zoo")
BUILTIN_BINDERS = ("Derivative", "Limit", "Sum", "Subs")
KIND = {
    **dict.fromkeys(BUILTIN_FUNCTIONS, "function"),
    **dict.fromkeys(BUILTIN_CONSTANTS, "constant"),
    **dict.fromkeys(BUILTIN_BINDERS, "binder"),
}

STEPS = '[[step]]\nexpr = "x"\n\n[[step]]\nby = "algebra"\nexpr = "x"\n'


def _file(symbols: str = "", functions: str = "", define: str = "") -> str:
    return (
        'id = "t"\ntitle = "names"\nclaim = "x = x"\n\n'
        f'[symbols]\nx = "real"\n{symbols}\n'
        f'[functions]\ng = "continuous"\n{functions}\n'
        f'[define]\nc = "2"\n{define}\n' + STEPS
    )


def _line_of(text: str, key_line: str) -> int:
    (number,) = [n for n, line in enumerate(text.splitlines(), 1) if line == key_line]
    return number


def _refused(text: str) -> InputError:
    with pytest.raises(InputError) as info:
        load_text(text, "names.toml")
    return info.value


CASES = []
for _name in KIND:
    CASES.append(("symbols", _name, f'{_name} = "real"'))
    CASES.append(("functions", _name, f'{_name} = "differentiable"'))
    CASES.append(("define", _name, f'{_name} = "3"'))
    CASES.append(("define", _name, f'"{_name}(x)" = "x"'))


@pytest.mark.parametrize(
    ("table", "name", "key_line"),
    CASES,
    ids=[f"{t}-{k.split(' =')[0].strip(chr(34))}" for t, _, k in CASES],
)
def test_every_builtin_name_is_refused_in_every_table_at_its_line(table, name, key_line):
    text = _file(**{table: key_line})
    error = _refused(text)
    assert error.file == "names.toml"
    assert error.line == _line_of(text, key_line)
    assert error.message == (
        f"[{table}] '{name}' is a built-in {KIND[name]} and cannot be redefined"
    )
    assert error.format().startswith(f"names.toml:{error.line}: [{table}] '{name}'")


def test_the_message_of_a_redefined_exp_is_the_documented_one():
    key_line = '"exp(x)" = "x"'
    text = _file(define=key_line)
    assert str(_refused(text)) == (
        f"names.toml:{_line_of(text, key_line)}: "
        "[define] 'exp' is a built-in function and cannot be redefined"
    )


def test_pi_cannot_be_made_a_variable_or_three():
    assert "'pi' is a built-in constant" in _refused(_file(symbols='pi = "real"')).message
    assert "'pi' is a built-in constant" in _refused(_file(define='pi = "3"')).message


def test_ordinary_names_are_still_free_to_choose():
    d = load_text(
        _file(
            symbols='e = "real"\nt = "positive"',
            functions='S2 = "nonzero"',
            define='"S(x)" = "1/(1 + exp(-x))"\nk = "2*pi"',
        ),
        "names.toml",
    )
    assert {"e", "t", "x"} <= set(d.symbols)
    assert set(d.defines) == {"c", "S", "k"}


EXP_IS_FLAT = """\
id = "exp-is-flat"
title = "d/dx exp(x) = 1, after redefining exp"
claim = "Derivative(exp(x), x) = 1"

[symbols]
x = "real"

[define]
"exp(x)" = "x"

[[step]]
expr = "Derivative(exp(x), x)"

[[step]]
by = "definition"
expr = "Derivative(x, x)"

[[step]]
by = "algebra"
expr = "1"
"""


@pytest.mark.parametrize(
    "argv",
    [["check"], ["check", "--format", "json"], ["prove"]],
    ids=["check", "check-json", "prove"],
)
def test_redefining_exp_exits_2_with_one_error_line(argv, tmp_path, capsys):
    path = tmp_path / "exp-is-flat.toml"
    path.write_text(EXP_IS_FLAT)
    code = main([*argv[:1], str(path), *argv[1:]])
    out, err = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {path}:9: [define] 'exp' is a built-in function and cannot be redefined"
    ]
    if argv == ["prove"]:
        assert err.splitlines() == errors
    assert "proved" not in out.replace("0 proved", "")


def test_a_lemma_citing_a_redefined_exp_is_not_proved(tmp_path, capsys):
    # A file that cites the bad one: the bad one is an error, the citing one is never proved.
    (tmp_path / "exp-is-flat.toml").write_text(EXP_IS_FLAT)
    (tmp_path / "user.toml").write_text(
        'id = "user"\nclaim = "Derivative(exp(x), x) = 1"\nuses = ["exp-is-flat"]\n'
        '[symbols]\nx = "real"\n[[step]]\nexpr = "Derivative(exp(x), x)"\n'
        '[[step]]\nby = "exp-is-flat"\nexpr = "1"\n'
    )
    assert main(["check", str(tmp_path), "--format", "json"]) == 2
    out = capsys.readouterr().out
    assert re.search(r'"verdict": "error"', out)
    assert '"verdict": "proved"' not in out

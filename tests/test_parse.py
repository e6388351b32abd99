"""The safe parser: what it accepts, and every hostile input refused with file and line."""

from __future__ import annotations

import builtins

import pytest
import sympy

from verifier.errors import InputError
from verifier.proof.syntax import Scope, parse_expression

x = sympy.Symbol("x", real=True)
h = sympy.Symbol("h", real=True)
f = sympy.Function("f", real=True)
SCOPE = Scope(symbols={"x": x, "h": h}, functions={"f": f})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/(1 + exp(-x))", 1 / (1 + sympy.exp(-x))),
        ("x**2 - 3*x + 0.5", x**2 - 3 * x + sympy.Rational(1, 2)),
        ("Derivative(f(x), x)", sympy.Derivative(f(x), x)),
        ("sqrt(x**2)", sympy.Abs(x)),
        ("log(E)", sympy.Integer(1)),
        ("Sum(x**n/factorial(n), (n, 0, oo))",
         sympy.Sum(x**sympy.Symbol("n", integer=True) / sympy.factorial(sympy.Symbol("n", integer=True)),
                   (sympy.Symbol("n", integer=True), 0, sympy.oo))),
    ],
    ids=["sigmoid", "polynomial", "derivative", "sqrt", "log-e", "sum-binder"],
)
def test_parses_to_the_sympy_expression(text, expected):
    assert parse_expression(text, SCOPE) == expected


def test_limit_without_direction_is_two_sided():
    limit = parse_expression("Limit((f(x + h) - f(x))/h, h, 0)", SCOPE)
    assert str(limit.args[3]) == "+-"


def test_display_form_keeps_the_authors_grouping():
    shown = parse_expression("2*(x + 1)", SCOPE, evaluate=False)
    assert shown != 2 * x + 2
    assert shown.doit() == 2 * x + 2


HOSTILE = {
    "import": "__import__('os').system('echo pwned')",
    "attribute": "x.__class__",
    "subscript": "exp(x)[0]",
    "lambda": "(lambda: 1)()",
    "comprehension": "[x for x in (1, 2)]",
    "string": "'hello'",
    "tower-of-powers": "9**9**9**9",
    "big-exponent": "x**100000",
    "big-literal": "1" + "0" * 60,
    "nested-parens": "(" * 5000 + "x" + ")" * 5000,
    "deep-unary": "-" * 3000 + "x",
    "deep-nesting": "exp(" * 100 + "x" + ")" * 100,
    "undeclared": "y + 1",
    "unknown-function": "gamma(x)",
    "call-a-symbol": "x(1)",
    "keyword": "exp(x, evaluate=False)",
    "walrus": "(y := 3)",
    "compare": "x < 1",
    "division-by-zero": "x/0",
    "huge-factorial": "factorial(100000)",
    "empty": "   ",
    "syntax": "x +* 2",
    "bad-limit-direction": "Limit(x, h, 0, 'up')",
    "binder-not-a-name": "Limit(x, h + 1, 0)",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_is_a_clear_error_naming_file_and_line(text):
    with pytest.raises(InputError) as info:
        parse_expression(text, SCOPE, file="bad.toml", line=7)
    message = info.value.format()
    assert message.startswith("bad.toml:7: ")
    assert "Traceback" not in message


def test_no_text_reaches_eval_exec_or_sympify(monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("user text reached a Python or SymPy evaluator")

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    monkeypatch.setattr(sympy, "sympify", forbidden)
    monkeypatch.setattr(sympy.parsing.sympy_parser, "parse_expr", forbidden)
    expr = parse_expression("Limit((1/f(x + h) - 1/f(x))/h, h, 0) + exp(-x)/2", SCOPE)
    assert expr.has(sympy.Limit)

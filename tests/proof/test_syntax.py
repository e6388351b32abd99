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
        (
            "Sum(x**n/factorial(n), (n, 0, oo))",
            sympy.Sum(
                x ** sympy.Symbol("n", integer=True)
                / sympy.factorial(sympy.Symbol("n", integer=True)),
                (sympy.Symbol("n", integer=True), 0, sympy.oo),
            ),
        ),
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


# -- decimal literals mean exactly what their text says ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.00000000000000000001", sympy.Rational(10**20 + 1, 10**20)),
        ("1e-400", sympy.Rational(1, 10**400)),
        ("0.1", sympy.Rational(1, 10)),
        ("2.5E+3", sympy.Integer(2500)),
        ("1_000.5", sympy.Rational(2001, 2)),
        (".5", sympy.Rational(1, 2)),
        ("0.30000000000000000000000000000000000001", sympy.Rational(3 * 10**37 + 1, 10**38)),
        ("1e1000", sympy.Integer(10) ** 1000),
        ("0e99999", sympy.Integer(0)),
    ],
    ids=[
        "21-digits",
        "below-float-range",
        "one-tenth",
        "exponent",
        "underscores",
        "leading-dot",
        "38-digits",
        "largest-exponent",
        "zero",
    ],
)
def test_decimal_literal_is_read_exactly_from_its_text(text, expected):
    value = parse_expression(text, SCOPE)
    assert value == expected
    assert isinstance(value, sympy.Rational)


def test_decimals_no_float_can_tell_apart_stay_apart():
    one = parse_expression("1.00000000000000000001", SCOPE)
    assert one != 1 and one - 1 == sympy.Rational(1, 10**20)
    assert parse_expression("1e-400", SCOPE) != 0
    assert parse_expression("0.1 + 0.2", SCOPE) == sympy.Rational(3, 10)


def test_decimal_inside_an_expression_with_surrounding_spaces_is_exact():
    # The reader strips the text before parsing; the literal's text must still be found.
    value = parse_expression("   x*1.00000000000000000001 + 1e-400  ", SCOPE)
    assert value == x * sympy.Rational(10**20 + 1, 10**20) + sympy.Rational(1, 10**400)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1e99999", "out of range"),
        ("x + 1e99999", "out of range"),
        ("1.5e-1001", "out of range"),
        ("1e999999999999999999999999", "out of range"),
        ("0.12345678901234567890123456789012345678901", "41 significant digits"),
    ],
    ids=["huge-exponent", "huge-in-sum", "tiny-exponent", "absurd-exponent", "41-digits"],
)
def test_decimal_literal_out_of_bounds_is_a_clear_error_naming_it(text, words):
    literal = text.split()[-1]
    with pytest.raises(InputError) as info:
        parse_expression(text, SCOPE, file="bad.toml", line=3)
    message = info.value.format()
    assert message.startswith("bad.toml:3: ")
    assert f"decimal literal {literal}" in message
    assert words in message


# -- the syntax people type ------------------------------------------------------------

x_i = sympy.Symbol("x_i", real=True)
w_21 = sympy.Symbol("w_21", real=True)
k = sympy.Symbol("k", integer=True, nonnegative=True)
TYPED = Scope(symbols={"x": x, "h": h, "x_i": x_i, "w_21": w_21, "k": k}, functions={"f": f})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x^3", x**3),
        ("2*x^2 + 1", 2 * x**2 + 1),  # not (2*x)^(2 + 1), as Python's ^ would group it
        ("-x^2", -(x**2)),
        ("x^-1", 1 / x),
        ("2^3^2", sympy.Integer(512)),  # right-associative, as in mathematics
        ("x**2", x**2),
        ("ln(x)", sympy.log(x)),
        ("binomial(k, 2)", sympy.binomial(k, 2)),
        ("binomial(5, 2)", sympy.Integer(10)),
        ("Rational(1, 3)", sympy.Rational(1, 3)),
        ("x_i**2 + w_21", x_i**2 + w_21),
        ("e**x", sympy.exp(x)),
        ("e", sympy.E),
        ("erf(x)", sympy.erf(x)),
        ("Derivative(f(x), (x, 2))", sympy.Derivative(f(x), x, x)),
        ("Derivative(f(x), x, x)", sympy.Derivative(f(x), (x, 2))),
    ],
    ids=[
        "caret",
        "caret-precedence",
        "caret-unary-minus",
        "caret-negative",
        "caret-tower",
        "double-star",
        "ln",
        "binomial",
        "binomial-number",
        "rational",
        "subscripted-names",
        "e-power",
        "e-alone",
        "erf",
        "second-derivative-tuple",
        "second-derivative-repeated",
    ],
)
def test_reads_what_people_type(text, expected):
    assert parse_expression(text, TYPED) == expected


def test_subscripted_name_is_one_symbol():
    value = parse_expression("x_i", TYPED)
    assert value == x_i and value.name == "x_i"
    assert value.free_symbols == {x_i}


def test_e_is_the_users_symbol_when_declared():
    e = sympy.Symbol("e", real=True)
    value = parse_expression("e + 1", Scope(symbols={"e": e}))
    assert value == e + 1 and value != sympy.E + 1


def test_e_as_a_bound_variable_is_that_variable():
    value = parse_expression("Limit(e**2, e, 0)", TYPED)
    assert value.args[1].name == "e" and value.args[0] == value.args[1] ** 2


@pytest.mark.parametrize("direction", ["'+'", "'-'", "dir='+'", "dir='-'"])
def test_one_sided_limit_keeps_its_side(direction):
    limit = parse_expression(f"Limit(h, h, 0, {direction})", TYPED)
    assert str(limit.args[3]) == direction[-2]


def test_one_sided_limit_in_a_claim(tmp_path):
    from verifier.proof.model import load_text

    text = """
id = "one-sided"
claim = "Limit(Abs(h)/h, h, 0, '+') = Limit(Abs(h)/h, h, 0, dir='+')"
[symbols]
h = "real"
[[step]]
expr = "Limit(Abs(h)/h, h, 0, '+')"
[[step]]
by = "algebra"
expr = "Limit(Abs(h)/h, h, 0, dir='+')"
"""
    d = load_text(text, "one-sided.toml")
    assert [str(side.args[3]) for side in d.claim] == ["+", "+"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("diff(x**2, x)", "'diff(' is not accepted: use Derivative(expr, x)"),
        ("limit(x, h, 0)", "'limit(' is not accepted: use Limit(expr, h, 0)"),
        ("x[i]", "write x_i for x[i]"),
        ("w[2, 1]", "write w_21 for w[2, 1]"),
        ("arctan(x)", "use atan(x)"),
        ("Rational(x, 2)", "Rational takes two integers, e.g. Rational(1, 3)"),
        ("Rational(1, 0)", "division by zero"),
        ("binomial(1000, 3)", "binomial of 1000, 3 is not allowed"),
        ("Derivative(f(x), (x, 9))", "order must be a whole number from 1 to 4"),
        ("Derivative(f(x), (x, h))", "order must be a whole number from 1 to 4"),
        ("Derivative(f(x), (x, 2), (x, 3))", "at most 4 differentiations"),
        ("9^9^9^9", "too large"),
        ("x^100000", "too large"),
        ("x^^2", "not a valid expression"),
        ("Limit(x, h, 0, '^')", "direction must be '+', '-' or '+-'"),
        ("e(x)", "'e' is not an allowed function"),
    ],
    ids=[
        "diff",
        "limit",
        "subscript",
        "double-subscript",
        "arctan",
        "rational-of-a-symbol",
        "rational-zero",
        "big-binomial",
        "order-too-high",
        "order-not-a-number",
        "too-many-orders",
        "caret-tower",
        "caret-big-exponent",
        "double-caret",
        "caret-in-a-direction",
        "e-called",
    ],
)
def test_what_stays_unsupported_names_the_accepted_spelling(text, words):
    with pytest.raises(InputError) as info:
        parse_expression(text, TYPED, file="bad.toml", line=4)
    message = info.value.format()
    assert message.startswith("bad.toml:4: ")
    assert words in message, message


def test_e_to_the_x_is_exp_for_the_checker():
    # "unknown name 'e'" before; declaring e made e**x refutable at e = 2.2.
    from helpers import check_text, derivation_text

    proved = check_text(
        derivation_text(
            [(None, "Derivative(e^x, x)"), ("exp-derivative", "e^x")], uses=["exp-derivative"]
        )
    )
    assert proved.proved, proved.steps[1].verdict.reason
    declared = check_text(
        derivation_text([(None, "e^x"), ("algebra", "exp(x)")], symbols={"x": "real", "e": "real"})
    )
    assert declared.steps[1].verdict.status == "refuted"  # the user's e is not Euler's number


# -- expressions defined nowhere, and evaluations at a zero of a cancelled divisor ------
#
# SymPy computes with sqrt(-x**2 - 1) and cancels (u - 1)/(u - 1) to 1 as it builds, so a
# step could be read off a value that does not exist. The reader refuses both. Oracles:
# math raises where there is no real value; Fraction raises on the 0/0.

import math  # noqa: E402 (the section's own oracle)
from fractions import Fraction  # noqa: E402

from helpers import check_text, derivation_text  # noqa: E402

POINT = {"x": "real", "u": "real", "t": "real", "s": "real", "n": "integer nonnegative"}


def _refusal(steps, define=None) -> str:
    with pytest.raises(InputError) as info:
        check_text(derivation_text(steps, symbols=POINT, define=define))
    return str(info.value)


def _verdicts(steps, define=None) -> list[str]:
    report = check_text(derivation_text(steps, symbols=POINT, define=define))
    return [s.verdict.status.value for s in report.steps]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("sqrt(-x**2 - 1)", "sqrt(-x**2 - 1) has no real value"),
        ("(-x**2 - 4)**Rational(3, 2)", "(-x**2 - 4)**(3/2) has no real value"),
        ("log(-x**2)", "log(-x**2) has no real value: -x**2 is <= 0"),
        ("ln(-exp(x))", "ln(-exp(x)) has no real value"),  # as the user spelled it
        ("asin(x**2 + 2)", "is outside [-1, 1]"),
        ("acos(-x**2 - 2)", "is outside [-1, 1]"),
        ("sqrt(-1)/sqrt(-1)", "sqrt(-1) has no real value: -1 is negative (the verifier"),
    ],
)
def test_a_function_of_an_argument_outside_its_domain_everywhere_is_refused(text, words):
    # the oracle: at sample points the real function has no value
    for value in (-2.0, 0.0, 0.5, 3.0):
        with pytest.raises(ValueError):
            if text.startswith(("sqrt(-x", "(-x")):
                math.sqrt(-(value**2) - 1)
            elif text.startswith(("log", "ln")):
                math.log(-(value**2) if text.startswith("log") else -math.exp(value))
            elif text.startswith(("asin", "acos")):
                (math.asin if text.startswith("asin") else math.acos)(
                    value**2 + 2 if text.startswith("asin") else -(value**2) - 2
                )
            else:
                math.sqrt(-1)
    with pytest.raises(InputError, match="has no real value") as info:
        parse_expression(text, Scope(symbols={"x": x}), file="d.toml", line=4)
    assert words in str(info.value) and str(info.value).startswith("d.toml:4:")


@pytest.mark.parametrize(
    "text",
    [
        "sqrt(x**2)",
        "log(x**2 + 1)",
        "sqrt(x - 5)",
        "asin(x/2)",
        "asin(x**2/2)",  # in [-1, 1] for |x| <= sqrt(2), and > -1 everywhere
        "acos(-x**2/2)",  # < 1 everywhere
        "log(x)",
        "(-8)**2",
    ],
)
def test_a_function_defined_somewhere_is_read(text):
    assert isinstance(parse_expression(text, Scope(symbols={"x": x})), sympy.Expr)


def test_evaluation_at_the_zero_of_a_cancelled_divisor_is_refused():
    with pytest.raises(ZeroDivisionError):  # the oracle: (u - 1)/(u - 1) at u = 1
        Fraction(1 - 1) / Fraction(1 - 1)
    nested = _refusal([(None, "Subs(Subs((u - 1)/(u - 1), u, x), x, 1)"), ("algebra", "1")])
    assert "Subs at x = 1" in nested and "divisor x - 1" in nested
    through_define = _refusal(
        [(None, "Subs(D(u), u, 1)"), ("algebra", "1")], define={"D(t)": "(t - 1)/(t - 1)"}
    )
    assert "Subs at u = 1" in through_define
    in_a_sum = _refusal(
        [(None, "Sum(D(n)*x**n, (n, 0, 4))"), ("algebra", "Sum(x**n, (n, 0, 4))")],
        define={"D(t)": "(t - 2)/(t - 2)"},
    )
    assert "inside this Sum" in in_a_sum and "n - 2" in in_a_sum
    of_a_define = _refusal(
        [(None, "G(1)"), ("definition", "1")],
        define={"D(t)": "(t - 1)/(t - 1)", "G(t)": "D(t)*t"},
    )
    assert "G(1)" in of_a_define and "the definition of G" in of_a_define


def test_a_cancelled_divisor_that_vanishes_on_an_interval_where_applied_is_not_proved():
    # D(|x| - x + 1) divides by |x| - x, which is 0 for every x >= 0
    assert all(abs(v) - v == 0 for v in (Fraction(1, 3), Fraction(2), Fraction(7, 2)))
    verdicts = _verdicts(
        [(None, "D(Abs(x) - x + 1)"), ("definition", "1")], define={"D(t)": "(t - 1)/(t - 1)"}
    )
    assert verdicts[1] != "proved"


def test_cancellations_away_from_their_zeros_are_still_read():
    # (t - 1)/(t - 1) = 1 but at t = 1, as every removable singularity in the verifier
    assert _verdicts(
        [(None, "D(x + 1)"), ("definition", "1")], define={"D(t)": "(t - 1)/(t - 1)"}
    ) == ["proved", "proved"]
    assert _verdicts([(None, "Subs((u - 1)/(u - 1), u, x)"), ("algebra", "1")]) == [
        "proved",
        "proved",
    ]
    assert _verdicts([(None, "Subs((u - 2)*(u - 1)/(u - 1), u, 3)"), ("algebra", "1")]) == [
        "proved",
        "proved",
    ]


def test_a_domain_refused_at_a_subs_point_names_the_point():
    # sqrt(u)**2 is read as u: at u = -1 the body has no real value (math.sqrt(-1) raises)
    with pytest.raises(ValueError):
        math.sqrt(-1)
    message = _refusal([(None, "Subs(sqrt(u)**2, u, -1)"), ("algebra", "-1")])
    assert "Subs at u = -1: sqrt(-1) has no real value" in message


def test_watched_bodies_are_still_read_as_written():
    # A Limit, a two-argument log and the display form inside a Subs (mutants of the
    # watchers' bookkeeping that read the wrong argument are killed here). Oracles: the
    # values by hand, lim (2h + h)/h = 3 and log(4)/log(2) = 2 (math).
    assert math.isclose(math.log(4) / math.log(2), 2.0)
    assert (
        _verdicts([(None, "Subs(Limit((u*h + h)/h, h, 0), u, 2)"), ("continuity", "3")])[1]
        == "proved"
    )
    assert _verdicts([(None, "Subs(log(u, 2), u, 4)"), ("algebra", "2")])[1] == "proved"
    u = sympy.Symbol("u", real=True)
    shown = parse_expression("Subs(u**2, u, 3)", Scope(symbols={"u": u}), evaluate=False)
    assert isinstance(shown, sympy.Subs) and shown.expr == u**2 and shown.point == (3,)


# -- numbers SymPy signs by evalf(2) -------------------------------------------------
# TINY is 5.0e-21 > 0 (mpmath at 60 digits, below); SymPy's evalf(2) calls it negative, and
# under some orders of its assumption queries contradicts itself about it.
TINY = "(log(1 + 10**(-10)) - 10**(-10) + 10**(-20))"


def _tiny_value():
    import mpmath

    with mpmath.workdps(60):
        return mpmath.log(1 + mpmath.mpf(10) ** -10) - mpmath.mpf(10) ** -10 + mpmath.mpf(10) ** -20


def test_tiny_is_positive():
    assert _tiny_value() > 1e-21


@pytest.mark.parametrize(
    "text", [f"sqrt({TINY})", f"log({TINY})", f"{TINY}**(1/3)", f"sqrt({TINY} - x**2)"]
)
def test_a_root_or_log_of_a_positive_number_near_zero_is_read(text):
    # Defined (TINY > 0; the last at x = 0): the reader must not refuse them on evalf's sign.
    assert isinstance(parse_expression(text, SCOPE), sympy.Expr)


@pytest.mark.parametrize(
    ("text", "word"), [(f"sqrt(-{TINY})", "sqrt"), (f"asin(1 + {TINY})", "asin")]
)
def test_a_root_or_asin_outside_its_domain_by_a_tiny_number_is_refused(text, word):
    assert _tiny_value() > 0  # so -TINY < 0 and 1 + TINY > 1
    with pytest.raises(InputError, match=f"{word}.*has no real value"):
        parse_expression(text, SCOPE)


@pytest.mark.parametrize("text", [f"sign({TINY})", f"Max(0, {TINY})", f"sqrt({TINY})"])
def test_reading_a_tiny_number_does_not_depend_on_sympys_random_query_order(text):
    # SymPy shuffles the facts it asks; with some seeds its facts about TINY contradicted
    # each other and reading raised (a CI run failed this way). Every seed must read it.
    from sympy.core.cache import clear_cache
    from sympy.core.random import seed

    for s in range(48):
        clear_cache()
        seed(s)
        assert isinstance(parse_expression(text, SCOPE), sympy.Expr), s
    clear_cache()


# -- numbers SymPy would compute in one uninterruptible call ---------------------------
# Each was a hang (killed at 120 s): SymPy evaluates exp(c*log(r)) to r**c as it builds it.
# Run in a process of its own, so that a regression fails here instead of hanging the suite.
_TOO_LARGE = [
    ({}, "exp(10**20*log(Rational(3, 2)))", "numeric power is too large"),
    ({}, "E**(x + 10**20*log(Rational(3, 2)))", "numeric power is too large"),
    ({}, "exp(2)**(10**20*log(Rational(3, 2)))", "numeric power is too large"),
    ({}, "Subs(exp(u*log(Rational(3, 2))), u, 10**20)", "too large to compute"),
    ({"D(x)": "exp(x*log(Rational(3, 2)))"}, "D(10**20)", "too large to compute"),
    ({"D(x)": "factorial(x)"}, "D(10**7)", "too large to compute"),
]


@pytest.mark.parametrize(("define", "text", "words"), _TOO_LARGE, ids=[t for _, t, _ in _TOO_LARGE])
def test_a_number_too_large_to_compute_is_refused_at_once(tmp_path, define, text, words):
    import subprocess
    import sys

    from helpers import derivation_text

    path = tmp_path / "t.toml"
    path.write_text(derivation_text([(None, text), ("algebra", "0")], define=define or None))
    run = subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2, run.stdout + run.stderr
    assert words in run.stdout + run.stderr


@pytest.mark.parametrize(
    ("define", "text", "value"),
    [
        ({}, "exp(100*log(Rational(3, 2)))", "3**100/2**100"),
        ({"D(x)": "factorial(x)"}, "D(20)", "2432902008176640000"),  # 20!, by hand
    ],
)
def test_a_power_or_factorial_of_a_fair_size_is_still_computed(define, text, value):
    from helpers import check_text, derivation_text

    report = check_text(
        derivation_text([(None, text), ("algebra", str(value))], define=define or None)
    )
    assert report.steps[1].verdict.status == "proved", report.steps[1].verdict.reason

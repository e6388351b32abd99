"""The LaTeX reader: each construct read into the expression language, built by the safe parser."""

from __future__ import annotations

import pytest
import sympy

from verifier.posts.latex import Names, NotRead, translate
from verifier.proof.syntax import Scope, parse_expression

x, y, h, n, z = sympy.symbols("x y h n z", real=True)
dx = sympy.Symbol("Delta_x", real=True)
f = sympy.Function("f", real=True)
w21 = sympy.Symbol("w_21", real=True)


def read(latex: str, functions=("f",)) -> sympy.Expr:
    names = Names(functions=set(functions))
    text = translate(latex, names, "x").text
    scope = Scope(
        symbols={s.name: s for s in (x, y, h, n, z, dx, w21)},
        functions={"f": f},
    )
    return parse_expression(text, scope)


def same(a: sympy.Expr, b: sympy.Expr) -> bool:
    return sympy.simplify(a.doit() - b.doit()) == 0 if not a.has(sympy.Limit) else a == b


@pytest.mark.parametrize(
    "latex, expected",
    [
        ("\\frac{1}{1+e^{-x}}", 1 / (1 + sympy.exp(-x))),
        ("1 / (1 + e^-x)", 1 / (1 + sympy.exp(-x))),
        ("{x \\over y}", x / y),
        ("x \\cdot y \\times 2", 2 * x * y),
        ("\\left( x + 1 \\right)^{2}", (x + 1) ** 2),
        ("\\big( x \\big) y", x * y),
        ("\\exp(x) + \\ln(y) + \\log y", sympy.exp(x) + sympy.log(y) + sympy.log(y)),
        ("\\tanh(x) \\sigma", sympy.tanh(x) * sympy.Symbol("sigma", real=True)),
        ("w_{21} x", w21 * x),
        ("\\cancel{x} + \\text{ }1", None),
        ("\\sin^{-1} x", sympy.asin(x)),
        ("\\binom{n}{2}", sympy.factorial(n) / (sympy.factorial(2) * sympy.factorial(n - 2))),
        ("x^{2} \\tag{3}\\label{eq:a}", x**2),
    ],
    ids=[
        "frac-exp",
        "e-minus-x-without-braces",
        "over",
        "cdot-times",
        "left-right",
        "big",
        "exp-ln-log",
        "tanh",
        "subscript-name",
        "cancel-text",
        "inverse-sine",
        "binomial",
        "tag-label",
    ],
)
def test_notation_is_read_as_its_meaning(latex, expected):
    if expected is None:
        with pytest.raises(NotRead):
            read(latex)
        return
    scope_extra = {"sigma": sympy.Symbol("sigma", real=True)}
    names = Names(functions={"f"})
    text = translate(latex, names, "x").text
    scope = Scope(symbols={s.name: s for s in (x, y, h, n, z, dx, w21)} | scope_extra)
    got = parse_expression(text, scope)
    assert sympy.simplify(got - expected) == 0


def test_limit_with_delta_x_is_one_bound_variable():
    got = read(
        "\\lim_{\\Delta x\\rightarrow0}\\frac{\\frac{1}{f(x+\\Delta x)}-\\frac{1}{f(x)}}{\\Delta x}"
    )
    assert isinstance(got, sympy.Limit)
    var = got.args[1]
    assert var.name == "Delta_x"
    assert got.args[2] == 0
    assert got.args[0].has(f(x + var))


def test_prime_of_a_function_is_its_derivative_at_the_argument():
    got = read("f'(x)")
    assert got == sympy.Derivative(f(x), x)


def test_prime_of_a_parenthesis_is_the_derivative_in_the_posts_variable():
    got = read("(\\frac{1}{f(x)})'")
    assert isinstance(got, sympy.Derivative)
    assert got.variables == (x,)
    assert sympy.simplify(got.expr - 1 / f(x)) == 0


@pytest.mark.parametrize("latex", ["\\frac{d}{dx} x^2", "\\frac{\\mathrm{d}}{\\mathrm{d}x} x^2"])
def test_d_over_dx_takes_the_next_factor(latex):
    got = read(latex)
    assert isinstance(got, sympy.Derivative)
    assert got.doit() == 2 * x


def test_partial_fraction_is_a_derivative():
    got = read("\\frac{\\partial (x y)}{\\partial y}")
    assert got.doit() == x


def test_implicit_product_with_a_function_call():
    got = read("f(x+\\Delta x)f(x)\\Delta x")
    assert got == f(x + dx) * f(x) * dx


def test_sum_with_bounds():
    got = read("\\sum_{n=0}^{3} x^n")
    assert isinstance(got, sympy.Sum)
    assert got.doit() == 1 + x + x**2 + x**3


@pytest.mark.parametrize(
    "latex, words",
    [
        ("\\input{/etc/passwd}", "\\input"),
        ("\\def\\x{1} \\x", "\\def"),
        ("\\newcommand{\\x}{1}", "\\newcommand"),
        ("\\sum_{k \\neq i} x_k", "\\neq"),
        ("\\begin{bmatrix} 1 \\end{bmatrix}", "\\begin"),
    ],
    ids=["input", "def", "newcommand", "sum-over-a-condition", "matrix"],
)
def test_unsupported_notation_is_not_read_with_an_offset(latex, words):
    with pytest.raises(NotRead) as info:
        read(latex)
    if words is not None:
        assert words in info.value.message
    assert 0 <= info.value.offset <= len(latex)


def test_ambiguous_name_is_reported_and_read_as_a_product():
    names = Names(recording=True)
    translate("y(1 - y)", names, "x")
    translate("y + 1", names, "x")
    names.recording = False
    names.decide()
    assert "y" in names.ambiguous
    assert translate("y(1 - y)", names, "x").text.startswith("y*")


def test_deep_nesting_is_refused_not_a_crash():
    with pytest.raises(NotRead, match="nested"):
        read("{" * 1000 + "x" + "}" * 1000)


def test_too_many_tokens_is_refused():
    with pytest.raises(NotRead, match="tokens"):
        read("x+" * 5000 + "x")


def test_sum_without_bounds_runs_from_1_to_a_named_count_and_says_so():
    names = Names()
    text = translate("\\sum_k x_k", names, "x").text
    assert text.startswith("Sum(") and "(k, 1, N_k)" in text
    assert "N_k" in names.counts
    assert any("N_k" in note for note in names.notes)


def test_a_cancelled_group_that_starts_with_a_sign_adds_to_the_sum():
    from verifier.posts.latex import Names, translate

    assert translate("y \\cancel{- y h} - h", Names()).text == "y + (-(y)*h) - h"
    # A cancelled factor stays a factor.
    assert translate("a \\cancel{b}", Names()).text == "a*(b)"


def test_an_ambiguous_name_before_a_parenthesis_is_recorded():
    from verifier.posts.latex import Names, translate

    names = Names(functions={"z"}, variables={"z"})
    names.decide()
    assert translate("z(1 + z)", names).juxtaposed == frozenset({"z"})
    assert translate("2 z + z", names).juxtaposed == frozenset()


def test_max_and_min_of_several_values_are_the_elementary_max_and_min():
    from verifier.posts.latex import Names, NotRead, translate

    assert translate("max(0,z)", Names()).text == "Max(0, z)"
    assert translate("\\max(a, b) - \\min(a, b, c)", Names()).text == "Max(a, b) - Min(a, b, c)"
    with pytest.raises(NotRead):
        translate("max(z)", Names())


def test_a_sample_index_inside_a_sum_over_it_is_a_family_not_one_name():
    # x^{(i)} in a sum over i is the i-th sample: sum of x^{(i)} is not m x^{(i)}.
    text = translate("\\sum_{i=1}^{m} x^{(i)} y^{(i)} + x^{(i)}", Names()).text
    assert text == "Sum(x_at(i)*y_at(i), (i, 1, m)) + x_i"

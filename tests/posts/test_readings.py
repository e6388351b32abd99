"""Readings added for the real posts: indicators, bare sums, word functions, names given on
the right, defined functions written alone, data families under a derivative.

Each reading is pinned both ways: the true link it lets through is proved (or at least
not refuted), the false one is refuted, and every counterexample is recomputed here with
plain ``math`` from the point the verifier reports, never taken from it.
"""

from __future__ import annotations

import math

import pytest
import sympy
from helpers import post_links as links

from verifier.posts.check import check_post
from verifier.posts.document import Post
from verifier.posts.latex import Names, NotRead, translate
from verifier.proof.syntax import Scope, parse_expression

# The refuter's witnesses (verifier/proof/refute.py), as plain Python: a printed witness
# is looked up here, never evaluated.
WITNESSES = {
    "t**2 + 1": lambda t: t**2 + 1,
    "sin(3*t) + 2": lambda t: math.sin(3 * t) + 2,
    "exp(t/2)": lambda t: math.exp(t / 2),
}


def witness(text: str):
    return WITNESSES[text]


# -- the indicator 1{k = i} -------------------------------------------------------------


def test_an_indicator_dropping_a_factor_is_refuted_and_the_numbers_differ():
    # The factor t_k of the second sum is dropped: sum_k t_k y != sum_k y.
    text = (
        r"$$ -\sum_{k=1}^K t_k (1\{k = i\} - y) = -\sum_{k=1}^K t_k 1\{k = i\} + \sum_{k=1}^K y $$"
        "\n"
    )
    (link,) = links(text)
    assert link.verdict == "refuted"
    ce = link.counterexample
    values, witnesses = ce["values"], ce["witnesses"]
    big_k, i, y = int(values["K"]), float(values["i"]), float(values["y"])
    assert float(i) == int(i)  # an index compared in an indicator is a whole number
    t = witness(witnesses["t_at(t)"])
    ind = [1.0 if k == int(i) else 0.0 for k in range(1, big_k + 1)]
    left = -sum(t(k) * (ind[k - 1] - y) for k in range(1, big_k + 1))
    right = -sum(t(k) * ind[k - 1] for k in range(1, big_k + 1)) + big_k * y
    assert not math.isclose(left, right, rel_tol=1e-9, abs_tol=1e-12)
    assert math.isclose(left, float(ce["lhs"]), rel_tol=1e-9, abs_tol=1e-12)
    assert math.isclose(right, float(ce["rhs"]), rel_tol=1e-9, abs_tol=1e-12)


def test_the_true_expansion_with_an_indicator_is_not_refuted():
    text = (
        r"$$ -\sum_{k=1}^K t_k (1\{k = i\} - y) = "
        r"-\sum_{k=1}^K t_k 1\{k = i\} + \sum_{k=1}^K t_k y $$" + "\n"
    )
    (link,) = links(text)
    assert link.verdict != "refuted"


@pytest.mark.parametrize("condition", [r"k < i", r"k \neq i", r"k = i = j", r"k"])
def test_an_indicator_of_another_condition_is_not_read(condition):
    with pytest.raises(NotRead, match="indicator"):
        translate(r"1\{" + condition + r"\}", Names())


def test_the_indicator_is_one_exactly_when_its_two_sides_are_equal():
    text = translate(r"1\{k = i\}", Names()).text
    k, i = sympy.Symbol("k", real=True), sympy.Symbol("i", real=True)
    value = parse_expression(text, Scope(symbols={"k": k, "i": i}))
    for a, b in [(3, 3), (3, 4), (0.5, 0.5), (2.0, -1.0), (-2, 5)]:
        assert float(value.subs({k: a, i: b})) == (1.0 if a == b else 0.0)


# -- a sum written without its index ----------------------------------------------------


def test_a_bare_sum_runs_over_the_one_index_of_its_summand():
    assert translate(r"\sum e^{z_j}", Names()).text == "Sum(exp(z_at(j)), (j, 1, N_j))"


@pytest.mark.parametrize(
    "formula", [r"\sum x_i y_j", r"\sum \frac{1}{2}(t - o)^2", r"\sum^n x_i", r"\sum e^{z}"]
)
def test_a_bare_sum_with_no_single_index_is_not_read(formula):
    with pytest.raises(NotRead, match="sum without its index"):
        translate(formula, Names())


# -- words -----------------------------------------------------------------------------


def test_a_word_function_is_not_split_after_a_known_prefix():
    # logsumexp(X) is one function, never log(sumexp(X)); siny is still sin(y).
    assert translate("logsumexp(X)", Names()).text == "logsumexp(X)"
    assert translate("siny", Names()).text == "sin(y)"
    assert translate("log(x)", Names()).text == "log(x)"


# -- names given a value on the right, functions written alone ---------------------------


def test_a_name_given_on_the_right_is_a_definition():
    text = "$e^{u} = b$\n\n$$ b e^{-u} = 1 $$\n"
    found = links(text)
    assert [link.verdict for link in found] == ["proved", "proved"]


def test_a_name_given_on_the_right_carries_its_value_into_a_false_link():
    # b = e^u, so b e^{-u} = 1, not 2: refuted, at a point where the numbers say so.
    (_, link) = links("$e^{u} = b$\n\n$$ b e^{-u} = 2 $$\n")
    assert link.verdict == "refuted"
    assert not math.isclose(float(link.counterexample["lhs"]), 2.0)
    assert math.isclose(float(link.counterexample["lhs"]), 1.0, rel_tol=1e-9)


def test_a_defined_function_alone_is_its_value_at_its_parameters():
    text = "$$ g(z) = z^2 + 1 $$\n\n$$ g - 1 = z^2 $$\n"
    assert [link.verdict for link in links(text)] == ["proved", "proved"]


def test_a_defined_function_alone_in_a_false_link_is_refuted():
    (_, link) = links("$$ g(z) = z^2 + 1 $$\n\n$$ g - 1 = z^3 $$\n")
    assert link.verdict == "refuted"
    z = float(link.counterexample["values"]["z"])
    assert not math.isclose(z**2, z**3, rel_tol=1e-9)
    assert math.isclose(float(link.counterexample["lhs"]), z**2, rel_tol=1e-9)


def test_a_derivative_is_never_taken_for_a_definition():
    text = (
        r"$$ y_i(z_i) = \frac{e^{z_i}}{\sum_{k=1}^K e^{z_k}} $$" + "\n\n"
        r"$$ \frac{\partial y_i(z_i)}{\partial z_i} = y_i(z_i) $$" + "\n"
    )
    result = check_post(Post.from_text("p.md", text), timeout=5.0)
    assert not any("Derivative" in a for a in result.assumptions)
    # z_k in the sum is z_i for k = i: the derivative is not y_i, and is not proved.
    assert result.chains[-1].steps[-1].verdict != "proved"


# -- families of data under a derivative ------------------------------------------------


def test_a_constant_factor_leaves_a_derivative_of_a_sum_over_data():
    text = (
        r"$$ \frac{\partial}{\partial \theta} \left( \frac{1}{m} \sum_{i=1}^{m} \theta x^{(i)} "
        r"\right) = \frac{1}{m} \frac{\partial}{\partial \theta} \sum_{i=1}^{m} \theta x^{(i)} $$"
        "\n"
    )
    (link,) = links(text)
    assert link.verdict == "proved"


def test_a_family_the_post_differentiates_is_never_taken_for_data():
    # The post says y_k depends on z_i (it differentiates it): d/dz_i of a sum of y_k is
    # not 0, whatever SymPy would say of an unknown y_at(k).
    text = (
        r"$$ \frac{\partial y_k}{\partial z_i} = y_k $$" + "\n\n"
        r"$$ \frac{\partial}{\partial z_i} \sum_{k=1}^K y_k = 0 $$" + "\n"
    )
    found = links(text)
    assert found[-1].verdict != "proved"
    assert "indexed" in found[-1].reason


def test_a_family_that_a_variable_belongs_to_is_never_taken_for_data():
    # d/dz_i of sum_k z_k is 1 (the term k = i), never 0.
    (link,) = links(r"$$ \frac{\partial}{\partial z_i} \sum_{k=1}^K z_k = 0 $$" + "\n")
    assert link.verdict != "proved"


@pytest.mark.parametrize(
    "text",
    [
        # x is the post's variable: "sin y = x" is an equation about it, not a name for sin y.
        "$$ y = \\sin^{-1} x $$\n\n$$ \\sin y = x $$\n\n$$ \\frac{d}{dx} x = 1 $$\n",
        # h is a limit's variable before: "ln(n + 1) = h" says how n and h relate.
        "$$ \\lim_{h \\to 0} \\frac{e^h - 1}{h} = 1 $$\n\n$$ \\ln(n+1) = h $$\n\n"
        "$$ \\frac{h}{h} = 1 $$\n",
    ],
)
def test_a_name_already_in_use_is_not_defined_by_an_equation_ending_in_it(text):
    result = check_post(Post.from_text("p.md", text), timeout=5.0)
    assert not any(
        "(a definition in the post)" in a and a.split(" = ")[0] in ("x", "h")
        for chain in result.chains
        for a in chain.assumptions
    )
    # and no true link of these posts is refuted by a value made up from such a reading
    assert all(link.verdict != "refuted" for chain in result.chains for link in chain.steps)


def test_a_name_written_with_and_without_its_subscript_is_one_name():
    # h_1 is defined; h1 later is the same name: d/dw h1 is the derivative of g(w).
    text = (
        "$h_1 = g(w)$\n\n"
        r"$$ \frac{\partial}{\partial w} (h1)^2 = 2 h1 \frac{\partial}{\partial w} h_1 $$" + "\n\n"
        r"$$ \frac{\partial}{\partial w} h1 = 0 $$" + "\n"
    )
    found = links(text, timeout=30.0)  # the chain rule's search, on a loaded machine
    assert found[0].verdict == "proved"  # h_1 = g(w), the definition
    assert found[1].verdict == "proved"
    # Read as two names, h1 would be a constant and d/dw h1 = 0 would be proved.
    assert found[2].verdict != "proved"


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("SC(x_1)", "SC(x_1)"),
        ("SC'(x)", "Derivative(SC(x), x)"),
        ("relu'(x)", "Derivative(relu(x), x)"),
        # Lower-case letters before a parenthesis stay a product: xy(1 + x) is x*y*(1 + x).
        ("xy(1+x)", "x*y*(1 + x)"),
    ],
)
def test_an_acronym_before_a_parenthesis_is_one_function(formula, expected):
    assert translate(formula, Names(), "x").text == expected


def test_an_acronym_function_defined_by_the_post_is_used_by_its_links():
    text = "$$ SC(u) = u^2 + 1 $$\n\n$$ SC'(x) = 2x $$\n\n$$ SC'(x) = 3x $$\n"
    found = links(text, timeout=30.0)
    assert [link.verdict for link in found[:2]] == ["proved", "proved"]
    assert found[2].verdict == "refuted"
    x = float(found[2].counterexample["values"]["x"])
    assert not math.isclose(2 * x, 3 * x)
    assert math.isclose(float(found[2].counterexample["lhs"]), 2 * x, rel_tol=1e-9)


# -- the chain rule written with a function's value as the variable -----------------------

H_POST = r"$$ h(x) = \frac{1}{1 + e^{-\theta x}} $$" + "\n\n"


def test_a_derivative_in_a_functions_value_is_the_chain_rule_at_that_value():
    text = H_POST + (
        r"$$ \frac{\partial}{\partial \theta} \left( \log(h(u)) \right) = "
        r"\frac{\partial}{\partial h} \left( \log(h(u)) \right) \frac{\partial h}{\partial \theta} $$"
        "\n"
    )
    found = links(text, timeout=30.0)
    assert found[-1].verdict == "proved"


def test_a_wrong_chain_rule_in_a_functions_value_is_not_proved():
    # The inner derivative is dropped: d/dtheta log(h(u)) is not d/dh log(h(u)).
    text = H_POST + (
        r"$$ \frac{\partial}{\partial \theta} \left( \log(h(u)) \right) = "
        r"\frac{\partial}{\partial h} \left( \log(h(u)) \right) $$" + "\n"
    )
    link = links(text, timeout=30.0)[-1]
    assert link.verdict != "proved"
    if link.verdict == "refuted":
        theta = float(link.counterexample["values"]["theta"])
        u = float(link.counterexample["values"]["u"])
        h = 1 / (1 + math.exp(-theta * u))
        left, right = u * (1 - h), 1 / h  # d/dtheta log h(u), and 1/h
        assert not math.isclose(left, right, rel_tol=1e-9)


@pytest.mark.parametrize(
    "formula",
    [
        # h at two different values: which one is the variable is a guess.
        r"\frac{\partial}{\partial h} \left( h(u) h(v) \right)",
        # no parenthesis: how far the operator reaches is a guess.
        r"\frac{\partial}{\partial h} \log h(u)",
    ],
)
def test_a_derivative_in_a_functions_value_that_is_unclear_is_not_read(formula):
    names = Names(defined_functions={"h"}, functions={"h"})
    with pytest.raises(NotRead, match="value of h"):
        translate(formula, names, "x")


# -- y = g(x) = f(x) = (formula): y names the chain's definition -------------------------


def test_a_name_first_in_a_defining_chain_is_the_defined_function():
    text = (
        "$$ y = sq(x) = f(x) = x^2 $$\n\n$$ \\frac{dy}{dx} = 2x $$\n\n$$ \\frac{dy}{dx} = 3x $$\n"
    )
    found = links(text, timeout=30.0)
    assert found[2].verdict == "proved"  # f(x) = x^2, the definition
    assert found[3].verdict == "proved"  # dy/dx = 2x: y is f(x)
    assert found[4].verdict == "refuted"
    x = float(found[4].counterexample["values"]["x"])
    assert math.isclose(float(found[4].counterexample["lhs"]), 2 * x, rel_tol=1e-9)
    assert not math.isclose(2 * x, 3 * x)


def test_a_wrong_middle_link_is_refuted_and_the_naming_link_is_not():
    # y = sigmoid(x) = f(x) = x^2: the author names f(x) = x^2; sigmoid(x) = f(x) is the
    # slip (the logistic function is not x^2).
    found = links("$$ y = sigmoid(x) = f(x) = x^2 $$\n", timeout=30.0)
    assert found[0].verdict == "unknown" and "named by this chain" in found[0].reason
    assert found[1].verdict == "refuted"
    x = float(found[1].counterexample["values"]["x"])
    logistic = 1 / (1 + math.exp(-x))
    assert math.isclose(float(found[1].counterexample["lhs"]), logistic, rel_tol=1e-9)
    assert not math.isclose(logistic, x**2, rel_tol=1e-9)
    assert found[2].verdict == "proved"


@pytest.mark.parametrize(
    "formula",
    [r"1\{k = i", r"1\{ \}", r"x \sum", r"\sum_", "1\\{" * 200 + "k = i" + "\\}" * 200],
)
def test_broken_indicators_and_sums_are_not_read_and_say_where(formula):
    with pytest.raises(NotRead) as caught:
        translate(formula, Names())
    assert 0 <= caught.value.offset <= len(formula)


# -- y' for a name: dy/dx in the post's variable -----------------------------------------


def test_y_prime_of_a_name_defined_in_x_is_its_derivative_in_x():
    text = "$$y = x^3 + x$$\n\n$$y' = 3x^2 + 1$$\n\n$$y' = 3x^2$$\n"
    by_line = {link.line: link for link in links(text)}
    assert by_line[3].verdict == "proved", by_line[3].reason
    wrong = by_line[5]
    assert wrong.verdict == "refuted"
    x = float(wrong.counterexample["values"]["x"])
    # Independently: y' = 3x^2 + 1 is 1 more than 3x^2 at every x.
    assert float(wrong.counterexample["lhs"]) == pytest.approx(3 * x**2 + 1, rel=1e-9)
    assert float(wrong.counterexample["rhs"]) == pytest.approx(3 * x**2, rel=1e-9)


def test_y_prime_of_a_name_never_defined_is_not_read_as_zero():
    [link] = links("$$u' = 0$$\n\nThe variable is $x$ and $f(x) = x^2$.\n")
    assert link.verdict == "unknown"
    assert "never defined" in link.reason


# -- a standard function the reader lacks is never the post's own name -------------------


def test_a_standard_function_written_as_a_word_is_not_defined_by_the_post():
    # sech(x) = 7x is false for the sech everybody means; read as a definition of a new
    # function "sech" it would be reported proved (hostile review, session 4).
    first, second = links("$$\\operatorname{sech}(x) = 7x$$\n\n$$\\mathrm{sech}(x) = 7x$$\n")
    for link in (first, second):
        assert link.verdict == "unknown"
        assert "this reader lacks" in link.reason


def test_a_word_the_post_names_itself_is_still_its_function():
    [link] = links("$$\\operatorname{Cost}(x) = x^2$$\n\n$$\\operatorname{Cost}(3) = 9$$\n")[1:]
    assert link.verdict == "proved", link.reason

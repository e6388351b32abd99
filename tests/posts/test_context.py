"""What a post takes for granted: names, definitions, assumptions, each listed."""

from __future__ import annotations

from verifier.posts.context import read_context
from verifier.posts.document import Post


def context_of(text: str):
    return read_context(Post.from_text("p.md", text))


def test_a_function_definition_in_a_sentence_is_taken():
    ctx = context_of("Let $g(x)=\\frac{1}{f(x)}$ here.\n")
    [d] = [d for d in ctx.definitions if d.name == "g"]
    assert d.params == ("x",)
    assert "f(x)" in d.body


def test_dividing_by_a_function_in_a_definition_assumes_it_nonzero_and_says_so():
    ctx = context_of("Let $g(x)=\\frac{1}{f(x)}$ here.\n")
    assert "f" in ctx.nonzero
    assert any("f(x) != 0" in a for a in ctx.assumptions)


def test_neq_zero_in_the_prose_adds_nonzero():
    ctx = context_of("Assume $h(x) \\neq 0$.\n\n$$h(x) = h(x)$$\n")
    assert "h" in ctx.nonzero


def test_sigma_undefined_is_read_as_the_logistic_sigmoid_and_said():
    ctx = context_of("$$y = \\sigma(z)$$\n")
    assert any(d.name == "sigma" for d in ctx.definitions)
    assert any("sigmoid" in a for a in ctx.assumptions)


def test_a_name_alone_in_a_sentence_is_a_condition_not_a_definition():
    ctx = context_of("When $k = i$ the term is one.\n")
    assert not any(d.name == "k" for d in ctx.definitions)


def test_a_name_the_post_computes_to_a_number_is_not_an_abbreviation():
    text = "$$y_1 = w_5 h_1 + b_2$$\n\n$$y_1 = 0.4 \\times 0.5 + 0.6 = 0.8$$\n"
    ctx = context_of(text)
    assert not any(d.name == "y_1" for d in ctx.definitions)


def test_a_displayed_name_definition_is_taken():
    ctx = context_of("$$s = \\frac{1}{1+e^{-z}}$$\n")
    assert [d.body for d in ctx.definitions if d.name == "s"] == ["(1)/(1 + exp(-(z)))"]


def test_in_a_chain_the_definition_is_the_link_with_a_closed_right_side():
    ctx = context_of("$$y = sigmoid(x) = f(x) = \\frac{1}{2+x}$$\n")
    names = {d.name: d for d in ctx.definitions}
    assert names["f"].body == "(1)/(2 + x)"
    # y names what the chain defines (f(x)), not its first right side sigmoid(x): the
    # link y = sigmoid(x) is then never refuted (see test_readings.py).
    assert names["y"].body == "f(x)"
    assert ("y", names["y"].offset) in ctx.named_by_chain


def test_a_name_both_called_and_alone_is_ambiguous_and_reported():
    ctx = context_of("$$a(1 - a) = a - a^2$$\n\n$$a + 1 = 1 + a$$\n")
    assert "a" in ctx.names.ambiguous
    assert any("times a parenthesis" in a and a.endswith(": a") for a in ctx.assumptions)

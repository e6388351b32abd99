"""A function with a meaning (softmax, relu) that the post never defines is not refuted with a
made-up one; a generic f is (the link is claimed for every f). ``\\mathrm{softmax}`` is a word,
not the product s*o*f*t*m*a*x.

Counterexamples are recomputed here with plain ``math`` from the point reported.
"""

from __future__ import annotations

import math

import pytest
from helpers import post_links as links


@pytest.mark.parametrize(
    "name", [r"\mathrm{softmax}", r"\operatorname{softmax}", r"\text{relu}", "softmax"]
)
def test_an_undefined_named_function_is_not_refuted_with_a_made_up_one(name):
    (link,) = links(f"$$\\frac{{d}}{{dx}} {name}(x)^2 = {name}(x)$$\n")
    assert link.verdict == "unknown"
    assert link.counterexample is None
    word = name.split("{")[-1].rstrip("}")
    assert f"uses {word}, which the post never defines" in link.reason


def test_a_generic_function_is_refuted_with_a_witness_that_really_differs():
    (link,) = links("$$\\frac{d}{dx} f(x)^2 = f(x)$$\n")
    assert link.verdict == "refuted"
    ce = link.counterexample
    assert ce["witnesses"] == {"f(t)": "t**2 + 1"}
    x = float(ce["values"]["x"])
    f = lambda t: t**2 + 1  # noqa: E731
    left, right = 2 * f(x) * 2 * x, f(x)  # d/dx f(x)^2 = 2 f(x) f'(x)
    assert math.isclose(float(ce["lhs"]), left, rel_tol=1e-6)
    assert math.isclose(float(ce["rhs"]), right, rel_tol=1e-6)
    assert not math.isclose(left, right)


def test_a_named_function_the_post_defines_is_checked_by_its_definition():
    text = "Let $\\mathrm{relu}(x) = x^2$ here.\n\n$$\\frac{d}{dx} \\mathrm{relu}(x) = 3x$$\n"
    (link,) = links(text)
    assert link.verdict == "refuted"
    x = float(link.counterexample["values"]["x"])
    assert math.isclose(float(link.counterexample["lhs"]), 2 * x, rel_tol=1e-6)
    assert not math.isclose(2 * x, 3 * x)


def test_mathrm_d_is_still_a_differential():
    (link,) = links("$$\\frac{\\mathrm{d}}{\\mathrm{d}x} x^2 = 2x$$\n")
    assert link.verdict == "proved"


UNREAD = "$$g(x) = \\frac{x}{1 + e^{-x}} \\star 2$$\n\n"  # \star is not read


def test_a_function_defined_by_what_is_not_read_is_not_refuted_through_a_later_claim():
    # "g(x) = x + 1" further down is a claim about g (false: g(0) = 0 whatever \star is),
    # not its definition: g(0) = 0 was refuted at "before = 1.0", from x + 1.
    text = UNREAD + "$$g(0) = 0$$\n\nthen\n\n$$g(x) = x + 1$$\n"
    first = links(text)[1]  # links(...)[0] is the definition, which is not read
    assert first.verdict == "unknown", first.reason
    assert first.counterexample is None
    assert "cannot read" in first.reason


def test_a_function_defined_by_what_is_not_read_is_not_refuted_with_a_made_up_one():
    (_, link) = links(UNREAD + "$$\\frac{d}{dx} g(x)^2 = g(x)$$\n")
    assert link.verdict == "unknown", link.reason
    assert link.counterexample is None


def test_without_the_unread_definition_the_same_links_are_refuted():
    # The control: the same claims about a generic g are false, and refuted, so the two
    # tests above fail if the unread definition stops being noticed.
    text = "$$g(0) = 0$$\n\nthen\n\n$$g(x) = x + 1$$\n"
    assert links(text)[0].verdict == "refuted"
    (link,) = links("$$\\frac{d}{dx} g(x)^2 = g(x)$$\n")
    assert link.verdict == "refuted"


def test_a_list_in_a_sentence_is_not_an_unread_definition():
    # The seed post: "f(x) = e^x, f'(x) = e^x" splits at "=" into a part with a comma;
    # f stays a generic function, and a false link about it is refuted.
    text = "Let $f(x) = e^x, f'(x) = e^x$.\n\n$$\\frac{d}{dx} f(x)^2 = f(x)$$\n"
    assert links(text)[-1].verdict == "refuted"

"""A link holds where its two sides are defined: sqrt(x) and x^n ask x > 0, 1/x asks
x != 0; the kernel is asked again there, and the link says so. Definitions stated in a
sentence before a proof are in force in it."""

from __future__ import annotations

import math

import pytest
from helpers import post_links as links


def test_the_derivative_of_sqrt_is_proved_where_sqrt_is_defined():
    [link] = links("$$\\frac{d}{dx}[\\sqrt{x}] = \\frac{1}{2 * \\sqrt{x}}$$\n")
    assert link.verdict == "proved", link.reason
    assert "x > 0" in link.reason


def test_a_wrong_derivative_of_sqrt_is_still_refuted_at_a_positive_x():
    [link] = links("$$\\frac{d}{dx}[\\sqrt{x}] = \\frac{1}{\\sqrt{x}}$$\n")
    assert link.verdict == "refuted"
    x = float(link.counterexample["values"]["x"])
    assert x > 0
    # Independently: d/dx sqrt(x) = 1/(2 sqrt x) differs from 1/sqrt(x) at every x > 0.
    assert float(link.counterexample["lhs"]) == pytest.approx(1 / (2 * math.sqrt(x)), rel=1e-6)
    assert float(link.counterexample["rhs"]) == pytest.approx(1 / math.sqrt(x), rel=1e-6)


def test_a_link_false_where_it_is_defined_gets_no_domain_to_hide_in():
    # sqrt(x^2) is defined for every real x, so nothing restricts x; the link is false at x < 0.
    [link] = links("$$\\sqrt{x^2} = x$$\n")
    assert link.verdict != "proved"
    assert "x > 0" not in link.reason


def test_a_power_with_a_symbolic_exponent_is_differentiated_for_x_positive():
    [link] = links("$$\\frac{d}{dx}[x^n] = n*x^{n - 1}$$\n")
    assert link.verdict == "proved", link.reason
    assert "x > 0" in link.reason


def test_a_wrong_power_rule_stays_unproved_for_x_positive():
    [link] = links("$$\\frac{d}{dx}[x^n] = n*x^{n}$$\n")
    assert link.verdict != "proved"


def test_a_definition_in_a_sentence_before_the_proof_is_in_force_in_it():
    text = "Let $f(x) = x^n$\n\n$$f'(x) = n * x^{n - 1}$$\n\n$$f(x) = x^{10}$$\n$$f'(x) = 10x^9$$\n"
    by_line = {link.line: link for link in links(text)}
    assert by_line[3].verdict == "proved", by_line[3].reason  # reads f(x) = x^n
    assert by_line[6].verdict == "proved", by_line[6].reason  # reads f(x) = x^10


def test_a_definition_in_a_sentence_before_a_proof_is_used_for_refuting_too():
    text = "Let $f(x) = x^3$\n\n$$f'(x) = 3 x^{3}$$\n\n$$f(x) = x^{10}$$\n"
    by_line = {link.line: link for link in links(text)}
    assert by_line[3].verdict != "proved", by_line[3].reason

"""A number the post states for a name (``\\hat{y1} = \\sigma(y1) = 0.7491``) is the
value a later link is taken at, when the link's names have no other meaning: refuted only
by more than the rounding of that number explains, never at a made-up value."""

from __future__ import annotations

from fractions import Fraction

from helpers import post_links as links

STATED = "$$\n\\hat{y} = \\sigma(y) = 0.7491\n$$\n\n"


def _by_line(text: str) -> dict:
    return {link.line: link for link in links(text)}


def test_a_link_false_at_the_number_the_post_states_is_refuted_there():
    # Post 11's slip: 0.7391 (the error) put where the output 0.7491 belongs.
    text = STATED + "$$\n\\hat{y}(1 - \\hat{y}) = 0.7391(1 - 0.7391)\n$$\n"
    link = _by_line(text)[6]
    assert link.verdict == "refuted", link.reason
    c = link.counterexample
    assert c["values"] == {"hat_y": "0.7491"}
    assert c["stated"] == {"hat_y": "2:1"}
    # Recomputed exactly, and the gap is far beyond the rounding of 0.7491 (+-0.00005).
    y = Fraction("0.7491")
    left, right = y * (1 - y), Fraction("0.7391") * (1 - Fraction("0.7391"))
    assert abs(float(c["lhs"]) - float(left)) < 1e-12
    assert abs(float(c["rhs"]) - float(right)) < 1e-12
    half = Fraction(1, 20000)
    for corner in (y - half, y + half):
        assert corner * (1 - corner) < right - Fraction(1, 1000)
    assert "the number the post states at 2:1" in link.reason or "stated at 2:1" in link.reason


def test_a_link_true_to_the_rounding_of_the_stated_number_is_not_refuted():
    # 0.7491 * 0.2509 = 0.18794919..., and 0.1880 lies within what 0.7491 +- 0.00005 gives.
    text = STATED + "$$\n\\hat{y}(1 - \\hat{y}) = 0.1880\n$$\n"
    link = _by_line(text)[6]
    assert link.verdict != "refuted", link.reason
    y, half = Fraction("0.7491"), Fraction(1, 20000)
    values = [v * (1 - v) for v in (y - half, y, y + half)]
    assert min(values) - Fraction(1, 10000) < Fraction("0.1880") < max(values) + Fraction(1, 10000)


def test_a_link_true_at_the_stated_number_is_not_refuted():
    text = STATED + "$$\n\\hat{y}(1 - \\hat{y}) = 0.7491(1 - 0.7491)\n$$\n"
    assert _by_line(text)[6].verdict != "refuted"


def test_a_number_stated_after_the_link_is_not_used():
    text = "$$\n\\hat{y}(1 - \\hat{y}) = 0.7391(1 - 0.7391)\n$$\n\n" + STATED
    link = _by_line(text)[2]
    assert link.verdict != "refuted", link.reason


def test_a_name_given_two_different_numbers_has_no_value():
    text = (
        STATED
        + "$$\n\\hat{y} = 0.75\n$$\n\n"
        + "$$\n\\hat{y}(1 - \\hat{y}) = 0.7391(1 - 0.7391)\n$$\n"
    )
    link = _by_line(text)[10]
    assert link.verdict != "refuted", link.reason


def test_an_update_is_not_a_value():
    # w = w - 0.5 * 0.1 = 0.35 gives w a new value, not its value: no number for w.
    text = "$$\nw = w - 0.5 \\times 0.1 = 0.35\n$$\n\n$$\nw(1 - w) = 0.3(1 - 0.3)\n$$\n"
    link = _by_line(text)[6]
    assert link.verdict != "refuted", link.reason


def test_a_number_stated_in_a_sentence_is_not_a_value():
    text = "The output is $\\hat{y} = 0.7491$.\n\n$$\n\\hat{y}(1 - \\hat{y}) = 0.7391(1 - 0.7391)\n$$\n"
    link = _by_line(text)[4]
    assert link.verdict != "refuted", link.reason


def test_a_name_without_a_stated_number_keeps_the_link_unrefuted():
    # t has no number in the post: the link is not taken at a made-up t.
    text = STATED + "$$\nt - \\hat{y} = 0.01 - 0.7491\n$$\n"
    link = _by_line(text)[6]
    assert link.verdict != "refuted", link.reason

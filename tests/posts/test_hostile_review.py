"""Links a hostile review made the post reader prove or refute wrongly, each pinned here.

Every false link must not be proved; where it is refuted, its two numbers are recomputed
here with math/mpmath from the counterexample's point, not taken from the verifier.
"""

from __future__ import annotations

import math

import pytest
from helpers import post_links as links

from verifier.posts.check import check_post
from verifier.posts.document import Post


@pytest.mark.parametrize(
    ("text", "derivative"),
    [
        # d/dx applies to the whole product written after it, never to its first factor.
        (r"$$ \frac{d}{dx} 3x^2 = 0 $$", lambda x: 6 * x),
        (r"$$ \frac{d}{dx} 2 \sin x = 0 $$", lambda x: 2 * math.cos(x)),
        (r"$$ \frac{d}{dx} x \sin x = \sin x $$", lambda x: math.sin(x) + x * math.cos(x)),
    ],
)
def test_d_dx_reaches_over_the_whole_product(text, derivative):
    (link,) = links(text + "\n")
    assert link.verdict == "refuted", link.reason
    x = float(link.counterexample["values"]["x"])
    assert float(link.counterexample["lhs"]) == pytest.approx(derivative(x), rel=1e-9)
    assert float(link.counterexample["lhs"]) != pytest.approx(float(link.counterexample["rhs"]))


def test_d_dx_of_a_product_is_proved_by_the_product_rule():
    (link,) = links(r"$$ \frac{d}{dx} x^2 \sin x = 2x \sin x + x^2 \cos x $$" + "\n")
    assert link.verdict == "proved", link.reason


def test_d_dx_before_an_explicit_product_is_not_read():
    (link,) = links(r"$$ \frac{d}{dx} 3 \cdot x^2 = 0 $$" + "\n")
    assert link.verdict == "unknown" and "with parentheses" in link.reason


@pytest.mark.parametrize(
    ("text", "fn"),
    [(r"$$ \sin 2x = x \sin 2 $$", math.sin), (r"$$ \cos 3x = x \cos 3 $$", math.cos)],
)
def test_a_bare_function_argument_is_the_product_written_next_to_it(text, fn):
    (link,) = links(text + "\n")
    assert link.verdict == "refuted", link.reason
    x = float(link.counterexample["values"]["x"])
    k = 2 if "2" in text else 3
    assert float(link.counterexample["lhs"]) == pytest.approx(fn(k * x), rel=1e-9)


def test_sin_2x_is_twice_sin_cos():
    (link,) = links(r"$$ \sin 2x = 2 \sin x \cos x $$" + "\n")
    assert link.verdict == "proved", link.reason


def test_dy_dx_written_inline_is_not_read_as_a_product():
    found = links("$$ y = x^2 $$\n\nso\n\n$$ dy/dx = x^3 $$\n")
    assert found[-1].verdict != "proved"
    assert "dy/dx written inline" in found[-1].reason


def test_a_condition_in_prose_is_not_a_definition():
    text = "We look for a root, a point where $f(x) = 0$. It needs\n\n$$ f'(x) = 0 $$\n\nto fail.\n"
    (link,) = links(text)
    assert link.verdict != "proved"


def test_a_function_defined_twice_is_read_with_the_definition_stated_last_before():
    # f'(x) = 2x holds for the first f only, 3x^2 for the second only: each chain reads the
    # definition stated last before it, as a reader does.
    text = (
        "$$ f(x) = x^2 $$\n\n$$ f'(x) = 2x $$\n\nand later\n\n"
        "$$ f(x) = x^3 $$\n\n$$ f'(x) = 3x^2 $$\n\n$$ f'(x) = 2x $$\n"
    )
    found = links(text)
    assert [link.verdict for link in found[:4]] == ["proved"] * 4
    # Not proved; and not refuted either: a function defined twice is never the ground
    # of a counterexample (which definition an author means is theirs to say).
    assert found[4].verdict == "unknown" and "defined more than once" in found[4].reason


def test_a_chain_before_a_redefined_function_takes_none_of_its_definitions():
    # Before both definitions, f is an unknown function: neither later body is used.
    text = "$$ f'(x) = 2x $$\n\n$$ f(x) = x^2 $$\n\nand later\n\n$$ f(x) = x^3 $$\n"
    first = links(text)[0]
    assert first.verdict == "unknown"


def test_a_link_with_a_stated_condition_is_not_refuted_outside_it():
    (link,) = links(r"$$ \sqrt{x^2} = x \quad (x > 0) $$" + "\n")
    assert link.verdict == "unknown" and "condition" in link.reason


def test_an_inverse_hyperbolic_function_is_not_read_as_a_reciprocal():
    (link,) = links(r"$$ \frac{d}{dx}\sinh^{-1} x = \frac{1}{\sqrt{1+x^2}} $$" + "\n")
    assert link.verdict == "unknown" and "inverse function" in link.reason


def test_a_post_past_its_time_budget_reports_the_rest_unknown():
    text = "".join(f"$$ (x+{k})^2 = x^2 + {2 * k}x + {k * k} $$\n\n" for k in range(1, 6))
    result = check_post(Post.from_text("p.md", text), timeout=5.0, budget=0.0)
    statuses = [link.verdict for chain in result.chains for link in chain.steps[1:]]
    assert statuses == ["unknown"] * 5
    assert "time budget" in result.chains[-1].steps[1].reason

"""Chains and links: only top-level '=' signs count, and every link keeps its offset."""

from __future__ import annotations

import pytest

from verifier.posts.chain import chains
from verifier.posts.document import Post


def links(text: str) -> list[list[str]]:
    """Each chain's expressions, as written."""
    post = Post.from_text("p.md", text)
    found = chains([m for m in post.math if m.display], post.clean)
    return [[" ".join(e.text(post.clean).split()) for e in c.exprs] for c in found]


@pytest.mark.parametrize(
    "formula, expected",
    [
        ("a = b = c", [["a", "b", "c"]]),
        ("y = 1\\{k = i\\} - y_i", [["y", "1\\{k = i\\} - y_i"]]),
        ("f_{k=i} = 2", [["f_{k=i}", "2"]]),
        ("a = b \\quad i = j", [["a", "b"]]),
        ("x := 2", []),
        ("a \\neq b", []),
        ("a \\not= b", []),
        ("a \\leq b", []),
        ("\\begin{cases} 1 & \\text{if } y = 0 \\end{cases}", []),
        ("\\frac{d}{dx}(\\sin y = x)", []),
        ("a = b \\Rightarrow c = d", [["a", "b"], ["c", "d"]]),
    ],
    ids=[
        "chain",
        "indicator-braces",
        "subscript",
        "quad-side-condition",
        "assignment",
        "neq",
        "not-equal",
        "leq",
        "cases-condition",
        "equation-as-operand",
        "rightarrow-separates",
    ],
)
def test_only_top_level_equals_signs_split(formula, expected):
    assert links(f"$${formula}$$\n") == expected


def test_align_rows_starting_with_equals_continue_the_chain():
    text = "$$\\begin{aligned} f &= a \\\\ &= b \\\\[1em] &= c \\end{aligned}$$\n"
    assert links(text) == [["f", "a", "b", "c"]]


def test_a_row_with_its_own_left_side_starts_a_new_chain():
    text = "\\begin{align} f &= a \\\\ g &= b \\end{align}\n"
    assert links(text) == [["f", "a"], ["g", "b"]]


def test_a_display_starting_with_equals_continues_across_prose():
    text = "$$f = a$$\n\nSome words.\n\n$$= b$$\n"
    assert links(text) == [["f", "a", "b"]]


def test_a_row_starting_with_plus_continues_the_expression():
    text = "$$\\begin{aligned} f &= a \\\\ &+ b \\end{aligned}$$\n"
    assert links(text) == [["f", "a + b"]]


def test_an_equals_row_after_a_formula_without_equals_continues_that_formula():
    text = "$$D$$\n$$= b$$\n"
    assert links(text) == [["D", "b"]]


def test_an_unbalanced_parenthesis_inside_braces_does_not_hide_later_signs():
    text = "$$\\begin{aligned} a &= \\frac{(b}{c} \\\\ &= d \\end{aligned}$$\n"
    assert [len(c) for c in links(text)] == [3]


def test_each_equals_sign_keeps_its_line_and_column():
    text = "Title\n\n$$a = b\n= c$$\n"
    post = Post.from_text("p.md", text)
    [chain] = chains([m for m in post.math if m.display], post.clean)
    assert [post.position(e) for e in chain.eqs] == [(3, 5), (4, 1)]
    assert [text[e] for e in chain.eqs] == ["=", "="]


def test_a_side_condition_ends_at_its_row():
    text = "\\begin{align} f &= a \\quad i = j \\\\ &= b \\end{align}\n"
    assert links(text) == [["f", "a", "b"]]

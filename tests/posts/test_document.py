"""Where a post's math is: display formulas found as a renderer finds them, code and prose left out."""

from __future__ import annotations

import json

import pytest

from verifier.errors import InputError
from verifier.posts.document import Post, read_post


def displays(text: str, name: str = "post.md") -> list[str]:
    return [m.text.strip() for m in Post.from_text(name, text).math if m.display]


def test_double_dollar_block_is_display_and_its_offset_is_exact():
    text = "Intro line\n\n$$a = b$$\n"
    post = Post.from_text("p.md", text)
    [m] = [m for m in post.math if m.display]
    assert text[m.start : m.start + len(m.text)] == "a = b"
    assert post.position(m.start) == (3, 3)


def test_code_fence_and_inline_code_are_not_math():
    text = "```python\nx = '$$a = b$$'\n```\n\nSome `$$c = d$$` code.\n\n$$e = f$$\n"
    assert displays(text) == ["e = f"]


def test_dollar_in_prose_sentence_is_inline_not_display():
    post = Post.from_text("p.md", "It costs $5 and $x = 1$ here.\n")
    assert [m.display for m in post.math] == [False]


def test_inline_formula_alone_in_its_paragraph_is_display():
    assert displays("Text.\n\n$g(z)=1$\n\nMore text.\n") == ["g(z)=1"]


def test_inline_formula_alone_in_an_html_line_is_display():
    text = "Define it to be\n<div align=center><b> $g(z)=1$ </b></div>\n"
    assert displays(text) == ["g(z)=1"]


def test_kramdown_double_dollar_inside_a_sentence_is_inline():
    assert displays("one of which is $$e^0 = 1$$ in the sum.\n") == []


def test_bracket_display_environment_and_script_are_found():
    text = (
        "\\[ a = b \\]\n\n\\begin{align*}\nc &= d\n\\end{align*}\n\n"
        '<script type="math/tex; mode=display">e = f</script>\n'
    )
    found = displays(text)
    assert found[0] == "a = b"
    assert "c &= d" in found[1]
    assert found[2] == "e = f"


def test_html_comment_is_not_math():
    assert displays("<!-- $$a = b$$ -->\n\n$$c = d$$\n") == ["c = d"]


def test_blockquote_marks_inside_a_display_are_blanked_at_the_same_offsets():
    text = "> $$\n> a = b\n> $$\n"
    post = Post.from_text("p.md", text)
    [m] = [m for m in post.math if m.display]
    assert ">" not in m.text
    assert len(post.clean) == len(text)


def test_notebook_markdown_cells_are_read_and_code_cells_are_not(tmp_path):
    nb = {
        "cells": [
            {"cell_type": "markdown", "source": ["$$a = b$$\n"]},
            {"cell_type": "code", "source": ["$$c = d$$"]},
        ]
    }
    path = tmp_path / "n.ipynb"
    path.write_text(json.dumps(nb))
    assert [m.text for m in read_post(path).math] == ["a = b"]


def test_latex_file_comments_are_not_math():
    text = "% \\[ x = y \\]\n\\begin{equation} a = b \\end{equation}\n"
    assert displays(text, "p.tex") == ["\\begin{equation} a = b \\end{equation}"]


@pytest.mark.parametrize(
    "content, message",
    [(b"\xff\xfe", "not UTF-8"), (b"x" * (1024 * 1024 + 1), "larger than")],
    ids=["not-utf8", "too-large"],
)
def test_unreadable_post_is_an_input_error_with_the_file(tmp_path, content, message):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_post(path)
    assert message in info.value.message
    assert info.value.file == str(path)


def test_missing_post_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_post(tmp_path / "absent.md")

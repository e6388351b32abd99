"""The math of a post: where its display formulas are, each with its exact offset in the file.

A post is Markdown (``.md``), LaTeX (``.tex``) or a Jupyter notebook (``.ipynb``,
whose markdown cells are read as Markdown). Display math is found the way a
renderer finds it: ``$$...$$``, ``\\[...\\]``, a bare ``\\begin{align}``-style
environment, ``<script type="math/tex; mode=display">``, and an inline
``$...$`` that is the whole content of a paragraph or HTML block. Code (fenced
or indented, as markdown-it-py sees it), inline code spans and HTML comments are
not math. Inline math inside sentences is kept apart: it is where a post states
its definitions and assumptions, but it is not a chain to check.

>>> post = Post.from_text("x.md", "Let $f(x) = x$.\\n\\n$$a = b$$\\n")
>>> [(m.text, m.display) for m in post.math]
[('f(x) = x', False), ('a = b', True)]
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from pathlib import Path

from verifier.errors import InputError

MAX_POST_BYTES = 1024 * 1024
MAX_FORMULAS = 2000

# Environments that are display math when they stand bare in the text.
DISPLAY_ENVS = (
    "equation",
    "equation*",
    "align",
    "align*",
    "aligned",
    "gather",
    "gather*",
    "eqnarray",
    "eqnarray*",
    "multline",
    "multline*",
    "array",
    "displaymath",
    "math",
)


@dataclass(frozen=True)
class Math:
    """One formula: its text and the offset of its first character in the post."""

    text: str
    start: int
    display: bool


@dataclass(frozen=True)
class Post:
    """A post's text (as the file holds it, notebook cells joined) and its formulas."""

    file: str
    text: str
    math: tuple[Math, ...]
    # For a notebook, the post's text is the markdown cells joined; offsets map back
    # to lines of the .ipynb only approximately, so positions are given in that text.
    line_starts: tuple[int, ...]
    # The text with layout that is not math (blockquote marks inside a formula) blanked:
    # formulas are read from here, at the same offsets as in ``text``.
    clean: str = ""

    @classmethod
    def from_text(cls, file: str, text: str) -> Post:
        suffix = Path(file).suffix.lower()
        if suffix == ".ipynb":
            text = _notebook_markdown(text, file)
        found = find_math(text, tex=suffix in (".tex", ".latex"))
        if len(found) > MAX_FORMULAS:
            raise InputError(f"more than {MAX_FORMULAS} formulas in one post", file=file)
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        chars = list(text)
        for m in found:
            chars[m.start : m.start + len(m.text)] = m.text
        return cls(file, text, tuple(found), tuple(starts), "".join(chars))

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of a character offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1


def read_post(path: Path) -> Post:
    """Read a post file. Raises :class:`InputError` for unreadable input."""
    from verifier.proof.model import read_source

    name = str(path)
    text = read_source(path, max_bytes=MAX_POST_BYTES, expected="a post")
    return Post.from_text(name, text.replace("\r\n", "\n"))


def _notebook_markdown(text: str, file: str) -> str:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise InputError("not a valid notebook (JSON)", file=file) from None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        raise InputError("not a notebook: no 'cells' list", file=file)
    parts = []
    for cell in cells:
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown":
            source = cell.get("source", "")
            parts.append("".join(source) if isinstance(source, list) else str(source))
    return "\n\n".join(parts)


# -- masking what is not math ---------------------------------------------------


def _masked(text: str, tex: bool) -> str:
    """``text`` with code and comments blanked (same length, newlines kept)."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    if tex:
        # A LaTeX comment runs from an unescaped % to the end of the line.
        for m in re.finditer(r"(?<!\\)%[^\n]*", text):
            blank(m.start(), m.end())
        return "".join(chars)
    for m in re.finditer(r"<!--.*?(-->|\Z)", text, re.S):
        blank(m.start(), m.end())
    for start, end in _code_blocks(text):
        blank(start, end)
    masked = "".join(chars)
    # Inline code spans (`...`), on what is left.
    for m in re.finditer(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", masked, re.S):
        blank(m.start(), m.end())
    return "".join(chars)


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """Character ranges of fenced and indented code, as markdown-it-py parses them."""
    from markdown_it import MarkdownIt

    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    ranges = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type not in ("fence", "code_block") or not token.map:
            continue
        # An indented block that holds math is a list item's display, not code.
        if token.type == "code_block" and ("$$" in token.content or "\\begin" in token.content):
            continue
        first, last = token.map
        ranges.append((starts[first], starts[last] if last < len(starts) else len(text)))
    return ranges


# -- finding formulas ---------------------------------------------------------------

_ENV_NAMES = "|".join(re.escape(e) for e in DISPLAY_ENVS)
_DISPLAY = re.compile(
    r"\$\$(?P<dd>.*?)\$\$"
    r"|\\\\\[(?P<esc>.*?)\\\\\]"  # \\[ ... \\] as Markdown escapes it
    r"|\\\[(?P<br>.*?)\\\]"
    r"|(?P<env>\\begin\{(?P<name>" + _ENV_NAMES + r")\}.*?\\end\{(?P=name)\})"
    r"|<script[^>]*math/tex;\s*mode=display[^>]*>(?P<script>.*?)</script>",
    re.S,
)
_INLINE = re.compile(
    r"(?<![\\$])\$(?!\$)(?P<in>(?:\\.|[^$\\])+?)(?<!\\)\$(?!\$)|\\\\?\((?P<par>.*?)\\\\?\)", re.S
)
_TAGS = re.compile(r"</?[A-Za-z][^>]*>")


def find_math(text: str, *, tex: bool = False) -> list[Math]:
    """Every formula of ``text`` in order: display ones, and inline ones (display=False)."""
    masked = _masked(text, tex)
    found: list[Math] = []
    taken: list[tuple[int, int]] = []
    for m in _DISPLAY.finditer(masked):
        group = next(g for g in ("dd", "esc", "br", "env", "script") if m.group(g) is not None)
        start, end = m.span(group)
        # kramdown writes $$...$$ inside a sentence for inline math.
        display = group != "dd" or _own_line(masked, m.start(), m.end())
        found.append(Math(_unquoted(text, start, end), start, display))
        taken.append(m.span())
    # Inline math, outside the display regions.
    rest = list(masked)
    for a, b in taken:
        for i in range(a, b):
            if rest[i] != "\n":
                rest[i] = " "
    rest_text = "".join(rest)
    for m in _INLINE.finditer(rest_text):
        group = "in" if m.group("in") is not None else "par"
        start, end = m.span(group)
        if "\n\n" in text[start:end] or not rest_text[start:end].strip():
            continue
        found.append(Math(text[start:end], start, _alone(rest_text, m.start(), m.end())))
    found.sort(key=lambda f: f.start)
    return found


def _unquoted(text: str, start: int, end: int) -> str:
    """text[start:end] with blockquote marks ('> ') at its line starts blanked, when it
    sits in a blockquote (same length, so offsets still hold)."""
    body = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].lstrip().startswith(">"):
        return body
    return re.sub(r"(?m)(?<=\n)[ \t]*(>[ \t]*)+", lambda m: " " * len(m.group(0)), body)


def _own_line(text: str, start: int, end: int) -> bool:
    """Does nothing but markup stand beside text[start:end] on its first and last line?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : line_end if line_end >= 0 else len(text)]
    bare = _TAGS.sub("", before + " " + after)
    bare = re.sub(r"^\s*(>\s*)*([-*+]|\d+[.)]|#+)?\s*", "", bare)
    return not bare.strip(" \t.,;:")


def _alone(text: str, start: int, end: int) -> bool:
    """Is the inline formula at text[start:end] the whole content of its paragraph?"""
    before = text.rfind("\n\n", 0, start)
    after = text.find("\n\n", end)
    para_before = text[before + 2 if before >= 0 else 0 : start]
    para_after = text[end : after if after >= 0 else len(text)]

    def empty(part: str) -> bool:
        # Other formulas may share the paragraph ($y_1 = a$, $e^{x_2} = b$).
        part = _INLINE.sub("", part)
        part = _TAGS.sub("", part)
        part = re.sub(r"(?m)^\s*>", "", part)  # blockquote marks
        return not part.strip(" \t\n.,;:")

    if empty(para_before) and empty(para_after):
        return True
    # An HTML line holding only the formula (<div><b> $...$ </b></div>) displays it.
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].lstrip().startswith("<") and _own_line(text, start, end)

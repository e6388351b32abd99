"""``--format markdown``: the math renders in KaTeX, and user text shows as written.

Markdown is parsed by markdown-it-py (CommonMark, with GitHub's tables) and its
``dollarmath`` plugin, the way GitHub finds math: ``$$`` blocks, and inline
``$`...`$``. Every math fragment is rendered by KaTeX in one node process
(``katex_render.js``); what the reader sees of the user text is compared with
the text in the file.
"""

from __future__ import annotations

import json
import os
import subprocess
import tomllib
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin
from renderers import EXAMPLES, HOSTILE, KATEX_MODULES, SHIPPED, require_katex

from verifier.report import markdown_derivation

# One pytest-xdist worker runs all of this module: its tests share the session fixture ``checked``
# (tests/report/conftest.py) with the other report tests, computed once per process.
pytestmark = pytest.mark.xdist_group("report-checked")

ALL = [*SHIPPED, *EXAMPLES, HOSTILE]
RENDERER = Path(__file__).with_name("katex_render.js")


def _parse(markdown: str) -> list[Token]:
    md = MarkdownIt("commonmark").enable("table").use(dollarmath_plugin, double_inline=True)
    return md.parse(markdown)


def _math(tokens: list[Token]) -> list[dict]:
    """Every math fragment as GitHub finds it: ``$$`` blocks and ``$`...`$`` spans."""
    out = []
    for token in tokens:
        if token.type == "math_block":
            out.append({"tex": token.content, "display": True})
        for child in token.children or []:
            if child.type == "math_inline":
                tex = child.content
                if tex.startswith("`") and tex.endswith("`"):  # GitHub's $`...`$ form
                    tex = tex[1:-1]
                out.append({"tex": tex, "display": False})
    return out


def _katex(fragments: list[dict]) -> dict:
    node = require_katex()
    done = subprocess.run(
        [node, str(RENDERER)],
        input=json.dumps(fragments),
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NODE_PATH": str(KATEX_MODULES)},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _toml(path: Path) -> dict:
    return tomllib.loads(path.read_text())


def test_katex_renders_every_math_fragment(checked) -> None:
    fragments = []
    for path in ALL:
        fragments += _math(_parse(markdown_derivation(checked[path])))
    result = _katex(fragments)
    assert result["rendered"] == len(fragments)
    assert result["errors"] == []


def test_the_katex_check_catches_bad_math() -> None:
    # The oracle itself: a fragment KaTeX cannot parse is reported, not passed.
    result = _katex([{"tex": r"\frac{1}{", "display": True}, {"tex": "x^2", "display": False}])
    assert [e["tex"] for e in result["errors"]] == [r"\frac{1}{"]


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_math_is_only_where_the_renderer_put_it(path: Path, checked) -> None:
    # The claim, one fragment per definition, one block for the chain of steps; user
    # text (a "$" in a title or a note) never opens math.
    data = _toml(path)
    fragments = _math(_parse(markdown_derivation(checked[path])))
    assert [f["display"] for f in fragments] == [False] * (1 + len(data.get("define", {}))) + [True]
    (block,) = [f["tex"] for f in fragments if f["display"]]
    assert block.count("\\\\") == len(data["step"]) - 1


def _inline_text(token: Token) -> str:
    """What a reader sees of an inline token: its text and code spans, escapes resolved."""
    return "".join(
        child.content for child in token.children if child.type in ("text", "code_inline")
    )


def test_the_hostile_title_description_and_note_show_exactly_as_written(checked) -> None:
    data = _toml(HOSTILE)
    tokens = _parse(markdown_derivation(checked[HOSTILE]))
    heading = next(i for i, t in enumerate(tokens) if t.type == "heading_open")
    assert _inline_text(tokens[heading + 1]) == f"{data['id']}: {data['title']}"
    paragraphs = [tokens[i + 1] for i, t in enumerate(tokens) if t.type == "paragraph_open"]
    assert _inline_text(paragraphs[0]) == data["description"]
    assert "ordered_list_open" not in {t.type for t in tokens}
    # Emphasis, links, HTML and math are never made from user text: plain text and code only.
    cells = [tokens[i + 1] for i, t in enumerate(tokens) if t.type in ("th_open", "td_open")]
    assert len(cells) == 5 * (len(data["step"]) + 1)
    for token in [tokens[heading + 1], paragraphs[0], *cells]:
        assert {c.type for c in token.children} <= {"text", "code_inline"}, token.content
    # The table keeps five cells a row although the note holds "|", and shows the note.
    rows = []
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            end = next(j for j in range(i, len(tokens)) if tokens[j].type == "tr_close")
            rows.append([_inline_text(t) for t in tokens[i:end] if t.type == "inline"])
    assert all(len(row) == 5 for row in rows)
    notes = {int(row[0]): row[4] for row in rows[1:]}
    for index, step in enumerate(data["step"], 1):
        if "note" in step:
            assert notes[index].startswith(" ".join(step["note"].split()))


@pytest.mark.parametrize("path", [*SHIPPED, *EXAMPLES], ids=lambda p: p.stem)
def test_definitions_symbols_and_hypotheses_are_listed(path: Path, checked) -> None:
    data = _toml(path)
    tokens = _parse(markdown_derivation(checked[path]))
    items = [
        _inline_text(tokens[i + 2]) for i, t in enumerate(tokens) if t.type == "list_item_open"
    ]
    assert sum(item.startswith("definition: ") for item in items) == len(data.get("define", {}))
    for name, words in data.get("symbols", {}).items():
        assert any(item.startswith(f"symbol {name}: ") for item in items)
        assert all(
            w in next(i for i in items if i.startswith(f"symbol {name}: ")) for w in words.split()
        )
    for name, words in data.get("functions", {}).items():
        assert f"function {name}: {', '.join(sorted(words.split()))}" in items


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_planted_mistake_is_refuted_with_its_counterexample(path: Path, checked) -> None:
    (index,) = [i for i, s in enumerate(_toml(path)["step"], 1) if "WRONG" in s.get("note", "")]
    tokens = _parse(markdown_derivation(checked[path]))
    cells = {}
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            end = next(j for j in range(i, len(tokens)) if tokens[j].type == "tr_close")
            row = [_inline_text(t) for t in tokens[i:end] if t.type == "inline"]
            cells[row[0]] = row
    row = cells[str(index)]
    assert row[3] == "refuted"
    assert "Counterexample: at " in row[4] and "previous = " in row[4]

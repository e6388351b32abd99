"""``--format latex`` compiles: every shipped derivation, every example and a hostile one, by pdflatex.

The expectations come from the files (titles, rules, the steps an example marks
``WRONG``) and from pdflatex's own log, not from the renderer.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from renderers import EXAMPLES, HOSTILE, SHIPPED, require_pdflatex

from verifier.report import latex_document
from verifier.report.latex import ROW_WIDTH, _width

# One pytest-xdist worker runs all of this module: its tests share the session fixture ``checked``
# (tests/report/conftest.py) with the other report tests, computed once per process.
pytestmark = pytest.mark.xdist_group("report-checked")

GROUPS = {"prove-all": SHIPPED, "examples": EXAMPLES, "hostile": [HOSTILE]}
# TeX reports boxes wider than the line; below this much it is invisible in print.
OVERFULL_TOLERANCE_PT = 2.0


def _compile(tex: str, folder: Path) -> tuple[subprocess.CompletedProcess, Path]:
    pdflatex = require_pdflatex()
    source = folder / "derivations.tex"
    source.write_text(tex, encoding="utf-8")
    done = subprocess.run(
        [pdflatex, "-halt-on-error", "-interaction=nonstopmode", source.name],
        cwd=folder,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=120,
    )
    return done, folder / "derivations.log"


@pytest.mark.parametrize("group", list(GROUPS), ids=list(GROUPS))
def test_pdflatex_compiles_the_document(group: str, checked, tmp_path: Path) -> None:
    assert GROUPS[group], f"no derivation files for {group}"
    tex = latex_document([checked[path] for path in GROUPS[group]])
    done, log = _compile(tex, tmp_path)
    assert done.returncode == 0, done.stdout[-3000:]
    pdf = tmp_path / "derivations.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    text = log.read_text(errors="replace")
    # A glyph the fonts lack is dropped silently, with only this line in the log.
    assert "Missing character" not in text
    overfull = [float(pt) for pt in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)", text)]
    assert all(pt <= OVERFULL_TOLERANCE_PT for pt in overfull), overfull


def _toml(path: Path) -> dict:
    return tomllib.loads(path.read_text())


@pytest.mark.parametrize("path", [*SHIPPED, *EXAMPLES, HOSTILE], ids=lambda p: p.stem)
def test_every_step_is_there_with_its_rules_and_verdict(path: Path, checked) -> None:
    tex = latex_document([checked[path]])
    data = _toml(path)
    tags = re.findall(r"\\tag\*\{\\small \\text\{(.*?)\}\}(?: \\\\)?$", tex, re.MULTILINE)
    assert len(tags) == len(data["step"])
    assert tags[0] == "start"
    for tag, step in zip(tags[1:], data["step"][1:], strict=True):
        by = step.get("by", "auto")
        rules = [by] if isinstance(by, str) else by
        assert tag.startswith(f"by {', '.join(rules)}: ".replace("_", r"\_")), tag
        wrong = "WRONG" in step.get("note", "")
        if wrong:  # the planted mistake is marked, in bold
            assert tag.endswith(r"\textbf{refuted}"), tag
        elif path in SHIPPED:
            assert tag.endswith(": proved"), tag


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_refuted_step_shows_its_counterexample(path: Path, checked) -> None:
    tex = latex_document([checked[path]])
    (index,) = [i for i, s in enumerate(_toml(path)["step"], 1) if "WRONG" in s.get("note", "")]
    (item,) = [ln for ln in tex.splitlines() if ln.startswith(rf"\item step {index}: ")]
    assert "(refuted) Counterexample: at " in item
    # both sides' numbers: "previous = <number>, this = <number>"
    assert re.search(r"previous =(\\allowbreak\{\})? -?[\d.]+", item), item


def test_the_claim_definitions_and_hypotheses_are_shown(checked) -> None:
    for path in [*SHIPPED, *EXAMPLES]:
        data = _toml(path)
        tex = latex_document([checked[path]])
        assert r"\paragraph{Claim.}" in tex
        for name, words in data.get("functions", {}).items():
            said = ", ".join(sorted(words.split()))
            assert rf"\item function \texttt{{{name}}}: {said}" in tex
        for name in data.get("symbols", {}):
            assert rf"\item symbol \texttt{{{name}}}: " in tex
        assert tex.count(r"\item definition: ") == len(data.get("define", {}))


def test_a_step_too_wide_for_the_page_is_cut_into_rows(checked) -> None:
    report = checked[HOSTILE]
    long = report.steps[1].step.display
    assert _width(long) > ROW_WIDTH  # else this test tests nothing
    tex = latex_document([report])
    body = tex[tex.index(r"\begin{align*}", tex.index(r"\paragraph{Steps.}")) :]
    body = body[: body.index(r"\end{align*}")]
    rows = body.split("\\\\\n")
    assert len(rows) > len(report.steps)
    continued = [row for row in rows if row.startswith(r"&\qquad ")]
    assert continued and all(row.startswith((r"&\qquad + ", r"&\qquad - ")) for row in continued)


HOSTILE_TITLE = _toml(HOSTILE)["title"]


def test_the_hostile_title_is_escaped_so_that_no_special_character_is_left_bare(checked) -> None:
    tex = latex_document([checked[HOSTILE]])
    section = next(ln for ln in tex.splitlines() if ln.startswith(r"\section*{"))
    title = section[len(r"\section*{") : section.rindex(r" (\texttt")]
    assert r"\&" in title and r"\%" in title and r"\#" in title and r"\{a\_b\}" in title
    # With the escapes taken out, no character special to LaTeX is left bare.
    title = re.sub(r"\\texttt\{\[U\+[0-9A-F]{4}\]\}", "", title)
    for escape in (r"\(\$\)", r"\(\to\)", r"\(\alpha\)", r"\textbackslash{}"):
        title = title.replace(escape, "")
    for escape in (r"\^{}", r"\~{}", r"\textless{}", r"\textgreater{}", r"\textbar{}"):
        title = title.replace(escape, "")
    for escape in (r"\&", r"\%", r"\#", r"\_", r"\{", r"\}"):
        title = title.replace(escape, "")
    assert not set(title) & set("\\^_&%$#{}~<>|"), title
    # Characters the base fonts lack are said, not dropped.
    assert "[U+00F0]" in section and "[U+4E2D]" in section
    assert HOSTILE_TITLE.count("é") == section.count("é")


def test_a_missing_renderer_fails_in_ci_and_skips_elsewhere(monkeypatch) -> None:
    from renderers import require

    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        require(False, "pdflatex")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        require(False, "pdflatex")
    require(True, "pdflatex")  # present: neither

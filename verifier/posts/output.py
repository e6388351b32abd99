"""A post's report in four formats: text (a teacher's marks), json, github, markdown.

``text`` prints one line per link at ``file:line:column`` with ✓ proved (by
which rules), ✗ refuted (the counterexample) or ? unknown (why), then the
assumptions made. ``json`` is the schema of ``verifier check --format json``,
one derivation per chain. ``github`` is workflow-command annotations at the
post's lines. ``markdown`` reprints the post with each ``=`` of a chain marked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from verifier.posts.check import LinkResult, PostResult

MARKS = {"proved": "✓", "refuted": "✗", "unknown": "?"}
# The marks as MathJax/KaTeX draw them over an '=' (the number refers to the list below).
OVERSET = {
    "✓": "\\color{green}{\\checkmark}",
    "✗": "\\color{red}{\\times}",
    "?": "\\color{orange}{?}",
}


def render(results: Sequence[PostResult], fmt: str) -> str:
    if fmt == "json":
        return json_report(results)
    if fmt == "github":
        return github_report(results)
    if fmt == "markdown":
        return markdown_report(results)
    if fmt == "text":
        return text_report(results)
    raise ValueError(f"unknown format {fmt!r} (expected text, json, github, markdown)")


def _by(link: LinkResult) -> str:
    return ", ".join(link.by) if link.by else "algebra"


def _counterexample(link: LinkResult) -> str:
    c = link.counterexample
    if not c:
        return ""
    stated = c.get("stated", {})
    parts = [
        f"{k} = {v}" + (f" (the number the post states at {stated[k]})" if k in stated else "")
        for k, v in c.get("values", {}).items()
    ]
    parts += [f"{k} = {v}" for k, v in c.get("witnesses", {}).items()]
    at = ", ".join(parts) or "any point"
    return f"at {at}: before = {c.get('lhs')}, after = {c.get('rhs')}"


def text_report(results: Sequence[PostResult]) -> str:
    lines = []
    for post in results:
        counts = {"proved": 0, "refuted": 0, "unknown": 0}
        for chain in post.chains:
            for link in chain.steps[1:]:
                counts[link.verdict] = counts.get(link.verdict, 0) + 1
        lines.append(
            f"{post.file}: {len(post.chains)} chain(s), {sum(counts.values())} link(s): "
            f"{counts['proved']} proved, {counts['refuted']} refuted, {counts['unknown']} unknown "
            f"({post.seconds:.1f} s)"
        )
        for chain in post.chains:
            lines.append(f"  {chain.id}: {chain.verdict}")
            for link in chain.steps[1:]:
                where = f"{post.file}:{link.line}:{link.column}"
                mark = MARKS.get(link.verdict, "?")
                shown = link.source if len(link.source) <= 60 else link.source[:57] + "..."
                if link.verdict == "proved":
                    detail = f"proved by {_by(link)}"
                elif link.verdict == "refuted":
                    detail = f"refuted {_counterexample(link)}"
                else:
                    detail = f"unknown: {link.reason}"
                lines.append(f"    {mark} {where}  = {shown}")
                lines.append(f"        {detail}")
        assumed = sorted(
            {a for chain in post.chains for a in chain.assumptions} | set(post.assumptions)
        )
        if assumed:
            lines.append("  assumed:")
            lines.extend(f"    - {a}" for a in assumed)
    return "\n".join(lines) + "\n"


def json_report(results: Sequence[PostResult]) -> str:
    derivations = []
    for post in results:
        for chain in post.chains:
            derivations.append(
                {
                    "id": chain.id,
                    "file": chain.file,
                    "verdict": chain.verdict,
                    "assumptions": list(chain.assumptions),
                    "steps": [
                        {
                            "index": link.index,
                            "line": link.line,
                            "column": link.column,
                            "by": list(link.by),
                            "verdict": link.verdict,
                            "reason": link.reason,
                            "counterexample": link.counterexample,
                        }
                        for link in chain.steps
                    ],
                }
            )
    return json.dumps({"derivations": derivations}, indent=2, ensure_ascii=False) + "\n"


def _gh(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github_report(results: Sequence[PostResult]) -> str:
    lines = []
    for post in results:
        for chain in post.chains:
            for link in chain.steps[1:]:
                if link.verdict == "proved":
                    continue
                level = "error" if link.verdict == "refuted" else "warning"
                detail = _counterexample(link) if link.verdict == "refuted" else link.reason
                message = f"{link.verdict}: {detail}"
                lines.append(
                    f"::{level} file={_gh(post.file, prop=True)},line={link.line},"
                    f"col={link.column},title={_gh(chain.id, prop=True)}::{_gh(message)}"
                )
    return "\n".join(lines) + ("\n" if lines else "")


def markdown_report(results: Sequence[PostResult]) -> str:
    """The post reprinted, each '=' of a chain followed by its mark, and a list of
    the marks' reasons after it."""
    out = []
    for post in results:
        marks: dict[int, tuple[str, int]] = {}
        notes = []
        number = 0
        for chain in post.chains:
            for link in chain.steps[1:]:
                number += 1
                marks[link.offset] = (MARKS.get(link.verdict, "?"), number)
                if link.verdict == "refuted":
                    notes.append(f"{number}. ✗ line {link.line}: {_counterexample(link)}")
                elif link.verdict == "unknown":
                    notes.append(f"{number}. ? line {link.line}: {link.reason}")
                else:
                    notes.append(f"{number}. ✓ line {link.line}: proved by {_by(link)}")
        text = post.post.text
        pieces = []
        last = 0
        for offset in sorted(marks):
            if text[offset : offset + 1] != "=":
                continue
            mark, n = marks[offset]
            pieces.append(text[last:offset])
            pieces.append(f"\\overset{{{OVERSET[mark]}{{{n}}}}}{{=}}")
            last = offset + 1
        pieces.append(text[last:])
        out.append("".join(pieces))
        out.append("\n\n---\n\n**Checked links** (`verifier check`):\n")
        out.extend(notes)
        out.append("")
    return "\n".join(out) + "\n"

r"""``--format markdown``: a derivation as GitHub-flavoured Markdown whose math GitHub renders.

User text (titles, notes, reasons) is escaped so that it shows as written:
no emphasis, no link, no HTML, no table cell split, no stray math. Inline math
uses GitHub's ``$`...`$`` form, whose content Markdown leaves alone; the chain
of steps is one ``$$`` block holding an ``aligned`` environment. The test suite
renders every math fragment with KaTeX to check that it parses.
"""

from __future__ import annotations

import re

import sympy

from verifier.proof.checker import DerivationReport, StepReport, Verdict
from verifier.report.common import (
    claim_display,
    definition_pairs,
    function_hypotheses,
    rule_names,
    step_remarks,
    symbol_assumptions,
    tex_math_text,
)

# Every character that starts Markdown syntax inline (CommonMark's escapable punctuation
# that matters here; "$" because GitHub would read it as math).
_MD_SPECIAL = re.compile(r"([\\`*_#\[\]<>|~$&!])")
# At the start of a line these would make a list item, a heading or a quote.
_MD_BLOCK_START = re.compile(r"^([-+=]|\d+(?=[.)]))")


def md_text(text: str) -> str:
    """User text as Markdown that shows exactly that text, on one line."""
    escaped = _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _MD_BLOCK_START.sub(lambda m: m.group(0)[:-1] + "\\" + m.group(0)[-1], escaped)


def md_code(text: str) -> str:
    """``text`` as a code span, whatever backticks it holds."""
    text = " ".join(text.split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_inline_math(tex: str) -> str:
    r"""Inline math in GitHub's ``$`...`$`` form: Markdown does not touch its content."""
    return f"$`{tex}`$"


def markdown_derivation(report: DerivationReport) -> str:
    """One derivation: heading, claim, what it rests on, the chain of steps, a table of verdicts."""
    d = report.derivation
    lhs, rhs = (sympy.latex(side) for side in claim_display(d))
    out = [f"### {md_code(d.id)}: {md_text(d.title)}", ""]
    if d.description:
        out += [md_text(d.description), ""]
    out += [f"**Claim** ({report.verdict}): {md_inline_math(f'{lhs} = {rhs}')}", ""]
    where = [
        f"- definition: {md_inline_math(f'{sympy.latex(head)} = {sympy.latex(body)}')}, "
        f"read as {md_code(text)}"
        for head, body, text in definition_pairs(d)
    ]
    where += [
        f"- symbol {md_code(name)}: {md_text(', '.join(words))}"
        for name, words in symbol_assumptions(d).items()
    ]
    where += [
        f"- function {md_code(name)}: {md_text(', '.join(words) or 'nothing assumed')}"
        for name, words in function_hypotheses(d).items()
    ]
    if where:
        out += ["**Where:**", "", *where, ""]
    if d.uses:
        out += [f"Cites: {', '.join(md_code(u) for u in d.uses)}.", ""]
    rows = " \\\\\n".join(_math_row(i, step) for i, step in enumerate(report.steps))
    out += ["$$", r"\begin{aligned}", rows, r"\end{aligned}", "$$", ""]
    out += ["| step | line | rule | verdict | note |", "|---|---|---|---|---|"]
    for step, remark in step_remarks(report):
        out.append(
            f"| {step.step.index} | {step.step.line} | {md_text(rule_names(step))} "
            f"| {step.verdict.status} | {md_text(remark)} |"
        )
    if report.claim.status != Verdict.PROVED:
        out += ["", f"**The claim is {report.claim.status}:** {md_text(report.claim.reason)}"]
    out.append("")
    return "\n".join(out)


def _math_row(i: int, step: StepReport) -> str:
    tex = sympy.latex(step.step.display)
    if i == 0:
        return f"& {tex}"
    rules = tex_math_text(", ".join(step.step.by))
    status = step.verdict.status
    mark = "" if status == Verdict.PROVED else rf"\ \textbf{{{status}}}"
    return rf"&= {tex} && \text{{{rules}}}{mark}"

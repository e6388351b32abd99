"""The terminal view: a derivation the way a textbook prints it, and the one-line-per-file CI summary.

The starting expression comes first, then one "= expression" per step with its
rule and verdict beside it, pretty-printed by SymPy in Unicode, or ASCII for a
stream that cannot encode it (one line when the pretty form is wider than a terminal).
"""

from __future__ import annotations

from collections.abc import Sequence

import sympy
from sympy.printing.pretty.pretty import PrettyPrinter
from sympy.printing.pretty.pretty_symbology import pretty_use_unicode

from verifier.proof.checker import DerivationReport, StepReport, Verdict
from verifier.report.common import (
    MARKS,
    LoadFailure,
    Result,
    definitions,
    function_hypotheses,
    not_proved,
    one_line,
    step_message,
    symbol_assumptions,
    where,
)

MAX_PRETTY_WIDTH = 72


def _pretty(expr: sympy.Basic, unicode: bool = True) -> tuple[list[str], int]:
    # SymPy's tables of big symbols (a sum's sigma, brackets) follow a global flag, which
    # it sets from the encoding of the first stream it meets: a printer told Unicode while
    # that flag says ASCII fails (KeyError 'sum'). The flag is set to match, and restored.
    previous = pretty_use_unicode(unicode)
    try:
        form = PrettyPrinter({"use_unicode": unicode, "wrap_line": False})._print(expr)
        lines = form.render(wrap_line=False).split("\n")
    finally:
        pretty_use_unicode(previous)
    return lines, form.baseline


def text_derivation(report: DerivationReport, *, unicode: bool = True) -> str:
    """One derivation, step by step, with what it assumes above the steps.

    ``unicode=False`` draws the math in ASCII, for a stream that cannot encode more."""
    d = report.derivation
    out = [f"{d.id}: {d.title}   [{MARKS[report.verdict]}]"]
    out.append(f"  file: {d.file}")
    out.append(f"  claim: {d.claim_text}")
    for definition in definitions(d):
        out.append(f"  define: {definition}")
    symbols = [f"{name} {' '.join(words)}" for name, words in symbol_assumptions(d).items()]
    if symbols:
        out.append(f"  symbols: {'; '.join(symbols)}")
    hyps = [
        f"{name} {' '.join(words) or '(nothing assumed)'}"
        for name, words in function_hypotheses(d).items()
    ]
    if hyps:
        out.append(f"  hypotheses: {'; '.join(hyps)}")
    if d.uses:
        out.append(f"  cites: {', '.join(d.uses)}")
    out.append("")
    for i, step in enumerate(report.steps):
        out.extend(_text_step(report, i, step, unicode))
    if report.claim.status != Verdict.PROVED:
        out.append(f"  claim: {report.claim.status}: {report.claim.reason}")
    out.append("")
    return "\n".join(out)


def _text_step(report: DerivationReport, i: int, step: StepReport, unicode: bool) -> list[str]:
    lines, baseline = _pretty(step.step.display, unicode)
    width = max(len(line) for line in lines)
    prefix = "     " if i == 0 else "  =  "
    label = "(start)" if i == 0 else f"by {', '.join(step.step.by)}   {MARKS[step.verdict.status]}"
    out = []
    if width > MAX_PRETTY_WIDTH:
        lines, baseline, width = [one_line(step.step.display)], 0, 0
    for row, line in enumerate(lines):
        lead = prefix if row == baseline else "     "
        tail = f"    {label}" if row == baseline else ""
        out.append((lead + line.ljust(width) + tail).rstrip())
    if step.step.note:
        out.append(f"       note: {step.step.note}")
    if i > 0 and step.verdict.status != Verdict.PROVED:
        out.append(f"       {where(report, step)}: {step.verdict.reason}")
    out.append("")
    return out


def text_check(results: Sequence[Result]) -> str:
    """The CI view: one line per derivation, details for every step not proved.

    A file that could not be read is counted as an error here; its message is said once,
    on stderr, by the command line (``error: FILE:LINE: ...``), not repeated in the report.
    """
    out = []
    for r in results:
        if isinstance(r, LoadFailure):
            continue
        d = r.derivation
        out.append(f"{MARKS[r.verdict]:<8} {d.id} ({d.file}, {len(d.steps)} steps)")
        for i, step in not_proved(r):
            out.append(f"  {where(r, step)}: {step_message(r, i)}")
        if r.claim.status != Verdict.PROVED:
            out.append(f"  {d.file}:{d.claim_line}: claim {r.claim.status}: {r.claim.reason}")
    counts = {v: sum(1 for r in results if r.verdict == v) for v in Verdict}
    out.append(
        f"{counts[Verdict.PROVED]} proved, {counts[Verdict.REFUTED]} refuted, "
        f"{counts[Verdict.UNKNOWN]} unknown, {counts[Verdict.ERROR]} error"
    )
    return "\n".join(out) + "\n"

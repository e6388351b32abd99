"""Human and machine output of reports: text, markdown, LaTeX, JSON, GitHub, JUnit.

Every format is a pure function of the reports; expressions are printed with
SymPy's own printers (pretty for text, ``latex`` for markdown and LaTeX,
``sstr`` for JSON and one-line messages). Text shows a derivation the way a
textbook does: the starting expression, then one "= expression" per step with
its rule and verdict beside it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

import sympy
from sympy.printing.pretty.pretty import PrettyPrinter

from verifier.proof.checker import PROVED, DerivationReport, StepReport
from verifier.proof.rules import RULES

MARKS = {"proved": "proved", "refuted": "REFUTED", "unknown": "unknown", "error": "ERROR"}
MAX_PRETTY_WIDTH = 72


@dataclass(frozen=True)
class LoadFailure:
    """A file that could not be checked at all (bad input): verdict "error"."""

    file: str
    line: int | None
    message: str
    id: str | None = None
    verdict: str = "error"


Result = DerivationReport | LoadFailure


def one_line(expr: sympy.Basic) -> str:
    return sympy.sstr(expr)


def definitions(d) -> list[str]:
    """Each ``[define]`` as the checker reads it: ``S(x) = 1/(1 + exp(-x))``."""
    return [f"{one_line(define.head)} = {one_line(define.body)}" for define in d.defines.values()]


def symbol_assumptions(d) -> dict[str, list[str]]:
    """Each declared symbol and what is assumed of it: ``{"x": ["real"]}``."""
    declared = getattr(d, "assumptions", None) or {}
    out = {}
    for name, sym in d.symbols.items():
        words = declared.get(name)
        if words is None:  # a derivation built without its declarations: ask SymPy
            from verifier.proof.model import SYMBOL_ASSUMPTIONS

            words = [w for w in SYMBOL_ASSUMPTIONS if getattr(sym, f"is_{w}", None) is True]
        out[name] = list(words)
    return out


def function_hypotheses(d) -> dict[str, list[str]]:
    """Each declared function and its hypotheses: ``{"f": ["differentiable", "nonzero"]}``."""
    return {str(func): sorted(words) for func, words in d.hypotheses.items()}


def _assumed(d) -> list[str]:
    """One phrase per symbol and function: ``x real``, ``f differentiable, nonzero``."""
    out = [f"{name} {', '.join(words)}" for name, words in symbol_assumptions(d).items()]
    out += [
        f"{name} {', '.join(words) or '(nothing assumed)'}"
        for name, words in function_hypotheses(d).items()
    ]
    return out


def _pretty(expr: sympy.Basic) -> tuple[list[str], int]:
    form = PrettyPrinter({"use_unicode": True, "wrap_line": False})._print(expr)
    lines = form.render(wrap_line=False).split("\n")
    return lines, form.baseline


def _where(report: DerivationReport, step: StepReport) -> str:
    return f"{report.derivation.file}:{step.step.line}"


def step_message(report: DerivationReport, index: int) -> str:
    """One line about a step that is not proved: where, which rule, both sides, why."""
    step = report.steps[index]
    prev = report.steps[index - 1].step if index > 0 else None
    v = step.verdict
    rule = ", ".join(step.step.by) or "start"
    text = f"step {step.step.index} (by {rule}) is {v.status}: "
    if prev is not None:
        text += f"previous: {prev.text}; this: {step.step.text}; "
    text += v.reason
    return text


# -- text ---------------------------------------------------------------------


def text_derivation(report: DerivationReport) -> str:
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
        out.extend(_text_step(report, i, step))
    if report.claim.status != PROVED:
        out.append(f"  claim: {report.claim.status}: {report.claim.reason}")
    out.append("")
    return "\n".join(out)


def _text_step(report: DerivationReport, i: int, step: StepReport) -> list[str]:
    lines, baseline = _pretty(step.step.display)
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
    if i > 0 and step.verdict.status != PROVED:
        out.append(f"       {_where(report, step)}: {step.verdict.reason}")
    out.append("")
    return out


def text_check(results: Sequence[Result]) -> str:
    """The CI view: one line per derivation, details for every step not proved."""
    out = []
    for r in results:
        if isinstance(r, LoadFailure):
            where = f"{r.file}:{r.line}" if r.line else r.file
            out.append(f"ERROR    {where}: {r.message}")
            continue
        d = r.derivation
        out.append(f"{MARKS[r.verdict]:<8} {d.id} ({d.file}, {len(d.steps)} steps)")
        for i, step in enumerate(r.steps):
            if step.verdict.status != PROVED:
                out.append(f"  {_where(r, step)}: {step_message(r, i)}")
        if r.claim.status != PROVED:
            out.append(f"  {d.file}:{d.claim_line}: claim {r.claim.status}: {r.claim.reason}")
    counts = {v: sum(1 for r in results if r.verdict == v) for v in MARKS}
    out.append(
        f"{counts['proved']} proved, {counts['refuted']} refuted, "
        f"{counts['unknown']} unknown, {counts['error']} error"
    )
    return "\n".join(out) + "\n"


# -- markdown and LaTeX ---------------------------------------------------------


def _latex_rows(report: DerivationReport) -> list[str]:
    rows = []
    for i, step in enumerate(report.steps):
        tex = sympy.latex(step.step.display)
        if i == 0:
            rows.append(f"& {tex}")
        else:
            rule = _tex_escape(", ".join(step.step.by))
            mark = "" if step.verdict.status == PROVED else rf"\ \textbf{{{step.verdict.status}}}"
            rows.append(rf"&= {tex} && \text{{{rule}}}{mark}")
    return rows


def _step_remarks(report: DerivationReport) -> list[tuple[StepReport, str]]:
    """Each step's note, and for a step not proved the reason: plain text, unescaped."""
    out = []
    for step in report.steps:
        note = step.step.note or ""
        if step.verdict.status != PROVED:
            note = f"{note} {step.verdict.reason}".strip()
        out.append((step, note))
    return out


def _md_escape(text: str) -> str:
    """User text as Markdown that shows exactly that text (one line, no emphasis, no math)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


_MD_SPECIAL = re.compile(r"([\\`*_#\[\]<>|~$&])")


def _md_code(text: str) -> str:
    """``text`` as a code span, whatever backticks it holds."""
    text = " ".join(text.split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def markdown_derivation(report: DerivationReport) -> str:
    d = report.derivation
    lhs, rhs = (sympy.latex(side) for side in d.claim)
    out = [
        f"### {_md_code(d.id)}: {_md_escape(d.title)}",
        "",
        f"**Claim.** ${lhs} = {rhs}$ (**{report.verdict}**)",
        "",
    ]
    where = []
    for define, text in zip(d.defines.values(), definitions(d), strict=True):
        tex = f"{sympy.latex(define.head)} = {sympy.latex(define.body)}"
        where.append(f"- definition: ${tex}$, read as {_md_code(text)}")
    for name, words in symbol_assumptions(d).items():
        where.append(f"- symbol {_md_code(name)}: {_md_escape(', '.join(words))}")
    for name, words in function_hypotheses(d).items():
        where.append(
            f"- function {_md_code(name)}: {_md_escape(', '.join(words) or 'nothing assumed')}"
        )
    if where:
        out += ["**Where:**", "", *where, ""]
    if d.uses:
        out += [f"Cites: {', '.join(_md_code(u) for u in d.uses)}.", ""]
    out += [
        "$$",
        r"\begin{aligned}",
        " \\\\\n".join(_latex_rows(report)),
        r"\end{aligned}",
        "$$",
        "",
    ]
    out += ["| step | line | rule | verdict | note |", "|---|---|---|---|---|"]
    for i, (step, note) in enumerate(_step_remarks(report)):
        rule = _md_escape(", ".join(step.step.by) or "start")
        out.append(
            f"| {i + 1} | {step.step.line} | {rule} | {step.verdict.status} | {_md_escape(note)} |"
        )
    out.append("")
    return "\n".join(out)


def latex_document(reports: Iterable[DerivationReport]) -> str:
    out = [
        r"\documentclass{article}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{amsmath}",
        r"\begin{document}",
    ]
    for report in reports:
        d = report.derivation
        out.append(
            rf"\section*{{{_tex_escape(d.title)} (\texttt{{{_tex_escape(d.id)}}}: {report.verdict})}}"
        )
        lhs, rhs = (sympy.latex(side) for side in d.claim)
        out.append(rf"\noindent\textbf{{Claim.}} \({lhs} = {rhs}\)")
        where = []
        for define, text in zip(d.defines.values(), definitions(d), strict=True):
            tex = f"{sympy.latex(define.head)} = {sympy.latex(define.body)}"
            where.append(rf"\item definition: \({tex}\), read as \texttt{{{_tex_escape(text)}}}")
        for name, words in symbol_assumptions(d).items():
            where.append(
                rf"\item symbol \texttt{{{_tex_escape(name)}}}: {_tex_escape(', '.join(words))}"
            )
        for name, words in function_hypotheses(d).items():
            said = ", ".join(words) or "nothing assumed"
            where.append(rf"\item function \texttt{{{_tex_escape(name)}}}: {_tex_escape(said)}")
        if where:
            out += [r"\par\noindent\textbf{Where:}", r"\begin{itemize}", *where, r"\end{itemize}"]
        if d.uses:
            cited = ", ".join(rf"\texttt{{{_tex_escape(u)}}}" for u in d.uses)
            out.append(rf"\par\noindent Cites: {cited}.")
        out.append(r"\begin{align*}")
        out.append(" \\\\\n".join(_latex_rows(report)))
        out.append(r"\end{align*}")
        remarks = [(step, note) for step, note in _step_remarks(report) if note]
        if remarks:
            out.append(r"\begin{itemize}")
            out += [rf"\item step {step.step.index}: {_tex_escape(note)}" for step, note in remarks]
            out.append(r"\end{itemize}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


_TEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
}
_TEX_PATTERN = re.compile("|".join(re.escape(c) for c in _TEX_SPECIAL))


def _tex_escape(text: str) -> str:
    """User text as LaTeX text mode that typesets exactly that text (one pass: no double escapes)."""
    return _TEX_PATTERN.sub(lambda m: _TEX_SPECIAL[m.group(0)], " ".join(text.split()))


# -- JSON, GitHub, JUnit ------------------------------------------------------------


def json_document(results: Sequence[Result]) -> str:
    items = []
    for r in results:
        if isinstance(r, LoadFailure):
            items.append(
                {
                    "id": r.id,
                    "file": r.file,
                    "verdict": "error",
                    "line": r.line,
                    "reason": r.message,
                    "steps": [],
                }
            )
            continue
        steps = []
        for step in r.steps:
            v = step.verdict
            steps.append(
                {
                    "index": step.step.index,
                    "line": step.step.line,
                    "by": list(step.step.by),
                    "verdict": v.status,
                    "method": v.method,
                    "reason": v.reason,
                    "counterexample": v.counterexample.as_dict() if v.counterexample else None,
                }
            )
        d = r.derivation
        items.append(
            {
                "id": d.id,
                "file": d.file,
                "verdict": r.verdict,
                "claim": d.claim_text,
                "definitions": definitions(d),
                "symbols": symbol_assumptions(d),
                "hypotheses": function_hypotheses(d),
                "steps": steps,
            }
        )
    return json.dumps({"derivations": items}, indent=2) + "\n"


def _gh_escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github_annotations(results: Sequence[Result]) -> str:
    """``::error file=F,line=N::message`` per failed step, for GitHub Actions."""
    out = []
    for r in results:
        if isinstance(r, LoadFailure):
            line = f",line={r.line}" if r.line else ""
            out.append(
                f"::error file={_gh_escape(r.file, prop=True)}{line}::{_gh_escape(r.message)}"
            )
            continue
        for i, step in enumerate(r.steps):
            if step.verdict.status == PROVED:
                continue
            title = f"{r.derivation.id} step {step.step.index} {step.verdict.status}"
            out.append(
                f"::error file={_gh_escape(r.derivation.file, prop=True)},line={step.step.line},"
                f"title={_gh_escape(title, prop=True)}::{_gh_escape(step_message(r, i))}"
            )
        if r.claim.status != PROVED:
            out.append(
                f"::error file={_gh_escape(r.derivation.file, prop=True)},"
                f"line={r.derivation.claim_line}::{_gh_escape(r.claim.reason)}"
            )
    return "\n".join(out) + ("\n" if out else "")


def junit_xml(results: Sequence[Result], seconds: Mapping[str, float] | None = None) -> str:
    """One testcase per derivation; a failure per refuted/unknown step, an error for bad input."""
    seconds = seconds or {}
    suite = ET.Element("testsuite", name="derivations", tests=str(len(results)))
    failures = errors = 0
    for r in results:
        if isinstance(r, LoadFailure):
            case = ET.SubElement(
                suite,
                "testcase",
                classname="derivations",
                name=r.id or r.file,
                file=r.file,
                time="0",
            )
            ET.SubElement(
                case, "error", message=r.message, type="InputError"
            ).text = f"{r.file}:{r.line or ''}: {r.message}"
            errors += 1
            continue
        d = r.derivation
        case = ET.SubElement(
            suite,
            "testcase",
            classname="derivations",
            name=d.id,
            file=d.file,
            time=f"{seconds.get(d.file, 0.0):.3f}",
        )
        if r.verdict != PROVED:
            failures += 1
            messages = [
                f"{_where(r, step)}: {step_message(r, i)}"
                for i, step in enumerate(r.steps)
                if step.verdict.status != PROVED
            ]
            if r.claim.status != PROVED:
                messages.append(f"{d.file}:{d.claim_line}: {r.claim.reason}")
            first = messages[0] if messages else r.reason
            ET.SubElement(case, "failure", message=first[:500], type=r.verdict).text = "\n".join(
                messages
            )
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# -- trust and the lemma graph ---------------------------------------------------------


def trust(report: DerivationReport, by_id: Mapping[str, DerivationReport]) -> str:
    """What a proof rests on: axioms, definitions, lemmas and SymPy procedures, transitively."""
    axioms: dict[str, str] = {}
    procedures: set[str] = set()
    lemmas: list[str] = []
    seen: set[str] = set()

    def visit(r: DerivationReport) -> None:
        if r.derivation.id in seen:
            return
        seen.add(r.derivation.id)
        for step in r.steps:
            procedures.update(step.verdict.procedures)
            for name in step.step.by:
                if name in RULES:
                    axioms[name] = f"[{RULES[name].kind}] {RULES[name].statement}"
                elif name in by_id:
                    visit(by_id[name])
        if r is not report:
            lemmas.append(f"{r.derivation.id} ({r.verdict}): {r.derivation.claim_text}")

    visit(report)
    d = report.derivation
    out = [f"{d.id} ({report.verdict}) rests on:", "", "rules taken as given:"]
    out += [f"  {name}: {axioms[name]}" for name in sorted(axioms)]
    out += ["", "lemmas (each proved from the rules above):"]
    out += [f"  {line}" for line in lemmas] or ["  none"]
    out += ["", "hypotheses:"]
    hyps = [f"  {f}: {' '.join(sorted(h))}" for f, h in d.hypotheses.items() if h]
    out += hyps or ["  none"]
    out += ["", "SymPy procedures trusted:"]
    used = sorted(procedures - {"identical"})
    out += [f"  sympy.{p}" if p in ("cancel", "gammasimp", "simplify") else f"  {p}" for p in used]
    out += [
        "  sympy expression construction (automatic evaluation of +, *, ** and of exp, log)",
        "  sympy assumptions (is_positive, is_nonzero) for side conditions",
        "  sympy Expr.match for citing lemmas" if lemmas else "",
    ]
    return "\n".join(line for line in out if line != "") + "\n"


def lemma_graph(derivations: Iterable) -> str:
    out = []
    for d in derivations:
        cites = f" <- cites {', '.join(d.uses)}" if d.uses else ""
        out.append(f"{d.id:<24} {d.file}{cites}")
        out.append(f"{'':<24} {d.claim_text}")
    return "\n".join(out) + "\n"

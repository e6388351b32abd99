r"""``--format latex``: a complete LaTeX document that pdflatex compiles with the base packages only.

Each derivation gets its claim, what it rests on (definitions, symbol
assumptions, function hypotheses, cited lemmas), every step in an ``align*``
chain with its rules and verdict as a tag, the notes, and for each step not
proved its reason and counterexample. User text is escaped
(:func:`~verifier.report.common.tex_text`); expressions are SymPy's ``latex``.

Display math does not break lines by itself, so a step wider than the page is
cut into rows here, at the top-level terms of a sum (inside a limit, a
derivative, a sum or a product if that is where the sum is), each row at most
:data:`ROW_WIDTH` columns of SymPy's pretty form, which grows with the typeset
width. Only ``amsmath``, ``amssymb`` and ``geometry`` are used: all three come
with texlive-latex-base, the one package CI installs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy
from sympy.printing.pretty.pretty import PrettyPrinter

from verifier.proof.checker import DerivationReport, StepReport, Verdict
from verifier.report.common import (
    claim_display,
    definition_pairs,
    function_hypotheses,
    step_remarks,
    symbol_assumptions,
    tex_text,
)

# Columns of SymPy's pretty form that fit one display row of the page set below
# (16.5 cm at 11 pt), leaving room for the "=" and the indent of a continued row.
# The compile test checks the rows of long steps for Overfull \hbox.
ROW_WIDTH = 58

# The math bullet: the text one is in the TS1 encoding, which base TeX Live has only
# as METAFONT sources, so pdflatex would generate bitmap fonts on every fresh machine.
PREAMBLE = r"""\documentclass[11pt]{article}
\usepackage[margin=2.5cm]{geometry}
\usepackage{amsmath}
\usepackage{amssymb}
\allowdisplaybreaks
\renewcommand{\labelitemi}{\(\bullet\)}
\setlength{\emergencystretch}{3em}
\title{Derivations checked step by step}
\author{\texttt{verifier prove}}
\date{}
\begin{document}
\maketitle"""

_HOLE = sympy.Symbol("HOLE")  # stands for the operand when printing only an operator's head


def latex_document(reports: Iterable[DerivationReport]) -> str:
    """One document: a section per derivation."""
    out = [PREAMBLE]
    for report in reports:
        out += _derivation(report)
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def _derivation(report: DerivationReport) -> list[str]:
    d = report.derivation
    out = [
        rf"\section*{{{tex_text(d.title)} (\texttt{{{_hyphens(tex_text(d.id))}}}: "
        rf"{report.verdict})}}",
        rf"\noindent File \texttt{{{_breakable(tex_text(d.file))}}}.",
    ]
    if d.description:
        out.append(rf"\par\noindent {_breakable(tex_text(d.description))}")
    lhs, rhs = claim_display(d)
    out += [r"\paragraph{Claim.}", *_equation(lhs, rhs)]
    where = [_definition_item(head, body, text) for head, body, text in definition_pairs(d)]
    where += [
        rf"\item symbol \texttt{{{tex_text(name)}}}: {tex_text(', '.join(words))}"
        for name, words in symbol_assumptions(d).items()
    ]
    where += [
        rf"\item function \texttt{{{tex_text(name)}}}: "
        rf"{tex_text(', '.join(words) or 'nothing assumed')}"
        for name, words in function_hypotheses(d).items()
    ]
    if where:
        out += [r"\paragraph{Where.}", r"\begin{itemize}", *where, r"\end{itemize}"]
    if d.uses:
        cited = ", ".join(rf"\texttt{{{tex_text(u)}}}" for u in d.uses)
        out.append(rf"\par\noindent Cites: {cited}.")
    out += [r"\paragraph{Steps.}", r"\begin{align*}"]
    out.append(" \\\\\n".join(_step_rows(i, step) for i, step in enumerate(report.steps)))
    out.append(r"\end{align*}")
    out += _remarks(report)
    if report.claim.status != Verdict.PROVED:
        out.append(
            rf"\par\noindent\textbf{{The claim is {report.claim.status}:}} "
            rf"{_breakable(tex_text(report.claim.reason))}"
        )
    return out


def _equation(lhs: sympy.Basic, rhs: sympy.Basic) -> list[str]:
    if _width(lhs) + _width(rhs) + 3 <= ROW_WIDTH:
        return [rf"\[ {sympy.latex(lhs)} = {sympy.latex(rhs)} \]"]
    rows = [f"& {row}" for row in rows_of(lhs)]
    rhs_rows = rows_of(rhs)
    rows += [f"&= {rhs_rows[0]}", *(rf"&\qquad {row}" for row in rhs_rows[1:])]
    return [r"\begin{align*}", " \\\\\n".join(rows), r"\end{align*}"]


def _step_rows(i: int, step: StepReport) -> str:
    """One step as rows of ``align*``: "= expr" (continued rows indented), its rules as a tag."""
    rows = rows_of(step.step.display)
    if i == 0:
        tag = r"\text{start}"
        first = f"& {rows[0]}"
    else:
        rules = tex_text(", ".join(step.step.by))
        status = step.verdict.status
        verdict = status if status == Verdict.PROVED else rf"\textbf{{{status}}}"
        tag = rf"\text{{by {rules}: {verdict}}}"
        first = f"&= {rows[0]}"
    lines = [rf"{first} \tag*{{\small {tag}}}"]
    lines += [rf"&\qquad {row}" for row in rows[1:]]
    return " \\\\\n".join(lines)


def _remarks(report: DerivationReport) -> list[str]:
    items = [
        rf"\item step {step.step.index}: {_breakable(tex_text(remark))}"
        for step, remark in step_remarks(report)
        if remark
    ]
    if not items:
        return []
    return [r"\paragraph{Notes.}", r"\begin{itemize}", *items, r"\end{itemize}"]


# After these characters a line may break inside a long expression-like word: such
# words (a step's text in a reason) have few spaces, and TeX breaks text only at spaces.
_BREAK_AFTER = re.compile(r"([/*+,(=-])")
_LONG_WORD = re.compile(r"\S{24,}")


def _definition_item(head: sympy.Basic, body: sympy.Basic, text: str) -> str:
    """A definition: inline when it fits a line, else displayed in rows (inline math
    cannot break inside \\left...\\right)."""
    read = rf"read as \texttt{{{_breakable(tex_text(text))}}}"
    if _width(head) + _width(body) + 3 <= ROW_WIDTH // 2:
        return rf"\item definition: \({sympy.latex(head)} = {sympy.latex(body)}\), {read}"
    return "\n".join([r"\item definition: " + read + ", that is", *_equation(head, body)])


def _hyphens(escaped: str) -> str:
    """An id (gelu-tanh-derivative) that may break after each hyphen, as a title needs."""
    return escaped.replace("-", r"-\allowbreak{}")


def _breakable(escaped: str) -> str:
    r"""Escaped text in which long words may break after an operator (``\allowbreak``)."""
    return _LONG_WORD.sub(lambda m: _BREAK_AFTER.sub(r"\1\\allowbreak{}", m.group(0)), escaped)


# -- long expressions as rows -----------------------------------------------------


def _width(expr: sympy.Basic) -> int:
    """Columns of SymPy's pretty form: a stand-in for the typeset width (fractions stack)."""
    form = PrettyPrinter({"use_unicode": True, "wrap_line": False})._print(expr)
    return max(len(line) for line in form.render(wrap_line=False).split("\n"))


def rows_of(expr: sympy.Basic, width: int = ROW_WIDTH) -> list[str]:
    r"""``expr`` as LaTeX rows of at most ``width`` pretty columns each, where its structure allows.

    Joined with spaces, the rows are one expression equal to ``expr``: a sum is
    cut between terms (each continued row starts with its sign); the rows of a
    limit, derivative, sum or product operand are wrapped in ``\Bigl( \Bigr)``,
    which unlike ``\left( \right)`` may open on one row and close on another.
    """
    if _width(expr) <= width:
        return [sympy.latex(expr)]
    if isinstance(expr, sympy.Add):
        return _sum_rows(expr, width)
    if isinstance(expr, sympy.Limit | sympy.Derivative | sympy.Sum):
        head = _head(expr)
        inner = rows_of(expr.args[0], width - 6)
        if len(inner) > 1:
            return _wrap(head, inner)
    if isinstance(expr, sympy.Mul):
        numer, denom = sympy.fraction(expr, exact=True)
        if denom != 1:  # a/b with a long: (1/b) * (a), the numerator cut into rows
            inner = rows_of(numer, width - 6)
            if len(inner) > 1:
                return _wrap(rf"\frac{{1}}{{{sympy.latex(denom)}}}", inner)
        factors = list(expr.as_ordered_factors())
        at = max(range(len(factors)), key=lambda k: _width(factors[k]))
        widest, rest = factors[at], factors[:at] + factors[at + 1 :]
        inner = rows_of(widest, width - 6)
        if len(inner) > 1 and rest:
            coefficient = sympy.Mul(*rest, evaluate=False)
            head = "-" if coefficient == -1 else sympy.latex(coefficient)
            return _wrap(head, inner)
    return [sympy.latex(expr)]


def _head(expr: sympy.Basic) -> str:
    r"""The operator part of a limit, derivative or sum: ``\lim_{h \to 0}``."""
    printed = sympy.latex(expr.func(_HOLE, *expr.args[1:]))
    hole = sympy.latex(_HOLE)
    return printed[: -len(hole)].rstrip() if printed.endswith(hole) else printed


def _wrap(head: str, rows: list[str]) -> list[str]:
    return [rf"{head} \Bigl( {rows[0]}", *rows[1:-1], rf"{rows[-1]} \Bigr)"]


def _terms(expr: sympy.Add) -> list[sympy.Basic]:
    """The terms of a sum, nested sums flattened: a file's ``a + b + c`` is read unevaluated
    as ``(a + b) + c``, and addition is associative, so the rows may drop those parentheses."""
    out: list[sympy.Basic] = []
    for term in expr.as_ordered_terms():
        out += _terms(term) if isinstance(term, sympy.Add) else [term]
    return out


def _sum_rows(expr: sympy.Add, width: int) -> list[str]:
    rows: list[str] = []
    current, used = "", 0
    for k, term in enumerate(_terms(expr)):
        negative = term.could_extract_minus_sign()
        body = -term if negative else term
        sign = "-" if negative else ("+" if k else "")
        pieces = rows_of(body, width - 2)
        for j, piece in enumerate(pieces):
            text = f"{sign} {piece}" if j == 0 and sign else piece
            size = _width(body) + 2 if len(pieces) == 1 else width
            if current and used + size > width:
                rows.append(current)
                current, used = "", 0
            current = f"{current} {text}".strip()
            used += size
    rows.append(current)
    return rows

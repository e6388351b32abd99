"""What every output format says the same way: the claim, its definitions and hypotheses, a step's verdict.

A format module decides only how to lay these out; what a derivation rests on
(its ``[define]`` entries, symbol assumptions and function hypotheses) is read
here once, so that no format can drop one (DESIGN: every output shows the
definitions and hypotheses beside the claim).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import sympy

from verifier.errors import InputError
from verifier.proof.checker import DerivationReport, StepReport, Verdict
from verifier.proof.model import Derivation

# How each verdict is marked where a reader scans for failures: upper case stands out.
MARKS = {
    Verdict.PROVED: "proved",
    Verdict.REFUTED: "REFUTED",
    Verdict.UNKNOWN: "unknown",
    Verdict.ERROR: "ERROR",
}


@dataclass(frozen=True)
class LoadFailure:
    """A file that could not be checked at all (bad input): verdict "error"."""

    file: str
    line: int | None
    message: str
    id: str | None = None
    verdict: str = Verdict.ERROR


Result = DerivationReport | LoadFailure


def one_line(expr: sympy.Basic) -> str:
    """An expression in the syntax of the derivation files (``sstr``)."""
    return sympy.sstr(expr)


def claim_display(d: Derivation) -> tuple[sympy.Basic, sympy.Basic]:
    """The claim's two sides as written (``S(x)``, not its unfolded definition).

    ``Derivation.claim`` holds the sides with every definition unfolded, which
    is what the checker compares but not what the author wrote; the text is
    read again by the same whitelist reader, unevaluated, as steps are.
    """
    from verifier.proof.model import _split_claim
    from verifier.proof.syntax import parse_expression

    try:
        left, right = (
            parse_expression(part, d.scope, evaluate=False) for part in _split_claim(d.claim_text)
        )
    except InputError:  # cannot happen for a loaded file; the checked sides still say it
        return d.claim
    return left, right


def definitions(d: Derivation) -> list[str]:
    """Each ``[define]`` as the checker reads it: ``S(x) = 1/(1 + exp(-x))``."""
    return [f"{one_line(define.head)} = {one_line(define.body)}" for define in d.defines.values()]


def definition_pairs(d: Derivation) -> list[tuple[sympy.Basic, sympy.Basic, str]]:
    """Each ``[define]`` as (head, body, the one-line text of :func:`definitions`)."""
    return [
        (define.head, define.body, text)
        for define, text in zip(d.defines.values(), definitions(d), strict=True)
    ]


def symbol_assumptions(d: Derivation) -> dict[str, list[str]]:
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


def function_hypotheses(d: Derivation) -> dict[str, list[str]]:
    """Each declared function and its hypotheses: ``{"f": ["differentiable", "nonzero"]}``."""
    return {str(func): sorted(words) for func, words in d.hypotheses.items()}


def rule_names(step: StepReport) -> str:
    """The rules a step cites, or "start" for the first step."""
    return ", ".join(step.step.by) or "start"


def where(report: DerivationReport, step: StepReport) -> str:
    """``file:line`` of a step's ``expr``, the place an editor jumps to."""
    return f"{report.derivation.file}:{step.step.line}"


def step_message(report: DerivationReport, index: int) -> str:
    """One line about a step that is not proved: which rule, both sides, why."""
    step = report.steps[index]
    prev = report.steps[index - 1].step if index > 0 else None
    text = f"step {step.step.index} (by {rule_names(step)}) is {step.verdict.status}: "
    if prev is not None:
        text += f"previous: {prev.text}; this: {step.step.text}; "
    return text + step.verdict.reason


def step_remarks(report: DerivationReport) -> list[tuple[StepReport, str]]:
    """Each step's note, and for a step not proved its verdict with the counterexample, or
    else the reason: plain text, unescaped, "" for a proved step without a note."""
    out = []
    for step in report.steps:
        note = step.step.note or ""
        v = step.verdict
        if v.counterexample is not None:  # the reason says the same in other words
            note = f"{note} ({v.status}) Counterexample: {v.counterexample.describe()}."
        elif v.status != Verdict.PROVED:
            note = f"{note} ({v.status}: {v.reason})"
        out.append((step, note.strip()))
    return out


def not_proved(report: DerivationReport) -> list[tuple[int, StepReport]]:
    """The steps whose verdict is not "proved", with their position in ``report.steps``."""
    return [(i, s) for i, s in enumerate(report.steps) if s.verdict.status != Verdict.PROVED]


# -- TeX text (LaTeX documents, and ``\text{...}`` inside Markdown math) ----------------

_TEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "^": r"\^{}",  # \textasciicircum is in TS1, which base TeX Live has only as bitmaps
    "~": r"\~{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    # In the default OT1 encoding these three print as other glyphs (¡, ¿, —).
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
}
_GREEK = (
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau", "upsilon",
    "phi", "chi", "psi", "omega",
)  # fmt: skip
# Characters outside ASCII that plain LaTeX (no extra font packages) cannot always
# typeset, written as math so that notes such as "α → 0" keep their meaning.
_TEX_UNICODE = {
    "→": r"\(\to\)",
    "←": r"\(\leftarrow\)",
    "≤": r"\(\le\)",
    "≥": r"\(\ge\)",
    "≠": r"\(\ne\)",
    "≈": r"\(\approx\)",
    "×": r"\(\times\)",
    "·": r"\(\cdot\)",
    "−": "-",
    "–": "--",
    "—": "---",
    "…": r"\ldots{}",
    "∞": r"\(\infty\)",
    "∂": r"\(\partial\)",
    "′": r"\('\)",
    "‘": "`",
    "’": "'",
    "“": "``",
    "”": "''",
    **{
        chr(code): rf"\(\{name}\)"
        for code, name in zip(
            range(0x3B1, 0x3CA),
            _GREEK,
            strict=True,
        )
        if name != "o"
    },
}


_LATIN_LETTERS = set("ßæÆøØœŒåÅ")
# Combining accents LaTeX's default (OT1) encoding builds over an ASCII letter.
_ACCENTS = {"\u0300", "\u0301", "\u0302", "\u0303", "\u0308", "\u0327", "\u030a"}


def _accented_ascii(char: str) -> bool:
    parts = unicodedata.normalize("NFD", char)
    return len(parts) == 2 and parts[0].isascii() and parts[0].isalpha() and parts[1] in _ACCENTS


def _tex_char(char: str) -> str:
    if char == "$":  # text-mode \$ is a TS1 glyph in the upright fonts: the math one is not
        return r"\(\$\)"
    if char in _TEX_SPECIAL:
        return _TEX_SPECIAL[char]
    if char in _TEX_UNICODE:
        return _TEX_UNICODE[char]
    if char.isascii() or char in _LATIN_LETTERS or _accented_ascii(char):
        return char  # LaTeX's utf8 input typesets these in the default font encoding
    return (
        rf"\texttt{{[U+{ord(char):04X}]}}"  # said, not dropped: the reader sees something was there
    )


def tex_text(text: str) -> str:
    """User text as LaTeX text mode that typesets exactly that text, on one line."""
    return "".join(_tex_char(c) for c in " ".join(text.split()))


def tex_math_text(text: str) -> str:
    r"""User text for ``\text{...}`` inside math (also KaTeX): only ASCII, escaped."""
    out = []
    for char in " ".join(text.split()):
        if char in _TEX_SPECIAL:
            out.append(_TEX_SPECIAL[char])
        elif char.isascii():
            out.append(char)
        else:
            out.append("?")
    return "".join(out)

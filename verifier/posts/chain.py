"""Equality chains: a post's display formulas split into rows, chains and links.

A chain is ``A = B = C``: each top-level ``=`` is a link from the expression
before it to the one after. Only top-level signs count: not inside braces,
``\\{...\\}``, parentheses, ``\\text{}``, ``cases`` or matrices, not ``:=``,
``\\neq``, ``<=``, and not after a ``\\quad`` (a side condition). Rows of an
``align``-like environment are split at ``\\\\``; a row (or a whole display)
that starts with ``=`` continues the chain above it, a row that starts with
``+`` or ``-`` continues the expression above it, and ``\\Rightarrow``,
``\\implies``, ``\\iff``, ``\\therefore`` separate chains.

Every expression is a list of spans of the post's text, so every link keeps
its exact offset.

>>> from verifier.posts.document import Math
>>> [len(c.exprs) for c in chains([Math("a = b \\\\quad c = d", 0, True)])]
[2]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from verifier.posts.document import Math

# Environments that lay out rows (their \\ split rows); the others are opaque.
LAYOUT_ENVS = {
    "equation",
    "equation*",
    "align",
    "align*",
    "aligned",
    "alignat",
    "alignat*",
    "gather",
    "gather*",
    "gathered",
    "eqnarray",
    "eqnarray*",
    "multline",
    "multline*",
    "split",
    "array",
    "displaymath",
    "math",
}
SEPARATORS = {
    "Rightarrow",
    "Longrightarrow",
    "implies",
    "iff",
    "Leftrightarrow",
    "therefore",
    "because",
    "quad",
    "qquad",
}
CONTINUE_OPS = ("+", "-", "\\cdot", "\\times", "*")
_COMMAND = re.compile(r"\\([A-Za-z]+\*?|.)")


@dataclass
class Expr:
    """An expression of a chain: spans (start, end) of the post's text."""

    spans: list[tuple[int, int]] = field(default_factory=list)

    def text(self, post: str) -> str:
        return " ".join(post[a:b] for a, b in self.spans)

    @property
    def start(self) -> int:
        return self.spans[0][0] if self.spans else 0

    def empty(self, post: str) -> bool:
        return not self.text(post).strip()


@dataclass
class Chain:
    """``exprs[0] = exprs[1] = ...``; ``eq[i]`` is the offset of the sign before exprs[i+1]."""

    exprs: list[Expr]
    eqs: list[int]


@dataclass
class _Segment:
    """A piece of a row between separators: its spans and the offsets of its '=' signs."""

    spans: list[tuple[int, int]]
    eqs: list[int]
    starts_with_eq: bool
    breaks: bool  # a \Rightarrow (or a new row) came before it


def _scan(text: str, base: int) -> list[_Segment]:
    """Split one formula into segments at rows and separators; find its top-level '='."""
    segments: list[_Segment] = []
    cur_start = 0
    eqs: list[int] = []
    stack: list[str] = []  # open braces and parentheses; a '}' closes a '(' left open inside
    opaque: list[str] = []
    cut = False  # after \quad: the rest of the segment is a side condition
    cut_start = 0
    drop: list[tuple[int, int]] = []  # pieces of the text that are layout, not math
    i = 0
    n = len(text)
    pending_break = True

    def close(end: int, breaks_next: bool) -> None:
        nonlocal cur_start, eqs, cut, pending_break
        if cut:
            drop.append((cut_start, end))  # the side condition, up to the row's end
        spans = _spans(cur_start, end, drop, base)
        seg_text = "".join(text[a - base : b - base] for a, b in spans)
        stripped = seg_text.strip()
        if stripped:
            segments.append(
                _Segment(spans, [e + base for e in eqs], stripped.startswith("="), pending_break)
            )
        eqs = []
        cur_start = end
        cut = False
        pending_break = breaks_next

    while i < n:
        ch = text[i]
        if ch == "\\":
            m = _COMMAND.match(text, i)
            name = m.group(1) if m else ""
            end = m.end() if m else i + 1
            if name in ("begin", "end"):
                env = re.match(r"\s*\{([^}]*)\}", text[end:])
                env_name = env.group(1).strip() if env else ""
                end_env = end + (env.end() if env else 0)
                if env_name in LAYOUT_ENVS and not opaque:
                    if name == "begin" and env_name == "array":
                        spec = re.match(r"\s*\{[^}]*\}", text[end_env:])
                        if spec:
                            end_env += spec.end()
                    drop.append((i, end_env))
                elif name == "begin":
                    opaque.append(env_name)
                    stack.append("{")
                elif opaque and opaque[-1] == env_name:
                    opaque.pop()
                    _close(stack, "{")
                i = end_env
                continue
            if name == "\\" and not stack:
                spacing = re.match(r"\s*\[[^\]]*\]", text[end:])  # \\[1.6em]
                if spacing:
                    end += spacing.end()
                drop.append((i, end))
                close(i, True)
                i = end
                continue
            if name == "{":
                stack.append("{")
            elif name == "}":
                _close(stack, "{")
            elif name in ("tag", "label", "eqref", "ref") and not stack:
                arg = re.match(r"\*?\s*\{[^}]*\}", text[end:])
                stop = end + (arg.end() if arg else 0)
                drop.append((i, stop))
                i = stop
                continue
            elif name in ("nonumber", "notag", "displaystyle", "textstyle") and not stack:
                drop.append((i, end))
            elif name in SEPARATORS and not stack:
                if name in ("quad", "qquad"):
                    if not cut:
                        cut, cut_start = True, i
                else:
                    close(i, True)
                    cur_start = end
                i = end
                continue
            elif name == "not":  # \not= is one sign
                j = end
                while j < n and text[j] == " ":
                    j += 1
                if j < n and text[j] == "=":
                    i = j + 1
                    continue
            i = end
            continue
        if ch in "{(":
            stack.append(ch)
        elif ch == "}":
            _close(stack, "{")
        elif ch == ")" and stack and stack[-1] == "(":
            stack.pop()
        elif ch == "&" and not stack:
            drop.append((i, i + 1))
        elif ch == "=" and not stack and not cut:
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < n else ""
            if not (prev and prev in ":<>!=") and nxt != "=":
                eqs.append(i)
        i += 1
    close(n, True)
    return segments


def _close(stack: list[str], opener: str) -> None:
    """Pop up to and including the innermost ``opener`` (an unclosed '(' inside goes too)."""
    while stack:
        if stack.pop() == opener:
            return


def _spans(start: int, end: int, drop: list[tuple[int, int]], base: int) -> list[tuple[int, int]]:
    """[start, end) minus the dropped pieces, in post offsets."""
    spans = []
    pos = start
    for a, b in sorted(drop):
        if b <= pos or a >= end:
            continue
        if a > pos:
            spans.append((pos + base, a + base))
        pos = max(pos, b)
    if pos < end:
        spans.append((pos + base, end + base))
    return spans


def chains(formulas: Iterable[Math], post: str | None = None) -> list[Chain]:
    """The equality chains of a post's display formulas, in order."""
    result: list[Chain] = []
    current: Chain | None = None
    # The last formula without '=' (Dx[...] on its own): a display starting with
    # '=' right after it continues it, not the chain before.
    orphan: list[tuple[int, int]] | None = None
    for formula in formulas:
        source = formula.text
        for seg in _scan(source, formula.start):
            pieces = _split(seg)
            # pieces[0] is before the first '='; pieces[k] after the k-th.
            first_text = _text(source, formula.start, pieces[0]).strip()
            if seg.starts_with_eq and orphan is not None:
                current = Chain([Expr(orphan)] + [Expr(p) for p in pieces[1:]], list(seg.eqs))
                result.append(current)
                orphan = None
                continue
            if seg.starts_with_eq and current is not None:
                exprs = pieces[1:]
                current.exprs.extend(Expr(p) for p in exprs)
                current.eqs.extend(seg.eqs)
                continue
            if not seg.eqs:
                if current is not None and (
                    first_text.startswith(CONTINUE_OPS) or current.exprs[-1].spans == []
                ):
                    current.exprs[-1].spans.extend(pieces[0])
                else:
                    orphan = pieces[0]
                continue
            orphan = None
            if (
                current is not None
                and not first_text
                and current.exprs
                and not current.exprs[-1].spans
            ):
                current.exprs[-1].spans.extend(pieces[0])
            if current is not None and first_text.startswith(CONTINUE_OPS) and not seg.breaks:
                current.exprs[-1].spans.extend(pieces[0])
                current.exprs.extend(Expr(p) for p in pieces[1:])
                current.eqs.extend(seg.eqs)
                continue
            current = Chain([Expr(p) for p in pieces], list(seg.eqs))
            result.append(current)
    return result


def _text(source: str, base: int, spans: list[tuple[int, int]]) -> str:
    return " ".join(source[a - base : b - base] for a, b in spans)


def _split(seg: _Segment) -> list[list[tuple[int, int]]]:
    """The segment's spans cut at its '=' signs (the signs themselves left out)."""
    pieces: list[list[tuple[int, int]]] = [[]]
    cuts = sorted(seg.eqs)
    k = 0
    for a, b in seg.spans:
        pos = a
        while k < len(cuts) and a <= cuts[k] < b:
            if cuts[k] > pos:
                pieces[-1].append((pos, cuts[k]))
            pieces.append([])
            pos = cuts[k] + 1
            k += 1
        if pos < b:
            pieces[-1].append((pos, b))
    return pieces

"""Sums written with dots, read as the finite Sum their written terms determine.

``x^n + nx^{n-1}h + \\binom{n}{2}x^{n-2}h^2 + \\dots + h^n`` means
``Sum(binomial(n, k)*x**(n - k)*h**k, (k, 0, n))``: a general term ``T(k)`` is found
by putting ``k`` for the number that gives a written term its position (and
numbers shifted from it: the ``1`` of ``h^1`` in ``\\binom{n}{2}x^{n-2}h`` is ``k - 1``),
``T`` must give every term written before the dots, and the terms after them are
``T(m)``, ``T(m - 1)``... for ``m`` one of the symbols the terms use (``n``, ``n - 1``,
...). A term after the dots that is no ``T(m)`` is added as written
(``... + \\binom{n}{n-1} y^n`` where ``T(n) = y^n``). When no general term fits, or
two different ones do, the dots are not read: a reading is never guessed.

This is the only module of the reader that builds SymPy expressions: the terms
are texts of the expression language, read with :func:`verifier.proof.syntax.parse_expression`
(its whitelist and limits), and each equality it relies on is shown by
simplification within a time limit, after a quick check at whole numbers.

>>> read_dots(["(x)**(1)", "(x)**(2)", "(x)**(3)"], ["(x)**(n)"], "k").text
'Sum((x)**(k), (k, 1, n))'
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

import sympy

from verifier.errors import InputError
from verifier.proof.deadline import StepTimeout, clock, run_with_deadline
from verifier.proof.syntax import BINDERS, FUNCTIONS, Scope, parse_expression

MAX_BEFORE = 8  # terms written before the dots
MAX_AFTER = 4  # terms written after them
MAX_NUMBERS = 8  # numbers in one term that may depend on the position
MAX_SHIFT = 3  # m in n, n - 1, ..., n - MAX_SHIFT for the last term T(m)
SECONDS = 3.0  # for all the simplifications of one ellipsis
SIMPLIFY_SECONDS = 1.0  # for one of them

_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])(\d+)(?![0-9.])")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Whole numbers put for the symbols in the quick check (factorials need whole numbers).
# Three points whose differences differ, so that no T(h - 4) = h^n by accident.
_POINTS = (
    (7, 3, 5, 11, 2, 13, 4, 17),
    (12, 5, 3, 8, 19, 6, 10, 7),
    (6, 11, 4, 9, 15, 3, 8, 14),
)


# \binom{n}{k} as the reader writes it, shown back as binomial(n, k).
_BINOMIAL = re.compile(r"factorial\(([^()]+)\)/\(factorial\(([^()]+)\)\*factorial\(\1 - \(\2\)\)\)")


def _shown(text: str) -> str:
    """A term as a learner reads it: binomial(n, k), k - 1, x**(n - k)."""
    text = _BINOMIAL.sub(r"binomial(\1, \2)", text)
    text = re.sub(r"\((\w+) \+ \((-?\d+)\)\)", lambda m: _plus(m.group(1), int(m.group(2))), text)
    return re.sub(r"\((\w+)\)\*\*", r"\1**", text)


def _plus(name: str, shift: int) -> str:
    return f"({name} - {-shift})" if shift < 0 else f"({name} + {shift})"


class NotDots(Exception):
    """Why the dots could not be read."""


@dataclass(frozen=True)
class DotsReading:
    """The Sum the dots stand for (text of the expression language) and how it was found."""

    text: str
    note: str
    bounds: tuple[str, ...] = ()  # the symbols of the upper bound (n): whole numbers


@dataclass(frozen=True)
class _Candidate:
    general: str  # T(k) as text, in the index
    start: int  # the k of the first written term
    exact: int  # how many numbers became the index itself (not shifted)


def read_dots(before: list[str], after: list[str], index: str) -> DotsReading:
    """The Sum that ``before[0] + ... + before[-1] + ... + after[0] + ...`` means.

    ``before`` holds, for each term before the dots, its text with every bare factor
    written as a power (``(h)**(1)``); ``after`` the terms after the dots; ``index`` a
    name used by none of them. Raises :class:`NotDots` when no single reading fits."""
    # A post's formulas are read several times (names, definitions, chains): once here.
    found = _read_once(tuple(before), tuple(after), index)
    if isinstance(found, NotDots):
        raise NotDots(str(found))
    return found


@functools.lru_cache(maxsize=256)
def _read_once(
    before: tuple[str, ...], after: tuple[str, ...], index: str
) -> DotsReading | NotDots:
    try:
        return _read(list(before), list(after), index)
    except NotDots as exc:
        return exc


def _read(before: list[str], after: list[str], index: str) -> DotsReading:
    if len(before) < 2:
        raise NotDots("an ellipsis after a single term: its pattern is not determined")
    if not after:
        raise NotDots("an ellipsis with no last term")
    if len(before) > MAX_BEFORE or len(after) > MAX_AFTER:
        raise NotDots(
            f"an ellipsis between more than {MAX_BEFORE} terms before or {MAX_AFTER} after it"
        )
    words = {w for t in (*before, *after) for w in _WORD.findall(t)}
    if index in words:
        raise NotDots(f"an ellipsis whose terms use the name {index}")
    reader = _Reader(before, after, index)
    return reader.read()


class _Reader:
    def __init__(self, before: list[str], after: list[str], index: str):
        self.before = before
        self.after = after
        self.index = index
        self.began = clock()  # CPU time: the same reading on a busy machine
        texts = [*before, *after]
        calls = {m.group(1) for t in texts for m in re.finditer(r"([A-Za-z_]\w*)\(", t)}
        # a_at(k): the k-th of a family (a_0, a_1, ..., a_n), an unknown of the position.
        families = {c for c in calls if c.endswith("_at")}
        unknown = calls - set(FUNCTIONS) - set(BINDERS) - families
        if unknown:
            raise NotDots(
                f"an ellipsis over terms that apply {', '.join(sorted(unknown))}: not read as a sum"
            )
        names = {w for t in texts for w in _WORD.findall(t)} - calls - {"E", "pi", "oo"}
        self.symbols = {n: sympy.Symbol(n, real=True) for n in sorted(names)}
        self.k = sympy.Symbol(index, integer=True)
        self.scope = Scope(
            symbols={**self.symbols, index: self.k},
            functions={f: sympy.Function(f) for f in sorted(families)},
        )

    # -- reading -----------------------------------------------------------------
    def read(self) -> DotsReading:
        terms = [self.parse(t) for t in self.before]
        fits: list[tuple[_Candidate, sympy.Expr]] = []
        for position, template in enumerate(self.before):
            for candidate in self.candidates(template, position):
                general = self.parse(candidate.general)
                if not general.has(self.k):
                    continue
                if all(
                    self.equal(general.subs(self.k, candidate.start + j), term)
                    for j, term in enumerate(terms)
                ):
                    fits.append((candidate, general))
        # The most natural of equal readings first: the one that puts k for the most
        # numbers as they are (binomial(n, k)*h**(k - 1), not binomial(n, k + 1)*h**k).
        fits.sort(key=lambda fit: -fit[0].exact)
        readings: list[tuple[tuple, DotsReading]] = []
        for candidate, general in fits:
            reading = self.with_last_terms(candidate, general)
            if reading is not None and not any(self.same(reading[0], key) for key, _ in readings):
                readings.append(reading)
        if not readings:
            raise NotDots("an ellipsis whose written terms follow no one pattern")
        if len(readings) > 1:
            raise NotDots(
                "an ellipsis that more than one pattern of the written terms fits: "
                + " or ".join(r.note.removeprefix("the dots read as ") for _, r in readings)
            )
        return readings[0][1]

    def same(self, a: tuple, b: tuple) -> bool:
        """Two readings (general term from 0, number of terms, terms added) agree."""
        (ua, na, ea), (ub, nb, eb) = a, b
        return (
            len(ea) == len(eb)
            and sympy.simplify(na - nb) == 0
            and self.equal(ua, ub)
            and all(self.equal(x, y) for x, y in zip(ea, eb, strict=True))
        )

    def candidates(self, template: str, position: int) -> list[_Candidate]:
        """T(k) from one written term: each number in it stays or becomes k shifted by
        its difference from the number taken as the term's position."""
        numbers = list(_NUMBER.finditer(template))
        if not numbers or len(numbers) > MAX_NUMBERS:
            return []
        found = []
        for literal in sorted({int(m.group(1)) for m in numbers}):
            start = literal - position
            for mask in itertools.product((False, True), repeat=len(numbers)):
                if not any(mask):
                    continue
                text, last = [], 0
                for m, shifted in zip(numbers, mask, strict=True):
                    if not shifted:
                        continue
                    shift = int(m.group(1)) - literal
                    value = self.index if shift == 0 else f"({self.index} + ({shift}))"
                    text.append(template[last : m.start()] + value)
                    last = m.end()
                text.append(template[last:])
                exact = sum(
                    1
                    for m, shifted in zip(numbers, mask, strict=True)
                    if shifted and int(m.group(1)) == literal
                )
                found.append(_Candidate("".join(text), start, exact))
        return found

    def with_last_terms(
        self, candidate: _Candidate, general: sympy.Expr
    ) -> tuple[sympy.Expr, DotsReading] | None:
        """Match the terms after the dots to T(m - p + 1), ..., T(m): the longest run
        of them from the first; the rest are added as written."""
        after = [self.parse(t) for t in self.after]
        uppers = sorted(
            {s for t in after for s in t.free_symbols if s != self.k}, key=lambda s: s.name
        )
        for run in range(len(after), 0, -1):
            matched = []
            for symbol in uppers:
                for shift in range(MAX_SHIFT + 1):
                    last = symbol - shift
                    if all(
                        self.equal(general.subs(self.k, last - run + 1 + j), after[j])
                        for j in range(run)
                    ):
                        matched.append(last)
            if len(matched) > 1:
                raise NotDots("an ellipsis whose last terms fit more than one position")
            if matched:
                (last,) = matched
                return self.reading(candidate, general, last, run)
        return None

    def reading(
        self, candidate: _Candidate, general: sympy.Expr, last: sympy.Expr, run: int
    ) -> tuple[tuple, DotsReading]:
        k = self.index
        upper = str(last)
        # (a_at(k))**(1): the first power a bare factor was written as, shown as it was.
        candidate = _Candidate(
            re.sub(r"\(((?:[^()]|\([^()]*\))*)\)\*\*\(1\)", r"(\1)", candidate.general),
            candidate.start,
            candidate.exact,
        )
        text = f"Sum({candidate.general}, ({k}, {candidate.start}, {upper}))"
        extra = self.after[run:]
        if extra:
            text = " + ".join([text, *extra])
        shown = f"Sum({_shown(candidate.general)}, ({k}, {candidate.start}, {upper}))"
        for term in extra:
            negated = re.fullmatch(r"-\((.*)\)", term)
            shown += f" - {_shown(negated.group(1))}" if negated else f" + {_shown(term)}"
        key = (
            general.subs(self.k, self.k + candidate.start),
            last - candidate.start,
            [self.parse(t) for t in extra],
        )
        bounds = tuple(sorted(s.name for s in last.free_symbols))
        return key, DotsReading(text, f"the dots read as {shown}", bounds)

    # -- arithmetic --------------------------------------------------------------
    def parse(self, text: str) -> sympy.Expr:
        try:
            return parse_expression(text, self.scope)
        except InputError as exc:
            raise NotDots(f"an ellipsis over a term that cannot be read ({exc.message})") from None

    def equal(self, a: sympy.Expr, b: sympy.Expr) -> bool:
        """a = b for every value of the symbols: a quick check at whole numbers first
        (most candidates fail it), then a simplification within the time left."""
        for point in _POINTS:
            values = {
                s: point[n % len(point)] + n // len(point)
                for n, s in enumerate(self.symbols.values())
            }
            try:
                diff = (a - b).xreplace(values)
                if isinstance(diff, sympy.Sum) or diff.has(sympy.Sum):
                    diff = diff.doit()
            except (ArithmeticError, ValueError, TypeError):
                return False
            if diff.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
                return False
            if diff.is_number and diff != 0:
                return False
        left = SECONDS - (clock() - self.began)
        if left <= 0:
            raise NotDots(f"an ellipsis that takes more than {SECONDS:g} s to read")
        try:
            return run_with_deadline(
                lambda: sympy.simplify(sympy.combsimp(a - b)) == 0,
                min(left, SIMPLIFY_SECONDS),
            )
        except StepTimeout:
            return False

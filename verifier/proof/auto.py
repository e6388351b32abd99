"""Proposals of rules for a step: the search behind ``by = "auto"`` and named rule sets.

This module is **untrusted**: it only proposes tuples of rule names, in a fixed
order. Each proposal is checked by :func:`verifier.proof.checker.check_step`'s
kernel with exactly those rules, and a verdict is made there and nowhere else.
A wrong or silly proposal can only cost time, never make a false step proved.

The rule names come from the registry the checker is given (today
``verifier.proof.rules.RULES``): a rule added to the registry is proposed
without a change here. Rules are grouped into bundles by their ``family``
attribute when the registry's rules carry one, else by their names.

>>> [c for c in orderings(("a", "b"))]
[('a', 'b'), ('b', 'a'), ('a',), ('b',)]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

# At most this many orderings of a named set are tried (4 rules: all 24 orders).
MAX_ORDERINGS = 64
# Pairs and triples are formed from at most this many rules that rewrote something alone.
MAX_COMBINED = 6

DERIVATIVE = "derivative"
LIMIT = "limit"
SERIES = "series"


def family(name: str, rule: object = None) -> str | None:
    """The bundle a rule belongs to: its ``family`` attribute, else guessed from its name.

    ``derivative-definition`` and ``exp-series`` unfold definitions: they belong to
    no bundle (put together with the derivative rules they would turn every
    derivative into a limit before the rules could act)."""
    declared = getattr(rule, "family", None)
    if isinstance(declared, str):
        return declared
    if name in ("derivative-definition", "exp-series", "definition", "algebra"):
        return None
    if name.startswith("limit-") or name in ("continuity", "standard-limits"):
        return LIMIT
    if name in ("termwise", "reindex", "sum-first-term"):
        return SERIES
    if name.endswith("-rule") or name.startswith("derivative-"):
        return DERIVATIVE
    return None


def orderings(names: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """A named set's orderings, then its proper non-empty subsets (largest first), each
    subset in every order; the set as written comes first. Bounded by MAX_ORDERINGS."""
    seen: set[tuple[str, ...]] = set()
    count = 0
    for size in range(len(names), 0, -1):
        for subset in itertools.combinations(names, size):
            for order in itertools.permutations(subset):
                if order in seen:
                    continue
                seen.add(order)
                count += 1
                if count > MAX_ORDERINGS:
                    return
                yield order


@dataclass
class Proposals:
    """The auto search's proposals for one step, in order, learning from what fired.

    ``rules`` maps the registry's rule names to rules (any object; only the name and an
    optional ``family`` are read); ``lemmas`` are the citable lemma ids. After each
    proposal the checker calls :meth:`record` with the rules that rewrote something,
    so that combinations are formed only from rules that act on this step."""

    rules: Mapping[str, object]
    lemmas: tuple[str, ...] = ()
    kinds: frozenset[str] = frozenset()  # what the step holds: "Derivative", "Limit", "Sum"
    active: list[str] = field(default_factory=list)  # rules that rewrote something alone
    # Rules the step's shape points at (the chain rule for d/dx log(g(x))): tried right
    # after algebra, before the other rules one by one. Only the order changes.
    first: tuple[str, ...] = ()
    _tried: set[tuple[str, ...]] = field(default_factory=set)

    def record(self, proposal: tuple[str, ...], fired: Iterable[str]) -> None:
        fired = tuple(fired)
        if len(proposal) == 1 and fired == proposal and proposal[0] not in self.active:
            self.active.append(proposal[0])

    def _proposable(self) -> dict[str, object]:
        # A rule the engine applies in every step (``always``, d/dx x = 1) need not be named.
        return {n: r for n, r in self.rules.items() if not getattr(r, "always", False)}

    def bundle(self, which: str) -> tuple[str, ...]:
        return tuple(n for n, r in self._proposable().items() if family(n, r) == which)

    def _singles(self) -> list[str]:
        """Each rule that may act on this step; the ones that unfold a definition
        (``derivative-definition``, ``exp-series``) last, since they rewrite every
        derivative or exponential they meet and make a proof longer than it need be."""
        names = [
            n
            for n, r in self._proposable().items()
            if n != "algebra" and _relevant(n, r, self.kinds)
        ]
        unfolding = [n for n in names if getattr(self.rules[n], "kind", "") == "definition"]
        return [n for n in names if n not in unfolding] + unfolding

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        for proposal in self._generate():
            proposal = tuple(dict.fromkeys(proposal))  # a name once, first place kept
            if proposal in self._tried:
                continue
            if "sum-first-term" in proposal and "reindex" in proposal:
                continue  # the kernel refuses them together
            self._tried.add(proposal)
            yield proposal

    def _generate(self) -> Iterator[tuple[str, ...]]:
        # Cheapest and most telling first: algebra, one rule, one lemma; then the
        # bundles a textbook step uses together, alone and with each lemma; then
        # small combinations of the rules that acted alone; definition last (the
        # abbreviations are unfolded as a file is read, so it seldom matters).
        singles = self._singles()
        hinted = [n for n in self.first if n in singles]
        singles = hinted + [n for n in singles if n not in hinted]
        yield ("algebra",)
        for name in hinted:
            yield (name,)
        if len(hinted) > 1:
            # d/dx of a sum of constant multiples: termwise, sum-rule and constant-rule
            # together, as the step's shape says, before every other rule alone.
            yield tuple(hinted)
        for name in singles[len(hinted) :]:
            yield (name,)
        for lemma in self.lemmas:
            yield (lemma,)
        derivative, limit = self.bundle(DERIVATIVE), self.bundle(LIMIT)
        bundles = [b for b in (derivative if "Derivative" in self.kinds else (), limit) if b]
        if "Limit" not in self.kinds:
            bundles = [b for b in bundles if b is not limit]
        for b in bundles:
            yield b
        for b in bundles:
            for lemma in self.lemmas:
                yield (lemma, *b)
            if len(self.lemmas) > 1:
                yield (*self.lemmas, *b)
        if len(self.lemmas) > 1:
            yield self.lemmas
        active = self.active[:MAX_COMBINED]
        for size in (2, 3):
            yield from itertools.combinations(active, size)
        for lemma in self.lemmas:
            for name in active:
                yield (lemma, name)
        if derivative and limit and "Limit" in self.kinds:
            yield (*derivative, *limit)
        if "definition" in self.rules:
            for name in (*singles, *self.lemmas):
                yield ("definition", name)
            for b in bundles:
                yield ("definition", *b)
        for b in bundles:
            for lemma in self.lemmas:
                yield (*b, lemma)
        for size in (2, 3):
            yield from itertools.permutations(active, size)


def _relevant(name: str, rule: object, kinds: frozenset[str]) -> bool:
    """Worth trying alone: a derivative rule on a step with no derivative cannot act."""
    which = family(name, rule)
    if which == DERIVATIVE or name == "derivative-definition":
        return "Derivative" in kinds
    if which == LIMIT:
        return "Limit" in kinds
    if which == SERIES:
        return "Sum" in kinds
    return True

"""The trusted core: the only place a verdict is made.

``check_step`` decides one step "= C, by R" after the previous expression P:

1. rewrite P and C with the named rules (:mod:`verifier.proof.rules`), each rewrite
   only where its side conditions are shown. The named rules form a set: when
   they do not give the step as written, other orders and subsets are tried
   (refuting first, within a share of the step's time). Whatever is found is
   checked once more with exactly the rules that rewrote something, each of
   which must apply; a named rule that was not needed becomes a note. With
   ``by = "auto"`` the proposals come from :mod:`verifier.proof.auto`
   (untrusted) and are checked the same way; the verdict names the rules found;
2. decide algebraic equality of the two results. Derivative, Limit, Sum and
   Subs terms are opaque: each becomes a fresh symbol, and two of them are the
   same symbol only when they bind the same way and their insides are equal
   by algebra (up to renaming the bound variable, or up to a constant rational
   factor, since these operators are linear). An opaque term is a value that
   may not exist: algebra may divide by one only when it is shown to exist
   and be nonzero, and may cancel or combine one only when it is shown to
   exist; otherwise the term must stand on both sides in the same place
   (:class:`_Opaque`, :func:`algebra_equal`). Equality is decided by
   ``cancel``, then ``gammasimp`` for factorials, then ``simplify``;
3. before "proved" is returned, both sides are evaluated at seeded points
   (:mod:`verifier.proof.refute`): if the numbers disagree the step is not
   proved (defense in depth: such a disagreement is a bug to report);
4. if the algebra fails, search for a counterexample: numbers never prove
   anything here, they only refute.

Three verdicts: ``proved`` (shown symbolically), ``refuted`` (with a witness
whose two sides really differ), ``unknown`` (with the reason). A step that
takes longer than its time limit is ``unknown``. Only this module can make a
"proved" :class:`StepVerdict` (it carries a seal no other module holds).
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import sympy
from sympy.core.facts import InconsistentAssumptions
from sympy.printing.precedence import precedence
from sympy.printing.str import StrPrinter

from verifier.proof.auto import Proposals, orderings
from verifier.proof.binders import (
    COMPARING,
    OPAQUE,
    Dropped,
    audit,
    construct,
    divided_out,
    inexact_number,
    ranged_index,
    substitute,
    vanishes_at_samples,
)
from verifier.proof.conditions import Facts, domain_conditions
from verifier.proof.deadline import StepTimeout, clock, expired, run_with_deadline
from verifier.proof.divergence import find_divergence
from verifier.proof.intervals import certified_sign
from verifier.proof.model import AUTO, Derivation, Step
from verifier.proof.refute import Counterexample, find_counterexample, nonzero_somewhere
from verifier.proof.rules import (
    RULES,
    RewriteLimit,
    Rule,
    RuleContext,
    lemma_rule,
    normalize,
    sum_floor,
)
from verifier.proof.signs import install as _install_certified_signs

# SymPy signs numbers by evalf(2) otherwise: see verifier.proof.signs.
_install_certified_signs()

DEFAULT_TIMEOUT = 10.0
# Defense in depth: sample points (and seconds) spent on a step about to be proved.
CONFIRM_POINTS = 2
CONFIRM_BUDGET = 0.5
# Pairs of opaque terms per decision whose insides are compared with ``simplify``.
THOROUGH_MATCHES = 4


class Verdict(StrEnum):
    """What a check concluded. A ``str`` so that JSON and text print the word itself."""

    PROVED = "proved"  # shown symbolically, every side condition shown
    REFUTED = "refuted"  # a counterexample, recomputed before it is shown
    UNKNOWN = "unknown"  # neither: the reason says what is missing
    ERROR = "error"  # the input could not be read (a file, not a step)


PROVED, REFUTED, UNKNOWN, ERROR = Verdict.PROVED, Verdict.REFUTED, Verdict.UNKNOWN, Verdict.ERROR

# The seal of a "proved" verdict. Only this module passes it; a StepVerdict
# built elsewhere with verdict "proved" raises. (A verdict that crossed a
# process boundary was sealed where it was made: unpickling does not re-check.)
_SEAL = object()


class ForgedVerdict(Exception):
    """A "proved" verdict was built outside the trusted checker."""


@dataclass(frozen=True)
class StepVerdict:
    status: Verdict
    method: str  # how it was decided, e.g. "derivative-definition; algebra (cancel)"
    reason: str  # why, in a sentence; for proved, the side conditions shown
    counterexample: Counterexample | None = None
    conditions: tuple[str, ...] = ()  # side conditions shown
    procedures: tuple[str, ...] = ()  # SymPy procedures the verdict rests on
    seal: object = field(default=None, repr=False, compare=False)
    # The rules the verdict rests on (for "auto", the ones the search found), and notes
    # such as a named rule that was not needed.
    rules: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", Verdict(self.status))
        if self.status == PROVED and self.seal is not _SEAL:
            raise ForgedVerdict("only verifier.proof.checker makes a 'proved' verdict")


def _proved(
    method: str,
    reason: str,
    conditions: tuple[str, ...] = (),
    procedures: tuple[str, ...] = (),
    rules: tuple[str, ...] = (),
    notes: tuple[str, ...] = (),
) -> StepVerdict:
    return StepVerdict(PROVED, method, reason, None, conditions, procedures, _SEAL, rules, notes)


@dataclass(frozen=True)
class StepReport:
    step: Step
    verdict: StepVerdict


@dataclass(frozen=True)
class DerivationReport:
    derivation: Derivation
    verdict: Verdict
    steps: tuple[StepReport, ...]
    claim: StepVerdict  # first step = claim's left side and last step = its right side
    reason: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "verdict", Verdict(self.verdict))
        if self.verdict == PROVED and not (
            self.claim.status == PROVED and all(s.verdict.status == PROVED for s in self.steps)
        ):
            raise ForgedVerdict("a derivation is proved only when its claim and every step are")

    @property
    def proved(self) -> bool:
        return self.verdict == PROVED


@dataclass(frozen=True)
class CheckContext:
    """What a step is checked against: the derivation's facts and its lemmas."""

    facts: Facts
    lemmas: Mapping[str, Rule] = field(default_factory=dict)
    unproved: frozenset[str] = frozenset()  # cited lemmas that are not proved
    seed: int = 0
    # The step's two sides as written (before SymPy's evaluation turned exp(log(x))
    # into x): a counterexample must be a point where these have real values too.
    written: tuple[sympy.Expr, ...] = ()


# -- algebra ------------------------------------------------------------------


# Written through exp by definition: a residual holding one is also compared that way.
HYPERBOLIC = (sympy.sinh, sympy.cosh, sympy.tanh, sympy.coth, sympy.sech, sympy.csch)


def decide_zero(expr: sympy.Expr, *, thorough: bool = True) -> tuple[bool, str, sympy.Expr]:
    """Is ``expr`` identically zero? Returns (shown, procedure, residual).

    ``thorough=False`` skips ``simplify``: used to match opaque terms with each
    other, where most pairs differ and ``simplify`` would be slow to say so."""
    if expr == 0:
        return True, "identical", expr
    if not expr.free_symbols and certified_sign(expr) in (-1, 1):
        return False, "", expr  # a number an enclosure shows nonzero: no rewriting can
    if expr.has(sympy.Max, sympy.Min):
        expr = _order_exponentials(expr)
    residual = sympy.cancel(sympy.together(expr))
    if residual == 0:
        return True, "cancel", residual
    if residual.has(sympy.factorial, sympy.gamma, sympy.binomial):
        residual = sympy.gammasimp(residual)
        if residual == 0:
            return True, "gammasimp", residual
    if residual.has(sympy.exp, sympy.log, sympy.Pow):
        expanded = sympy.cancel(sympy.powsimp(sympy.expand(residual, power_exp=True)))
        if expanded == 0:
            return True, "expand+cancel", expanded
    if residual.has(*HYPERBOLIC):
        # tanh z = (e^z - e^-z)/(e^z + e^-z) is what tanh means; simplify seldom sees it.
        rewritten = sympy.cancel(sympy.together(residual.rewrite(sympy.exp)))
        if rewritten == 0:
            return True, "rewrite(exp)", rewritten
    if not thorough:
        return False, "", residual
    hidden = _hidden_number_logs(residual)
    if hidden is None:
        return False, "", residual
    simplified = sympy.simplify(residual.xreplace(hidden))
    if simplified == 0:
        return True, "simplify", simplified
    return False, "", simplified.xreplace({d: log for log, d in hidden.items()})


# The bits of a number beyond which simplify must not see a log of a number beside it.
LOG_NEIGHBOUR_BITS = 32


def _hidden_number_logs(expr: sympy.Expr) -> dict | None:
    """Each log of a number in ``expr`` mapped to a symbol of its sign, where ``expr`` also
    holds a number of more than LOG_NEIGHBOUR_BITS bits; else {}. None where such a log
    has no sign an enclosure settles: then simplify is not run.

    simplify's logcombine writes c*log(a) as log(a**c): for 10**20*log(3/2), or for a
    coefficient 10**20 it factors out itself, a power no time limit interrupts. Shown zero
    for every value of a symbol of the log's sign, the residual is zero at the log's value."""
    big = any(
        atom.is_Rational and max(abs(atom.p), atom.q).bit_length() > LOG_NEIGHBOUR_BITS
        for atom in expr.atoms(sympy.Number)
    )
    if not big:
        return {}
    hidden = {}
    for log in expr.atoms(sympy.log):
        if log.free_symbols:
            continue
        sign = certified_sign(log)
        if sign not in (-1, 1):
            return None
        hidden[log] = sympy.Dummy("L", positive=sign > 0, negative=sign < 0)
    return hidden


def _exponent(term: sympy.Expr) -> sympy.Expr | None:
    if term == 1:
        return sympy.Integer(0)
    return term.args[0] if isinstance(term, sympy.exp) else None


def _order_exponentials(expr: sympy.Expr) -> sympy.Expr:
    """Max/Min of exponentials (and 1 = e^0): exp is increasing, so the largest
    exponent wins, when the sign of each difference is known from assumptions."""

    def resolve(node):
        exponents = [_exponent(a) for a in node.args]
        if any(u is None for u in exponents):
            return node
        sign = 1 if isinstance(node, sympy.Max) else -1
        for arg, u in zip(node.args, exponents, strict=True):
            if all((sign * (u - v)).is_nonnegative for v in exponents if v is not u):
                return arg
        return node

    return expr.replace(lambda n: isinstance(n, sympy.Max | sympy.Min), resolve)


class _Opaque:
    """Replaces Derivative/Limit/Sum/Subs terms by symbols, equal insides alike.

    The abstracted expression is built *unevaluated*, so that ``L - L`` or
    ``L/L`` stay visible as written until :func:`algebra_equal` has decided
    whether L may be cancelled."""

    def __init__(self, facts: Facts | None = None) -> None:
        self.facts = facts or Facts()
        self.classes: list[tuple[tuple, sympy.Expr, sympy.Dummy]] = []
        self.symbols: dict[sympy.Dummy, sympy.Basic] = {}
        self.procedures: set[str] = set()
        self.thorough_left = THOROUGH_MATCHES
        # The inside of each class as written (before abstraction), by symbol, and
        # why two insides equal by algebra were nonetheless kept apart.
        self.written: dict[sympy.Dummy, sympy.Expr] = {}
        self.depths: dict[sympy.Dummy, int] = {}
        self.unmatched: list[str] = []
        self._defined: dict[tuple, str | None] = {}
        self._differs: dict[tuple, bool] = {}

    def abstract(self, expr: sympy.Basic, depth: int = 0) -> sympy.Basic:
        if isinstance(expr, OPAQUE) or _numeric_comparison(expr):
            return self.term(expr, depth)
        if not expr.args:
            return expr
        args = tuple(self.abstract(a, depth) for a in expr.args)
        if args == expr.args:
            return expr
        if isinstance(expr, sympy.Add | sympy.Mul | sympy.Pow):
            return expr.func(*args, evaluate=False)
        return expr.func(*args)

    def term(self, node: sympy.Basic, depth: int) -> sympy.Expr:
        key, written = _canonical(node, depth)
        inside = _evaluate(self.abstract(written, depth + 1))
        for known_key, known_inside, sym in self.classes:
            if known_key != key:
                continue
            if inside == known_inside:
                # Equal as written, or only once the opaque terms inside are abstracted
                # and SymPy has evaluated (h*L1/L2 is h when L1 and L2 are matched):
                # then the divisors as written must be shown nonzero, as for algebra.
                if written != self.written[sym] and not self._may_match(
                    key, written, depth, sym, node
                ):
                    continue
                self.procedures.add("identical")
                return sym
            if (
                key[0] == "Sum"
                and inside != known_inside
                and not (self.facts.is_defined(inside) and self.facts.is_defined(known_inside))
            ):
                # Sum bodies equal "up to cancel" may differ at one integer of the
                # range, where one of them is 0/0: compare them only where defined.
                continue
            # Insides shown to differ at a point are never equal by algebra: the cheap
            # test below would only fail on them (a pure saving, see _differ).
            differ = self._differ(inside, known_inside)
            shown, procedure = False, ""
            if not differ:
                shown, procedure, _ = decide_zero(inside - known_inside, thorough=False)
            if shown:
                if not self._may_match(key, written, depth, sym, node):
                    continue
                self.procedures.add(procedure)
                return sym
            if key[0] != "raw" and known_inside != 0:
                ratio = sympy.cancel(inside / known_inside)
                if ratio.is_Rational and ratio != 0:
                    if not self._may_match(key, written, depth, sym, node):
                        continue
                    self.procedures.add("cancel")
                    return sympy.Mul(ratio, sym, evaluate=False)
        match = self._thorough_match(key, inside, written, depth, node)
        if match is not None:
            return match
        sym = sympy.Dummy(type(node).__name__)
        self.classes.append((key, inside, sym))
        self.symbols[sym] = node
        self.written[sym] = written
        self.depths[sym] = depth
        return sym

    def _may_match(self, key: tuple, written: sympy.Expr, depth: int, sym, node) -> bool:
        """May an inside be identified with the class of ``sym`` by algebra (not as
        written)? Algebra's identities (cancel divides out common factors) hold where
        both insides are defined; a Limit sees its body only near the point, and a
        Derivative its body on an interval, so there each divisor of both insides as
        written must be shown nonzero (E/E = 1 is not an identity where E = 0 on an
        interval, and a limit of a body that is 0/0 near the point does not exist)."""
        for inside, at_depth, term in (
            (written, depth, node),
            (self.written[sym], self.depths[sym], self.symbols[sym]),
        ):
            why = self._undefined(key, inside, at_depth, term)
            if why is None:
                why = _lost_domain(self.facts, term, self.symbols[sym] if term is node else node)
            if why is not None:
                note = (
                    f"{_show(node)} and {_show(self.symbols[sym])} are kept apart: their "
                    f"insides agree only by algebra, and {why}"
                )
                if note not in self.unmatched:
                    self.unmatched.append(note)
                return False
        return True

    def _undefined(self, key: tuple, inside: sympy.Expr, depth: int, term) -> str | None:
        cache = (key, inside, depth)
        if cache not in self._defined:
            self._defined[cache] = _inside_undefined(self.facts, key, inside, depth, term)
        return self._defined[cache]

    def _thorough_match(
        self, key: tuple, inside: sympy.Expr, written: sympy.Expr, depth: int, node
    ) -> sympy.Dummy | None:
        """Algebra inside a binder as strong as outside: ``simplify`` (trig identities,
        say) on insides that bind alike and have the same free symbols, a few times per
        decision (most pairs differ and simplify is slow to say so)."""
        for known_key, known_inside, sym in self.classes:
            if self.thorough_left <= 0:
                return None
            if (
                known_key != key
                or key[0] in ("raw", "Sum")
                or inside.free_symbols != known_inside.free_symbols
            ):
                continue
            self.thorough_left -= 1  # spent as before when skipped: the later pairs are the same
            if self._differ(inside, known_inside):
                continue
            shown, procedure, _ = decide_zero(inside - known_inside, thorough=True)
            if shown and self._may_match(key, written, depth, sym, node):
                self.procedures.add(procedure)
                return sym
        return None

    def _differ(self, inside: sympy.Expr, known_inside: sympy.Expr) -> bool:
        """Are two insides shown unequal by interval bounds at a point (refute's
        :func:`nonzero_somewhere`)? Then ``decide_zero`` of their difference would say
        "not shown" (no sound algebra reduces a function that is nonzero somewhere to 0),
        so it is skipped; only its "shown" answer is ever used here."""
        pair = (inside, known_inside)
        if pair not in self._differs:
            self._differs[pair] = nonzero_somewhere(inside - known_inside)
        return self._differs[pair]

    def restore(self, expr: sympy.Expr) -> sympy.Expr:
        return expr.xreplace(self.symbols)


def _inside_undefined(facts: Facts, key: tuple, inside: sympy.Expr, depth: int, term):
    """None when the inside of an opaque term is shown defined where its term looks at
    it (see :meth:`_Opaque._may_match`); else why not."""
    kind = key[0]
    if kind == "Limit":
        body, var, point, _ = term.args  # the inside as written, in its own variable
        why = facts.defined_near(body, var, point, powers=False, parameters=True)
        return None if why is None else f"in {_show(term)}, {why}"
    if kind == "Derivative":
        for condition, base in domain_conditions(facts.unfold(inside)):
            if condition == "nonzero" and not _nonzero_but_isolated(base, facts):
                return (
                    f"in {_show(term)}, the divisor {_show(base)} is not shown nonzero (it "
                    "may be 0 on a whole interval)"
                )
        return None
    if kind == "Subs":
        # The inside is read at one point only: each divisor there (its own divisors are
        # conditions of their own) must be a nonzero number, or, holding free symbols,
        # nonzero as a divisor outside binders is (except at isolated points).
        body, var, value = term.expr, term.variables[0], term.point[0]  # as written
        for condition, base in domain_conditions(facts.unfold(body)):
            if condition != "nonzero":
                continue
            there = substitute(base, {var: value})
            if not (
                facts.is_nonzero(there)
                or (there.free_symbols and _nonzero_but_isolated(there, facts))
            ):
                return (
                    f"in {_show(term)}, the divisor {_show(base)} is not shown nonzero at "
                    f"{_show(value)}"
                )
        return None
    return None  # Sum bodies are compared where defined (term), raw terms as written


def _restricted(facts: Facts, term) -> tuple[dict, sympy.Symbol | None]:
    """The real-domain conditions of an opaque term's inside as written (a log's argument
    or a real power's base positive, asin/acos's argument in [-1, 1]), keyed with its
    variable renamed to one shared symbol so two terms compare; and its variable."""
    if isinstance(term, sympy.Limit):
        body, var = term.args[0], term.args[1]
    elif isinstance(term, sympy.Subs) and len(term.variables) == 1:
        body, var = term.expr, term.variables[0]
    elif isinstance(term, sympy.Derivative):
        body, var = term.expr, None
    else:
        return {}, None
    body = facts.unfold(body)
    found = {}
    for condition, base in domain_conditions(body):
        if condition != "nonzero":
            found[("positive", base)] = base
    for node in sympy.preorder_traversal(body):
        if isinstance(node, (sympy.asin, sympy.acos)):
            found[("unit", node.args[0])] = node.args[0]
    if var is None:
        return found, None
    return {(kind, substitute(base, {var: _SHARED})): base for (kind, base) in found}, var


_SHARED = sympy.Dummy("shared", real=True)


def _lost_domain(facts: Facts, term, other) -> str | None:
    """Algebra may add a log or a square root away (L*(h + 1) - L*h - L = 0): a condition
    of ``term``'s inside that ``other``'s lacks must be shown where ``term`` looks."""
    mine, var = _restricted(facts, term)
    theirs, _ = _restricted(facts, other)
    for (kind, shared), base in mine.items():
        if (kind, shared) in theirs:
            continue
        shown = False
        if kind == "positive":
            if isinstance(term, sympy.Limit):
                shown = facts._positive_near(base, var, term.args[2], {}, {}) is None
            elif isinstance(term, sympy.Subs):
                shown = facts.is_positive(substitute(base, {var: term.point[0]}))
            else:
                shown = facts.is_positive(base)
        if not shown:
            need = "positive" if kind == "positive" else "in [-1, 1]"
            return (
                f"in {_show(term)}, {_show(base)} must be {need} for it to have a real value "
                "there, and the other inside does not ask it; that is not shown"
            )
    return None


def _nonzero_but_isolated(base: sympy.Expr, facts: Facts) -> bool:
    """Is ``base`` nonzero except at isolated points (so cancelling it is an identity
    where both sides are defined)? As :mod:`binders` reads a division: built from entire
    functions and not 0 at the sample points (sin(x)**2 + cos(x)**2 - 1 is entire and 0
    everywhere), it is; otherwise it must be shown nonzero."""
    if isinstance(base, sympy.Mul):
        return all(_nonzero_but_isolated(a, facts) for a in base.args)
    if isinstance(base, sympy.Pow) and base.exp.is_integer and base.exp.is_positive:
        return _nonzero_but_isolated(base.base, facts)
    if (
        _entire(base)
        and not any(s.is_integer for s in base.free_symbols)
        and not vanishes_at_samples(base)
    ):
        return True
    return facts.is_nonzero(base)


_ENTIRE = (sympy.exp, sympy.sin, sympy.cos, sympy.sinh, sympy.cosh, sympy.erf)


def _entire(expr: sympy.Basic) -> bool:
    """Built from polynomials and entire functions (exp, sin, cos, ...) only: analytic on
    the whole line, so 0 on an interval only if 0 everywhere (and then defined nowhere).
    asin(sin(x)) - x, sqrt((x + 1)**2) - x - 1 or f(x) - 1 can be 0 on an interval and
    defined elsewhere. A Sum index (an integer) can be 0 at a term: not isolated there."""
    if expr.is_Atom:
        return True
    if isinstance(expr, sympy.Pow):
        return bool(expr.exp.is_integer and expr.exp.is_nonnegative) and _entire(expr.base)
    if isinstance(expr, (sympy.Add, sympy.Mul, *_ENTIRE)):
        return all(_entire(a) for a in expr.args)
    return False


def _numeric_comparison(expr: sympy.Basic) -> bool:
    """Abs/sign/Min/Max of a number SymPy could only decide numerically (binders.build
    keeps them as written): opaque to algebra too, so simplify cannot decide them by evalf."""
    return isinstance(expr, COMPARING) and any(inexact_number(a) for a in expr.args)


_BOUND: dict[tuple, sympy.Dummy] = {}


def _bound(kind: str, depth: int, **assumptions) -> sympy.Dummy:
    key = (kind, depth, tuple(sorted(assumptions.items())))
    if key not in _BOUND:
        _BOUND[key] = sympy.Dummy(f"{kind}{depth}", **assumptions)
    return _BOUND[key]


def _canonical(node: sympy.Basic, depth: int) -> tuple[tuple, sympy.Expr]:
    """A key saying how ``node`` binds, and its inside with the bound variable renamed."""
    if isinstance(node, sympy.Limit):
        body, var, point, direction = node.args
        return ("Limit", point, str(direction)), substitute(
            body, {var: _bound("h", depth, real=True)}
        )
    if isinstance(node, sympy.Sum) and len(node.limits) == 1:
        index, lower, upper = node.limits[0]
        # The canonical index knows the index's range, as the rules do inside a Sum.
        ranged = ranged_index(index, lower, upper)
        canonical = _bound(
            "n",
            depth,
            **{
                k: v
                for k, v in ranged.assumptions0.items()
                if k in ("integer", "positive", "nonnegative", "negative", "nonpositive")
            },
        )
        return ("Sum", lower, upper), substitute(node.function, {index: canonical})
    if isinstance(node, sympy.Derivative):
        return ("Derivative", tuple(node.variable_count)), node.expr
    if isinstance(node, sympy.Subs) and len(node.variables) == 1:
        var, value = node.variables[0], node.point[0]
        return ("Subs", value), substitute(node.expr, {var: _bound("u", depth, real=True)})
    return ("raw", node), sympy.Integer(0)


def _evaluate(expr: sympy.Basic) -> sympy.Basic:
    """Evaluate an expression built unevaluated (SymPy's usual canonical form)."""
    if not expr.args or isinstance(expr, OPAQUE):
        return expr
    return construct(expr.func, tuple(_evaluate(a) for a in expr.args))


@dataclass(frozen=True)
class Algebra:
    """The outcome of :func:`algebra_equal`."""

    shown: bool
    procedure: str
    residual: sympy.Expr
    procedures: frozenset[str]
    missing: tuple[str, ...] = ()  # what would have to be shown about an opaque term


def _flat(expr: sympy.Basic, kind) -> list[sympy.Basic]:
    if isinstance(expr, kind):
        return [t for a in expr.args for t in _flat(a, kind)]
    return [expr]


def _split_term(term: sympy.Basic, free: set) -> tuple[tuple, sympy.Expr] | None:
    """A raw term as (monomial in the ``free`` opaque symbols, coefficient), or None when
    a free symbol sits anywhere but in a positive integer power of itself."""
    monomial: dict = {}
    coefficient = []
    for factor in _flat(term, sympy.Mul):
        if factor in free:
            monomial[factor] = monomial.get(factor, 0) + 1
        elif (
            isinstance(factor, sympy.Pow)
            and factor.base in free
            and factor.exp.is_Integer
            and factor.exp > 0
        ):
            monomial[factor.base] = monomial.get(factor.base, 0) + int(factor.exp)
        elif factor.free_symbols & free:
            return None
        else:
            coefficient.append(factor)
    key = tuple(sorted(monomial.items(), key=lambda kv: kv[0].dummy_index))
    return key, _evaluate(sympy.Mul(*coefficient, evaluate=False))


def _linear_forms(side: sympy.Basic, free: set):
    """{monomial: coefficient} of ``side``, or the symbols that are not used linearly."""
    forms: dict[tuple, sympy.Expr] = {}
    offending: set = set()
    for term in _flat(side, sympy.Add):
        split = _split_term(term, free)
        if split is None:
            offending |= term.free_symbols & free
            continue
        key, coefficient = split
        if key and key in forms:
            offending |= {s for s, _ in key}  # L + L: combining needs L to exist
        forms[key] = forms.get(key, sympy.Integer(0)) + coefficient
    return forms, offending


def _denominator_symbols(expr: sympy.Basic, symbols: set) -> tuple[list, set]:
    """Bases divided by that hold opaque symbols, and the symbols under a function or power."""
    divided, wrapped = [], set()
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, sympy.Pow):
            inside = node.base.free_symbols & symbols
            if inside and not (node.exp.is_Integer and node.exp >= 0):
                if node.exp.is_positive:
                    wrapped.update(inside)
                else:  # negative, or of unknown sign: L**x * L**(-x) is 0 * (1/0) at L = 0
                    divided.append(node.base)
            if node.exp.free_symbols & symbols:
                wrapped.update(node.exp.free_symbols & symbols)
        elif isinstance(node, sympy.Function) or (
            node.args and not isinstance(node, sympy.Add | sympy.Mul | sympy.Pow)
        ):
            wrapped.update(node.free_symbols & symbols)
    return divided, wrapped


def term_exists(term: sympy.Basic, facts: Facts) -> tuple[bool, sympy.Expr | None, str]:
    """Is the opaque ``term`` shown to exist (a finite real value)? (shown, value, why)."""
    if isinstance(term, sympy.Limit):
        body, var, point, _ = term.args
        return facts.limit_exists(body, var, point)
    if isinstance(term, sympy.Derivative):
        if len(term.variable_count) == 1 and term.variable_count[0][1] == 1:
            var = term.variables[0]
            if facts.is_differentiable(term.expr, var):
                return True, None, f"{term.expr} is differentiable in {var}"
        return False, None, "it is not shown to exist"
    if isinstance(term, sympy.Sum) and len(term.limits) == 1:
        index, lower, upper = term.limits[0]
        ranged = ranged_index(index, lower, upper)
        body = substitute(term.function, {index: ranged})
        if lower.is_Integer and upper.is_Integer and facts.is_defined(body):
            return True, None, "a finite sum of defined terms"
        if upper == sympy.oo and facts.regular(term):
            return True, None, "a power series with infinite radius of convergence"
    return False, None, "it is not shown to exist"


def _show_exists(term, facts: Facts, nonzero: bool) -> str | None:
    """None when ``term`` is shown to exist (and be nonzero if asked); else what is missing."""
    if not isinstance(term, OPAQUE):  # a divisor SymPy cancelled (E/E = 1)
        if facts.is_defined(term) and facts.is_nonzero(term):
            return None
        return (
            f"{_show(term)} was divided out (as in E/E = 1), which needs it nonzero, and it "
            "is not shown to be: it can be 0 on a whole interval (declare the function "
            "nonzero, or keep the quotient)"
        )
    exists, value, _ = term_exists(term, facts)
    if not exists:
        return f"{_show(term)} is not shown to exist"
    if nonzero and not (value is not None and facts.is_nonzero(value)):
        return f"{_show(term)} is not shown to be nonzero"
    return None


def _show(expr: sympy.Basic) -> str:
    return show(expr, 120)


def algebra_equal(a: sympy.Expr, b: sympy.Expr, facts: Facts | None = None) -> Algebra:
    """Decide a = b with opaque terms that may not exist (see the module docstring)."""
    facts = facts or Facts()
    cancelled = _cancelled_divisors(a, b, facts)
    if cancelled:
        # Cancelling D/D to 1 is an identity where D vanishes at isolated points only;
        # |x| - x, Max(x, 0) - x or f(x) - 1 (for f = 1) is 0 on a whole interval, where
        # the left side is 0/0 and the right a number.
        missing = tuple(
            f"the denominator {_show(d)} is cancelled, but it is not shown to be nonzero "
            "(it may be 0 on a whole interval)"
            for d in cancelled
        )
        return Algebra(False, "", a - b, frozenset(), missing)
    opaque = _Opaque(facts)
    left, right = opaque.abstract(a), opaque.abstract(b)
    symbols = set(opaque.symbols)
    procedures = set(opaque.procedures)
    if not symbols:
        shown, procedure, residual = decide_zero(_evaluate(left) - _evaluate(right))
        return Algebra(shown, procedure, residual, frozenset(procedures | {procedure} - {""}))
    if left == right:
        return Algebra(True, "identical", sympy.Integer(0), frozenset(procedures | {"identical"}))

    # What each opaque symbol must be shown to be before algebra may treat it as
    # a number: in a denominator, inside a function or a power, or combined
    # with itself -> it exists; and each denominator that holds one is shown
    # nonzero (from the values of its opaque terms). A symbol that needs
    # nothing stays "free": it must stand on both sides as the same monomial.
    needs: dict = {}
    denominators: list = []
    for side in (left, right):
        bases, wrapped = _denominator_symbols(side, symbols)
        denominators += bases
        for s in wrapped | set().union(*(b.free_symbols & symbols for b in bases)):
            needs.setdefault(s, "exists")
    while True:
        free = symbols - set(needs)
        forms = []
        offending: set = set()
        for side in (left, right):
            form, bad = _linear_forms(side, free)
            forms.append(form)
            offending |= bad
        if not offending:
            break
        for s in offending:
            needs.setdefault(s, "exists")

    missing = []
    values = {}
    for s in sorted(needs, key=lambda s: s.dummy_index):
        exists, value, _ = term_exists(opaque.symbols[s], facts)
        if not exists:
            missing.append(f"{_show(opaque.symbols[s])} is not shown to exist")
        values[s] = value
    for base in denominators if not missing else ():
        inside = base.free_symbols & symbols
        known = all(values.get(s) is not None for s in inside)
        value = substitute(_evaluate(base), {s: values[s] for s in inside}) if known else None
        if value is None or not facts.is_nonzero(value):
            missing.append(
                f"the denominator {_show(opaque.restore(_evaluate(base)))} is not "
                "shown to be nonzero"
            )
    residual_expr = _evaluate(left) - _evaluate(right)
    if missing:
        return Algebra(
            False,
            "",
            opaque.restore(residual_expr),
            frozenset(procedures),
            tuple(missing + opaque.unmatched),
        )
    left_form, right_form = forms
    unmatched = tuple(opaque.unmatched)
    if {k for k in left_form if k} != {k for k in right_form if k}:
        # Different opaque terms on the two sides: algebra cannot relate them.
        return Algebra(False, "", opaque.restore(residual_expr), frozenset(procedures), unmatched)
    used = set()
    for key in set(left_form) | set(right_form):
        shown, procedure, residual = decide_zero(
            left_form.get(key, sympy.Integer(0)) - right_form.get(key, sympy.Integer(0))
        )
        if not shown:
            return Algebra(
                False, "", opaque.restore(residual_expr), frozenset(procedures), unmatched
            )
        used.add(procedure)
    procedure = "cancel" if "cancel" in used else sorted(used)[0]
    return Algebra(True, procedure, sympy.Integer(0), frozenset(procedures | used))


def _cancelled_divisors(a: sympy.Expr, b: sympy.Expr, facts: Facts) -> list[sympy.Expr]:
    """The divisors of either side (outside binders) that may be 0 on a whole interval
    (built from Abs, Max, a step function or an unknown function, or 0 there by their
    values: sqrt(x**2 - 2*x + 1) - x + 1, asin(sin(x)) - x, an integer n - 6), that the
    other side no longer divides by, and that the facts do not show nonzero."""
    # Both ways: a step that writes E/E for 1 is as false where E = 0 on an interval,
    # and a claim's right side is compared with the last step as (claim, last).
    forward = divided_out(a, b)
    dropped = forward + [d for d in divided_out(b, a) if d not in forward]
    return [d for d in dropped if not _shown_nonzero(d, facts)]


def _shown_nonzero(expr: sympy.Expr, facts: Facts) -> bool:
    try:
        return facts.is_nonzero(expr)
    except Exception:  # SymPy could not decide: not shown
        return False


# -- one step -----------------------------------------------------------------

# ``by = "auto"``: the share of the step's time limit the search may spend (the rest
# is left for the refuter), the seconds one proposal may take, and the search's
# budget when the step has no time limit.
AUTO_SHARE = 0.7
PROPOSAL_SECONDS = 3.0
AUTO_SECONDS = 8.0
# Sample points at which an undecided step's two sides are compared for the message,
# the seconds that comparison may take, and the time kept back for the verdict itself.
AGREEMENT_POINTS = 3
# Sample points at which ``by = "auto"`` looks for a limit that does not exist before its
# search (a split of one limit into two divergent ones is false, and the search for a
# proof of it can only run out of time).
QUICK_DIVERGENCE_POINTS = 2
ADVICE_SECONDS = 2.0
ADVICE_MARGIN = 0.5


def check_step(
    prev: sympy.Expr,
    step: Step,
    ctx: CheckContext,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    prev_dropped: tuple[Dropped, ...] = (),
) -> StepVerdict:
    """The verdict on ``step`` given the previous expression. Never raises on content."""
    dropped = tuple(prev_dropped) + tuple(step.dropped)
    deadline = None if timeout is None or timeout <= 0 else clock() + timeout
    try:
        return run_with_deadline(
            lambda: _check(prev, step.expr, step.by, ctx, dropped, deadline), timeout
        )
    except StepTimeout:
        return StepVerdict(UNKNOWN, "timeout", f"timed out after {timeout:g} s")
    except RecursionError:
        return StepVerdict(UNKNOWN, "error", "the expressions are too deep for SymPy")
    except InconsistentAssumptions:
        return StepVerdict(
            UNKNOWN,
            "error",
            "SymPy contradicted itself about the sign of a number here (it signs a number "
            "by a 2-digit evaluation, which cannot settle one this close to 0); the step is not proved",
        )
    except Exception as exc:
        return StepVerdict(
            UNKNOWN,
            "error",
            f"the checker met an unexpected problem ({type(exc).__name__}: {exc}); "
            "the step is not proved",
        )


def check_equal(
    lhs: sympy.Expr,
    rhs: sympy.Expr,
    ctx: CheckContext,
    by: Iterable[str] = ("algebra",),
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    dropped: tuple[Dropped, ...] = (),
) -> StepVerdict:
    """Check ``lhs = rhs`` by the named rules: a one-step derivation, through check_step."""
    step = Step(
        index=2,
        line=0,
        text=sympy.sstr(rhs),
        expr=rhs,
        display=rhs,
        by=tuple(by),
        dropped=tuple(dropped),
    )
    return check_step(lhs, step, ctx, timeout=timeout)


@dataclass(frozen=True)
class _Attempt:
    """One try of a step with a tuple of rules (not a verdict: nothing here is sealed)."""

    shown: bool  # the rewritten sides are equal by algebra
    fired: tuple[str, ...]  # the rules that rewrote something, in the order they were given
    method: str = ""
    reason: str = ""  # why not shown
    conditions: tuple[str, ...] = ()
    procedures: tuple[str, ...] = ()
    idle: tuple[str, ...] = ()  # named rules that rewrote nothing
    given: tuple[str, ...] = ()  # the rules with a rewrite it was given, in their order


def _registry(ctx: CheckContext) -> dict[str, Rule]:
    """The names a step may cite: the built-in rules and the citable lemmas."""
    return {**RULES, **{k: v for k, v in ctx.lemmas.items() if k not in ctx.unproved}}


def _resolve(by: tuple[str, ...], ctx: CheckContext) -> tuple[list[Rule], list[str]]:
    rules: list[Rule] = []
    problems: list[str] = []
    for name in by:
        if name == AUTO:
            problems.append("'auto' is named alone: by = \"auto\"")
        elif name in RULES:
            rules.append(RULES[name])
        elif name in ctx.unproved:
            problems.append(f"lemma '{name}' is not proved")
        elif name in ctx.lemmas:
            rules.append(ctx.lemmas[name])
        else:
            problems.append(f"unknown rule '{name}'")
    if "sum-first-term" in by and "reindex" in by:
        problems.append("name 'sum-first-term' and 'reindex' in separate steps")
    return rules, problems


def _attempt(
    prev: sympy.Expr,
    cur: sympy.Expr,
    rules: Sequence[Rule],
    ctx: CheckContext,
    dropped: tuple[Dropped, ...],
    *,
    exact: bool,
) -> _Attempt:
    """Rewrite both sides with ``rules`` and decide equality by algebra.

    ``exact``: every rule must rewrite something (the rules a verdict rests on)."""
    rctx = RuleContext(facts=ctx.facts, sum_floor=sum_floor(prev, cur))
    try:
        with audit() as ledger:
            left = normalize(prev, rules, rctx)
            right = normalize(cur, rules, rctx)
    except RewriteLimit as exc:
        return _Attempt(False, (), reason=str(exc))
    # Abbreviations are unfolded as a file is read, so "definition" may have
    # nothing left to do: it is never reported as idle.
    named = [r.name for r in rules if r.rewrite is not None]
    given = tuple(named)
    fired = tuple(n for n in named if n in rctx.fired)
    idle = tuple(n for n in named if n not in rctx.fired and n != "definition")
    conditions = tuple(rctx.conditions)
    if exact and idle:
        reason = "; ".join(f"rule '{name}' does not apply to either side" for name in idle)
        failed = [f for f in rctx.failures if f.split(":")[0] in idle]
        if failed:
            reason += " (side condition not shown: " + "; ".join(failed) + ")"
        return _Attempt(False, fired, reason=reason, conditions=conditions, idle=idle)

    # Terms SymPy cancelled while the expressions were read or rewritten.
    hidden = []
    for entry in (*dropped, *ledger):
        problem = _show_exists(entry.term, ctx.facts, entry.needs_nonzero)
        if problem is not None and problem not in hidden:
            hidden.append(problem)
    if hidden:
        reason = "SymPy's arithmetic cancelled a term that may not exist: " + "; ".join(hidden)
        return _Attempt(False, fired, reason=reason, conditions=conditions, idle=idle)

    outcome = algebra_equal(left, right, ctx.facts)
    procedures = tuple(sorted(outcome.procedures))
    if outcome.shown:
        method = "; ".join([*fired, f"algebra ({outcome.procedure})"])
        return _Attempt(True, fired, method, "", conditions, procedures, idle, given)
    applied = f"after {', '.join(fired)}, " if fired else ""
    if outcome.missing:
        reason = f"{applied}algebra would cancel or divide by an opaque term: " + "; ".join(
            outcome.missing
        )
    else:
        reason = f"{applied}algebra left a residual of {show(outcome.residual)}"
        missing = _missing_facts(left, right)
        if missing:
            reason += f" ({missing})"
    if rctx.failures:
        reason += " (side condition not shown: " + "; ".join(rctx.failures) + ")"
    if idle:
        reason = (
            "; ".join(f"rule '{name}' does not apply to either side" for name in idle)
            + f"; {reason}"
        )
    return _Attempt(
        False, fired, reason=reason, conditions=conditions, procedures=procedures, idle=idle
    )


def _prove(
    prev: sympy.Expr,
    cur: sympy.Expr,
    found: _Attempt,
    ctx: CheckContext,
    dropped: tuple[Dropped, ...],
    named: tuple[str, ...],
) -> StepVerdict | None:
    """The verdict when ``found`` showed the step: checked again with exactly the rules
    that rewrote something, each of which must apply. None if that check fails."""
    if found.given == found.fired:
        # Every rule it was given rewrote something, in this order: the exact attempt
        # would run the very same rewrites and algebra (normalize sees the same rules),
        # so it is this one.
        exact = found
    else:
        registry = _registry(ctx)
        rules = [registry[n] for n in found.fired]
        exact = _attempt(prev, cur, rules, ctx, dropped, exact=True)
    if not exact.shown or exact.fired != found.fired:
        return None
    used = exact.fired or ("algebra",)
    notes = tuple(f"rule '{n}' was not needed" for n in named if n not in used and n not in _SILENT)
    conditions = tuple(map(readable, exact.conditions))
    reason = "; ".join(conditions) if conditions else "no side conditions"
    if notes:
        reason += " (" + "; ".join(notes) + ")"
    return _confirm(prev, cur, ctx, exact.method, reason, conditions, exact.procedures, used, notes)


# Named rules never reported as "not needed": algebra is always used, and an
# abbreviation is unfolded as the file is read.
_SILENT = ("algebra", "definition")


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else deadline - clock()


def _bounded_attempt(
    prev, cur, rules, ctx, dropped, deadline: float | None, stop: float
) -> _Attempt | None:
    """An attempt under its own time limit (None when it ran out). The step's own
    deadline still holds: when it is the one that fired, the timeout goes up."""
    seconds = min(PROPOSAL_SECONDS, max(stop - clock(), 0.05))
    try:
        return run_with_deadline(
            lambda: _attempt(prev, cur, rules, ctx, dropped, exact=False), seconds
        )
    except StepTimeout:
        if expired() or (deadline is not None and clock() >= deadline):
            raise
        return None
    except (RecursionError, Exception):
        return None  # a proposal SymPy cannot handle is one the search skips


def _check(
    prev: sympy.Expr,
    cur: sympy.Expr,
    by: tuple[str, ...],
    ctx: CheckContext,
    dropped: tuple[Dropped, ...] = (),
    deadline: float | None = None,
) -> StepVerdict:
    if by == (AUTO,):
        return _check_auto(prev, cur, ctx, dropped, deadline)
    rules, problems = _resolve(by, ctx)
    if problems:
        return _refute_or_unknown(
            prev, cur, ctx, "; ".join(problems), (), (), deadline=deadline, dropped=dropped
        )

    first = _attempt(prev, cur, rules, ctx, dropped, exact=False)
    acts = {r.name for r in rules if r.rewrite is not None} - {"definition"}
    # Named rules form a set that may include algebra; but a justification whose every
    # rule does nothing names nothing that happens: the learner is told algebra suffices.
    if first.shown and (first.fired or not acts or "algebra" in by):
        verdict = _prove(prev, cur, first, ctx, dropped, by)
        if verdict is not None:
            return verdict
    elif first.shown:
        # No named rule did anything: the justification names nothing that happens.
        reason = "; ".join(f"rule '{n}' does not apply to either side" for n in first.idle)
        reason += '; the step follows by algebra alone: write by = "algebra"'
        return _refute_or_unknown(prev, cur, ctx, reason, first.conditions, (), suggest=False)

    if len(rules) > 1:
        # Named rules form a set: some subset, in some order, may give the step.
        # Refute first, so that a false step costs no search.
        witness = _quick_witness(prev, cur, ctx)
        if witness is not None:
            return _refuted(witness, first.conditions, first.procedures)
        stop = _search_stop(deadline)
        registry = _registry(ctx)
        for order in orderings(tuple(by)):
            if order == tuple(by) or clock() >= stop:
                continue
            found = _bounded_attempt(
                prev, cur, [registry[n] for n in order], ctx, dropped, deadline, stop
            )
            if found is not None and found.shown and found.fired:
                verdict = _prove(prev, cur, found, ctx, dropped, by)
                if verdict is not None:
                    return verdict
    return _refute_or_unknown(
        prev,
        cur,
        ctx,
        first.reason,
        first.conditions,
        first.procedures,
        deadline=deadline,
        dropped=dropped,
    )


def _search_stop(deadline: float | None) -> float:
    """When a search must stop proposing: a share of the step's remaining time."""
    remaining = _remaining(deadline)
    seconds = AUTO_SECONDS if remaining is None else AUTO_SHARE * remaining
    return clock() + max(seconds, 0.0)


def _kinds(*exprs: sympy.Expr) -> frozenset[str]:
    return frozenset(
        type(node).__name__
        for e in exprs
        for node in sympy.preorder_traversal(e)
        if isinstance(node, sympy.Derivative | sympy.Limit | sympy.Sum)
    )


def _shape_hints(*exprs: sympy.Expr) -> tuple[str, ...]:
    """The derivative rules the outermost derivatives' bodies point at, for the order of
    the auto search (untrusted: a wrong hint costs time, never a verdict)."""
    hints: list[str] = []
    for e in exprs:
        for node in sympy.preorder_traversal(e):
            var = _first_order_variable(node)
            if var is None:
                continue
            body = node.expr
            if isinstance(body, sympy.Sum):
                # d/dx of a sum of terms: termwise, then what each term needs.
                hints.append("termwise")
                body = body.function
            if isinstance(body, sympy.Add):
                hints.append("sum-rule")
                if any(
                    isinstance(t, sympy.Mul) and any(not f.has(var) for f in t.args)
                    for t in body.args
                ):
                    hints.append("constant-rule")
            elif isinstance(body, sympy.Mul):
                varying = [f for f in body.args if f.has(var)]
                if len(varying) < len(body.args):
                    hints.append("constant-rule")
                if len(varying) > 1:
                    hints.append("product-rule")
                if any(f.is_Pow and f.exp.is_negative for f in varying):
                    hints.append("quotient-rule")
            elif isinstance(body, sympy.Pow | sympy.Function) and body.args[0] != var:
                hints.append("chain-rule")
            elif isinstance(body, sympy.Function):
                hints += ["derivative-table", "exp-derivative"]
    return tuple(dict.fromkeys(hints))


def _search(
    prev: sympy.Expr,
    cur: sympy.Expr,
    ctx: CheckContext,
    dropped: tuple[Dropped, ...],
    deadline: float | None,
    stop: float,
) -> tuple[StepVerdict | None, str, int]:
    """The auto search: (a verdict on the first proposal the kernel proves, or None;
    the reason algebra alone gave; the number of proposals tried)."""
    registry = _registry(ctx)
    lemmas = tuple(n for n in ctx.lemmas if n not in ctx.unproved)
    proposals = Proposals(RULES, lemmas, _kinds(prev, cur), first=_shape_hints(prev, cur))
    algebra_reason = ""
    tried = 0
    for proposal in proposals:
        if clock() >= stop:
            break
        tried += 1
        found = _bounded_attempt(
            prev, cur, [registry[n] for n in proposal], ctx, dropped, deadline, stop
        )
        if found is None:
            continue
        proposals.record(proposal, found.fired)
        if proposal == ("algebra",):
            algebra_reason = found.reason
        if found.shown and (found.fired or proposal == ("algebra",)):
            verdict = _prove(prev, cur, found, ctx, dropped, ())
            if verdict is not None:
                return verdict, algebra_reason, tried
    return None, algebra_reason, tried


def _check_auto(
    prev: sympy.Expr,
    cur: sympy.Expr,
    ctx: CheckContext,
    dropped: tuple[Dropped, ...],
    deadline: float | None,
) -> StepVerdict:
    """``by = "auto"``: refute first; then the proposals of :mod:`verifier.proof.auto`,
    each checked by the kernel with exactly its rules; the first proved one is the verdict."""
    witness = _quick_witness(prev, cur, ctx) or find_divergence(
        prev, cur, ctx.facts, ctx.seed, attempts=QUICK_DIVERGENCE_POINTS, written=ctx.written
    )
    if witness is not None:
        return _refuted(witness, (), ())
    verdict, algebra_reason, tried = _search(
        prev, cur, ctx, dropped, deadline, _search_stop(deadline)
    )
    if verdict is not None:
        return verdict
    reason = f"auto tried {tried} combinations of rules and none gives the step"
    if algebra_reason:
        reason += f"; algebra alone: {algebra_reason}"
    return _refute_or_unknown(prev, cur, ctx, reason, (), (), deadline=deadline, suggest=False)


def _quick_witness(prev: sympy.Expr, cur: sympy.Expr, ctx: CheckContext) -> Counterexample | None:
    return find_counterexample(
        prev,
        cur,
        ctx.facts,
        ctx.seed,
        attempts=CONFIRM_POINTS,
        budget=CONFIRM_BUDGET,
        quick=True,
        written=ctx.written,
    )


# Elementary functions whose derivative no rule of today's table gives.
_ELEMENTARY = (
    sympy.sin,
    sympy.cos,
    sympy.tan,
    sympy.log,
    sympy.sinh,
    sympy.cosh,
    sympy.tanh,
    sympy.asin,
    sympy.acos,
    sympy.atan,
    sympy.erf,
    sympy.exp,
)


def _missing_facts(left: sympy.Expr, right: sympy.Expr) -> str:
    """In words, the derivative of an elementary function left after the rules (what
    a learner must cite), or ""."""
    for node in sympy.preorder_traversal(sympy.Tuple(left, right)):
        var = _first_order_variable(node)
        if var is None:
            continue
        inner = node.expr
        if isinstance(inner, _ELEMENTARY) and inner.args[0] == var:
            name = type(inner).__name__
            hint = "name 'derivative-table'" if "derivative-table" in RULES else "cite a lemma"
            if name == "exp":
                hint = "cite the lemma 'exp-derivative'"
            return f"no named rule gives d/d{show(var)} {show(inner)}: {hint}"
    return ""


def _first_order_variable(node: sympy.Basic) -> sympy.Symbol | None:
    if isinstance(node, sympy.Derivative) and len(node.variable_count) == 1:
        var, count = node.variable_count[0]
        if count == 1:
            return var
    return None


def _confirm(
    prev, cur, ctx, method, reason, conditions, procedures, rules=(), notes=()
) -> StepVerdict:
    """Defense in depth: a step about to be proved is first evaluated at seeded points.

    Two sides that are the very same expression (a step by "definition", whose
    abbreviation was unfolded as the file was read) take the same value at every point:
    the quick search could only return None for them, so it is not run."""
    witness = None if prev == cur else _quick_witness(prev, cur, ctx)
    if witness is not None:
        return StepVerdict(
            UNKNOWN,
            "disagreement",
            f"the symbolic proof ({method}) and the numbers disagree {witness.describe()}; "
            "the step is not proved (this is a bug in the verifier: please report it)",
            witness,
            conditions,
            procedures,
        )
    return _proved(method, reason, conditions, procedures, tuple(rules), tuple(notes))


def _refuted(witness: Counterexample, conditions, procedures) -> StepVerdict:
    return StepVerdict(
        REFUTED,
        "counterexample",
        f"the two sides differ {witness.describe()}",
        witness,
        conditions,
        procedures,
    )


def _refute_or_unknown(
    prev,
    cur,
    ctx,
    reason,
    conditions,
    procedures,
    *,
    deadline: float | None = None,
    suggest: bool = True,
    dropped: tuple[Dropped, ...] = (),
) -> StepVerdict:
    witness = find_counterexample(
        prev, cur, ctx.facts, ctx.seed, written=ctx.written
    ) or find_divergence(prev, cur, ctx.facts, ctx.seed, written=ctx.written)
    if witness is not None:
        return _refuted(witness, conditions, procedures)
    from verifier.proof.refute import ATTEMPTS

    # The advice below is worth a little time, never the verdict: each part runs under
    # a limit of its own and is left out when it runs out.
    agreed = _within(lambda: _agreement(prev, cur, ctx), ADVICE_SECONDS, deadline) or 0
    if agreed:
        advice = (
            f"the two sides agree at {agreed} sample points: the step looks true, "
            "but the named rules do not give it"
        )
        found = None
        if suggest:
            found = _within(
                lambda: _suggestion(prev, cur, ctx, dropped, deadline), AUTO_SECONDS, deadline
            )
        if found:
            advice += f"; by = {_by_text(found)} proves it"
        elif suggest:
            advice += '; try by = "auto"'
        reason = f"{reason}; {advice}"
    else:
        reason = f"{reason}; no counterexample found at {ATTEMPTS} sample points"
    return StepVerdict(
        UNKNOWN, "undecided", readable(reason), None, tuple(map(readable, conditions)), procedures
    )


def _within(fn, seconds: float, deadline: float | None):
    """``fn()`` under a limit of ``seconds`` and what is left of the step's time (keeping
    a margin for the verdict itself); None when it runs out or fails."""
    remaining = _remaining(deadline)
    if remaining is not None:
        seconds = min(seconds, remaining - ADVICE_MARGIN)
    if seconds <= 0:
        return None
    try:
        return run_with_deadline(fn, seconds)
    except StepTimeout:
        if expired() or (deadline is not None and clock() >= deadline):
            raise
        return None
    except (RecursionError, Exception):
        return None


def _by_text(rules: tuple[str, ...]) -> str:
    if len(rules) == 1:
        return f'"{rules[0]}"'
    return "[" + ", ".join(f'"{r}"' for r in rules) + "]"


def _suggestion(prev, cur, ctx, dropped, deadline: float | None) -> tuple[str, ...] | None:
    """The rules the auto search finds for an undecided step, if time is left."""
    remaining = _remaining(deadline)
    if remaining is not None and remaining < 1.0:
        return None
    stop = _search_stop(deadline)
    verdict, _, _ = _search(prev, cur, ctx, dropped, deadline, stop)
    if verdict is not None and verdict.status == PROVED:
        return verdict.rules
    return None


def _agreement(prev: sympy.Expr, cur: sympy.Expr, ctx: CheckContext) -> int:
    """How many seeded sample points both sides have a value at and agree (0 if any
    disagrees). Only for the message: numbers never prove anything here."""
    from verifier.proof import refute

    try:
        lhs, rhs = refute.unfold_defines(prev, ctx.facts), refute.unfold_defines(cur, ctx.facts)
        both = sympy.Tuple(lhs, rhs)
        symbols = sorted(both.free_symbols, key=lambda s: s.name)
        functions = refute.unknown_functions(both)
        rng = random.Random(ctx.seed)
        agreed = 0
        for attempt in range(AGREEMENT_POINTS):
            env = {s: refute.sample(s, rng, attempt) for s in symbols}
            chosen = refute.witnesses_for(functions, attempt)
            a = refute.evaluate(lhs, env, chosen)
            b = refute.evaluate(rhs, env, chosen)
            if a is None or b is None:
                continue
            if abs(a - b) > sympy.Float("1e-9") * max(1, abs(a), abs(b)):
                return 0
            agreed += 1
        return agreed
    except Exception:
        return 0


# -- what users read -------------------------------------------------------------

SHOW_LIMIT = 200


class _Printer(StrPrinter):
    """SymPy's printed syntax as a learner wrote it: bound variables by their names,
    two-sided limits without ``dir``, decimals as decimals."""

    def _print_Dummy(self, expr):
        return expr.name

    def _print_Limit(self, expr):
        body, var, point, direction = expr.args
        args = [self._print(a) for a in (body, var, point)]
        if str(direction) != "+-":
            args.append(f"dir='{direction}'")
        return f"Limit({', '.join(args)})"

    def _print_Mul(self, expr):
        coefficient, rest = expr.as_coeff_Mul()
        text = decimal_text(coefficient) if coefficient.is_Rational else None
        if text is None or rest == 1:
            return super()._print_Mul(expr)
        return f"{text}*{self.parenthesize(rest, precedence(expr))}"

    def _print_Rational(self, expr):
        text = decimal_text(expr)
        return text if text is not None else super()._print_Rational(expr)


def decimal_text(value: sympy.Rational) -> str | None:
    """8943/200000 as 0.044715 (how it was written), when its denominator is a
    multiple of 10 made of 2s and 5s; None otherwise (1/2, 1/4 and 1/3 stay fractions)."""
    p, q = int(value.p), int(value.q)
    twos = fives = 0
    rest = q
    while rest % 2 == 0:
        rest, twos = rest // 2, twos + 1
    while rest % 5 == 0:
        rest, fives = rest // 5, fives + 1
    if rest != 1 or not (twos and fives):
        return None
    k = max(twos, fives)
    digits = str(abs(p) * (10**k // q)).rjust(k + 1, "0")
    sign = "-" if p < 0 else ""
    return f"{sign}{digits[:-k]}.{digits[-k:]}"


_DUMMY = re.compile(r"(?<![\w.])_([A-Za-z][A-Za-z0-9]*)")


def readable(text: str) -> str:
    """A message with SymPy's internals taken out: the rules print side conditions with
    ``sstr``, where a bound variable is ``_h`` and a two-sided limit says ``dir='+-'``.
    (A declared name never starts with ``_``: the reader refuses it.)"""
    return _DUMMY.sub(r"\1", text.replace(", dir='+-')", ")"))


def show(expr: sympy.Basic, limit: int = SHOW_LIMIT) -> str:
    """``expr`` as users read it, shortened to about ``limit`` characters."""
    text = _Printer().doprint(expr)
    if len(text) <= limit:
        return text
    return text[: limit - 3] + "..."


# -- derivations --------------------------------------------------------------


def _seed(derivation: Derivation, index: int) -> int:
    digest = hashlib.sha256(f"{derivation.id}:{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def context_for(
    derivation: Derivation, proved: Mapping[str, Derivation], unproved: Iterable[str] = ()
) -> CheckContext:
    lemmas = {lid: lemma_rule(proved[lid]) for lid in derivation.uses if lid in proved}
    return CheckContext(
        facts=Facts(derivation.hypotheses, derivation.defines),
        lemmas=lemmas,
        unproved=frozenset(u for u in unproved if u in derivation.uses),
    )


def check_derivation(
    derivation: Derivation,
    proved_lemmas: Mapping[str, Derivation] | None = None,
    unproved_lemmas: Iterable[str] = (),
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    known: Mapping[int, StepVerdict] | None = None,
    on_step: Callable[[int, StepVerdict], None] | None = None,
) -> DerivationReport:
    """Check every step of ``derivation`` and that its steps prove its claim.

    ``known`` holds verdicts already reached elsewhere, by step index (0 is the
    claim): a worker process that was killed in step k is replaced by one that
    is given the verdicts of the steps before k and "unknown" for k.
    ``on_step(index, verdict)`` is called as each verdict is reached, claim last.
    """
    known = known or {}
    base = context_for(derivation, proved_lemmas or {}, unproved_lemmas)
    steps = derivation.steps
    reports = [StepReport(steps[0], start_verdict())]
    for prev, step in itertools.pairwise(steps):
        verdict = known.get(step.index)
        if verdict is None:
            ctx = CheckContext(
                base.facts,
                base.lemmas,
                base.unproved,
                _seed(derivation, step.index),
                (prev.display, step.display),
            )
            verdict = check_step(prev.expr, step, ctx, timeout=timeout, prev_dropped=prev.dropped)
            if on_step is not None:
                on_step(step.index, verdict)
        reports.append(StepReport(step, verdict))
    claim = known.get(0)
    if claim is None:
        claim = _check_claim(derivation, base, timeout)
        if on_step is not None:
            on_step(0, claim)
    return summarize(derivation, reports, claim)


def summarize(
    derivation: Derivation, reports: Sequence[StepReport], claim: StepVerdict
) -> DerivationReport:
    """The derivation's verdict from its steps' and its claim's."""
    verdicts = [r.verdict.status for r in reports] + [claim.status]
    if REFUTED in verdicts:
        verdict = REFUTED
    elif UNKNOWN in verdicts:
        verdict = UNKNOWN
    else:
        verdict = PROVED
    reason = ""
    if claim.status != PROVED:
        reason = f"the steps do not establish the claim: {claim.reason}"
    return DerivationReport(derivation, verdict, tuple(reports), claim, reason)


def start_verdict() -> StepVerdict:
    """The verdict of a derivation's first step: the starting expression."""
    return _proved("start", "the starting expression")


def _check_claim(derivation: Derivation, ctx: CheckContext, timeout) -> StepVerdict:
    """The claim's left side is the first step and its right side the last, by algebra."""
    lhs, rhs = derivation.claim
    first, last = derivation.steps[0], derivation.steps[-1]
    ctx = CheckContext(ctx.facts, {}, frozenset(), _seed(derivation, 0))
    for side, step, which, name in (
        (lhs, first, "left", "first step"),
        (rhs, last, "right", "last step"),
    ):
        dropped = derivation.claim_dropped + step.dropped
        if side == step.expr and not dropped:
            continue  # the very same expression
        verdict = check_equal(side, step.expr, ctx, timeout=timeout, dropped=dropped)
        if verdict.status != PROVED:
            return StepVerdict(
                verdict.status,
                verdict.method,
                f"the claim's {which} side is not the {name}: {verdict.reason}",
                verdict.counterexample,
            )
    return _proved("algebra", "first step = left side, last step = right side")


def citable_lemmas(
    derivation: Derivation, reports: Mapping[str, DerivationReport]
) -> tuple[dict[str, Derivation], tuple[str, ...]]:
    """Which lemmas ``derivation`` may cite: those it lists in ``uses`` whose report is
    proved. The one place this is decided; returns (citable by id, cited but not proved)."""
    citable: dict[str, Derivation] = {}
    unproved: list[str] = []
    for lemma_id in derivation.uses:
        report = reports.get(lemma_id)
        if report is not None and report.proved and report.derivation.id == lemma_id:
            citable[lemma_id] = report.derivation
        else:
            unproved.append(lemma_id)
    return citable, tuple(unproved)


def check_all(
    derivations: list[Derivation], *, timeout: float | None = DEFAULT_TIMEOUT
) -> list[DerivationReport]:
    """Check derivations given in dependency order (lemmas first, see ``resolve``)."""
    reports: dict[str, DerivationReport] = {}
    for d in derivations:
        citable, unproved = citable_lemmas(d, reports)
        reports[d.id] = check_derivation(d, citable, unproved, timeout=timeout)
    return [reports[d.id] for d in derivations]

"""The trusted core: the only place a verdict is made.

``check_step`` decides one step "= C, by R" after the previous expression P:

1. rewrite P and C with the named rules (:mod:`verifier.proof.rules`), each rewrite
   only where its side conditions are shown, and require every named rule to
   have applied somewhere;
2. decide algebraic equality of the two results. Derivative, Limit, Sum and
   Subs terms are opaque: each becomes a fresh symbol, and two of them are the
   same symbol only when they bind the same way and their insides are equal
   by algebra (up to renaming the bound variable, or up to a constant rational
   factor, since these operators are linear). Equality is decided by
   ``cancel``, then ``gammasimp`` for factorials, then ``simplify``; Max and
   Min of exponentials are first ordered by their exponents (exp is increasing);
3. if that fails, search for a counterexample (:mod:`verifier.proof.refute`):
   numbers never prove anything here, they only refute.

Three verdicts: ``proved`` (shown symbolically), ``refuted`` (with a witness
whose two sides really differ), ``unknown`` (with the reason). A step that
takes longer than its time limit is ``unknown``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import sympy

from verifier.proof.conditions import Facts
from verifier.proof.deadline import StepTimeout, run_with_deadline
from verifier.proof.model import Derivation, Step
from verifier.proof.refute import Counterexample, find_counterexample
from verifier.proof.rules import RULES, Rule, RuleContext, RewriteLimit, lemma_rule, normalize, sum_floor

DEFAULT_TIMEOUT = 10.0
PROVED, REFUTED, UNKNOWN, ERROR = "proved", "refuted", "unknown", "error"
OPAQUE = (sympy.Derivative, sympy.Limit, sympy.Sum, sympy.Subs)


@dataclass(frozen=True)
class StepVerdict:
    verdict: str  # proved | refuted | unknown
    method: str  # how it was decided, e.g. "derivative-definition; algebra (cancel)"
    reason: str  # why, in a sentence; for proved, the side conditions shown
    counterexample: Counterexample | None = None
    conditions: tuple[str, ...] = ()  # side conditions shown
    procedures: tuple[str, ...] = ()  # SymPy procedures the verdict rests on


@dataclass(frozen=True)
class StepReport:
    step: Step
    verdict: StepVerdict


@dataclass(frozen=True)
class DerivationReport:
    derivation: Derivation
    verdict: str  # proved | refuted | unknown
    steps: tuple[StepReport, ...]
    claim: StepVerdict  # first step = claim's left side and last step = its right side
    reason: str = ""

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


# -- algebra ------------------------------------------------------------------


def decide_zero(expr: sympy.Expr, *, thorough: bool = True) -> tuple[bool, str, sympy.Expr]:
    """Is ``expr`` identically zero? Returns (shown, procedure, residual).

    ``thorough=False`` skips ``simplify``: used to match opaque terms with each
    other, where most pairs differ and ``simplify`` would be slow to say so."""
    if expr == 0:
        return True, "identical", expr
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
    if not thorough:
        return False, "", residual
    simplified = sympy.simplify(residual)
    if simplified == 0:
        return True, "simplify", simplified
    return False, "", simplified


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
    """Replaces Derivative/Limit/Sum/Subs terms by symbols, equal insides alike."""

    def __init__(self) -> None:
        self.classes: list[tuple[tuple, sympy.Expr, sympy.Dummy]] = []
        self.symbols: dict[sympy.Dummy, sympy.Basic] = {}
        self.procedures: set[str] = set()

    def abstract(self, expr: sympy.Basic, depth: int = 0) -> sympy.Basic:
        if isinstance(expr, OPAQUE):
            return self.term(expr, depth)
        if not expr.args:
            return expr
        args = tuple(self.abstract(a, depth) for a in expr.args)
        return expr.func(*args) if args != expr.args else expr

    def term(self, node: sympy.Basic, depth: int) -> sympy.Expr:
        key, inside = _canonical(node, depth)
        inside = self.abstract(inside, depth + 1)
        for known_key, known_inside, sym in self.classes:
            if known_key != key:
                continue
            shown, procedure, _ = decide_zero(inside - known_inside, thorough=False)
            if shown:
                self.procedures.add(procedure)
                return sym
            if key[0] != "raw" and known_inside != 0:
                ratio = sympy.cancel(inside / known_inside)
                if ratio.is_Rational and ratio != 0:
                    self.procedures.add("cancel")
                    return ratio * sym
        sym = sympy.Dummy(type(node).__name__)
        self.classes.append((key, inside, sym))
        self.symbols[sym] = node
        return sym

    def restore(self, expr: sympy.Expr) -> sympy.Expr:
        return expr.xreplace(self.symbols)


_BOUND: dict[tuple[str, int], sympy.Dummy] = {}


def _bound(kind: str, depth: int, integer: bool = False) -> sympy.Dummy:
    key = (kind, depth)
    if key not in _BOUND:
        _BOUND[key] = sympy.Dummy(f"{kind}{depth}", integer=True) if integer else sympy.Dummy(
            f"{kind}{depth}", real=True
        )
    return _BOUND[key]


def _canonical(node: sympy.Basic, depth: int) -> tuple[tuple, sympy.Expr]:
    """A key saying how ``node`` binds, and its inside with the bound variable renamed."""
    if isinstance(node, sympy.Limit):
        body, var, point, direction = node.args
        return ("Limit", point, str(direction)), body.xreplace({var: _bound("h", depth)})
    if isinstance(node, sympy.Sum) and len(node.limits) == 1:
        index, lower, upper = node.limits[0]
        return ("Sum", lower, upper), node.function.xreplace({index: _bound("n", depth, True)})
    if isinstance(node, sympy.Derivative):
        return ("Derivative", tuple(node.variable_count)), node.expr
    if isinstance(node, sympy.Subs) and len(node.variables) == 1:
        var, value = node.variables[0], node.point[0]
        return ("Subs", value), node.expr.xreplace({var: _bound("u", depth)})
    return ("raw", node), sympy.Integer(0)


def algebra_equal(a: sympy.Expr, b: sympy.Expr) -> tuple[bool, str, sympy.Expr, set[str]]:
    """Decide a = b with opaque terms; returns (shown, procedure, residual, procedures)."""
    opaque = _Opaque()
    left, right = opaque.abstract(a), opaque.abstract(b)
    shown, procedure, residual = decide_zero(left - right)
    procedures = opaque.procedures | ({procedure} if procedure else set())
    return shown, procedure, opaque.restore(residual), procedures


# -- one step -----------------------------------------------------------------


def check_step(
    prev: sympy.Expr,
    step: Step,
    ctx: CheckContext,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> StepVerdict:
    """The verdict on ``step`` given the previous expression. Never raises on content."""
    try:
        return run_with_deadline(lambda: _check(prev, step.expr, step.by, ctx), timeout)
    except StepTimeout:
        return StepVerdict(UNKNOWN, "timeout", f"timed out after {timeout:g} s")
    except RecursionError:
        return StepVerdict(UNKNOWN, "error", "the expressions are too deep for SymPy")


def check_equal(
    lhs: sympy.Expr,
    rhs: sympy.Expr,
    ctx: CheckContext,
    by: Iterable[str] = ("algebra",),
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> StepVerdict:
    """Check ``lhs = rhs`` by the named rules: a one-step derivation, through check_step."""
    step = Step(index=2, line=0, text=sympy.sstr(rhs), expr=rhs, display=rhs, by=tuple(by))
    return check_step(lhs, step, ctx, timeout=timeout)


def _check(prev: sympy.Expr, cur: sympy.Expr, by: tuple[str, ...], ctx: CheckContext) -> StepVerdict:
    rules: list[Rule] = []
    problems: list[str] = []
    for name in by:
        if name in RULES:
            rules.append(RULES[name])
        elif name in ctx.unproved:
            problems.append(f"lemma '{name}' is not proved")
        elif name in ctx.lemmas:
            rules.append(ctx.lemmas[name])
        else:
            problems.append(f"unknown rule '{name}'")
    if "sum-first-term" in by and "reindex" in by:
        problems.append("name 'sum-first-term' and 'reindex' in separate steps")
    if problems:
        return _refute_or_unknown(prev, cur, ctx, "; ".join(problems), (), ())

    rctx = RuleContext(facts=ctx.facts, sum_floor=sum_floor(prev, cur))
    try:
        left = normalize(prev, rules, rctx)
        right = normalize(cur, rules, rctx)
    except RewriteLimit as exc:
        return _refute_or_unknown(prev, cur, ctx, str(exc), (), ())
    named = {r.name for r in rules if r.rewrite is not None}
    idle = sorted(named - rctx.fired)
    conditions = tuple(rctx.conditions)
    if idle:
        reason = "; ".join(
            f"rule '{name}' does not apply to either side" for name in idle
        )
        failed = [f for f in rctx.failures if f.split(":")[0] in idle]
        if failed:
            reason += " (side condition not shown: " + "; ".join(failed) + ")"
        return _refute_or_unknown(prev, cur, ctx, reason, conditions, ())

    shown, procedure, residual, procedures = algebra_equal(left, right)
    rule_names = [r.name for r in rules if r.rewrite is not None]
    if shown:
        method = "; ".join([*rule_names, f"algebra ({procedure})"])
        reason = "; ".join(conditions) if conditions else "no side conditions"
        return StepVerdict(PROVED, method, reason, None, conditions, tuple(sorted(procedures)))
    applied = f"after {', '.join(rule_names)}, " if rule_names else ""
    reason = f"{applied}algebra left a residual of {sympy.sstr(residual)}"
    if rctx.failures:
        reason += " (side condition not shown: " + "; ".join(rctx.failures) + ")"
    return _refute_or_unknown(prev, cur, ctx, reason, conditions, tuple(sorted(procedures)))


def _refute_or_unknown(prev, cur, ctx, reason, conditions, procedures) -> StepVerdict:
    witness = find_counterexample(prev, cur, ctx.facts, ctx.seed)
    if witness is not None:
        return StepVerdict(
            REFUTED, "counterexample", f"the two sides differ {witness.describe()}", witness,
            conditions, procedures,
        )
    from verifier.proof.refute import ATTEMPTS

    return StepVerdict(
        UNKNOWN, "undecided",
        f"{reason}; no counterexample found at {ATTEMPTS} sample points",
        None, conditions, procedures,
    )


# -- derivations --------------------------------------------------------------


def _seed(derivation: Derivation, index: int) -> int:
    digest = hashlib.sha256(f"{derivation.id}:{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def context_for(derivation: Derivation, proved: Mapping[str, Derivation],
                unproved: Iterable[str] = ()) -> CheckContext:
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
) -> DerivationReport:
    """Check every step of ``derivation`` and that its steps prove its claim."""
    base = context_for(derivation, proved_lemmas or {}, unproved_lemmas)
    steps = derivation.steps
    reports = [StepReport(steps[0], StepVerdict(PROVED, "start", "the starting expression"))]
    for prev, step in zip(steps, steps[1:], strict=False):
        ctx = CheckContext(base.facts, base.lemmas, base.unproved, _seed(derivation, step.index))
        reports.append(StepReport(step, check_step(prev.expr, step, ctx, timeout=timeout)))
    claim = _check_claim(derivation, base, timeout)
    verdicts = [r.verdict.verdict for r in reports] + [claim.verdict]
    if REFUTED in verdicts:
        verdict = REFUTED
    elif UNKNOWN in verdicts:
        verdict = UNKNOWN
    else:
        verdict = PROVED
    reason = ""
    if claim.verdict != PROVED:
        reason = f"the steps do not establish the claim: {claim.reason}"
    return DerivationReport(derivation, verdict, tuple(reports), claim, reason)


def _check_claim(derivation: Derivation, ctx: CheckContext, timeout) -> StepVerdict:
    lhs, rhs = derivation.claim
    first, last = derivation.steps[0].expr, derivation.steps[-1].expr
    ctx = CheckContext(ctx.facts, {}, frozenset(), _seed(derivation, 0))
    for side, expr, name in ((lhs, first, "first step"), (rhs, last, "last step")):
        shown, _, _, _ = algebra_equal(side, expr)
        if not shown:
            verdict = check_equal(side, expr, ctx, timeout=timeout)
            if verdict.verdict == PROVED:
                continue
            return StepVerdict(
                verdict.verdict, verdict.method,
                f"the claim's {'left' if side is lhs else 'right'} side is not the {name}: "
                + verdict.reason,
                verdict.counterexample,
            )
    return StepVerdict(PROVED, "algebra", "first step = left side, last step = right side")


def check_all(
    derivations: list[Derivation], *, timeout: float | None = DEFAULT_TIMEOUT
) -> list[DerivationReport]:
    """Check derivations given in dependency order (lemmas first, see ``resolve``)."""
    proved: dict[str, Derivation] = {}
    unproved: set[str] = set()
    reports = []
    for d in derivations:
        report = check_derivation(d, proved, unproved, timeout=timeout)
        (proved.__setitem__(d.id, d) if report.proved else unproved.add(d.id))
        reports.append(report)
    return reports

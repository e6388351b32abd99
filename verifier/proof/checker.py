"""The trusted core: the only place a verdict is made.

``check_step`` decides one step "= C, by R" after the previous expression P:

1. rewrite P and C with the named rules (:mod:`verifier.proof.rules`), each rewrite
   only where its side conditions are shown, and require every named rule to
   have applied somewhere;
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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import sympy

from verifier.proof.binders import (
    COMPARING,
    OPAQUE,
    Dropped,
    audit,
    inexact_number,
    ranged_index,
    substitute,
)
from verifier.proof.conditions import Facts
from verifier.proof.deadline import StepTimeout, run_with_deadline
from verifier.proof.model import Derivation, Step
from verifier.proof.refute import Counterexample, find_counterexample
from verifier.proof.rules import (
    RULES,
    RewriteLimit,
    Rule,
    RuleContext,
    lemma_rule,
    normalize,
    sum_floor,
)

DEFAULT_TIMEOUT = 10.0
# Defense in depth: sample points (and seconds) spent on a step about to be proved.
CONFIRM_POINTS = 2
CONFIRM_BUDGET = 0.5


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

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", Verdict(self.status))
        if self.status == PROVED and self.seal is not _SEAL:
            raise ForgedVerdict("only verifier.proof.checker makes a 'proved' verdict")


def _proved(
    method: str, reason: str, conditions: tuple[str, ...] = (), procedures: tuple[str, ...] = ()
) -> StepVerdict:
    return StepVerdict(PROVED, method, reason, None, conditions, procedures, _SEAL)


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
    """Replaces Derivative/Limit/Sum/Subs terms by symbols, equal insides alike.

    The abstracted expression is built *unevaluated*, so that ``L - L`` or
    ``L/L`` stay visible as written until :func:`algebra_equal` has decided
    whether L may be cancelled."""

    def __init__(self, facts: Facts | None = None) -> None:
        self.facts = facts or Facts()
        self.classes: list[tuple[tuple, sympy.Expr, sympy.Dummy]] = []
        self.symbols: dict[sympy.Dummy, sympy.Basic] = {}
        self.procedures: set[str] = set()

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
        key, inside = _canonical(node, depth)
        inside = _evaluate(self.abstract(inside, depth + 1))
        for known_key, known_inside, sym in self.classes:
            if known_key != key:
                continue
            if (
                key[0] == "Sum"
                and inside != known_inside
                and not (self.facts.is_defined(inside) and self.facts.is_defined(known_inside))
            ):
                # Sum bodies equal "up to cancel" may differ at one integer of the
                # range, where one of them is 0/0: compare them only where defined.
                continue
            shown, procedure, _ = decide_zero(inside - known_inside, thorough=False)
            if shown:
                self.procedures.add(procedure)
                return sym
            if key[0] != "raw" and known_inside != 0:
                ratio = sympy.cancel(inside / known_inside)
                if ratio.is_Rational and ratio != 0:
                    self.procedures.add("cancel")
                    return sympy.Mul(ratio, sym, evaluate=False)
        sym = sympy.Dummy(type(node).__name__)
        self.classes.append((key, inside, sym))
        self.symbols[sym] = node
        return sym

    def restore(self, expr: sympy.Expr) -> sympy.Expr:
        return expr.xreplace(self.symbols)


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
    args = tuple(_evaluate(a) for a in expr.args)
    return expr.func(*args)


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
    exists, value, _ = term_exists(term, facts)
    if not exists:
        return f"{_show(term)} is not shown to exist"
    if nonzero and not (value is not None and facts.is_nonzero(value)):
        return f"{_show(term)} is not shown to be nonzero"
    return None


def _show(expr: sympy.Basic) -> str:
    text = sympy.sstr(expr)
    return text if len(text) <= 120 else text[:117] + "..."


def algebra_equal(a: sympy.Expr, b: sympy.Expr, facts: Facts | None = None) -> Algebra:
    """Decide a = b with opaque terms that may not exist (see the module docstring)."""
    facts = facts or Facts()
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
            False, "", opaque.restore(residual_expr), frozenset(procedures), tuple(missing)
        )
    left_form, right_form = forms
    if {k for k in left_form if k} != {k for k in right_form if k}:
        # Different opaque terms on the two sides: algebra cannot relate them.
        return Algebra(False, "", opaque.restore(residual_expr), frozenset(procedures))
    used = set()
    for key in set(left_form) | set(right_form):
        shown, procedure, residual = decide_zero(
            left_form.get(key, sympy.Integer(0)) - right_form.get(key, sympy.Integer(0))
        )
        if not shown:
            return Algebra(False, "", opaque.restore(residual_expr), frozenset(procedures))
        used.add(procedure)
    procedure = "cancel" if "cancel" in used else sorted(used)[0]
    return Algebra(True, procedure, sympy.Integer(0), frozenset(procedures | used))


# -- one step -----------------------------------------------------------------


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
    try:
        return run_with_deadline(lambda: _check(prev, step.expr, step.by, ctx, dropped), timeout)
    except StepTimeout:
        return StepVerdict(UNKNOWN, "timeout", f"timed out after {timeout:g} s")
    except RecursionError:
        return StepVerdict(UNKNOWN, "error", "the expressions are too deep for SymPy")
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


def _check(
    prev: sympy.Expr,
    cur: sympy.Expr,
    by: tuple[str, ...],
    ctx: CheckContext,
    dropped: tuple[Dropped, ...] = (),
) -> StepVerdict:
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
        with audit() as ledger:
            left = normalize(prev, rules, rctx)
            right = normalize(cur, rules, rctx)
    except RewriteLimit as exc:
        return _refute_or_unknown(prev, cur, ctx, str(exc), (), ())
    # Abbreviations are unfolded as a file is read, so "definition" may have
    # nothing left to do: it is never reported as idle.
    named = {r.name for r in rules if r.rewrite is not None} - {"definition"}
    idle = sorted(named - rctx.fired)
    conditions = tuple(rctx.conditions)
    if idle:
        reason = "; ".join(f"rule '{name}' does not apply to either side" for name in idle)
        failed = [f for f in rctx.failures if f.split(":")[0] in idle]
        if failed:
            reason += " (side condition not shown: " + "; ".join(failed) + ")"
        return _refute_or_unknown(prev, cur, ctx, reason, conditions, ())

    # Terms SymPy cancelled while the expressions were read or rewritten.
    hidden = []
    for entry in (*dropped, *ledger):
        problem = _show_exists(entry.term, ctx.facts, entry.needs_nonzero)
        if problem is not None and problem not in hidden:
            hidden.append(problem)
    if hidden:
        reason = "SymPy's arithmetic cancelled a term that may not exist: " + "; ".join(hidden)
        return _refute_or_unknown(prev, cur, ctx, reason, conditions, ())

    outcome = algebra_equal(left, right, ctx.facts)
    rule_names = [r.name for r in rules if r.rewrite is not None]
    procedures = tuple(sorted(outcome.procedures))
    if outcome.shown:
        method = "; ".join([*rule_names, f"algebra ({outcome.procedure})"])
        reason = "; ".join(conditions) if conditions else "no side conditions"
        return _confirm(prev, cur, ctx, method, reason, conditions, procedures)
    applied = f"after {', '.join(rule_names)}, " if rule_names else ""
    if outcome.missing:
        reason = f"{applied}algebra would cancel or divide by an opaque term: " + "; ".join(
            outcome.missing
        )
    else:
        reason = f"{applied}algebra left a residual of {_show(outcome.residual)}"
    if rctx.failures:
        reason += " (side condition not shown: " + "; ".join(rctx.failures) + ")"
    return _refute_or_unknown(prev, cur, ctx, reason, conditions, procedures)


def _confirm(prev, cur, ctx, method, reason, conditions, procedures) -> StepVerdict:
    """Defense in depth: a step about to be proved is first evaluated at seeded points."""
    witness = find_counterexample(
        prev, cur, ctx.facts, ctx.seed, attempts=CONFIRM_POINTS, budget=CONFIRM_BUDGET, quick=True
    )
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
    return _proved(method, reason, conditions, procedures)


def _refute_or_unknown(prev, cur, ctx, reason, conditions, procedures) -> StepVerdict:
    witness = find_counterexample(prev, cur, ctx.facts, ctx.seed)
    if witness is not None:
        return StepVerdict(
            REFUTED,
            "counterexample",
            f"the two sides differ {witness.describe()}",
            witness,
            conditions,
            procedures,
        )
    from verifier.proof.refute import ATTEMPTS

    return StepVerdict(
        UNKNOWN,
        "undecided",
        f"{reason}; no counterexample found at {ATTEMPTS} sample points",
        None,
        conditions,
        procedures,
    )


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
                base.facts, base.lemmas, base.unproved, _seed(derivation, step.index)
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

"""Binders done once: capture-avoiding substitution, fresh variables, audited construction.

``Limit(body, h, a)``, ``Sum(body, (n, a, b))``, ``Subs(body, u, v)`` and
``Derivative(body, x)`` bind a variable in their body. SymPy's ``xreplace``
and ``subs`` know nothing of that: substituting ``x := h`` into
``Limit(x + h, h, 0)`` with them captures the free ``h``. Every rewrite, every
definition unfolding, every lemma instance and the refuter's evaluation use
:func:`substitute` instead, which renames a binder to a fresh variable when a
substituted value would be captured, and never substitutes into a bound
occurrence.

A ``Derivative(body, x)`` is a function of the free ``x`` at which it is
taken: ``x := e`` gives ``Subs(Derivative(body, x'), x', e)`` unless ``e`` is a
variable that can simply take ``x``'s place.

SymPy evaluates as it builds: ``L/L`` becomes 1 and ``0*L`` becomes 0 even when
``L`` is a limit that does not exist. :func:`build` builds a node the same way
but records, in the ledger opened by :func:`audit`, every opaque term
(Derivative, Limit, Sum, Subs) that evaluation made disappear, so the checker
can demand that it exists (and is nonzero) before it trusts the result.

>>> import sympy
>>> x, h = sympy.symbols("x h", real=True)
>>> substitute(sympy.Limit(x + h, h, 0), {x: h})
Limit(_h + h, _h, 0, dir='+')
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import mpmath
import sympy
from sympy.core.function import AppliedUndef

from verifier.proof import intervals

OPAQUE = (sympy.Derivative, sympy.Limit, sympy.Sum, sympy.Subs)


def _subs_identity(self: sympy.Subs) -> tuple:
    """What makes two Subs the same: the body up to renaming its variables, and the points.

    SymPy's own (``Subs._hashable_content``) replaces each variable by a symbol named
    after its point, so two variables at one point become one symbol:
    Subs(Derivative(x**3*y, x), (x, y), (2, 2)) and Subs(Derivative(x**2*y**2, x),
    (x, y), (2, 2)) (24 and 16) were equal, hashed alike, cancelled in a sum and shared
    cache entries. Here the variables are renamed position by position to distinct
    Dummies kept for this alone and absent from the body, so never captured (SymPy's
    ``canonical_variables`` names them _0, _1, ... and can take the name of a symbol
    the body binds, as in Sum(x*_0, (_0, 1, 3))), and the points kept in order: equal
    only when the bodies are the same up to that renaming and each variable goes to
    the same point (a Subs written with its variables in another order is not
    recognised as equal: fail closed).
    """
    # Not a Dummy the body already has, free or bound: the body of a Subs inside another
    # has the outer one's canonical Dummies in it while the outer identity is computed,
    # and renaming to one of those would capture (Subs(D(u*v**2, v), v, 3) inside
    # Subs(..., u, 2) read as D(v**3, v) at 3: 16 and 31 were equal).
    count = len(self.variables)
    if count > 1 and set(self.variables) & set().union(*(p.free_symbols for p in self.point)):
        # A point names a variable: SymPy's doit reads the pairs one after the other, the
        # kernel all at once (subs_at never builds one); no renaming, literal identity.
        return (self.expr, sympy.Tuple(*self.variables), self.point)
    present = self.expr.atoms(sympy.Dummy)
    names = [d for d in _canonical_names(count + len(present)) if d not in present][:count]
    return (
        self.expr.xreplace(dict(zip(self.variables, names, strict=True))),
        sympy.Tuple(*names),
        self.point,
    )


_CANONICAL: list[sympy.Dummy] = []


def _canonical_names(count: int) -> list[sympy.Dummy]:
    """The first ``count`` of the Dummies that stand for a Subs's variables in its identity."""
    while len(_CANONICAL) < count:
        _CANONICAL.append(sympy.Dummy(f"subs_variable_{len(_CANONICAL)}"))
    return _CANONICAL[:count]


# Installed for every Subs the process builds (binders is imported by the reader and the
# checker before either builds one); __hash__ reads _hashable_content too.
sympy.Subs._hashable_content = _subs_identity


@dataclass(frozen=True)
class Dropped:
    """A term SymPy's evaluation removed while building a node.

    Either an opaque term (L - L = 0, L/L = 1) or a divisor that may vanish on an
    interval (E/E = 1 with E = f(x + h) - f(x)); see :func:`build`."""

    term: sympy.Expr
    needs_nonzero: bool  # removed by a product or power (L/L = 1), not only by a sum (L - L = 0)


_LEDGER: contextvars.ContextVar[list[Dropped] | None] = contextvars.ContextVar(
    "verifier_dropped", default=None
)


@contextlib.contextmanager
def audit() -> Iterator[list[Dropped]]:
    """Collect the opaque terms that :func:`build` sees disappear inside the block."""
    ledger: list[Dropped] = []
    token = _LEDGER.set(ledger)
    try:
        yield ledger
    finally:
        _LEDGER.reset(token)


@functools.lru_cache(maxsize=8192)
def opaque_terms(expr: sympy.Basic) -> frozenset[sympy.Basic]:
    """The outermost Derivative/Limit/Sum/Subs terms of ``expr``."""
    if not isinstance(expr, sympy.Basic):
        return frozenset()
    if isinstance(expr, OPAQUE):
        return frozenset((expr,))
    if not expr.args or expr.is_Atom:
        return frozenset()
    return frozenset().union(*(opaque_terms(a) for a in expr.args))


def _denominators(expr: sympy.Basic) -> set[sympy.Basic]:
    """Bases of the negative powers (divisions) that hold an opaque term."""
    found = set()
    for factor in sympy.Mul.make_args(expr):
        if (
            isinstance(factor, sympy.Pow)
            and not factor.exp.is_nonnegative
            and opaque_terms(factor.base)
        ):
            found.add(factor.base)
    return found


COMPARING = (sympy.Abs, sympy.sign, sympy.Min, sympy.Max)

# Functions that can be zero on a whole interval. A divisor built from them (or
# from a function the file leaves unknown: f(t) = 0 near t = x is allowed) is not
# "nonzero except at isolated points", so E/E = 1 is not an identity there.
FLAT = (
    sympy.Abs,
    sympy.sign,
    sympy.Min,
    sympy.Max,
    sympy.Piecewise,
    sympy.Heaviside,
    sympy.floor,
    sympy.ceiling,
    sympy.frac,
)


def _can_vanish_on_interval(base: sympy.Basic) -> bool:
    return any(isinstance(node, (AppliedUndef, *FLAT)) for node in sympy.preorder_traversal(base))


# Generic points at which a divisor SymPy cancelled is evaluated. A divisor that is not
# 0 on a whole interval vanishes only at isolated points, which these miss (no divisor
# people write has a zero at 0.3172 by accident); one that is 0 on an interval or
# everywhere (sin(x)**2 + cos(x)**2 - 1, sqrt((x + 1)**2) - x - 1, asin(sin(h)) - h near
# 0) is 0 at them, though SymPy cannot see it.
SAMPLES = tuple(sympy.Rational(n, 10000) for n in (3172, -2381, 7283, -13137, 21459, 1093, -6007))
INTEGER_SAMPLES = tuple(sympy.Integer(n) for n in (3, -2, 5, 1, -7, 2, 4))
SAMPLE_DIGITS = 30


def _samples_for(symbol: sympy.Symbol) -> list[sympy.Rational]:
    """The sample values that satisfy ``symbol``'s assumptions (positive, integer, ...)."""
    pool = INTEGER_SAMPLES if symbol.is_integer else SAMPLES
    checks = {
        "positive": lambda v: v > 0,
        "negative": lambda v: v < 0,
        "nonnegative": lambda v: v >= 0,
        "nonpositive": lambda v: v <= 0,
        "zero": lambda v: v == 0,
    }
    facts = symbol.assumptions0
    return [v for v in pool if all(ok(v) for key, ok in checks.items() if facts.get(key))]


# Functions analytic on the complex plane but for isolated poles. An expression built
# from them, numbers, symbols, +, * and integer powers is 0 on an interval only if it is
# 0 wherever it is defined (identity theorem: the domain, C minus a countable closed set,
# is connected), so its value at one sample point tells. Any other divisor (sqrt, log,
# asin, acos, atan, a fractional power, binomial(5, n), an unknown function, Abs, ...)
# can be 0 on an interval that no finite set of points meets: asin(sin(20*h)) - 20*h is
# 0 for |h| <= pi/40 only, sqrt(x**2 - 6*x + 9) - x + 3 for x >= 3 only.
ANALYTIC = (
    sympy.exp,
    sympy.sin,
    sympy.cos,
    sympy.tan,
    sympy.sinh,
    sympy.cosh,
    sympy.tanh,
    sympy.erf,
)


def _analytic(expr: sympy.Basic) -> bool:
    """Is ``expr`` built only from ANALYTIC functions, +, *, integer powers and numbers?"""
    if not expr.free_symbols:
        return bool(expr.is_number) and expr.is_finite is not False
    if expr.is_Symbol:
        return True
    if isinstance(expr, sympy.Pow):
        exponent_ok = expr.exp.is_Integer or (
            expr.base.is_number and expr.base.is_positive and _analytic(expr.exp)
        )
        return bool(exponent_ok) and _analytic(expr.base)
    if isinstance(expr, (sympy.Add, sympy.Mul, *ANALYTIC)):
        return all(_analytic(a) for a in expr.args)
    return False


def _signed_where_real(base: sympy.Basic) -> bool:
    """Is ``base`` of one strict sign wherever it is real, so never 0 there?

    sqrt(x) + sqrt(x + h) for x > 0: a root (a non-integer power) is >= 0 wherever it is
    real, which SymPy cannot assume of sqrt(x + h) with h of either sign. Only for a
    base with no opaque term, unknown function or inexact number, whose sign SymPy
    would read off a numeric evaluation."""
    if (
        not base.free_symbols
        or opaque_terms(base)
        or base.has(AppliedUndef)
        or any(inexact_number(node) for node in sympy.preorder_traversal(base))
    ):
        return False
    roots = {
        node: sympy.Dummy(nonnegative=True)
        for node in sympy.preorder_traversal(base)
        if isinstance(node, sympy.Pow)
        and node.exp.is_Rational
        and not node.exp.is_Integer
        and not node.is_positive  # sqrt(x) for x > 0 stays: SymPy knows it is > 0
    }
    signed = base.xreplace(roots) if roots else base
    return bool(signed.is_positive or signed.is_negative)


def _may_vanish_on_interval(base: sympy.Basic) -> bool:
    """May the divisor ``base``, which SymPy cancelled, be 0 on a whole interval?

    Or, for an integer variable, at one point of its range (n - 6 at n = 6): there
    every point is isolated, and no finite set of samples meets them all."""
    if _signed_where_real(base):
        return False
    if any(s.is_integer for s in base.free_symbols):
        return True
    return not _analytic(base) or vanishes_at_samples(base)


def vanishes_at_samples(base: sympy.Basic) -> bool:
    """May ``base`` be 0 at one of the sample points (an enclosure of its value there
    holds 0), or can it be enclosed at none? Then it may be 0 on a whole interval."""
    symbols = sorted(base.free_symbols, key=lambda s: s.name)
    pools = [_samples_for(s) for s in symbols]
    if any(not pool for pool in pools):
        return True  # no sample fits its assumptions: nothing is known, fail closed
    iv = intervals.context(SAMPLE_DIGITS)
    evaluated = False
    for k in range(len(SAMPLES) if symbols else 1):
        point = {
            s: intervals.enclosure(pool[(k + j) % len(pool)], {}, iv)
            for j, (s, pool) in enumerate(zip(symbols, pools, strict=True))
        }
        try:
            value = intervals.enclosure(base, point, iv)
            bounded = mpmath.isfinite(value.a) and mpmath.isfinite(value.b)
        except Exception:  # no enclosure at this point (a pole, a log of <= 0, ...)
            continue
        if not bounded:
            continue  # a pole here: another point decides
        evaluated = True
        if value.a <= 0 <= value.b:
            return True
    return not evaluated


@functools.lru_cache(maxsize=8192)
def division_bases(expr: sympy.Basic, into_binders: bool = False) -> frozenset[sympy.Basic]:
    """Bases of every division anywhere in ``expr``: powers whose exponent may be
    negative (an exponent of unknown sign, E**(-n) or E**x, too). Inside the bodies
    of Limit/Sum/Derivative/Subs only with ``into_binders``."""
    return frozenset(base for base, _ in _division_powers(expr, into_binders))


@functools.lru_cache(maxsize=8192)
def _division_powers(
    expr: sympy.Basic, into_binders: bool = False
) -> frozenset[tuple[sympy.Basic, sympy.Basic]]:
    """(base, exponent) of each division :func:`division_bases` finds."""
    if not isinstance(expr, sympy.Basic) or expr.is_Atom:
        return frozenset()
    if isinstance(expr, OPAQUE) and not into_binders:
        return frozenset()
    found = frozenset().union(*(_division_powers(a, into_binders) for a in expr.args))
    if isinstance(expr, sympy.Pow) and expr.exp.is_nonnegative is not True:
        found |= {(expr.base, expr.exp)}
    return found


def divided_out(before: sympy.Basic, after: sympy.Basic) -> list[sympy.Basic]:
    """The divisors of ``before`` (outside binders) that may vanish on a whole interval
    and by which ``after`` no longer divides: what a step from one to the other cancels.

    A divisor may vanish on an interval by its form (Abs, an unknown function, ...) or,
    like sqrt(x**2 - 2*x + 1) - x + 1 or asin(sin(x)) - x, by its values
    (:func:`_may_vanish_on_interval`, as for a division SymPy cancels as it reads).
    ``after`` still divides by it only through a power at least as negative wherever
    ``before``'s is negative: E**(x**2 - 2*x + 2) (an exponent SymPy cannot sign, but
    positive) is defined where E = 0 and 1/E is not."""
    powers = _division_powers(before)
    kept = _division_powers(after)
    dropped = []
    for base in _interval_divisors(before):
        needed = [k for b, k in powers if b == base]
        if not all(_kept(base, k, kept) for k in needed):
            dropped.append(base)
    return sorted(dropped, key=sympy.default_sort_key)


@functools.lru_cache(maxsize=8192)
def _interval_divisors(expr: sympy.Basic) -> frozenset[sympy.Basic]:
    """The divisors of ``expr`` (outside binders) that may vanish on an interval, by
    their form or by their values (opaque ones are the algebra's own business)."""
    return frozenset(
        b
        for b in division_bases(expr)
        if _can_vanish_on_interval(b) or (not opaque_terms(b) and _may_vanish_on_interval(b))
    )


def _kept(base: sympy.Basic, exponent: sympy.Basic, kept) -> bool:
    """Does a power in ``kept`` divide by ``base`` wherever ``base**exponent`` does?"""
    root = base.base if isinstance(base, sympy.Pow) else base
    for b, k in kept:
        if (b.base if isinstance(b, sympy.Pow) else b) != root:
            continue
        if isinstance(b, sympy.Pow) and b != base and not b.exp.is_positive:
            continue  # (E**Z)**(-1) with Z = 0 is 1 where E = 0: no division by E
        if k.is_negative or (k - exponent).is_nonpositive:
            return True
    return False


def _still_divides(base: sympy.Basic, kept: frozenset[sympy.Basic]) -> bool:
    """Is ``base`` (or a power of it, or its base) still a divisor of the result?"""
    root = base.base if isinstance(base, sympy.Pow) else base
    return any((k.base if isinstance(k, sympy.Pow) else k) == root for k in kept)


def _numeric_opaque(expr) -> bool:
    """Does ``expr`` hold a Limit/Sum/... with no free symbol (a number SymPy may evalf)?"""
    return any(not term.free_symbols for term in opaque_terms(expr))


# What SymPy can only compare by evaluating it numerically, without an error bound.
EVALUATED_NUMERICALLY = (sympy.Function, sympy.Sum, sympy.Limit, sympy.Derivative, sympy.Subs)


def inexact_number(expr) -> bool:
    """A number SymPy can only compare by evaluating it (log(1 + 1e-10) - 1e-10, a Sum)."""
    return (
        isinstance(expr, sympy.Basic)
        and expr.is_number
        and not expr.is_Rational
        and expr.has(*EVALUATED_NUMERICALLY)
    )


def _compares_numerically(func, args: tuple) -> bool:
    # SymPy decides Abs/sign/Min/Max of a number from evalf(2), which can be
    # wrong (its log(1 + 1e-20) is 0.0): such a node stays as written.
    if func in COMPARING:
        return any(_numeric_opaque(a) or inexact_number(a) for a in args)
    if func is sympy.Pow and len(args) == 2:
        exponent = args[1]
        return not getattr(exponent, "is_integer", False) and _numeric_opaque(args[0])
    return False


def construct(func, args: tuple, **kwargs) -> sympy.Basic:
    """``func(*args)``; a Max, Min, Abs or sign SymPy cannot compare stays as written.

    Max(0, (sqrt(2) + sqrt(3))**2 - 5 - 2*sqrt(6)): SymPy cannot compare an exact 0 it
    does not see as 0, and raises ("not comparable")."""
    try:
        return func(*args, **kwargs)
    except (TypeError, ValueError, AttributeError):
        if func not in COMPARING or not kwargs.get("evaluate", True):
            raise
        return func(*args, **{**kwargs, "evaluate": False})


def build(func, args: tuple, **kwargs) -> sympy.Basic:
    """``func(*args)`` evaluated as SymPy does, recording opaque terms it makes vanish.

    Recorded (in the ledger of :func:`audit`): an opaque term that is in the
    arguments but not in the result (L - L = 0, log(L, L) = 1), and the opaque
    terms of a division that evaluation took away (L**2/L = L)."""
    if kwargs.get("evaluate", True) and _compares_numerically(func, args):
        # SymPy would decide Min(1, S), Abs(S - 1) or sqrt(S**2) by evaluating
        # S numerically, and Sum.evalf can be far off: keep the node as written.
        kwargs = {**kwargs, "evaluate": False}
    result = construct(func, args, **kwargs)
    ledger = _LEDGER.get()
    if ledger is None or not kwargs.get("evaluate", True) or not isinstance(result, sympy.Basic):
        return result
    # A divisor that evaluation took away (E/E = 1, 0/E = 0, x/E - x/E = 0) was
    # assumed nonzero: record it when it may vanish on an interval, since inside
    # a limit "nonzero except at a point" is what the cancellation needs. Known to
    # from its form (an unknown function, Abs, ...), or from its values: 0 at the
    # sample points (evaluated only for a divisor that was cancelled, which is rare).
    kept = division_bases(result)
    for base in frozenset().union(*(division_bases(a) for a in args)):
        if not _still_divides(base, kept) and _may_vanish_on_interval(base):
            ledger.append(Dropped(base, needs_nonzero=True))
    before: frozenset = frozenset().union(*(opaque_terms(a) for a in args))
    if not before:
        return result
    after = opaque_terms(result)
    for term in before - after:
        ledger.append(Dropped(term, needs_nonzero=func is not sympy.Add))
    if func in (sympy.Mul, sympy.Pow):
        divided = set().union(*(_denominators(a) for a in args))
        negative_power = func is sympy.Pow and len(args) == 2
        if (
            negative_power
            and not getattr(args[1], "is_nonnegative", False)
            and opaque_terms(args[0])
        ):
            divided.add(args[0])
        for base in divided - _denominators(result):
            for term in opaque_terms(base):
                ledger.append(Dropped(term, needs_nonzero=True))
    return result


def note_cancelled(base: sympy.Expr) -> None:
    """Record ``base`` as :func:`build` records a divisor its evaluation took away, if it
    may vanish on an interval: a cancellation the reader made in a body, seen where the
    body is evaluated (D(|x| - x + 1) for D(t) = (t - 1)/(t - 1) divides by |x| - x)."""
    ledger = _LEDGER.get()
    if ledger is not None and _may_vanish_on_interval(base):
        ledger.append(Dropped(base, needs_nonzero=True))


def rebuild(node: sympy.Basic, args: tuple) -> sympy.Basic:
    """``node`` with new arguments, evaluated and audited."""
    if args == node.args:
        return node
    if isinstance(node, sympy.Subs):
        return subs_at(*args)
    if isinstance(node, OPAQUE) or not isinstance(node, sympy.Expr):
        return node.func(*args)
    return build(node.func, args)


def open_domain(var: sympy.Symbol) -> bool:
    """Do ``var``'s assumptions describe an open set of reals (a derivative can live there)?

    Not an integer, nor nonnegative without positive (0 is a boundary point), nor
    nonpositive without negative."""
    return not (
        var.is_integer
        or (var.is_nonnegative and not var.is_positive)
        or (var.is_nonpositive and not var.is_negative)
    )


def fresh(var: sympy.Symbol) -> sympy.Dummy:
    """A new variable with ``var``'s name and assumptions, equal to no other."""
    return sympy.Dummy(var.name, **var.assumptions0)


def ranged_index(index: sympy.Symbol, lower: sympy.Expr, upper: sympy.Expr) -> sympy.Dummy:
    """A fresh integer variable that knows the range lower..upper of a Sum's index."""
    assumptions = {"integer": True}
    # Only a range that is not empty: with upper < lower, SymPy's Sum follows
    # Karr's convention and sums over upper+1..lower-1 instead.
    if upper == sympy.oo or (upper - lower).is_nonnegative:
        if lower.is_Integer and lower >= 1:
            assumptions["positive"] = True
        elif lower.is_Integer and lower >= 0:
            assumptions["nonnegative"] = True
        elif upper.is_Integer and upper <= -1:
            assumptions["negative"] = True
        elif upper.is_Integer and upper <= 0:
            assumptions["nonpositive"] = True
    return sympy.Dummy(index.name, **assumptions)


def bound_variables(node: sympy.Basic) -> tuple[sympy.Symbol, ...]:
    if isinstance(node, sympy.Limit):
        return (node.args[1],)
    if isinstance(node, sympy.Sum):
        return tuple(limit[0] for limit in node.limits)
    if isinstance(node, sympy.Subs):
        return tuple(node.variables)
    if isinstance(node, sympy.Derivative):
        return tuple(node.variables)
    return ()


def subs_at(body: sympy.Basic, variables, points) -> sympy.Basic:
    """``Subs(body, variables, points)``: body at variables = points, however it is built.

    SymPy's Subs constructor merges Subs(Subs(e, w, t), v, p) into Subs(e, (w, v),
    (t, p)): the v in the inner points t is then read at the outer level, free, where
    it was bound by the outer Subs (f_xy at (0, 0) became 2x). Here the outer
    substitution goes into the inner points first (t at v = p), and the pairs are
    merged only after that, each variable renamed to a fresh one where a point could
    name it (SymPy's doit substitutes the pairs one after the other).
    """
    variables, points = tuple(variables), tuple(sympy.Tuple(*points))  # ints made Integers
    if not isinstance(body, sympy.Subs):
        if len(variables) > 1:
            # Subs(x + 2*v, (x, v), (v, 1)) means x + 2 here (all at once) but v + 2 to
            # SymPy's doit (one pair after the other): a variable that a point names is
            # renamed, so the two readings agree.
            named = set().union(*(p.free_symbols for p in points))
            renamed = {v: fresh(v) for v in variables if v in named}
            if renamed:
                body = substitute(body, renamed)
                variables = tuple(renamed.get(v, v) for v in variables)
        return sympy.Subs(body, variables, points)
    inner = tuple(body.variables)
    mapping = dict(zip(variables, points, strict=True))
    pairs = list(zip(inner, (substitute(t, mapping) for t in body.point), strict=True))
    # v bound by the inner Subs is not free in e: the outer pair reaches only its points.
    pairs += [
        (v, p)
        for v, p in zip(variables, points, strict=True)
        if v not in inner and v in body.expr.free_symbols
    ]
    named = set().union(*(p.free_symbols for _, p in pairs))
    renamed = {v: fresh(v) for v, _ in pairs if v in named}
    expr = substitute(body.expr, renamed) if renamed else body.expr
    return sympy.Subs(expr, tuple(renamed.get(v, v) for v, _ in pairs), tuple(p for _, p in pairs))


def substitute(expr: sympy.Basic, mapping: Mapping[sympy.Symbol, sympy.Basic]) -> sympy.Basic:
    """Replace free occurrences of symbols by values, simultaneously, without capture."""
    mapping = {k: v for k, v in mapping.items() if k != v}
    if not mapping:
        return expr
    return _subst(expr, mapping)


def _values_free(mapping: Mapping, keys) -> set:
    free: set = set()
    for k in keys:
        free |= mapping[k].free_symbols
    return free


def _subst(node: sympy.Basic, mapping: Mapping) -> sympy.Basic:
    if node.is_Symbol:
        return mapping.get(node, node)
    if not node.args:
        return node
    relevant = node.free_symbols & mapping.keys()
    if not relevant:
        return node
    if isinstance(node, sympy.Limit):
        body, var, point, direction = node.args
        new_point = _subst(point, mapping)
        (new_var,), new_body = _under(body, (var,), mapping)
        return sympy.Limit(new_body, new_var, new_point, dir=str(direction))
    if isinstance(node, sympy.Sum):
        return _subst_sum(node, mapping)
    if isinstance(node, sympy.Subs):
        variables, points = tuple(node.variables), tuple(node.point)
        new_points = tuple(_subst(p, mapping) for p in points)
        new_vars, new_body = _under(node.expr, variables, mapping)
        return subs_at(new_body, new_vars, new_points)
    if isinstance(node, sympy.Derivative):
        return _subst_derivative(node, mapping)
    return rebuild(node, tuple(_subst(a, mapping) for a in node.args))


def _under(body: sympy.Basic, variables: tuple, mapping: Mapping):
    """Substitute into ``body`` where ``variables`` are bound, renaming them if a value needs it."""
    inner = {k: v for k, v in mapping.items() if k not in variables and k in body.free_symbols}
    if not inner:
        return variables, body
    captured = _values_free(inner, inner.keys())
    renamed = {v: fresh(v) for v in variables if v in captured}
    if renamed:
        body = _subst(body, renamed)
        variables = tuple(renamed.get(v, v) for v in variables)
    return variables, _subst(body, inner)


def _subst_sum(node: sympy.Sum, mapping: Mapping) -> sympy.Basic:
    # Sum(f, (i, a, b), (j, c, d)): i is bound in f and in (c, d); j only in f.
    limits = list(node.limits)
    body = node.function
    new_limits = []
    current = dict(mapping)
    for position, (index, lower, upper) in enumerate(limits):
        lower, upper = _subst(lower, current), _subst(upper, current)
        current.pop(index, None)
        rest_free = body.free_symbols.union(
            *(sympy.Tuple(*lim[1:]).free_symbols for lim in limits[position + 1 :])
        )
        live = {k for k in current if k in rest_free}
        if index in _values_free(current, live):
            new_index = fresh(index)
            body = _subst(body, {index: new_index})
            limits[position + 1 :] = [
                (i, _subst(a, {index: new_index}), _subst(b, {index: new_index}))
                for i, a, b in limits[position + 1 :]
            ]
            index = new_index
        new_limits.append((index, lower, upper))
    return sympy.Sum(_subst(body, current), *new_limits)


def _subst_derivative(node: sympy.Derivative, mapping: Mapping) -> sympy.Basic:
    body = node.expr
    counts = tuple(node.variable_count)
    variables = tuple(v for v, _ in counts)
    points = {v: mapping.get(v, v) for v in variables}
    inner = {k: v for k, v in mapping.items() if k not in variables and k in body.free_symbols}
    captured = _values_free(inner, inner.keys())
    moved = any(points[v] != v for v in variables)
    if not moved and not (captured & set(variables)):
        return sympy.Derivative(_subst(body, inner), *counts, evaluate=False)
    # Differentiate in fresh variables, then evaluate at the substituted points.
    renamed = {v: fresh(v) for v in variables}
    new_body = _subst(_subst(body, renamed), inner)
    derivative = sympy.Derivative(new_body, *((renamed[v], c) for v, c in counts), evaluate=False)
    targets = [points[v] for v in variables]
    simple = (
        all(isinstance(t, sympy.Symbol) for t in targets)
        and len(set(targets)) == len(targets)
        and not (set(targets) & (new_body.free_symbols - set(renamed.values())))
        # A derivative is taken on an open set: SymPy would use a closed-domain
        # assumption of the target while rebuilding the body (Abs(n) = n for n >= 0).
        and all(open_domain(t) for t in targets)
    )
    if simple:
        back = {renamed[v]: points[v] for v in variables}
        return sympy.Derivative(
            _subst(new_body, back), *((points[v], c) for v, c in counts), evaluate=False
        )
    return sympy.Subs(derivative, tuple(renamed[v] for v in variables), tuple(targets))


def freshen_bound(expr: sympy.Basic) -> sympy.Basic:
    """``expr`` with every Limit, Sum and Subs variable renamed to a fresh one."""
    if not expr.args:
        return expr
    args = tuple(freshen_bound(a) for a in expr.args)
    node = expr.func(*args) if args != expr.args else expr
    if isinstance(node, sympy.Limit):
        body, var, point, direction = node.args
        new = fresh(var)
        return sympy.Limit(substitute(body, {var: new}), new, point, dir=str(direction))
    if isinstance(node, sympy.Sum) and len(node.limits) == 1:
        index, lower, upper = node.limits[0]
        new = fresh(index)
        return sympy.Sum(substitute(node.function, {index: new}), (new, lower, upper))
    if isinstance(node, sympy.Subs):
        renamed = {v: fresh(v) for v in node.variables}
        return subs_at(substitute(node.expr, renamed), tuple(renamed.values()), node.point)
    return node


def rename_bound(node: sympy.Basic, variables: tuple, canonical: tuple) -> sympy.Basic:
    """The body of binder ``node`` with its bound ``variables`` renamed to ``canonical``."""
    body = node.expr if isinstance(node, sympy.Subs | sympy.Derivative) else node.args[0]
    if isinstance(node, sympy.Sum):
        body = node.function
    return substitute(body, dict(zip(variables, canonical, strict=True)))

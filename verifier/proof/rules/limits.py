"""Limit laws and the standard limits.

The laws move between ``lim (A op B)`` and ``lim A op lim B``; each needs the
limits it splits (or merges) to exist, which :mod:`verifier.proof.conditions`
shows. The standard limits are axioms a course cites by name; each matches
its body only up to a rational-function identity in the limit variable (which
holds on a punctured neighbourhood of the point, all a limit sees) and a
rational factor.

>>> RULES["limit-sin-over-x"].law
'lim_{h->0} sin(h)/h = 1'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import sympy

from verifier.proof.binders import OPAQUE, build, fresh, opaque_terms, substitute
from verifier.proof.conditions import Facts
from verifier.proof.rules.table import LIMIT, RULES, RuleContext, depends, rule

__all__ = ["RULES", "limit_parts"]


def limit_parts(node) -> tuple[sympy.Expr, sympy.Symbol, sympy.Expr, str]:
    body, var, point, direction = node.args
    return body, var, point, str(direction)


def _same_limit_groups(factors: Iterable[tuple[sympy.Limit, object]]):
    groups: dict[tuple, list] = {}
    for lim, power in factors:
        _, _, point, direction = limit_parts(lim)
        groups.setdefault((point, direction), []).append((lim, power))
    return groups


def _limit_exists(ctx: RuleContext, rule_name: str, lim: sympy.Limit):
    body, var, point, _ = limit_parts(lim)
    shown, value, why = ctx.facts.limit_exists(body, var, point)
    if not shown:
        # A standard limit (an axiom of the table) says this one exists, and its value:
        # "both limits exist: they are the standard limits", as a course writes it. The
        # condition shown names the axiom.
        for name, standard in STANDARD_LIMITS.items():
            known = standard(lim)
            if known is not None:
                shown, value, why = True, known, f"the standard limit '{name}'"
                break
    ctx.require(rule_name, f"{lim} exists ({why})", shown)
    return shown, value


def _merge(limits: list[tuple[sympy.Limit, int]]) -> sympy.Limit:
    """One Limit of the product of the bodies (raised to their powers), in a fresh variable."""
    _, var, point, direction = limit_parts(limits[0][0])
    var = fresh(var)
    product = sympy.Integer(1)
    for lim, power in limits:
        body, other, _, _ = limit_parts(lim)
        product = build(
            sympy.Mul, (product, build(sympy.Pow, (substitute(body, {other: var}), power)))
        )
    return sympy.Limit(product, var, point, dir=direction)


@rule(
    "limit-sum",
    family=LIMIT,
    law="c*lim A + d*lim B = lim (c*A + d*B)",
    conditions=("lim A and lim B exist (at the same point)", "c and d are defined"),
    example="2*Limit(f(x + h), h, 0) + Limit(h**2, h, 0) = Limit(2*f(x + h) + h**2, h, 0)",
)
def _limit_sum(node, ctx):
    if not isinstance(node, sympy.Add):
        return None
    terms, rest = [], []
    for arg in node.args:
        split = _one_limit(arg)
        if split is None:
            rest.append(arg)
        else:
            terms.append(split)
    groups = _same_limit_groups(terms)
    for key, group in groups.items():
        if len(group) < 2:
            continue
        # A coefficient moves inside the limit: it must be a number (c*lim A is
        # undefined where c is, and then the merged limit must not be defined).
        if not all(
            ctx.require("limit-sum", f"{c} is defined", ctx.facts.is_defined(c)) for _, c in group
        ):
            continue
        if all(_limit_exists(ctx, "limit-sum", lim)[0] for lim, _ in group):
            _, var, point, direction = limit_parts(group[0][0])
            var = fresh(var)
            total = build(
                sympy.Add,
                tuple(
                    build(
                        sympy.Mul,
                        (c, substitute(limit_parts(lim)[0], {limit_parts(lim)[1]: var})),
                    )
                    for lim, c in group
                ),
            )
            others = [
                build(sympy.Mul, (c, lim)) for k, g in groups.items() if k != key for lim, c in g
            ]
            return build(sympy.Add, (sympy.Limit(total, var, point, dir=direction), *others, *rest))
    return None


def _one_limit(term: sympy.Expr) -> tuple[sympy.Limit, sympy.Expr] | None:
    """``term`` as (Limit, coefficient) when it is one Limit times factors free of opaque terms."""
    factors = sympy.Mul.make_args(term)
    limits = [f for f in factors if isinstance(f, sympy.Limit)]
    if len(limits) != 1:
        return None
    others = [f for f in factors if f is not limits[0]]
    if any(opaque_terms(f) for f in others):
        return None
    return limits[0], sympy.Mul(*others)


@rule(
    "limit-product",
    family=LIMIT,
    law="lim (A*B) = lim A * lim B",
    conditions=("lim A and lim B exist (at the same point)",),
    example="Limit(f(x + h)*(h + 2), h, 0) = Limit(f(x + h), h, 0)*Limit(h + 2, h, 0)",
)
def _limit_product(node, ctx):
    if not isinstance(node, sympy.Mul):
        return None
    factors, rest = [], []
    for arg in node.args:
        if isinstance(arg, sympy.Limit):
            factors.append((arg, 1))
        elif (
            isinstance(arg, sympy.Pow)
            and isinstance(arg.base, sympy.Limit)
            and (arg.exp.is_Integer and arg.exp > 1)
        ):
            factors.append((arg.base, int(arg.exp)))
        else:
            rest.append(arg)
    for key, group in _same_limit_groups(factors).items():
        if len(group) < 2 and group[0][1] == 1:
            continue
        if all(_limit_exists(ctx, "limit-product", lim)[0] for lim, _ in group):
            others = [
                lim**p for k, g in _same_limit_groups(factors).items() if k != key for lim, p in g
            ]
            return build(sympy.Mul, (_merge(group), *others, *rest))
    return None


@rule(
    "limit-quotient",
    family=LIMIT,
    law="lim (A/B) = lim A / lim B",
    conditions=("lim A and lim B exist (at the same point)", "lim B != 0"),
    example="Limit(f(x + h)/(h + 2), h, 0) = Limit(f(x + h), h, 0)/Limit(h + 2, h, 0)",
)
def _limit_quotient(node, ctx):
    if isinstance(node, sympy.Pow) and isinstance(node.base, sympy.Limit) and node.exp == -1:
        args = [node]
    elif isinstance(node, sympy.Mul):
        args = list(node.args)
    else:
        return None
    for i, arg in enumerate(args):
        if not (isinstance(arg, sympy.Pow) and isinstance(arg.base, sympy.Limit) and arg.exp == -1):
            continue
        denominator = arg.base
        exists, value = _limit_exists(ctx, "limit-quotient", denominator)
        nonzero = exists and ctx.facts.is_nonzero(value)
        if not ctx.require(
            "limit-quotient", f"{denominator} is nonzero (its value is {value})", nonzero
        ):
            continue
        _, _, point, direction = limit_parts(denominator)
        numerators = [
            j
            for j, a in enumerate(args)
            if isinstance(a, sympy.Limit) and limit_parts(a)[2:] == (point, direction)
        ]
        others = [a for j, a in enumerate(args) if j != i]
        if len(numerators) == 1:
            numerator = args[numerators[0]]
            if not _limit_exists(ctx, "limit-quotient", numerator)[0]:
                continue
            merged = _merge([(numerator, 1), (denominator, -1)])
            others = [a for j, a in enumerate(args) if j not in (i, numerators[0])]
        else:
            merged = _merge([(denominator, -1)])
        return build(sympy.Mul, (merged, *others))
    return None


@rule(
    "limit-constant",
    family=LIMIT,
    law="lim c = c and lim (c*A) = c * lim A",
    conditions=("c free of the variable and defined", "c != 0 or lim A exists"),
    example="Limit(f(x)*(h + 2), h, 0) = f(x)*Limit(h + 2, h, 0)",
)
def _limit_constant(node, ctx):
    if not isinstance(node, sympy.Limit):
        return None
    body, var, point, direction = limit_parts(node)
    if not depends(body, var):
        if ctx.require("limit-constant", f"{body} is defined", ctx.facts.is_defined(body)):
            return body
        return None
    if not isinstance(body, sympy.Mul):
        return None
    constant, varying = body.as_independent(var, as_Add=False)
    if constant == 1:
        return None
    defined = ctx.facts.is_defined(constant)
    if not ctx.require("limit-constant", f"{constant} is defined", defined):
        return None
    inner = sympy.Limit(varying, var, point, dir=direction)
    if not ctx.facts.is_nonzero(constant) and not _limit_exists(ctx, "limit-constant", inner)[0]:
        return None
    return constant * inner


@rule(
    "continuity",
    family=LIMIT,
    law="lim_{h->a} A(h) = A(a)",
    conditions=("A continuous at a (a finite)",),
    example="Limit(f(x + h)**2, h, 0) = f(x)**2",
)
def _continuity(node, ctx):
    if not isinstance(node, sympy.Limit):
        return None
    body, var, point, _ = limit_parts(node)
    if point.has(sympy.oo, -sympy.oo):
        return None
    if ctx.require(
        "continuity",
        f"{body} is continuous in {var} at {point}",
        ctx.facts.is_continuous_at(body, var, point),
    ):
        return substitute(body, {var: point})
    return None


# -- standard limits ------------------------------------------------------------------
#
# Each is an axiom: lim_{v -> point} template(v) = value, from either side. A body
# matches when body/template cancels to a nonzero rational c (then the limit is
# c*value): cancel's identities hold wherever both are defined, so on a
# punctured neighbourhood of the point, provided the body's denominator is a
# polynomial in the variable (isolated zeros). A denominator such as
# sin(h)**2 + cos(h)**2 - 1 is 0 everywhere although cancel treats it as nonzero. The limit laws also ask these for the
# existence of a limit they split, when the standard limit is named in the step.


# The largest degree cancel may meet: it writes exp(1000000000*h) as exp(h)**1000000000
# and its heuristic gcd evaluates that at an integer, one bigint power that no deadline
# can interrupt (the check of (e^(10^9 h) - 1)/h never returned).
MAX_DEGREE = 1000


def small_degrees(expr: sympy.Expr) -> bool:
    """Do the rationals in ``expr``'s exponents (of exp and of powers) keep cancel's
    polynomials of degree <= MAX_DEGREE? Their common denominator times the largest
    numerator bounds the degree of exp(h) (or h) in the generator cancel picks. Only
    the terms of an exponent that have a symbol count: exp(h + 1001) is exp(h) times a
    constant (degree 1); a numeric power x**k is bounded by the reader (|k| <= 1000)."""
    numbers: set[sympy.Rational] = set()
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, sympy.exp):
            exponent = node.args[0]
        elif isinstance(node, sympy.Pow):
            exponent = node.exp
        else:
            continue
        for term in sympy.Add.make_args(exponent):
            if term.free_symbols:
                numbers |= term.atoms(sympy.Rational)
    denominator = 1
    for number in numbers:
        if number.q > MAX_DEGREE:
            return False
        denominator = sympy.ilcm(denominator, int(number.q))
        if denominator > MAX_DEGREE:
            return False
    return all(abs(int(n.p)) * denominator // int(n.q) <= MAX_DEGREE for n in numbers)


def _multiple_of(
    template: Callable[[sympy.Symbol], sympy.Expr], point: sympy.Expr, value: sympy.Expr
) -> Callable[[sympy.Limit], sympy.Expr | None]:
    def standard(lim: sympy.Limit) -> sympy.Expr | None:
        body, var, at, _ = limit_parts(lim)
        if at != point or body.free_symbols != {var} or body.has(*OPAQUE):
            return None
        if not small_degrees(body):
            return None
        if not _isolated_poles(body, var, at):
            return None
        ratio = sympy.cancel(sympy.together(body / template(var)))
        if not (ratio.is_Rational and ratio != 0):
            return None
        return ratio * value

    return standard


def _isolated_poles(expr: sympy.Expr, var: sympy.Symbol, point: sympy.Expr) -> bool:
    """Is ``expr`` defined near ``point`` (every divisor as written nonzero there, before
    ``together`` can cancel one: (h*Abs(h) - h**2)/(Abs(h) - h) is 0/0 for every h > 0),
    and the denominator of ``together(expr)`` a nonzero polynomial in ``var``?"""
    if Facts().defined_near(expr, var, point) is not None:
        return False
    denominator = sympy.fraction(sympy.together(expr))[1]
    return denominator != 0 and denominator.is_polynomial(var)


def _compound_interest(lim: sympy.Limit) -> sympy.Expr | None:
    body, var, point, _ = limit_parts(lim)
    if not isinstance(body, sympy.Pow) or body.free_symbols != {var}:
        return None
    if not small_degrees(body):
        return None
    if not (_isolated_poles(body.base, var, point) and _isolated_poles(body.exp, var, point)):
        return None
    if point == 0:
        base, exponent = 1 + var, 1 / var
    elif point == sympy.oo:
        base, exponent = 1 + 1 / var, var
    else:
        return None
    same = (
        sympy.cancel(sympy.together(body.base - base)) == 0
        and sympy.cancel(sympy.together(body.exp - exponent)) == 0
    )
    return sympy.E if same else None


STANDARD_LIMITS: dict[str, Callable[[sympy.Limit], sympy.Expr | None]] = {
    "limit-sin-over-x": _multiple_of(
        lambda h: sympy.sin(h) / h, sympy.Integer(0), sympy.Integer(1)
    ),
    "limit-cos": _multiple_of(lambda h: (sympy.cos(h) - 1) / h, sympy.Integer(0), sympy.Integer(0)),
    "limit-e": _compound_interest,
    "limit-exp": _multiple_of(lambda h: (sympy.exp(h) - 1) / h, sympy.Integer(0), sympy.Integer(1)),
}


def _standard_rule(name: str) -> Callable:
    def rewrite(node, ctx):
        return STANDARD_LIMITS[name](node) if isinstance(node, sympy.Limit) else None

    return rewrite


rule(
    "limit-sin-over-x",
    family=LIMIT,
    law="lim_{h->0} sin(h)/h = 1",
    conditions=("the body is a rational multiple of sin(h)/h, at h -> 0",),
    example="Limit(sin(h)/h, h, 0) = 1",
)(_standard_rule("limit-sin-over-x"))

rule(
    "limit-cos",
    family=LIMIT,
    law="lim_{h->0} (cos(h) - 1)/h = 0",
    conditions=("the body is a rational multiple of (cos(h) - 1)/h, at h -> 0",),
    example="Limit((cos(h) - 1)/h, h, 0) = 0",
)(_standard_rule("limit-cos"))

rule(
    "limit-e",
    family=LIMIT,
    law="lim_{h->0} (1 + h)**(1/h) = E and lim_{n->oo} (1 + 1/n)**n = E",
    conditions=("the body is exactly of one of these forms",),
    example="Limit((1 + h)**(1/h), h, 0) = E",
)(_standard_rule("limit-e"))

rule(
    "limit-exp",
    family=LIMIT,
    law="lim_{h->0} (exp(h) - 1)/h = 1",
    conditions=("the body is a rational multiple of (exp(h) - 1)/h, at h -> 0",),
    example="Limit((exp(h) - 1)/h, h, 0) = 1",
)(_standard_rule("limit-exp"))

"""Series: exp as its power series, termwise differentiation, shifting and splitting a Sum.

>>> RULES["exp-series"].law
'exp(X) = Sum(X**n/n!, n = 0..oo)'
"""

from __future__ import annotations

import sympy

from verifier.proof.binders import fresh, ranged_index, substitute
from verifier.proof.rules.table import RULES, SERIES, K, depends, first_order, rule

__all__ = ["RULES"]


@rule(
    "exp-series",
    law="exp(X) = Sum(X**n/n!, n = 0..oo)",
    kind="definition",
    example="exp(x) = Sum(x**n/factorial(n), (n, 0, oo))",
)
def _exp_series(node, ctx):
    if isinstance(node, sympy.exp):
        arg = node.args[0]
        k = fresh(K)
        return sympy.Sum(arg**k / sympy.factorial(k), (k, 0, sympy.oo))
    return None


@rule(
    "termwise",
    family=SERIES,
    law="d/dx Sum(a_n(x)) = Sum(d/dx a_n(x))",
    conditions=(
        "a power series inside its radius of convergence (here: infinite radius), "
        "or a finite sum of differentiable terms",
    ),
    example="Derivative(Sum(x**n/factorial(n), (n, 0, oo)), x) = "
    "Sum(Derivative(x**n/factorial(n), x), (n, 0, oo))",
)
def _termwise(node, ctx):
    var = first_order(node)
    if var is None or not isinstance(node.expr, sympy.Sum) or len(node.expr.limits) != 1:
        return None
    series = node.expr
    index, lower, upper = series.limits[0]
    if depends(lower, var) or depends(upper, var):
        return None
    if not lower.is_Integer:
        return None
    if upper.is_Integer or (upper.is_integer and upper.is_finite and not upper.has(sympy.oo)):
        # A finite sum of differentiable terms: both bounds are integers (Sum(f, (i, 1, m))
        # with m a declared integer is finite for every m; an empty or reversed range,
        # Karr's convention, still sums finitely many terms, each checked below since the
        # index's Dummy then knows only that it is an integer).
        ranged = ranged_index(index, lower, upper)
        ok = ctx.facts.is_differentiable(substitute(series.function, {index: ranged}), var)
        why = f"a finite sum of terms differentiable in {var}"
    elif upper == sympy.oo:
        ok = ctx.facts.power_series_radius_infinite(series.function, index, var, lower)
        why = f"a power series in {var} with infinite radius of convergence"
    else:
        return None
    if ctx.require("termwise", f"{series} is {why}", ok):
        return sympy.Sum(sympy.Derivative(series.function, var), (index, lower, upper))
    return None


@rule(
    "reindex",
    family=SERIES,
    law="Sum(a(n), n = k..b) = Sum(a(n + k), n = 0..b - k)",
    example="Sum(n**2, (n, 1, 4)) = Sum((n + 1)**2, (n, 0, 3))",
)
def _reindex(node, ctx):
    if not isinstance(node, sympy.Sum) or len(node.limits) != 1:
        return None
    index, lower, upper = node.limits[0]
    if lower == 0 or not lower.is_finite:
        return None
    return sympy.Sum(substitute(node.function, {index: index + lower}), (index, 0, upper - lower))


@rule(
    "sum-first-term",
    family=SERIES,
    law="Sum(a(n), n = k..b) = a(k) + Sum(a(n), n = k+1..b)",
    conditions=("a(k) defined", "the range is not empty"),
    example="Sum(x**n/factorial(n), (n, 0, oo)) = 1 + Sum(x**n/factorial(n), (n, 1, oo))",
)
def _sum_first_term(node, ctx):
    if ctx.sum_floor is None or not isinstance(node, sympy.Sum) or len(node.limits) != 1:
        return None
    index, lower, upper = node.limits[0]
    if not lower.is_Integer or lower >= ctx.sum_floor or not (upper - lower).is_extended_positive:
        return None
    term = node.function
    defined = ctx.facts.regular(term, index, lower, "defined")
    if not ctx.require("sum-first-term", f"the term at {index} = {lower} is defined", defined):
        return None
    first = substitute(term, {index: lower})
    return first + sympy.Sum(term, (index, lower + 1, upper))

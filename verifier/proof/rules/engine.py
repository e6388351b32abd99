"""The rewrite loop: apply a set of rules to an expression until nothing changes.

One pass walks the expression top-down and rewrites the first node some rule
applies to; passes repeat until a fixed point. A pass that returns to an
expression seen before is a cycle (two rules undoing each other), reported as
such. A higher derivative ``Derivative(A, (x, n))`` is the derivative of the
derivative: a rule that rewrites ``Derivative(A, x)`` to R rewrites it to
``Derivative(R, (x, n - 1))``. Rules marked ``always`` (d/dx x = 1) take part
in every run, after the named ones.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy

from verifier.proof.binders import ranged_index, rebuild, substitute
from verifier.proof.rules.table import RULES, Rule, RuleContext

__all__ = ["MAX_OPS", "MAX_PASSES", "RewriteLimit", "normalize", "sum_floor"]

MAX_PASSES = 40
MAX_OPS = 4000


class RewriteLimit(Exception):
    """The rules did not reach a fixed point within the limits, or went round in a cycle."""


def normalize(expr: sympy.Expr, rules: Iterable[Rule], ctx: RuleContext) -> sympy.Expr:
    """Rewrite ``expr`` with ``rules`` (and the ``always`` rules) until nothing changes."""
    named = [r for r in rules if r.rewrite is not None]
    names = {r.name for r in named}
    active = named + [r for r in RULES.values() if r.always and r.name not in names]
    ctx.active = frozenset(r.name for r in active)
    seen = [expr]
    trail: list[str] = []
    settled: set = set()
    for _ in range(MAX_PASSES):
        fired: list[str] = []
        new = _pass(expr, active, ctx, fired, settled)
        if new == expr:
            return expr
        trail += fired
        if new in seen:
            start = seen.index(new)
            loop = " -> ".join(_short(e) for e in (*seen[start:], new))
            rules_in_loop = ", ".join(dict.fromkeys(trail[start:]))
            raise RewriteLimit(f"the rules rewrite in a cycle ({rules_in_loop}): {loop}")
        seen.append(new)
        expr = new
        if sympy.count_ops(expr) > MAX_OPS:
            raise RewriteLimit(f"the rules grew the expression beyond {MAX_OPS} operations")
    raise RewriteLimit(f"the rules did not settle after {MAX_PASSES} passes")


def _short(expr: sympy.Basic) -> str:
    text = sympy.sstr(expr)
    return text if len(text) <= 80 else text[:77] + "..."


def _apply(node: sympy.Basic, rules: list[Rule], ctx: RuleContext, fired: list[str]):
    for rule in rules:
        new = rule.rewrite(node, ctx)
        if new is not None and new != node:
            ctx.fired.add(rule.name)
            fired.append(rule.name)
            return new
    return None


def _higher(node: sympy.Basic, rules: list[Rule], ctx: RuleContext, fired: list[str]):
    """Derivative(A, (x, n)), n >= 2, as the derivative of Derivative(A, x): rewrite the inner one."""
    if not (isinstance(node, sympy.Derivative) and len(node.variable_count) == 1):
        return None
    var, count = node.variable_count[0]
    if not (count.is_Integer and count >= 2):
        return None
    first = sympy.Derivative(node.expr, var, evaluate=False)
    new = _apply(first, rules, ctx, fired)
    if new is None:
        return None
    return sympy.Derivative(new, (var, count - 1), evaluate=False)


def _pass(expr: sympy.Basic, rules: list[Rule], ctx: RuleContext, fired: list[str], settled: set):
    """One pass over ``expr``. ``settled`` holds the subtrees a pass of this normalize()
    already walked whole without any rule firing or anything changing: a rule's answer
    depends only on the node and the run's constant context (its facts, its active
    rules, the sum floor), and the side conditions it records are kept once each, so a
    second walk of such a subtree would make the very same calls, fire nothing and
    return it unchanged; it is not walked again. Subtrees holding a Sum are never
    recorded (their index is renamed to a fresh variable on every walk): a node is
    recorded only when each of its parts was (or is an atom, or a Tuple of bounds free
    of sums), so a Sum keeps every node above it out."""
    if expr in settled:
        return expr
    before = len(fired)
    new = _walk(expr, rules, ctx, fired, settled)
    if new == expr and len(fired) == before and _parts_settled(expr, settled):
        settled.add(expr)
    return new


def _parts_settled(expr: sympy.Basic, settled: set) -> bool:
    if isinstance(expr, sympy.Sum):
        return False
    return all(
        a in settled or not a.args or (isinstance(a, sympy.Tuple) and not a.has(sympy.Sum))
        for a in expr.args
    )


def _walk(expr: sympy.Basic, rules: list[Rule], ctx: RuleContext, fired: list[str], settled: set):
    # Top-down: a rule sees a node before its parts are rewritten, so that
    # lim A / lim B meets the quotient law whole, not as lim A and 1/lim B.
    new = _apply(expr, rules, ctx, fired)
    if new is None:
        new = _higher(expr, rules, ctx, fired)
    if new is not None:
        return new
    if isinstance(expr, sympy.Sum) and len(expr.limits) == 1:
        # Inside the body the index ranges over lower..upper: rewrite it as a
        # variable that knows so (1/factorial(n) is defined for n >= 1).
        index, lower, upper = expr.limits[0]
        ranged = ranged_index(index, lower, upper)
        body = _pass(substitute(expr.function, {index: ranged}), rules, ctx, fired, settled)
        bounds = (
            _pass(lower, rules, ctx, fired, settled),
            _pass(upper, rules, ctx, fired, settled),
        )
        new = sympy.Sum(substitute(body, {ranged: index}), (index, *bounds))
        return _substitute(new if new != expr else expr)
    if expr.args and not isinstance(expr, sympy.Tuple | sympy.Symbol):
        args = tuple(_pass(a, rules, ctx, fired, settled) for a in expr.args)
        expr = rebuild(expr, args)
    return _substitute(expr)


def _substitute(expr: sympy.Basic) -> sympy.Basic:
    """Subs(A, u, G) -> A[u := G] once A holds no derivative in u: plain substitution."""
    if isinstance(expr, sympy.Subs) and len(expr.variables) == 1:
        body, var, value = expr.expr, expr.variables[0], expr.point[0]
        if not any(
            isinstance(n, sympy.Derivative) and var in n.free_symbols | set(n.variables)
            for n in sympy.preorder_traversal(body)
        ):
            return substitute(body, {var: value})
    return expr


def sum_floor(*exprs: sympy.Expr) -> int | None:
    """The largest integer lower bound of a Sum in ``exprs`` (for sum-first-term)."""
    floors = [
        int(node.limits[0][1])
        for e in exprs
        for node in sympy.preorder_traversal(e)
        if isinstance(node, sympy.Sum) and node.limits[0][1].is_Integer
    ]
    return max(floors) if floors else None

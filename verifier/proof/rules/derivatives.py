"""Derivative rules: the sum, constant, product, quotient, chain and power rules, and the
derivative table of the elementary functions.

Each rule rewrites a first-order ``Derivative(A, x)``; a higher derivative
``Derivative(A, (x, n))`` is the derivative of the derivative, and the engine
(:mod:`verifier.proof.rules.engine`) applies these rules to its innermost
first derivative. Differentiability is shown for all values of x allowed by
its declaration (on an open set), so a rewrite is an identity of functions
of x and may be differentiated again.

>>> RULES["quotient-rule"].statement
'd/dx (A/B) = (dA/dx*B - A*dB/dx)/B**2, when A and B differentiable; B != 0'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sympy
from sympy.core.function import AppliedUndef

from verifier.proof.binders import fresh
from verifier.proof.conditions import Facts
from verifier.proof.rules.table import (
    DERIVATIVE,
    RULES,
    RuleContext,
    U,
    depends,
    differentiable,
    first_order,
    rule,
)

__all__ = ["DERIVATIVE_TABLE", "RULES", "TableEntry"]


@rule(
    "basic-derivatives",
    family=DERIVATIVE,
    law="d/dx x = 1 and d/dx c = 0",
    conditions=("c free of x and defined",),
    example="Derivative(x, x) = 1",
    always=True,
)
def _basic(node, ctx):
    # Applied in every step, named or not: d/dx x = 1 is how every rule's result
    # is read (the product rule leaves Derivative(x, x)), and d/dx c = 0 needs
    # only that c is a number.
    var = first_order(node)
    if var is None:
        return None
    if node.expr == var:
        return sympy.Integer(1)
    if not depends(node.expr, var) and ctx.facts.is_defined(node.expr):
        return sympy.Integer(0)
    return None


@rule(
    "sum-rule",
    family=DERIVATIVE,
    law="d/dx (A + B) = dA/dx + dB/dx",
    conditions=("A and B differentiable",),
    example="Derivative(f(x) + x**2, x) = Derivative(f(x), x) + Derivative(x**2, x)",
)
def _sum_rule(node, ctx):
    var = first_order(node)
    if var is None or not isinstance(node.expr, sympy.Add):
        return None
    terms = node.expr.args
    if all(differentiable(ctx, "sum-rule", t, var) for t in terms):
        return sympy.Add(*[sympy.Derivative(t, var) for t in terms])
    return None


@rule(
    "constant-rule",
    family=DERIVATIVE,
    law="d/dx c = 0 and d/dx (c*A) = c*dA/dx",
    conditions=("c free of x and defined", "c != 0 or A differentiable"),
    example="Derivative(3*f(x), x) = 3*Derivative(f(x), x)",
)
def _constant_rule(node, ctx):
    var = first_order(node)
    if var is None:
        return None
    body = node.expr
    if not depends(body, var):
        if ctx.require("constant-rule", f"{body} is defined", ctx.facts.is_defined(body)):
            return sympy.Integer(0)
        return None
    if not isinstance(body, sympy.Mul):
        return None
    constant, varying = body.as_independent(var, as_Add=False)
    if constant == 1:
        return None
    if not ctx.require("constant-rule", f"{constant} is defined", ctx.facts.is_defined(constant)):
        return None
    if not ctx.facts.is_nonzero(constant) and not differentiable(
        ctx, "constant-rule", varying, var
    ):
        return None
    return constant * sympy.Derivative(varying, var)


@rule(
    "product-rule",
    family=DERIVATIVE,
    law="d/dx (A*B) = dA/dx*B + A*dB/dx",
    conditions=("A and B differentiable",),
    example="Derivative(x**2*f(x), x) = Derivative(x**2, x)*f(x) + x**2*Derivative(f(x), x)",
)
def _product_rule(node, ctx):
    var = first_order(node)
    if var is None or not isinstance(node.expr, sympy.Mul):
        return None
    constant, varying = node.expr.as_independent(var, as_Add=False)
    factors = sympy.Mul.make_args(varying)
    if len(factors) < 2:
        return None
    if not all(differentiable(ctx, "product-rule", f, var) for f in factors):
        return None
    terms = []
    for i, f in enumerate(factors):
        others = [g for j, g in enumerate(factors) if j != i]
        terms.append(sympy.Mul(*others) * sympy.Derivative(f, var))
    return constant * sympy.Add(*terms)


@rule(
    "quotient-rule",
    family=DERIVATIVE,
    law="d/dx (A/B) = (dA/dx*B - A*dB/dx)/B**2",
    conditions=("A and B differentiable", "B != 0"),
    example="Derivative(x/f(x), x) = (Derivative(x, x)*f(x) - x*Derivative(f(x), x))/f(x)**2",
)
def _quotient_rule(node, ctx):
    var = first_order(node)
    if var is None or not isinstance(node.expr, sympy.Mul | sympy.Pow):
        return None
    numerator, denominator = [], []
    for factor in sympy.Mul.make_args(node.expr):
        # Only a written division (a negative numeric power), never exp(-x) as 1/exp(x).
        if isinstance(factor, sympy.Pow) and factor.exp.is_Number and factor.exp < 0:
            denominator.append(factor.base ** (-factor.exp))
        else:
            numerator.append(factor)
    if not denominator:
        return None
    a, b = sympy.Mul(*numerator), sympy.Mul(*denominator)
    if not depends(b, var):
        return None  # a constant divisor: the constant rule's business
    if not ctx.require("quotient-rule", f"{b} is nonzero", ctx.facts.is_nonzero(b)):
        return None
    if not (
        differentiable(ctx, "quotient-rule", a, var)
        and differentiable(ctx, "quotient-rule", b, var)
    ):
        return None
    return (sympy.Derivative(a, var) * b - a * sympy.Derivative(b, var)) / b**2


@rule(
    "chain-rule",
    family=DERIVATIVE,
    law="d/dx F(G(x)) = F'(G(x)) * dG/dx",
    conditions=("F and G differentiable",),
    example="Derivative(f(x**2), x) = Subs(Derivative(f(u), u), u, x**2)*Derivative(x**2, x)",
)
def _chain_rule(node, ctx):
    var = first_order(node)
    if var is None:
        return None
    body = node.expr
    u = fresh(U)
    if isinstance(body, sympy.Pow) and not depends(body.exp, var):
        inner, outer = body.base, u**body.exp
    elif (
        isinstance(body, sympy.Function)
        and len(body.args) == 1
        and not (isinstance(body, AppliedUndef) and body.func.__name__ in ctx.facts.defines)
    ):
        inner, outer = body.args[0], body.func(u)
    else:
        return None
    if inner == var or not depends(inner, var):
        return None
    if not differentiable(ctx, "chain-rule", body, var):
        return None
    return sympy.Subs(sympy.Derivative(outer, u), u, inner) * sympy.Derivative(inner, var)


@rule(
    "power-rule",
    family=DERIVATIVE,
    law="d/dx x**n = n*x**(n-1)",
    conditions=("n free of x", "n an integer or x > 0"),
    example="Derivative(x**3, x) = 3*x**2",
)
def _power_rule(node, ctx):
    var = first_order(node)
    if var is None:
        return None
    body = node.expr
    if body == var:
        return sympy.Integer(1)
    if isinstance(body, sympy.Pow) and body.base == var and not depends(body.exp, var):
        n = body.exp
        ok = bool(n.is_integer) or bool(var.is_positive)
        if ctx.require("power-rule", f"{n} is an integer or {var} > 0", ok):
            return n * var ** (n - 1)
    return None


# -- the derivative table --------------------------------------------------------------


@dataclass(frozen=True)
class TableEntry:
    """d/du F(u) = F'(u), where ``condition`` holds at u (on the real line)."""

    name: str
    argument: Callable[[sympy.Basic], sympy.Expr | None]  # u when the node is F(u), else None
    derivative: Callable[[sympy.Expr], sympy.Expr]
    formula: str
    condition: str  # "" or the domain condition in words, with u
    shown: Callable[[Facts, sympy.Expr], bool]


DERIVATIVE_TABLE: dict[str, TableEntry] = {}


def _applied(func) -> Callable[[sympy.Basic], sympy.Expr | None]:
    def argument(node):
        return node.args[0] if isinstance(node, func) and len(node.args) == 1 else None

    return argument


def _square_root(node) -> sympy.Expr | None:
    if isinstance(node, sympy.Pow) and node.exp == sympy.S.Half:
        return node.base
    return None


def _everywhere(facts: Facts, u: sympy.Expr) -> bool:
    return True


def entry(name, argument, derivative, formula, condition="", shown=_everywhere) -> None:
    DERIVATIVE_TABLE[name] = TableEntry(name, argument, derivative, formula, condition, shown)


def _positive(facts: Facts, u):
    return facts.is_positive(u)


def _inside_unit(facts: Facts, u):
    return facts.is_positive(1 - u**2)


entry("sin", _applied(sympy.sin), sympy.cos, "d/du sin(u) = cos(u)")
entry("cos", _applied(sympy.cos), lambda u: -sympy.sin(u), "d/du cos(u) = -sin(u)")
entry(
    "tan",
    _applied(sympy.tan),
    lambda u: 1 / sympy.cos(u) ** 2,
    "d/du tan(u) = 1/cos(u)**2",
    "cos(u) != 0",
    lambda facts, u: facts.is_nonzero(sympy.cos(u)),
)
entry("log", _applied(sympy.log), lambda u: 1 / u, "d/du log(u) = 1/u", "u > 0", _positive)
entry(
    "sqrt",
    _square_root,
    lambda u: 1 / (2 * sympy.sqrt(u)),
    "d/du sqrt(u) = 1/(2*sqrt(u))",
    "u > 0",
    _positive,
)
entry("sinh", _applied(sympy.sinh), sympy.cosh, "d/du sinh(u) = cosh(u)")
entry("cosh", _applied(sympy.cosh), sympy.sinh, "d/du cosh(u) = sinh(u)")
entry(
    "tanh", _applied(sympy.tanh), lambda u: 1 - sympy.tanh(u) ** 2, "d/du tanh(u) = 1 - tanh(u)**2"
)
entry(
    "asin",
    _applied(sympy.asin),
    lambda u: 1 / sympy.sqrt(1 - u**2),
    "d/du asin(u) = 1/sqrt(1 - u**2)",
    "|u| < 1",
    _inside_unit,
)
entry(
    "acos",
    _applied(sympy.acos),
    lambda u: -1 / sympy.sqrt(1 - u**2),
    "d/du acos(u) = -1/sqrt(1 - u**2)",
    "|u| < 1",
    _inside_unit,
)
entry("atan", _applied(sympy.atan), lambda u: 1 / (1 + u**2), "d/du atan(u) = 1/(1 + u**2)")
entry(
    "erf",
    _applied(sympy.erf),
    lambda u: 2 * sympy.exp(-(u**2)) / sympy.sqrt(sympy.pi),
    "d/du erf(u) = 2*exp(-u**2)/sqrt(pi)",
)


def _table_lookup(body: sympy.Basic, var: sympy.Symbol) -> TableEntry | None:
    for item in DERIVATIVE_TABLE.values():
        if item.argument(body) == var:
            return item
    return None


def _table_condition(ctx: RuleContext, item: TableEntry, at: sympy.Expr) -> bool:
    if not item.condition:
        return True
    text = item.condition.replace("u", f"({at})" if not at.is_Atom else str(at))
    return ctx.require("derivative-table", f"{text} ({item.name})", item.shown(ctx.facts, at))


@rule(
    "derivative-table",
    family=DERIVATIVE,
    law="; ".join(e.formula for e in DERIVATIVE_TABLE.values()),
    conditions=tuple(
        f"{e.condition} for {e.name}" for e in DERIVATIVE_TABLE.values() if e.condition
    ),
    example="Derivative(sin(x), x) = cos(x); with chain-rule, "
    "Derivative(sin(3*x), x) = cos(3*x)*Derivative(3*x, x)",
)
def _derivative_table(node, ctx):
    # d/dx F(x), or the outer derivative the chain rule leaves: Subs(d/du F(u), u, G) = F'(G).
    if isinstance(node, sympy.Subs) and len(node.variables) == 1:
        inner, u, at = node.expr, node.variables[0], node.point[0]
        if first_order(inner) != u:
            return None
        item = _table_lookup(inner.expr, u)
        if item is None or not _table_condition(ctx, item, at):
            return None
        return item.derivative(at)
    var = first_order(node)
    if var is None:
        return None
    item = _table_lookup(node.expr, var)
    if item is None:
        return None
    if isinstance(var, sympy.Dummy) and item.condition and not item.shown(ctx.facts, var):
        return None  # a chain rule's bound u: the condition is asked at its value (above)
    if not _table_condition(ctx, item, var):
        return None
    return item.derivative(var)

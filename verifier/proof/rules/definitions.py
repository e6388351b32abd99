"""Definitions: unfold an abbreviation from ``[define]``, the limit definition of the derivative.

>>> RULES["derivative-definition"].law
'd/dx g(x) = lim_{h->0} (g(x+h) - g(x))/h'
"""

from __future__ import annotations

import sympy
from sympy.core.function import AppliedUndef

from verifier.proof.binders import fresh, substitute
from verifier.proof.rules.table import RULES, H, first_order, rule

__all__ = ["RULES"]


@rule(
    "definition",
    law="unfold or fold an abbreviation from [define]",
    kind="definition",
    example="S(x) = 1/(1 + exp(-x)), for S(x) defined so",
)
def _definition(node, ctx):
    if isinstance(node, AppliedUndef):
        define = ctx.facts.defines.get(node.func.__name__)
        if define is not None and define.params:
            return define.unfold(node.args)
    if isinstance(node, sympy.Symbol):
        define = ctx.facts.defines.get(node.name)
        if define is not None and not define.params and define.head == node:
            return define.body
    return None


@rule(
    "derivative-definition",
    law="d/dx g(x) = lim_{h->0} (g(x+h) - g(x))/h",
    kind="definition",
    example="Derivative(f(x), x) = Limit((f(x + h) - f(x))/h, h, 0)",
)
def _derivative_definition(node, ctx):
    var = first_order(node)
    if var is None:
        return None
    g = node.expr
    h = fresh(H)
    shifted = substitute(g, {var: var + h})
    return sympy.Limit((shifted - g) / h, h, 0, dir="+-")

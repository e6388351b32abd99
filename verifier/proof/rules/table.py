"""The rule registry: the :class:`Rule` record, the ``@rule`` decorator and :data:`RULES`.

Each rule family (``limits.py``, ``derivatives.py``, ``series.py``) registers
its rewrites here with the decorator, so a rule's name, statement, side
conditions and example sit right above its code:

>>> RULES["product-rule"].law
'd/dx (A*B) = dA/dx*B + A*dB/dx'
>>> RULES["product-rule"].statement
'd/dx (A*B) = dA/dx*B + A*dB/dx, when A and B differentiable'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import sympy

from verifier.proof.conditions import Facts

Rewrite = Callable[[sympy.Basic, "RuleContext"], "sympy.Expr | None"]

# Templates of the bound variables rewrites introduce. Each application takes
# a fresh copy (binders.fresh), so two binders a rule introduces never share a
# variable; comparison is up to renaming of bound variables.
H = sympy.Dummy("h", real=True)
U = sympy.Dummy("u", real=True)
K = sympy.Dummy("n", integer=True, nonnegative=True)


@dataclass
class RuleContext:
    """Scratch state of one step's rewriting (not a verdict)."""

    facts: Facts
    lemmas: Mapping[str, Rule] = field(default_factory=dict)
    fired: set[str] = field(default_factory=set)
    conditions: list[str] = field(default_factory=list)  # side conditions shown
    failures: list[str] = field(default_factory=list)  # side conditions not shown
    sum_floor: int | None = None
    # The names of the rules the current normalize() runs with: a rule may
    # lean on another only when that one is named too.
    active: frozenset[str] = frozenset()

    def require(self, rule: str, text: str, holds: bool) -> bool:
        entry = f"{rule}: {text}"
        target = self.conditions if holds else self.failures
        if entry not in target:
            target.append(entry)
        return holds


@dataclass(frozen=True)
class Rule:
    """A named rewrite with its side conditions.

    ``always``: the rule is applied in every step, named or not (only rules
    as plain as d/dx x = 1); ``kind`` is "axiom", "definition", "algebra" or
    "lemma"."""

    name: str
    law: str  # the equation, e.g. "d/dx (A*B) = dA/dx*B + A*dB/dx"
    rewrite: Rewrite | None  # None: the rule adds no rewrite (algebra)
    kind: str = "axiom"
    conditions: tuple[str, ...] = ()  # side conditions, each shown before the rule fires
    example: str = ""  # one use, "prev = next"
    always: bool = False
    # The bundle `by = "auto"` proposes the rule in: "derivative", "limit", "series" or None.
    family: str | None = None

    @property
    def statement(self) -> str:
        """The law with its side conditions, in one sentence."""
        if not self.conditions:
            return self.law
        return f"{self.law}, when {'; '.join(self.conditions)}"


RULES: dict[str, Rule] = {}

DERIVATIVE, LIMIT, SERIES = "derivative", "limit", "series"


def register(entry: Rule) -> Rule:
    if entry.name in RULES:
        raise ValueError(f"rule {entry.name!r} is registered twice")
    RULES[entry.name] = entry
    return entry


def rule(
    name: str,
    *,
    law: str,
    conditions: tuple[str, ...] = (),
    example: str = "",
    kind: str = "axiom",
    always: bool = False,
    family: str | None = None,
) -> Callable[[Rewrite], Rewrite]:
    """Register the decorated rewrite as the rule ``name`` (a row of the table)."""

    def decorate(rewrite: Rewrite) -> Rewrite:
        register(Rule(name, law, rewrite, kind, tuple(conditions), example, always, family))
        return rewrite

    return decorate


# -- helpers shared by the families ------------------------------------------------------


def first_order(node: sympy.Basic) -> sympy.Symbol | None:
    """The variable of a first-order Derivative in one variable, else None."""
    if isinstance(node, sympy.Derivative) and len(node.variable_count) == 1:
        var, count = node.variable_count[0]
        if count == 1:
            return var
    return None


def depends(expr: sympy.Basic, var: sympy.Symbol) -> bool:
    return var in expr.free_symbols


def differentiable(ctx: RuleContext, rule_name: str, expr, var) -> bool:
    return ctx.require(
        rule_name, f"{expr} is differentiable in {var}", ctx.facts.is_differentiable(expr, var)
    )


register(
    Rule(
        "algebra",
        "equal as algebraic expressions (Derivative, Limit, Sum kept opaque)",
        None,
        kind="algebra",
        example="(x + 1)**2 = x**2 + 2*x + 1",
    )
)

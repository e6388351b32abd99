"""The table of named rules: each a rewrite on subexpressions, with its side conditions.

A step "= C, by R" is checked by rewriting both the previous expression P and
C with the rules R until nothing changes, then asking algebra whether the two
results are equal (:mod:`verifier.proof.checker`). Each rule rewrites in one fixed
direction (unfold a definition, merge limits, push a derivative inward); since
both sides are rewritten, a step may use the rule either way round.

A rewrite fires only when its side conditions are shown (a split limit's
parts exist, a denominator is nonzero, a function is differentiable); a
condition that is not shown is recorded, and the rewrite does not happen.

One module per family, each rule a row (the ``@rule`` decorator of
:mod:`~verifier.proof.rules.table`) above its code: ``definitions``,
``limits``, ``derivatives`` (with the derivative table), ``series``; lemmas
(proved derivations cited by id) in ``lemmas``; the rewrite loop in ``engine``.

>>> RULES["product-rule"].statement
'd/dx (A*B) = dA/dx*B + A*dB/dx, when A and B differentiable'
"""

from __future__ import annotations

# The families register their rules on import, in this order (the order of
# `verifier rules` and of the README's rule list).
from verifier.proof.rules import definitions, limits, derivatives, series  # noqa: F401  isort: skip
from verifier.proof.rules.derivatives import DERIVATIVE_TABLE, TableEntry
from verifier.proof.rules.engine import MAX_OPS, MAX_PASSES, RewriteLimit, normalize, sum_floor
from verifier.proof.rules.lemmas import lemma_rule
from verifier.proof.rules.table import RULES, H, K, Rewrite, Rule, RuleContext, U, rule

__all__ = [
    "DERIVATIVE_TABLE",
    "MAX_OPS",
    "MAX_PASSES",
    "RULES",
    "H",
    "K",
    "Rewrite",
    "RewriteLimit",
    "Rule",
    "RuleContext",
    "TableEntry",
    "U",
    "lemma_rule",
    "normalize",
    "rule",
    "sum_floor",
]

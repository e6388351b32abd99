"""Every rule, every side condition: one table.

Each row of :data:`ROWS` is one step "previous = next, by rule":

* a **true** use, which must be proved;
* a **violating** use, for one side condition of the rule (or one detail of its
  rewrite: the shift of a reindexing, a term of the product rule): a step that
  the rule would prove if that condition were ignored (or the rewrite were off by
  one), and which must not be proved. A violating row marked ``refuted`` is false
  at some point: the verdict must be a counterexample, and the test recomputes
  both sides at that point itself (SymPy ``doit``/``limit`` and mpmath, 50 digits).

A violating use must also not be "unknown" because the checker's defense in
depth caught it (``method == "disagreement"``): that verdict means the rule
*did* fire and algebra proved the false step, i.e. the side condition was not
enforced. So replacing any side condition in ``verifier/proof/rules/`` or
``conditions.py`` by ``True`` makes a row of this table fail.

:func:`test_every_rule_has_a_violating_row` walks ``RULES`` (and the lemmas the
rows exercise), over this table and the family tables ``tests/proof/test_rule_*.py``:
a rule cannot be added without a true row and a violating row.
"""

from __future__ import annotations

import functools
import importlib
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text
from sympy.core.function import AppliedUndef

from verifier.proof.checker import check_all, check_derivation, citable_lemmas
from verifier.proof.model import load_shipped, load_text, resolve
from verifier.proof.rules import RULES

# One pytest-xdist worker runs all of this module: its tests share the lemmas of the table,
# checked once, computed once per process.
pytestmark = pytest.mark.xdist_group("test_rules")

SYMBOLS = {
    "x": "real",
    "h": "real",
    "n": "integer nonnegative",
    "y": "real",  # may be 0 or negative
    "z": "positive",
    "w_1": "real",  # a subscripted name is one symbol
}
FUNCTIONS = {
    "f": "differentiable nonzero",
    "q": "differentiable",  # may vanish
    "g": "continuous",  # not differentiable
    "r": "continuous nonzero",
    "p": "",  # not even continuous
}

# Lemmas written for this table (cited by id, like the shipped ones).
LEMMAS = {
    # A lemma about a positive symbol: its instance must be positive too.
    "log-square": derivation_text(
        [(None, "log(a**2)"), ("algebra", "2*log(a)")],
        symbols={"a": "positive"},
        ident="log-square",
    ),
    # A lemma with two symbols it treats as independent: a may not become y.
    "exp-scale": derivation_text(
        [(None, "Derivative(exp(a)*y, y)"), (["constant-rule", "power-rule"], "exp(a)")],
        symbols={"a": "real", "y": "real"},
        ident="exp-scale",
    ),
    # A lemma with a function under a binder: its instance may not mention the bound h.
    "limit-free": derivation_text(
        [(None, "Limit(x + k(x), h, 0)"), ("limit-constant", "x + k(x)")],
        symbols={"x": "real", "h": "real"},
        functions={"k": ""},
        ident="limit-free",
    ),
}


@dataclass(frozen=True)
class Row:
    rule: str
    what: str  # what the row shows: for a violating row, the condition it violates
    prev: str
    next: str
    expect: str  # "proved" | "refuted" | "not proved"
    keys: dict = field(default_factory=dict)  # define, uses, timeout
    bug: str = ""  # a known unsound spot: the row is expected to fail until it is fixed
    also: tuple[str, ...] = ()  # other rules named in the same step

    @property
    def by(self):
        return [self.rule, *self.also] if self.also else self.rule

    @property
    def violating(self) -> bool:
        return self.expect != "proved"

    @property
    def id(self) -> str:
        return f"{self.rule}|{'violates' if self.violating else 'true'}|{self.what}"


def true(rule, what, prev, nxt, *, also=(), **keys):
    return Row(rule, what, prev, nxt, "proved", keys, also=tuple(also))


def bad(rule, what, prev, nxt, *, refuted=False, bug="", also=(), **keys):
    expect = "refuted" if refuted else "not proved"
    return Row(rule, what, prev, nxt, expect, keys, bug, tuple(also))


S_DEF = {"define": {"S(x)": "x**2 + 1"}}
SUBS_F = "Subs(Derivative(f(u), u), u, x**2)"

ROWS = [
    # -- algebra: Derivative, Limit, Sum stay opaque; an opaque term is cancelled or
    #    divided by only when it is shown to exist (and be nonzero).
    true("algebra", "polynomial", "(x + 1)**2", "x**2 + 2*x + 1"),
    true(
        "algebra",
        "cancel an existing limit",
        "Limit(f(x + h), h, 0)*x + Limit(f(x + h), h, 0)",
        "Limit(f(x + h), h, 0)*(x + 1)",
    ),
    bad("algebra", "wrong algebra", "(x + 1)**2", "x**2 + 1", refuted=True),
    true("algebra", "tanh through exp", "tanh(x)", "(exp(x) - exp(-x))/(exp(x) + exp(-x))"),
    bad(
        "algebra",
        "tanh with the quotient upside down",
        "tanh(x)",
        "(exp(x) + exp(-x))/(exp(x) - exp(-x))",
        refuted=True,
    ),
    bad("algebra", "no differentiation", "Derivative(x**2, x)", "2*x"),
    bad("algebra", "no limit evaluation", "Limit(x + h, h, 0)", "x"),
    bad(
        "algebra",
        "no cancelling a limit that may not exist",
        "(x*Limit(sin(1/h), h, 0) + Limit(sin(1/h), h, 0))/Limit(sin(1/h), h, 0)",
        "x + 1",
    ),
    bad(
        "algebra",
        "no dropping a limit SymPy cancelled on reading",
        "Limit(sin(1/h), h, 0) - Limit(sin(1/h), h, 0) + x",
        "x",
    ),
    bad(
        "algebra",
        "no combining a limit that may not exist",
        "Limit(sin(1/h), h, 0)*(x + 1) - x*Limit(sin(1/h), h, 0) - Limit(sin(1/h), h, 0)",
        "0",
    ),
    bad(
        "algebra",
        "no dropping a 0/0 SymPy cancelled on reading",
        "x*Limit(h, h, 0)/Limit(h, h, 0)",
        "x",
    ),
    bad(
        "algebra",
        "no dividing by a limit that is 0",
        "(x*Limit(h, h, 0) + Limit(h, h, 0))/Limit(h, h, 0)",
        "x + 1",
    ),
    # -- definition: unfolds exactly the body, with the arguments put in
    true("definition", "unfold", "S(x) + 1", "x**2 + 2", **S_DEF),
    true("definition", "unfold at an argument", "S(2*x)", "4*x**2 + 1", **S_DEF),
    bad("definition", "a term dropped", "S(x) + 1", "x**2 + 1", refuted=True, **S_DEF),
    bad("definition", "argument not put in", "S(2*x)", "x**2 + 1", refuted=True, **S_DEF),
    # -- derivative-definition: exactly lim (g(x + h) - g(x))/h, first order only
    true(
        "derivative-definition", "unfold", "Derivative(f(x), x)", "Limit((f(x + h) - f(x))/h, h, 0)"
    ),
    bad(
        "derivative-definition",
        "quotient off by a factor",
        "Derivative(f(x), x)",
        "Limit((f(x + h) - f(x))/(2*h), h, 0)",
        refuted=True,
    ),
    bad(
        "derivative-definition",
        "second derivative",
        "Derivative(f(x), x, x)",
        "Limit((f(x + h) - f(x))/h, h, 0)",
        refuted=True,
    ),
    # -- exp-series: exactly Sum(X**n/n!, n = 0..oo)
    true("exp-series", "unfold", "exp(x)", "Sum(x**n/factorial(n), (n, 0, oo))"),
    true(
        "exp-series", "unfold at an argument", "exp(2*x)", "Sum((2*x)**n/factorial(n), (n, 0, oo))"
    ),
    bad("exp-series", "starts at 1", "exp(x)", "Sum(x**n/factorial(n), (n, 1, oo))", refuted=True),
    bad(
        "exp-series",
        "argument not put in",
        "exp(2*x)",
        "Sum(2*x**n/factorial(n), (n, 0, oo))",
        refuted=True,
    ),
    # -- limit-sum: both limits exist, at the same point
    true(
        "limit-sum",
        "split",
        "Limit(2*f(x + h) + h**2, h, 0)",
        "2*Limit(f(x + h), h, 0) + Limit(h**2, h, 0)",
    ),
    bad(
        "limit-sum",
        "second limit does not exist",
        "Limit(h, h, 0) + Limit(sin(1/h), h, 0)",
        "Limit(h + sin(1/h), h, 0)",
    ),
    bad(
        "limit-sum",
        "first limit does not exist",
        "Limit(1/h, h, 0) + Limit(h**2, h, 0)",
        "Limit(1/h + h**2, h, 0)",
    ),
    bad(
        "limit-sum",
        "limits at different points",
        "Limit(h, h, 0) + Limit(h, h, 1)",
        "Limit(2*h, h, 0)",
        refuted=True,
    ),
    # -- limit-product: both limits exist, at the same point
    true(
        "limit-product",
        "split",
        "Limit(f(x + h)*(h + 2), h, 0)",
        "Limit(f(x + h), h, 0)*Limit(h + 2, h, 0)",
    ),
    true("limit-product", "square", "x*Limit(f(x + h), h, 0)**2", "x*Limit(f(x + h)**2, h, 0)"),
    true(
        "limit-product",
        "difference quotient",
        "Limit((f(x + h) - f(x))/h, h, 0)*Limit(h + 1, h, 0)",
        "Limit((f(x + h) - f(x))*(h + 1)/h, h, 0)",
    ),
    bad(
        "limit-product",
        "difference quotient over h**2 has no limit",
        "Limit((f(x + h) - f(x))/h**2, h, 0)*Limit(h, h, 0)",
        "Limit((f(x + h) - f(x))/h, h, 0)",
    ),
    bad(
        "limit-product",
        "second limit does not exist",
        "Limit(h*sin(1/h), h, 0)",
        "Limit(h, h, 0)*Limit(sin(1/h), h, 0)",
    ),
    bad(
        "limit-product",
        "first limit does not exist",
        "Limit(1/h, h, 0)*Limit(h**2, h, 0)",
        "Limit(h, h, 0)",
    ),
    bad(
        "limit-product",
        "squared limit does not exist",
        "x*Limit(sin(1/h), h, 0)**2",
        "x*Limit(sin(1/h)**2, h, 0)",
    ),
    bad(
        "limit-product",
        "limits at different points",
        "Limit(h, h, 1)*Limit(h, h, 2)",
        "Limit(h**2, h, 1)",
        refuted=True,
    ),
    # -- limit-quotient: the denominator's limit exists and is nonzero, the numerator's exists
    true(
        "limit-quotient",
        "split",
        "Limit(f(x + h)/(h + 2), h, 0)",
        "Limit(f(x + h), h, 0)/Limit(h + 2, h, 0)",
    ),
    true("limit-quotient", "reciprocal", "1/Limit(h + 2, h, 0)", "Limit(1/(h + 2), h, 0)"),
    bad(
        "limit-quotient",
        "denominator's limit is 0",
        "Limit(sin(h), h, 0)/Limit(h, h, 0)",
        "Limit(sin(h)/h, h, 0)",
    ),
    bad(
        "limit-quotient",
        "denominator's limit does not exist",
        "1/Limit(sin(1/h) + 2, h, 0)",
        "Limit(1/(sin(1/h) + 2), h, 0)",
    ),
    bad(
        "limit-quotient",
        "numerator's limit does not exist",
        "Limit(sin(1/h), h, 0)/Limit(h + 2, h, 0)",
        "Limit(sin(1/h)/(h + 2), h, 0)",
    ),
    bad(
        "limit-quotient",
        "limits at different points",
        "Limit(h + 1, h, 1)/Limit(h + 2, h, 2)",
        "Limit((h + 1)/(h + 2), h, 1)",
        refuted=True,
    ),
    # -- limit-constant: c free of the variable and defined; c*lim A needs c != 0 or lim A
    true(
        "limit-constant", "constant factor", "Limit(f(x)*(h + 2), h, 0)", "f(x)*Limit(h + 2, h, 0)"
    ),
    true(
        "limit-constant",
        "nonzero factor, any limit",
        "Limit(2*sin(1/h), h, 0)",
        "2*Limit(sin(1/h), h, 0)",
    ),
    true("limit-constant", "factor may be 0, limit exists", "Limit(y*h, h, 0)", "y*Limit(h, h, 0)"),
    true("limit-constant", "constant", "Limit(x, h, 0)", "x"),
    bad(
        "limit-constant",
        "body depends on the variable",
        "Limit(h + 1, h, 0)",
        "h + 1",
        refuted=True,
    ),
    bad("limit-constant", "constant not defined", "Limit(1/y, h, 0)", "1/y"),
    bad("limit-constant", "factor not defined", "Limit(h/y, h, 0)", "Limit(h, h, 0)/y"),
    bad(
        "limit-constant",
        "factor may be 0 and the limit may not exist",
        "Limit(y*sin(1/h), h, 0)",
        "y*Limit(sin(1/h), h, 0)",
    ),
    # -- continuity: the body is continuous at the point
    true("continuity", "continuous", "Limit(f(x + h)**2, h, 0)", "f(x)**2"),
    true("continuity", "at another point", "Limit(x*h + f(h), h, 2)", "2*x + f(2)"),
    bad("continuity", "denominator may vanish", "Limit(1/q(x + h), h, 0)", "1/q(x)"),
    bad("continuity", "function not continuous", "Limit(p(x + h), h, 0)", "p(x)"),
    bad("continuity", "limit at infinity", "Limit(g(h), h, oo)", "g(oo)"),
    bad("continuity", "wrong value", "Limit(f(x + h)**2, h, 0)", "f(x)**3", refuted=True),
    # -- sum-rule: every term differentiable
    true(
        "sum-rule",
        "split",
        "Derivative(f(x) + x**2, x)",
        "Derivative(f(x), x) + Derivative(x**2, x)",
    ),
    bad(
        "sum-rule",
        "first term not differentiable",
        "Derivative(Abs(x) + exp(x), x)",
        "Derivative(Abs(x), x) + Derivative(exp(x), x)",
    ),
    bad(
        "sum-rule",
        "last term not differentiable",
        "Derivative(x**2 + Abs(x - 1), x)",
        "Derivative(x**2, x) + Derivative(Abs(x - 1), x)",
    ),
    bad(
        "sum-rule",
        "a term dropped",
        "Derivative(f(x) + x**2, x)",
        "Derivative(f(x), x)",
        refuted=True,
    ),
    # -- constant-rule: c free of x and defined; c*A needs c != 0 or A differentiable
    true("constant-rule", "constant factor", "Derivative(y*f(x), x)", "y*Derivative(f(x), x)"),
    true(
        "constant-rule", "nonzero factor, any A", "Derivative(3*g(x), x)", "3*Derivative(g(x), x)"
    ),
    true("constant-rule", "constant", "Derivative(y, x)", "0"),
    bad("constant-rule", "depends on x", "Derivative(x**2, x)", "0", refuted=True),
    bad("constant-rule", "constant not defined", "Derivative(1/y, x)", "0"),
    bad("constant-rule", "factor not defined", "Derivative(x/y, x)", "Derivative(x, x)/y"),
    bad(
        "constant-rule",
        "factor may be 0 and A not differentiable",
        "Derivative(y*g(x), x)",
        "y*Derivative(g(x), x)",
    ),
    # -- product-rule: every factor differentiable; one term per factor
    true(
        "product-rule",
        "two factors",
        "Derivative(x**2*f(x), x)",
        "Derivative(x**2, x)*f(x) + x**2*Derivative(f(x), x)",
    ),
    true(
        "product-rule",
        "three factors and a constant",
        "Derivative(2*x*f(x)*exp(x), x)",
        "2*(Derivative(x, x)*f(x)*exp(x) + x*Derivative(f(x), x)*exp(x)"
        " + x*f(x)*Derivative(exp(x), x))",
    ),
    bad(
        "product-rule",
        "factor not differentiable",
        "Derivative(x*g(x), x)",
        "Derivative(x, x)*g(x) + x*Derivative(g(x), x)",
    ),
    bad(
        "product-rule",
        "first factor not differentiable",
        "Derivative(Abs(x)*exp(x), x)",
        "Derivative(Abs(x), x)*exp(x) + Abs(x)*Derivative(exp(x), x)",
    ),
    bad(
        "product-rule",
        "a term dropped",
        "Derivative(x**2*f(x), x)",
        "x**2*Derivative(f(x), x)",
        refuted=True,
    ),
    bad(
        "product-rule",
        "product of derivatives",
        "Derivative(x**2*f(x), x)",
        "Derivative(x**2, x)*Derivative(f(x), x)",
        refuted=True,
    ),
    # -- chain-rule: the composite is differentiable (outer and inner)
    true(
        "chain-rule", "function of x**2", "Derivative(f(x**2), x)", f"{SUBS_F}*Derivative(x**2, x)"
    ),
    true(
        "chain-rule",
        "power",
        "Derivative((x**2 + 1)**3, x)",
        "Subs(Derivative(u**3, u), u, x**2 + 1)*Derivative(x**2 + 1, x)",
    ),
    bad(
        "chain-rule",
        "outer not differentiable",
        "Derivative(g(x**2), x)",
        "Subs(Derivative(g(u), u), u, x**2)*Derivative(x**2, x)",
    ),
    bad(
        "chain-rule",
        "inner not differentiable",
        "Derivative(exp(g(x)), x)",
        "Subs(Derivative(exp(u), u), u, g(x))*Derivative(g(x), x)",
    ),
    bad(
        "chain-rule",
        "power of a base that may be <= 0",
        "Derivative(sqrt(x - 1), x)",
        "Subs(Derivative(sqrt(u), u), u, x - 1)*Derivative(x - 1, x)",
    ),
    bad("chain-rule", "inner derivative dropped", "Derivative(f(x**2), x)", SUBS_F, refuted=True),
    # A log argument positive only over one denominator: 1 - 1/(e^x + 1) = e^x/(e^x + 1).
    true(
        "chain-rule",
        "log of a difference positive over one denominator",
        "Derivative(log(1 - 1/(exp(x) + 1)), x)",
        "Subs(Derivative(log(u), u), u, 1 - 1/(exp(x) + 1))*Derivative(1 - 1/(exp(x) + 1), x)",
    ),
    bad(
        "chain-rule",
        "log of a difference negative for x < 0",
        "Derivative(log(1 - 2/(exp(x) + 1)), x)",
        "Subs(Derivative(log(u), u), u, 1 - 2/(exp(x) + 1))*Derivative(1 - 2/(exp(x) + 1), x)",
    ),
    bad(
        "chain-rule",
        "log of a difference that is 0 at x = 0",
        "Derivative(log(1 - 1/(x**2 + 1)), x)",
        "Subs(Derivative(log(u), u), u, 1 - 1/(x**2 + 1))*Derivative(1 - 1/(x**2 + 1), x)",
    ),
    # -- power-rule: n free of x, n integer or x > 0
    true("power-rule", "integer power", "Derivative(x**3, x)", "3*x**2"),
    true("power-rule", "real power of a positive", "Derivative(z**(1/2), z)", "z**(-1/2)/2"),
    true("power-rule", "x itself", "Derivative(x, x)", "1"),
    bad("power-rule", "real power of a real", "Derivative(x**(1/2), x)", "x**(-1/2)/2"),
    bad("power-rule", "symbolic power of a real", "Derivative(x**y, x)", "y*x**(y - 1)"),
    bad("power-rule", "exponent depends on x", "Derivative(z**z, z)", "z*z**(z - 1)", refuted=True),
    bad("power-rule", "exponent not lowered", "Derivative(x**3, x)", "3*x**3", refuted=True),
    # -- termwise: a finite sum (numbers as bounds) of differentiable terms, or a power
    #    series with infinite radius and no negative powers
    true(
        "termwise",
        "power series",
        "Derivative(Sum(x**n/factorial(n), (n, 0, oo)), x)",
        "Sum(Derivative(x**n/factorial(n), x), (n, 0, oo))",
    ),
    true(
        "termwise",
        "finite sum",
        "Derivative(Sum(x**n, (n, 0, 3)), x)",
        "Sum(Derivative(x**n, x), (n, 0, 3))",
    ),
    true(
        "termwise",
        "finite sum up to a declared integer",
        "Derivative(Sum(x**k, (k, 0, n)), x)",
        "Sum(Derivative(x**k, x), (k, 0, n))",
    ),
    bad(
        "termwise",
        "finite sum up to a declared integer, of terms not differentiable",
        "Derivative(Sum(Abs(x - k), (k, 0, n)), x)",
        "Sum(Derivative(Abs(x - k), x), (k, 0, n))",
    ),
    bad(
        "termwise",
        "finite sum of terms not differentiable",
        "Derivative(Sum(Abs(x - n), (n, 0, 2)), x)",
        "Sum(Derivative(Abs(x - n), x), (n, 0, 2))",
    ),
    bad(
        "termwise",
        "radius 1",
        "Derivative(Sum(x**n, (n, 0, oo)), x)",
        "Sum(Derivative(x**n, x), (n, 0, oo))",
    ),
    bad(
        "termwise",
        "not a power series",
        "Derivative(Sum(sin(n**2*x)/(n + 1)**2, (n, 0, oo)), x)",
        "Sum(Derivative(sin(n**2*x)/(n + 1)**2, x), (n, 0, oo))",
    ),
    bad(
        "termwise",
        "negative power",
        "Derivative(Sum(x**(n - 1)/factorial(n), (n, 0, oo)), x)",
        "Sum(Derivative(x**(n - 1)/factorial(n), x), (n, 0, oo))",
    ),
    # -- reindex: shifts the body and both bounds by exactly the lower bound
    true(
        "reindex",
        "power series",
        "Sum(x**n/factorial(n), (n, 2, oo))",
        "Sum(x**(n + 2)/factorial(n + 2), (n, 0, oo))",
    ),
    true("reindex", "finite sum", "Sum(n**2, (n, 1, 4))", "Sum((n + 1)**2, (n, 0, 3))"),
    bad(
        "reindex",
        "upper bound off by one",
        "Sum(n**2, (n, 1, 4))",
        "Sum((n + 1)**2, (n, 0, 4))",
        refuted=True,
    ),
    bad(
        "reindex", "body not shifted", "Sum(n**2, (n, 1, 4))", "Sum(n**2, (n, 0, 3))", refuted=True
    ),
    # A shift by a non-integer is refused when the file is read (Sum bounds are integers):
    # tests/proof/test_soundness.py::test_sum_bounds_must_be_integers.
    # -- sum-first-term: the first term is defined; exactly one term comes out
    true(
        "sum-first-term",
        "power series",
        "Sum(x**n/factorial(n), (n, 0, oo))",
        "1 + Sum(x**n/factorial(n), (n, 1, oo))",
    ),
    true(
        "sum-first-term",
        "finite sum",
        "Sum(n**2 + x, (n, 1, 3))",
        "1 + x + Sum(n**2 + x, (n, 2, 3))",
    ),
    bad(
        "sum-first-term",
        "first term not defined",
        "Sum(1/(x + n), (n, 0, 2))",
        "1/x + Sum(1/(x + n), (n, 1, 2))",
    ),
    bad(
        "sum-first-term",
        "first term dropped",
        "Sum(x**n/factorial(n), (n, 0, oo))",
        "Sum(x**n/factorial(n), (n, 1, oo))",
        refuted=True,
    ),
    # -- lemmas: an instance maps symbols to symbols (distinct ones to distinct ones) with
    #    the lemma symbol's assumptions, and functions to expressions with its hypotheses
    true(
        "exp-derivative", "instance", "2*Derivative(exp(y), y)", "2*exp(y)", uses=["exp-derivative"]
    ),
    bad(
        "exp-derivative",
        "not a symbol",
        "Derivative(exp(2*x), x)",
        "exp(2*x)",
        refuted=True,
        uses=["exp-derivative"],
    ),
    true(
        "reciprocal-rule",
        "instance",
        "Derivative(1/(x**2 + 1), x)",
        "-Derivative(x**2 + 1, x)/(x**2 + 1)**2",
        uses=["reciprocal-rule"],
    ),
    bad(
        "reciprocal-rule",
        "function may be 0",
        "Derivative(1/(x - 1), x)",
        "-Derivative(x - 1, x)/(x - 1)**2",
        uses=["reciprocal-rule"],
    ),
    bad(
        "reciprocal-rule",
        "function not differentiable",
        "Derivative(1/r(x), x)",
        "-Derivative(r(x), x)/r(x)**2",
        uses=["reciprocal-rule"],
    ),
    bad(
        "reciprocal-rule",
        "sign",
        "Derivative(1/(x**2 + 1), x)",
        "Derivative(x**2 + 1, x)/(x**2 + 1)**2",
        refuted=True,
        uses=["reciprocal-rule"],
    ),
    true(
        "sigmoid-derivative",
        "instance",
        "Derivative(1/(1 + exp(-y)), y)",
        "(1 - 1/(1 + exp(-y)))/(1 + exp(-y))",
        uses=["sigmoid-derivative"],
    ),
    bad(
        "sigmoid-derivative",
        "not a symbol",
        "Derivative(1/(1 + exp(-2*x)), x)",
        "(1 - 1/(1 + exp(-2*x)))/(1 + exp(-2*x))",
        refuted=True,
        uses=["sigmoid-derivative"],
    ),
    true("log-square", "positive instance", "log(z**2)", "2*log(z)", uses=["log-square"]),
    bad("log-square", "instance not positive", "log(y**2)", "2*log(y)", uses=["log-square"]),
    true("exp-scale", "distinct symbols", "Derivative(exp(y)*x, x)", "exp(y)", uses=["exp-scale"]),
    bad(
        "exp-scale",
        "two symbols made one",
        "Derivative(exp(x)*x, x)",
        "exp(x)",
        refuted=True,
        uses=["exp-scale"],
    ),
    true(
        "limit-free",
        "instance free of h",
        "Limit(z + exp(z), h, 0)",
        "z + exp(z)",
        uses=["limit-free"],
    ),
    bad(
        "limit-free",
        "instance mentions the bound h",
        "Limit(x + h, h, 0)",
        "x + h",
        refuted=True,
        uses=["limit-free"],
    ),
]


# -- running a row ------------------------------------------------------------


@functools.cache
def _lemma_reports() -> dict:
    """Every lemma a row may cite, checked once (a shipped lemma takes seconds)."""
    citing = derivation_text(
        [(None, "x"), ("algebra", "x")],
        ident="cites-all",
        uses=[d.id for d in load_shipped()] + list(LEMMAS),
    )
    derivations = [load_text(citing, "cites-all.toml")] + [
        load_text(textwrap.dedent(text), f"{lid}.toml") for lid, text in LEMMAS.items()
    ]
    return {r.derivation.id: r for r in check_all(resolve(derivations, load_shipped()))}


def run(row: Row):
    keys = dict(row.keys)
    # A row's own step budget (seconds), where the default 10 s would be spent on
    # nothing: the rule refuses at once, and the refuter then asks SymPy for a limit it
    # cannot find (a body 0/0 everywhere). A wrong proof comes from the rule, not later.
    timeout = keys.pop("timeout", 10.0)
    text = derivation_text(
        [(None, row.prev), (row.by, row.next)], symbols=SYMBOLS, functions=FUNCTIONS, **keys
    )
    if not keys.get("uses"):
        return check_text(text, timeout=timeout)
    # As check_text, with the cited lemmas checked once for the whole table.
    d = load_text(text, "t.toml")
    reports = _lemma_reports()
    assert all(reports[lid].proved for lid in d.uses), "a lemma of the table is not proved"
    citable, unproved = citable_lemmas(d, reports)
    return check_derivation(d, citable, unproved)


def param(row: Row):
    marks = [pytest.mark.xfail(strict=True, reason=row.bug)] if row.bug else []
    return pytest.param(row, id=row.id, marks=marks)


@pytest.mark.parametrize("row", [param(r) for r in ROWS])
def test_rule_table(row):
    check_row(row)


def check_row(row: Row) -> None:
    """The row's step is proved (true row) or not (violating row), as the module says."""
    report = run(row)
    step = report.steps[1]
    verdict = step.verdict
    if row.expect == "proved":
        assert verdict.status == "proved", verdict.reason
        # An abbreviation is unfolded as the file is read: "definition" has nothing
        # left to rewrite, and the checker does not list it.
        if row.rule != "definition":
            assert row.rule in verdict.method, verdict.method
        assert report.proved, report.reason
        return
    assert verdict.status != "proved", f"violating use proved: {verdict.method}; {verdict.reason}"
    # "disagreement": the rule fired and algebra proved it; only the numbers stopped it.
    assert verdict.method != "disagreement", verdict.reason
    assert not report.proved
    if row.expect == "refuted":
        assert verdict.status == "refuted", verdict.reason
        _assert_sides_differ(
            report.steps[0].step.expr,
            step.step.expr,
            verdict.counterexample,
            row.keys.get("define", {}),
        )


# -- an independent recomputation of a counterexample -----------------------------------


def _value(expr: sympy.Expr, values: dict, functions: dict) -> mpmath.mpc:
    applied = {n.func for n in sympy.preorder_traversal(expr) if isinstance(n, AppliedUndef)}
    for node in sorted(applied, key=str):
        expr = expr.replace(node, functions[node.__name__])
    expr = expr.doit(deep=True)
    for _ in range(3):  # Subs(Derivative(...)) and Sum(Derivative(...)) need a second doit
        expr = expr.doit(deep=True)
    symbols = {s: values[s.name] for s in expr.free_symbols}
    assert len(symbols) == len(expr.free_symbols), f"unsampled symbol in {expr}"
    number = sympy.N(expr.subs(symbols), 50)
    assert number.is_finite, f"{expr} at {symbols} is {number}"
    re, im = number.as_real_imag()
    return mpmath.mpc(mpmath.mpf(str(re)), mpmath.mpf(str(im)))


def _assert_sides_differ(prev, cur, cex, define):
    assert cex is not None
    values = {name: sympy.Rational(v) for name, v in cex.values}
    t = sympy.Symbol("t", real=True)
    # The refuter's witness functions, and the row's [define] functions (unfolded).
    functions = {
        name: sympy.Lambda(t, sympy.sympify(body, locals={"t": t})) for name, body in cex.witnesses
    }
    for head, body in define.items():
        name, _, args = head.rstrip(")").partition("(")
        params = [sympy.Symbol(a.strip(), real=True) for a in args.split(",")]
        functions[name] = sympy.Lambda(
            tuple(params), sympy.sympify(body, locals={p.name: p for p in params})
        )
    with mpmath.workdps(50):
        left, right = _value(prev, values, functions), _value(cur, values, functions)
        scale = max(abs(left), abs(right), 1)
        assert abs(left - right) > mpmath.mpf("1e-20") * scale, (left, right)
        # ... and they are the numbers the refuter reported.
        for mine, theirs in ((left, cex.lhs), (right, cex.rhs)):
            assert abs(mine - mpmath.mpf(theirs)) <= mpmath.mpf("1e-10") * scale, (mine, theirs)


# -- completeness -------------------------------------------------------------


def test_every_design_rule_is_in_the_table():
    design = [
        "algebra",
        "definition",
        "derivative-definition",
        "limit-sum",
        "limit-product",
        "limit-quotient",
        "limit-constant",
        "continuity",
        "sum-rule",
        "constant-rule",
        "product-rule",
        "chain-rule",
        "power-rule",
        "exp-series",
        "termwise",
        "reindex",
    ]
    assert set(design) <= set(RULES)


def all_rows() -> list[Row]:
    """The rows of this table and of the family tables (tests/proof/test_rule_*.py)."""
    rows = list(ROWS)
    for path in sorted(Path(__file__).parent.glob("test_rule_*.py")):
        rows += getattr(importlib.import_module(path.stem), "ROWS", [])
    return rows


def test_every_rule_has_a_violating_row():
    # Every built-in rule, and the lemmas written for this table. A shipped derivation
    # cited as a lemma goes through the same instance code (lemma_rule), exercised by
    # the rows of the first three; adding a derivation to derivations/ breaks no test.
    lemmas = [d.id for d in load_shipped()] + list(LEMMAS)
    required = [*RULES, "reciprocal-rule", "exp-derivative", "sigmoid-derivative", *LEMMAS]
    rows_of_all = all_rows()
    for name in required:
        rows = [r for r in rows_of_all if r.rule == name]
        assert any(not r.violating for r in rows), f"rule {name!r} has no true row"
        assert any(r.violating and not r.bug for r in rows), f"rule {name!r} has no violating row"
    assert {r.rule for r in rows_of_all} <= set(RULES) | set(lemmas)


def test_named_rule_must_apply():
    # A true step, justified by a rule that does not make it: fail closed.
    for rule, prev, nxt in (
        ("power-rule", "(x + 1)**2", "x**2 + 2*x + 1"),
        ("limit-sum", "Limit(x*h, h, 2)", "2*x"),
    ):
        text = derivation_text([(None, prev), (rule, nxt)], symbols=SYMBOLS)
        verdict = check_text(text).steps[1].verdict
        assert verdict.status != "proved", verdict.method
        # The message says the rule did not apply, or which rules do give the step.
        assert "does not apply" in verdict.reason or "proves it" in verdict.reason

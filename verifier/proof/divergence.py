"""Counterexamples where one side is a number and the other a limit that does not exist.

``lim (f(x+h)g(x) - f(x)g(x+h))/h = lim (g(x)f(x+h) + g(x)f(x))/h - lim (...)/h`` is false
although no sample point shows two different numbers: the left side is f'g - fg' and each
limit on the right grows without bound (the post split a limit into two that do not
exist). :func:`find_divergence` looks for such a point: the sample points and witness
functions of :mod:`verifier.proof.refute`, one side a finite real number there, and on the
other a limit, outside every binder, whose body grows without bound as the variable
approaches the point (from the side or sides the limit names).

Untrusted, like the refuter: it can only turn a step into "refuted", never into "proved".
The evidence is numeric, so it is demanding: at four distances 1e-8, 1e-16, 1e-24, 1e-32
from the point, at 50 digits, the body keeps one sign and its size grows at least a
thousandfold from each distance to the next (a power law h^-a with a >= 3/8; a slower
growth, such as log h, is not claimed). A limit inside a sum, another limit, a derivative
or a condition is not looked at, since there a missing value may not make the side
meaningless.
"""

from __future__ import annotations

import itertools

import mpmath
import sympy

from verifier.proof import binders
from verifier.proof.conditions import Facts
from verifier.proof.refute import (
    Counterexample,
    _defined_at,
    _expr,
    _prepare,
    _real_value,
    _show,
    bind,
    search_points,
)

ATTEMPTS = 4  # sample points
BUDGET = 1.5  # seconds; no new sample point after this
DIGITS = 50
DISTANCES = (8, 16, 24, 32)  # the body is evaluated at the point +- 10**-k
GROWTH = mpmath.mpf(1000)  # least growth of |body| from one distance to the next
PROBE = mpmath.mpf(10) ** 6  # least |body| at the nearest distance worth a closer look
# The nodes a missing value passes through unchanged: a sum, product or power with a
# term that has no value has none (the other nodes, binders and conditions, are not
# entered).
_TRANSPARENT = (sympy.Add, sympy.Mul, sympy.Pow)


def find_divergence(
    lhs: sympy.Expr,
    rhs: sympy.Expr,
    facts: Facts,
    seed: int,
    *,
    attempts: int = ATTEMPTS,
    budget: float = BUDGET,
    written: tuple[sympy.Expr, ...] = (),
) -> Counterexample | None:
    """A point where one side is a finite real number and the other holds a limit that
    grows without bound, or None. Never raises on content."""
    lhs, rhs = _expr(lhs), _expr(rhs)
    if not (lhs.has(sympy.Limit) or rhs.has(sympy.Limit)):
        return None
    token = binders._LEDGER.set(None)
    try:
        return search_points(lhs, rhs, facts, seed, attempts, budget, written, _probe)
    except Exception:
        return None
    finally:
        binders._LEDGER.reset(token)


def _probe(lhs, rhs, env: dict, chosen: dict) -> tuple[str, str] | None:
    """Both sides as shown when one is a finite number and the other holds a limit that
    grows without bound at this point, else None."""
    try:
        sides = [_prepare(side, chosen) for side in (lhs, rhs)]
    except Exception:
        return None
    for i in (0, 1):
        limit = _diverging_limit(sides[i], env)
        if limit is None:
            continue
        other = _finite(sides[1 - i], env)
        if other is None:
            continue
        shown = [_show(other), _show(other)]
        shown[i] = f"no value ({limit})"
        return shown[0], shown[1]
    return None


def _finite(side: sympy.Expr, env: dict) -> mpmath.mpf | None:
    """The side's real value at two precisions, when both agree."""
    if not _defined_at(side, env):
        return None
    first, second = _real_value(side, env, 30), _real_value(side, env, 60)
    if first is None or second is None:
        return None
    if abs(first - second) > mpmath.mpf(10) ** -20 * max(1, abs(second)):
        return None
    return second


def _outer_limits(node: sympy.Basic) -> list[sympy.Limit]:
    """The limits reached from the root through sums, products and powers only."""
    if isinstance(node, sympy.Limit):
        return [node]
    if isinstance(node, _TRANSPARENT):
        return [found for arg in node.args for found in _outer_limits(arg)]
    return []


def _diverging_limit(side: sympy.Expr, env: dict) -> str | None:
    """A description of a limit of ``side`` (outside every binder) that grows without
    bound at ``env``, or None."""
    for limit in _outer_limits(side):
        body, var, point, direction = limit.args
        if point.has(sympy.oo, -sympy.oo, sympy.zoo):
            continue
        rest = {s: v for s, v in env.items() if s != var}
        where = bind(point, rest)
        if where.free_symbols or not where.is_real:
            continue
        sides = {"+": (1,), "-": (-1,), "+-": (1, -1)}.get(str(direction), ())
        for sign in sides:
            if _grows(body, var, where, sign, rest):
                approach = {1: " from above", -1: " from below"}[sign] if len(sides) == 1 else ""
                return (
                    f"the limit as {var} -> {sympy.sstr(where)}{approach} does not exist: "
                    f"the expression grows without bound"
                )
    return None


def _grows(body: sympy.Expr, var: sympy.Symbol, point, sign: int, env: dict) -> bool:
    """|body| grows at least GROWTH-fold at each distance in DISTANCES, keeping its sign."""
    # The nearest distance first: a body that converges is small there, and is let go
    # after one evaluation.
    nearest = dict(env)
    nearest[var] = point + sign * sympy.Rational(1, 10 ** DISTANCES[-1])
    probe = _real_value(body, nearest, 30)
    if probe is None or abs(probe) < PROBE:
        return False
    values = []
    for k in DISTANCES:
        at = dict(env)
        at[var] = point + sign * sympy.Rational(1, 10**k)
        value = _real_value(body, at, DIGITS)
        if value is None or value == 0:
            return False
        values.append(value)
    if len({mpmath.sign(v) for v in values}) != 1:
        return False
    if not all(abs(b) >= GROWTH * abs(a) for a, b in itertools.pairwise(values)):
        return False
    # Numbers alone can be fooled (1/(h + 10**-40) grows a thousandfold at each of these
    # distances and tends to 10**40): SymPy's limit of the concrete body, from this side,
    # must be the infinity of the sign seen.
    try:
        # doit: a finite sum with whole bounds is written out (SymPy's limit does not
        # look inside an unevaluated Sum).
        concrete = bind(body, env).doit()
        found = sympy.limit(concrete, var, point, dir="+" if sign > 0 else "-")
    except Exception:
        return False
    return found == (sympy.oo if values[-1] > 0 else -sympy.oo)

"""Numbers for refutation: witnesses for unknown functions, sample points, evaluation.

A step is refuted only by numbers: both sides evaluated at a point, with a
concrete function substituted for every unknown function, and found to
differ. Here any sound evaluation may be used (SymPy's ``doit`` on concrete
derivatives, numeric limits, ``evalf`` of series), because its result is
checked by its numbers and never used to prove anything.

Witnesses satisfy every hypothesis a function may carry (differentiable,
continuous, nonzero, positive). Sample points respect the declared
assumptions of each symbol. Randomness is seeded, so the same file gives the
same counterexample on every run.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass

import sympy
from sympy.core.function import AppliedUndef

from verifier.proof.conditions import Facts

T = sympy.Symbol("t", real=True)
# Smooth and positive on the whole real line: they satisfy every hypothesis.
WITNESSES: tuple[sympy.Expr, ...] = (1 + T**2, 2 + sympy.sin(3 * T), sympy.exp(T / 2))
ATTEMPTS = 8
PRECISION = 40  # significant digits of every evaluation
AGREE = sympy.Rational(1, 10**12)  # how closely numeric limit estimates must agree


@dataclass(frozen=True)
class Counterexample:
    """Values at which the previous expression and this one differ."""

    values: tuple[tuple[str, str], ...]  # symbol -> value
    witnesses: tuple[tuple[str, str], ...]  # function -> its body in t
    lhs: str  # the previous expression's value
    rhs: str  # this step's value

    def as_dict(self) -> dict:
        return {
            "values": dict(self.values),
            "witnesses": {f"{name}(t)": body for name, body in self.witnesses},
            "lhs": self.lhs,
            "rhs": self.rhs,
        }

    def describe(self) -> str:
        parts = [f"{k} = {v}" for k, v in self.values]
        parts += [f"{k}(t) = {v}" for k, v in self.witnesses]
        return f"at {', '.join(parts) or 'any point'}: previous = {self.lhs}, this = {self.rhs}"


def sample(symbol: sympy.Symbol, rng: random.Random, attempt: int) -> sympy.Rational:
    """A value allowed by the symbol's assumptions; signs alternate between attempts."""
    if symbol.is_integer:
        low = 1 if symbol.is_positive else 0 if symbol.is_nonnegative else -3
        high = -1 if symbol.is_negative else 5
        value = rng.randint(min(low, high), max(low, high))
        if symbol.is_nonzero and value == 0:
            value = 1
        return sympy.Integer(value)
    magnitude = sympy.Rational(rng.randint(15, 240), 100)
    if symbol.is_positive or symbol.is_nonnegative:
        return magnitude
    if symbol.is_negative or symbol.is_nonpositive:
        return -magnitude
    return magnitude if attempt % 2 == 0 else -magnitude


def find_counterexample(
    lhs: sympy.Expr, rhs: sympy.Expr, facts: Facts, seed: int
) -> Counterexample | None:
    """Search seeded sample points and witnesses for a place where lhs != rhs."""
    lhs, rhs = facts.unfold(lhs), facts.unfold(rhs)
    both = sympy.Tuple(lhs, rhs)
    symbols = sorted(both.free_symbols, key=lambda s: s.name)
    functions = sorted(
        {n.func for n in sympy.preorder_traversal(both) if isinstance(n, AppliedUndef)},
        key=lambda f: f.__name__,
    )
    rng = random.Random(seed)
    for attempt in range(ATTEMPTS):
        env = {s: sample(s, rng, attempt) for s in symbols}
        chosen = {
            f: WITNESSES[(attempt + i) % len(WITNESSES)] for i, f in enumerate(functions)
        }
        a = evaluate(lhs, env, chosen)
        b = evaluate(rhs, env, chosen)
        if a is None or b is None:
            continue
        scale = max(1, abs(a), abs(b))
        if abs(a - b) > sympy.Rational(1, 10**9) * scale:
            return Counterexample(
                values=tuple((s.name, _decimal(v)) for s, v in env.items()),
                witnesses=tuple((f.__name__, str(w)) for f, w in chosen.items()),
                lhs=_show(a),
                rhs=_show(b),
            )
    return None


def _decimal(value: sympy.Rational) -> str:
    """Sample points are integers or hundredths: print them as decimals."""
    return str(value) if value.is_Integer else f"{float(value):g}"


def _show(value: sympy.Float) -> str:
    return str(sympy.Float(value, 15))


def evaluate(
    expr: sympy.Expr,
    env: Mapping[sympy.Symbol, sympy.Expr],
    witnesses: Mapping[sympy.FunctionClass, sympy.Expr],
) -> sympy.Float | None:
    """The real value of ``expr`` at ``env`` with the witnesses substituted, or None."""
    try:
        concrete = expr.replace(
            lambda n: isinstance(n, AppliedUndef) and n.func in witnesses,
            lambda n: witnesses[n.func].xreplace({T: n.args[0]}),
        )
        # Derivatives of concrete functions are exact; do them before the point is fixed.
        concrete = concrete.replace(
            lambda n: isinstance(n, sympy.Derivative | sympy.Subs), lambda n: n.doit()
        )
        if concrete.has(sympy.Derivative):
            return None
        value = _numeric(concrete.xreplace(dict(env)))
    except (ArithmeticError, ValueError, TypeError, RecursionError, NotImplementedError):
        return None
    return value


def _numeric(expr: sympy.Expr) -> sympy.Float | None:
    """Evaluate limits and series inside-out, then the whole, to PRECISION digits."""
    replacements = {}
    for node in sympy.postorder_traversal(expr):
        if isinstance(node, sympy.Limit | sympy.Sum) and node not in replacements:
            inner = node.xreplace(replacements)
            value = _limit(inner) if isinstance(node, sympy.Limit) else _series(inner)
            if value is None:
                return None
            replacements[node] = value
    result = expr.xreplace(replacements).evalf(PRECISION)
    if not result.is_number:
        return None
    re, im = result.as_real_imag()
    if im != 0 and abs(im) > sympy.Rational(1, 10**20) * max(1, abs(re)):
        return None
    if not (re.is_finite and re.is_real) or re.has(sympy.nan, sympy.zoo):
        return None
    return sympy.Float(re, PRECISION)


def _limit(node: sympy.Limit) -> sympy.Float | None:
    """A numeric two-sided (or one-sided) limit: evaluations closer and closer must agree."""
    body, var, point, direction = node.args
    direction = str(direction)
    if point in (sympy.oo, -sympy.oo):
        sign = 1 if point == sympy.oo else -1
        probes = [[sign * sympy.Integer(10) ** k for k in (12, 18, 24)]]
    else:
        sides = {"+": (1,), "-": (-1,), "+-": (1, -1)}[direction]
        probes = [[point + s * sympy.Rational(1, 10**k) for k in (12, 18, 24)] for s in sides]
    estimates = []
    for side in probes:
        values = []
        for probe in side:
            v = _numeric(body.xreplace({var: probe}))
            if v is None:
                return None
            values.append(v)
        if abs(values[-1] - values[-2]) > AGREE * max(1, abs(values[-1])):
            return None
        estimates.append(values[-1])
    if len(estimates) == 2 and abs(estimates[0] - estimates[1]) > AGREE * max(1, abs(estimates[0])):
        return None
    return estimates[0]


def _series(node: sympy.Sum) -> sympy.Float | None:
    value = node.evalf(PRECISION)
    if not value.is_Number or not value.is_finite:
        return None
    return sympy.Float(value, PRECISION)

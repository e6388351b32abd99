"""Interval arithmetic over SymPy expressions: an interval sure to hold a value.

Rigorous, unlike ``evalf``, which carries no error bound through a function: sin(Z)
for Z = sin(x)**2 + cos(x)**2 - 1 evaluates to -1.46e-157 "to 30 digits", and
tanh(C) for C = cosh(3000*x)**2 - sinh(3000*x)**2 - 1 to +-1; their intervals hold
0. Used by :mod:`verifier.proof.binders` (is a cancelled divisor 0 at a sample
point?) and by the posts checker (do two sides differ over the rounding of the
numbers a post states?). Each caller keeps a context of its own: the precision of
``mpmath.iv`` is global.

>>> iv = context(30)
>>> x = sympy.Symbol("x")
>>> value = enclosure(sympy.sin(x) ** 2 + sympy.cos(x) ** 2 - 1, {x: iv.mpf(1)}, iv)
>>> bool(value.a <= 0 <= value.b)
True
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Mapping

import mpmath
import sympy
from mpmath.ctx_iv import MPIntervalContext

_SIMPLE = {sympy.sin: "sin", sympy.cos: "cos", sympy.tan: "tan"}
_MONOTONE = {
    sympy.erf: ("erf", True),
    sympy.atan: ("atan", True),
    sympy.asin: ("asin", True),
    sympy.acos: ("acos", False),
}
# The largest |y| whose exp(y) is enclosed: beyond it, the enclosure of a tower of exps
# is a number mpmath spends minutes on, in one call no time limit interrupts. The
# refuter's points use the same bound (verifier.proof.refute.EXP_LIMIT, where its
# measurements are).
EXP_LIMIT = 2**128


def context(digits: int | None = None) -> MPIntervalContext:
    """A private interval context, at ``digits`` decimal digits (None: mpmath's default)."""
    iv = MPIntervalContext()
    if digits is not None:
        iv.dps = digits
    return iv


def enclosure(expr: sympy.Basic, box: Mapping, iv: MPIntervalContext):
    """An interval of ``iv`` holding every value ``expr`` takes while each symbol ranges
    over its interval in ``box``. ValueError for what it cannot enclose (an unknown
    function, a symbol not in ``box``, a real power of a base not known positive)."""
    if expr in box:
        return box[expr]
    if expr.is_Rational:
        return iv.mpf(int(expr.p)) / int(expr.q)
    if expr.is_Float:
        # A Float is a binary number: taken exactly (mpmath.mpf(expr) rounds it to a double,
        # and a 40-digit Float standing for a Sum lost its last 24 digits).
        return iv.mpf(mpmath.mp.make_mpf(expr._mpf_))
    if expr is sympy.pi:
        return iv.pi
    if expr is sympy.E:
        return iv.exp(1)
    args = [enclosure(a, box, iv) for a in expr.args]
    if isinstance(expr, sympy.Add):
        return functools.reduce(operator.add, args)
    if isinstance(expr, sympy.Mul):
        return functools.reduce(operator.mul, args)
    if isinstance(expr, sympy.Pow):
        base, power = args
        if expr.exp.is_Integer:
            return base ** int(expr.exp)
        if base.a > 0:
            return _exp(power * iv.log(base), iv)
        raise ValueError("a real power of a base not known positive")
    if isinstance(expr, sympy.exp):
        return _exp(args[0], iv)
    if isinstance(expr, sympy.log) and len(args) == 1:
        return iv.log(args[0])
    if type(expr) in _SIMPLE:
        return getattr(iv, _SIMPLE[type(expr)])(args[0])
    if isinstance(expr, sympy.Abs):
        return abs(args[0])
    if type(expr) in _MONOTONE:
        # Monotone (iv.erf does not converge; mpmath's iv has no atan, asin, acos): the
        # values at the ends, each taken with 10 more digits and widened by far more than
        # their error. The widening is done at those digits too: at mpmath's global
        # precision (15 digits) low - slack would round the end to a double, off by 1e-17.
        # asin and acos only inside [-1, 1].
        name, increasing = _MONOTONE[type(expr)]
        low, high = args[0].a, args[0].b
        if name in ("asin", "acos") and not (low >= -1 and high <= 1):
            raise ValueError(f"{name} of a number not known to be inside [-1, 1]")
        with mpmath.workdps(iv.dps + 10):
            slack = mpmath.mpf(10) ** -(iv.dps + 5)
            ends = getattr(mpmath, name)(low), getattr(mpmath, name)(high)
            lo, hi = ends if increasing else ends[::-1]
            return iv.mpf([lo - slack, hi + slack])
    if isinstance(expr, (sympy.sinh, sympy.cosh, sympy.tanh)):
        up, down = _exp(args[0], iv), _exp(-args[0], iv)
        if isinstance(expr, sympy.sinh):
            return (up - down) / 2
        if isinstance(expr, sympy.cosh):
            return (up + down) / 2
        return (up - down) / (up + down)
    raise ValueError(f"no interval evaluation of {type(expr).__name__}")


# The digits at which certified_sign tries a number, the cheapest first: a number SymPy's
# evalf(2) gets wrong (log(1 + 1e-10) - 1e-10 + 1e-20, 5e-21) is decided at the first.
SIGN_DIGITS = (30, 120, 480)


@functools.cache
def _sign_context(digits: int) -> MPIntervalContext:
    # Made once (a context costs a millisecond, and SymPy asks many signs); shared, and
    # so never given another precision.
    return context(digits)


def certified_sign(number: sympy.Basic) -> int | None:
    """The sign (-1, 0 or 1) of a number without variables, from enclosures that exclude
    0 (or from SymPy where the number is exactly 0); None where no enclosure decides it.

    SymPy's is_negative of such a number reads the sign off evalf(2), which carries no
    error bound: it calls log(1 + 1e-10) - 1e-10 + 1e-20 negative, and may even
    contradict itself about it (InconsistentAssumptions)."""
    if number == 0:
        return 0
    if number.free_symbols:
        return None
    for digits in SIGN_DIGITS:
        iv = _sign_context(digits)
        try:
            value = enclosure(number, {}, iv)
        except (ValueError, ZeroDivisionError, ArithmeticError):
            return None
        if value.a > 0:
            return 1
        if value.b < 0:
            return -1
    return None


def _exp(value, iv: MPIntervalContext):
    """iv.exp of an interval whose finite ends are within EXP_LIMIT; ValueError (no
    enclosure) beyond it. An infinite end costs nothing (exp(-oo) = 0)."""
    if any(mpmath.isfinite(end) and abs(end) > EXP_LIMIT for end in (value.a, value.b)):
        raise ValueError("exp of a number too large to enclose")
    return iv.exp(value)

"""Numbers for refutation: witnesses for unknown functions, sample points, evaluation.

This module is *untrusted*: it never proves anything, it can only turn a step
into "refuted". It may therefore use any evaluation SymPy and mpmath offer
(``doit`` of concrete derivatives, ``sympy.limit``, ``Sum.doit``, ``nsum``).
But a wrong refutation is as bad as a wrong proof (the checker also asks
this module before it says "proved"), so every answer is built to be right
or absent:

* bound variables are never sampled or substituted into: every substitution
  goes through :func:`verifier.proof.binders.substitute`;
* ``[define]`` abbreviations (functions and constants) are unfolded before
  any symbol is chosen for sampling;
* a limit gets a value only when SymPy's symbolic limit and numeric
  evaluation at irregular probe points, closer and closer on each required
  side, agree; an infinite sum only when a closed form from ``Sum.doit``
  and ``mpmath.nsum`` agree; a finite sum is added term by term; a
  derivative of anything but elementary smooth functions only when SymPy's
  derivative and one-sided difference quotients agree;
* exact numbers are bounded before they are computed (Python cannot
  interrupt a huge integer power), and limit probes are Floats;
* so are the arguments of exp, sinh and cosh (|y| <= EXP_LIMIT; y*log|b| for a
  real power b**y) and of every other function (< 2**FUNCTION_BITS), before any
  evaluation, by points or by intervals: exp of a tower of exps is a number whose
  exponent has more digits than memory holds, and mpmath computes it in one
  uninterruptible call;
* a counterexample is recomputed at a second, higher precision: both sides
  must be stable across the two precisions and differ at both.

Whenever any of this is not met, the answer is ``None`` (no counterexample),
never a guess. Every exception raised by content is caught; only
``BaseException`` subclasses that are not ``Exception`` (the checker's
``StepTimeout``) propagate.

Witnesses satisfy every hypothesis a function may carry (differentiable,
continuous, nonzero, positive). Sample points respect the declared
assumptions of each symbol. Randomness is seeded, so the same file gives the
same counterexample on every run.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import mpmath
import sympy
from mpmath.ctx_iv import MPIntervalContext
from sympy.core.function import AppliedUndef

from verifier.proof import binders, intervals
from verifier.proof.binders import substitute
from verifier.proof.conditions import Facts
from verifier.proof.deadline import clock

T = sympy.Symbol("t", real=True)
# Smooth and positive on the whole real line: they satisfy every hypothesis.
WITNESSES: tuple[sympy.Expr, ...] = (1 + T**2, 2 + sympy.sin(3 * T), sympy.exp(T / 2))
ATTEMPTS = 8
PRECISION = 30  # significant digits of the first evaluation
CONFIRM = 60  # digits of the recomputation that confirms a counterexample
PROBE_DIGITS = 60  # extra digits when probing limits and derivatives (cancellation)
AGREE = mpmath.mpf("1e-12")  # how closely a symbolic value and its numeric check must agree
DIFFER = mpmath.mpf("1e-9")  # relative difference that counts as "the sides differ"
SERIES_DIGITS = 30  # digits of the nsum that confirms a closed form
MAX_BITS = 1 << 16  # largest exact number we let SymPy compute
# exp(y) costs mpmath about log2|y| bits of extra precision, in calls Python cannot
# interrupt: measured, |y| = 2**1024 costs 17 ms at 833 bits and 2**4096 0.5 s, but
# exp(exp(exp(exp(exp(1.5))))) needs 10**38 bits. Beyond EXP_LIMIT a value is refused,
# as an overflow would be. sin(y) and gamma(y) cost about log2|y| bits too (0.04 s at
# |y| = 2**14427 = e**10000, 0.5 s at 2**65536), hence FUNCTION_BITS for every other
# function's argument. EXP_LIMIT = 2**128 (under a millisecond) still lets exp(-1/h)
# be evaluated at h = -1e-32, where the divergence check (divergence.py) looks; exp of
# a value beyond 2**FUNCTION_BITS, such as exp(EXP_LIMIT), is refused by that bound.
# One bound for points and for the enclosures of binders' divisor check (intervals.py).
EXP_LIMIT = intervals.EXP_LIMIT
FUNCTION_BITS = 1 << 14
MAX_FACTORIAL = 2000
MAX_TERMS = 10000  # finite sums added term by term
MAX_EXACT_TERMS = 500  # ... and added exactly, as SymPy numbers, up to this many
MAX_SLOW_TERMS = 200  # ... when each term needs its own limit/sum/derivative
MAX_DEFINE_DEPTH = 16
BUDGET = 2.5  # seconds of sample points; a later point is not started after this
_FUNCTION_SIZE = mpmath.ldexp(mpmath.mpf(1), FUNCTION_BITS)

_OPAQUE = (sympy.Limit, sympy.Sum, sympy.Derivative, sympy.Subs)
# Functions whose SymPy derivative is wrong (or meaningless) at their kinks:
# derivatives of these are checked against difference quotients.
_NONSMOOTH = (
    sympy.Abs,
    sympy.sign,
    sympy.Heaviside,
    sympy.DiracDelta,
    sympy.floor,
    sympy.ceiling,
    sympy.frac,
    sympy.Piecewise,
    sympy.Min,
    sympy.Max,
    sympy.re,
    sympy.im,
    sympy.arg,
    sympy.Mod,
)
_FACTORIALS = (
    sympy.factorial,
    sympy.factorial2,
    sympy.binomial,
    sympy.RisingFactorial,
    sympy.FallingFactorial,
    sympy.subfactorial,
)
# A closed form containing any of these is no value.
_UNEVALUATED = (
    sympy.Limit,
    sympy.Sum,
    sympy.Derivative,
    sympy.Subs,
    sympy.Integral,
    sympy.Piecewise,
    sympy.AccumBounds,
    sympy.Order,
    AppliedUndef,
)


class _Unknown(Exception):
    """No sound value: the point (or the whole search) gives no counterexample."""


@dataclass(frozen=True)
class Counterexample:
    """Values at which the previous expression and this one differ."""

    values: tuple[tuple[str, str], ...]  # symbol -> value
    witnesses: tuple[tuple[str, str], ...]  # function -> its body in t
    lhs: str  # the previous expression's value
    rhs: str  # this step's value
    digits: tuple[int, ...] = (PRECISION, CONFIRM)  # precisions at which both differed

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
    """A value allowed by the symbol's assumptions; signs alternate between attempts, and
    every third real value is a whole number."""
    if symbol.is_integer:
        low = 1 if symbol.is_positive else 0 if symbol.is_nonnegative else -3
        high = -1 if symbol.is_negative else 5
        value = rng.randint(min(low, high), max(low, high))
        if symbol.is_nonzero and value == 0:
            value = 1
        return sympy.Integer(value)
    magnitude = sympy.Rational(rng.randint(15, 240), 100)
    if attempt % 3 == 2:
        # Every third point whole: a real n may be 2, where h**n has a two-sided limit
        # and ((x + h)**n - x**n)/h = h**n can be seen to fail.
        magnitude = sympy.Integer(rng.randint(1, 3))
    if symbol.is_positive or symbol.is_nonnegative:
        return magnitude
    if symbol.is_negative or symbol.is_nonpositive:
        return -magnitude
    return magnitude if attempt % 2 == 0 else -magnitude


# -- the search ---------------------------------------------------------------


def _expr(value) -> sympy.Expr:
    """A SymPy object, or a Python number made one. Text is refused: nothing here
    parses, so no user text can reach SymPy's parser."""
    if isinstance(value, sympy.Basic):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a SymPy expression or a number, got {type(value).__name__}")
    return sympy.Integer(value) if isinstance(value, int) else sympy.Float(value)


def find_counterexample(
    lhs: sympy.Expr,
    rhs: sympy.Expr,
    facts: Facts,
    seed: int,
    *,
    attempts: int = ATTEMPTS,
    budget: float = BUDGET,
    quick: bool = False,
    written: tuple[sympy.Expr, ...] = (),
) -> Counterexample | None:
    """Search seeded sample points and witnesses for a place where lhs != rhs.

    ``written``: the two sides as the file wrote them, before SymPy's evaluation
    (exp(log(x)) read as x): a point is a counterexample only where they, too,
    have real values.
    ``attempts`` sample points at most, and no new one after ``budget`` seconds.
    ``quick`` evaluates only what is elementary once the witnesses are in and
    their derivatives are taken exactly (no numeric limits, series or
    derivatives): the checker's cheap second look at a step it is about to prove."""
    # Our substitutions go through binders.build; they must not land in an
    # audit ledger the checker may have open around us.
    token = binders._LEDGER.set(None)
    try:
        return _search(lhs, rhs, facts, seed, attempts, budget, quick, written)
    except Exception:
        return None
    finally:
        binders._LEDGER.reset(token)


def _search(
    lhs,
    rhs,
    facts: Facts,
    seed: int,
    attempts: int,
    budget: float,
    quick: bool = False,
    written: tuple[sympy.Expr, ...] = (),
) -> Counterexample | None:
    def probe(left, right, env, chosen):
        found = _compare(left, right, env, chosen, quick)
        return None if found is None else (_show(found[0]), _show(found[1]))

    return search_points(lhs, rhs, facts, seed, attempts, budget, written, probe)


def unknown_functions(expr: sympy.Basic) -> list:
    """The unknown functions ``expr`` applies, in a fixed order (by name)."""
    return sorted(
        {n.func for n in sympy.preorder_traversal(expr) if isinstance(n, AppliedUndef)},
        key=lambda f: f.__name__,
    )


def witnesses_for(functions: list, attempt: int) -> dict:
    """The witness each unknown function stands for at sample ``attempt``: the table
    shifted by one per attempt, so that every function meets every witness."""
    return {f: WITNESSES[(attempt + i) % len(WITNESSES)] for i, f in enumerate(functions)}


def search_points(
    lhs,
    rhs,
    facts: Facts,
    seed: int,
    attempts: int,
    budget: float,
    written: tuple[sympy.Expr, ...],
    probe: Callable[[sympy.Expr, sympy.Expr, dict, dict], tuple[str, str] | None],
) -> Counterexample | None:
    """The seeded search every refutation shares: ``[define]``s unfolded, then at each
    attempt's sample values and witness functions ``probe(lhs, rhs, env, chosen)`` gives
    the two sides as shown, or None. A point counts only where the sides as written
    have real values. ``attempts`` points at most, none started after ``budget`` seconds."""
    start = clock()  # CPU time: how many points are tried must not depend on the load
    lhs, rhs = _expr(lhs), _expr(rhs)
    lhs, rhs = unfold_defines(lhs, facts), unfold_defines(rhs, facts)
    as_written = [unfold_defines(_expr(w), facts) for w in written]
    both = sympy.Tuple(lhs, rhs)
    symbols = sorted(both.free_symbols, key=lambda s: s.name)
    functions = unknown_functions(both)
    rng = random.Random(seed)
    for attempt in range(attempts):
        if attempt and clock() - start > budget:
            break
        env = {s: sample(s, rng, attempt) for s in symbols}
        chosen = witnesses_for(functions, attempt)
        shown = probe(lhs, rhs, env, chosen)
        if shown is None or not all(
            _defined_at(_apply_witnesses(w, chosen), env) for w in as_written
        ):
            continue
        return Counterexample(
            values=tuple((s.name, _decimal(v)) for s, v in env.items()),
            witnesses=tuple((f.__name__, str(w)) for f, w in chosen.items()),
            lhs=shown[0],
            rhs=shown[1],
        )
    return None


def _compare(lhs, rhs, env, chosen, quick: bool = False) -> tuple[mpmath.mpf, mpmath.mpf] | None:
    """Both sides at this point if they really differ (confirmed at two precisions)."""
    try:
        left, right = _prepare(lhs, chosen), _prepare(rhs, chosen)
    except Exception:
        return None
    if quick and (left.has(*_OPAQUE) or right.has(*_OPAQUE)):
        return None
    if quick and left == right:
        # The same expression, evaluated the same way (no limit, sum or numeric
        # derivative is evaluated in the quick look): the two values cannot differ.
        return None
    if _agree_by_intervals(left, right, env):
        # Shown to agree far inside DIFFER: no evaluation below could find a difference.
        return None
    # Both sides must be defined at the point, as real expressions, before
    # their numbers mean anything: Subs(u**2, u, sqrt(x - 2)) at x = -1.5 is
    # not -3.5 (the square root has no real value there).
    if not all(_defined_at(_apply_witnesses(side, chosen), env) for side in (lhs, rhs)):
        return None
    # Values that went through a limit, a series or a numeric derivative are
    # known to ~AGREE relative to max(1, |value|): compare on that scale.
    fuzzy = left.has(*_OPAQUE) or right.has(*_OPAQUE)
    first = [_real_value(side, env, PRECISION) for side in (left, right)]
    if None in first or not _differ(*first, fuzzy):
        return None
    second = [_real_value(side, env, CONFIRM) for side in (left, right)]
    if None in second or not _differ(*second, fuzzy):
        return None
    if not all(_stable(p, q) for p, q in zip(first, second, strict=True)):
        return None
    # A value that is exactly 0 at both precisions may be a rounding artefact
    # (SymPy's log(1 + 1e-100) is 0.0): a zero from a nonzero expression is not trusted.
    for side, value in zip((left, right), second, strict=True):
        if value == 0 and side != 0 and not side.has(*_OPAQUE):
            finer = _real_value(side, env, 4 * CONFIRM)
            if finer is None or finer != 0:
                return None
    return second[0], second[1]


def _differ(a: mpmath.mpf, b: mpmath.mpf, fuzzy: bool) -> bool:
    scale = max(abs(a), abs(b))
    if fuzzy:
        scale = max(scale, 1)
    return abs(a - b) > DIFFER * scale


def _stable(first: mpmath.mpf, second: mpmath.mpf) -> bool:
    """The same number at PRECISION and CONFIRM digits (noise changes with precision)."""
    if first == 0 and second == 0:
        return True
    tolerance = mpmath.mpf(10) ** (8 - PRECISION)
    return abs(first - second) <= tolerance * max(abs(first), abs(second))


def _decimal(value: sympy.Rational) -> str:
    """Sample points are integers or hundredths: print them as decimals."""
    return str(value) if value.is_Integer else f"{float(value):g}"


def _show(value: mpmath.mpf) -> str:
    return mpmath.nstr(value, 15)


# -- the fast look: interval arithmetic -------------------------------------------------
#
# Most steps compared here are true, and showing that two sides agree costs SymPy a
# substitution and an ``evalf`` per side. Interval arithmetic (mpmath's, rounded
# outward) bounds each side's exact real value instead; when the bounds show the sides
# within a quarter of DIFFER of each other, the 30-digit values cannot differ by DIFFER,
# so :func:`_compare` returns "no counterexample" without evaluating, exactly as it
# would have. Whatever the intervals cannot show (a node outside the table below, a
# value outside a function's real domain, bounds too wide after cancellation, both
# sides near 0) falls through to the full evaluation: this path can only skip work that
# ends in None, never turn a difference into agreement.

_IV = MPIntervalContext()
_IV.prec = 113  # bits: quadruple precision, room for the cancellation true steps have
_WIDEN = mpmath.mpf(2) ** -100  # relative slack around a monotone function's value


class _NoInterval(Exception):
    """The interval evaluation cannot bound this expression (the full evaluation decides)."""


def _agree_by_intervals(left: sympy.Expr, right: sympy.Expr, env: Mapping) -> bool:
    """Do interval bounds show ``left`` and ``right`` real, finite and within DIFFER/4 of
    each other (relative to the larger) at ``env``? False when they cannot show it."""
    if left.has(*_OPAQUE) or right.has(*_OPAQUE):
        return False  # fuzzy comparisons are the full evaluation's
    programs = (_interval_program(left), _interval_program(right))
    if None in programs:
        return False
    try:
        point = {s: _interval_number(v) for s, v in env.items()}
        a, b = (program(point) for program in programs)
        return _close(a, b)
    except Exception:
        return False


def nonzero_somewhere(expr: sympy.Expr) -> bool:
    """Do interval bounds show ``expr`` real, finite and nonzero at one point allowed by
    its symbols' assumptions (unknown functions replaced by the smooth witnesses)?

    Then ``expr`` is not identically zero, so no sound algebra reduces it to 0: the
    checker asks this before spending ``cancel`` and ``simplify`` on a difference whose
    answer only "shown equal" would use (two opaque terms' insides). False whenever the
    bounds cannot show it; nothing here makes a verdict, it only saves work that would
    end in "not shown"."""
    try:
        chosen = witnesses_for(unknown_functions(expr), 0)
        concrete = _apply_witnesses(expr, chosen) if chosen else expr
        program = _interval_program(concrete)
        if program is None:
            return False
        symbols = sorted(concrete.free_symbols, key=lambda s: (s.name, str(s)))
        rng = random.Random(len(symbols))
        for attempt in range(2):
            env = {s: sample(s, rng, attempt) for s in symbols}
            if not all(_allowed(v, s) for s, v in env.items()):
                continue
            lo, hi = _ends(program({s: _interval_number(v) for s, v in env.items()}))
            if mpmath.isfinite(lo) and mpmath.isfinite(hi) and (lo > 0 or hi < 0):
                return True
    except Exception:
        return False
    return False


def _allowed(value: sympy.Expr, symbol: sympy.Symbol) -> bool:
    """Does the exact number ``value`` have every property the symbol assumes?"""
    return all(getattr(value, f"is_{name}") == holds for name, holds in symbol.assumptions0.items())


def _close(a, b) -> bool:
    lo_a, hi_a = _ends(a)
    lo_b, hi_b = _ends(b)
    if not all(mpmath.isfinite(v) for v in (lo_a, hi_a, lo_b, hi_b)):
        return False
    # The largest |a - b| the bounds allow, and the smallest max(|a|, |b|).
    gap = max(abs(hi_a - lo_b), abs(hi_b - lo_a))
    scale = max(_least_magnitude(lo_a, hi_a), _least_magnitude(lo_b, hi_b))
    # A factor 4 of margin covers these two mpf roundings many times over.
    return gap * 4 <= DIFFER * scale


def _ends(value) -> tuple[mpmath.mpf, mpmath.mpf]:
    lo, hi = value._mpi_
    return mpmath.mp.make_mpf(lo), mpmath.mp.make_mpf(hi)


def _least_magnitude(lo: mpmath.mpf, hi: mpmath.mpf) -> mpmath.mpf:
    if lo <= 0 <= hi:
        return mpmath.mpf(0)
    return min(abs(lo), abs(hi))


def _interval_number(value: sympy.Expr):
    """An interval around an exact SymPy number (a sample value or a constant)."""
    if isinstance(value, sympy.Integer):
        return _IV.mpf(int(value))
    if isinstance(value, sympy.Rational):
        return _IV.mpf(int(value.p)) / _IV.mpf(int(value.q))
    if isinstance(value, sympy.Float):
        return _IV.mpf(mpmath.mp.make_mpf(value._mpf_))  # a Float is a binary number: exact
    if value is sympy.pi:
        return _IV.pi
    if value is sympy.E:
        return _IV.e
    raise _NoInterval(type(value).__name__)


def _positive(value) -> None:
    if not _ends(value)[0] > 0:
        raise _NoInterval("not shown positive")


def _inside_unit(value) -> None:
    lo, hi = _ends(value)
    if not (lo > -1 and hi < 1):
        raise _NoInterval("not shown inside (-1, 1)")


def _within(value, limit) -> None:
    """_NoInterval unless each finite end of ``value`` is at most ``limit`` in magnitude:
    the interval of exp(exp(exp(x))) over a sample box is finite, and exp of it is a
    number mpmath would spend minutes on, in one call no time limit can interrupt. An
    infinite end costs nothing (exp(-oo) = 0, atan(oo) = pi/2), as before."""
    if any(mpmath.isfinite(end) and abs(end) > limit for end in _ends(value)):
        raise _NoInterval("argument too large to evaluate")


def _exp(value):
    """iv.exp of an interval within EXP_LIMIT."""
    _within(value, EXP_LIMIT)
    return _IV.exp(value)


def _reducing(function: Callable) -> Callable:
    """``function`` of an interval of at most 2**FUNCTION_BITS: sin, cos and tan reduce
    their argument modulo pi with as many more bits as it has."""

    def bounded(value):
        _within(value, _FUNCTION_SIZE)
        return function(value)

    return bounded


def _monotone(function: Callable, increasing: bool, check: Callable | None = None) -> Callable:
    """Bounds of a monotone function: its values at the two ends, computed with 40 more
    bits than the intervals and widened by far more than mpmath's error."""

    def bounded(value):
        if check is not None:
            check(value)
        _within(value, _FUNCTION_SIZE)
        lo, hi = _ends(value)
        with mpmath.workprec(_IV.prec + 40):
            at_lo, at_hi = function(lo), function(hi)
            if not increasing:
                at_lo, at_hi = at_hi, at_lo
            slack_lo = abs(at_lo) * _WIDEN + mpmath.mpf(2) ** (-2 * _IV.prec)
            slack_hi = abs(at_hi) * _WIDEN + mpmath.mpf(2) ** (-2 * _IV.prec)
            return _IV.mpf([at_lo - slack_lo, at_hi + slack_hi])

    return bounded


def _log(value):
    _positive(value)
    return _IV.log(value)


def _tanh(value):
    return 1 - 2 / (_exp(2 * value) + 1)


# Real functions and their interval bounds: rounded outward by mpmath.iv, composed of
# such, or monotone with a checked domain; each refuses an argument too large to
# compute with (exp: EXP_LIMIT, the others: 2**FUNCTION_BITS; log and Abs cost nothing).
_INTERVAL_FUNCTIONS: dict[type, Callable] = {
    sympy.exp: _exp,
    sympy.log: _log,
    sympy.sin: _reducing(_IV.sin),
    sympy.cos: _reducing(_IV.cos),
    sympy.tan: _reducing(_IV.tan),
    sympy.sinh: lambda v: (_exp(v) - _exp(-v)) / 2,
    sympy.cosh: lambda v: (_exp(v) + _exp(-v)) / 2,
    sympy.tanh: _tanh,
    sympy.Abs: abs,
    sympy.erf: _monotone(mpmath.erf, increasing=True),
    sympy.atan: _monotone(mpmath.atan, increasing=True),
    sympy.asin: _monotone(mpmath.asin, increasing=True, check=_inside_unit),
    sympy.acos: _monotone(mpmath.acos, increasing=False, check=_inside_unit),
}


@functools.lru_cache(maxsize=1024)
def _interval_program(expr: sympy.Expr) -> Callable | None:
    """``expr`` as a function from symbol intervals to its interval, or None when some
    node has no interval rule. Memoized: one step's side is the next step's."""
    try:
        return _interval_node(expr)
    except _NoInterval:
        return None


def _interval_node(node: sympy.Basic) -> Callable:
    if isinstance(node, sympy.Symbol):
        return lambda point: point[node]
    if node.is_Number or node in (sympy.pi, sympy.E):
        value = _interval_number(node)
        return lambda point: value
    if isinstance(node, sympy.Add | sympy.Mul):
        parts = [_interval_node(a) for a in node.args]
        add = isinstance(node, sympy.Add)

        def combined(point):
            total = parts[0](point)
            for part in parts[1:]:
                total = total + part(point) if add else total * part(point)
            return total

        return combined
    if isinstance(node, sympy.Pow):
        return _interval_power(node)
    if type(node) in _INTERVAL_FUNCTIONS and len(node.args) == 1:
        function, inner = _INTERVAL_FUNCTIONS[type(node)], _interval_node(node.args[0])
        return lambda point: function(inner(point))
    raise _NoInterval(type(node).__name__)


def _interval_power(node: sympy.Pow) -> Callable:
    base = _interval_node(node.base)
    if isinstance(node.exp, sympy.Integer):
        n = int(node.exp)
        if abs(n) > 4096:
            raise _NoInterval("exponent too large")
        return lambda point: base(point) ** n
    # A real power of a non-integer exponent: its base must be shown positive
    # (SymPy's (-8)**(1/3) is complex; 0**(1/2) is left to the full evaluation).
    if node.exp == sympy.S.Half:

        def root(point):
            value = base(point)
            _positive(value)
            return _IV.sqrt(value)

        return root
    exponent = _interval_node(node.exp)

    def power(point):
        value = base(point)
        _positive(value)
        return _exp(exponent(point) * _IV.log(value))

    return power


# -- definitions and witnesses ------------------------------------------------------


def unfold_defines(expr: sympy.Expr, facts: Facts) -> sympy.Expr:
    """``[define]`` abbreviations replaced by their bodies, functions and constants alike.

    Capture-avoiding (a body may contain binders), repeated because a body
    may use earlier definitions, bounded because nothing else is."""
    defines = dict(getattr(facts, "defines", {}) or {})
    if not defines:
        return expr
    constants = {name: d for name, d in defines.items() if not d.params}
    functions = {name: d for name, d in defines.items() if d.params}
    for _ in range(MAX_DEFINE_DEPTH):
        new = _unfold_functions(expr, functions) if functions else expr
        mapping = {
            s: constants[s.name].body
            for s in new.free_symbols
            if s.name in constants and not isinstance(s, sympy.Dummy)
        }
        if mapping:
            new = substitute(new, mapping)
        if new == expr:
            return expr
        expr = new
    raise _Unknown("definitions nest too deeply")


def _unfold_functions(expr: sympy.Basic, functions: Mapping) -> sympy.Basic:
    if not expr.args:
        return expr
    args = tuple(_unfold_functions(a, functions) for a in expr.args)
    if isinstance(expr, AppliedUndef) and expr.func.__name__ in functions:
        define = functions[expr.func.__name__]
        if len(args) != len(define.params):
            raise _Unknown(f"{expr.func.__name__} applied to {len(args)} arguments")
        return substitute(define.body, dict(zip(define.params, args, strict=True)))
    return expr.func(*args) if args != expr.args else expr


def _apply_witnesses(expr: sympy.Basic, witnesses: Mapping) -> sympy.Basic:
    """Every f(arg) replaced by the witness body with t := arg (capture-avoiding)."""
    if not expr.args:
        return expr
    args = tuple(_apply_witnesses(a, witnesses) for a in expr.args)
    if isinstance(expr, AppliedUndef):
        if expr.func not in witnesses or len(args) != 1:
            raise _Unknown(f"no witness for {expr.func}")
        return substitute(witnesses[expr.func], {T: args[0]})
    return expr.func(*args) if args != expr.args else expr


def _defined_at(expr: sympy.Expr, env: Mapping) -> bool:
    """Are the real-domain conditions of ``expr`` met at ``env``? Points of Subs and
    Limit real; bases of fractional powers >= 0 (> 0 when negative); logs of > 0;
    asin and acos of [-1, 1], atanh of (-1, 1), acosh of >= 1.
    Only nodes free of bound variables are checked; when unsure, False."""
    free = set(env)
    try:
        for node in sympy.preorder_traversal(expr):
            if not isinstance(node, sympy.Basic) or not node.free_symbols <= free:
                continue
            checks = []
            if isinstance(node, sympy.Subs):
                checks += [(p, "real") for p in node.point]
            elif isinstance(node, sympy.Limit):
                if node.args[2] not in (sympy.oo, -sympy.oo):
                    checks.append((node.args[2], "real"))
            elif isinstance(node, sympy.Pow) and not node.exp.doit().is_integer:
                # .doit(): a written exponent is unevaluated (6/3 is Mul(6, 1/3) there).
                exp = node.exp.doit()
                checks.append((node.base, "positive" if exp.is_negative else "nonnegative"))
            elif isinstance(node, sympy.log):
                checks.append((node.args[0], "positive"))
            elif isinstance(node, sympy.factorial):
                checks.append((node.args[0], "natural"))
            elif isinstance(node, (sympy.asin, sympy.acos)):
                checks.append((node.args[0], "unit"))  # real only on [-1, 1]
            elif isinstance(node, sympy.atanh):
                checks.append((node.args[0], "open unit"))
            elif isinstance(node, sympy.acosh):
                checks.append((node.args[0], "at least one"))
            for value, need in checks:
                concrete = bind(value, env)
                tame(concrete)
                number = sympy.N(concrete, 20)
                re, im = number.as_real_imag()
                if not (re.is_Number and im.is_Number) or abs(im) > 1e-15 * max(1, abs(re)):
                    return False
                if need == "positive" and not re > 0:
                    return False
                if need == "nonnegative" and not re >= 0:
                    return False
                if need == "unit" and not abs(re) <= 1:
                    return False
                if need == "open unit" and not abs(re) < 1:
                    return False
                if need == "at least one" and not re >= 1:
                    return False
                if need == "natural":
                    exact = bind(value, env).doit()  # a written n - 1 binds to 2 - 1*1
                    if not (exact.is_Integer and exact >= 0):
                        return False
    except Exception:
        return False
    return True


def _prepare(expr: sympy.Expr, witnesses: Mapping) -> sympy.Expr:
    """Witnesses substituted, and derivatives of smooth elementary bodies done exactly.

    Memoized: a step's previous expression is the step before's current one, and the
    witnesses of an attempt do not depend on the step, so each is prepared once.
    """
    return _prepared(expr, frozenset(witnesses.items()))


@functools.lru_cache(maxsize=512)
def _prepared(expr: sympy.Expr, witnesses: frozenset) -> sympy.Expr:
    """:func:`_prepare` (the derivatives below are taken exactly, before any point).

    Such derivatives are exact before any point is chosen. A derivative of a
    body with a limit, a sum, or a kink (Abs, sign, ...) is left for
    :func:`_derivative_value`, which checks it numerically at the point."""
    concrete = _apply_witnesses(expr, dict(witnesses))

    def smooth(node) -> bool:
        if isinstance(node, sympy.Derivative):
            order = sum(count for _, count in node.variable_count)
            return order <= 20 and not node.expr.has(*_OPAQUE, *_NONSMOOTH)
        return isinstance(node, sympy.Subs) and not node.expr.has(*_OPAQUE)

    def do(node):
        if isinstance(node, sympy.Subs):
            return substitute(node.expr, dict(zip(node.variables, node.point, strict=True)))
        done = node.doit(deep=False)
        return node if done.has(sympy.Derivative) else done

    return concrete.replace(smooth, do)


# -- evaluation -----------------------------------------------------------------


def evaluate(
    expr: sympy.Expr,
    env: Mapping[sympy.Symbol, sympy.Expr],
    witnesses: Mapping[sympy.FunctionClass, sympy.Expr],
    precision: int = PRECISION,
) -> sympy.Float | None:
    """The real value of ``expr`` at ``env`` with the witnesses substituted, or None."""
    token = binders._LEDGER.set(None)
    try:
        value = _real_value(_prepare(_expr(expr), witnesses), env, precision)
    except Exception:
        return None
    finally:
        binders._LEDGER.reset(token)
    return None if value is None else sympy.Float(value, precision)


def _real_value(expr: sympy.Expr, env: Mapping, digits: int) -> mpmath.mpf | None:
    try:
        return _to_real(_value(expr, dict(env), digits), digits)
    except Exception:
        return None


def _to_real(value: sympy.Expr, digits: int) -> mpmath.mpf:
    """A finite real mpf, or _Unknown (complex values and infinities are not compared)."""
    if not value.is_number or value.has(sympy.nan, sympy.zoo, sympy.oo, -sympy.oo, *_UNEVALUATED):
        raise _Unknown("not a finite number")
    tame(value)
    re, im = sympy.N(value, digits).as_real_imag()
    if not (re.is_Number and im.is_Number):
        raise _Unknown("not a number")
    with mpmath.workdps(digits + 10):
        real = mpmath.mpf(sympy.Float(re, digits + 10))
        imag = mpmath.mpf(sympy.Float(im, digits + 10))
        if not (mpmath.isfinite(real) and mpmath.isfinite(imag)):
            raise _Unknown("not finite")
        if imag != 0 and abs(imag) > mpmath.mpf(10) ** (-(digits // 2)) * abs(real):
            raise _Unknown("complex value")
    return real


def _value(expr: sympy.Expr, env: dict, digits: int) -> sympy.Expr:
    """``expr`` at ``env`` as a SymPy number (exact where possible), or _Unknown."""
    outermost = binders.opaque_terms(expr)
    if outermost:
        # Replacing whole outermost binders at once never reaches inside one.
        values = {node: _opaque_value(node, env, digits) for node in outermost}
        expr = expr.xreplace(values)
    concrete = bind(expr, env)
    if concrete.free_symbols or concrete.has(*_UNEVALUATED):
        raise _Unknown("not concrete")
    tame(concrete)
    return _settle_kinks(concrete).evalf(digits)


def _settle_kinks(number: sympy.Expr) -> sympy.Expr:
    """``number`` with each sign, Abs, Max and Min decided by certified signs, or _Unknown.

    evalf decides them from the value it computes, without an error bound:
    sign(sin(1)**2 + cos(1)**2 - 1) is -1 to it (the inside evaluates to -1.5e-157), and a
    true step "= 0" was refuted."""

    def sign_of(value: sympy.Expr) -> int:
        sign = intervals.certified_sign(value)
        if sign is None:
            raise _Unknown("the sign of a number here is not settled")
        return sign

    def settle(node: sympy.Expr) -> sympy.Expr:
        if isinstance(node, sympy.sign):
            return sympy.Integer(sign_of(node.args[0]))
        if isinstance(node, sympy.Abs):
            return sign_of(node.args[0]) * node.args[0]
        best = node.args[0]
        for arg in node.args[1:]:
            sign = sign_of(arg - best)
            if (sign > 0) if isinstance(node, sympy.Max) else (sign < 0):
                best = arg
        return best

    kinks = (sympy.sign, sympy.Abs, sympy.Max, sympy.Min)
    if not number.has(*kinks):
        return number
    return number.replace(lambda node: isinstance(node, kinks), settle)


def _opaque_value(node: sympy.Expr, env: dict, digits: int) -> sympy.Expr:
    if isinstance(node, sympy.Limit):
        return _limit_value(node, env, digits)
    if isinstance(node, sympy.Sum):
        return _sum_value(node, env, digits)
    return _derivative_value(node, env, digits)


# -- bounded exact arithmetic -------------------------------------------------------


def bind(expr: sympy.Expr, env: Mapping) -> sympy.Expr:
    """``substitute(expr, env)``, refused if it would compute a huge exact number.

    SymPy evaluates ``Rational**Integer`` exactly and Python cannot
    interrupt a huge integer power, so the substitution is first done
    without evaluation and every exact power and factorial measured, and
    every function's argument bounded (:func:`tame`)."""
    with sympy.evaluate(False):
        trial = substitute(expr, env) if env else expr
    _measure(trial, {})
    # SymPy's evaluation asks numbers for their sign by evaluating them (evalf(2)):
    # cosh of a tower of cosh must be refused before it is built.
    tame(trial)
    return substitute(expr, env) if env else expr


def _exact_number(node: sympy.Expr) -> bool:
    return node.is_number and not node.has(sympy.Float)


def _magnitude(node: sympy.Expr) -> float:
    tame(node)
    value = sympy.N(node, 15)
    if not value.is_real or not value.is_finite:
        raise _Unknown("exponent not a finite real")
    return abs(float(value))


def _measure(node: sympy.Basic, memo: dict) -> int:
    """A bound on the bits of the exact numbers evaluating ``node`` creates."""
    if node in memo:
        return memo[node]
    if isinstance(node, sympy.Rational):
        size = int(node.p).bit_length() + int(node.q).bit_length()
    elif not node.args:
        size = 1
    else:
        size = sum(_measure(a, memo) for a in node.args) + 1
        if isinstance(node, sympy.Pow) and _exact_number(node.base) and _exact_number(node.exp):
            # |base**e| has about |e| times the bits of base (0, 1, -1 aside).
            if node.base not in (sympy.S.Zero, sympy.S.One, sympy.S.NegativeOne):
                exponent = min(_magnitude(node.exp), 2 * MAX_BITS)
                size = int(max(1.0, exponent) * _measure(node.base, memo)) + 1
        elif isinstance(node, _FACTORIALS):
            for a in node.args:
                if _exact_number(a) and _magnitude(a) > MAX_FACTORIAL:
                    raise _Unknown("factorial too large")
    if size > MAX_BITS:
        raise _Unknown("exact number too large")
    memo[node] = size
    return size


# -- bounded growth -----------------------------------------------------------------

_GROWTH = (sympy.exp, sympy.sinh, sympy.cosh)


def tame(expr: sympy.Basic) -> None:
    """_Unknown unless ``expr`` is cheap to evaluate: the argument of every exp, sinh
    and cosh in it at most EXP_LIMIT (and of a real power b**y, y*log|b|), of every
    other function below 2**FUNCTION_BITS.

    Inside out: an argument is evaluated (to 15 digits) only after every node inside it
    has been shown tame, so that each evaluation here is cheap too. Only closed nodes are
    measured: a node with a bound variable has no value (its closed parts are measured).
    """
    _tame_node(expr, {})


def _tame_node(node: sympy.Basic, sizes: dict) -> None:
    if node in sizes or not node.args:
        return
    for arg in node.args:
        _tame_node(arg, sizes)
    sizes[node] = None  # visited; its size is computed only when something asks
    if node.free_symbols or not isinstance(node, sympy.Expr):
        return
    if isinstance(node, _GROWTH):
        if _size(node.args[0], sizes) > EXP_LIMIT:
            raise _Unknown("exp of a number too large to evaluate")
    elif isinstance(node, sympy.Pow):
        if not node.exp.is_Integer and not _tame_power(
            _size(node.base, sizes), _size(node.exp, sizes), integer=False
        ):
            raise _Unknown("a power too large to evaluate")
    elif isinstance(node, sympy.Function):
        for arg in node.args:
            if isinstance(arg, sympy.Expr) and _size(arg, sizes) >= _FUNCTION_SIZE:
                raise _Unknown("a function of a number too large to evaluate")


def _tame_power(base: mpmath.mpf, exponent: mpmath.mpf, integer: bool) -> bool:
    """Is b**y cheap, for |b| = ``base`` and |y| = ``exponent``? An integer power costs
    log2|y| multiplications; another is exp(y*log(b)): |y*log|b|| at most EXP_LIMIT
    (the size of the result; (1 + 2h)**(1/h) at h = 1e-28 is e**2), and y is taken to
    log2|y| more bits, with an angle y*pi to reduce when b < 0."""
    if not exponent < _FUNCTION_SIZE:
        return False
    return integer or base == 0 or exponent * abs(mpmath.log(base)) <= EXP_LIMIT


def _size(node: sympy.Expr, sizes: dict) -> mpmath.mpf:
    """|value| of a closed node whose insides are tame (the larger of |re| and |im|)."""
    known = sizes.get(node)
    if known is not None:
        return known
    if isinstance(node, sympy.Rational):
        size = abs(mpmath.mpf(int(node.p)) / int(node.q))
    else:
        re, im = sympy.N(node, 15).as_real_imag()
        if not (re.is_Number and im.is_Number):
            raise _Unknown("no size")
        size = max(abs(mpmath.mpf(re)), abs(mpmath.mpf(im)))
    if not mpmath.isfinite(size):
        raise _Unknown("no finite size")
    sizes[node] = size
    return size


# -- limits -----------------------------------------------------------------------


def _probe_scales(node: sympy.Basic) -> list[mpmath.mpf]:
    """Irregular factors r in [1.1, 9.7): probes r*10^-k hit no special points (sin(pi/h))."""
    rng = random.Random(sympy.srepr(node))
    return [mpmath.mpf(rng.randint(1100, 9700)) / 1000 for _ in range(4)]


_EXPONENTS = (8, 14, 20, 28)


def _converges(values: list[mpmath.mpf], target: mpmath.mpf) -> bool:
    """Probe values approach ``target``: the last within AGREE, none growing away."""
    scale = max(1, abs(target))
    errors = [abs(v - target) for v in values]
    noise = mpmath.mpf(10) ** (-(mpmath.mp.dps // 2)) * scale  # rounding, not a trend
    return (
        errors[-1] <= AGREE * scale
        and errors[-2] <= mpmath.mpf("1e-4") * scale
        and errors[-1] <= errors[0] + noise
    )


def _limit_value(node: sympy.Limit, env: dict, digits: int) -> sympy.Expr:
    """SymPy's limit, accepted only if probes on every required side approach it."""
    concrete = bind(node, env)  # never touches the bound variable
    body, var, point, direction = concrete.args
    if point.free_symbols:
        raise _Unknown("limit point not concrete")
    inner = binders.opaque_terms(body)
    if any(var in n.free_symbols for n in inner):
        raise _Unknown("a limit of a limit/sum/derivative in the same variable")
    if inner:  # closed inner terms: inside-out
        body = body.xreplace({n: _opaque_value(n, {}, digits + 10) for n in inner})
    if body.free_symbols - {var}:
        raise _Unknown("limit body not concrete")
    infinite = point in (sympy.oo, -sympy.oo)
    if not infinite and not (point.is_real and point.is_finite):
        raise _Unknown("limit point not a real number")
    # The candidate: SymPy's limit of the symbolic term (cached, so one per
    # witness rather than one per point), else of the concrete one. Either
    # way it is only a candidate until the probes below agree with it.
    symbolic = None
    if not inner:
        symbolic = _symbolic_limit(node)
        if symbolic is not None:
            symbolic = bind(symbolic, env)
    if symbolic is None or not _finite_number(symbolic):
        symbolic = _symbolic_limit(sympy.Limit(body, var, point, dir=str(direction)))
    if symbolic is None or not _finite_number(symbolic):
        raise _Unknown("no finite symbolic limit")
    work = digits + PROBE_DIGITS
    target = _to_real(symbolic, work)
    scales = _probe_scales(concrete)
    with mpmath.workdps(work):
        if infinite:
            sign = 1 if point == sympy.oo else -1
            sides = [
                [sign * r * mpmath.mpf(10) ** k for r, k in zip(scales, _EXPONENTS, strict=False)]
            ]
        else:
            at = mpmath.mpf(_to_real(point, work))
            wanted = {"+": (1,), "-": (-1,), "+-": (1, -1)}[str(direction)]
            sides = [
                [
                    at + s * r * mpmath.mpf(10) ** -k
                    for r, k in zip(scales, _EXPONENTS, strict=False)
                ]
                for s in wanted
            ]
    for probes in sides:
        values = [_to_real(_value(body, {var: sympy.Float(p, work)}, work), work) for p in probes]
        with mpmath.workdps(work):
            if not _converges(values, target):
                raise _Unknown("numeric probes do not approach the symbolic limit")
    return symbolic


@functools.lru_cache(maxsize=256)
def _symbolic_limit(node: sympy.Limit) -> sympy.Expr | None:
    body, var, point, direction = node.args
    try:
        if point in (sympy.oo, -sympy.oo):
            return sympy.limit(body, var, point)
        return sympy.limit(body, var, point, dir=str(direction))
    except Exception:
        return None


def _finite_number(value: sympy.Expr) -> bool:
    return bool(value.is_number) and not value.has(
        *_UNEVALUATED, sympy.nan, sympy.zoo, sympy.oo, -sympy.oo
    )


# -- sums -------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _closed_form(node: sympy.Basic) -> sympy.Expr:
    """``doit`` of a symbolic sum or derivative (cached: the same term recurs at every point)."""
    return node.doit()


def _integer_bound(bound: sympy.Expr) -> sympy.Expr:
    if bound in (sympy.oo, -sympy.oo):
        return bound
    bound = _expr(bound)
    if not bound.is_Integer:
        raise _Unknown("a sum bound is not an integer")
    return bound


def _sum_value(node: sympy.Sum, env: dict, digits: int) -> sympy.Expr:
    if len(node.limits) > 1:
        # Sum(f, l0, l1, ...) is Sum(Sum(f, l0), l1, ...): inside-out.
        nested = sympy.Sum(sympy.Sum(node.function, node.limits[0]), *node.limits[1:])
        return _sum_value(nested, env, digits)
    concrete = bind(node, env)
    body = concrete.function
    index, low, high = concrete.limits[0]
    low, high = _integer_bound(low), _integer_bound(high)
    if low == -sympy.oo or low == sympy.oo:
        raise _Unknown("sums from -oo are not evaluated")
    if high == sympy.oo:
        return _series_value(node, concrete, env, digits)
    if high == -sympy.oo:
        raise _Unknown("sum to -oo")
    count = int(high - low + 1)
    if count == 0:
        return sympy.Integer(0)
    if count < 0:
        raise _Unknown("reversed bounds (Karr convention) are not evaluated")
    work = digits + 10
    if body.has(*_OPAQUE):
        if count > MAX_SLOW_TERMS:
            raise _Unknown("too many terms")
        terms = [
            _to_real(_value(body, {index: sympy.Integer(k)}, work), work)
            for k in range(int(low), int(high) + 1)
        ]
    else:
        if count <= MAX_EXACT_TERMS or (
            count <= MAX_TERMS
            and body.is_rational_function(index)
            and not (body.free_symbols - {index})
        ):
            # Exact terms stay exact: a rounded 49/60 makes sign(S - 49/60) = 1. Each is
            # bound (measured and tamed as written) before SymPy evaluates it: the term
            # exp(-exp(exp(k))) costs SymPy seconds to build at k = 400, and is refused at 3.
            return bind(
                sympy.Add(
                    *[bind(body, {index: sympy.Integer(k)}) for k in range(int(low), int(high) + 1)]
                ),
                {},
            )
        if count > MAX_TERMS:
            raise _Unknown("too many terms")
        term = _term_function(body, index, work)
        _check_terms(term, body, index, int(low), min(count, 3), work)
        with mpmath.workdps(work):
            terms = [term(k) for k in range(int(low), int(high) + 1)]
    with mpmath.workdps(work):
        return sympy.Float(mpmath.fsum(terms), work)


def _term_function(body: sympy.Expr, index: sympy.Symbol, work: int):
    """The terms as an mpmath function of the index (fast), checked against SymPy.

    The index is passed as an mpf, so no exact integer power is ever formed; every
    function and symbolic power is bounded as :func:`tame` bounds them (nsum may ask
    for the term at k = 10**6, where exp(exp(exp(k))) is out of reach)."""
    if body.free_symbols - {index}:
        raise _Unknown("sum body not concrete")
    powers = body.replace(
        lambda n: isinstance(n, sympy.Pow) and not n.exp.is_Integer,
        lambda n: _TAME_POWER(n.base, n.exp),
    )
    compiled = sympy.lambdify(index, powers, modules=[_TAME_MPMATH, "mpmath"])

    def term(k: int) -> mpmath.mpf:
        value = compiled(mpmath.mpf(k))
        if isinstance(value, mpmath.mpc):
            if abs(value.imag) > mpmath.mpf(10) ** (-work // 2) * max(1, abs(value.real)):
                raise _Unknown("complex term")
            value = value.real
        value = mpmath.mpf(value)
        if not mpmath.isfinite(value):
            raise _Unknown("a term is not finite")
        return value

    return term


def _bounded(function: Callable, limit) -> Callable:
    """``function``, refusing an argument above ``limit`` in magnitude (see :func:`tame`)."""

    def call(*args):
        if not all(abs(a) <= limit for a in args):
            raise _Unknown("a term too large to evaluate")
        return function(*args)

    return call


def _power(base, exponent):
    if not _tame_power(abs(base), abs(exponent), integer=bool(mpmath.isint(exponent))):
        raise _Unknown("a term too large to evaluate")
    return base**exponent


_TAME_POWER = sympy.Function("tame_power")
# The mpmath functions lambdify may call for a term, each bounded as tame() bounds it.
_OTHER_FUNCTIONS = "sin cos tan tanh asin acos atan erf erfc log sqrt gamma loggamma factorial"
_TAME_MPMATH: dict[str, Callable] = {
    "tame_power": _power,
    **{name: _bounded(getattr(mpmath, name), EXP_LIMIT) for name in ("exp", "sinh", "cosh")},
    **{
        name: _bounded(getattr(mpmath, name), _FUNCTION_SIZE)
        for name in (*_OTHER_FUNCTIONS.split(), "binomial", "digamma", "polygamma")
    },
}


def _check_terms(term, body, index, first: int, count: int, work: int) -> None:
    """The compiled terms agree with SymPy's own evaluation of the first few."""
    for k in range(first, first + count):
        exact = _to_real(_value(body, {index: sympy.Integer(k)}, work), work)
        with mpmath.workdps(work):
            fast = term(k)
            if abs(fast - exact) > AGREE * max(1, abs(exact)):
                raise _Unknown("compiled terms disagree with SymPy")


def _series_value(node: sympy.Sum, concrete: sympy.Sum, env: dict, digits: int) -> sympy.Expr:
    """An infinite sum: a closed form from Sum.doit, confirmed by mpmath.nsum.

    ``Sum.evalf`` alone is not used: it returns -8.0 for sum(sin(n)/n)."""
    body = concrete.function
    index, low, _ = concrete.limits[0]
    if body.has(*_OPAQUE):
        raise _Unknown("series of limits/sums/derivatives")
    closed = bind(_closed_form(node), env)
    if closed.has(*_UNEVALUATED) or closed.free_symbols:
        raise _Unknown("no closed form")
    # The value is the closed form (exact); nsum only has to confirm it to
    # AGREE, which SERIES_DIGITS digits do at any working precision.
    work = SERIES_DIGITS
    target = _to_real(closed, work)
    term = _term_function(body, index, work)
    _check_terms(term, body, index, int(low), 3, work)
    with mpmath.workdps(work):
        numeric = mpmath.nsum(term, [int(low), mpmath.inf])
        if not mpmath.isfinite(numeric):
            raise _Unknown("nsum gave no finite value")
        if abs(numeric - target) > AGREE * max(1, abs(target)):
            raise _Unknown("closed form and nsum disagree")
    return closed


# -- derivatives that are not elementary ---------------------------------------------


def _derivative_value(node: sympy.Expr, env: dict, digits: int) -> sympy.Expr:
    """A derivative at a point, from SymPy, accepted only if difference quotients agree.

    Only derivatives left by :func:`_prepare` come here: of limits, sums, or
    functions with kinks (where SymPy's sign(0) = 0 is no derivative)."""
    if isinstance(node, sympy.Subs):
        points = [_value(p, env, digits + 10) for p in node.point]
        inner_env = {**env, **dict(zip(node.variables, points, strict=True))}
        expr = node.expr
        if not isinstance(expr, sympy.Derivative):
            return _value(expr, inner_env, digits)
        return _derivative_value(expr, inner_env, digits)
    variables = node.variable_count
    if len(variables) != 1 or variables[0][1] != 1:
        raise _Unknown("only first derivatives in one variable are checked numerically")
    var = variables[0][0]
    if var not in env:
        raise _Unknown("derivative variable has no value")
    body = node.expr
    candidate = _closed_form(node)
    if candidate.has(sympy.Derivative):
        raise _Unknown("SymPy leaves the derivative")
    work = digits + PROBE_DIGITS
    at = _to_real(_expr(env[var]), work)
    value = _value(candidate, env, work)
    target = _to_real(value, work)

    def g(x: mpmath.mpf) -> mpmath.mpf:
        return _to_real(_value(body, {**env, var: sympy.Float(x, work)}, work), work)

    centre = g(at)
    scales = _probe_scales(node)
    exponents = _EXPONENTS[:3]
    for side in (1, -1):
        quotients = []
        for r, k in zip(scales, exponents, strict=False):
            with mpmath.workdps(work):
                h = side * r * mpmath.mpf(10) ** -k
                x = at + h
            moved = g(x)
            with mpmath.workdps(work):
                quotients.append((moved - centre) / h)
        with mpmath.workdps(work):
            if not _converges(quotients, target):
                raise _Unknown("difference quotients do not approach the derivative")
    return value

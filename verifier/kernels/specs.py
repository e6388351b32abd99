"""Proved expression -> accurate NumPy source, with provenance.

Each row of :data:`SPECS` names a kernel, the shipped derivation it comes from,
how to read the derived formula off that derivation (its claim or its
``[define]``), and a numerically better form. The better form is emitted only
after the trusted checker has proved it equal to the derived formula, case by
case on the sign of the variable where the form uses ``Abs`` or ``Piecewise``;
that proof is stored next to the kernel in its ``provenance``.

``verifier kernels --write`` regenerates ``verifier/kernels/generated.py``;
``verifier check --kernels`` fails when the file is not what ``--write``
would produce.

>>> [spec.name for spec in SPECS][:3]
['sigmoid', 'sigmoid_prime', 'exp_fn']
>>> registry()["sigmoid"]
('sigmoid', 'sigmoid_prime')
"""

from __future__ import annotations

import difflib
import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sympy
from sympy.codegen.cfunctions import expm1, log1p, log2

from verifier.errors import ProofFailed
from verifier.kernels.emit import DataPrecision
from verifier.kernels.emit import form_text as _sstr
from verifier.proof.checker import PROVED, CheckContext, check_equal
from verifier.proof.conditions import Facts
from verifier.proof.model import Derivation, load_shipped, resolve

KERNELS_PATH = Path(__file__).resolve().parent / "generated.py"

# threaded_min for the kernels that gain from a second thread at 1e5 elements: each
# costs ~3 np.exp per element on one thread, nearly all of it inside a few ufunc loops
# over whole chunks (the GIL released). Measured on the 2-core VM by `python
# benchmarks/kernels.py --threads-ab` (medians of 9 alternations of this threshold and
# the default; time ratio this/default at 1e5 and 2e5), over four runs: with the other
# core free (load 0.5-1.5) softplus 0.58-0.76 and 0.62-0.69, log_sigmoid 0.67-0.93
# and 0.72-0.78; with it kept busy (--busy) 0.79-1.07 (both, both sizes); with both
# cores loaded by other work (load 2.4) 1.00-1.07 (the caller claims every chunk a late
# worker does not, so the loss stays small). Also for the GELU kernels: their C routines
# (verifier/kernels/_native.c) cost 1.5-3 np.exp per element and release the GIL for a
# whole chunk. (Where the C routines are not built, special.py's NumPy passes run
# instead: dozens of small ufunc calls on gathered subsets, each shorter than a GIL
# hand-off, where two threads measured 0.70-1.28x one.) Not for the cheap kernels
# (<= 2.5x np.exp on one thread: the default).
_THREADS_FROM_1E5 = 65_536


@dataclass(frozen=True)
class KernelSpec:
    """One kernel: where its formula comes from and the form that computes it.

    ``derived`` reads the formula off the proved derivation; ``form`` is the accurate
    form (valid for every input), ``fast`` an optional cheaper form, accurate wherever
    its value is not nan and nan wherever it is not (its overflow ends in inf/inf): the
    runtime recomputes by ``form`` the elements it gives nan, per element, so results
    do not depend on the batch. Both are proved equal to the derived formula.
    ``activation`` names the activation the kernel belongs to in ``KERNELS``, with
    ``derivative`` telling which of the pair it is; ``float32`` is the precision
    float32 data is computed in (``"native"`` where the tests measure <= 4 float32 ULP;
    ``"form-native"``: the form in float32, the fast form for float64 data only;
    ``"fast-native"``: the fast form in float32, the elements it gives nan in float64;
    ``"mixed"``: the fast form on float32 data with its exp in float32 and everything
    else in float64, the elements it gives nan in float64).
    """

    name: str
    derivation: str
    params: tuple[str, ...]
    derived: Callable[[Derivation], tuple[sympy.Expr, dict[str, sympy.Symbol]]]
    form: Callable[[dict[str, sympy.Symbol]], sympy.Expr]
    doc: str
    fast: Callable[[dict[str, sympy.Symbol]], sympy.Expr] | None = None
    activation: str = ""
    derivative: bool = False
    float32: str = "native"
    # (sign, value): the function's limit at sign*oo, where the form's IEEE value is
    # nan (inf*0); checked against the derived formula at |x| = 1000, 60 digits.
    limits: tuple[tuple[int, float], ...] = ()
    # The fast form for float32 data, where it differs from ``fast`` (a nan guard set
    # for float32's precision); proved like ``fast``.
    fast32: Callable[[dict[str, sympy.Symbol]], sympy.Expr] | None = None
    # A cheaper accurate form for the elements the fast forms give nan, itself nan where
    # it does not apply (those go to ``form``); proved like ``fast``.
    fallback: Callable[[dict[str, sympy.Symbol]], sympy.Expr] | None = None
    # The number of elements from which two threads share the work (None: the runtime's
    # THREADED_MIN, set for the cheap kernels). A kernel that costs several np.exp per
    # element and releases the GIL for most of it gains from the second thread at 1e5
    # already; the value is a measurement (benchmarks/kernels.py, runtime.Kernel).
    threaded_min: int | None = None


def _defined(
    name: str, params: tuple[str, ...] = ("x",)
) -> Callable[[Derivation], tuple[sympy.Expr, dict[str, sympy.Symbol]]]:
    """The body of the derivation's ``[define]`` entry ``name`` (the function itself)."""

    def read(d: Derivation):
        define = d.defines[name]
        body = Facts(d.hypotheses, d.defines).unfold(define.body)
        return body, dict(zip(params, define.params, strict=True))

    return read


def _claim_rhs(d: Derivation, params: tuple[str, ...] = ("x",)):
    """The claim's right side with every definition unfolded (the derivative)."""
    return Facts(d.hypotheses, d.defines).unfold(d.claim[1]), {p: d.symbols[p] for p in params}


def _softplus_form(x: sympy.Expr) -> sympy.Expr:
    # log(1 + e^x) = max(x, 0) + log1p(e^-|x|): two non-negative terms, no overflow.
    return sympy.Max(x, 0) + log1p(_e(x))


def _log_one_plus_32(p: sympy.Expr, negated: bool = False) -> sympy.Expr:
    """log(1 + p) (or its negative) for float32 data: float32's log2 of 1 + p in float32.

    v = 1 + p rounded once to float32 (DataPrecision, into the float32 out); then
    log(1 + p) = log(v) + log(1 + c/v) with c = p - (v - 1) the exact error of that
    rounding (v - 1 is exact, v being a float32 >= 1; p - (v - 1) is float64's
    subtraction of two nearby numbers, off by 2^-53 of c), and log(1 + c/v) = c/v up
    to (c/v)^2/2 <= 2^-49, 2^-25 of the result where c/v matters (where 1 + p rounds to
    1 the result is p itself). log2(v) ln 2, not log(v): NumPy's float32 log2 is off by
    <= 0.75 float32 ULP on [1, 2] (measured on 2e6 points), its float32 log by up to 3.05
    (too much beside float32 exp's 2.42); both are SIMD loops, ~2x float32 exp, where
    float64's log (of the float64 form) is a scalar loop, ~5x. In exact arithmetic v is
    1 + p and c is 0: the proof reads DataPrecision as the identity. nan where p
    overflows (inf - inf): that element is recomputed by the accurate form. (The float64
    form, log(1 + p) + (p - (u - 1))/u with u = 1 + p in float64, measured 7.47x np.exp
    at 1e6 float32 where this one took 5.80x, same run.)
    """
    v = DataPrecision(1 + p)
    logarithm = log2(v) * sympy.log(2)
    if negated:  # -log(1 + p), the correction's sign folded in (one pass less)
        return sympy.UnevaluatedExpr(sympy.UnevaluatedExpr(v - 1) - p) / v - logarithm
    return logarithm + sympy.UnevaluatedExpr(p - sympy.UnevaluatedExpr(v - 1)) / v


def _exp_prime(d: Derivation):
    return d.claim[1], {"x": d.symbols["x"]}


def _exp_fn(d: Derivation):
    # The function the claim differentiates: Derivative(exp(x), x) -> exp(x).
    return d.claim[0].expr, {"x": d.symbols["x"]}


def _reciprocal_prime(d: Derivation):
    x = d.symbols["x"]
    (func,) = d.hypotheses
    f, df = sympy.Symbol("f", real=True), sympy.Symbol("df", real=True)
    # The claim's right side with the function's value and derivative as inputs.
    rhs = d.claim[1].xreplace({sympy.Derivative(func(x), x): df}).xreplace({func(x): f})
    return rhs, {"f": f, "df": df}


def _e(x: sympy.Expr) -> sympy.Expr:
    return sympy.exp(-sympy.Abs(x))


def _step(condition: sympy.Basic) -> sympy.Expr:
    # Emitted branch-free as the comparison itself (the emitter's "indicator" rewrite).
    return sympy.Piecewise((1, condition), (0, True))


def _sigmoid_form(x: sympy.Expr) -> sympy.Expr:
    # exp(-|x|) never overflows; choosing the numerator by the sign of x keeps
    # full relative accuracy in both tails, subnormal results included.
    # Max(e, [x >= 0]) is 1 for x >= 0 and e otherwise, without NumPy's
    # per-element branch (np.where costs ~3 ns/element on random signs).
    return sympy.Max(_e(x), _step(x >= 0)) / (1 + _e(x))


def _shifted_sigmoid(x: sympy.Expr) -> tuple[sympy.Expr, sympy.Expr]:
    """(numerator, unshift): S(x) = numerator/unshift, with numerator normal down to -745.

    S(x) is subnormal below x = -708.4 and carries few significant bits there; a
    product x*S(x) or S(x)*(1 + x) is not small enough to be subnormal itself. The
    exponent is shifted by 64 where x < -700 (x + 64 is exact there) and the shift
    divided out once, at the end, by ``unshift``.
    """
    shift = _step(x < -700)
    numerator = sympy.exp(sympy.Min(x, 0) + 64 * shift) / (1 + _e(x))
    return numerator, 1 + (sympy.exp(64) - 1) * shift


def _sigmoid_fast(x: sympy.Expr) -> sympy.Expr:
    # E/(1 + E) with E = e^x: 3 passes, no sign test; inf/inf (nan) where e^x overflows
    # (x > 709.78), and where e^x is subnormal the quotient is e^x, rightly rounded.
    return sympy.exp(x) / (1 + sympy.exp(x))


def _silu_form(x: sympy.Expr) -> sympy.Expr:
    numerator, unshift = _shifted_sigmoid(x)
    return x * numerator / unshift


def _nan_where_infinite(value: sympy.Expr) -> sympy.Expr:
    """0*value, kept unevaluated: 0 for finite value, nan where value overflowed to inf.

    Added to a fast form, it turns a silently wrong result into the nan that makes the
    runtime recompute that element by the accurate form.
    """
    return sympy.UnevaluatedExpr(sympy.Mul(sympy.S.Zero, value, evaluate=False))


def _silu_fast(x: sympy.Expr) -> sympy.Expr:
    # x/(1 + e^-x): 4 passes, accurate while e^-x is finite (down to x = -709.78, where
    # x e^x is still a normal number); below, e^-x = inf would give -0 for a nonzero
    # result, so 0*e^-x adds a nan there.
    return x / (1 + sympy.exp(-x)) + _nan_where_infinite(sympy.exp(-x))


def _nan_where_negative(value: sympy.Expr) -> sympy.Expr:
    """0*sqrt(value), kept unevaluated: 0 (also in exact arithmetic, where the root of a
    negative number is imaginary and finite), nan in floating point where value < 0.

    Added to a fast form, it marks the inputs where that form is not accurate enough
    (value < 0 there), so that the runtime recomputes them by the accurate form.
    """
    return sympy.UnevaluatedExpr(sympy.Mul(sympy.S.Zero, sympy.sqrt(value), evaluate=False))


def _silu_prime_fast(x: sympy.Expr, band: sympy.Rational, floor: int) -> sympy.Expr:
    # SiLU' = P t/(1 + P)^2 = t/((1/P + P) + 2) with P = e^x and t = (1 + x) + P: one exp
    # and 13 cheap passes, guard included (the accurate form takes exp, a shifted exp,
    # expm1 and 34 passes). 1 + x is exact where t cancels (x near the zero -1.2785), so
    # t is as accurate as P there. The guard's q is negative, giving nan (recomputed by
    # the accurate form), where t^2 < band (t cancels near the zero, and the result's
    # relative error is P's times |d log SiLU'/d log P| = |1 + P/t - 2P/(1 + P)|) and
    # where x < floor (below, P is subnormal: 1/P inexact, then infinite). P overflows
    # for x > 709.78 (88.72 in float32): t and the denominator are infinite, inf/inf.
    p = sympy.exp(x)
    t = sympy.UnevaluatedExpr(x + 1) + p
    q = (t * t - band) * (x - floor)
    # 1/P written unevaluated: SymPy would make it exp(-x), a second exp.
    denominator = sympy.UnevaluatedExpr(
        sympy.Add(sympy.Pow(p, -1, evaluate=False), p, evaluate=False)
    )
    # One group, so the emitter computes t once for both the value and the guard.
    return sympy.UnevaluatedExpr(t / (denominator + 2) + _nan_where_negative(q))


# Float64: P is off by < 1 ULP; with |t| >= 2**-2.5 (|x + 1.2785| > ~0.14) measured
# <= 2.9 ULP (44k points); P is normal down to x = -708.
_SILU_PRIME_FAST64 = (sympy.Rational(1, 32), -708)
# Float32 ("mixed": P from NumPy's float32 exp, off by up to 2.54 float32 ULP, the rest
# in float64): |t| >= 1/2 (x outside (-1.42, -0.88)) keeps that magnification <= 1.2,
# measured <= 3.5 float32 ULP over 2e7 random floats in [-90, 40] (all float32
# arithmetic: 4.8); a float32 P is normal down to x = -87.3.
_SILU_PRIME_FAST32 = (sympy.Rational(1, 4), -87)


def _tanh_fast(x: sympy.Expr) -> sympy.Expr:
    # sign(x) M/(-2 - M) with M = e^(-2|x|) - 1 (np.expm1) in [-1, 0]: 7 passes, where
    # np.tanh costs 2.7 (|x| large) to 5 (|x| < 1) times np.exp on float64. Nothing
    # cancels (M is accurate near 0, -2 - M lies in [-2, -1]) and nothing overflows, so
    # it is never nan for a number. Not e^(2x) - 1: NumPy's expm1 is ~2x slower for
    # positive arguments. (P - 1)/(P + 1) with P = e^(2x), the cheaper exp, cancels for
    # |x| < 1/4: the guard that sends those to np.tanh made it slower at 100 elements.
    m = expm1(-2 * sympy.Abs(x))
    return sympy.sign(x) * m / (-2 - m)


# The zero of SiLU': 1 + x + e^x = 0 at x = -1.2785 (= -1 - W(1/e)), as a float.
_SILU_ROOT = sympy.Rational(-1.2784645427610738)


def _silu_prime_form(x: sympy.Expr) -> sympy.Expr:
    # SiLU' = S(x)(1 + x S(-x)) = (1 + E + xE)/(1 + E(2 + E)) with E = e^-|x| for
    # x >= 0 (all terms positive), and E((1 + x) + E)/(1 + E(2 + E)) for x < 0, where
    # 1 + x is exact (|x| < 2^53) and the two terms cancel only near the zero
    # 1 + x + e^x = 0. There, with a = _SILU_ROOT and d = x - a (exact for x in
    # (-2.55, -0.64), Sterbenz), (1 + x) + e^x = (1 + a + e^a) + d + e^a expm1(d): terms
    # of d's sign, and 1 + a + e^a a constant (~1e-16) rounded once. Below x = -700
    # the factor E is taken shifted by e^64 (see _shifted_sigmoid).
    a = _SILU_ROOT
    e = _e(x)
    denominator = 1 + e * (2 + e)
    d = sympy.UnevaluatedExpr(x - a)
    near_zero = sympy.UnevaluatedExpr(1 + a + sympy.exp(a)) + d + sympy.exp(a) * expm1(d)
    shift = _step(x < -700)
    shifted_e = sympy.exp(sympy.Min(x, 0) + 64 * shift)
    unshift = 1 + (sympy.exp(64) - 1) * shift
    negative = shifted_e * (sympy.UnevaluatedExpr(1 + x) + e) / (denominator * unshift)
    positive = (1 + e + x * e) / denominator
    return sympy.Piecewise(
        (e * near_zero / denominator, (x > sympy.Rational(-2.55)) & (x < sympy.Rational(-0.64))),
        (negative, x < 0),
        (positive, True),
    )


def _silu_prime_near_zero(x: sympy.Expr) -> sympy.Expr:
    # The accurate form's branch around the zero of SiLU' (see _silu_prime_form) alone,
    # with P = e^x for E (x < 0 there), nan outside [-2.55, -0.64] (where x - a is not
    # exact): the fallback for the elements both fast forms give nan near the zero (with
    # float32's wider band, ~15% of N(0, 1) data). 17 passes where the whole form takes
    # 40, several of them slow at a few elements (comparisons into float buffers, masked
    # copies): measured ~60 us for one element, the fallback ~15 us.
    a = _SILU_ROOT
    p = sympy.exp(x)
    d = sympy.UnevaluatedExpr(x - a)
    near_zero = sympy.UnevaluatedExpr(1 + a + sympy.exp(a)) + d + sympy.exp(a) * expm1(d)
    band = (x - sympy.Rational(-2.55)) * (sympy.Rational(-0.64) - x)
    return p * near_zero / (1 + p * (2 + p)) + _nan_where_negative(band)


class NumpyRoutine(sympy.Function):
    """A function computed by a hand-written routine of ``verifier/kernels/special.py``.

    The emitter lowers it to one call ``_sp.<routine>(x, out=...)``; the proof reads it
    by its definition in ``_ROUTINES`` (what the routine computes), as it reads tanh by
    exp, so a kernel whose form is such a call is proved equal to the derived formula
    like any other. The routine's accuracy is measured against 60-digit mpmath by
    tests/kernels/test_gelu.py.
    """

    nargs = 1
    routine = ""
    is_real = True


def _routine(name: str) -> type[NumpyRoutine]:
    return type(name, (NumpyRoutine,), {"routine": name})


_SQRT2 = sympy.sqrt(2)
# v(x) = 2 sqrt(2/pi) (x + 0.044715 x^3), so that (1 + tanh(v/2))/2 = S(v).
_GELU_V = lambda u: 2 * sympy.sqrt(2 / sympy.pi) * (u + sympy.Rational(44715, 10**6) * u**3)  # noqa: E731
_GELU_V_PRIME = lambda u: (  # noqa: E731 - written out: SymPy never differentiates here
    2 * sympy.sqrt(2 / sympy.pi) * (1 + 3 * sympy.Rational(44715, 10**6) * u**2)
)
# What each routine computes (erfc read as 1 - erf, by its definition).
_ROUTINES = {
    _routine("gelu"): lambda u: (u * sympy.erfc(-u / _SQRT2) / 2).rewrite(sympy.erf),
    _routine("gelu_prime"): lambda u: (
        sympy.erfc(-u / _SQRT2) / 2 + u * sympy.exp(-(u**2) / 2) / sympy.sqrt(2 * sympy.pi)
    ).rewrite(sympy.erf),
    # The routines compute x S(v) and S(v)(1 + x v' S(-v)) (S(v) = (1 + tanh(v/2))/2);
    # stated with tanh, as SymPy's algebra does not relate tanh to exp of a cubic in time.
    _routine("gelu_tanh"): lambda u: u * (1 + sympy.tanh(_GELU_V(u) / 2)) / 2,
    _routine("gelu_tanh_prime"): lambda u: (
        (1 + sympy.tanh(_GELU_V(u) / 2)) / 2
        + u * (1 - sympy.tanh(_GELU_V(u) / 2) ** 2) / 4 * _GELU_V_PRIME(u)
    ),
}
ROUTINES = {cls.routine: cls for cls in _ROUTINES}


SPECS: tuple[KernelSpec, ...] = (
    KernelSpec(
        "sigmoid",
        "sigmoid-derivative",
        ("x",),
        _defined("S"),
        lambda s: _sigmoid_form(s["x"]),
        "The logistic sigmoid S(x) = 1/(1 + e^-x), accurate over the whole float line.",
        fast=lambda s: _sigmoid_fast(s["x"]),
        activation="sigmoid",
    ),
    KernelSpec(
        "sigmoid_prime",
        "sigmoid-derivative",
        ("x",),
        _claim_rhs,
        # S(1 - S) is exactly 0 in float64 for x > 36.7; this form is symmetric
        # in x and never cancels, and 1 + e*(2 + e) rounds once where (1 + e)**2
        # doubles the rounding error of 1 + e (measured 4.3 ULP against 2.5).
        lambda s: _e(s["x"]) / (1 + _e(s["x"]) * (2 + _e(s["x"]))),
        "S'(x) = S(x)(1 - S(x)), evaluated at the pre-activation x, accurate everywhere.",
        # No fast form: the one without |x| that gives nan where it overflows,
        # (E/(1 + E))/(1 + E) with E = e^x, saves one pass of six and measured 2.9 ULP
        # against 1.9 (E/(1 + E(2 + E)) would silently give 0 for x > 354.9).
        activation="sigmoid",
        derivative=True,
        # Native float32: NumPy's float32 exp is off by up to ~2.5 ULP and the form adds
        # ~1 ULP; measured at most 3.5 (S') and 3.8 (tanh') ULP over 8e6 random floats.
    ),
    KernelSpec(
        "exp_fn",
        "exp-derivative",
        ("x",),
        _exp_fn,
        lambda s: sympy.exp(s["x"]),
        "e^x: the activation whose derivative exp_prime is (NumPy's own exp).",
        activation="exp",
    ),
    KernelSpec(
        "exp_prime",
        "exp-derivative",
        ("x",),
        _exp_prime,
        lambda s: sympy.exp(s["x"]),
        "d/dx e^x = e^x.",
        activation="exp",
        derivative=True,
    ),
    KernelSpec(
        "reciprocal_prime",
        "reciprocal-rule",
        ("f", "df"),
        _reciprocal_prime,
        # -(df/f)/f: dividing twice avoids f**2, which overflows for |f| > 1e154
        # and underflows for |f| < 1e-154 although the result is representable.
        lambda s: -sympy.UnevaluatedExpr(s["df"] / s["f"]) / s["f"],
        "d/dx 1/f(x) = -f'(x)/f(x)^2, from f = f(x) and df = f'(x).",
    ),
    KernelSpec(
        "tanh",
        "tanh-derivative",
        ("x",),
        _defined("T"),
        # NumPy's tanh: the derivation's (e^x - e^-x)/(e^x + e^-x) overflows for
        # |x| > 709.78 and cancels near 0.
        lambda s: sympy.tanh(s["x"]),
        "tanh(x) = (e^x - e^-x)/(e^x + e^-x), accurate over the whole float line.",
        fast=lambda s: _tanh_fast(s["x"]),
        activation="tanh",
        # np.tanh natively in float32 (SIMD, measured <= 1.4 float32 ULP); the fast form
        # would carry float32 exp's 2.4 ULP, magnified by P/(P - 1), beyond 4.
        float32="form-native",
    ),
    KernelSpec(
        "tanh_prime",
        "tanh-derivative",
        ("x",),
        _claim_rhs,
        # 1 - tanh^2 is exactly 0 in float64 for |x| > 19.1 (tanh'(20) = 1.7e-17);
        # 4E/(1 + E(2 + E)) with E = e^-2|x| never cancels (as for S', of which
        # tanh'(x) = 4 S'(2x) is a rescaling).
        lambda s: 4 * _e(2 * s["x"]) / (1 + _e(2 * s["x"]) * (2 + _e(2 * s["x"]))),
        "tanh'(x) = 1 - tanh(x)^2, evaluated at the pre-activation x, accurate everywhere.",
        activation="tanh",
        derivative=True,
        # Native float32: NumPy's float32 exp is off by up to ~2.5 ULP and the form adds
        # ~1 ULP; measured at most 3.5 (S') and 3.8 (tanh') ULP over 8e6 random floats.
    ),
    KernelSpec(
        "silu",
        "silu-derivative",
        ("x",),
        _defined("Q"),
        lambda s: _silu_form(s["x"]),
        "SiLU (swish) x S(x), accurate over the whole float line.",
        fast=lambda s: _silu_fast(s["x"]),
        activation="silu",
        # The fast form natively in float32 (measured <= 3.5 float32 ULP on 3e6 points;
        # nan below -88.7, where e^-x overflows), the rest in float64: the accurate
        # form's shift is for float64 (float32 S is subnormal below -87).
        float32="fast-native",
        limits=((-1, 0.0),),
    ),
    KernelSpec(
        "silu_prime",
        "silu-derivative",
        ("x",),
        _claim_rhs,
        # S(1 + x(1 - S)) with 1 - S = S(-x) computed as its own accurate sigmoid:
        # never 1 - S, which cancels for x > 36.7 where x S(-x) still matters.
        lambda s: _silu_prime_form(s["x"]),
        "SiLU'(x) = S(x)(1 + x(1 - S(x))), evaluated at the pre-activation x.",
        fast=lambda s: _silu_prime_fast(s["x"], *_SILU_PRIME_FAST64),
        fast32=lambda s: _silu_prime_fast(s["x"], *_SILU_PRIME_FAST32),
        fallback=lambda s: _silu_prime_near_zero(s["x"]),
        activation="silu",
        derivative=True,
        float32="mixed",
        limits=((-1, 0.0), (1, 1.0)),
    ),
    KernelSpec(
        "softplus",
        "softplus-derivative",
        ("x",),
        _defined("P"),
        # log(1 + e^x) overflows for x > 709.78 and is 0 for x < -37 although the value
        # is e^x; max(x, 0) + log1p(e^-|x|) adds two non-negative terms, never overflows.
        lambda s: _softplus_form(s["x"]),
        "softplus(x) = log(1 + e^x), accurate over the whole float line.",
        # Float32 data: log(1 + P) with P = e^x from NumPy's float32 exp, 1 + P rounded
        # once to float32 and its log2 by NumPy's float32 loop, the rounding error of
        # 1 + P added back in float64 (_log_one_plus_32): NumPy's float32 log1p is a
        # scalar loop, float64's log (of the float64 form used before) ~4x float32's
        # log2, and float32's log is off by up to 3.05 float32 ULP on [1, 2] (the whole
        # form in float32 measured 5.1 ULP). Measured <= 3.21 float32 ULP over 8e6
        # points (float64 reference), <= 4 against mpmath in the tests. Not for float64
        # data: the float64 form (log, 4 cheap passes for log1p) measured 5% slower at
        # 1e5 and 12% at 100 elements than the form.
        # P overflows for x > 88.72: nan there, recomputed in float64.
        fast32=lambda s: _log_one_plus_32(sympy.exp(s["x"])),
        activation="softplus",
        float32="mixed",
        threaded_min=_THREADS_FROM_1E5,
    ),
    KernelSpec(
        "softplus_prime",
        "softplus-derivative",
        ("x",),
        _claim_rhs,
        lambda s: _sigmoid_form(s["x"]),
        "softplus'(x) = S(x), evaluated at the pre-activation x.",
        fast=lambda s: _sigmoid_fast(s["x"]),
        activation="softplus",
        derivative=True,
    ),
    KernelSpec(
        "log_sigmoid",
        "log-sigmoid-derivative",
        ("x",),
        _defined("L"),
        # log S(x) = min(x, 0) - log1p(e^-|x|): no overflow, and no log(1 - tiny).
        lambda s: sympy.Min(s["x"], 0) - log1p(_e(s["x"])),
        "log S(x) = -log(1 + e^-x), accurate over the whole float line.",
        # Float32 data: -log(1 + Q) with Q = e^-x, as softplus's (nan for x < -88.72);
        # measured <= 3.31 float32 ULP over 8e6 points; 4.60x np.exp at 1e6 (float32)
        # against 6.46x for the float64-log form, same run.
        fast32=lambda s: _log_one_plus_32(sympy.exp(-s["x"]), negated=True),
        activation="log_sigmoid",
        float32="mixed",
        threaded_min=_THREADS_FROM_1E5,
    ),
    KernelSpec(
        "log_sigmoid_prime",
        "log-sigmoid-derivative",
        ("x",),
        _claim_rhs,
        # 1 - S(x) = S(-x), computed as a sigmoid: 1 - S cancels for x > 36.7.
        lambda s: _sigmoid_form(-s["x"]),
        "(log S)'(x) = 1 - S(x), evaluated at the pre-activation x, accurate everywhere.",
        fast=lambda s: _sigmoid_fast(-s["x"]),
        activation="log_sigmoid",
        derivative=True,
    ),
    KernelSpec(
        "softmax_cross_entropy",
        "softmax-cross-entropy",
        ("z", "t"),
        _defined("C", ("z", "t")),
        # -t log S(z) - (1 - t) log S(-z) = t softplus(-z) + (1 - t) softplus(z): for a
        # target t in [0, 1] two non-negative terms, never log(0) nor a cancellation
        # (softplus(z) - t z, the usual shortcut, cancels for t = 1 and large z).
        lambda s: s["t"] * _softplus_form(-s["z"]) + (1 - s["t"]) * _softplus_form(s["z"]),
        "Two-class softmax cross-entropy of the logit z against the target t in [0, 1].",
        float32="float64",
    ),
    KernelSpec(
        "softmax_cross_entropy_prime",
        "softmax-cross-entropy",
        ("z", "t"),
        lambda d: _claim_rhs(d, ("z", "t")),
        # p - t with p = S(z) from the accurate sigmoid form: within 2 eps of the truth
        # (the absolute error of p itself); relative accuracy is lost where p ~ t.
        lambda s: _sigmoid_form(s["z"]) - s["t"],
        "d/dz of the two-class softmax cross-entropy: p - t with p = S(z).",
    ),
    KernelSpec(
        "gelu",
        "gelu-derivative",
        ("x",),
        _defined("G"),
        # x erfc(-x/sqrt 2)/2 by special.py: 1 + erf cancels for x << 0 and NumPy has no
        # erf; the routine fits the function itself near 0 and exp(-x^2/2) times a fitted
        # factor in the tails, with x^2/2 exact.
        lambda s: ROUTINES["gelu"](s["x"]),
        "GELU x Phi(x) = x (1 + erf(x/sqrt(2)))/2, accurate over the whole float line.",
        activation="gelu",
        threaded_min=_THREADS_FROM_1E5,
    ),
    KernelSpec(
        "gelu_prime",
        "gelu-derivative",
        ("x",),
        _claim_rhs,
        # Phi(x) + x phi(x) cancels near its zero x = -0.7518: the routine's table there is
        # centred on that zero.
        lambda s: ROUTINES["gelu_prime"](s["x"]),
        "GELU'(x) = Phi(x) + x exp(-x^2/2)/sqrt(2 pi), evaluated at the pre-activation x.",
        activation="gelu",
        derivative=True,
        threaded_min=_THREADS_FROM_1E5,
    ),
    KernelSpec(
        "gelu_tanh",
        "gelu-tanh-derivative",
        ("x",),
        _defined("H"),
        # x (1 + tanh(u))/2 = x S(2u): 1 + tanh(u) cancels for x << 0, and S(2u) ~ e^(2u)
        # magnifies the rounding of the cubic 2u by |2u| (745): special.py carries it in
        # double-double.
        lambda s: ROUTINES["gelu_tanh"](s["x"]),
        "GELU, tanh approximation: x (1 + tanh(sqrt(2/pi)(x + 0.044715 x^3)))/2.",
        activation="gelu_tanh",
        threaded_min=_THREADS_FROM_1E5,
    ),
    KernelSpec(
        "gelu_tanh_prime",
        "gelu-tanh-derivative",
        ("x",),
        _claim_rhs,
        lambda s: ROUTINES["gelu_tanh_prime"](s["x"]),
        "Derivative of the tanh approximation of GELU, evaluated at the pre-activation x.",
        activation="gelu_tanh",
        derivative=True,
        threaded_min=_THREADS_FROM_1E5,
    ),
)

# The functions a form may use that are defined by exp and log, read as those
# definitions when the form is proved (SymPy's algebra does not relate tanh or expm1 to
# exp, nor log1p to log, by itself).
_BY_EXP = {
    sympy.tanh: lambda u: (sympy.exp(u) - sympy.exp(-u)) / (sympy.exp(u) + sympy.exp(-u)),
    sympy.cosh: lambda u: (sympy.exp(u) + sympy.exp(-u)) / 2,
    sympy.sinh: lambda u: (sympy.exp(u) - sympy.exp(-u)) / 2,
    expm1: lambda u: sympy.exp(u) - 1,
    log1p: lambda u: sympy.log(1 + u),
    log2: lambda u: sympy.log(u) / sympy.log(2),
    # The value rounded to float32 is, in exact arithmetic, the value.
    DataPrecision: lambda u: u,
    **_ROUTINES,
}


def _by_exp(expr: sympy.Expr) -> sympy.Expr:
    return expr.replace(
        lambda e: isinstance(e, sympy.Function) and e.func in _BY_EXP,
        lambda e: _BY_EXP[e.func](e.args[0]),
    )


# Hand-written functions exported with the kernels: not elementwise, so not emitted
# (verifier/kernels/categorical.py says which derivation each computes).
REEXPORTS = {
    "verifier.kernels.categorical": (
        "categorical_cross_entropy",
        "categorical_cross_entropy_grad",
        "log_softmax",
        "softmax",
    ),
}


def registry() -> dict[str, tuple[str, str]]:
    """Activation name -> (forward kernel, derivative kernel), from the spec table."""
    pairs: dict[str, dict[bool, str]] = {}
    for spec in SPECS:
        if spec.activation:
            pairs.setdefault(spec.activation, {})[spec.derivative] = spec.name
    return {a: (p[False], p[True]) for a, p in pairs.items() if len(p) == 2}


@dataclass(frozen=True)
class KernelProof:
    spec: KernelSpec
    derived: sympy.Expr
    form: sympy.Expr
    symbols: dict[str, sympy.Symbol]
    cases: tuple[tuple[str, str], ...]  # (case, how it was proved)
    sha256: str
    fast: sympy.Expr | None = None
    fast_cases: tuple[tuple[str, str], ...] = ()
    limits: tuple[str, ...] = ()
    fast32: sympy.Expr | None = None
    fast32_cases: tuple[tuple[str, str], ...] = ()
    fallback: sympy.Expr | None = None
    fallback_cases: tuple[tuple[str, str], ...] = ()

    @property
    def provenance(self) -> dict[str, str]:
        return {
            "derivation": self.spec.derivation,
            "derived": _sstr(self.derived),
            "form": _sstr(self.form),
            "sha256": self.sha256,
            "rewrite_proof": "; ".join(f"{case}: {how}" for case, how in self.cases),
            **(
                {
                    "fast_form": _sstr(self.fast),
                    "fast_proof": "; ".join(f"{case}: {how}" for case, how in self.fast_cases),
                }
                if self.fast is not None
                else {}
            ),
            **(
                {
                    "fast32_form": _sstr(self.fast32),
                    "fast32_proof": "; ".join(f"{case}: {how}" for case, how in self.fast32_cases),
                }
                if self.fast32 is not None
                else {}
            ),
            **(
                {
                    "fallback_form": _sstr(self.fallback),
                    "fallback_proof": "; ".join(
                        f"{case}: {how}" for case, how in self.fallback_cases
                    ),
                }
                if self.fallback is not None
                else {}
            ),
            **({"limits": "; ".join(self.limits)} if self.limits else {}),
        }


def _cases(form: sympy.Expr, symbols: dict[str, sympy.Symbol]):
    """Sign cases for every variable the form treats by sign (Abs, Piecewise)."""
    split = [
        s
        for s in symbols.values()
        if any(s in n.free_symbols for n in form.atoms(sympy.Abs, sympy.Piecewise))
    ]
    if not split:
        return [("all values", {})]
    (var,) = split  # one split variable is all the shipped kernels need
    p = sympy.Symbol(f"{var.name}_pos", positive=True)
    return [
        (f"{var} > 0", {var: p}),
        (f"{var} < 0", {var: -p}),
        (f"{var} = 0", {var: sympy.Integer(0)}),
    ]


def _prove_form(
    spec: KernelSpec, derived: sympy.Expr, form: sympy.Expr, symbols: dict[str, sympy.Symbol]
) -> tuple[tuple[str, str], ...]:
    ctx = CheckContext(Facts())
    cases = []
    for case, substitution in _cases(form, symbols):
        left = derived.xreplace(substitution)
        right = _by_exp(form.doit()).xreplace(substitution)
        # A Piecewise left after the sign case is proved branch by branch: each branch
        # equal to the derived formula throughout the case, whatever its condition
        # (a sufficient condition, and one small proof per branch instead of one large).
        branches = [b.expr for b in right.args] if isinstance(right, sympy.Piecewise) else [right]
        methods = []
        for branch, verdict in ((b, _check_branch(left, b, ctx)) for b in branches):
            if verdict.status != PROVED:
                raise ProofFailed(
                    f"kernel {spec.name}: the form {sympy.sstr(form.doit())} is not proved equal "
                    f"to the derived {sympy.sstr(derived)} for {case}"
                    + (f" (branch {sympy.sstr(branch)})" if len(branches) > 1 else "")
                    + f": {verdict.reason}"
                )
            methods.append(verdict.method)
        how = (
            methods[0]
            if len(methods) == 1
            else f"each of {len(methods)} branches: " + ", ".join(methods)
        )
        if form.atoms(*(f for f in _BY_EXP)):
            how += " (" + ", ".join(sorted(f.__name__ for f in _BY_EXP if form.atoms(f)))
            how += " read by its definition)"
        cases.append((case, how))
    return tuple(cases)


def _is_indicator(node: sympy.Basic) -> bool:
    return (
        isinstance(node, sympy.Piecewise)
        and len(node.args) == 2
        and node.args[0].expr == 1
        and node.args[1].expr == 0
        and node.args[1].cond is sympy.true
    )


def _check_branch(left: sympy.Expr, branch: sympy.Expr, ctx: CheckContext):
    """check_equal, for every 0/1 value of each indicator the sign case left undecided.

    An exponent shift such as exp(x + 64 [x < -700]) / (1 + (e^64 - 1) [x < -700]) is an
    identity whichever value the indicator takes: proving it for both is stronger than
    deciding the condition, and far cheaper than SymPy simplifying the Piecewise.
    """
    indicators = sorted(
        (n for n in branch.atoms(sympy.Piecewise) if _is_indicator(n)), key=sympy.default_sort_key
    )
    verdict = None
    for values in itertools.product((0, 1), repeat=len(indicators)):
        instance = branch.xreplace(dict(zip(indicators, map(sympy.Integer, values), strict=True)))
        verdict = check_equal(left, instance, ctx, ("algebra",))
        if verdict.status != PROVED:
            return verdict
    return verdict


def prove_kernel(spec: KernelSpec, derivation: Derivation) -> KernelProof:
    """Prove the spec's forms equal to what the derivation derived, or raise ProofFailed."""
    derived, symbols = spec.derived(derivation)
    form = spec.form(symbols)
    cases = _prove_form(spec, derived, form, symbols)
    fast = spec.fast(symbols) if spec.fast is not None else None
    fast_cases = _prove_form(spec, derived, fast, symbols) if fast is not None else ()
    fast32 = spec.fast32(symbols) if spec.fast32 is not None else None
    fast32_cases = _prove_form(spec, derived, fast32, symbols) if fast32 is not None else ()
    fallback = spec.fallback(symbols) if spec.fallback is not None else None
    fallback_cases = _prove_form(spec, derived, fallback, symbols) if fallback is not None else ()
    limits = tuple(_check_limit(spec, derived, symbols, sign, value) for sign, value in spec.limits)
    return KernelProof(
        spec,
        derived,
        form,
        symbols,
        cases,
        derivation.sha256,
        fast,
        fast_cases,
        limits,
        fast32,
        fast32_cases,
        fallback,
        fallback_cases,
    )


def _check_limit(spec: KernelSpec, derived, symbols, sign: int, value: float) -> str:
    """The declared limit at sign*oo, checked on the derived formula at x = sign*1000.

    Not a proof (the checker proves identities, not limits): a 60-digit evaluation
    far out, where every shipped function is within 1e-300 of its limit.
    """
    (x,) = symbols.values()
    at = derived.subs(x, sign * 1000).evalf(60)
    if not (at.is_real and abs(at - value) < sympy.Float("1e-300", 60)):
        raise ProofFailed(
            f"kernel {spec.name}: the declared limit {value} at {sign:+d}*oo does not match "
            f"the derived {sympy.sstr(derived)} (= {sympy.sstr(at)} at x = {sign * 1000})"
        )
    return f"x -> {'+' if sign > 0 else '-'}oo: {value} (derived formula at x = {sign * 1000})"


def proved_kernels() -> list[KernelProof]:
    """Check the shipped derivations, then prove each kernel's form. Raises ProofFailed."""
    from verifier.runner import check_ordered

    shipped = load_shipped()
    reports, _ = check_ordered(resolve(shipped, []), jobs=1)
    by_id = {r.derivation.id: r for r in reports}
    proofs = []
    for spec in SPECS:
        report = by_id[spec.derivation]
        if not report.proved:
            bad = next((s for s in report.steps if s.verdict.status != PROVED), None)
            where = (
                f"step {bad.step.index} ({report.derivation.file}:{bad.step.line}) is "
                f"{bad.verdict.status}: {bad.verdict.reason}"
                if bad
                else report.reason
            )
            raise ProofFailed(
                f"kernel {spec.name}: derivation '{spec.derivation}' is not proved: {where}"
            )
        proofs.append(prove_kernel(spec, report.derivation))
    return proofs


def module_source(proofs: list[KernelProof] | None = None) -> str:
    from verifier.kernels.emit import KernelSource, emit_module

    proofs = proved_kernels() if proofs is None else proofs
    return emit_module(
        [
            KernelSource(
                p.spec.name,
                p.spec.params,
                p.form,
                p.symbols,
                p.spec.doc,
                p.provenance,
                fast=p.fast,
                float32=p.spec.float32,
                limits=p.spec.limits,
                fast32=p.fast32,
                fallback=p.fallback,
                threaded_min=p.spec.threaded_min,
            )
            for p in proofs
        ],
        registry(),
        REEXPORTS,
    )


def freshness_problem(path: str | Path | None = None) -> str | None:
    """None when ``path`` (default verifier/kernels/generated.py) is what --write would produce."""
    path = Path(path) if path is not None else KERNELS_PATH
    try:
        current = path.read_text(encoding="utf-8")
    except OSError as exc:
        return f"cannot read {path}: {exc.strerror}"
    try:
        expected = module_source()
    except ProofFailed as exc:
        return str(exc)
    if current == expected:
        return None
    diff = list(
        difflib.unified_diff(
            expected.splitlines(), current.splitlines(), "generated", str(path), lineterm="", n=0
        )
    )
    first = next(
        (
            line
            for line in diff
            if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))
        ),
        "",
    )
    return (
        f"{path} is not what `verifier kernels --write` produces from the current derivations "
        f"({sum(1 for d in diff if d[:1] in '+-') - 2} differing lines; first: {first.strip()!r}); "
        "run `verifier kernels --write`"
    )


def main(*, source: bool = False, write: bool = False, output: str | None = None) -> int:
    """``verifier kernels``: list, print (--source) or regenerate (--write) the kernels."""
    if write:
        text = module_source()
        target = Path(output) if output else KERNELS_PATH
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target} ({len(SPECS)} kernels, each from a proved derivation)")
        return 0
    from verifier import kernels

    for spec in SPECS:
        fn = getattr(kernels, spec.name)
        prov = getattr(fn, "provenance", {})
        print(f"{spec.name}({', '.join(spec.params)}, out=None)")
        print(
            f"  derivation:   {prov.get('derivation', '?')} (sha256 {prov.get('sha256', '?')[:12]})"
        )
        print(f"  derived:      {prov.get('derived', '?')}")
        print(f"  emitted form: {prov.get('form', '?')}")
        print(f"  rewrite proof: {prov.get('rewrite_proof', '?')}")
        if source:
            import inspect

            print()
            print(inspect.getsource(fn))
        else:
            print(f"  max error:    {_accuracy(spec.name)}")
        print()
    problem = freshness_problem()
    if problem:
        print(f"warning: {problem}", file=sys.stderr)
        return 1
    return 0


def _accuracy(name: str) -> str:
    try:
        import numpy as np

        from verifier import kernels
        from verifier.kernels import accuracy as numerics
    except ImportError:  # pragma: no cover - numerics needs mpmath, a test extra
        return "not measured (install mpmath)"
    kernel, reference = getattr(kernels, name), numerics.REFERENCES[name]
    params = next(spec.params for spec in SPECS if spec.name == name)
    parts = []
    for dtype in (np.float64, np.float32):
        points = numerics.sample_points(dtype)
        if len(params) == 2:
            # The second argument: a derivative f' (any float) or a target t in [0, 1].
            first = points[np.isfinite(points) & (np.abs(points) > 1e-30)]
            second = (
                np.random.default_rng(0).uniform(0, 1, first.size).astype(dtype)
                if params[1] == "t"
                else points[: first.size][::-1]
            )
            points = (first, second)
        worst, where = numerics.max_ulp(kernel, reference, points, dtype)
        parts.append(f"{worst:.2f} ULP ({np.dtype(dtype).name}, worst at {where})")
    return "; ".join(parts) + f" against {numerics.DIGITS}-digit mpmath"

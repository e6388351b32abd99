"""The float32 "mixed" mode and the log-of-one-plus fast forms stay accurate and exact.

``float32="mixed"`` (runtime.py, emit.py) runs a kernel's fast body on float32 data with
float64 scratch buffers: its exp in NumPy's float32 loop, everything else in float64.
softplus and log-sigmoid compute float32 data's log(1 + P) as log(u) + (P - (u - 1))/u
(specs.py), and SiLU' has a float32 fast form with a wider nan guard. Each is held to an oracle that
shares none of their code: 60-digit mpmath, NumPy's own float32 exp, or the float64
result rounded once.
"""

from __future__ import annotations

import inspect
import warnings

import numpy as np
import pytest
import sympy
from sympy.codegen.cfunctions import log2

from verifier.kernels import ALL_KERNELS, emit, generated, runtime
from verifier.kernels.accuracy import REFERENCES, max_ulp, sample_points
from verifier.kernels.emit import emit_kernel

ONE_ARG = {
    name: kernel
    for name, kernel in ALL_KERNELS.items()
    if list(inspect.signature(kernel).parameters) == ["x", "out"]
}
MIXED = sorted(name for name in ONE_ARG if getattr(generated, f"_{name}").float32 == "mixed")
SILU_ROOT = -1.2784645427610738


def _fast(name: str, x: np.ndarray) -> np.ndarray:
    """The fast body alone (float32 data: the one float32 data runs, float64 buffers)."""
    kernel = getattr(generated, f"_{name}")
    body, floats = kernel.trial32 if x.dtype == np.float32 else kernel.fast
    scratch = np.float64 if kernel.float32 == "mixed" else x.dtype
    out = np.empty_like(x)
    with np.errstate(all="ignore"):
        body(x, out, *(np.empty(x.shape, scratch) for _ in range(floats)))
    return out


def _near_powers_of_two(sign: int) -> np.ndarray:
    """float32 x where e^(sign x) is within 32 float32 steps of a power of two.

    There a result just below the power has half the ULP of exp's value just above it:
    the place where exp's own float32 error weighs most.
    """
    centers = (sign * np.arange(-140, 125) * np.log(2)).astype(np.float32)
    steps = np.arange(-32, 33, 4, dtype=np.int32)
    points = (centers.view(np.int32)[:, None] + steps[None, :]).ravel().view(np.float32)
    return points[np.isfinite(points)]


def test_the_mixed_kernels_are_the_expected_ones():
    # Guards the tests below against testing nothing.
    assert {"softplus", "log_sigmoid", "silu_prime"} <= set(MIXED)
    # softplus and log-sigmoid: the log-of-one-plus form for float32 data only (float64
    # data by the log1p form alone: the same form there measured slower).
    for name in ("softplus", "log_sigmoid"):
        kernel = getattr(generated, f"_{name}")
        assert kernel.fast is None and kernel.trial32 is not None


@pytest.mark.parametrize("name", MIXED)
def test_mixed_float32_within_4_ulp_of_mpmath_on_dense_points(name):
    rng = np.random.default_rng(41)
    sign = -1 if name == "log_sigmoid" else 1
    points = np.concatenate(
        [
            rng.uniform(-20, 20, 2500),
            rng.uniform(-110, 95, 1500),
            SILU_ROOT + rng.uniform(-0.6, 0.6, 800),  # SiLU' float32 guard's edges
            _near_powers_of_two(sign)[::3],
            sample_points(np.float32),
        ]
    ).astype(np.float32)
    worst, at = max_ulp(ONE_ARG[name], REFERENCES[name], points, np.float32)
    assert worst <= 4, f"{name} is off by {worst} float32 ULP at x = {at!r}"


@pytest.mark.parametrize("name", ["softplus", "log_sigmoid"])
def test_log_one_plus_fast_forms_give_nan_exactly_where_float32_exp_overflows(name):
    # float32's exp overflows above x = 88.72 (log-sigmoid: e^-x, below -88.72).
    sign = -1 if name == "log_sigmoid" else 1
    below = (sign * np.array([-1e30, -800.0, -50.0, -1.0, 0.0, 1.0, 50.0, 88.7])).astype(np.float32)
    above = (sign * np.array([88.73, 89.73, 1e30, np.inf])).astype(np.float32)
    assert not np.isnan(_fast(name, below)).any()
    assert np.isnan(_fast(name, above)).all()
    # Recomputed by the accurate form: softplus(x) = x there, log-sigmoid(x) = x.
    assert np.array_equal(ONE_ARG[name](above), above)


@pytest.mark.parametrize("name", MIXED)
def test_mixed_fallback_is_the_float64_result_rounded_once(name):
    kernel = ONE_ARG[name]
    sign = -1 if name == "log_sigmoid" else 1
    # Across the float32 fast form's nan edges: exp overflows (88.7), and SiLU''s zero
    # and subnormal bands.
    x = np.concatenate(
        [sign * np.linspace(80.0, 100.0, 300), np.linspace(-95.0, -80.0, 200)]
        + ([SILU_ROOT + np.linspace(-0.7, 0.7, 301)] if name == "silu_prime" else [])
    ).astype(np.float32)
    got = kernel(x)
    assert got.dtype == np.float32
    fast = _fast(name, x)
    redone = np.isnan(fast)
    assert redone.any() and (~redone).any()
    wide = kernel(x.astype(np.float64)).astype(np.float32)
    assert np.array_equal(got[redone], wide[redone])
    assert np.array_equal(got[~redone], fast[~redone])


@pytest.mark.parametrize("name", MIXED)
@pytest.mark.parametrize("n", [7, 100_003, runtime.THREADED_MIN + 5], ids=["7", "1e5", "threaded"])
def test_mixed_is_clean_under_errstate_raise_and_does_not_depend_on_the_batch(name, n):
    rng = np.random.default_rng(n)
    x = rng.uniform(-40, 40, n)
    x[::5] = rng.uniform(-120, 120, x[::5].size)
    x[: min(n, 6)] = [np.nan, np.inf, -np.inf, 0.0, -0.0, -1e-40][: min(n, 6)]
    x = x.astype(np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise"):
            got = ONE_ARG[name](x)
    assert got.dtype == np.float32
    pieces = np.concatenate([ONE_ARG[name](x[i : i + 997]) for i in range(0, n, 997)])
    assert np.array_equal(got, pieces, equal_nan=True)


def test_silu_prime_float32_fast_form_guards_a_wider_band_than_float64s():
    # float64: nan where |1 + x + e^x| < 2^-2.5 (|x - root| < ~0.14) and below -708;
    # float32 (its exp off by up to 2.54 ULP): where |1 + x + e^x| < 1/2 and below -87.
    x = np.array([SILU_ROOT - 0.1, SILU_ROOT + 0.1, -1.45, -0.95, -100.0, -700.0])
    wide = np.isnan(_fast("silu_prime", x.astype(np.float32)))
    narrow = np.isnan(_fast("silu_prime", x))
    assert wide.tolist() == [True, True, True, True, True, True]
    assert narrow.tolist() == [True, True, False, False, False, False]
    ordinary = np.array([-86.0, -40.0, -3.0, -0.5, 0.0, 1.0, 40.0])
    assert not np.isnan(_fast("silu_prime", ordinary.astype(np.float32))).any()


def test_a_mixed_body_takes_exp_in_float32_and_the_rest_in_float64():
    # E/(1 + E) with E = e^-x as a mixed fast form: the result must be NumPy's float32
    # exp of -x, then 1 + E and the quotient in float64, rounded once to float32 (in
    # float32 throughout, 1 + E and the quotient would each round; in float64
    # throughout, E would be float64's exp).
    x = sympy.Symbol("x", real=True)
    form = sympy.exp(-x) / (1 + sympy.exp(-x))
    source = emit_kernel("k", ("x",), form, symbols={"x": x}, doc="d", fast=form, float32="mixed")
    assert "dtype=x.dtype" in source and "[f0.dtype.char]" in source
    namespace = {"np": np, "_rt": runtime}
    exec(compile(source, "<emitted>", "exec"), namespace)  # our own emitted source
    values = np.random.default_rng(3).uniform(-20, 20, 5000).astype(np.float32)
    got = namespace["k"](values)
    assert got.dtype == np.float32
    e = np.exp(-values).astype(np.float64)
    assert np.array_equal(got, (e / (1 + e)).astype(np.float32))
    e32 = np.exp(-values)
    assert not np.array_equal(got, e32 / (1 + e32))  # float32 arithmetic rounds twice
    wide = np.exp(-values.astype(np.float64))
    assert not np.array_equal(got, (wide / (1 + wide)).astype(np.float32))  # float64's exp


@pytest.mark.parametrize(
    "fast, problem",
    [
        (lambda x: sympy.exp(2 * x), "not exact in float32"),  # 2x would round first
        (lambda x: sympy.exp(x) + x * x, "np.multiply of the float32 data"),
    ],
)
def test_a_mixed_body_refuses_what_would_round_in_float32_unseen(fast, problem):
    x = sympy.Symbol("x", real=True)
    with pytest.raises(NotImplementedError, match=problem):
        emit_kernel("k", ("x",), fast(x), symbols={"x": x}, doc="d", fast=fast(x), float32="mixed")


@pytest.mark.parametrize("n", [5, 100, 1023, 1024, 5000])
def test_neg_abs_of_float32_into_a_float64_buffer_is_exact(n):
    x = np.random.default_rng(n).uniform(-1e30, 1e30, n).astype(np.float32)
    x[:4] = [np.inf, -np.inf, 0.0, -0.0][: min(n, 4)]
    out = np.empty(n, np.float64)
    assert runtime.neg_abs(x, out) is out
    expected = -np.abs(x.astype(np.float64))
    assert np.array_equal(out, expected) and np.signbit(out).all()


def test_a_float32_fast_body_is_used_for_float32_data_only():
    def body(x, out):
        np.multiply(x, 2.0, out=out)

    def fast(x, out):
        np.multiply(x, 3.0, out=out)

    def fast32(x, out):
        np.multiply(x, 5.0, out=out)

    with pytest.raises(ValueError, match="float32 fast body"):
        runtime.Kernel("k", body, scratch="", fast=fast, fast32=fast32)
    kernel = runtime.Kernel("k", body, scratch="", fast=fast, fast32=fast32, float32="mixed")
    x = np.arange(1.0, 40_000.0)
    assert np.array_equal(kernel((x,)), 3 * x)
    assert np.array_equal(kernel((x.astype(np.float32),)), 5 * x.astype(np.float32))
    assert np.array_equal(kernel.one(x[:10].astype(np.float32)), 5 * x[:10].astype(np.float32))


def test_a_fallback_runs_before_the_body_and_hands_it_only_its_nan():
    calls = []

    def body(x, out):
        calls.append(x.copy())
        np.multiply(x, 2.0, out=out)

    # Each right (2x) where it is not nan, and nan (from an invalid operation, as the
    # runtime expects of a fast body) elsewhere: 2x + 0 sqrt(v) is nan where v < 0.
    def fallback(x, out):
        np.add(2 * x, 0 * np.sqrt(x), out=out)  # nan for x < 0

    def fast(x, out):
        np.add(2 * x, 0 * np.sqrt(np.abs(x) - 1), out=out)  # nan for |x| < 1

    kernel = runtime.Kernel("k", body, scratch="", fast=fast, fallback=fallback)
    x = np.array([-3.0, -0.5, 0.25, 0.75, 2.0, 5.0])
    assert np.array_equal(kernel((x,)), 2 * x)
    assert np.array_equal(kernel.one(x), 2 * x)
    # The fast body's nan were -0.5, 0.25 and 0.75; of those the body saw -0.5 alone.
    assert len(calls) == 2 and all(np.array_equal(c, [-0.5]) for c in calls)


def test_silu_prime_fallback_covers_both_fast_forms_nan_bands_near_the_zero():
    # Every element either fast form hands over near the zero is the fallback's (a
    # number), and it is within 4 ULP there; below -2.55 it gives nan (the form's).
    rng = np.random.default_rng(47)
    band = SILU_ROOT + rng.uniform(-0.45, 0.4, 2000)
    assert generated._silu_prime.body.__name__ == "run"  # the fallback, then the form
    out = np.empty_like(band)
    with np.errstate(all="ignore"):
        generated._silu_prime_fallback(band, out, *(np.empty_like(band) for _ in range(4)))
    assert not np.isnan(out).any()
    outside = np.array([-2.6, -5.0, -0.6, 0.0, 3.0])
    with np.errstate(all="ignore"):
        generated._silu_prime_fallback(outside, out[:5], *(np.empty(5) for _ in range(4)))
    assert np.isnan(out[:5]).all()
    worst, at = max_ulp(ONE_ARG["silu_prime"], REFERENCES["silu_prime"], band, np.float64)
    assert worst <= 4, f"silu_prime is off by {worst} ULP at x = {at!r}"


def _emit_mixed(fast32: sympy.Expr) -> dict:
    x = sympy.Symbol("x", real=True)
    form = sympy.log(1 + sympy.exp(x))
    source = emit_kernel(
        "k", ("x",), form, symbols={"x": x}, doc="d", fast32=fast32(x), float32="mixed"
    )
    namespace = {"np": np, "_rt": runtime, "source": source}
    exec(compile(source, "<emitted>", "exec"), namespace)  # our own emitted source
    return namespace


def test_data_precision_rounds_into_out_and_takes_log2_in_float32():
    # log2(v) with v = 1 + e^x rounded once to float32: the result must be NumPy's float32
    # log2 of exactly that float32 (computed here by NumPy alone), times ln 2 in float64.
    namespace = _emit_mixed(lambda x: log2(emit.DataPrecision(1 + sympy.exp(x))) * sympy.log(2))
    source = namespace["source"]
    assert "dtype=x.dtype" in source.split("np.log2(")[1].splitlines()[0]
    values = np.random.default_rng(8).uniform(-30, 30, 5000).astype(np.float32)
    with np.errstate(all="ignore"):
        # The body itself: no recomputation may hide a difference.
        body, floats = namespace["_k"].trial32
        out = np.empty_like(values)
        body(values, out, *(np.empty(values.shape) for _ in range(floats)))
    v32 = (np.exp(values).astype(np.float64) + 1.0).astype(np.float32)
    expected = (np.log2(v32).astype(np.float64) * np.log(2.0)).astype(np.float32)
    assert np.array_equal(out, expected)
    # float64's log2 of the same float32 would differ somewhere (so the loop is float32's).
    assert not np.array_equal(
        out, (np.log2(v32.astype(np.float64)) * np.log(2.0)).astype(np.float32)
    )


def test_data_precision_is_refused_outside_a_float32_fast_body():
    x = sympy.Symbol("x", real=True)
    rounded = log2(emit.DataPrecision(1 + sympy.exp(x)))
    with pytest.raises(NotImplementedError, match="DataPrecision"):
        emit_kernel("k", ("x",), rounded, symbols={"x": x}, doc="d")
    with pytest.raises(NotImplementedError, match="DataPrecision"):
        emit_kernel("k", ("x",), rounded, symbols={"x": x}, doc="d", fast=rounded, float32="mixed")


def test_two_rounded_values_alive_at_once_are_refused():
    # Both would have to sit in the one float32 out at the same time.
    x = sympy.Symbol("x", real=True)
    a = emit.DataPrecision(1 + sympy.exp(x))
    b = emit.DataPrecision(2 + sympy.exp(-x))
    with pytest.raises(NotImplementedError, match="rounded in out"):
        emit_kernel(
            "k",
            ("x",),
            sympy.exp(x),
            symbols={"x": x},
            doc="d",
            fast32=log2(a) * log2(b) + a * b,
            float32="mixed",
        )


@pytest.mark.parametrize("name", ["softplus", "log_sigmoid"])
def test_log2_fast_forms_within_4_float32_ulp_where_one_plus_p_nears_one_and_two(name):
    # Where 1 + p is just above 1 (float32's log2 argument near 1, the correction c/v
    # carrying the most) and near 2 (x near 0), densely; 60-digit mpmath.
    sign = -1 if name == "log_sigmoid" else 1
    rng = np.random.default_rng(43)
    x = sign * np.concatenate(
        [rng.uniform(-17.5, -15.0, 1500), rng.uniform(-0.05, 0.05, 1500), rng.uniform(-8, -2, 1000)]
    )
    worst, at = max_ulp(ONE_ARG[name], REFERENCES[name], x.astype(np.float32), np.float32)
    assert worst <= 4, f"{name} is off by {worst} float32 ULP at x = {at!r}"


def test_data_precision_of_a_shared_value_is_refused():
    # cse names 1 + e^x once for both uses: rounding it would round the other use too.
    x = sympy.Symbol("x", real=True)
    shared = 1 + sympy.exp(x)
    with pytest.raises(NotImplementedError, match="value of its own"):
        emit_kernel(
            "k",
            ("x",),
            sympy.exp(x),
            symbols={"x": x},
            doc="d",
            fast32=log2(emit.DataPrecision(shared)) + 1 / shared,
            float32="mixed",
        )


def test_a_fallback_that_raised_nothing_hands_nothing_to_the_body():
    # The fallback's only nan are of nan inputs (no invalid operation marked the run):
    # the body is not called for them, and they stay nan; a nan the fallback makes from
    # a number (sqrt of a negative) still goes to the body.
    calls = []

    def body(x, out):
        calls.append(x.copy())
        np.multiply(x, 2.0, out=out)

    def fallback(x, out):
        np.add(2 * x, 0 * np.sqrt(x + 0.4), out=out)  # nan for x < -0.4

    def fast(x, out):
        np.add(2 * x, 0 * np.sqrt(np.abs(x) - 1), out=out)  # nan for |x| < 1

    kernel = runtime.Kernel("k", body, scratch="", fast=fast, fallback=fallback)
    got = kernel.one(np.array([np.nan, 0.5, 3.0, -0.25]))
    assert np.isnan(got[0]) and np.array_equal(got[1:], [1.0, 6.0, -0.5])
    assert calls == []
    got = kernel.one(np.array([np.nan, 0.5, -0.5, -30.0]))
    assert np.isnan(got[0]) and np.array_equal(got[1:], [1.0, -1.0, -60.0])
    assert len(calls) == 1 and np.array_equal(calls[0], [np.nan, -0.5], equal_nan=True)

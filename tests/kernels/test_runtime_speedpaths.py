"""The runtime's speed paths give what the general path gives, and stay accurate.

Each fast path of ``verifier/kernels/runtime.py`` (the small-call path of
``Kernel.one``, the one-call ``neg_abs`` below 1024 elements, ``float32="fast-native"``)
and each cheaper form in ``specs.py`` (SiLU' with one exp and a nan guard, log1p as
log plus the rounding 1 + E lost) is held to an oracle that shares none of its code:
the chunked path's bits, NumPy's own two-pass formula, or 60-digit mpmath.
"""

from __future__ import annotations

import inspect
import threading
import warnings

import mpmath
import numpy as np
import pytest

from verifier.kernels import ALL_KERNELS, generated, runtime
from verifier.kernels.accuracy import REFERENCES, max_ulp, sample_points, ulp_error

ONE_ARG = {
    name: kernel
    for name, kernel in ALL_KERNELS.items()
    if list(inspect.signature(kernel).parameters) == ["x", "out"]
}
DTYPES = [pytest.param(np.float64, id="f64"), pytest.param(np.float32, id="f32")]
SILU_ROOT = -1.2784645427610738


def _mixed(n: int, dtype, seed: int = 0) -> np.ndarray:
    """Values inside and outside every fast form's domain, with nan, +-inf and +-0."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-40, 40, n)
    x[::5] = rng.uniform(-800, 800, x[::5].size)
    x[1::7] = SILU_ROOT + rng.uniform(-0.3, 0.3, x[1::7].size)
    specials = [np.nan, np.inf, -np.inf, 0.0, -0.0, -720.0]
    x[: min(n, 6)] = specials[: min(n, 6)]
    return x.astype(dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_small_call_path_is_bit_identical_to_the_chunked_path(name, dtype):
    kernel = ONE_ARG[name]
    x = _mixed(100, dtype)
    small = kernel(x)  # Kernel.one: contiguous 1-D, <= CHUNK elements
    strided = np.empty(2 * x.size, dtype)[::2]
    strided[...] = x  # not contiguous: the general path copies and runs _run's loop
    general = kernel(strided)
    # The same 100 values inside a call of 3 chunks (the chunk loop proper).
    inside = kernel(np.tile(x, 3 * runtime.CHUNK // 100 + 1))[: x.size]
    assert small.dtype == general.dtype == inside.dtype == dtype
    assert np.array_equal(small, general, equal_nan=True)
    assert np.array_equal(small, inside, equal_nan=True)


@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_out_given_or_not_and_in_place_give_the_same_bits(name):
    kernel = ONE_ARG[name]
    x = _mixed(100, np.float64, seed=2)
    expected = kernel(x)
    out = np.empty_like(x)
    assert kernel(x, out=out) is out
    assert np.array_equal(out, expected, equal_nan=True)
    view = x.copy()[10:60]  # out owns no memory: the overlap check proper
    view_out = np.empty(100)[10:60]
    assert np.array_equal(kernel(view, out=view_out), expected[10:60], equal_nan=True)
    same = x.copy()
    assert np.array_equal(kernel(same, out=same), expected, equal_nan=True)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [1, 7, 100, 1023, 1024, 5000])
def test_neg_abs_is_the_two_pass_formula_bit_for_bit(n, dtype):
    x = _mixed(n, dtype, seed=n)
    x[: min(n, 4)] = [np.inf, -np.inf, 0.0, -0.0][: min(n, 4)]
    out = np.empty_like(x)
    assert runtime.neg_abs(x, out) is out
    expected = np.negative(np.abs(x))
    ints = np.int64 if dtype is np.float64 else np.int32
    finite_or_inf = ~np.isnan(x)
    assert np.array_equal(out.view(ints)[finite_or_inf], expected.view(ints)[finite_or_inf])
    assert np.isnan(out[~finite_or_inf]).all()


def test_fast_native_needs_a_fast_body_and_a_known_mode():
    def body(x, out):
        np.copyto(out, x)

    with pytest.raises(ValueError, match="needs a fast body"):
        runtime.Kernel("k", body, scratch="", float32="fast-native")
    with pytest.raises(ValueError, match="needs a fast body"):
        runtime.Kernel("k", body, scratch="", float32="form-native")
    with pytest.raises(ValueError, match="needs a fast body"):
        runtime.Kernel("k", body, scratch="", float32="mixed")
    with pytest.raises(ValueError, match=r"float32 must be one of .*'fast-native', 'mixed'"):
        runtime.Kernel("k", body, scratch="", float32="half")


@pytest.mark.parametrize("n", [5, 100_000], ids=["small", "chunked"])
def test_form_native_runs_the_fast_body_on_float64_only(n):
    # "form-native": float32 data by the accurate body in float32, float64 data by the
    # fast body first. The two bodies here differ on purpose, to tell which one ran.
    def body(x, out):
        np.multiply(x, 3.0, out=out)

    def fast(x, out):
        np.multiply(x, 2.0, out=out)

    kernel = runtime.Kernel("k", body, scratch="", fast=fast, float32="form-native")
    x64 = np.linspace(-1, 1, n)
    assert np.array_equal(kernel.one(x64), 2 * x64)
    x32 = x64.astype(np.float32)
    got = kernel.one(x32)
    assert got.dtype == np.float32 and np.array_equal(got, 3 * x32)
    assert np.array_equal(kernel((x32.reshape(-1, 1),)).reshape(-1), 3 * x32)  # general path


def test_nan_positions_reuses_its_mask_and_finds_every_nan():
    values = np.arange(20_000.0)
    values[[0, 7, 16_383, 19_999]] = np.nan
    assert runtime._nan_positions(values).tolist() == [0, 7, 16_383, 19_999]
    assert runtime._nan_positions(values[:10]).tolist() == [0, 7]  # a stale mask is not read
    assert runtime._nan_positions(np.ones(3)).tolist() == []


FAST_NATIVE = sorted(
    name for name in ONE_ARG if getattr(generated, f"_{name}").float32 == "fast-native"
)


def test_some_kernel_runs_its_fast_form_natively_in_float32():
    assert FAST_NATIVE  # guards the tests below against testing nothing


@pytest.mark.parametrize("name", FAST_NATIVE)
def test_fast_native_float32_within_4_ulp_of_mpmath_on_dense_points(name):
    rng = np.random.default_rng(17)
    # Dense where the value varies, and through the float32 fallback band (e^-x
    # overflows below -88.7, the result is subnormal below ~ -103).
    points = np.concatenate(
        [rng.uniform(-20, 20, 3000), rng.uniform(-110, 90, 1500), sample_points(np.float32)]
    ).astype(np.float32)
    worst, at = max_ulp(ONE_ARG[name], REFERENCES[name], points, np.float32)
    assert worst <= 4, f"{name} is off by {worst} float32 ULP at x = {at!r}"


@pytest.mark.parametrize("name", FAST_NATIVE)
def test_fast_native_fallback_is_the_float64_result_rounded_once(name):
    kernel = ONE_ARG[name]
    x = np.linspace(-104.0, -86.0, 500).astype(np.float32)  # across the fast form's nan edge
    got = kernel(x)
    assert got.dtype == np.float32
    with np.errstate(all="ignore"):
        fast = np.empty_like(x)
        spec = getattr(generated, f"_{name}")
        spec.fast[0](x, fast, *(np.empty_like(x) for _ in range(spec.fast[1])))
    redone = np.isnan(fast)
    assert redone.any() and (~redone).any()
    wide = kernel(x.astype(np.float64)).astype(np.float32)
    assert np.array_equal(got[redone], wide[redone])
    assert np.array_equal(got[~redone], fast[~redone])


@pytest.mark.parametrize("name", FAST_NATIVE)
@pytest.mark.parametrize("n", [7, 100_003, runtime.THREADED_MIN + 5], ids=["7", "1e5", "threaded"])
def test_fast_native_is_clean_under_errstate_raise(name, n):
    x = _mixed(n, np.float32, seed=5)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise"):
            got = ONE_ARG[name](x)
    assert got.dtype == np.float32
    pieces = np.concatenate([ONE_ARG[name](x[i : i + 997]) for i in range(0, n, 997)])
    assert np.array_equal(got, pieces, equal_nan=True)  # the same bits, small calls or not


@pytest.mark.parametrize("name", ["sigmoid", "silu_prime", "tanh"])
def test_a_threaded_call_does_not_wait_for_a_busy_worker(name):
    # The pool's one worker is kept busy: the caller claims every chunk itself, and its
    # result is what the same values give in small calls.
    kernel = ONE_ARG[name]
    x = _mixed(runtime.THREADED_MIN + 12_345, np.float64, seed=9)
    release = threading.Event()
    blocker = runtime._get_pool().submit(release.wait, 60)
    try:
        got = kernel(x)
        assert not blocker.done()  # returned while the worker was still blocked
    finally:
        release.set()
        blocker.result()
    pieces = np.concatenate([kernel(x[i : i + 5000]) for i in range(0, x.size, 5000)])
    assert np.array_equal(got, pieces, equal_nan=True)


def _silu_prime_fast(x: np.ndarray) -> np.ndarray:
    out = np.empty_like(x)
    with np.errstate(all="ignore"):
        generated._silu_prime_fast(x, out, *(np.empty_like(x) for _ in range(4)))
    return out


def test_silu_prime_fast_form_gives_nan_where_it_would_cancel_or_lose_bits():
    # Near the zero of SiLU' (1 + x + e^x cancels) and below -708 (e^x subnormal) the
    # fast form must hand over to the accurate form; elsewhere it must not.
    near_zero = SILU_ROOT + np.linspace(-0.1, 0.1, 201)
    tail = np.array([-708.5, -709.0, -720.0, -744.0, -800.0])
    assert np.isnan(_silu_prime_fast(near_zero)).all()
    assert np.isnan(_silu_prime_fast(tail)).all()
    ordinary = np.array([-707.0, -40.0, -3.0, -0.5, 0.0, 1.0, 40.0, 350.0])
    assert not np.isnan(_silu_prime_fast(ordinary)).any()


def test_silu_prime_within_4_ulp_across_the_fast_forms_edges():
    rng = np.random.default_rng(23)
    points = np.concatenate(
        [
            SILU_ROOT + rng.uniform(-0.4, 0.4, 3000),  # the guard's edge near the zero
            rng.uniform(-712, -704, 500),  # the edge where e^x becomes subnormal
            rng.uniform(350, 360, 200),  # where P t and the denominator overflow
        ]
    )
    worst, at = max_ulp(ONE_ARG["silu_prime"], REFERENCES["silu_prime"], points, np.float64)
    assert worst <= 4, f"silu_prime is off by {worst} ULP at x = {at!r}"


@pytest.mark.parametrize("name", ["softplus", "log_sigmoid"])
def test_softplus_and_log_sigmoid_keep_e_to_the_x_where_one_plus_it_rounds_to_one(name):
    # For -745 < x < -37 (mirrored for log-sigmoid) 1 + e^x rounds to 1, so a log of it
    # would give 0: the result must be e^x itself (subnormal ones to the last place).
    x = -np.geomspace(37.0, 744.0, 200)
    if name == "log_sigmoid":
        x = -x
    with mpmath.workdps(60):
        refs = [REFERENCES[name](mpmath.mpf(float(point))) for point in x]
    errors = ulp_error(ONE_ARG[name](x), refs, np.float64)  # subnormal: absolute
    assert errors.max() <= 1, f"{name} off by {errors.max()} ULP at x = {x[errors.argmax()]}"


def _fast_body(name: str, x: np.ndarray) -> np.ndarray:
    """The kernel's fast body alone (no fallback), under quiet floating point."""
    kernel = getattr(generated, f"_{name}")
    out = np.empty_like(x)
    with np.errstate(all="ignore"):
        kernel.fast[0](x, out, *(np.empty_like(x) for _ in range(kernel.fast[1])))
    return out


def test_tanh_float64_is_the_expm1_form_and_float32_is_numpys_tanh():
    # tanh is "form-native": its float64 data never reaches np.tanh (the fast form is a
    # number for every number), its float32 data is np.tanh's own float32 result.
    x = _mixed(3000, np.float64, seed=31)
    numbers = ~np.isnan(x)
    assert not np.isnan(_fast_body("tanh", x[numbers])).any()
    assert np.array_equal(ONE_ARG["tanh"](x), _fast_body("tanh", x), equal_nan=True)
    x32 = x.astype(np.float32)
    assert np.array_equal(ONE_ARG["tanh"](x32), np.tanh(x32), equal_nan=True)
    worst, at = max_ulp(ONE_ARG["tanh"], REFERENCES["tanh"], x[numbers][:600], np.float64)
    assert worst <= 4, f"tanh off by {worst} ULP at x = {at!r}"

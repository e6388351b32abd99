"""GELU (erf form) and its tanh approximation: 4 ULP against 60-digit mpmath, limits, FD.

The references are written here from the textbook definitions, with mpmath's own erfc
(no code shared with verifier/kernels/special.py): GELU(x) = x erfc(-x/sqrt 2)/2 and the
tanh form x (1 + tanh(u))/2 written as x/(1 + e^(-2u)) (1 + tanh(u) rounds to 0 at 60
digits for u < -70). The points add to the harness's whole-line sample (tests in
test_generated.py) what these routines are most likely to get wrong: the ends of their
fitted intervals, the zero of each derivative, and the band where the value becomes
subnormal.
"""

from __future__ import annotations

import re

import mpmath
import numpy as np
import pytest
from helpers import floating_point_flags, require_built

from verifier import kernels
from verifier.kernels import gelu, gelu_prime, gelu_tanh, gelu_tanh_prime, special
from verifier.kernels.accuracy import sample_points


def _c_routines_built() -> bool:
    try:
        from verifier.kernels import _native  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(autouse=True, params=["c", "numpy"])
def computed_by(request):
    """Every test here runs twice: on the C routines (_native.c) and on special.py's NumPy.

    Where the C routines are not built, their run is skipped, except in CI (CI=true),
    where a compiler is there and a missing build is a failure, not a skip.
    """
    if request.param == "c":
        require_built(
            _c_routines_built(),
            "verifier/kernels/_native.c",
            "the C routines are not built (no C compiler at install)",
        )
    assert special._use_native(request.param == "c") == (request.param == "c")
    yield request.param
    special._use_native(True)


def _c():  # 0.044715, at the working precision (a module constant would be 53 bits)
    return mpmath.mpf(44715) / 10**6


def _tanh_parts(x):
    two_u = 2 * mpmath.sqrt(2 / mpmath.pi) * (x + _c() * x**3)
    return 1 / (1 + mpmath.exp(-two_u)), 1 / (1 + mpmath.exp(two_u))


def ref_gelu(x):
    if abs(x) > 1e6:
        return x if x > 0 else mpmath.mpf(0)
    return x * mpmath.erfc(-x / mpmath.sqrt(2)) / 2


def ref_gelu_prime(x):
    if abs(x) > 1e6:
        return mpmath.mpf(1) if x > 0 else mpmath.mpf(0)
    return mpmath.erfc(-x / mpmath.sqrt(2)) / 2 + x * mpmath.exp(-(x**2) / 2) / mpmath.sqrt(
        2 * mpmath.pi
    )


def ref_gelu_tanh(x):
    if mpmath.isinf(x):
        return x if x > 0 else mpmath.mpf(0)
    return x * _tanh_parts(x)[0]


def ref_gelu_tanh_prime(x):
    if mpmath.isinf(x):
        return mpmath.mpf(1) if x > 0 else mpmath.mpf(0)
    s, s_minus = _tanh_parts(x)
    return s + x * s * s_minus * 2 * mpmath.sqrt(2 / mpmath.pi) * (1 + 3 * _c() * x**2)


CASES = {
    "gelu": (gelu, ref_gelu),
    "gelu_prime": (gelu_prime, ref_gelu_prime),
    "gelu_tanh": (gelu_tanh, ref_gelu_tanh),
    "gelu_tanh_prime": (gelu_tanh_prime, ref_gelu_tanh_prime),
}
# The routines' interval ends (special.py): each end, its neighbours and a step inside.
# Tables on [0, 4) in steps of 1/64 (1/16 for float32 results); in the tails, points
# where the variables change scale (the tanh form's exact split of v, the erf forms'
# 2^64 shift from t = 24.5).
ENDS = [i / 64 for i in range(1, 257)] + [5, 6, 7, 8, 10, 12, 14, 16, 19, 22, 24.5, 26, 30]
# Where a routine switches to the limit (0, x or 1), near where the value reaches it.
CUTS = [7.4, 7.7, 8, 8.6, 9, 9.1, 9.5, 21.6, 22, 38.6, 38.7, 39, 40]


def _hard_points() -> np.ndarray:
    ends = np.array(ENDS + CUTS, dtype=np.float64)
    near = np.concatenate([ends, np.nextafter(ends, 0), np.nextafter(ends, 99), ends * (1 + 1e-9)])
    rng = np.random.default_rng(11)
    parts = [
        near,
        -near,
        # The zeros of GELU' (-0.7518) and of the tanh form's derivative (-0.7525).
        np.linspace(-0.7530, -0.7512, 401),
        -0.7517915246935645 + np.arange(-20, 21) * 2.0**-53,
        -0.7524614220710163 + np.arange(-20, 21) * 2.0**-53,
        rng.uniform(-10, 10, 1500),
        # Where exp(-x^2/2) and GELU become subnormal, and where exp(-v(x)) does.
        rng.uniform(-38.7, -36.5, 600),
        rng.uniform(-23.0, -20.0, 600),
        rng.uniform(-40, 40, 600),
        # The tails, where exp(-x^2/2) and the Mills-ratio factor carry the value.
        rng.uniform(-39.5, -4, 600),
        rng.uniform(4, 10, 300),
    ]
    return np.concatenate(parts)


def _max_ulp(kernel, reference, points: np.ndarray) -> tuple[float, float]:
    got = kernel(points)
    worst, where = 0.0, float("nan")
    with mpmath.workdps(60):
        for x, g in zip(points.tolist(), got.tolist(), strict=True):
            ref = reference(mpmath.mpf(x))
            if mpmath.isnan(ref) or g != g:
                error = 0.0 if (mpmath.isnan(ref) and g != g) else np.inf
            else:
                # One unit in the last place of the exact value rounded to float64;
                # the smallest subnormal below 2^-1022 (absolute accuracy there).
                with np.errstate(over="ignore"):  # the spacing at the largest float
                    unit = float(np.spacing(abs(np.float64(float(ref)))))
                error = float(abs(mpmath.mpf(g) - ref) / unit)
            if error > worst:
                worst, where = error, x
    return worst, where


@pytest.mark.parametrize("name", sorted(CASES))
def test_within_4_ulp_at_interval_ends_zeros_and_the_subnormal_band(name):
    kernel, reference = CASES[name]
    worst, at = _max_ulp(kernel, reference, _hard_points())
    assert worst <= 4, f"{name} is off by {worst:.2f} ULP at x = {at!r}"


@pytest.mark.parametrize("name", sorted(CASES))
def test_within_4_ulp_over_the_whole_line(name):
    kernel, reference = CASES[name]
    points = sample_points(np.float64)
    worst, at = _max_ulp(kernel, reference, points)
    assert worst <= 4, f"{name} is off by {worst:.2f} ULP at x = {at!r}"


@pytest.mark.parametrize("name", ["gelu_prime", "gelu_tanh_prime"])
def test_within_4_ulp_next_to_the_zero_of_each_derivative(name):
    # Regression: with the zero's interval alone fitted about the zero, the interval
    # below it (ending 0.002 from the zero) cancelled to 15 ULP at x = -0.74996.
    kernel, reference = CASES[name]
    worst, at = _max_ulp(kernel, reference, np.linspace(-1.0, -0.5, 1001))
    assert worst <= 4, f"{name} is off by {worst:.2f} ULP at x = {at!r}"


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_element_is_computed_as_if_it_were_alone(name):
    # The routines sort a chunk's elements into regions and gather each region: an
    # element's value must not depend on its neighbours (or on a neighbour's region).
    kernel, _ = CASES[name]
    rng = np.random.default_rng(5)
    special = [np.nan, np.inf, -np.inf, 0.0, -0.0, 5e-324, -5e-324, 4.0, -4.0, -1e300]
    x = rng.permutation(np.concatenate([rng.uniform(-45, 45, 300), rng.normal(size=100), special]))
    together = kernel(x)
    alone = np.array([kernel(x[i : i + 1])[0] for i in range(x.shape[0])])
    assert np.array_equal(together, alone, equal_nan=True)
    all_near = rng.uniform(-3.9, 3.9, 257)  # a chunk that is all one region
    assert np.array_equal(kernel(all_near), [kernel(all_near[i : i + 1])[0] for i in range(257)])


@pytest.mark.parametrize("name", sorted(CASES))
def test_tiny_negative_inputs_take_the_negative_side(name):
    # -1e-300 + 4 rounds to 4: a table chosen by the cell of x + 4 would be the x >= 0 one.
    kernel, reference = CASES[name]
    worst, at = _max_ulp(kernel, reference, np.array([-1e-300, -5e-324, -1e-20, -(2.0**-60)]))
    assert worst <= 4, f"{name} is off by {worst:.2f} ULP at x = {at!r}"
    if not name.endswith("_prime"):
        assert kernel(np.array([-1e-300]))[0] < 0


def test_the_derivatives_keep_relative_accuracy_at_their_zeros():
    # Phi(x) + x phi(x) computed as written loses every digit here; the kernel keeps the
    # sign and the size of a value 1e-17 away from zero.
    for kernel, reference, zero in (
        (gelu_prime, ref_gelu_prime, -0.7517915246935645),
        (gelu_tanh_prime, ref_gelu_tanh_prime, -0.7524614220710163),
    ):
        x = np.array([np.nextafter(zero, -1), zero, np.nextafter(zero, 0)])
        got = kernel(x)
        with mpmath.workdps(60):
            refs = [reference(mpmath.mpf(v)) for v in x.tolist()]
        for g, r in zip(got.tolist(), refs, strict=True):
            assert abs(g) < 1e-15
            assert abs(mpmath.mpf(g) - r) <= 4 * abs(r) * 2.0**-52


@pytest.mark.parametrize("name", sorted(CASES))
def test_infinities_give_the_limits_and_nan_gives_nan(name):
    kernel, _ = CASES[name]
    derivative = name.endswith("_prime")
    assert kernel(np.inf) == (1.0 if derivative else np.inf)
    assert kernel(-np.inf) == 0.0
    assert np.isnan(kernel(np.nan))
    assert kernel(-1e308) == 0.0 and kernel(1e308) == (1.0 if derivative else 1e308)


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_floating_point_error_under_errstate_raise(name):
    kernel, _ = CASES[name]
    points, points32 = sample_points(np.float64), sample_points(np.float32)
    with np.errstate(all="raise"):
        result = kernel(points)
        kernel(points32)
    assert np.isfinite(result[np.isfinite(points)]).all()


@pytest.mark.parametrize("name", sorted(CASES))
def test_float32_stays_float32_and_is_the_float64_value_rounded(name):
    kernel, _ = CASES[name]
    x = np.linspace(-12, 12, 2001).astype(np.float32)
    got = kernel(x)
    assert got.dtype == np.float32
    # Computed in float64 and rounded once: the float64 result of the same inputs, or
    # (computed natively, by special.py's float64 formulas for float32 results, 1e-10
    # relative) one float32 ULP from it where the two straddle a rounding point.
    rounded = kernel(x.astype(np.float64)).astype(np.float32)
    assert _ulp32_gap(got, rounded).max() <= 1


def _ulp32_gap(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How many float32 values apart a and b are (finite; -0.0 and +0.0 are one)."""

    def line(v: np.ndarray) -> np.ndarray:  # the floats in order on the integers
        bits = np.asarray(v, np.float32).view(np.int32).astype(np.int64)
        return np.where(bits < 0, -(bits & 0x7FFFFFFF), bits)

    return np.abs(line(a) - line(b))


@pytest.mark.parametrize(
    ("forward", "derivative"), [("gelu", "gelu_prime"), ("gelu_tanh", "gelu_tanh_prime")]
)
def test_derivative_matches_central_finite_differences(forward, derivative):
    x = np.linspace(-6, 6, 1201)
    h = 1e-5
    fd = (CASES[forward][0](x + h) - CASES[forward][0](x - h)) / (2 * h)
    # Central differences: error ~ h^2 f'''/6 + eps |f|/h, ~1e-10 here.
    np.testing.assert_allclose(CASES[derivative][0](x), fd, rtol=0, atol=1e-9)


def test_registered_as_activations_for_backprop():
    assert kernels.KERNELS["gelu"] == (gelu, gelu_prime)
    assert kernels.KERNELS["gelu_tanh"] == (gelu_tanh, gelu_tanh_prime)
    assert gelu_prime.provenance["derivation"] == "gelu-derivative"
    assert gelu_tanh_prime.provenance["derivation"] == "gelu-tanh-derivative"


def test_the_mlp_accepts_gelu_by_name():
    from verifier import MLP

    rng = np.random.default_rng(3)
    weights = [rng.normal(size=(3, 4)), rng.normal(size=(4, 2))]
    X = rng.normal(size=(5, 3))
    for name, forward in (("gelu", gelu), ("gelu_tanh", gelu_tanh)):
        net = MLP(weights, activation=name)
        assert net.activation.derivative is CASES[f"{name}_prime"][0]
        expected = forward(forward(X @ weights[0]) @ weights[1])
        np.testing.assert_allclose(net.forward(X), expected, rtol=1e-15)


def _torch():
    try:
        import torch as module
    except ImportError:  # pragma: no cover - torch is optional
        pytest.skip("torch is not installed")
    return module


@pytest.mark.parametrize("approximate", ["none", "tanh"])
def test_agrees_with_torch_autograd(approximate):
    torch_ = _torch()
    forward, derivative = (
        (gelu, gelu_prime) if approximate == "none" else (gelu_tanh, gelu_tanh_prime)
    )
    x = np.linspace(-5, 5, 1001)
    tx = torch_.tensor(x, dtype=torch_.float64, requires_grad=True)
    y = torch_.nn.functional.gelu(tx, approximate=approximate)
    y.sum().backward()
    # torch computes 1 + erf (or 1 + tanh) as written: accurate to ~1e-16 absolute only.
    np.testing.assert_allclose(forward(x), y.detach().numpy(), rtol=1e-13, atol=1e-15)
    np.testing.assert_allclose(derivative(x), tx.grad.numpy(), rtol=1e-13, atol=1e-15)


def test_the_emitter_calls_a_routine_like_a_ufunc_and_the_proof_reads_its_definition():
    import sympy

    from verifier.kernels import specs
    from verifier.kernels.emit import emit_kernel

    x = sympy.Symbol("x", real=True)
    source = emit_kernel(
        "g", ("x",), 2 * specs.ROUTINES["gelu"](x), symbols={"x": x}, doc="2 GELU."
    )
    # The output buffer as a ufunc's: by keyword or positional (emit.py's rewrite
    # "positional-out").
    assert re.search(r"_sp\.gelu\(x, (out=)?\w+\)", source), source
    # The definition the proof reads is GELU's: equal to x Phi(x) at a point, by mpmath.
    definition = specs._by_exp(specs.ROUTINES["gelu"](x))
    value = complex(definition.subs(x, sympy.Rational(-3, 2)).evalf(30))  # to a double
    assert abs(value.real - float(ref_gelu(mpmath.mpf(-1.5)))) < 1e-16 and value.imag == 0


# -- float32 data in the routines themselves ------------------------------------------
#
# special.py computes float32 data itself (only the elements that are not at their limit
# in float32, in float64 to 1e-10 relative, rounded once), so that a kernel built with
# float32="native" calls it on float32 chunks: checked by calling the routines directly,
# as the runtime does, against mpmath in float32 ULP and against the float64 routine.

REFERENCES = {
    "gelu": ref_gelu,
    "gelu_prime": ref_gelu_prime,
    "gelu_tanh": ref_gelu_tanh,
    "gelu_tanh_prime": ref_gelu_tanh_prime,
}
SPECIAL = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-45, -1e-45, 1e-38, -1e-38, 3e38, -3e38]


def _points() -> np.ndarray:
    rng = np.random.default_rng(32)
    # The float32 cuts of special.py (6.5; -15, -11.5) with their neighbours, the float64
    # routine's own region ends (4, 9, -22, -39), and the line.
    ends = np.array([6.5, -15.0, -11.5, 4.0, -4.0, 8.0, 9.0, -22.0, -39.0], np.float32)
    around = np.concatenate(
        [ends, np.nextafter(ends, np.float32(0)), np.nextafter(ends, np.float32(99))]
    )
    return np.concatenate(
        [
            around,
            np.array(SPECIAL, np.float32),
            rng.uniform(-16, 8, 3000).astype(np.float32),
            rng.uniform(-40, 40, 1000).astype(np.float32),
            np.linspace(-0.76, -0.74, 201, dtype=np.float32),  # the derivatives' zeros
        ]
    )


def _call(name: str, x: np.ndarray) -> np.ndarray:
    out = np.empty_like(x)
    result = getattr(special, name)(x, out=out)
    assert result is out
    return out


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_float32_within_one_float32_ulp_of_the_float64_value_rounded(name):
    # Float32 results come from float64 formulas accurate to 1e-10 relative (tables and
    # tail factors fitted to that, the tanh form as written), not from the float64
    # routines: the two round to the same float32 but where they straddle a rounding
    # point.
    x = _points()
    got = _call(name, x)
    assert got.dtype == np.float32
    wide = getattr(special, name)(x.astype(np.float64), out=np.empty(x.shape))
    rounded = wide.astype(np.float32)
    assert np.array_equal(np.isnan(got), np.isnan(rounded))
    finite = ~np.isnan(got)
    assert _ulp32_gap(got[finite], rounded[finite]).max() <= 1


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_float32_within_4_float32_ulp_of_mpmath(name):
    x = _points()
    x = x[np.isfinite(x)]
    got = _call(name, x)
    reference = REFERENCES[name]
    worst, at = 0.0, None
    with mpmath.workdps(60):
        for xi, gi in zip(x.tolist(), got.tolist(), strict=True):
            ref = reference(mpmath.mpf(xi))
            # One float32 ULP of the exact value; the smallest subnormal below 2^-126.
            unit = float(np.spacing(np.float32(abs(float(ref)))))
            error = float(abs(mpmath.mpf(gi) - ref) / unit)
            if error > worst:
                worst, at = error, xi
    assert worst <= 4, f"{name} is off by {worst:.2f} float32 ULP at x = {at!r}"


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_float32_limits_specials_and_no_floating_point_error(name):
    x = np.array(SPECIAL, np.float32)
    with np.errstate(all="raise"):
        got = _call(name, x)
    derivative = name.endswith("_prime")
    assert np.isnan(got[0])
    assert got[1] == (1.0 if derivative else np.inf) and got[2] == 0.0
    assert got[9] == (1.0 if derivative else np.float32(3e38)) and got[10] == 0.0


def test_float32_elements_do_not_depend_on_their_neighbours():
    x = _points()
    together = _call("gelu_prime", x)
    alone = np.array([_call("gelu_prime", x[i : i + 1])[0] for i in range(0, x.shape[0], 7)])
    assert np.array_equal(together[::7], alone, equal_nan=True)


def test_float32_in_place_call_reads_its_input_before_writing():
    x = _points()
    expected = _call("gelu", x.copy())
    special.gelu(x, out=x)
    assert np.array_equal(x, expected, equal_nan=True)


# -- the C routines against the NumPy ones ---------------------------------------------
#
# _native.c is special.py's arithmetic, statement by statement in the same order,
# compiled without fused multiply-adds; only exp differs (the C library's, np.exp in
# NumPy), and both are within a fraction of an ULP, so the two agree to the bit on
# almost every input (on all of these, at the time of writing). Checked within 1 ULP,
# so that a last-bit difference of the two exps does not fail it; any step written
# differently shows as many ULP somewhere on these 400000 points.


def _mixed_points(dtype) -> np.ndarray:
    rng = np.random.default_rng(11)
    specials = [np.nan, np.inf, -np.inf, 0.0, -0.0, 5e-324, -5e-324, 4.0, -4.0, 6.5, -15.0]
    ends = [-39.0, 9.0, 9.5, -22.0, 8.0, -11.5, -38.5, 37.5, -37.5]
    x = np.concatenate(
        [
            rng.uniform(-41, 41, 200_000),
            rng.normal(0, 1, 100_000),
            rng.uniform(-16, 7, 100_000),
            np.array(specials + ends),
            np.nextafter(np.array(ends), 0),
        ]
    )
    return x.astype(dtype)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_the_c_routines_compute_what_the_numpy_ones_do(computed_by, name, dtype):
    if computed_by != "c":
        pytest.skip("compares the two: once is enough")
    x = _mixed_points(dtype)
    by_c = _call(name, x)
    special._use_native(False)
    by_numpy = _call(name, x)
    assert by_c.dtype == by_numpy.dtype == dtype
    assert np.array_equal(np.isnan(by_c), np.isnan(by_numpy))
    finite = ~np.isnan(by_c)
    a, b = by_c[finite], by_numpy[finite]
    assert np.array_equal(np.isinf(a), np.isinf(b)) and np.array_equal(
        a[np.isinf(a)], b[np.isinf(b)]
    )
    a, b = a[~np.isinf(a)], b[~np.isinf(b)]
    gap = _ulp32_gap(a, b) if dtype == np.float32 else np.abs(a - b) / np.spacing(np.abs(b))
    assert gap.max() <= 1, (
        f"{name}: {gap.max()} ULP at x = {x[finite][~np.isinf(by_c[finite])][gap.argmax()]!r}"
    )


def test_a_shifted_view_as_out_is_computed_by_numpy_and_right(computed_by):
    # The C routines read x[i] before writing out[i]; out one element behind x would
    # overwrite x[i + 1] first. _dispatch sends such a call to the NumPy routines.
    x = np.random.default_rng(3).uniform(-41, 41, 1000)
    expected = _call("gelu", x[1:].copy())
    buffer = x.copy()
    got = special.gelu(buffer[1:], out=buffer[:-1])
    assert np.array_equal(got, expected)


def test_the_c_routines_leave_no_floating_point_flag_behind(computed_by):
    # Their exp overflows and underflows inside (the limits, the subnormal band); the
    # floating-point state is held and restored around their loop, so no flag raised
    # there is left for the caller (NumPy clears the flags before its own loops, so
    # only the C library's own test sees them).
    if computed_by != "c":
        pytest.skip("NumPy's passes leave flags it never reports (it clears them first)")
    flags = floating_point_flags()
    if flags is None:
        pytest.skip("reads the flags through x86-64 glibc's fetestexcept")
    clear, test = flags
    x = np.array([-38.7, -745.0, 1e300, -1e300, 5e-324, np.inf, -np.inf, 700.0, -38.9])
    x32 = np.array([-14.9, -11.4, 3e38, -3e38, 1e-45, np.inf, -np.inf, 6.4], np.float32)
    for name in REFERENCES:
        for data in (x, x32):
            with np.errstate(all="raise"):
                clear()
                _call(name, data)
                assert test() == 0, f"{name} ({data.dtype}) left floating-point flags {test():#x}"

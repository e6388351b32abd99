"""The generated kernels: 4 ULP against 60-digit mpmath, strict floating point, shapes, errors.

Every test iterates the registries (``ALL_KERNELS``, ``KERNELS``): a kernel added by a
new derivation is held to all of them without editing this file.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import warnings

import mpmath
import numpy as np
import pytest

from verifier import kernels
from verifier.kernels import ALL_KERNELS, KERNELS, reciprocal_prime, sigmoid, sigmoid_prime
from verifier.kernels.accuracy import DIGITS, REFERENCES, max_ulp, sample_points

ONE_ARG = {
    name: kernel
    for name, kernel in ALL_KERNELS.items()
    if list(inspect.signature(kernel).parameters) == ["x", "out"]
}
DTYPES = [pytest.param(np.float64, id="f64"), pytest.param(np.float32, id="f32")]
DERIVATIVES = [pair[1].__name__ for pair in KERNELS.values()]


def test_every_kernel_has_an_independent_reference():
    assert set(REFERENCES) == set(ALL_KERNELS)
    assert ONE_ARG  # and every two-argument kernel has its own accuracy test below


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_within_4_ulp_of_mpmath_over_the_whole_line(name, dtype):
    # The points mix values inside and outside every fast form's domain: both the fast
    # and the accurate body are measured (the runtime chooses per element).
    worst, at = max_ulp(ONE_ARG[name], REFERENCES[name], sample_points(dtype), dtype)
    assert worst <= 4, f"{name} is off by {worst} ULP at x = {at!r}"


@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_within_4_ulp_on_dense_random_points(name):
    rng = np.random.default_rng(sum(map(ord, name)))
    points = np.concatenate([rng.uniform(-12, 12, 1500), rng.uniform(-750, 750, 500)])
    worst, at = max_ulp(ONE_ARG[name], REFERENCES[name], points, np.float64)
    assert worst <= 4, f"{name} is off by {worst} ULP at x = {at!r}"


def _zero_crossings(name: str) -> list[mpmath.mpf]:
    """Where the reference changes sign on [-10, 10], refined by mpmath (the oracle)."""
    reference = REFERENCES[name]
    grid = np.linspace(-10, 10, 2001)
    with mpmath.workdps(DIGITS):
        values = [reference(mpmath.mpf(float(g))) for g in grid]
        return [
            mpmath.findroot(
                reference, (mpmath.mpf(float(a)), mpmath.mpf(float(b))), solver="anderson"
            )
            for a, b, u, v in zip(grid, grid[1:], values, values[1:], strict=False)
            if u * v < 0
        ]


@pytest.mark.parametrize("name", sorted(n for n in DERIVATIVES if n in ONE_ARG))
def test_near_a_derivative_zero_the_absolute_error_is_within_4_eps(name):
    eps = np.finfo(np.float64).eps
    for root in _zero_crossings(name):
        points = float(root) + np.linspace(-1e-4, 1e-4, 401)
        got = ONE_ARG[name](points)
        with mpmath.workdps(DIGITS):
            errors = [
                abs(mpmath.mpf(float(g)) - REFERENCES[name](mpmath.mpf(float(p))))
                for g, p in zip(got, points, strict=True)
            ]
        assert float(max(errors)) <= 4 * eps, f"{name} near its zero {root}"


def test_some_derivative_has_a_zero_crossing_to_test():
    # Guards the zero-crossing test above against silently finding nothing.
    roots = [root for name in DERIVATIVES if name in ONE_ARG for root in _zero_crossings(name)]
    assert roots


@pytest.mark.parametrize("dtype", DTYPES)
def test_reciprocal_prime_within_4_ulp_for_f_of_any_magnitude(dtype):
    rng = np.random.default_rng(3)
    # |f| from near the smallest normal to near the largest, where f**2 itself would
    # overflow or underflow; df = f * u keeps the result -u/f in range.
    top = 300 if dtype is np.float64 else 34
    f = rng.choice([-1.0, 1.0], 1500) * 10.0 ** rng.uniform(-top, top, 1500)
    df = f * rng.uniform(-1e3, 1e3, 1500)
    worst, at = max_ulp(
        reciprocal_prime, REFERENCES["reciprocal_prime"], (f.astype(dtype), df.astype(dtype)), dtype
    )
    assert worst <= 4, f"off by {worst} ULP at (f, df) = {at!r}"


def _logit_target_points() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(11)
    z = sample_points(np.float64)
    z = z[np.isfinite(z)]
    t = rng.choice([0.0, 1.0, 0.5, 1e-3, 0.999], z.size)
    t[::3] = rng.uniform(0, 1, t[::3].size)
    return z, t


TWO_CLASS = [
    n for n, k in ALL_KERNELS.items() if k.provenance["derivation"] == "softmax-cross-entropy"
]


def test_two_class_cross_entropy_kernels_are_shipped():
    assert len(TWO_CLASS) == 2  # the loss and its gradient in the logit


def test_two_class_cross_entropy_within_4_ulp_for_any_logit_and_target():
    (loss,) = [n for n in TWO_CLASS if not n.endswith("_prime")]
    worst, at = max_ulp(ALL_KERNELS[loss], REFERENCES[loss], _logit_target_points(), np.float64)
    assert worst <= 4, f"{loss} is off by {worst} ULP at (z, t) = {at!r}"


def test_two_class_cross_entropy_gradient_within_4_eps_absolute():
    # p - t: relative accuracy is lost where p ~ t (the zero crossing), so the error is
    # held to 4 eps absolute everywhere, as the target allows near a zero.
    (grad,) = [n for n in TWO_CLASS if n.endswith("_prime")]
    z, t = _logit_target_points()
    got = ALL_KERNELS[grad](z, t)
    with mpmath.workdps(DIGITS):
        worst = max(
            abs(mpmath.mpf(float(g)) - REFERENCES[grad](mpmath.mpf(float(a)), mpmath.mpf(float(b))))
            for g, a, b in zip(got, z, t, strict=True)
        )
    assert float(worst) <= 4 * np.finfo(np.float64).eps


def test_regression_sigmoid_prime_is_not_zero_beyond_36():
    # S*(1-S) is exactly 0 in float64 for x > 36.7 although S'(40) = 4.2e-18.
    assert sigmoid_prime(40.0) == pytest.approx(4.248354255291589e-18, rel=1e-15)


def test_regression_sigmoid_prime_is_not_nan_below_minus_709():
    # exp(-x)/(1+exp(-x))**2 is nan below -709.78 (inf/inf).
    assert sigmoid_prime(-720.0) == pytest.approx(np.exp(-720.0), rel=1e-15)


@pytest.mark.parametrize("x", [-745.0, -740.0, -710.0], ids=["-745", "-740", "-710"])
def test_regression_sigmoid_is_subnormal_not_zero_below_minus_709(x):
    # 1/(1+exp(-x)) overflows to 0 below -709.78 although S(x) ~ e^x is representable.
    assert sigmoid(x) == np.exp(x) > 0


@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_infinities_give_the_limits_and_nan_gives_nan(name):
    kernel, reference = ONE_ARG[name], REFERENCES[name]
    for x in (np.inf, -np.inf):
        expected = float(reference(mpmath.mpf(x)))
        assert kernel(x) == expected, f"{name}({x}) = {kernel(x)}, the limit is {expected}"
    assert np.isnan(kernel(np.nan))


def _strict_points(dtype) -> np.ndarray:
    points = sample_points(dtype)
    tiny = np.finfo(dtype).smallest_subnormal
    extra = np.array([tiny, -tiny, 4 * tiny, -4 * tiny, np.finfo(dtype).tiny], dtype)
    return np.concatenate([points, extra])


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(ALL_KERNELS))
def test_no_floating_point_error_or_warning_under_errstate_raise(name, dtype):
    points = _strict_points(dtype)
    kernel = ALL_KERNELS[name]
    args = (points,) if name in ONE_ARG else (points, points[::-1])  # f = 0, +-inf, nan too
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise"):
            kernel(*args)
            kernel(*(np.tile(a, 120) for a in args))  # the chunked and threaded paths too
            kernel(*(a[:7] for a in args))  # the small-call path


@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_a_result_does_not_depend_on_the_batch_it_came_in(name):
    # Values inside and outside the fast domain, nan and infinities, mixed: each
    # element is computed by the same form whether its call has 7 or 1e6 elements.
    rng = np.random.default_rng(1)
    x = rng.uniform(-800, 800, 500_003)
    x[rng.integers(0, x.size, 50)] = rng.choice([np.inf, -np.inf, np.nan], 50)
    x[::7] = rng.uniform(-40, 40, x[::7].size)
    kernel = ONE_ARG[name]
    whole = kernel(x)
    pieces = np.concatenate([kernel(x[i : i + 997]) for i in range(0, x.size, 997)])
    assert np.array_equal(whole, pieces, equal_nan=True)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(ALL_KERNELS))
def test_float32_stays_float32_and_float64_stays_float64(name, dtype):
    x = np.linspace(-5, 5, 11, dtype=dtype) + 10
    kernel = ALL_KERNELS[name]
    args = (x,) if name in ONE_ARG else (x, x)
    assert kernel(*args).dtype == dtype
    assert type(kernel(*(a[0] for a in args))) is dtype


def test_mixed_precision_arguments_promote_to_float64():
    x = np.linspace(-5, 5, 11, dtype=np.float32) + 10
    assert reciprocal_prime(x, x.astype(np.float64)).dtype == np.float64


@pytest.mark.parametrize(
    ("arg", "shape"),
    [
        ([0.0, 1.0, -2.0], (3,)),
        (np.zeros((3, 4)), (3, 4)),
        (np.zeros((2, 0)), (2, 0)),
        (np.arange(24.0).reshape(2, 3, 4)[:, ::2, ::-1], (2, 2, 4)),
        ([[1, 2], [3, 4]], (2, 2)),
    ],
    ids=["list", "2-D", "empty", "non-contiguous-3-D", "nested-int-list"],
)
@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_shapes_are_kept_and_values_match_elementwise(name, arg, shape):
    kernel = ONE_ARG[name]
    result = kernel(arg)
    assert isinstance(result, np.ndarray) and result.shape == shape
    assert result.dtype == np.float64
    flat = np.asarray(arg, dtype=np.float64).reshape(-1)
    assert np.array_equal(result.reshape(-1), np.array([kernel(float(v)) for v in flat]))


@pytest.mark.parametrize(
    "arg",
    [0.5, np.float64(0.5), np.array(0.5), 1, True],
    ids=["float", "np.float64", "0-d", "int", "bool"],
)
def test_scalars_give_a_numpy_float64_scalar(arg):
    result = sigmoid(arg)
    assert type(result) is np.float64
    assert result == sigmoid(np.array([float(arg)]))[0]


def test_float16_is_computed_and_returned_as_float32():
    assert sigmoid(np.array([1.0], np.float16)).dtype == np.float32


@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_out_is_filled_and_returned(name):
    x = np.linspace(-3, 3, 7)
    out = np.full(7, -1.0)
    assert ONE_ARG[name](x, out=out) is out
    assert np.array_equal(out, ONE_ARG[name](x))


@pytest.mark.parametrize("n", [7, 50_000], ids=["small", "chunked"])
@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_out_may_be_the_input_itself(name, n):
    x = np.linspace(-800, 800, n)
    x[::5] = np.linspace(-30, 30, x[::5].size)
    expected = ONE_ARG[name](x)
    assert ONE_ARG[name](x, out=x) is x
    assert np.array_equal(x, expected)


def test_out_partially_overlapping_the_input_is_still_right():
    buffer = np.linspace(-30, 30, 40_001)
    x = buffer[1:]
    expected = sigmoid_prime(x)
    sigmoid_prime(x, out=buffer[:-1])
    assert np.array_equal(buffer[:-1], expected)


def test_out_may_be_strided_and_zero_dimensional():
    base = np.zeros((4, 6))
    out = base[:, ::2]
    x = np.arange(12.0).reshape(4, 3)
    assert sigmoid(x, out=out) is out
    assert np.array_equal(base[:, ::2], sigmoid(x)) and not base[:, 1::2].any()
    zero_d = np.empty(())
    assert sigmoid(0.0, out=zero_d) is zero_d and zero_d[()] == 0.5


@pytest.mark.parametrize(
    ("out", "error"),
    [
        (np.empty(4), ValueError),
        (np.empty((3, 1)), ValueError),
        (np.empty(3, np.float32), TypeError),
        ([0.0, 0.0, 0.0], TypeError),
        (np.empty(3, np.int64), TypeError),
    ],
    ids=["wrong-length", "wrong-shape", "wrong-dtype", "a-list", "int-dtype"],
)
@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_bad_out_is_rejected_naming_the_kernel(name, out, error):
    with pytest.raises(error, match=name):
        ONE_ARG[name]([1.0, 2.0, 3.0], out=out)


def test_read_only_out_is_rejected():
    out = np.empty(3)
    out.flags.writeable = False
    with pytest.raises(ValueError, match="sigmoid: out is read-only"):
        sigmoid([1.0, 2.0, 3.0], out=out)


@pytest.mark.parametrize(
    "arg",
    [
        "1.0",
        ["a", "b"],
        [object()],
        None,
        {"x": 1},
        np.array([1 + 2j]),
        1j,
        [[1.0], [1.0, 2.0]],
        np.array(["2020-01-01"], dtype="datetime64[D]"),
    ],
    ids=[
        "str",
        "str-list",
        "object-list",
        "None",
        "dict",
        "complex-array",
        "complex-scalar",
        "ragged",
        "datetime",
    ],
)
@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_non_real_input_raises_type_error_naming_the_kernel(name, arg):
    with pytest.raises(TypeError, match=name):
        ONE_ARG[name](arg)


def test_complex_is_rejected_deliberately():
    with pytest.raises(TypeError, match="sigmoid: complex input is not supported"):
        sigmoid(np.array([0.5 + 0j]))


def test_reciprocal_prime_broadcasts_and_names_itself_in_errors():
    assert np.array_equal(reciprocal_prime(np.array([1.0, 2.0, 4.0]), 1.0), [-1.0, -0.25, -0.0625])
    with pytest.raises(ValueError, match="reciprocal_prime"):
        reciprocal_prime(np.ones(3), np.ones(2))
    with pytest.raises(TypeError, match="reciprocal_prime"):
        reciprocal_prime(1.0, "x")


@pytest.mark.parametrize("activation", sorted(KERNELS))
def test_registry_pairs_each_activation_with_its_derivative(activation):
    forward, derivative = KERNELS[activation]
    assert ALL_KERNELS[forward.__name__] is forward
    assert ALL_KERNELS[derivative.__name__] is derivative
    # Both come from the same derivation, and the derivative is the derivative: a
    # central difference of the forward kernel agrees with it at benign points.
    assert forward.provenance["derivation"] == derivative.provenance["derivation"]
    x = np.linspace(-3, 3, 13)
    h = 1e-6
    assert np.allclose((forward(x + h) - forward(x - h)) / (2 * h), derivative(x), atol=1e-8)


def test_the_registries_are_exported():
    assert set(kernels.__all__) == {"ALL_KERNELS", "KERNELS", *ALL_KERNELS}
    assert KERNELS["sigmoid"] == (sigmoid, sigmoid_prime)


@pytest.mark.parametrize("name", sorted(ALL_KERNELS))
def test_every_kernel_carries_provenance(name):
    provenance = ALL_KERNELS[name].provenance
    assert {"derivation", "derived", "form", "sha256", "rewrite_proof"} <= set(provenance)
    assert set(provenance) <= {
        "derivation",
        "derived",
        "form",
        "sha256",
        "rewrite_proof",
        "fast_form",
        "fast_proof",
        "fast32_form",
        "fast32_proof",
        "fallback_form",
        "fallback_proof",
        "limits",
    }
    assert ("fast_form" in provenance) == ("fast_proof" in provenance)
    assert ("fast32_form" in provenance) == ("fast32_proof" in provenance)
    assert ("fallback_form" in provenance) == ("fallback_proof" in provenance)


def test_importing_the_kernels_does_not_import_sympy():
    code = (
        "import sys; from verifier.kernels import sigmoid; sigmoid(1.0); "
        "print('sympy' in sys.modules, 'mpmath' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]

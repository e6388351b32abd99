"""The generated kernels: 4 ULP against 60-digit mpmath, special values, shapes, errors."""

from __future__ import annotations

import subprocess
import sys
import warnings

import numpy as np
import pytest

from verifier import kernels
from verifier.kernels import KERNELS, exp_prime, reciprocal_prime, sigmoid, sigmoid_prime
from verifier.kernels.accuracy import REFERENCES, max_ulp, sample_points

ONE_ARG = {"sigmoid": sigmoid, "sigmoid_prime": sigmoid_prime, "exp_prime": exp_prime}
DTYPES = [pytest.param(np.float64, id="f64"), pytest.param(np.float32, id="f32")]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ["sigmoid", "sigmoid_prime", "exp_prime"])
def test_within_4_ulp_of_mpmath_over_the_whole_line(name, dtype):
    points = sample_points(dtype)
    if name == "exp_prime":  # e^x overflows for large x: inf is right, and np.exp warns
        points = points[~(points > np.log(np.finfo(dtype).max))]
    worst, at = max_ulp(ONE_ARG[name], REFERENCES[name], points, dtype)
    assert worst <= 4, f"{name} is off by {worst} ULP at x = {at!r}"


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


@pytest.mark.parametrize(
    ("kernel", "x", "expected"),
    [
        (sigmoid, np.inf, 1.0),
        (sigmoid, -np.inf, 0.0),
        (sigmoid, 0.0, 0.5),
        (sigmoid, -0.0, 0.5),
        (sigmoid_prime, np.inf, 0.0),
        (sigmoid_prime, -np.inf, 0.0),
        (sigmoid_prime, 0.0, 0.25),
        (exp_prime, -np.inf, 0.0),
        (exp_prime, np.inf, np.inf),
        (exp_prime, 0.0, 1.0),
    ],
    ids=["S+inf", "S-inf", "S0", "S-0", "Sp+inf", "Sp-inf", "Sp0", "exp-inf", "exp+inf", "exp0"],
)
def test_special_values(kernel, x, expected):
    assert kernel(x) == expected


@pytest.mark.parametrize("name", ["sigmoid", "sigmoid_prime", "exp_prime"])
def test_nan_gives_nan(name):
    assert np.isnan(ONE_ARG[name](np.nan))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ["sigmoid", "sigmoid_prime"])
def test_no_runtime_warning_anywhere(name, dtype):
    points = sample_points(dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        # Underflow to subnormals is the expected result here, not an error; NumPy
        # does not report it by default either.
        with np.errstate(over="raise", divide="raise", invalid="raise"):
            ONE_ARG[name](points)
            ONE_ARG[name](np.tile(points, 200))  # the chunked and threaded paths too


def test_large_arrays_take_the_threaded_path_and_agree_with_small_calls():
    x = np.random.default_rng(1).uniform(-800, 800, 1_000_003)
    for kernel in (sigmoid, sigmoid_prime):
        whole = kernel(x)
        pieces = np.concatenate([kernel(x[i : i + 1000]) for i in range(0, x.size, 1000)])
        assert np.array_equal(whole, pieces)


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
@pytest.mark.parametrize("name", ["sigmoid", "sigmoid_prime", "exp_prime"])
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


def test_float32_stays_float32():
    assert type(sigmoid(np.float32(0.5))) is np.float32
    x = np.linspace(-5, 5, 11, dtype=np.float32)
    for kernel in ONE_ARG.values():
        assert kernel(x).dtype == np.float32
    assert reciprocal_prime(x + 10, x).dtype == np.float32
    assert reciprocal_prime(x + 10, x.astype(np.float64)).dtype == np.float64


def test_float16_is_computed_and_returned_as_float32():
    assert sigmoid(np.array([1.0], np.float16)).dtype == np.float32


@pytest.mark.parametrize("name", ["sigmoid", "sigmoid_prime", "exp_prime"])
def test_out_is_filled_and_returned(name):
    x = np.linspace(-3, 3, 7)
    out = np.full(7, -1.0)
    assert ONE_ARG[name](x, out=out) is out
    assert np.array_equal(out, ONE_ARG[name](x))


@pytest.mark.parametrize("n", [7, 50_000], ids=["small", "chunked"])
def test_out_may_be_the_input_itself(n):
    x = np.linspace(-30, 30, n)
    expected = sigmoid(x)
    assert sigmoid(x, out=x) is x
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
@pytest.mark.parametrize("name", ["sigmoid", "sigmoid_prime", "exp_prime"])
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
@pytest.mark.parametrize("name", ["sigmoid", "sigmoid_prime", "exp_prime"])
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


def test_registry_pairs_each_activation_with_its_derivative():
    assert KERNELS["sigmoid"] == (sigmoid, sigmoid_prime)
    activation, derivative = KERNELS["exp"]
    assert derivative is exp_prime and activation(1.0) == np.exp(1.0)
    assert set(kernels.__all__) >= {
        "KERNELS",
        "sigmoid",
        "sigmoid_prime",
        "exp_prime",
        "reciprocal_prime",
    }


@pytest.mark.parametrize("name", ["sigmoid", "sigmoid_prime", "exp_prime", "reciprocal_prime"])
def test_every_kernel_carries_provenance(name):
    provenance = getattr(kernels, name).provenance
    assert set(provenance) == {"derivation", "derived", "form", "sha256", "rewrite_proof"}


def test_importing_the_kernels_does_not_import_sympy():
    code = (
        "import sys; from verifier.kernels import sigmoid; sigmoid(1.0); "
        "print('sympy' in sys.modules, 'mpmath' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]

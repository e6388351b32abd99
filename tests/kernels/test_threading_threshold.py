"""A kernel's own ``threaded_min``: two threads from fewer elements, the same results.

Some kernels (specs.py, ``threaded_min``) share their chunks between two threads from
~1e5 elements instead of the runtime's default ``THREADED_MIN``. Whether they do is a
matter of speed (benchmarks/kernels.py --threads-ab); what is tested here is that the
threaded path is taken where the spec says and only there, and that what it computes
is what the same values give in small single-threaded calls (bit for bit, so also
<= 4 ULP against 60-digit mpmath where tests/kernels/test_accuracy.py holds the small
calls to that), under ``np.errstate(all="raise")``, for float64 and float32 alike.
"""

from __future__ import annotations

import inspect
import warnings

import numpy as np
import pytest
import sympy

from verifier.kernels import ALL_KERNELS, generated, runtime
from verifier.kernels.accuracy import REFERENCES, max_ulp
from verifier.kernels.emit import emit_kernel
from verifier.kernels.specs import SPECS

OWN = {spec.name: spec.threaded_min for spec in SPECS if spec.threaded_min is not None}
DTYPES = [pytest.param(np.float64, id="f64"), pytest.param(np.float32, id="f32")]


def _values(n: int, dtype, seed: int = 0) -> np.ndarray:
    """Ordinary values, far tails, subnormals, nan, +-inf and +-0, spread over n."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-40, 40, n)
    x[::11] = rng.uniform(-800, 800, x[::11].size)
    x[3::13] = rng.choice([5e-324, -5e-324, 1e-310, -1e-310, 1e-40, -1e-40], x[3::13].size)
    x[5::17] = rng.choice([np.nan, np.inf, -np.inf, 0.0, -0.0], x[5::17].size)
    return x.astype(dtype)


def _in_small_calls(kernel, x: np.ndarray, size: int = 4093) -> np.ndarray:
    # Each call is below CHUNK: one body run on the calling thread, no pool.
    return np.concatenate([kernel(x[i : i + size]) for i in range(0, x.size, size)])


class _PoolSpy:
    """Counts the tasks the runtime hands to its worker thread."""

    def __init__(self, pool):
        self.pool, self.submitted = pool, 0

    def submit(self, *args, **kwargs):
        self.submitted += 1
        return self.pool.submit(*args, **kwargs)


@pytest.fixture
def spy(monkeypatch):
    pool = _PoolSpy(runtime._get_pool())
    monkeypatch.setattr(runtime, "_get_pool", lambda: pool)
    return pool


def test_the_specs_that_name_a_threshold_are_the_generated_kernels_that_use_it():
    assert OWN, "no kernel names its own threaded_min"
    for spec in SPECS:
        kernel = getattr(generated, f"_{spec.name}")
        assert kernel.threaded_min == spec.threaded_min, spec.name
    for name, threshold in OWN.items():
        assert runtime.THREADED_MIN_FLOOR <= threshold < runtime.THREADED_MIN, name


@pytest.mark.parametrize("name", sorted(OWN))
def test_the_threaded_path_starts_at_the_kernels_own_threshold(name, spy):
    kernel = ALL_KERNELS[name]
    at = OWN[name]
    kernel(np.linspace(-5, 5, at - 1))
    assert spy.submitted == 0  # one thread below the threshold
    kernel(np.linspace(-5, 5, at))
    assert spy.submitted == 1  # the worker shares the chunks from it on


def test_a_kernel_without_its_own_threshold_keeps_the_runtimes(spy, monkeypatch):
    x = np.linspace(-5, 5, 100_000)
    ALL_KERNELS["sigmoid"](x)
    assert spy.submitted == 0
    # The default is read at each call, so it stays one setting for all such kernels.
    monkeypatch.setattr(runtime, "THREADED_MIN", 100_000)
    ALL_KERNELS["sigmoid"](x)
    assert spy.submitted == 1


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(OWN))
def test_threaded_results_are_the_bits_of_small_calls(name, dtype, spy):
    kernel = ALL_KERNELS[name]
    x = _values(OWN[name] + 34_567, dtype, seed=len(name))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise"):
            got = kernel(x)
            out = np.full_like(x, 7.0)
            returned = kernel(x, out=out)
    assert spy.submitted == 2
    assert returned is out
    assert got.dtype == out.dtype == dtype
    expected = _in_small_calls(kernel, x)
    assert np.array_equal(got, expected, equal_nan=True)
    assert np.array_equal(out, expected, equal_nan=True)
    # nan exactly where the input is nan (the specials went through the threaded path).
    assert np.array_equal(np.isnan(got), np.isnan(x))


@pytest.mark.parametrize("name", sorted(OWN))
def test_threaded_results_within_4_ulp_of_mpmath(name, spy):
    # An oracle that shares none of our code, on a sample of a threaded call's elements.
    kernel = ALL_KERNELS[name]
    x = np.random.default_rng(3).uniform(-40, 40, OWN[name] + 1)
    got = kernel(x)
    assert spy.submitted == 1
    picked = np.arange(0, x.size, 331)
    worst, at = max_ulp(lambda v: got[picked], REFERENCES[name], x[picked], np.float64)
    assert worst <= 4, f"{name} is off by {worst} ULP at x = {at!r}"


@pytest.mark.parametrize("name", sorted(OWN))
def test_broadcast_and_strided_input_through_the_threaded_path(name, spy):
    kernel = ALL_KERNELS[name]
    n = OWN[name] + 5
    x = _values(2 * n, np.float64, seed=11)
    strided = x[::2]  # not contiguous: copied, then the same chunks and threads
    grid = x[: 2 * (n // 2 + 1)].reshape(2, -1)
    assert np.array_equal(kernel(strided), _in_small_calls(kernel, strided.copy()), equal_nan=True)
    got = kernel(grid)
    assert got.shape == grid.shape
    assert np.array_equal(got.ravel(), _in_small_calls(kernel, grid.ravel()), equal_nan=True)
    assert spy.submitted == 2


@pytest.mark.parametrize("bad", [0, 4 * runtime.CHUNK - 1, 1e5, "100000", True])
def test_a_kernel_refuses_a_threshold_below_the_floor_or_not_an_int(bad):
    def body(x, out):
        np.exp(x, out=out)

    with pytest.raises(ValueError, match="threaded_min"):
        runtime.Kernel("k", body, scratch="", threaded_min=bad)


def test_a_kernel_with_its_own_threshold_computes_what_one_without_does(spy):
    def body(x, out, f0):
        np.negative(x, out=f0)
        np.exp(f0, out=out)

    early = runtime.Kernel("early", body, scratch="f", threaded_min=runtime.THREADED_MIN_FLOOR)
    late = runtime.Kernel("late", body, scratch="f")
    x = np.random.default_rng(5).uniform(-700, 700, runtime.THREADED_MIN_FLOOR + 3)
    assert np.array_equal(early((x,)), late((x,)))
    assert np.array_equal(early((x,)), np.exp(-x))
    assert spy.submitted == 2  # "early" twice, "late" not at all


def test_emit_writes_the_threshold_into_the_kernel_and_checks_it():
    x = sympy.Symbol("x", real=True)
    source = emit_kernel("twice", ("x",), 2 * x, symbols={"x": x}, doc="2x.", threaded_min=70_000)
    assert "threaded_min=70_000" in source
    namespace = {"np": np, "_rt": runtime}
    exec(compile(source, "<emitted>", "exec"), namespace)  # our own emitted source, no user text
    assert namespace["_twice"].threaded_min == 70_000
    assert np.array_equal(namespace["twice"](np.arange(5.0)), [0.0, 2.0, 4.0, 6.0, 8.0])
    plain = emit_kernel("twice", ("x",), 2 * x, symbols={"x": x}, doc="2x.")
    assert "threaded_min" not in plain
    with pytest.raises(ValueError, match="threaded_min"):
        emit_kernel("twice", ("x",), 2 * x, symbols={"x": x}, doc="2x.", threaded_min=-1)


def test_every_threshold_is_for_a_one_argument_kernel():
    # The threshold is set from benchmarks/kernels.py --threads-ab, which times the
    # one-argument kernels: a two-argument one would be set without a measurement.
    for name in OWN:
        assert list(inspect.signature(ALL_KERNELS[name]).parameters) == ["x", "out"], name

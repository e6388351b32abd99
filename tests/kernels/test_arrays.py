"""Other arrays: a kernel gives back the kind of array it was given (Dask lazily, torch on CPU).

Values are compared with the same kernel on the NumPy copy of the data (whose accuracy
is tested against mpmath in test_generated.py): here what matters is the array kind,
the dtype, laziness and that nothing is lost on the way.
"""

from __future__ import annotations

import inspect

import numpy as np
import pytest

from verifier.kernels import ALL_KERNELS, reciprocal_prime, sigmoid

ONE_ARG = {
    name: kernel
    for name, kernel in ALL_KERNELS.items()
    if list(inspect.signature(kernel).parameters) == ["x", "out"]
}
X = np.concatenate([np.linspace(-40, 40, 101), [-800.0, 800.0, np.inf, -np.inf, np.nan]])


def test_a_numpy_array_comes_back_as_a_numpy_array():
    result = sigmoid(X)
    assert type(result) is np.ndarray and result.shape == X.shape


# -- Dask ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_dask_stays_lazy_and_gives_the_numpy_values(name):
    da = pytest.importorskip("dask.array")
    import dask

    kernel = ONE_ARG[name]
    x = da.from_array(X.reshape(2, -1), chunks=(1, 50))

    def refuse(*args, **kwargs):
        raise AssertionError("the kernel computed its Dask input eagerly")

    with dask.config.set(scheduler=refuse):
        lazy = kernel(x)  # builds the graph only
    assert isinstance(lazy, da.Array)
    assert lazy.dtype == np.float64 and lazy.chunks == x.chunks
    computed = lazy.compute(scheduler="sync")
    assert np.array_equal(computed, kernel(X.reshape(2, -1)), equal_nan=True)


def test_dask_float32_stays_float32_per_block():
    da = pytest.importorskip("dask.array")
    x = da.from_array(X.astype(np.float32), chunks=40)
    lazy = sigmoid(x)
    assert lazy.dtype == np.float32
    assert lazy.compute(scheduler="sync").dtype == np.float32


def test_dask_two_argument_kernel_broadcasts_blocks():
    da = pytest.importorskip("dask.array")
    f = da.from_array(np.array([1.0, 2.0, 4.0, 8.0]), chunks=2)
    result = reciprocal_prime(f, 1.0)
    assert isinstance(result, da.Array)
    assert np.array_equal(result.compute(scheduler="sync"), [-1.0, -0.25, -0.0625, -1 / 64])


def test_dask_refuses_out():
    da = pytest.importorskip("dask.array")
    with pytest.raises(TypeError, match="sigmoid: out= is not supported for Dask"):
        sigmoid(da.from_array(X, chunks=50), out=np.empty_like(X))


# -- PyTorch ------------------------------------------------------------------


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", sorted(ONE_ARG))
def test_torch_tensor_in_torch_tensor_out(name, dtype):
    torch = pytest.importorskip("torch")
    kernel = ONE_ARG[name]
    x = torch.tensor(X, dtype=getattr(torch, dtype))
    result = kernel(x)
    assert isinstance(result, torch.Tensor)
    assert result.dtype == x.dtype and result.shape == x.shape and result.device == x.device
    expected = kernel(X.astype(dtype))
    assert np.array_equal(result.numpy(), expected, equal_nan=True)


def test_torch_tensor_that_requires_grad_is_read_not_recorded():
    torch = pytest.importorskip("torch")
    x = torch.linspace(-3, 3, 7, dtype=torch.float64, requires_grad=True)
    result = sigmoid(x)
    assert isinstance(result, torch.Tensor) and not result.requires_grad
    assert np.array_equal(result.numpy(), sigmoid(np.linspace(-3, 3, 7)))


def test_torch_out_is_filled_and_returned():
    torch = pytest.importorskip("torch")
    x = torch.linspace(-3, 3, 7, dtype=torch.float64)
    out = torch.empty(7, dtype=torch.float64)
    assert sigmoid(x, out=out) is out
    assert np.array_equal(out.numpy(), sigmoid(x.numpy()))


def test_torch_half_precision_is_computed_in_float32():
    torch = pytest.importorskip("torch")
    x = torch.linspace(-3, 3, 7, dtype=torch.bfloat16)
    result = sigmoid(x)
    assert result.dtype == torch.float32
    assert np.array_equal(result.numpy(), sigmoid(x.float().numpy()))


def test_an_object_that_is_no_array_is_refused_naming_the_kernel():
    with pytest.raises(TypeError, match="sigmoid"):
        sigmoid(object())

"""Tests of verifier/nn/gradcheck.py: the MLP's backprop against finite differences."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from verifier import kernels
from verifier.nn.errors import GradcheckInputError
from verifier.nn.gradcheck import gradcheck
from verifier.nn.mlp import MLP


def _net(shape, biases, seed=0):
    rng = np.random.default_rng(seed)
    Ws = [rng.uniform(-1, 1, (a, b)) for a, b in itertools.pairwise(shape)]
    bs = [rng.uniform(-1, 1, b) for b in shape[1:]] if biases else None
    return MLP(Ws, bs)


def _data(shape, batch, seed=1):
    rng = np.random.default_rng(seed)
    return rng.uniform(-1, 1, (batch, shape[0])), rng.uniform(0, 1, (batch, shape[-1]))


@pytest.mark.parametrize(
    "shape, biases, loss",
    [
        ((3, 4, 2), False, "mse"),
        ((3, 4, 2), True, "mse"),
        ((5, 7, 3), True, "cross-entropy"),
        ((4, 6, 5, 2), False, "cross-entropy"),
        ((8, 16, 4), True, "mse"),
    ],
    ids=["blog-mse", "blog-bias-mse", "bias-ce", "deep-ce", "wide-bias-mse"],
)
def test_generated_kernel_gradients_pass_gradcheck(shape, biases, loss):
    net = _net(shape, biases)
    X, T = _data(shape, batch=6)
    before = [p.copy() for p in net.parameters()]
    result = gradcheck(net, X, T, loss=loss, rtol=1e-7)
    assert result.passed, result
    assert result.worst_rel_error <= 1e-7
    n_params = sum(p.size for p in net.parameters())
    assert result.n_params == n_params
    for p, q in zip(before, net.parameters(), strict=True):
        np.testing.assert_array_equal(p, q)  # the perturbations are undone exactly


def test_gradcheck_fails_a_wrong_derivative_kernel():
    def wrong_prime(z, out=None):
        return np.multiply(kernels.sigmoid_prime(z), 1.001, out=out)  # 0.1% off

    net = MLP(_net((3, 4, 2), True).weights, activation=(kernels.sigmoid, wrong_prime))
    X, T = _data((3, 4, 2), batch=3)
    result = gradcheck(net, X, T)
    assert not result.passed
    assert result.worst_rel_error > 1e-4


def test_gradcheck_rejects_bad_input_naming_it():
    net = _net((3, 4, 2), False)
    with pytest.raises(ValueError, match=r"^X:"):
        gradcheck(net, np.ones((2, 5)), np.ones((2, 2)))
    with pytest.raises(ValueError, match=r"^X: contains nan"):
        gradcheck(net, [np.nan, 1.0, 1.0], [0.0, 1.0])
    with pytest.raises(GradcheckInputError, match=r"^net:"):
        gradcheck("not a net", np.ones(3), np.ones(2))

"""Tests of verifier/nn/diagnose.py: planted bugs written out by hand, named by diagnose."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from verifier.nn.diagnose import (
    CAUSE_ACTIVATION,
    CAUSE_FACTOR,
    CAUSE_SIGN,
    CAUSE_TRANSPOSE,
    diagnose,
)
from verifier.nn.errors import GradcheckInputError
from verifier.nn.mlp import MLP


def _net(shape, biases, seed=0):
    rng = np.random.default_rng(seed)
    Ws = [rng.uniform(-1, 1, (a, b)) for a, b in itertools.pairwise(shape)]
    bs = [rng.uniform(-1, 1, b) for b in shape[1:]] if biases else None
    return MLP(Ws, bs)


def _data(shape, batch, seed=1):
    rng = np.random.default_rng(seed)
    return rng.uniform(-1, 1, (batch, shape[0])), rng.uniform(0, 1, (batch, shape[-1]))


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _handwritten_backprop(
    Ws, X, T, *, on_activation=False, untransposed=False, sign=1.0, factor=1.0, transpose_grad=False
):
    """A two-layer textbook backprop with switchable, planted bugs (no biases)."""
    W1, W2 = Ws
    z1 = X @ W1
    h = _sigmoid(z1)
    z2 = h @ W2
    y = _sigmoid(z2)

    def d(z, a):
        s = _sigmoid(a if on_activation else z)
        return s * (1 - s)

    d2 = (y - T) * d(z2, y)
    d1 = (d2 @ (W2 if untransposed else W2.T)) * d(z1, h)
    g1, g2 = X.T @ d1, h.T @ d2
    if transpose_grad:
        g1, g2 = d1.T @ X, d2.T @ h
    return [sign * factor * g1, sign * factor * g2]


@pytest.mark.parametrize(
    "shape, bug, causes",
    [
        ((3, 4, 2), {}, ()),
        ((3, 4, 2), {"on_activation": True}, (CAUSE_ACTIVATION,)),
        ((3, 4, 2), {"sign": -1.0}, (CAUSE_SIGN,)),
        ((3, 4, 2), {"factor": 2.0}, (CAUSE_FACTOR,)),
        ((3, 4, 2), {"factor": 0.05}, (CAUSE_FACTOR,)),
        ((3, 4, 2), {"transpose_grad": True}, (CAUSE_TRANSPOSE,)),
        ((3, 4, 4), {"untransposed": True}, (CAUSE_TRANSPOSE,)),
        ((3, 4, 2), {"on_activation": True, "sign": -1.0}, (CAUSE_ACTIVATION, CAUSE_SIGN)),
    ],
    ids=[
        "no-bug",
        "derivative-on-activation",
        "flipped-sign",
        "factor-2",
        "factor-lr",
        "gradient-transposed",
        "backprop-through-W-not-W.T",
        "activation-and-sign",
    ],
)
def test_diagnose_names_the_planted_bug(shape, bug, causes):
    net = _net(shape, False, seed=2)
    X, T = _data(shape, batch=5, seed=3)
    hand = _handwritten_backprop(net.weights, X, T, **bug)
    d = diagnose(hand, net, X, T)
    assert d.explained
    assert d.causes == causes
    if "factor" in bug:
        assert d.factor == pytest.approx(bug["factor"], rel=1e-9)
    if causes and "transpose_grad" not in bug:
        assert d.max_rel_error > 1e-3
    else:  # right values (a transposed gradient is compared in its own orientation)
        assert d.max_rel_error < 1e-12


def test_diagnose_with_nothing_matching_says_unexplained():
    net = _net((3, 4, 2), False)
    X, T = _data((3, 4, 2), batch=4)
    rng = np.random.default_rng(9)
    d = diagnose([rng.normal(size=W.shape) for W in net.weights], net, X, T)
    assert not d.explained
    assert d.causes == ()
    assert d.cause == "unexplained"


def test_diagnose_rejects_gradients_of_the_wrong_shape():
    net = _net((3, 4, 2), False)
    with pytest.raises(GradcheckInputError, match=r"handwritten_grads\[1\]"):
        diagnose([np.zeros((3, 4)), np.zeros((5, 5))], net, np.ones(3), np.ones(2))

"""Hand-written user networks checked by `check_gradients`: the correct ones pass, each bug fails.

The networks are written here the way a user writes them, in plain NumPy (sigmoid as
1/(1 + exp(-z)), np.tanh; at the end also on every registered generated kernel pair), with
biases, a loss summed or averaged over the batch, and a backward pass with switchable
planted bugs. Nothing of the verifier computes them. The
oracles for the reference gradients are central differences written out here and, where
installed, torch autograd.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import pytest

from verifier import kernels
from verifier.nn.errors import GradcheckInputError
from verifier.nn.gradients import (
    CAUSE_BIAS,
    CAUSE_HIDDEN,
    CAUSE_OUTPUT,
    CAUSE_REDUCTION,
    CAUSE_SIGN,
    CAUSE_TRANSPOSE,
    check_gradients,
)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def tanh_prime(z):
    return 1.0 - np.tanh(z) ** 2


ACTIVATIONS = {"sigmoid": (sigmoid, sigmoid_prime), "tanh": (np.tanh, tanh_prime)}


@dataclass(frozen=True)
class Net:
    """A user's network: hidden layers of ``hidden``, a sigmoid output, MSE or cross-entropy."""

    sizes: tuple[int, ...]
    hidden: str = "sigmoid"
    loss: str = "mse"  # or "ce": binary cross-entropy on the sigmoid output
    reduction: str = "sum"  # or "mean" over the batch

    def init(self, seed: int = 0) -> dict[str, np.ndarray]:
        rng = np.random.default_rng(seed)
        p = {}
        for k, (a, b) in enumerate(itertools.pairwise(self.sizes), start=1):
            p[f"W{k}"] = rng.normal(0.0, 1.0, (a, b))
            p[f"b{k}"] = rng.normal(0.0, 0.5, b)
        return p

    @property
    def layers(self) -> int:
        return len(self.sizes) - 1

    def forward(self, p, X):
        f, _ = ACTIVATIONS[self.hidden]
        zs, acts = [], [X]
        for k in range(1, self.layers + 1):
            z = acts[-1] @ p[f"W{k}"] + p[f"b{k}"]
            zs.append(z)
            acts.append(sigmoid(z) if k == self.layers else f(z))
        return zs, acts

    def loss_fn(self, X, T):
        def loss(p):
            _, acts = self.forward(p, X)
            y = acts[-1]
            if self.loss == "mse":
                per_example = 0.5 * np.sum((y - T) ** 2, axis=1)
            else:
                per_example = -np.sum(T * np.log(y) + (1 - T) * np.log(1 - y), axis=1)
            return float(np.mean(per_example) if self.reduction == "mean" else np.sum(per_example))

        return loss

    def backward(self, p, X, T, bug: str | None = None):
        """The textbook backward pass, with one planted bug (or none)."""
        _, fp = ACTIVATIONS[self.hidden]
        zs, acts = self.forward(p, X)
        y = acts[-1]
        scale = 1.0 / len(X) if self.reduction == "mean" and bug != "missing-1/batch" else 1.0
        on_act = bug == "derivative-on-activation"
        if self.loss == "mse":
            out_prime = sigmoid_prime(y if on_act else zs[-1])
            delta = (y - T) * out_prime * scale
        else:
            delta = (y - T) * scale  # the sigmoid's derivative cancels against the loss's
        g = {}
        for k in range(self.layers, 0, -1):
            a = acts[k - 1]
            g[f"W{k}"] = delta.T @ a if bug == "missing-transpose" else a.T @ delta
            g[f"b{k}"] = delta.sum(axis=0)
            if k > 1:
                W = p[f"W{k}"]
                back = delta @ (W if bug == "backprop-through-W" else W.T)
                if bug == "dropped-hidden-derivative" and k == self.layers:
                    delta = back
                else:
                    delta = back * fp(acts[k - 1] if on_act else zs[k - 2])
        if bug == "bias-mean-not-sum":
            g["b1"] = g["b1"] / len(X)
        if bug == "bias-x100":
            g[f"b{self.layers}"] = 100.0 * g[f"b{self.layers}"]
        if bug == "bias-sign":
            g["b1"] = -g["b1"]
        if bug == "bias-not-summed":
            g["b1"] = g["b1"][None, :] * np.ones((len(X), 1)) / len(X)
        if bug == "flipped-sign":
            g = {k: -v for k, v in g.items()}
        return g


def _data(n_in, n_out, batch, seed=1):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1.0, 1.0, (batch, n_in))
    T = rng.uniform(0.05, 0.95, (batch, n_out))
    return X, T


def xor():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    return X, np.array([[0.0], [1.0], [1.0], [0.0]])


def moons(n=200, noise=0.1, seed=0):
    """Two interleaving half circles, written out (no scikit-learn)."""
    rng = np.random.default_rng(seed)
    t = rng.uniform(0.0, math.pi, n)
    upper = rng.random(n) < 0.5
    x = np.where(upper, np.cos(t), 1.0 - np.cos(t))
    y = np.where(upper, np.sin(t), 0.5 - np.sin(t))
    X = np.stack([x, y], axis=1) + rng.normal(0.0, noise, (n, 2))
    return X, upper.astype(float)[:, None]


def _central(loss, params, h=1e-6):
    """The test's own oracle: two-point central differences, nothing of the verifier."""
    p = {k: v.copy() for k, v in params.items()}
    out = {}
    for name, P in p.items():
        G = np.empty_like(P)
        for idx in np.ndindex(P.shape):
            w = P[idx]
            P[idx] = w + h
            up = loss(p)
            P[idx] = w - h
            down = loss(p)
            P[idx] = w
            G[idx] = (up - down) / (2 * h)
        out[name] = G
    return out


NETS = {
    "sigmoid-sum-mse": (Net((3, 5, 2), "sigmoid", "mse", "sum"), 6),
    "sigmoid-mean-mse": (Net((3, 5, 2), "sigmoid", "mse", "mean"), 16),
    "tanh-sum-mse": (Net((4, 6, 3), "tanh", "mse", "sum"), 8),
    "tanh-mean-ce": (Net((4, 6, 1), "tanh", "ce", "mean"), 16),
    "sigmoid-mean-ce-deep": (Net((3, 5, 4, 2), "sigmoid", "ce", "mean"), 10),
}


def _case(name, seed=0):
    net, batch = NETS[name]
    X, T = _data(net.sizes[0], net.sizes[-1], batch, seed=seed + 1)
    p = net.init(seed)
    return net, p, X, T


@pytest.mark.parametrize("name", NETS)
def test_correct_network_passes(name):
    net, p, X, T = _case(name)
    report = check_gradients(net.loss_fn(X, T), p, net.backward(p, X, T))
    assert report.passed, str(report)
    assert report.failing == ()
    assert report.diagnosis == ()
    assert {a.name for a in report.arrays} == set(p)  # every array, biases included
    assert all(a.max_rel_error < 1e-6 for a in report.arrays)
    assert "PASS" in str(report)


@pytest.mark.parametrize("name", NETS)
def test_reference_gradients_match_the_tests_own_central_differences(name):
    net, p, X, T = _case(name)
    loss = net.loss_fn(X, T)
    report = check_gradients(loss, p, net.backward(p, X, T))
    oracle = _central(loss, p)
    for k, G in oracle.items():
        np.testing.assert_allclose(report.true_gradients[k], G, rtol=1e-5, atol=1e-8)


def _failing(report):
    return set(report.failing)


@pytest.mark.parametrize("name", ["sigmoid-mean-mse", "tanh-mean-ce", "sigmoid-mean-ce-deep"])
def test_missing_one_over_batch_is_a_reduction_mismatch_of_the_batch_size(name):
    net, p, X, T = _case(name)
    report = check_gradients(net.loss_fn(X, T), p, net.backward(p, X, T, "missing-1/batch"))
    assert not report.passed
    assert _failing(report) == set(p)
    (finding,) = report.diagnosis
    assert finding.cause == CAUSE_REDUCTION
    assert finding.detail.startswith(f"your gradients are {len(X)}x the true ones")
    assert "does not divide by" in finding.detail
    for name_ in p:
        assert name_ in str(report)


def test_dividing_a_summed_loss_by_the_batch_is_the_inverse_mismatch():
    net, p, X, T = _case("tanh-sum-mse")
    grads = {k: v / len(X) for k, v in net.backward(p, X, T).items()}
    report = check_gradients(net.loss_fn(X, T), p, grads, batch=len(X))
    (finding,) = report.diagnosis
    assert finding.cause == CAUSE_REDUCTION
    assert f"1/{len(X)} of the true ones" in finding.detail


def test_a_mean_loss_done_right_is_not_called_a_missing_factor():
    """Regression (issue 11): a correct mean-loss backward was reported 'missing factor 1/64'."""
    net = Net((2, 8, 1), "tanh", "mse", "mean")
    X, T = _data(2, 1, 64)
    p = net.init()
    report = check_gradients(net.loss_fn(X, T), p, net.backward(p, X, T))
    assert report.passed, str(report)


@pytest.mark.parametrize(
    "bug, arrays, expect",
    [
        ("bias-mean-not-sum", {"b1"}, "1/6 of the true one"),
        ("bias-x100", {"b2"}, "100x the true one"),
        ("bias-sign", {"b1"}, "opposite sign"),
        ("bias-not-summed", {"b1"}, "sum over the batch"),
    ],
    ids=["mean-not-sum", "x100", "sign-flipped", "not-summed-over-batch"],
)
def test_wrong_bias_gradient_is_named_while_the_weights_pass(bug, arrays, expect):
    net, p, X, T = _case("sigmoid-sum-mse")
    report = check_gradients(net.loss_fn(X, T), p, net.backward(p, X, T, bug))
    assert not report.passed
    assert _failing(report) == arrays
    assert report.diagnosis[0].cause == CAUSE_BIAS
    assert set(report.diagnosis[0].arrays) == arrays
    assert expect in report.diagnosis[0].detail
    for a in arrays:
        assert f"{a} " in str(report)


@pytest.mark.parametrize("name", ["sigmoid-sum-mse", "tanh-mean-ce"])
def test_missing_transpose_of_the_gradient_names_every_weight(name):
    net, p, X, T = _case(name)
    report = check_gradients(net.loss_fn(X, T), p, net.backward(p, X, T, "missing-transpose"))
    weights = {k for k in p if k.startswith("W")}
    assert _failing(report) == weights
    assert {f.cause for f in report.diagnosis} == {CAUSE_TRANSPOSE}
    assert {a for f in report.diagnosis for a in f.arrays} == weights


def test_error_sent_back_through_W_not_W_transpose_is_located_in_the_hidden_layer():
    net = Net((3, 4, 4), "tanh", "mse", "sum")  # W2 square: the bug runs without an error
    X, T = _data(3, 4, 5)
    p = net.init()
    report = check_gradients(net.loss_fn(X, T), p, net.backward(p, X, T, "backprop-through-W"))
    assert _failing(report) == {"W1", "b1"}
    (finding,) = report.diagnosis
    assert finding.cause == CAUSE_HIDDEN
    assert "instead of W2.T" in finding.detail


@pytest.mark.parametrize("name", ["sigmoid-sum-mse", "tanh-mean-ce", "tanh-sum-mse"])
def test_dropped_hidden_layer_derivative_is_located_in_the_hidden_layer(name):
    net, p, X, T = _case(name)
    bad = net.backward(p, X, T, "dropped-hidden-derivative")
    report = check_gradients(net.loss_fn(X, T), p, bad)
    assert _failing(report) == {"W1", "b1"}
    (finding,) = report.diagnosis
    assert finding.cause == CAUSE_HIDDEN
    assert "derivative dropped" in finding.detail
    assert "layer 1" in finding.detail


def test_dropped_derivative_in_the_deep_network_names_both_layers_below():
    net, p, X, T = _case("sigmoid-mean-ce-deep")
    report = check_gradients(
        net.loss_fn(X, T), p, net.backward(p, X, T, "dropped-hidden-derivative")
    )
    assert _failing(report) == {"W1", "b1", "W2", "b2"}
    assert report.diagnosis[0].cause == CAUSE_HIDDEN
    assert "layer 2" in report.diagnosis[0].detail


def test_derivative_on_the_activation_with_a_ce_output_is_located_in_the_hidden_layer():
    net, p, X, T = _case("tanh-mean-ce")
    bad = net.backward(p, X, T, "derivative-on-activation")
    report = check_gradients(net.loss_fn(X, T), p, bad)
    assert _failing(report) == {"W1", "b1"}
    assert report.diagnosis[0].cause == CAUSE_HIDDEN
    assert "applied to the activation" in report.diagnosis[0].detail


def test_derivative_on_the_activation_with_an_mse_output_is_an_output_error():
    net, p, X, T = _case("sigmoid-sum-mse")
    bad = net.backward(p, X, T, "derivative-on-activation")
    report = check_gradients(net.loss_fn(X, T), p, bad)
    assert _failing(report) == set(p)
    assert report.diagnosis[0].cause == CAUSE_OUTPUT
    assert "applied to the activation" in report.diagnosis[0].detail


def test_flipped_sign():
    net, p, X, T = _case("tanh-sum-mse")
    report = check_gradients(net.loss_fn(X, T), p, net.backward(p, X, T, "flipped-sign"))
    assert _failing(report) == set(p)
    assert [f.cause for f in report.diagnosis] == [CAUSE_SIGN]


def test_report_points_at_the_worst_entry():
    net, p, X, T = _case("sigmoid-sum-mse")
    grads = net.backward(p, X, T)
    grads["W1"] = grads["W1"].copy()
    grads["W1"][2, 3] += 0.5
    report = check_gradients(net.loss_fn(X, T), p, grads)
    assert report.failing == ("W1",)
    w1 = report["W1"]
    assert w1.where == (2, 3)
    assert w1.yours - w1.true == pytest.approx(0.5, rel=1e-6)
    assert "W1 (3, 5): FAIL" in str(report) and "at [2, 3]" in str(report)


# --- the data sets an ML engineer tries first -------------------------------------------------


@pytest.mark.parametrize("hidden", ["sigmoid", "tanh"])
def test_xor(hidden):
    X, T = xor()
    net = Net((2, 4, 1), hidden, "ce", "mean")
    p = net.init(seed=3)
    loss = net.loss_fn(X, T)
    assert check_gradients(loss, p, net.backward(p, X, T)).passed
    bad = check_gradients(loss, p, net.backward(p, X, T, "missing-1/batch"))
    assert bad.diagnosis[0].cause == CAUSE_REDUCTION
    assert "4x the true ones" in bad.diagnosis[0].detail


@pytest.mark.parametrize(
    "bug, failing",
    [
        (None, set()),
        ("missing-1/batch", {"W1", "b1", "W2", "b2"}),
        ("dropped-hidden-derivative", {"W1", "b1"}),
        ("bias-mean-not-sum", {"b1"}),
    ],
    ids=["correct", "missing-1/batch", "dropped-derivative", "bias"],
)
def test_moons(bug, failing):
    X, T = moons()
    net = Net((2, 16, 1), "tanh", "ce", "mean")
    p = net.init(seed=4)
    report = check_gradients(net.loss_fn(X, T), p, net.backward(p, X, T, bug), batch=len(X))
    assert _failing(report) == failing
    if bug == "missing-1/batch":
        assert "200x the true ones" in report.diagnosis[0].detail


# --- torch as a second reference -------------------------------------------------------------


def test_a_torch_loss_is_checked_against_autograd():
    torch = pytest.importorskip("torch")
    net, p, X, T = _case("tanh-sum-mse")
    Xt, Tt = torch.tensor(X), torch.tensor(T)

    def loss(q):
        q = {k: torch.as_tensor(v) for k, v in q.items()}
        h = torch.tanh(Xt @ q["W1"] + q["b1"])
        y = torch.sigmoid(h @ q["W2"] + q["b2"])
        return 0.5 * ((y - Tt) ** 2).sum()

    good = check_gradients(loss, p, net.backward(p, X, T))
    assert good.passed, str(good)
    assert "autograd" in good.reference
    assert all(a.autograd_error is not None and a.autograd_error < 1e-12 for a in good.arrays)
    bad = check_gradients(loss, p, net.backward(p, X, T, "bias-x100"))
    assert bad.failing == ("b2",)


def test_numpy_loss_falls_back_to_finite_differences_with_a_reason():
    net, p, X, T = _case("tanh-sum-mse")
    report = check_gradients(net.loss_fn(X, T), p, net.backward(p, X, T))
    assert "autograd" not in report.reference
    assert "finite differences only" in report.autograd_note


def test_a_loss_torch_does_not_fully_trace_is_not_trusted_to_autograd():
    torch = pytest.importorskip("torch")
    net, p, X, T = _case("tanh-sum-mse")
    Xt, Tt = torch.tensor(X), torch.tensor(T)

    def loss(q):
        q = {k: torch.as_tensor(v) for k, v in q.items()}
        h = torch.tanh(Xt @ q["W1"] + q["b1"]).detach()  # a graph break torch cannot see
        y = torch.sigmoid(h @ q["W2"] + q["b2"])
        return 0.5 * ((y - Tt) ** 2).sum()

    report = check_gradients(loss, p, net.backward(p, X, T))
    assert report.passed, str(report)  # the finite differences see the whole loss
    assert "disagree" in report.autograd_note


# --- bad input ---------------------------------------------------------------------------------


def _ok():
    net, p, X, T = _case("sigmoid-sum-mse")
    return net.loss_fn(X, T), p, net.backward(p, X, T)


@pytest.mark.parametrize(
    "mutate, message",
    [
        (
            lambda loss, p, g: (loss, p, {k: v for k, v in g.items() if k != "b2"}),
            "grads: no gradient for 'b2'",
        ),
        (lambda loss, p, g: (loss, p, {**g, "W9": np.zeros(2)}), "grads: 'W9' not in params"),
        (lambda loss, p, g: (loss, {**p, "W1": p["W1"] * np.nan}, g), "params['W1']: contains nan"),
        (lambda loss, p, g: (loss, [], g), "params: expected"),
        (lambda loss, p, g: (3, p, g), "loss: not callable"),
        (lambda loss, p, g: (lambda q: np.ones(2), p, g), "loss: must return one number"),
        (lambda loss, p, g: (lambda q: q["nope"], p, g), "loss raised KeyError"),
        (lambda loss, p, g: (lambda q: float("nan"), p, g), "loss: returned nan"),
    ],
    ids=[
        "missing",
        "extra",
        "nan-param",
        "not-a-dict",
        "not-callable",
        "not-scalar",
        "raises",
        "nan-loss",
    ],
)
def test_bad_input_is_an_input_error_naming_it(mutate, message):
    loss, p, g = mutate(*_ok())
    with pytest.raises(GradcheckInputError) as info:
        check_gradients(loss, p, g)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_a_loss_that_raises_is_reported_at_its_line():
    def loss(q):
        return q["W1"].sum() + q["missing"]  # the line named

    _, p, g = _ok()
    with pytest.raises(GradcheckInputError) as info:
        check_gradients(loss, p, g)
    assert info.value.file == __file__
    assert info.value.line == loss.__code__.co_firstlineno + 1


def test_the_callers_params_are_left_untouched():
    loss, p, g = _ok()
    kept = {k: v.copy() for k, v in p.items()}
    check_gradients(loss, p, g)
    for k in p:
        np.testing.assert_array_equal(p[k], kept[k])


def test_gradients_no_common_cause_explains_are_called_unexplained_and_named():
    net, p, X, T = _case("sigmoid-sum-mse")
    grads = net.backward(p, X, T)
    rng = np.random.default_rng(5)
    grads["W2"] = rng.normal(size=grads["W2"].shape)
    grads["W1"] = grads["W1"] * 3.0
    # Names without layer numbers: no layer to locate the error in.
    rename = {"W1": "hidden", "b1": "hidden_bias", "W2": "out", "b2": "out_bias"}
    loss = net.loss_fn(X, T)
    report = check_gradients(
        lambda q: loss({k: q[v] for k, v in rename.items()}),
        {rename[k]: v for k, v in p.items()},
        {rename[k]: v for k, v in grads.items()},
    )
    assert _failing(report) == {"hidden", "out"}
    causes = {f.cause: set(f.arrays) for f in report.diagnosis}
    assert causes["unexplained"] == {"out"}
    assert "hidden is 3x the true one" in str(report)


def test_the_last_layer_wrong_by_no_constant_is_an_output_error():
    net, p, X, T = _case("sigmoid-sum-mse")
    grads = net.backward(p, X, T)
    grads["W2"] = np.random.default_rng(5).normal(size=grads["W2"].shape)
    report = check_gradients(net.loss_fn(X, T), p, grads)
    assert report.failing == ("W2",)
    assert report.diagnosis[0].cause == CAUSE_OUTPUT


def test_torch_tensors_are_accepted_as_params_and_grads():
    torch = pytest.importorskip("torch")
    net, p, X, T = _case("tanh-sum-mse")
    grads = net.backward(p, X, T)
    report = check_gradients(
        net.loss_fn(X, T),
        {k: torch.tensor(v, requires_grad=True) for k, v in p.items()},
        {k: torch.tensor(v) for k, v in grads.items()},
    )
    assert report.passed, str(report)


# --- user networks on the generated kernels, whichever are registered ----------------------------


@pytest.mark.parametrize("name", sorted(kernels.KERNELS))
@pytest.mark.parametrize(
    "bug, failing",
    [(None, set()), ("dropped-hidden-derivative", {"W1", "b1"}), ("missing-1/batch", None)],
    ids=["correct", "dropped-derivative", "missing-1/batch"],
)
def test_user_network_on_a_generated_kernel_pair(name, bug, failing, monkeypatch):
    forward, derivative = kernels.KERNELS[name]
    monkeypatch.setitem(ACTIVATIONS, name, (forward, derivative))
    net = Net((3, 5, 2), name, "ce", "mean")
    X, T = _data(3, 2, 12)
    p = {k: 0.5 * v for k, v in net.init(seed=2).items()}  # small: exp stays moderate
    report = check_gradients(net.loss_fn(X, T), p, net.backward(p, X, T, bug), batch=len(X))
    assert _failing(report) == (set(p) if failing is None else failing), str(report)
    if bug == "missing-1/batch":
        assert report.diagnosis[0].cause == CAUSE_REDUCTION
    if bug == "dropped-hidden-derivative":
        assert report.diagnosis[0].cause == CAUSE_HIDDEN

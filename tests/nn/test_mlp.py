"""Tests of verifier/nn/mlp.py against oracles that share none of its code.

The oracles: central finite differences written out here, a closed form for a saturated
neuron (S'(40) = e^-40 / (1 + e^-40)^2), and PyTorch autograd where installed.
"""

from __future__ import annotations

import io
import itertools
import math

import numpy as np
import pytest
from helpers import require_built

from verifier import kernels
from verifier.kernels import runtime
from verifier.nn import mlp
from verifier.nn.mlp import MLP, BackpropInputError, resolve_activation, text_progress


def _net(shape: tuple[int, ...], biases: bool, seed: int = 0) -> MLP:
    rng = np.random.default_rng(seed)
    Ws = [rng.uniform(-1, 1, (a, b)) for a, b in itertools.pairwise(shape)]
    bs = [rng.uniform(-1, 1, b) for b in shape[1:]] if biases else None
    return MLP(Ws, bs)


def _data(shape: tuple[int, ...], batch: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.uniform(-1, 1, (batch, shape[0])), rng.uniform(0, 1, (batch, shape[-1]))


def _loss_oracle(Ws, bs, X, T, loss):
    """The loss from scratch: 1/(1+exp(-z)) and the textbook formulas, nothing of ours."""
    A = np.atleast_2d(X)
    for i, W in enumerate(Ws):
        z = A @ W + (bs[i] if bs is not None else 0.0)
        A = 1.0 / (1.0 + np.exp(-z))
    T = np.atleast_2d(T)
    if loss == "mse":
        return 0.5 * np.sum((A - T) ** 2)
    return -np.sum(T * np.log(A) + (1 - T) * np.log(1 - A))


def _finite_differences(net: MLP, X, T, loss):
    """Two-point central differences of the oracle loss, h = 1e-6."""
    Ws = [W.copy() for W in net.weights]
    bs = [b.copy() for b in net.biases] if net.biases is not None else None
    out = []
    for P in Ws + (bs or []):
        G = np.empty_like(P)
        for idx in np.ndindex(P.shape):
            w = P[idx]
            P[idx] = w + 1e-6
            up = _loss_oracle(Ws, bs, X, T, loss)
            P[idx] = w - 1e-6
            down = _loss_oracle(Ws, bs, X, T, loss)
            P[idx] = w
            G[idx] = (up - down) / 2e-6
        out.append(G)
    return out


@pytest.mark.parametrize(
    "shape, biases, loss",
    [
        ((3, 4, 2), False, "mse"),
        ((5, 3), True, "mse"),
        ((4, 6, 5, 2), True, "cross-entropy"),
    ],
    ids=["blog-shape", "one-layer-bias", "three-layers-ce"],
)
def test_gradients_match_independent_finite_differences(shape, biases, loss):
    net = _net(shape, biases)
    X, T = _data(shape, batch=5)
    dWs, dbs = net.gradients(X, T, loss)
    fd = _finite_differences(net, X, T, loss)
    for got, want in zip(dWs + (dbs or []), fd, strict=True):
        assert got.shape == want.shape
        np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-9)


def test_loss_matches_the_textbook_formula():
    net = _net((3, 4, 2), True)
    X, T = _data((3, 4, 2), batch=4)
    for loss in ("mse", "cross-entropy"):
        want = _loss_oracle(net.weights, net.biases, X, T, loss)
        assert net.loss(X, T, loss) == pytest.approx(want, rel=1e-12)


def test_vector_input_gives_vector_output_and_weight_shaped_gradients():
    net = _net((3, 4, 2), False)
    y = net.forward([0.5, 0.7, 0.9])
    assert y.shape == (2,)
    dWs, dbs = net.gradients([0.5, 0.7, 0.9], [0.1, 0.8])
    assert [g.shape for g in dWs] == [(3, 4), (4, 2)]
    assert dbs is None


def test_saturated_neuron_gradient_is_not_zero():
    """Regression: S(z)(1 - S(z)) is exactly 0 for z > 36.7; the proved kernel is not."""
    net = MLP([np.array([[40.0]])])  # z = 40 for x = 1
    (dW,), _ = net.gradients([1.0], [0.0])
    s_prime = math.exp(-40) / (1 + math.exp(-40)) ** 2
    y = 1 / (1 + math.exp(-40))
    assert dW[0, 0] == pytest.approx(y * s_prime, rel=1e-14)
    assert dW[0, 0] > 0


def test_step_is_gradient_descent_and_lowers_the_loss():
    net = _net((3, 4, 2), True)
    X, T = _data((3, 4, 2), batch=3)
    dWs, dbs = net.gradients(X, T)
    before = [p.copy() for p in net.parameters()]
    loss_before = net.loss(X, T)
    net.step(X, T, lr=0.1)
    for old, new, g in zip(before, net.parameters(), dWs + dbs, strict=True):
        np.testing.assert_allclose(new, old - 0.1 * g, rtol=1e-14, atol=1e-16)
    assert net.loss(X, T) < loss_before


def test_gradients_are_not_overwritten_by_the_next_step():
    """Regression: step() reuses buffers; gradients() must hand out arrays of its own."""
    net = _net((3, 4, 2), False)
    X, T = _data((3, 4, 2), batch=6)
    dWs, _ = net.gradients(X, T)
    kept = [g.copy() for g in dWs]
    y = net.forward(X)
    y_kept = y.copy()
    net.step(X, T, lr=0.5)
    net.forward(X * 2)
    for g, k in zip(dWs, kept, strict=True):
        np.testing.assert_array_equal(g, k)
    np.testing.assert_array_equal(y, y_kept)


def test_pair_without_out_parameter_works():
    def f(z):
        return 1.0 / (1.0 + np.exp(-z))

    def df(z):
        s = f(z)
        return s * (1 - s)

    act = resolve_activation((f, df))
    assert not act.accepts_out
    ours = _net((3, 4, 2), True)
    theirs = MLP(ours.weights, ours.biases, activation=(f, df))
    X, T = _data((3, 4, 2), batch=4)
    for a, b in zip(ours.gradients(X, T)[0], theirs.gradients(X, T)[0], strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-12)


def test_train_reports_progress_and_lowers_the_loss():
    net = _net((3, 4, 2), False)
    X, T = _data((3, 4, 2), batch=2)
    seen = []
    history = net.train(X, T, lr=0.5, epochs=20, progress=lambda e, n, loss: seen.append(e))
    assert seen == list(range(1, 21))
    assert len(history) == 21
    assert history[-1] < history[0]
    buf = io.StringIO()
    net.train(X, T, lr=0.5, epochs=10, progress=text_progress(buf, width=10))
    assert buf.getvalue().endswith("10/10 loss " + f"{net.loss(X, T):.6g}\n")
    assert "[##########]" in buf.getvalue()


@pytest.mark.parametrize(
    "build, argument",
    [
        (lambda: MLP([np.ones((3, 4)), np.ones((5, 2))]), "weights[1]"),
        (lambda: MLP([np.ones(3)]), "weights[0]"),
        (lambda: MLP([np.ones((3, 4))], biases=[np.ones(3)]), "biases[0]"),
        (lambda: MLP([np.ones((3, 4))], biases=[]), "biases"),
        (lambda: MLP([np.full((3, 4), np.nan)]), "weights[0]"),
        (lambda: MLP([np.ones((3, 4))], activation="no_such_activation"), "activation"),
        (lambda: MLP([np.ones((3, 4))], activation=("a", "b")), "activation"),
        (lambda: MLP([np.ones((3, 4))]).forward(np.ones(5)), "X"),
        (lambda: MLP([np.ones((3, 4))]).forward([1.0, np.nan, 0.0]), "X"),
        (lambda: MLP([np.ones((3, 4))]).forward([[1.0, np.inf, 0.0]]), "X"),
        (lambda: MLP([np.ones((3, 4))]).gradients(np.ones(3), np.ones(3)), "T"),
        (lambda: MLP([np.ones((3, 4))]).gradients(np.ones(3), [0, 0, 0, np.nan]), "T"),
        (lambda: MLP([np.ones((3, 4))]).gradients(np.ones(3), np.ones(4), "l1"), "loss"),
        (
            lambda: MLP([np.ones((3, 4))]).gradients(np.ones(3), np.full(4, 2.0), "cross-entropy"),
            "T",
        ),
        (
            lambda: MLP([np.ones((3, 4))], activation=(np.tanh, _tanh_prime)).gradients(
                np.ones(3), np.ones(4), "cross-entropy"
            ),
            "loss",
        ),
    ],
    ids=[
        "weights-do-not-chain",
        "weights-1d",
        "bias-shape",
        "bias-count",
        "weights-nan",
        "unknown-activation",
        "activation-not-callable",
        "X-shape",
        "X-nan",
        "X-inf",
        "T-shape",
        "T-nan",
        "unknown-loss",
        "ce-target-out-of-range",
        "ce-needs-sigmoid",
    ],
)
def test_bad_input_names_the_argument(build, argument):
    with pytest.raises(BackpropInputError) as info:
        build()
    assert str(info.value).startswith(argument + ":")
    assert isinstance(info.value, ValueError)


def _tanh_prime(z):
    return 1.0 - np.tanh(z) ** 2


def test_unknown_activation_lists_every_registered_name():
    with pytest.raises(BackpropInputError) as info:
        MLP([np.ones((3, 4))], activation="no_such_activation")
    message = str(info.value)
    assert "no_such_activation" in message
    for name in kernels.KERNELS:
        assert name in message


@pytest.mark.parametrize("name", sorted(kernels.KERNELS))
def test_every_registered_activation_is_accepted_by_name_with_its_pair(name):
    forward, derivative = kernels.KERNELS[name]
    act = resolve_activation(name)
    assert act.forward is forward
    assert act.derivative is derivative
    assert act.name == name


@pytest.mark.parametrize("name", sorted(kernels.KERNELS))
@pytest.mark.parametrize("biases", [False, True], ids=["no-bias", "bias"])
def test_every_registered_activation_backprops_to_the_finite_differences(name, biases):
    rng = np.random.default_rng(7)
    Ws = [rng.uniform(-0.5, 0.5, (3, 4)), rng.uniform(-0.5, 0.5, (4, 2))]
    bs = [rng.uniform(-0.5, 0.5, 4), rng.uniform(-0.5, 0.5, 2)] if biases else None
    net = MLP(Ws, bs, activation=name)
    X, T = _data((3, 4, 2), batch=5)
    dWs, dbs = net.gradients(X, T)
    for P, G in zip(net.parameters(), dWs + (dbs or []), strict=True):
        fd = np.empty_like(P)
        for idx in np.ndindex(P.shape):  # central differences, h = 1e-6, written out here
            w = P[idx]
            P[idx] = w + 1e-6
            up = net.loss(X, T)
            P[idx] = w - 1e-6
            down = net.loss(X, T)
            P[idx] = w
            fd[idx] = (up - down) / 2e-6
        np.testing.assert_allclose(G, fd, rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize(
    "shape, biases, loss",
    [
        ((3, 4, 2), False, "mse"),
        ((6, 5, 4, 3), True, "mse"),
        ((6, 8, 3), True, "cross-entropy"),
    ],
    ids=["blog-shape-mse", "deep-bias-mse", "bias-ce"],
)
def test_agrees_with_torch_autograd(shape, biases, loss):
    torch = pytest.importorskip("torch")
    net = _net(shape, biases, seed=3)
    X, T = _data(shape, batch=7, seed=4)
    Ws = [torch.tensor(W, requires_grad=True) for W in net.weights]
    bs = [torch.tensor(b, requires_grad=True) for b in net.biases] if biases else []
    A = torch.tensor(X)
    for i, W in enumerate(Ws):
        z = A @ W + (bs[i] if biases else 0.0)
        A = torch.sigmoid(z)
    Tt = torch.tensor(T)
    if loss == "mse":
        L = 0.5 * ((A - Tt) ** 2).sum()
    else:
        L = torch.nn.functional.binary_cross_entropy_with_logits(z, Tt, reduction="sum")
    L.backward()
    dWs, dbs = net.gradients(X, T, loss)
    assert net.loss(X, T, loss) == pytest.approx(L.item(), rel=1e-12)
    for ours, theirs in zip(dWs + (dbs or []), Ws + bs, strict=True):
        np.testing.assert_allclose(ours, theirs.grad.numpy(), rtol=1e-10, atol=1e-15)


def _fused_outputs(x):
    act = resolve_activation("sigmoid")
    out, prime = np.empty_like(x), np.empty_like(x)
    act.fused(x, out, prime)
    return out, prime


def _require_pair() -> None:
    require_built(
        mlp._machine_pair() is not None,
        "verifier/kernels/_machine.c (sigmoid_pair)",
        "the C routine is not built, or the C library's exp is not NumPy's here",
    )


@pytest.fixture(params=["c", "numpy"])
def fused_path(request):
    """The fused pass in C (_machine.c's sigmoid_pair, where built) and in NumPy."""
    if request.param == "c":
        _require_pair()
    assert runtime._use_machine(request.param == "c") == (request.param == "c")
    yield request.param
    runtime._use_machine(True)


def _hard_points() -> np.ndarray:
    rng = np.random.default_rng(7)
    tiny = np.finfo(np.float64).smallest_subnormal
    return np.concatenate(
        [
            [0.0, -0.0, np.inf, -np.inf, np.nan, tiny, -tiny, 36.7, 40.0, -40.0, 1e308, -1e308],
            np.linspace(-760, 760, 3042),
            rng.normal(0, 4, 5000),
            rng.uniform(-40, 40, 5000),
        ]
    )


def test_the_c_fused_pass_gives_the_numpy_passes_bits():
    _require_pair()
    z = _hard_points().reshape(-1, 2)  # 2-D, as a layer's pre-activations are
    results = []
    for on in (True, False):
        runtime._use_machine(on)
        results.append(_fused_outputs(z))
    runtime._use_machine(True)
    for c, numpy_ in zip(*results, strict=True):
        same = (c == numpy_) | (np.isnan(c) & np.isnan(numpy_))
        assert same.all(), (z[~same][:3], c[~same][:3], numpy_[~same][:3])
        numbers = ~np.isnan(c)
        assert np.array_equal(np.signbit(c[numbers]), np.signbit(numpy_[numbers]))


def test_the_c_fused_pass_refuses_what_it_cannot_compute():
    _require_pair()
    pair = mlp._machine_pair()
    z, a, b = np.zeros(8), np.zeros(8), np.zeros(8)
    for args in [(z, z, b), (z, a, a), (z, a, z), (z.astype(np.float32), a, b), (z, a[:7], b)]:
        with pytest.raises(ValueError):
            pair(*args)


@pytest.mark.usefixtures("fused_path")
@pytest.mark.parametrize("which", [0, 1], ids=["S", "S-prime"])
def test_fused_sigmoid_pass_matches_the_generated_kernel_everywhere(which):
    """The training step's one-exp (S, S') pass against each generated kernel, whole float line."""
    from verifier.nn.compare import compare_kernels

    generated = (kernels.sigmoid, kernels.sigmoid_prime)[which]
    assert resolve_activation("sigmoid").fused is not None
    with np.errstate(all="raise"):  # no FloatingPointError anywhere, the tails included
        cmp = compare_kernels(generated, lambda x: _fused_outputs(x)[which])
    assert cmp.agree, cmp.part_ranges[:3]
    assert cmp.max_ulp <= 4.0


@pytest.mark.usefixtures("fused_path")
def test_fused_sigmoid_pass_is_within_4_ulp_of_60_digit_mpmath():
    mpmath = pytest.importorskip("mpmath")
    x = np.concatenate(
        [np.linspace(-40, 40, 801), np.geomspace(40, 745, 60), -np.geomspace(40, 745, 60)]
    )
    S, dS = _fused_outputs(x)
    with mpmath.workdps(60):
        want_S = [float(1 / (1 + mpmath.exp(-mpmath.mpf(v)))) for v in x]
        want_dS = [
            float(mpmath.exp(-abs(mpmath.mpf(v))) / (1 + mpmath.exp(-abs(mpmath.mpf(v)))) ** 2)
            for v in x
        ]
    from verifier.nn.compare import ulp_distance

    assert ulp_distance(S, np.array(want_S)).max() <= 4.0
    assert ulp_distance(dS, np.array(want_dS)).max() <= 4.0
    assert dS[x == 40.0][0] == pytest.approx(4.248354255291589e-18, rel=1e-15)  # not 0


@pytest.mark.usefixtures("fused_path")
def test_training_step_with_the_fused_pass_equals_the_separate_kernels():
    net = _net((4, 6, 3), True)
    X, T = _data((4, 6, 3), batch=8)
    separate = MLP(net.weights, net.biases, activation=(kernels.sigmoid, kernels.sigmoid_prime))
    assert separate.activation.fused is None
    for ours, theirs in zip(
        net.gradients(X, T)[0] + net.gradients(X, T)[1],
        separate.gradients(X, T)[0] + separate.gradients(X, T)[1],
        strict=True,
    ):
        np.testing.assert_allclose(ours, theirs, rtol=1e-13, atol=1e-300)

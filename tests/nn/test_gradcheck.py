"""Tests of verifier/gradcheck.py: kernel comparison, finite-difference checks, diagnosis, CLI.

Planted bugs are written out here by hand, not produced by the code under test, and the
blog's network is run as the blog wrote it.
"""

from __future__ import annotations

import itertools
import math
import textwrap
import warnings

import numpy as np
import pytest

from verifier import kernels
from verifier.nn.gradcheck import (
    BLOG_INPUT,
    BLOG_LR,
    BLOG_TARGET,
    CAUSE_ACTIVATION,
    CAUSE_FACTOR,
    CAUSE_SIGN,
    CAUSE_TRANSPOSE,
    GradcheckInputError,
    blog_initial_weights,
    blog_source,
    blog_train_step,
    blog_train_step_corrected,
    blog_train_step_crash_fixed,
    compare_kernels,
    diagnose,
    gradcheck,
    main,
    run_blog,
    run_blog_crash,
    ulp_distance,
)
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


# --- the blog's network ---------------------------------------------------------------------


def test_blog_code_as_written_raises_value_error():
    W1, W2 = blog_initial_weights()
    with pytest.raises(ValueError, match=r"shapes \(4,\) and \(2,\) not aligned"):
        blog_train_step(BLOG_INPUT.copy(), BLOG_TARGET.copy(), W1, W2, BLOG_LR)


def test_blog_crash_is_reported_with_its_line_and_cause():
    crash = run_blog_crash()
    assert crash is not None
    assert crash.statement == "W2 += hidden.T.dot(d_predicted) * learning_rate"
    assert blog_source()[crash.line - 1].strip() == crash.statement
    assert crash.line == 11
    assert "1-D" in crash.cause and ".T returns the array unchanged" in crash.cause
    assert crash.fix == "W2 += np.outer(hidden, d_predicted) * learning_rate"


def test_blog_with_crash_fixed_computes_a_wrong_gradient():
    W1, W2 = blog_initial_weights()
    B1, B2 = W1.copy(), W2.copy()
    blog_train_step_crash_fixed(BLOG_INPUT, BLOG_TARGET, B1, B2, BLOG_LR)
    blog_grad_W2 = -(B2 - W2) / BLOG_LR  # the blog adds lr * (-dL/dW)
    # Oracle: central differences of the blog's own loss, written out here.
    fd = np.empty_like(W2)
    for idx in np.ndindex(W2.shape):
        losses = []
        for h in (1e-6, -1e-6):
            P = W2.copy()
            P[idx] += h
            y = _sigmoid(_sigmoid(BLOG_INPUT @ W1) @ P)
            losses.append(0.5 * np.sum((BLOG_TARGET - y) ** 2))
        fd[idx] = (losses[0] - losses[1]) / 2e-6
    rel = np.max(np.abs(blog_grad_W2 - fd)) / np.max(np.abs(fd))
    assert rel > 0.1
    # ... and it is exactly S'(S(z)) in place of S'(z):
    hidden = _sigmoid(BLOG_INPUT @ W1)
    y = _sigmoid(hidden @ W2)
    s_of_y = _sigmoid(y)
    wrong = np.outer(hidden, (y - BLOG_TARGET) * s_of_y * (1 - s_of_y))
    np.testing.assert_allclose(blog_grad_W2, wrong, rtol=1e-12)


def test_blog_diagnosis_names_derivative_applied_to_the_activation():
    report = run_blog()
    assert report.gradcheck.passed
    assert report.diagnosis.causes == (CAUSE_ACTIVATION,)
    assert report.diagnosis.reproduction_error < 1e-12
    assert 0.1 < report.diagnosis.max_rel_error < 1.0
    assert report.loss_after_corrected < report.loss_before


def test_corrected_blog_step_is_the_mlp_gradient_descent_step():
    W1, W2 = blog_initial_weights(seed=5)
    net = MLP([W1, W2])
    C1, C2 = W1.copy(), W2.copy()
    blog_train_step_corrected(BLOG_INPUT, BLOG_TARGET, C1, C2, BLOG_LR)
    net.step(BLOG_INPUT, BLOG_TARGET, BLOG_LR)
    np.testing.assert_allclose(C1, net.weights[0], rtol=1e-14)
    np.testing.assert_allclose(C2, net.weights[1], rtol=1e-14)


# --- gradcheck ------------------------------------------------------------------------------


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


# --- diagnose -------------------------------------------------------------------------------


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


# --- compare_kernels ------------------------------------------------------------------------


def _wrong_below_minus_20(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))
    return np.where(x < -20, 0.0, e / (1 + e) ** 2)


def _naive_sigmoid_prime(x):
    s = 1 / (1 + np.exp(-x))
    return s * (1 - s)


def test_kernel_wrong_below_minus_20_is_reported_where_it_parts():
    cmp = compare_kernels(kernels.sigmoid_prime, _wrong_below_minus_20)
    assert not cmp.agree
    assert cmp.part_nearest_zero == pytest.approx(-20.005)
    assert cmp.part_ranges[-1][1] == pytest.approx(-20.005)
    assert cmp.part_x <= -700  # the smallest grid x where they part: far out in the tail
    assert all(hi < -20 for _, hi in cmp.part_ranges)
    assert cmp.max_rel_diff == 1.0


def test_naive_derivative_parts_from_the_proved_kernel_and_warns_quietly():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a RuntimeWarning escaping would fail the test
        cmp = compare_kernels(kernels.sigmoid_prime, _naive_sigmoid_prime)
    assert not cmp.agree
    assert 1.0 < cmp.part_nearest_zero < 36.7  # cancellation in 1 - S(x) sets in early
    assert any("overflow" in m for m in cmp.handwritten_warnings)
    assert _naive_sigmoid_prime(np.array([40.0]))[0] == 0.0  # the pitfall the grid must catch
    assert any(lo <= 40.0 <= hi for lo, hi in cmp.part_ranges)


def test_accurate_alternative_form_agrees():
    def other_form(x):  # e^x / (1 + e^x)^2 written for x <= 0 and mirrored: S' is even
        e = np.exp(-np.abs(np.asarray(x, dtype=float)))
        return e / (1.0 + 2.0 * e + e * e)

    cmp = compare_kernels(kernels.sigmoid_prime, other_form)
    assert cmp.agree, cmp.part_ranges[:3]
    assert cmp.part_x is None


def test_scalar_only_kernel_is_evaluated_pointwise():
    def scalar(x):
        return math.exp(-abs(x)) / (1 + math.exp(-abs(x))) ** 2

    cmp = compare_kernels(kernels.sigmoid_prime, scalar, domain=(-50.0, 50.0))
    assert cmp.agree
    assert cmp.n_points > 16000


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (1.0, np.nextafter(1.0, 2.0), 1.0),
        (0.0, -0.0, 0.0),
        (5e-324, -5e-324, 2.0),
        (np.nan, np.nan, 0.0),
        (np.nan, 1.0, np.inf),
        (np.inf, np.finfo(float).max, 1.0),
    ],
    ids=[
        "next-after-one",
        "signed-zeros",
        "smallest-subnormals",
        "two-nans",
        "one-nan",
        "inf-and-max",
    ],
)
def test_ulp_distance(a, b, expected):
    assert ulp_distance(np.array([a]), np.array([b]))[0] == expected


# --- the command line -----------------------------------------------------------------------


def test_main_default_run_tells_the_whole_story(capsys):
    assert main(["--epochs", "50"]) == 0
    out = capsys.readouterr().out
    assert "line 11 raises ValueError" in out
    assert "W2 += hidden.T.dot(d_predicted) * learning_rate" in out
    assert "For a 1-D array .T returns" in out.replace("\n          ", " ")
    assert "np.outer(hidden, d_predicted)" in out
    assert "gradient descent" in out
    assert f"diagnosis: {CAUSE_ACTIVATION}" in out
    assert "The corrected step" in out
    assert "sigmoid_prime(z_predicted)" in out
    assert "PASS" in out
    assert "\x1b[" not in out  # plain text, no colors


def _write_kernels(directory):
    (directory / "mykernels.py").write_text(
        textwrap.dedent("""
        import numpy as np

        def good(x):
            e = np.exp(-np.abs(x))
            return e / (1 + e) ** 2

        def wrong_below_minus_20(x):
            x = np.asarray(x, dtype=float)
            e = np.exp(-np.abs(x))
            return np.where(x < -20, 0.0, e / (1 + e) ** 2)

        not_callable = 3
    """)
    )
    (directory / "broken.py").write_text("raise RuntimeError('boom at import')\n")


def test_main_kernel_that_agrees_exits_0(tmp_path, capsys):
    _write_kernels(tmp_path)
    assert main(["--kernel", f"{tmp_path}/mykernels.py:good", "--against", "sigmoid_prime"]) == 0
    assert "AGREE" in capsys.readouterr().out


def test_main_kernel_with_planted_bug_exits_1_and_names_where_it_parts(
    tmp_path, monkeypatch, capsys
):
    _write_kernels(tmp_path)
    monkeypatch.chdir(tmp_path)  # the dotted-module form imports from the current directory
    assert main(["--kernel", "mykernels:wrong_below_minus_20", "--against", "sigmoid_prime"]) == 1
    out = capsys.readouterr().out
    assert "walking out from 0 they part at x = -20.005" in out
    assert "1e-12 relative" in out  # the tolerance is stated


@pytest.mark.parametrize(
    "argv, argument",
    [
        (["--kernel", "nocolon", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "no_such_module_xyz:f", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "{tmp}/missing.py:f", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "{tmp}/mykernels.py:nothing", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "{tmp}/mykernels.py:not_callable", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "{tmp}/broken.py:f", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "{tmp}/mykernels.py:good", "--against", "tanh_prime"], "--against"),
        (["--kernel", "{tmp}/mykernels.py:good"], "--against"),
        (["--against", "sigmoid_prime"], "--against"),
        (["--seed", "x"], "--seed"),
        (["--seed", "-1"], "--seed"),
        (["--epochs", "-5"], "--epochs"),
        (["--bogus"], "--bogus"),
    ],
    ids=[
        "kernel-no-colon",
        "kernel-no-module",
        "kernel-no-file",
        "kernel-no-attribute",
        "kernel-not-callable",
        "kernel-import-raises",
        "against-unknown",
        "against-missing",
        "against-without-kernel",
        "seed-not-int",
        "seed-negative",
        "epochs-negative",
        "unknown-flag",
    ],
)
def test_main_bad_input_exits_2_naming_the_argument(argv, argument, tmp_path, capsys):
    _write_kernels(tmp_path)
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 2
    err = capsys.readouterr().err
    assert argument in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1

"""Tests of verifier/nn/blog.py: the blog's network run as the blog wrote it.

The oracle for the blog's wrong gradient is central differences of the blog's own loss,
written out here.
"""

from __future__ import annotations

import numpy as np
import pytest

from verifier.nn.blog import (
    BLOG_INPUT,
    BLOG_LR,
    BLOG_TARGET,
    blog_initial_weights,
    blog_source,
    blog_train_step,
    blog_train_step_corrected,
    blog_train_step_crash_fixed,
    run_blog,
    run_blog_crash,
)
from verifier.nn.diagnose import CAUSE_ACTIVATION
from verifier.nn.mlp import MLP


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


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

"""The network this project grew from: a blog's hand-written NumPy network and its two bugs.

The blog's step is kept verbatim (its line numbers are reported): run as written it
raises (``hidden.T`` of a 1-D array is the array itself); with that line fixed it
computes S'(S(z)) where the chain rule needs S'(z). `run_blog` tells the whole story:
the generated kernels' backprop checked by finite differences, the crash, the diagnosis,
and the corrected step.

Example::

    >>> from verifier.nn.blog import run_blog
    >>> report = run_blog()
    >>> report.crash.line, report.diagnosis.cause
    (11, 'derivative applied to the activation')
"""

from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from verifier import kernels
from verifier.nn.diagnose import Diagnosis, diagnose
from verifier.nn.gradcheck import GradcheckResult, gradcheck
from verifier.nn.mlp import MLP

BLOG_INPUT = np.array([0.5, 0.7, 0.9])
BLOG_TARGET = np.array([0.1, 0.8])
BLOG_LR = 0.05
BLOG_SEED = 0


def blog_initial_weights(seed: int = BLOG_SEED) -> tuple[np.ndarray, np.ndarray]:
    """W1 (3, 4) then W2 (4, 2), drawn from np.random.default_rng(seed).uniform(-1, 1)."""
    rng = np.random.default_rng(seed)
    return rng.uniform(-1.0, 1.0, (3, 4)), rng.uniform(-1.0, 1.0, (4, 2))


# The blog's code as it was published (its line numbers are reported): not reformatted.
# fmt: off
def blog_train_step(input_data, target, W1, W2, learning_rate):
    """The blog's code, verbatim; it updates W1 and W2 in place (or raises)."""
    def sigmoid(x): return 1 / (1 + np.exp(-x))
    def derivative_sigmoid(x):
        fx = sigmoid(x)
        return fx * (1 - fx)
    hidden = sigmoid(np.dot(input_data, W1))
    predicted = sigmoid(np.dot(hidden, W2))
    error = target - predicted
    d_predicted = error * derivative_sigmoid(predicted)
    error_hidden = d_predicted.dot(W2.T)
    d_hidden = error_hidden * derivative_sigmoid(hidden)
    W2 += hidden.T.dot(d_predicted) * learning_rate
    W1 += input_data.reshape((3,1)).dot(d_hidden.reshape((1,4))) * learning_rate


def blog_train_step_crash_fixed(input_data, target, W1, W2, learning_rate):
    """The blog's code with only the crashing line fixed (np.outer); the derivative bug stays."""
    def sigmoid(x): return 1 / (1 + np.exp(-x))
    def derivative_sigmoid(x):
        fx = sigmoid(x)
        return fx * (1 - fx)
    hidden = sigmoid(np.dot(input_data, W1))
    predicted = sigmoid(np.dot(hidden, W2))
    error = target - predicted
    d_predicted = error * derivative_sigmoid(predicted)
    error_hidden = d_predicted.dot(W2.T)
    d_hidden = error_hidden * derivative_sigmoid(hidden)
    W2 += np.outer(hidden, d_predicted) * learning_rate
    W1 += input_data.reshape((3,1)).dot(d_hidden.reshape((1,4))) * learning_rate


def blog_train_step_corrected(input_data, target, W1, W2, learning_rate):
    """The blog's step corrected: S' of the pre-activation, by the proved kernel; outer products."""
    sigmoid, sigmoid_prime = kernels.sigmoid, kernels.sigmoid_prime
    z_hidden = np.dot(input_data, W1)
    hidden = sigmoid(z_hidden)
    z_predicted = np.dot(hidden, W2)
    predicted = sigmoid(z_predicted)
    error = target - predicted                                  # = -dL/dpredicted
    d_predicted = error * sigmoid_prime(z_predicted)            # S'(z), not S'(S(z))
    error_hidden = d_predicted.dot(W2.T)
    d_hidden = error_hidden * sigmoid_prime(z_hidden)
    W2 += np.outer(hidden, d_predicted) * learning_rate         # (4,) x (2,) -> (4, 2)
    W1 += np.outer(input_data, d_hidden) * learning_rate        # (3,) x (4,) -> (3, 4)
# fmt: on


def _body(fn: Callable[..., Any]) -> tuple[list[str], int]:
    """fn's body (after the def and docstring) as lines, and the file line of the first."""
    try:
        lines, start = inspect.getsourcelines(fn)
    except (OSError, TypeError):
        return [], 0
    skip = next(k for k, line in enumerate(lines) if line.strip().endswith('"""')) + 1
    return [line.rstrip()[4:] for line in lines[skip:]], start + skip


@dataclass(frozen=True)
class BlogCrash:
    """Where the blog's code raised, and why."""

    error: str
    line: int  # 1-based, counting the lines of the blog's code as listed by `blog_source`
    statement: str
    file_line: int
    cause: str
    fix: str


@dataclass(frozen=True)
class BlogReport:
    """The blog's network: its crash, its (crash-fixed) gradient, the diagnosis, the correction."""

    seed: int
    gradcheck: GradcheckResult
    crash: BlogCrash | None
    diagnosis: Diagnosis
    blog_gradients: tuple[np.ndarray, ...]  # -(update) / lr: the blog's dL/dW
    true_gradients: tuple[np.ndarray, ...]
    corrected_weights: tuple[np.ndarray, ...]
    loss_before: float
    loss_after_blog: float
    loss_after_corrected: float


def blog_source(fn: Callable[..., Any] = blog_train_step) -> list[str]:
    """The blog's code (or a variant's), one string a line, as the report lists it."""
    return _body(fn)[0]


def blog_net(W1: np.ndarray, W2: np.ndarray) -> MLP:
    return MLP([W1, W2], activation="sigmoid")


def run_blog_crash(seed: int = BLOG_SEED) -> BlogCrash | None:
    """Run the blog's step as written; None if it does not raise."""
    W1, W2 = blog_initial_weights(seed)
    try:
        blog_train_step(BLOG_INPUT.copy(), BLOG_TARGET.copy(), W1, W2, BLOG_LR)
    except ValueError as exc:
        frame = next(
            f
            for f in reversed(traceback.extract_tb(exc.__traceback__))
            if f.name == blog_train_step.__name__
        )
        _, first = _body(blog_train_step)
        lineno = frame.lineno or 0
        return BlogCrash(
            error=f"{type(exc).__name__}: {exc}",
            line=lineno - first + 1,
            statement=(frame.line or "").strip(),
            file_line=lineno,
            cause=(
                "hidden has shape (4,): a 1-D array. For a 1-D array .T returns the array "
                "unchanged, so hidden.T.dot(d_predicted) is a dot product of a (4,) vector "
                "with a (2,) vector, which NumPy rejects. The update of W2 (4, 2) needs "
                "the outer product of hidden and d_predicted."
            ),
            fix="W2 += np.outer(hidden, d_predicted) * learning_rate",
        )
    return None


def run_blog(seed: int = BLOG_SEED) -> BlogReport:
    """The whole story of the blog's network for initial weights drawn with ``seed``."""
    W1, W2 = blog_initial_weights(seed)
    net = blog_net(W1, W2)
    check = gradcheck(net, BLOG_INPUT, BLOG_TARGET)
    crash = run_blog_crash(seed)

    # The blog adds lr * G to W, with G built from error = target - predicted: gradient
    # descent, so G = -dL/dW. Compare -G with dL/dW.
    B1, B2 = W1.copy(), W2.copy()
    blog_train_step_crash_fixed(BLOG_INPUT.copy(), BLOG_TARGET.copy(), B1, B2, BLOG_LR)
    blog_grads = (-(B1 - W1) / BLOG_LR, -(B2 - W2) / BLOG_LR)
    diagnosis = diagnose(list(blog_grads), net, BLOG_INPUT, BLOG_TARGET)
    true_W, _ = net.gradients(BLOG_INPUT, BLOG_TARGET)

    C1, C2 = W1.copy(), W2.copy()
    blog_train_step_corrected(BLOG_INPUT.copy(), BLOG_TARGET.copy(), C1, C2, BLOG_LR)
    return BlogReport(
        seed=seed,
        gradcheck=check,
        crash=crash,
        diagnosis=diagnosis,
        blog_gradients=blog_grads,
        true_gradients=tuple(true_W),
        corrected_weights=(C1, C2),
        loss_before=net.loss(BLOG_INPUT, BLOG_TARGET),
        loss_after_blog=blog_net(B1, B2).loss(BLOG_INPUT, BLOG_TARGET),
        loss_after_corrected=blog_net(C1, C2).loss(BLOG_INPUT, BLOG_TARGET),
    )

"""n-class softmax, log-softmax and cross-entropy with gradient p - t.

Oracles: 60-digit mpmath written here from the definitions p_i = e^(z_i)/sum_j e^(z_j)
and C = -sum_i t_i log p_i, central finite differences of the loss, torch autograd
where torch imports, the two-class kernel pair of ``softmax-cross-entropy``, and the
trusted checker for the identity between the derived softmax and the stable form.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest
import sympy

from verifier.kernels import (
    categorical_cross_entropy,
    categorical_cross_entropy_grad,
    log_softmax,
    softmax,
    softmax_cross_entropy,
    softmax_cross_entropy_prime,
)
from verifier.proof.checker import PROVED, CheckContext, check_equal
from verifier.proof.conditions import Facts
from verifier.proof.model import load_shipped

EPS = 2.0**-52


def _digits(row) -> int:
    # p = 1 - 1e-300 needs 300 digits to have a correct log: 60 plus the spread's.
    spread = float(np.max(row) - np.min(row)) if np.isfinite(row).all() else 0.0
    return 60 + int(spread / 2.3)


def _ref_softmax(row):
    with mpmath.workdps(_digits(row)):
        exps = [mpmath.exp(mpmath.mpf(float(z))) for z in row]
        total = mpmath.fsum(exps)
        return [e / total for e in exps]


def _ref_log_softmax(row):
    with mpmath.workdps(_digits(row)):
        return [mpmath.log(p) for p in _ref_softmax(row)]


def _ref_cross_entropy(row, target):
    with mpmath.workdps(_digits(row)):
        logs = _ref_log_softmax(row)
        return mpmath.fsum(-mpmath.mpf(float(t)) * lp for lp, t in zip(logs, target, strict=True))


def _ulp(got: float, ref) -> float:
    unit = float(np.spacing(abs(np.float64(float(ref)))))
    return float(abs(mpmath.mpf(got) - ref) / unit)


def _logits(rng: np.random.Generator, rows: int, n: int) -> np.ndarray:
    # Spreads from 1e-3 to 1e3: near ties, ordinary rows, and rows whose small classes
    # have probabilities down in the subnormal range.
    scale = 10.0 ** rng.uniform(-3, 3, size=(rows, 1))
    return rng.normal(size=(rows, n)) * scale + rng.uniform(-1e3, 1e3, size=(rows, 1))


@pytest.mark.parametrize("n", [2, 3, 10])
def test_softmax_within_4_ulp_of_mpmath(n):
    z = _logits(np.random.default_rng(n), 300, n)
    p = softmax(z)
    worst = max(
        _ulp(g, r)
        for row, got in zip(z, p, strict=True)
        for g, r in zip(got, _ref_softmax(row), strict=True)
    )
    assert worst <= 4, worst
    np.testing.assert_allclose(p.sum(axis=-1), 1.0, rtol=0, atol=n * EPS)


@pytest.mark.parametrize("n", [2, 3, 10])
def test_log_softmax_within_4_ulp_of_mpmath(n):
    z = _logits(np.random.default_rng(10 + n), 300, n)
    got = log_softmax(z)
    worst = 0.0
    for row, values in zip(z, got, strict=True):
        refs = _ref_log_softmax(row)
        worst = max(worst, *(_ulp(g, r) for g, r in zip(values, refs, strict=True)))
    assert worst <= 4, worst


@pytest.mark.parametrize("n", [2, 3, 10])
def test_cross_entropy_within_4_ulp_of_mpmath(n):
    rng = np.random.default_rng(20 + n)
    z = _logits(rng, 300, n)
    one_hot = np.eye(n)[rng.integers(0, n, 150)]
    soft = rng.dirichlet(np.ones(n), 150)
    t = np.concatenate([one_hot, soft])
    got = categorical_cross_entropy(z, t)
    worst = max(_ulp(g, _ref_cross_entropy(row, tr)) for g, row, tr in zip(got, z, t, strict=True))
    assert worst <= 4, worst


@pytest.mark.parametrize("n", [2, 3, 10])
def test_gradient_is_p_minus_t_within_2_eps(n):
    rng = np.random.default_rng(30 + n)
    z = _logits(rng, 300, n)
    t = rng.dirichlet(np.ones(n), 300)
    got = categorical_cross_entropy_grad(z, t)
    for row, tr, values in zip(z, t, got, strict=True):
        with mpmath.workdps(60):
            refs = [p - mpmath.mpf(float(ti)) for p, ti in zip(_ref_softmax(row), tr, strict=True)]
        # Absolute accuracy: p - t cancels where p ~ t (as the two-class kernel says).
        assert max(abs(mpmath.mpf(g) - r) for g, r in zip(values, refs, strict=True)) <= 2 * EPS


def test_gradient_matches_central_finite_differences():
    rng = np.random.default_rng(5)
    z = rng.normal(size=(20, 4)) * 3
    t = rng.dirichlet(np.ones(4), 20)
    h = 1e-6
    fd = np.empty_like(z)
    for i in range(4):
        step = np.zeros(4)
        step[i] = h
        fd[:, i] = (
            categorical_cross_entropy(z + step, t) - categorical_cross_entropy(z - step, t)
        ) / (2 * h)
    np.testing.assert_allclose(categorical_cross_entropy_grad(z, t), fd, rtol=0, atol=1e-8)


def test_gradient_matches_torch_autograd():
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(6)
    z = rng.normal(size=(50, 7)) * 5
    t = rng.dirichlet(np.ones(7), 50)
    tz = torch.tensor(z, dtype=torch.float64, requires_grad=True)
    loss = torch.nn.functional.cross_entropy(tz, torch.tensor(t), reduction="sum")
    loss.backward()
    np.testing.assert_allclose(categorical_cross_entropy(z, t).sum(), loss.item(), rtol=1e-13)
    np.testing.assert_allclose(
        categorical_cross_entropy_grad(z, t), tz.grad.numpy(), rtol=0, atol=1e-15
    )
    np.testing.assert_allclose(softmax(z), torch.softmax(torch.tensor(z), -1).numpy(), rtol=1e-14)


def test_two_classes_agree_with_the_two_class_kernels():
    # Logits (z, 0): the n-class loss is the two-class kernel's, and so is its gradient.
    rng = np.random.default_rng(7)
    z = rng.uniform(-50, 50, 500)
    t = rng.uniform(0, 1, 500)
    logits = np.stack([z, np.zeros_like(z)], axis=-1)
    targets = np.stack([t, 1 - t], axis=-1)
    np.testing.assert_allclose(
        categorical_cross_entropy(logits, targets), softmax_cross_entropy(z, t), rtol=4 * EPS
    )
    np.testing.assert_allclose(
        categorical_cross_entropy_grad(logits, targets)[:, 0],
        softmax_cross_entropy_prime(z, t),
        rtol=0,
        atol=2 * EPS,
    )


def test_extreme_logits_neither_overflow_nor_raise():
    z = np.array(
        [[1e308, -1e308, 0.0], [-1e308, -1e308, -1e308], [800.0, 0.0, -800.0], [5e-324, 0.0, -0.0]]
    )
    t = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1 / 3, 1 / 3, 1 / 3]])
    with np.errstate(all="raise"):
        p = softmax(z)
        loss = categorical_cross_entropy(z, t)
        grad = categorical_cross_entropy_grad(z, t)
        log_p = log_softmax(z)
    assert p[0].tolist() == [1.0, 0.0, 0.0] and loss[0] == 0.0
    np.testing.assert_allclose(p[1], 1 / 3, rtol=EPS)  # all equal: uniform, no 0/0
    assert loss[2] == 1600.0 and log_p[2, 2] == -1600.0  # though p_3 underflows to 0
    assert log_p[0, 1] == -np.inf  # log p = -2e308, beyond the floats
    np.testing.assert_allclose(loss[3], np.log(3), rtol=EPS)
    assert np.isfinite(grad).all()


def test_infinities_and_nan():
    p = softmax([[np.inf, 0.0, np.inf], [-np.inf, 0.0, 1.0], [np.nan, 0.0, 1.0]])
    assert p[0].tolist() == [0.5, 0.0, 0.5]
    assert p[1][0] == 0.0 and np.isclose(p[1].sum(), 1.0)
    assert np.isnan(p[2]).all()
    # A zero target on a -inf logit contributes nothing (t log p -> 0).
    assert categorical_cross_entropy([-np.inf, 0.0], [0.0, 1.0]) == 0.0


def test_axis_dtype_and_shape():
    rng = np.random.default_rng(8)
    z = rng.normal(size=(3, 5, 4))
    np.testing.assert_array_equal(
        softmax(z, axis=1), np.moveaxis(softmax(np.moveaxis(z, 1, -1)), -1, 1)
    )
    assert softmax(z.astype(np.float32)).dtype == np.float32
    assert categorical_cross_entropy(z.astype(np.float32), softmax(z)).dtype == np.float32
    assert categorical_cross_entropy(z, softmax(z)).shape == (3, 5)
    assert softmax([1, 2, 3]).dtype == np.float64
    with pytest.raises(TypeError):
        softmax(["a", "b"])
    with pytest.raises(ValueError):
        softmax(1.0)


def test_the_stable_form_is_proved_equal_to_the_derived_softmax():
    # The kernel computes e^(z_i - m)/sum_j e^(z_j - m) for m = max z; for any m it is the
    # derivation's P, and the checker proves it (three classes, as the derivation).
    (d,) = [d for d in load_shipped() if d.id == "softmax-cross-entropy-n"]
    a, b, c = (d.symbols[s] for s in "abc")
    m = sympy.Symbol("m", real=True)
    derived = Facts(d.hypotheses, d.defines).unfold(d.claim[1]) + d.symbols["t"]
    assert derived == sympy.exp(a) / (sympy.exp(a) + sympy.exp(b) + sympy.exp(c))
    stable = sympy.exp(a - m) / (sympy.exp(a - m) + sympy.exp(b - m) + sympy.exp(c - m))
    verdict = check_equal(derived, stable, CheckContext(Facts()))
    assert verdict.status == PROVED, verdict.reason
    wrong = sympy.exp(a - m) / (1 + sympy.exp(b - m) + sympy.exp(c - m))  # only for m = a
    assert check_equal(derived, wrong, CheckContext(Facts())).status != PROVED

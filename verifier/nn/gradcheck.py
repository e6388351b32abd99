"""Backprop of an `MLP` against central finite differences of its own loss.

`gradcheck` perturbs every parameter, weights and biases, and compares the backprop
gradient with a fourth-order central difference. For your own network and your own
hand-written gradients, see `verifier.nn.gradients.check_gradients`.

Example::

    >>> import numpy as np
    >>> from verifier.nn.mlp import MLP
    >>> from verifier.nn.gradcheck import gradcheck
    >>> rng = np.random.default_rng(0)
    >>> net = MLP([rng.uniform(-1, 1, (3, 4)), rng.uniform(-1, 1, (4, 2))])
    >>> gradcheck(net, [0.5, 0.7, 0.9], [0.1, 0.8]).passed
    True
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from verifier.nn.errors import GradcheckInputError
from verifier.nn.mlp import MLP

EPS = float(np.finfo(np.float64).eps)


@dataclass(frozen=True)
class GradcheckResult:
    """Every parameter's backprop gradient against a central finite difference of the loss.

    An entry passes when |backprop - fd| <= rtol * max(|backprop|, |fd|), or when the
    difference is within the finite difference's own rounding noise (for gradients that are
    zero up to rounding). ``worst_rel_error`` is |backprop - fd| / max(|backprop|, |fd|,
    noise / rtol), so passing is exactly ``worst_rel_error <= rtol``.
    """

    n_params: int
    worst_rel_error: float
    worst_param: str
    worst_backprop: float
    worst_fd: float
    per_array: tuple[tuple[str, float], ...]
    rtol: float
    loss: str
    method: str

    @property
    def passed(self) -> bool:
        return self.worst_rel_error <= self.rtol


FD_METHOD = "fourth-order central difference, h = eps**(1/5) * max(1, |w|) per parameter"


def _named_params(net: MLP) -> list[tuple[str, np.ndarray]]:
    named = [(f"W{i + 1}", W) for i, W in enumerate(net.weights)]
    named += [(f"b{i + 1}", b) for i, b in enumerate(net.biases or [])]
    return named


def gradcheck(net: MLP, X: Any, T: Any, loss: str = "mse", rtol: float = 1e-7) -> GradcheckResult:
    """Check ``net.gradients(X, T, loss)`` against finite differences of ``net.loss``.

    The finite difference is (-L(w+2h) + 8 L(w+h) - 8 L(w-h) + L(w-2h)) / 12h, whose
    truncation error is O(h^4): with the plain two-point formula the truncation and rounding
    errors meet near 1e-8 relative, too close to the 1e-7 we hold backprop to.
    """
    if not isinstance(net, MLP):
        raise GradcheckInputError(f"net: expected an MLP, got {type(net).__name__}")
    if not (rtol > 0 and math.isfinite(rtol)):
        raise GradcheckInputError(f"rtol: must be a positive number, got {rtol!r}")
    dWs, dbs = net.gradients(X, T, loss)
    analytic = dWs + (dbs or [])
    worst = (-1.0, "", 0.0, 0.0)
    per_array = []
    n = 0
    for (name, P), G in zip(_named_params(net), analytic, strict=True):
        array_worst = 0.0
        for idx in np.ndindex(P.shape):
            w = float(P[idx])
            h = EPS**0.2 * max(1.0, abs(w))
            h = (w + h) - w  # a step that is exact in float64, so w +- h are the points we mean
            values = []
            for k in (2.0, 1.0, -1.0, -2.0):
                P[idx] = w + k * h
                values.append(net.loss(X, T, loss))
            P[idx] = w
            fd = (-values[0] + 8.0 * values[1] - 8.0 * values[2] + values[3]) / (12.0 * h)
            # The rounding noise of that quotient: a few eps of the loss, amplified by 18/12h.
            noise = 8.0 * EPS * max(1.0, max(abs(v) for v in values)) / h
            a = float(G[idx])
            err = abs(a - fd) / max(abs(a), abs(fd), noise / rtol)
            array_worst = max(array_worst, err)
            if err > worst[0]:
                worst = (err, f"{name}[{', '.join(map(str, idx))}]", a, fd)
            n += 1
        per_array.append((name, array_worst))
    net.forward(X)  # leave the cached activations those of the unperturbed parameters
    return GradcheckResult(
        n_params=n,
        worst_rel_error=worst[0],
        worst_param=worst[1],
        worst_backprop=worst[2],
        worst_fd=worst[3],
        per_array=tuple(per_array),
        rtol=rtol,
        loss=loss,
        method=FD_METHOD,
    )

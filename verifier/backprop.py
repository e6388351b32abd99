"""A small multilayer perceptron whose activations are the proved kernels.

This is where the kernels that `codegen` writes from proved derivations meet a
network. It is kept micrograd-small on purpose: one class, a forward pass that
remembers what the backward pass needs, and a backward pass that is a loop.

Each activation is a pair (forward, derivative), as micrograd pairs an op with
its ``_backward``. The derivative kernel is always evaluated on the layer's
*pre-activation* z (stored per layer by `forward`), never on the activation
a = S(z): S'(z) is computed by the proved kernel ``sigmoid_prime``, not as
``a * (1 - a)``, because ``S * (1 - S)`` is exactly 0 in float64 for z > 36.7
although S'(40) = 4.2e-18. Feeding the activation to the derivative kernel
(computing S'(S(z))) is the bug `gradcheck.diagnose` names "derivative applied
to the activation".

The loss is summed over the batch (not averaged):

* ``"mse"``: L = 0.5 * sum((forward(X) - T) ** 2)
* ``"cross-entropy"`` (sigmoid output only): L = sum(softplus(z) - T * z), the
  numerically stable form of -sum(T log y + (1 - T) log(1 - y)) with y = S(z),
  whose gradient at the output pre-activation is y - T.

Example::

    >>> import numpy as np
    >>> from verifier.backprop import MLP
    >>> net = MLP([np.full((3, 4), 0.1), np.full((4, 2), -0.2)])
    >>> dWs, dbs = net.gradients(np.array([0.5, 0.7, 0.9]), np.array([0.1, 0.8]))
    >>> [dW.shape for dW in dWs], dbs
    ([(3, 4), (4, 2)], None)
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

import numpy as np

from verifier import kernels

LOSSES = ("mse", "cross-entropy")

Kernel = Callable[..., Any]


class BackpropInputError(ValueError):
    """Bad input to the network: shapes that do not chain, non-finite numbers, unknown names."""


@dataclass(frozen=True)
class Activation:
    """An activation and its derivative kernel, the derivative taken at the pre-activation z."""

    name: str
    forward: Kernel
    derivative: Kernel

    @property
    def provenance(self) -> dict[str, Any] | None:
        """Where the derivative kernel comes from (derivation id, sha256), if it was generated."""
        return getattr(self.derivative, "provenance", None)


def resolve_activation(activation: str | tuple[Kernel, Kernel] | Activation) -> Activation:
    """A registry name ("sigmoid") or a (forward, derivative) pair of kernels, as an Activation."""
    if isinstance(activation, Activation):
        return activation
    if isinstance(activation, str):
        pair = kernels.KERNELS.get(activation)
        if pair is None:
            known = ", ".join(sorted(kernels.KERNELS))
            raise BackpropInputError(f"activation: unknown name {activation!r} (known: {known})")
        return Activation(activation, pair[0], pair[1])
    if isinstance(activation, tuple | list) and len(activation) == 2:
        forward, derivative = activation
        for role, fn in (("forward", forward), ("derivative", derivative)):
            if not callable(fn):
                raise BackpropInputError(
                    f"activation: the {role} kernel is not callable: {type(fn).__name__}"
                )
        name = getattr(forward, "__name__", "custom")
        return Activation(name, forward, derivative)
    raise BackpropInputError(
        "activation: expected a kernel name or a (forward, derivative) pair, "
        f"got {type(activation).__name__}"
    )


def _finite_array(value: Any, what: str) -> np.ndarray:
    try:
        arr = np.array(value, dtype=np.float64)  # a copy: the network owns its parameters
    except (TypeError, ValueError) as exc:
        raise BackpropInputError(f"{what}: not an array of numbers ({exc})") from None
    if not np.all(np.isfinite(arr)):
        raise BackpropInputError(f"{what}: contains nan or inf")
    return arr


class MLP:
    """A fully connected network, the same activation on every layer (the output included).

    ``weights[l]`` has shape (n_in, n_out) so a layer is ``z = a @ W + b``;
    ``biases`` is None (no biases, like the blog's network) or one vector per layer.
    """

    def __init__(
        self,
        weights: Sequence[Any],
        biases: Sequence[Any] | None = None,
        activation: str | tuple[Kernel, Kernel] | Activation = "sigmoid",
    ) -> None:
        if len(weights) == 0:
            raise BackpropInputError("weights: need at least one layer")
        self.weights = [_finite_array(W, f"weights[{i}]") for i, W in enumerate(weights)]
        for i, W in enumerate(self.weights):
            if W.ndim != 2:
                raise BackpropInputError(f"weights[{i}]: expected a 2-D array, got shape {W.shape}")
            if i and W.shape[0] != self.weights[i - 1].shape[1]:
                raise BackpropInputError(
                    f"weights[{i}]: shape {W.shape} does not chain with weights[{i - 1}] of "
                    f"shape {self.weights[i - 1].shape} (need {self.weights[i - 1].shape[1]} rows)"
                )
        self.biases: list[np.ndarray] | None = None
        if biases is not None:
            if len(biases) != len(self.weights):
                raise BackpropInputError(
                    f"biases: {len(biases)} vectors for {len(self.weights)} layers"
                )
            self.biases = [_finite_array(b, f"biases[{i}]") for i, b in enumerate(biases)]
            for i, (b, W) in enumerate(zip(self.biases, self.weights, strict=True)):
                if b.shape != (W.shape[1],):
                    raise BackpropInputError(
                        f"biases[{i}]: shape {b.shape}, expected ({W.shape[1]},) to match "
                        f"weights[{i}] of shape {W.shape}"
                    )
        self.activation = resolve_activation(activation)
        # Filled by forward(): the inputs of each layer (a[0] = X) and the pre-activations.
        self._a: list[np.ndarray] = []
        self._z: list[np.ndarray] = []

    @property
    def shape(self) -> tuple[int, ...]:
        return (self.weights[0].shape[0], *(W.shape[1] for W in self.weights))

    def parameters(self) -> list[np.ndarray]:
        """Weights then biases, the arrays themselves (updating them updates the network)."""
        return self.weights + (self.biases or [])

    def _inputs(self, X: Any) -> tuple[np.ndarray, bool]:
        X = np.asarray(X, dtype=np.float64)
        n_in = self.weights[0].shape[0]
        if X.ndim not in (1, 2) or X.shape[-1] != n_in:
            raise BackpropInputError(
                f"X: shape {X.shape}, expected ({n_in},) or (batch, {n_in}) for a network "
                f"of shape {self.shape}"
            )
        if not np.all(np.isfinite(X)):
            raise BackpropInputError("X: contains nan or inf")
        return (X[None, :], True) if X.ndim == 1 else (X, False)

    def _targets(self, T: Any, batch: int, vector: bool, loss: str) -> np.ndarray:
        if loss not in LOSSES:
            raise BackpropInputError(f"loss: unknown {loss!r} (known: {', '.join(LOSSES)})")
        if loss == "cross-entropy" and self.activation.forward is not kernels.sigmoid:
            raise BackpropInputError(
                "loss: 'cross-entropy' needs the sigmoid output (activation 'sigmoid'), "
                f"got {self.activation.name!r}"
            )
        T = np.asarray(T, dtype=np.float64)
        n_out = self.weights[-1].shape[1]
        expected = (n_out,) if vector else (batch, n_out)
        if T.shape != expected:
            raise BackpropInputError(f"T: shape {T.shape}, expected {expected} to match the output")
        if not np.all(np.isfinite(T)):
            raise BackpropInputError("T: contains nan or inf")
        if loss == "cross-entropy" and (T.min() < 0 or T.max() > 1):
            raise BackpropInputError("T: cross-entropy targets must lie in [0, 1]")
        return T.reshape(batch, n_out)

    def forward(self, X: Any) -> np.ndarray:
        """The output for X of shape (batch, n_in) or (n_in,); remembers each layer's z."""
        A, vector = self._inputs(X)
        f = self.activation.forward
        self._a = [A]
        self._z = []
        for i, W in enumerate(self.weights):
            z = A @ W
            if self.biases is not None:
                z += self.biases[i]
            A = f(z)
            self._z.append(z)
            self._a.append(A)
        return A[0] if vector else A

    def loss(self, X: Any, T: Any, loss: str = "mse") -> float:
        """The loss of the current parameters on (X, T), summed over the batch."""
        Y = self.forward(X)
        vector = Y.ndim == 1
        T = self._targets(T, 1 if vector else Y.shape[0], vector, loss)
        if loss == "mse":
            return 0.5 * float(np.sum((self._a[-1] - T) ** 2))
        z = self._z[-1]
        # softplus(z) - T*z: log(1 + e^z) without overflow, no log of a rounded 1 - y.
        return float(np.sum(np.logaddexp(0.0, z) - T * z))

    def gradients(
        self, X: Any, T: Any, loss: str = "mse"
    ) -> tuple[list[np.ndarray], list[np.ndarray] | None]:
        """(dL/dW per layer, dL/db per layer or None) for the loss summed over the batch."""
        self.forward(X)
        A_out = self._a[-1]
        vector = np.asarray(X).ndim == 1
        T = self._targets(T, A_out.shape[0], vector, loss)
        dprime = self.activation.derivative
        # For cross-entropy, d/dz of softplus(z) - T*z is S(z) - T: no derivative kernel needed.
        delta = (A_out - T) * dprime(self._z[-1]) if loss == "mse" else A_out - T
        n = len(self.weights)
        dWs: list[np.ndarray] = [np.empty(0)] * n
        dbs: list[np.ndarray] | None = [np.empty(0)] * n if self.biases is not None else None
        for i in range(n - 1, -1, -1):
            dWs[i] = self._a[i].T @ delta
            if dbs is not None:
                dbs[i] = delta.sum(axis=0)
            if i:
                # The derivative at the pre-activation z of the layer below, never at its output.
                delta = (delta @ self.weights[i].T) * dprime(self._z[i - 1])
        return dWs, dbs

    def step(self, X: Any, T: Any, lr: float, loss: str = "mse") -> None:
        """One step of gradient descent: every parameter p -= lr * dL/dp."""
        dWs, dbs = self.gradients(X, T, loss)
        for W, dW in zip(self.weights, dWs, strict=True):
            W -= lr * dW
        if self.biases is not None and dbs is not None:
            for b, db in zip(self.biases, dbs, strict=True):
                b -= lr * db

    def train(
        self,
        X: Any,
        T: Any,
        lr: float,
        epochs: int,
        progress: Callable[[int, int, float], None] | None = None,
        loss: str = "mse",
    ) -> list[float]:
        """``epochs`` full-batch steps; returns the loss before each step and after the last.

        ``progress(epoch, epochs, loss)`` is called after every step (see `text_progress`).
        """
        if epochs < 0:
            raise BackpropInputError(f"epochs: must be >= 0, got {epochs}")
        history = [self.loss(X, T, loss)]
        for epoch in range(1, epochs + 1):
            self.step(X, T, lr, loss)
            history.append(self.loss(X, T, loss))
            if progress is not None:
                progress(epoch, epochs, history[-1])
        return history


def text_progress(
    stream: TextIO | None = None, width: int = 30
) -> Callable[[int, int, float], None]:
    """A progress callback for `MLP.train` that redraws one text line: [#####     ] 50/100 loss."""
    out = stream if stream is not None else sys.stderr
    last = [-1]

    def show(epoch: int, epochs: int, loss: float) -> None:
        filled = width * epoch // max(epochs, 1)
        if filled == last[0] and epoch != epochs:
            return  # redraw only when the bar moves: a bar per step would dominate small nets
        last[0] = filled
        bar = "#" * filled + " " * (width - filled)
        out.write(f"\r[{bar}] {epoch}/{epochs} loss {loss:.6g}")
        if epoch == epochs:
            out.write("\n")
        out.flush()

    return show

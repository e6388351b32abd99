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
(computing S'(S(z))) is the bug `verifier.nn.diagnose` names "derivative applied
to the activation".

The loss is summed over the batch (not averaged):

* ``"mse"``: L = 0.5 * sum((forward(X) - T) ** 2)
* ``"cross-entropy"`` (sigmoid output only): L = sum(softplus(z) - T * z), the
  numerically stable form of -sum(T log y + (1 - T) log(1 - y)) with y = S(z),
  whose gradient at the output pre-activation is y - T.

Example::

    >>> import numpy as np
    >>> from verifier.nn.mlp import MLP
    >>> net = MLP([np.full((3, 4), 0.1), np.full((4, 2), -0.2)])
    >>> dWs, dbs = net.gradients(np.array([0.5, 0.7, 0.9]), np.array([0.1, 0.8]))
    >>> [dW.shape for dW in dWs], dbs
    ([(3, 4), (4, 2)], None)
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

import numpy as np

from verifier import kernels
from verifier.kernels import runtime as kernels_runtime
from verifier.nn.errors import BackpropInputError

LOSSES = ("mse", "cross-entropy")
_F64 = np.dtype(np.float64)

Kernel = Callable[..., Any]


# Computes f(z) into ``out`` and f'(z) into ``out_prime`` from one evaluation.
Fused = Callable[[np.ndarray, np.ndarray, np.ndarray], None]


@dataclass(frozen=True)
class Activation:
    """An activation and its derivative kernel, the derivative taken at the pre-activation z.

    ``fused``, when there is one, computes both in one pass for the training step (see
    `fused_pair`); it is None for a pair given by hand, which is then called as given.
    """

    name: str
    forward: Kernel
    derivative: Kernel
    fused: Fused | None = None
    # Both kernels take ``out=`` (the generated ones do), so results can go into buffers.
    # Looked up once here: inspect.signature costs as much as a small layer.
    accepts_out: bool = field(init=False)

    def __post_init__(self) -> None:
        both = _accepts_out(self.forward) and _accepts_out(self.derivative)
        object.__setattr__(self, "accepts_out", both)

    @property
    def provenance(self) -> dict[str, Any] | None:
        """Where the derivative kernel comes from (derivation id, sha256), if it was generated."""
        return getattr(self.derivative, "provenance", None)


def _accepts_out(fn: Kernel) -> bool:
    if isinstance(fn, np.ufunc):
        return True
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return "out" in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


def _sigmoid_with_prime(z: np.ndarray, out: np.ndarray, out_prime: np.ndarray) -> None:
    """S(z) into ``out`` and S'(z) into ``out_prime``, from one exp and 7 cheap passes.

    With e = exp(-|z|) in (0, 1] and d = 1 + e in (1, 2]:

    * S(z) = 1/d for z >= 0 and e/d for z < 0 (S(z) = 1/(1 + e^-z), times e^z/e^z for
      z < 0), that is max(e, [z >= 0])/d: e <= 1 <= max, and e >= 0 = [z >= 0] for z < 0;
    * S'(z) = e/d**2 (S' = S (1 - S) = S(z) S(-z) = (1/d)(e/d) for either sign: S' is
      even), computed as (e/d)/d.

    Nothing cancels, nothing overflows (e <= 1, d >= 1), and e underflows (|z| > 708)
    to exactly what S(-|z|) and S' are then; the result is measured against the
    generated kernels and 60-digit mpmath over the whole float64 line by
    tests/nn/test_mlp.py. The cancellation that makes a (1 - a) wrong for z > 36.7
    (exactly 0, while S'(40) = 4.2e-18) cannot happen: 1 - S is never formed.
    """
    if (
        kernels_runtime._machine_on
        and z.dtype == np.float64
        and z.flags.c_contiguous
        and out.flags.c_contiguous
        and out_prime.flags.c_contiguous
        and (pair := _machine_pair()) is not None
    ):
        # The same operations, element by element in C (_machine.c): the same bits,
        # in one pass over memory instead of eight.
        pair(z, out, out_prime)
        return
    # The runtime's per-thread scratch buffers (a fresh 256 kB array is page-faulted
    # in on every call); no kernel runs between here and the last use.
    e, positive = (b.reshape(z.shape) for b in kernels_runtime._scratch("fb", z.size, _F64))
    kernels_runtime.neg_abs(z.reshape(-1), e.reshape(-1))
    token = kernels_runtime._quiet_enter()  # exp(-|z|) underflows for |z| > 708: not an error
    try:
        np.exp(e, out=e)
    finally:
        kernels_runtime._quiet_exit(token)
    np.add(e, 1.0, out=out)  # d
    np.divide(e, out, out=out_prime)  # e/d = S(-|z|)
    np.divide(out_prime, out, out=out_prime)  # e/d**2 = S'(z)
    np.greater_equal(z, 0.0, out=positive)
    np.maximum(e, positive, out=e)  # 1 where z >= 0, e where z < 0
    np.divide(e, out, out=out)  # S(z)


@functools.cache
def _machine_pair() -> Callable[..., None] | None:
    """The C routine of the pass (verifier/kernels/_machine.c), where it is built and the
    C library's exp gives NumPy's bits; else None (decided once a process)."""
    from verifier.kernels import program

    agrees = program._machine is not None and "exp" in program._agreeing()
    return program._machine.sigmoid_pair if agrees else None


# Fused (f, f') for a registered activation, keyed by its forward kernel: a generated
# ``<name>_with_prime`` kernel wins over these (see `fused_pair`).
_FUSED: dict[Any, Fused] = {}
if hasattr(kernels, "sigmoid"):
    _FUSED[kernels.sigmoid] = _sigmoid_with_prime


def fused_pair(name: str, forward: Kernel) -> Fused | None:
    """The one-pass (f, f') of a registered activation, if one is known."""
    generated = getattr(kernels, f"{name}_with_prime", None)
    if callable(generated):
        return generated
    return _FUSED.get(forward)


def resolve_activation(activation: str | tuple[Kernel, Kernel] | Activation) -> Activation:
    """A registry name ("sigmoid") or a (forward, derivative) pair of kernels, as an Activation."""
    if isinstance(activation, Activation):
        return activation
    if isinstance(activation, str):
        pair = kernels.KERNELS.get(activation)
        if pair is None:
            known = ", ".join(sorted(kernels.KERNELS))
            raise BackpropInputError(f"activation: unknown name {activation!r} (known: {known})")
        return Activation(activation, pair[0], pair[1], fused_pair(activation, pair[0]))
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


class _Workspace:
    """Buffers for one batch size: per layer z, a = f(z), f'(z), the error sent back, dW."""

    def __init__(self, batch: int, weights: list[np.ndarray]) -> None:
        self.z = [np.empty((batch, W.shape[1])) for W in weights]
        self.a = [np.empty((batch, W.shape[1])) for W in weights]
        self.g = [np.empty((batch, W.shape[1])) for W in weights]
        self.back = [np.empty((batch, W.shape[0])) for W in weights[1:]]
        self.dW = [np.empty_like(W) for W in weights]


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
            if W.ndim != 2 or W.size == 0:
                raise BackpropInputError(
                    f"weights[{i}]: expected a non-empty 2-D array, got shape {W.shape}"
                )
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
        self._workspaces: dict[int, _Workspace] = {}
        self._g_ready = False

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
        # X is checked for nan and inf in _forward, on the first layer's z (8x smaller here).
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

    def _workspace(self, batch: int) -> _Workspace:
        # Fresh arrays of this size cost more than the arithmetic on them (a new 800 kB
        # gradient is page-faulted in on every step), so a step writes into buffers kept
        # per batch size. Measured: benchmarks/backprop.py.
        ws = self._workspaces.get(batch)
        if ws is None:
            ws = _Workspace(batch, self.weights)
            self._workspaces = {batch: ws}  # one batch size at a time: train() repeats one
        return ws

    def _forward(self, A: np.ndarray, with_derivative: bool = False) -> np.ndarray:
        """Y for the batch A; with_derivative: also f'(z) per layer into the workspace's g,
        where the activation has a fused pass (``self._g_ready`` says whether it did)."""
        ws = self._workspace(A.shape[0])
        f, out_ok = self.activation.forward, self.activation.accepts_out
        # The training step needs f(z) and f'(z) of the same z: one fused pass where the
        # activation has one (one exp instead of two for the sigmoid).
        fused = self.activation.fused if with_derivative else None
        self._g_ready = fused is not None
        self._a = [A]
        self._z = ws.z
        for i, W in enumerate(self.weights):
            z = np.matmul(A, W, out=ws.z[i])
            # Every entry of a row of X reaches every z of that row, and nan or inf times any
            # weight is not finite: a finite z[0] proves X finite without reading X again
            # (a full check of a 256 x 784 batch cost 4% of a training step).
            if i == 0 and not np.isfinite(z.sum()) and not np.all(np.isfinite(A)):
                raise BackpropInputError("X: contains nan or inf")
            if self.biases is not None:
                np.add(z, self.biases[i], out=z)
            if fused is not None:
                fused(z, ws.a[i], ws.g[i])
                A = ws.a[i]
            else:
                A = f(z, out=ws.a[i]) if out_ok else f(z)
            self._a.append(A)
        return A

    def forward(self, X: Any) -> np.ndarray:
        """The output for X of shape (batch, n_in) or (n_in,); remembers each layer's z."""
        A, vector = self._inputs(X)
        Y = self._forward(A).copy()  # the caller's, not the workspace's next step
        return Y[0] if vector else Y

    def loss(self, X: Any, T: Any, loss: str = "mse") -> float:
        """The loss of the current parameters on (X, T), summed over the batch."""
        A, vector = self._inputs(X)
        Y = self._forward(A)
        T = self._targets(T, A.shape[0], vector, loss)
        if loss == "mse":
            return 0.5 * float(np.sum((Y - T) ** 2))
        z = self._z[-1]
        # softplus(z) - T*z: log(1 + e^z) without overflow, no log of a rounded 1 - y.
        return float(np.sum(np.logaddexp(0.0, z) - T * z))

    def _backprop(
        self, X: Any, T: Any, loss: str, into: _Workspace | None
    ) -> tuple[list[np.ndarray], list[np.ndarray] | None]:
        """The gradients, written into the workspace ``into`` or into new arrays."""
        A, vector = self._inputs(X)
        T = self._targets(T, A.shape[0], vector, loss)
        Y = self._forward(A, with_derivative=True)
        dprime, out_ok = self.activation.derivative, self.activation.accepts_out
        ws = self._workspace(A.shape[0])
        n = len(self.weights)

        def derivative(i: int) -> np.ndarray:
            """f'(z) of layer i, at its pre-activation z, never at its output."""
            if self._g_ready:
                return ws.g[i]
            z = self._z[i]
            return dprime(z, out=ws.g[i]) if out_ok else dprime(z)

        delta = Y - T
        if loss == "mse":
            delta *= derivative(n - 1)
        # (For cross-entropy, d/dz of softplus(z) - T*z is S(z) - T: no derivative needed.)
        dWs: list[np.ndarray] = [np.empty(0)] * n
        dbs: list[np.ndarray] | None = [np.empty(0)] * n if self.biases is not None else None
        for i in range(n - 1, -1, -1):
            dWs[i] = np.matmul(self._a[i].T, delta, out=None if into is None else into.dW[i])
            if dbs is not None:
                dbs[i] = delta.sum(axis=0)
            if i:
                back = np.matmul(delta, self.weights[i].T, out=ws.back[i - 1])
                back *= derivative(i - 1)
                delta = back
        return dWs, dbs

    def gradients(
        self, X: Any, T: Any, loss: str = "mse"
    ) -> tuple[list[np.ndarray], list[np.ndarray] | None]:
        """(dL/dW per layer, dL/db per layer or None) for the loss summed over the batch.

        The arrays are new, the caller's to keep.
        """
        return self._backprop(X, T, loss, into=None)

    def step(self, X: Any, T: Any, lr: float, loss: str = "mse") -> None:
        """One step of gradient descent: every parameter p -= lr * dL/dp."""
        batch = 1 if np.ndim(X) == 1 else len(X)
        dWs, dbs = self._backprop(X, T, loss, into=self._workspace(batch))
        for W, dW in zip(self.weights, dWs, strict=True):
            dW *= lr  # in the workspace buffer: no new array for lr * dW
            W -= dW
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

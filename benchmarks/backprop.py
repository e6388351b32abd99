"""Benchmark: one training step of a 784-128-10 sigmoid MLP on a batch of 256.

The step (forward, gradients, update) of `verifier.nn.mlp.MLP` with the generated
kernels is timed against the same network written in plain NumPy with the usual
hand-written sigmoid, ``1 / (1 + np.exp(-x))`` and ``a * (1 - a)``, measured in the same
run (min of repeats), and PyTorch CPU (float64, autograd) where installed. Target: the
MLP's ratio to plain NumPy <= 1.05.

Run:  python benchmarks/backprop.py [--repeats 200]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from verifier.nn.mlp import MLP

SHAPE = (784, 128, 10)
BATCH = 256
LR = 0.01
TARGET_RATIO = 1.05


def _data(seed: int = 0) -> tuple[list[np.ndarray], list[np.ndarray], np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    Ws = [rng.normal(0.0, n_in**-0.5, (n_in, n_out)) for n_in, n_out in itertools.pairwise(SHAPE)]
    bs = [np.zeros(n_out) for n_out in SHAPE[1:]]
    X = rng.uniform(0.0, 1.0, (BATCH, SHAPE[0]))
    T = np.eye(SHAPE[-1])[rng.integers(0, SHAPE[-1], BATCH)]
    return Ws, bs, X, T


def plain_numpy_step() -> Callable[[], None]:
    """The textbook NumPy step: sigmoid by hand, its derivative as a * (1 - a)."""
    Ws, bs, X, T = _data()
    p = [*Ws, *bs]  # W1, W2, b1, b2; updated in place through the list

    def step() -> None:
        h = 1.0 / (1.0 + np.exp(-(X @ p[0] + p[2])))
        y = 1.0 / (1.0 + np.exp(-(h @ p[1] + p[3])))
        d2 = (y - T) * y * (1.0 - y)
        d1 = (d2 @ p[1].T) * h * (1.0 - h)
        p[1] -= LR * (h.T @ d2)
        p[3] -= LR * d2.sum(axis=0)
        p[0] -= LR * (X.T @ d1)
        p[2] -= LR * d1.sum(axis=0)

    return step


def plain_numpy_generated_step() -> Callable[[], None]:
    """The textbook step calling the generated S and S' on z: the floor for any MLP using them."""
    from verifier.kernels import sigmoid, sigmoid_prime

    Ws, bs, X, T = _data()
    p = [*Ws, *bs]

    def step() -> None:
        z1 = X @ p[0] + p[2]
        h = sigmoid(z1)
        z2 = h @ p[1] + p[3]
        y = sigmoid(z2)
        d2 = (y - T) * sigmoid_prime(z2)
        d1 = (d2 @ p[1].T) * sigmoid_prime(z1)
        p[1] -= LR * (h.T @ d2)
        p[3] -= LR * d2.sum(axis=0)
        p[0] -= LR * (X.T @ d1)
        p[2] -= LR * d1.sum(axis=0)

    return step


def mlp_step() -> Callable[[], None]:
    Ws, bs, X, T = _data()
    net = MLP(Ws, bs, activation="sigmoid")
    return lambda: net.step(X, T, LR)


def handwritten_sigmoid(x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    r = np.negative(x, out=out)
    np.exp(r, out=r)
    r += 1.0
    return np.divide(1.0, r, out=r)


def handwritten_sigmoid_prime(x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    s = handwritten_sigmoid(x, out=out)
    s *= 1.0 - s
    return s


def mlp_handwritten_step() -> Callable[[], None]:
    """The MLP with the hand-written pair: separates the MLP's overhead from the kernels' cost."""
    Ws, bs, X, T = _data()
    net = MLP(Ws, bs, activation=(handwritten_sigmoid, handwritten_sigmoid_prime))
    return lambda: net.step(X, T, LR)


def torch_step() -> Callable[[], None] | None:
    try:
        import torch
    except ImportError:
        return None
    Ws, bs, X, T = _data()
    params = [torch.tensor(p, requires_grad=True) for p in (*Ws, *bs)]
    W1, W2, b1, b2 = params
    Xt, Tt = torch.tensor(X), torch.tensor(T)

    def step() -> None:
        y = torch.sigmoid(torch.sigmoid(Xt @ W1 + b1) @ W2 + b2)
        loss = 0.5 * ((y - Tt) ** 2).sum()
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= LR * p.grad
                p.grad = None

    return step


def best_time(step: Callable[[], None], repeats: int) -> float:
    for _ in range(5):
        step()  # warm up caches and BLAS threads
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        step()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args(argv)

    contenders = {
        "plain NumPy (baseline)": plain_numpy_step(),
        "verifier MLP": mlp_step(),
        "MLP, hand-written S, S'": mlp_handwritten_step(),
        "plain NumPy, generated S, S'": plain_numpy_generated_step(),
    }
    torch = torch_step()
    if torch is not None:
        contenders["PyTorch CPU autograd"] = torch
    # Interleave the contenders in rounds so drift in the machine's speed hits them all alike.
    times = {name: float("inf") for name in contenders}
    for _ in range(4):
        for name, step in contenders.items():
            times[name] = min(times[name], best_time(step, args.repeats // 4 or 1))

    base = times["plain NumPy (baseline)"]
    print(
        f"training step, {'-'.join(map(str, SHAPE))} sigmoid MLP, batch {BATCH}, float64, "
        f"min of {args.repeats} repeats"
    )
    print(f"{'implementation':<30} {'time (ms)':>10} {'ratio':>7}")
    for name, t in times.items():
        print(f"{name:<30} {t * 1e3:>10.3f} {t / base:>7.3f}")
    if torch is None:
        print("PyTorch: not installed")
    ratio = times["verifier MLP"] / base
    verdict = "within" if ratio <= TARGET_RATIO else "ABOVE"
    print(f"verifier MLP / plain NumPy = {ratio:.3f}, {verdict} the target {TARGET_RATIO}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

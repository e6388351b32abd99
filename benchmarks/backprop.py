"""Benchmark: one training step of a 784-128-10 sigmoid MLP on a batch of 256.

The step (forward, gradients, update) of `verifier.nn.mlp.MLP` with the generated
kernels is timed against the same network written in plain NumPy with the usual
hand-written sigmoid, ``1 / (1 + np.exp(-x))`` and ``a * (1 - a)``, measured in the same
run (interleaved rounds, min of repeats), and PyTorch CPU (float64, autograd) where installed. Target: the
MLP's ratio to plain NumPy <= 1.10.

The step is matmul-bound: what the MLP can add is the activations' cost. Plain NumPy
computes S' as a * (1 - a) from the forward pass (no exp, but exactly 0 for z > 36.7);
the MLP gets S and S' from one exp in a fused pass (`verifier.nn.mlp`), accurate
everywhere. BLAS and torch run on ``--threads`` threads (default 1): on a shared machine
a multithreaded matmul's time is mostly the other processes' load.

Run:  python benchmarks/backprop.py [--repeats 400] [--rounds 20] [--threads 1]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path


def _threads(argv: list[str]) -> str:
    """--threads N from argv, read before NumPy is imported (BLAS reads it at import)."""
    for k, arg in enumerate(argv):
        if arg == "--threads" and k + 1 < len(argv):
            return argv[k + 1]
        if arg.startswith("--threads="):
            return arg.split("=", 1)[1]
    return "1"


THREADS = _threads(sys.argv[1:])
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = THREADS

import numpy as np  # noqa: E402  (after the thread settings, which BLAS reads at import)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from verifier.nn.mlp import MLP  # noqa: E402

SHAPE = (784, 128, 10)
BATCH = 256
LR = 0.01
TARGET_RATIO = 1.10


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
    torch.set_num_threads(int(THREADS))
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


# On one thread, the process's CPU time: the time the step itself ran, not the time other
# processes on a shared machine held the core (wall-clock ratios varied by +-5% under load).
# On more threads, CPU time would add the threads up: wall-clock time then.
CLOCK = time.process_time if THREADS == "1" else time.perf_counter
CLOCK_NAME = "CPU time" if THREADS == "1" else "wall-clock time"


def best_time(step: Callable[[], None], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = CLOCK()
        step()
        best = min(best, CLOCK() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=400, help="steps timed per contender")
    parser.add_argument("--rounds", type=int, default=20, help="interleaved rounds")
    parser.add_argument("--threads", type=int, default=1, help="BLAS and torch threads")
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
    for step in contenders.values():
        for _ in range(5):
            step()  # warm up caches, buffers and BLAS
    # Interleave the contenders in short rounds so that drift in the machine's load (it is
    # shared) hits them alike, and keep each one's fastest step: the load only ever adds
    # time, so the minimum is the closest to the step's own cost.
    rounds = max(1, args.rounds)
    per_round = max(1, args.repeats // rounds)
    times = {name: float("inf") for name in contenders}
    for _ in range(rounds):
        for name, step in contenders.items():
            times[name] = min(times[name], best_time(step, per_round))

    base = times["plain NumPy (baseline)"]
    print(
        f"training step, {'-'.join(map(str, SHAPE))} sigmoid MLP, batch {BATCH}, float64, "
        f"min over {rounds} rounds of {per_round} steps, {THREADS} thread(s), {CLOCK_NAME}"
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

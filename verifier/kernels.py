"""TEMPORARY hand-written stand-in for the generated kernels (replaced by `verifier kernels --write`).

Imports NumPy only.
"""

from __future__ import annotations

import numpy as np


def sigmoid(x, out=None):
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))
    num = np.where(x >= 0, 1.0, e)
    return np.divide(num, 1.0 + e, out=out)


def sigmoid_prime(x, out=None):
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))
    return np.divide(e, (1.0 + e) ** 2, out=out)


def exp_prime(x, out=None):
    return np.exp(x, out=out)


def reciprocal_prime(f, df, out=None):
    f = np.asarray(f, dtype=float)
    return np.divide(-np.asarray(df, dtype=float), f * f, out=out)


KERNELS = {"sigmoid": (sigmoid, sigmoid_prime), "exp": (np.exp, exp_prime)}

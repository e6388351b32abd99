"""A float32 "mixed" fast body takes exp of -x or |x| in float32, from ``out``.

Rewrite "mixed-exp" (emit.py): in a body for float32 data only (``fast32`` of a
``float32="mixed"`` kernel), a sign change or |x| that only exp reads is written to the
float32 ``out`` (free until the result is written) and exp reads it from there
(``np.exp(out, f0, dtype=x.dtype)``), instead of going through a float64 buffer
that exp would cast back to float32. The bits must be those of NumPy's float32 exp of
-x followed by the float64 arithmetic, computed here with NumPy alone from the form as
written; a body that also sees float64 data keeps its float64 buffer.
"""

from __future__ import annotations

import inspect

import numpy as np
import sympy

from verifier.kernels import ALL_KERNELS, generated, runtime
from verifier.kernels.emit import emit_kernel

X = sympy.Symbol("x", real=True)


def _namespace(source: str) -> dict:
    namespace = {"np": np, "_rt": runtime}
    exec(compile(source, "<emitted>", "exec"), namespace)  # our own emitted source
    return namespace


def _float32_data(n: int = 20_000, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-90, 90, n)
    x[:7] = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-40, -1e-40]
    return x.astype(np.float32)


def test_a_float32_only_body_takes_the_sign_change_as_exps_argument():
    form = sympy.exp(-X) / (1 + sympy.exp(-X))
    source = emit_kernel(
        "k", ("x",), form, symbols={"x": X}, doc="d", fast32=form, float32="mixed", fast=form
    )
    fast32 = source[source.index("def _k_fast32") :]
    fast32 = fast32[: fast32.index("\n\n")]
    assert "np.negative(x, out)" in fast32
    assert "np.exp(out, f0, dtype=x.dtype)" in fast32
    fast = source[source.index("def _k_fast(") :]
    fast = fast[: fast.index("\n\n")]
    assert "np.negative(x, f0)" in fast  # float64 data too: no temporary
    k = _namespace(source)["k"]
    values = _float32_data()
    got = k(values)
    assert got.dtype == np.float32
    with np.errstate(all="ignore"):
        e = np.exp(-values).astype(np.float64)  # NumPy's float32 exp, then float64
        expected = (e / (1 + e)).astype(np.float32)
        # Where e overflows (x < -88.7) the fast form gives nan; the form recomputes it.
        wide = np.exp(-values.astype(np.float64))
        redone = (wide / (1 + wide)).astype(np.float32)
    ok = np.isfinite(e)
    assert np.array_equal(got[ok], expected[ok], equal_nan=True)
    assert np.array_equal(got[~ok], redone[~ok], equal_nan=True)


def test_abs_read_by_exp_alone_goes_to_out_and_one_read_twice_does_not():
    once = sympy.exp(sympy.Abs(X)) / (1 + sympy.exp(sympy.Abs(X)))
    twice = sympy.exp(sympy.Abs(X)) + sympy.Abs(X)
    source_once = emit_kernel(
        "k", ("x",), once, symbols={"x": X}, doc="d", fast32=once, float32="mixed", fast=once
    )
    assert "np.abs(x, out)" in source_once[source_once.index("def _k_fast32") :]
    values = _float32_data(seed=2)
    got = _namespace(source_once)["k"](values)
    with np.errstate(all="ignore"):
        e = np.exp(np.abs(values)).astype(np.float64)
        expected = (e / (1 + e)).astype(np.float32)
    finite = np.isfinite(e)
    assert finite.sum() > 10_000
    assert np.array_equal(got[finite], expected[finite])
    # |x| read by exp and by the sum: it stays in a buffer (it is needed twice).
    with_sum = emit_kernel(
        "k", ("x",), twice, symbols={"x": X}, doc="d", fast32=twice, float32="mixed", fast=twice
    )
    fast32 = with_sum[with_sum.index("def _k_fast32") :]
    assert "out)" not in fast32[: fast32.index("np.add")]
    got = _namespace(with_sum)["k"](values)
    with np.errstate(all="ignore"):
        t = np.abs(values).astype(np.float64)
        expected = (np.exp(np.abs(values)).astype(np.float64) + t).astype(np.float32)
    finite = np.isfinite(expected)
    assert np.array_equal(got[finite], expected[finite])


def test_log_sigmoid_float32_is_its_form_with_exp_in_float32_and_the_rest_in_float64():
    source = inspect.getsource(generated._log_sigmoid_fast32)
    assert "np.negative(x, out)" in source and "np.exp(out, f0, dtype=x.dtype)" in source
    values = _float32_data(seed=3)
    got = ALL_KERNELS["log_sigmoid"](values)
    assert got.dtype == np.float32
    with np.errstate(all="ignore"):
        q = np.exp(-values).astype(np.float64)  # Q = e^-x by NumPy's float32 exp
        # v = 1 + Q rounded once to float32 (specs._log_one_plus_32), its log2 by
        # NumPy's float32 log2; the rounding error of v in float64.
        v = (1 + q).astype(np.float32)
        wide = v.astype(np.float64)
        expected = (((wide - 1) - q) / wide - np.log2(v) * np.log(2.0)).astype(np.float32)
    ok = np.isfinite(q) & ~np.isnan(values)
    assert ok.sum() > 15_000
    assert np.array_equal(got[ok], expected[ok])
    # Where Q overflows (x < -88.72) the accurate form in float64 takes over: log S(x) = x.
    low = values < -89
    assert low.any()
    assert np.array_equal(got[low], values[low])


def test_in_place_and_overlapping_calls_are_not_spoiled_by_the_early_write_to_out():
    # The fast body writes -x to out before it reads x's exp: the runtime must never hand
    # it an out that is (or overlaps) its input. Small (one body run) and chunked calls.
    kernel = ALL_KERNELS["log_sigmoid"]
    for n in (100, 3 * runtime.CHUNK + 7):
        values = _float32_data(n, seed=n)
        expected = kernel(values.copy())
        in_place = values.copy()
        assert kernel(in_place, out=in_place) is in_place
        assert np.array_equal(in_place, expected, equal_nan=True)
        shifted = np.concatenate([values, values[:1]])
        out = shifted[1:]  # overlaps the input one element further on
        kernel(shifted[:-1], out=out)
        assert np.array_equal(out, expected, equal_nan=True)

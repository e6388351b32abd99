"""The hand-written runtime every generated kernel calls into; imports NumPy only.

A generated kernel (see ``verifier/kernels/emit.py``) is a chunk body: a straight-line
sequence of NumPy ufunc calls that write into preallocated scratch buffers. This
module does everything around that body, once, for every kernel:

* coercion: lists, scalars and arrays of any shape; bool and integer input is
  promoted to float64, float16 to float32; float32 stays float32; complex,
  strings and objects raise ``TypeError`` naming the kernel;
* ``out=``: checked (``TypeError`` for a wrong type or dtype, ``ValueError`` for a
  wrong shape or a read-only array) and returned;
* the chunk loop: the body runs on slices of ``CHUNK`` elements so its several
  passes stay in the L2 cache, with scratch buffers kept per thread and reused
  across calls (a fresh ``np.empty`` of that size costs page faults on every call);
* a split of large arrays across two threads (NumPy releases the GIL inside ufunc
  loops).

Scalar and 0-d input give a NumPy scalar of the result dtype (``np.float64`` or
``np.float32``), as a ufunc does; an ``out=`` argument is always what is returned.

>>> import numpy as np
>>> from verifier.kernels.runtime import apply
>>> def body(x, out, f0):
...     np.multiply(x, 2.0, out=out)
>>> apply("double", body, ([1, 2],), None, scratch="f")
array([2., 4.])
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

__all__ = ["CHUNK", "THREADED_CHUNK", "THREADED_MIN", "apply", "neg_abs"]

# Chosen by measurement (benchmarks/kernels.py, 2-core Sapphire Rapids VM): a body of
# 5-6 passes is fastest when each pass touches ~128 KiB per buffer (L2-resident);
# 4096-element chunks lose ~30% to the ~0.25 us call overhead of every ufunc.
CHUNK = 16384
# Below this, handing half the work to a second thread loses: on the measured VM a
# sleeping thread takes ~33 us to wake, which is most of a 1e5-element sigmoid.
THREADED_MIN = 400_000
# Share of the work the calling thread keeps: the worker starts late by one wake-up.
MAIN_SHARE = 0.5
# The two threads contend for the GIL between ufunc calls, and every contended hand-off
# costs a wake-up; larger chunks mean fewer hand-offs (measured best at 65536).
THREADED_CHUNK = 65536

_SIGN_BIT = {np.dtype(np.float64): np.int64(-(2**63)), np.dtype(np.float32): np.int32(-(2**31))}
_INT_VIEW = {np.dtype(np.float64): np.int64, np.dtype(np.float32): np.int32}

_local = threading.local()
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def neg_abs(x: np.ndarray, out: np.ndarray) -> np.ndarray:
    """``out = -|x|`` in one pass, by setting the sign bit (exact, also for nan and inf).

    ``np.negative(np.abs(x))`` takes two passes and ``np.copysign(x, -1)`` is not
    vectorised; an integer OR is both one pass and SIMD. Below ~4096 elements the two
    views and the scalar conversion cost more than the second pass saves.
    """
    if x.shape[0] < 4096:
        np.abs(x, out=out)
        return np.negative(out, out=out)
    ints = _INT_VIEW[x.dtype]
    np.bitwise_or(x.view(ints), _SIGN_BIT[x.dtype], out=out.view(ints))
    return out


def _coerce(name: str, arg: object) -> np.ndarray:
    """One argument as a float32/float64 array, or the TypeError that names the kernel."""
    try:
        array = np.asarray(arg)
    except (TypeError, ValueError) as exc:  # ragged lists and the like
        raise TypeError(f"{name}: cannot convert {type(arg).__name__} to a float array") from exc
    kind = array.dtype.kind
    if kind == "f":
        if array.dtype.itemsize == 2:
            return array.astype(np.float32)
        if array.dtype.itemsize > 8:
            raise TypeError(f"{name}: {array.dtype} is not supported; use float32 or float64")
        return array
    if kind in "biu":
        return array.astype(np.float64)
    if kind == "c":
        # Deliberate: sigmoid and friends on the complex plane have poles, and silently
        # dropping the imaginary part would be wrong. Callers pass real parts explicitly.
        raise TypeError(f"{name}: complex input is not supported (got {array.dtype})")
    raise TypeError(f"{name}: expected real numbers, got {array.dtype} ({type(arg).__name__})")


def _check_out(name: str, out: object, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    if not isinstance(out, np.ndarray):
        raise TypeError(f"{name}: out must be a numpy.ndarray, got {type(out).__name__}")
    if out.dtype != dtype:
        raise TypeError(f"{name}: out has dtype {out.dtype}, expected {dtype}")
    if out.shape != shape:
        raise ValueError(f"{name}: out has shape {out.shape}, expected {shape}")
    if not out.flags.writeable:
        raise ValueError(f"{name}: out is read-only")
    return out


def _scratch(kinds: str, n: int) -> list[np.ndarray]:
    """Per-thread scratch buffers (``"f"``: float64, ``"b"``: bool) of length n."""
    cache = getattr(_local, "buffers", None)
    if cache is None:
        cache = _local.buffers = {}
    views = []
    for index, kind in enumerate(kinds):
        key = (kind, index)
        buffer = cache.get(key)
        if buffer is None or buffer.shape[0] < n:
            buffer = cache[key] = np.empty(max(n, CHUNK), np.float64 if kind == "f" else np.bool_)
        views.append(buffer[:n])
    return views


def _run(
    body: Callable[..., None], ins: Sequence[np.ndarray], out: np.ndarray, kinds: str, chunk: int
) -> None:
    """The chunk loop over flat, contiguous arrays."""
    n = out.shape[0]
    if n <= chunk:
        body(*ins, out, *_scratch(kinds, n))
        return
    buffers = _scratch(kinds, chunk)
    for start in range(0, n, chunk):
        stop = min(start + chunk, n)
        scratch = buffers if stop - start == chunk else [b[: stop - start] for b in buffers]
        body(*(a[start:stop] for a in ins), out[start:stop], *scratch)


def _get_pool() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="verifier-kernels")
        return _pool


def _forget_pool() -> None:
    # A forked child inherits the pool object but not its thread.
    global _pool
    _pool = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool)


def apply(
    name: str, body: Callable[..., None], args: Sequence[object], out: object, *, scratch: str
) -> np.ndarray | np.floating:
    """Run a generated chunk body elementwise over ``args`` (broadcast together).

    ``body(*inputs, out, *scratch_buffers)`` must compute its result elementwise into
    ``out`` and may only write to ``out`` and the scratch buffers; ``scratch`` gives one
    letter per scratch buffer, ``"f"`` for a float64 buffer and
    ``"b"`` for a bool mask. The body always sees float64 (see below).
    """
    arrays = [_coerce(name, a) for a in args]
    dtype = np.result_type(*arrays) if len(arrays) > 1 else arrays[0].dtype
    if len(arrays) > 1:
        try:
            shape = np.broadcast_shapes(*(a.shape for a in arrays))
        except ValueError as exc:
            raise ValueError(f"{name}: arguments do not broadcast: {exc}") from None
        arrays = [np.broadcast_to(a, shape) for a in arrays]
    else:
        shape = arrays[0].shape
    # float32 is computed in float64 and rounded once at the end: NumPy's float32 exp
    # alone is off by up to 2.4 ULP, which would push S' past 4 ULP. ravel copies only
    # what is not already contiguous float64.
    flat = [np.ravel(a.astype(np.float64, copy=False)) for a in arrays]

    result = np.empty(shape, dtype) if out is None else _check_out(name, out, shape, dtype)
    # Compute straight into the result unless it is float32, strided, or overlaps an
    # input other than exactly (partial overlap would let one chunk read what another
    # chunk already wrote).
    direct = (
        dtype == np.float64
        and result.flags.c_contiguous
        and not any(
            np.may_share_memory(result, a) and not _same_memory(result.reshape(-1), a) for a in flat
        )
    )
    target = result.reshape(-1) if direct else np.empty(result.size, np.float64)

    n = target.shape[0]
    if n >= THREADED_MIN:
        half = int(n * MAIN_SHARE)
        worker = _get_pool().submit(
            _run, body, [a[half:] for a in flat], target[half:], scratch, THREADED_CHUNK
        )
        _run(body, [a[:half] for a in flat], target[:half], scratch, THREADED_CHUNK)
        worker.result()
    elif n:
        _run(body, flat, target, scratch, CHUNK)

    if not direct:
        result[...] = target.reshape(shape)
    if out is None and result.ndim == 0:
        return result[()]
    return result


def _same_memory(a: np.ndarray, b: np.ndarray) -> bool:
    """True when a and b are the same elements in the same order (safe in-place use)."""
    return (
        a.shape == b.shape
        and a.strides == b.strides
        and a.__array_interface__["data"][0] == b.__array_interface__["data"][0]
    )

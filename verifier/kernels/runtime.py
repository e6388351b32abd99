"""The hand-written runtime every generated kernel calls into; imports NumPy only.

A generated kernel (see ``verifier/kernels/emit.py``) is a chunk body: a straight-line
sequence of NumPy ufunc calls that write into preallocated scratch buffers. This
module does everything around that body, once, for every kernel:

* coercion: lists, scalars and arrays of any shape; bool and integer input is
  promoted to float64, float16 to float32; float32 stays float32; complex,
  strings and objects raise ``TypeError`` naming the kernel;
* other arrays: a PyTorch tensor (CPU), a Dask array or any other Array API array
  (through ``array_api_compat``, imported only when such an array arrives) comes
  back as the same kind; a Dask array stays lazy, one kernel call per block;
* strict floating point: the body runs with NumPy's floating-point error handling
  set to ``ignore`` in every thread, so a caller's ``np.errstate(all="raise")`` sees
  no FloatingPointError and no RuntimeWarning (the forms are chosen so that
  an overflow, underflow or 0/0 inside them gives the right value: see specs.py);
* ``out=``: checked (``TypeError`` for a wrong type or dtype, ``ValueError`` for a
  wrong shape or a read-only array) and returned;
* float32: the body runs natively in float32 where its kernel's accuracy allows
  (``float32="native"``, measured <= 4 float32 ULP by tests/kernels), otherwise in
  float64 one chunk at a time (``float32="float64"``), never converting the whole
  array at once; with ``float32="form-native"`` the accurate body runs in float32 and
  the fast body only on float64 (a fast form whose float32 rounding is not accurate
  enough); with ``float32="fast-native"`` the fast body runs in float32 and the
  few elements it gives nan are recomputed by the accurate body in float64; with
  ``float32="mixed"`` the fast body reads the float32 data and writes the float32
  result, but its scratch buffers are float64: its exp runs in float32 (NumPy's SIMD
  loop, ~3x cheaper than float64's) and every other operation in float64, so only
  exp's own float32 error reaches the result (what it gives nan: as fast-native);
* the chunk loop: the body runs on slices of ``CHUNK`` elements so its several
  passes stay in the L2 cache, with scratch buffers kept per thread and reused
  across calls (a fresh ``np.empty`` of that size costs page faults on every call);
* two threads on large arrays, each claiming the next chunk until none is left
  (NumPy releases the GIL inside ufunc loops): from ``THREADED_MIN`` elements, or from
  a kernel's own ``threaded_min`` (an expensive kernel gains from the second thread
  at fewer elements; specs.py gives the measurement).

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

import functools
import itertools
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

__all__ = [
    "CHUNK",
    "THREADED_CHUNK",
    "THREADED_MIN",
    "THREADED_MIN_FLOOR",
    "Kernel",
    "apply",
    "constants",
    "neg_abs",
]

# Chosen by measurement (benchmarks/kernels.py, 2-core VM): a body of 5-6 passes is
# fastest when each pass touches ~128 KiB per buffer (L2-resident); 4096-element
# chunks lose ~30% to the ~0.25 us call overhead of every ufunc.
CHUNK = 16384
# From this size on, a second thread shares the chunks. The two threads claim chunks
# from one counter, so a worker that wakes late (~33 us on the measured VM) or not at
# all (the other core busy) only does less: the caller never waits for more than the
# chunk the worker is on. At 1e5 two threads measured no faster than one on the loaded
# 2-core VM for the cheap kernels (medians of 12 alternations; the GIL hand-offs
# between ufunc calls). The default of a kernel's ``threaded_min`` (see Kernel).
THREADED_MIN = 400_000
# The smallest threshold a kernel may ask for: below 4 chunks of CHUNK the threads have
# nothing to balance, and the hand-off costs more than half a small call.
THREADED_MIN_FLOOR = 4 * CHUNK
# The two threads contend for the GIL between ufunc calls, and every contended hand-off
# costs a wake-up; larger chunks mean fewer hand-offs (measured best at 65536).
THREADED_CHUNK = 65536
# Up to this many float64 elements, a kernel's passes run in C, block by block
# (program.py, _machine.c): the same bits without a ufunc dispatch per pass. Beyond it
# NumPy's passes are as fast (they are bound by the arithmetic, not the dispatch).
MACHINE_MAX = 1024

_SIGN_BIT = {np.dtype(np.float64): np.int64(-(2**63)), np.dtype(np.float32): np.int32(-(2**31))}
_INT_VIEW = {np.dtype(np.float64): np.int64, np.dtype(np.float32): np.int32}
_F64, _F32 = np.dtype(np.float64), np.dtype(np.float32)
_MINUS_ONE = {_F64: np.array(-1.0), _F32: np.array(-1.0, np.float32)}
# Python values that np.asarray turns into a NumPy array without any other library.
_NATIVE = (np.ndarray, np.generic, float, int, bool, list, tuple)

# A fast body and how many of the scratch buffers it takes (its buffers are all "f").
Fast = tuple[Callable[..., None], int]

# The machine's programs of a kernel: (fast, fallback, body), fast and fallback may be
# None. _PENDING: not traced yet (traced at the first call that could use them).
Programs = tuple[object, object, object]
_PENDING: object = object()
_machine_on = os.environ.get("VERIFIER_NATIVE", "1") != "0"


def _use_machine(on: bool = True) -> bool:
    """Run small float64 calls by the machine (when built) or, ``on=False``, by NumPy.

    Both give the same bits (tests/kernels/test_kernel_program.py); the tests run on both.
    True when the machine is in use afterwards. ``VERIFIER_NATIVE=0`` in the
    environment keeps NumPy from the start.
    """
    global _machine_on
    from verifier.kernels import program

    _machine_on = on and program._machine is not None
    return _machine_on


# How float32 data is computed (see Kernel).
FLOAT32_MODES = ("native", "float64", "form-native", "fast-native", "mixed")

_local = threading.local()
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


# -- strict floating point ----------------------------------------------------
#
# ``with np.errstate(all="ignore")`` costs ~1.2 us per call (it builds its state
# object each time): on a 100-element call that alone is as much as np.exp. NumPy 2
# keeps the state in a context variable; setting it to a state built once costs
# ~0.1 us. Where that private variable is missing, np.errstate is the fallback.
try:  # pragma: no branch
    from numpy._core._ufunc_config import _extobj_contextvar, _make_extobj

    def _flag(kind: str, code: int) -> None:
        _local.flagged = True

    # Nothing is reported to the caller; an overflow, x/0 or invalid operation (never
    # an underflow: a subnormal result is a result) marks the running chunk, so a
    # fast body's result is checked only where something happened (see _compute).
    _QUIET = _make_extobj(call=_flag, over="call", divide="call", invalid="call", under="ignore")

    # C callables, not Python functions: a Python frame each costs ~0.1 us of a
    # 100-element call.
    _quiet_enter: Callable[[], object] = functools.partial(_extobj_contextvar.set, _QUIET)
    _quiet_exit: Callable[[object], object] = _extobj_contextvar.reset  # type: ignore[assignment]

except (ImportError, AttributeError, TypeError):  # pragma: no cover - other NumPy versions

    def _flag(kind: str, code: int) -> None:
        _local.flagged = True

    def _quiet_enter() -> object:
        state = np.errstate(call=_flag, over="call", divide="call", invalid="call", under="ignore")
        state.__enter__()
        return state

    def _quiet_exit(token: object) -> None:
        token.__exit__(None, None, None)  # type: ignore[attr-defined]


def _compute(
    body: Callable[..., None],
    fast: Fast | None,
    ins: Sequence[np.ndarray],
    out: np.ndarray,
    buffers: list[np.ndarray],
    wide: str | None = None,
) -> None:
    """One chunk: the fast body, and the safe body for the elements it gave nan.

    A fast form is accurate wherever its value is not nan, and nan wherever it is not
    accurate (its overflow ends in inf/inf; see specs.py). The chunk runs under
    ``_quiet_enter``, which marks it when an overflow or invalid operation happens:
    only then are its nan results looked for, and recomputed by the safe body. The
    choice is made per element, never per chunk, so a result does not depend on which
    other elements share its call (a minibatch of 100 and the same rows inside a batch
    of 1e6 give the same bits). ``wide``, when given, is the safe body's scratch spec:
    it then runs in float64 on those elements (float32 data with ``fast-native``),
    rounded once into ``out``.
    """
    if fast is None:
        body(*ins, out, *buffers)
        return
    fast_body, n_scratch = fast
    (x,) = ins
    _local.flagged = False
    fast_body(x, out, *buffers[:n_scratch])
    if _local.flagged:
        _recompute(body, x, out, buffers, wide)


def _recompute(
    body: Callable[..., None],
    x: np.ndarray,
    out: np.ndarray,
    buffers: Sequence[np.ndarray],
    wide: str | None,
) -> None:
    """Recompute by the safe body the elements of out that the fast body gave nan."""
    where = _nan_positions(out)
    if where.shape[0]:
        _recompute_at(body, x, out, where, buffers, wide)


def _nan_positions(values: np.ndarray) -> np.ndarray:
    """The positions of the nan elements of a 1-d array (at most CHUNK elements).

    The mask goes to a per-thread buffer: a fresh one is an allocation and page faults
    on every chunk (measured: isnan + flatnonzero 14 us per 16384 elements, 7 reused).
    """
    mask = getattr(_local, "nan_mask", None)
    n = values.shape[0]
    if mask is None or mask.shape[0] < n:
        mask = _local.nan_mask = np.empty(max(n, CHUNK), np.bool_)
    view = mask[:n]
    np.isnan(values, out=view)
    # The mask's own nonzero(), not np.flatnonzero: the same positions of a 1-d mask
    # without its ravel and wrapper (measured 0.3 us against 1.6 us on 100 elements).
    return view.nonzero()[0]


def _recompute_at(
    body: Callable[..., None],
    x: np.ndarray,
    out: np.ndarray,
    where: np.ndarray,
    buffers: Sequence[np.ndarray],
    wide: str | None,
) -> None:
    """out[where] = the safe body at x[where] (at most as many as a buffer holds)."""
    k = where.shape[0]
    if wide is None:
        picked = np.ascontiguousarray(x[where])
        scratch = [b[:k] for b in buffers]
    else:
        picked = x[where].astype(_F64)
        scratch = _scratch(wide, k, _F64)
    fixed = np.empty_like(picked)
    body(picked, fixed, *scratch)
    out[where] = fixed


def _with_fallback(
    fallback: Callable[..., None], floats: int, body: Callable[..., None]
) -> Callable[..., None]:
    """A body that runs ``fallback`` and recomputes by ``body`` what it gave nan.

    The elements a fast body gives nan are few but their recomputation is a whole body
    call: ~40 ufunc calls for SiLU', ~60 us on one element. A fallback for where they
    usually are (SiLU''s zero) makes that ~17 calls; ``body`` then sees only the rest.
    The choice is per element, as everywhere here.
    """

    def run(x: np.ndarray, out: np.ndarray, *buffers: np.ndarray) -> None:
        # Run under _quiet_enter (as every body): a nan the fallback makes from a number
        # comes of an invalid operation, which marks the run. Unmarked, its only nan are
        # those of nan inputs, which every form maps to nan: no scan for them (~1 us).
        _local.flagged = False
        fallback(x, out, *buffers[:floats])
        if not _local.flagged:
            return
        where = _nan_positions(out)
        if where.shape[0]:
            k = where.shape[0]
            picked = np.ascontiguousarray(x[where])
            fixed = np.empty_like(picked)
            body(picked, fixed, *(b[:k] for b in buffers))
            out[where] = fixed

    return run


def neg_abs(x: np.ndarray, out: np.ndarray) -> np.ndarray:
    """``out = -|x|`` in one pass, by setting the sign bit (exact, also for nan and inf).

    ``np.negative(np.abs(x))`` takes two passes; an integer OR is both one pass and SIMD.
    Below ~1024 elements the two views cost more than that saves, and ``np.copysign``
    with a 0-d -1 of x's dtype (not vectorised, but one call, and a 0-d array operand
    skips the scalar conversion a Python float costs) is cheapest: 0.6 us against
    1.6 us for abs + negative on 100 elements.
    """
    n = x.shape[0]
    if n < 1024 or out.dtype != x.dtype:  # float32 x into a float64 buffer ("mixed")
        return np.copysign(x, _MINUS_ONE[x.dtype], out=out)
    ints = _INT_VIEW[x.dtype]
    np.bitwise_or(x.view(ints), _SIGN_BIT[x.dtype], out=out.view(ints))
    return out


def constants(*values: float) -> dict[str, tuple[np.ndarray, ...]]:
    """The values as read-only 0-d arrays of each working precision, by ``dtype.char``.

    A generated body reads its literals from here (``c0, c1 = table[out.dtype.char]``):
    a Python float operand costs NumPy a scalar conversion on every ufunc call (~0.3 us,
    a third of np.exp on 100 elements), a 0-d array of the operand's own dtype none. A
    0-d array of another dtype would not do: unlike a Python float it is not "weak"
    (NEP 50), so a float64 one would make a float32 body compute in float64. The
    float32 value is the float rounded to float32, as NumPy rounds a Python float
    operand of a float32 ufunc call (one beyond float32's range becomes inf, as there).
    """
    table = {}
    for dtype in (_F64, _F32):
        with np.errstate(over="ignore"):
            arrays = tuple(np.array(v, dtype) for v in values)
        for a in arrays:
            a.flags.writeable = False
        table[dtype.char] = arrays
    return table


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


def _scratch(kinds: str, n: int, dtype: np.dtype) -> list[np.ndarray]:
    """Per-thread scratch buffers (``"f"``: ``dtype``, ``"b"``: bool) of length n.

    The views themselves are kept per (kinds, n, dtype): slicing them afresh cost
    ~1 us per call, as much as the whole np.exp of a 100-element minibatch.
    """
    views_cache = getattr(_local, "views", None)
    if views_cache is None:
        views_cache = _local.views = {}
        _local.buffers = {}
    key = (kinds, n, dtype.char)
    views = views_cache.get(key)
    if views is not None:
        return views
    buffers = _local.buffers
    views = []
    for index, kind in enumerate(kinds):
        bkey = (kind, index, dtype.char)
        buffer = buffers.get(bkey)
        if buffer is None or buffer.shape[0] < n:
            buffer = buffers[bkey] = np.empty(max(n, CHUNK), dtype if kind == "f" else np.bool_)
            views_cache.clear()  # views of the replaced buffer must not be handed out
        views.append(buffer[:n])
    if len(views_cache) >= 256:  # many distinct sizes: keep the cache bounded
        views_cache.clear()
    views_cache[key] = views
    return views


def _run(
    body: Callable[..., None],
    ins: Sequence[np.ndarray],
    out: np.ndarray,
    kinds: str,
    chunk: int,
    work: np.dtype,
    fast: Fast | None = None,
    wide: str | None = None,
    claims: Iterator[int] | None = None,
    scratch_dtype: np.dtype | None = None,
) -> None:
    """The chunk loop over flat, contiguous arrays, computing in ``work`` precision.

    Where ``work`` differs from the arrays' dtype (float32 data computed in float64),
    each chunk is converted into scratch buffers of ``work`` and the result rounded
    once into ``out``: only a chunk is ever converted, never the whole array.
    ``wide``: see ``_compute``. ``claims``: chunk numbers shared with another thread
    (each ``next`` is atomic under the GIL, so each chunk is computed once); without
    it, every chunk in order. ``scratch_dtype``: the scratch buffers' dtype when it is
    not ``work`` (float64 buffers for float32 data, ``float32="mixed"``).

    The elements a fast body gives nan are recomputed by the safe body once, after the
    loop, for all chunks together: the safe body is many ufunc calls of ~0.5 us each,
    which per 16384-element chunk cost as much as ~10% of the chunk's own work.
    """
    token = _quiet_enter()  # per thread: a pool thread does not inherit the caller's state
    try:
        n = out.shape[0]
        convert = out.dtype != work or any(a.dtype != work for a in ins)
        if convert:
            kinds = kinds + "f" * (len(ins) + 1)
        size = min(n, chunk)
        buffers = _scratch(kinds, size, scratch_dtype or work)
        pending: list[np.ndarray] = []  # positions in out to recompute (fast bodies only)
        starts = range(0, n, chunk) if claims is None else (i * chunk for i in claims)
        for start in starts:
            if start >= n:
                break
            stop = min(start + chunk, n)
            scratch = buffers if stop - start == size else [b[: stop - start] for b in buffers]
            parts = [a[start:stop] for a in ins]
            if convert:
                *scratch, target = scratch
                widened = scratch[-len(ins) :]
                scratch = scratch[: -len(ins)]
                for src, dst in zip(parts, widened, strict=True):
                    np.copyto(dst, src)
                _compute(body, fast, widened, target, scratch)
                np.copyto(out[start:stop], target, casting="same_kind")
            elif fast is None:
                body(*parts, out[start:stop], *scratch)
            else:
                _local.flagged = False
                fast[0](parts[0], out[start:stop], *scratch[: fast[1]])
                if _local.flagged:
                    where = _nan_positions(out[start:stop])
                    if where.shape[0]:
                        pending.append(where + start)
        if pending:
            where = np.concatenate(pending)
            for i in range(0, where.shape[0], size):
                _recompute_at(body, ins[0], out, where[i : i + size], buffers, wide)
    finally:
        _quiet_exit(token)


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


class Kernel:
    """A generated kernel's bodies and options; ``kernel(args, out)`` runs them.

    ``body(*inputs, out, *scratch_buffers)`` must compute its result elementwise into
    ``out`` and may only write to ``out`` and the scratch buffers; ``scratch`` gives one
    letter per scratch buffer, ``"f"`` for a float buffer of the working precision and
    ``"b"`` for a bool mask. ``float32`` says how float32 data is computed: ``"native"``
    (the bodies see float32), ``"float64"`` (chunk by chunk in float64, rounded once),
    ``"form-native"`` (``body`` alone in float32: the fast body is for float64 only) or
    ``"fast-native"`` (the fast body in float32, the elements it gives nan by ``body``
    in float64) or ``"mixed"`` (the fast body on float32 data with float64 scratch
    buffers, the elements it gives nan by ``body`` in float64). ``fast`` is a cheaper
    body (one argument), as accurate as ``body`` wherever its result is not nan and nan
    wherever it is not accurate (``fast_scratch``: its float buffers, the first of
    ``scratch``); the elements it gives nan are recomputed by ``body`` (see
    ``_compute``). ``fast32`` (``fast32_scratch``: its float buffers), when given, is
    the fast body for float32 data, ``fast`` (if any) then being for float64 data only:
    a form whose nan guard is set for float32's precision, or a fast form that only
    pays where float32's exp is the cheap one. ``fallback`` (``fallback_scratch``), when
    given, is tried before ``body`` wherever ``body`` is called: a cheaper accurate
    body for the elements the fast bodies give nan, itself nan where it does not
    apply (those go to ``body``). ``threaded_min``: the number of elements from which
    a second thread shares the chunks (None: ``THREADED_MIN``, read at each call); an
    expensive kernel whose body releases the GIL for most of its time gains from the
    second thread at fewer elements than a cheap one (its spec says so, by measurement).
    The result is the same bits whichever number of threads computes it.
    Built once per kernel at import, so a call parses no options.
    """

    __slots__ = (
        "body",
        "fast",
        "float32",
        "machine",
        "name",
        "native32",
        "parts",
        "scratch",
        "scratch32",
        "threaded_min",
        "trial32",
        "wide32",
    )

    def __init__(
        self,
        name: str,
        body: Callable[..., None],
        *,
        scratch: str,
        float32: str = "native",
        fast: Callable[..., None] | None = None,
        fast_scratch: str = "",
        fast32: Callable[..., None] | None = None,
        fast32_scratch: str = "",
        fallback: Callable[..., None] | None = None,
        fallback_scratch: str = "",
        threaded_min: int | None = None,
    ) -> None:
        if float32 not in FLOAT32_MODES:
            raise ValueError(f"{name}: float32 must be one of {FLOAT32_MODES}, not {float32!r}")
        if float32 == "form-native" and fast is None:
            raise ValueError(f"{name}: float32='{float32}' needs a fast body")
        if float32 in ("fast-native", "mixed") and fast is None and fast32 is None:
            raise ValueError(f"{name}: float32='{float32}' needs a fast body")
        for spec in (fast_scratch, fast32_scratch, fallback_scratch):
            if spec.strip("f") or not scratch.startswith(spec):
                raise ValueError(f"{name}: fast scratch {spec!r} is not within {scratch!r}")
        if fast32 is not None and float32 not in ("fast-native", "mixed"):
            raise ValueError(f"{name}: a float32 fast body needs float32='fast-native' or 'mixed'")
        if threaded_min is not None and (
            type(threaded_min) is not int or threaded_min < THREADED_MIN_FLOOR
        ):
            raise ValueError(
                f"{name}: threaded_min must be an int >= {THREADED_MIN_FLOOR}, not {threaded_min!r}"
            )
        self.threaded_min = threaded_min
        # The bodies as written, for the machine's programs (traced at first use).
        self.parts = (body, scratch, fast, fast_scratch, fallback, fallback_scratch)
        self.machine: Programs | object | None = _PENDING
        if fallback is not None:
            body = _with_fallback(fallback, len(fallback_scratch), body)
        self.name, self.body, self.scratch, self.float32 = name, body, scratch, float32
        self.native32 = float32 == "native"
        # The float32 fast body's elements that it gives nan are recomputed in float64.
        self.wide32 = float32 in ("fast-native", "mixed")
        # The dtype of the scratch buffers for float32 data.
        self.scratch32 = _F64 if float32 == "mixed" else _F32
        self.fast: Fast | None = None if fast is None else (fast, len(fast_scratch))
        # The fast body as float32 data uses it (None: the accurate body alone).
        self.trial32: Fast | None = None if float32 == "form-native" else self.fast
        if fast32 is not None:
            self.trial32 = (fast32, len(fast32_scratch))

    def __call__(self, args: Sequence[object], out: object = None) -> object:
        if len(args) == 1:
            return self.one(args[0], out)
        return _general(self, args, out)

    def one(self, x: object, out: object = None) -> object:
        """A one-argument call (what a generated one-argument kernel makes)."""
        # The common minibatch call, a contiguous 1-D float array, is done here in a few
        # lines: each saves ~0.1 us of a 100-element call that np.exp itself does in ~1 us.
        if type(x) is not np.ndarray or x.ndim != 1:
            return _general(self, (x,), out)
        dtype = x.dtype
        n = len(x)
        if dtype is _F64:
            wide = None
            fast = self.fast
            work = dtype
        elif dtype is _F32 and self.float32 != "float64":
            wide = self.scratch if self.wide32 else None
            fast = self.trial32
            work = self.scratch32
        else:
            return _general(self, (x,), out)
        # flags.c_contiguous, not strides == itemsize: half the cost (~0.05 us).
        if not (0 < n <= CHUNK and x.flags.c_contiguous):
            return _general(self, (x,), out)
        if out is None:
            result = np.empty(n, dtype)
        elif (
            type(out) is np.ndarray
            and out.dtype is dtype
            and out.ndim == 1
            and len(out) == n
            and (flags := out.flags).c_contiguous
            and flags.writeable
            # Two arrays that each own their memory cannot overlap (cheaper than asking).
            and (
                (out.base is None and x.base is None and out is not x)
                or not np.may_share_memory(out, x)
            )
        ):
            result = out
        else:
            return _general(self, (x,), out)
        if n <= MACHINE_MAX and dtype is _F64 and _machine_on:
            # _machine_programs(self), inline: a call costs ~0.06 us of a 2 us call here.
            programs = self.machine
            if programs is _PENDING:
                programs = self.machine = _programs(self)
            if programs is not None:
                _run_machine(*programs, x, result)  # type: ignore[misc]
                return result
        if self.scratch:
            # _scratch's cache, looked up here without its call.
            views = getattr(_local, "views", None)
            buffers = None if views is None else views.get((self.scratch, n, work.char))
            if buffers is None:
                buffers = _scratch(self.scratch, n, work)
        else:
            buffers = ()
        token = _quiet_enter()
        try:
            if fast is None:
                self.body(x, result, *buffers)
            else:
                _local.flagged = False
                fast[0](x, result, *buffers[: fast[1]])
                if _local.flagged:
                    _recompute(self.body, x, result, buffers, wide)
        finally:
            _quiet_exit(token)
        return result


def _machine_programs(kernel: Kernel) -> Programs | None:
    """The kernel's programs, traced at the first call that asks (None: NumPy's passes)."""
    programs = kernel.machine
    if programs is _PENDING:
        programs = kernel.machine = _programs(kernel)
    return programs  # type: ignore[return-value]


def _programs(kernel: Kernel) -> Programs | None:
    """The kernel's bodies as the machine's programs, or None (NumPy's passes then)."""
    from verifier.kernels import program

    body, scratch, fast, fast_scratch, fallback, fallback_scratch = kernel.parts
    try:
        return (
            None if fast is None else program.trace(fast, fast_scratch),
            None if fallback is None else program.trace(fallback, fallback_scratch),
            program.trace(body, scratch),
        )
    except program.Untraceable:
        return None


def _run_machine(fast: object, fallback: object, body: object, x: np.ndarray, out: np.ndarray):
    from verifier.kernels import _machine

    global _run_machine
    _run_machine = _machine.run  # type: ignore[assignment]  # once imported, called directly
    _machine.run(fast, fallback, body, x, out)


def apply(
    name: str,
    body: Callable[..., None],
    args: Sequence[object],
    out: object,
    **options: object,
) -> object:
    """Run a chunk body elementwise over ``args`` (broadcast together): see ``Kernel``."""
    return Kernel(name, body, **options)(args, out)  # type: ignore[arg-type]


def _general(kernel: Kernel, args: Sequence[object], out: object) -> object:
    """Any call: coercion, broadcasting, out=, other arrays, chunks and threads."""
    name, body, scratch, float32 = kernel.name, kernel.body, kernel.scratch, kernel.float32
    for a in args:
        if not isinstance(a, _NATIVE):
            return _foreign(kernel, args, out)
    if len(args) == 1 and type(args[0]) is np.ndarray and args[0].dtype in (_F64, _F32):
        arrays = [args[0]]  # the common case, without the coercion's checks
    else:
        arrays = [_coerce(name, a) for a in args]
    if len(arrays) > 1:
        dtype = np.result_type(*arrays)
        try:
            shape = np.broadcast_shapes(*(a.shape for a in arrays))
        except ValueError as exc:
            raise ValueError(f"{name}: arguments do not broadcast: {exc}") from None
        arrays = [np.broadcast_to(a, shape).astype(dtype, copy=False) for a in arrays]
    else:
        dtype = arrays[0].dtype
        shape = arrays[0].shape
    work = _F64 if dtype == _F64 or float32 == "float64" else _F32
    # "mixed": float32 data, float64 scratch buffers (see Kernel).
    scratch_dtype = kernel.scratch32 if work is _F32 else work
    # fast-native float32: the safe body's elements in float64 (see _compute).
    wide = scratch if work is _F32 and kernel.wide32 else None
    # reshape(-1) copies only what is not contiguous (np.ravel does the same at ~1 us).
    flat = [a if a.ndim == 1 and a.flags.c_contiguous else a.reshape(-1) for a in arrays]

    trial = kernel.trial32 if work is _F32 else kernel.fast
    if trial is not None and len(flat) != 1:
        raise ValueError(f"{name}: a fast body is for one-argument kernels")
    if out is None:
        result = np.empty(shape, dtype)
        target = result if result.ndim == 1 else result.reshape(-1)
        direct = True
    else:
        result = _check_out(name, out, shape, dtype)
        # Compute straight into the result unless it is strided, or overlaps an input
        # other than exactly (partial overlap would let one chunk read what another
        # chunk already wrote); with a fast body not even exactly (it writes ``out``
        # before the safe body reads the input again where the fast one gave nan).
        direct = result.flags.c_contiguous and not any(
            np.may_share_memory(result, a)
            and (trial is not None or not _same_memory(result.reshape(-1), a))
            for a in flat
        )
        target = result.reshape(-1) if direct else np.empty(result.size, dtype)

    n = target.shape[0]
    # The module's THREADED_MIN is read here, not at import: it stays the one setting
    # for every kernel that does not name its own.
    threaded_min = kernel.threaded_min
    if n >= (THREADED_MIN if threaded_min is None else threaded_min):
        # At least 4 chunks, so that the threads can balance; at most THREADED_CHUNK.
        chunk = min(THREADED_CHUNK, max(CHUNK, -(-n // 4)))
        claims = itertools.count()
        worker = _get_pool().submit(
            _run, body, flat, target, scratch, chunk, work, trial, wide, claims, scratch_dtype
        )
        _run(body, flat, target, scratch, chunk, work, trial, wide, claims, scratch_dtype)
        # A worker that never started has nothing left to do: it is not waited for.
        if not worker.cancel():
            worker.result()
    elif n and work == dtype and n <= CHUNK:
        # A small call: one body run, no loop (the call overhead is what counts here).
        programs = (
            _machine_programs(kernel)
            if n <= MACHINE_MAX
            and dtype is _F64
            and _machine_on
            and len(flat) == 1
            and flat[0].flags.c_contiguous
            else None
        )
        if programs is not None:
            # target and flat[0] are the same elements or disjoint (see direct).
            _run_machine(*programs, flat[0], target)
        else:
            buffers = _scratch(scratch, n, scratch_dtype)
            token = _quiet_enter()
            try:
                _compute(body, trial, flat, target, buffers, wide)
            finally:
                _quiet_exit(token)
    elif n:
        _run(body, flat, target, scratch, CHUNK, work, trial, wide, None, scratch_dtype)

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


# -- other arrays ---------------------------------------------------------------


def _foreign(kernel: Kernel, args: Sequence[object], out: object) -> object:
    """A kernel call on arrays of another library: the same kind of array back.

    Dask: ``map_blocks`` (lazy; each block is a NumPy call). PyTorch: the tensor's
    memory is read through NumPy without a copy on the CPU (detached: the kernels
    compute values, they are not recorded by autograd) and the result is a tensor
    on the input's device. Any other Array API array: through ``np.asarray`` and
    back through its namespace's ``asarray``.
    """
    name = kernel.name
    try:
        import array_api_compat as compat
    except ImportError:  # pragma: no cover - a dependency of the package
        raise TypeError(f"{name}: {type(args[0]).__name__} input needs array-api-compat") from None

    def call(*blocks: object, out: object = None) -> object:
        return kernel(blocks, out)

    if any(compat.is_dask_array(a) for a in args):
        import dask.array as da

        if out is not None:
            raise TypeError(f"{name}: out= is not supported for Dask arrays (they are lazy)")
        operands = [a if compat.is_dask_array(a) else da.asarray(_coerce(name, a)) for a in args]
        dtype = np.result_type(*(_float_dtype(a.dtype) for a in operands))
        return da.map_blocks(_block_call(call, dtype), *operands, dtype=dtype)
    if any(compat.is_torch_array(a) for a in args):
        return _torch_call(name, call, args, out)
    if not all(compat.is_array_api_obj(a) or isinstance(a, _NATIVE) for a in args):
        bad = next(a for a in args if not isinstance(a, _NATIVE))
        raise TypeError(f"{name}: expected real numbers, got {type(bad).__name__}")
    if out is not None:
        raise TypeError(f"{name}: out= must be a numpy.ndarray; other arrays are returned new")
    first = next(a for a in args if not isinstance(a, _NATIVE))
    xp = compat.array_namespace(first)
    try:
        arrays = [np.asarray(a) for a in args]
    except (TypeError, ValueError, RuntimeError) as exc:  # e.g. device memory (CuPy)
        raise TypeError(f"{name}: cannot read {type(first).__name__} through NumPy: {exc}") from exc
    return xp.asarray(np.asarray(call(*arrays)))


def _float_dtype(dtype: object) -> np.dtype:
    # The result dtype of a kernel for input of this dtype (see _coerce).
    dtype = np.dtype(dtype)  # type: ignore[call-overload]
    if dtype.kind == "f" and dtype.itemsize <= 4:
        return _F32
    return _F64


def _block_call(call: Callable[..., object], dtype: np.dtype) -> Callable[..., object]:
    def block(*blocks: object) -> np.ndarray:
        # A 0-d block gives a NumPy scalar; map_blocks wants an array of the block's shape.
        return np.asarray(call(*blocks), dtype=dtype)

    return block


def _torch_call(name: str, call: Callable[..., object], args: Sequence[object], out: object):
    import torch

    device = next(a.device for a in args if isinstance(a, torch.Tensor))

    def as_numpy(a: object) -> object:
        if not isinstance(a, torch.Tensor):
            return a
        t = a.detach()
        if t.dtype in (torch.float16, torch.bfloat16):
            t = t.to(torch.float32)
        return t.cpu().numpy()

    arrays = [as_numpy(a) for a in args]
    if out is not None:
        if not isinstance(out, torch.Tensor) or out.device.type != "cpu":
            raise TypeError(f"{name}: out must be a CPU torch.Tensor for tensor input")
        call(*arrays, out=out.detach().numpy())
        return out
    return torch.from_numpy(np.asarray(call(*arrays))).to(device)

"""A generated kernel's bodies as programs of the C machine (verifier/kernels/_machine.c).

A generated body is a list of ufunc calls, one pass over the chunk each. On a call of
100 elements each pass costs ~0.5 us of NumPy's dispatch for ~0.1 us of arithmetic.
Here a body is run once on stand-in arrays (:class:`_Slot`) that record every ufunc
call and ``np.copyto`` made on them, in order: that record, encoded, is a program the
machine runs over blocks of 64 elements. It is the body itself that is traced, not a
second transcription of the kernel's form: the operations, operands, constants and
order are those of the NumPy passes, so the program computes the same bits (the
tests compare the two on every kernel).

Fail closed: a body that does anything else (another ufunc, a method, a Python branch
on the data, a second input) is not traced, and its kernel keeps its NumPy passes.
The machine's exp, expm1, log and log1p are the C library's: they are used only if
they give NumPy's bits on a probe set (see :func:`_agrees`).
"""

from __future__ import annotations

import inspect
import struct
from collections.abc import Callable

import numpy as np

try:
    from verifier.kernels import _machine
except ImportError:  # not built: no C compiler at install
    _machine = None

# The machine's opcodes, in _machine.c's order.
OPCODES = (
    "add",
    "subtract",
    "multiply",
    "divide",
    "negative",
    "absolute",
    "copysign",
    "sqrt",
    "exp",
    "expm1",
    "log",
    "log1p",
    "maximum",
    "minimum",
    "less",
    "less_equal",
    "greater",
    "greater_equal",
    "equal",
    "not_equal",
    "logical_and",
    "logical_or",
    "logical_not",
    "copy",
    "copy_where",
)
_CODE = {name: i for i, name in enumerate(OPCODES)}
# The ufuncs a body may call, by the opcode that computes them.
_UFUNCS = {getattr(np, name): name for name in OPCODES[:23]}
# The C library's functions, which must give NumPy's bits to be used (_agrees).
LIBRARY = ("exp", "expm1", "log", "log1p")

_F64 = np.dtype(np.float64)


class Untraceable(Exception):
    """The body does something the machine does not (its kernel keeps NumPy)."""


class _Slot:
    """A stand-in for one of a body's arrays: records what is computed into it."""

    __slots__ = ("tracer",)
    shape = (64,)
    ndim = 1
    size = 64
    dtype = _F64

    def __init__(self, tracer: _Tracer) -> None:
        self.tracer = tracer

    def __array_ufunc__(self, ufunc, method, *inputs, out=None, **kwargs):
        if method != "__call__" or kwargs:
            raise Untraceable(f"{ufunc.__name__}.{method} with {sorted(kwargs)}")
        return self.tracer.ufunc(ufunc, inputs, out)

    def __array_function__(self, func, types, args, kwargs):
        if func is np.copyto:
            self.tracer.copyto(*args, **kwargs)
            return None
        raise Untraceable(f"np.{func.__name__}")

    # Comparisons written with operators (x == -np.inf) are the ufuncs.
    def __eq__(self, other):  # type: ignore[override]
        return np.equal(self, other)

    def __ne__(self, other):  # type: ignore[override]
        return np.not_equal(self, other)

    __hash__ = object.__hash__

    def __bool__(self) -> bool:
        # A Python branch on the data: the program could not take it per element.
        raise Untraceable("a Python branch on the data")

    def __array__(self, *args, **kwargs):
        raise Untraceable("converted to an ndarray")


class _Tracer:
    def __init__(self) -> None:
        self.code: list[tuple[str, _Slot, object, object, object]] = []
        self.constants: dict[bytes, float] = {}

    def operand(self, value: object) -> object:
        if isinstance(value, _Slot):
            if value.tracer is not self:
                raise Untraceable("a slot of another trace")
            return value
        if isinstance(value, np.ndarray):
            if value.shape != () or value.dtype != _F64:
                raise Untraceable(f"an array operand of shape {value.shape}, {value.dtype}")
            value = float(value)
        elif isinstance(value, (float, int, np.floating)) and not isinstance(value, bool):
            value = float(value)
        else:
            raise Untraceable(f"an operand of type {type(value).__name__}")
        key = struct.pack("<d", value)  # by bits: -0.0 is not 0.0, and nan is itself
        self.constants.setdefault(key, value)
        return key

    def ufunc(self, ufunc, inputs, out) -> _Slot:
        name = _UFUNCS.get(ufunc)
        if name is None:
            raise Untraceable(f"np.{ufunc.__name__}")
        if len(inputs) != ufunc.nin or ufunc.nin not in (1, 2):
            raise Untraceable(f"np.{name} with {len(inputs)} inputs")
        operands = [self.operand(a) for a in inputs]
        if out is None:
            target = _Slot(self)
        elif len(out) == 1 and isinstance(out[0], _Slot) and out[0].tracer is self:
            target = out[0]
        else:
            raise Untraceable(f"np.{name} into {out!r}")
        self.code.append((name, target, operands[0], operands[-1], None))
        return target

    def copyto(self, dst: object, src: object, casting: str = "same_kind", where=True) -> None:
        if not isinstance(dst, _Slot) or dst.tracer is not self:
            raise Untraceable("np.copyto into something else")
        source = self.operand(src)
        if where is True:
            self.code.append(("copy", dst, source, source, None))
        elif isinstance(where, _Slot) and where.tracer is self:
            self.code.append(("copy_where", dst, source, source, where))
        else:
            raise Untraceable(f"np.copyto with where={where!r}")

    def encode(self, x: _Slot, out: _Slot, machine) -> object:
        """The program (the machine's capsule): slot 0 is x, 1 out, then the constants."""
        constants = list(self.constants)
        numbers: dict[object, int] = {x: 0, out: 1}
        for i, key in enumerate(constants):
            numbers[key] = 2 + i

        def number(item: object) -> int:
            if item is None:
                return 0
            if item not in numbers:
                numbers[item] = len(numbers)
            return numbers[item]

        words = []
        for name, dst, a, b, mask in self.code:
            if dst is x:
                raise Untraceable("a body that writes its input")
            words.extend((_CODE[name], number(dst), number(a), number(b), number(mask)))
        if len(numbers) > machine.MAX_SLOTS:
            raise Untraceable(f"{len(numbers)} arrays, more than {machine.MAX_SLOTS}")
        code = struct.pack(f"<{len(words)}i", *words)
        values = struct.pack(f"<{len(constants)}d", *(self.constants[k] for k in constants))
        return machine.program(code, values, len(numbers))


def trace(body: Callable[..., None], scratch: str, machine=None) -> object:
    """The program computing ``body(x, out, *buffers)`` (``scratch``: one letter per
    buffer), as the machine's capsule; :class:`Untraceable` if there is none."""
    machine = machine or _machine
    if machine is None:
        raise Untraceable("the machine is not built")
    params = list(inspect.signature(body).parameters.values())
    if len(params) != 2 + len(scratch) or any(
        p.kind is not p.POSITIONAL_OR_KEYWORD for p in params
    ):
        # Another number of inputs than one: not a one-argument body.
        raise Untraceable(f"{len(params)} parameters for {len(scratch)} buffers")
    tracer = _Tracer()
    x, out = _Slot(tracer), _Slot(tracer)
    try:
        body(x, out, *(_Slot(tracer) for _ in scratch))
    except Untraceable:
        raise
    except Exception as exc:
        raise Untraceable(f"{type(exc).__name__}: {exc}") from None
    used = {name for name, *_ in tracer.code}
    missing = used & set(LIBRARY) - _agreeing()
    if missing:
        raise Untraceable(f"the C library's {sorted(missing)} differ from NumPy's here")
    return tracer.encode(x, out, machine)


_AGREEING: frozenset[str] | None = None


def _agreeing() -> frozenset[str]:
    """The C library functions that give NumPy's bits on the probe set (once a process)."""
    global _AGREEING
    if _AGREEING is None:
        _AGREEING = frozenset(name for name in LIBRARY if _agrees(name))
    return _AGREEING


def probe_points() -> np.ndarray:
    """Arguments across the float64 line: the specials, subnormals, both signs, the
    ranges where exp and log change regime, and points at every scale."""
    tiny = np.finfo(np.float64).smallest_subnormal
    specials = np.array(
        [0.0, -0.0, np.inf, -np.inf, np.nan, tiny, -tiny, 1e-310, -1e-310, 2.2e-308, 1.0, -1.0,
         709.78, 709.79, -708.4, -745.13, -745.14, 1e-16, -1e-16, 0.5, -0.5, 2.0, 1e300]
    )  # fmt: skip
    # A few thousand: another implementation of exp or log (NumPy's own, with AVX-512)
    # differs from the C library's at a good part of all points. Grids, not random
    # numbers: numpy.random's first import alone would cost ~10 ms.
    scales = np.geomspace(1e-320, 1e308, 1501)
    return np.concatenate(
        [
            specials,
            np.linspace(-750.3, 750.7, 1501),
            np.linspace(-1.01, 1.03, 501),
            scales,
            -scales[::-1],
        ]
    )


def _agrees(name: str) -> bool:
    """Whether the machine's ``name`` gives NumPy's bits at every probe point."""
    x = probe_points()
    with np.errstate(all="ignore"):
        expected = getattr(np, name)(x)
    got = np.frombuffer(_machine.apply(_CODE[name], x, x), np.float64)
    return bool(np.array_equal(expected.view(np.uint64), got.view(np.uint64)))

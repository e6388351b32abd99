"""The C machine (program.py, _machine.c): the kernels' passes block by block, same bits.

A small float64 call (<= runtime.MACHINE_MAX elements) of a traced kernel runs its
programs in C. Held here: the same bits as the NumPy passes for every traced kernel
at every call size, <= 4 ULP against 60-digit mpmath on that path itself, each
opcode against its NumPy ufunc (nan and signed zeros included), no floating-point
flag left behind, and the tracer failing closed on what it cannot run.
"""

from __future__ import annotations

import inspect
import os
import struct
import subprocess
import sys

import numpy as np
import pytest
from helpers import floating_point_flags

from verifier.kernels import ALL_KERNELS, generated, program, runtime
from verifier.kernels.accuracy import REFERENCES, max_ulp, sample_points

pytestmark = pytest.mark.skipif(
    program._machine is None and not os.environ.get("CI"),
    reason="the machine is not built (no C compiler at install)",
)

ONE_ARG = sorted(
    name
    for name, kernel in ALL_KERNELS.items()
    if list(inspect.signature(kernel).parameters) == ["x", "out"]
)
# What the machine cannot run keeps NumPy: tanh (np.tanh is not the C library's here
# or anywhere: NumPy has its own) and the GELU kernels (their own C routines).
TRACED = [n for n in ONE_ARG if n != "tanh" and not n.startswith("gelu")]


def test_the_machine_is_built_in_ci():
    # CI has a compiler: a missing build there is a failure, not a skip.
    assert program._machine is not None


def test_the_kernels_that_should_be_traced_are():
    traced = {n for n in ONE_ARG if runtime._programs(getattr(generated, f"_{n}")) is not None}
    assert traced == set(TRACED)


@pytest.fixture
def both_paths():
    """Calls f(x) with the machine on and off: (machine result, NumPy result)."""

    def run(f, *args):
        results = []
        for on in (True, False):
            assert runtime._use_machine(on) == on
            results.append(f(*args))
        runtime._use_machine(True)
        return results

    yield run
    runtime._use_machine(True)


def _hard_points() -> np.ndarray:
    rng = np.random.default_rng(11)
    return np.concatenate(
        [
            program.probe_points(),
            sample_points(np.float64),
            rng.uniform(-40, 40, 4000),
            rng.standard_normal(4000),
            # SiLU''s zero, where its fast form's guard sends elements to the fallback
            -1.2784645427610738 + rng.uniform(-0.3, 0.3, 2000),
            rng.uniform(-800, 800, 2000),
        ]
    )


def _in_calls(kernel, x: np.ndarray, size: int) -> np.ndarray:
    return np.concatenate([kernel(x[i : i + size]) for i in range(0, len(x), size)])


@pytest.mark.parametrize("name", TRACED)
def test_the_machine_gives_the_numpy_passes_bits(name, both_paths):
    kernel = ALL_KERNELS[name]
    x = _hard_points()
    for size in (1, 63, 64, 100, 1000):
        machine, numpy_ = both_paths(_in_calls, kernel, x, size)
        differ = ~((machine == numpy_) | (np.isnan(machine) & np.isnan(numpy_)))
        assert not differ.any(), (
            f"{name}, calls of {size}: {differ.sum()} differ, first at x = {x[differ][0]!r}: "
            f"{machine[differ][0]!r} against NumPy's {numpy_[differ][0]!r}"
        )
        # and the sign of every zero (not of a nan: NumPy's own loops give a nan either
        # sign, its one-element loop another than its vector one)
        numbers = ~np.isnan(machine)
        assert np.array_equal(np.signbit(machine[numbers]), np.signbit(numpy_[numbers]))


@pytest.mark.parametrize("name", TRACED)
def test_the_machine_is_within_4_ulp_of_mpmath(name):
    # The oracle on the machine's own results (calls of 100: the machine's path).
    assert runtime._use_machine(True)
    kernel = ALL_KERNELS[name]
    worst, at = max_ulp(
        lambda v: _in_calls(kernel, np.asarray(v, np.float64), 100),
        REFERENCES[name],
        sample_points(np.float64),
        np.float64,
    )
    assert worst <= 4, f"{name} on the machine is off by {worst} ULP at x = {at!r}"


def test_small_calls_go_to_the_machine_and_large_ones_do_not(monkeypatch):
    calls = []
    real = program._machine.run

    def spy(*args):
        calls.append(len(args[3]))
        return real(*args)

    monkeypatch.setattr(runtime, "_run_machine", spy)
    assert runtime._use_machine(True)
    kernel = ALL_KERNELS["silu_prime"]
    kernel(np.linspace(-3, 3, 100))
    kernel(np.linspace(-3, 3, 24).reshape(4, 6))  # a 2-D minibatch: the general path
    kernel(np.linspace(-3, 3, runtime.MACHINE_MAX + 1))
    kernel(np.linspace(-3, 3, 100, dtype=np.float32))
    kernel(np.linspace(-3, 3, 200)[::2])  # strided: NumPy's passes read it in place
    assert calls == [100, 24]


def test_in_place_calls_on_the_machine(both_paths):
    x = np.linspace(-800, 40, 1000)

    def in_place(kernel_name):
        y = x.copy()
        ALL_KERNELS[kernel_name](y, out=y)
        return y

    for name in TRACED:
        machine, numpy_ = both_paths(in_place, name)
        np.testing.assert_array_equal(machine, numpy_, err_msg=name)
        np.testing.assert_array_equal(machine, ALL_KERNELS[name](x), err_msg=name)


def test_environment_switch_keeps_numpy():
    code = (
        "import numpy as np\n"
        "from verifier.kernels import runtime, ALL_KERNELS\n"
        "calls = []\n"
        "runtime._run_machine = lambda *a: calls.append(1)\n"
        "ALL_KERNELS['sigmoid'](np.zeros(10))\n"
        "print(runtime._machine_on, len(calls))\n"
    )
    env = {**os.environ, "VERIFIER_NATIVE": "0"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.split() == ["False", "0"], done.stderr


# -- each opcode against its ufunc ------------------------------------------------------

_SPECIALS = [0.0, -0.0, np.nan, -np.nan, 1.0, -1.0, np.inf, -np.inf, 2.5, -2.5, 5e-324, 1e308]


def _pairs() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    grid = np.array(_SPECIALS)
    a, b = np.meshgrid(grid, grid)
    rand = rng.standard_normal(3000) * 10.0 ** rng.integers(-300, 300, 3000)
    return (
        np.concatenate([a.ravel(), rand, program.probe_points()]),
        np.concatenate([b.ravel(), rng.permutation(rand), program.probe_points()[::-1]]),
    )


@pytest.mark.parametrize("name", [n for n in program.OPCODES if n not in ("copy", "copy_where")])
def test_each_opcode_gives_its_ufuncs_bits(name):
    a, b = _pairs()
    ufunc = getattr(np, name)
    with np.errstate(all="ignore"):
        expected = ufunc(a, b) if ufunc.nin == 2 else ufunc(a)
    expected = np.asarray(expected, np.float64)  # comparisons: 1.0 and 0.0, as stored
    got = np.frombuffer(program._machine.apply(program._CODE[name], a, b), np.float64)
    if name in program.LIBRARY and name not in program._agreeing():
        pytest.skip(f"the C library's {name} is not NumPy's here: the machine does not use it")
    same = expected.view(np.uint64) == got.view(np.uint64)
    assert same.all(), (
        f"{name}: {(~same).sum()} differ, first at ({a[~same][0]!r}, {b[~same][0]!r}): "
        f"{got[~same][0]!r} against {expected[~same][0]!r}"
    )


def test_the_machine_uses_the_c_library_only_where_it_agrees(monkeypatch):
    # Pretend the C library's exp differed from NumPy's: no program that uses it.
    monkeypatch.setattr(program, "_AGREEING", frozenset({"expm1", "log1p"}))
    with pytest.raises(program.Untraceable, match="exp"):
        program.trace(generated._sigmoid_prime_chunk, generated._sigmoid_prime.scratch)


# -- floating-point state ---------------------------------------------------------------


def test_the_machine_leaves_no_flag_and_raises_nothing_under_strict_settings():
    flags = floating_point_flags()
    if flags is None:
        pytest.skip("reads the flags through x86-64 glibc's fetestexcept")
    clear, test = flags
    assert runtime._use_machine(True)
    x = np.array([-745.0, -1e300, 1e300, 5e-324, -5e-324, np.inf, -np.inf, np.nan, 710.0, -1.28])
    for name in TRACED:
        with np.errstate(all="raise"):
            clear()
            ALL_KERNELS[name](x)
            assert test() == 0, f"{name} left floating-point flags {test():#x}"


# -- the tracer fails closed ------------------------------------------------------------


def _untraceable(body, scratch="f", match=""):
    with pytest.raises(program.Untraceable, match=match):
        program.trace(body, scratch)


def test_the_tracer_refuses_what_the_machine_cannot_run():
    c = np.array(2.0)

    def tanh(x, out, f0):
        np.tanh(x, out)

    def branch(x, out, f0):
        np.less(x, c, f0)
        if f0:  # a Python branch on the data
            np.exp(x, out)

    def method(x, out, f0):
        np.add.reduce(x, out=out)

    def where_kwarg(x, out, f0):
        np.add(x, c, out, where=f0)

    def writes_input(x, out, f0):
        np.exp(x, x)

    def two_inputs(x, y, out, f0):
        np.add(x, y, out)

    def array_operand(x, out, f0):
        np.add(x, np.ones(64), out)

    def float32_constant(x, out, f0):
        np.add(x, np.array(2.0, np.float32), out)

    def other_function(x, out, f0):
        np.copyto(out, np.sort(x))

    def raises(x, out, f0):
        raise KeyError("anything")

    _untraceable(tanh, match="tanh")
    _untraceable(branch, match="branch")
    _untraceable(method, match="reduce")
    _untraceable(where_kwarg, match="where")
    _untraceable(writes_input, match="input")
    _untraceable(two_inputs, match="parameters")
    _untraceable(array_operand, match="shape")
    _untraceable(float32_constant, match="float32")
    _untraceable(other_function, match="sort")
    _untraceable(raises, match="KeyError")


def test_a_traced_body_runs_as_written():
    # x*2 - 1 where x > 0, else -0.0 (a constant that is not 0.0), into out.
    two, one, minus_zero = np.array(2.0), np.array(1.0), np.array(-0.0)

    def body(x, out, f0, b0):
        np.multiply(x, two, f0)
        np.subtract(f0, one, out)
        np.greater(x, 0.0, b0)
        np.logical_not(b0, b0)
        np.copyto(out, minus_zero, where=b0)

    capsule = program.trace(body, "fb")
    x = np.array([-3.0, 0.0, 0.5, 4.0, np.nan] * 30)
    out = np.empty_like(x)
    program._machine.run(None, None, capsule, x, out)
    expected = np.where(x > 0, x * 2 - 1, -0.0)
    np.testing.assert_array_equal(out, expected)
    assert np.signbit(out[0])


def test_malformed_programs_are_refused_by_the_machine():
    machine = program._machine

    def code(*words):
        return struct.pack(f"<{len(words)}i", *words)

    one = struct.pack("<d", 1.0)
    good = code(program._CODE["add"], 1, 0, 2, 0)
    assert machine.program(good, one, 3) is not None
    for bad, constants, slots in [
        (code(99, 1, 0, 2, 0), one, 3),  # no such opcode
        (code(-1, 1, 0, 2, 0), one, 3),
        (code(0, 0, 0, 2, 0), one, 3),  # writes x
        (code(0, 2, 0, 2, 0), one, 3),  # writes a constant
        (code(0, 1, 0, 7, 0), one, 3),  # reads past the slots
        (code(0, 1, -4, 2, 0), one, 3),
        (code(0, 1, 0, 2, 9), one, 3),  # a mask past the slots
        (good, one, machine.MAX_SLOTS + 1),
        (good + b"\0", one, 3),  # not whole instructions
        (good, one + b"\0", 3),
        (good, one, 2),  # fewer slots than x, out and the constants
    ]:
        with pytest.raises(ValueError):
            machine.program(bad, constants, slots)
    with pytest.raises(ValueError):
        machine.run(None, None, machine.program(good, one, 3), np.zeros(3, np.float32),
                    np.zeros(3, np.float32))  # fmt: skip
    with pytest.raises(ValueError):
        machine.run(None, None, machine.program(good, one, 3), np.zeros(3), np.zeros(4))
    with pytest.raises(ValueError):
        machine.run(None, None, "not a program", np.zeros(3), np.zeros(3))

"""The emitter: emitted code computes the given formula, reuses buffers, and shares subexpressions.

Values are compared with mpmath at benign points (an oracle that shares no code with the
emitter); buffer counts are read from the emitted source.
"""

from __future__ import annotations

import re

import mpmath
import numpy as np
import pytest
import sympy

from verifier.kernels import runtime as kernel_runtime
from verifier.kernels.emit import KernelSource, emit_kernel, emit_module

x, y = sympy.symbols("x y", real=True)
E = sympy.exp(-sympy.Abs(x))

CASES = {
    "polynomial": x**3 - 2 * x + 1,
    "power-4": x**4,
    "reciprocal": 1 / x,
    "inverse-square": -3 / x**2,
    "exp": sympy.exp(x),
    "naive-sigmoid": 1 / (1 + sympy.exp(-x)),
    "naive-sigmoid-prime": 1 / (1 + sympy.exp(-x)) * (1 - 1 / (1 + sympy.exp(-x))),
    "accurate-sigmoid": sympy.Piecewise((1, x >= 0), (E, True)) / (1 + E),
    "max-sigmoid": sympy.Max(E, sympy.Piecewise((1, x >= 0), (0, True))) / (1 + E),
    "accurate-sigmoid-prime": E / (1 + E * (2 + E)),
    "squared-sigmoid-prime": E / (1 + E) ** 2,
    "abs-min-max": sympy.Min(sympy.Abs(x), 2) + sympy.Max(x, -1, x**2 / 10),
    "three-pieces": sympy.Piecewise((x, x < -1), (x**2, x <= 1), (2 - x, True)),
    "and-condition": sympy.Piecewise((1.5, (x > 0) & (x < 2)), (-x, True)),
    "sqrt-log": sympy.sqrt(x**2 + 1) + sympy.log(x**2 + 2),
    "rational-constant": x / 3 + sympy.Rational(1, 7),
}
POINTS = [-3.7, -1.0, -0.25, 0.0, 0.4, 1.0, 1.5, 2.5, 6.0]


def compile_kernel(source: str, name: str):
    namespace = {"np": np, "_rt": kernel_runtime}
    exec(compile(source, f"<emitted {name}>", "exec"), namespace)  # our own generated source
    return namespace[name]


def mp_value(expr: sympy.Expr, values: dict[sympy.Symbol, float]) -> mpmath.mpf:
    # SymPy evaluates at 50 digits with mpmath; nothing of the emitter is involved.
    return mpmath.mpf(str(expr.evalf(50, subs=values)))


@pytest.mark.parametrize("case", sorted(CASES))
def test_emitted_code_computes_the_formula(case):
    form = CASES[case]
    kernel = compile_kernel(emit_kernel("k", ("x",), form, symbols={"x": x}, doc="test"), "k")
    points = [p for p in POINTS if p != 0] if case in ("reciprocal", "inverse-square") else POINTS
    got = kernel(np.array(points))
    for point, value in zip(points, got, strict=True):
        expected = mp_value(form, {x: point})
        assert abs(mpmath.mpf(float(value)) - expected) <= 1e-14 * max(1, abs(expected)), (
            f"{case} at x = {point}: got {value}, expected {expected}"
        )


def test_two_parameters_in_declared_order():
    source = emit_kernel("k", ("f", "df"), -y / x**2, symbols={"f": x, "df": y}, doc="d")
    kernel = compile_kernel(source, "k")
    assert kernel(2.0, 3.0) == -0.75
    assert "def k(f, df, out=None):" in source


def test_grouping_by_unevaluated_expr_is_kept():
    # -(df/f)/f must not become -df/f**2 (f**2 overflows) nor (1/f)*df*(1/f) (1/f overflows).
    form = -sympy.UnevaluatedExpr(y / x) / x
    source = emit_kernel("k", ("f", "df"), form, symbols={"f": x, "df": y}, doc="d")
    assert "np.multiply" not in source
    assert source.count("np.divide(") == 2
    kernel = compile_kernel(source, "k")
    assert kernel(1e200, 3e200) == -3e-200
    assert kernel(4e-160, 8e-170) == pytest.approx(-8e-170 / 4e-160 / 4e-160, rel=1e-15)


def chunk_signature(source: str) -> list[str]:
    match = re.search(r"def _k_chunk\((.*)\):", source)
    assert match
    return [name.strip() for name in match.group(1).split(",")]


@pytest.mark.parametrize(
    ("form", "buffers"),
    [
        (sympy.exp(x), []),
        (2 * sympy.exp(x), ["f0"]),
        (E / (1 + E) ** 2, ["f0", "f1"]),
        (E / (1 + E * (2 + E)), ["f0", "f1"]),
        (x**3 - 2 * x + 1, ["f0", "f1"]),
        (sympy.Piecewise((1, x >= 0), (E, True)) / (1 + E), ["f0", "f1", "b0"]),
    ],
    ids=["exp", "2exp", "squared-sigmoid-prime", "sigmoid-prime", "cubic", "piecewise-sigmoid"],
)
def test_no_more_buffers_than_the_widest_point(form, buffers):
    source = emit_kernel("k", ("x",), form, symbols={"x": x}, doc="d")
    assert chunk_signature(source) == ["x", "out", *buffers]


def test_common_subexpression_is_computed_once():
    source = emit_kernel("k", ("x",), E / (1 + E) ** 2, symbols={"x": x}, doc="d")
    assert source.count("np.exp(") == 1
    assert "x0 = exp(-Abs(x))" in source


def test_neg_abs_rewrite_and_branch_free_indicator():
    form = sympy.Max(E, sympy.Piecewise((1, x >= 0), (0, True))) / (1 + E)
    source = emit_kernel("k", ("x",), form, symbols={"x": x}, doc="d")
    assert "_rt.neg_abs(x, f0)" in source and "np.abs" not in source
    assert "np.copyto" not in source and "np.where" not in source
    assert "np.greater_equal(x, c0, f1)" in source
    assert "_k_chunk_c = _rt.constants(0.0, 1.0)" in source


def test_literals_are_0d_arrays_of_the_working_precision():
    # Rewrite "constant-array": a body reads each literal once per call from a table
    # made at import, by out's dtype; float32 data stays float32 (a float64 0-d operand
    # would promote it), and the bits are those of the plain literal.
    form = 3 * sympy.exp(-x) + sympy.Rational(1, 3)
    source = emit_kernel("k", ("x",), form, symbols={"x": x}, doc="d")
    calls = [line.split("#")[0] for line in source.splitlines() if line.startswith("    np.")]
    assert calls and not any(re.search(r"[(, ]-?[0-9]", call) for call in calls)
    assert "(3.0, 0.3333333333333333)" in source
    assert "c0, c1 = _k_chunk_c[out.dtype.char]" in source
    kernel = compile_kernel(source, "k")
    for dtype in (np.float64, np.float32):
        values = np.linspace(-3, 3, 7, dtype=dtype)
        with np.errstate(all="ignore"):
            plain = np.add(np.multiply(np.exp(-values), 3.0), 1 / 3)
        got = kernel(values)
        assert got.dtype == dtype and np.array_equal(got, plain)


def test_the_constant_table_rounds_to_float32_as_a_literal_operand_does():
    table = kernel_runtime.constants(0.1, 1e300)
    assert table["d"][0].dtype == np.float64 and table["d"][0] == 0.1
    assert table["f"][0].dtype == np.float32 and table["f"][0] == np.float32(0.1)
    assert np.isinf(table["f"][1])  # beyond float32, as np.float32 array * 1e300 gives
    with pytest.raises(ValueError):
        table["d"][0][()] = 2.0  # shared by every call: read-only


def test_only_the_last_op_writes_out():
    source = emit_kernel("k", ("x",), E / (1 + E) ** 2, symbols={"x": x}, doc="d")
    calls = [
        line
        for line in source.splitlines()
        if line.startswith("    np.") or line.startswith("    _rt.")
    ]
    # Rewrite "positional-out": the output is the call's last positional argument.
    assert [line.split("#")[0].rstrip().endswith(", out)") for line in calls] == [False] * (
        len(calls) - 1
    ) + [True]
    assert not any("out=" in line for line in calls if "maximum" not in line)


def test_piecewise_default_shared_elsewhere_is_copied_not_clobbered():
    form = sympy.Piecewise((1, x >= 0), (E, True)) + E
    kernel = compile_kernel(emit_kernel("k", ("x",), form, symbols={"x": x}, doc="d"), "k")
    assert kernel(-2.0) == pytest.approx(2 * np.exp(-2.0), rel=1e-15)
    assert kernel(2.0) == pytest.approx(1 + np.exp(-2.0), rel=1e-15)


@pytest.mark.parametrize(
    ("form", "error"),
    [
        (sympy.gamma(x), NotImplementedError),
        (sympy.Piecewise((1, x > 0)), NotImplementedError),
        (x + sympy.Symbol("z"), ValueError),
        (x + sympy.oo, ValueError),
    ],
    ids=["unknown-function", "partial-piecewise", "unknown-symbol", "infinite-constant"],
)
def test_unsupported_forms_fail_loudly(form, error):
    with pytest.raises(error, match="emit"):
        emit_kernel("k", ("x",), form, symbols={"x": x}, doc="d")


@pytest.mark.parametrize("name", ["class", "out", "1x", "np"])
def test_bad_names_are_rejected(name):
    with pytest.raises(ValueError, match="emit"):
        emit_kernel(name, ("x",), x, symbols={"x": x}, doc="d")


def test_emitted_source_is_readable():
    source = emit_kernel(
        "sigmoid_prime", ("x",), E / (1 + E * (2 + E)), symbols={"x": x}, doc="S'(x)."
    )
    assert all(len(line) <= 100 for line in source.splitlines())
    assert '"""S\'(x)."""' in source
    assert "# x0/(x0*(x0 + 2) + 1)" in source


def test_emit_module_builds_an_importable_module_with_provenance():
    provenance = {
        "derivation": "d",
        "derived": "1/(1 + exp(-x))",
        "form": "f",
        "sha256": "pending",
        "rewrite_proof": "pending",
    }
    source = emit_module(
        [
            KernelSource("sigmoid", ("x",), CASES["max-sigmoid"], {"x": x}, "S.", provenance),
            KernelSource(
                "sigmoid_prime",
                ("x",),
                CASES["accurate-sigmoid-prime"],
                {"x": x},
                "S'.",
                provenance,
            ),
            KernelSource("exp_prime", ("x",), sympy.exp(x), {"x": x}, "e^x.", provenance),
        ],
        {"sigmoid": ("sigmoid", "sigmoid_prime")},
    )
    assert "do not edit by hand" in source and "sympy" not in source.split('"""', 2)[2]
    namespace: dict[str, object] = {}
    exec(compile(source, "<module>", "exec"), namespace)  # our own generated source
    assert namespace["sigmoid"].provenance == provenance
    assert namespace["KERNELS"]["sigmoid"] == (namespace["sigmoid"], namespace["sigmoid_prime"])
    assert set(namespace["__all__"]) == {
        "ALL_KERNELS",
        "KERNELS",
        "sigmoid",
        "sigmoid_prime",
        "exp_prime",
    }
    assert namespace["ALL_KERNELS"]["exp_prime"] is namespace["exp_prime"]
    assert namespace["sigmoid"](-745.0) == 5e-324


def test_fast_body_and_float32_option_are_emitted():
    form = CASES["max-sigmoid"]
    fast = sympy.exp(x) / (1 + sympy.exp(x))
    source = emit_kernel("k", ("x",), form, symbols={"x": x}, doc="d", fast=fast, float32="float64")
    assert "def _k_fast(x, out, f0, f1):" in source
    assert "fast=_k_fast" in source and 'float32="float64"' in source
    kernel = compile_kernel(source, "k")
    # The fast body gives nan where e^x overflows (inf/inf): those elements, and only
    # those, come from the accurate body.
    got = kernel(np.array([-3.0, 0.5, 708.0, 710.0, 1e300, np.inf, np.nan]))
    assert got[1] == 1 / (1 + np.exp(-0.5))
    assert np.array_equal(got[3:6], [1.0, 1.0, 1.0]) and np.isnan(got[6])
    assert kernel(np.float32(0.5)).dtype == np.float32


def test_only_the_elements_the_fast_body_gave_nan_are_recomputed():
    seen = []

    def safe(x, out, f0):
        seen.append(x.copy())
        np.multiply(x, 2.0, out=out)

    def fast(x, out, f0):
        np.add(x, x, out=f0)
        np.divide(f0, np.where(x > 1.0, 0.0, 1.0), out=out)  # x/0 for x > 1
        np.multiply(out, np.where(x > 1.0, 0.0, 1.0), out=out)  # inf*0: nan there

    def run(values):
        seen.clear()
        result = kernel_runtime.apply(
            "k", safe, (np.array(values),), None, scratch="f", fast=fast, fast_scratch="f"
        )
        return result, [list(v) for v in seen]

    assert run([0.5, -1.0]) == (pytest.approx([1.0, -2.0]), [])
    result, recomputed = run([0.5, 3.0, -1.0])
    assert list(result) == [1.0, 6.0, -2.0] and recomputed == [[3.0]]
    # A nan input with nothing raised is the fast body's own (correct) nan.
    result, recomputed = run([np.nan, 0.5])
    assert np.isnan(result[0]) and recomputed == []


def test_limits_are_written_over_the_result_at_infinity():
    form = x / (1 + sympy.exp(-x))
    source = emit_kernel("k", ("x",), form, symbols={"x": x}, doc="d", limits=((-1, 0.0),))
    assert "np.copyto(out, 0.0, where=(x == -np.inf))" in source
    kernel = compile_kernel(source, "k")
    assert kernel(-np.inf) == 0.0 and kernel(np.inf) == np.inf


def test_constants_are_folded_and_expm1_is_lowered():
    from sympy.codegen.cfunctions import expm1

    form = (sympy.exp(64) - 1) * x + expm1(x)
    source = emit_kernel("k", ("x",), form, symbols={"x": x}, doc="d")
    assert "np.exp(" not in source and "np.expm1(x" in source
    assert repr(float(sympy.exp(64) - 1)) in source
    kernel = compile_kernel(source, "k")
    assert kernel(1e-20) == pytest.approx(float(sympy.exp(64)) * 1e-20, rel=1e-15)

"""Proved expression -> accurate NumPy source, with provenance.

Each row of :data:`SPECS` names a kernel, the shipped derivation it comes from,
how to read the derived formula off that derivation (its claim or its
``[define]``), and a numerically better form. The better form is emitted only
after the trusted checker has proved it equal to the derived formula, case by
case on the sign of the variable where the form uses ``Abs`` or ``Piecewise``;
that proof is stored next to the kernel in its ``provenance``.

``verifier kernels --write`` regenerates ``verifier/kernels/generated.py``;
``verifier check --kernels`` fails when the file is not what ``--write``
would produce.

>>> [spec.name for spec in SPECS]
['sigmoid', 'sigmoid_prime', 'exp_prime', 'reciprocal_prime']
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sympy

from verifier.errors import ProofFailed
from verifier.proof.checker import PROVED, CheckContext, check_equal
from verifier.proof.conditions import Facts
from verifier.proof.model import Derivation, load_shipped, resolve

KERNELS_PATH = Path(__file__).resolve().parent / "generated.py"


@dataclass(frozen=True)
class KernelSpec:
    name: str
    derivation: str
    params: tuple[str, ...]
    derived: Callable[[Derivation], tuple[sympy.Expr, dict[str, sympy.Symbol]]]
    form: Callable[[dict[str, sympy.Symbol]], sympy.Expr]
    doc: str


def _sigmoid(d: Derivation):
    (define,) = d.defines.values()
    x = define.params[0]
    return define.body, {"x": x}


def _sigmoid_prime(d: Derivation):
    x = d.symbols["x"]
    return Facts(d.hypotheses, d.defines).unfold(d.claim[1]), {"x": x}


def _exp_prime(d: Derivation):
    return d.claim[1], {"x": d.symbols["x"]}


def _reciprocal_prime(d: Derivation):
    x = d.symbols["x"]
    (func,) = d.hypotheses
    f, df = sympy.Symbol("f", real=True), sympy.Symbol("df", real=True)
    # The claim's right side with the function's value and derivative as inputs.
    rhs = d.claim[1].xreplace({sympy.Derivative(func(x), x): df}).xreplace({func(x): f})
    return rhs, {"f": f, "df": df}


def _e(x: sympy.Symbol) -> sympy.Expr:
    return sympy.exp(-sympy.Abs(x))


SPECS: tuple[KernelSpec, ...] = (
    KernelSpec(
        "sigmoid",
        "sigmoid-derivative",
        ("x",),
        _sigmoid,
        # exp(-|x|) never overflows; choosing the numerator by the sign of x keeps
        # full relative accuracy in both tails, subnormal results included.
        # Max(e, [x >= 0]) is 1 for x >= 0 and e otherwise, without NumPy's
        # per-element branch (np.where costs ~3 ns/element on random signs).
        lambda s: (
            sympy.Max(_e(s["x"]), sympy.Piecewise((1, s["x"] >= 0), (0, True))) / (1 + _e(s["x"]))
        ),
        "The logistic sigmoid S(x) = 1/(1 + e^-x), accurate over the whole float line.",
    ),
    KernelSpec(
        "sigmoid_prime",
        "sigmoid-derivative",
        ("x",),
        _sigmoid_prime,
        # S(1 - S) is exactly 0 in float64 for x > 36.7; this form is symmetric
        # in x and never cancels, and 1 + e*(2 + e) rounds once where (1 + e)**2
        # doubles the rounding error of 1 + e (measured 4.3 ULP against 2.5).
        lambda s: _e(s["x"]) / (1 + _e(s["x"]) * (2 + _e(s["x"]))),
        "S'(x) = S(x)(1 - S(x)), evaluated at the pre-activation x, accurate everywhere.",
    ),
    KernelSpec(
        "exp_prime",
        "exp-derivative",
        ("x",),
        _exp_prime,
        lambda s: sympy.exp(s["x"]),
        "d/dx e^x = e^x.",
    ),
    KernelSpec(
        "reciprocal_prime",
        "reciprocal-rule",
        ("f", "df"),
        _reciprocal_prime,
        # -(df/f)/f: dividing twice avoids f**2, which overflows for |f| > 1e154
        # and underflows for |f| < 1e-154 although the result is representable.
        lambda s: -sympy.UnevaluatedExpr(s["df"] / s["f"]) / s["f"],
        "d/dx 1/f(x) = -f'(x)/f(x)^2, from f = f(x) and df = f'(x).",
    ),
)


@dataclass(frozen=True)
class KernelProof:
    spec: KernelSpec
    derived: sympy.Expr
    form: sympy.Expr
    symbols: dict[str, sympy.Symbol]
    cases: tuple[tuple[str, str], ...]  # (case, how it was proved)
    sha256: str

    @property
    def provenance(self) -> dict[str, str]:
        return {
            "derivation": self.spec.derivation,
            "derived": sympy.sstr(self.derived),
            "form": sympy.sstr(self.form),
            "sha256": self.sha256,
            "rewrite_proof": "; ".join(f"{case}: {how}" for case, how in self.cases),
        }


def _cases(form: sympy.Expr, symbols: dict[str, sympy.Symbol]):
    """Sign cases for every variable the form treats by sign (Abs, Piecewise)."""
    split = [
        s
        for s in symbols.values()
        if any(s in n.free_symbols for n in form.atoms(sympy.Abs, sympy.Piecewise))
    ]
    if not split:
        return [("all values", {})]
    (var,) = split  # one split variable is all the shipped kernels need
    p = sympy.Symbol(f"{var.name}_pos", positive=True)
    return [
        (f"{var} > 0", {var: p}),
        (f"{var} < 0", {var: -p}),
        (f"{var} = 0", {var: sympy.Integer(0)}),
    ]


def prove_kernel(spec: KernelSpec, derivation: Derivation) -> KernelProof:
    """Prove the spec's form equal to what the derivation derived, or raise ProofFailed."""
    derived, symbols = spec.derived(derivation)
    form = spec.form(symbols)
    ctx = CheckContext(Facts())
    cases = []
    for case, substitution in _cases(form, symbols):
        left = derived.xreplace(substitution)
        right = form.doit().xreplace(substitution)
        verdict = check_equal(left, right, ctx, ("algebra",))
        if verdict.status != PROVED:
            raise ProofFailed(
                f"kernel {spec.name}: the form {sympy.sstr(form.doit())} is not proved equal to "
                f"the derived {sympy.sstr(derived)} for {case}: {verdict.reason}"
            )
        cases.append((case, verdict.method))
    return KernelProof(spec, derived, form, symbols, tuple(cases), derivation.sha256)


def proved_kernels() -> list[KernelProof]:
    """Check the shipped derivations, then prove each kernel's form. Raises ProofFailed."""
    from verifier.runner import check_ordered

    shipped = load_shipped()
    reports, _ = check_ordered(resolve(shipped, []), jobs=1)
    by_id = {r.derivation.id: r for r in reports}
    proofs = []
    for spec in SPECS:
        report = by_id[spec.derivation]
        if not report.proved:
            bad = next((s for s in report.steps if s.verdict.status != PROVED), None)
            where = (
                f"step {bad.step.index} ({report.derivation.file}:{bad.step.line}) is "
                f"{bad.verdict.status}: {bad.verdict.reason}"
                if bad
                else report.reason
            )
            raise ProofFailed(
                f"kernel {spec.name}: derivation '{spec.derivation}' is not proved: {where}"
            )
        proofs.append(prove_kernel(spec, report.derivation))
    return proofs


def module_source(proofs: list[KernelProof] | None = None) -> str:
    from verifier.kernels.emit import emit_module

    proofs = proved_kernels() if proofs is None else proofs
    return emit_module(
        [(p.spec.name, p.spec.params, p.form, p.symbols, p.spec.doc, p.provenance) for p in proofs]
    )


def freshness_problem(path: str | Path | None = None) -> str | None:
    """None when ``path`` (default verifier/kernels/generated.py) is what --write would produce."""
    path = Path(path) if path is not None else KERNELS_PATH
    try:
        current = path.read_text(encoding="utf-8")
    except OSError as exc:
        return f"cannot read {path}: {exc.strerror}"
    try:
        expected = module_source()
    except ProofFailed as exc:
        return str(exc)
    if current == expected:
        return None
    diff = list(
        difflib.unified_diff(
            expected.splitlines(), current.splitlines(), "generated", str(path), lineterm="", n=0
        )
    )
    first = next(
        (
            line
            for line in diff
            if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))
        ),
        "",
    )
    return (
        f"{path} is not what `verifier kernels --write` produces from the current derivations "
        f"({sum(1 for d in diff if d[:1] in '+-') - 2} differing lines; first: {first.strip()!r}); "
        "run `verifier kernels --write`"
    )


def main(*, source: bool = False, write: bool = False, output: str | None = None) -> int:
    """``verifier kernels``: list, print (--source) or regenerate (--write) the kernels."""
    if write:
        text = module_source()
        target = Path(output) if output else KERNELS_PATH
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target} ({len(SPECS)} kernels, each from a proved derivation)")
        return 0
    from verifier import kernels

    for spec in SPECS:
        fn = getattr(kernels, spec.name)
        prov = getattr(fn, "provenance", {})
        print(f"{spec.name}({', '.join(spec.params)}, out=None)")
        print(
            f"  derivation:   {prov.get('derivation', '?')} (sha256 {prov.get('sha256', '?')[:12]})"
        )
        print(f"  derived:      {prov.get('derived', '?')}")
        print(f"  emitted form: {prov.get('form', '?')}")
        print(f"  rewrite proof: {prov.get('rewrite_proof', '?')}")
        if source:
            import inspect

            print()
            print(inspect.getsource(fn))
        else:
            print(f"  max error:    {_accuracy(spec.name)}")
        print()
    problem = freshness_problem()
    if problem:
        print(f"warning: {problem}", file=sys.stderr)
        return 1
    return 0


def _accuracy(name: str) -> str:
    try:
        import numpy as np

        from verifier import kernels
        from verifier.kernels import accuracy as numerics
    except ImportError:  # pragma: no cover - numerics needs mpmath, a test extra
        return "not measured (install mpmath)"
    kernel, reference = getattr(kernels, name), numerics.REFERENCES[name]
    parts = []
    for dtype in (np.float64, np.float32):
        points = numerics.sample_points(dtype)
        if name == "reciprocal_prime":
            f = points[np.isfinite(points) & (np.abs(points) > 1e-30)]
            points = (f, points[: len(f)][::-1])
        with np.errstate(over="ignore", divide="ignore"):  # exp_prime(710) = inf, like np.exp
            worst, where = numerics.max_ulp(kernel, reference, points, dtype)
        parts.append(f"{worst:.2f} ULP ({np.dtype(dtype).name}, worst at {where})")
    return "; ".join(parts) + f" against {numerics.DIGITS}-digit mpmath"

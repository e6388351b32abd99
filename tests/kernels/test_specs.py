"""Codegen: kernels are emitted only from proved derivations and stay in sync with them."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
import sympy

from verifier import kernels
from verifier.cli import main
from verifier.errors import ProofFailed
from verifier.kernels import specs as codegen
from verifier.proof.model import load_shipped, load_text

ROOT = Path(__file__).resolve().parents[2]


def test_checked_in_kernels_are_what_write_produces():
    assert codegen.freshness_problem() is None


def test_a_kernel_edited_by_hand_is_stale(tmp_path):
    copy = tmp_path / "kernels.py"
    copy.write_text(codegen.KERNELS_PATH.read_text().replace("np.exp(", "np.exp2(", 1))
    problem = codegen.freshness_problem(copy)
    assert problem is not None and str(copy) in problem and "--write" in problem


@pytest.mark.parametrize("spec", codegen.SPECS, ids=lambda s: s.name)
def test_provenance_names_the_derivation_file_by_its_hash(spec):
    prov = getattr(kernels, spec.name).provenance
    path = ROOT / "derivations" / f"{spec.derivation}.toml"
    assert prov["derivation"] == spec.derivation
    assert prov["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert {"derivation", "derived", "form", "sha256", "rewrite_proof"} <= set(prov)


def test_a_derivation_edited_without_regenerating_makes_the_kernels_stale(monkeypatch):
    shipped = load_shipped()
    edited = [
        load_text(Path(d.file).read_text() + "\n# edited\n", d.file, shipped=True) for d in shipped
    ]
    monkeypatch.setattr(codegen, "load_shipped", lambda: edited)
    assert codegen.freshness_problem() is not None


def test_a_form_not_equal_to_the_derived_one_is_refused():
    (d,) = [d for d in load_shipped() if d.id == "sigmoid-derivative"]
    spec = codegen.SPECS[1]
    e = sympy.exp(-sympy.Abs(sympy.Symbol("x", real=True)))
    wrong = replace(spec, form=lambda s: sympy.exp(-sympy.Abs(s["x"])) / (1 + e) ** 3)
    with pytest.raises(ProofFailed, match="not proved equal"):
        codegen.prove_kernel(wrong, d)


def test_write_refuses_a_kernel_whose_derivation_is_not_proved(monkeypatch, tmp_path, capsys):
    shipped = load_shipped()
    broken = []
    for d in shipped:
        text = Path(d.file).read_text()
        if d.id == "sigmoid-derivative":
            text = text.replace(
                'expr = "exp(-x)/(1 + exp(-x))**2"', 'expr = "2*exp(-x)/(1 + exp(-x))**2"'
            )
        broken.append(load_text(text, d.file, shipped=True))
    monkeypatch.setattr(codegen, "load_shipped", lambda: broken)
    target = tmp_path / "kernels.py"
    assert main(["kernels", "--write", "--output", str(target)]) == 1
    err = capsys.readouterr().err
    assert "sigmoid-derivative" in err and "step 6" in err
    assert not target.exists()


def _spec(name: str):
    return next(s for s in codegen.SPECS if s.name == name)


def _derivation(spec):
    return next(d for d in load_shipped() if d.id == spec.derivation)


def test_a_fast_form_not_equal_to_the_derived_one_is_refused():
    spec = _spec("sigmoid")
    wrong = replace(spec, fast=lambda s: sympy.exp(s["x"]) / (2 + sympy.exp(s["x"])))
    with pytest.raises(ProofFailed, match="not proved equal"):
        codegen.prove_kernel(wrong, _derivation(spec))


def test_every_fast_form_is_proved_and_recorded():
    for proof in codegen.proved_kernels():
        provenance = getattr(kernels, proof.spec.name).provenance
        if proof.spec.fast is None:
            assert "fast_form" not in proof.provenance
        else:
            assert proof.fast_cases and all("algebra" in how for _, how in proof.fast_cases)
            assert provenance["fast_proof"]
        if proof.spec.fast32 is None:
            assert "fast32_form" not in proof.provenance
        else:
            assert proof.fast32_cases and all("algebra" in how for _, how in proof.fast32_cases)
            assert provenance["fast32_proof"]
        if proof.spec.fallback is None:
            assert "fallback_form" not in proof.provenance
        else:
            assert proof.fallback_cases
            assert all("algebra" in how for _, how in proof.fallback_cases)
            assert provenance["fallback_proof"]


def test_a_fallback_form_not_equal_to_the_derived_one_is_refused():
    spec = _spec("silu_prime")
    assert spec.fallback is not None
    wrong = replace(spec, fallback=lambda s: spec.fallback(s) * (1 + s["x"] / 10**6))
    with pytest.raises(ProofFailed, match="not proved equal"):
        codegen.prove_kernel(wrong, _derivation(spec))


def test_a_float32_fast_form_not_equal_to_the_derived_one_is_refused():
    spec = _spec("silu_prime")
    assert spec.fast32 is not None
    # The float32 form proved on its own: a wrong one is refused even beside a right fast.
    wrong = replace(spec, fast32=lambda s: spec.fast32(s) + sympy.exp(s["x"]) / 1000)
    with pytest.raises(ProofFailed, match="not proved equal"):
        codegen.prove_kernel(wrong, _derivation(spec))


def test_a_wrong_limit_at_infinity_is_refused():
    spec = _spec("silu_prime")
    wrong = replace(spec, limits=((1, 0.0),))  # SiLU' tends to 1, not 0, as x -> +oo
    with pytest.raises(ProofFailed, match="limit"):
        codegen.prove_kernel(wrong, _derivation(spec))


def test_the_registry_comes_from_the_spec_table():
    pairs = codegen.registry()
    assert pairs == {a: (f.__name__, d.__name__) for a, (f, d) in kernels.KERNELS.items()}
    activations = {s.activation for s in codegen.SPECS if s.activation}
    assert set(pairs) == activations
    # Every new derivation shipped with a kernel is in the table (none is left behind).
    shipped = {d.id for d in load_shipped()}
    assert {s.derivation for s in codegen.SPECS} <= shipped


def test_regenerating_does_not_need_the_generated_module_to_import():
    # A generated.py written for an older runtime must not stop --write from replacing it.
    import subprocess
    import sys

    code = (
        "import sys; import verifier.kernels.specs, verifier.kernels.emit; "
        "print('verifier.kernels.generated' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"

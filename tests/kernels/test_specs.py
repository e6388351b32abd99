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
    assert set(prov) == {"derivation", "derived", "form", "sha256", "rewrite_proof"}


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

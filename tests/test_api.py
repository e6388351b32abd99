"""The public API of ``import verifier``: lazy, complete, and enough to check a file from Python."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import verifier

ROOT = Path(__file__).resolve().parents[1]


def test_import_verifier_imports_neither_sympy_nor_numpy():
    code = "import sys, verifier; print('sympy' in sys.modules, 'numpy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


@pytest.mark.parametrize("name", verifier.__all__)
def test_every_public_name_resolves(name):
    assert getattr(verifier, name) is not None


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        verifier.nothing_here  # noqa: B018


def test_check_a_shipped_file_from_python():
    report = verifier.check(ROOT / "derivations" / "sigmoid-derivative.toml")
    assert isinstance(report, verifier.DerivationReport)
    assert report.verdict is verifier.Verdict.PROVED and report.proved
    assert report.derivation.id == "sigmoid-derivative"
    assert all(s.verdict.status is verifier.Verdict.PROVED for s in report.steps)


def test_check_a_false_derivation_gives_its_counterexample():
    report = verifier.check(ROOT / "examples" / "reciprocal-sign-slip.toml")
    assert report.verdict is verifier.Verdict.REFUTED and not report.proved
    refuted = [s for s in report.steps if s.verdict.status is verifier.Verdict.REFUTED]
    assert refuted, "the sign slip is refuted"
    cx = refuted[0].verdict.counterexample
    assert cx is not None and float(cx.lhs) != float(cx.rhs)


def test_load_bad_input_raises_input_error_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'id = "b"\ntitle = "t"\nclaim = "x = x"\n[symbols]\nx = "real"\n'
        '[[step]]\nexpr = "__import__(1)"\n'
    )
    with pytest.raises(verifier.InputError) as caught:
        verifier.load(bad)
    assert caught.value.file == str(bad) and caught.value.line == 7
    assert caught.value.exit_code == 2


def test_verdict_prints_as_its_word():
    assert str(verifier.Verdict.PROVED) == "proved" and f"{verifier.Verdict.REFUTED}" == "refuted"
    assert verifier.Verdict("unknown") is verifier.Verdict.UNKNOWN


def test_all_lists_exactly_the_lazy_exports():
    assert set(verifier.__all__) == set(verifier._EXPORTS) | {"__version__"}


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf"), 1e10, "10"])
def test_a_time_limit_the_command_line_refuses_is_refused_here_too(timeout):
    # 1e10 s once crashed the runner's parent (OverflowError in its wait); the command
    # line takes more than 0 and at most an hour, and so does the library.
    with pytest.raises(ValueError, match="timeout must be more than 0"):
        verifier.check(ROOT / "derivations" / "sigmoid-derivative.toml", timeout=timeout)

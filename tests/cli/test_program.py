"""The command line: one parser tree, exit codes, one error path, the prove view, JSON, list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from verifier.cli import main

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "derivations").glob("*.toml"))


def test_check_shipped_exits_0(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    assert f"{len(SHIPPED)} proved, 0 refuted" in captured.out
    assert f"checking {len(SHIPPED)} derivation file(s) in ./derivations/" in captured.err


def test_check_examples_exits_1_and_prints_file_line_rule_both_sides(capsys):
    assert main(["check", str(ROOT / "examples")]) == 1
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "reciprocal-sign-slip.toml:" in ln)
    assert "(by algebra)" in line and "previous:" in line and "this:" in line
    assert "the two sides differ at x = " in line and "f(t) = " in line


def test_prove_prints_every_step_with_its_rule_and_the_lemmas_cited(capsys):
    assert main(["prove", "sigmoid-derivative"]) == 0
    out = capsys.readouterr().out
    for rule in ("definition", "reciprocal-rule", "chain-rule, exp-derivative", "algebra"):
        assert f"by {rule}" in out
    assert "cites: reciprocal-rule, exp-derivative" in out
    assert out.count("proved") >= 8


def test_prove_trust_lists_axioms_lemmas_and_procedures(capsys):
    assert main(["prove", "sigmoid-derivative", "--trust"]) == 0
    out = capsys.readouterr().out
    assert "chain-rule" in out and "exp-series" in out and "derivative-definition" in out
    assert "reciprocal-rule (proved)" in out and "exp-derivative (proved)" in out
    assert "sympy.cancel" in out


def test_prove_unknown_id_exits_2(capsys):
    assert main(["prove", "no-such-thing"]) == 2
    assert "no derivation with id" in capsys.readouterr().err


def test_list_shows_the_lemma_graph(capsys):
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "sigmoid-derivative" in out and "cites reciprocal-rule, exp-derivative" in out


@pytest.mark.parametrize("value", ["0", "-3", "nan", "3601"])
def test_a_timeout_out_of_bounds_is_named_with_its_bounds(capsys, value):
    assert main(["check", "--timeout", value]) == 2
    err = capsys.readouterr().err
    assert f"must be more than 0 and at most 3600 seconds, not {value}" in err
    assert err.count("error:") == 1


def test_version_is_the_package_version(capsys):
    import verifier

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"verifier {verifier.__version__}"


def test_bad_input_is_one_error_on_stderr_with_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'id = "bad"\ntitle = "t"\nclaim = "x = x"\n[symbols]\nx = "real"\n'
        '[[step]]\nexpr = "x"\n[[step]]\nby = "algebra"\nexpr = "x +* 1"\n'
    )
    assert main(["check", str(bad)]) == 2
    captured = capsys.readouterr()
    errors = [ln for ln in captured.err.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {bad}:10: ")
    assert str(bad) not in captured.out  # said once, not also in the report


def test_check_without_a_path_checks_the_files_beside_you(tmp_path, capsys, monkeypatch):
    # An edited copy of a shipped derivation in ./derivations is what gets checked.
    (tmp_path / "derivations").mkdir()
    source = (ROOT / "derivations" / "sigmoid-derivative.toml").read_text()
    edited = source.replace("S(x)*(1 - S(x))", "S(x)*(1 + S(x))")
    assert edited != source
    (tmp_path / "derivations" / "sigmoid-derivative.toml").write_text(edited)
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    assert "checking 1 derivation file(s) in ./derivations/" in captured.err
    assert "sigmoid-derivative" in captured.out and "0 proved" in captured.out


def test_check_without_a_path_elsewhere_says_it_checks_the_shipped_ones(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0
    err = capsys.readouterr().err
    assert f"checking the {len(SHIPPED)} shipped derivation file(s) in " in err


def test_list_files_shows_what_they_cite(capsys):
    target = ROOT / "derivations" / "sigmoid-derivative.toml"
    assert main(["list", str(target)]) == 0
    out = capsys.readouterr().out
    assert "sigmoid-derivative" in out and "cites reciprocal-rule, exp-derivative" in out


def test_list_of_a_missing_file_is_bad_input(tmp_path, capsys):
    assert main(["list", str(tmp_path / "nope.toml")]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_every_command_is_in_the_one_parser_tree():
    from verifier.cli.program import COMMANDS, build_parser

    parser = build_parser()
    names = {choice for action in parser._subparsers._group_actions for choice in action.choices}
    assert {"prove", "check", "list", "rules", "kernels", "gradcheck"} <= names
    assert len(names) == len(COMMANDS)


def test_python_dash_m_runs_in_a_fresh_process():
    done = subprocess.run(
        [sys.executable, "-m", "verifier", "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"{len(SHIPPED)} proved" in done.stdout


def test_the_parser_tree_imports_neither_sympy_nor_numpy():
    # --help and --version stay instant: each command imports what it needs when it runs.
    code = "import sys, verifier.cli.program; print('sympy' in sys.modules, 'numpy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_a_check_run_as_the_program_ends_with_everything_written(tmp_path):
    # The program ends with os._exit after `check` (the interpreter's teardown of SymPy's
    # objects is skipped): the report, the exit code and the JUnit file must all be there.
    junit = tmp_path / "report.xml"
    out = tmp_path / "out.txt"
    with out.open("w") as stream:  # a file: fully buffered, so only a flush writes it
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "verifier",
                "check",
                "--no-cache",
                "derivations",
                "examples",
                "--junit-xml",
                str(junit),
            ],
            stdout=stream,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
    assert done.returncode == 1, done.stderr  # the examples hold planted mistakes
    text = out.read_text()
    assert text.count("\n") >= len(SHIPPED) + 3 and text.rstrip().splitlines()[-1].startswith(
        tuple("0123456789")
    )
    assert f"{len(SHIPPED)} proved" in text
    assert junit.read_text().rstrip().endswith("</testsuites>")
    assert "job(s)" in done.stderr


def test_a_check_whose_reader_stops_early_exits_quietly():
    # `verifier check | head -1`: the pipe closes mid-report; no traceback, no
    # "Exception ignored" from a flush at exit.
    done = subprocess.run(
        f"{sys.executable} -m verifier check --no-cache derivations examples | head -1",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_a_command_that_runs_your_code_exits_the_ordinary_way(tmp_path):
    # gradcheck imports the user's model: their atexit handlers must still run.
    marker = tmp_path / "atexit-ran"
    model = tmp_path / "net.py"
    model.write_text(
        "import atexit\n"
        "import numpy as np\n"
        f"atexit.register(lambda: open({str(marker)!r}, 'w').close())\n"
        "P = {'w': np.array([0.5, -1.0])}\n"
        "def loss(p):\n"
        "    return float(np.sum(p['w'] ** 2))\n"
        "def model():\n"
        "    return loss, P, {'w': 2 * P['w']}\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "verifier", "gradcheck", "--model", f"{model}:model"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert marker.exists()


def test_a_program_check_reads_no_tensor_module_and_prints_what_a_library_call_prints(capsys):
    # The program puts a stand-in for sympy.tensor.tensor (which Add.flatten imports on
    # every call, only to ask isinstance(term, TensExpr)) before SymPy builds a sum. The
    # reports must be byte for byte those of an in-process call, which uses SymPy's own.
    args = ["check", "--no-cache", "derivations", "examples", "tests/corpus", "--format", "json"]
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "verifier", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 1  # the examples and the corpus hold planted mistakes
    assert "sympy.combinatorics" not in done.stderr and "sympy.core" in done.stderr
    import os

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(args) == 1
    finally:
        os.chdir(here)
    assert done.stdout == capsys.readouterr().out
    assert hasattr(sys.modules["sympy.tensor.tensor"], "TensorHead")  # SymPy's own, here


def test_the_tensor_stand_in_is_only_for_commands_that_run_no_user_code():
    script = (
        "import sys\n"
        "from verifier import cli\n"
        "sys.argv = ['verifier', 'gradcheck']\n"
        "assert not cli._runs_no_user_code()\n"
        "sys.argv = ['verifier', 'check']\n"
        "assert cli._runs_no_user_code()\n"
        "cli._without_unused_sympy()\n"
        "import sympy\n"
        "x = sympy.Symbol('x')\n"
        "assert (x + 1 - 1) == x and sympy.expand((x + 1) ** 2) == x**2 + 2*x + 1\n"
        "print(hasattr(sys.modules['sympy.tensor.tensor'], 'TensorHead'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"  # the stand-in, not SymPy's module

"""Tests of verifier/cli/gradcheck.py: ``verifier gradcheck`` driven in-process.

The command is run through a parser built with its own ``register``, and errors go through
the same path as ``verifier.cli.program`` (one ``error:`` line on stderr, the exit code of the
exception's class).
"""

from __future__ import annotations

import textwrap

import pytest

from verifier.cli.program import main as cli_main
from verifier.nn.diagnose import CAUSE_ACTIVATION


def main(argv):
    """``verifier gradcheck ARGV``, through the one parser tree of verifier.cli.program."""
    return cli_main(["gradcheck", *argv])


def test_main_default_run_tells_the_whole_story(capsys):
    assert main(["--epochs", "50"]) == 0
    out = capsys.readouterr().out
    assert "line 11 raises ValueError" in out
    assert "W2 += hidden.T.dot(d_predicted) * learning_rate" in out
    assert "For a 1-D array .T returns" in out.replace("\n          ", " ")
    assert "np.outer(hidden, d_predicted)" in out
    assert "gradient descent" in out
    assert f"diagnosis: {CAUSE_ACTIVATION}" in out
    assert "The corrected step" in out
    assert "sigmoid_prime(z_predicted)" in out
    assert "PASS" in out
    assert "\x1b[" not in out  # plain text, no colors


def _write_kernels(directory):
    (directory / "mykernels.py").write_text(
        textwrap.dedent("""
        import numpy as np

        def good(x):
            e = np.exp(-np.abs(x))
            return e / (1 + e) ** 2

        def wrong_below_minus_20(x):
            x = np.asarray(x, dtype=float)
            e = np.exp(-np.abs(x))
            return np.where(x < -20, 0.0, e / (1 + e) ** 2)

        not_callable = 3
    """)
    )
    (directory / "broken.py").write_text("raise RuntimeError('boom at import')\n")


def test_main_kernel_that_agrees_exits_0(tmp_path, capsys):
    _write_kernels(tmp_path)
    assert main(["--kernel", f"{tmp_path}/mykernels.py:good", "--against", "sigmoid_prime"]) == 0
    assert "AGREE" in capsys.readouterr().out


def test_main_kernel_with_planted_bug_exits_1_and_names_where_it_parts(
    tmp_path, monkeypatch, capsys
):
    _write_kernels(tmp_path)
    monkeypatch.chdir(tmp_path)  # the dotted-module form imports from the current directory
    assert main(["--kernel", "mykernels:wrong_below_minus_20", "--against", "sigmoid_prime"]) == 1
    out = capsys.readouterr().out
    assert "walking out from 0 they part at x = -20.005" in out
    assert "1e-12 relative" in out  # the tolerance is stated


@pytest.mark.parametrize(
    "argv, argument",
    [
        (["--kernel", "nocolon", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "no_such_module_xyz:f", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "{tmp}/missing.py:f", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "{tmp}/mykernels.py:nothing", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "{tmp}/mykernels.py:not_callable", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "{tmp}/broken.py:f", "--against", "sigmoid_prime"], "--kernel"),
        (["--kernel", "{tmp}/mykernels.py:good", "--against", "no_such_kernel"], "--against"),
        (["--kernel", "{tmp}/mykernels.py:good"], "--against"),
        (["--against", "sigmoid_prime"], "--against"),
        (["--seed", "x"], "--seed"),
        (["--seed", "-1"], "--seed"),
        (["--epochs", "-5"], "--epochs"),
        (["--bogus"], "--bogus"),
    ],
    ids=[
        "kernel-no-colon",
        "kernel-no-module",
        "kernel-no-file",
        "kernel-no-attribute",
        "kernel-not-callable",
        "kernel-import-raises",
        "against-unknown",
        "against-missing",
        "against-without-kernel",
        "seed-not-int",
        "seed-negative",
        "epochs-negative",
        "unknown-flag",
    ],
)
def test_main_bad_input_exits_2_naming_the_argument(argv, argument, tmp_path, capsys):
    _write_kernels(tmp_path)
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 2
    err = capsys.readouterr().err
    (line,) = [ln for ln in err.splitlines() if ln.startswith("error: ")]  # said once
    assert argument in line
    assert all(ln.startswith(("usage:", " ", "error: ")) for ln in err.splitlines())


def test_broken_import_names_the_file_and_line(tmp_path, capsys):
    _write_kernels(tmp_path)
    assert main(["--kernel", f"{tmp_path}/broken.py:f", "--against", "sigmoid_prime"]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path}/broken.py:1: --kernel: importing it raised RuntimeError: boom" in err


# --- --model: your own network ----------------------------------------------------------------

MODEL = """
import numpy as np

rng = np.random.default_rng(0)
X = rng.uniform(-1, 1, (8, 3))
T = rng.uniform(0, 1, (8, 2))


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def loss(p):
    h = np.tanh(X @ p["W1"] + p["b1"])
    y = sigmoid(h @ p["W2"] + p["b2"])
    return 0.5 * np.mean(np.sum((y - T) ** 2, axis=1))


def grads(p, divide=True):
    z1 = X @ p["W1"] + p["b1"]
    h = np.tanh(z1)
    y = sigmoid(h @ p["W2"] + p["b2"])
    d2 = (y - T) * y * (1 - y) / (len(X) if divide else 1)
    d1 = (d2 @ p["W2"].T) * (1 - h**2)
    return {"W1": X.T @ d1, "b1": d1.sum(0), "W2": h.T @ d2, "b2": d2.sum(0)}


P = {"W1": rng.normal(size=(3, 4)), "b1": rng.normal(size=4),
     "W2": rng.normal(size=(4, 2)), "b2": rng.normal(size=2)}


def good():
    return loss, P, grads(P)


def forgot_mean():
    return loss, P, grads(P, divide=False)


def two_things():
    return loss, P


def raises():
    return 1 / 0


def loss_raises():
    return (lambda p: p["nope"]), P, grads(P)
"""


def _write_model(directory):
    path = directory / "net.py"
    path.write_text(MODEL)
    return path


def test_model_with_correct_gradients_exits_0(tmp_path, capsys):
    path = _write_model(tmp_path)
    assert main(["--model", f"{path}:good"]) == 0
    out = capsys.readouterr().out
    assert "PASS" in out
    for name in ("W1", "b1", "W2", "b2"):
        assert f"{name} (" in out


def test_model_missing_the_mean_exits_1_naming_every_array_and_the_cause(tmp_path, capsys):
    path = _write_model(tmp_path)
    assert main(["--model", f"{path}:forgot_mean", "--batch", "8"]) == 1
    out = capsys.readouterr().out
    assert "FAIL, 4 of 4 arrays wrong: W1, b1, W2, b2" in out
    assert "your gradients are 8x the true ones: a mean over the batch" in out


@pytest.mark.parametrize(
    "target, where, what",
    [
        ("{tmp}/none.py:good", "{tmp}/none.py", "--model: no such file"),
        ("{tmp}/net.py:absent", "{tmp}/net.py", "no function 'absent'"),
        ("{tmp}/net.py:two_things", "{tmp}/net.py:{two_things}", "returned a tuple of 2"),
        ("{tmp}/net.py:raises", "{tmp}/net.py:{raises}", "raised ZeroDivisionError"),
        ("{tmp}/net.py:loss_raises", "{tmp}/net.py:{loss_raises}", "loss raised KeyError"),
    ],
    ids=["no-file", "no-function", "wrong-return", "function-raises", "loss-raises"],
)
def test_model_errors_exit_2_with_file_line_and_cause(tmp_path, capsys, target, where, what):
    path = _write_model(tmp_path)
    lines = MODEL.splitlines()
    line_of = {  # the line of each function's body: where the error is
        name: next(k for k, ln in enumerate(lines, 1) if ln.startswith(f"def {name}(")) + 1
        for name in ("two_things", "raises", "loss_raises")
    }
    line_of["two_things"] -= 1  # a wrong return value is reported at the def
    fill = {"tmp": str(tmp_path), **{k: str(v) for k, v in line_of.items()}}
    assert main(["--model", target.format(**fill)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"error: {where.format(**fill)}: ")
    assert what in line
    assert path.exists()


def test_model_and_kernel_together_is_bad_input(tmp_path, capsys):
    path = _write_model(tmp_path)
    assert main(["--model", f"{path}:good", "--kernel", f"{path}:loss"]) == 2
    assert "--model and --kernel" in capsys.readouterr().err

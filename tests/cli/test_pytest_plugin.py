"""Tests of verifier/pytest_plugin.py, driving pytest itself on temporary folders.

The expectations do not come from the verifier: every file in ``examples/`` is
documented to hold a planted mistake (it must fail), and every file in
``derivations/`` must be proved (it must pass).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "derivations").glob("*.toml"))
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))
SIGN_SLIP = ROOT / "examples" / "reciprocal-sign-slip.toml"


def _copy(files: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    # hypothesis' plugin costs about 0.5 s per in-process run and is not needed here.
    return pytester.runpytest("-p", "no:hypothesispytest", "-p", "no:cacheprovider", *args)


def _line_of(path: Path, fragment: str) -> int:
    """The 1-based line of the only line of ``path`` containing ``fragment``."""
    hits = [n for n, line in enumerate(path.read_text().splitlines(), 1) if fragment in line]
    assert len(hits) == 1, hits
    return hits[0]


def test_copies_of_the_shipped_derivations_pass(pytester: pytest.Pytester) -> None:
    _copy(SHIPPED, pytester.path / "proofs")
    result = _run(pytester, "--derivations", "proofs", "-v")
    result.assert_outcomes(passed=len(SHIPPED))
    for path in SHIPPED:
        ident = re.search(r'^id = "(.+)"', path.read_text(), re.MULTILINE).group(1)
        result.stdout.fnmatch_lines([f"*proofs/{path.name}::{ident} PASSED*"])


def test_sign_slip_fails_with_its_counterexample_and_line(pytester: pytest.Pytester) -> None:
    _copy([SIGN_SLIP], pytester.path / "mistakes")
    result = _run(pytester, "--derivations", "mistakes")
    result.assert_outcomes(failed=1)
    # The slip, as the file's own comment documents: the numerator f(x+h) - f(x).
    line = _line_of(SIGN_SLIP, '"Limit((f(x + h) - f(x))/(h*f(x)*f(x + h)), h, 0)"')
    out = result.stdout.str()
    assert f"mistakes/reciprocal-sign-slip.toml:{line}" in out
    assert "f(t) = t**2 + 1" in out
    assert "previous: Limit((1/f(x + h) - 1/f(x))/h, h, 0)" in out
    assert "by algebra: refuted" in out
    # Only the bad step is reported, not the correct ones after it. (Counted by
    # file line, not by "previous:": an installed plugin may print the report twice.)
    text = SIGN_SLIP.read_text().splitlines()
    later = [n for n, t in enumerate(text, start=1) if t.startswith("expr =") and n > line]
    assert later and not any(f"reciprocal-sign-slip.toml:{n}" in out for n in later)


def test_reportinfo_points_at_the_bad_step(pytester: pytest.Pytester) -> None:
    _copy([SIGN_SLIP], pytester.path / "mistakes")
    line = _line_of(SIGN_SLIP, '"Limit((f(x + h) - f(x))/(h*f(x)*f(x + h)), h, 0)"')
    reports = pytester.inline_run(
        "-p", "no:hypothesispytest", "--derivations", "mistakes"
    ).getreports("pytest_runtest_logreport")
    call = [r for r in reports if r.when == "call"]
    assert len(call) == 1 and call[0].failed
    path, lineno, domain = call[0].location
    assert path.endswith("reciprocal-sign-slip.toml")
    assert lineno + 1 == line  # pytest keeps 0-based lines
    assert domain == "derivation reciprocal-sign-slip"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('id = "broken"\nclaim = "x = x"\n[[step]\nexpr = "x"\n', 3, "malformed TOML"),
        (
            'id = "broken"\nclaim = "x = x"\n[symbols]\nx = "real"\n[[step]]\nexpr = "x +"\n'
            '[[step]]\nby = "algebra"\nexpr = "x"\n',
            6,
            "expression",
        ),
        (
            'id = "broken"\nclaim = "x = x"\nuses = ["no-such-lemma"]\n[symbols]\nx = "real"\n'
            '[[step]]\nexpr = "x"\n[[step]]\nby = "no-such-lemma"\nexpr = "x"\n',
            3,
            "no-such-lemma",
        ),
    ],
    ids=["malformed-toml", "bad-expression", "missing-lemma"],
)
def test_bad_input_fails_naming_file_and_line(
    pytester: pytest.Pytester, text: str, line: int, words: str
) -> None:
    (pytester.path / "bad").mkdir()
    (pytester.path / "bad" / "broken.toml").write_text(text)
    result = _run(pytester, "--derivations", "bad")
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    assert f"bad/broken.toml:{line}:" in out
    assert words in out
    assert "Traceback" not in out


def test_dash_k_selects_by_id(pytester: pytest.Pytester) -> None:
    _copy(SHIPPED, pytester.path / "proofs")
    result = _run(pytester, "--derivations", "proofs", "-k", "sigmoid-derivative", "-v")
    # Those ids cite deselected files; they are still their lemmas.
    chosen = [p for p in SHIPPED if "sigmoid-derivative" in p.stem]
    assert chosen
    result.assert_outcomes(passed=len(chosen), deselected=len(SHIPPED) - len(chosen))
    result.stdout.fnmatch_lines(["*::sigmoid-derivative PASSED*"])


def test_dash_m_selects_by_marker(pytester: pytest.Pytester) -> None:
    _copy(SHIPPED, pytester.path / "proofs")
    pytester.makepyfile(test_other="def test_unrelated():\n    pass\n")
    result = _run(pytester, "--derivations", "proofs", "test_other.py", "-m", "derivation")
    result.assert_outcomes(passed=len(SHIPPED), deselected=1)


def test_a_copied_lemma_shadows_the_shipped_one(pytester: pytest.Pytester) -> None:
    # A lemma that is refuted in this run must not be cited as proved, even
    # though the shipped file of the same id is proved.
    folder = _copy([ROOT / "derivations" / "sigmoid-derivative.toml"], pytester.path / "run")
    recip = (ROOT / "derivations" / "reciprocal-rule.toml").read_text()
    slip = SIGN_SLIP.read_text().replace('id = "reciprocal-sign-slip"', 'id = "reciprocal-rule"')
    assert slip != SIGN_SLIP.read_text() and "reciprocal-rule" in recip
    (folder / "reciprocal-rule.toml").write_text(slip)
    result = _run(pytester, "--derivations", "run", "-k", "sigmoid")
    result.assert_outcomes(failed=1, deselected=1)
    line = _line_of(folder / "sigmoid-derivative.toml", 'by = "reciprocal-rule"') + 1
    assert f"run/sigmoid-derivative.toml:{line}, by reciprocal-rule" in result.stdout.str()


def test_the_repository_folders_pass_and_fail_as_documented(pytester: pytest.Pytester) -> None:
    # Every file under examples/ (derivations and posts) holds a planted mistake.
    posts = sorted(p for p in (ROOT / "examples" / "posts").iterdir() if p.is_file())
    assert SHIPPED and EXAMPLES and posts
    result = _run(pytester, "--derivations", str(ROOT / "derivations"), str(ROOT / "examples"))
    result.assert_outcomes(passed=len(SHIPPED), failed=len(EXAMPLES) + len(posts))
    for path in EXAMPLES + posts:
        result.stdout.fnmatch_lines([f"FAILED *{path.name}::*"])


def test_ini_option_collects_without_the_flag(pytester: pytest.Pytester) -> None:
    _copy(SHIPPED, pytester.path / "proofs")
    _copy([SIGN_SLIP], pytester.path / "elsewhere")
    pytester.makeini("[pytest]\nderivations_paths = proofs\n")
    result = _run(
        pytester,
    )
    result.assert_outcomes(passed=len(SHIPPED))  # elsewhere/ is not configured


def test_without_flag_or_ini_toml_files_are_not_collected(pytester: pytest.Pytester) -> None:
    _copy([SIGN_SLIP], pytester.path / "mistakes")
    result = _run(pytester, "mistakes")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_configuration_toml_is_not_a_derivation(pytester: pytest.Pytester) -> None:
    _copy(SHIPPED[:1], pytester.path / "proofs")
    (pytester.path / "proofs" / "ruff.toml").write_text("line-length = 100\n")
    result = _run(pytester, "--derivations", "proofs")
    result.assert_outcomes(passed=1)


def test_plugin_import_is_cheap() -> None:
    # pytest loads the plugin in every run; it must not pull in SymPy.
    code = "import sys, verifier.cli.pytest_plugin; print('sympy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


POST = """# A post

Expand:

$$
(x+1)^2 = x^2 + 2x + 1
$$
"""
SLIP = """

and a slip:

$$
(x+1)^2 = x^2 + 1
$$
"""


def test_a_post_with_only_true_links_passes(pytester: pytest.Pytester) -> None:
    (pytester.path / "posts").mkdir()
    (pytester.path / "posts" / "expand.md").write_text(POST)
    result = _run(pytester, "--derivations", "posts")
    result.assert_outcomes(passed=1)


def test_a_post_with_a_false_link_fails_at_its_line_and_column(pytester: pytest.Pytester) -> None:
    (pytester.path / "posts").mkdir()
    post = pytester.path / "posts" / "slip.md"
    post.write_text(POST + SLIP)
    result = _run(pytester, "--derivations", "posts")
    result.assert_outcomes(failed=1)
    line = _line_of(post, "= x^2 + 1")
    column = post.read_text().splitlines()[line - 1].index("= x^2 + 1") + 1
    out = result.stdout.str()
    assert f"posts/slip.md:{line}:{column}: refuted" in out
    assert f":{_line_of(post, '= x^2 + 2x + 1')}:" not in out  # the true link is not listed

"""Tests of the CI outputs of ``verifier check``: JUnit XML, GitHub annotations, JSON, exit codes.

The CLI is driven in-process through ``verifier.cli.program`` (one test runs
``python -m verifier`` for the real exit code). Expectations come from the
files themselves, not from the verifier: every example marks its planted
mistake with a ``note = "WRONG..."`` on the bad step, and every shipped
derivation must be proved. Lines are found by scanning the file text.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from verifier.cli import main
from verifier.proof.model import load_file

ROOT = Path(__file__).resolve().parents[2]

# One pytest-xdist worker runs all of this module: its tests share the runs of ``checked_once``,
# computed once per process.
pytestmark = pytest.mark.xdist_group("test_render")
SHIPPED = {p.stem: p for p in sorted((ROOT / "derivations").glob("*.toml"))}
EXAMPLES = {p.stem: p for p in sorted((ROOT / "examples").glob("*.toml"))}
# Two proved, two refuted; reciprocal-rule and exp-derivative cite no lemma.
PICKED = [
    SHIPPED["reciprocal-rule"],
    SHIPPED["exp-derivative"],
    EXAMPLES["reciprocal-sign-slip"],
    EXAMPLES["abs-on-real-line"],
]

# GitHub's workflow command: ::error file={name},line={line},title={title}::{message}
ANNOTATION = re.compile(
    r"^::error file=(?P<file>[^,:]+),line=(?P<line>\d+)(?:,(?:endLine|col|endColumn|title)=[^,:]*)*"
    r"::(?P<message>.+)$"
)


def _scan(path: Path) -> list[dict]:
    """The [[step]] blocks of a derivation file: the line of each one's expr and its note."""
    steps: list[dict] = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if line.strip() == "[[step]]":
            steps.append({})
        elif steps and re.match(r"\s*expr\s*=", line):
            steps[-1]["expr_line"] = number
        elif steps and re.match(r"\s*note\s*=", line):
            steps[-1]["note"] = line
    return steps


def _ident(path: Path) -> str:
    return re.search(r'^id = "(.+)"', path.read_text(), re.MULTILINE).group(1)


def _planted(path: Path) -> list[int]:
    """Lines of the steps an example documents as wrong."""
    return [s["expr_line"] for s in _scan(path) if "WRONG" in s.get("note", "")]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # One folder for the module (no test writes into it): the same paths in every test, so
    # ``checked_once`` checks the picked files once for all the output formats.
    folder = tmp_path_factory.mktemp("run")
    for path in PICKED:
        shutil.copy(path, folder / path.name)
    return folder


def test_every_example_documents_exactly_one_planted_mistake() -> None:
    # The other tests rely on it; if an example changes, they must change too.
    assert EXAMPLES
    for path in EXAMPLES.values():
        assert len(_planted(path)) == 1, path


# -- JUnit ----------------------------------------------------------------------------


def test_junit_has_one_testcase_per_derivation_and_the_failures(
    run_dir: Path, tmp_path: Path, checked_once: None, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "proofs.xml"
    code = main(["check", str(run_dir), "--junit-xml", str(report), "-j", "1"])
    capsys.readouterr()
    assert code == 1
    root = ET.parse(report).getroot()
    cases = root.findall(".//testcase")
    assert sorted(c.get("name") for c in cases) == sorted(_ident(p) for p in PICKED)
    failed = {c.get("name"): c.find("failure") for c in cases if c.find("failure") is not None}
    mistakes = {_ident(p): p for p in PICKED if p.parent.name == "examples"}
    assert set(failed) == set(mistakes)
    assert root.find("testsuite").get("failures") == str(len(mistakes))
    assert all(c.find("error") is None for c in cases)
    for ident, failure in failed.items():
        path = mistakes[ident]
        (line,) = _planted(path)
        where = f"{run_dir / path.name}:{line}"
        assert where in failure.get("message")
        assert where in failure.text


def test_junit_reports_bad_input_as_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.toml").write_text('id = "broken"\nclaim = "x = x\n')
    report = tmp_path / "proofs.xml"
    code = main(["check", str(tmp_path / "broken.toml"), "--junit-xml", str(report)])
    capsys.readouterr()
    assert code == 2
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite.get("errors") == "1"
    error = suite.find("testcase/error")
    assert f"{tmp_path / 'broken.toml'}:2" in error.text


@pytest.mark.parametrize(
    "target",
    ["missing-dir/proofs.xml", "."],
    ids=["parent-does-not-exist", "path-is-a-directory"],
)
def test_unwritable_junit_path_is_bad_input(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / target
    code = main(
        [
            "check",
            str(ROOT / "derivations" / "exp-derivative.toml"),
            "--junit-xml",
            str(path),
            "-j",
            "1",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    # One error, printed once, naming the path (an uncaught exception would not return 2).
    (line,) = err.splitlines()
    assert line.startswith("error: ") and str(path) in line


# -- GitHub annotations ---------------------------------------------------------------


def test_github_annotations_one_per_failed_step_at_its_expr_line(
    run_dir: Path, checked_once: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(run_dir), "--format", "github", "-j", "1"])
    out = capsys.readouterr().out
    assert code == 1
    lines = out.splitlines()
    assert lines, out
    for line in lines:
        assert ANNOTATION.match(line), line
    got = sorted((m["file"], int(m["line"])) for m in map(ANNOTATION.match, lines))
    expected = sorted(
        (str(run_dir / p.name), line)
        for p in PICKED
        if p.parent.name == "examples"
        for line in _planted(p)
    )
    assert got == expected


def test_github_annotation_message_names_the_counterexample(
    run_dir: Path, checked_once: None, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(run_dir / "reciprocal-sign-slip.toml"), "--format", "github", "-j", "1"])
    (line,) = capsys.readouterr().out.splitlines()
    message = ANNOTATION.match(line)["message"]
    assert "f(t) = t**2 + 1" in message
    # Both sides are named: the previous step's text and this one's.
    assert "previous: Limit((1/f(x + h) - 1/f(x))/h, h, 0)" in message
    assert "this: Limit((f(x + h) - f(x))/(h*f(x)*f(x + h)), h, 0)" in message


def test_github_format_is_silent_when_all_proved(
    checked_once: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(ROOT / "derivations"), "--format", "github", "-j", "1"])
    assert code == 0
    assert capsys.readouterr().out == ""


# -- JSON -------------------------------------------------------------------------------


def test_json_matches_the_documented_schema(
    run_dir: Path, checked_once: None, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(run_dir), "--format", "json", "-j", "1"])
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"derivations"}
    by_file = {Path(d["file"]).name: d for d in document["derivations"]}
    assert set(by_file) == {p.name for p in PICKED}
    for path in PICKED:
        entry = by_file[path.name]
        # The documented keys, and what the claim rests on (names mean what they say).
        assert set(entry) == {
            "id",
            "file",
            "verdict",
            "steps",
            "claim",
            "definitions",
            "symbols",
            "hypotheses",
        }
        assert entry["id"] == _ident(path)
        expected = "refuted" if path.parent.name == "examples" else "proved"
        assert entry["verdict"] == expected
        scanned = _scan(path)
        assert [s["index"] for s in entry["steps"]] == list(range(1, len(scanned) + 1))
        assert [s["line"] for s in entry["steps"]] == [s["expr_line"] for s in scanned]
        for step in entry["steps"]:
            assert set(step) == {
                "index",
                "line",
                "by",
                "verdict",
                "method",
                "reason",
                "counterexample",
            }
            assert step["verdict"] in ("proved", "refuted", "unknown")
            assert isinstance(step["by"], list)
            if step["verdict"] == "refuted":
                assert step["line"] in _planted(path)
                assert isinstance(step["counterexample"], dict)
            else:
                assert step["counterexample"] is None


def test_json_counterexample_values_really_differ(
    run_dir: Path, checked_once: None, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(run_dir / "reciprocal-sign-slip.toml"), "--format", "json", "-j", "1"])
    (entry,) = json.loads(capsys.readouterr().out)["derivations"]
    (bad,) = [s for s in entry["steps"] if s["verdict"] == "refuted"]
    witness = bad["counterexample"]
    assert witness["witnesses"] == {"f(t)": "t**2 + 1"}
    # Values for exactly the free symbols of the two sides: h is bound by both limits.
    d = load_file(run_dir / "reciprocal-sign-slip.toml")
    (this,) = [s for s in d.steps if s.line == bad["line"]]
    previous = d.steps[this.index - 2]
    free = {str(sym) for sym in this.expr.free_symbols | previous.expr.free_symbols}
    assert set(witness["values"]) == free == {"x"}
    assert abs(float(witness["lhs"]) - float(witness["rhs"])) > 1e-6


# -- bad input and exit codes --------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [lambda p: None, lambda p: (p / "notes.txt").write_text("not a derivation")],
    ids=["empty-dir", "dir-without-toml"],
)
def test_directory_without_derivations_is_bad_input(
    make, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make(tmp_path)
    code = main(["check", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert str(tmp_path) in err
    assert "no derivation" in err


def test_python_dash_m_verifier_exit_code(run_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "verifier", "check", str(run_dir), "-j", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "2 proved, 2 refuted, 0 unknown, 0 error" in done.stdout


# -- kernel freshness (verifier check --kernels) ----------------------------------------------


@pytest.mark.parametrize(
    ("problem", "code"),
    [(None, 0), ("the sigmoid kernel differs from the derivation", 1)],
    ids=["fresh", "stale"],
)
def test_check_kernels_fails_on_stale_kernels(
    problem: str | None,
    code: int,
    monkeypatch: pytest.MonkeyPatch,
    checked_once: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A stand-in codegen module: this tests the CLI's wiring, not codegen.
    fake = types.ModuleType("verifier.kernels.specs")
    fake.freshness_problem = lambda path=None: problem
    monkeypatch.setitem(sys.modules, "verifier.kernels.specs", fake)
    assert main(["check", str(ROOT / "derivations"), "--kernels", "-j", "1"]) == code
    err = capsys.readouterr().err
    assert ("up to date" in err) == (problem is None)
    if problem:
        assert f"kernels: {problem}" in err


# -- every format shows the definitions and hypotheses beside the claim ------------------------

SIGMOID_DEFINITION = "S(x) = 1/(1 + exp(-x))"
_CHECKED: dict = {}


@pytest.fixture
def checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Check each set of derivations once for all the output tests: they test the output
    (the checks themselves are tested in tests/test_runner.py)."""
    import verifier.runner as runner

    real = runner.check_ordered

    def cached(order, **kwargs):
        key = (tuple(sorted((d.file, d.sha256) for d in order)), kwargs.get("timeout"))
        if key not in _CHECKED:
            _CHECKED[key] = real(order, **kwargs)
        return _CHECKED[key]

    monkeypatch.setattr(runner, "check_ordered", cached)


@pytest.mark.parametrize("fmt", ["text", "markdown", "latex", "json"])
def test_every_format_shows_the_sigmoid_definition(
    fmt: str, checked_once: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["prove", "sigmoid-derivative", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert SIGMOID_DEFINITION in out
    if fmt == "json":
        (entry,) = json.loads(out)["derivations"]
        assert entry["definitions"] == [SIGMOID_DEFINITION]
        assert entry["claim"] == "Derivative(S(x), x) = S(x)*(1 - S(x))"
        assert entry["symbols"] == {"x": ["real"]}
    if fmt in ("markdown", "latex"):  # and as typeset math
        assert r"S{\left(x \right)} = \frac{1}{1 + e^{- x}}" in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "latex", "json"])
def test_every_format_shows_the_hypotheses_of_f(
    fmt: str, checked_once: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["prove", "reciprocal-rule", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        (entry,) = json.loads(out)["derivations"]
        assert entry["hypotheses"] == {"f": ["differentiable", "nonzero"]}
        assert entry["symbols"] == {"x": ["real"], "h": ["real"]}
        assert entry["definitions"] == []
        return
    lines = [
        ln
        for ln in out.splitlines()
        if re.search(r"(^|[^\w\\])f\b", ln) and "differentiable" in ln and "nonzero" in ln
    ]
    assert lines, out


def test_check_json_carries_claim_definitions_symbols_hypotheses(
    checked_once: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(ROOT / "derivations"), "--format", "json", "-j", "1"]) == 0
    by_id = {d["id"]: d for d in json.loads(capsys.readouterr().out)["derivations"]}
    assert set(by_id) == {_ident(path) for path in SHIPPED.values()}
    assert by_id["sigmoid-derivative"]["definitions"] == [SIGMOID_DEFINITION]
    assert by_id["reciprocal-rule"]["hypotheses"] == {"f": ["differentiable", "nonzero"]}
    for entry in by_id.values():
        text = (ROOT / entry["file"]).read_text()
        assert f'claim = "{entry["claim"]}"' in text


def test_the_textbook_view_draws_in_ascii_or_unicode_whatever_sympy_guessed() -> None:
    # SymPy sets a global Unicode flag from the first stream it meets; a StringIO or an
    # ASCII terminal left it off, and the Unicode view then failed (KeyError 'sum').
    from sympy.printing.pretty.pretty_symbology import pretty_use_unicode

    from verifier import report
    from verifier.proof.checker import check_all
    from verifier.proof.model import load_shipped, resolve

    target = load_file(ROOT / "derivations" / "exp-derivative.toml")  # a sum, drawn big
    (checked,) = [r for r in check_all(resolve([target], load_shipped())) if r.derivation is target]
    previous = pretty_use_unicode(False)
    try:
        drawn = report.text_derivation(checked)
        plain = report.text_derivation(checked, unicode=False)
        assert pretty_use_unicode(False) is False  # the flag is left as it was found
    finally:
        pretty_use_unicode(previous)
    assert "\u2571" in drawn  # the sigma of the exp series, drawn with box diagonals
    plain.encode("ascii")  # raises if a character is not ASCII
    assert "____" in plain and "n = 0" in plain
    # The same lines of text around the drawings: only the math is drawn differently.
    keep = [line for line in drawn.splitlines() if line.startswith(("exp-derivative", "  file"))]
    assert keep and all(line in plain.splitlines() for line in keep)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_prove_and_a_post_check_on_a_narrow_terminal_print_without_a_traceback(
    encoding: str,
) -> None:
    env = {**__import__("os").environ, "PYTHONIOENCODING": encoding, "VERIFIER_NO_CACHE": "1"}
    proved = subprocess.run(
        [sys.executable, "-m", "verifier", "prove", "exp-derivative"],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert proved.returncode == 0, proved.stderr.decode(encoding, "replace")
    text = proved.stdout.decode("ascii")  # drawn in ASCII: every byte is ASCII
    assert "by exp-series" in text and "proved" in text
    post = ROOT / "examples" / "posts"
    sample = sorted(post.glob("*.md"))[0]
    checked = subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", str(sample)],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    utf8 = subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", str(sample)],
        capture_output=True,
        cwd=ROOT,
        env={**env, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert b"Traceback" not in checked.stderr
    assert checked.returncode == utf8.returncode
    # What the narrow terminal cannot show is written as an escape of the same character.
    shown = checked.stdout.decode(encoding)
    escaped = utf8.stdout.decode("utf-8").encode(encoding, "backslashreplace").decode(encoding)
    timing = re.compile(r"\(\d+\.\d+ s\)")  # each post's check time
    assert timing.sub("", shown) == timing.sub("", escaped)
    assert "\\u2713" in shown  # a check mark, escaped: something was not encodable

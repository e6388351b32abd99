"""The cache of proved runs: hit only on the same files, verifier and options; never on a
run that was not fully proved; never from a folder someone else could write."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from verifier.proof import cache

PROVED = """\
id = "square"
claim = "Derivative(x**2, x) = 2*x"
[symbols]
x = "real"
[[step]]
expr = "Derivative(x**2, x)"
[[step]]
by = "power-rule"
expr = "2*x"
"""

REFUTED = PROVED.replace('expr = "2*x"', 'expr = "3*x"').replace("= 2*x", "= 3*x")

HIT = "reprinted from the cache"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("VERIFIER_CACHE_DIR", str(folder))
    monkeypatch.delenv("VERIFIER_NO_CACHE", raising=False)
    return folder


def check(path: Path, *extra: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``verifier check`` in a fresh process, as a user runs it twice."""
    env = {k: v for k, v in os.environ.items() if k != "VERIFIER_NO_CACHE"}
    return subprocess.run(
        [sys.executable, "-m", "verifier", "check", str(path), "--jobs", "1", *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


def test_a_proved_run_is_reprinted_the_second_time_and_the_same(tmp_path, cache_dir):
    path = tmp_path / "square.toml"
    path.write_text(PROVED)
    first, second = check(path), check(path)
    assert first.returncode == second.returncode == 0
    assert HIT not in first.stderr and HIT in second.stderr
    assert second.stdout == first.stdout and "proved" in second.stdout
    # A different format is a different report: checked, not reprinted.
    as_json = check(path, "--format", "json")
    assert as_json.returncode == 0 and as_json.stdout.lstrip().startswith("{")


def test_the_reprint_does_not_import_sympy(tmp_path, cache_dir):
    path = tmp_path / "square.toml"
    path.write_text(PROVED)
    assert check(path).returncode == 0
    code = textwrap.dedent(
        f"""
        import sys
        from verifier.cli.program import main
        code = main(["check", {str(path)!r}])
        print("sympy" in sys.modules, code)
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "VERIFIER_NO_CACHE"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    assert HIT in done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False 0"


def test_an_edited_file_is_checked_again(tmp_path, cache_dir):
    path = tmp_path / "square.toml"
    path.write_text(PROVED)
    assert check(path).returncode == 0
    path.write_text(REFUTED)  # the same path, a false step now
    again = check(path)
    assert again.returncode == 1 and HIT not in again.stderr
    assert "refuted" in again.stdout


def test_a_run_that_is_not_all_proved_is_never_kept(tmp_path, cache_dir):
    path = tmp_path / "square.toml"
    path.write_text(REFUTED)
    first, second = check(path), check(path)
    assert first.returncode == second.returncode == 1
    assert HIT not in second.stderr
    assert not list(cache_dir.glob("*.json"))


def test_no_cache_neither_reads_nor_writes(tmp_path, cache_dir):
    path = tmp_path / "square.toml"
    path.write_text(PROVED)
    assert check(path, "--no-cache").returncode == 0
    assert not cache_dir.exists() or not list(cache_dir.glob("*.json"))
    assert check(path).returncode == 0
    assert HIT in check(path).stderr
    assert HIT not in check(path, "--no-cache").stderr


def test_an_entry_others_can_write_is_not_read(tmp_path, cache_dir):
    path = tmp_path / "square.toml"
    path.write_text(PROVED)
    assert check(path).returncode == 0
    (entry,) = cache_dir.glob("*.json")
    entry.chmod(0o666)
    assert HIT not in check(path).stderr
    entry.chmod(0o600)
    cache_dir.chmod(0o777)  # the folder, too
    assert HIT not in check(path).stderr


def test_a_damaged_entry_is_a_miss_and_is_removed(tmp_path, cache_dir):
    path = tmp_path / "square.toml"
    path.write_text(PROVED)
    assert check(path).returncode == 0
    (entry,) = cache_dir.glob("*.json")
    entry.write_text('{"stdout": "prov')
    again = check(path)
    assert again.returncode == 0 and HIT not in again.stderr and "proved" in again.stdout


def test_the_key_covers_every_input(tmp_path, monkeypatch):
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(PROVED)
    b.write_text("x")
    base = cache.key([a, b], {"timeout": 10.0})
    assert cache.key([b, a, a], {"timeout": 10.0}) == base  # a set of files
    assert cache.key([a, b], {"timeout": 20.0}) != base
    assert cache.key([a], {"timeout": 10.0}) != base
    b.write_text("y")  # a lemma's file changed
    assert cache.key([a, b], {"timeout": 10.0}) != base
    b.write_text("x")
    assert cache.key([a, b], {"timeout": 10.0}) == base
    # The verifier's own source: a copy of the package with one byte changed.
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "checker.py").write_text("RULES = 1\n")
    monkeypatch.setattr(cache, "PACKAGE", package)
    before = cache.key([a, b], {"timeout": 10.0})
    (package / "checker.py").write_text("RULES = 2\n")
    assert cache.key([a, b], {"timeout": 10.0}) != before


def test_the_cache_lives_in_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("VERIFIER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.directory() == tmp_path / "xdg" / "verifier"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.directory() == Path.home() / ".cache" / "verifier"

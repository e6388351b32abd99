"""Tests of runner.HeadStart: workers that check the lemma-free files while the rest is read.

`verifier check` reads the derivations that cite no lemma first, forks its first workers
holding only those, and reads the other files while they check (issue 12: a cold check
within 2x of `import sympy`). Nothing the user sees may change: the reports are compared
with an in-process check (``checker.check_all``, no runner at all) and the command's
output with the head start switched off, byte for byte. The other tests pin each case
the head start must hand back to the ordinary run: a worker holding nothing left, a
derivation the run drops, a file that fails to read, a failure while reading.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
from pathlib import Path

import pytest

from verifier import runner
from verifier.cli import loading, main
from verifier.proof import checker, model
from verifier.proof.model import load_file, load_shipped, resolve

ROOT = Path(__file__).resolve().parent.parent
PATHS = [ROOT / "derivations", ROOT / "examples"]

pytestmark = pytest.mark.xdist_group("test_runner")


def _summary(reports) -> list[tuple]:
    return [
        (r.derivation.id, r.verdict, r.claim, tuple(s.verdict for s in r.steps)) for r in reports
    ]


@pytest.fixture(scope="module")
def in_process():
    """The shipped derivations and the examples checked in this process, one by one."""
    files = [p for folder in PATHS for p in sorted(folder.glob("*.toml"))]
    order = resolve([load_file(p) for p in files], load_shipped())
    return {r.derivation.id: r for r in checker.check_all(order)}


def _tag_with_pid(monkeypatch: pytest.MonkeyPatch) -> None:
    # Forked workers inherit the patch: each report's reason names the process it came from.
    real = runner.check_derivation

    def tagged(d, *args, **kwargs):
        return dataclasses.replace(real(d, *args, **kwargs), reason=str(os.getpid()))

    monkeypatch.setattr(runner, "check_derivation", tagged)


def test_the_started_workers_check_the_lemma_free_files_and_the_reports_are_unchanged(
    in_process, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tag_with_pid(monkeypatch)
    with runner.HeadStart(2, checker.DEFAULT_TIMEOUT) as started:
        loaded = loading.load(PATHS, started)
        early = {w.job.derivation.id: w.proc.pid for w in started.workers}
        reports, _ = runner.check_ordered(loaded.order, jobs=2, started=started)
    by_id = {r.derivation.id: r for r in reports}
    # The two most cited lemma-free derivations were started before the rest was read,
    # and the processes started for them are the ones that checked them.
    assert set(early) == {"exp-derivative", "reciprocal-rule"}
    for ident, pid in early.items():
        assert by_id[ident].reason == str(pid)
    expected = [
        (i, r.verdict, r.claim, tuple(s.verdict for s in r.steps)) for i, r in in_process.items()
    ]
    assert sorted(_summary(reports)) == sorted(expected)
    assert multiprocessing.active_children() == []


def _cited_through(order) -> dict[str, int]:
    """How many cite each derivation, directly or through others: the closure by a
    fixed point, computed here (the runner and the glance share model.users_count)."""
    users: dict[str, set[str]] = {d.id: set() for d in order}
    changed = True
    while changed:
        changed = False
        for d in order:
            for lemma in d.uses:
                more = {d.id} | users[d.id]
                if lemma in users and not more <= users[lemma]:
                    users[lemma] |= more
                    changed = True
    return {k: len(v) for k, v in users.items()}


def test_the_files_read_first_are_those_the_run_would_start_first() -> None:
    files = [p for folder in PATHS for p in sorted(folder.glob("*.toml"))]
    order = resolve([load_file(p) for p in files], load_shipped())
    waiting_on = _cited_through(order)
    assert waiting_on == runner._waiting_on(order)
    position = {str(p): i for i, p in enumerate(files)}
    free = [d for d in order if not d.uses and d.file in position]
    free.sort(key=lambda d: (-waiting_on[d.id], -len(d.steps), position[d.file]))
    assert [str(p) for p in loading._citing_nothing(files)] == [d.file for d in free]
    assert len(free) >= 4  # the case is not trivial


def test_a_started_worker_holding_nothing_left_gives_way_to_a_fresh_one(
    in_process, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tag_with_pid(monkeypatch)
    with runner.HeadStart(1, checker.DEFAULT_TIMEOUT) as started:
        loaded = loading.load(PATHS, started)
        (worker,) = started.workers
        knows = worker.knows
        reports, _ = runner.check_ordered(loaded.order, jobs=1, started=started)
    pids = {r.derivation.id: r.reason for r in reports}
    early_pid = str(worker.proc.pid)
    # It checked what it holds (every lemma-free derivation: it is the only worker), and
    # nothing else: a derivation citing a lemma was read after it was forked.
    assert {i for i, pid in pids.items() if pid == early_pid} == set(knows)
    assert all(not d.uses for d in loaded.order if d.id in knows)
    later = {pid for i, pid in pids.items() if i not in knows}
    assert len(later) == 1 and early_pid not in later and str(os.getpid()) not in later
    assert sorted(r.verdict for r in reports) == sorted(r.verdict for r in in_process.values())
    assert not worker.proc.is_alive()


def test_nothing_starts_for_derivations_that_cite_lemmas_or_share_an_id() -> None:
    sigmoid = load_file(ROOT / "derivations" / "sigmoid-derivative.toml")
    exp = load_file(ROOT / "derivations" / "exp-derivative.toml")
    with runner.HeadStart(2, checker.DEFAULT_TIMEOUT) as started:
        started.start([sigmoid])
        assert started.workers == []
        started.start([exp, dataclasses.replace(exp, file="elsewhere.toml")])
        assert started.workers == []


def _write(tmp_path: Path, name: str, ident: str, extra: str = "") -> Path:
    path = tmp_path / name
    path.write_text(
        f'id = "{ident}"\nclaim = "Derivative(x**2, x) = 2*x"\n{extra}\n'
        '[symbols]\nx = "real"\n\n'
        '[[step]]\nexpr = "Derivative(x**2, x)"\n\n'
        '[[step]]\nexpr = "2*x"\nby = ["power-rule"]\n',
        encoding="utf-8",
    )
    return path


def test_a_duplicate_id_is_reported_as_without_the_head_start(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", "square")
    _write(tmp_path, "b.toml", "square")
    plain = loading.load([tmp_path])
    with runner.HeadStart(2, checker.DEFAULT_TIMEOUT) as started:
        loaded = loading.load([tmp_path], started)
        assert started.workers == []  # two files, one id: the run reports it, nothing starts
    assert [(f.file, f.line, f.message) for f in loaded.failures] == [
        (f.file, f.line, f.message) for f in plain.failures
    ]
    assert loaded.failures and "also used by" in loaded.failures[0].message


def test_a_file_that_fails_to_read_is_reported_as_without_the_head_start(tmp_path: Path) -> None:
    _write(tmp_path, "good.toml", "square")
    bad = _write(tmp_path, "bad.toml", "broken")
    bad.write_text(bad.read_text().replace('"2*x"', '"2*x +"'), encoding="utf-8")
    plain = loading.load([tmp_path])
    with runner.HeadStart(2, checker.DEFAULT_TIMEOUT) as started:
        loaded = loading.load([tmp_path], started)
        assert [w.job.derivation.id for w in started.workers] == ["square"]
        reports, _ = runner.check_ordered(loaded.order, jobs=2, started=started)
    assert [(f.file, f.line, f.message) for f in loaded.failures] == [
        (f.file, f.line, f.message) for f in plain.failures
    ]
    assert len(loaded.failures) == 1 and loaded.failures[0].file == str(bad)
    assert [r.verdict for r in reports] == ["proved"]


def test_a_started_derivation_the_run_does_not_hold_is_stopped(tmp_path: Path) -> None:
    path = _write(tmp_path, "square.toml", "square")
    started_copy = load_file(path)
    run_copy = load_file(path)  # equal, but not the object the worker was given
    with runner.HeadStart(1, checker.DEFAULT_TIMEOUT) as started:
        started.start([started_copy])
        (worker,) = started.workers
        reports, _ = runner.check_ordered([run_copy], jobs=1, started=started)
    assert not worker.proc.is_alive()
    assert [r.verdict for r in reports] == ["proved"]
    assert reports[0].derivation is run_copy
    assert multiprocessing.active_children() == []


def test_a_failure_while_reading_stops_the_started_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = model.load_file
    running_then: list[int] = []

    def fails_on_a_lemma_user(path, **kwargs):
        if Path(path).name == "sigmoid-derivative.toml":
            running_then.append(len(multiprocessing.active_children()))
            raise RuntimeError("disk gone")
        return real(path, **kwargs)

    monkeypatch.setattr(model, "load_file", fails_on_a_lemma_user)
    started = runner.HeadStart(2, checker.DEFAULT_TIMEOUT)
    with pytest.raises(RuntimeError, match="disk gone"), started:
        loading.load(PATHS, started)
    assert running_then == [2]  # started before the failure, stopped by leaving the block
    assert started.workers == []
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("collect", [True, False])
def test_started_workers_collect_garbage_as_told(
    collect: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The command reads files with the collector paused; a worker forked meanwhile must
    # not inherit the pause unless the command itself runs without a collector.
    real = runner.check_derivation

    def tagged(d, *args, **kwargs):
        return dataclasses.replace(real(d, *args, **kwargs), reason=str(gc.isenabled()))

    monkeypatch.setattr(runner, "check_derivation", tagged)
    exp = load_file(ROOT / "derivations" / "exp-derivative.toml")
    was = gc.isenabled()
    gc.disable()
    try:
        with runner.HeadStart(1, checker.DEFAULT_TIMEOUT, collect=collect) as started:
            started.start([exp])
            reports, _ = runner.check_ordered([exp], jobs=1, started=started)
    finally:
        if was:
            gc.enable()
    assert reports[0].reason == str(collect)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_command_prints_the_same_bytes_without_the_head_start(
    capsys, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.chdir(ROOT)
    args = ["check", "--no-cache", "derivations", "examples", "--format", fmt]
    with_head_start = main(args), capsys.readouterr().out
    monkeypatch.setattr(runner.HeadStart, "start", lambda self, derivations: None)
    without = main(args), capsys.readouterr().out
    assert with_head_start == without
    assert with_head_start[0] == 1 and "sigmoid-derivative" in with_head_start[1]

"""Hostile review of the head start (commit 183a5fa, issue 12): attacks on `verifier check`.

183a5fa reads the derivation files that cite no lemma first, forks workers holding only
those (``runner.HeadStart``), reads the other files while they check, and ends the
program with ``os._exit`` after ``check``/``prove``. Each attack here tries to make the
command print something it did not print before (270b76e), prove what it should not,
leak a process, hang or crash. The oracle is the run without the head start
(``HeadStart.start`` switched off), and for a false step the arithmetic of its
counterexample done here by hand, sharing no code with the checker.

The attacks that broke 183a5fa (a false derivation proved through a duplicate id, a
pipe read twice, a cubic glance at a chain of lemmas, JUnit times of early derivations,
a worker left behind by a Ctrl-C) were strict xfails; they pass since the review's fix.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from verifier import runner
from verifier.cli import main

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.xdist_group("test_runner")


def _derivation(ident: str, claim: str, steps: list[str], uses: list[str] | None = None) -> str:
    """A derivation file: a chain of ``algebra`` steps over the real symbol x."""
    lines = [f'id = "{ident}"', f'claim = "{claim}"']
    if uses is not None:
        lines.append("uses = [" + ", ".join(f'"{u}"' for u in uses) + "]")
    lines += ["", "[symbols]", 'x = "real"', "", "[[step]]", f'expr = "{steps[0]}"']
    for expr in steps[1:]:
        lines += ["", "[[step]]", 'by = "algebra"', f'expr = "{expr}"']
    return "\n".join(lines) + "\n"


def _no_head_start(monkeypatch: pytest.MonkeyPatch) -> None:
    # The command as it was before 183a5fa: nothing is forked before every file is read.
    monkeypatch.setattr(runner.HeadStart, "start", lambda self, derivations: None)


def _json_check(capsys, args: list[str]) -> tuple[int, dict]:
    code = main(["check", "--no-cache", "--format", "json", *args])
    return code, {
        (d["file"], d["id"]): d for d in json.loads(capsys.readouterr().out)["derivations"]
    }


# --- a duplicate id: the file the run keeps is not the one the early worker holds ------------


def _duplicate_with_a_lemma_free_twin(tmp_path: Path, twin_steps: list[str]) -> Path:
    # a.toml (kept by the run: it comes first) is FALSE and cites y; b.toml has the same id
    # "x", cites nothing and is read early, so the early workers hold *b* under the id "x";
    # c.toml ("y") is lemma-free too, so a's lemmas are all among what those workers hold.
    (tmp_path / "a.toml").write_text(
        _derivation("x", "(x + 1)**2 = x**2 + 2*x + 2", ["(x + 1)**2", "x**2 + 2*x + 2"], ["y"])
    )
    (tmp_path / "b.toml").write_text(_derivation("x", "(x + 1)**2 = x**2 + 2*x + 1", twin_steps))
    (tmp_path / "c.toml").write_text(
        _derivation("y", "(x - 1)**2 = x**2 - 2*x + 1", ["(x - 1)**2", "x**2 - 2*x + 1"])
    )
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_false_derivation_sharing_an_id_with_an_early_file_is_not_proved(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    # On 183a5fa the worker forked early takes the task "x" for a.toml (its lemma y is one
    # it holds, so can_check says yes) and checks ITS "x", b.toml: a.toml is reported proved.
    folder = _duplicate_with_a_lemma_free_twin(tmp_path, ["(x + 1)**2", "x**2 + 2*x + 1"])
    a = str(folder / "a.toml")
    code, by_key = _json_check(capsys, ["-j", jobs, str(folder)])
    assert code == 2  # b.toml: the duplicate id is an error either way
    report = by_key[(a, "x")]
    assert report["verdict"] == "refuted", report
    (bad,) = [s for s in report["steps"] if s["verdict"] == "refuted"]
    values = {k: float(v) for k, v in bad["counterexample"]["values"].items()}
    x = values["x"]
    # The counterexample really separates the sides: (x + 1)**2 - (x**2 + 2x + 2) = -1.
    assert (x + 1) ** 2 != x**2 + 2 * x + 2
    assert float(bad["counterexample"]["lhs"]) == pytest.approx((x + 1) ** 2)
    assert float(bad["counterexample"]["rhs"]) == pytest.approx(x**2 + 2 * x + 2)
    _no_head_start(monkeypatch)
    assert _json_check(capsys, ["-j", jobs, str(folder)]) == (code, by_key)


def test_a_duplicate_id_whose_twin_has_other_steps_is_no_traceback(tmp_path: Path, capsys) -> None:
    # The same, with b.toml one step longer: on 183a5fa the worker's verdicts for b's three
    # steps are zipped with a's two (runner._rebuild, strict=True): ValueError, a traceback.
    folder = _duplicate_with_a_lemma_free_twin(
        tmp_path, ["(x + 1)**2", "(x + 1)*(x + 1)", "x**2 + 2*x + 1"]
    )
    code, by_key = _json_check(capsys, ["-j", "1", str(folder)])
    assert code == 2
    assert by_key[(str(folder / "a.toml"), "x")]["verdict"] == "refuted"
    assert by_key[(str(folder / "b.toml"), "x")]["verdict"] == "error"
    assert by_key[(str(folder / "c.toml"), "y")]["verdict"] == "proved"


# --- a file that can be read only once: a pipe (`verifier check <(git show ...)`) ----------


def test_a_file_that_can_be_read_once_is_checked(tmp_path: Path) -> None:
    # Process substitution hands the command /dev/fd/N, a pipe: the second read finds it
    # empty. On 183a5fa the TOML glance (loading._citing_nothing) reads it first, so the
    # check reads nothing: "missing required key 'id'", exit 2. Before, it was proved.
    text = (ROOT / "derivations" / "exp-derivative.toml").read_text(encoding="utf-8")
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, text.encode())  # ~1 KiB: fits the pipe's buffer
        os.close(write_end)
        command = ["check", "--no-cache", "-j", "1", f"/dev/fd/{read_end}"]
        done = subprocess.run(
            [sys.executable, "-m", "verifier", *command],
            pass_fds=(read_end,),
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=300,
        )
    finally:
        os.close(read_end)
    assert done.returncode == 0, done.stderr
    assert f"proved   exp-derivative (/dev/fd/{read_end}, 9 steps)" in done.stdout


# --- a Ctrl-C as a worker is forked: no process may outlive the command ---------------------

_INTERRUPTED_AT_THE_FIRST_GIVE = textwrap.dedent(
    """
    import sys
    from verifier import runner
    from verifier.cli import main

    real_give = runner._Worker.give
    def give(self, job):
        if job is not None and not getattr(runner, "_hit", False):
            runner._hit = True
            print(self.proc.pid, flush=True)
            raise KeyboardInterrupt  # Ctrl-C, just as the first worker gets its derivation
        return real_give(self, job)
    runner._Worker.give = give
    sys.argv = ["verifier", "check", "--no-cache", "-j", "1", sys.argv[1]]
    raise SystemExit(main())
    """
)


def _left_running(pid: int) -> bool:
    """Is the worker ``pid`` still alive 10 s on? It is killed then: not left behind."""
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    leaked = _alive(pid)
    if leaked:
        os.kill(pid, signal.SIGKILL)  # the process this test made
    return leaked


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_a_ctrl_c_as_a_worker_is_forked_leaves_no_process(tmp_path: Path) -> None:
    # On 183a5fa HeadStart.start gives the worker its job before listing it, so leaving the
    # block does not stop it; and os._exit skips multiprocessing's exit handler, which
    # would have. The worker holds its own copy of the parent's end of the pipe, so it
    # never sees the parent go: it waits forever.
    (tmp_path / "square.toml").write_text(
        _derivation("square", "(x + 1)**2 = x**2 + 2*x + 1", ["(x + 1)**2", "x**2 + 2*x + 1"])
    )
    # Output to files, not pipes: a leaked worker holds a pipe open, and reading it to
    # its end would wait as long as the worker does.
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("w") as stdout, err.open("w") as stderr:
        done = subprocess.run(
            [sys.executable, "-c", _INTERRUPTED_AT_THE_FIRST_GIVE, str(tmp_path)],
            stdout=stdout,
            stderr=stderr,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=300,
        )
    assert done.returncode == 130, err.read_text()
    assert "interrupted" in err.read_text() and "Traceback" not in err.read_text()
    assert not _left_running(int(out.read_text().split()[0]))


# --- attacks that found nothing: kept, each asserts what the run must still do -------------


def _sleep_in_c() -> None:
    # libc's sleep holds the thread in C: no Python-level deadline can land in it.
    import ctypes

    ctypes.CDLL(None).sleep(30)


def _statuses(entry: dict) -> list[tuple]:
    return [(s["index"], s["verdict"], s["method"]) for s in entry["steps"]] + [entry["verdict"]]


def test_an_early_worker_stuck_in_c_is_stopped_and_its_derivation_goes_on(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verifier.proof import checker

    (tmp_path / "a-stuck.toml").write_text(
        _derivation(
            "stuck",
            "(x + 1)**2 = x**2 + 2*x + 1",
            ["(x + 1)**2", "(x + 1)*(x + 1)", "x**2 + x + x + 1", "x**2 + 2*x + 1"],
        )
    )
    # A lemma user, read while the started worker is stuck.
    sigmoid = (ROOT / "derivations" / "sigmoid-derivative.toml").read_text()
    (tmp_path / "b-sigmoid.toml").write_text(sigmoid.replace('"sigmoid-derivative"', '"sig"', 1))
    real = checker.check_step

    def stuck_in(prev, step, ctx, **kwargs):
        if step.index == 3 and step.line == 16:  # a-stuck.toml's third step
            _sleep_in_c()
        return real(prev, step, ctx, **kwargs)

    monkeypatch.setattr(checker, "check_step", stuck_in)
    # 0.25 s of CPU a step: the sigmoid's steps need far less (at 0.05 s one of them ran out
    # once, on a loaded machine), and the stuck step sleeps 30 s in C.
    args = ["-j", "1", "--timeout", "0.25", str(tmp_path)]
    start = time.perf_counter()
    code, by_key = _json_check(capsys, args)
    spent = time.perf_counter() - start
    stuck = by_key[(str(tmp_path / "a-stuck.toml"), "stuck")]
    assert code == 1 and stuck["verdict"] == "unknown"
    assert [s["verdict"] for s in stuck["steps"]] == ["proved", "proved", "unknown", "proved"]
    assert stuck["steps"][2]["method"] == "timeout"
    assert by_key[(str(tmp_path / "b-sigmoid.toml"), "sig")]["verdict"] == "proved"
    assert spent < 25  # stopped at its bound (~4 s), not after the 30 s sleep
    assert multiprocessing.active_children() == []
    _no_head_start(monkeypatch)
    code_before, before = _json_check(capsys, args)
    assert code_before == code
    assert {k: _statuses(v) for k, v in before.items()} == {
        k: _statuses(v) for k, v in by_key.items()
    }


# --- the JUnit time of a derivation checked while the other files were read ----------------


def test_the_junit_time_of_an_early_derivation_is_its_check_not_the_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On 183a5fa the pool learns that a worker forked early has finished only once every
    # file is read, and times its derivation to then: the JUnit report gives a 2-step
    # derivation the whole reading time (measured: 2.07 s where 270b76e said 0.25 s, 120
    # files). Here reading a lemma user takes 6 s, during which the square is checked.
    from verifier.proof import model

    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "a-square.toml").write_text(
        _derivation("square", "(x + 1)**2 = x**2 + 2*x + 1", ["(x + 1)**2", "x**2 + 2*x + 1"])
    )
    sigmoid = (ROOT / "derivations" / "sigmoid-derivative.toml").read_text()
    (folder / "b-sigmoid.toml").write_text(sigmoid.replace('"sigmoid-derivative"', '"sig"', 1))
    real = model.load_text
    slow = 6.0

    def slow_to_read(text, name="<string>", **kwargs):
        if Path(name).name == "b-sigmoid.toml":
            time.sleep(slow)
        return real(text, name, **kwargs)

    monkeypatch.setattr(model, "load_text", slow_to_read)
    junit = tmp_path / "report.xml"
    assert main(["check", "--no-cache", "-j", "1", str(folder), "--junit-xml", str(junit)]) == 0
    import xml.etree.ElementTree as ElementTree

    times = {c.get("name"): float(c.get("time")) for c in ElementTree.parse(junit).iter("testcase")}
    assert set(times) >= {"square", "sig"}
    # A 2-step algebra check takes a fraction of a second, even on a loaded machine.
    assert times["square"] < slow - 2, times


# --- the glance at a long chain of lemmas -----------------------------------------------------


def _chain(folder: Path, count: int) -> list[Path]:
    # c0 <- c1 <- ... : each cites the one before; only c0 cites nothing.
    folder.mkdir()
    for i in range(count):
        uses = [f"c{i - 1:04d}"] if i else None
        (folder / f"c{i:04d}.toml").write_text(_derivation(f"c{i:04d}", "x = x", ["x", "x"], uses))
    return sorted(folder.glob("*.toml"))


class _CountingMap(dict):
    """A lemma -> citing ids map that counts its lookups: the work of the walk, which no
    clock and no load on the machine changes."""

    lookups = 0

    def get(self, key, default=None):
        self.lookups += 1
        return super().get(key, default)


def test_the_glance_at_a_chain_of_lemmas_does_work_linear_in_the_files(tmp_path: Path) -> None:
    # On 183a5fa loading._citing_nothing found the transitive users in rounds, one level of
    # the chain a round, each round over every file: a chain of n files took n rounds of
    # n unions of sets up to n long. Measured: 30 s for 1000 files (before any is read),
    # where reading them takes ~13 s; `verifier check` did no such thing before.
    # (This test counted C calls under sys.setprofile at first; in a long-lived xdist
    # worker of the whole suite that run spun for over ten minutes at the function's
    # entry, though it passed alone in 4 s: the count is now taken by the map itself.)
    from verifier.cli import loading
    from verifier.proof import model

    long = _chain(tmp_path / "long", 200)
    assert loading._citing_nothing(long) == [long[0]]  # the one lemma-free file
    for n in (100, 200, 400):
        chain = _CountingMap({f"c{i}": {f"c{i + 1}"} for i in range(n - 1)})
        assert model.users_count(chain, "c0") == n - 1  # every later file cites c0 through others
        assert chain.lookups == n  # each id looked up once: linear
    loop = _CountingMap({"a": {"b"}, "b": {"a"}})  # a cycle ends the walk
    assert model.users_count(loop, "a") == 2 and loop.lookups == 3


# --- a file changed between the glance and the read ------------------------------------------


def test_a_file_changed_after_the_glance_is_reported_as_one_text(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first read of r.toml (the glance) sees a true derivation, every later read a false
    # one. Whichever text the command goes by, its verdict must be that text's own.
    from verifier.proof import model

    true = _derivation("r", "(x + 1)**2 = x**2 + 2*x + 1", ["(x + 1)**2", "x**2 + 2*x + 1"])
    false = _derivation("r", "(x + 1)**2 = x**2 + 2*x + 2", ["(x + 1)**2", "x**2 + 2*x + 2"])
    path = tmp_path / "r.toml"
    path.write_text(true)
    real = model.read_source
    reads = [0]

    def changes_after_the_first_read(source, **kwargs):
        text = real(source, **kwargs)
        if Path(source) == path:
            reads[0] += 1
            if reads[0] > 1:
                path.write_text(false)
            return true if reads[0] == 1 else false
        return text

    monkeypatch.setattr(model, "read_source", changes_after_the_first_read)
    code, by_key = _json_check(capsys, ["-j", "1", str(path)])
    report = by_key[(str(path), "r")]
    if report["claim"] == "(x + 1)**2 = x**2 + 2*x + 1":
        assert (code, report["verdict"]) == (0, "proved")
    else:
        assert report["claim"] == "(x + 1)**2 = x**2 + 2*x + 2"
        assert (code, report["verdict"]) == (1, "refuted")
    assert reads[0] >= 1


# --- Ctrl-C while the other files are read; the library entry point --------------------------


def _children(pid: int) -> list[str]:
    return subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True
    ).stdout.split()


def test_a_ctrl_c_while_reading_ends_the_command_and_every_worker(tmp_path: Path) -> None:
    # 40 lemma-free files (read first, checked by the started workers) and 40 lemma users
    # (read while those work): SIGINT lands while the workers forked early are running.
    exp = (ROOT / "derivations" / "exp-derivative.toml").read_text()
    sigmoid = (ROOT / "derivations" / "sigmoid-derivative.toml").read_text()
    for i in range(40):
        (tmp_path / f"e{i:02d}.toml").write_text(exp.replace('"exp-derivative"', f'"e{i}"', 1))
        (tmp_path / f"s{i:02d}.toml").write_text(
            sigmoid.replace('"sigmoid-derivative"', f'"s{i}"', 1)
        )
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    # On a loaded machine the signal can land after the last report, as the command ends
    # (seen once in a full parallel run: exit 0 and its summary line): that run says
    # nothing of an interruption, so the command is run again, up to three times.
    for _attempt in range(3):
        with out.open("w") as stdout, err.open("w") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "verifier", "check", "--no-cache", "-j", "2", str(tmp_path)],
                stdout=stdout,
                stderr=stderr,
                cwd=tmp_path,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                start_new_session=True,  # its own process group: what is left can be listed
            )
            # Once the first workers are forked, the lemma users are being read.
            deadline = time.monotonic() + 120
            while not _children(process.pid) and time.monotonic() < deadline:
                time.sleep(0.02)
            assert _children(process.pid), "no worker was forked"
            process.send_signal(signal.SIGINT)
            code = process.wait(timeout=120)
        left = subprocess.run(
            ["ps", "-o", "pid=", "-g", str(process.pid)], capture_output=True, text=True
        ).stdout.split()
        for pid in left:  # this test's own processes, not left behind
            os.kill(int(pid), signal.SIGKILL)
        finished = code in (0, 1) and "job(s))" in err.read_text()
        if not finished:
            break
    # Not asserted: that nothing is left. A Ctrl-C landing as a worker is forked leaves
    # it waiting forever, on 270b76e too (7 of 25 such runs; 3 of 25 on 183a5fa): see
    # the test of an orphaned worker below, which shows why without a race.
    assert code == 130, err.read_text()
    assert err.read_text().startswith("interrupted") and "Traceback" not in err.read_text()


def test_the_library_check_is_unaffected(tmp_path: Path) -> None:
    import verifier

    path = tmp_path / "false.toml"
    path.write_text(_derivation("false", "x**2 - 1 = (x - 1)**2", ["x**2 - 1", "(x - 1)**2"]))
    report = verifier.check(path)
    assert report.verdict == "refuted"
    (bad,) = [s for s in report.steps if s.verdict.status == "refuted"]
    x = float(dict(bad.verdict.counterexample.values)["x"])
    assert x**2 - 1 != (x - 1) ** 2  # the sides really differ there
    assert verifier.check(ROOT / "derivations" / "sigmoid-derivative.toml").verdict == "proved"
    assert multiprocessing.active_children() == []


_ORPHANED = textwrap.dedent(
    """
    import multiprocessing, os
    from verifier import runner

    worker = runner._Worker(multiprocessing.get_context("fork"), [], None)
    print(worker.proc.pid, flush=True)
    os._exit(0)  # gone without stopping it: what a Ctrl-C between fork and listing leaves
    """
)


def test_a_worker_whose_parent_is_gone_ends(tmp_path: Path) -> None:
    # The fork copies the parent's end of the worker's pipe into the worker, so the worker
    # never reads EOF when the parent dies: one its parent did not stop waits forever.
    # A Ctrl-C landing as a worker is forked does that (the stress run in the review: 3 of
    # 25 runs of `verifier check -j 2` interrupted as the first worker appears leave one).
    out = tmp_path / "out.txt"
    with out.open("w") as stdout:
        subprocess.run(
            [sys.executable, "-c", _ORPHANED],
            stdout=stdout,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
            check=True,
        )
    assert not _left_running(int(out.read_text().split()[0]))

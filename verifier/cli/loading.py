"""Which derivation files a command means, loaded once: the one place bad files are set aside.

``verifier check`` and the pytest plugin both load files, resolve the lemmas they cite,
and drop a file whose lemma cannot be resolved while keeping the others.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from verifier.errors import InputError

if TYPE_CHECKING:
    from verifier.runner import HeadStart


@dataclass(frozen=True)
class Loaded:
    """Derivations in lemma order, the files that could not be loaded, and the library used."""

    order: list  # Derivation, lemmas first
    failures: list  # verifier.report.LoadFailure
    requested: frozenset[str]  # files to report on (their lemmas are checked, not reported)


def default_paths(stream=None) -> list[Path]:
    """No path given: the ``derivations/`` folder beside you, else the shipped derivations.

    Says which on ``stream``: an edited file in ./derivations is what gets checked, not an
    installed copy of it.
    """
    from verifier.proof.sources import shipped_dir

    stream = stream or sys.stderr
    local = Path("derivations")
    if local.is_dir() and any(local.glob("*.toml")):
        count = len(list(local.glob("*.toml")))
        print(f"checking {count} derivation file(s) in ./{local}/", file=stream)
        return [local]
    folder = shipped_dir()
    count = len(list(folder.glob("*.toml")))
    print(f"checking the {count} shipped derivation file(s) in {folder}", file=stream)
    return [folder]


def resolve_dropping(selected: list, library: list) -> tuple[list, list[tuple[list, InputError]]]:
    """``resolve(selected, library)``, dropping each selected file whose lemmas cannot resolve.

    Returns the order and, for each dropped file, its derivations and the error. An error in a
    file that is not selected (a lemma's own file) drops everything selected.
    """
    from verifier.proof.model import resolve

    dropped: list[tuple[list, InputError]] = []
    while True:
        try:
            return resolve(selected, library), dropped
        except InputError as exc:
            bad = [d for d in selected if d.file == exc.file]
            if not bad:
                dropped.append((selected, exc))
                return [], dropped
            selected = [d for d in selected if d.file != exc.file]
            dropped.append((bad, exc))


def load(paths: Sequence[str | Path], started: HeadStart | None = None) -> Loaded:
    """Load the files under ``paths``; a bad file becomes a LoadFailure, the rest go on.

    With ``started``, the files whose derivation cites no lemma are read first and
    handed to it, whose workers check them while the others are read. Each file is
    still read once, and the result is the same, in the same order."""
    from verifier.proof.model import load_file, load_shipped
    from verifier.proof.sources import discover
    from verifier.report import LoadFailure

    files = discover(paths)
    early: dict[Path, object] = {}
    texts: dict[Path, str] = {}  # as the glance read them: a pipe can be read only once
    if started is not None:
        for path in _citing_nothing(files, texts):
            try:
                early[path] = load_file(path, text=texts[path])
            except InputError:
                continue  # read again below, where its failure is recorded as always
        started.start(list(early.values()))
    loaded, failures = [], []
    for path in files:
        if path in early:
            loaded.append(early[path])
            continue
        try:
            loaded.append(load_file(path, text=texts.get(path)))
        except InputError as exc:
            failures.append(LoadFailure(exc.file or str(path), exc.line, exc.message))
    # The shipped derivations supply only the lemmas the files of this run do not hold
    # (``resolve`` looks nothing else up in them), so they are read only when one is
    # missing: `verifier check derivations/` would otherwise read every file twice.
    ids = {d.id for d in loaded}
    needed = any(lemma not in ids for d in loaded for lemma in d.uses)
    order, dropped = resolve_dropping(loaded, load_shipped() if needed else [])
    for bad, exc in dropped:
        for d in bad:
            failures.append(LoadFailure(d.file, exc.line, exc.message, id=d.id))
    return Loaded(order, failures, frozenset(_requested(order, paths)))


def _citing_nothing(files: list[Path], texts: dict[Path, str] | None = None) -> list[Path]:
    """The files whose derivation cites no lemma, the most cited (directly or through
    others) first, then the longest: the order the run would start them in. ``texts``
    receives the text of each file read, for :func:`load` to read no second time.

    A glance at the TOML only (no expression is read, so it costs ~1 ms for a dozen
    files); a file it cannot read is left out, for :func:`load` to report."""
    from verifier.proof.model import MAX_FILE_BYTES, citing, read_source, users_count

    seen: dict[Path, tuple[str, list[str], int]] = {}
    texts = {} if texts is None else texts
    for path in files:
        try:
            text = read_source(path, max_bytes=MAX_FILE_BYTES, expected="a .toml file")
        except InputError:
            continue
        texts[path] = text
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            continue
        ident, uses, steps = data.get("id"), data.get("uses", []), data.get("step", [])
        if isinstance(ident, str) and isinstance(uses, list) and isinstance(steps, list):
            seen[path] = (ident, [u for u in uses if isinstance(u, str)], len(steps))
    cited_by = citing((ident, uses) for ident, uses, _ in seen.values())
    free = [(path, ident, steps) for path, (ident, uses, steps) in seen.items() if not uses]
    free.sort(key=lambda f: (-users_count(cited_by, f[1]), -f[2]))  # stable: file order next
    return [path for path, _, _ in free]


def _requested(order: list, paths: Sequence[str | Path]) -> set[str]:
    """Files to report on: those under the paths named (a shipped file named is reported too)."""
    named = {d.file for d in order if not d.shipped}
    for d in order:
        if d.shipped and any(
            Path(p).resolve() in (Path(d.file).resolve(), Path(d.file).resolve().parent)
            for p in paths
        ):
            named.add(d.file)
    return named

"""Proved results kept between runs, keyed by everything a verdict depends on.

``verifier check`` with the same files, the same verifier and the same SymPy
gives the same verdicts; a proof assistant keeps them (Lean's ``.olean``,
Coq's ``.vo``) instead of checking again. This module keeps what a
``verifier check`` run in which every derivation was proved printed (its
report, in the format asked for), under a key that is the SHA-256 of:

* the source of every module of the ``verifier`` package (a changed rule, a
  changed checker, a changed reader or report: a new key),
* the versions of Python, SymPy, mpmath and NumPy,
* the options of the run (the per-step time limit, the format),
* the path and the bytes of every file the run could read: the files and
  folders named (every ``*.toml`` in a folder) and the shipped derivations,
  whose lemmas a file may cite.

Only a run where everything was proved is kept: a verdict that is unknown
because a step ran out of time on a busy machine is checked again next time.
What is kept is text (JSON), never objects: reading an entry runs no code and
makes no verdict; it reprints one the checker made. The cache is still part of
what a "proved" rests on, and is guarded as such: it lives in the user's cache
folder (``$VERIFIER_CACHE_DIR``, else ``$XDG_CACHE_HOME/verifier``, else
``~/.cache/verifier``), never beside the files checked (a cloned repository
cannot bring its own); the folder is private to its owner (0700) and an entry
is read only when the folder and the entry belong to the current user and no
one else can write them (anyone who can write there can also write the
installed code). ``--no-cache`` (or ``VERIFIER_NO_CACHE=1``) checks from scratch.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

FORMAT = 1  # bump when what is stored changes shape
PACKAGE = Path(__file__).resolve().parents[1]  # the verifier package


def disabled() -> bool:
    return os.environ.get("VERIFIER_NO_CACHE", "") not in ("", "0")


def directory() -> Path:
    """Where entries live: never inside the files being checked."""
    explicit = os.environ.get("VERIFIER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "verifier"


def _source_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def key(files: Iterable[Path], options: dict[str, object]) -> str:
    """The key of a run that reads ``files`` (each once, any order) with ``options``."""
    digest = hashlib.sha256()
    parts = [
        f"format {FORMAT}",
        f"source {_source_fingerprint()}",
        f"python {sys.version}",
        *(f"{name} {_version(name)}" for name in ("sympy", "mpmath", "numpy")),
        *(f"option {k}={v!r}" for k, v in sorted(options.items())),
    ]
    for part in parts:
        digest.update(part.encode() + b"\0")
    for path in sorted(set(files), key=str):
        digest.update(str(path).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _private(path: Path) -> bool:
    """Owned by us and writable by no one else (what ssh asks of ~/.ssh)."""
    try:
        info = path.stat()
    except OSError:
        return False
    owner = getattr(os, "getuid", None)
    if owner is not None and info.st_uid != owner():
        return False
    return not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load(entry: str) -> dict | None:
    """What :func:`save` stored under ``entry``, or None (absent, unreadable or not private)."""
    folder = directory()
    path = folder / f"{entry}.json"
    if not (_private(folder) and _private(path)):
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # a truncated entry is a miss, and is removed
        path.unlink(missing_ok=True)
        return None
    return value if isinstance(value, dict) else None


def save(entry: str, value: dict) -> None:
    """Store ``value`` under ``entry``, atomically; a cache that cannot be written is skipped."""
    folder = directory()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _private(folder):
            return
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")  # mode 0600
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(value, stream)
        os.replace(temporary, folder / f"{entry}.json")
    except Exception:  # a value that cannot be kept is simply not kept
        Path(temporary).unlink(missing_ok=True)

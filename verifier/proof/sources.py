"""Where derivation files are: the shipped folder, and the files under the paths named.

Kept apart from :mod:`model` (which reads the files with SymPy) so that finding
the files, as the cache key does, imports nothing heavy.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from verifier.errors import InputError


def shipped_dir() -> Path:
    """The folder of the derivations that ship with the program."""
    source_tree = Path(__file__).resolve().parents[2] / "derivations"
    if source_tree.is_dir():
        return source_tree
    from importlib.resources import files  # installed from a wheel

    return Path(str(files("verifier.derivations")))


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and directories into the derivation files to check."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.glob("*.toml") if p.is_file())
            if not files:
                raise InputError("directory holds no derivation (*.toml) files", file=str(path))
            found.extend(files)
        elif path.exists():
            found.append(path)
        else:
            raise InputError("no such file or directory", file=str(path))
    return found

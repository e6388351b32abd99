"""Fixtures of the output tests: every derivation to render, checked once for the session."""

from __future__ import annotations

from pathlib import Path

import pytest
from renderers import EXAMPLES, HOSTILE, SHIPPED

from verifier.proof.checker import DerivationReport, check_all
from verifier.proof.model import load_file, load_shipped, resolve


@pytest.fixture(scope="session")
def checked() -> dict[Path, DerivationReport]:
    """Every shipped derivation, every example and the hostile one, checked once: file -> report."""
    files = [*SHIPPED, *EXAMPLES, HOSTILE]
    order = resolve([load_file(path) for path in files], load_shipped())
    reports = {Path(r.derivation.file).resolve(): r for r in check_all(order)}
    return {path: reports[path.resolve()] for path in files}

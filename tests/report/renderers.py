"""What the output tests share: the derivations to render, and the external renderers.

The LaTeX and KaTeX tests need tools that are not Python packages. Locally they
skip without them; when the environment variable ``CI`` is set (``.ci/run``
sets it, after installing both) a missing tool fails the test instead, so CI
cannot pass by skipping. (A module, not the conftest, so that test files can
import it: ``conftest`` is a name every test folder has.)
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "derivations").glob("*.toml"))
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))
HOSTILE = Path(__file__).with_name("hostile.toml")
# Where .ci/run installs KaTeX (npm ci --prefix .ci/node, from .ci/node/package.json).
KATEX_MODULES = ROOT / ".ci" / "node" / "node_modules"


def require(available: bool, what: str) -> None:
    """Skip when ``what`` is missing, unless in CI, where that is a failure."""
    if available:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing, and CI is set: .ci/run should have installed it")
    pytest.skip(f"{what} is not installed (.ci/run installs it)")


def require_pdflatex() -> str:
    path = shutil.which("pdflatex")
    require(path is not None, "pdflatex (apt-get install texlive-latex-base)")
    return path


def require_katex() -> str:
    node = shutil.which("node")
    require(node is not None, "node")
    require((KATEX_MODULES / "katex").is_dir(), f"KaTeX in {KATEX_MODULES}")
    return node

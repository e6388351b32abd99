"""Every example in a docstring runs: a module's ``>>>`` lines are tests, found by walking the package."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil

import pytest

import verifier


def _modules_with_examples() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(verifier.__path__, "verifier."):
        spec = importlib.util.find_spec(info.name)
        origin = spec.origin if spec else None
        if origin and origin.endswith(".py"):
            with open(origin, encoding="utf-8") as handle:
                if ">>>" in handle.read():
                    names.append(info.name)
    return names


MODULES = _modules_with_examples()


def test_the_package_has_examples_to_run():
    assert len(MODULES) >= 5, MODULES  # the walk found the modules, not an empty list


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"

"""Shared pytest setup: the ``pytester`` fixture drives pytest on temporary folders."""

from __future__ import annotations

import os

pytest_plugins = ["pytester"]

# `verifier check` keeps the reports of fully proved runs in the user's cache folder.
# Tests run the command in-process with patched checkers and must see real checks, and
# must not write to ~/.cache: the cache is off here; tests/proof/test_cache.py turns
# it on in a folder of its own.
os.environ["VERIFIER_NO_CACHE"] = "1"

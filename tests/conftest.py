"""Shared pytest setup: the ``pytester`` fixture drives pytest on temporary folders."""

from __future__ import annotations

pytest_plugins = ["pytester"]

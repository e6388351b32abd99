"""The user's own code, loaded and called at their request: ``path.py:function`` or ``module:function``.

``verifier gradcheck --kernel mine.py:sigmoid_prime`` and ``--model net.py:build`` run the
user's file, the way pytest runs a test file: that is what the option asks for. Whatever
goes wrong in it (no such file, no such function, a syntax error, an exception) is bad
input, raised as an `InputError` naming the file, the line and the cause, never shown as
a traceback of ours.

Example::

    >>> from verifier.nn.loader import load_function
    >>> load_function("math:sqrt", "--kernel")(16.0)
    4.0
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from verifier.nn.errors import GradcheckInputError


def _is_path(module_name: str) -> bool:
    return module_name.endswith(".py") or "/" in module_name or os.sep in module_name


def _where(exc: BaseException, fallback: str | None) -> tuple[str | None, int | None]:
    """The innermost frame of the user's code in exc's traceback (not ours, not a library's)."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return exc.filename, exc.lineno
    frames = traceback.extract_tb(exc.__traceback__)
    ours = str(Path(__file__).resolve().parents[1])
    user = [f for f in frames if not str(Path(f.filename).resolve()).startswith(ours)]
    if fallback is not None:
        in_file = [f for f in user if Path(f.filename).resolve() == Path(fallback).resolve()]
        user = in_file or user
    if not user:
        return fallback, None
    return user[-1].filename, user[-1].lineno


def user_error(exc: BaseException, what: str, file: str | None) -> GradcheckInputError:
    """An InputError for an exception raised by the user's code, at its file and line."""
    where_file, where_line = _where(exc, file)
    return GradcheckInputError(
        f"{what} raised {type(exc).__name__}: {exc}", file=where_file, line=where_line
    )


def _import(module_name: str, option: str) -> tuple[ModuleType, str | None]:
    if _is_path(module_name):
        path = Path(module_name)
        if not path.is_file():
            raise GradcheckInputError(f"{option}: no such file", file=module_name)
        spec = importlib.util.spec_from_file_location(f"_verifier_user_{path.stem}", path)
        if spec is None or spec.loader is None:
            raise GradcheckInputError(f"{option}: cannot import a module from it", file=str(path))
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)  # running the file is what the option asks for
        except BaseException as exc:  # a user module may raise anything, even SystemExit
            if isinstance(exc, KeyboardInterrupt):
                raise
            raise user_error(exc, f"{option}: importing it", str(path)) from None
        return module, str(path)
    added = os.getcwd() not in sys.path
    if added:
        sys.path.insert(0, os.getcwd())
    try:
        module = importlib.import_module(module_name)
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        if isinstance(exc, ModuleNotFoundError) and exc.name == module_name.split(".")[0]:
            raise GradcheckInputError(
                f"{option}: no module named {module_name!r} (importable from the current "
                "directory), and not a path/to/file.py"
            ) from None
        raise user_error(exc, f"{option}: importing {module_name!r}", None) from None
    finally:
        if added:
            sys.path.remove(os.getcwd())
    return module, getattr(module, "__file__", None)


def load_function(spec: str, option: str) -> Callable[..., Any]:
    """Import ``module:function`` (dotted, from the current directory) or ``path.py:function``.

    ``option`` (``--kernel``, ``--model``) starts every error message, so the user knows which
    argument is wrong.
    """
    module_name, sep, attr = spec.rpartition(":")
    if not sep or not module_name or not attr:
        raise GradcheckInputError(
            f"{option}: expected MODULE:FUNCTION or path/to/file.py:FUNCTION, got {spec!r}"
        )
    module, file = _import(module_name, option)
    if not hasattr(module, attr):
        raise GradcheckInputError(f"{option}: no function {attr!r} in it", file=file or module_name)
    fn = getattr(module, attr)
    if not callable(fn):
        raise GradcheckInputError(
            f"{option}: {attr!r} is not callable (it is a {type(fn).__name__})",
            file=file or module_name,
        )
    return fn


def definition_site(fn: Callable[..., Any]) -> tuple[str | None, int | None]:
    """The file and first line of fn's definition, where Python knows them."""
    code = getattr(fn, "__code__", None)
    if code is None:
        return None, None
    return code.co_filename, code.co_firstlineno

"""The stand-ins for SymPy packages the program never uses (verifier/standins.py).

Each runs in a fresh interpreter: a stand-in acts only if SymPy is not imported yet, and
this test session has imported it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def test_the_unused_packages_are_not_loaded_but_their_modules_still_are():
    code = (
        "import sys\n"
        "from verifier import standins\n"
        "standins.unused_packages()\n"
        "import sympy\n"
        # SymPy's __init__ ran without loading the packages' own __init__ modules ...
        "print(sorted(m for m in sys.modules if m.startswith(('sympy.geometry', "
        "'sympy.plotting', 'sympy.parsing'))))\n"
        # ... and sympify of a string still reaches SymPy's own parser, module by module.
        "x = sympy.Symbol('x')\n"
        "print(sympy.sympify('x**2 + 1') == x**2 + 1)\n"
        "print('sympy.parsing.sympy_parser' in sys.modules)\n"
        "from sympy.geometry.point import Point\n"
        "print(Point(1, 2).distance(Point(4, 6)))\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "['sympy.geometry', 'sympy.parsing', 'sympy.plotting']"
    assert lines[1:] == ["True", "True", "5"]  # a 3-4-5 triangle, by SymPy's real Point


def test_a_placeholder_is_nothing_and_refuses_to_be_used():
    code = (
        "from verifier import standins\n"
        "standins.unused_packages()\n"
        "import sympy\n"
        "x = sympy.Symbol('x')\n"
        "print(isinstance(x, sympy.Point), sympy.Point is sympy.geometry.Point)\n"
        "for make in (lambda: sympy.Point(1, 2), lambda: sympy.parse_expr('x'),\n"
        "             lambda: sympy.plot(x)):\n"
        "    try:\n"
        "        make()\n"
        "    except RuntimeError as exc:\n"
        "        print(exc)\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "False True"
    assert [line.split(" is not loaded")[0] for line in lines[1:]] == [
        "sympy.geometry.Point",
        "sympy.parsing.parse_expr",
        "sympy.plotting.plot",
    ]


def test_nothing_changes_once_sympy_is_imported():
    code = (
        "import sys, sympy\n"
        "from verifier import standins\n"
        "before = list(sys.meta_path)\n"
        "standins.unused_packages()\n"
        "print(sys.meta_path == before, sympy.Point.__module__)\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "sympy.geometry.point"]  # SymPy's own class


def test_installed_twice_is_installed_once():
    code = (
        "import sys\n"
        "from verifier import standins\n"
        "standins.unused_packages(); standins.unused_packages()\n"
        "print(sum(type(f).__module__ == 'verifier.standins' for f in sys.meta_path))\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"


def test_the_program_loads_none_of_the_unused_packages():
    done = _run(
        "import sys\n"
        "sys.argv = ['verifier', 'prove', 'sigmoid-derivative']\n"
        "from verifier.cli import main\n"
        "main()\n",
        "-X",
        "importtime",
    )
    assert done.returncode == 0, done.stderr
    assert "proved" in done.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "sympy.core" in imported
    assert not {m for m in imported if m.startswith(("sympy.geometry.", "sympy.plotting."))}
    assert "sympy.combinatorics" not in imported  # the tensor stand-in

"""Stand-ins for the parts of SymPy the verifier's program never uses, to start faster.

``verifier check`` is measured against ``python -c "import sympy"``, and a good part of
its time is SymPy importing packages a check never touches: geometry, plotting and the
string parser (``import sympy`` loads them all), the tensor module (``Add.flatten`` imports
it on its first call) and the physical units (``simplify`` imports them). Each stand-in
here answers the one question SymPy asks of that package, or holds the names SymPy's own
``__init__`` imports from it, without loading it.

Only processes that run no user code get them: a program run of ``check`` or ``prove``
(``verifier.cli.main``) and the runner's worker processes (units only). A library caller
and ``gradcheck`` (which imports the user's model) keep SymPy as it is. A process that has
imported a package already keeps it. Each stand-in is safe because the verifier's reader
builds only the names it allows: no expression it reads is a tensor, a geometric entity or
a physical quantity, and no user text reaches SymPy's parser.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
import types

# The packages ``import sympy`` loads that no check uses (measured: 30-40 ms of a
# 420 ms ``import sympy``).
UNUSED_PACKAGES = ("sympy.geometry", "sympy.plotting", "sympy.parsing")


def units() -> None:
    """Keep SymPy's ``simplify`` from importing ``sympy.physics.units`` in this process.

    ``simplify`` imports that package (its unit systems: a quarter of a second, in each
    worker) only to ask whether the expression holds a physical ``Quantity``, and
    ``quantity_simplify`` it if so. No expression the verifier reads can hold one, so the
    answer is no either way: a stand-in whose ``Quantity`` no expression is an instance of
    gives the same answer without the import.
    """
    name = "sympy.physics.units"
    if name in sys.modules:
        return

    class Quantity:
        """No expression is one: ``expr.has(Quantity)`` is False, as with SymPy's own."""

    stand_in = types.ModuleType(name, units.__doc__)
    stand_in.Quantity = Quantity
    sys.modules[name] = stand_in


def tensors() -> None:
    """Keep SymPy's first sum from importing ``sympy.tensor.tensor`` in this process.

    ``Add.flatten`` imports that module (and with it ``sympy.combinatorics``, which builds
    its polyhedra: 30-60 ms, a tenth of ``import sympy``) on every call, only to ask
    whether a term is a ``TensExpr`` and to make a ``TensAdd`` if so. The verifier's
    reader builds no tensor, so the answer is no: a stand-in whose classes nothing is an
    instance of gives it without the import.
    """
    name = "sympy.tensor.tensor"
    if name in sys.modules:
        return

    class TensExpr:
        """No expression is one: ``isinstance(term, TensExpr)`` is False, as with SymPy's own."""

    class TensAdd(TensExpr):
        """Never made: ``Add.flatten`` makes one only of a TensExpr."""

    stand_in = types.ModuleType(name, tensors.__doc__)
    stand_in.TensExpr, stand_in.TensAdd = TensExpr, TensAdd
    sys.modules[name] = stand_in


def unused_packages() -> None:
    """Load the packages of ``UNUSED_PACKAGES`` as stand-ins when SymPy imports them.

    A stand-in package has the real package's folder as its path, so a module inside it
    (``sympy.parsing.sympy_parser``, which ``sympify`` of a string imports) is still SymPy's
    own, loaded on demand; only the package's ``__init__``, which imports every module of
    the package, is skipped. The names SymPy's ``__init__`` imports from it (``Point``,
    ``plot``, ``parse_expr``, ...) are placeholder classes: nothing is an instance of one,
    and making or calling one raises, naming it. Nothing is done if SymPy is imported.
    """
    if "sympy" in sys.modules or any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder(UNUSED_PACKAGES))


class _Placeholders(types.ModuleType):
    """A package whose ``__init__`` did not run: each name asked of it is a placeholder."""

    def __getattr__(self, attr: str) -> type:
        if attr.startswith("__"):
            raise AttributeError(attr)
        package = self.__name__

        def absent(cls, *args, **kwargs):
            raise RuntimeError(
                f"{package}.{attr} is not loaded in this program (verifier.standins): "
                "the verifier never uses it"
            )

        placeholder = type(attr, (), {"__new__": absent, "__module__": package})
        setattr(self, attr, placeholder)  # the same class every time it is asked for
        return placeholder


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds the packages it is given as ``_Placeholders`` over their real folders."""

    def __init__(self, names: tuple[str, ...]):
        self.names = frozenset(names)

    def find_spec(self, fullname, path, target=None):
        if fullname not in self.names or not path:
            return None
        for entry in path:
            folder = os.path.join(entry, fullname.rpartition(".")[2])
            if os.path.isfile(os.path.join(folder, "__init__.py")):
                spec = importlib.machinery.ModuleSpec(fullname, self, is_package=True)
                spec.submodule_search_locations = [folder]
                return spec
        return None  # not where SymPy keeps it: the ordinary import decides

    def create_module(self, spec):
        return _Placeholders(spec.name)

    def exec_module(self, module) -> None:
        """Nothing to run: the package's ``__init__`` is what is skipped."""

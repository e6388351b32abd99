"""Signs of numbers, certified: SymPy's sign of a number made to rest on an enclosure.

SymPy decides whether a number such as ``log(1 + 10**-10) - 10**-10 + 10**-20``
(5.0e-21) is positive from ``evalf(2)``, which carries no error bound through a
function, and here says negative. Every evaluation that follows trusts that sign:
``sqrt(N**2)`` becomes ``-N``, ``Abs(N)`` becomes ``-N``, ``Max(0, N)`` becomes 0, and
the proof of a false step (``x*sqrt(N**2) = -x*N``) went through cancel and together,
which rebuild and so re-evaluate what the reader kept as written. Under some orders
of SymPy's shuffled assumption queries its facts about N even contradicted each
other (``InconsistentAssumptions``, a CI run failed on it).

:func:`install` replaces the two places SymPy reads a sign off ``evalf(2)``:

* ``Expr._eval_is_extended_positive_negative`` (is_positive, is_negative and all
  that follows from them: Abs, sign, Pow's simplification of (b**2)**(1/2), ...);
* ``relational._n2`` (is_ge, is_eq: Max, Min, comparisons).

Where an enclosure (:func:`verifier.proof.intervals.certified_sign`) settles the
sign, it is the answer. Where none does, SymPy's answer is kept for a number without
a function in it (sqrt(2) - 1, whose evalf is exact arithmetic on radicals and whose
zero test falls back to a minimal polynomial), and dropped (None: not known) for one
with a function, whose evalf(2) is what cannot be trusted. None only ever makes SymPy
decide less; the verifier then proves less and fails closed.

The replacement is process-wide, since SymPy's evaluation happens everywhere a SymPy
expression is built: it is installed when :mod:`verifier.proof` is imported, and a
program that imports the verifier gets SymPy's numbers signed this way too.
"""

from __future__ import annotations

import sympy
from sympy.core import relational
from sympy.core.expr import Expr

from verifier.proof.binders import EVALUATED_NUMERICALLY
from verifier.proof.intervals import certified_sign

_ORIGINAL_SIGN = Expr._eval_is_extended_positive_negative
_ORIGINAL_N2 = relational._n2


def _has_function(number: sympy.Basic) -> bool:
    # Max and Min are not Functions to SymPy; their evalf(2) raises where it cannot compare.
    return number.has(*EVALUATED_NUMERICALLY, sympy.Max, sympy.Min)


def _positive_negative(self: Expr, positive: bool) -> bool | None:
    """Is the number ``self`` positive (``positive``) or negative? From an enclosure."""
    if self.is_number and not self.free_symbols:
        sign = certified_sign(self)
        if sign is not None:
            return sign > 0 if positive else sign < 0
        if _has_function(self):
            return None
    try:
        return _ORIGINAL_SIGN(self, positive)
    except ValueError:  # "not comparable", from an evalf inside: not known
        return None


def _difference(a: sympy.Basic, b: sympy.Basic):
    """``a - b`` as a number of the right sign for is_ge and is_eq, or None."""
    n2 = _ORIGINAL_N2(a, b)
    if n2 is None or n2.is_infinite:
        return n2  # not comparable, or oo against a number: SymPy's answer is exact
    # Certified even where SymPy cannot tell that a and b are finite (tan(atan(2)*atan(3)));
    # an enclosure of a - b shows that they are.
    difference = a - b
    sign = certified_sign(difference)
    if sign is not None:
        return sympy.Integer(sign)
    if _has_function(difference) or not (a.is_finite and b.is_finite):
        return None
    return n2


def install() -> None:
    """Make SymPy sign numbers through enclosures (idempotent)."""
    Expr._eval_is_extended_positive_negative = _positive_negative
    relational._n2 = _difference


def installed() -> bool:
    return (
        Expr._eval_is_extended_positive_negative is _positive_negative
        and relational._n2 is _difference
    )

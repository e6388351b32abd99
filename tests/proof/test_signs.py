"""verifier.proof.signs: with it installed, SymPy's signs of numbers, and what SymPy
evaluates from them, agree with mpmath at 100 digits (no code of the verifier)."""

from __future__ import annotations

import mpmath
import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from verifier.proof import signs

signs.install()


def _tiny(k: int, c: int) -> tuple[sympy.Expr, mpmath.mpf]:
    """log(1 + 10**-k) - 10**-k + c/10**(2k), as SymPy builds it and as mpmath computes it:
    -(1/2)10**-2k + c 10**-2k + O(10**-3k), so its sign is c's side of 1/2."""
    e = sympy.Rational(1, 10**k)
    number = sympy.log(1 + e) - e + sympy.Rational(c, 2 * 10 ** (2 * k))
    with mpmath.workdps(100):
        f = mpmath.mpf(10) ** -k
        value = mpmath.log(1 + f) - f + mpmath.mpf(c) / 2 * f**2
    return number, value


def test_installed():
    assert signs.installed()


@settings(max_examples=60, deadline=None)
@given(k=st.integers(3, 40), c=st.sampled_from([-3, -1, 0, 2, 3, 5]))
def test_the_sign_sympy_gives_is_the_true_sign(k, c):
    number, value = _tiny(k, c)
    with mpmath.workdps(100):
        assert abs(value) > mpmath.mpf(10) ** (-3 * k - 5)  # settled at 100 digits
        truth = 1 if value > 0 else -1
    assert number.is_positive is (truth > 0)
    assert number.is_negative is (truth < 0)
    assert sympy.sign(number) == truth
    assert sympy.Abs(number) == truth * number
    assert sympy.sqrt(number**2) == truth * number
    assert (number > 0) == sympy.true if truth > 0 else (number < 0) == sympy.true
    assert sympy.Max(0, number) == (number if truth > 0 else 0)


def test_a_number_no_enclosure_signs_is_left_undecided_when_it_holds_a_function():
    # gamma has no interval evaluation here: SymPy's evalf(2) would say positive
    # (2.68 - 2); the sign is left unknown rather than read off 2 digits.
    number = sympy.gamma(sympy.Rational(1, 3)) - 2
    with mpmath.workdps(30):
        assert mpmath.gamma(mpmath.mpf(1) / 3) - 2 > 0.6  # the true sign, for the record
    assert number.is_positive is None
    assert number.is_negative is None


def test_a_radical_keeps_sympys_exact_sign():
    assert (sympy.sqrt(2) - 1).is_positive is True
    assert (sympy.sqrt(2) - sympy.Rational(1414213562373095, 10**15)).is_positive is True
    with mpmath.workdps(40):
        assert mpmath.sqrt(2) - mpmath.mpf(1414213562373095) / 10**15 > 0


@pytest.mark.parametrize("x", [sympy.oo, -sympy.oo])
def test_comparisons_with_infinity_are_sympys(x):
    assert (x > 0) == (sympy.true if x is sympy.oo else sympy.false)

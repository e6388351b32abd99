"""Second hostile review of certified signs and size bounds (after test_hostile_review49).

The tests that cite a hole were attacks that worked on the change under review: a read that
did not end (exp of a multiple of the log of a root), a value too large that the reader did
not refuse, a valid number refused because SymPy signed a Max by evalf(2), and a power
refused though it is under the limit. All are closed; each test asserts the closed
behaviour. The others are attacks that failed, kept as regression tests. Every expected
value comes from mpmath or exact integer arithmetic, never from the verifier.

Z = (sqrt 2 + sqrt 3)**2 - 5 - 2 sqrt 6 is 0 exactly ((sqrt 2 + sqrt 3)**2 = 5 + 2 sqrt 6),
and Z + 10**-500 is beyond the 480 digits certified_sign works at.
"""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
from pathlib import Path

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text

from verifier.errors import InputError
from verifier.proof.checker import PROVED, REFUTED
from verifier.proof.syntax import Scope, parse_expression

SCOPE = Scope(symbols={"x": sympy.Symbol("x", real=True)})
Z = "((sqrt(2) + sqrt(3))**2 - 5 - 2*sqrt(6))"
ROOT = Path(__file__).resolve().parents[2]
# Reading is refused or done in well under a second; a hang is a read that takes minutes.
SECONDS = 30


def _step(prev: str, cur: str, by: str = "algebra"):
    return check_text(derivation_text([(None, prev), (by, cur)])).steps[1].verdict


def _read_in_child(text: str) -> subprocess.CompletedProcess:
    """Read ``text`` in a child process killed after SECONDS (a hang cannot stop pytest)."""
    code = textwrap.dedent(
        f"""
        import sympy
        from verifier.errors import InputError
        from verifier.proof.syntax import Scope, parse_expression
        scope = Scope(symbols={{"x": sympy.Symbol("x", real=True)}})
        try:
            parse_expression({text!r}, scope)
        except InputError as error:
            print("REFUSED", error)
        else:
            print("READ")
        """
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SECONDS,
    )


def _z_plus(tiny_exponent: int) -> mpmath.mpf:
    with mpmath.workdps(tiny_exponent + 100):
        two, three, six = mpmath.sqrt(2), mpmath.sqrt(3), mpmath.sqrt(6)
        return (two + three) ** 2 - 5 - 2 * six + mpmath.mpf(10) ** -tiny_exponent


# -- 4. a read that does not end ----------------------------------------------------------


def test_the_log_of_a_root_makes_a_huge_integer():
    # exp(10**20*log(sqrt 2)) = 2**(5*10**19): an integer of 5*10**19 + 1 bits, which SymPy
    # computes as it builds the exp. Exact: 10**20 * (1/2) is an integer exponent.
    exponent = sympy.Rational(10**20, 2)
    assert exponent.is_Integer and int(exponent) + 1 > 4096
    # and 10**6*log(2**(1/3)) is 2**333333 * 2**(1/3): 333334 bits.
    assert 10**6 // 3 + 1 > 4096


def test_exp_of_a_multiple_of_the_log_of_a_root_is_refused_at_once():
    result = _read_in_child("exp(10**20*log(sqrt(2)))")
    assert result.stdout.startswith("REFUSED"), result.stdout + result.stderr
    assert "too large" in result.stdout


def test_exp_of_a_multiple_of_the_log_of_a_cube_root_is_refused():
    with pytest.raises(InputError, match="too large"):
        parse_expression("exp(10**6*log(2**(1/3)))", SCOPE)


# -- 3. valid input refused ---------------------------------------------------------------


def test_a_multiple_of_a_max_of_a_tiny_positive_number_is_read():
    assert _z_plus(500) > 0  # Max(0, Z + 10**-500) = 10**-500: a real number
    with mpmath.workdps(700):
        assert mpmath.almosteq(_z_plus(500) * mpmath.mpf(10) ** 500, 1, 1e-50)
    number = parse_expression(f"10**500*Max(0, {Z} + 10**(-500))", SCOPE)
    assert isinstance(number, sympy.Expr)


@pytest.mark.parametrize("text", ["exp(4000*log(2))", "Subs(exp(x*log(2)), x, 4000)"])
def test_a_power_of_two_under_the_limit_is_read(text):
    assert (2**4000).bit_length() == 4001 <= 4096
    assert isinstance(parse_expression(text, SCOPE), sympy.Expr)


# -- attacks that failed: regression tests ------------------------------------------------


@pytest.mark.parametrize(
    ("prev", "cur", "truth"),
    [
        ("Subs(exp(x*log(2)), x, 10)", "1024", 2**10),
        ("exp(1000*log(3/2))", "(3/2)**1000", None),
        ("Subs(factorial(x), x, 30)", "265252859812191058636308480000000", math.factorial(30)),
        ("exp(log(2)/2)", "sqrt(2)", None),
    ],
)
def test_a_true_step_under_the_size_bound_is_proved(prev, cur, truth):
    if truth is not None:
        assert int(cur) == truth
    with mpmath.workdps(60):  # the two sides agree (mpmath, not our code)
        left = {
            "Subs(exp(x*log(2)), x, 10)": mpmath.exp(10 * mpmath.log(2)),
            "exp(1000*log(3/2))": mpmath.exp(1000 * mpmath.log(mpmath.mpf(3) / 2)),
            "Subs(factorial(x), x, 30)": mpmath.factorial(30),
            "exp(log(2)/2)": mpmath.exp(mpmath.log(2) / 2),
        }[prev]
        right = mpmath.mpf(3) ** 1000 / mpmath.mpf(2) ** 1000 if "3/2" in cur else None
        right = right if right is not None else (mpmath.sqrt(2) if cur == "sqrt(2)" else cur)
        assert mpmath.almosteq(left, mpmath.mpf(right), 1e-50)
    verdict = _step(prev, cur)
    assert verdict.status == PROVED, verdict.reason


@pytest.mark.parametrize("text", ["exp(10**20*log(3))", "E**(10**20*log(3/2))"])
def test_exp_of_a_huge_multiple_of_a_rational_log_is_refused_at_once(text):
    result = _read_in_child(text)
    assert result.stdout.startswith("REFUSED"), result.stdout + result.stderr
    assert "too large" in result.stdout


@pytest.mark.parametrize(("cur", "true_sign"), [("-1", 1), ("0", 1)])
def test_the_sign_of_a_number_beyond_the_certified_digits_is_not_proved_wrong(cur, true_sign):
    assert (1 if _z_plus(500) > 0 else -1) == true_sign != int(cur)  # the step is false
    verdict = _step(f"sign({Z} + 10**(-500))", cur)
    assert verdict.status != PROVED, verdict.reason
    if verdict.counterexample is not None:
        shown = verdict.counterexample
        assert mpmath.mpf(shown.lhs) != mpmath.mpf(shown.rhs)


X = "(log(1 + 10**(-10)) - 10**(-10) + 10**(-20))"  # 5.0e-21 > 0 (test_hostile_review49)


def _x() -> mpmath.mpf:
    ten = mpmath.mpf(10)
    return mpmath.log(1 + ten**-10) - ten**-10 + ten**-20


@pytest.mark.parametrize(
    ("prev", "cur", "truth"),
    [
        # acos(cos(t)) = |t| for small t: X, not -X
        (f"acos(cos(-{X}))", f"-{X}", lambda: (_x(), -_x())),
        # acos(cos(4)) = 2 pi - 4 = 2.28: 4 is outside acos's range [0, pi]
        ("sign(acos(cos(4)) - 4)", "0", lambda: (mpmath.sign(2 * mpmath.pi - 8), 0)),
        # atan(10**40) = pi/2 - 10**-40 + 10**-120/3 - ...: the sign is +1 (3.3e-121)
        (
            "sign(atan(10**40) - pi/2 + 10**(-40))",
            "0",
            lambda: (
                mpmath.sign(
                    mpmath.atan(mpmath.mpf(10) ** 40) - mpmath.pi / 2 + mpmath.mpf(10) ** -40
                ),
                0,
            ),
        ),
    ],
    ids=["acos-cos-minus-tiny", "acos-cos-4", "atan-near-pi-half"],
)
def test_a_false_inverse_trig_step_is_refuted_with_its_true_value(prev, cur, truth):
    with mpmath.workdps(200):
        left, right = truth()
        assert left != right  # the step is false
    verdict = _step(prev, cur)
    assert verdict.status != PROVED, verdict.reason
    if verdict.counterexample is not None:
        shown = verdict.counterexample
        with mpmath.workdps(200):
            assert mpmath.mpf(shown.lhs) != mpmath.mpf(shown.rhs)
            assert mpmath.almosteq(mpmath.mpf(shown.lhs), left, rel_eps=1e-10)
            assert mpmath.almosteq(mpmath.mpf(shown.rhs), right, rel_eps=1e-10)


P = "(sin(1)**2 + cos(1)**2 - 1)"  # 0 exactly (Pythagoras), not syntactically


@pytest.mark.parametrize(
    ("prev", "cur"),
    [(f"Max(Abs({P}), {P})", "0"), (f"sign(sign({P}) + 1)", "1"), (f"x*Min({P}, 0)", "0")],
    ids=["max-abs", "nested-sign", "min-times-x"],
)
def test_a_true_step_with_nested_kinks_of_an_exact_zero_is_not_refuted(prev, cur):
    with mpmath.workdps(200):
        zero = mpmath.sin(1) ** 2 + mpmath.cos(1) ** 2 - 1
        assert abs(zero) < mpmath.mpf(10) ** -190  # the kinks all see 0: the steps are true
    verdict = _step(prev, cur)
    assert verdict.status != REFUTED, verdict.counterexample

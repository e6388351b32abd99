"""Hostile review of the reader's guard on cancelled divisors and on values defined nowhere.

The change under review (``syntax._Reader.at_point``, ``cancelling``, ``defined_somewhere``
and the power check in ``power``): the reader keeps the divisors SymPy cancels while it
reads a Subs body or a ``[define]`` body, and refuses the evaluation of that body where one
of them is 0; it refuses sqrt / fractional powers of a negative, log of a nonpositive and
asin/acos outside [-1, 1] where SymPy can tell that holds for every value.

17 attacks worked against db7c643 (strict xfails at first): a false step proved (its
left side has no real value), or valid input refused or stalled, because of the change or
around it. All pass since the review's patch (its tests are marked "Fixed with the
review's patch"). Each carries a demonstration made with fractions / math / mpmath only (none of
the verifier's code), which also runs on its own (``test_demonstrations``) so a broken one
cannot hide behind a failure. The other tests are attacks the change held against.

Families:

* cancellations the watchers never see: SymPy cancels log(u, u) = log(u)/log(u) inside the
  log call, not in a binary operator (``in_range`` is called for + - * / ** only), and a
  ``[define]`` applied to arguments cancels as it is unfolded (F(t, s) = t/s at
  (u - 1, u - 1) is 1): the Subs point / the definition's argument at the divisor's zero
  is then proved;
* domains erased in a body: D(t) = sqrt(t) applied to -x**2 - 1 (the new check is made
  where sqrt is read, not where its argument arrives), Subs(sqrt(u)**2, u, -1), a Sum
  body whose radicand is negative over the index's range (asked of the bare index);
* valid input refused: a Limit inside a Subs (or a definition) that binds the same name
  as the Subs variable (the Limit's own cancelled divisor is evaluated at the Subs point);
* a stall: the exact substitution at the Subs point computes numbers far past the reader's
  own bound on numeric powers, in C, where the read's time limit cannot interrupt it.
"""

from __future__ import annotations

import math
import os
import resource
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import mpmath
import pytest
from helpers import StepChecks, derivation_text, post_links

SYMBOLS = {"x": "real", "h": "real", "t": "real", "s": "real", "u": "real"}
INDEX = {"x": "real", "n": "integer nonnegative"}
ROOT = Path(__file__).resolve().parents[2]


# The shared assertions (tests/helpers.py), with this file's symbols by default.
_checks = StepChecks(SYMBOLS)
_check, not_proved_or_refused = _checks.check, _checks.not_proved_or_refused
refused, proved = _checks.refused, _checks.proved


# -- independent demonstrations ----------------------------------------------------


def demo_log_to_the_base_one_is_zero_over_zero() -> bool:
    # log(u, u) = log(u)/log(u); at u = 1 both are exactly 0 (math.log(1) is 0.0 exactly).
    try:
        Fraction(math.log(1)) / Fraction(math.log(1))
    except ZeroDivisionError:
        return math.log(1) == 0.0
    return False


def demo_quotient_of_equal_arguments_is_zero_over_zero() -> bool:
    # F(t, s) = t/s at t = s = u - 1, u = 1; G(t) = F(t - 1, t - 1) at t = 1.
    u = Fraction(1)
    try:
        (u - 1) / (u - 1)
    except ZeroDivisionError:
        return True
    return False


def demo_t_over_abs_t_at_a_square_of_zero() -> bool:
    # D(t) = t/|t| at t = u**2, u = 0: 0/0; at every u != 0 it is 1.
    try:
        Fraction(0) ** 2 / abs(Fraction(0) ** 2)
    except ZeroDivisionError:
        return all(u * u / abs(u * u) == 1 for u in (Fraction(1, 3), Fraction(-2)))
    return False


def demo_product_with_a_hole_has_no_derivative_at_it() -> bool:
    # u*(u - 1)/(u - 1) is undefined at u = 1, so it has no derivative there (a function
    # is differentiable only where it is defined).
    try:
        Fraction(1) * (Fraction(1) - 1) / (Fraction(1) - 1)
    except ZeroDivisionError:
        return True
    return False


def demo_square_roots_and_logs_of_negatives_have_no_real_value() -> bool:
    for value in (-1.0, -(0.5**2) - 1, -(3.0**2) - 1):
        for fn in (math.sqrt, math.log):
            try:
                fn(value)
            except ValueError:
                continue
            return False
    # over a Sum's range n = 0, 1, 2, ...: -n - 1 <= -1 < 0
    return all(-n - 1 < 0 for n in range(1000))


def demo_limit_inside_subs_is_two() -> bool:
    # Subs(h + Limit(h*(h - 1)/(h - 1), h, 1), h, 1): the inner h is bound by the Limit;
    # the limit is 1 (the body is h away from h = 1), plus the outer h = 1: 2.
    with mpmath.workdps(30):
        for eps in (mpmath.mpf("1e-8"), mpmath.mpf("-1e-8")):
            hh = 1 + eps
            if abs(hh * (hh - 1) / (hh - 1) - 1) > mpmath.mpf("1e-7"):
                return False
    return True


def demo_huge_divisor_is_not_zero() -> bool:
    # (u**1000)**500 + 1 at u = 10**39 is 10**19500000 + 1 >= 2: the quotient is 1.
    # (its decimal exponent, computed without the number itself)
    return 39 * 1000 * 500 == 19_500_000 and 10**39 > 1


def demo_nested_subs_is_one() -> bool:
    # Subs(Subs(v**2, v, u - 2), u, 1): v = u - 2 at u = 1, squared
    u = Fraction(1)
    v = u - 2
    return v**2 == 1


DEMONSTRATIONS = (
    demo_log_to_the_base_one_is_zero_over_zero,
    demo_quotient_of_equal_arguments_is_zero_over_zero,
    demo_t_over_abs_t_at_a_square_of_zero,
    demo_product_with_a_hole_has_no_derivative_at_it,
    demo_square_roots_and_logs_of_negatives_have_no_real_value,
    demo_limit_inside_subs_is_two,
    demo_huge_divisor_is_not_zero,
    demo_nested_subs_is_one,
)


@pytest.mark.parametrize("demo", DEMONSTRATIONS, ids=lambda d: d.__name__)
def test_demonstrations(demo):
    assert demo()


# -- cancellations the watchers never see ----------------------------------------------
#
# ``in_range`` (which feeds the watchers) is called on + - * / ** only. SymPy also cancels
# inside a function call (log(u, u) is log(u)/log(u) = 1) and while a definition is
# unfolded at its arguments (``Define.unfold`` -> ``binders.substitute`` -> ``build``):
# F(t, s) = t/s has no cancelled divisor in its body, but F(u - 1, u - 1) is 1.


# Fixed with the review's patch (was a strict xfail): Subs(log(u, u), u, 1) = 1 is proved (log to the base 1)
def test_log_to_its_own_base_at_one():
    assert demo_log_to_the_base_one_is_zero_over_zero()
    not_proved_or_refused([(None, "Subs(log(u, u), u, 1)"), ("algebra", "1")])


# Fixed with the review's patch (was a strict xfail): D(t) = log(t, t): D(1) = 1 is proved
def test_defined_log_to_its_own_base_at_one():
    assert demo_log_to_the_base_one_is_zero_over_zero()
    not_proved_or_refused([(None, "D(1)"), ("definition", "1")], define={"D(t)": "log(t, t)"})


def test_log_to_a_number_base_one_is_refused():
    # the numeric base is refused as written: the gap above is the symbolic base only
    refused([(None, "log(x, 1)"), ("algebra", "0")], "log to the base 1 is not defined")


# Fixed with the review's patch (was a strict xfail): F(t, s) = t/s: Subs(F(u - 1, u - 1), u, 1) = 1 is proved
def test_definition_unfolded_at_equal_arguments_at_the_subs_point():
    assert demo_quotient_of_equal_arguments_is_zero_over_zero()
    not_proved_or_refused(
        [(None, "Subs(F(u - 1, u - 1), u, 1)"), ("algebra", "1")], define={"F(t, s)": "t/s"}
    )


# Fixed with the review's patch (was a strict xfail): G(t) = F(t - 1, t - 1), F(t, s) = t/s: G(1) = 1 is proved
def test_definition_through_another_definition_at_the_zero():
    assert demo_quotient_of_equal_arguments_is_zero_over_zero()
    not_proved_or_refused(
        [(None, "G(1)"), ("definition", "1")],
        define={"F(t, s)": "t/s", "G(t)": "F(t - 1, t - 1)"},
    )


# Fixed with the review's patch (was a strict xfail): D(t) = t/|t|: Subs(D(u**2), u, 0) = 1 is proved
def test_definition_unfolded_at_a_square_at_its_zero():
    assert demo_t_over_abs_t_at_a_square_of_zero()
    not_proved_or_refused(
        [(None, "Subs(D(u**2), u, 0)"), ("algebra", "1")], define={"D(t)": "t/Abs(t)"}
    )


# Fixed with the review's patch (was a strict xfail): the derivative at 1 of u*F(u - 1, u - 1) (undefined at 1) is proved 1
def test_derivative_at_a_hole_made_by_unfolding():
    assert demo_product_with_a_hole_has_no_derivative_at_it()
    not_proved_or_refused(
        [
            (None, "Subs(Derivative(u*F(u - 1, u - 1), u), u, 1)"),
            ("algebra", "Subs(Derivative(u, u), u, 1)"),
        ],
        define={"F(t, s)": "t/s"},
    )


# Fixed with the review's patch (was a strict xfail): a post's G(1) = 1 (G(t) = F(t - 1, t - 1), F = t/s) is proved
def test_post_definition_through_another_at_the_zero():
    assert demo_quotient_of_equal_arguments_is_zero_over_zero()
    text = "Let $F(t, s) = \\frac{t}{s}$ and $G(t) = F(t - 1, t - 1)$.\n\n$$ G(1) = 1 $$\n"
    (link,) = post_links(text)
    assert link.verdict != "proved", link.reason


def test_unfolding_inside_a_sum_is_not_proved():
    # F(n - 2, n - 2) in a Sum cancels n - 2 as it unfolds: build's ledger has it (an
    # integer variable), so the checker needs it nonzero and cannot show it.
    assert demo_quotient_of_equal_arguments_is_zero_over_zero()
    not_proved_or_refused(
        [(None, "Sum(F(n - 2, n - 2)*x**n, (n, 0, 4))"), ("algebra", "Sum(x**n, (n, 0, 4))")],
        define={"F(t, s)": "t/s"},
        symbols=INDEX,
    )


# -- what the change holds against ----------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "n**0",  # 1 for every integer n (SymPy's 0**0 = 1 too)
        "binomial(n, n)",
        "binomial(n, 0)",
        "cos(2*pi*n)",
        "factorial(n)/factorial(n)",
        "Max(x, 1) - Max(x, 1) + 1",
        "exp(log(x)) - x + 1",
        "sqrt(x**2) - Abs(x) + 1",
        "Min(x**2 + 1, 1)",
        "Max(-x**2, 1)",
        "Max(1 - Abs(x), 1)",
        "Min(Abs(x) + 1, 1)",
        "x**2/x - x + 1",
    ],
)
def test_a_value_that_is_one_for_every_variable_is_refused(value):
    # each value is 1 wherever it is defined (checked here at sample points with Fraction
    # and math for the real-valued ones), so (u - 1)/(u - 1) is 0/0 there
    for x in (Fraction(1, 3), Fraction(5, 2), Fraction(7)):
        numeric = {
            "Max(x, 1) - Max(x, 1) + 1": 1,
            "exp(log(x)) - x + 1": math.exp(math.log(x)) - float(x) + 1,
            "sqrt(x**2) - Abs(x) + 1": math.sqrt(x * x) - abs(x) + 1,
            "Min(x**2 + 1, 1)": min(x * x + 1, 1),
            "Max(-x**2, 1)": max(-x * x, 1),
            "Max(1 - Abs(x), 1)": max(1 - abs(x), 1),
            "Min(Abs(x) + 1, 1)": min(abs(x) + 1, 1),
            "x**2/x - x + 1": x * x / x - x + 1,
        }.get(value, 1)
        assert numeric == pytest.approx(1, abs=1e-12)
    assert math.comb(6, 6) == math.comb(6, 0) == 1 and math.cos(2 * math.pi * 3) == 1
    refused(
        [(None, f"Subs((u - 1)/(u - 1), u, {value})"), ("algebra", "1")],
        "SymPy cancelled the divisor u - 1",
        "0 there (0/0)",
        symbols={**SYMBOLS, "n": "integer nonnegative"},
    )


@pytest.mark.parametrize(
    "value",
    [
        "sin(x)**2 + cos(x)**2",  # 1 everywhere, which SymPy cannot see
        "Abs(x) - x + 1",  # 1 for every x >= 0
        "Abs(sign(x)) + sign(x)**2 - 1",  # 1 for every x != 0
    ],
)
def test_a_value_that_is_one_on_an_interval_is_not_proved(value):
    # (u - 1)/(u - 1) at such a value is 0/0 on a whole interval
    with mpmath.workdps(40):
        assert abs(mpmath.sin(2) ** 2 + mpmath.cos(2) ** 2 - 1) < mpmath.mpf(10) ** -35
    assert all(abs(x) - x + 1 == 1 for x in (Fraction(1, 3), Fraction(4)))
    not_proved_or_refused([(None, f"Subs((u - 1)/(u - 1), u, {value})"), ("algebra", "1")])


def test_a_definition_applied_where_its_divisor_vanishes_everywhere_is_not_proved():
    with mpmath.workdps(40):
        assert abs(mpmath.sin(3) ** 2 + mpmath.cos(3) ** 2 - 1) < mpmath.mpf(10) ** -35
    not_proved_or_refused(
        [(None, "D(sin(x)**2 + cos(x)**2)"), ("definition", "1")],
        define={"D(t)": "(t - 1)/(t - 1)"},
    )
    # and a definition whose body does so is refused where it is defined
    refused(
        [(None, "G(x)"), ("definition", "1")],
        "evaluating the definition cancels",
        define={"D(t)": "(t - 1)/(t - 1)", "G(t)": "D(sin(t)**2 + cos(t)**2)"},
    )


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Subs(Min(1/(u - 1)**2, -1), u, 1)", "-1"),
        ("Subs(Max(-1/(u - 1)**2, 1), u, 1)", "1"),
        ("Subs(sign(1/(u - 1)**2), u, 1)", "1"),
        ("Subs(sign(exp(1/(u - 1))), u, 1)", "1"),
        ("Subs(sign(1 + exp(1/(u - 1))), u, 1)", "1"),
    ],
)
def test_a_function_of_a_quotient_at_its_pole_is_not_proved(left, right):
    # 1/(u - 1) has no value at u = 1, so neither has any function of it
    with pytest.raises(ZeroDivisionError):
        Fraction(1) / (Fraction(1) - 1)
    not_proved_or_refused([(None, left), ("algebra", right)])


# -- domains erased in a body that is evaluated elsewhere ---------------------------------
#
# The new check is made where sqrt / log is read, of the argument as read there: a
# definition's parameter t or a Subs variable u is of no sign, and the argument that
# arrives later is not checked again; sqrt(u)**2 is u as soon as it is read.


# Fixed with the review's patch (was a strict xfail): D(t) = sqrt(t): D(-x**2 - 1)**2 = -x**2 - 1 is proved
def test_defined_root_applied_to_a_negative():
    assert demo_square_roots_and_logs_of_negatives_have_no_real_value()
    not_proved_or_refused(
        [(None, "D(-x**2 - 1)**2"), ("algebra", "-x**2 - 1")], define={"D(t)": "sqrt(t)"}
    )


# Fixed with the review's patch (was a strict xfail): L(t) = log(t): L(-x**2 - 1) - L(-x**2 - 1) = 0 is proved
def test_defined_log_applied_to_a_negative():
    assert demo_square_roots_and_logs_of_negatives_have_no_real_value()
    not_proved_or_refused(
        [(None, "L(-x**2 - 1) - L(-x**2 - 1)"), ("algebra", "0")], define={"L(t)": "log(t)"}
    )


# Fixed with the review's patch (was a strict xfail): D(t) = sqrt(t)**2 (read as t): D(-1) = -1 is proved
def test_defined_square_of_a_root_at_a_negative():
    assert demo_square_roots_and_logs_of_negatives_have_no_real_value()
    not_proved_or_refused([(None, "D(-1)"), ("definition", "-1")], define={"D(t)": "sqrt(t)**2"})


# Fixed with the review's patch (was a strict xfail): Subs(sqrt(u)**2, u, -1) = -1 is proved
def test_square_of_a_root_at_a_negative_subs_point():
    assert demo_square_roots_and_logs_of_negatives_have_no_real_value()
    not_proved_or_refused([(None, "Subs(sqrt(u)**2, u, -1)"), ("algebra", "-1")])


# Fixed with the review's patch (was a strict xfail): Subs(exp(log(u)), u, -1) = -1 is proved
def test_exp_of_a_log_at_a_negative_subs_point():
    assert demo_square_roots_and_logs_of_negatives_have_no_real_value()
    not_proved_or_refused([(None, "Subs(exp(log(u)), u, -1)"), ("algebra", "-1")])


# Fixed with the review's patch (was a strict xfail): a series whose every term has sqrt(-n - 1) (n >= 0) is proved exp(x)
def test_series_with_roots_of_negatives_over_the_range_is_not_exp():
    # The sign is asked of -n - 1 with n the bare integer index (any sign), not of the
    # index that knows its range n >= 0 (which the Sum divisor check uses).
    assert demo_square_roots_and_logs_of_negatives_have_no_real_value()
    not_proved_or_refused(
        [
            (None, "Sum(x**n/factorial(n) + x**n*(sqrt(-n - 1)**2 + n + 1), (n, 0, oo))"),
            ("exp-series", "exp(x)"),
        ],
        symbols=INDEX,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Limit(sqrt(-h**2 - 1)**2, h, 0)",
        "Derivative(asin(x**2 + 2), x)",
        "Subs(sqrt(-u**2 - 1)**2, u, x)",
        "Sum(log(-n**2 - 1)*x**n, (n, 0, 3))",
    ],
)
def test_defined_nowhere_inside_a_binder_is_refused(text):
    assert demo_square_roots_and_logs_of_negatives_have_no_real_value()
    with pytest.raises(ValueError):
        math.asin(0.5**2 + 2)
    refused(
        [(None, text), ("algebra", "0")],
        "has no real value",
        symbols={**SYMBOLS, "n": "integer nonnegative"},
    )


# -- valid input refused: a Limit's own variable is not the Subs variable -------------------


# Fixed with the review's patch (was a strict xfail): "Subs(h + Limit(h*(h - 1)/(h - 1), h, 1), h, 1) (= 2) is refused: the Limit's " "h - 1 is evaluated at the Subs point"
def test_limit_binding_the_subs_variable_is_read():
    assert demo_limit_inside_subs_is_two()
    # the same with another name for the Limit's variable is proved, as before the change
    proved(
        [
            (None, "Subs(h + Limit(k*(k - 1)/(k - 1), k, 1), h, 1)"),
            (["algebra", "continuity"], "2"),
        ],
        symbols={**SYMBOLS, "k": "real"},
    )
    proved(
        [(None, "Subs(h + Limit(h*(h - 1)/(h - 1), h, 1), h, 1)"), (["algebra", "continuity"], "2")]
    )


# Fixed with the review's patch (was a strict xfail): P(t) = t + Limit(t*(t - 1)/(t - 1), t, 1): P(1) is refused
def test_limit_binding_the_definitions_parameter_is_read():
    assert demo_limit_inside_subs_is_two()
    proved(
        [(None, "P(1)"), (["definition", "continuity"], "2")],
        define={"P(t)": "t + Limit(t*(t - 1)/(t - 1), t, 1)"},
    )


# -- nested Subs: SymPy merges them, and the merged points are read as free ------------------
#
# sympy.Subs(Subs(e, v, q), u, p) is built as Subs(e, (v, u), (q, p)), in which the u of q
# is bound by the later u (SymPy's doit substitutes in turn). binders.substitute, free
# symbols and the refuter read every point as free: the bound u is sampled, and a true
# step is "refuted" (before the change too; the change reads nested Subs).


# Fixed with the review's patch (was a strict xfail): Subs(Subs(v**2, v, u - 2), u, 1) = 1 (true) is refuted at u = 1.1
def test_nested_subs_true_step_is_not_refuted():
    assert demo_nested_subs_is_one()
    report = _check(
        [(None, "Subs(Subs(v**2, v, u - 2), u, 1)"), ("algebra", "1")],
        symbols={"x": "real", "u": "real", "v": "real"},
    )
    verdict = report.steps[1].verdict
    assert verdict.status != "refuted", verdict.reason


# -- a stall: the exact value at the Subs point -------------------------------------------
#
# ``at_point`` substitutes the point into the cancelled divisor exactly. (u**1000)**500 is
# u**500000; at u = 10**39 that is a 65-million-bit integer, computed by Python's int power
# in C, where the read's time limit (an exception raised between bytecodes) cannot land.
# The reader bounds numeric powers it reads at MAX_NUMBER_BITS = 4096 bits
# ((10**39)**1000 written out is refused "too large"); the point's substitution is not
# bounded. Before the change this file was proved in about 3 s. The child process gets 16 s
# of CPU (the read's own limit is 10 s): killed by it, the test fails.


def _cpu_limit() -> None:  # runs in the child before exec
    resource.setrlimit(resource.RLIMIT_CPU, (16, 16))


# Fixed with the review's patch (was a strict xfail): the reader computes (10**39)**500000 at the Subs point, uninterruptibly
def test_a_huge_value_at_the_subs_point_does_not_stall_the_reader(tmp_path):
    assert demo_huge_divisor_is_not_zero()
    quotient = "((u**1000)**500 + 1)/((u**1000)**500 + 1)"
    path = tmp_path / "huge.toml"
    path.write_text(
        derivation_text([(None, f"Subs({quotient}, u, 10**39)"), ("algebra", "1")], symbols=SYMBOLS)
    )
    env = {**os.environ, "VERIFIER_NO_CACHE": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", "-j", "1", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=_cpu_limit,
    )
    # proved (it is 1), or refused as too large to compute: never killed, never a stall
    assert run.returncode == 0 or (run.returncode == 2 and "too large" in run.stderr), (
        run.returncode,
        run.stderr[-500:],
    )

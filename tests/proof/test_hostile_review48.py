"""Second hostile review of the reader's guards on cancelled divisors and erased domains.

Under review: db7c643 and 3c240a1 (``syntax._Reader.at_point``, ``needs``, ``domain``,
``_too_large_at``, ``call_subs``'s Subs-of-Subs rewrite, the Limit renaming). The first
review (tests/proof/test_hostile_review47.py) closed 17 holes; these are attacks on its
patch.

Worked (strict xfails at first, each with a demonstration made with fractions / math
only; all pass since the review's patch, marked "Fixed with the review's patch"):

* a domain condition read inside a Sum is kept with the bare index (any integer), not the
  index that knows its range: Subs(Sum(sqrt(u - n)**2*x**n, (n, 0, 3)), u, -1) is proved
  equal to a polynomial, though sqrt(-1 - n) has no real value for any n of the range
  (the same through a definition: D(t) = Sum(sqrt(t - n)**2, (n, 0, 3)) at t = -1);
* stalls past the read's own time limit (10 s), in C where no time limit lands: the
  domain conditions are substituted at the point with no size bound
  (sqrt(u**500000 + 1)**2 at u = 10**39), so is the inner Subs of a Subs of a Subs
  (Subs(Subs(v - u**u, v, u**u + 1), u, 10**7)), and ``_too_large_at`` bounds only integer
  exponents of one level: u**u at u = 10**7, and powers of powers whose inner exponents
  are each within bounds, ((u**128 + 1)**128 + 1)**128 at u = 2**31.

Held (ordinary tests): Subs of Subs with the same variable or a value holding the inner
variable, a Limit binding the Subs variable, a Limit inside a Derivative inside a Subs,
numeric points SymPy signs by evaluation, log to a base of no real value.

Also compared (not a test): ``python -m verifier check --no-cache --format json derivations
examples tests/corpus`` is byte-identical between this checkout and f814792 (before both
changes), and so are the verdicts of the 20 posts and the seed post but one auto-mode step.
"""

from __future__ import annotations

import math
import os
import resource
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from helpers import StepChecks, derivation_text

SYMBOLS = {"x": "real", "h": "real", "u": "real", "v": "real", "n": "integer nonnegative"}
ROOT = Path(__file__).resolve().parents[2]


# The shared assertions (tests/helpers.py), with this file's symbols by default.
_checks = StepChecks(SYMBOLS)
_check, not_proved_or_refused = _checks.check, _checks.not_proved_or_refused
refused, proved = _checks.refused, _checks.proved


# -- independent demonstrations ----------------------------------------------------


def demo_roots_of_negatives_over_the_range() -> bool:
    # sqrt(u - n) at u = -1 for n = 0, 1, 2, 3: sqrt(-1), ..., sqrt(-4), none real
    for n in range(4):
        try:
            math.sqrt(-1 - n)
        except ValueError:
            continue
        return False
    return True


def demo_divisor_at_point_is_not_zero() -> bool:
    # u**u + 1 at u = 10**7 and ((u**128 + 1)**128 + 1)**128 + 1 at u = 2**31 are positive
    # (so the quotients are 1 there): a sum of positive integers and 1.
    small = Fraction(7) ** 7 + 1
    return small > 0 and (Fraction(2) ** 31) ** 128 + 1 > 0


def demo_nested_subs_values() -> bool:
    # Subs(Subs(u**2, u, u + 1), u, 1) = (1 + 1)**2 = 4;
    # Subs(Subs((u - 1)/(u - 1), u, u + 1), u, 0) = 0/0
    if (Fraction(1) + 1) ** 2 != 4:
        return False
    try:
        (Fraction(0) + 1 - 1) / (Fraction(0) + 1 - 1)
    except ZeroDivisionError:
        return True
    return False


DEMONSTRATIONS = [
    demo_roots_of_negatives_over_the_range,
    demo_divisor_at_point_is_not_zero,
    demo_nested_subs_values,
]


@pytest.mark.parametrize("demo", DEMONSTRATIONS, ids=lambda d: d.__name__)
def test_demonstrations(demo):
    assert demo()


# -- a domain condition kept with the bare Sum index -----------------------------------------
#
# ``domain`` signs the argument with the index that knows its range (``self.ranges``), but
# adds the bare argument to ``needs``; at the Subs point the Sum is closed, and -1 - n with
# n any integer is not negative for SymPy.


# Fixed with the review's patch (was a strict xfail): Subs(Sum(sqrt(u - n)**2*x**n, (n, 0, 3)), u, -1) = Sum((-1 - n)*x**n, ...) is proved: the Sum's domain condition is kept with the bare index
def test_root_in_a_sum_at_a_negative_subs_point():
    assert demo_roots_of_negatives_over_the_range()
    not_proved_or_refused(
        [
            (None, "Subs(Sum(sqrt(u - n)**2*x**n, (n, 0, 3)), u, -1)"),
            ("algebra", "Sum((-1 - n)*x**n, (n, 0, 3))"),
        ]
    )


# Fixed with the review's patch (was a strict xfail): D(t) = Sum(sqrt(t - n)**2, (n, 0, 3)): D(-1) = Sum(-1 - n, (n, 0, 3)) is proved: Define.requires holds the bare index
def test_root_in_a_sum_in_a_definition_at_a_negative():
    assert demo_roots_of_negatives_over_the_range()
    not_proved_or_refused(
        [(None, "D(-1)"), ("definition", "Sum(-1 - n, (n, 0, 3))")],
        define={"D(t)": "Sum(sqrt(t - n)**2, (n, 0, 3))"},
        symbols={**SYMBOLS, "t": "real"},
    )


def test_root_of_a_negative_over_the_range_without_subs_is_refused():
    # the same radicand read directly in the Sum is refused (the ranged index is asked)
    assert demo_roots_of_negatives_over_the_range()
    refused([(None, "Sum(sqrt(-1 - n)**2*x**n, (n, 0, 3))"), ("algebra", "0")], "has no real value")


# -- stalls: values at the point computed with no bound, in C ---------------------------------
#
# Each child gets 16 s of CPU (the read's own limit is 10 s); killed by it, the test fails.
# Proved (the quotient is 1) or refused as too large: both are fine.


def _cpu_limit() -> None:  # runs in the child before exec
    resource.setrlimit(resource.RLIMIT_CPU, (16, 16))


def _check_file_quickly(tmp_path, expr: str) -> subprocess.CompletedProcess:
    path = tmp_path / "huge.toml"
    path.write_text(derivation_text([(None, expr), ("algebra", "1")], symbols=SYMBOLS))
    env = {**os.environ, "VERIFIER_NO_CACHE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "verifier", "check", "--no-cache", "-j", "1", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=_cpu_limit,
    )


def _finished(run: subprocess.CompletedProcess) -> bool:
    return run.returncode == 0 or (run.returncode == 2 and "too large" in run.stderr)


# Fixed with the review's patch (was a strict xfail): the domain condition u**500000 + 1 >= 0 is substituted at u = 10**39 with no size bound (_too_large_at guards the divisors only): 29 s of CPU in C
def test_a_huge_domain_condition_at_the_point_does_not_stall(tmp_path):
    assert demo_divisor_at_point_is_not_zero()
    run = _check_file_quickly(
        tmp_path, "Subs(sqrt((u**1000)**500 + 1)**2 - (u**1000)**500, u, 10**39)"
    )
    assert _finished(run), (run.returncode, run.stderr[-500:])


# Fixed with the review's patch (was a strict xfail): _too_large_at skips a power with a symbolic exponent: (u**u + 1)/(u**u + 1) at u = 10**7 computes (10**7)**(10**7) for minutes
def test_a_symbolic_exponent_at_the_point_does_not_stall(tmp_path):
    assert demo_divisor_at_point_is_not_zero()
    run = _check_file_quickly(tmp_path, "Subs((u**u + 1)/(u**u + 1), u, 10**7)")
    assert _finished(run), (run.returncode, run.stderr[-500:])


# Fixed with the review's patch (was a strict xfail): _too_large_at bounds each power by its own exponent and the literal numbers, not the size of its base: ((u**128 + 1)**128 + 1)**128 at u = 2**31 takes 28 s in C
def test_powers_of_powers_at_the_point_do_not_stall(tmp_path):
    assert demo_divisor_at_point_is_not_zero()
    big = "((u**128 + 1)**128 + 1)**128 + 1"
    run = _check_file_quickly(tmp_path, f"Subs(({big})/({big}), u, 2**31)")
    assert _finished(run), (run.returncode, run.stderr[-500:])


# Fixed with the review's patch (was a strict xfail): call_subs evaluates Subs(Subs(v - u**u, v, u**u + 1), u, 10**7) into the inner Subs with no size bound: (10**7)**(10**7) is computed for minutes
def test_subs_of_subs_at_a_huge_point_does_not_stall(tmp_path):
    assert demo_divisor_at_point_is_not_zero()
    run = _check_file_quickly(tmp_path, "Subs(Subs(v - u**u, v, u**u + 1), u, 10**7)")
    assert _finished(run), (run.returncode, run.stderr[-500:])


# -- what held ----------------------------------------------------------------------------


def test_nested_subs_of_the_same_variable_is_evaluated_in_turn():
    assert demo_nested_subs_values()
    proved([(None, "Subs(Subs(u**2, u, u + 1), u, 1)"), ("algebra", "4")])
    # the inner divisor u - 1, at u + 1, is u: 0 at the outer point
    refused(
        [(None, "Subs(Subs((u - 1)/(u - 1), u, u + 1), u, 0)"), ("algebra", "1")],
        "0 there (0/0)",
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Subs(Subs((v - 1)/(v - 1), v, u), u, 1)", "0 there (0/0)"),
        ("Subs(Subs((v - 1)/(v - 1), v, u - 1), u, 2)", "0 there (0/0)"),
        ("Subs(Subs(sqrt(v)**2, v, u - 2), u, 1)", "has no real value"),
    ],
)
def test_nested_subs_passes_its_conditions_on(text, words):
    assert demo_nested_subs_values() and demo_roots_of_negatives_over_the_range()
    refused([(None, text), ("algebra", "1")], words)


def test_limit_binding_the_subs_variable_and_limit_inside_a_derivative():
    # lim_{u->1} (u - 1)/(u - 1) = 1, plus u = 1: 2; the Limit's u is its own
    proved(
        [(None, "Subs(Limit((u - 1)/(u - 1), u, 1) + u, u, 1)"), (["algebra", "continuity"], "2")]
    )
    # d/du (u * lim_{h->0} (h - u)/(h - u)) at u = 0: the limit is 1 (h != u near 0
    # except at h = u = 0 itself, which a limit never looks at): 1; not refused
    report = _check(
        [(None, "Subs(Derivative(u*Limit((h - u)/(h - u), h, 0), u), u, 0)"), ("algebra", "1")]
    )
    assert report.steps[1].verdict.status != "refuted", report.steps[1].verdict.reason


def test_a_numeric_point_signed_by_evaluation_is_refused():
    # sin(1)**2 + cos(1)**2 - 1 - 10**-30 is -10**-30 < 0: sqrt of it has no real value
    refused(
        [
            (None, "Subs(sqrt(u)**2, u, sin(1)**2 + cos(1)**2 - 1 - 10**(-30))"),
            ("algebra", "sin(1)**2 + cos(1)**2 - 1 - 10**(-30)"),
        ],
        "has no real value",
    )


def test_log_to_a_base_of_no_real_value_is_not_proved():
    # log(4, b) = log(4)/log(b); for b = -x**2 - 2 < 0, log(b) has no real value
    with pytest.raises(ValueError):
        math.log(-2)
    not_proved_or_refused([(None, "log(4, -x**2 - 2) - log(4, -x**2 - 2)"), ("algebra", "0")])
    refused([(None, "Subs(log(4, u)*log(u), u, -2)"), ("algebra", "log(4)")], "not shown nonzero")

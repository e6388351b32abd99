"""The standard limits and the limit laws that combine constants and sums in one step:
rows in the format of tests/proof/test_rules.py.

A standard limit matches its body up to a rational factor and a rational-function
identity in the limit variable, at its own point only: each violating row changes
the point, the argument or the power, and the refuted ones are recomputed there.
"""

from __future__ import annotations

import pytest
from helpers import check_text, derivation_text
from test_rules import FUNCTIONS, SYMBOLS, bad, check_row, param, true

ROWS = [
    # -- limit-sin-over-x
    true("limit-sin-over-x", "standard form", "Limit(sin(h)/h, h, 0)", "1"),
    true("limit-sin-over-x", "rational multiple", "Limit(3*sin(h)/(2*h), h, 0)", "3/2"),
    true("limit-sin-over-x", "from the right", "Limit(sin(h)/h, h, 0, '+')", "1"),
    true(
        "limit-sin-over-x",
        "inside an expression",
        "x*Limit(sin(h)/h, h, 0) + 1",
        "x + 1",
    ),
    bad("limit-sin-over-x", "another point", "Limit(sin(h)/h, h, 1)", "1", refuted=True),
    bad("limit-sin-over-x", "another argument", "Limit(sin(2*h)/h, h, 0)", "1", refuted=True),
    bad("limit-sin-over-x", "another power", "Limit(sin(h)/h**2, h, 0)", "0"),
    bad("limit-sin-over-x", "other symbols in the body", "Limit(sin(x*h)/h, h, 0)", "1"),
    bad(
        "limit-sin-over-x",
        "a denominator that is 0 everywhere",
        "Limit(sin(h)*(sin(h)**2 + cos(h)**2 - 1)/(h*(1 - sin(h)**2 - cos(h)**2)), h, 0)",
        "-1",
        timeout=3.0,
    ),
    bad(
        "limit-e",
        "an exponent over a denominator that is 0 everywhere",
        "Limit((1 + h)**((sin(h)**2 + cos(h)**2 - 1)/(h*((sin(h) - 1)*(sin(h) + 1) + cos(h)**2))), h, 0)",
        "E",
        timeout=3.0,
    ),
    # -- limit-cos
    true("limit-cos", "standard form", "Limit((cos(h) - 1)/h, h, 0)", "0"),
    true("limit-cos", "negated", "Limit((1 - cos(h))/h, h, 0)", "0"),
    bad("limit-cos", "over h**2", "Limit((cos(h) - 1)/h**2, h, 0)", "0", refuted=True),
    bad("limit-cos", "another point", "Limit((cos(h) - 1)/h, h, 1)", "0", refuted=True),
    # -- limit-e
    true("limit-e", "at 0", "Limit((1 + h)**(1/h), h, 0)", "E"),
    true("limit-e", "at infinity", "Limit((1 + 1/h)**h, h, oo)", "e"),
    bad("limit-e", "another base", "Limit((1 + 2*h)**(1/h), h, 0)", "E", refuted=True),
    bad("limit-e", "at infinity, wrong form", "Limit((1 + h)**(1/h), h, oo)", "E", refuted=True),
    # -- limit-sum with symbolic coefficients: c*lim A + d*lim B in one step
    true(
        "limit-sum",
        "symbolic coefficients",
        "x*Limit(h + 1, h, 0) + y*Limit(h**2, h, 0)",
        "Limit(x*(h + 1) + y*h**2, h, 0)",
    ),
    true(
        "limit-sum",
        "with limit-constant, in one step",
        "Limit(x*(h + 1) + y*h**2, h, 0)",
        "x*Limit(h + 1, h, 0) + y*Limit(h**2, h, 0)",
        also=("limit-constant",),
    ),
    bad(
        "limit-sum",
        "coefficient not defined",
        "Limit(h, h, 0)/y + Limit(h**2, h, 0)",
        "Limit(h/y + h**2, h, 0)",
    ),
    bad(
        "limit-sum",
        "symbolic coefficient, a limit that does not exist",
        "x*Limit(sin(1/h), h, 0) + y*Limit(h, h, 0)",
        "Limit(x*sin(1/h) + y*h, h, 0)",
    ),
    bad(
        "limit-sum",
        "coefficient moved to the wrong term",
        "x*Limit(h + 1, h, 0) + y*Limit(h**2, h, 0)",
        "Limit(y*(h + 1) + x*h**2, h, 0)",
        refuted=True,
    ),
]


@pytest.mark.parametrize("row", [param(r) for r in ROWS])
def test_rule_table(row):
    check_row(row)


def test_sin_derivative_from_the_limit_definition():
    # OpenStax Calculus 3.5: d/dx sin x from the definition, the two standard limits cited.
    steps = [
        (None, "Derivative(sin(x), x)"),
        ("derivative-definition", "Limit((sin(x + h) - sin(x))/h, h, 0)"),
        ("algebra", "Limit(sin(x)*(cos(h) - 1)/h + cos(x)*sin(h)/h, h, 0)"),
        (
            ["limit-sum", "limit-constant"],
            "sin(x)*Limit((cos(h) - 1)/h, h, 0) + cos(x)*Limit(sin(h)/h, h, 0)",
        ),
        (["limit-cos", "limit-sin-over-x"], "cos(x)"),
    ]
    report = check_text(derivation_text(steps, symbols=SYMBOLS, functions=FUNCTIONS))
    verdicts = [s.verdict.status for s in report.steps]
    assert report.proved, [(s.verdict.status, s.verdict.reason) for s in report.steps]
    assert verdicts == ["proved"] * 5


def test_a_limit_law_splits_standard_limits_saying_so():
    # As OpenStax writes it: the limit laws alone, "both limits exist: they are the two
    # standard limits"; the conditions shown name the axioms.
    steps = [
        (None, "Limit(sin(x)*(cos(h) - 1)/h + cos(x)*sin(h)/h, h, 0)"),
        (
            ["limit-sum", "limit-constant"],
            "sin(x)*Limit((cos(h) - 1)/h, h, 0) + cos(x)*Limit(sin(h)/h, h, 0)",
        ),
    ]
    verdict = check_text(derivation_text(steps, symbols=SYMBOLS)).steps[1].verdict
    assert verdict.status == "proved", verdict.reason
    assert "the standard limit 'limit-sin-over-x'" in verdict.reason
    assert "the standard limit 'limit-cos'" in verdict.reason


def test_a_limit_law_does_not_split_a_limit_near_a_standard_one():
    # sin(h)/h**2 has no limit at 0: not a standard limit, so not split.
    steps = [
        (None, "Limit(x*sin(h)/h**2 + y*h, h, 0)"),
        (["limit-sum", "limit-constant"], "x*Limit(sin(h)/h**2, h, 0) + y*Limit(h, h, 0)"),
    ]
    verdict = check_text(derivation_text(steps, symbols=SYMBOLS)).steps[1].verdict
    assert verdict.status != "proved"
    assert "sin(h)/h**2" in verdict.reason and "exist" in verdict.reason, verdict.reason

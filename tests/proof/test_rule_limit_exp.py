"""The standard limit lim_{h->0} (exp(h) - 1)/h = 1 ("limit-exp"), in the row format of
tests/proof/test_rules.py: each violating row changes the point, the argument, the power
or adds a parameter, and the refuted ones are recomputed there independently."""

from __future__ import annotations

import pytest
from test_rules import bad, check_row, param, true

ROWS = [
    true("limit-exp", "standard form", "Limit((exp(h) - 1)/h, h, 0)", "1"),
    true("limit-exp", "rational multiple", "Limit((1 - exp(h))/(3*h), h, 0)", "-1/3"),
    true("limit-exp", "from the left", "Limit((exp(h) - 1)/h, h, 0, '-')", "1"),
    true("limit-exp", "inside an expression", "exp(x)*Limit((exp(h) - 1)/h, h, 0)", "exp(x)"),
    bad("limit-exp", "another point", "Limit((exp(h) - 1)/h, h, 1)", "1", refuted=True),
    bad("limit-exp", "another argument", "Limit((exp(2*h) - 1)/h, h, 0)", "1", refuted=True),
    bad("limit-exp", "another power", "Limit((exp(h) - 1)/h**2, h, 0)", "1"),
    bad("limit-exp", "a parameter in the body", "Limit((exp(x*h) - 1)/h, h, 0)", "1"),
    # True, but past what cancel can do in bounded time (limits.MAX_DEGREE): not proved,
    # promptly (the check of the first never returned).
    bad("limit-exp", "a huge multiple", "Limit((exp(1000000000*h) - 1)/h, h, 0)", "1000000000"),
    bad(
        "limit-exp",
        "a multiple with a tiny rational",
        "Limit((exp(h*(1 + 10**-20)) - 1)/h, h, 0)",
        "1 + 10**-20",
    ),
    bad(
        "limit-exp",
        "a denominator that is 0 everywhere",
        "Limit((exp(h) - 1)*(sin(h)**2 + cos(h)**2 - 1)/(h*(1 - sin(h)**2 - cos(h)**2)), h, 0)",
        "-1",
        timeout=3.0,
    ),
]


@pytest.mark.parametrize("row", [param(r) for r in ROWS])
def test_limit_exp_rows(row):
    check_row(row)

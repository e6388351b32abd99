"""Sums written with dots (verifier/posts/ellipsis.py): the reading the written terms
determine, stated beside the link; no reading when the terms do not determine one.

Expected Sums are written here by hand and compared to the reading with exact integer
arithmetic (math.comb, fractions), never with the reader's own code; a refutation's
two values are recomputed from the reported point.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
import sympy
from helpers import post_links as links

from verifier.posts.latex import Names, NotRead, translate
from verifier.proof.syntax import Scope, parse_expression


def value_at(text: str, **values: int | Fraction) -> Fraction:
    """A translation's value at whole-number / rational values of its names."""
    symbols = {
        name: sympy.Symbol(name, integer=True) if isinstance(v, int) else sympy.Symbol(name)
        for name, v in values.items()
    }
    expr = parse_expression(text, Scope(symbols=symbols))
    result = expr.subs({symbols[k]: sympy.Rational(str(v)) for k, v in values.items()}).doit()
    return Fraction(str(sympy.nsimplify(result)))


BINOMIAL = r"x^n+ nx^{n-1}h+\binom{n}{2}x^{n-2}h^2 + \dots +h^n"


@pytest.mark.parametrize("dots", [r"\dots", r"\cdots", r"\ldots", "..."])
def test_the_binomial_expansion_with_dots_is_the_sum_of_its_terms(dots):
    text = translate(BINOMIAL.replace(r"\dots", dots), Names()).text
    for n, x, h in [(1, 3, 5), (4, 2, Fraction(1, 3)), (7, Fraction(-3, 2), 2)]:
        expected = sum(
            math.comb(n, k) * Fraction(x) ** (n - k) * Fraction(h) ** k for k in range(n + 1)
        )
        assert value_at(text, n=n, x=x, h=h) == expected


def test_the_reading_of_the_dots_is_stated_beside_the_link():
    (link,) = links(f"$$ (x+h)^n = {BINOMIAL} $$\n")
    assert "the dots read as Sum(binomial(n, k)*x**(n - k)*h**(k), (k, 0, n))" in link.reason
    assert link.verdict != "refuted"  # the binomial theorem: true


def test_a_bare_factor_is_its_first_power_and_the_index_can_start_at_one():
    # h in binom(n, 2) x^{n-2} h is h^1 = h^(k-1): the terms are binom(n, k) x^(n-k) h^(k-1).
    text = translate(r"nx^{n-1} + \binom{n}{2}x^{n-2}h + \dots +h^{n-1}", Names()).text
    for n, x, h in [(1, 2, 3), (5, 3, Fraction(2, 7))]:
        expected = sum(
            math.comb(n, k) * Fraction(x) ** (n - k) * Fraction(h) ** (k - 1)
            for k in range(1, n + 1)
        )
        assert value_at(text, n=n, x=x, h=h) == expected


def test_a_last_term_that_fits_no_position_is_added_as_written():
    # Post 17: the last term binom(n, n-1) y^n is not T(n) = y^n; it is n y^n, added.
    written = (
        r"\binom{ n }{ 0 }x^n + \binom{ n }{ 1 }x^{n-1}y +...+ "
        r"\binom{ n }{ n-1 }xy^{n-1} + \binom{ n }{ n-1 }y^{n}"
    )
    text = translate(written, Names()).text
    for n, x, y in [(1, 2, 3), (2, 3, 5), (6, Fraction(1, 2), -2)]:
        expected = sum(
            math.comb(n, k) * Fraction(x) ** (n - k) * Fraction(y) ** k for k in range(n)
        )
        expected += n * Fraction(y) ** n
        assert value_at(text, n=n, x=x, y=y) == expected


def test_the_false_binomial_expansion_is_refuted_and_the_numbers_differ():
    # Post 17 c4 l2 with its sum as the first side: no coefficients on one side.
    text = (
        r"$$ \sum_{i=0}^n x^{n - i}y^i = \binom{ n }{ 0 }x^n + \binom{ n }{ 1 }x^{n-1}y +...+ "
        r"\binom{ n }{ n-1 }xy^{n-1} + \binom{ n }{ n}y^{n} $$" + "\n"
    )
    (link,) = links(text)
    assert "the dots read as" in link.reason
    assert link.verdict == "refuted", link.reason
    values = link.counterexample["values"]
    n, x, y = int(values["n"]), Fraction(values["x"]), Fraction(values["y"])
    left = sum(x ** (n - i) * y**i for i in range(n + 1))
    right = sum(math.comb(n, k) * x ** (n - k) * y**k for k in range(n + 1))
    assert left != right
    assert math.isclose(float(left), float(link.counterexample["lhs"]), rel_tol=1e-6)
    assert math.isclose(float(right), float(link.counterexample["rhs"]), rel_tol=1e-6)


def test_a_sign_slip_after_the_dots_is_read_into_the_limit():
    # Post 15 c3 l1: "-x^n" became "+x^n"; the right side is lim ((x+h)^n + x^n)/h.
    written = r"\lim_{ h \to 0 }  \frac{ x^n+ nx^{n-1}h+\binom{n}{2}x^{n-2}h^2 + \dots +h^n+x^n}{h}"
    text = translate(written, Names()).text
    assert text.startswith("Limit(") and text.endswith(", h, 0)")
    body = text[len("Limit(") : -len(", h, 0)")]
    for n, x, h in [(2, 3, Fraction(1, 5)), (3, 2, Fraction(1, 7))]:
        expected = (Fraction(x + h) ** n + Fraction(x) ** n) / h
        assert value_at(body, n=n, x=x, h=h) == expected


@pytest.mark.parametrize(
    "written",
    [
        r"x + x + \dots + x",  # how many terms?
        r"1 + 1 + \dots + 1",
        r"x + \dots + x^n",  # one term before the dots: no pattern
        r"x^2 + x^3 + \dots",  # no last term
        r"1 + 4 + \dots + n",  # 1, 4: no one number gives both their positions
        r"f(1) + f(2) + \dots + f(n)",  # an unknown function of the position
        r"x^2 - x^3 + \dots + x^n",  # alternating signs are not read
    ],
)
def test_dots_the_terms_do_not_determine_are_not_read(written):
    names = Names(functions={"f"})
    with pytest.raises(NotRead, match="ellipsis"):
        translate(written, names)


def test_a_link_with_undetermined_dots_says_not_read():
    (link,) = links(r"$$ x + x + \dots + x = n x $$" + "\n")
    assert link.verdict == "unknown"
    assert "not read: an ellipsis whose written terms follow no one pattern" in link.reason


@pytest.mark.parametrize(
    "written",
    [
        "." * 1_000_000,
        "a + " + r"\dots + " * 200_000 + "b",
        " + ".join(f"x^{{{i}}}" for i in range(1, 5001)) + r" + \dots + x^n",
        r"\dots",
        "...",
        " + ".join(f"x^{{{i}}}" for i in range(1, 10)) + r" + \dots + x^n",
        r"x^{1} + x^{2} + \dots + x^{99999999999999}",
    ],
    ids=[
        "megabyte-of-dots",
        "200000-ellipses",
        "5000-terms",
        "dots-alone",
        "three-stops",
        "9-terms",
        "huge-exponent",
    ],
)
def test_hostile_dots_give_a_clear_message(written):
    # Bounded: the token limit stops a long formula before any reading, and the reading
    # of one ellipsis has its own time limit (ellipsis.SECONDS); no timing asserted here.
    with pytest.raises(NotRead) as caught:
        translate(written, Names())
    assert caught.value.message  # a message, not a traceback


WITNESSES = {
    "t**2 + 1": lambda t: t**2 + 1,
    "sin(3*t) + 2": lambda t: math.sin(3 * t) + 2,
    "exp(t/2)": lambda t: math.exp(t / 2),
}


def test_subscripts_give_the_position_a_0_to_a_n_and_a_dropped_term_is_refuted():
    # a_0 + a_1 + ... + a_n is the sum of a_k for k = 0..n; sum_{k=1}^n a_k misses a_0.
    text = r"$$ a_0 + a_1 + \dots + a_n = \sum_{k=1}^{n} a_k $$" + "\n"
    (link,) = links(text)
    assert "the dots read as Sum((a_at(k)), (k, 0, n))" in link.reason
    assert link.verdict == "refuted", link.reason
    ce = link.counterexample
    n, a = int(ce["values"]["n"]), WITNESSES[ce["witnesses"]["a_at(t)"]]
    left = sum(a(k) for k in range(n + 1))
    right = sum(a(k) for k in range(1, n + 1))
    assert not math.isclose(left, right, rel_tol=1e-9)
    assert math.isclose(left, float(ce["lhs"]), rel_tol=1e-6)
    assert math.isclose(right, float(ce["rhs"]), rel_tol=1e-6)


def test_the_true_split_of_a_sum_with_dots_is_not_refuted():
    text = r"$$ a_0 + a_1 + \dots + a_n = a_0 + \sum_{k=1}^{n} a_k $$" + "\n"
    (link,) = links(text)
    assert "the dots read as" in link.reason
    assert link.verdict != "refuted", link.counterexample


def test_post_17s_last_coefficient_binom_n_n_minus_1_is_refuted_as_written():
    # Post 17 c4 l2 exactly: the last coefficient is binom(n, n-1), not binom(n, n). The
    # written binomial of n - 1 must count as defined at whole n (refute._defined_at
    # binds n - 1 unevaluated); before that was fixed the link stayed unknown.
    text = (
        r"$$ \sum_{i=0}^n x^{n - i}{y^i}=\binom{ n }{ 0 }x^n + \binom{ n }{ 1 }x^{n-1}y +...+ "
        r"\binom{ n }{ n-1 }xy^{n-1} + \binom{ n }{ n-1 }y^{n} $$" + "\n"
    )
    (link,) = links(text)
    assert link.verdict == "refuted", link.reason
    values = link.counterexample["values"]
    n, x, y = int(values["n"]), Fraction(values["x"]), Fraction(values["y"])
    left = sum(x ** (n - i) * y**i for i in range(n + 1))
    right = (
        sum(math.comb(n, k) * x ** (n - k) * y**k for k in range(n)) + math.comb(n, n - 1) * y**n
    )
    assert left != right
    assert math.isclose(float(left), float(link.counterexample["lhs"]), rel_tol=1e-6)
    assert math.isclose(float(right), float(link.counterexample["rhs"]), rel_tol=1e-6)

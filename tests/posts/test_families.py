"""Members of an indexed family outside its sum (t_i beside a sum of t_k), and softmax of
a family member read as the standard softmax (verifier/posts/latex.py, check.py).

Each refutation is recomputed here with plain ``math`` from the reported point and the
refuter's witness (looked up by its printed text, never evaluated).
"""

from __future__ import annotations

import math

import pytest

from verifier.posts.check import check_post
from verifier.posts.document import Post

WITNESSES = {
    "t**2 + 1": lambda t: t**2 + 1,
    "sin(3*t) + 2": lambda t: math.sin(3 * t) + 2,
    "exp(t/2)": lambda t: math.exp(t / 2),
}


def chain_results(text: str, timeout: float = 5.0):
    return check_post(Post.from_text("p.md", text), timeout=timeout).chains


def links(text: str, timeout: float = 5.0):
    return [link for chain in chain_results(text, timeout) for link in chain.steps[1:]]


# -- t_i beside a sum of t_k --------------------------------------------------------------


def test_t_i_beside_a_sum_of_t_k_is_its_i_th_term_and_the_false_step_is_refuted():
    # Post 08 c7 l3: sum_{k=1}^K y is K y, not y (t_i is the i-th t_k, on both sides).
    text = r"$$ -\sum_{k=1}^K t_k 1\{k = i\} + \sum_{k=1}^K y = -t_i + y $$" + "\n"
    (link,) = links(text)
    assert link.verdict == "refuted", link.reason
    ce = link.counterexample
    big_k, i, y = int(ce["values"]["K"]), int(ce["values"]["i"]), float(ce["values"]["y"])
    assert 1 <= i <= big_k  # an index of the sum's range, as the post means it
    t = WITNESSES[ce["witnesses"]["t_at(t)"]]
    left = -sum(t(k) for k in range(1, big_k + 1) if k == i) + big_k * y
    right = -t(i) + y
    assert not math.isclose(left, right, rel_tol=1e-9)
    assert math.isclose(left, float(ce["lhs"]), rel_tol=1e-6)
    assert math.isclose(right, float(ce["rhs"]), rel_tol=1e-6)


@pytest.mark.parametrize(
    "text",
    [
        r"$$ -\sum_{k=1}^K t_k 1\{k = i\} = -t_i $$",
        r"$$ \sum_{k=1}^K t_k 1\{k = i\} y_k = t_i y_i $$",
        r"$$ -\sum_{k=1}^K t_k 1\{k = i\} + \sum_{k=1}^K t_k y = -t_i + y \sum_{k=1}^K t_k $$",
    ],
)
def test_true_steps_with_a_member_outside_its_sum_are_not_refuted(text):
    # True for every i of 1..K; a point with i outside the range is no counterexample.
    (link,) = links(text + "\n")
    assert link.verdict != "refuted", link.counterexample


def test_the_member_reading_is_stated_in_the_chain_assumptions():
    (chain,) = chain_results(r"$$ -\sum_{k=1}^K t_k 1\{k = i\} = -t_i $$" + "\n")
    assert any("t_i read as t_at(i)" in a for a in chain.assumptions)
    assert any("i is a positive integer" in a for a in chain.assumptions)


def test_a_name_with_a_subscript_in_a_chain_without_its_family_stays_a_name():
    (chain,) = chain_results(r"$$ t_i + t_i = 2 t_i $$" + "\n")
    assert not any("t_at" in a for a in chain.assumptions)
    assert chain.steps[1].verdict == "proved"


# -- softmax(x_j) -------------------------------------------------------------------------


def test_softmax_of_a_member_is_the_standard_softmax_and_a_wrong_index_is_refuted():
    # Post 10 c25 l1: the sum is written over e^{x_j} instead of e^{x_i}.
    text = r"$$ log(softmax(x_j)) = log(\frac{e^{x_j}}{\sum_i^n e^{x_j}}) $$" + "\n"
    (chain,) = chain_results(text)
    link = chain.steps[1]
    assert link.verdict == "refuted", link.reason
    assert any("read as the standard softmax" in a for a in chain.assumptions)
    ce = link.counterexample
    j, n = int(ce["values"]["j"]), int(ce["values"]["n"])
    x = WITNESSES[ce["witnesses"]["x_at(t)"]]
    left = x(j) - math.log(sum(math.exp(x(i)) for i in range(1, n + 1)))
    right = math.log(math.exp(x(j)) / (n * math.exp(x(j))))
    assert not math.isclose(left, right, rel_tol=1e-9)
    assert math.isclose(left, float(ce["lhs"]), rel_tol=1e-6)
    assert math.isclose(right, float(ce["rhs"]), rel_tol=1e-6)


def test_the_true_log_softmax_is_not_refuted():
    text = r"$$ log(softmax(x_j)) = x_j - log(\sum_{i=1}^n e^{x_i}) $$" + "\n"
    (link,) = links(text)
    assert link.verdict != "refuted", link.counterexample


def test_a_softmax_the_post_defines_is_not_replaced_by_the_standard_one():
    text = (
        "$$ softmax(z) = z^2 $$\n\n"
        r"$$ softmax(x_j) = x_j^2 $$" + "\n"
    )
    chains = chain_results(text)
    assert not any("standard softmax" in a for c in chains for a in c.assumptions)
    assert chains[1].steps[1].verdict == "proved"


def test_a_name_a_definition_uses_is_not_read_as_a_member_regression_post_05():
    # Post 05: a_j = e^{z_j} / sum_k e^{z_k} was read with z_j a name; reading z_j as
    # z_at(j) in the defining chain only made its two sides differ in name.
    (chain,) = chain_results(r"$$a_j = \frac{e^{z_j}}{\sum_k e^{z_k}}$$" + "\n")
    assert chain.steps[1].verdict == "proved", chain.steps[1].reason

"""Posts checked end to end: verdicts from the kernel, at file:line:column, in every format."""

from __future__ import annotations

import io
import json
import pathlib

import pytest
from helpers import post_links as links

from verifier.errors import InputError
from verifier.posts import check_posts
from verifier.posts.check import check_post
from verifier.posts.document import Post, read_post

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples" / "posts"


def test_a_true_link_is_proved_and_a_false_one_refuted_with_numbers_that_differ():
    true_link, false_link = links("$$(x+1)^2 = x^2 + 2x + 1 = x^2 + 1$$\n")
    assert true_link.verdict == "proved"
    assert false_link.verdict == "refuted"
    example = false_link.counterexample
    assert float(example["lhs"]) != pytest.approx(float(example["rhs"]))
    # Recomputed here, independently: (x^2 + 2x + 1) - (x^2 + 1) = 2x at the witness x.
    value = float(example["values"]["x"])
    assert float(example["lhs"]) - float(example["rhs"]) == pytest.approx(2 * value, rel=1e-6)


def test_each_link_is_reported_at_the_line_and_column_of_its_equals_sign():
    text = "Some prose.\n\n$$a + a\n= 2a$$\n"
    [link] = links(text)
    assert (link.line, link.column) == (4, 1)
    assert text.splitlines()[link.line - 1][link.column - 1] == "="


def test_a_name_never_defined_is_unknown_not_refuted_with_a_made_up_value():
    [first, second] = links("$$z_1 = w_1 \\cdot 3 = 0.3$$\n")
    for link in (first, second):
        assert link.verdict == "unknown"
        assert "never defined" in link.reason
        assert link.counterexample is None


def test_a_definition_in_prose_is_unfolded_and_listed_as_an_assumption():
    text = "Let $S(x)=\\frac{1}{1+e^{-x}}$.\n\n$$S(x)(1-S(x)) = \\frac{e^{-x}}{(1+e^{-x})^2}$$\n"
    result = check_post(Post.from_text("p.md", text), timeout=5.0)
    [chain] = result.chains
    assert chain.steps[1].verdict == "proved"
    assert any("S(x) = 1/(1 + exp(-x))" in a for a in chain.assumptions)


def test_a_false_definition_use_is_refuted():
    text = "Let $S(x)=\\frac{1}{1+e^{-x}}$.\n\n$$S(x)(1-S(x)) = \\frac{e^{x}}{(1+e^{-x})^2}$$\n"
    [link] = links(text)
    assert link.verdict == "refuted"


def test_unsupported_notation_is_not_read_and_the_rest_goes_on():
    first, second = links("$$\\begin{bmatrix} x \\end{bmatrix} = y$$\n\n$$2x = x + x$$\n")
    assert first.verdict == "unknown" and "not read: the command \\begin" in first.reason
    assert second.verdict == "proved"


def test_the_example_post_refutes_its_slip_at_its_exact_place():
    path = EXAMPLES / "reciprocal-and-sigmoid.md"
    result = check_post(read_post(path), timeout=10.0)
    steps = [link for chain in result.chains for link in chain.steps[1:]]
    refuted = [s for s in steps if s.verdict == "refuted"]
    assert len(refuted) == 1
    slip = refuted[0]
    line = path.read_text().splitlines()[slip.line - 1]
    # The slip is the '=' before the limit whose numerator is f(x+Δx) - f(x).
    assert line[slip.column - 1] == "="
    assert line[slip.column :].startswith(
        "\\lim_{\\Delta x\\rightarrow0}\\frac{f(x+\\Delta x)-f(x)}"
    )
    assert slip.counterexample is not None
    assert not any(s.verdict == "refuted" for s in steps if s is not slip)


def test_check_posts_writes_the_json_schema_and_returns_1_when_a_link_is_not_proved(tmp_path):
    post = tmp_path / "p.md"
    post.write_text("$$2x = x + x = 3x$$\n")
    out = io.StringIO()
    code = check_posts([post], "json", out, timeout=5.0)
    assert code == 1
    [derivation] = json.loads(out.getvalue())["derivations"]
    assert set(derivation) >= {"id", "file", "verdict", "steps"}
    assert derivation["file"] == str(post)
    assert derivation["verdict"] == "refuted"
    steps = derivation["steps"]
    assert [s["index"] for s in steps] == [1, 2, 3]
    for s in steps:
        assert set(s) >= {"index", "line", "column", "by", "verdict", "reason", "counterexample"}
    assert [s["verdict"] for s in steps] == ["proved", "proved", "refuted"]


def test_check_posts_returns_0_when_every_link_is_proved(tmp_path):
    post = tmp_path / "p.md"
    post.write_text("$$2x = x + x$$\n")
    assert check_posts([post], "text", io.StringIO(), timeout=5.0) == 0


@pytest.mark.parametrize("fmt", ["text", "github", "markdown"])
def test_every_format_names_the_refuted_link(tmp_path, fmt):
    post = tmp_path / "p.md"
    post.write_text("Intro\n\n$$2x = 3x$$\n")
    out = io.StringIO()
    check_posts([post], fmt, out, timeout=5.0)
    report = out.getvalue()
    column = "$$2x = 3x$$".index("=") + 1
    if fmt == "text":
        assert f"{post}:3:{column}" in report and "✗" in report
    elif fmt == "github":
        assert report.startswith("::error ") and f"line=3,col={column}" in report
    else:
        assert "$$2x \\overset{\\color{red}{\\times}{1}}{=} 3x$$" in report
        assert "1. ✗ line 3" in report


def test_an_unreadable_post_raises_input_error(tmp_path):
    with pytest.raises(InputError):
        check_posts([tmp_path / "missing.md"], "json", io.StringIO(), timeout=1.0)


def test_an_ambiguous_name_alone_on_both_sides_is_refuted_as_a_variable():
    # z is called (z(1 + z)) and used alone: ambiguous. A link where it is never read
    # before a parenthesis means the same in every reading, so its slip is refuted.
    text = "$$q = z(1 + z)$$\n\n$$2 \\cdot \\frac{1}{2}(t - z) = -(t - z)$$\n"
    [_, link] = links(text)
    assert link.verdict == "refuted"
    example = link.counterexample
    assert float(example["lhs"]) == pytest.approx(-float(example["rhs"]), rel=1e-9)
    assert float(example["lhs"]) != pytest.approx(float(example["rhs"]))


def test_an_ambiguous_name_before_a_parenthesis_is_still_not_refuted():
    text = "$$q = z(1 + z)$$\n\n$$z(1 - z) = z - z$$\n"
    [_, link] = links(text)
    assert link.verdict == "unknown"
    assert "both called and used alone" in link.reason


def test_names_that_vanish_in_a_computed_derivative_are_not_undefined():
    # t2 and u2 stand only inside the derivative in u1 of E, where they vanish: the
    # false link (a lost minus sign) is refuted, and the true one proved.
    text = (
        "$$E = \\frac{1}{2}(t_1 - u_1)^2 + \\frac{1}{2}(t_2 - u_2)^2$$\n\n"
        "$$\\frac{\\partial E}{\\partial u_1} = (t_1 - u_1)$$\n\n"
        "$$\\frac{\\partial E}{\\partial u_1} = -(t_1 - u_1)$$\n"
    )
    [_, false_link, true_link] = links(text)
    assert false_link.verdict == "refuted"
    example = false_link.counterexample
    assert float(example["lhs"]) == pytest.approx(-float(example["rhs"]), rel=1e-9)
    assert float(example["lhs"]) != pytest.approx(float(example["rhs"]))
    assert true_link.verdict == "proved"


def test_a_derivative_of_a_quantity_never_written_in_its_variable_stays_unknown():
    # E never mentions w: calculus says 0, the post means a dependence it never wrote.
    text = "$$E = \\frac{1}{2}(t_1 - u_1)^2$$\n\n$$w = w - a \\frac{\\partial E}{\\partial w} = 0.36$$\n"
    [_, _, link] = links(text)
    assert link.verdict == "unknown"
    assert link.counterexample is None


def test_a_cancelled_group_of_signed_terms_is_a_term_not_a_factor():
    text = "$$\\sum_{i=1}^{m} (y_i - y_i h_i) = \\sum_{i=1}^{m} (y_i \\cancel{- y_i h_i})$$\n"
    [link] = links(text)
    assert link.verdict == "proved"
    slip = "$$y - y h - h + y h = y \\cancel{- y h} - h \\cancel{- y h}$$\n"
    [link] = links(slip)
    assert link.verdict == "refuted"
    example = link.counterexample
    assert float(example["lhs"]) != pytest.approx(float(example["rhs"]))


def test_a_defined_subscripted_function_alone_in_a_derivative_is_its_value():
    text = (
        "$$h_{\\theta}(x^{(i)}) = \\frac{1}{1 + e^{-\\theta_0 - \\theta_1 x^{(i)}}}$$\n\n"
        "$$\\frac{\\partial h_{\\theta}}{\\partial \\theta_0} = h_\\theta(x)(1 - h_\\theta(x))$$\n\n"
        "$$\\frac{\\partial h_{\\theta}}{\\partial \\theta_0} = h_\\theta(x)(1 + h_\\theta(x))$$\n"
    )
    result = check_post(Post.from_text("p.md", text), timeout=10.0)
    _, true_chain, false_chain = result.chains
    assert true_chain.steps[1].verdict == "proved"
    assert false_chain.steps[1].verdict == "refuted"
    example = false_chain.steps[1].counterexample
    assert float(example["lhs"]) != pytest.approx(float(example["rhs"]))
    assert any("h_theta alone in a derivative read as h_theta(x)" in a for a in result.assumptions)


def test_relu_defined_with_max_is_proved_and_a_wrong_max_refuted():
    text = "$$relu(z) = max(0,z)$$\n\n$$relu(z) + 1 = \\max(z, 0) + 1 = max(0, z)$$\n"
    [definition, true_link, false_link] = links(text)
    assert definition.verdict == "proved"
    assert true_link.verdict == "proved"
    assert false_link.verdict == "refuted"
    example = false_link.counterexample
    assert float(example["lhs"]) != pytest.approx(float(example["rhs"]))


def test_the_upper_bound_of_a_sum_is_a_parameter_not_an_undefined_name():
    # n bounds a sum of the post: the copy-pasted left side d/dx x^n is refuted.
    text = (
        "$$(1 + y)^n = \\sum_{i=0}^n \\binom{n}{i} y^i$$\n\n"
        "$$\\frac{d}{dx}x^n = -\\frac{1}{x^2}$$\n"
    )
    [_, link] = links(text)
    assert link.verdict == "refuted"
    example = link.counterexample
    assert float(example["lhs"]) != pytest.approx(float(example["rhs"]))


def test_a_sum_of_samples_is_not_m_times_one_sample():
    [link] = links("$$\\sum_{i=1}^{m} x^{(i)} = m x^{(i)}$$\n")
    assert link.verdict != "proved"


def test_a_function_of_two_values_defined_through_its_arguments_is_unfolded():
    text = (
        "$$\\text{Cost}(h(x^{(i)}), y^{(i)}) = -y^{(i)} \\log(h(x^{(i)})) "
        "- (1-y^{(i)}) \\log(1-h(x^{(i)}))$$\n\n"
        "$$\\text{Cost}(p, 1) = -\\log(p) = \\log(p)$$\n"
    )
    result = check_post(Post.from_text("p.md", text), timeout=10.0)
    definition, use = result.chains
    assert definition.steps[1].verdict == "proved"
    true_link, false_link = use.steps[1:]
    assert true_link.verdict == "proved"
    assert false_link.verdict == "refuted"
    example = false_link.counterexample
    assert float(example["lhs"]) == pytest.approx(-float(example["rhs"]), rel=1e-9)
    assert any("Cost(arg_1, arg_2)" in a for a in definition.assumptions)


def test_a_body_that_uses_an_argument_outside_it_is_no_definition():
    # F(h(x), y) = x + y says more than a function of h(x) and y: not a definition.
    from verifier.posts.context import _pattern_definition

    assert _pattern_definition("F(h(x), y)", "x + y", 0) is None
    assert _pattern_definition("F(h(x), y)", "h(x) + y", 0).body == "arg_1 + arg_2"


def test_the_reason_for_an_unread_derivative_is_the_same_in_every_run(tmp_path):
    # Two derivatives of names never defined in one link: which one the reason names
    # must not follow Python's string hashing (PYTHONHASHSEED), which changes per run.
    import os
    import subprocess
    import sys

    post = tmp_path / "p.md"
    post.write_text(
        "$$\n\\frac{\\partial E}{\\partial w} = \\frac{\\partial E}{\\partial y} "
        "\\frac{\\partial y}{\\partial h} \\frac{\\partial h}{\\partial w}\n$$\n"
    )
    outputs = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(
            [sys.executable, "-m", "verifier", "check", str(post), "--format", "json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert "derivative in" in done.stdout, done.stdout + done.stderr
        outputs.add(done.stdout.replace(str(post), "p.md"))
    assert len(outputs) == 1

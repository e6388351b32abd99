"""A step whose expression holds a tower of exps ends within its time limit (refute.py).

exp(exp(exp(exp(exp(x))))) at x = 1.5 is e**(10**(7*10**37)): mpmath computes exp of
such a number (by points, or by intervals over a sample box) in one call that no time
limit can interrupt, so ``verifier check --timeout 10`` once took 16-40 s on such steps.
The refuter now refuses an exp/sinh/cosh argument above ``EXP_LIMIT`` and any other
function's argument above ``2**FUNCTION_BITS`` before it evaluates anything, as it
refuses a huge exact power. These tests pin that:

* every tower step below gets a verdict through the command line with ``--timeout 5``
  (a subprocess that must end; no verdict may be "timed out"), true ones proved;
* a false tower step is not proved, and where it is refuted, mpmath (none of our code)
  recomputes both sides at the counterexample and finds them different;
* the true 4-level cancellation of the hostile review is still proved, and the interval
  look still decides two ordinary steps of ``test_confirm_speed.py`` it decided before;
* the bounds refuse towers and nothing ordinary (unit checks of ``tame``, the interval
  programs and the compiled terms of a sum).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import mpmath
import pytest
import sympy
from helpers import check_text, derivation_text

from verifier.proof import refute

ROOT = Path(__file__).resolve().parents[2]
x = sympy.Symbol("x", real=True)
k = sympy.Symbol("k", integer=True, nonnegative=True)


def tower(name: str, levels: int, inner: str = "x") -> str:
    text = inner
    for _ in range(levels):
        text = f"{name}({text})"
    return text


E5, E6 = tower("exp", 5), tower("exp", 6)
C6, S6 = tower("cosh", 6), tower("sinh", 6)
SIN4 = f"sin({tower('exp', 4)})"
POW2 = f"2**{tower('exp', 4)}"
HUGE_POWER = "exp(exp(x**64))"


def _true_term(e: str) -> list:
    return [(None, f"{e} + x*(x + 1)"), ("algebra", f"x**2 + x + {e}")]


def _divisor(e: str) -> list:
    return [(None, f"(x*({e} - 2) + {e} - 2)/({e} - 2)"), ("algebra", "x + 1")]


# Steps that took longer than a 10 s limit before (measured: 12-40 s of wall time each),
# and the verdict each must get. Every true one is proved by algebra; the points the
# confirmation cannot evaluate are skipped, as an overflow is.
TRUE_STEPS = {
    "cosh-6-term": _true_term(C6),
    "sinh-6-term": _true_term(S6),
    "exp-exp-x64-term": _true_term(HUGE_POWER),
    "sin-of-exp-4-term": _true_term(SIN4),
    "2-to-exp-4-term": _true_term(POW2),
    "exp-5-divisor": _divisor(E5),  # the shape of the issue, 5 levels
}
# False steps, with mpmath's values of their two sides at a point (none of our code).
FALSE_STEPS = {
    "exp-5 + x = exp-5 + 2x": (
        [(None, f"{E5} + x"), ("algebra", f"{E5} + 2*x")],
        lambda v: (_tower(v, 5) + v, _tower(v, 5) + 2 * v),
    ),
    "exp-5 (x + 1) = exp-5 x": (
        [(None, f"{E5}*(x + 1)"), ("algebra", f"{E5}*x")],
        lambda v: (_tower(v, 5) * (v + 1), _tower(v, 5) * v),
    ),
    "exp-5/exp-5 = 2": (
        [(None, f"{E5}/{E5}"), ("algebra", "2")],
        lambda v: (_tower(v, 5) / _tower(v, 5), mpmath.mpf(2)),
    ),
    "exp-6 + x = exp-6 + 2x": (
        [(None, f"{E6} + x"), ("algebra", f"{E6} + 2*x")],
        lambda v: (_tower(v, 6) + v, _tower(v, 6) + 2 * v),
    ),
    "cosh-6 + x = cosh-6 + 2x": (
        [(None, f"{C6} + x"), ("algebra", f"{C6} + 2*x")],
        lambda v: (_tower(v, 6, mpmath.cosh) + v, _tower(v, 6, mpmath.cosh) + 2 * v),
    ),
}


def _tower(value: mpmath.mpf, levels: int, function=mpmath.exp) -> mpmath.mpf:
    """The tower in mpmath, level by level; a counterexample is at a point where each
    level is small enough to compute (else the test fails here, not hangs)."""
    for _ in range(levels):
        assert abs(value) < 10**4, "a counterexample at a point where the tower is huge"
        value = function(value)
    return value


def _check_files(folder: Path, steps: dict, timeout: float) -> dict:
    """``verifier check --format json`` of one file per step, in a subprocess: each
    derivation's report by its id."""
    for index, chain in enumerate(steps.values()):
        text = derivation_text(chain, symbols={"x": "real"}, ident=f"s{index}")
        (folder / f"s{index}.toml").write_text(text)
    command = ["check", "--no-cache", "--timeout", str(timeout), "--format", "json"]
    done = subprocess.run(
        [sys.executable, "-m", "verifier", *command, str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,  # "never a hang": the process ends
    )
    assert done.returncode in (0, 1), done.stderr
    reports = {d["id"]: d for d in json.loads(done.stdout)["derivations"]}
    return {name: reports[f"s{i}"]["steps"][1] for i, name in enumerate(steps)}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("towers")
    steps = {**TRUE_STEPS, **{name: chain for name, (chain, _) in FALSE_STEPS.items()}}
    return _check_files(folder, steps, timeout=5)


@pytest.mark.parametrize("name", [*TRUE_STEPS, *FALSE_STEPS])
def test_a_tower_step_gets_a_verdict_within_its_limit(verdicts, name) -> None:
    step = verdicts[name]
    assert step["verdict"] in ("proved", "refuted", "unknown"), step
    assert "timed out" not in step["reason"], step["reason"]


@pytest.mark.parametrize("name", TRUE_STEPS)
def test_a_true_tower_step_is_proved(verdicts, name) -> None:
    assert verdicts[name]["verdict"] == "proved", verdicts[name]["reason"]


@pytest.mark.parametrize("name", FALSE_STEPS)
def test_a_false_tower_step_is_not_proved_and_its_counterexample_differs(verdicts, name):
    step = verdicts[name]
    assert step["verdict"] != "proved", step
    if step["verdict"] != "refuted":
        assert step["counterexample"] is None
        return
    found = step["counterexample"]
    # exp-5/exp-5 is read as 1: a step with no symbol left is refuted "at any point".
    value = mpmath.mpf(found["values"].get("x", "-1.5"))
    with mpmath.workdps(50):
        lhs, rhs = FALSE_STEPS[name][1](value)
        assert abs(lhs - rhs) > mpmath.mpf("1e-9") * max(abs(lhs), abs(rhs))
        # The numbers shown are the sides' true values.
        assert mpmath.almosteq(mpmath.mpf(found["lhs"]), lhs, rel_eps=1e-12)
        assert mpmath.almosteq(mpmath.mpf(found["rhs"]), rhs, rel_eps=1e-12)


def test_the_refutable_tower_steps_are_refuted(verdicts) -> None:
    # Fail closed must not mean "never refuted": at x < 0 the towers are small numbers.
    for name in ("exp-5 + x = exp-5 + 2x", "exp-5 (x + 1) = exp-5 x", "exp-5/exp-5 = 2"):
        assert verdicts[name]["verdict"] == "refuted", (name, verdicts[name]["reason"])


def test_a_six_level_divisor_gets_a_verdict_within_its_limit(tmp_path) -> None:
    step = _check_files(tmp_path, {"exp-6-divisor": _divisor(E6)}, timeout=3)["exp-6-divisor"]
    assert "timed out" not in step["reason"], step["reason"]
    assert step["verdict"] != "refuted"  # the step is true


# -- what was decided before is decided the same way ------------------------------------


def test_the_true_four_level_cancellation_is_still_proved() -> None:
    # tests/proof/test_hostile_review45.py::test_exp_tower_divisor_gets_a_verdict
    report = check_text(derivation_text(_divisor(tower("exp", 4))))
    assert report.steps[1].verdict.status == "proved", report.steps[1].verdict.reason


@pytest.mark.parametrize(
    ("steps", "symbols"),
    [
        # tests/proof/test_model.py (GOOD) and tests/proof/test_rule_lemmas.py (log-square)
        ([(None, "(x + 1)**2"), ("algebra", "x**2 + 2*x + 1")], {"x": "real"}),
        ([(None, "log(a**2)"), ("algebra", "2*log(a)")], {"a": "positive"}),
    ],
    ids=["square", "log-square"],
)
def test_intervals_still_decide_ordinary_steps(steps, symbols, monkeypatch) -> None:
    shown = []
    real = refute._agree_by_intervals

    def counting(left, right, env):
        answer = real(left, right, env)
        shown.append(answer)
        return answer

    monkeypatch.setattr(refute, "_agree_by_intervals", counting)
    report = check_text(derivation_text(steps, symbols=symbols))
    assert report.steps[1].verdict.status == "proved", report.steps[1].verdict.reason
    assert shown and all(shown), shown  # the confirmation's points, each shown by intervals


# -- the bounds themselves ---------------------------------------------------------------


@pytest.mark.parametrize(
    "expr",
    [
        sympy.exp(sympy.Integer(2**129)),
        sympy.exp(sympy.exp(sympy.exp(sympy.exp(sympy.exp(sympy.Rational(3, 2)))))),
        sympy.cosh(sympy.cosh(sympy.cosh(sympy.cosh(sympy.Integer(3))))),
        sympy.Pow(3, sympy.exp(sympy.exp(sympy.exp(sympy.Integer(3))))),  # 3**(e**(5.3e8))
        sympy.sin(sympy.exp(sympy.Integer(10**4)) ** 2),  # sin of 2**28854
    ],
    ids=["exp of 2**129", "exp-5 at 1.5", "cosh-4 at 3", "3**exp-3", "sin of e**20000"],
)
def test_a_huge_argument_is_refused_before_it_is_evaluated(expr) -> None:
    with pytest.raises(refute._Unknown):
        refute.tame(expr)
    assert refute._real_value(expr, {}, 30) is None


@pytest.mark.parametrize(
    "expr",
    [
        sympy.exp(sympy.Integer(10**4)),
        sympy.exp(sympy.Integer(10**32)),  # exp(-1/h) at h = -1e-32 (divergence.py)
        sympy.exp(sympy.exp(sympy.exp(sympy.Rational(-3, 2)))),
        sympy.sin(sympy.exp(sympy.Integer(9000))),
        (1 + sympy.Float("2e-28", 60)) ** (1 / sympy.Float("1e-28", 60)),  # a limit probe
        sympy.erf(sympy.Integer(10) ** 300),
    ],
    ids=[
        "exp of 1e4",
        "exp of 1e32",
        "exp-3 at -1.5",
        "sin of e**9000",
        "(1 + 2h)**(1/h)",
        "erf of 1e300",
    ],
)
def test_an_ordinary_value_is_still_evaluated(expr) -> None:
    refute.tame(expr)
    value = refute._real_value(expr, {}, 30)
    assert value is not None
    # mpmath of the same expression (lambdify writes it in mpmath's own functions), with
    # digits enough for sin(e**9000): e**9000 has 3909 digits before the point.
    with mpmath.workdps(4000):
        expected = sympy.lambdify((), expr, modules="mpmath")()
        assert mpmath.almosteq(value, expected, rel_eps=1e-25)


def test_the_interval_look_refuses_a_tower_and_the_point_value_decides() -> None:
    left = sympy.exp(sympy.exp(sympy.exp(sympy.exp(x)))) + x
    right = sympy.exp(sympy.exp(sympy.exp(sympy.exp(x)))) + 2 * x
    program = refute._interval_program(left)
    assert program is not None  # every node has an interval rule ...
    with pytest.raises(refute._NoInterval):  # ... but exp of e**1618 (10**702) is refused
        program({x: refute._interval_number(sympy.Integer(2))})
    assert not refute._agree_by_intervals(left, right, {x: sympy.Integer(2)})
    # At -3/2 the tower is 1.6e6 and the intervals bound both sides as before.
    assert refute._agree_by_intervals(left, left + 0, {x: sympy.Rational(-3, 2)})
    assert not refute._agree_by_intervals(left, right, {x: sympy.Rational(-3, 2)})


def test_the_compiled_terms_of_a_sum_refuse_a_tower() -> None:
    term = refute._term_function(sympy.exp(-sympy.exp(sympy.exp(k))), k, 40)
    with mpmath.workdps(40):
        assert mpmath.almosteq(term(2), mpmath.exp(-mpmath.exp(mpmath.exp(2))), rel_eps=1e-30)
        with pytest.raises(refute._Unknown):
            term(12)  # exp(-e**162755): its argument alone has 234807 bits

"""The text pytest shows when a derivation collected by the plugin is not proved.

Like a failed assertion, it names the place first (``file:line`` of the first
step not proved), then every such step with both sides, the reason and the
counterexample, and what the claim rests on (definitions, hypotheses).
"""

from __future__ import annotations

from verifier.proof.checker import DerivationReport, Verdict
from verifier.report.common import (
    definitions,
    function_hypotheses,
    not_proved,
    rule_names,
    symbol_assumptions,
)


def failure_text(report: DerivationReport) -> str:
    """Every step not proved: where, which rule, both sides, why, and the counterexample."""
    d = report.derivation
    bad = [s.step for _, s in not_proved(report)]
    place = f"{d.file}:{bad[0].line}" if bad else f"{d.file}:{d.claim_line}"
    first = f"step {bad[0].index}" if bad else "the claim"
    out = [f"{place}: {d.id} is {report.verdict} ({first} not proved)", f"claim: {d.claim_text}"]
    out += [f"define: {text}" for text in definitions(d)]
    out += [f"symbol: {name} {' '.join(words)}" for name, words in symbol_assumptions(d).items()]
    out += [
        f"function: {name} {' '.join(words) or '(nothing assumed)'}"
        for name, words in function_hypotheses(d).items()
    ]
    for i, step_report in not_proved(report):
        step, verdict = step_report.step, step_report.verdict
        previous = report.steps[i - 1].step.text if i > 0 else "(none)"
        out += [
            "",
            f"step {step.index} at {d.file}:{step.line}, by {rule_names(step_report)}: "
            f"{verdict.status}",
            f"    previous: {previous}",
            f"    this:     {step.text}",
            f"    reason:   {verdict.reason}",
        ]
        if verdict.counterexample is not None:
            out.append(f"    counterexample: {verdict.counterexample.describe()}")
    if report.claim.status != Verdict.PROVED:
        out += [
            "",
            f"claim at {d.file}:{d.claim_line}: {report.claim.status}",
            f"    reason:   {report.claim.reason}",
        ]
        if report.claim.counterexample is not None:
            out.append(f"    counterexample: {report.claim.counterexample.describe()}")
    return "\n".join(out)

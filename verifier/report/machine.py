"""The formats other programs read: the JSON document, GitHub workflow commands, JUnit XML.

The JSON schema is the one DESIGN.md documents; every key is written here and
nowhere else. GitHub annotations land on the line of the step's ``expr``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from xml.etree import ElementTree as ET

from verifier.proof.checker import Verdict
from verifier.report.common import (
    LoadFailure,
    Result,
    definitions,
    function_hypotheses,
    not_proved,
    step_message,
    symbol_assumptions,
    where,
)


def json_document(results: Sequence[Result]) -> str:
    """``{"derivations": [...]}``: one object per file, one per step, as documented."""
    items = []
    for r in results:
        if isinstance(r, LoadFailure):
            items.append(
                {
                    "id": r.id,
                    "file": r.file,
                    "verdict": Verdict.ERROR,
                    "line": r.line,
                    "reason": r.message,
                    "steps": [],
                }
            )
            continue
        steps = []
        for step in r.steps:
            v = step.verdict
            steps.append(
                {
                    "index": step.step.index,
                    "line": step.step.line,
                    "by": list(step.step.by),
                    "verdict": v.status,
                    "method": v.method,
                    "reason": v.reason,
                    "counterexample": v.counterexample.as_dict() if v.counterexample else None,
                }
            )
        d = r.derivation
        items.append(
            {
                "id": d.id,
                "file": d.file,
                "verdict": r.verdict,
                "claim": d.claim_text,
                "definitions": definitions(d),
                "symbols": symbol_assumptions(d),
                "hypotheses": function_hypotheses(d),
                "steps": steps,
            }
        )
    return json.dumps({"derivations": items}, indent=2) + "\n"


def _gh_escape(text: str, *, prop: bool = False) -> str:
    # GitHub's workflow-command encoding: data escapes % CR LF, properties also : and ,
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github_annotations(results: Sequence[Result]) -> str:
    """``::error file=F,line=N::message`` per failed step, for GitHub Actions."""
    out = []
    for r in results:
        if isinstance(r, LoadFailure):
            line = f",line={r.line}" if r.line else ""
            out.append(
                f"::error file={_gh_escape(r.file, prop=True)}{line}::{_gh_escape(r.message)}"
            )
            continue
        for i, step in not_proved(r):
            title = f"{r.derivation.id} step {step.step.index} {step.verdict.status}"
            out.append(
                f"::error file={_gh_escape(r.derivation.file, prop=True)},line={step.step.line},"
                f"title={_gh_escape(title, prop=True)}::{_gh_escape(step_message(r, i))}"
            )
        if r.claim.status != Verdict.PROVED:
            out.append(
                f"::error file={_gh_escape(r.derivation.file, prop=True)},"
                f"line={r.derivation.claim_line}::{_gh_escape(r.claim.reason)}"
            )
    return "\n".join(out) + ("\n" if out else "")


def junit_xml(results: Sequence[Result], seconds: Mapping[str, float] | None = None) -> str:
    """One testcase per derivation; a failure per refuted/unknown step, an error for bad input."""
    seconds = seconds or {}
    suite = ET.Element("testsuite", name="derivations", tests=str(len(results)))
    failures = errors = 0
    for r in results:
        if isinstance(r, LoadFailure):
            case = ET.SubElement(
                suite,
                "testcase",
                classname="derivations",
                name=r.id or r.file,
                file=r.file,
                time="0",
            )
            ET.SubElement(
                case, "error", message=r.message, type="InputError"
            ).text = f"{r.file}:{r.line or ''}: {r.message}"
            errors += 1
            continue
        d = r.derivation
        case = ET.SubElement(
            suite,
            "testcase",
            classname="derivations",
            name=d.id,
            file=d.file,
            time=f"{seconds.get(d.file, 0.0):.3f}",
        )
        if r.verdict != Verdict.PROVED:
            failures += 1
            messages = [f"{where(r, step)}: {step_message(r, i)}" for i, step in not_proved(r)]
            if r.claim.status != Verdict.PROVED:
                messages.append(f"{d.file}:{d.claim_line}: {r.claim.reason}")
            first = messages[0] if messages else r.reason
            ET.SubElement(
                case, "failure", message=first[:500], type=str(r.verdict)
            ).text = "\n".join(messages)
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

"""``verifier prove ID --trust``: what a proof rests on, transitively.

The rules taken as given (axioms), the lemmas proved from them, the
hypotheses, and the SymPy procedures whose correctness the verdicts assume.
"""

from __future__ import annotations

from collections.abc import Mapping

from verifier.proof.checker import DerivationReport
from verifier.proof.rules import RULES

# Procedures the checker calls as ``sympy.<name>``; the others are our own names.
_SYMPY_FUNCTIONS = ("cancel", "gammasimp", "simplify")


def trust(report: DerivationReport, by_id: Mapping[str, DerivationReport]) -> str:
    """What a proof rests on: axioms, definitions, lemmas and SymPy procedures, transitively."""
    axioms: dict[str, str] = {}
    procedures: set[str] = set()
    lemmas: list[str] = []
    seen: set[str] = set()

    def visit(r: DerivationReport) -> None:
        if r.derivation.id in seen:
            return
        seen.add(r.derivation.id)
        for step in r.steps:
            procedures.update(step.verdict.procedures)
            for name in step.step.by:
                if name in RULES:
                    axioms[name] = f"[{RULES[name].kind}] {RULES[name].statement}"
                elif name in by_id:
                    visit(by_id[name])
        if r is not report:
            lemmas.append(f"{r.derivation.id} ({r.verdict}): {r.derivation.claim_text}")

    visit(report)
    d = report.derivation
    out = [f"{d.id} ({report.verdict}) rests on:", "", "rules taken as given:"]
    out += [f"  {name}: {axioms[name]}" for name in sorted(axioms)]
    out += ["", "lemmas (each proved from the rules above):"]
    out += [f"  {line}" for line in lemmas] or ["  none"]
    out += ["", "hypotheses:"]
    hyps = [f"  {f}: {' '.join(sorted(h))}" for f, h in d.hypotheses.items() if h]
    out += hyps or ["  none"]
    out += ["", "SymPy procedures trusted:"]
    used = sorted(procedures - {"identical"})
    out += [f"  sympy.{p}" if p in _SYMPY_FUNCTIONS else f"  {p}" for p in used]
    out += [
        "  sympy expression construction (automatic evaluation of +, *, ** and of exp, log)",
        "  sympy assumptions (is_positive, is_nonzero) for side conditions",
        "  sympy Expr.match for citing lemmas" if lemmas else "",
    ]
    return "\n".join(line for line in out if line != "") + "\n"

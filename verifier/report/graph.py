"""``verifier list``: the derivations, where they live, and which lemmas each one cites."""

from __future__ import annotations

from collections.abc import Iterable

from verifier.proof.model import Derivation


def lemma_graph(derivations: Iterable[Derivation]) -> str:
    """Two lines per derivation: id, file and cited lemmas; then its claim."""
    out = []
    for d in derivations:
        cites = f" <- cites {', '.join(d.uses)}" if d.uses else ""
        out.append(f"{d.id:<24} {d.file}{cites}")
        out.append(f"{'':<24} {d.claim_text}")
    return "\n".join(out) + "\n"

"""Shared helpers for the tests: small derivation files built in memory."""

from __future__ import annotations

import textwrap

from verifier.proof.checker import check_all
from verifier.proof.model import load_shipped, load_text, resolve


def derivation_text(
    steps, *, symbols=None, functions=None, define=None, uses=(), claim=None, ident="t"
):
    """TOML text of a derivation; ``steps`` is [(by, expr), ...], the first by None."""
    symbols = symbols or {"x": "real", "h": "real", "n": "integer nonnegative"}
    lines = [f'id = "{ident}"', f"uses = {list(uses)!r}".replace("'", '"')]
    first, last = steps[0][1], steps[-1][1]
    lines.append(f'claim = "{claim or f"{first} = {last}"}"')
    lines.append("[symbols]")
    lines += [f'{k} = "{v}"' for k, v in symbols.items()]
    if functions:
        lines.append("[functions]")
        lines += [f'{k} = "{v}"' for k, v in functions.items()]
    if define:
        lines.append("[define]")
        lines += [f'"{k}" = "{v}"' for k, v in define.items()]
    for by, expr in steps:
        lines.append("[[step]]")
        if by is not None:
            if isinstance(by, str):
                lines.append(f'by = "{by}"')
            else:
                lines.append("by = [" + ", ".join(f'"{b}"' for b in by) + "]")
        lines.append(f'expr = "{expr}"')
    return "\n".join(lines) + "\n"


def check_text(text: str, name: str = "t.toml", *, extra=(), timeout: float = 10.0):
    """Load and check a derivation given as text, with the shipped lemmas (and the
    derivations given as ``extra`` texts) available."""
    d = load_text(textwrap.dedent(text), name)
    others = [load_text(textwrap.dedent(t), f"extra{i}.toml") for i, t in enumerate(extra)]
    order = resolve([d, *others], load_shipped())
    return {r.derivation.id: r for r in check_all(order, timeout=timeout)}[d.id]

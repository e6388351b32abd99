"""Shared helpers for the tests: small derivation files built in memory."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import pytest

from verifier.errors import InputError
from verifier.proof.checker import DerivationReport, check_derivation, citable_lemmas
from verifier.proof.model import load_shipped, load_text, resolve

# The reports of the shipped lemmas a test's derivation cites, kept for the process: the
# lemma chain of sigmoid-derivative alone takes seconds, and dozens of tests cite it.
# Keyed by (id, timeout); used only when no derivation of the test shadows a shipped id.
_SHIPPED_REPORTS: dict[tuple[str, float], DerivationReport] = {}


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
    library = load_shipped()
    order = resolve([d, *others], library)
    own = {d.id, *(o.id for o in others)}
    # Lemmas first, as check_all does; a shipped lemma's report is the same every time (its
    # own lemmas are shipped ones), unless a file of the test takes a shipped id.
    reuse = not own & {lemma.id for lemma in library}
    reports: dict[str, DerivationReport] = {}
    for item in order:
        key = (item.id, timeout)
        if reuse and item.id not in own and key in _SHIPPED_REPORTS:
            reports[item.id] = _SHIPPED_REPORTS[key]
            continue
        citable, unproved = citable_lemmas(item, reports)
        reports[item.id] = check_derivation(item, citable, unproved, timeout=timeout)
        if reuse and item.id not in own:
            _SHIPPED_REPORTS[key] = reports[item.id]
    return reports[d.id]


def post_links(text: str, name: str = "p.md", timeout: float = 5.0):
    """Every link of a post given as text, in order (each chain's first expression left
    out): what the posts tests assert on."""
    from verifier.posts.check import check_post
    from verifier.posts.document import Post

    result = check_post(Post.from_text(name, text), timeout=timeout)
    return [link for chain in result.chains for link in chain.steps[1:]]


@dataclass(frozen=True)
class StepChecks:
    """Assertions on a derivation given as steps (``derivation_text``), with the symbols a
    test file declares by default: the hostile reviews of the reader share them."""

    symbols: dict

    def check(self, steps, *, define=None, symbols=None) -> DerivationReport:
        return check_text(derivation_text(steps, symbols=symbols or self.symbols, define=define))

    def not_proved_or_refused(self, steps, *, define=None, symbols=None) -> None:
        """The step is refused at read (exit 2) or, if read, not proved."""
        try:
            report = self.check(steps, define=define, symbols=symbols)
        except InputError:
            return
        verdict = report.steps[-1].verdict
        assert verdict.status != "proved", verdict
        assert not report.proved

    def refused(self, steps, *words, define=None, symbols=None) -> str:
        with pytest.raises(InputError) as info:
            self.check(steps, define=define, symbols=symbols)
        message = str(info.value)
        assert all(w in message for w in words), message
        assert message.startswith("t.toml:"), message  # file and line, not a traceback
        return message

    def proved(self, steps, *, define=None, symbols=None) -> None:
        report = self.check(steps, define=define, symbols=symbols)
        assert [s.verdict.status for s in report.steps[1:]] == ["proved"] * (len(steps) - 1), [
            s.verdict.reason for s in report.steps
        ]


def floating_point_flags():
    """(clear, test) of the C library's floating-point flags (x86-64 glibc), or None.

    NumPy clears the flags before its own loops, so only the C library's own test sees
    what a C routine left behind."""
    import ctypes
    import ctypes.util
    import platform

    if platform.machine() not in ("x86_64", "AMD64") or ctypes.util.find_library("m") is None:
        return None
    libm = ctypes.CDLL(ctypes.util.find_library("m"))
    raised = 0x01 | 0x04 | 0x08 | 0x10  # FE_INVALID, FE_DIVBYZERO, FE_OVERFLOW, FE_UNDERFLOW
    return (lambda: libm.feclearexcept(raised)), (lambda: libm.fetestexcept(raised))


def require_built(built: bool, what: str, why: str) -> None:
    """Skip a test of an optional C extension that is not built, except in CI (CI set),
    where a compiler is there and a missing build is a failure, not a skip."""
    if built:
        return
    import os

    if os.environ.get("CI"):
        pytest.fail(f"{what} is not built (pip install . builds it)")
    pytest.skip(why)

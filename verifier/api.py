"""The library entry points behind ``verifier.check`` and ``verifier.load``.

>>> import verifier
>>> report = verifier.check("derivations/sigmoid-derivative.toml")  # doctest: +SKIP
>>> report.verdict is verifier.Verdict.PROVED                         # doctest: +SKIP
True
"""

from __future__ import annotations

from pathlib import Path

from verifier.proof.checker import DEFAULT_TIMEOUT, DerivationReport
from verifier.proof.model import Derivation, load_file, load_shipped, resolve


def load(path: str | Path) -> Derivation:
    """Read one derivation file. Bad input raises :class:`verifier.InputError` (file, line)."""
    return load_file(path)


def check(target: str | Path | Derivation, *, timeout: float = DEFAULT_TIMEOUT) -> DerivationReport:
    """Check one derivation (a file path or a loaded :class:`Derivation`), lemmas first.

    The lemmas it cites come from the shipped derivations; each is checked too, and the
    returned report is proved only when they are. Every check runs in a worker process
    that is stopped after ``timeout`` seconds per step.
    """
    from verifier.cli.options import MAX_TIMEOUT
    from verifier.runner import check_ordered

    if not (isinstance(timeout, int | float) and 0 < timeout <= MAX_TIMEOUT):  # nan too
        # As the command line says it: a limit the runner's clocks can hold.
        raise ValueError(
            f"timeout must be more than 0 and at most {MAX_TIMEOUT:g} seconds, not {timeout!r}"
        )
    derivation = target if isinstance(target, Derivation) else load(target)
    order = resolve([derivation], load_shipped())
    reports, _ = check_ordered(order, jobs=1, timeout=timeout)
    return next(r for r in reports if r.derivation is derivation or r.derivation == derivation)

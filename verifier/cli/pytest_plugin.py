"""A pytest plugin: every derivation file becomes a test item named by its id.

Enable it with the flag, naming the files or folders to collect::

    pytest --derivations derivations examples
    pytest --derivations derivations -k sigmoid

or for every run, with the ini option (pyproject.toml)::

    [tool.pytest.ini_options]
    derivations_paths = ["derivations"]

An item passes when its derivation is proved. A failing item shows, for each
step not proved, where it is (file:line), its rule, both sides, the reason and
the counterexample. A file with bad input fails with the file and line named.
Lemmas are checked before the derivations that cite them; the shipped
derivations and the other collected files are always available as lemmas.
Items carry the ``derivation`` marker (``-m derivation``).

pytest loads this module in every run (entry point ``pytest11``), so it
imports nothing heavy: SymPy is imported only once a derivation is collected.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from verifier.errors import InputError  # no SymPy behind it

if TYPE_CHECKING:
    from verifier.proof.checker import DerivationReport
    from verifier.proof.model import Derivation

# Well-formed TOML without any of these keys is configuration, not a derivation
# (pyproject.toml, ruff.toml, ...): it is not collected.
_DERIVATION_KEYS = ("id", "claim", "step")
_ID_LINE = re.compile(r'^\s*id\s*=\s*"([^"]+)"', re.MULTILINE)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("derivations", "derivation verifier")
    group.addoption(
        "--derivations",
        action="store_true",
        default=False,
        help="collect derivation files (*.toml) and posts (*.md, *.tex, *.ipynb) under the given paths as tests",
    )
    parser.addini(
        "derivations_paths",
        type="paths",
        default=[],
        help="folders or files whose derivation files (*.toml) are collected as tests",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "derivation: a derivation file checked by the verifier")
    paths = config.getini("derivations_paths")
    # With no paths on the command line, pytest walks only testpaths; add the
    # configured derivation folders so they are collected too.
    if paths and config.args_source != pytest.Config.ArgsSource.ARGS:
        for path in paths:
            if str(path) not in config.args:
                config.args.append(str(path))


def pytest_collect_file(
    file_path: Path, parent: pytest.Collector
) -> DerivationFile | PostFile | None:
    from verifier.posts import is_post  # cheap: the package imports nothing heavy

    if is_post(file_path) and _wanted(file_path, parent.config):
        return PostFile.from_parent(parent, path=file_path)
    if file_path.suffix != ".toml" or not _wanted(file_path, parent.config):
        return None
    if not _looks_like_derivation(file_path):
        return None
    return DerivationFile.from_parent(parent, path=file_path)


def _wanted(file_path: Path, config: pytest.Config) -> bool:
    if config.getoption("derivations"):
        return True
    resolved = file_path.resolve()
    for root in config.getini("derivations_paths"):
        root = Path(root).resolve()
        if resolved == root or root in resolved.parents:
            return True
    return False


def _looks_like_derivation(file_path: Path) -> bool:
    import tomllib

    try:
        data = tomllib.loads(file_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True  # the loader will say what is wrong, with the line
    return any(key in data for key in _DERIVATION_KEYS)


class DerivationFile(pytest.File):
    """One derivation file: a single item, or a failing one when the file is bad input."""

    def collect(self):
        from verifier.proof.model import load_file

        try:
            derivation = load_file(_shorter(self.path, self.config))
        except InputError as exc:
            text = self.path.read_text(encoding="utf-8", errors="replace")
            match = _ID_LINE.search(text)
            name = match.group(1) if match else self.path.stem
            yield DerivationItem.from_parent(self, name=name, derivation=None, error=exc)
            return
        yield DerivationItem.from_parent(self, name=derivation.id, derivation=derivation)


def _shorter(path: Path, config: pytest.Config) -> Path:
    """The path relative to where pytest was started, when below it (shorter messages)."""
    try:
        return path.relative_to(config.invocation_params.dir)
    except ValueError:
        return path


class DerivationFailed(Exception):
    """Raised by an item whose derivation is not proved; carries the report."""

    def __init__(self, report: DerivationReport):
        super().__init__(report.derivation.id)
        self.report = report


class DerivationInputError(Exception):
    """Raised by an item whose file is bad input (not loadable, or its lemmas are not)."""

    def __init__(self, error: InputError):
        super().__init__(error.format())
        self.error = error


class DerivationItem(pytest.Item):
    def __init__(
        self,
        *,
        derivation: Derivation | None,
        error: InputError | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.derivation = derivation
        self.error = error
        self.add_marker("derivation")

    def runtest(self) -> None:
        if self.error is not None:
            raise DerivationInputError(self.error)
        outcome = _results(self.session)[self.derivation.file]
        if isinstance(outcome, InputError):
            raise DerivationInputError(outcome)
        if not outcome.proved:
            raise DerivationFailed(outcome)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, DerivationFailed):
            from verifier.report import failure_text  # SymPy is loaded by now anyway

            return failure_text(excinfo.value.report)
        if isinstance(excinfo.value, DerivationInputError):
            return f"bad input: {excinfo.value.error.format()}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        """The file and the (0-based) line: the first step not proved once checked.

        pytest asks once before the check (for the progress line); the failing
        report's location is corrected after it (``pytest_runtest_makereport``).
        """
        if self.error is not None:
            return self.path, max((self.error.line or 1) - 1, 0), f"derivation {self.name}"
        line = self.derivation.steps[0].line
        outcome = self.session.stash.get(_RESULTS, {}).get(self.derivation.file)
        if outcome is not None and not isinstance(outcome, InputError) and not outcome.proved:
            bad = [s.step.line for s in outcome.steps if s.verdict.status != "proved"]
            line = bad[0] if bad else self.derivation.claim_line
        return self.path, line - 1, f"derivation {self.name}"


_RESULTS = pytest.StashKey[dict]()


def _results(session: pytest.Session) -> dict:
    """Check every selected derivation once, lemmas first: file -> report or InputError."""
    if _RESULTS in session.stash:
        return session.stash[_RESULTS]
    from verifier.cli.loading import resolve_dropping
    from verifier.proof.model import load_shipped
    from verifier.runner import check_ordered

    items = [i for i in session.items if isinstance(i, DerivationItem) and i.derivation]
    collected = [i.derivation for i in _all_derivation_items(session)]
    # Files deselected by -k stay citable; a collected file shadows a shipped one.
    library = load_shipped() + collected
    selected = [i.derivation for i in items]
    results: dict[str, Any] = {}
    order, dropped = resolve_dropping(selected, library)
    for bad, exc in dropped:
        results.update({d.file: exc for d in bad})
    selected = [d for d in selected if d.file not in results]
    reports, _ = check_ordered(order, jobs=1)
    wanted = {d.file for d in selected}
    results.update({r.derivation.file: r for r in reports if r.derivation.file in wanted})
    session.stash[_RESULTS] = results
    return results


def _all_derivation_items(session: pytest.Session) -> list[DerivationItem]:
    """Every collected derivation item, deselected ones included."""
    seen = session.stash.get(_COLLECTED, [])
    return [i for i in seen if i.derivation is not None]


_COLLECTED = pytest.StashKey[list]()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, items: list[pytest.Item]) -> None:
    # Runs before -k/-m deselect (tryfirst), so deselected lemmas stay known.
    session.stash[_COLLECTED] = [i for i in items if isinstance(i, DerivationItem)]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    report = outcome.get_result()
    if isinstance(item, DerivationItem) and report.when == "call" and report.failed:
        # item.location was fixed before the check ran; point at the bad step now.
        _, line, domain = item.reportinfo()
        report.location = (item.location[0], line, domain)


# -- posts: the equality chains of a Markdown, LaTeX or notebook file ------------------------


class PostFile(pytest.File):
    """A post: one item, failing when any link of any chain is not proved."""

    def collect(self):
        yield PostItem.from_parent(self, name=self.path.name)


class PostNotProved(Exception):
    """Raised by a post item with links that are refuted or unknown; carries the lines."""

    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines


class PostItem(pytest.Item):
    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.add_marker("derivation")

    def runtest(self) -> None:
        from verifier.posts.check import check_post
        from verifier.posts.document import read_post

        try:
            result = check_post(read_post(_shorter(self.path, self.config)))
        except InputError as exc:
            raise DerivationInputError(exc) from None
        lines = [
            f"{result.file}:{link.line}:{link.column}: {link.verdict}: {link.reason}"
            for chain in result.chains
            for link in chain.steps[1:]
            if link.verdict != "proved"
        ]
        if lines:
            raise PostNotProved(lines)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, PostNotProved):
            return "\n".join(excinfo.value.lines)
        if isinstance(excinfo.value, DerivationInputError):
            return f"bad input: {excinfo.value.error.format()}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, 0, f"post {self.name}"

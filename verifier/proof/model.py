"""The derivation model: frozen dataclasses for a derivation and its steps, loaded from TOML.

A derivation file holds one chain of equalities (see DESIGN.md for the
format). Loading validates every key, parses every expression safely
(:mod:`verifier.proof.syntax`), and keeps the line of each step's ``expr`` so that
every message can point at it. Lemma ids in ``uses`` are resolved against the
shipped derivations and the other files of the same run; a missing id or a
cycle is an :class:`~verifier.errors.InputError`.

>>> d = load_file(shipped_dir() / "sigmoid-derivative.toml")
>>> d.id, d.uses
('sigmoid-derivative', ('reciprocal-rule', 'exp-derivative'))
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sympy

from verifier.errors import InputError
from verifier.proof.binders import Dropped
from verifier.proof.sources import shipped_dir
from verifier.proof.syntax import (
    BINDERS,
    CONSTANTS,
    FUNCTIONS,
    Define,
    Scope,
    parse_expression,
    parse_signature,
)

SYMBOL_ASSUMPTIONS = ("real", "positive", "negative", "integer", "nonnegative", "nonzero")
FUNCTION_HYPOTHESES = ("differentiable", "continuous", "nonzero", "positive")
TOP_KEYS = ("id", "title", "claim", "uses", "symbols", "functions", "define", "step", "description")
STEP_KEYS = ("expr", "by", "note")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
MAX_STEPS = 200
# ``by = "auto"`` (and a later step with no ``by``): the checker searches for the rules.
AUTO = "auto"
MAX_FILE_BYTES = 256 * 1024
# SymPy's own constants the reader does not accept but a name must not shadow either.
RESERVED_CONSTANTS = ("I", "nan", "zoo")


def reserved_kind(name: str) -> str | None:
    """What a built-in name is ("function", "constant", "binder"), or None if it is free.

    ``[symbols]``, ``[functions]`` and ``[define]`` may not rebind these: a file
    that redefined ``exp`` or declared ``pi`` a variable would make the
    verdicts and the output say something other than what they appear to.
    """
    if name in FUNCTIONS:
        return "function"
    if name in CONSTANTS or name in RESERVED_CONSTANTS:
        return "constant"
    if name in BINDERS:
        return "binder"
    return None


@dataclass(frozen=True)
class Step:
    """One ``[[step]]``: "= expr, by rules". The first step has no rules."""

    index: int  # counts the [[step]] entries from 1
    line: int  # the line of this step's ``expr`` in the file
    text: str
    expr: sympy.Expr  # evaluated: what the checker compares
    display: sympy.Expr  # as written: what the renderer shows
    by: tuple[str, ...] = ()
    note: str | None = None
    # Opaque terms SymPy's evaluation cancelled while reading ``expr`` (L/L -> 1):
    # the checker must show they exist (and are nonzero) before trusting ``expr``.
    dropped: tuple[Dropped, ...] = ()


@dataclass(frozen=True)
class Derivation:
    id: str
    title: str
    file: str
    claim_text: str
    claim_line: int
    claim: tuple[sympy.Expr, sympy.Expr]
    uses: tuple[str, ...]
    uses_line: int
    scope: Scope
    hypotheses: Mapping[sympy.FunctionClass, frozenset[str]]
    steps: tuple[Step, ...]
    sha256: str
    description: str = ""
    shipped: bool = field(default=False, compare=False)
    # name -> the assumptions of each [symbols] entry as declared ("real" always among them)
    assumptions: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    # Opaque terms SymPy's evaluation cancelled while reading the claim (see Step.dropped).
    claim_dropped: tuple[Dropped, ...] = field(default=(), compare=False)

    @property
    def symbols(self) -> Mapping[str, sympy.Symbol]:
        return self.scope.symbols

    @property
    def defines(self) -> Mapping[str, Define]:
        return self.scope.defines


class _Lines:
    """Line numbers of keys in a TOML file, which ``tomllib`` does not keep."""

    _header = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"]+)\s*\]\]?\s*(#.*)?$")
    _key = re.compile(r"^\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_\-]+)\s*=")

    def __init__(self, text: str):
        self.top: dict[str, int] = {}
        self.tables: dict[str, dict[str, int]] = {}
        self.steps: list[dict[str, int]] = []
        table = None
        in_multiline = None
        for number, raw in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if raw.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = self._header.match(raw)
            if header:
                name = header.group(2).strip('"')
                if header.group(1) == "[[" and name == "step":
                    self.steps.append({"[[step]]": number})
                    table = "step"
                else:
                    table = name
                    self.tables.setdefault(name, {"[table]": number})
                continue
            key = self._key.match(raw)
            if key:
                name = key.group(1).strip("\"'")
                if table is None:
                    self.top.setdefault(name, number)
                elif table == "step":
                    self.steps[-1].setdefault(name, number)
                else:
                    self.tables[table].setdefault(name, number)
                for quote in ('"""', "'''"):
                    if raw.count(quote) % 2 == 1:
                        in_multiline = quote

    def step(self, index: int, key: str) -> int:
        entry = self.steps[index] if index < len(self.steps) else {}
        return entry.get(key, entry.get("[[step]]", 1))


def read_source(path: str | Path, *, max_bytes: int, expected: str) -> str:
    """The UTF-8 text of a file the user gave (a derivation, a post), at most ``max_bytes``.

    Every way reading can fail is an :class:`InputError` naming the file."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=name) from None
    except IsADirectoryError:
        raise InputError(f"is a directory, expected {expected}", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=name) from None
    if len(raw) > max_bytes:
        raise InputError(f"file is larger than {max_bytes} bytes", file=name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", file=name) from None


def load_file(path: str | Path, *, shipped: bool = False, text: str | None = None) -> Derivation:
    """Load and validate one derivation file. Raises :class:`InputError`.

    ``text``: the file's contents when they were read already (a pipe, such as the
    ``/dev/fd/N`` of ``<(...)`` in a shell, can be read only once)."""
    if text is None:
        text = read_source(path, max_bytes=MAX_FILE_BYTES, expected="a .toml file")
    return load_text(text, str(path), shipped=shipped)


def load_text(text: str, name: str = "<string>", *, shipped: bool = False) -> Derivation:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        raise InputError(f"malformed TOML: {exc}", file=name, line=line) from None
    return _Loader(data, _Lines(text), name, text).load(shipped)


class _Loader:
    def __init__(self, data: dict, lines: _Lines, name: str, text: str):
        self.data = data
        self.lines = lines
        self.name = name
        self.text = text
        self.assumptions: dict[str, tuple[str, ...]] = {}
        self.claim_dropped: list[Dropped] = []

    def fail(self, message: str, line: int | None = None) -> InputError:
        return InputError(message, file=self.name, line=line)

    def not_reserved(self, table: str, name: str, line: int | None) -> None:
        kind = reserved_kind(name)
        if kind is not None:
            raise self.fail(
                f"[{table}] '{name}' is a built-in {kind} and cannot be redefined", line
            )

    def string(self, key: str, *, required: bool = True) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(f"missing required key '{key}'", 1)
            return ""
        if not isinstance(value, str):
            raise self.fail(f"'{key}' must be a string", self.lines.top.get(key))
        return value

    def table(self, key: str) -> dict:
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(f"'{key}' must be a table like [{key}]", self.lines.top.get(key))
        return value

    def load(self, shipped: bool) -> Derivation:
        for key in self.data:
            if key not in TOP_KEYS:
                line = self.lines.top.get(key) or self.lines.tables.get(key, {}).get("[table]")
                raise self.fail(
                    f"unknown key '{key}' (expected one of: {', '.join(TOP_KEYS)})", line
                )
        ident = self.string("id")
        if not ID_PATTERN.match(ident):
            raise self.fail(
                f"id {ident!r} must be lowercase letters, digits and '-'", self.lines.top.get("id")
            )
        from verifier.proof.rules import RULES  # the rule names are reserved

        if ident in RULES or ident == AUTO:
            raise self.fail(
                f"id {ident!r} is the name of a built-in rule", self.lines.top.get("id")
            )
        title = self.string("title", required=False) or ident
        description = self.string("description", required=False)
        uses_value = self.data.get("uses", [])
        uses_line = self.lines.top.get("uses", 1)
        if not isinstance(uses_value, list) or not all(isinstance(u, str) for u in uses_value):
            raise self.fail("'uses' must be a list of derivation ids", uses_line)
        uses = tuple(uses_value)

        symbols = self.symbols()
        functions, hypotheses = self.functions(symbols)
        scope = Scope(symbols=symbols, functions=functions, defines={})
        scope = Scope(symbols=symbols, functions=functions, defines=self.defines(scope))
        claim_text = self.string("claim")
        claim_line = self.lines.top.get("claim", 1)
        claim = self.claim(claim_text, scope, claim_line)
        steps = self.steps(scope, uses)
        return Derivation(
            id=ident,
            title=title,
            file=self.name,
            claim_text=claim_text,
            claim_line=claim_line,
            claim=claim,
            claim_dropped=tuple(self.claim_dropped),
            uses=uses,
            uses_line=uses_line,
            scope=scope,
            hypotheses=hypotheses,
            steps=steps,
            sha256=hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
            description=description,
            shipped=shipped,
            assumptions=dict(self.assumptions),
        )

    def symbols(self) -> dict[str, sympy.Symbol]:
        table = self.table("symbols")
        lines = self.lines.tables.get("symbols", {})
        result = {}
        for name, spec in table.items():
            line = lines.get(name)
            if not isinstance(spec, str):
                raise self.fail(f"[symbols] {name}: assumptions must be a string", line)
            if not name.isidentifier() or name.startswith("_"):
                raise self.fail(f"[symbols] {name!r} is not a valid name", line)
            self.not_reserved("symbols", name, line)
            words = spec.split() or ["real"]
            for word in words:
                if word not in SYMBOL_ASSUMPTIONS:
                    raise self.fail(
                        f"[symbols] {name}: unknown assumption '{word}' "
                        f"(expected: {', '.join(SYMBOL_ASSUMPTIONS)})",
                        line,
                    )
            # Every symbol is real: the verifier is about real calculus.
            assumptions = {word: True for word in words}
            assumptions.setdefault("real", True)
            self.assumptions[name] = tuple(dict.fromkeys([*words, "real"]))
            try:
                result[name] = sympy.Symbol(name, **assumptions)
            except Exception:
                raise self.fail(
                    f"[symbols] {name}: contradictory assumptions {spec!r}", line
                ) from None
            if result[name].is_real is not True:
                raise self.fail(f"[symbols] {name}: contradictory assumptions {spec!r}", line)
        return result

    def functions(self, symbols: Mapping[str, sympy.Symbol]):
        table = self.table("functions")
        lines = self.lines.tables.get("functions", {})
        functions, hypotheses = {}, {}
        for name, spec in table.items():
            line = lines.get(name)
            if not isinstance(spec, str):
                raise self.fail(f"[functions] {name}: hypotheses must be a string", line)
            if not name.isidentifier() or name.startswith("_"):
                raise self.fail(f"[functions] {name!r} is not a valid name", line)
            self.not_reserved("functions", name, line)
            if name in symbols:
                raise self.fail(f"'{name}' is declared both as a symbol and as a function", line)
            words = frozenset(spec.split())
            for word in words:
                if word not in FUNCTION_HYPOTHESES:
                    raise self.fail(
                        f"[functions] {name}: unknown hypothesis '{word}' "
                        f"(expected: {', '.join(FUNCTION_HYPOTHESES)})",
                        line,
                    )
            func = sympy.Function(name, real=True)
            functions[name] = func
            hypotheses[func] = words
        return functions, hypotheses

    def defines(self, scope: Scope) -> dict[str, Define]:
        table = self.table("define")
        lines = self.lines.tables.get("define", {})
        result: dict[str, Define] = {}
        for key, body_text in table.items():
            line = lines.get(key)
            fname, params = parse_signature(key, file=self.name, line=line)
            self.not_reserved("define", fname, line)
            if fname in scope.symbols or fname in scope.functions or fname in result:
                raise self.fail(f"[define] '{fname}' is already declared", line)
            if not isinstance(body_text, str):
                raise self.fail(f"[define] {key}: the definition must be a string", line)
            param_symbols = []
            for p in params:
                if p not in scope.symbols:
                    raise self.fail(
                        f"[define] {key}: parameter '{p}' is not declared under [symbols]", line
                    )
                # A parameter ranges over the reals: it does not inherit the
                # declared symbol's assumptions (x positive must not make
                # F(x) = sqrt(x**2) equal to x at F(-1)).
                param_symbols.append(sympy.Symbol(p, real=True))
            # A definition may use the abbreviations defined before it, never itself.
            inner = Scope(
                symbols={**scope.symbols, **{q.name: q for q in param_symbols}},
                functions=scope.functions,
                defines=dict(result),
            )
            dropped: list[Dropped] = []
            cancelled: list[sympy.Expr] = []
            requires: list = []
            body = parse_expression(
                body_text,
                inner,
                file=self.name,
                line=line,
                dropped=dropped,
                cancelled=cancelled,
                requires=requires,
            )
            constants = {d.head for d in result.values() if not d.params}
            extra = body.free_symbols - set(param_symbols) - constants
            if extra:
                # A hidden dependence would make F(x) look constant in y to every rule.
                names = ", ".join(sorted(str(e) for e in extra))
                signature = f"{fname}({', '.join((*params, *sorted(str(e) for e in extra)))})"
                raise self.fail(
                    f"[define] {key}: the definition uses {names}, which "
                    f"{'is not a parameter' if len(extra) == 1 else 'are not parameters'}; "
                    f"write {signature} = ...",
                    line,
                )
            if dropped:
                raise self.fail(
                    f"[define] {key}: evaluating the definition cancels {dropped[0].term}; "
                    "write it without that cancellation",
                    line,
                )
            head = sympy.Function(fname)(*param_symbols) if params else sympy.Symbol(fname)
            result[fname] = Define(
                fname, tuple(param_symbols), body, head, tuple(cancelled), tuple(requires)
            )
        return result

    def claim(self, text: str, scope: Scope, line: int) -> tuple[sympy.Expr, sympy.Expr]:
        parts = _split_claim(text)
        if len(parts) != 2:
            raise self.fail("claim must have the form 'left = right' with a single '='", line)
        sides = []
        for part in parts:
            dropped: list[Dropped] = []
            sides.append(parse_expression(part, scope, file=self.name, line=line, dropped=dropped))
            self.claim_dropped.extend(dropped)
        return tuple(sides)

    def steps(self, scope: Scope, uses: tuple[str, ...]) -> tuple[Step, ...]:
        from verifier.proof.rules import RULES

        raw_steps = self.data.get("step")
        if raw_steps is None:
            raise self.fail("no [[step]] entries", 1)
        if not isinstance(raw_steps, list) or not all(isinstance(s, dict) for s in raw_steps):
            raise self.fail("'step' must be written as [[step]] tables", self.lines.top.get("step"))
        if len(raw_steps) < 2:
            raise self.fail(
                "a derivation needs at least two [[step]] entries", self.lines.step(0, "expr")
            )
        if len(raw_steps) > MAX_STEPS:
            raise self.fail(f"more than {MAX_STEPS} steps", 1)
        steps = []
        for i, raw in enumerate(raw_steps):
            header = self.lines.step(i, "[[step]]")
            for key in raw:
                if key not in STEP_KEYS:
                    raise self.fail(
                        f"step {i + 1}: unknown key '{key}' (expected: {', '.join(STEP_KEYS)})",
                        self.lines.step(i, key),
                    )
            if "expr" not in raw:
                raise self.fail(f"step {i + 1}: missing 'expr'", header)
            line = self.lines.step(i, "expr")
            text = raw["expr"]
            if not isinstance(text, str):
                raise self.fail(f"step {i + 1}: 'expr' must be a string", line)
            by_line = self.lines.step(i, "by")
            by = self.rules(raw.get("by"), i, by_line, uses, RULES)
            note = raw.get("note")
            if note is not None and not isinstance(note, str):
                raise self.fail(
                    f"step {i + 1}: 'note' must be a string", self.lines.step(i, "note")
                )
            dropped: list[Dropped] = []
            expr = parse_expression(text, scope, file=self.name, line=line, dropped=dropped)
            display = parse_expression(text, scope, file=self.name, line=line, evaluate=False)
            steps.append(Step(i + 1, line, text, expr, display, by, note, tuple(dropped)))
        return tuple(steps)

    def rules(self, value, i: int, line: int, uses: tuple[str, ...], known) -> tuple[str, ...]:
        if i == 0:
            if value is not None:
                raise self.fail(
                    "the first step states the starting expression; it takes no 'by'", line
                )
            return ()
        if value is None:
            return (AUTO,)  # no rule named: the checker searches for one
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            raise self.fail(f"step {i + 1}: 'by' must be a rule name or a list of rule names", line)
        if AUTO in names:
            if len(names) > 1:
                raise self.fail(
                    f'step {i + 1}: "auto" searches for the rules itself; write by = "auto" '
                    "alone or name the rules",
                    line,
                )
            return (AUTO,)
        for rule in names:
            if rule not in known and rule not in uses:
                raise self.fail(
                    f"step {i + 1}: unknown rule '{rule}': not a built-in rule and not a lemma "
                    f"listed in 'uses' (built-in rules: {', '.join(sorted(known))})",
                    line,
                )
        if len(set(names)) != len(names):
            raise self.fail(f"step {i + 1}: a rule is named twice in 'by'", line)
        return tuple(names)


def _split_claim(text: str) -> list[str]:
    """Split a claim at its '=' signs outside parentheses and quotes (dir='+' is not one)."""
    parts, depth, quote, start = [], 0, None, 0
    for i, ch in enumerate(text):
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "=" and depth == 0:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before not in "=!<>" and after != "=":
                parts.append(text[start:i])
                start = i + 1
    parts.append(text[start:])
    return parts


def load_shipped() -> list[Derivation]:
    return [load_file(_short(p), shipped=True) for p in sorted(shipped_dir().glob("*.toml"))]


def _short(path: Path) -> Path:
    """The path relative to the working directory when it lies below it (shorter messages)."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def citing(uses: Iterable[tuple[str, Sequence[str]]]) -> dict[str, set[str]]:
    """Lemma id -> the ids that cite it directly, from (id, the lemma ids it cites) pairs."""
    cited_by: dict[str, set[str]] = {}
    for ident, lemmas in uses:
        for lemma in lemmas:
            cited_by.setdefault(lemma, set()).add(ident)
    return cited_by


def users_count(cited_by: Mapping[str, set[str]], ident: str) -> int:
    """How many cite ``ident``, directly or through others: one walk that meets each id
    once (a cycle ends it), so linear in the files (rounds over every file were cubic
    on a chain of lemmas)."""
    found: set[str] = set()
    todo = [ident]
    while todo:
        for user in cited_by.get(todo.pop(), ()):
            if user not in found:
                found.add(user)
                todo.append(user)
    return len(found)


def resolve(derivations: list[Derivation], library: list[Derivation]) -> list[Derivation]:
    """Order ``derivations`` and the lemmas they cite so every lemma comes first.

    ``library`` (the shipped derivations) supplies ids not found among
    ``derivations``. Raises :class:`InputError` for a duplicate id, a missing
    lemma or a cycle.
    """
    by_id: dict[str, Derivation] = {}
    for d in derivations:
        if d.id in by_id and by_id[d.id].file != d.file:
            raise InputError(f"id '{d.id}' is also used by {by_id[d.id].file}", file=d.file, line=1)
        by_id[d.id] = d
    library_ids = {d.id: d for d in library}
    order: list[Derivation] = []
    state: dict[str, str] = {}

    def visit(d: Derivation, chain: tuple[str, ...]) -> None:
        if state.get(d.id) == "done":
            return
        if state.get(d.id) == "active":
            cycle = " -> ".join((*chain, d.id))
            raise InputError(
                f"lemmas cite each other in a cycle: {cycle}", file=d.file, line=d.uses_line
            )
        state[d.id] = "active"
        for lemma_id in d.uses:
            lemma = by_id.get(lemma_id) or library_ids.get(lemma_id)
            if lemma is None:
                raise InputError(
                    f"'uses' names '{lemma_id}', which is neither a shipped derivation "
                    "nor a file of this run",
                    file=d.file,
                    line=d.uses_line,
                )
            if lemma.id == d.id:
                raise InputError("a derivation cannot use itself", file=d.file, line=d.uses_line)
            by_id.setdefault(lemma.id, lemma)
            visit(lemma, (*chain, d.id))
        state[d.id] = "done"
        order.append(d)

    for d in list(by_id.values()):
        visit(d, ())
    return order

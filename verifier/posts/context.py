"""What a post takes for granted: its names, its definitions and its assumptions.

A post does not declare ``[symbols]`` or ``[functions]``; it writes
``S(x)=\\frac{1}{1+e^{-x}}`` in a sentence and ``f(x) \\neq 0`` in another.
This module reads every formula of the post (inline ones too) once to decide
what each name is (:class:`~verifier.posts.latex.Names`), collects the
definitions (an equation whose left side is a new name, or a name applied to
variables), and states every assumption it makes: each variable is real, each
unknown function differentiable, nonzero where the post says so. The scope of
a chain is built from these through :mod:`verifier.proof.syntax`, the reader of
TOML files, with its limits.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field

import sympy

from verifier.errors import InputError
from verifier.posts.chain import _scan, _split
from verifier.posts.document import Math, Post
from verifier.posts.latex import ChainHints, Names, NotRead, Translation, ident, translate
from verifier.proof.syntax import BINDERS, FUNCTIONS, Define, Scope, parse_expression

_CALL = re.compile(
    r"^([A-Za-z_][A-Za-z0-9_]*)\(([A-Za-z_][A-Za-z0-9_]*(?:, [A-Za-z_][A-Za-z0-9_]*)*)\)$"
)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_NONZERO = re.compile(r"([A-Za-z])\s*\(\s*([A-Za-z])\s*\)\s*(\\neq|\\ne|≠|\\not\s*=)\s*0")


# Functions posts use without defining them, read as what they always mean there.
DEFAULTS = {
    "sigma": (("x",), "1/(1 + exp(-x))", "sigma(x) read as the logistic sigmoid 1/(1 + exp(-x))"),
    "sigmoid": (("x",), "1/(1 + exp(-x))", "sigmoid(x) read as 1/(1 + exp(-x))"),
    "softplus": (("x",), "log(1 + exp(x))", "softplus(x) read as log(1 + exp(x))"),
}


@dataclass(frozen=True)
class Definition:
    """``name(params) = body`` stated in the post at ``offset``."""

    name: str
    params: tuple[str, ...]
    body: str  # in the expression language
    offset: int


@dataclass(frozen=True)
class PostValue:
    """A number the post states for a name: ``name = ... = number`` in a displayed chain."""

    name: str
    number: str  # as written: 0.7491
    offset: int  # of the equation that states it


@dataclass
class Context:
    """The post's names, definitions and assumptions."""

    names: Names
    variable: str | None
    definitions: list[Definition] = field(default_factory=list)
    nonzero: set[str] = field(default_factory=set)
    assumptions: list[str] = field(default_factory=list)
    redefined: set[str] = field(default_factory=set)  # defined twice, differently
    # g -> offsets of "g(x) = (what the verifier cannot read)": g means something there,
    # which no later "g(x) = ..." and no made-up g stands for.
    unreadable: dict[str, list[int]] = field(default_factory=dict)
    # (name, offset): y of "y = sigmoid(x) = f(x) = ..." named by the chain at offset.
    named_by_chain: set[tuple[str, int]] = field(default_factory=set)
    # hat_y1 of "\hat{y1} = \sigma(y1) = 0.7491": the one number the post gives a name.
    values: dict[str, PostValue] = field(default_factory=dict)

    def translate(self, text: str, hints: ChainHints | None = None) -> Translation:
        return translate(text, self.names, self.variable, hints)


def equations(formula: Math, clean: str) -> list[list[str]]:
    """The pieces of each top-level equation of a formula (texts between its '=' signs)."""
    result = []
    for seg in _scan(formula.text, formula.start):
        if seg.eqs:
            pieces = _split(seg)
            result.append(
                [" ".join(clean[a:b] for a, b in piece) for piece in pieces]
                + [min((a for a, _ in pieces[0]), default=formula.start)]
            )
    return result


def read_context(post: Post) -> Context:
    """Decide the names of ``post``, collect its definitions and assumptions."""
    names = Names(recording=True)
    texts: list[tuple[Math, int, list[str]]] = []
    for formula in post.math:
        for pieces in equations(formula, post.clean):
            *parts, offset = pieces
            texts.append((formula, offset, parts))
            for part in parts:
                with contextlib.suppress(NotRead, RecursionError):
                    translate(part, names, "x")
        if not any(True for _ in equations(formula, post.clean)):
            with contextlib.suppress(NotRead, RecursionError):
                translate(formula.text, names, "x")
    names.recording = False
    # A name defined as a function (S(x) = ...) is a function wherever it appears.
    for _, _, parts in texts:
        if len(parts) >= 2:
            head = parts[0].strip()
            # S(x) = ..., not a(1 - a) = ...: the arguments are variables.
            m = re.match(r"^\\?([A-Za-z]+)\s*\(\s*[A-Za-z](\s*,\s*[A-Za-z])*\s*\)$", head)
            if m and m.group(1) in names.functions:
                names.defined_functions.add(ident(m.group(1)))
                continue
            # h_{\theta}(x^{(i)}) = ..., J(\theta) = ...: a name applied to variables.
            try:
                call = _CALL.match(translate(head, names, "x").text.strip())
            except (NotRead, RecursionError):
                call = None
            if call and call.group(1) in names.functions:
                names.defined_functions.add(call.group(1))
    names.decide()
    context = Context(names, _main_variable(names))
    found: list[Definition] = []
    # How many equations have each name alone as their left side: a name recomputed
    # (y1 = w5 h1 + ..., then y1 = 0.4 * 0.58 + ...) is a quantity, not an abbreviation.
    recomputed: set[str] = set()
    for _, _, parts in texts:
        try:
            head = context.translate(parts[0]).text.strip()
            values = [context.translate(p) for p in parts[1:]]
        except (NotRead, RecursionError):
            continue
        if _NAME.match(head) and any(not v.symbols and not v.functions for v in values):
            recomputed.add(head)
    context.values = _stated_values(texts, context)
    inline_only: dict[int, bool] = {}
    for formula, offset, parts in texts:
        if len(parts) < 2:
            continue
        inline_only[offset] = not formula.display
        translated = []
        for part in parts:
            try:
                translated.append(context.translate(part))
            except (NotRead, RecursionError):
                translated.append(None)
        if translated[0] is not None and translated[1] is None and "," not in parts[1]:
            # (Not "f(x) = e^x, f'(x) = e^x": a list in a sentence, split at its "=".)
            call = _CALL.match(translated[0].text.strip())
            if call and call.group(1) in names.defined_functions:
                context.unreadable.setdefault(call.group(1), []).append(offset)
        candidates = []
        for k in range(len(parts) - 1):
            left, right = translated[k], translated[k + 1]
            if left is None or right is None:
                continue
            definition = _definition(left, right, offset)
            if definition is None and len(parts) == 2 and formula.display:
                # "e^{x_2} = b" standing alone: a name given to a value, written right to
                # left (only when the left side is no name of its own). Only a name the
                # post has not used before: "sin y = x" and "ln(n + 1) = h" are equations
                # about names in use, not definitions.
                definition = _named_on_the_right(left, right, offset)
                if definition is not None and (
                    definition.name in names.arguments
                    or definition.name == context.variable
                    or _used_before(post, definition.name, formula.start)
                ):
                    definition = None
            if definition is None or definition.name in DEFAULTS:
                continue
            # A name alone (y = ...) is defined by the first link of a displayed chain
            # only: "when $k = i$" in a sentence is a condition, not a definition.
            if not definition.params and (k != 0 or not formula.display):
                continue
            candidates.append((bool(right.functions), k, definition))
        if candidates:
            # In y = sigmoid(x) = f(x) = (formula), f(x) = (formula) is the definition:
            # the pair whose right side calls no function of the post.
            chosen = min(candidates, key=lambda c: (c[0], c[1]))
            found.append(chosen[2])
            named = _named_first(translated, chosen, offset, formula.display)
            if named is not None:
                found.append(named)
                context.named_by_chain.add((named.name, offset))
    # A name alone that the post also equates to a number (y1 = 0.4 * 0.58 + 0.6 =
    # 1.094) is a quantity it computes, not an abbreviation: it is left undefined.
    # Names may be redefined (the last definition before a chain is in force there).
    kept = [d for d in found if d.params or d.name not in recomputed]
    # A definition in a sentence after one the post displays ("another form you may
    # have seen, g(z) = ...") is a remark: it gives way to the displayed one. One stated
    # in a sentence first ("Let $f(x) = x^n$", then a proof) is in force until the next.
    displayed: dict[str, int] = {}
    for d in kept:
        if not inline_only.get(d.offset, False):
            displayed[d.name] = min(d.offset, displayed.get(d.name, d.offset))
    context.definitions = [
        d
        for d in kept
        if not inline_only.get(d.offset, False) or d.offset < displayed.get(d.name, d.offset + 1)
    ]
    # A function the post defines twice, differently (f(x) = x^2, later f(x) = x^3): a
    # chain reads the definition stated last before it (as a reader of the post does),
    # never one stated further down; no link that calls it is refuted (see check.py).
    bodies: dict[str, set[str]] = {}
    for d in context.definitions:
        if d.params:
            bodies.setdefault(d.name, set()).add(d.body.replace(" ", ""))
    twice = sorted(name for name, found_bodies in bodies.items() if len(found_bodies) > 1)
    if twice:
        context.redefined.update(twice)
        for name in twice:
            context.assumptions.append(
                f"{name} is defined more than once, differently: each chain reads the "
                "definition stated last before it (a chain before them all reads none)"
            )
    for name in sorted(set(context.unreadable) - {d.name for d in context.definitions}):
        context.assumptions.append(
            f"{name} is defined by an expression the verifier cannot read: a link that uses "
            f"{name} is not refuted with a made-up one"
        )
    defined = {d.name for d in context.definitions}
    for d in context.definitions:
        if not d.params and d.name in names.functions:
            # s = sigmoid(z) makes s a value: s(1 - s) is a product.
            names.functions.discard(d.name)
            names.ambiguous.discard(d.name)
    once = [d for d in context.definitions if d.params and d.name not in context.redefined]
    names.defined_params = {d.name: d.params for d in once}
    for name, (params, body, label) in DEFAULTS.items():
        if name in names.functions and name not in defined:
            context.definitions.append(Definition(name, params, body, -1))
            context.assumptions.append(f"{label}: the post does not define it")
    for m in _NONZERO.finditer(post.clean):
        context.nonzero.add(m.group(1))
    for d in context.definitions:
        # g(x) = 1/f(x): a definition that divides by f(x) presupposes f(x) != 0.
        for name in re.findall(r"/\(?([A-Za-z_][A-Za-z0-9_]*)\(", d.body):
            if name not in context.nonzero and name not in FUNCTIONS:
                context.nonzero.add(name)
                context.assumptions.append(
                    f"{name}(x) != 0: the definition of {d.name} divides by it"
                )
    context.assumptions.extend(sorted(names.notes))
    if names.ambiguous:
        context.assumptions.append(
            "read as a variable times a parenthesis (the post also uses it alone): "
            + ", ".join(sorted(names.ambiguous))
        )
    return context


_NUMBER = re.compile(r"^\(?\s*(-)?\s*\(?\s*(\d+(?:\.\d+)?)\s*\)?\s*\)?$")


def _stated_values(texts: list[tuple[Math, int, list[str]]], context: Context) -> dict:
    """The names a displayed chain equates to one written number (``y1 = ... = 1.094``).

    Only a name alone on the left, and only a name the whole post leaves at that one
    number: a name updated to a number (``w5 = w5 - ... = 0.3578``: one value before,
    another after), given another number (``w = -0.35``, or ``$w = 0.35$`` in a sentence) or
    equated to another constant (``\\hat{y} = \\sigma(0.3)``, a second example) has no
    value here: which of them a link means is not known."""
    found: dict[str, set[tuple[str, int]]] = {}
    numbers: dict[str, set[str]] = {}  # every number any equation gives the name
    changed: set[str] = set()  # equated to a constant that is not a number
    for formula, offset, parts in texts:
        if len(parts) < 2:
            continue
        try:
            head = context.translate(parts[0]).text.strip()
            rest = [context.translate(p) for p in parts[1:]]
        except (NotRead, RecursionError):
            continue
        if not _NAME.match(head):
            continue
        update = any(head in t.symbols for t in rest)
        given = [
            (m.group(1) or "") + m.group(2) for t in rest if (m := _NUMBER.match(t.text.strip()))
        ]
        if not given and not update and any(not t.symbols for t in rest):
            changed.add(head)
        for number in given:
            # An update's number (w5 = w5 - ... = 0.3578) is the value after it: a second
            # number for the name, never the value of it.
            numbers.setdefault(head, set()).add(number)
            if formula.display and not update:
                found.setdefault(head, set()).add((number, offset))
    values = {}
    for name, stated in found.items():
        if name not in changed and len(numbers[name]) == 1:
            values[name] = PostValue(name, numbers[name].pop(), min(o for _, o in stated))
    return values


def _main_variable(names: Names) -> str | None:
    for candidate in ("x", "z", "t"):
        if candidate in names.variables:
            return candidate
    return None


def _definition(left: Translation, right: Translation, offset: int) -> Definition | None:
    text = left.text.strip()
    call = _CALL.match(text)
    if call:
        name, params = call.group(1), tuple(call.group(2).split(", "))
        if name in FUNCTIONS or name in BINDERS or re.search(rf"\b{re.escape(name)}\(", right.text):
            return None
        if len(set(params)) != len(params) or name in params:
            return None
        if not right.symbols and not right.functions:
            # "a root, where f(x) = 0": a condition on f at a point, not what f is.
            return None
        return Definition(name, params, right.text, offset)
    pattern = _pattern_definition(text, right.text, offset)
    if pattern is not None:
        return pattern
    if _NAME.match(text) and text not in ("E", "pi", "oo"):
        if re.search(rf"\b{re.escape(text)}\b", right.text):
            return None
        return Definition(text, (), right.text, offset)
    return None


def _named_first(translated: list, chosen: tuple, offset: int, display: bool) -> Definition | None:
    """y = sigmoid(x) = f(x) = (formula): y names what the chain defines, f(x) (the
    author's meaning, even where a middle link is wrong). Only a name alone as the first
    left side of a displayed chain whose definition is a function's, further along."""
    _, k, definition = chosen
    first = translated[0]
    if not display or k == 0 or first is None or not definition.params:
        return None
    name = first.text.strip()
    if not _NAME.match(name) or name in ("E", "pi", "oo") or name in definition.params:
        return None
    call = f"{definition.name}({', '.join(definition.params)})"
    return Definition(name, (), call, offset)


def _used_before(post: Post, name: str, start: int) -> bool:
    """Does a formula before ``start`` (inline ones too) write the LaTeX name ``name``?
    Judged on the text, generously: a letter b anywhere as a name counts (b_1 too)."""
    pattern = re.compile(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])")
    return any(m.start < start and pattern.search(m.text) for m in post.math)


def _named_on_the_right(left: Translation, right: Translation, offset: int) -> Definition | None:
    """``e^{x_2} = b``: b names the value on the left. Not when the left side is a name
    or a call of its own (that is an equation between two names), nor when it uses b."""
    name = right.text.strip()
    if not _NAME.match(name) or name in ("E", "pi", "oo") or right.functions:
        return None
    body = left.text.strip()
    call = _CALL.match(body)
    if _NAME.match(body) or (call and call.group(1) not in FUNCTIONS) or not left.symbols:
        return None
    if re.search(rf"\b{re.escape(name)}\b", body):
        return None
    return Definition(name, (), body, offset)


def _top_level_args(inner: str) -> list[str] | None:
    """``h(x_i), y_i`` -> ["h(x_i)", "y_i"]: split at commas outside parentheses."""
    args, depth, start = [], 0, 0
    for k, ch in enumerate(inner):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "," and depth == 0:
            args.append(inner[start:k].strip())
            start = k + 1
    args.append(inner[start:].strip())
    return args if depth == 0 and all(args) else None


def _pattern_definition(head: str, body: str, offset: int) -> Definition | None:
    """Cost(h_theta(x_i), y_i) = -y_i*log(h_theta(x_i)) - ...: a function of two values
    defined through the expressions it is applied to. Each argument expression becomes
    a parameter; the body must use the arguments' names only inside those expressions
    (else it says more than a function of the arguments, and is no definition)."""
    m = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)\((.*)\)$", head)
    if not m or m.group(1) in FUNCTIONS or m.group(1) in BINDERS or _CALL.match(head):
        return None
    name, args = m.group(1), _top_level_args(m.group(2))
    if not args or len(args) < 2 or len(set(args)) != len(args):
        return None
    if re.search(rf"\b{re.escape(name)}\(", body):
        return None
    params = tuple(f"arg_{k + 1}" for k in range(len(args)))
    replaced = body
    # Longest first: h_theta(x_i) before x_i.
    for k in sorted(range(len(args)), key=lambda k: -len(args[k])):
        replaced = re.sub(
            rf"(?<![A-Za-z0-9_]){re.escape(args[k])}(?![A-Za-z0-9_(])", params[k], replaced
        )
    used = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", " ".join(args)))
    left = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", replaced))
    if (used - set(FUNCTIONS)) & left or not set(params) <= left:
        return None
    return Definition(name, params, replaced, offset)


@dataclass(frozen=True)
class ChainScope:
    """The scope one chain is read in, and what was assumed to build it."""

    scope: Scope
    hypotheses: dict
    assumptions: tuple[str, ...]
    defined: frozenset[str]  # names with a definition


def build_scope(
    context: Context, translations: list[Translation], start: int, file: str
) -> ChainScope:
    """Symbols, functions and definitions for a chain starting at offset ``start``."""
    symbol_names: set[str] = set()
    function_names: set[str] = set()
    for t in translations:
        symbol_names |= t.symbols
        function_names |= t.functions
    # The definition in force: the last one stated before the chain (or by it), else
    # the first after it when that one uses no other defined name.
    chosen: dict[str, Definition] = {}
    ordered = sorted(context.definitions, key=lambda d: d.offset)
    for d in ordered:
        if d.offset <= start:
            chosen[d.name] = d
    defined_names = {d.name for d in ordered}
    for d in ordered:
        # Only a function is taken from a definition further down: a name alone
        # (n = e^h - 1 in a later substitution) may mean something else before it.
        if d.offset > start and d.name not in chosen and d.params:
            if d.name in context.redefined or any(
                o <= start for o in context.unreadable.get(d.name, ())
            ):
                # Which of its later definitions would be meant is a guess; after one
                # the verifier cannot read, that one is (g(x) = ... stated further down
                # may be a claim about it).
                continue
            words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", d.body))
            if not (words & (defined_names - {d.name})):
                chosen[d.name] = d
    # A name a limit or a sum of this chain binds is that variable here, not an abbreviation.
    for t in translations:
        for name in t.bound:
            chosen.pop(name, None)
    # Definitions used by definitions.
    pending = [n for n in (symbol_names | function_names) if n in chosen]
    used: set[str] = set()
    while pending:
        name = pending.pop()
        if name in used:
            continue
        used.add(name)
        d = chosen[name]
        for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", d.body):
            if word in chosen:
                if word not in used:
                    pending.append(word)
            elif word not in FUNCTIONS and word not in ("Derivative", "Limit", "Sum", "Subs"):
                if re.search(rf"\b{word}\(", d.body):
                    function_names.add(word)
                else:
                    symbol_names.add(word)
    symbol_names -= {"E", "pi", "oo"}
    function_names -= set(FUNCTIONS)
    assumptions: list[str] = []
    symbols = {}
    for n in sorted(symbol_names - set(used)):
        if n in context.names.counts:
            # The upper bound of a sum (m in sum_{i=1}^{m}) counts terms.
            symbols[n] = sympy.Symbol(n, integer=True, positive=True)
            assumptions.append(f"{n} is a positive integer (the upper bound of a sum)")
        elif any(n in t.indices for t in translations):
            # The i of t_i read as t_at(i) beside a sum of t_k from 1: a position in it.
            symbols[n] = sympy.Symbol(n, integer=True, positive=True)
            assumptions.append(f"{n} is a positive integer (an index into a family)")
        elif n in context.names.integers:
            symbols[n] = sympy.Symbol(n, integer=True)
            assumptions.append(f"{n} is an integer (an index compared in an indicator 1{{...}})")
        else:
            symbols[n] = sympy.Symbol(n, real=True)
    functions = {}
    hypotheses = {}
    for n in sorted(function_names - set(used)):
        func = sympy.Function(n, real=True)
        functions[n] = func
        held = {"differentiable"}
        if n in context.nonzero:
            held.add("nonzero")
        hypotheses[func] = frozenset(held)
        assumptions.append(f"{n} is an unknown function, assumed {' and '.join(sorted(held))}")
    real = [n for n, sym in symbols.items() if not sym.is_integer]
    if real:
        assumptions.append(f"{', '.join(real)} real")
    defines: dict[str, Define] = {}
    order = sorted((chosen[n] for n in used), key=lambda d: d.offset)
    remaining = list(order)
    # Bodies may use each other: build in rounds until nothing more can be built.
    for _ in range(len(remaining) + 1):
        progress = False
        for d in list(remaining):
            params = tuple(sympy.Symbol(p, real=True) for p in d.params)
            inner = Scope(
                symbols={
                    **{k: v for k, v in symbols.items()},
                    **{p.name: p for p in params},
                },
                functions=functions,
                defines=dict(defines),
            )
            cancelled: list[sympy.Expr] = []
            requires: list = []
            try:
                body = parse_expression(
                    d.body, inner, file=file, cancelled=cancelled, requires=requires
                )
            except InputError:
                continue
            head = sympy.Function(d.name)(*params) if params else sympy.Symbol(d.name)
            defines[d.name] = Define(d.name, params, body, head, tuple(cancelled), tuple(requires))
            remaining.remove(d)
            progress = True
            signature = f"{d.name}({', '.join(d.params)})" if d.params else d.name
            assumptions.append(f"{signature} = {body} (a definition in the post)")
        if not progress:
            break
    for d in remaining:
        # A definition that cannot be read leaves its name an unknown.
        if d.params:
            functions[d.name] = sympy.Function(d.name, real=True)
            hypotheses[functions[d.name]] = frozenset({"differentiable"})
        else:
            symbols[d.name] = sympy.Symbol(d.name, real=True)
    scope = Scope(symbols=symbols, functions=functions, defines=defines)
    return ChainScope(scope, hypotheses, tuple(assumptions), frozenset(defines))

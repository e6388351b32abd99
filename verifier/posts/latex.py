"""The LaTeX subset of derivations, read into the TOML expression language.

Nothing here builds a SymPy object or evaluates anything: a formula such as
``\\lim_{\\Delta x\\rightarrow0}\\frac{f(x+\\Delta x)-f(x)}{\\Delta x}`` is
translated into the text ``Limit((f(x + Delta_x) - f(x))/(Delta_x), Delta_x, 0)``,
which :func:`verifier.proof.syntax.parse_expression` then reads exactly as it
reads a TOML step, with the same whitelist, scope and limits on size, depth and
exponents. What this reader cannot read is a :class:`NotRead` with the offset
of the token it stopped at.

Names are decided for the whole post (:class:`Names`): ``f`` is a function when
the post calls it, ``\\Delta x`` is one variable, ``w_{21}`` is the variable
``w_21``. A name that is both called and used alone is ambiguous: it is read
as a variable times a parenthesis, and the ambiguity is reported.

>>> translate("\\\\frac{1}{1+e^{-x}}", Names()).text
'(1)/(1 + exp(-(x)))'
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field

MAX_TOKENS = 3000
MAX_NESTING = 60
MAX_DIGITS = 40

# LaTeX commands read as the elementary function of the same meaning.
ELEMENTARY = {
    "exp": "exp",
    "ln": "log",
    "log": "log",
    "sin": "sin",
    "cos": "cos",
    "tan": "tan",
    "sinh": "sinh",
    "cosh": "cosh",
    "tanh": "tanh",
    "arcsin": "asin",
    "arccos": "acos",
    "arctan": "atan",
}
# Functions with a fixed meaning the reader does not translate: never a post's own name.
STANDARD_UNREAD = frozenset(
    [
        "sec",
        "csc",
        "cot",
        "sech",
        "csch",
        "coth",
        "arcsec",
        "arccsc",
        "arccot",
        "arcsinh",
        "arccosh",
        "arctanh",
        "arsinh",
        "arcosh",
        "artanh",
        "erfc",
        "sgn",
    ]
)

# max(0, z) and \max(a, b): the elementary Max and Min, of two or more values.
EXTREMA = {"max": "Max", "min": "Min"}
# Words written as letters (log(x), siny, tanh(x)) read as the same functions.
WORDS = {"exp": "exp", "log": "log", "ln": "log", "sin": "sin", "cos": "cos", "tan": "tan"}
WORDS.update({"tanh": "tanh", "sinh": "sinh", "cosh": "cosh", "sqrt": "sqrt"})
GREEK = {
    "alpha",
    "beta",
    "gamma",
    "delta",
    "epsilon",
    "varepsilon",
    "zeta",
    "eta",
    "theta",
    "vartheta",
    "iota",
    "kappa",
    "lambda",
    "mu",
    "nu",
    "xi",
    "rho",
    "sigma",
    "tau",
    "upsilon",
    "phi",
    "varphi",
    "chi",
    "psi",
    "omega",
    "Gamma",
    "Delta",
    "Theta",
    "Lambda",
    "Xi",
    "Sigma",
    "Upsilon",
    "Phi",
    "Psi",
    "Omega",
}
UNICODE = {
    "σ": "\\sigma",
    "Δ": "\\Delta",
    "·": "\\cdot",
    "×": "\\times",
    "−": "-",
    "’": "'",
    "′": "'",
    "∂": "\\partial",
    "π": "\\pi",
    "∞": "\\infty",
    "→": "\\to",
    "≠": "\\neq",
}
# Spacing and style commands that mean nothing for the value.
IGNORED = {
    ",",
    ";",
    ":",
    "!",
    " ",
    "quad",
    "qquad",
    "displaystyle",
    "textstyle",
    "limits",
    "nolimits",
    "nonumber",
    "notag",
    "big",
    "Big",
    "bigg",
    "Bigg",
    "bigl",
    "bigr",
    "Bigl",
    "Bigr",
    "biggl",
    "biggr",
    "Biggl",
    "Biggr",
    "left",
    "right",
    "middle",
    "mathrm",
    "mathit",
    "mathbf",
    "boldsymbol",
    "bf",
    "rm",
    "it",
}
# Commands whose argument is kept and read (style only).
TRANSPARENT = {"mathrm", "mathit", "mathbf", "boldsymbol", "mathbb", "bm"}
# Commands whose braced argument is dropped entirely.
# (\require{cancel} only loads a MathJax extension.)
DROPPED_WITH_ARG = {"tag", "label", "eqref", "ref", "color", "require"}
OPEN = {"(": ")", "[": "]", "\\{": "\\}", "\\lbrace": "\\rbrace", "\\lbrack": "\\rbrack"}
RESERVED = {"E", "I", "pi", "oo", "nan", "zoo"}
DECORATIONS = {"hat", "bar", "tilde", "vec", "widehat", "overline", "dot"}
# TeX's programming: refused by name, with the reason.
MACROS = {
    "input",
    "include",
    "def",
    "edef",
    "gdef",
    "xdef",
    "let",
    "newcommand",
    "renewcommand",
    "providecommand",
    "DeclareMathOperator",
    "catcode",
    "csname",
    "write",
    "immediate",
    "openout",
    "read",
    "usepackage",
}
LEADING_RELATIONS = ("<", ">", "\\le", "\\leq", "\\ge", "\\geq", "\\approx", "\\sim")


class NotRead(Exception):
    """What the reader could not read, and where (an offset in the formula)."""

    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.message = message
        self.offset = offset


# Placeholders of the translation text: a function alone in a derivative until its
# argument is known, and the bound value of a derivative in a function's value.
ALONE = "alone_at_"
VALUE = "u_"


def _calls(text: str, fname: str) -> list[tuple[int, int, str]]:
    """(start, end, argument) of each call fname(...) in a translation text."""
    found = []
    for m in re.finditer(rf"(?<![A-Za-z0-9_]){re.escape(fname)}\(", text):
        depth, k = 1, m.end()
        while k < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            k += 1
        if depth == 0:
            found.append((m.start(), k, text[m.end() : k - 1]))
    return found


@dataclass(frozen=True)
class Token:
    kind: str  # "cmd", "letter", "num", "sym", "end"
    value: str
    offset: int


def tokenize(text: str) -> list[Token]:
    """The tokens of a formula, with offsets into ``text``."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        if len(tokens) > MAX_TOKENS:
            # Checked as it goes: a megabyte of math stops here, early.
            raise NotRead(f"the formula has more than {MAX_TOKENS} tokens", i)
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in UNICODE:
            replacement = UNICODE[ch]
            if replacement.startswith("\\"):
                tokens.append(Token("cmd", replacement[1:], i))
            else:
                tokens.append(Token("sym", replacement, i))
            i += 1
            continue
        if ch == "\\":
            m = re.match(r"\\([A-Za-z]+)", text[i:])
            if m:
                tokens.append(Token("cmd", m.group(1), i))
                i += m.end()
            elif i + 1 < n:
                tokens.append(Token("cmd", text[i + 1], i))
                i += 2
            else:
                raise NotRead("a lone backslash", i)
            continue
        if ch.isdigit() or (ch == "." and i + 1 < n and text[i + 1].isdigit()):
            m = re.match(r"\d*\.?\d+|\d+\.?", text[i:])
            tokens.append(Token("num", m.group(0), i))
            i += m.end()
            continue
        if ch.isascii() and ch.isalpha():
            tokens.append(Token("letter", ch, i))
            i += 1
            continue
        if ch in "+-*/=()[]{}^_',|<>!&.:;?#":
            tokens.append(Token("sym", ch, i))
            i += 1
            continue
        raise NotRead(f"the character {ch!r}", i)
    tokens.append(Token("end", "", len(text)))
    return tokens


@dataclass
class Names:
    """What each name of a post is: a function or a variable, decided over the whole post."""

    functions: set[str] = field(default_factory=set)  # called as f(...)
    variables: set[str] = field(default_factory=set)  # used alone
    ambiguous: set[str] = field(default_factory=set)  # both; read as variables
    defined_functions: set[str] = field(default_factory=set)
    word_functions: set[str] = field(default_factory=set)  # softmax(x), relu(z)
    # Names the post uses as variables of calculus: variables of a limit, a derivative
    # or a sum. A link may hold "for all" of these; other names are quantities.
    arguments: set[str] = field(default_factory=set)
    counts: set[str] = field(default_factory=set)  # upper bounds of sums: positive integers
    notes: set[str] = field(default_factory=set)  # readings the report must state
    families: set[str] = field(default_factory=set)  # y_at for y_k in a sum over k
    # What the post differentiates alone (the y of dy/dx, the y_at of dy_k/dz inside a
    # sum over k): a name or family whose dependence on the variable the post asserts.
    differentiated: set[str] = field(default_factory=set)
    # Functions the post defines once, by their parameters (y_i(z_i) = ...): the name
    # alone (y_i in y_i - t_i) is the value at those parameters, as the post means it.
    defined_params: dict[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # h1 -> h_1
    integers: set[str] = field(default_factory=set)  # the k and i of an indicator 1{k = i}
    recording: bool = False  # the first pass: every call is a call

    def is_function(self, name: str) -> bool:
        if self.recording:
            return True
        if name in self.defined_functions:
            return True
        return name in self.functions and name not in self.ambiguous

    def decide(self) -> None:
        """After the first pass: a name called somewhere and also used alone is ambiguous,
        unless it is a usual function letter, which is then a function."""
        usual = {"f", "g", "h", "F", "G", "H", "S", "sigma", "phi", "q", "u", "v", "s"}
        for name in self.functions & self.variables:
            if name in usual or name in self.defined_functions:
                continue
            self.ambiguous.add(name)
        # h1 and h_1 in one post are one name, written twice (a subscript typed or not).
        written = self.functions | self.variables
        for name in written:
            m = re.fullmatch(r"([A-Za-z]+)(\d+)", name)
            if m and f"{m.group(1)}_{m.group(2)}" in written:
                self.aliases[name] = f"{m.group(1)}_{m.group(2)}"
                self.notes.add(f"{name} read as {m.group(1)}_{m.group(2)}, the same name")


@dataclass(frozen=True)
class ChainHints:
    """What the other formulas of a chain say about this one's names.

    ``families``: the indexed families the chain sums over (t_at for t_k in a sum over
    k); t_i outside a sum is then the i-th of that family, t_at(i), not a name of its
    own (a name t_i would be a different quantity from every t_k). ``excluded``: names
    that are not family members even so (defined names, variables of a derivative).
    ``count``: the upper bound of a sum the chain writes (n of \\sum_i^n), if one."""

    families: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()
    count: str | None = None


@dataclass(frozen=True)
class Translation:
    """A formula in the TOML expression language, and what the translation noticed."""

    text: str
    symbols: frozenset[str]  # variable names used (free or bound)
    functions: frozenset[str]
    differentiated: frozenset[str]  # y of a dy/dx: a name that depends on the variable
    notes: tuple[str, ...] = ()
    bound: frozenset[str] = frozenset()  # variables of its limits and indices of its sums
    # Ambiguous names read here as a variable times a parenthesis (z(1 + e^-x)): the
    # only places where the reading of an ambiguous name can change a value.
    juxtaposed: frozenset[str] = frozenset()
    # The i of a family member t_at(i) read from t_i (see ChainHints): an index, a whole number.
    indices: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Piece:
    text: str
    kind: str = "expr"  # "num", "name" (a variable), "expr"
    name: str = ""


def ident(name: str) -> str:
    """A LaTeX name as an identifier the expression language accepts."""
    out = re.sub(r"[^A-Za-z0-9_]", "_", name)
    if not out or out[0].isdigit():
        out = "v_" + out
    if out in RESERVED or keyword.iskeyword(out) or out.startswith("_"):
        out = out + "_"
    return out


def translate(
    text: str, names: Names, variable: str | None = None, hints: ChainHints | None = None
) -> Translation:
    """Translate one expression. ``variable`` is the post's variable for ``(...)'``;
    ``hints`` what the rest of its chain says (see :class:`ChainHints`)."""
    tokens = tokenize(text)
    for k in range(len(tokens) - 4):
        a, b, slash, c, d = tokens[k : k + 5]
        if (a.kind, a.value, b.kind, slash.kind, slash.value, c.kind, c.value, d.kind) == (
            "letter",
            "d",
            "letter",
            "sym",
            "/",
            "letter",
            "d",
            "letter",
        ):
            # dy/dx inline: a derivative, never the product d*y over d*x.
            raise NotRead("dy/dx written inline: write \\frac{dy}{dx}", a.offset)
    parser = _Parser(tokens, names, variable, hints or ChainHints())
    return parser.run()


class _Parser:
    def __init__(self, tokens: list[Token], names: Names, variable: str | None, hints: ChainHints):
        self.tokens = tokens
        self.hints = hints
        self.pos = 0
        self.names = names
        self.variable = variable
        self.symbols: set[str] = set()
        self.functions: set[str] = set()
        self.differentiated: set[str] = set()
        self.notes: list[str] = []
        self.nesting = 0
        self.bound: list[str] = []
        self.indices: list[str] = []  # the indices of the sums being read
        self.binders: set[str] = set()  # every limit variable and sum index read
        self.juxtaposed: set[str] = set()  # ambiguous names read before a parenthesis
        self.member_indices: set[str] = set()  # the i of t_i read as t_at(i)
        self.bare_level = -1  # the nesting whose bare factors are powers (see sub_parse)
        # Off inside the fractions of a derivative: \partial h_\theta / \partial \theta_0
        # reads h_theta alone there (see derivative_fraction).
        self.value_of_alone = True
        self.alone: set[str] = set()  # defined functions written alone in a derivative

    # -- tokens ------------------------------------------------------------------
    @property
    def tok(self) -> Token:
        return self.tokens[self.pos]

    def peek(self, k: int = 1) -> Token:
        return self.tokens[min(self.pos + k, len(self.tokens) - 1)]

    def next(self) -> Token:
        tok = self.tokens[self.pos]
        if tok.kind != "end":
            self.pos += 1
        return tok

    def at(self, kind: str, value: str | None = None) -> bool:
        tok = self.tok
        return tok.kind == kind and (value is None or tok.value == value)

    def expect(self, kind: str, value: str) -> Token:
        if not self.at(kind, value):
            raise NotRead(
                f"expected {value!r}, found {self.tok.value or 'the end'!r}", self.tok.offset
            )
        return self.next()

    def fail(self, message: str) -> NotRead:
        return NotRead(message, self.tok.offset)

    def skip_noise(self) -> None:
        """Spacing, sizing and layout commands; \\tag{..} and \\color{..} with their argument."""
        while True:
            tok = self.tok
            if tok.kind == "cmd" and tok.value in IGNORED and tok.value not in TRANSPARENT:
                self.next()
                continue
            if tok.kind == "cmd" and tok.value in DROPPED_WITH_ARG:
                self.next()
                if self.at("sym", "*"):
                    self.next()
                if self.at("sym", "{"):
                    self.group_tokens()
                continue
            if (tok.kind == "sym" and tok.value == "&") or (
                tok.kind == "cmd" and tok.value == "\\"
            ):
                # A row break inside parentheses (\Bigg( ... \\ + ... \Bigg)) is layout.
                self.next()
                continue
            if tok.kind == "cmd" and tok.value in ("cancel", "bcancel", "xcancel"):
                self.next()  # \cancel{x}: the author's mark, read as what it marks
                continue
            return

    def group_tokens(self) -> tuple[int, int]:
        """Skip a balanced {...}; return its inner token range."""
        self.expect("sym", "{")
        start = self.pos
        depth = 1
        while depth:
            tok = self.next()
            if tok.kind == "end":
                raise NotRead("an unclosed '{'", tok.offset)
            if tok.kind == "sym" and tok.value == "{":
                depth += 1
            elif tok.kind == "sym" and tok.value == "}":
                depth -= 1
        return start, self.pos - 1

    # -- entry -------------------------------------------------------------------
    def run(self) -> Translation:
        self.skip_noise()
        # Words typed in math mode before the formula ("if\ h(x) = ..."): prose.
        while True:
            k = self.pos
            while self.tokens[k].kind == "letter":
                k += 1
            if k > self.pos and self.tokens[k].kind == "cmd" and self.tokens[k].value == " ":
                self.pos = k + 1
                self.skip_noise()
                continue
            break
        for rel in LEADING_RELATIONS:
            kind = "cmd" if rel.startswith("\\") else "sym"
            if self.at(kind, rel.lstrip("\\")):
                self.next()
                break
        if self.at("end"):
            raise self.fail("an empty expression")
        piece = self.expression()
        self.skip_noise()
        # A trailing full stop or comma ends a sentence, not the formula.
        while self.at("sym", ".") or self.at("sym", ",") or self.at("sym", ";"):
            self.next()
            self.skip_noise()
        if not self.at("end"):
            raise self.fail(f"cannot read {self.describe(self.tok)} here")
        piece = _Piece(self.resolve_alone(piece.text))
        return Translation(
            piece.text,
            frozenset(self.symbols),
            frozenset(self.functions),
            frozenset(self.differentiated),
            tuple(self.notes),
            frozenset(self.binders),
            frozenset(self.juxtaposed),
            frozenset(self.member_indices),
        )

    def resolve_alone(self, text: str) -> str:
        """h_theta alone in a derivative (dh_theta/dtheta_0): at the one argument the
        formula applies h_theta to elsewhere, else at the post's variable."""
        for fname in sorted(self.alone):
            args = {arg for _, _, arg in _calls(text, fname) if arg != ALONE}
            at = next(iter(args)) if len(args) == 1 else self.variable
            if at is None:
                raise NotRead(f"{fname} alone in a derivative: at which value?", 0)
            if at == self.variable:
                self.symbols.add(at)
            self.names.notes.add(f"{fname} alone in a derivative read as {fname}({at})")
            text = text.replace(f"{fname}({ALONE})", f"{fname}({at})")
        return text

    def describe(self, tok: Token) -> str:
        if tok.kind == "cmd":
            return f"\\{tok.value}"
        return repr(tok.value) if tok.value else "the end"

    # -- grammar -----------------------------------------------------------------
    def nest(self):
        parser = self

        class _Nest:
            def __enter__(self):
                parser.nesting += 1
                if parser.nesting > MAX_NESTING:
                    raise parser.fail(f"nested more than {MAX_NESTING} deep")

            def __exit__(self, *exc):
                parser.nesting -= 1

        return _Nest()

    def cancelled_terms(self) -> bool:
        """Is a \\cancel{+ a b} (a cancelled group of signed terms) next, past spacing?
        It adds to the sum; it is not a factor of the term before it."""
        k = self.pos
        while self.tokens[k].kind == "cmd" and self.tokens[k].value in IGNORED:
            k += 1
        return (
            self.tokens[k].kind == "cmd"
            and self.tokens[k].value in ("cancel", "bcancel", "xcancel")
            and self.tokens[k + 1].value == "{"
            and self.tokens[k + 2].kind == "sym"
            and self.tokens[k + 2].value in ("+", "-")
        )

    def expression(self, stop: set[str] | None = None) -> _Piece:
        with self.nest():
            self.skip_noise()
            # The terms as written (sign, token range), for a sum written with dots.
            start = self.pos
            left = self.term()
            terms = [("+", start, self.pos)]
            dots: Token | None = None
            dots_at = 0  # how many terms come before the dots
            plain = True  # only + and - between terms (no \over, no \cancel{+ a})
            while True:
                if self.cancelled_terms():
                    plain = False
                    self.skip_noise()  # up to the '{' (\cancel itself is noise)
                    self.expect("sym", "{")
                    inner = self.expression()
                    self.skip_noise()
                    self.expect("sym", "}")
                    left = _Piece(f"{left.text} + ({inner.text})")
                    continue
                self.skip_noise()
                if self.at("sym", "+") or self.at("sym", "-"):
                    op = self.next().value
                    self.skip_noise()
                    if self.at_dots():
                        if dots is not None:
                            raise self.fail("a second ellipsis in one sum")
                        if op != "+":
                            raise self.fail("an ellipsis after a minus sign")
                        dots, dots_at = self.tok, len(terms)
                        self.skip_dots()
                        self.skip_noise()
                        if not self.at("sym", "+") and not self.at("sym", "-"):
                            raise NotRead("an ellipsis with no last term", dots.offset)
                        continue
                    start = self.pos
                    right = self.term()
                    terms.append((op, start, self.pos))
                    left = _Piece(f"{left.text} {op} {right.text}")
                elif self.at("cmd", "pm"):
                    raise self.fail("\\pm is not one value")
                elif self.at("cmd", "over"):
                    plain = False
                    self.next()
                    right = self.expression()
                    left = _Piece(f"({left.text})/({right.text})")
                else:
                    if dots is None:
                        return left
                    if not plain:
                        raise NotRead("an ellipsis in a sum with \\over or \\cancel", dots.offset)
                    return self.dots_sum(terms, dots_at, dots)

    def at_dots(self) -> bool:
        """Is an ellipsis next: \\dots, \\cdots, \\ldots or three full stops?"""
        if self.tok.kind == "cmd" and self.tok.value in ("dots", "cdots", "ldots", "dotsb"):
            return True
        return all(self.peek(k).kind == "sym" and self.peek(k).value == "." for k in range(3))

    def skip_dots(self) -> None:
        if self.tok.kind == "cmd":
            self.next()
            return
        while self.at("sym", "."):
            self.next()

    def dots_sum(self, terms: list[tuple[str, int, int]], before: int, dots: Token) -> _Piece:
        """a_0 + a_1 + \\dots + a_n: the finite Sum the written terms determine (see
        :mod:`verifier.posts.ellipsis`), or not read."""
        from verifier.posts.ellipsis import NotDots, read_dots

        def signed(op: str, piece: _Piece) -> str:
            return piece.text if op == "+" else f"-({piece.text})"

        written = [signed(op, self.sub_parse((a, b))) for op, a, b in terms]
        templates = [signed(op, self.sub_parse((a, b), bare=True)) for op, a, b in terms[:before]]
        # a_0 + a_1 + ... + a_n: the position is the subscript; a_k is the k-th of a family.
        numbered = {
            m.group(1) for t in templates for m in re.finditer(r"\b([A-Za-z][A-Za-z0-9]*)_\d+\b", t)
        }
        if numbered:
            pattern = re.compile(rf"\b({'|'.join(sorted(numbered))})_(\d+|[A-Za-z])\b(?!\()")
            templates = [pattern.sub(r"\1_at(\2)", t) for t in templates]
            written = [pattern.sub(r"\1_at(\2)", t) for t in written]
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", " ".join(written)))
        index = next((c for c in ("k", "j", "i", "m", "r", "q") if c not in words), None)
        if index is None:
            raise NotRead("an ellipsis whose terms use every name of an index", dots.offset)
        try:
            reading = read_dots(templates, written[before:], index)
        except NotDots as exc:
            raise NotRead(str(exc), dots.offset) from None
        self.names.counts.update(reading.bounds)
        self.symbols.update(reading.bounds)
        for family in set(re.findall(r"\b([A-Za-z][A-Za-z0-9]*_at)\(", reading.text)):
            self.functions.add(family)
            self.names.families.add(family)
        for word in set(re.findall(r"\b[A-Za-z_][A-Za-z0-9_]*\b(?!\()", reading.text)) - {index}:
            if word not in ("Sum", "E", "pi", "oo"):
                self.symbols.add(word)
        if reading.note not in self.notes:
            self.notes.append(reading.note)
        return _Piece(f"({reading.text})")

    def term(self) -> _Piece:
        """Products: explicit (\\cdot, \\times, *, /) and by juxtaposition."""
        with self.nest():
            left = self.bare(self.unary())
            while True:
                if self.cancelled_terms():
                    return left
                self.skip_noise()
                tok = self.tok
                if (tok.kind == "cmd" and tok.value in ("cdot", "times", "ast")) or (
                    tok.kind == "sym" and tok.value == "*"
                ):
                    self.next()
                    right = self.unary()
                    left = _Piece(f"{left.text}*{right.text}")
                elif tok.kind == "sym" and tok.value == "/":
                    self.next()
                    right = self.unary()
                    left = _Piece(f"{left.text}/({right.text})")
                elif self.starts_factor():
                    right = self.bare(self.power())
                    left = _Piece(f"{left.text}*{right.text}")
                else:
                    return left

    def bare(self, factor: _Piece) -> _Piece:
        """h as (h)**(1) in the term an ellipsis generalises (see sub_parse)."""
        if factor.kind == "name" and self.nesting == self.bare_level:
            return _Piece(f"({factor.text})**(1)")
        return factor

    def operand(self, what: str, *, through_functions: bool) -> _Piece:
        """The operand of an operator written before it without parentheses
        (\\frac{d}{dx} 3x^2, \\sin 2x): every factor written next to it, up to a sign,
        a relation or another function. A product by \\cdot, \\times or / right after
        it is ambiguous (does the operator reach over it?), so it is not read."""
        body = self.power()
        while self.starts_factor() and (through_functions or not self.at_function()):
            right = self.power()
            body = _Piece(f"{body.text}*{right.text}")
        self.skip_noise()
        tok = self.tok
        if (tok.kind == "cmd" and tok.value in ("cdot", "times")) or (
            tok.kind == "sym" and tok.value in ("*", "/")
        ):
            raise self.fail(f"{what} before a product: write {what}(...) with parentheses")
        return body

    def at_function(self) -> bool:
        """Is the next token a function (\\sin, \\exp, \\frac...) starting a factor of its own?"""
        tok = self.tok
        return tok.kind == "cmd" and (
            tok.value in ELEMENTARY or tok.value in ("frac", "dfrac", "tfrac")
        )

    def starts_factor(self) -> bool:
        tok = self.tok
        if tok.kind in ("letter", "num"):
            return True
        if tok.kind == "sym":
            return tok.value in ("(", "[", "{")
        if tok.kind == "cmd":
            return (
                tok.value
                not in (
                    "cdot",
                    "times",
                    "over",
                    "pm",
                    "to",
                    "rightarrow",
                    "neq",
                    "le",
                    "leq",
                    "ge",
                    "geq",
                    "right",
                    "}",
                    "\\",
                    "quad",
                    "qquad",
                    "end",
                    "Rightarrow",
                    "implies",
                )
                and tok.value not in IGNORED
            )
        return False

    def unary(self) -> _Piece:
        self.skip_noise()
        if self.at("sym", "-"):
            self.next()
            operand = self.unary()
            return _Piece(f"-({operand.text})")
        if self.at("sym", "+"):
            self.next()
            return self.unary()
        return self.power()

    def power(self) -> _Piece:
        """An atom with its primes, subscripts and exponents."""
        with self.nest():
            base = self.atom()
            while True:
                if self.at("sym", "^"):
                    self.next()
                    if self.at("cmd", "prime") or self.prime_group():
                        base = self.prime(base)
                        continue
                    if self.at("cmd", "top") or self.at("cmd", "T"):
                        raise self.fail("a transpose (^\\top) is not a scalar operation")
                    index = self.sample_index()
                    if index is not None and base.kind == "name":
                        # x^{(i)}: the i-th sample, a name of its own, not a power;
                        # inside a sum over i, the i-th of a family (as x_i is).
                        sample = ident(f"{base.name}_{index}")
                        indexed = self.indexed(sample)
                        base = indexed or self.apply_or_variable(sample, self.tok)
                        continue
                    exponent = self.argument(allow_sign=True)
                    if base.text == "E":
                        base = _Piece(f"exp({exponent.text})")
                    else:
                        base = _Piece(f"({base.text})**({exponent.text})")
                elif self.at("sym", "'"):
                    self.next()
                    base = self.prime(base)
                elif self.at("sym", "!") and not (
                    self.peek().kind == "sym" and self.peek().value == "="
                ):
                    self.next()
                    base = _Piece(f"factorial({base.text})")
                else:
                    return base

    def sample_index(self) -> str | None:
        """^{(i)} (after the '^'): the letter i, consumed; else None, nothing consumed."""
        toks = [self.peek(k) for k in range(5)]
        if [t.value for t in (toks[0], toks[1], toks[3], toks[4])] == ["{", "(", ")", "}"] and toks[
            2
        ].kind == "letter":
            for _ in range(5):
                self.next()
            return toks[2].value
        return None

    def prime_group(self) -> bool:
        """^{\\prime}"""
        if (
            self.at("sym", "{")
            and self.peek().kind == "cmd"
            and self.peek().value == "prime"
            and self.peek(2).kind == "sym"
            and self.peek(2).value == "}"
        ):
            self.next()
            self.next()
            return True
        return False

    def prime(self, base: _Piece) -> _Piece:
        if self.at("cmd", "prime"):
            self.next()
        if self.at("sym", "}"):
            self.next()
        if base.kind == "func":
            # f'(x): the derivative of f at the argument.
            args = self.call_args()
            if len(args) != 1:
                raise self.fail(f"{base.name}' with {len(args)} arguments")
            arg = args[0]
            if arg.kind == "name":
                return _Piece(f"Derivative({base.name}({arg.text}), {arg.text})")
            t = "t_"
            self.symbols.add(t)
            return _Piece(f"Subs(Derivative({base.name}({t}), {t}), {t}, {arg.text})")
        if base.kind == "funcprime":
            raise self.fail("a second derivative written with primes")
        if base.kind == "name":
            if self.variable is None or base.name == self.variable:
                raise NotRead(
                    f"{base.name}' (the derivative of a variable: in what?)", self.tok.offset
                )
            # y' in a post about x: dy/dx, read as the fraction is (a y the post never
            # defines in terms of x is then refused as an implicit dependence).
            self.differentiated.add(base.name)
            self.names.differentiated.add(base.name)
            self.names.arguments.add(self.variable)
            self.symbols.add(self.variable)
            return _Piece(f"Derivative({base.name}, {self.variable})")
        if base.kind == "paren" and self.at("sym", "("):
            # (fg)'(x): the derivative of the product of the functions f and g, at x.
            args = self.call_args()
            if len(args) != 1 or args[0].kind != "name":
                raise self.fail("(...)'(a) at something that is not a variable")
            arg = args[0].text
            applied = re.sub(
                r"\b([A-Za-z_][A-Za-z0-9_]*)\b(?!\()",
                lambda m: (
                    f"{m.group(1)}({arg})" if self.names.is_function(m.group(1)) else m.group(1)
                ),
                base.text,
            )
            self.names.arguments.add(arg)
            return _Piece(f"Derivative({applied}, {arg})")
        # (expression)': in the post's variable.
        if self.variable is None:
            raise self.fail("(...)' in a post whose variable is not clear")
        self.differentiated.add(self.variable)
        return _Piece(f"Derivative({base.text}, {self.variable})")

    def argument(self, allow_sign: bool = False) -> _Piece:
        """One TeX argument: a {group}, one token, or (for ^) a sign and a token (e^-x)."""
        self.skip_noise()
        if self.at("sym", "{"):
            self.next()
            piece = self.expression()
            self.skip_noise()
            self.expect("sym", "}")
            return _Piece(piece.text, piece.kind, piece.name)
        if allow_sign and self.at("sym", "-"):
            self.next()
            inner = self.argument()
            return _Piece(f"-({inner.text})")
        tok = self.tok
        if tok.kind == "num":
            self.next()
            # x^23 is x^2 * 3 in TeX; posts mean x^{23} rarely: TeX's reading it is.
            return _Piece(self.number(tok.value[0], tok), "num")
        if tok.kind == "letter":
            self.next()
            return self.variable_piece(tok.value)
        if tok.kind == "cmd":
            return self.atom()
        raise self.fail(f"cannot read {self.describe(tok)} as an argument")

    def number(self, text: str, tok: Token) -> str:
        if len(text.replace(".", "")) > MAX_DIGITS:
            raise NotRead(f"a number with more than {MAX_DIGITS} digits", tok.offset)
        if text.endswith("."):
            text = text[:-1]
        if text.startswith("."):
            text = "0" + text
        return text

    def variable_piece(self, name: str) -> _Piece:
        name = ident(name)
        self.symbols.add(name)
        return _Piece(name, "name", name)

    # -- atoms -------------------------------------------------------------------
    def atom(self) -> _Piece:
        self.skip_noise()
        tok = self.tok
        if tok.kind == "num":
            self.next()
            piece = _Piece(self.number(tok.value, tok), "num")
            return self.indicator() if piece.text == "1" and self.at("cmd", "{") else piece
        if tok.kind == "letter":
            return self.name()
        if tok.kind == "sym":
            if tok.value in ("(", "["):
                return self.paren()
            if tok.value == "{":
                operator = self.over_derivative()
                if operator is not None:
                    return operator
                self.next()
                piece = self.expression()
                self.skip_noise()
                self.expect("sym", "}")
                return _Piece(f"({piece.text})", piece.kind, piece.name)
            raise self.fail(f"cannot read {self.describe(tok)} here")
        if tok.kind == "cmd":
            return self.command()
        raise self.fail("the formula ends too early")

    def indicator(self) -> _Piece:
        """1\\{a = b\\} (after the 1): 1 when a = b, else 0. Written 1 - sign(|a - b|), which
        is exactly that for every real a and b; any other condition is not read."""
        opening = self.next()
        start = self.pos
        depth = 0
        while True:
            t = self.tok
            if t.kind == "end":
                raise NotRead("an unclosed '\\{'", opening.offset)
            if t.kind == "cmd" and t.value == "{":
                depth += 1
            elif t.kind == "cmd" and t.value == "}":
                if depth == 0:
                    break
                depth -= 1
            self.next()
        end = self.pos
        self.next()
        signs = [
            k
            for k in range(start, end)
            if self.tokens[k].kind == "sym" and self.tokens[k].value == "="
        ]
        others = [
            t
            for t in self.tokens[start:end]
            if (t.kind == "sym" and t.value in "<>!")
            or (t.kind == "cmd" and t.value in ("neq", "ne", "not", "le", "leq", "ge", "geq", "in"))
        ]
        if len(signs) != 1 or others:
            raise NotRead("an indicator of a condition other than a = b", opening.offset)
        left = self.sub_parse((start, signs[0]))
        right = self.sub_parse((signs[0] + 1, end))
        # k and i of 1{k = i} are indices: whole numbers, also in a counterexample.
        self.names.integers.update(p.name for p in (left, right) if p.kind == "name")
        return _Piece(f"(1 - sign(Abs(({left.text}) - ({right.text}))))")

    def over_derivative(self) -> _Piece | None:
        """{d \\over dx} F and {\\partial E \\over \\partial u_{11}}: derivatives written
        with \\over. None (nothing consumed) for any other group."""
        start = self.pos
        depth = 0
        over = None
        k = start
        while True:
            t = self.tokens[k]
            if t.kind == "end":
                return None
            if t.kind == "sym" and t.value == "{":
                depth += 1
            elif t.kind == "sym" and t.value == "}":
                depth -= 1
                if depth == 0:
                    break
            elif t.kind == "cmd" and t.value == "over" and depth == 1:
                over = k
            k += 1
        if over is None:
            return None
        num, den = (start + 1, over), (over + 1, k)
        if self._d_prefix(num) is None or self._d_prefix(den) is None:
            return None
        self.pos = k + 1
        piece = self.derivative_fraction(num, den)
        if piece is None:
            self.pos = start
        return piece

    def paren(self) -> _Piece:
        opener = self.next().value
        closer = ")" if opener == "(" else "]"
        piece = self.expression()
        self.skip_noise()
        if self.at("sym", ")") or self.at("sym", "]"):
            self.next()
        else:
            raise self.fail(f"expected {closer!r}, found {self.describe(self.tok)}")
        return _Piece(f"({piece.text})", "paren" if piece.kind != "num" else "num")

    def call_args(self) -> list[_Piece]:
        self.skip_noise()
        if not (self.at("sym", "(") or self.at("sym", "[")):
            raise self.fail("expected '(' after a function name")
        self.next()
        args = [self.expression()]
        self.skip_noise()
        while self.at("sym", ","):
            self.next()
            args.append(self.expression())
            self.skip_noise()
        if self.at("sym", ")") or self.at("sym", "]"):
            self.next()
        else:
            raise self.fail(f"expected ')', found {self.describe(self.tok)}")
        return args

    def read_name(self) -> str:
        """A letter (or letters joined into a word, or a Greek command), with subscripts
        and trailing digits: w_{21}, E_{total}, out_{h1}, w5, \\Delta x."""
        tok = self.next()
        if tok.kind == "cmd":
            name = tok.value
            if name == "Delta" and self.tok.kind == "letter":
                name = "Delta_" + self.next().value
            elif name == "Delta" and self.at("sym", "{") and self.peek().kind == "letter":
                self.next()
                name = "Delta_" + self.next().value
                self.expect("sym", "}")
        else:
            name = tok.value
            # A run of letters directly followed by '_' or a digit is one name (out_{h1}, w5).
            run = [tok]
            while self.tok.kind == "letter" and self.tok.offset == run[-1].offset + 1:
                run.append(self.tokens[self.pos])
                self.pos += 1
            follow = self.tok
            joined = follow.offset == run[-1].offset + 1 and (
                (follow.kind == "sym" and follow.value == "_") or follow.kind == "num"
            )
            if len(run) > 1 and not joined:
                # Not one name: put the letters back, read the first alone.
                self.pos -= len(run) - 1
            else:
                name = "".join(t.value for t in run)
            if follow.kind == "num" and joined and "." not in follow.value:
                name += self.next().value
        if (self.at("sym", "^") and self.peek().value == "*") or (
            self.at("sym", "^") and [self.peek(k).value for k in (1, 2, 3)] == ["{", "*", "}"]
        ):
            # t^*_1: a starred name (a target), not a power.
            self.pos += 2 if self.peek().value == "*" else 4
            name = f"{name}_star"
        if self.at("sym", "_"):
            self.next()
            sub = self.subscript_text()
            name = f"{name}_{sub}"
        return self.names.aliases.get(name, name)

    def subscript_text(self) -> str:
        self.skip_noise()
        if self.at("sym", "{"):
            start, end = self.group_tokens()
            parts = []
            for t in self.tokens[start:end]:
                if t.kind in ("letter", "num"):
                    parts.append(t.value.replace(".", "_"))
                elif t.kind == "cmd" and t.value in GREEK:
                    parts.append(t.value)
                elif t.kind == "cmd" and t.value in TRANSPARENT | {"text"}:
                    continue
                elif t.kind == "sym" and t.value in "{},":
                    if t.value == ",":
                        parts.append("_")
                    continue
                else:
                    raise NotRead("a subscript that is not a plain index", t.offset)
            if not parts:
                raise self.fail("an empty subscript")
            return "".join(parts)
        tok = self.next()
        if tok.kind in ("letter", "num"):
            return tok.value
        if tok.kind == "cmd" and tok.value in GREEK:
            return tok.value
        raise NotRead("a subscript that is not a plain index", tok.offset)

    def name(self) -> _Piece:
        # Words: \log written as letters (log(x), siny), and word functions (softmax(x)).
        word = self.letter_word()
        if word is not None:
            return word
        start = self.tok
        name = ident(self.read_name())
        if name == "e" and not self.names.is_function("e"):
            return _Piece("E", "num")
        indexed = self.indexed(name) or self.member(name)
        if indexed is not None:
            return indexed
        return self.apply_or_variable(name, start)

    def indexed(self, name: str) -> _Piece | None:
        """y_k inside a sum over k is the k-th term of a family: y_at(k), an unknown
        function of the index (a name y_k would be the same for every k)."""
        base, _, sub = name.rpartition("_")
        if not base or sub not in self.indices:
            return None
        family = ident(f"{base}_at")
        self.functions.add(family)
        self.names.families.add(family)
        return _Piece(f"{family}({sub})")

    def member(self, name: str) -> _Piece | None:
        """t_i outside a sum, in a chain that sums the family t_k: its i-th term t_at(i)."""
        base, _, sub = name.rpartition("_")
        family = ident(f"{base}_at")
        if (
            not base
            or len(sub) != 1
            or not sub.isalpha()
            or family not in self.hints.families
            or name in self.hints.excluded
            or self.at("sym", "(")
            or self.names.recording
        ):
            return None
        self.functions.add(family)
        self.symbols.add(sub)
        self.member_indices.add(sub)
        note = f"{name} read as {family}({sub}), the {sub}-th of the family its chain sums"
        if note not in self.notes:
            self.notes.append(note)
        return _Piece(f"{family}({sub})")

    def letter_word(self) -> _Piece | None:
        run = []
        k = self.pos
        while self.tokens[k].kind == "letter" and (
            not run or self.tokens[k].offset == run[-1].offset + 1
        ):
            run.append(self.tokens[k])
            k += 1
        text = "".join(t.value for t in run)
        after = self.tokens[k]
        if text in EXTREMA and after.kind == "sym" and after.value == "(":
            self.pos = k
            return self.extremum(EXTREMA[text])
        called = after.kind == "sym" and after.value == "(" and after.offset == run[-1].offset + 1
        for word in sorted(WORDS, key=len, reverse=True):
            if called and text.startswith(word) and len(text) - len(word) >= 3:
                # logsumexp(X): a function named by the whole word, not log(sumexp(X)).
                break
            if text.startswith(word) and (len(text) > len(word) or after.value in ("(", "[", "^")):
                self.pos += len(word)
                return self.elementary(WORDS[word])
        if (
            (len(text) >= 3 or (len(text) == 2 and text.isupper()))
            and after.kind == "sym"
            and after.value in ("(", "'")
            and after.offset == run[-1].offset + 1
            and (after.value == "(" or self._primed_call(k))
        ):
            # softmax(x), and an acronym SC(x_1), SC'(x): one name (S times C(x_1) would
            # be a product no post means).
            self.pos = k
            fname = ident(text)
            self.names.word_functions.add(fname)
            return self.apply_or_variable(fname, run[0], word=True)
        return None

    def _primed_call(self, k: int) -> bool:
        """Is token k a prime (or primes) followed by '(' (SC'(x))?"""
        while self.tokens[k].kind == "sym" and self.tokens[k].value == "'":
            k += 1
        return self.tokens[k].kind == "sym" and self.tokens[k].value == "("

    def apply_or_variable(self, name: str, start: Token, word: bool = False) -> _Piece:
        followed = self.at("sym", "(") or (self.at("cmd", "left") and self.peek().value == "(")
        primed = self.at("sym", "'") or (
            self.at("sym", "^") and (self.peek().value == "prime" or self.peek(2).value == "prime")
        )
        if primed and (word or self.names.is_function(name)):
            self.functions.add(name)
            return _Piece(name, "func", name)
        if (
            not followed
            and not self.names.recording
            and self.value_of_alone
            and name in self.names.defined_params
            and self.names.is_function(name)
        ):
            # y_i alone, y_i(z_i) defined by the post: its value at z_i.
            params = self.names.defined_params[name]
            self.functions.add(name)
            self.symbols.update(params)
            self.names.notes.add(f"{name} alone read as {name}({', '.join(params)})")
            return _Piece(f"{name}({', '.join(params)})")
        if followed:
            if self.names.recording:
                self.names.functions.add(name)
            if name == "softmax" and word:
                standard = self.softmax()
                if standard is not None:
                    return standard
            if word or self.names.is_function(name):
                self.functions.add(name)
                args = self.call_args()
                return _Piece(f"{name}({', '.join(a.text for a in args)})")
            # Not a call: a variable times the parenthesis that follows.
            self.juxtaposed.add(name)
        elif self.names.recording:
            self.names.variables.add(name)
        self.symbols.add(name)
        return _Piece(name, "name", name)

    def softmax(self) -> _Piece | None:
        """softmax(x_j), softmax not defined by the post: the standard one, the j-th of
        exp(x_i) / sum_{i=1}^{n} exp(x_i) over the family x (n the bound of the chain's
        sum, else a count of its own). None, nothing consumed, for any other argument."""
        if self.names.recording or "softmax" in self.names.defined_functions:
            return None
        start = self.pos
        args = self.call_args()
        member = re.fullmatch(r"([A-Za-z][A-Za-z0-9]*)(?:_at\(([a-z])\)|_([a-z]))", args[0].text)
        if len(args) != 1 or member is None:
            self.pos = start
            return None
        base, sub = member.group(1), member.group(2) or member.group(3)
        count = self.hints.count
        if count is None:
            taken = self.names.variables | self.names.functions
            count = "n" if "n" in self.names.counts or "n" not in taken else "N_softmax"
        index = next(c for c in "ikml" if c not in (sub, count))
        family = ident(f"{base}_at")
        self.functions.add(family)
        self.names.families.add(family)
        self.names.counts.add(count)
        self.symbols.update((sub, count))
        self.member_indices.add(sub)
        note = (
            f"softmax({base}_{sub}) read as the standard softmax "
            f"exp({base}_{sub})/Sum(exp({base}_{index}), ({index}, 1, {count})), "
            f"{base}_{sub} the {sub}-th of the family {base}: the post does not define it"
        )
        if note not in self.notes:
            self.notes.append(note)
        return _Piece(f"(exp({family}({sub}))/Sum(exp({family}({index})), ({index}, 1, {count})))")

    def extremum(self, fname: str) -> _Piece:
        """max(0, z), \\max(a, b): the larger (smaller) of two or more values."""
        args = self.call_args()
        if len(args) < 2:
            raise self.fail(f"{fname} of fewer than two values")
        return _Piece(f"{fname}({', '.join(a.text for a in args)})")

    def elementary(self, fname: str) -> _Piece:
        """\\sin x, \\log(x), \\ln (n+1) ^ {1/n}, \\exp(-x), \\sin^2 y."""
        self.skip_noise()
        power = None
        if self.at("sym", "^"):
            self.next()
            power = self.argument(allow_sign=True)
            if power.text in ("-(1)", "-1") and fname in ("sin", "cos", "tan"):
                # \sin^{-1} x is the inverse function, not 1/sin(x).
                fname, power = f"a{fname}", None
            elif power.text in ("-(1)", "-1"):
                # \sinh^{-1} x is the inverse too; 1/sinh(x) would be a misreading.
                raise self.fail(f"\\{fname}^{{-1}} (an inverse function)")
        self.skip_noise()
        if self.at("sym", "_"):
            raise self.fail(f"\\{fname} with a base")
        if self.at("sym", "(") or self.at("sym", "["):
            args = self.call_args()
            if len(args) != 1:
                raise self.fail(f"{fname} takes one argument")
            arg = args[0]
        elif self.at("sym", "{"):
            arg = self.argument()
        else:
            # \sin x, \log y_k, \sin 2x: the argument runs over the factors written
            # next to it (\sin 2x is sin(2x), never sin(2)*x).
            arg = self.operand(f"\\{fname}", through_functions=False)
        body = f"{fname}({arg.text})"
        if power is not None:
            return _Piece(f"({body})**({power.text})")
        return _Piece(body)

    def command(self) -> _Piece:
        tok = self.tok
        name = tok.value
        if name in DECORATIONS:
            # \hat{y1}, \bar x: a name of its own.
            self.next()
            start, end = self.group_or_token()
            inner = [t for t in self.tokens[start:end] if t.kind in ("letter", "num", "cmd")]
            if not inner or any(t.kind == "cmd" and t.value not in GREEK for t in inner):
                raise NotRead(f"\\{name} over something that is not a name", tok.offset)
            base = ident(f"{name}_" + "".join(t.value for t in inner))
            return self.apply_or_variable(base, tok)
        if name in ("frac", "dfrac", "tfrac"):
            self.next()
            return self.fraction()
        if name in EXTREMA:
            self.next()
            self.skip_noise()
            return self.extremum(EXTREMA[name])
        if name in ELEMENTARY:
            self.next()
            return self.elementary(ELEMENTARY[name])
        if name in ("sigma", "phi") or name in GREEK or name == "Delta":
            return self.greek()
        if name == "sqrt":
            self.next()
            if self.at("sym", "["):
                raise self.fail("a root other than the square root")
            arg = self.argument()
            return _Piece(f"sqrt({arg.text})")
        if name == "lim":
            self.next()
            return self.limit()
        if name == "sum":
            self.next()
            return self.sum()
        if name == "binom":
            self.next()
            n = self.argument()
            k = self.argument()
            return _Piece(
                f"factorial({n.text})/(factorial({k.text})*factorial({n.text} - ({k.text})))"
            )
        if name in ("mathrm", "mathit") and self.word_group():
            # \mathrm{softmax}(x) is a word, as \operatorname{softmax}(x) is; not the
            # product s*o*f*t*m*a*x(x).
            return self.word_atom(tok)
        if name in TRANSPARENT:
            self.next()
            inner = self.argument()
            if inner.text == "1" and self.at("cmd", "{"):
                return self.indicator()  # \mathbb{1}\{k = i\}
            return inner
        if name in ("underbrace", "overbrace", "underset", "overset"):
            # \underbrace{X}_{note}: X; the note is prose.
            self.next()
            if name in ("underset", "overset"):
                self.group_or_token()
            inner = self.argument()
            if self.at("sym", "_") or self.at("sym", "^"):
                self.next()
                self.group_or_token()
            return _Piece(f"({inner.text})")
        if name == "textcolor":
            self.next()
            self.group_or_token()
            return self.atom()
        if name in ("text", "textrm", "textit", "mbox", "operatorname"):
            return self.word_atom(tok)
        if name == "pi":
            self.next()
            return _Piece("pi", "num")
        if name == "infty":
            self.next()
            return _Piece("oo", "num")
        if name == "left":
            self.next()
            return self.atom()
        if name in ("{", "lbrace"):
            raise self.fail("a set or indicator \\{...\\}")
        if name == "cancel":
            self.next()
            return self.atom()
        if name == "partial":
            raise self.fail("\\partial outside a fraction")
        if name in ("dots", "cdots", "ldots", "vdots"):
            raise self.fail("an ellipsis (\\dots)")
        if name in MACROS:
            raise self.fail(
                f"the command \\{name}: macros and file inclusion are never expanded or run"
            )
        raise self.fail(f"the command \\{name}")

    def word_group(self) -> bool:
        """Is the command at hand followed by {word}, two letters or more?"""
        if not (self.peek(1).kind == "sym" and self.peek(1).value == "{"):
            return False
        k = 2
        while self.peek(k).kind == "letter":
            k += 1
        return k > 3 and self.peek(k).kind == "sym" and self.peek(k).value == "}"

    def word_atom(self, tok: Token) -> _Piece:
        """\\text{word}, \\operatorname{word}, \\mathrm{word}: a named function or value."""
        self.next()
        start, end = self.group_tokens()
        word = "".join(t.value for t in self.tokens[start:end])
        if word in WORDS:
            return self.elementary(WORDS[word])
        if word in STANDARD_UNREAD:
            # \operatorname{sech}(x) = 7x would otherwise "define" sech: a function whose
            # meaning is fixed is not the post's to define, and the reader lacks it.
            raise NotRead(f"\\operatorname{{{word}}}, a function this reader lacks", tok.offset)
        if word.isalpha() and self.at("sym", "("):
            # \text{Cost}(h, y): a function named by a word.
            fname = ident(word)
            self.names.word_functions.add(fname)
            return self.apply_or_variable(fname, tok, word=True)
        raise NotRead(f"words in the formula (\\text{{{word}}})", tok.offset)

    def greek(self) -> _Piece:
        start = self.tok
        name = ident(self.read_name())
        return self.apply_or_variable(name, start)

    def fraction(self) -> _Piece:
        num_range = self.group_or_token()
        den_range = self.group_or_token()
        derivative = self.derivative_fraction(num_range, den_range)
        if derivative is not None:
            return derivative
        num = self.sub_parse(num_range)
        den = self.sub_parse(den_range)
        return _Piece(f"({num.text})/({den.text})")

    def group_or_token(self) -> tuple[int, int]:
        self.skip_noise()
        if self.at("sym", "{"):
            return self.group_tokens()
        start = self.pos
        self.next()
        return start, self.pos

    def sub_parse(self, span: tuple[int, int], bare: bool = False) -> _Piece:
        """The expression of a token range. ``bare``: each factor that is a name alone
        is written as its first power (h as h**1), for the general term of an ellipsis."""
        start, end = span
        saved_tokens, saved_pos, saved_level = self.tokens, self.pos, self.bare_level
        self.tokens = [*saved_tokens[start:end], Token("end", "", saved_tokens[end].offset)]
        self.pos = 0
        if bare:
            # The factors of the term itself: inside sub_parse's expression and term.
            self.bare_level = self.nesting + 2
        try:
            piece = self.expression()
            self.skip_noise()
            if not self.at("end"):
                raise self.fail(f"cannot read {self.describe(self.tok)} here")
        finally:
            self.tokens, self.pos, self.bare_level = saved_tokens, saved_pos, saved_level
        return piece

    def _d_prefix(self, span: tuple[int, int]) -> tuple[str, int] | None:
        """Does the token range start with d, \\mathrm{d}, \\partial? Returns (kind, next index)."""
        start, end = span
        toks = self.tokens
        if start >= end:
            return None
        t = toks[start]
        if t.kind == "cmd" and t.value == "partial":
            return "partial", start + 1
        if t.kind == "letter" and t.value == "d":
            return "d", start + 1
        if (
            t.kind == "cmd"
            and t.value == "mathrm"
            and start + 3 <= end
            and toks[start + 1].value == "{"
            and toks[start + 2].value == "d"
            and toks[start + 3].value == "}"
        ):
            return "d", start + 4
        return None

    def derivative_fraction(self, num: tuple[int, int], den: tuple[int, int]) -> _Piece | None:
        """\\frac{d}{dx} F, \\frac{dy}{dx}, \\frac{\\partial L}{\\partial w}, \\frac{d^2}{dx^2}."""
        saved = self.value_of_alone
        self.value_of_alone = False
        try:
            return self._derivative_fraction(num, den)
        finally:
            self.value_of_alone = saved

    def _derivative_fraction(self, num: tuple[int, int], den: tuple[int, int]) -> _Piece | None:
        top = self._d_prefix(num)
        bottom = self._d_prefix(den)
        if top is None or bottom is None:
            return None
        i = top[1]
        if i < num[1] and self.tokens[i].value == "^":
            raise NotRead("a higher derivative", self.tokens[i].offset)
        # The variable: the rest of the denominator.
        var_tokens = self.tokens[bottom[1] : den[1]]
        if not var_tokens:
            return None
        var = self.sub_parse((bottom[1], den[1]))
        if var.kind != "name":
            if var.text.startswith("("):
                raise NotRead(
                    "a derivative in something that is not a variable",
                    self.tokens[bottom[1]].offset,
                )
            return None
        if var.name in self.names.defined_functions:
            # d/dh (log h(x_i)) dh/dtheta: the chain rule written out; the derivative in
            # the value of h reaches over its parenthesis only, never over dh/dtheta.
            self.skip_noise()
            if i < num[1]:
                body = self.sub_parse((i, num[1]))
            elif self.at("sym", "(") or self.at("sym", "["):
                body = self.power()
            else:
                raise NotRead(
                    f"a derivative in the value of {var.name} before no parenthesis",
                    self.tok.offset,
                )
            return self.derivative_in_value(body, var.name, self.tokens[bottom[1]].offset)
        # \frac{dy}{dx}, or \frac{d}{dx} F: F is the next factor (with its powers).
        body = (
            self.sub_parse((i, num[1]))
            if i < num[1]
            else self.operand("\\frac{d}{dx}", through_functions=True)
        )
        if (
            body.kind == "name"
            and body.name in self.names.defined_functions
            and self.variable is not None
            and self.variable != var.name
        ):
            # \partial h_\theta / \partial \theta_0 with h_\theta(x) defined by the post:
            # the function alone stands for its value at the post's variable.
            # (At the one argument the formula applies it to, when it applies it to one:
            # d/dtheta log(h(x_i)) = ... dh/dtheta means h at x_i; see run.)
            self.symbols.discard(body.name)
            self.functions.add(body.name)
            self.alone.add(body.name)
            body = _Piece(f"{body.name}({ALONE})")
        if body.kind == "name" and body.name != var.name and i < num[1]:
            # dy/dx written as a fraction: y depends on x (unless the post defines y,
            # it is not a constant). d/dx t applied to a name alone: t is a constant.
            self.differentiated.add(body.name)
        if i < num[1]:
            # d log y_k / dz_i: every family in the numerator depends on the variable.
            if body.name:
                self.names.differentiated.add(body.name)
            self.names.differentiated.update(
                re.findall(r"\b([A-Za-z][A-Za-z0-9_]*_at)\(", body.text)
            )
        self.names.arguments.add(var.name)
        return _Piece(f"Derivative({body.text}, {var.text})")

    def derivative_in_value(self, body: _Piece, fname: str, offset: int) -> _Piece:
        """d/dh log(h(x_i)), h a function the post defines: the derivative of the body in
        the value h(x_i), at that value: Subs(Derivative(log(u_), u_), u_, h(x_i)). Only
        when the body applies h to one argument and has no other use of it."""
        calls = _calls(body.text, fname)
        args = {arg for _, _, arg in calls}
        rest = body.text
        for start, end, _ in reversed(calls):
            rest = rest[:start] + VALUE + rest[end:]
        if len(args) != 1 or re.search(rf"\b{re.escape(fname)}\b", rest) or ALONE in rest:
            raise NotRead(f"a derivative in the value of {fname}, not applied once", offset)
        self.symbols.add(VALUE)
        (arg,) = args
        return _Piece(f"Subs(Derivative({rest}, {VALUE}), {VALUE}, {fname}({arg}))")

    def limit(self) -> _Piece:
        self.skip_noise()
        self.expect("sym", "_")
        start, end = self.group_tokens() if self.at("sym", "{") else (self.pos, self.pos + 1)
        if end == self.pos + 1 and start == self.pos:
            self.next()
        toks = self.tokens[start:end]
        arrow = next(
            (
                k
                for k, t in enumerate(toks)
                if t.kind == "cmd" and t.value in ("to", "rightarrow", "longrightarrow", "mapsto")
            ),
            None,
        )
        if arrow is None:
            raise NotRead("a limit without 'variable \\to point'", toks[0].offset if toks else 0)
        var = self.sub_parse((start, start + arrow))
        if var.kind != "name":
            raise NotRead("a limit in something that is not a variable", toks[0].offset)
        self.names.arguments.add(var.name)
        self.binders.add(var.name)
        point_range = (start + arrow + 1, end)
        direction = ""
        last = self.tokens[end - 1]
        if last.kind == "sym" and last.value == "^":
            raise NotRead("a one-sided limit", last.offset)
        point = self.sub_parse(point_range)
        self.skip_noise()
        self.bound.append(var.name)
        body = self.term()
        self.bound.pop()
        return _Piece(f"Limit({body.text}, {var.text}, {point.text}{direction})")

    def bare_sum_index(self) -> int | None:
        """The token of the one letter that subscripts the summand of a bare \\sum (read
        up to a sign, a relation or the end of its group), or None when there are none
        or several (\\sum x_i y_j): which one is summed over is then a guess."""
        depth = 0
        found: dict[str, int] = {}
        k = self.pos
        while True:
            t = self.tokens[k]
            if t.kind == "end":
                break
            if t.kind == "sym" and t.value in "{([":
                depth += 1
            elif t.kind == "sym" and t.value in "})]":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and (
                (t.kind == "sym" and t.value in "+-=<>")
                or (t.kind == "cmd" and t.value in ("sum", "\\", "quad", "qquad"))
            ):
                break
            if t.kind == "sym" and t.value == "_":
                nxt = self.tokens[k + 1]
                if nxt.kind == "letter":
                    found.setdefault(nxt.value, k + 1)
                elif nxt.kind == "sym" and nxt.value == "{":
                    inner = self.tokens[k + 2]
                    close = self.tokens[k + 3]
                    if inner.kind == "letter" and close.kind == "sym" and close.value == "}":
                        found.setdefault(inner.value, k + 2)
                    else:
                        return None
                else:
                    return None
            k += 1
        if len(found) != 1:
            return None
        return next(iter(found.values()))

    def sum(self) -> _Piece:
        self.skip_noise()
        if not self.at("sym", "_") and not self.at("sym", "^"):
            # \sum e^{x_j}: the index is the one letter the summand is subscripted by.
            letter = self.bare_sum_index()
            if letter is None:
                raise self.fail("a sum without its index and bounds")
            start, end = letter, letter + 1
            self.names.notes.add(
                f"a sum written without its index: over {self.tokens[letter].value}, "
                "the one index of its summand"
            )
        elif self.at("sym", "^"):
            raise self.fail("a sum without its index and bounds")
        else:
            self.next()
            if self.at("end"):
                raise self.fail("a sum without its index and bounds")
            start, end = self.group_tokens() if self.at("sym", "{") else (self.pos, self.pos + 1)
            if end == self.pos + 1 and start == self.pos:
                self.next()
        toks = self.tokens[start:end]
        eq = next((k for k, t in enumerate(toks) if t.kind == "sym" and t.value == "="), None)
        if eq is None:
            # \sum_i^n and \sum_k: the index runs from 1 (to n, or to a count the post
            # leaves unnamed, N_k); said in the report.
            index = self.sub_parse((start, end))
            if index.kind != "name":
                raise NotRead("a sum over something that is not an index", toks[0].offset)
            lower = _Piece("1", "num")
        else:
            index = self.sub_parse((start, start + eq))
            lower = self.sub_parse((start + eq + 1, end))
        self.names.arguments.add(index.name)
        self.skip_noise()
        if self.at("sym", "^"):
            self.next()
            upper = self.argument()
        elif eq is None:
            upper = _Piece(ident(f"N_{index.name}"), "name", ident(f"N_{index.name}"))
            self.names.notes.add(
                f"a sum over {index.name} with no range: {index.name} = 1..{upper.name}"
            )
        else:
            raise self.fail("a sum without an upper bound")
        if eq is None and upper.kind == "name":
            self.names.notes.add(f"a sum with no lower bound: {index.name} from 1")
        if upper.kind == "name":
            self.names.counts.add(upper.name)
            self.symbols.add(upper.name)
        self.skip_noise()
        self.indices.append(index.name)
        self.binders.add(index.name)
        try:
            body = self.term()
        finally:
            self.indices.pop()
        return _Piece(f"Sum({body.text}, ({index.text}, {lower.text}, {upper.text}))")

"""Text -> SymPy, safely: expressions in SymPy's printed syntax, never evaluated as Python.

An expression such as ``Limit((1/f(x + h) - 1/f(x))/h, h, 0)`` is read by
Python's own ``ast`` parser and then walked node by node. Only a whitelist of
node kinds (numbers, names, ``+ - * / **``, unary minus, calls of whitelisted
functions, tuples as ``Sum`` bounds) and a whitelist of names (elementary
functions, ``Derivative``, ``Limit``, ``Sum``, ``Subs``, declared symbols and
functions, ``[define]`` abbreviations) is accepted; everything else is an
:class:`~verifier.errors.InputError` naming what was refused. No text ever
reaches ``eval``, ``exec``, ``sympify`` or ``parse_expr``.

What people type is read as they mean it: ``x^2`` is a power (the text's
``^`` is read as ``**`` before parsing, so ``2*x^2 + 1`` keeps the usual
precedence), ``ln`` is ``log``, ``e`` is Euler's number unless the file
declares a symbol ``e``, ``x_i`` is one symbol, ``Derivative(f(x), (x, 2))``
is the second derivative. What stays unsupported is refused with the accepted
spelling (``diff(`` -> ``Derivative(``, ``x[i]`` -> ``x_i``).

Size limits keep hostile input cheap: the text length, the number of nodes,
the nesting depth, the digits of a literal and the size of numeric powers are
bounded, so ``9**9**9**9`` and 5000 nested parentheses are clear errors.

>>> import sympy
>>> x = sympy.Symbol("x", real=True)
>>> parse_expression("1/(1 + exp(-x))", Scope(symbols={"x": x}))
1/(1 + exp(-x))
"""

from __future__ import annotations

import ast
import contextlib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction

import sympy
from sympy.core.facts import InconsistentAssumptions

from verifier.errors import InputError
from verifier.proof.binders import (
    Dropped,
    audit,
    build,
    division_bases,
    note_cancelled,
    opaque_terms,
    open_domain,
    ranged_index,
    subs_at,
    substitute,
)
from verifier.proof.deadline import StepTimeout, run_with_deadline
from verifier.proof.signs import install as _install_certified_signs

# SymPy signs numbers by evalf(2) otherwise: see verifier.proof.signs.
_install_certified_signs()

MAX_TEXT = 4000
MAX_NODES = 1500
MAX_DEPTH = 64
MAX_LITERAL_DIGITS = 40
MAX_EXPONENT = 1000  # |e| of a numeric exponent, numerator and denominator
MAX_NUMBER_BITS = 4096  # a numeric power may not produce a number larger than this
MAX_FACTORIAL = 200
READ_SECONDS = 10.0  # for reading one expression

# Elementary functions by their SymPy names. Each maps to the SymPy class.
FUNCTIONS: Mapping[str, type] = {
    "exp": sympy.exp,
    "log": sympy.log,
    "ln": sympy.log,
    "sqrt": sympy.sqrt,  # a function, not a class; handled like one
    "sin": sympy.sin,
    "cos": sympy.cos,
    "tan": sympy.tan,
    "sinh": sympy.sinh,
    "cosh": sympy.cosh,
    "tanh": sympy.tanh,
    "asin": sympy.asin,
    "acos": sympy.acos,
    "atan": sympy.atan,
    "Abs": sympy.Abs,
    "sign": sympy.sign,
    "factorial": sympy.factorial,
    "binomial": sympy.binomial,
    "erf": sympy.erf,
    "Rational": sympy.Rational,
    "Min": sympy.Min,
    "Max": sympy.Max,
}
BINDERS = ("Derivative", "Limit", "Sum", "Subs")
CONSTANTS: Mapping[str, sympy.Expr] = {"pi": sympy.pi, "E": sympy.E, "oo": sympy.oo}
# Constants a file may still declare as its own symbol (then the name is the symbol).
SOFT_CONSTANTS: Mapping[str, sympy.Expr] = {"e": sympy.E}
# The spelling to use for calls people try that the reader does not take.
CALL_HINTS: Mapping[str, str] = {
    "diff": "use Derivative(expr, x) (or Derivative(expr, (x, 2)))",
    "Diff": "use Derivative(expr, x)",
    "limit": "use Limit(expr, h, 0) (or Limit(expr, h, 0, '+') for one side)",
    "summation": "use Sum(expr, (n, 0, oo))",
    "sum": "use Sum(expr, (n, 0, oo))",
    "exp1": "use exp(1) or E",
    "sec": "use 1/cos(x)",
    "arcsin": "use asin(x)",
    "arccos": "use acos(x)",
    "arctan": "use atan(x)",
    "sigmoid": 'define it under [define], e.g. "S(x)" = "1/(1 + exp(-x))"',
}
MAX_DERIVATIVE_ORDER = 4
LIMIT_DIRECTIONS = ("+", "-", "+-")

_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}


@dataclass(frozen=True)
class Define:
    """A ``[define]`` abbreviation: ``S(x) = 1/(1 + exp(-x))`` or ``c = 2*pi``."""

    name: str
    params: tuple[sympy.Symbol, ...]
    body: sympy.Expr
    head: sympy.Expr  # S(x) as an applied undefined function, or the Symbol c
    # The divisors SymPy cancelled as it read the body ((t - 1)/(t - 1) is read as 1):
    # D(1) is 0/0, though its body says 1 (checked where D is applied).
    cancelled: tuple[sympy.Expr, ...] = ()
    # What the body needs of its arguments to have a real value, erased as it was read
    # (sqrt(t)**2 is read as t): ("root", "sqrt", t) means t must not be negative everywhere.
    requires: tuple[tuple[str, str, sympy.Expr], ...] = ()

    def unfold(self, args: tuple[sympy.Expr, ...] = ()) -> sympy.Expr:
        return substitute(self.body, dict(zip(self.params, args, strict=True)))


@dataclass(frozen=True)
class Scope:
    """The names an expression may use."""

    symbols: Mapping[str, sympy.Symbol] = field(default_factory=dict)
    functions: Mapping[str, sympy.FunctionClass] = field(default_factory=dict)
    defines: Mapping[str, Define] = field(default_factory=dict)


def parse_expression(
    text: str,
    scope: Scope,
    *,
    file: str | None = None,
    line: int | None = None,
    evaluate: bool = True,
    dropped: list[Dropped] | None = None,
    cancelled: list[sympy.Expr] | None = None,
    requires: list[tuple[str, str, sympy.Expr]] | None = None,
) -> sympy.Expr:
    """Parse ``text`` into a SymPy expression using only the names in ``scope``.

    With ``evaluate=False`` the result keeps the author's form (for display);
    the checker uses the evaluated form. SymPy's evaluation may cancel an
    opaque term (``Limit(...)/Limit(...)`` becomes 1); such terms are appended
    to ``dropped``, for the checker to show they exist. The divisors it cancels
    ((t - 1)/(t - 1) is 1) are appended to ``cancelled`` (a ``[define]`` body's, so that
    the definition is refused where it is applied at one of their zeros). Raises
    :class:`InputError`.
    """
    reader = _Reader(scope, file, line, evaluate)
    if cancelled is not None or requires is not None:
        reader.watchers.append(set())
        reader.needs.append(set())
    try:
        with audit() as ledger:
            # SymPy evaluates as it builds, and some of that is slow or raises
            # (Max of a Sum it cannot compare): reading is bounded and fails closed.
            result = run_with_deadline(lambda: reader.read(text), READ_SECONDS)
    except StepTimeout:
        raise reader.fail(f"reading this expression took longer than {READ_SECONDS:g} s") from None
    except InputError:
        raise
    except RecursionError:
        raise reader.fail(f"expression is nested too deeply (limit {MAX_DEPTH})") from None
    except InconsistentAssumptions:
        raise reader.fail(
            "SymPy contradicted itself about the sign of a number here (it signs a number "
            "by a 2-digit evaluation, which cannot settle one this close to 0); write it another way"
        ) from None
    except Exception as exc:
        raise reader.fail(
            f"SymPy cannot build this expression ({type(exc).__name__}: {exc})"
        ) from None
    if dropped is not None:
        dropped.extend(ledger)
    if cancelled is not None:
        cancelled.extend(sorted(reader.watchers[0], key=sympy.default_sort_key))
    if requires is not None:
        requires.extend(sorted(reader.needs[0], key=_need_order))
    return result


class _Reader:
    def __init__(self, scope: Scope, file: str | None, line: int | None, evaluate: bool):
        self.scope = scope
        self.file = file
        self.line = line
        self.evaluate = evaluate
        self.bound: dict[str, sympy.Symbol] = {}
        # Sum indices in scope, each with a variable that knows its range.
        self.ranges: dict[sympy.Symbol, sympy.Symbol] = {}
        # The divisors SymPy cancels while a Subs body (or a [define] body) is read,
        # innermost last: evaluated at a point they may be 0 there, where the body is 0/0.
        self.watchers: list[set[sympy.Expr]] = []
        # Beside each watcher: the domain conditions of the body ("root", "sqrt", u), erased
        # as it is read (sqrt(u)**2 is u) and checked at the point it is evaluated at.
        self.needs: list[set[tuple[str, str, sympy.Expr]]] = []

    # -- errors -------------------------------------------------------------
    def fail(self, message: str, node: ast.AST | None = None) -> InputError:
        if node is not None and hasattr(node, "col_offset"):
            message = f"{message} (at column {node.col_offset + 1})"
        return InputError(message, file=self.file, line=self.line)

    # -- entry --------------------------------------------------------------
    def read(self, text: str) -> sympy.Expr:
        if not isinstance(text, str):
            raise self.fail(f"expected an expression string, got {type(text).__name__}")
        if len(text) > MAX_TEXT:
            raise self.fail(f"expression is {len(text)} characters long (limit {MAX_TEXT})")
        if not text.strip():
            raise self.fail("empty expression")
        # The text the tree is parsed from (literals are read from it). ``^`` is a power
        # in mathematics and has no other meaning here; replacing it in the text (not
        # mapping Python's xor) keeps the precedence people expect: 2*x^2 + 1.
        self.source = text.strip().replace("^", "**")
        try:
            tree = ast.parse(self.source, mode="eval")
        except SyntaxError as exc:
            raise self.fail(f"not a valid expression: {exc.msg}") from None
        except (RecursionError, MemoryError, ValueError):
            raise self.fail(f"expression is nested too deeply (limit {MAX_DEPTH})") from None
        self._check_size(tree)
        result = self.node(tree.body)
        if not isinstance(result, sympy.Expr):
            raise self.fail("not an expression")
        self._check_real(result)
        return result

    def _check_real(self, expr: sympy.Expr) -> None:
        """The calculus here is real: no sqrt(-1), no log(-1), no 1/0 left as zoo."""
        if expr.has(sympy.zoo, sympy.nan):
            raise self.fail("the expression is undefined (a division by zero or 0/0)")
        for node in sympy.preorder_traversal(expr):
            # A node holding a Limit or Sum is not asked: SymPy would evaluate it numerically.
            if (
                isinstance(node, sympy.Basic)
                and node.is_number
                and not node.free_symbols
                and not opaque_terms(node)
                and _fact(lambda node=node: node.is_extended_real) is False
            ):
                raise self.fail(
                    f"{node} is not a real number (as sqrt(-1) or log(-1) are not); "
                    "the verifier works over the reals"
                )

    def _check_size(self, tree: ast.AST) -> None:
        # Iterative, so a deep tree cannot exhaust Python's stack here.
        count = 0
        stack = [(tree, 0)]
        while stack:
            node, depth = stack.pop()
            count += 1
            if depth > MAX_DEPTH:
                raise self.fail(f"expression is nested too deeply (limit {MAX_DEPTH})")
            if count > MAX_NODES:
                raise self.fail(f"expression is too large (limit {MAX_NODES} nodes)")
            stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))

    # -- nodes --------------------------------------------------------------
    def node(self, node: ast.AST) -> sympy.Basic:
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
            return self.binop(node)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            operand = self.expr(node.operand)
            if isinstance(node.op, ast.UAdd):
                return operand
            return build(sympy.Mul, (sympy.S.NegativeOne, operand), evaluate=self.evaluate)
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            index = ast.get_source_segment(self.source, node.slice) or "i"
            raise self.fail(
                f"write {node.value.id}_{index.replace(', ', '').replace(',', '')} for "
                f"{node.value.id}[{index}] (a name with an underscore is one symbol; "
                "declare it under [symbols])",
                node,
            )
        raise self.fail(f"{_describe(node)} is not allowed in an expression", node)

    def expr(self, node: ast.AST) -> sympy.Expr:
        value = self.node(node)
        if not isinstance(value, sympy.Expr):
            raise self.fail(f"{_describe(node)} is not an expression here", node)
        return value

    def constant(self, node: ast.Constant) -> sympy.Expr:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"the literal {value!r} is not a number", node)
        if isinstance(value, int):
            if abs(value) >= 10**MAX_LITERAL_DIGITS:
                raise self.fail(f"integer literal has more than {MAX_LITERAL_DIGITS} digits", node)
            return sympy.Integer(value)
        # A decimal literal means the number its text says, exactly: never the
        # nearest float (1.00000000000000000001 is not 1, 1e-400 is not 0).
        source = getattr(self, "source", None)
        text = ast.get_source_segment(source, node) if source is not None else None
        if text is None:  # a node built without source text: its float is all there is
            if not math.isfinite(value):
                raise self.fail("literal is not a finite number", node)
            text = repr(value)
        return self.decimal(text, node)

    def decimal(self, text: str, node: ast.AST) -> sympy.Rational:
        """The exact rational value of decimal literal text, within the literal limits."""
        shown = text if len(text) <= 48 else f"{text[:45]}..."
        out_of_range = self.fail(
            f"decimal literal {shown} is out of range: its decimal exponent must be "
            f"between -{MAX_EXPONENT} and {MAX_EXPONENT}",
            node,
        )
        try:
            parts = Decimal(text).as_tuple()
        except (InvalidOperation, ValueError):  # Python's float syntax: only an exponent overflows
            raise out_of_range from None
        if not isinstance(parts.exponent, int):  # nan or infinity
            raise self.fail(f"decimal literal {shown} is not a finite number", node)
        digits = "".join(map(str, parts.digits)).lstrip("0")
        if not digits:
            return sympy.Integer(0)
        exponent = parts.exponent + len(digits) - len(digits.rstrip("0"))
        digits = digits.rstrip("0")
        significant = len(digits)
        if significant > MAX_LITERAL_DIGITS:
            raise self.fail(
                f"decimal literal {shown} has {significant} significant digits "
                f"(limit {MAX_LITERAL_DIGITS})",
                node,
            )
        leading = exponent + significant - 1  # the literal is d.ddd * 10**leading
        if abs(leading) > MAX_EXPONENT:
            raise out_of_range
        value = Fraction(int(digits)) * Fraction(10) ** exponent
        return sympy.Rational(value.numerator, value.denominator)

    def name(self, node: ast.Name) -> sympy.Expr:
        ident = node.id
        if ident in self.bound:
            return self.bound[ident]
        if ident in self.scope.symbols:
            return self.scope.symbols[ident]
        if ident in self.scope.defines and not self.scope.defines[ident].params:
            # Read as what it stands for: an abbreviation is not a new variable
            # (c/c = 1 would be wrong for c = 0 or for a limit that does not exist).
            define = self.scope.defines[ident]
            return define.body if self.evaluate else define.head
        if ident in CONSTANTS:
            return CONSTANTS[ident]
        if ident in FUNCTIONS or ident in BINDERS or ident in self.scope.functions:
            raise self.fail(f"'{ident}' is a function; call it, e.g. {ident}(x)", node)
        if ident in SOFT_CONSTANTS:
            return SOFT_CONSTANTS[ident]
        raise self.fail(f"unknown name '{ident}' (declare it under [symbols] or [functions])", node)

    def binop(self, node: ast.BinOp) -> sympy.Expr:
        left = self.expr(node.left)
        right = self.expr(node.right)
        ev = self.evaluate
        op = type(node.op)
        if op is ast.Add:
            return self.in_range(build(sympy.Add, (left, right), evaluate=ev), (left, right), node)
        if op is ast.Sub:
            negated = build(sympy.Mul, (sympy.S.NegativeOne, right), evaluate=ev)
            return self.in_range(
                build(sympy.Add, (left, negated), evaluate=ev), (left, negated), node
            )
        if op is ast.Mult:
            return self.in_range(build(sympy.Mul, (left, right), evaluate=ev), (left, right), node)
        if op is ast.Div:
            if right == 0:
                raise self.fail("division by zero", node)
            if left == 1:
                return build(sympy.Pow, (right, sympy.S.NegativeOne), evaluate=ev)
            inverse = build(sympy.Pow, (right, sympy.S.NegativeOne), evaluate=ev)
            return self.in_range(
                build(sympy.Mul, (left, inverse), evaluate=ev), (left, inverse), node
            )
        return self.in_range(self.power(left, right, node), (left, right), node)

    def in_range(self, result: sympy.Expr, operands: tuple, node: ast.AST) -> sympy.Expr:
        """The divisors SymPy cancelled building ``result`` from ``operands``, checked
        (:meth:`cancelling`) where that matters: inside a Sum, a Subs or a [define] body."""
        if not ((self.ranges or self.watchers) and self.evaluate):
            return result
        # 1/(n-2) - 1/(n-2) loses a divisor by addition, (n-2)/(n-2) by multiplication.
        before = frozenset().union(*(division_bases(o, into_binders=True) for o in operands))
        self.cancelling(before - division_bases(result, into_binders=True), node)
        return result

    @contextlib.contextmanager
    def watching(self):
        """A watcher and its domain conditions for the body read inside the block: the
        divisors SymPy cancels there and the conditions it erases, for the point the body
        is evaluated at."""
        cancelled: set[sympy.Expr] = set()
        needs: set[tuple[str, str, sympy.Expr]] = set()
        self.watchers.append(cancelled)
        self.needs.append(needs)
        try:
            yield cancelled, needs
        finally:
            self.watchers.pop()
            self.needs.pop()

    def cancelling(self, bases, node: ast.AST) -> None:
        """Inside a Sum, SymPy's (n - 2)/(n - 2) = 1 and 1/(n - 2) - 1/(n - 2) = 0 hide a
        term undefined at n = 2: refuse a cancelled divisor in the index unless it is
        nonzero over the index's range. Inside a Subs or a [define] body, note it for the
        point the body is evaluated at."""
        indices = set(self.ranges)
        for base in sorted(bases, key=sympy.default_sort_key):
            if base.free_symbols & indices and not substitute(base, self.ranges).is_nonzero:
                raise self.fail(
                    f"inside this Sum, SymPy would cancel the divisor {base}, which can be 0 "
                    "for an index of the range; write the term without that cancellation",
                    node,
                )
            if self.watchers:
                self.watchers[-1].add(base)

    def at_point(
        self, bases, point: Mapping, where: str, source: str, node: ast.AST, needs=()
    ) -> None:
        """Each cancelled divisor of ``bases`` with ``point`` substituted: refused where it
        is 0 (0/0 there: Subs((u - 1)/(u - 1), u, 1) is no number, though SymPy read the
        body as 1), else passed on to the Sum, Subs or definition around this one.

        A divisor that still holds a variable is refused when it is 0 for every value
        (t - s at t = s = x); one that is a number, unless it is shown nonzero. A zero at
        isolated values of a variable is what every cancellation allows ((x - 1)/(x - 1)
        is 1 but at x = 1)."""
        moved = set()
        for base in sorted(bases, key=sympy.default_sort_key):
            if not base.free_symbols & set(point):
                moved.add(base)
                continue
            if _too_large_at(base, point):
                raise self.fail(
                    f"{where}: SymPy cancelled the divisor {_brief(base)} as it read {source}; its "
                    f"value there is too large to compute (limit {MAX_NUMBER_BITS} bits)",
                    node,
                )
            value = substitute(base, dict(point))
            zero = value.is_zero if value.free_symbols else not value.is_nonzero
            if zero:
                there = (
                    "0 there (0/0)"
                    if value.is_zero
                    else f"{_brief(value)} there, not shown nonzero"
                )
                raise self.fail(
                    f"{where}: SymPy cancelled the divisor {_brief(base)} as it read {source}, and it "
                    f"is {there}; write {source} without that cancellation",
                    node,
                )
            if value.free_symbols:
                note_cancelled(value)  # 0 on an interval: the checker needs it nonzero
            moved.add(value)
        self.cancelling(moved, node)
        # sqrt(u)**2 was read as u: at u = -1 the body has no real value.
        for kind, name, argument in sorted(needs, key=_need_order):
            if argument.free_symbols & set(point) and _too_large_at(argument, point):
                raise self.fail(
                    f"{where}: the value of {_brief(argument)} there is too large to compute "
                    f"(limit {MAX_NUMBER_BITS} bits)",
                    node,
                )
            value = substitute(argument, dict(point))
            self.domain(kind, name, value, node, where if value != argument else None)

    def power(self, base: sympy.Expr, exponent: sympy.Expr, node: ast.AST) -> sympy.Expr:
        if exponent.is_Number:
            if exponent.is_Rational:
                p, q = int(exponent.p), int(exponent.q)
                if abs(p) > MAX_EXPONENT or q > MAX_EXPONENT:
                    raise self.fail(
                        f"exponent {exponent} is too large (limit |e| <= {MAX_EXPONENT})", node
                    )
            if base.is_Number and base != 0 and base.is_Rational:
                bits = max(abs(int(base.p)), int(base.q)).bit_length()
                if bits * abs(float(exponent)) > MAX_NUMBER_BITS:
                    raise self.fail("numeric power is too large to compute", node)
            if base == 0 and exponent.is_negative:
                raise self.fail("division by zero (0 to a negative power)", node)
            if self.evaluate and exponent.is_integer is False:
                # Defined nowhere: SymPy would still compute with it (sqrt(-x**2 - 1)**2
                # is -x**2 - 1, a real number read off no real value).
                name = "sqrt" if exponent == sympy.S.Half else f"**({exponent})"
                self.domain("root", name, base, node)
        elif exponent.is_number and not exponent.free_symbols:
            # e.g. 2**pi: a number SymPy keeps symbolic; harmless.
            pass
        if base is sympy.E:  # E**(c*log(r)) is r**c
            self.exp_of_logs(exponent, node)
        elif isinstance(base, sympy.exp):  # exp(a)**b is exp(a*b)
            self.exp_of_logs(build(sympy.Mul, (base.args[0], exponent)), node)
        return build(sympy.Pow, (base, exponent), evaluate=self.evaluate)

    # -- calls --------------------------------------------------------------
    def call(self, node: ast.Call) -> sympy.Expr:
        if not isinstance(node.func, ast.Name):
            raise self.fail(f"{_describe(node.func)} cannot be called; only named functions", node)
        fname = node.func.id
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise self.fail("starred arguments are not allowed", node)
        keywords = {kw.arg: kw.value for kw in node.keywords}
        if None in keywords:
            raise self.fail("** arguments are not allowed", node)
        if fname != "Limit" and keywords:
            raise self.fail(f"{fname}() takes no keyword arguments", node)
        if fname in BINDERS:
            return getattr(self, f"call_{fname.lower()}")(node, keywords)
        if fname in self.scope.defines:
            define = self.scope.defines[fname]
            args = tuple(self.expr(a) for a in node.args)
            if len(args) != len(define.params):
                raise self.fail(
                    f"{fname} takes {len(define.params)} argument(s), got {len(args)}", node
                )
            if not define.params:
                raise self.fail(f"'{fname}' is a constant abbreviation; do not call it", node)
            if self.evaluate:
                # Unfolded as it is read (capture-avoiding): F(x)/F(x) is not 1
                # when F's body is 0 or a limit that does not exist.
                point = dict(zip(define.params, args, strict=True))
                self.at_point(
                    define.cancelled,
                    point,
                    _brief(f"{fname}({', '.join(str(a) for a in args)})"),
                    f"the definition of {fname}",
                    node,
                    define.requires,
                )
                if _too_large_at(define.body, point):
                    # factorial(t) at 10**7, exp(t*log(3/2)) at 10**20: computed in one
                    # call no time limit interrupts.
                    call = _brief(f"{fname}({', '.join(str(a) for a in args)})")
                    raise self.fail(
                        f"the value of {call} is too large to compute "
                        f"(limit {MAX_NUMBER_BITS} bits)",
                        node,
                    )
                unfolded = define.unfold(args)
                if self.ranges or self.watchers:
                    # F(t, s) = t/s at (u - 1, u - 1) is 1: unfolding cancels a divisor
                    # no operator was read for; it is watched as one the reader cancelled.
                    divisors = {
                        substitute(b, point) for b in division_bases(define.body, into_binders=True)
                    }
                    before = frozenset(divisors).union(
                        *(division_bases(a, into_binders=True) for a in args)
                    )
                    self.cancelling(before - division_bases(unfolded, into_binders=True), node)
                return unfolded
            return define.head.func(*args)
        if fname in self.scope.functions:
            args = tuple(self.expr(a) for a in node.args)
            if len(args) != 1:
                raise self.fail(
                    f"declared function {fname} takes 1 argument, got {len(args)}", node
                )
            return self.scope.functions[fname](*args)
        if fname in FUNCTIONS:
            return self.elementary(fname, node)
        if fname in self.scope.symbols:
            raise self.fail(f"'{fname}' is a symbol, not a function", node)
        if fname in CALL_HINTS:
            raise self.fail(f"'{fname}(' is not accepted: {CALL_HINTS[fname]}", node)
        raise self.fail(
            f"'{fname}' is not an allowed function (declare it under [functions])", node
        )

    def elementary(self, fname: str, node: ast.Call) -> sympy.Expr:
        args = tuple(self.expr(a) for a in node.args)
        arity = {
            "Min": None,
            "Max": None,
            "log": (1, 2),
            "ln": (1,),
            "binomial": (2,),
            "Rational": (2,),
        }.get(fname, (1,))
        if arity is not None and len(args) not in arity:
            raise self.fail(f"{fname} takes {arity[0]} argument(s), got {len(args)}", node)
        if fname == "Rational":
            return self.rational(args, node)
        # A binomial of numbers SymPy computes exactly: bounded as factorial is.
        if (
            fname == "binomial"
            and all(a.is_Number for a in args)
            and not all(a.is_Integer and 0 <= a <= MAX_FACTORIAL for a in args)
        ):
            raise self.fail(
                f"binomial of {args[0]}, {args[1]} is not allowed (integers 0..{MAX_FACTORIAL})",
                node,
            )
        # binomial(n, k) is read as SymPy reads it, through gamma functions: identities like
        # binomial(x, x + 1) = 0 then hold only off the negative integers. The reader keeps
        # it to what a course means by it: n and k integers >= 0.
        if fname == "binomial" and not all(a.is_integer and a.is_nonnegative for a in args):
            raise self.fail(
                f"binomial({args[0]}, {args[1]}) needs integers >= 0: declare them so, "
                'e.g. n = "integer nonnegative" under [symbols]',
                node,
            )
        if arity is None and len(args) < 2:
            raise self.fail(f"{fname} takes at least 2 arguments", node)
        if fname == "factorial" and args[0].is_Number:  # noqa: SIM102 (the condition reads as written)
            if not (args[0].is_Integer and 0 <= args[0] <= MAX_FACTORIAL):
                raise self.fail(f"factorial of {args[0]} is not allowed (0..{MAX_FACTORIAL})", node)
        if fname == "sqrt":
            return self.power(args[0], sympy.S.Half, node)
        if fname == "exp":
            self.exp_of_logs(args[0], node)
        if self.evaluate:
            self.defined_somewhere(fname, args, node)
        if (
            fname == "log"
            and len(args) == 2
            and args[1].is_number
            and not (args[1].is_positive and args[1] != 1)
        ):
            raise self.fail(f"log to the base {args[1]} is not defined", node)
        result = build(FUNCTIONS[fname], args, evaluate=self.evaluate)
        operands = args
        if fname == "log" and len(args) == 2 and self.evaluate:
            # log(a, b) is log(a)/log(b): SymPy cancels log(u, u) to 1 inside the call,
            # where no operator is read (0/0 at u = 1).
            inverse = build(sympy.Pow, (build(sympy.log, (args[1],)), sympy.S.NegativeOne))
            operands = (args[0], inverse)
        return self.in_range(result, operands, node)

    def exp_of_logs(self, argument: sympy.Expr, node: ast.AST) -> None:
        """Refuse exp(c*log(r)) whose value r**c SymPy would compute, too large a number.

        SymPy evaluates exp(10**20*log(3/2)) to (3/2)**(10**20) as it builds it, in one
        integer power no time limit interrupts (E**(...) is read through here too)."""
        if _exp_log_bits(argument) > MAX_NUMBER_BITS:
            raise self.fail("numeric power is too large to compute", node)

    def defined_somewhere(self, fname: str, args: tuple, node: ast.AST) -> None:
        """Refuse log, asin or acos of an argument outside its real domain for every value
        of its variables (log(-x**2 - 1) - log(-x**2 - 1) would be read as 0)."""
        if fname in ("log", "ln"):
            self.domain("log", fname, args[0], node)
        elif fname in ("asin", "acos"):
            self.domain("asin", fname, args[0], node)

    def domain(self, kind: str, name: str, argument: sympy.Expr, node: ast.AST, where=None):
        """Refuse ``name`` of ``argument`` where it has no real value for any value of its
        variables (a Sum index over its range); else note it for the Subs or definition
        being read, which may evaluate it where it has none (sqrt(u)**2 at u = -1)."""
        signed = substitute(argument, self.ranges) if self.ranges else argument
        why = _outside(kind, signed)
        if why is not None:
            shown = _shown(name, argument)
            raise self.fail(
                f"{where + ': ' if where else ''}{shown} has no real value: {_brief(argument)} {why}"
                f"{_everywhere(argument)} (the verifier works over the reals)",
                node,
            )
        if self.needs and argument.free_symbols:
            # Kept with the Sum indices that know their range (sqrt(u - n) for n >= 0 is
            # sqrt(-1 - n) at u = -1, negative for every n of the range, not for every n).
            self.needs[-1].add((kind, name, signed))

    def rational(self, args: tuple, node: ast.Call) -> sympy.Expr:
        # -1 or 10**2 may arrive unevaluated: a number that is an integer is one.
        p, q = (sympy.Integer(int(a)) if a.is_number and a.is_integer else a for a in args)
        if not (p.is_Integer and q.is_Integer):
            raise self.fail(
                "Rational takes two integers, e.g. Rational(1, 3); write p/q otherwise", node
            )
        if q == 0:
            raise self.fail("division by zero", node)
        return sympy.Rational(p, q)

    def binder_symbol(self, node: ast.AST, kind: str, default: dict) -> sympy.Symbol:
        if not isinstance(node, ast.Name):
            raise self.fail(f"{kind} needs a variable name here, got {_describe(node)}", node)
        ident = node.id
        if ident in CONSTANTS or ident in FUNCTIONS or ident in BINDERS:
            raise self.fail(f"'{ident}' cannot be used as a variable", node)
        if ident in self.scope.functions or ident in self.scope.defines:
            raise self.fail(f"'{ident}' is a function, not a variable", node)
        # A bound variable is its own variable: it never inherits the assumptions
        # of a declared symbol of the same name (a Sum index is an integer, a
        # Limit variable is real, nothing more).
        return sympy.Symbol(ident, **default)

    def with_bound(self, sym: sympy.Symbol, body: ast.AST) -> sympy.Expr:
        saved = self.bound.get(sym.name)
        self.bound[sym.name] = sym
        try:
            return self.expr(body)
        finally:
            if saved is None:
                del self.bound[sym.name]
            else:
                self.bound[sym.name] = saved

    def call_derivative(self, node: ast.Call, keywords: dict) -> sympy.Expr:
        if len(node.args) < 2:
            raise self.fail("Derivative needs an expression and a variable", node)
        body = self.expr(node.args[0])
        variables = []
        for arg in node.args[1:]:
            count = 1
            if isinstance(arg, ast.Tuple):
                # (x, 2): the second derivative, as SymPy prints it.
                arg, count = self.derivative_order(arg)
            if not isinstance(arg, ast.Name):
                raise self.fail(
                    "Derivative's variables must be names, e.g. Derivative(f(x), x) "
                    "or Derivative(f(x), (x, 2))",
                    arg,
                )
            sym = self.expr(arg)
            if not isinstance(sym, sympy.Symbol):
                raise self.fail(f"'{arg.id}' is not a variable", arg)
            closed = (
                []
                if open_domain(sym)
                else [
                    w for w in ("integer", "nonnegative", "nonpositive") if getattr(sym, f"is_{w}")
                ]
            )
            if closed:
                # A derivative lives on an open set; SymPy would already have used
                # the assumption while reading the body (sin(pi*n) = 0, Abs(x) = x).
                raise self.fail(
                    f"cannot differentiate in '{arg.id}', which is declared {closed[0]}; "
                    "declare it real, positive, negative or nonzero",
                    arg,
                )
            variables += [sym] * count
        if len(variables) > MAX_DERIVATIVE_ORDER:
            raise self.fail(
                f"at most {MAX_DERIVATIVE_ORDER} differentiations in one Derivative", node
            )
        return sympy.Derivative(body, *variables, evaluate=False)

    def derivative_order(self, node: ast.Tuple) -> tuple[ast.AST, int]:
        if len(node.elts) != 2:
            raise self.fail("a Derivative's (variable, order) has two entries, e.g. (x, 2)", node)
        var, order = node.elts
        if not (
            isinstance(order, ast.Constant)
            and type(order.value) is int
            and 1 <= order.value <= MAX_DERIVATIVE_ORDER
        ):
            raise self.fail(
                f"a Derivative's order must be a whole number from 1 to {MAX_DERIVATIVE_ORDER}",
                order,
            )
        return var, order.value

    def call_limit(self, node: ast.Call, keywords: dict) -> sympy.Expr:
        args = list(node.args)
        if not 3 <= len(args) <= 4 or set(keywords) - {"dir"}:
            raise self.fail("Limit takes (expression, variable, point[, direction])", node)
        if len(args) == 4 and "dir" in keywords:
            raise self.fail("Limit's direction given twice", node)
        var = self.binder_symbol(args[1], "Limit", {"real": True})
        point = self.expr(args[2])
        if var in point.free_symbols:
            raise self.fail("a Limit's point may not contain its own variable", node)
        if not self.watchers:
            body = self.with_bound(var, args[0])
        else:
            with self.watching() as (inner, needs):
                body = self.with_bound(var, args[0])
            # The Limit's h is bound: a divisor in it is passed on with h renamed, so that a
            # Subs (or a definition's parameter) named h around it does not evaluate it.
            own = {var: sympy.Dummy(var.name, real=True)}
            self.watchers[-1].update(substitute(b, own) for b in inner)
            self.needs[-1].update((k, n, substitute(a, own)) for k, n, a in needs)
        # In our files Limit(e, h, 0) is the two-sided limit of calculus; SymPy's
        # own default would be the right-hand limit.
        direction = "+-"
        dir_node = args[3] if len(args) == 4 else keywords.get("dir")
        if dir_node is not None:
            if not (isinstance(dir_node, ast.Constant) and dir_node.value in LIMIT_DIRECTIONS):
                raise self.fail("Limit's direction must be '+', '-' or '+-'", dir_node)
            direction = dir_node.value
        if point in (sympy.oo, -sympy.oo):
            direction = "-" if point == sympy.oo else "+"
        return sympy.Limit(body, var, point, dir=direction)

    def call_sum(self, node: ast.Call, keywords: dict) -> sympy.Expr:
        if len(node.args) != 2 or not isinstance(node.args[1], ast.Tuple):
            raise self.fail("Sum takes (expression, (n, lower, upper))", node)
        bounds = node.args[1].elts
        if len(bounds) != 3:
            raise self.fail("Sum's bounds must be (n, lower, upper)", node.args[1])
        var = self.binder_symbol(bounds[0], "Sum", {"integer": True})
        lower, upper = self.expr(bounds[1]), self.expr(bounds[2])
        if var in lower.free_symbols | upper.free_symbols:
            raise self.fail("a Sum's bounds may not contain its own index", node)
        if self.evaluate and (lower == sympy.oo or upper == -sympy.oo):
            raise self.fail(
                "a Sum runs upward: its lower bound cannot be oo, nor its upper -oo", node
            )
        for bound, which in ((lower, "lower"), (upper, "upper")) if self.evaluate else ():
            if not (bound.is_integer or bound in (sympy.oo, -sympy.oo)):
                # The index runs over lower, lower + 1, ...: SymPy would still
                # treat it as an integer in the body.
                raise self.fail(
                    f"a Sum's {which} bound must be an integer (or oo), got {bound}; "
                    "declare a symbol used there as integer",
                    node,
                )
        self.ranges[var] = ranged_index(var, lower, upper)
        try:
            body = self.with_bound(var, node.args[0])
        finally:
            del self.ranges[var]
        return sympy.Sum(body, (var, lower, upper))

    def call_subs(self, node: ast.Call, keywords: dict) -> sympy.Expr:
        if len(node.args) != 3:
            raise self.fail("Subs takes (expression, variable, value)", node)
        var = self.binder_symbol(node.args[1], "Subs", {"real": True})
        value = self.expr(node.args[2])
        if not self.evaluate:
            return subs_at(self.with_bound(var, node.args[0]), (var,), (value,))
        with self.watching() as (cancelled, needs):
            body = self.with_bound(var, node.args[0])
        self.at_point(
            cancelled, {var: value}, f"Subs at {var} = {_brief(value)}", "its body", node, needs
        )
        # The checker evaluates it (factorial(u) at 10**7, exp(u*log(3/2)) at 10**20: one
        # call no time limit interrupts). Only the points are computed when var is the
        # inner variable of a Subs too.
        nested = isinstance(body, sympy.Subs) and var in body.variables
        evaluated = sympy.Tuple(*body.point) if nested else body
        if _too_large_at(evaluated, {var: value}):
            raise self.fail(
                f"Subs at {var} = {_brief(value)}: the value of {_brief(body)} there is "
                f"too large to compute (limit {MAX_NUMBER_BITS} bits)",
                node,
            )
        if isinstance(body, sympy.Subs):
            # SymPy would merge Subs(Subs(e, v, q), u, p) into Subs(e, (v, u), (q, p)),
            # whose u in q is bound by the later u; every substitution here reads points as
            # free. Evaluating the outer one into the inner keeps one variable per Subs.
            return substitute(body, {var: value})
        return sympy.Subs(body, var, value)


def _too_large_at(base: sympy.Expr, point: Mapping) -> bool:
    """Would ``base`` at ``point``, computed exactly, hold a number of more than
    MAX_NUMBER_BITS bits? (u**500000 at u = 10**39, u**u at u = 10**7 or a power of a
    power are numbers Python computes in C, which no time limit interrupts.)"""
    return _bits_at(base, point) > MAX_NUMBER_BITS


_HUGE = 2 * MAX_NUMBER_BITS + 2  # any size past the limit: the estimate stops growing here


def _exp_log_bits(argument: sympy.Expr) -> int:
    """The bits of the powers SymPy computes for exp(argument): one per term c*log(r), r a
    rational or a rational power of one (exp(10**20*log(3/2)) is (3/2)**(10**20) to it,
    exp(10**20*log(sqrt(2))) is 2**(5*10**19))."""
    bits = 0
    for term in sympy.Add.make_args(argument):
        coefficient, rest = term.as_coeff_Mul()
        if not (coefficient.is_Rational and isinstance(rest, sympy.log) and rest.args[0].is_number):
            continue
        base, power = rest.args[0].as_base_exp()
        if not (base.is_Rational and power.is_Rational):
            continue
        # r**c is base**(power*c): about log2(base) bits per unit of the exponent
        per_unit = (max(abs(int(base.p)), int(base.q)) - 1).bit_length()
        total = power * coefficient
        size = per_unit * (abs(int(total.p)) // int(total.q)) + per_unit
        bits = max(bits, min(_HUGE, size))
    return bits


def _bits_at(expr: sympy.Basic, point: Mapping) -> int:
    """An upper estimate of the bits of the numbers in ``expr`` at ``point``, computed
    exactly, capped at _HUGE. Powers multiply the size of their base (not of the literals
    in it: ((u**128 + 1)**128 + 1)**128); an exponent that holds a point variable is
    computed first, when it is small; factorial and binomial grow with their argument's
    value."""
    if expr in point:
        return _bits_at(point[expr], {})
    if isinstance(expr, sympy.Rational):
        return max(abs(int(expr.p)), int(expr.q)).bit_length()
    if not expr.args:
        return 1
    if isinstance(expr, sympy.Pow):
        base = _bits_at(expr.base, point)
        exponent = expr.exp
        if exponent.free_symbols & set(point):
            if _bits_at(exponent, point) > 16:  # an exponent past 2**16: past any limit
                return _HUGE
            exponent = substitute(exponent, dict(point))
        if exponent.is_Rational:  # p/q: SymPy computes the integer power p of the base
            return min(_HUGE, abs(int(exponent.p)) * base)
        return min(_HUGE, base + _bits_at(exponent, point))
    args = [_bits_at(a, point) for a in expr.args]
    if isinstance(expr, sympy.exp) and args[0] <= MAX_NUMBER_BITS:
        # exp(t*log(3/2)) at t = 10**20 is (3/2)**(10**20): the argument there says.
        argument = expr.args[0]
        if argument.free_symbols & set(point):
            argument = substitute(argument, dict(point))
        return min(_HUGE, max(args[0], _exp_log_bits(argument)))
    if isinstance(expr, (sympy.factorial, sympy.binomial)):
        # n! and binomial(n, k) have about n*log2(n) and n bits, n < 2**bits(n)
        if args[0] > 16:
            return _HUGE
        return min(_HUGE, 2 ** args[0] * max(args[0], 1))
    if isinstance(expr, sympy.Add):
        return min(_HUGE, max(args) + len(args))
    return min(_HUGE, sum(args))


def _need_order(need: tuple[str, str, sympy.Expr]) -> tuple[str, str, str]:
    kind, name, argument = need
    return kind, name, str(argument)


def _outside(kind: str, argument: sympy.Expr) -> str | None:
    """Why a root, log or asin/acos of ``argument`` has no real value for any value of its
    variables, or None where SymPy cannot tell."""
    if opaque_terms(argument):  # SymPy would evaluate a Limit or Sum numerically
        return None
    if kind == "root" and _fact(lambda: argument.is_negative):
        return "is negative"
    if kind == "log" and _fact(lambda: argument.is_nonpositive):
        return "is <= 0"
    if kind == "asin" and (
        _fact(lambda: (argument - 1).is_positive) or _fact(lambda: (argument + 1).is_negative)
    ):
        return "is outside [-1, 1]"
    return None


def _fact(query) -> bool | None:
    """A SymPy assumption query, None where SymPy contradicts itself answering it (its
    facts about a number it signs by evalf(2) can be inconsistent)."""
    try:
        return query()
    except InconsistentAssumptions:
        return None


def _shown(name: str, argument: sympy.Expr) -> str:
    text = _brief(argument)
    return f"({text}){name}" if name.startswith("**") else f"{name}({text})"


def _brief(expr: sympy.Basic | str, limit: int = 100) -> str:
    """``expr`` for a message, shortened: a refused expression may be thousands of
    characters long."""
    text = str(expr)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _everywhere(expr: sympy.Expr) -> str:
    return " for every value of its variables" if expr.free_symbols else ""


def _describe(node: ast.AST) -> str:
    kinds = {
        ast.Attribute: "attribute access",
        ast.Subscript: "a subscript",
        ast.Lambda: "a lambda",
        ast.ListComp: "a comprehension",
        ast.SetComp: "a comprehension",
        ast.DictComp: "a comprehension",
        ast.GeneratorExp: "a comprehension",
        ast.Compare: "a comparison",
        ast.BoolOp: "a boolean operator",
        ast.IfExp: "a conditional expression",
        ast.List: "a list",
        ast.Dict: "a dict",
        ast.Set: "a set",
        ast.Tuple: "a tuple",
        ast.NamedExpr: "an assignment",
        ast.Starred: "a starred argument",
        ast.JoinedStr: "an f-string",
        ast.Await: "await",
    }
    if isinstance(node, ast.Constant):
        return f"the literal {node.value!r}"
    if isinstance(node, ast.BinOp):
        return f"the operator {type(node.op).__name__}"
    if isinstance(node, ast.UnaryOp):
        return f"the unary operator {type(node.op).__name__}"
    return kinds.get(type(node), type(node).__name__)


def parse_signature(
    text: str, *, file: str | None = None, line: int | None = None
) -> tuple[str, tuple[str, ...]]:
    """Parse a ``[define]`` key: ``S(x)`` -> ("S", ("x",)), ``c`` -> ("c", ())."""
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        raise InputError(
            f"[define] key {text!r} is not a name or a call like S(x)", file=file, line=line
        ) from None
    if isinstance(tree, ast.Name):
        return tree.id, ()
    if (
        isinstance(tree, ast.Call)
        and isinstance(tree.func, ast.Name)
        and not tree.keywords
        and all(isinstance(a, ast.Name) for a in tree.args)
    ):
        names = tuple(a.id for a in tree.args)
        if len(set(names)) != len(names):
            raise InputError(f"[define] key {text!r} repeats a parameter", file=file, line=line)
        return tree.func.id, names
    raise InputError(
        f"[define] key {text!r} is not a name or a call like S(x)", file=file, line=line
    )

"""The code emitter: a SymPy expression -> readable source of an in-place NumPy kernel.

Used at development time only (by ``codegen.py`` and ``verifier kernels --write``);
the emitted module imports NumPy and ``verifier.kernels.runtime`` and never SymPy.

The expression is lowered in three small stages:

1. ``sympy.cse`` names each common subexpression once (``exp(-Abs(x))`` in the
   sigmoid is computed once even though it appears twice);
2. every node becomes one ufunc call in three-address form (``_Op``), by the rules
   in ``_lower``; a few named rewrites (``REWRITES``) pick a cheaper but exact
   ufunc sequence, e.g. ``-Abs(u)`` as one sign-bit OR instead of abs + negative,
   and a literal operand is a 0-d array of the working precision made at import;
3. a register allocator gives every value a scratch buffer, frees it after its
   last use, and lets an op write over an operand that dies there, so a kernel
   needs as few buffers as its widest point; only the last op writes ``out``.

The chunk body (and an optional fast body, used wherever it does not give nan)
runs on chunks supplied by ``runtime.Kernel``, built once when the module is imported.

>>> import sympy
>>> x = sympy.Symbol("x", real=True)
>>> print(emit_kernel("twice_exp", ("x",), 2 * sympy.exp(x), symbols={"x": x}, doc="2 e^x."))
... # doctest: +NORMALIZE_WHITESPACE
_twice_exp_chunk_c = _rt.constants(2.0)
<BLANKLINE>
<BLANKLINE>
def _twice_exp_chunk(x, out, f0):
    (c0,) = _twice_exp_chunk_c[out.dtype.char]
    np.exp(x, f0)  # exp(x)
    np.multiply(f0, c0, out)  # 2*exp(x)
<BLANKLINE>
<BLANKLINE>
_twice_exp = _rt.Kernel("twice_exp", _twice_exp_chunk, scratch="f")
<BLANKLINE>
<BLANKLINE>
def twice_exp(x, out=None):
    \"\"\"2 e^x.\"\"\"
    return _twice_exp.one(x, out)
"""

from __future__ import annotations

import keyword
import pprint
from dataclasses import dataclass, field

import sympy
from sympy.codegen.cfunctions import expm1, log1p, log2
from sympy.printing.str import StrPrinter

__all__ = ["REWRITES", "DataPrecision", "KernelSource", "emit_kernel", "emit_module", "form_text"]


class DataPrecision(sympy.Function):
    """Its argument rounded to the data's precision (float32): the identity in exact arithmetic.

    Only in the fast body of a float32="mixed" kernel for float32 data (rewrite
    "data-precision"): the argument is written to the float32 ``out`` (free until the
    result is written), and a function of it runs in NumPy's float32 loop. A form using
    it must be right whatever float the argument rounds to (e.g. log(u) plus the exact
    rounding error of u): the proof reads it as the identity, which the form's value
    does not depend on.
    """

    nargs = 1
    is_real = True


# The exact rewrites the emitter applies, as named data (cf. sympy.codegen.rewriting).
# Each replaces a ufunc sequence by a cheaper one computing the same float bits.
REWRITES = {
    "neg-abs": "-Abs(u) -> one OR of the sign bit (kernel_runtime.neg_abs): 1 pass, not 2",
    "indicator": "Piecewise((1, c), (0, True)) -> the comparison c written into a float "
    "buffer: branch-free, where np.where/copyto(where=) branch per element (~3 ns)",
    "divide": "a*b**-k -> a / b**k: one division instead of a reciprocal and a product",
    "subtract": "a + (-1)*b -> a - b",
    "constant": "a closed-form constant (exp(64) - 1) -> its float, rounded once",
    "constant-array": "a float operand -> a 0-d array of the working precision made at "
    "import: NumPy converts a Python float on every call (~0.3 us, a third of np.exp on "
    "100 elements)",
    "mixed-exp": "in the fast body of a float32='mixed' kernel, exp of x, -x, |x| or -|x| "
    "(exact in the data's precision) -> np.exp(..., dtype=x.dtype): float32 data's exp in "
    "NumPy's float32 SIMD loop, every other operation in the float64 scratch buffers; in a "
    "body for float32 data only, -x or |x| read by that exp alone goes to the float32 out "
    "(free until the result is written), not to a float64 buffer that exp would cast back "
    "(measured: the cast made that exp ~2x the float32 loop)",
    "data-precision": "in a float32='mixed' body for float32 data, DataPrecision(u) -> u "
    "computed in float64 and rounded once into the float32 out, and a function of it "
    "(np.log2) in NumPy's float32 SIMD loop with dtype=x.dtype (float64's log and log2 "
    "are scalar loops on this CPU, ~4x float32's)",
    "positional-out": "func(a, b, out=f0) -> func(a, b, f0): the output buffer as the "
    "ufunc's positional output argument, without the keyword NumPy parses on every call "
    "(not for np.maximum and np.minimum, where NumPy 2 deprecates it) "
    "(~0.04 us of a ~0.5 us call on 100 elements; helper-38 measured SiLU' at 100 "
    "elements 10.7x -> 9.9x np.exp)",
}

# float32 data: how each kernel computes it (see runtime.Kernel).
FLOAT32_MODES = ("native", "float64", "form-native", "fast-native", "mixed")
# The operations that are exact in any precision: in a "mixed" fast body the only ones
# (with exp) allowed on the float32 parameter alone.
_EXACT_ON_DATA = ("np.negative", "np.abs", "_rt.neg_abs")

_UNARY = {
    sympy.exp: "np.exp",
    sympy.log: "np.log",
    sympy.Abs: "np.abs",
    sympy.sign: "np.sign",
    sympy.sin: "np.sin",
    sympy.cos: "np.cos",
    sympy.tanh: "np.tanh",
    sympy.cosh: "np.cosh",
    expm1: "np.expm1",
    log1p: "np.log1p",
    sympy.sinh: "np.sinh",
    log2: "np.log2",
}
_RELATIONAL = {
    sympy.GreaterThan: "np.greater_equal",
    sympy.StrictGreaterThan: "np.greater",
    sympy.LessThan: "np.less_equal",
    sympy.StrictLessThan: "np.less",
    sympy.Eq: "np.equal",
    sympy.Ne: "np.not_equal",
}
_LOGICAL = {sympy.And: "np.logical_and", sympy.Or: "np.logical_or"}
# NumPy 2 deprecates a positional output for these (a third positional argument looks
# like a third input to an extremum): they keep the keyword.
_KEYWORD_OUT = ("np.maximum", "np.minimum")
_RESERVED = ("out", "np", "_rt", "chunk", "fast")
_CALL_WIDTH = 44  # column where the "# expr" comment starts, for readable listings


@dataclass
class _Op:
    """One ufunc call: ``func(*args, <buffer of result>)``, or an in-place update."""

    func: str
    args: tuple[str | int, ...]  # int: id of a computed value; str: a parameter or literal
    result: int
    kind: str  # "f" float or "b" bool
    comment: str
    extra: str = ""  # trailing keyword text, e.g. ", where=b0"
    updates: int | None = None  # id of the value this op modifies in place (np.copyto)
    # Written to ``out`` (free until the final op writes it), not to a scratch buffer.
    into_out: bool = False
    # Rewrite "data-precision": the result must be rounded to the data's precision, so
    # it must go to ``out`` (float32 there).
    rounds: bool = False


@dataclass
class _Lowering:
    params: tuple[str, ...]
    symbols: dict[sympy.Symbol, str]
    ops: list[_Op] = field(default_factory=list)
    kinds: dict[int, str] = field(default_factory=dict)
    memo: dict[sympy.Basic, str | int] = field(default_factory=dict)
    shown: dict[sympy.Basic, sympy.Basic] = field(default_factory=dict)  # placeholder -> group
    rounded: set[int] = field(default_factory=set)  # values of DataPrecision (in out)

    def emit(
        self,
        func: str,
        args: tuple[str | int, ...],
        kind: str,
        expr: object,
        extra: str = "",
        updates: int | None = None,
    ) -> int:
        value = len(self.kinds)
        self.kinds[value] = kind
        if isinstance(expr, sympy.Basic) and self.shown:
            expr = expr.xreplace(self.shown)
        self.ops.append(_Op(func, args, value, kind, _short(expr), extra, updates))
        return value

    def value(self, expr: sympy.Basic) -> str | int:
        if expr in self.memo:
            return self.memo[expr]
        result = self._lower(expr)
        self.memo[expr] = result
        return result

    def _lower(self, expr: sympy.Basic) -> str | int:
        if isinstance(expr, sympy.Symbol):
            if expr not in self.symbols:
                raise ValueError(f"emit: symbol {expr} is neither a parameter nor a cse name")
            return self.symbols[expr]
        if expr.is_Number or expr in (sympy.pi, sympy.E):
            return _literal(expr)
        if isinstance(expr, sympy.Expr) and not expr.free_symbols and expr.is_real:
            # Rewrite "constant": exp(64) - 1 is a number, rounded once from SymPy's
            # exact value, never a pass over the array per element.
            return _literal(expr)
        if isinstance(expr, DataPrecision):
            return self._data_precision(expr)
        if isinstance(expr, sympy.UnevaluatedExpr):
            # The author grouped this on purpose (e.g. -(df/f)/f, so f**2 never overflows).
            return self.value(expr.args[0])
        if isinstance(expr, sympy.Add):
            return self._add(expr)
        if isinstance(expr, sympy.Mul):
            return self._mul(expr)
        if isinstance(expr, sympy.Pow):
            return self._pow(expr)
        if isinstance(expr, (sympy.Max, sympy.Min)):
            func = "np.maximum" if isinstance(expr, sympy.Max) else "np.minimum"
            operands = [self.value(a) for a in _ordered(expr.args)]
            acc = operands[0]
            for operand in operands[1:]:
                acc = self.emit(func, (acc, operand), "f", expr)
            return acc
        if isinstance(expr, sympy.Piecewise):
            return self._piecewise(expr)
        if isinstance(expr, sympy.Function) and expr.func in _UNARY and len(expr.args) == 1:
            return self.emit(_UNARY[expr.func], (self.value(expr.args[0]),), "f", expr)
        routine = getattr(expr.func, "routine", "") if isinstance(expr, sympy.Function) else ""
        if routine and len(expr.args) == 1:
            # A hand-written routine of verifier/kernels/special.py (specs.NumpyRoutine),
            # called like a ufunc.
            return self.emit(f"_sp.{routine}", (self.value(expr.args[0]),), "f", expr)
        raise NotImplementedError(f"emit: no NumPy lowering for {type(expr).__name__}: {expr}")

    def _data_precision(self, expr: DataPrecision) -> int:
        # A fresh op (not memo'd): its result is rounded, so no unrounded use may share it.
        fresh = len(self.ops)
        value = self._lower(expr.args[0])
        producer = next((op for op in self.ops[fresh:] if op.result == value), None)
        if producer is None:  # a parameter, a literal, or a value computed for other uses
            raise NotImplementedError(f"emit: {expr} does not round a value of its own")
        producer.into_out = producer.rounds = True
        self.rounded.add(value)
        return value

    def _add(self, expr: sympy.Add) -> str | int:
        constant, terms = expr.as_coeff_add()
        positive = [t for t in terms if not t.could_extract_minus_sign()]
        negative = [-t for t in terms if t.could_extract_minus_sign()]
        if positive:
            acc = self.value(positive[0])
            rest = positive[1:]
        else:
            # c - u: one subtract from the literal; with no constant, negate the first.
            first = self.value(negative.pop(0))
            if constant != 0:
                acc = self.emit("np.subtract", (_literal(constant), first), "f", expr)
                constant = sympy.S.Zero
            else:
                acc = self.emit("np.negative", (first,), "f", expr)
            rest = []
        for term in rest:
            acc = self.emit("np.add", (acc, self.value(term)), "f", expr)
        for term in negative:
            acc = self.emit("np.subtract", (acc, self.value(term)), "f", expr)
        if constant != 0:
            acc = self.emit("np.add", (acc, _literal(constant)), "f", expr)
        return acc

    def _mul(self, expr: sympy.Mul) -> str | int:
        coeff, factors = expr.as_coeff_mul()
        if coeff == -1 and len(factors) == 1 and isinstance(factors[0], sympy.Abs):
            # Rewrite "neg-abs".
            return self.emit("_rt.neg_abs", (self.value(factors[0].args[0]),), "f", expr)
        numer, denom = [], []
        for factor in _ordered(factors):
            base, exponent = factor.as_base_exp()
            if exponent.is_Integer and exponent < 0:
                # Rewrite "divide".
                denom.append(base if exponent == -1 else sympy.Pow(base, -exponent))
            else:
                numer.append(factor)
        acc: str | int | None = None
        for factor in numer:
            operand = self.value(factor)
            acc = operand if acc is None else self.emit("np.multiply", (acc, operand), "f", expr)
        negate = coeff == -1
        if acc is None:  # only a coefficient over a denominator, as in -1/f**2
            acc, negate = _literal(coeff), False
        elif coeff not in (1, -1):
            acc = self.emit("np.multiply", (acc, _literal(coeff)), "f", expr)
        if denom:
            acc = self.emit("np.divide", (acc, self.value(sympy.Mul(*denom))), "f", expr)
        if negate:
            acc = self.emit("np.negative", (acc,), "f", expr)
        return acc

    def _pow(self, expr: sympy.Pow) -> str | int:
        base, exponent = expr.args
        if exponent.is_Integer and exponent < 0:
            power = self.value(sympy.Pow(base, -exponent)) if exponent != -1 else self.value(base)
            return self.emit("np.divide", ("1.0", power), "f", expr)
        if exponent.is_Integer and exponent > 0:
            # Square-and-multiply keeps x**4 at two products.
            b = self.value(base)
            result: str | int | None = None
            k = int(exponent)
            while k:
                if k & 1:
                    result = (
                        b if result is None else self.emit("np.multiply", (result, b), "f", expr)
                    )
                k >>= 1
                if k:
                    b = self.emit("np.multiply", (b, b), "f", expr)
            assert result is not None
            return result
        if exponent == sympy.S.Half:
            return self.emit("np.sqrt", (self.value(base),), "f", expr)
        if base == sympy.E:
            return self.emit("np.exp", (self.value(exponent),), "f", expr)
        return self.emit("np.power", (self.value(base), self.value(exponent)), "f", expr)

    def _piecewise(self, expr: sympy.Piecewise) -> str | int:
        pieces = expr.args
        if pieces[-1].cond is not sympy.true:
            raise NotImplementedError(f"emit: Piecewise without a True branch: {expr}")
        if len(pieces) == 2 and pieces[0].expr == 1 and pieces[1].expr == 0:
            # Rewrite "indicator": the comparison itself, cast to float on store.
            return self._condition(pieces[0].cond, kind="f")
        result = self.value(pieces[-1].expr)
        # Branches are overlaid last to first so that the first true condition wins.
        for piece in reversed(pieces[:-1]):
            mask = self._condition(piece.cond, kind="b")
            branch = self.value(piece.expr)
            if isinstance(result, str):  # a parameter or literal cannot be updated in place
                result = self.emit("np.multiply", (result, "1.0"), "f", piece.expr)
            result = self.emit(
                "np.copyto",
                (result, branch),
                "f",
                expr,
                extra=f", where={{{mask}}}",
                updates=result,
            )
        return result

    def _condition(self, cond: sympy.Basic, kind: str) -> int:
        if isinstance(cond, tuple(_RELATIONAL)):
            lhs, rhs = self.value(cond.lhs), self.value(cond.rhs)
            return self.emit(_RELATIONAL[type(cond)], (lhs, rhs), kind, cond)
        if isinstance(cond, tuple(_LOGICAL)):
            parts = [self._condition(c, "b") for c in _ordered(cond.args)]
            acc = parts[0]
            for part in parts[1:]:
                acc = self.emit(_LOGICAL[type(cond)], (acc, part), kind, cond)
            return acc
        if isinstance(cond, sympy.Not):
            return self.emit("np.logical_not", (self._condition(cond.args[0], "b"),), kind, cond)
        raise NotImplementedError(f"emit: no NumPy lowering for the condition {cond}")


def _ordered(args: tuple[sympy.Basic, ...]) -> list[sympy.Basic]:
    return sorted(args, key=sympy.default_sort_key)


def _literal(number: sympy.Basic) -> str:
    value = float(number)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"emit: the constant {number} is not a finite float")
    return repr(value)


class _FormPrinter(StrPrinter):
    """sstr, with a group whose text starts with a minus sign in parentheses.

    SymPy's Add printer takes a term whose text starts with "-" for a negative term, so
    sstr prints the group (u - 1) - Q as "-(1 + u) - Q".
    """

    def _print_UnevaluatedExpr(self, expr: sympy.UnevaluatedExpr) -> str:
        text = self._print(expr.args[0])
        return f"({text})" if text.startswith("-") else text


def form_text(expr: sympy.Basic) -> str:
    """``sympy.sstr(expr)``, but a group written unevaluated prints with its own sign."""
    return _FormPrinter().doprint(expr)


def _short(expr: object, limit: int = 60) -> str:
    text = form_text(expr) if isinstance(expr, sympy.Basic) else str(expr)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _allocate(ops: list[_Op], final: int) -> tuple[list[str], str, list[str]]:
    """Assign buffers (``f0``, ``f1``, ``b0``, ...) to values; the final value goes to ``out``.

    Returns the body lines, the scratch spec and the literals the body reads (named
    ``c0``, ``c1``, ... in the lines, in that order: rewrite "constant-array"). A buffer
    is free again after the last op that reads its value, and an op may write over an
    operand it is the last reader of (every op here is elementwise, so in-place is exact).
    """
    literals: dict[str, str] = {}

    def operand(arg: str) -> str:
        # A parameter is an identifier; anything else is a float literal (_literal).
        if arg.isidentifier():
            return arg
        return literals.setdefault(arg, f"c{len(literals)}")

    last_use: dict[int, int] = {}
    for index, op in enumerate(ops):
        for arg in op.args:
            if isinstance(arg, int):
                last_use[arg] = index
    where: dict[int, str] = {}
    free: dict[str, list[str]] = {"f": [], "b": []}
    counts = {"f": 0, "b": 0}
    lines = []
    final_index = max(i for i, op in enumerate(ops) if op.result == final)
    # The first op index from which ``out`` holds no value still to be read.
    out_free_from = 0
    for index, op in enumerate(ops):
        dying = [a for a in dict.fromkeys(op.args) if isinstance(a, int) and last_use[a] == index]
        if op.updates is not None:
            target = where[op.updates]
            dying = [a for a in dying if a != op.updates]
            if last_use[op.updates] > index or target == "out":
                # The old value is still needed: update a copy instead.
                copy = free[op.kind].pop() if free[op.kind] else f"{op.kind}{counts[op.kind]}"
                counts[op.kind] += copy == f"{op.kind}{counts[op.kind]}"
                lines.append(f"np.copyto({copy}, {target})")
                target = copy
        elif op.result == final or (
            op.into_out and last_use.get(op.result, -1) < final_index and out_free_from <= index
        ):
            target = "out"
            if op.result != final:
                out_free_from = last_use.get(op.result, index)
        elif op.rounds:
            raise NotImplementedError(
                f"emit: {op.comment} must be rounded in out, which holds another value then"
            )
        else:
            # Prefer writing over a dying operand of the same kind (in place).
            reuse = [where[a] for a in dying if where[a].startswith(op.kind)]
            if reuse:
                target = reuse[0]
                dying = [a for a in dying if where[a] != target]
            elif free[op.kind]:
                target = free[op.kind].pop()
            else:
                target = f"{op.kind}{counts[op.kind]}"
                counts[op.kind] += 1
        for value in dying:
            name = where[value]
            if name != "out" and name != target:
                free[name[0]].append(name)
        where[op.result] = target
        names = [where[a] if isinstance(a, int) else operand(a) for a in op.args]
        extra = _fill(op.extra, where)
        if op.updates is not None:
            call = f"{op.func}({target}, {names[1]}{extra})"
        else:
            # Rewrite "positional-out": the output buffer as the ufunc's positional
            # output argument, which NumPy takes without parsing a keyword.
            output = f"out={target}" if op.func in _KEYWORD_OUT else target
            call = f"{op.func}({', '.join(names)}, {output}{extra})"
        lines.append(_with_comment(call, op.comment))
    if final not in where or where[final] != "out":
        source = where.get(final)
        lines.append(f"np.copyto(out, {source})")
    scratch = "f" * counts["f"] + "b" * counts["b"]
    return lines, scratch, list(literals)


def _with_comment(call: str, comment: str) -> str:
    # Body lines sit 4 columns in; keep them within the 100-column line length.
    room = 100 - 4 - max(len(call), _CALL_WIDTH) - 4
    if not comment or room < 12:
        return call
    if len(comment) > room:
        comment = comment[: room - 3] + "..."
    return f"{call:<{_CALL_WIDTH}}  # {comment}"


def _fill(template: str, where: dict[int, str]) -> str:
    # Templates hold value ids in braces ("{3}"); replace them by buffer names.
    out, i = [], 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            out.append(where[int(template[i + 1 : j])])
            i = j + 1
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def emit_kernel(
    name: str,
    params: tuple[str, ...],
    form: sympy.Expr,
    *,
    symbols: dict[str, sympy.Symbol],
    doc: str,
    fast: sympy.Expr | None = None,
    float32: str = "native",
    limits: tuple[tuple[int, float], ...] = (),
    fast32: sympy.Expr | None = None,
    fallback: sympy.Expr | None = None,
    threaded_min: int | None = None,
) -> str:
    """The source of ``def name(*params, out=None)`` computing ``form`` elementwise.

    ``symbols`` maps each parameter name to the SymPy symbol it stands for in
    ``form``. The source expects ``np`` (NumPy) and ``_rt``
    (``verifier.kernels.runtime``) in its global namespace, as ``emit_module``
    provides. ``fast``, when given, is a cheaper form equal to ``form``, as accurate
    as it wherever its value is not nan and nan wherever it is not; it is emitted as a
    second body that the runtime uses first, recomputing by ``form`` the elements it
    gave nan. ``float32`` is passed to the runtime
    (``"native"`` or ``"float64"``: the precision float32 data is computed in;
    ``"form-native"``: the form alone in float32, the fast form for float64 only;
    ``"fast-native"``: the fast form in float32, what it gives nan in float64;
    ``"mixed"``: the fast form on float32 data with float64 scratch buffers, its exp in
    float32 and everything else in float64 (rewrite "mixed-exp"), what it gives nan in
    float64). ``fast32``, when given, is the fast form for float32 data (``fast``, if
    any, then for float64 data only): a form like ``fast`` whose nan guard is set for
    float32's precision, or one that pays only with float32's cheaper exp.
    ``fallback``, when given, is a form equal to ``form``, accurate where it is not nan,
    that the runtime tries before ``form`` on the elements the fast forms give nan.
    ``limits`` are (sign, value) pairs: the value at the one parameter = sign * inf,
    written over the body's result there (a form's inf*0 is nan where the function
    has a limit). ``threaded_min``, when given, is passed to the runtime: the number of
    elements from which two threads share the work (None: the runtime's default).
    Raises ``NotImplementedError`` for a node it cannot lower and ``ValueError`` for
    bad names.
    """
    for p in (name, *params):
        if not p.isidentifier() or keyword.iskeyword(p) or p in _RESERVED:
            raise ValueError(f"emit: {p!r} is not a usable Python name")
    if set(symbols) != set(params):
        raise ValueError(f"emit: symbols {sorted(symbols)} do not match params {list(params)}")
    if float32 not in FLOAT32_MODES:
        raise ValueError(f"emit: float32 must be one of {FLOAT32_MODES}, not {float32!r}")
    if float32 in ("fast-native", "form-native", "mixed") and fast is None and fast32 is None:
        raise ValueError(f"emit: float32='{float32}' needs a fast form")
    if fast32 is not None and float32 not in ("fast-native", "mixed"):
        raise ValueError("emit: a float32 fast form needs float32='fast-native' or 'mixed'")
    doc_text = doc.strip().replace('"""', r"\"\"\"")
    mixed = float32 == "mixed"
    fast_part = (
        None
        if fast is None
        else _body(f"_{name}_fast", params, fast, symbols, mixed=mixed and fast32 is None)
    )
    fast32_part = (
        None
        if fast32 is None
        else _body(f"_{name}_fast32", params, fast32, symbols, mixed=mixed, data32=mixed)
    )
    fallback_part = (
        None if fallback is None else _body(f"_{name}_fallback", params, fallback, symbols)
    )
    # The fast and fallback bodies take the first of the kernel's float buffers: the body
    # takes at least as many (unused ones are only passed through).
    floats = max(
        (len(part[1]) for part in (fast_part, fast32_part, fallback_part) if part), default=0
    )
    chunk, scratch = _body(f"_{name}_chunk", params, form, symbols, floats)
    if limits:
        if len(params) != 1:
            raise ValueError("emit: limits at infinity are for one-parameter kernels")
        chunk += "".join(
            f"    np.copyto(out, {float(value)!r}, where=({params[0]} == "
            f"{'' if sign > 0 else '-'}np.inf))  # the limit at {'+' if sign > 0 else '-'}oo\n"
            for sign, value in limits
        )
    parts = [chunk]
    options = [f'scratch="{scratch}"']
    if fast_part is not None:
        fast_body, fast_scratch = fast_part
        parts.append(fast_body)
        options += [f"fast=_{name}_fast", f'fast_scratch="{fast_scratch}"']
    if fast32_part is not None:
        fast32_body, fast32_scratch = fast32_part
        parts.append(fast32_body)
        options += [f"fast32=_{name}_fast32", f'fast32_scratch="{fast32_scratch}"']
    if fallback_part is not None:
        fallback_body, fallback_scratch = fallback_part
        parts.append(fallback_body)
        options += [f"fallback=_{name}_fallback", f'fallback_scratch="{fallback_scratch}"']
    if float32 != "native":
        options.append(f'float32="{float32}"')
    if threaded_min is not None:
        if type(threaded_min) is not int or threaded_min <= 0:
            raise ValueError(f"emit: threaded_min must be a positive int, not {threaded_min!r}")
        options.append(f"threaded_min={threaded_min:_}")
    arguments = [f'"{name}"', f"_{name}_chunk", *options]
    setup = f"_{name} = _rt.Kernel({', '.join(arguments)})"
    if len(setup) > 100:  # one argument a line, as ruff format would
        setup = f"_{name} = _rt.Kernel(\n" + "".join(f"    {a},\n" for a in arguments) + ")"
    parts.append(setup + "\n")
    call = (
        f"_{name}.one({params[0]}, out)"
        if len(params) == 1
        else (f"_{name}(({', '.join(params)}), out)")
    )
    parts.append(
        f"def {name}({', '.join(params)}, out=None):\n"
        f'    """{_indent_doc(doc_text)}"""\n'
        f"    return {call}\n"
    )
    return "\n\n".join(parts)


def _body(
    label: str,
    params: tuple[str, ...],
    form: sympy.Expr,
    symbols: dict[str, sympy.Symbol],
    floats: int = 0,
    mixed: bool = False,
    data32: bool = False,
) -> tuple[str, str]:
    """``def label(*params, out, *buffers): ...`` (indented once) and its scratch spec.

    ``floats``: at least this many float buffers in the signature and the spec.
    ``mixed``: the body of a float32="mixed" kernel (rewrite "mixed-exp"; its literals
    are read in the precision of its scratch buffers, float64 there). ``data32``: the
    body only ever sees float32 data and a float32 ``out`` (a "mixed" float32 fast
    body), so an exact op that only its exp reads may go to ``out``.
    """
    lowering = _Lowering(params, {symbols[p]: p for p in params})
    # cse would look inside UnevaluatedExpr and undo the grouping (-(df/f)/f became
    # (1/f)*df*(1/f), whose 1/f overflows for subnormal f); hide each group behind a
    # placeholder and lower its inside as written.
    groups = {
        group: sympy.Dummy(f"group{i}")
        for i, group in enumerate(
            sorted(form.atoms(sympy.UnevaluatedExpr), key=sympy.default_sort_key)
        )
    }
    lowering.shown = {placeholder: group for group, placeholder in groups.items()}
    for group, placeholder in groups.items():
        lowering.symbols[placeholder] = lowering.value(group)  # type: ignore[assignment]
    replacements, (reduced,) = sympy.cse([form.xreplace(groups)], symbols=_cse_names(params))
    for symbol, subexpr in replacements:
        value = lowering.value(subexpr)
        lowering.symbols[symbol] = value  # type: ignore[assignment]
        # Name the op after the cse symbol, so the listing reads "x0 = exp(-Abs(x))".
        if isinstance(value, int):
            op = next(o for o in lowering.ops if o.result == value)
            op.comment = f"{symbol} = {_short(subexpr.xreplace(lowering.shown))}"
    final = lowering.value(reduced)
    if lowering.rounded and not data32:
        raise NotImplementedError(
            "emit: DataPrecision is for the fast body of a float32='mixed' kernel on float32 "
            "data (fast32)"
        )
    if mixed:
        _mixed_precision(lowering, params, data32)
    lines_body: list[str]
    literals: list[str] = []
    if isinstance(final, str):  # form is a parameter or a constant
        lines_body, scratch = [f"np.copyto(out, {final})"], ""
    else:
        lines_body, scratch, literals = _allocate(lowering.ops, final)
    if scratch.count("f") < floats:
        scratch = "f" * floats + scratch.lstrip("f")
    buffers = [f"f{i}" for i in range(scratch.count("f"))] + [
        f"b{i}" for i in range(scratch.count("b"))
    ]
    signature = ", ".join((*params, "out", *buffers))
    head = ""
    if literals:
        # Rewrite "constant-array": each literal a 0-d array of the working precision,
        # made once at import (see runtime.constants), picked by the dtype of out.
        table = f"{label}_c"
        head = f"{table} = _rt.constants({', '.join(literals)})\n\n\n"
        names = ", ".join(f"c{i}" for i in range(len(literals)))
        names = f"({names},)" if len(literals) == 1 else names
        # A "mixed" body's literals take the precision of its (float64) scratch buffers.
        precision = "f0" if mixed and "f" in scratch else "out"
        unpack = f"{names} = {table}[{precision}.dtype.char]"
        if len(unpack) > 96:  # one name a line, as ruff format would
            unpack = (
                "(\n"
                + "".join(f"        c{i},\n" for i in range(len(literals)))
                + f"    ) = {table}[out.dtype.char]"
            )
        lines_body = [unpack, *lines_body]
    body = "\n".join(f"    {line}" for line in lines_body)
    return f"{head}def {label}({signature}):\n{body}\n", scratch


def _mixed_precision(lowering: _Lowering, params: tuple[str, ...], data32: bool = False) -> None:
    """Rewrite "mixed-exp" on a lowered fast body, or NotImplementedError.

    In a float32="mixed" body the parameter is float32 and every buffer float64: an op
    whose operands are all parameters runs in float32. That is exact for a sign change
    (the float64 buffer then holds the float32 value exactly) and wanted for exp (its
    float32 SIMD loop); exp of such an exact value, held in a float64 buffer, is told
    to run in the parameter's precision. Anything else would round in float32 unseen.
    With ``data32`` (a body for float32 data and a float32 ``out`` only), a sign change
    or |x| that only exp reads is written to ``out``, in float32 (the runtime never
    hands a fast body an ``out`` that overlaps its input): exp then reads float32
    directly instead of casting a float64 buffer back (the same bits, half the time of
    that exp), and no temporary is allocated.
    """
    producers = {op.result: op for op in lowering.ops}

    def exact_on_data(arg: str | int) -> bool:
        if isinstance(arg, str):
            return arg in params
        op = producers.get(arg)
        return op is not None and op.func in _EXACT_ON_DATA and op.args[0] in params

    readers: dict[int, int] = {}
    for op in lowering.ops:
        for arg in op.args:
            if isinstance(arg, int):
                readers[arg] = readers.get(arg, 0) + 1
    transcendental = set(_UNARY.values()) - set(_EXACT_ON_DATA)
    for op in lowering.ops:
        only_data = all(isinstance(a, str) and a in params for a in op.args)
        if op.func in transcendental and op.args[0] in lowering.rounded:
            # Rewrite "data-precision": the float32 value in out, by the float32 loop.
            op.extra += f", dtype={params[0]}.dtype"
        elif op.func == "np.exp":
            if not exact_on_data(op.args[0]):
                raise NotImplementedError(
                    f"emit: mixed precision: exp of {op.comment} is not exact in float32"
                )
            if not isinstance(op.args[0], str):
                op.extra += f", dtype={params[0]}.dtype"
                producer = producers[op.args[0]]
                # -x or |x| for this exp alone: in float32, in out (a float64 buffer
                # would make exp cast it back to float32 on the way in).
                if (
                    data32
                    and producer.func in ("np.negative", "np.abs")
                    and readers[producer.result] == 1
                ):
                    producer.into_out = True
        elif only_data and op.func not in _EXACT_ON_DATA:
            raise NotImplementedError(
                f"emit: mixed precision: {op.func} of the float32 data alone would round in float32"
            )


def _indent_doc(doc: str) -> str:
    lines = doc.splitlines()
    if len(lines) <= 1:
        return doc
    return "\n".join([lines[0], *("    " + line if line else "" for line in lines[1:]), "    "])


def _cse_names(params: tuple[str, ...]):
    # cse names must not collide with parameters (a parameter called x0 is legal).
    index = 0
    while True:
        candidate = f"x{index}"
        if candidate not in params:
            yield sympy.Symbol(candidate)
        index += 1


@dataclass(frozen=True)
class KernelSource:
    """What ``emit_module`` needs of one kernel (see ``emit_kernel`` for the fields)."""

    name: str
    params: tuple[str, ...]
    form: sympy.Expr
    symbols: dict[str, sympy.Symbol]
    doc: str
    provenance: dict[str, str]
    fast: sympy.Expr | None = None
    float32: str = "native"
    limits: tuple[tuple[int, float], ...] = ()
    fast32: sympy.Expr | None = None
    fallback: sympy.Expr | None = None
    threaded_min: int | None = None


def emit_module(
    kernels: list[KernelSource],
    registry: dict[str, tuple[str, str]],
    reexports: dict[str, tuple[str, ...]] | None = None,
) -> str:
    """The source of a whole kernels module: a header, each kernel, provenance, registries.

    ``provenance`` is a dict of plain literals attached as ``name.provenance``.
    ``registry`` maps an activation's name to the names of its (forward, derivative)
    kernels; it becomes ``KERNELS``, name -> (forward, derivative) functions, and
    ``ALL_KERNELS`` maps every kernel's name to its function. ``reexports`` maps a
    module to names imported from it, to be reached as ``verifier.kernels.<name>``
    (hand-written functions that are not elementwise kernels, such as the n-class
    softmax; not in ``__all__``).
    """
    names = [k.name for k in kernels]
    for activation, pair in registry.items():
        missing = [n for n in pair if n not in names]
        if missing:
            raise ValueError(f"emit: activation {activation!r} names unknown kernels {missing}")
    reexports = reexports or {}
    parts = [_MODULE_HEADER]
    bodies = []
    for k in kernels:
        bodies.append(
            emit_kernel(
                k.name,
                k.params,
                k.form,
                symbols=k.symbols,
                doc=k.doc,
                fast=k.fast,
                float32=k.float32,
                limits=k.limits,
                fast32=k.fast32,
                fallback=k.fallback,
                threaded_min=k.threaded_min,
            )
        )
        literal = pprint.pformat(dict(k.provenance), width=92, sort_dicts=False)
        bodies.append(f"{k.name}.provenance = {literal}\n")
    if any("_sp." in body for body in bodies):
        parts[0] += "from verifier.kernels import special as _sp\n"
    for module, imported in reexports.items():
        line = f"from {module} import {', '.join(sorted(imported))}\n"
        if len(line) > 101:  # one name a line, as isort would
            line = f"from {module} import (\n" + "".join(f"    {n},\n" for n in sorted(imported))
            line += ")\n"
        parts[0] += line
    parts += bodies
    pairs = "\n".join(f"    {a!r}: ({f}, {d})," for a, (f, d) in registry.items())
    parts.append(
        "# Each activation with its derivative kernel, as backprop consumes them.\n"
        "KERNELS = {\n" + pairs.replace("'", '"') + "\n}\n"
    )
    every = "\n".join(f'    "{n}": {n},' for n in names)
    parts.append("# Every kernel by name.\nALL_KERNELS = {\n" + every + "\n}\n")
    hand = sorted(n for imported in reexports.values() for n in imported)
    if hand:
        # Reached as verifier.kernels.<name>; kept out of __all__, which lists the
        # registries and the elementwise kernels.
        listed = "\n".join(f'    "{n}": {n},' for n in hand)
        parts.append(
            "# Hand-written functions that are not elementwise kernels, by name.\n"
            "HAND_WRITTEN = {\n" + listed + "\n}\n"
        )
    exported = ", ".join(f'"{n}"' for n in ["ALL_KERNELS", "KERNELS", *sorted(names)])
    parts.append(f"__all__ = [{exported}]\n")
    return "\n\n".join(p.rstrip("\n") + "\n" for p in parts).rstrip("\n") + "\n"


_MODULE_HEADER = '''"""Accurate NumPy kernels for the proved derivations.

GENERATED by ``verifier kernels --write`` (verifier/kernels/emit.py): do not edit by hand.
Each kernel computes a form that the checker proved equal to the derived formula,
chosen to stay accurate (<= 4 ULP) over the whole float line; its ``provenance``
attribute says which derivation, which form and which proof. Imports NumPy only.

Calling convention (kernel_runtime.apply): lists and arrays of any shape; integer
and bool input become float64, float32 stays float32; scalars and 0-d input give
a NumPy scalar; ``out=`` must match the result's shape and dtype and is returned.
"""

from __future__ import annotations

import numpy as np

from verifier.kernels import runtime as _rt
'''

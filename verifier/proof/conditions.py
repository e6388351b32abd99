"""Side conditions: what can be shown of an expression without evaluating the claim.

The rules need small facts before they may rewrite: a denominator is nonzero,
a function is differentiable, a limit that is split exists. This module
decides them conservatively from structure and from the hypotheses declared
under ``[functions]``. ``True`` means shown; ``False`` means "not shown" (it
may still hold), so a rule whose condition is not shown does not fire.

>>> import sympy
>>> x, h = sympy.symbols("x h", real=True)
>>> f = sympy.Function("f", real=True)
>>> facts = Facts({f: frozenset({"differentiable", "nonzero"})})
>>> facts.limit_exists((f(x + h) - f(x))/h, h, sympy.Integer(0))[0]
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import sympy
from sympy.core.function import AppliedUndef

from verifier.proof.binders import OPAQUE, ranged_index, substitute

HYPOTHESES = ("differentiable", "continuous", "nonzero", "positive")
TOGETHER_OPS = 40  # the largest sum is_positive brings over one denominator

# Elementary functions continuous and differentiable on the whole real line.
_SMOOTH = (
    sympy.exp,
    sympy.sin,
    sympy.cos,
    sympy.atan,
    sympy.sinh,
    sympy.cosh,
    sympy.tanh,
    sympy.erf,
)


@dataclass(frozen=True)
class Facts:
    """Declared hypotheses of unknown functions, and ``[define]`` unfoldings."""

    hypotheses: Mapping[sympy.FunctionClass, frozenset[str]] = field(default_factory=dict)
    defines: Mapping[str, object] = field(default_factory=dict)  # name -> parse.Define

    def has(self, func: sympy.FunctionClass, hypothesis: str) -> bool:
        held = self.hypotheses.get(func, frozenset())
        if hypothesis == "continuous":
            return bool(held & {"continuous", "differentiable"})
        if hypothesis == "nonzero":
            return bool(held & {"nonzero", "positive"})
        return hypothesis in held

    # -- signs ----------------------------------------------------------------
    def _with_known_signs(self, expr: sympy.Expr) -> sympy.Expr:
        """Replace opaque pieces by dummies carrying what is known of them."""
        mapping = {}
        for node in sympy.preorder_traversal(expr):
            if isinstance(node, AppliedUndef) and node.func.__name__ not in self.defines:
                if self.has(node.func, "positive"):
                    mapping[node] = sympy.Dummy(positive=True)
                elif self.has(node.func, "nonzero"):
                    mapping[node] = sympy.Dummy(real=True, nonzero=True)
                else:
                    mapping[node] = sympy.Dummy(real=True)
            elif isinstance(node, sympy.Derivative | sympy.Limit | sympy.Subs | sympy.Sum):
                # A sign SymPy would read off a numeric evaluation is not shown.
                mapping[node] = sympy.Dummy(real=True)
        return expr.xreplace(mapping) if mapping else expr

    def is_nonzero(self, expr: sympy.Expr) -> bool:
        expr = self.unfold(expr)
        if expr.is_Number:
            return bool(expr != 0 and expr.is_finite)
        if isinstance(expr, sympy.Mul):
            return all(self.is_nonzero(a) for a in expr.args)
        if isinstance(expr, sympy.Pow):
            return self.is_defined(expr) and self.is_nonzero(expr.base)
        if isinstance(expr, sympy.exp):
            return self.is_defined(expr.args[0])
        if isinstance(expr, AppliedUndef) and self.has(expr.func, "nonzero"):
            return self.is_defined(expr.args[0])
        return bool(self._with_known_signs(expr).is_nonzero) and self.is_defined(expr)

    def is_positive(self, expr: sympy.Expr) -> bool:
        expr = self.unfold(expr)
        signed = self._with_known_signs(expr)
        # 1 - 1/(e^u + 1): SymPy reads no sign off a difference, but over one
        # denominator, e^u/(e^u + 1), it does. ``together`` only brings the terms over a
        # common denominator: the same value wherever expr is defined, which is checked
        # below. Small sums only (the log arguments posts write).
        if not signed.is_positive and not (
            isinstance(signed, sympy.Add)
            and sympy.count_ops(signed) <= TOGETHER_OPS
            and sympy.together(signed).is_positive
        ):
            return False
        return self.is_defined(expr)

    def unfold(self, expr: sympy.Expr) -> sympy.Expr:
        """Unfold ``[define]`` abbreviations (a definition is an equality)."""
        if not self.defines:
            return expr

        def fold_out(node):
            if isinstance(node, AppliedUndef):
                define = self.defines.get(node.func.__name__)
                if define is not None and define.params:
                    return define.unfold(node.args)
            elif isinstance(node, sympy.Symbol):
                define = self.defines.get(node.name)
                if define is not None and not define.params and define.head == node:
                    return define.body
            return None

        for _ in range(8):
            new = expr.replace(lambda n: fold_out(n) is not None, fold_out)
            if new == expr:
                break
            expr = new
        return expr

    # -- regularity -------------------------------------------------------------
    def regular(
        self,
        expr: sympy.Expr,
        var: sympy.Symbol | None = None,
        point: sympy.Expr | None = None,
        level: str = "defined",
    ) -> bool:
        """Is ``expr`` well defined (level "defined"), continuous in ``var`` at
        ``point`` ("continuous"), or differentiable in ``var`` everywhere
        ("differentiable")? Conditions on denominators and logarithms are
        checked with ``var`` replaced by ``point`` node by node, before SymPy
        can simplify a pole away (1/factorial(-1) would evaluate to 0)."""
        return _Regularity(self, var, point, level).check(self.unfold(expr))

    def is_defined(self, expr: sympy.Expr) -> bool:
        return self.regular(expr)

    def is_differentiable(self, expr: sympy.Expr, var: sympy.Symbol) -> bool:
        return self.regular(expr, var, None, "differentiable")

    def is_continuous_at(self, expr: sympy.Expr, var: sympy.Symbol, point: sympy.Expr) -> bool:
        return self.regular(expr, var, point, "continuous")

    # -- limits -------------------------------------------------------------------
    def limit_exists(
        self, expr: sympy.Expr, var: sympy.Symbol, point: sympy.Expr
    ) -> tuple[bool, sympy.Expr | None, str]:
        """Show that Limit(expr, var, point) exists; return (shown, value, why).

        Two ways: ``expr`` is continuous at the point (the value is a
        substitution), or it becomes continuous after writing each
        differentiable g(a(var)) as g(a0) + (a(var) - a0)*q with q -> g'(a0),
        which is the definition of the derivative read the other way.
        """
        if point.has(sympy.oo, -sympy.oo, sympy.zoo):
            return False, None, "limits at infinity are not decided here"
        expr = self.unfold(expr)
        if self.is_continuous_at(expr, var, point):
            return True, substitute(expr, {var: point}), "continuous at the point"
        quotients = {}
        replaced = {}
        for node in sympy.preorder_traversal(expr):
            if (
                isinstance(node, AppliedUndef)
                and var in node.free_symbols
                and self.has(node.func, "differentiable")
                and node not in replaced
            ):
                arg = node.args[0]
                arg0 = substitute(arg, {var: point})
                if not (arg.is_polynomial(var) and sympy.degree(arg, var) >= 1):
                    return False, None, f"the argument of {node} is not a polynomial in {var}"
                q = sympy.Dummy(f"q_{node.func.__name__}", real=True)
                quotients[q] = sympy.Subs(sympy.Derivative(node.func(var), var), var, arg0).doit()
                replaced[node] = node.func(arg0) + (arg - arg0) * q
        if not replaced:
            return False, None, f"{expr} is not shown continuous at {var} = {point}"
        # together and cancel divide out common factors before anyone looks (h*(q - 1)
        # over q*h - h is 1 to them): every divisor of the body as written must first be
        # shown nonzero near the point, so that the body is defined there.
        undefined = self._undefined_near(expr, var, point, replaced, quotients)
        if undefined is not None:
            return False, None, undefined
        joined = sympy.together(expr.xreplace(replaced))
        rewritten = sympy.cancel(joined)
        # cancel divides out common factors of numerator and denominator. That is the
        # same function only where the factor is nonzero for var near the point (but not
        # at it): a factor c*(var - point) is; any other one (a quotient q, which is 0 for
        # every h when g is constant, or g(a0)) must be shown nonzero at the point, so
        # that by continuity it is nonzero nearby. Otherwise 0/0 would pass as a value.
        numerator, denominator = sympy.fraction(joined)
        for factor, _ in sympy.factor_list(sympy.gcd(numerator, denominator))[1]:
            if not sympy.cancel(factor / (var - point)).free_symbols:
                continue  # c*(var - point): nonzero for var != point
            if not factor.free_symbols:
                continue
            at_point = substitute(substitute(factor, {var: point}), quotients)
            if not self.is_nonzero(at_point):
                return (
                    False,
                    None,
                    f"cancelling {factor} would need it nonzero near {var} = {point}",
                )
        if self.is_continuous_at(rewritten, var, point):
            value = substitute(substitute(rewritten, {var: point}), quotients)
            return True, value, "a difference quotient of a differentiable function"
        return False, None, f"{expr} is not shown to have a limit at {var} = {point}"

    # -- defined near a point ---------------------------------------------------------
    def defined_near(
        self,
        expr: sympy.Expr,
        var: sympy.Symbol,
        point: sympy.Expr,
        *,
        powers: bool = True,
        parameters: bool = False,
    ) -> str | None:
        """None when ``expr`` as written is shown defined for ``var`` near ``point`` (but
        not at it): every divisor nonzero there, every real power's base and every log's
        argument positive there. Otherwise what is not shown, for the learner.

        The divisors are read off ``expr`` as written, before ``together`` or ``cancel``
        can divide a common factor out: (h**2 - h*Abs(h))/(Abs(h) - h) is 0/0 for every
        h > 0, whatever ``cancel`` makes of it. ``powers=False`` checks the divisors only
        (and the powers and logarithms in them, which cancel may divide out).
        ``parameters=True`` accepts a factor of a divisor free of ``var`` that is a nonzero
        polynomial in the other symbols (x, x**2 - y): where it is 0 the body is undefined
        for every ``var``, as a divisor outside binders is (for matching two bodies by
        algebra, not for showing that a limit exists)."""
        return self._undefined_near(self.unfold(expr), var, point, {}, {}, powers, parameters)

    def _undefined_near(
        self, expr, var, point, replaced, quotients, powers=True, parameters=False
    ) -> str | None:
        for kind, base in domain_conditions(expr):
            if kind != "nonzero" and not powers and not kind.endswith(IN_DIVISOR):
                continue  # a power or log that cancel cannot divide out
            if kind == "nonzero":
                why = self._nonzero_near(base, var, point, replaced, quotients, parameters)
                if why is not None:
                    return f"the divisor {base} is not shown nonzero near {var} = {point}: {why}"
            else:
                why = self._positive_near(base, var, point, replaced, quotients)
                if why is not None:
                    return f"{kind} {base} is not shown positive near {var} = {point}: {why}"
        return None

    def _positive_near(self, base, var, point, replaced, quotients) -> str | None:
        rewritten = base.xreplace(replaced) if replaced else base
        if self.is_positive(rewritten):
            return None
        if point.has(sympy.oo, -sympy.oo, sympy.zoo):
            return "it is not shown positive for large values"
        # Its own divisors are checked on their own: cancel is an identity near the point.
        rewritten = sympy.cancel(sympy.together(rewritten))
        at = substitute(substitute(rewritten, {var: point}), quotients)
        if self.is_continuous_at(rewritten, var, point) and self.is_positive(at):
            return None
        return f"its value at the point, {at}, is not shown positive"

    def _nonzero_near(self, base, var, point, replaced, quotients, parameters=False):
        """None when the divisor ``base`` is shown nonzero for ``var`` near ``point``
        (not at it); else why not."""
        if isinstance(base, sympy.Mul):
            for factor in base.args:
                why = self._nonzero_near(factor, var, point, replaced, quotients, parameters)
                if why is not None:
                    return why
            return None
        if isinstance(base, sympy.Pow):
            if base.exp.is_nonnegative:
                return self._nonzero_near(base.base, var, point, replaced, quotients, parameters)
            # b**e with e maybe negative: b is a divisor of its own (domain_conditions),
            # shown nonzero on its own, and then b**e is nonzero.
            return None
        if isinstance(base, sympy.exp):
            return None
        if isinstance(base, sympy.Abs):
            return self._nonzero_near(base.args[0], var, point, replaced, quotients, parameters)
        if parameters and var not in base.free_symbols and _nonzero_polynomial(base):
            return None
        if self.is_nonzero(base):
            return None  # for every value of the variable (f declared nonzero, h**2 + 1)
        rewritten = base.xreplace(replaced) if replaced else base
        if rewritten is not base and self.is_nonzero(rewritten):
            return None
        if rewritten.is_polynomial(var) and rewritten.has(var):
            return self._polynomial_nonzero_near(rewritten, var, point, quotients)
        if point.has(sympy.oo, -sympy.oo, sympy.zoo):
            return "it is not a polynomial in the variable"
        if not self.is_continuous_at(rewritten, var, point):
            return (
                f"it is neither a polynomial in {var} nor shown continuous at the point "
                "(it may be 0 on a whole interval)"
            )
        at = substitute(substitute(rewritten, {var: point}), quotients)
        if self.is_nonzero(at):
            return None  # continuous and nonzero at the point: nonzero near it
        return (
            f"it is not a polynomial in {var}, and its value at the point, {at}, is not "
            "shown nonzero (it may be 0 on a whole interval)"
        )

    def _polynomial_nonzero_near(self, poly_expr, var, point, quotients) -> str | None:
        infinite = point.has(sympy.oo, -sympy.oo, sympy.zoo)
        t = sympy.Dummy("t", real=True)
        shifted = poly_expr if infinite else substitute(poly_expr, {var: point + t})
        try:
            coefficients = sympy.Poly(sympy.expand(shifted), var if infinite else t).all_coeffs()
        except sympy.PolynomialError:
            return f"it is not a polynomial in {var}"
        coefficients = coefficients[::-1]  # lowest degree first
        if not any(c.has(*quotients) for c in coefficients):
            # A polynomial that is not the zero polynomial has isolated zeros: it is
            # nonzero near any point (and for large values), whatever its coefficients.
            if any(c != 0 and self.is_nonzero(c) for c in coefficients):
                return None
            return "no coefficient of it, as a polynomial in the variable, is shown nonzero"
        if infinite:
            return "it is not shown nonzero for large values"
        # With q = (g(a) - g(a0))/(a - a0), which depends on the variable: the divisor is
        # (var - point)**k*(c_k + (var - point)*...), nonzero near the point when c_k,
        # taken at q -> g'(a0), is nonzero.
        for c in coefficients:
            if c == 0:
                continue
            value = substitute(c, quotients)
            if self.is_nonzero(value):
                return None
            shown = show_quotients(quotients)
            return (
                f"with {shown} it is {sympy.factor(poly_expr)}, so the body is 0/0 wherever "
                f"{value} = 0: cancelling {c} would need it nonzero near {var} = {point}, "
                f"that is {value} != 0, which is not shown"
            )
        return "it is the zero polynomial"

    # -- power series ---------------------------------------------------------------
    def power_series_radius_infinite(
        self, term: sympy.Expr, index: sympy.Symbol, var: sympy.Symbol, lower: sympy.Expr
    ) -> bool:
        """Is ``term`` = c(n)*var**(n + k), n >= lower, with n + k >= 0 (no pole at 0)
        and c(n)/c(n+1) -> oo (ratio test)?"""
        if not lower.is_Integer:
            return False
        coeff, power = term.as_independent(var, as_Add=False)
        if power == 1 or not isinstance(power, sympy.Pow) or power.base != var:
            return False
        shift = sympy.expand(power.exp - index)
        if not shift.is_Integer or var in coeff.free_symbols:
            return False
        if lower + shift < 0:
            return False  # var**(negative) for the first terms: a pole at 0, not a power series
        ranged = ranged_index(index, lower, sympy.oo)
        if not self.is_defined(substitute(coeff, {index: ranged})):
            return False
        ratio = sympy.gammasimp(coeff / substitute(coeff, {index: index + 1}))
        if not ratio.is_polynomial(index) or ratio.free_symbols - {index}:
            return False
        poly = sympy.Poly(ratio, index)
        return poly.degree() >= 1 and poly.LC() > 0


def _nonzero_polynomial(expr: sympy.Expr) -> bool:
    """Is ``expr`` a polynomial in its symbols with numeric coefficients, not the zero
    polynomial? Then it is 0 only on a set with no interior (x, x**2 - y), unlike
    sin(x)**2 + cos(x)**2 - 1 or f(x) - 1."""
    symbols = sorted(expr.free_symbols, key=str)
    if not symbols or not expr.is_polynomial(*symbols):
        return False
    if any(s.is_integer for s in symbols):
        return False  # n is 0 at a term of a Sum over n: not a set with no interior
    try:
        poly = sympy.Poly(sympy.expand(expr), *symbols)
    except sympy.PolynomialError:
        return False
    return not poly.is_zero and all(c.is_Rational for c in poly.coeffs())


def show_quotients(quotients: Mapping) -> str:
    return ", ".join(f"{q} -> {value}" for q, value in quotients.items())


IN_DIVISOR = " (in a divisor)"


def domain_conditions(expr: sympy.Basic) -> list[tuple[str, sympy.Expr]]:
    """What ``expr`` as written needs to be defined, outside opaque terms (whose bodies
    bind their own variables): ("nonzero", b) for each division by b (a power whose
    exponent may be negative); ("the base of the power", b) of a real power and ("the
    argument of the logarithm", u), to be positive, with IN_DIVISOR appended to the
    kind when the power or logarithm is part of a divisor (cancel may divide it out:
    sqrt(h - 1)*(h + 1)/(sqrt(h - 1)*(h + 1)) is 1 to it)."""
    found: list[tuple[str, sympy.Expr]] = []

    def visit(node, in_divisor):
        if not isinstance(node, sympy.Basic) or node.is_Atom:
            return
        if isinstance(node, OPAQUE):
            return
        where = IN_DIVISOR if in_divisor else ""
        if isinstance(node, sympy.Pow):
            exp = node.exp
            divides = not exp.is_nonnegative
            if divides:
                found.append(("nonzero", node.base))  # a division, or maybe one
            if not exp.is_integer:
                kind = "the base of the power" + (IN_DIVISOR if divides else where)
                found.append((kind, node.base))
            visit(node.base, in_divisor or divides)
            visit(exp, in_divisor)
            return
        if isinstance(node, sympy.log):
            found.append(("the argument of the logarithm" + where, node.args[0]))
        for arg in node.args:
            visit(arg, in_divisor)

    visit(expr, False)
    unique = []
    for item in found:
        if item not in unique:
            unique.append(item)
    return unique


class _Regularity:
    def __init__(self, facts: Facts, var, point, level: str):
        self.facts = facts
        self.var = var
        self.point = point
        self.level = level

    def at(self, expr: sympy.Expr) -> sympy.Expr:
        if self.var is None or self.point is None:
            return expr
        return substitute(expr, {self.var: self.point})

    def nonzero(self, expr: sympy.Expr) -> bool:
        return self.facts.is_nonzero(self.at(expr))

    def positive(self, expr: sympy.Expr) -> bool:
        return self.facts.is_positive(self.at(expr))

    def depends(self, expr: sympy.Expr) -> bool:
        return self.var is not None and self.var in expr.free_symbols

    def check(self, expr: sympy.Expr) -> bool:
        if expr.is_Number:
            return bool(expr.is_finite)
        if expr.is_Symbol or expr in (sympy.pi, sympy.E):
            return True
        if isinstance(expr, sympy.Add | sympy.Mul):
            return all(self.check(a) for a in expr.args)
        if isinstance(expr, sympy.Pow):
            base, exp = expr.args
            if not self.check(base) or not self.check(exp):
                return False
            if self.level != "defined" and self.depends(exp):
                return self.positive(base)  # x**g(x) needs x > 0 near the point
            exp_at = self.at(exp)
            if exp_at.is_integer:
                return bool(exp_at.is_nonnegative) or self.nonzero(base)
            return self.positive(base)
        if isinstance(expr, _SMOOTH):
            return self.check(expr.args[0])
        if isinstance(expr, sympy.log):
            return self.check(expr.args[0]) and self.positive(expr.args[0])
        if isinstance(expr, sympy.Abs):
            if self.level == "differentiable" and self.depends(expr):
                return self.check(expr.args[0]) and self.nonzero(expr.args[0])
            return self.check(expr.args[0])
        if isinstance(expr, sympy.factorial):
            if self.level != "defined" and self.depends(expr):
                return False  # factorial is not continuous in its argument
            arg = self.at(expr.args[0])
            return bool(arg.is_integer and arg.is_nonnegative)
        if isinstance(expr, AppliedUndef):
            if not self.check(expr.args[0]):
                return False
            if not self.depends(expr):
                return True
            need = "differentiable" if self.level == "differentiable" else "continuous"
            return self.facts.has(expr.func, need)
        if isinstance(expr, sympy.Derivative):
            if self.depends(expr):
                return False
            body, variables = expr.expr, expr.variables
            return len(variables) == 1 and self.facts.is_differentiable(body, variables[0])
        if isinstance(expr, sympy.Sum):
            return self.sum_regular(expr)
        return False

    def sum_regular(self, expr: sympy.Sum) -> bool:
        """A power series with infinite radius is smooth in its variable."""
        if len(expr.limits) != 1:
            return False
        index, lower, upper = expr.limits[0]
        if upper != sympy.oo or not lower.is_Integer:
            return False
        variables = expr.free_symbols
        if len(variables) != 1:
            return False
        (var,) = variables
        return self.facts.power_series_radius_infinite(expr.function, index, var, lower)

"""The table of named rules: each a rewrite on subexpressions, with its side conditions.

A step "= C, by R" is checked by rewriting both the previous expression P and
C with the rules R until nothing changes, then asking algebra whether the two
results are equal (:mod:`verifier.proof.checker`). Each rule rewrites in one fixed
direction (unfold a definition, merge limits, push a derivative inward); since
both sides are rewritten, a step may use the rule either way round.

A rewrite fires only when its side conditions are shown (a split limit's
parts exist, a denominator is nonzero, a function is differentiable); a
condition that is not shown is recorded, and the rewrite does not happen.
Adding a rule is adding a row to :data:`RULES`.

>>> RULES["product-rule"].statement
'd/dx (A*B) = dA/dx*B + A*dB/dx, for A and B differentiable'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import sympy
from sympy.core.function import AppliedUndef

from verifier.proof.binders import (
    bound_variables,
    build,
    fresh,
    freshen_bound,
    ranged_index,
    rebuild,
    substitute,
)
from verifier.proof.conditions import Facts

Rewrite = Callable[[sympy.Basic, "RuleContext"], "sympy.Expr | None"]

# Templates of the bound variables rewrites introduce. Each application takes
# a fresh copy (binders.fresh), so two binders a rule introduces never share a
# variable; comparison is up to renaming of bound variables.
H = sympy.Dummy("h", real=True)
U = sympy.Dummy("u", real=True)
K = sympy.Dummy("n", integer=True, nonnegative=True)

MAX_PASSES = 40
MAX_OPS = 4000


@dataclass
class RuleContext:
    """Scratch state of one step's rewriting (not a verdict)."""

    facts: Facts
    lemmas: Mapping[str, Rule] = field(default_factory=dict)
    fired: set[str] = field(default_factory=set)
    conditions: list[str] = field(default_factory=list)  # side conditions shown
    failures: list[str] = field(default_factory=list)  # side conditions not shown
    sum_floor: int | None = None

    def require(self, rule: str, text: str, holds: bool) -> bool:
        entry = f"{rule}: {text}"
        target = self.conditions if holds else self.failures
        if entry not in target:
            target.append(entry)
        return holds


@dataclass(frozen=True)
class Rule:
    name: str
    statement: str
    rewrite: Rewrite | None  # None: the rule adds no rewrite (algebra)
    kind: str = "axiom"  # "axiom", "definition", "algebra" or "lemma"


def _first_order(node: sympy.Basic) -> sympy.Symbol | None:
    """The variable of a first-order Derivative in one variable, else None."""
    if isinstance(node, sympy.Derivative) and len(node.variable_count) == 1:
        var, count = node.variable_count[0]
        if count == 1:
            return var
    return None


def _depends(expr: sympy.Basic, var: sympy.Symbol) -> bool:
    return var in expr.free_symbols


# -- definitions --------------------------------------------------------------


def _definition(node, ctx):
    if isinstance(node, AppliedUndef):
        define = ctx.facts.defines.get(node.func.__name__)
        if define is not None and define.params:
            return define.unfold(node.args)
    if isinstance(node, sympy.Symbol):
        define = ctx.facts.defines.get(node.name)
        if define is not None and not define.params and define.head == node:
            return define.body
    return None


def _derivative_definition(node, ctx):
    var = _first_order(node)
    if var is None:
        return None
    g = node.expr
    h = fresh(H)
    shifted = substitute(g, {var: var + h})
    return sympy.Limit((shifted - g) / h, h, 0, dir="+-")


def _exp_series(node, ctx):
    if isinstance(node, sympy.exp):
        arg = node.args[0]
        k = fresh(K)
        return sympy.Sum(arg**k / sympy.factorial(k), (k, 0, sympy.oo))
    return None


# -- limit laws ---------------------------------------------------------------


def _limit_parts(node) -> tuple[sympy.Expr, sympy.Symbol, sympy.Expr, str]:
    body, var, point, direction = node.args
    return body, var, point, str(direction)


def _same_limit_groups(factors: Iterable[tuple[sympy.Limit, int]]):
    groups: dict[tuple, list] = {}
    for lim, power in factors:
        _, _, point, direction = _limit_parts(lim)
        groups.setdefault((point, direction), []).append((lim, power))
    return groups


def _limit_exists(ctx: RuleContext, rule: str, lim: sympy.Limit) -> tuple[bool, sympy.Expr | None]:
    body, var, point, _ = _limit_parts(lim)
    shown, value, why = ctx.facts.limit_exists(body, var, point)
    ctx.require(rule, f"{lim} exists ({why})", shown)
    return shown, value


def _merge(limits: list[tuple[sympy.Limit, int]]) -> sympy.Limit:
    """One Limit of the product of the bodies (raised to their powers), in a fresh variable."""
    _, var, point, direction = _limit_parts(limits[0][0])
    var = fresh(var)
    product = sympy.Integer(1)
    for lim, power in limits:
        body, other, _, _ = _limit_parts(lim)
        product = build(
            sympy.Mul, (product, build(sympy.Pow, (substitute(body, {other: var}), power)))
        )
    return sympy.Limit(product, var, point, dir=direction)


def _limit_product(node, ctx):
    if not isinstance(node, sympy.Mul):
        return None
    factors, rest = [], []
    for arg in node.args:
        if isinstance(arg, sympy.Limit):
            factors.append((arg, 1))
        elif (
            isinstance(arg, sympy.Pow)
            and isinstance(arg.base, sympy.Limit)
            and (arg.exp.is_Integer and arg.exp > 1)
        ):
            factors.append((arg.base, int(arg.exp)))
        else:
            rest.append(arg)
    for key, group in _same_limit_groups(factors).items():
        if len(group) < 2 and group[0][1] == 1:
            continue
        if all(_limit_exists(ctx, "limit-product", lim)[0] for lim, _ in group):
            others = [
                lim**p for k, g in _same_limit_groups(factors).items() if k != key for lim, p in g
            ]
            return build(sympy.Mul, (_merge(group), *others, *rest))
    return None


def _limit_quotient(node, ctx):
    if isinstance(node, sympy.Pow) and isinstance(node.base, sympy.Limit) and node.exp == -1:
        args = [node]
    elif isinstance(node, sympy.Mul):
        args = list(node.args)
    else:
        return None
    for i, arg in enumerate(args):
        if not (isinstance(arg, sympy.Pow) and isinstance(arg.base, sympy.Limit) and arg.exp == -1):
            continue
        denominator = arg.base
        exists, value = _limit_exists(ctx, "limit-quotient", denominator)
        nonzero = exists and ctx.facts.is_nonzero(value)
        if not ctx.require(
            "limit-quotient", f"{denominator} is nonzero (its value is {value})", nonzero
        ):
            continue
        _, _, point, direction = _limit_parts(denominator)
        numerators = [
            j
            for j, a in enumerate(args)
            if isinstance(a, sympy.Limit) and _limit_parts(a)[2:] == (point, direction)
        ]
        others = [a for j, a in enumerate(args) if j != i]
        if len(numerators) == 1:
            numerator = args[numerators[0]]
            if not _limit_exists(ctx, "limit-quotient", numerator)[0]:
                continue
            merged = _merge([(numerator, 1), (denominator, -1)])
            others = [a for j, a in enumerate(args) if j not in (i, numerators[0])]
        else:
            merged = _merge([(denominator, -1)])
        return build(sympy.Mul, (merged, *others))
    return None


def _limit_sum(node, ctx):
    if not isinstance(node, sympy.Add):
        return None
    terms, rest = [], []
    for arg in node.args:
        coeff, core = arg.as_coeff_Mul()
        if isinstance(core, sympy.Limit):
            terms.append((core, coeff))
        else:
            rest.append(arg)
    groups = _same_limit_groups(terms)
    for key, group in groups.items():
        if len(group) < 2:
            continue
        if all(_limit_exists(ctx, "limit-sum", lim)[0] for lim, _ in group):
            _, var, point, direction = _limit_parts(group[0][0])
            var = fresh(var)
            total = build(
                sympy.Add,
                tuple(
                    build(
                        sympy.Mul,
                        (c, substitute(_limit_parts(lim)[0], {_limit_parts(lim)[1]: var})),
                    )
                    for lim, c in group
                ),
            )
            others = [
                build(sympy.Mul, (c, lim)) for k, g in groups.items() if k != key for lim, c in g
            ]
            return build(sympy.Add, (sympy.Limit(total, var, point, dir=direction), *others, *rest))
    return None


def _limit_constant(node, ctx):
    if not isinstance(node, sympy.Limit):
        return None
    body, var, point, direction = _limit_parts(node)
    if not _depends(body, var):
        if ctx.require("limit-constant", f"{body} is defined", ctx.facts.is_defined(body)):
            return body
        return None
    if not isinstance(body, sympy.Mul):
        return None
    constant, varying = body.as_independent(var, as_Add=False)
    if constant == 1:
        return None
    defined = ctx.facts.is_defined(constant)
    if not ctx.require("limit-constant", f"{constant} is defined", defined):
        return None
    inner = sympy.Limit(varying, var, point, dir=direction)
    if not ctx.facts.is_nonzero(constant) and not _limit_exists(ctx, "limit-constant", inner)[0]:
        return None
    return constant * inner


def _continuity(node, ctx):
    if not isinstance(node, sympy.Limit):
        return None
    body, var, point, _ = _limit_parts(node)
    if point.has(sympy.oo, -sympy.oo):
        return None
    if ctx.require(
        "continuity",
        f"{body} is continuous in {var} at {point}",
        ctx.facts.is_continuous_at(body, var, point),
    ):
        return substitute(body, {var: point})
    return None


# -- derivative rules ---------------------------------------------------------


def _differentiable(ctx, rule, expr, var) -> bool:
    return ctx.require(
        rule, f"{expr} is differentiable in {var}", ctx.facts.is_differentiable(expr, var)
    )


def _sum_rule(node, ctx):
    var = _first_order(node)
    if var is None or not isinstance(node.expr, sympy.Add):
        return None
    terms = node.expr.args
    if all(_differentiable(ctx, "sum-rule", t, var) for t in terms):
        return sympy.Add(*[sympy.Derivative(t, var) for t in terms])
    return None


def _constant_rule(node, ctx):
    var = _first_order(node)
    if var is None:
        return None
    body = node.expr
    if not _depends(body, var):
        if ctx.require("constant-rule", f"{body} is defined", ctx.facts.is_defined(body)):
            return sympy.Integer(0)
        return None
    if not isinstance(body, sympy.Mul):
        return None
    constant, varying = body.as_independent(var, as_Add=False)
    if constant == 1:
        return None
    if not ctx.require("constant-rule", f"{constant} is defined", ctx.facts.is_defined(constant)):
        return None
    if not ctx.facts.is_nonzero(constant) and not _differentiable(
        ctx, "constant-rule", varying, var
    ):
        return None
    return constant * sympy.Derivative(varying, var)


def _product_rule(node, ctx):
    var = _first_order(node)
    if var is None or not isinstance(node.expr, sympy.Mul):
        return None
    constant, varying = node.expr.as_independent(var, as_Add=False)
    factors = sympy.Mul.make_args(varying)
    if len(factors) < 2:
        return None
    if not all(_differentiable(ctx, "product-rule", f, var) for f in factors):
        return None
    terms = []
    for i, f in enumerate(factors):
        others = [g for j, g in enumerate(factors) if j != i]
        terms.append(sympy.Mul(*others) * sympy.Derivative(f, var))
    return constant * sympy.Add(*terms)


def _chain_rule(node, ctx):
    var = _first_order(node)
    if var is None:
        return None
    body = node.expr
    u = fresh(U)
    if isinstance(body, sympy.Pow) and not _depends(body.exp, var):
        inner, outer = body.base, u**body.exp
    elif (
        isinstance(body, sympy.Function)
        and len(body.args) == 1
        and not (isinstance(body, AppliedUndef) and body.func.__name__ in ctx.facts.defines)
    ):
        inner, outer = body.args[0], body.func(u)
    else:
        return None
    if inner == var or not _depends(inner, var):
        return None
    if not _differentiable(ctx, "chain-rule", body, var):
        return None
    return sympy.Subs(sympy.Derivative(outer, u), u, inner) * sympy.Derivative(inner, var)


def _power_rule(node, ctx):
    var = _first_order(node)
    if var is None:
        return None
    body = node.expr
    if body == var:
        return sympy.Integer(1)
    if isinstance(body, sympy.Pow) and body.base == var and not _depends(body.exp, var):
        n = body.exp
        ok = bool(n.is_integer) or bool(var.is_positive)
        if ctx.require("power-rule", f"{n} is an integer or {var} > 0", ok):
            return n * var ** (n - 1)
    return None


# -- series -------------------------------------------------------------------


def _termwise(node, ctx):
    var = _first_order(node)
    if var is None or not isinstance(node.expr, sympy.Sum) or len(node.expr.limits) != 1:
        return None
    series = node.expr
    index, lower, upper = series.limits[0]
    if _depends(lower, var) or _depends(upper, var):
        return None
    if not lower.is_Integer:
        return None
    if upper.is_Integer:
        # A finite sum of differentiable terms (both bounds are numbers).
        ranged = ranged_index(index, lower, upper)
        ok = ctx.facts.is_differentiable(substitute(series.function, {index: ranged}), var)
        why = f"a finite sum of terms differentiable in {var}"
    elif upper == sympy.oo:
        ok = ctx.facts.power_series_radius_infinite(series.function, index, var, lower)
        why = f"a power series in {var} with infinite radius of convergence"
    else:
        return None
    if ctx.require("termwise", f"{series} is {why}", ok):
        return sympy.Sum(sympy.Derivative(series.function, var), (index, lower, upper))
    return None


def _reindex(node, ctx):
    if not isinstance(node, sympy.Sum) or len(node.limits) != 1:
        return None
    index, lower, upper = node.limits[0]
    if lower == 0 or not lower.is_finite:
        return None
    return sympy.Sum(substitute(node.function, {index: index + lower}), (index, 0, upper - lower))


def _sum_first_term(node, ctx):
    if ctx.sum_floor is None or not isinstance(node, sympy.Sum) or len(node.limits) != 1:
        return None
    index, lower, upper = node.limits[0]
    if not lower.is_Integer or lower >= ctx.sum_floor or not (upper - lower).is_extended_positive:
        return None
    term = node.function
    defined = ctx.facts.regular(term, index, lower, "defined")
    if not ctx.require("sum-first-term", f"the term at {index} = {lower} is defined", defined):
        return None
    first = substitute(term, {index: lower})
    return first + sympy.Sum(term, (index, lower + 1, upper))


# -- the table ----------------------------------------------------------------

RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule(
            "algebra",
            "equal as algebraic expressions (Derivative, Limit, Sum kept opaque)",
            None,
            kind="algebra",
        ),
        Rule(
            "definition",
            "unfold or fold an abbreviation from [define]",
            _definition,
            kind="definition",
        ),
        Rule(
            "derivative-definition",
            "d/dx g(x) = lim_{h->0} (g(x+h) - g(x))/h",
            _derivative_definition,
            kind="definition",
        ),
        Rule("exp-series", "exp(X) = Sum(X**n/n!, n = 0..oo)", _exp_series, kind="definition"),
        Rule("limit-sum", "lim (A + B) = lim A + lim B, when lim A and lim B exist", _limit_sum),
        Rule(
            "limit-product", "lim (A*B) = lim A * lim B, when lim A and lim B exist", _limit_product
        ),
        Rule(
            "limit-quotient",
            "lim (A/B) = lim A / lim B, when both exist and lim B != 0",
            _limit_quotient,
        ),
        Rule(
            "limit-constant",
            "lim c = c and lim (c*A) = c * lim A, for c free of the variable",
            _limit_constant,
        ),
        Rule("continuity", "lim_{h->a} A(h) = A(a), for A continuous at a", _continuity),
        Rule("sum-rule", "d/dx (A + B) = dA/dx + dB/dx, for A and B differentiable", _sum_rule),
        Rule(
            "constant-rule", "d/dx c = 0 and d/dx (c*A) = c*dA/dx, for c free of x", _constant_rule
        ),
        Rule(
            "product-rule",
            "d/dx (A*B) = dA/dx*B + A*dB/dx, for A and B differentiable",
            _product_rule,
        ),
        Rule(
            "chain-rule", "d/dx F(G(x)) = F'(G(x)) * dG/dx, for F and G differentiable", _chain_rule
        ),
        Rule(
            "power-rule",
            "d/dx x**n = n*x**(n-1), for n free of x (n integer or x > 0)",
            _power_rule,
        ),
        Rule(
            "termwise",
            "d/dx Sum(a_n(x)) = Sum(d/dx a_n(x)), for a power series inside its "
            "radius of convergence (or a finite sum)",
            _termwise,
        ),
        Rule("reindex", "Sum(a(n), n = k..b) = Sum(a(n + k), n = 0..b - k)", _reindex),
        Rule(
            "sum-first-term", "Sum(a(n), n = k..b) = a(k) + Sum(a(n), n = k+1..b)", _sum_first_term
        ),
    )
}


# -- lemmas -------------------------------------------------------------------


_SYMBOL_ASSUMPTIONS = ("integer", "positive", "negative", "nonnegative", "nonpositive", "nonzero")


def lemma_rule(derivation) -> Rule:
    """A proved derivation as a rewrite: its claim's left side -> right side.

    A lemma holds for every value of its symbols that satisfies their
    assumptions, and for every function that satisfies its hypotheses. So an
    instance maps each lemma symbol to a symbol (distinct lemma symbols to
    distinct symbols: the lemma may treat them as independent), and shows
    that the image has the assumptions of the lemma symbol (positive, integer,
    ...); it maps each declared function f, which must appear only as f(x)
    for one symbol x, to an expression that satisfies f's hypotheses in the
    image of x. The instance is built by capture-avoiding substitution.
    """
    facts = Facts(derivation.hypotheses, derivation.defines)
    lhs, rhs = (facts.unfold(side) for side in derivation.claim)
    name = derivation.id
    statement = _lemma_statement(derivation)
    # SymPy leaves x out of Derivative(y, x).free_symbols; the lemma is about x too.
    symbols = sorted(
        lhs.free_symbols
        | rhs.free_symbols
        | {
            v
            for node in sympy.preorder_traversal(sympy.Tuple(lhs, rhs))
            if isinstance(node, sympy.Derivative)
            for v in node.variables
        },
        key=lambda s: s.name,
    )
    symbol_wilds = {
        s: sympy.Wild(f"X_{s.name}", properties=[lambda e: isinstance(e, sympy.Symbol)])
        for s in symbols
    }
    bound = {
        v
        for node in sympy.preorder_traversal(sympy.Tuple(lhs, rhs))
        if not isinstance(node, sympy.Derivative)
        for v in bound_variables(node)
    }
    if bound & set(symbol_wilds):
        # A name both free and bound in the lemma: too easy to confuse; not a pattern.
        return Rule(name, statement, _unusable(name), kind="lemma")
    function_wilds: dict = {}
    applications: dict = {}
    for node in sympy.preorder_traversal(sympy.Tuple(lhs, rhs)):
        if isinstance(node, AppliedUndef):
            usable = len(node.args) == 1 and node.args[0] in symbol_wilds
            if not usable or applications.setdefault(node.func, node) != node:
                # f(x + h), or f at two different symbols: not a pattern variable.
                return Rule(name, statement, _unusable(name), kind="lemma")
            function_wilds[node] = sympy.Wild(f"F_{node.func.__name__}")
    # The lemma's own symbols never meet the file's: rename them to fresh ones.
    private = {s: fresh(s) for s in symbols}
    pattern = lhs.xreplace(function_wilds).xreplace(symbol_wilds)
    if not set(pattern.atoms(sympy.Wild)) >= set(symbol_wilds.values()) | set(
        w for app, w in function_wilds.items() if rhs.has(app)
    ):
        return Rule(name, statement, _unusable(name), kind="lemma")
    # The right side's own binders get fresh variables, so no instance is captured by them.
    private_rhs = freshen_bound(rhs.xreplace(private))
    scopes = _binder_scopes(pattern)
    private_apps = {app.xreplace(private): w for app, w in function_wilds.items()}
    hypotheses = {
        function_wilds[app]: (
            derivation.hypotheses.get(app.func, frozenset()),
            symbol_wilds[app.args[0]],
        )
        for app in function_wilds
    }
    symbol_of = {w: s for s, w in symbol_wilds.items()}

    def rewrite(node, ctx):
        if type(node) is not type(pattern):
            return None
        match = node.match(pattern)
        if not match or pattern.xreplace(match) != node:
            return None
        # Each pattern variable must stand for a piece written in the node, so
        # that 1/F does not match A with F = 1/A (valid, but it rewrites forever).
        if not all(node.has(instance) for instance in match.values()):
            return None
        images = {}
        for wild, original in symbol_of.items():
            instance = match.get(wild)
            if instance is None or not isinstance(instance, sympy.Symbol):
                return None
            if instance in images.values():
                ctx.require(name, f"two symbols of the lemma are both {instance}", False)
                return None
            images[wild] = instance
            for assumption in (*_SYMBOL_ASSUMPTIONS, "real"):
                if getattr(original, f"is_{assumption}") and not getattr(
                    instance, f"is_{assumption}"
                ):
                    ctx.require(
                        name, f"{instance} is {assumption}, as the lemma's {original} is", False
                    )
                    return None
        for wild, (needs, var_wild) in hypotheses.items():
            instance, var = match.get(wild), match.get(var_wild)
            if instance is None or var is None:
                return None
            # f(x) sits inside binders of the lemma (d/dy, a Limit in h): its
            # instance may not mention what those bind, other than x itself.
            bound_here = {match.get(v, v) for v in scopes.get(wild, ())} - {var}
            if instance.free_symbols & bound_here:
                names = ", ".join(sorted(map(str, instance.free_symbols & bound_here)))
                ctx.require(
                    name,
                    f"the instance {instance} of the lemma's function may not "
                    f"mention {names}, which the lemma binds around it",
                    False,
                )
                return None
            # A lemma's function is a real function defined everywhere: so must
            # its instance be (a Limit that does not exist, log(x) at x <= 0 is not).
            if not ctx.require(name, f"{instance} is defined", ctx.facts.is_defined(instance)):
                return None
            for need in sorted(needs):
                if need == "differentiable":
                    ok = ctx.facts.is_differentiable(instance, var)
                elif need == "continuous":
                    ok = ctx.facts.is_continuous_at(instance, var, var)
                elif need == "nonzero":
                    ok = ctx.facts.is_nonzero(instance)
                else:
                    ok = ctx.facts.is_positive(instance)
                if not ctx.require(name, f"{instance} is {need}", ok):
                    return None
        # Instantiate: each f(x) by its instance written in the lemma's private
        # x, then every private symbol by its image, without capture.
        inverse = {w: s for s, w in symbol_wilds.items()}
        to_private = {images[w]: private[inverse[w]] for w in images}
        functions = {
            app: substitute(
                match[w], {images[hypotheses[w][1]]: private[inverse[hypotheses[w][1]]]}
            )
            for app, w in private_apps.items()
        }
        instantiated = private_rhs.xreplace(functions)
        del to_private
        return substitute(instantiated, {private[inverse[w]]: images[w] for w in images})

    return Rule(name, statement, rewrite, kind="lemma")


def _binder_scopes(pattern: sympy.Basic) -> dict:
    """For each Wild of ``pattern``, the variables bound by the binders around it."""
    scopes: dict = {}

    def walk(node, bound: frozenset):
        if isinstance(node, sympy.Wild):
            scopes.setdefault(node, set()).update(bound)
            return
        inner = bound | frozenset(bound_variables(node))
        for arg in node.args:
            walk(arg, inner)

    walk(pattern, frozenset())
    return scopes


def _lemma_statement(derivation) -> str:
    hyps = ", ".join(f"{f} {' '.join(sorted(h))}" for f, h in derivation.hypotheses.items() if h)
    return f"{derivation.claim_text}" + (f" (for {hyps})" if hyps else "")


def _unusable(name: str) -> Rewrite:
    def rewrite(node, ctx):
        ctx.require(name, "the lemma's claim is not of a form usable as a rewrite", False)
        return None

    return rewrite


# -- the engine ---------------------------------------------------------------


class RewriteLimit(Exception):
    """The rules did not reach a fixed point within the limits."""


def normalize(expr: sympy.Expr, rules: Iterable[Rule], ctx: RuleContext) -> sympy.Expr:
    """Rewrite ``expr`` with ``rules`` until nothing changes."""
    active = [r for r in rules if r.rewrite is not None]
    for _ in range(MAX_PASSES):
        new = _pass(expr, active, ctx)
        if new == expr:
            return expr
        expr = new
        if sympy.count_ops(expr) > MAX_OPS:
            raise RewriteLimit(f"the rules grew the expression beyond {MAX_OPS} operations")
    raise RewriteLimit(f"the rules did not settle after {MAX_PASSES} passes")


def _pass(expr: sympy.Basic, rules: list[Rule], ctx: RuleContext) -> sympy.Basic:
    # Top-down: a rule sees a node before its parts are rewritten, so that
    # lim A / lim B meets the quotient law whole, not as lim A and 1/lim B.
    for rule in rules:
        new = rule.rewrite(expr, ctx)
        if new is not None and new != expr:
            ctx.fired.add(rule.name)
            return new
    if isinstance(expr, sympy.Sum) and len(expr.limits) == 1:
        # Inside the body the index ranges over lower..upper: rewrite it as a
        # variable that knows so (1/factorial(n) is defined for n >= 1).
        index, lower, upper = expr.limits[0]
        ranged = ranged_index(index, lower, upper)
        body = _pass(substitute(expr.function, {index: ranged}), rules, ctx)
        bounds = (_pass(lower, rules, ctx), _pass(upper, rules, ctx))
        new = sympy.Sum(substitute(body, {ranged: index}), (index, *bounds))
        return _substitute(new if new != expr else expr)
    if expr.args and not isinstance(expr, sympy.Tuple | sympy.Symbol):
        args = tuple(_pass(a, rules, ctx) for a in expr.args)
        expr = rebuild(expr, args)
    return _substitute(expr)


def _substitute(expr: sympy.Basic) -> sympy.Basic:
    """Subs(A, u, G) -> A[u := G] once A holds no derivative in u: plain substitution."""
    if isinstance(expr, sympy.Subs) and len(expr.variables) == 1:
        body, var, value = expr.expr, expr.variables[0], expr.point[0]
        if not any(
            isinstance(n, sympy.Derivative) and var in n.free_symbols | set(n.variables)
            for n in sympy.preorder_traversal(body)
        ):
            return substitute(body, {var: value})
    return expr


def sum_floor(*exprs: sympy.Expr) -> int | None:
    """The largest integer lower bound of a Sum in ``exprs`` (for sum-first-term)."""
    floors = [
        int(node.limits[0][1])
        for e in exprs
        for node in sympy.preorder_traversal(e)
        if isinstance(node, sympy.Sum) and node.limits[0][1].is_Integer
    ]
    return max(floors) if floors else None

"""Lemmas: a proved derivation, cited by id, as a rewrite of its claim's left side.

An instance of a lemma maps its symbols to symbols with the same assumptions
and its functions to expressions that satisfy their hypotheses; see
:func:`lemma_rule`. Abbreviations are unfolded when a file is read, so a lemma
about ``S(x)`` applies to whatever ``S(x)`` stands for in the citing file.
"""

from __future__ import annotations

import sympy
from sympy.core.function import AppliedUndef

from verifier.proof.binders import bound_variables, fresh, freshen_bound, substitute
from verifier.proof.conditions import Facts
from verifier.proof.rules.table import Rewrite, Rule, depends

__all__ = ["lemma_rule"]


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
    statement = derivation.claim_text
    conditions = _lemma_conditions(derivation)
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
        return Rule(name, statement, _unusable(name), kind="lemma", conditions=conditions)
    function_wilds: dict = {}
    applications: dict = {}
    for node in sympy.preorder_traversal(sympy.Tuple(lhs, rhs)):
        if isinstance(node, AppliedUndef):
            usable = len(node.args) == 1 and node.args[0] in symbol_wilds
            if not usable or applications.setdefault(node.func, node) != node:
                # f(x + h), or f at two different symbols: not a pattern variable.
                return Rule(name, statement, _unusable(name), kind="lemma", conditions=conditions)
            function_wilds[node] = sympy.Wild(f"F_{node.func.__name__}")
    # The lemma's own symbols never meet the file's: rename them to fresh ones.
    private = {s: fresh(s) for s in symbols}
    pattern = lhs.xreplace(function_wilds).xreplace(symbol_wilds)
    if not set(pattern.atoms(sympy.Wild)) >= set(symbol_wilds.values()) | set(
        w for app, w in function_wilds.items() if rhs.has(app)
    ):
        return Rule(name, statement, _unusable(name), kind="lemma", conditions=conditions)
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
            # x inside the lemma's binders (Subs(u*x, u, 2), a Limit in h) may not be
            # matched to what they bind there: S + Subs(u**2, u, 2) would read as
            # x = u and become S + 2*u, with the bound u set free. (x itself is what
            # d/dx binds in Derivative(1/f(x), x): its image is x's own.)
            bound_around = {match.get(v, v) for v in scopes.get(wild, ()) if v != wild}
            if instance in bound_around:
                ctx.require(
                    name,
                    f"the lemma's {original} may not stand for {instance}, which the "
                    "lemma binds around it",
                    False,
                )
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
            # A function variable stands for a function of x, never a constant:
            # 1/F matched by Derivative(1, x) with F = 1 would rewrite forever,
            # and a lemma about f(x) says nothing useful of a number.
            if not depends(instance, var):
                ctx.require(
                    name,
                    f"the instance {instance} of {wild.name[2:]}({var}) depends on {var}",
                    False,
                )
                return None
            # f(x) sits inside binders of the lemma (d/dy, a Limit in h): its
            # instance may not mention what those bind, other than x itself where
            # a binder binds x (d/dx). Not "minus x's image": in x*Subs(u*f(x), u, 2)
            # cited with x := u, the instance exp(u) would read the bound u as x.
            bound_here = {match.get(v, v) for v in scopes.get(wild, ()) if v != var_wild}
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

    return Rule(name, statement, rewrite, kind="lemma", conditions=conditions)


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


def _lemma_conditions(derivation) -> tuple[str, ...]:
    return tuple(f"{f} {' '.join(sorted(h))}" for f, h in derivation.hypotheses.items() if h)


def _unusable(name: str) -> Rewrite:
    def rewrite(node, ctx):
        ctx.require(name, "the lemma's claim is not of a form usable as a rewrite", False)
        return None

    return rewrite

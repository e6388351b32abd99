"""Every link of every chain of a post, checked by the trusted kernel.

Each chain becomes a list of :class:`~verifier.proof.model.Step` built the
way a TOML file's steps are built (:func:`verifier.proof.syntax.parse_expression`
with the chain's scope), and each link is one call of
:func:`verifier.proof.checker.check_step` with ``by = "auto"``: the search
proposes rules, the kernel decides. Nothing here makes a verdict; a link that
cannot be read, or whose previous expression could not be, is reported
"unknown" with the reason ("not read: ..."), and the rest of the post goes on.

A counterexample is only as good as its names: a link whose two sides differ
in a name the post never defines (a weight ``w_1`` given no value) is
"unknown: uses a name never defined", never refuted by a value made up for it.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import time
from dataclasses import dataclass, replace
from fractions import Fraction

import mpmath
import sympy
from sympy.core.function import AppliedUndef

from verifier.errors import InputError
from verifier.posts.chain import Chain, chains
from verifier.posts.context import Context, PostValue, build_scope, read_context
from verifier.posts.document import Post
from verifier.posts.latex import ChainHints, NotRead, Translation
from verifier.proof import intervals
from verifier.proof.binders import bound_variables
from verifier.proof.checker import CheckContext, Verdict, check_step
from verifier.proof.conditions import Facts
from verifier.proof.deadline import StepTimeout, clock, run_with_deadline
from verifier.proof.model import Step
from verifier.proof.syntax import parse_expression

AUTO = ("auto",)
LINK_TIMEOUT = 2.0  # seconds per link unless the caller says otherwise
INDEX_RETRIES = 3  # other seeds for a counterexample whose family index is out of range
DERIVATIVE_SECONDS = 1.0  # to compute a link's derivatives, to see which names it uses
SUM_DERIVATIVE_SECONDS = 3.0  # per link that differentiates a sum (or sums derivatives)


@dataclass(frozen=True)
class LinkResult:
    """One step of a chain: step 1 is the chain's first expression."""

    index: int
    line: int
    column: int
    source: str  # the LaTeX as written
    verdict: str  # proved, refuted, unknown (a str: Verdict is a StrEnum)
    reason: str
    by: tuple[str, ...] = ()
    counterexample: dict | None = None
    offset: int = 0  # of the '=' sign before it (the first: of the expression)


@dataclass(frozen=True)
class ChainResult:
    id: str
    file: str
    verdict: str
    steps: tuple[LinkResult, ...]
    assumptions: tuple[str, ...]


@dataclass(frozen=True)
class PostResult:
    file: str
    post: Post
    chains: tuple[ChainResult, ...]
    assumptions: tuple[str, ...]
    seconds: float


# Shipped lemmas a post's links may cite, in tiers: a link the rules alone leave
# undecided is asked again with the first tier, then with the second. Each tier is
# checked by the kernel once per process (the first takes a fraction of a second,
# the second a few seconds), only when a post needs it.
LEMMA_TIERS = (
    ("exp-derivative",),
    ("exp-derivative", "reciprocal-rule", "sigmoid-derivative", "tanh-derivative"),
)
_tiers: dict[int, dict] = {}


def citable_lemmas(tier: int) -> dict:
    """The lemmas of LEMMA_TIERS[tier] that the checker proves here, as rules by id."""
    if tier not in _tiers:
        from verifier.proof.checker import check_all
        from verifier.proof.model import load_file, resolve, shipped_dir
        from verifier.proof.rules import lemma_rule

        wanted = [shipped_dir() / f"{i}.toml" for i in LEMMA_TIERS[tier]]
        derivations = [load_file(p, shipped=True) for p in wanted if p.exists()]
        reports = check_all(resolve(derivations, []), timeout=10.0)
        _tiers[tier] = {
            r.derivation.id: lemma_rule(r.derivation)
            for r in reports
            if r.proved and r.derivation.id in LEMMA_TIERS[tier]
        }
    return _tiers[tier]


# A whole post is bounded too: past this many seconds the chains left are not checked.
POST_BUDGET = 300.0
MAX_LINKS = 2000

# A condition written beside a link: \quad (x > 0), \quad x \neq 0, \text{for } x > 0.
_SIDE_CONDITION = re.compile(r"\\q?quad|\\text\s*\{\s*(?:for|if|when|where)\b")


def _line_text(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end != -1 else len(text)]


def check_post(
    post: Post, *, timeout: float = LINK_TIMEOUT, budget: float = POST_BUDGET
) -> PostResult:
    """Check every link of ``post``; each link within ``timeout`` seconds, the whole post
    within ``budget`` seconds (the chains left after that are reported unknown)."""
    began, spent = time.monotonic(), clock()  # the budget counts CPU time, as step limits do
    context = read_context(post)
    found = chains([m for m in post.math if m.display], post.clean)
    links = sum(len(chain.exprs) - 1 for chain in found)
    if links > MAX_LINKS:
        raise InputError(
            f"{links} links in one post (at most {MAX_LINKS}): split the post", file=post.file
        )
    stem = post.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    results = []
    for number, chain in enumerate(found, start=1):
        ident = f"{stem}-c{number}"
        if clock() - spent > budget:
            results.append(_out_of_time(post, chain, ident, budget))
            continue
        result = _check_chain(post, context, chain, ident, timeout)
        results.append(result)
        context.values = _confirmed(context.values, chain, result)
    return PostResult(
        post.file, post, tuple(results), tuple(context.assumptions), time.monotonic() - began
    )


def _out_of_time(post: Post, chain: Chain, ident: str, budget: float) -> ChainResult:
    reason = f"not checked: the post's time budget ({budget:g} s) ran out before this chain"
    links = []
    for k, e in enumerate(chain.exprs):
        offset = _first_char(post.clean, e.start, e.spans)
        line, column = post.position(offset)
        source = e.text(post.clean).strip()
        links.append(LinkResult(k + 1, line, column, source, "unknown", reason, (), None, offset))
    return ChainResult(ident, post.file, "unknown", tuple(links), ())


def _check_chain(
    post: Post, context: Context, chain: Chain, ident: str, timeout: float
) -> ChainResult:
    texts = [e.text(post.clean) for e in chain.exprs]
    offsets = [_first_char(post.clean, e.start, e.spans) for e in chain.exprs]
    translations = _translate_chain(context, chain, texts, None)
    hints = _chain_hints(context, translations)
    if hints is not None:
        # Read again knowing what the whole chain says (t_i beside a sum of t_k).
        translations = _translate_chain(context, chain, texts, hints)
    good = [t for t in translations if isinstance(t, Translation)]
    cscope = build_scope(context, good, chain.exprs[0].start, post.file)
    facts = Facts(cscope.hypotheses, cscope.scope.defines)
    steps: list[Step | str] = []
    for k, (t, text) in enumerate(zip(translations, texts, strict=True)):
        line, _ = post.position(offsets[k])
        if isinstance(t, NotRead):
            where = post.position(t.offset)
            steps.append(f"not read: {t.message} (at {where[0]}:{where[1]})")
            continue
        try:
            dropped: list = []
            expr = parse_expression(
                t.text, cscope.scope, file=post.file, line=line, dropped=dropped
            )
            display = parse_expression(
                t.text, cscope.scope, file=post.file, line=line, evaluate=False
            )
        except InputError as exc:
            steps.append(f"not read: {exc.message}")
            continue
        implicit = _implicit_dependence(
            expr, t.differentiated, context.names.families - _data_families(context)
        )
        if implicit:
            steps.append(f"not read: {implicit}")
            continue
        steps.append(
            Step(k + 1, line, text, expr, display, AUTO if k else (), None, tuple(dropped))
        )
    links: list[LinkResult] = []
    for k, step in enumerate(steps):
        offset = offsets[k] if k == 0 else chain.eqs[k - 1]
        line, column = post.position(offset)
        source = texts[k].strip()
        if k == 0:
            if isinstance(step, str):
                links.append(LinkResult(1, line, column, source, "unknown", step, (), None, offset))
            else:
                links.append(
                    LinkResult(
                        1,
                        line,
                        column,
                        source,
                        "proved",
                        "the starting expression",
                        (),
                        None,
                        offset,
                    )
                )
            continue
        prev = steps[k - 1]
        if isinstance(step, str):
            links.append(LinkResult(k + 1, line, column, source, "unknown", step, (), None, offset))
            continue
        if isinstance(prev, str):
            reason = f"the expression before it was not read ({prev})"
            links.append(
                LinkResult(k + 1, line, column, source, "unknown", reason, (), None, offset)
            )
            continue
        seed = int.from_bytes(hashlib.sha256(f"{ident}:{k}".encode()).digest()[:8], "big")
        verdict = _check_link(prev, step, facts, seed, timeout)
        members = frozenset().union(
            *(
                t.indices
                for t in (translations[k - 1], translations[k])
                if isinstance(t, Translation)
            )
        )
        for retry in range(1, INDEX_RETRIES + 1):
            if verdict.status != Verdict.REFUTED or _indices_in_range(
                (prev.expr, step.expr), members, verdict.counterexample.as_dict()
            ):
                break
            # t_i beside a sum of t_k for k = 1..K: the post means an i of that range; a
            # point outside it (i = 5, K = 2) refutes what the post does not say.
            verdict = _check_link(prev, step, facts, seed + retry, timeout)
        status = str(verdict.status)
        reason = verdict.reason
        counterexample = verdict.counterexample.as_dict() if verdict.counterexample else None
        if verdict.status == Verdict.REFUTED and not _indices_in_range(
            (prev.expr, step.expr), members, counterexample
        ):
            status = "unknown"
            reason = (
                f"no counterexample found with {', '.join(sorted(members))} inside the range "
                "of the chain's sums (the post means an index of that range)"
            )
            counterexample = None
        if status == "refuted":
            # The upper bound of a sum (n in sum_{i=0}^n) is a count the link holds for,
            # every n: a parameter of the post, not a quantity it left without a value.
            undefined = _undefined_names(
                prev.expr,
                step.expr,
                context.names.arguments
                | context.names.counts
                | _family_indices(prev.expr, step.expr, context.names.families),
            )
            guessed = sorted(
                context.names.ambiguous
                & (translations[k - 1].juxtaposed | translations[k].juxtaposed)
            )
            named_here = (
                k == 1
                and isinstance(translations[0], Translation)
                and (translations[0].text.strip(), chain.exprs[0].start) in context.named_by_chain
            )
            if named_here:
                # y = sigmoid(x) = f(x) = (formula): y is named by this chain (as f(x)); a
                # middle link that disagrees is where the error is, not the naming.
                status = "unknown"
                reason = (
                    f"{translations[0].text.strip()} is named by this chain; the link that "
                    "names it is not refuted (a later link of the chain may be)"
                )
                counterexample = None
            elif (
                (guessed or undefined)
                and _products_meant(guessed, translations[k - 1], translations[k])
                and (valued := _post_values(prev, step, context, chain.exprs[0].start))
            ):
                # \hat{y1}(1 - \hat{y1}) = 0.7391(1 - 0.7391), where the post said
                # \hat{y1} = 0.7491: the link is about the post's numbers, and is taken at
                # them (a name equated to a number is a value, so the call reading is out).
                status, reason, counterexample = _at_post_values(prev, step, valued, post)
            elif guessed:
                status = "unknown"
                reason = (
                    f"{', '.join(guessed)} is both called and used alone in the post; the "
                    "sides differ when it is read as a product, which may not be what is meant"
                )
                counterexample = None
            elif undefined:
                status = "unknown"
                reason = (
                    f"uses a name never defined ({', '.join(undefined)} stands on one side "
                    "only and the post gives it no value); not refuted with a made-up value"
                )
                counterexample = None
            elif named := _named_witnesses(counterexample, context):
                # softmax, relu, SC: a function with a meaning the post does not give. A
                # made-up softmax(t) = t**2 + 1 says nothing about the real one (f, g, u
                # are any functions: a witness for them is a refutation).
                status = "unknown"
                reason = (
                    f"uses {', '.join(named)}, which the post never defines; a counterexample "
                    "with a made-up one would say nothing about it, so none is claimed"
                )
                counterexample = None
            elif unread := sorted(
                {w.split("(")[0] for w in (counterexample or {}).get("witnesses", {})}
                & set(context.unreadable)
            ):
                # g(x) = (what the verifier cannot read): the post's g is a given function,
                # and a made-up g says nothing about it.
                status = "unknown"
                reason = (
                    f"{', '.join(unread)} is defined in the post by an expression the verifier "
                    "cannot read; a counterexample with a made-up one says nothing about it"
                )
                counterexample = None
            elif {w.split("(")[0] for w in (counterexample or {}).get("witnesses", {})} & {
                d.name for d in context.definitions
            }:
                # The refuter made up a function the post defines: the definition was not in
                # force here, so the numbers say nothing about the post.
                status = "unknown"
                reason = "the counterexample needs a made-up function the post defines; not refuted"
                counterexample = None
            elif context.redefined & (translations[k - 1].functions | translations[k].functions):
                status = "unknown"
                names = ", ".join(sorted(context.redefined))
                reason = f"{names} is defined more than once in the post, differently"
                counterexample = None
            elif _SIDE_CONDITION.search(_line_text(post.clean, offset)):
                # "\\sqrt{x^2} = x \\quad (x > 0)": the link holds only where the post says;
                # a counterexample outside that set would be a misreading, not an error.
                status = "unknown"
                reason = (
                    "the post states a condition beside this link (after \\quad or in \\text); "
                    "it is not read, so no counterexample is claimed"
                )
                counterexample = None
        if status == "unknown" and not reason.startswith("timed out"):
            # "d/dx sqrt(x) = 1/(2 sqrt(x))" holds where its two sides are defined: the
            # kernel is asked again there (x > 0, x >= 0 or x != 0, see _where_defined),
            # and only a proof is taken, stated beside the link with the restriction.
            domain = _where_defined(prev, step)
            if domain:
                retried = _check_link(
                    _restricted(prev, domain), _restricted(step, domain), facts, seed, timeout
                )
                if retried.status == Verdict.PROVED:
                    verdict, status, counterexample = retried, "proved", None
                    where = ", ".join(
                        f"{old} > 0"
                        if new.is_positive
                        else f"{old} >= 0"
                        if new.is_nonnegative
                        else f"{old} != 0"
                        for old, new in domain.items()
                    )
                    reason = (
                        f"{retried.reason} (where {where}: the link as written is defined "
                        "only there)"
                    )
        dots = [
            n
            for t in (translations[k - 1], translations[k])
            if isinstance(t, Translation)
            for n in t.notes
            if n.startswith("the dots read as")
        ]
        if dots:
            # How an ellipsis was read belongs beside the link a learner looks at.
            reason = f"{reason} [{'; '.join(dict.fromkeys(dots))}]"
        links.append(
            LinkResult(
                k + 1,
                line,
                column,
                source,
                status,
                reason,
                tuple(getattr(verdict, "rules", ()) or ()),
                counterexample,
                offset,
            )
        )
    statuses = [link.verdict for link in links[1:]]
    if "refuted" in statuses:
        overall = "refuted"
    elif "unknown" in statuses or links[0].verdict != "proved":
        overall = "unknown"
    else:
        overall = "proved"
    readings = tuple(dict.fromkeys(note for t in good for note in t.notes))
    return ChainResult(ident, post.file, overall, tuple(links), cscope.assumptions + readings)


def _translate_chain(
    context: Context, chain: Chain, texts: list[str], hints: ChainHints | None
) -> list[Translation | NotRead]:
    translations: list[Translation | NotRead] = []
    for e, text in zip(chain.exprs, texts, strict=True):
        try:
            translations.append(context.translate(text, hints))
        except NotRead as exc:
            translations.append(NotRead(exc.message, _post_offset(e.spans, exc.offset)))
        except RecursionError:
            translations.append(NotRead("nested too deeply", e.start))
    return translations


def _chain_hints(context: Context, translations: list[Translation | NotRead]) -> ChainHints | None:
    """What a second reading of the chain needs: the families it sums over, the names
    that stay names of their own, the bound of its sum. None when nothing would change."""
    good = [t for t in translations if isinstance(t, Translation)]
    names = context.names
    families = frozenset(f for t in good for f in t.functions if f in names.families)
    if not families:
        return None
    # A name a definition's body uses (z_j in a_j = e^{z_j}/sum_k e^{z_k}) stays that
    # name: the definition was read with it, and a chain must mean the same thing.
    in_bodies = {w for d in context.definitions for w in re.findall(r"\b\w+\b", d.body)}
    excluded = (
        in_bodies
        | {d.name for d in context.definitions}
        | set(names.defined_params)
        | names.arguments
        | names.differentiated
        | names.functions
    )
    bounds = {s for t in good for s in t.symbols if s in names.counts}
    count = next(iter(bounds)) if len(bounds) == 1 else None
    return ChainHints(families=families, excluded=frozenset(excluded), count=count)


def _check_link(prev: Step, step: Step, facts: Facts, seed: int, timeout: float):
    """The kernel's verdict on one link, asked with growing sets of lemmas.

    The derivative of exp is a shipped lemma, not a rule: a link that differentiates
    exp is asked with the first tier of lemmas at once, then with the second, then
    with the rules alone (the search is slower with many lemmas to try); any other
    link with the rules alone."""
    tiers: list[int | None] = [None]
    if _differentiates_exp(prev.expr, step.expr):
        tiers = [*range(len(LEMMA_TIERS)), None]
    if _differentiates_sum(prev.expr, step.expr):
        # The search over the terms of a differentiated sum rarely ends: what it proves
        # (a constant factor out of the derivative) it proves at once.
        timeout = min(timeout, SUM_DERIVATIVE_SECONDS)
    verdict = None
    for tier in tiers:
        # A tier's lemmas are checked only when a link gets that far.
        lemmas = citable_lemmas(tier) if tier is not None else {}
        ctx = CheckContext(
            facts=facts, lemmas=lemmas, seed=seed, written=(prev.display, step.display)
        )
        verdict = check_step(prev.expr, step, ctx, timeout=timeout, prev_dropped=prev.dropped)
        if verdict.status != Verdict.UNKNOWN:
            break
        if verdict.reason.startswith("timed out"):
            # More lemmas make the search longer, not shorter: a link that ran out of
            # time with few is not asked again with more.
            break
    return verdict


def _where_defined(*steps: Step) -> dict[sympy.Symbol, sympy.Symbol]:
    """The free variables the link as written restricts: x -> x >= 0 where it takes a
    positive real power of x (sqrt(x), defined at 0), x > 0 where it takes a negative one,
    the log of x, or differentiates a real power of x (sqrt is not differentiable at 0),
    x != 0 where it divides by x. A name a limit or a sum binds is left alone."""
    exprs = [e for s in steps for e in (s.expr, s.display)]
    bound = {
        v
        for e in exprs
        for node in sympy.preorder_traversal(e)
        if isinstance(node, sympy.Limit | sympy.Sum)
        for v in bound_variables(node)
    }
    differentiated = {
        v
        for e in exprs
        for node in sympy.preorder_traversal(e)
        if isinstance(node, sympy.Derivative)
        for v in node.variables
    }
    need: dict[sympy.Symbol, set[str]] = {}
    for e in exprs:
        for node in sympy.preorder_traversal(e):
            if isinstance(node, sympy.Pow):
                # The written side is unevaluated: x^{6/3} is Mul(6, 1/3) there, an integer.
                base, exp = node.base, node.exp.doit()
                if exp.is_integer is True:
                    kind = "nonzero" if exp.is_negative else None
                elif exp.is_positive and base not in differentiated:
                    kind = "nonnegative"
                else:
                    kind = "positive"
            elif isinstance(node, sympy.log):
                base, kind = node.args[0], "positive"
            else:
                continue
            if (
                kind is None
                or not isinstance(base, sympy.Symbol)
                or base in bound
                or base.is_real is not True
                or base.is_positive
                or (kind == "nonzero" and base.is_nonzero)
                or (kind == "nonnegative" and base.is_nonnegative)
            ):
                continue
            need.setdefault(base, set()).add(kind)
    restricted = {}
    for sym, kinds in need.items():
        if "positive" in kinds or {"nonnegative", "nonzero"} <= kinds:
            extra = {"positive": True}
        elif "nonnegative" in kinds:
            extra = {"nonnegative": True}
        else:
            extra = {"nonzero": True}
        restricted[sym] = sympy.Symbol(sym.name, **{**sym.assumptions0, **extra})
    return restricted


def _restricted(step: Step, domain: dict[sympy.Symbol, sympy.Symbol]) -> Step:
    return replace(
        step,
        expr=step.expr.xreplace(domain),
        display=step.display.xreplace(domain),
        dropped=tuple(replace(d, term=d.term.xreplace(domain)) for d in step.dropped),
    )


def _differentiates_sum(*exprs: sympy.Expr) -> bool:
    """A derivative of a sum, or a sum of derivatives, on either side."""
    return any(e.has(sympy.Derivative) and e.has(sympy.Sum) for e in exprs)


def _differentiates_exp(*exprs: sympy.Expr) -> bool:
    return any(d.expr.has(sympy.exp) for e in exprs for d in e.atoms(sympy.Derivative))


def _implicit_dependence(
    expr: sympy.Expr, dependents: frozenset[str], families: set[str]
) -> str | None:
    """dy/dx with y a name the post never defines: y depends on x somehow, but how is
    not said, so the derivative is not 0 and cannot be read as anything else."""
    # In a fixed order: the set of atoms follows hashing, and the message must not change
    # from run to run (dE/dw5 and dh1/dw5 in one link).
    for node in sorted(expr.atoms(sympy.Derivative), key=sympy.default_sort_key):
        body = node.expr
        indexed = sorted(
            {f.func.__name__ for f in body.atoms(AppliedUndef) if f.func.__name__ in families}
        )
        if indexed:
            # y_k in a sum is a family y_at(k) of unknowns: how each depends on the
            # variable is never said, so its derivative is not 0.
            return f"the derivative of the indexed name(s) {', '.join(indexed)}, never defined"
        for var in node.variables:
            # Only a name alone (dy/dx, dE/dw): an expression free of the variable
            # is a constant in it, as calculus reads it (d/du (f(h w) - t)^2 = 0).
            if (
                var not in body.free_symbols
                and isinstance(body, sympy.Symbol)
                and body.name in dependents
            ):
                names = ", ".join(sorted(str(s) for s in body.free_symbols))
                return f"the derivative in {var} of {names}, a name never defined in terms of {var}"
    return None


def _data_families(context: Context) -> set[str]:
    """Families the post only ever uses as given data: x^{(i)}, y^{(i)} of a training set,
    t_k of a target. None is defined by an equation of the post, none is differentiated
    alone (no dy_k/dz_i, no d log y_k/dz_i), and the post differentiates in no member of
    one (a derivative in z_i next to z_k in a sum). Such a family does not depend on the
    variable of a derivative, as calculus reads it: its derivative is 0, and SymPy's own
    reading of y_at(i) (a function of i alone) says just that."""
    names = context.names
    defined = {d.name for d in context.definitions}
    variables = names.arguments
    data = set()
    for family in names.families:
        base = family[: -len("_at")]
        if family in names.differentiated or base in names.differentiated:
            continue
        if any(n in (base, family) or n.startswith(base + "_") for n in defined):
            continue
        if any(n.startswith(base + "_") or n == base for n in names.differentiated):
            continue
        if any(v == base or v.startswith(base + "_") for v in variables - names.counts):
            continue
        data.add(family)
    return data


def _indices_in_range(
    exprs: tuple[sympy.Expr, ...], members: frozenset[str], counterexample: dict | None
) -> bool:
    """Is every member index (the i of t_i read as t_at(i)) at the counterexample within
    the bounds of every sum of the link over a family?"""
    if not members or not counterexample:
        return True
    values = {
        sympy.Symbol(name): sympy.Rational(value)
        for name, value in counterexample.get("values", {}).items()
        if re.fullmatch(r"-?\d+(\.\d+)?", value)
    }
    by_name = {s.name: v for s, v in values.items()}
    for expr in exprs:
        for node in expr.atoms(sympy.Sum):
            for var, low, high in node.limits:
                if not any(
                    isinstance(f, AppliedUndef) and f.args == (var,)
                    for f in node.function.atoms(AppliedUndef)
                ):
                    continue
                named = {s: by_name.get(s.name) for s in (low.free_symbols | high.free_symbols)}
                if None in named.values():
                    return False
                low_v, high_v = low.xreplace(named), high.xreplace(named)
                if not (low_v.is_number and high_v.is_number):
                    return False
                for member in members:
                    if member in by_name and not bool(low_v <= by_name[member] <= high_v):
                        return False
    return True


def _family_indices(prev: sympy.Expr, cur: sympy.Expr, families: set[str]) -> set[str]:
    """The i of t_at(i): an index into a family, which a link holds for every value of."""
    return {
        str(node.args[0])
        for e in (prev, cur)
        for node in e.atoms(AppliedUndef)
        if node.func.__name__ in families and len(node.args) == 1 and node.args[0].is_Symbol
    }


VALUE_SECONDS = 2.0  # to take a link at the numbers the post states
MAX_VALUED = 4  # names taken at the post's numbers in one link (3**4 points)


def _post_values(
    prev: Step, cur: Step, context: Context, start: int
) -> dict[sympy.Symbol, PostValue] | None:
    """Every name of the link, with the number the post stated for it before this
    chain; None unless each name has one (and the sides hold nothing but numbers then)."""
    names = prev.expr.free_symbols | cur.expr.free_symbols
    valued = {}
    for name in names:
        value = context.values.get(name.name)
        if value is None or value.offset >= start:
            return None
        valued[name] = value
    if not valued or len(valued) > MAX_VALUED:
        return None
    for name, constant in (("E", sympy.E), ("pi", sympy.pi), ("I", sympy.I)):
        # e = sigma(u) = 0.7777: the link reads e as 2.718..., not as the post's number.
        if name in context.values and (prev.expr.has(constant) or cur.expr.has(constant)):
            return None
    for expr in (prev.expr, cur.expr):
        if expr.atoms(sympy.Derivative, sympy.Limit, sympy.Sum, sympy.Integral, AppliedUndef):
            return None
    return valued


def _at_post_values(
    prev: Step, cur: Step, valued: dict[sympy.Symbol, PostValue], post: Post
) -> tuple[str, str, dict | None]:
    """The link at the numbers the post states: refuted only when the sides differ by more
    than the rounding of those numbers (half a unit in their last digit) can explain.

    Each number may be anywhere within its rounding, and a side written as a number
    (``= 0.2500``) anywhere within its own: the link is refuted only when the difference
    of the sides, bounded by interval arithmetic over that whole box, stays beyond the
    rounding of the side written as a number, and at the centre of the box it is at least
    four times as large as it moves to the corners, plus that rounding."""
    symbols = sorted(valued, key=lambda s: s.name)
    exact = {s: _decimal(valued[s].number) for s in symbols}
    halves = {s: sympy.Rational(1, 2) * _last_digit(valued[s].number) for s in symbols}
    clean = post.clean
    stated = {
        s: post.position(_first_char(clean, valued[s].offset, [(valued[s].offset, len(clean))]))
        for s in symbols
    }
    where = ", ".join(
        f"{s.name} = {valued[s].number} (stated at {stated[s][0]}:{stated[s][1]})" for s in symbols
    )

    def difference(point: dict) -> tuple[sympy.Float, sympy.Float] | None:
        # At 50-digit floats, not exact rationals: (7491/10000)**(10**9) computed exactly
        # runs in C, where the deadline cannot stop it.
        point = {s: sympy.Float(v, 50) for s, v in point.items()}
        try:
            left = prev.expr.xreplace(point).evalf(30)
            right = cur.expr.xreplace(point).evalf(30)
        except (ArithmeticError, ValueError, TypeError, RecursionError):
            return None  # e^(e^(e^(e^(1000 a)))) overflows mpmath
        if not (left.is_real and right.is_real and left.is_finite and right.is_finite):
            return None
        return left, right

    def corners() -> list | None:
        found = []
        for signs in itertools.product((-1, 1), repeat=len(symbols)):
            point = {s: exact[s] + sign * halves[s] for s, sign in zip(symbols, signs, strict=True)}
            pair = difference(point)
            if pair is None:
                return None
            found.append(pair[0] - pair[1])
        return found

    box = {s: _box(exact[s], halves[s]) for s in symbols}
    try:
        centre = run_with_deadline(lambda: difference(exact), VALUE_SECONDS)
        others = run_with_deadline(corners, VALUE_SECONDS) if centre is not None else None
        # Every value the difference takes over the box: the corners alone miss a side
        # that turns inside it (sin(400 pi a) is 0 at a = 0.75 and at both corners).
        spread = (
            run_with_deadline(lambda: _enclose(prev.expr - cur.expr, box), VALUE_SECONDS)
            if others is not None
            else None
        )
    except StepTimeout:
        centre = others = spread = None
    if centre is None or others is None:
        reason = f"at the numbers the post states ({where}) the sides have no real value to compare"
        return "unknown", reason, None
    left, right = centre
    gap = left - right
    moves = max(abs(d - gap) for d in others)
    # A side written as a number (= 0.2500) is right to its digits: it is given its
    # rounding too (0.5012(1 - 0.5012) = 0.24999856 is 0.2500).
    slack = max(
        (_last_digit(m.group(1)) / 2 for s in (prev, cur) if (m := _LONE.match(s.text))),
        default=0,
    )
    noise = sympy.Rational(1, 10**20) * max(1, abs(left), abs(right))  # of the 30 digits
    if spread is None:
        reason = (
            f"at the numbers the post states ({where}) the difference of the sides is not "
            "bounded over their rounding (a function interval arithmetic does not cover here); "
            "not refuted"
        )
        return "unknown", reason, None
    limit = _enclose(sympy.Rational(slack)).b
    apart = spread.a > limit or spread.b < -limit  # no number of the box makes them equal
    if apart and abs(gap) > noise and abs(gap) >= 4 * moves + slack:
        reason = (
            f"the two sides differ at {where}, by more than the rounding of "
            f"{'that number' if len(symbols) == 1 else 'those numbers'} explains: "
            f"previous = {sympy.N(left, 15)}, this = {sympy.N(right, 15)}"
        )
        counterexample = {
            "values": {s.name: valued[s].number for s in symbols},
            "witnesses": {},
            # Where the post states each number: the point is the post's, not made up.
            "stated": {s.name: f"{stated[s][0]}:{stated[s][1]}" for s in symbols},
            "lhs": str(sympy.N(left, 15)),
            "rhs": str(sympy.N(right, 15)),
        }
        return "refuted", reason, counterexample
    reason = (
        f"at the numbers the post states ({where}) the two sides agree to within their "
        "rounding; not refuted"
    )
    return "unknown", reason, None


# The context of a link's interval bounds (mpmath's default precision, 53 bits).
_IV = intervals.context()


def _box(centre: sympy.Rational, half: sympy.Rational) -> mpmath.ctx_iv.ivmpf:
    """[centre - half, centre + half] as an interval, its ends rounded outwards."""
    low, high = _enclose(centre - half), _enclose(centre + half)
    return _IV.mpf([low.a, high.b])


def _enclose(expr: sympy.Expr, box: dict | None = None) -> mpmath.ctx_iv.ivmpf | None:
    """An interval holding every value ``expr`` takes while its names range over ``box``
    (interval arithmetic, rounded outwards); None where it has a part not bounded here."""
    try:
        return intervals.enclosure(expr, box or {}, _IV)
    except (ArithmeticError, ValueError, TypeError, RecursionError):
        return None  # log of an interval reaching below 0, an overflow, an unknown function


def _confirmed(values: dict[str, PostValue], chain: Chain, result: ChainResult) -> dict:
    """The values, less those stated by ``chain`` where a link of it is refuted by more than
    the rounding of the number: yhat = sigma(2) = 0.7491 (sigma(2) = 0.8808) gives yhat no
    value, h1 = 1/(1 + e^-0.3275) = 0.5812 (0.58115) keeps it."""
    first, last = chain.exprs[0].start, chain.exprs[-1].spans[-1][1]
    gaps = []
    for link in result.steps:
        c = link.counterexample
        if link.verdict == "refuted" and c and not c.get("values") and not c.get("witnesses"):
            try:
                gaps.append(abs(Fraction(c["lhs"]) - Fraction(c["rhs"])))
            except (TypeError, ValueError, KeyError, ZeroDivisionError):
                gaps.append(sympy.oo)
        elif link.verdict == "refuted":
            gaps.append(sympy.oo)
    return {
        name: v
        for name, v in values.items()
        if not (first <= v.offset <= last and any(g > _last_digit(v.number) / 2 for g in gaps))
    }


_LONE = re.compile(r"^\s*\(?\s*-?\s*(\d+\.\d+)\s*\)?\s*$")  # a side that is a decimal


def _products_meant(names: list[str], *translations: Translation | NotRead) -> bool:
    """Whether each ambiguous name read before a parenthesis is a product there:
    hat_y(1 - hat_y) is (a function of itself is not what a post writes), hat_y(2) may be
    the call the post writes elsewhere (\\hat{y}(x), the prediction at x)."""
    for t in translations:
        if not isinstance(t, Translation):
            continue
        for name in names:
            alone = rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])"
            for m in re.finditer(alone + r"\*\(", t.text):
                depth, end = 0, m.end() - 1
                for end in range(m.end() - 1, len(t.text)):
                    depth += {"(": 1, ")": -1}.get(t.text[end], 0)
                    if depth == 0:
                        break
                if not re.search(alone, t.text[m.end() : end]):
                    return False
    return True


def _decimal(number: str) -> sympy.Rational:
    """0.7491 -> 7491/10000, built from its digits (the text is never parsed by SymPy)."""
    whole, _, fraction = number.partition(".")
    return sympy.Rational(int(whole + fraction), 10 ** len(fraction))


def _last_digit(number: str) -> sympy.Rational:
    """One unit in the last written digit: 0.7491 -> 1/10000, 12 -> 1."""
    decimals = len(number.split(".")[1]) if "." in number else 0
    return sympy.Rational(1, 10**decimals)


def _undefined_names(prev: sympy.Expr, cur: sympy.Expr, variables: set[str]) -> list[str]:
    """Names on one side only that the post never uses as a variable (an argument,
    a limit's or a derivative's variable): quantities it never gave a value.

    A name that only stands in a derivative of an expression free of it (t2 in the
    derivative in y1 of (t1 - y1)^2/2 + (t2 - y2)^2/2) is not a name of the value."""
    one_side = _value_symbols(prev) ^ _value_symbols(cur)
    return sorted(s.name for s in one_side if s.name not in variables)


def _value_symbols(expr: sympy.Expr) -> set[sympy.Symbol]:
    """The free symbols of ``expr`` once its derivatives are computed (within a second);
    its free symbols as written when they cannot be."""
    derivatives = expr.atoms(sympy.Derivative)
    if not derivatives:
        return set(expr.free_symbols)
    if any(not set(d.variables) <= d.expr.free_symbols for d in derivatives):
        # The derivative of E in w5 where the post's E never mentions w5: calculus says
        # 0, the post means a dependence it never wrote; the names stay as written.
        return set(expr.free_symbols)
    try:
        done = run_with_deadline(
            lambda: expr.xreplace({d: d.doit() for d in derivatives}), DERIVATIVE_SECONDS
        )
    except StepTimeout:
        return set(expr.free_symbols)
    except Exception:  # SymPy failing to differentiate: keep the names as written
        return set(expr.free_symbols)
    if done.atoms(sympy.Derivative):
        return set(expr.free_symbols)
    return set(done.free_symbols)


def _first_char(text: str, start: int, spans: list[tuple[int, int]]) -> int:
    for a, b in spans:
        for i in range(a, b):
            if not text[i].isspace():
                return i
    return start


def _post_offset(spans: list[tuple[int, int]], offset: int) -> int:
    """A formula-text offset (spans joined by one space) as an offset in the post."""
    pos = 0
    for a, b in spans:
        length = b - a
        if offset <= pos + length:
            return a + max(0, offset - pos)
        pos += length + 1
    return spans[-1][1] if spans else 0


def _named_witnesses(counterexample: dict | None, context) -> list[str]:
    """Functions the counterexample made up that stand for something specific: a name
    longer than one letter (subscripts aside) that the post does not define."""
    defined = {d.name for d in context.definitions}
    named = []
    for witness in (counterexample or {}).get("witnesses", {}):
        name = witness.split("(")[0]
        if len(name.split("_")[0]) > 1 and name not in defined:
            named.append(name)
    return sorted(named)

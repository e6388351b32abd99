"""The trusted core: everything a "proved" verdict rests on, and nothing else.

Data flows one way through it::

    syntax (text -> SymPy, whitelisted)  ->  model (Derivation, Step, loading)
        -> rules (rewrites with side conditions from conditions)
        -> checker (the only place a verdict is made)

``binders`` is the one capture-avoiding substitution every rewrite, lemma
instance and evaluation uses. ``refute`` is *not* trusted: it can only turn a
step into "refuted", with numbers that are recomputed before they are shown,
and never makes a step "proved". ``cache`` keeps the reports of a run in which
everything was proved, keyed by the verifier's source, the library versions and
every file read, so that the same check is not redone (see its docstring for
why that is safe and how it is guarded).
"""

"""Posts: the equality chains of a Markdown, LaTeX or notebook post, checked as written.

``verifier check post.md`` reads the display math of a post
(:mod:`~verifier.posts.document`), splits it into chains and links
(:mod:`~verifier.posts.chain`), reads the LaTeX into the TOML expression
language (:mod:`~verifier.posts.latex`), takes the definitions and assumptions
the post states (:mod:`~verifier.posts.context`), checks each link with the
trusted kernel (:mod:`~verifier.posts.check`) and reports it
(:mod:`~verifier.posts.output`).
"""

from __future__ import annotations

import pathlib
import typing

POST_SUFFIXES = (".md", ".markdown", ".tex", ".latex", ".ipynb")

__all__ = ["POST_SUFFIXES", "check_posts", "is_post"]


def is_post(path: pathlib.Path) -> bool:
    """Is ``path`` a post (by its suffix) rather than a TOML derivation?"""
    return path.suffix.lower() in POST_SUFFIXES


def check_posts(paths: list[pathlib.Path], fmt: str, out: typing.TextIO, *, timeout: float) -> int:
    """Check every post, write the report in ``fmt`` to ``out``; 0 when every link is
    proved, 1 otherwise. Raises :class:`verifier.errors.InputError` for unreadable input."""
    from verifier.posts.check import check_post
    from verifier.posts.document import read_post
    from verifier.posts.output import render

    if fmt not in ("text", "json", "github", "markdown"):
        raise ValueError(f"unknown format {fmt!r}")
    posts = [read_post(pathlib.Path(p)) for p in paths]
    results = [check_post(post, timeout=timeout) for post in posts]
    out.write(render(results, fmt))
    every = [link.verdict for r in results for c in r.chains for link in c.steps]
    return 0 if all(v == "proved" for v in every) else 1

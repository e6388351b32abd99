"""Every output format of a checked derivation: text, Markdown, LaTeX, JSON, GitHub, JUnit.

The command line and the pytest plugin use only the names exported here.
"""

from verifier.report.render import (
    LoadFailure,
    github_annotations,
    json_document,
    junit_xml,
    latex_document,
    lemma_graph,
    markdown_derivation,
    step_message,
    text_check,
    text_derivation,
    trust,
)

__all__ = [
    "LoadFailure",
    "github_annotations",
    "json_document",
    "junit_xml",
    "latex_document",
    "lemma_graph",
    "markdown_derivation",
    "step_message",
    "text_check",
    "text_derivation",
    "trust",
]

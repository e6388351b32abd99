"""Every output format of a checked derivation: text, Markdown, LaTeX, JSON, GitHub, JUnit.

One module per format (``text``, ``markdown``, ``latex``, ``machine`` for JSON,
GitHub and JUnit, ``failure`` for pytest's failure text, ``trust``, ``graph``);
``common`` holds what they all say the same way. The command line and the
pytest plugin use only the names exported here.
"""

from verifier.report.common import LoadFailure, step_message
from verifier.report.failure import failure_text
from verifier.report.graph import lemma_graph
from verifier.report.latex import latex_document
from verifier.report.machine import github_annotations, json_document, junit_xml
from verifier.report.markdown import markdown_derivation
from verifier.report.text import text_check, text_derivation
from verifier.report.trust import trust

__all__ = [
    "LoadFailure",
    "failure_text",
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

"""NumPy kernels lambdified from what the verifier proved, and the tools that make them.

``from verifier.kernels import sigmoid`` imports NumPy and the generated module only;
SymPy is imported by ``specs`` (which proves each kernel's form) and ``emit`` (which
writes ``generated.py``) when ``verifier kernels --write`` runs, never by a user::

    specs (proved forms)  ->  emit (NumPy source)  ->  generated  ->  runtime (chunks, threads)
                                                         accuracy (ULP harness, mpmath)
"""

from verifier.kernels.generated import *  # noqa: F403  (the generated module's public names)
from verifier.kernels.generated import __all__ as __all__

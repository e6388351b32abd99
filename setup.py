"""The optional C extensions (verifier/kernels/*.c); everything else is in pyproject.toml.

The extensions are optional: where they do not build (no C compiler), the install goes
on without them, verifier/kernels/special.py computes the GELU kernels in NumPy and the
runtime runs every kernel's NumPy passes.
-ffp-contract=off: no multiply-add is fused, so each operation rounds as its NumPy
pass in special.py does (the exact splits there depend on it).
"""

import sys

from setuptools import Extension, setup

_FLAGS = [] if sys.platform == "win32" else ["-O3", "-ffp-contract=off", "-fno-fast-math"]

setup(
    ext_modules=[
        Extension(
            f"verifier.kernels.{name}",
            [f"verifier/kernels/{name}.c"],
            extra_compile_args=_FLAGS,
            libraries=[] if sys.platform == "win32" else ["m"],
            optional=True,
        )
        # _native: the GELU routines; _machine: the other kernels' passes, block by block.
        for name in ("_native", "_machine")
    ]
)

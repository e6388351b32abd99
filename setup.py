"""The optional C extension (verifier/kernels/_native.c); everything else is in pyproject.toml.

The extension is optional: where it does not build (no C compiler), the install goes
on without it and verifier/kernels/special.py computes the GELU kernels in NumPy.
-ffp-contract=off: no multiply-add is fused, so each operation rounds as its NumPy
pass in special.py does (the exact splits there depend on it).
"""

import sys

from setuptools import Extension, setup

_FLAGS = [] if sys.platform == "win32" else ["-O3", "-ffp-contract=off", "-fno-fast-math"]

setup(
    ext_modules=[
        Extension(
            "verifier.kernels._native",
            ["verifier/kernels/_native.c"],
            extra_compile_args=_FLAGS,
            libraries=[] if sys.platform == "win32" else ["m"],
            optional=True,
        )
    ]
)

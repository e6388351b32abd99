"""``verifier gradcheck``: backprop checked, the blog's network diagnosed, your own code checked.

    verifier gradcheck                                  # the blog's network, the whole story
    verifier gradcheck --model net.py:build             # your gradients, every array checked
    verifier gradcheck --kernel mine.py:f --against sigmoid_prime

``--model path.py:function``: the function takes no arguments and returns ``(loss, params,
grads)`` as `verifier.nn.gradients.check_gradients` takes them. The command is a thin
layer over `verifier.nn`: bad input raises `InputError` (exit 2, file and line of the
user's code where it is theirs), a check that fails returns 1.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from verifier.nn.errors import GradcheckInputError

if TYPE_CHECKING:
    import numpy as np


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``gradcheck`` command and its options; ``args.run`` is `run`."""
    p = subparsers.add_parser(
        "gradcheck",
        help="your network's gradients, or the blog's, against finite differences",
        description="Backprop with the proved kernels, checked against finite differences, and "
        "the blog's hand-written network diagnosed. With --model, check your own network's "
        "hand-written gradients; with --kernel, compare your kernel with a generated one.",
    )
    p.add_argument(
        "--model",
        metavar="FILE.py:FUNCTION",
        help="your network: FUNCTION() returns (loss, params, grads), loss a callable on a "
        "dict of arrays, params and grads dicts name -> array",
    )
    p.add_argument(
        "--batch",
        type=_positive_int,
        metavar="N",
        help="with --model: the batch size, so a factor of N is named a reduction mismatch",
    )
    p.add_argument(
        "--kernel",
        metavar="MODULE:FUNCTION",
        help="your kernel: a dotted module importable from the current directory, "
        "or path/to/file.py, then :function",
    )
    p.add_argument(
        "--against",
        metavar="NAME",
        help="the generated kernel to compare it with, e.g. sigmoid_prime",
    )
    p.add_argument(
        "--seed",
        type=_nonnegative_int,
        default=0,
        help="seed of the blog network's initial weights (default 0)",
    )
    p.add_argument(
        "--epochs",
        type=_nonnegative_int,
        default=1000,
        help="epochs to train the corrected and the blog's network (default 1000)",
    )
    p.set_defaults(run=run)


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def _nonnegative_int(text: str) -> int:
    value = _whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, not {value}")
    return value


def _positive_int(text: str) -> int:
    value = _whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, not {value}")
    return value


def run(args: argparse.Namespace) -> int:
    """0 when everything checks, 1 when a check fails; bad input raises InputError."""
    out = sys.stdout
    chosen = [opt for opt, value in (("--model", args.model), ("--kernel", args.kernel)) if value]
    if len(chosen) > 1:
        raise GradcheckInputError("--model and --kernel: give one of them")
    if args.against and not args.kernel:
        raise GradcheckInputError("--against: only meaningful with --kernel MODULE:FUNCTION")
    if args.batch is not None and not args.model:
        raise GradcheckInputError("--batch: only meaningful with --model FILE.py:FUNCTION")
    if args.model:
        return _report_model(args, out)
    if args.kernel:
        return _report_kernel(args, out)
    return _report_blog(args, out)


def _report_model(args: argparse.Namespace, out: TextIO) -> int:
    from verifier.nn.gradients import check_gradients
    from verifier.nn.loader import definition_site, load_function, user_error

    build = load_function(args.model, "--model")
    file, line = definition_site(build)
    try:
        made = build()
    except Exception as exc:
        raise user_error(
            exc, f"--model: {getattr(build, '__name__', 'the function')}()", file
        ) from None
    if not (isinstance(made, tuple | list) and len(made) == 3):
        got = f"a {type(made).__name__}" + (
            f" of {len(made)}" if isinstance(made, tuple | list) else ""
        )
        raise GradcheckInputError(
            f"--model: the function must return (loss, params, grads), returned {got}",
            file=file,
            line=line,
        )
    loss, params, grads = made
    report = check_gradients(loss, params, grads, batch=args.batch)
    out.write(f"Your network {args.model}\n{report}\n")
    return 0 if report.passed else 1


def _provenance_line(fn: Callable[..., Any]) -> str:
    prov = getattr(fn, "provenance", None)
    if not prov:
        return "(no provenance recorded)"
    parts = [f"{key} {prov[key]}" for key in ("derivation", "derivation_id") if key in prov]
    parts += [f"{key} {prov[key]}" for key in ("form", "emitted") if key in prov]
    parts += [f"{key} {str(prov[key])[:16]}" for key in ("sha256",) if key in prov]
    return "; ".join(parts) if parts else str(prov)


def _fmt_matrix(M: np.ndarray, indent: str) -> str:
    import numpy as np

    rows = np.array2string(M, precision=6, suppress_small=False, floatmode="fixed")
    return "\n".join(indent + row for row in rows.splitlines())


def _para(out: TextIO, text: str, first: str, rest: str | None = None) -> None:
    """Write text wrapped to 90 columns, the first line prefixed by ``first``."""
    rest = " " * len(first) if rest is None else rest
    out.write(textwrap.fill(text, 90, initial_indent=first, subsequent_indent=rest) + "\n")


def _report_kernel(args: argparse.Namespace, out: TextIO) -> int:
    from verifier.nn.compare import compare_kernels, generated_kernels
    from verifier.nn.loader import load_function

    if not args.against:
        raise GradcheckInputError(
            "--against: required with --kernel (e.g. --against sigmoid_prime)"
        )
    table = generated_kernels()
    if args.against not in table:
        raise GradcheckInputError(
            f"--against: unknown kernel {args.against!r} (known: {', '.join(sorted(table))})"
        )
    user = load_function(args.kernel, "--kernel")
    generated = table[args.against]
    cmp = compare_kernels(generated, user)
    w = out.write
    w(f"Your kernel {args.kernel} against the generated {args.against}\n")
    w(f"  generated: {_provenance_line(generated)}\n")
    w(
        f"  grid: {cmp.n_points} points, dense on [-40, 40], log-spaced out to +-745,\n"
        "        0, -0, subnormals, +-inf and nan, in ascending order\n"
    )
    w(f"  tolerance: they agree at x when within {cmp.rtol:g} relative or {cmp.ulp_tol:g} ULP\n")
    worst = f" (worst at x = {cmp.worst_x:.6g})" if cmp.max_ulp > 0 else ""
    w(f"  max difference: {cmp.max_ulp:.3g} ULP, {cmp.max_rel_diff:.3g} relative{worst}\n")
    if cmp.handwritten_warnings:
        w(f"  your kernel warned: {'; '.join(cmp.handwritten_warnings)}\n")
    if cmp.agree:
        w("  AGREE: your kernel matches the generated one everywhere on the grid.\n")
        return 0
    w(
        f"  PART: scanning the grid from the left they part first at x = {cmp.part_x:.6g}\n"
        f"        (generated {cmp.generated_at_part:.6g}, yours {cmp.handwritten_at_part:.6g});\n"
        f"        walking out from 0 they part at x = {cmp.part_nearest_zero:.6g}\n"
    )
    w(f"  they differ beyond the tolerance at {cmp.n_parting} of the {cmp.n_points} points, in:\n")
    for lo, hi in cmp.part_ranges[:8]:
        w(f"    [{lo:.6g}, {hi:.6g}]\n")
    if len(cmp.part_ranges) > 8:
        w(f"    ... and {len(cmp.part_ranges) - 8} more ranges\n")
    return 1


def _report_blog(args: argparse.Namespace, out: TextIO) -> int:
    # NumPy and the network are imported here, not at the top: `verifier --help` stays fast.
    from verifier import kernels
    from verifier.nn.blog import (
        BLOG_INPUT,
        BLOG_LR,
        BLOG_TARGET,
        blog_initial_weights,
        blog_net,
        blog_source,
        blog_train_step_corrected,
        blog_train_step_crash_fixed,
        run_blog,
    )
    from verifier.nn.diagnose import CAUSE_ACTIVATION
    from verifier.nn.mlp import text_progress

    rep = run_blog(args.seed)
    w = out.write
    w(
        "The blog's network: 3 inputs, 4 hidden, 2 outputs, sigmoid, no biases,\n"
        "loss L = 0.5 * sum((target - output)**2), learning rate 0.05,\n"
        f"input {BLOG_INPUT.tolist()}, target {BLOG_TARGET.tolist()},\n"
        f"initial weights np.random.default_rng({rep.seed}).uniform(-1, 1): W1 (3, 4) then W2 (4, 2)."
        "\n\n"
    )

    g = rep.gradcheck
    w("1. Backprop with the generated kernels against finite differences\n")
    w(f"   sigmoid_prime: {_provenance_line(kernels.sigmoid_prime)}\n")
    w(f"   {g.n_params} weights, {g.method}\n")
    verdict = "PASS" if g.passed else "FAIL"
    w(
        f"   worst relative error {g.worst_rel_error:.2e} at {g.worst_param} "
        f"(tolerance {g.rtol:g}): {verdict}\n\n"
    )

    w("2. The blog's code, run as written\n")
    for k, line in enumerate(blog_source(), start=1):
        w(f"   {k:2d} | {line}\n")
    c = rep.crash
    if c is None:
        w("   it did not raise (unexpected)\n\n")
    else:
        w(f"   line {c.line} raises {c.error}\n")
        w(f"     {c.statement}\n")
        _para(out, c.cause, "   cause: ")
        w(f"   fix:   {c.fix}\n\n")

    d = rep.diagnosis
    w("3. With that line fixed, its gradient against the true one\n")
    w(
        "   sign: error = target - predicted and W += lr * (...), so the blog's (...) is -dL/dW\n"
        "   and the update is gradient descent on L. Below, 'blog' is -(...), its dL/dW.\n"
    )
    for (name, err), G, T_ in zip(d.per_array, rep.blog_gradients, rep.true_gradients, strict=True):
        w(f"   {name}: off by up to {err:.1%} of the largest true entry\n")
        w(f"     blog:\n{_fmt_matrix(G, '       ')}\n     true:\n{_fmt_matrix(T_, '       ')}\n")
    w(f"   diagnosis: {d.cause}\n")
    for line in d.detail.splitlines():
        _para(out, line, "     ")
    if CAUSE_ACTIVATION in d.causes:
        _para(
            out,
            "For a in (0, 1), S'(a) lies between S'(1) = 0.197 and S'(0) = 0.25, whatever "
            "z was: the blog's factor barely depends on z, while S'(z) goes to 0 as the "
            "neuron saturates.",
            "     ",
        )
    if d.explained and d.causes:
        w(
            f"   recomputing the gradient with that bug reproduces the blog's to "
            f"{d.reproduction_error:.1e} relative.\n"
        )
    w(f"   size of the error: up to {d.max_rel_error:.1%} of the largest true entry.\n\n")

    w("4. The corrected step\n")
    for line in blog_source(blog_train_step_corrected):
        w(f"   {line}\n")
    C1, C2 = rep.corrected_weights
    w(f"   W1 after one step:\n{_fmt_matrix(C1, '     ')}\n")
    w(f"   W2 after one step:\n{_fmt_matrix(C2, '     ')}\n")
    w(
        f"   loss {rep.loss_before:.6f} -> {rep.loss_after_corrected:.6f} corrected "
        f"(the blog's step, crash fixed: {rep.loss_after_blog:.6f})\n"
    )

    if args.epochs:
        W1, W2 = blog_initial_weights(args.seed)
        net = blog_net(W1, W2)
        bar = text_progress(out) if getattr(out, "isatty", lambda: False)() else None
        history = net.train(BLOG_INPUT, BLOG_TARGET, BLOG_LR, args.epochs, progress=bar)
        B1, B2 = blog_initial_weights(args.seed)
        for _ in range(args.epochs):
            blog_train_step_crash_fixed(BLOG_INPUT, BLOG_TARGET, B1, B2, BLOG_LR)
        blog_loss = blog_net(B1, B2).loss(BLOG_INPUT, BLOG_TARGET)
        w(
            f"\n5. After {args.epochs} epochs: loss {history[-1]:.6f} corrected, "
            f"{blog_loss:.6f} with the blog's derivative\n"
        )
        _para(
            out,
            "A wrong gradient can still lower the loss (here every step of the blog's "
            "moves the weights in a descent direction, by a different amount); it is the "
            "gradient check, not the loss curve, that shows the derivative is wrong.",
            "   ",
        )
    ok = g.passed and c is not None and d.causes == (CAUSE_ACTIVATION,)
    return 0 if ok else 1

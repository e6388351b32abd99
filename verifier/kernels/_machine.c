/* A generated kernel's NumPy passes, run block by block in C (optional).

   A generated kernel (verifier/kernels/generated.py) is a list of ufunc calls, each one
   pass over the chunk. On a call of 100 elements each pass costs ~0.5 us of NumPy's
   dispatch for ~0.1 us of arithmetic, so SiLU' (14 passes, more where its guard
   fires) costs ~9 np.exp. verifier/kernels/program.py traces a kernel's bodies (the
   fast one, the fallback, the accurate one) into programs of this machine: the same
   operations on the same operands in the same order, with the same constants. Here
   they run over blocks of 64 elements, which stay in the first-level cache.

   Same bits as NumPy: add, subtract, multiply, divide and sqrt are IEEE operations
   (compiled with -ffp-contract=off, so none is fused); maximum, minimum, the
   comparisons (quiet: a nan raises no flag, as in NumPy's loops) and copyto are
   written to NumPy's rules for nan and signed zeros; exp, expm1, log and log1p are the
   C library's, which program.py uses only where they give NumPy's bits on a probe
   set (NumPy calls the C library for float64 on most machines; with AVX-512 it has
   its own, and then this machine is not used).

   The fast body's guard works as in runtime.py: a block in which an invalid
   operation, an overflow or a division by zero happened has its nan results
   recomputed by the fallback, and those still nan after a flagged fallback by the
   accurate body. The floating-point state is held and restored around a call: no
   flag reaches the caller. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#if defined(__GLIBC__) && defined(__x86_64__)
/* The exp NumPy's float64 loop calls: manylinux wheels bind the C library's exp of
   symbol version GLIBC_2.2.5, and a build here would take the newest (GLIBC_2.29),
   which measured 291 us against 185 us on 32768 elements (glibc 2.36, x86-64). Both
   are tried against NumPy's bits at run time all the same (program.py). */
__asm__(".symver exp,exp@GLIBC_2.2.5");
#endif

#define BLOCK 64
#define MAX_SLOTS 64

/* Opcodes: program.py's OPCODES, in this order. */
enum {
    OP_ADD, OP_SUBTRACT, OP_MULTIPLY, OP_DIVIDE, OP_NEGATIVE, OP_ABSOLUTE, OP_COPYSIGN,
    OP_SQRT, OP_EXP, OP_EXPM1, OP_LOG, OP_LOG1P, OP_MAXIMUM, OP_MINIMUM, OP_LESS,
    OP_LESS_EQUAL, OP_GREATER, OP_GREATER_EQUAL, OP_EQUAL, OP_NOT_EQUAL, OP_LOGICAL_AND,
    OP_LOGICAL_OR, OP_LOGICAL_NOT, OP_COPY, OP_COPY_WHERE, OP_COUNT
};

typedef struct {
    int32_t op, dst, a, b, mask; /* slots; slot 0 is x, 1 is out, then the constants */
} Instruction;

typedef struct {
    Py_ssize_t length, slots, constants;
    Instruction *code;
    double *values; /* the constants, slots 2 .. 2 + constants - 1 */
} Program;

static const char *CAPSULE = "verifier.kernels._machine.Program";

static void free_program(PyObject *capsule)
{
    Program *p = PyCapsule_GetPointer(capsule, CAPSULE);
    if (p == NULL) return;
    PyMem_Free(p->code);
    PyMem_Free(p->values);
    PyMem_Free(p);
}

/* program(code, constants, slots): code is bytes of int32 quintuples (op, dst, a, b,
   mask), constants bytes of float64. Every slot number is checked here, once. */
static PyObject *program(PyObject *self, PyObject *args)
{
    Py_buffer code, constants;
    Py_ssize_t slots;
    if (!PyArg_ParseTuple(args, "y*y*n", &code, &constants, &slots)) return NULL;
    PyObject *result = NULL;
    Program *p = NULL;
    Py_ssize_t length = code.len / (Py_ssize_t)sizeof(Instruction);
    Py_ssize_t count = constants.len / (Py_ssize_t)sizeof(double);
    if (code.len % (Py_ssize_t)sizeof(Instruction) || constants.len % (Py_ssize_t)sizeof(double)
        || slots > MAX_SLOTS || slots < 2 + count) {
        PyErr_SetString(PyExc_ValueError, "program: malformed code, constants or slot count");
        goto done;
    }
    const Instruction *in = (const Instruction *)code.buf;
    for (Py_ssize_t i = 0; i < length; i++) {
        const Instruction *c = &in[i];
        if (c->op < 0 || c->op >= OP_COUNT || c->dst < 1 || c->dst >= slots || c->a < 0
            || c->a >= slots || c->b < 0 || c->b >= slots || c->mask < 0 || c->mask >= slots
            || (c->dst >= 2 && c->dst < 2 + count)) {
            PyErr_Format(PyExc_ValueError, "program: instruction %zd is malformed", i);
            goto done;
        }
    }
    p = PyMem_Calloc(1, sizeof(Program));
    if (p == NULL) goto nomemory;
    p->length = length;
    p->slots = slots;
    p->constants = count;
    p->code = PyMem_Malloc(length ? code.len : 1);
    p->values = PyMem_Malloc(count ? constants.len : 1);
    if (p->code == NULL || p->values == NULL) goto nomemory;
    memcpy(p->code, code.buf, code.len);
    memcpy(p->values, constants.buf, constants.len);
    result = PyCapsule_New(p, CAPSULE, free_program);
    if (result == NULL) goto cleanup;
    p = NULL;
    goto done;
nomemory:
    PyErr_NoMemory();
cleanup:
    if (p != NULL) {
        PyMem_Free(p->code);
        PyMem_Free(p->values);
        PyMem_Free(p);
    }
done:
    PyBuffer_Release(&code);
    PyBuffer_Release(&constants);
    return result;
}

typedef double Slots[MAX_SLOTS][BLOCK];

/* NumPy's maximum/minimum: a nan operand wins (the first one), equal operands (0 and
   -0) give the second. */
static inline double maximum(double a, double b)
{
    return isnan(a) ? a : isnan(b) ? b : a > b ? a : b;
}

static inline double minimum(double a, double b)
{
    return isnan(a) ? a : isnan(b) ? b : a < b ? a : b;
}

#define EACH(expr)                                                                      \
    for (int k = 0; k < n; k++) d[k] = (expr);                                          \
    break

/* out = the program at x[0 .. n-1] (n <= BLOCK); s is the scratch. */
static void execute(const Program *p, Slots s, const double *x, double *out, int n)
{
    memcpy(s[0], x, (size_t)n * sizeof(double));
    for (Py_ssize_t c = 0; c < p->constants; c++) {
        double v = p->values[c], *d = s[2 + c];
        for (int k = 0; k < n; k++) d[k] = v;
    }
    for (Py_ssize_t i = 0; i < p->length; i++) {
        const Instruction *c = &p->code[i];
        double *d = s[c->dst];
        const double *a = s[c->a], *b = s[c->b], *m = s[c->mask];
        switch (c->op) {
        case OP_ADD: EACH(a[k] + b[k]);
        case OP_SUBTRACT: EACH(a[k] - b[k]);
        case OP_MULTIPLY: EACH(a[k] * b[k]);
        case OP_DIVIDE: EACH(a[k] / b[k]);
        case OP_NEGATIVE: EACH(-a[k]);
        case OP_ABSOLUTE: EACH(fabs(a[k]));
        case OP_COPYSIGN: EACH(copysign(a[k], b[k]));
        case OP_SQRT: EACH(sqrt(a[k]));
        case OP_EXP: EACH(exp(a[k]));
        case OP_EXPM1: EACH(expm1(a[k]));
        case OP_LOG: EACH(log(a[k]));
        case OP_LOG1P: EACH(log1p(a[k]));
        case OP_MAXIMUM: EACH(maximum(a[k], b[k]));
        case OP_MINIMUM: EACH(minimum(a[k], b[k]));
        /* The quiet comparisons: no flag for a nan operand, as NumPy's loops. */
        case OP_LESS: EACH(isless(a[k], b[k]) ? 1.0 : 0.0);
        case OP_LESS_EQUAL: EACH(islessequal(a[k], b[k]) ? 1.0 : 0.0);
        case OP_GREATER: EACH(isgreater(a[k], b[k]) ? 1.0 : 0.0);
        case OP_GREATER_EQUAL: EACH(isgreaterequal(a[k], b[k]) ? 1.0 : 0.0);
        case OP_EQUAL: EACH(a[k] == b[k] ? 1.0 : 0.0);
        case OP_NOT_EQUAL: EACH(a[k] != b[k] ? 1.0 : 0.0);
        case OP_LOGICAL_AND: EACH(a[k] != 0.0 && b[k] != 0.0 ? 1.0 : 0.0);
        case OP_LOGICAL_OR: EACH(a[k] != 0.0 || b[k] != 0.0 ? 1.0 : 0.0);
        case OP_LOGICAL_NOT: EACH(a[k] != 0.0 ? 0.0 : 1.0);
        case OP_COPY: EACH(a[k]);
        case OP_COPY_WHERE: EACH(m[k] != 0.0 ? a[k] : d[k]);
        }
    }
    memcpy(out, s[1], (size_t)n * sizeof(double));
}

#define MARKS (FE_INVALID | FE_OVERFLOW | FE_DIVBYZERO)

static void accurate(const Program *fallback, const Program *body, Slots s, const double *x,
                     double *out, int n);

/* out[i] = the accurate result at x[i] wherever out[i] is nan (after a marked run): the
   nan positions gathered, computed together, scattered back (runtime._recompute). */
static void recompute_nans(const Program *fallback, const Program *body, Slots s,
                           const double *x, double *out, int n)
{
    double picked[BLOCK], fixed[BLOCK];
    int where[BLOCK], k = 0;
    for (int i = 0; i < n; i++)
        if (isnan(out[i])) {
            where[k] = i;
            picked[k++] = x[i];
        }
    if (k == 0) return;
    accurate(fallback, body, s, picked, fixed, k);
    for (int i = 0; i < k; i++) out[where[i]] = fixed[i];
}

/* The accurate result at x[0 .. n-1]: the fallback, then the body where it gave nan
   after a marked run (runtime._with_fallback). */
static void accurate(const Program *fallback, const Program *body, Slots s, const double *x,
                     double *out, int n)
{
    if (fallback == NULL) {
        execute(body, s, x, out, n);
        return;
    }
    feclearexcept(FE_ALL_EXCEPT);
    execute(fallback, s, x, out, n);
    if (fetestexcept(MARKS)) recompute_nans(NULL, body, s, x, out, n);
}

static int program_arg(PyObject *obj, const Program **p, int optional)
{
    if (obj == Py_None && optional) {
        *p = NULL;
        return 1;
    }
    *p = PyCapsule_GetPointer(obj, CAPSULE);
    return *p != NULL;
}

/* run(fast, fallback, body, x, out): out = the kernel at x, as runtime.Kernel computes
   it; fast and fallback may be None. x and out are 1-D contiguous float64 buffers of
   one length; out may be x (each block is read before it is written). */
static PyObject *run(PyObject *self, PyObject *args)
{
    PyObject *fast_obj, *fallback_obj, *body_obj, *x_obj, *out_obj;
    const Program *fast, *fallback, *body;
    if (!PyArg_ParseTuple(args, "OOOOO", &fast_obj, &fallback_obj, &body_obj, &x_obj, &out_obj))
        return NULL;
    if (!program_arg(fast_obj, &fast, 1) || !program_arg(fallback_obj, &fallback, 1)
        || !program_arg(body_obj, &body, 0))
        return NULL;
    Py_buffer x, out;
    if (PyObject_GetBuffer(x_obj, &x, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return NULL;
    if (PyObject_GetBuffer(out_obj, &out, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | PyBUF_WRITABLE)
        < 0) {
        PyBuffer_Release(&x);
        return NULL;
    }
    if (!x.format || !out.format || strcmp(x.format, "d") || strcmp(out.format, "d")
        || x.ndim != 1 || out.ndim != 1 || x.shape[0] != out.shape[0]) {
        PyBuffer_Release(&x);
        PyBuffer_Release(&out);
        return PyErr_Format(PyExc_ValueError,
                            "x and out: 1-D contiguous float64 arrays of one length");
    }
    Py_ssize_t total = x.shape[0];
    const double *xs = x.buf;
    double *outs = out.buf;
    /* Static would not be thread-safe; 32 KiB of stack is. */
    Slots s;
    fenv_t env;
    feholdexcept(&env);
    for (Py_ssize_t start = 0; start < total; start += BLOCK) {
        int n = total - start < BLOCK ? (int)(total - start) : BLOCK;
        double xb[BLOCK], ob[BLOCK];
        memcpy(xb, xs + start, (size_t)n * sizeof(double));
        if (fast == NULL) {
            accurate(fallback, body, s, xb, ob, n);
        } else {
            feclearexcept(FE_ALL_EXCEPT);
            execute(fast, s, xb, ob, n);
            if (fetestexcept(MARKS)) recompute_nans(fallback, body, s, xb, ob, n);
        }
        memcpy(outs + start, ob, (size_t)n * sizeof(double));
    }
    fesetenv(&env);
    PyBuffer_Release(&x);
    PyBuffer_Release(&out);
    Py_RETURN_NONE;
}

/* apply(op, a, b): one opcode over two float64 arrays of one length (program.py's probe
   of the C library against NumPy, and the tests of each opcode). */
static PyObject *apply(PyObject *self, PyObject *args)
{
    int op;
    PyObject *a_obj, *b_obj;
    if (!PyArg_ParseTuple(args, "iOO", &op, &a_obj, &b_obj)) return NULL;
    if (op < 0 || op >= OP_COUNT || op == OP_COPY_WHERE)
        return PyErr_Format(PyExc_ValueError, "apply: opcode %d", op);
    Py_buffer a, b;
    if (PyObject_GetBuffer(a_obj, &a, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return NULL;
    if (PyObject_GetBuffer(b_obj, &b, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) {
        PyBuffer_Release(&a);
        return NULL;
    }
    PyObject *result = NULL;
    if (!a.format || !b.format || strcmp(a.format, "d") || strcmp(b.format, "d") || a.ndim != 1
        || b.ndim != 1 || a.shape[0] != b.shape[0]) {
        PyErr_SetString(PyExc_ValueError, "apply: 1-D contiguous float64 arrays of one length");
        goto done;
    }
    Py_ssize_t total = a.shape[0];
    result = PyBytes_FromStringAndSize(NULL, total * (Py_ssize_t)sizeof(double));
    if (result == NULL) goto done;
    Program p = {1, 4, 0, NULL, NULL};
    Instruction one = {op, 1, 0, 3, 0};
    p.code = &one;
    Slots s;
    fenv_t env;
    feholdexcept(&env);
    for (Py_ssize_t start = 0; start < total; start += BLOCK) {
        int n = total - start < BLOCK ? (int)(total - start) : BLOCK;
        memcpy(s[3], (const double *)b.buf + start, (size_t)n * sizeof(double));
        execute(&p, s, (const double *)a.buf + start,
                (double *)PyBytes_AS_STRING(result) + start, n);
    }
    fesetenv(&env);
done:
    PyBuffer_Release(&a);
    PyBuffer_Release(&b);
    return result;
}

/* sigmoid_pair(z, out, out_prime): S(z) into out and S'(z) into out_prime, float64
   arrays of one size, C-contiguous, out and out_prime distinct from z and each other:
   verifier/nn/mlp.py's fused pass of the training step (_sigmoid_with_prime), the
   same operations in the same order for one element at a time, so the same bits
   (tests/nn/test_mlp.py compares the two): e = exp(-|z|), d = 1 + e,
   S' = (e/d)/d, S = max(e, [z >= 0])/d. */
static PyObject *sigmoid_pair(PyObject *self, PyObject *args)
{
    PyObject *objs[3];
    if (!PyArg_ParseTuple(args, "OOO", &objs[0], &objs[1], &objs[2])) return NULL;
    Py_buffer views[3];
    int got = 0;
    PyObject *result = NULL;
    for (; got < 3; got++) {
        int flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (got ? PyBUF_WRITABLE : 0);
        if (PyObject_GetBuffer(objs[got], &views[got], flags) < 0) goto done;
    }
    for (int i = 0; i < 3; i++)
        if (!views[i].format || strcmp(views[i].format, "d") || views[i].len != views[0].len) {
            PyErr_SetString(PyExc_ValueError,
                            "sigmoid_pair: C-contiguous float64 arrays of one size");
            goto done;
        }
    if (views[1].buf == views[0].buf || views[2].buf == views[0].buf
        || views[1].buf == views[2].buf) {
        PyErr_SetString(PyExc_ValueError, "sigmoid_pair: z, out and out_prime must be distinct");
        goto done;
    }
    {
        Py_ssize_t n = views[0].len / (Py_ssize_t)sizeof(double);
        const double *z = views[0].buf;
        double *s = views[1].buf, *sp = views[2].buf;
        PyThreadState *state = n >= 2048 ? PyEval_SaveThread() : NULL;
        fenv_t env;
        feholdexcept(&env);
        /* By blocks: the exps first (a library call each), then the rest in a loop the
           compiler vectorises (no call, no branch). max(e, [z >= 0])/d is 1/d where
           z >= 0 (then e <= 1) and e/d elsewhere (e >= 0, or nan where z is): the
           same value as NumPy's maximum then divide. */
        for (Py_ssize_t start = 0; start < n; start += BLOCK) {
            int m = n - start < BLOCK ? (int)(n - start) : BLOCK;
            const double *zb = z + start;
            double e[BLOCK];
            for (int k = 0; k < m; k++) e[k] = exp(copysign(zb[k], -1.0));
            for (int k = 0; k < m; k++) {
                double d = e[k] + 1.0, q = e[k] / d, one = 1.0 / d;
                sp[start + k] = q / d;
                /* S = 1/d where z >= 0 and e/d where z < 0, chosen by z's sign bit in
                   integer masks (a comparison here would keep the loop scalar): z = -0
                   gives e/d = 1/2 = 1/d, and a nan z gives nan either way. */
                uint64_t bits, a, b;
                memcpy(&bits, &zb[k], sizeof bits);
                memcpy(&a, &one, sizeof a);
                memcpy(&b, &q, sizeof b);
                uint64_t negative = 0 - (bits >> 63);
                uint64_t chosen = (a & ~negative) | (b & negative);
                memcpy(&s[start + k], &chosen, sizeof chosen);
            }
        }
        fesetenv(&env);
        if (state != NULL) PyEval_RestoreThread(state);
    }
    result = Py_None;
    Py_INCREF(result);
done:
    while (got-- > 0) PyBuffer_Release(&views[got]);
    return result;
}

static PyMethodDef methods[] = {
    {"program", program, METH_VARARGS, "program(code, constants, slots): a checked program."},
    {"run", run, METH_VARARGS, "run(fast, fallback, body, x, out): out = the kernel at x."},
    {"apply", apply, METH_VARARGS, "apply(op, a, b): bytes of one opcode over a and b."},
    {"sigmoid_pair", sigmoid_pair, METH_VARARGS, "sigmoid_pair(z, out, out_prime): S and S'."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_machine",
    "Generated kernels' passes, block by block (see verifier/kernels/_machine.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__machine(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    if (PyModule_AddIntConstant(m, "BLOCK", BLOCK) < 0
        || PyModule_AddIntConstant(m, "MAX_SLOTS", MAX_SLOTS) < 0
        || PyModule_AddIntConstant(m, "OP_COUNT", OP_COUNT) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

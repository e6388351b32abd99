/* The GELU routines of special.py, one element at a time, in C (optional).

   special.py computes GELU, GELU' and the tanh forms in NumPy: each step of the
   formulas is one ufunc pass over the chunk, and the elements are sorted into their
   regions (limit, table, tail) by gathers. That costs ~55 passes an element in a tail
   and ~0.7 us a pass on a call of 100 elements. This file is the same arithmetic, step
   by step in the same order, for one element at a time: the same tables and constants
   (handed over by special.py, which owns them), the same exact splits, the same
   roundings. Compiled with -ffp-contract=off, so no step is fused into another: each
   operation rounds as its NumPy pass does. The one difference is exp, the C library's
   (glibc: < 1 ULP) where special.py calls np.exp; the accuracy tests run on both.

   Built by setup.py as an optional extension: where no compiler is found, the install
   goes on without it and special.py computes in NumPy.

   run(kind, x, out): x and out are 1-D contiguous float64 (or both float32) buffers of
   the same length; out may be x itself (each element is read before it is written).
   The floating-point state is held and restored around the loop: no flag this code
   raises reaches the caller (NumPy's errstate sees nothing). The GIL is released on
   long calls, so the runtime's threads compute chunks in parallel. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

enum { GELU = 0, GELU_PRIME = 1, GELU_TANH = 2, GELU_TANH_PRIME = 3, KINDS = 4 };

typedef struct {
    const double *rows;               /* centre row, then coefficient rows (C order) */
    Py_ssize_t nrows, ncols;
    double scale, offset;
} Table;

typedef struct {                      /* an erf form's tail factor (M or N) */
    const double *c;
    Py_ssize_t n;
    double shift, centre;
} Series;

typedef struct {
    int ready, ready32;
    double low, high, low32, high32;  /* the cuts beyond which the limit is taken */
    Table table;
    Series tail;                      /* the erf forms only */
    /* For float32 results (special.py's _gelu32, _gelu_prime32): the same, fitted to
       1e-10 (the erf forms; the tanh forms use none). */
    Table table32;
    Series tail32;
} Routine;

static Routine routines[KINDS];
static PyObject *kept = NULL; /* the buffers' owners, kept alive */

/* Constants, handed over by special.py (configure_constants), in this order. */
enum {
    C_LN2_HI, C_LN2_LO, C_SHIFT_FROM, C_SHIFT_HI, C_SHIFT_LO, C_UNSHIFT, C_GRID,
    C_GRID7, C_GRID41, C_A1H, C_A3H, C_A3H3, C_DA1, C_DA3, C_DIRECT_TO, C_A1, C_A3, C_COUNT
};
static double K[C_COUNT];
static int constants_ready = 0;

/* -- the pieces, each over a block of up to B elements in lockstep ----------------

   Each function mirrors the function of special.py it names, statement by statement;
   a statement is a loop over the block's elements (as a NumPy pass is over the
   chunk's), so the independent chains of several elements overlap in the processor
   where one element's chain (a Horner scheme of degree 16, say) would wait on each
   step's latency. */

#define B 64
#define LANES(j, m) for (int j = 0; j < (m); j++)

static double horner(const double *rows, Py_ssize_t n, Py_ssize_t d, Py_ssize_t i, double x)
{   /* _horner for one element of column i */
    double w = x - rows[i];
    double acc = rows[d * n + i] * w;                 /* c_{d-1} w */
    acc += rows[(d - 1) * n + i];                     /* + c_{d-2} */
    for (Py_ssize_t k = d - 3; k >= 1; k--) {
        acc *= w;
        acc += rows[(k + 1) * n + i];
    }
    acc *= w;
    return acc + rows[n + i];                         /* + c_0 */
}

static void direct(const Table *r, const double *x, double *res, int m)
{   /* _Signed.__call__ and _horner. Four elements at a time: their four chains of
       multiply-adds are independent, so the processor overlaps them (one chain waits
       on each step's latency); kept in registers, not in arrays (the table's rows are
       gathered by each element's column). */
    const Py_ssize_t n = r->ncols, d = r->nrows - 1;  /* d coefficients c_0..c_{d-1} */
    const double *rows = r->rows;
    Py_ssize_t col[B];
    LANES(j, m) {
        double cell = x[j] * r->scale;
        cell += r->offset;
        Py_ssize_t i = (Py_ssize_t)cell;
        i = i < 0 ? 0 : i;                            /* "clip", as np.take(mode="clip") */
        col[j] = i < n ? i : n - 1;
    }
    int j = 0;
    for (; j + 4 <= m; j += 4) {
        const Py_ssize_t i0 = col[j], i1 = col[j + 1], i2 = col[j + 2], i3 = col[j + 3];
        double w0 = x[j] - rows[i0], w1 = x[j + 1] - rows[i1];
        double w2 = x[j + 2] - rows[i2], w3 = x[j + 3] - rows[i3];
        const double *top = rows + d * n, *next = rows + (d - 1) * n;
        double a0 = top[i0] * w0, a1 = top[i1] * w1, a2 = top[i2] * w2, a3 = top[i3] * w3;
        a0 += next[i0];
        a1 += next[i1];
        a2 += next[i2];
        a3 += next[i3];
        for (Py_ssize_t k = d - 3; k >= 1; k--) {
            const double *row = rows + (k + 1) * n;
            a0 *= w0;
            a1 *= w1;
            a2 *= w2;
            a3 *= w3;
            a0 += row[i0];
            a1 += row[i1];
            a2 += row[i2];
            a3 += row[i3];
        }
        a0 *= w0;
        a1 *= w1;
        a2 *= w2;
        a3 *= w3;
        res[j] = a0 + rows[n + i0];
        res[j + 1] = a1 + rows[n + i1];
        res[j + 2] = a2 + rows[n + i2];
        res[j + 3] = a3 + rows[n + i3];
    }
    for (; j < m; j++) res[j] = horner(rows, n, d, col[j], x[j]);
}

static void inverse_square(const Series *f, const double *t, double *acc, int m)
{   /* _InverseSquare.__call__ */
    double w[B];
    const double *c = f->c;
    const Py_ssize_t k0 = f->n;
    LANES(j, m) {
        w[j] = t[j] * t[j];
        w[j] += f->shift;
        w[j] = 1.0 / w[j];
        w[j] -= f->centre;
        acc[j] = w[j] * c[k0 - 1];
    }
    for (Py_ssize_t k = k0 - 2; k >= 1; k--) {
        const double ck = c[k];
        LANES(j, m) {
            acc[j] += ck;
            acc[j] *= w[j];
        }
    }
    LANES(j, m) acc[j] += c[0];
}

static void exp_half_square_shifted(const double *t, double *res, int m)
{   /* _exp_half_square(t, shift=True) */
    double big[B], small[B];
    LANES(j, m) {
        double th = t[j] + K[C_GRID];
        th -= K[C_GRID];
        double tl = t[j] - th;
        double b = th * -0.5;
        b *= th;
        double s = tl * 0.5;
        s += th;
        s *= tl;
        b += K[C_SHIFT_HI];
        s -= K[C_SHIFT_LO];
        big[j] = b;
        small[j] = s;
    }
    LANES(j, m) big[j] = exp(big[j]);
    LANES(j, m) {
        double e = big[j], s = small[j];
        double p = s * (-1.0 / 6.0);
        p += 0.5;
        p *= s;
        p = 1.0 - p;
        p *= s;
        p *= e;
        res[j] = e - p;
    }
}

/* c ? a : b without a branch (x86-64's baseline has no blend instruction, so the
   compiler branches on a choice between doubles, and on mixed data such a branch is
   mispredicted every other element). */
static inline double choose(int c, double a, double b)
{
    uint64_t ua, ub, mask = (uint64_t)0 - (uint64_t)(c != 0);
    memcpy(&ua, &a, sizeof ua);
    memcpy(&ub, &b, sizeof ub);
    uint64_t r = (ua & mask) | (ub & ~mask);
    double d;
    memcpy(&d, &r, sizeof d);
    return d;
}

static double maximum_zero(double x) { return x > 0.0 ? x : 0.0; } /* nan: caller */

static void gelu_tail(const Routine *r, const double *x, const double *t, double *res, int m)
{
    double e[B], f[B];
    exp_half_square_shifted(t, e, m);
    inverse_square(&r->tail, t, f, m);
    LANES(j, m) {
        double v = e[j] * f[j];
        v *= K[C_UNSHIFT];
        res[j] = maximum_zero(x[j]) - v;
    }
}

static void gelu_prime_tail(const Routine *r, const double *x, const double *t, double *res,
                            int m)
{
    double e[B], f[B];
    exp_half_square_shifted(t, e, m);
    inverse_square(&r->tail, t, f, m);
    LANES(j, m) {
        double v = e[j] * f[j];
        v *= x[j];
        v *= K[C_UNSHIFT];
        res[j] = v + (double)(x[j] > 0.0);
    }
}

typedef struct { double vb[B], rest[B], th[B], tl[B]; } TanhV;

static void tanh_v(const double *t, TanhV *v, int m)
{   /* _tanh_v */
    LANES(j, m) {
        double tj = t[j];
        double th = tj + K[C_GRID7];
        th -= K[C_GRID7];
        double tl = tj - th;
        double square = th * th;
        double cube = square * th;
        double vb = cube * K[C_A3H];
        vb += th * K[C_A1H];
        double small = tl * K[C_A1H];
        small += tj * K[C_DA1];
        double part = th * 3.0;
        part += tl;
        part *= tl;
        part *= tl;
        part *= K[C_A3H];
        small += part;
        part = tj * tj;
        part *= tj;
        part *= K[C_DA3];
        small += part;
        square *= K[C_A3H3];
        square *= tl;
        small += square;
        double grid = small + K[C_GRID41];
        grid -= K[C_GRID41];
        small -= grid;
        vb += grid;
        v->vb[j] = vb;
        v->rest[j] = small;
        v->th[j] = th;
        v->tl[j] = tl;
    }
}

static void scaled_exp_negated(const TanhV *v, double *d, int *shifted, int m)
{   /* _tanh_exp: _scaled_exp(-vb, -rest) */
    double big[B], small[B];
    LANES(j, m) {
        double b = -v->vb[j], s = -v->rest[j];
        shifted[j] = b < -K[C_SHIFT_FROM];
        /* As special.py: adding 0.0 leaves the others as they were (no branch). */
        b += (double)shifted[j] * K[C_SHIFT_HI];
        s += (double)shifted[j] * K[C_SHIFT_LO];
        big[j] = b;
        small[j] = s;
    }
    LANES(j, m) big[j] = exp(big[j]);
    LANES(j, m) {
        double e = big[j], s = small[j];
        double p = s * 0.5;
        p += 1.0;
        p *= s;
        p *= e;
        p += e;
        d[j] = p;
    }
}

/* Selected by an index, not a branch: shifted (0 or 1) -> the factor special.py
   applies by np.where. */
static const double kept_where_unshifted[2] = {1.0, 0.0};
static double unshift[2] = {1.0, 0.0};  /* [1]: 2^-64, set with the constants */

static void gelu_tanh_tail(const double *x, const double *t, double *res, int m)
{
    TanhV v;
    double d[B];
    int shifted[B];
    tanh_v(t, &v, m);
    scaled_exp_negated(&v, d, shifted, m);
    LANES(j, m) {
        double unscaled = d[j] * kept_where_unshifted[shifted[j]];
        double q = unscaled + 1.0;
        q = unscaled / q;
        double td = t[j] * d[j];
        q *= td;
        q = td - q;
        q *= unshift[shifted[j]];
        res[j] = maximum_zero(x[j]) - q;
    }
}

static void gelu_tanh_prime_tail(const double *x, const double *t, double *res, int m)
{
    TanhV v;
    double d[B];
    int shifted[B];
    tanh_v(t, &v, m);
    scaled_exp_negated(&v, d, shifted, m);
    LANES(j, m) {
        double unscaled = d[j] * kept_where_unshifted[shifted[j]];
        double q = unscaled + 1.0;
        q = unscaled / q;
        /* _tanh_f */
        double mb = v.vb[j] * 3.0;
        mb -= v.th[j] * (2.0 * K[C_A1H]);
        double small = v.tl[j] * K[C_A1H];
        small += t[j] * K[C_DA1];
        small *= -2.0;
        small += v.rest[j] * 3.0;
        double f = mb + small;
        f *= q;
        f -= small;
        mb = 1.0 - mb;
        f += mb;
        q *= d[j];
        q = d[j] - q;
        q *= f;
        q *= unshift[shifted[j]];
        q = copysign(q, x[j]);
        res[j] = q + (double)(x[j] > 0.0);
    }
}

static double limit(int kind, double x)
{   /* _maximum_zero (np.maximum(x, 0.0)) or _step (np.clip(x, 0.0, 1.0)); nan kept.
       Both computed and one chosen by kind (the same for the whole call): a test of x
       would be a branch, mispredicted on mixed data. */
    double v = choose(x > 0.0, x, 0.0);
    double c = choose(v < 1.0, v, 1.0);
    double chosen = (kind == GELU_PRIME || kind == GELU_TANH_PRIME) ? c : v;
    return choose(x == x, chosen, x);
}

static void tails(int kind, const Routine *r, const double *x, const double *t, double *res,
                  int m)
{
    switch (kind) {
    case GELU: gelu_tail(r, x, t, res, m); break;
    case GELU_PRIME: gelu_prime_tail(r, x, t, res, m); break;
    case GELU_TANH: gelu_tanh_tail(x, t, res, m); break;
    default: gelu_tanh_prime_tail(x, t, res, m); break;
    }
}

/* One block of m <= B elements: each sorted into its region (_apply, _gathered: the
   table below |x| = 4, the limit beyond the cuts and for nan, a tail between), each
   region computed in lockstep, the results put back in place. ``wide`` holds x in
   float64; ``res`` receives the float64 values. */
static void block(int kind, const Routine *r, const double *wide, double *res, int m)
{
    double tx[B], tt[B], tv[B], dx[B], dv[B];
    int ti[B], di[B], nt = 0, nd = 0;
    /* Without branches: on mixed data a branch per element is mispredicted half the
       time (measured: a third of the cost). Every index is written, and counted only
       where it belongs; every element gets its limit, overwritten where it is not. */
    const double low = r->low, high = r->high, to = K[C_DIRECT_TO];
    LANES(j, m) {
        double x = wide[j], t = fabs(x);
        int near = t < to;
        int tail = !near & (x >= low) & (x <= high);  /* nan: neither */
        di[nd] = j;
        dx[nd] = x;
        nd += near;
        ti[nt] = j;
        tx[nt] = x;
        tt[nt] = t;
        nt += tail;
        res[j] = limit(kind, x);
    }
    if (nd) {
        direct(&r->table, dx, dv, nd);
        for (int k = 0; k < nd; k++) res[di[k]] = dv[k];
    }
    if (nt) {
        tails(kind, r, tx, tt, tv, nt);
        for (int k = 0; k < nt; k++) res[ti[k]] = tv[k];
    }
}

/* One block of float32 data between the float32 cuts, in float64 to 1e-10 relative,
   as special.py's _gelu32, _gelu_prime32 (tables fitted to 1e-10 and a plain exp in
   the tails), _gelu_tanh32 and _gelu_tanh_prime32 (the formulas as written). nan
   (the elements at their float32 limits, set by run32) gives nan. */
static void block32(int kind, const Routine *r, const double *wide, double *res, int m)
{
    if (kind == GELU_TANH || kind == GELU_TANH_PRIME) {
        /* The numbers gathered (exp of nan takes the C library's slow path). */
        double gx[B], d[B], v[B];
        int gi[B], ng = 0;
        LANES(j, m) {
            double x = wide[j];
            gi[ng] = j;
            gx[ng] = x;
            ng += x == x;
            res[j] = x;
        }
        LANES(k, ng) {
            double x = gx[k];
            double u = x * x;
            u *= K[C_A3];
            u += K[C_A1];
            u *= x;
            d[k] = -u;
        }
        LANES(k, ng) d[k] = exp(d[k]);  /* D = exp(-v) */
        if (kind == GELU_TANH) {
            LANES(k, ng) v[k] = gx[k] / (d[k] + 1.0);
        } else {
            LANES(k, ng) {
                double x = gx[k];
                double s = 1.0 / (d[k] + 1.0);
                double dd = d[k] * s;
                double slope = x * x;
                slope *= 3.0 * K[C_A3];
                slope += K[C_A1];
                slope *= x;
                dd *= slope;
                dd += 1.0;
                v[k] = s * dd;
            }
        }
        for (int k = 0; k < ng; k++) res[gi[k]] = v[k];
        return;
    }
    double dx[B], dv[B], tx[B], tt[B], tv[B];
    int di[B], ti[B], nd = 0, nt = 0;
    const double to = K[C_DIRECT_TO];
    LANES(j, m) {
        double x = wide[j], t = fabs(x);
        int near = t < to;
        int tail = !near & (x == x);
        di[nd] = j;
        dx[nd] = x;
        nd += near;
        ti[nt] = j;
        tx[nt] = x;
        tt[nt] = t;
        nt += tail;
        res[j] = x;  /* nan stays nan */
    }
    if (nd) {
        direct(&r->table32, dx, dv, nd);
        for (int k = 0; k < nd; k++) res[di[k]] = dv[k];
    }
    if (nt) {
        double e[B], f[B];
        LANES(k, nt) {
            double v = tt[k] * tt[k];
            e[k] = v * -0.5;
        }
        LANES(k, nt) e[k] = exp(e[k]);
        inverse_square(&r->tail32, tt, f, nt);
        if (kind == GELU) {
            LANES(k, nt) {
                double v = e[k] * f[k];
                tv[k] = maximum_zero(tx[k]) - v;
            }
        } else {
            LANES(k, nt) {
                double v = e[k] * f[k];
                v *= tx[k];
                tv[k] = v + (double)(tx[k] > 0.0);
            }
        }
        for (int k = 0; k < nt; k++) res[ti[k]] = tv[k];
    }
}

static void run64(int kind, const Routine *r, const double *x, double *out, Py_ssize_t n)
{
    double res[B];
    for (Py_ssize_t i = 0; i < n; i += B) {
        int m = (int)(n - i < B ? n - i : B);
        block(kind, r, x + i, res, m);
        memcpy(out + i, res, (size_t)m * sizeof(double));  /* x is read by now */
    }
}

static void run32(int kind, const Routine *r, const float *x, float *out, Py_ssize_t n)
{   /* _apply32: the limit in float32 beyond low32 and high32; between them the float64
       value of block32, rounded once. Each element gets its limit, and the elements
       between are gathered and overwritten (x[i] is read before out[i] is written). */
    double gx[B], res[B];
    int gi[B];
    const double low32 = r->low32, high32 = r->high32;
    for (Py_ssize_t i = 0; i < n; i += B) {
        int m = (int)(n - i < B ? n - i : B), ng = 0;
        LANES(j, m) {
            double w = (double)x[i + j];
            gi[ng] = j;
            gx[ng] = w;
            ng += (w > low32) & (w < high32);  /* & not &&: no branch; nan: neither */
            out[i + j] = (float)limit(kind, w);
        }
        if (ng) {
            block32(kind, r, gx, res, ng);
            for (int k = 0; k < ng; k++) out[i + gi[k]] = (float)res[k];
        }
    }
}

/* -- Python ---------------------------------------------------------------------- */

static PyObject *configure_constants(PyObject *self, PyObject *args)
{
    PyObject *seq;
    if (!PyArg_ParseTuple(args, "O", &seq)) return NULL;
    PyObject *fast = PySequence_Fast(seq, "constants: a sequence of floats");
    if (fast == NULL) return NULL;
    if (PySequence_Fast_GET_SIZE(fast) != C_COUNT) {
        Py_DECREF(fast);
        return PyErr_Format(PyExc_ValueError, "constants: %d expected", (int)C_COUNT);
    }
    for (Py_ssize_t i = 0; i < C_COUNT; i++) {
        double v = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(fast, i));
        if (v == -1.0 && PyErr_Occurred()) {
            Py_DECREF(fast);
            return NULL;
        }
        K[i] = v;
    }
    Py_DECREF(fast);
    unshift[1] = K[C_UNSHIFT];
    constants_ready = 1;
    Py_RETURN_NONE;
}

static int float64_buffer(PyObject *obj, Py_buffer *view, int ndim, const char *what)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return -1;
    if (view->ndim != ndim || view->itemsize != 8 || view->format == NULL
        || strcmp(view->format, "d") != 0) {
        PyBuffer_Release(view);
        PyErr_Format(PyExc_ValueError, "%s: a C-contiguous float64 array of %d dimension(s)",
                     what, ndim);
        return -1;
    }
    return 0;
}

static int set_tables(PyObject *rows_obj, double scale, double offset, PyObject *tail_obj,
                      double shift, double centre, int needs_tail, Table *table, Series *tail)
{   /* table and tail from special.py's arrays (rows 2-D, tail 1-D, may be empty where
       not needed), whose owners stay alive in `kept` (the buffers are not written). */
    Py_buffer rows, coefficients;
    if (float64_buffer(rows_obj, &rows, 2, "rows") < 0) return -1;
    if (float64_buffer(tail_obj, &coefficients, 1, "tail") < 0) {
        PyBuffer_Release(&rows);
        return -1;
    }
    int bad = rows.shape[0] < 4 || rows.shape[1] < 1 || (needs_tail && coefficients.shape[0] < 2);
    if (!bad) {
        *table = (Table){(const double *)rows.buf, rows.shape[0], rows.shape[1], scale, offset};
        *tail = (Series){(const double *)coefficients.buf, coefficients.shape[0], shift, centre};
    }
    PyBuffer_Release(&rows);
    PyBuffer_Release(&coefficients);
    if (bad) {
        PyErr_SetString(PyExc_ValueError, "table too small");
        return -1;
    }
    if (kept == NULL && (kept = PyList_New(0)) == NULL) return -1;
    if (PyList_Append(kept, rows_obj) < 0 || PyList_Append(kept, tail_obj) < 0) return -1;
    return 0;
}

static PyObject *configure(PyObject *self, PyObject *args)
{   /* configure(kind, rows (2-D), scale, offset, tail (1-D, may be empty), tail_shift,
       tail_centre, low, high, low32, high32) */
    int kind;
    PyObject *rows_obj, *tail_obj;
    double scale, offset, tail_shift, tail_centre, low, high, low32, high32;
    if (!PyArg_ParseTuple(args, "iOddOdddddd", &kind, &rows_obj, &scale, &offset, &tail_obj,
                          &tail_shift, &tail_centre, &low, &high, &low32, &high32))
        return NULL;
    if (kind < 0 || kind >= KINDS) return PyErr_Format(PyExc_ValueError, "kind %d", kind);
    Routine *r = &routines[kind];
    if (set_tables(rows_obj, scale, offset, tail_obj, tail_shift, tail_centre,
                   kind == GELU || kind == GELU_PRIME, &r->table, &r->tail) < 0)
        return NULL;
    r->low = low;
    r->high = high;
    r->low32 = low32;
    r->high32 = high32;
    r->ready = 1;
    Py_RETURN_NONE;
}

static PyObject *configure32(PyObject *self, PyObject *args)
{   /* configure32(kind, rows (2-D), scale, offset, tail (1-D), tail_shift, tail_centre):
       the erf forms' tables for float32 results */
    int kind;
    PyObject *rows_obj, *tail_obj;
    double scale, offset, tail_shift, tail_centre;
    if (!PyArg_ParseTuple(args, "iOddOdd", &kind, &rows_obj, &scale, &offset, &tail_obj,
                          &tail_shift, &tail_centre))
        return NULL;
    if (kind != GELU && kind != GELU_PRIME) return PyErr_Format(PyExc_ValueError, "kind %d", kind);
    Routine *r = &routines[kind];
    if (set_tables(rows_obj, scale, offset, tail_obj, tail_shift, tail_centre, 1, &r->table32,
                   &r->tail32) < 0)
        return NULL;
    r->ready32 = 1;
    Py_RETURN_NONE;
}

static PyObject *run(PyObject *self, PyObject *args)
{
    int kind;
    PyObject *x_obj, *out_obj;
    if (!PyArg_ParseTuple(args, "iOO", &kind, &x_obj, &out_obj)) return NULL;
    if (kind < 0 || kind >= KINDS || !routines[kind].ready || !constants_ready)
        return PyErr_Format(PyExc_ValueError, "kind %d is not configured", kind);
    Py_buffer x, out;
    if (PyObject_GetBuffer(x_obj, &x, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return NULL;
    if (PyObject_GetBuffer(out_obj, &out, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | PyBUF_WRITABLE)
        < 0) {
        PyBuffer_Release(&x);
        return NULL;
    }
    const char *fx = x.format ? x.format : "B", *fo = out.format ? out.format : "B";
    int f64 = strcmp(fx, "d") == 0 && strcmp(fo, "d") == 0;
    int f32 = strcmp(fx, "f") == 0 && strcmp(fo, "f") == 0;
    if (f32 && (kind == GELU || kind == GELU_PRIME) && !routines[kind].ready32) {
        PyBuffer_Release(&x);
        PyBuffer_Release(&out);
        return PyErr_Format(PyExc_ValueError, "kind %d has no float32 tables", kind);
    }
    if (!(f64 || f32) || x.ndim != 1 || out.ndim != 1 || x.shape[0] != out.shape[0]) {
        PyBuffer_Release(&x);
        PyBuffer_Release(&out);
        return PyErr_Format(PyExc_ValueError,
                            "x and out: 1-D contiguous arrays of one length, both float64 "
                            "or both float32");
    }
    const Routine *r = &routines[kind];
    Py_ssize_t n = x.shape[0];
    fenv_t env;
    PyThreadState *state = NULL;
    if (n >= 2048) state = PyEval_SaveThread();
    feholdexcept(&env);
    if (f64)
        run64(kind, r, (const double *)x.buf, (double *)out.buf, n);
    else
        run32(kind, r, (const float *)x.buf, (float *)out.buf, n);
    fesetenv(&env);
    if (state != NULL) PyEval_RestoreThread(state);
    PyBuffer_Release(&x);
    PyBuffer_Release(&out);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"configure_constants", configure_constants, METH_VARARGS, "Set the shared constants."},
    {"configure", configure, METH_VARARGS, "Set one routine's tables and cuts."},
    {"configure32", configure32, METH_VARARGS, "Set an erf form's float32 tables."},
    {"run", run, METH_VARARGS, "run(kind, x, out): out = the routine at x."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_native",
    "GELU routines one element at a time (see verifier/kernels/_native.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__native(void) { return PyModule_Create(&module); }

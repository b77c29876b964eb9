package org.adder.objects;

import java.math.BigInteger;

/** Python's {@code slice}, and the index arithmetic every sequence uses to apply one. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = new TypeSpec("slice", PySlice.class)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of(o.repr());
                t.tp_hash = o -> Abstract.hash(((PySlice) o).asTuple());
                t.tp_richcompare = (a, b, op) -> b instanceof PySlice s
                        ? Abstract.richCompare(((PySlice) a).asTuple(), s.asTuple(), op) : PyNotImplemented.NOT_IMPLEMENTED;
                t.tp_new = (type, args, kw) -> {
                    ArgSpec.noKeywords("slice", kw);
                    if (args.length < 1 || args.length > 3) {
                        throw PyErr.typeError("slice expected " + (args.length < 1 ? "at least 1" : "at most 3")
                                + " argument" + (args.length < 1 ? "" : "s") + ", got " + args.length);
                    }
                    return args.length == 1 ? new PySlice(PyNone.NONE, args[0], PyNone.NONE)
                            : new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
                };
            })
            .methods(m -> m
                    .method("indices", "($self, length, /)", (Builtin.F2) (s, n) -> ((PySlice) s).indices(n))
                    .method("__reduce__", "($self, /)", (Builtin.F1) s -> PyTuple.of(PySlice.TYPE, ((PySlice) s).asTuple()))
                    .member("start", s -> ((PySlice) s).start, null, null)
                    .member("stop", s -> ((PySlice) s).stop, null, null)
                    .member("step", s -> ((PySlice) s).step, null, null)
                    .doc("slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for "
                            + "extended slicing (e.g. a[0:10:2])."))
            .build();

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }

    /** start, stop, step and the number of items, for a sequence of {@code length} items. */
    public record Bounds(long start, long stop, long step, long length) {
    }

    /** {@code _PyEval_SliceIndex}: None, or an index clipped to the long range. */
    private static long sliceIndex(PyObject v, long ifNone) {
        if (v == PyNone.NONE) {
            return ifNone;
        }
        if (v.type().nb_index == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.asSize(v, null);
    }

    /** {@code PySlice_Unpack} followed by {@code PySlice_AdjustIndices}. */
    public Bounds bounds(long length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = sliceIndex(step, 1);
            if (st == 0) {
                throw PyErr.valueError("slice step cannot be zero");
            }
            if (st < -Long.MAX_VALUE) {
                st = -Long.MAX_VALUE;
            }
        }
        long a = sliceIndex(start, st < 0 ? Long.MAX_VALUE : 0);
        long b = sliceIndex(stop, st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        if (a < 0) {
            a += length;
            if (a < 0) {
                a = st < 0 ? -1 : 0;
            }
        } else if (a >= length) {
            a = st < 0 ? length - 1 : length;
        }
        if (b < 0) {
            b += length;
            if (b < 0) {
                b = st < 0 ? -1 : 0;
            }
        } else if (b >= length) {
            b = st < 0 ? length - 1 : length;
        }
        long n = 0;
        if (st < 0) {
            if (b < a) {
                n = (a - b - 1) / (-st) + 1;
            }
        } else if (a < b) {
            n = (b - a - 1) / st + 1;
        }
        return new Bounds(a, b, st, n);
    }

    /** {@code slice.indices(length)}: exact for any int length (CPython computes it with ints). */
    PyObject indices(PyObject lengthObj) {
        BigInteger length = Abstract.index(lengthObj).bigValue();
        if (length.signum() < 0) {
            throw PyErr.valueError("length should not be negative");
        }
        BigInteger st = step == PyNone.NONE ? BigInteger.ONE : Abstract.index(stepCheck(step)).bigValue();
        if (st.signum() == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.subtract(BigInteger.ONE) : length;
        BigInteger a = start == PyNone.NONE ? (neg ? upper : lower) : clamp(Abstract.index(stepCheck(start)).bigValue(),
                length, lower, upper);
        BigInteger b = stop == PyNone.NONE ? (neg ? lower : upper) : clamp(Abstract.index(stepCheck(stop)).bigValue(),
                length, lower, upper);
        return PyTuple.of(PyInt.of(a), PyInt.of(b), PyInt.of(st));
    }

    private static PyObject stepCheck(PyObject v) {
        if (v.type().nb_index == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return v;
    }

    private static BigInteger clamp(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    @Override
    public String repr() {
        return "slice(" + Abstract.repr(start).value() + ", " + Abstract.repr(stop).value() + ", "
                + Abstract.repr(step).value() + ")";
    }
}

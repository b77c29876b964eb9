package org.adder.objects;

import java.util.Arrays;

/** The slots and core methods of {@code bytes}. */
final class BytesType {
    private BytesType() {
    }

    static void slots(PyType t) {
        t.tp_repr = o -> PyStr.of(PyBytes.repr(((PyBytes) o).value));
        t.tp_str = o -> {
            org.adder.vm.Warnings.bytesWarning("str() on a bytes instance");
            return PyStr.of(PyBytes.repr(((PyBytes) o).value));
        };
        t.tp_hash = o -> o.hash();
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyBytes y)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(Compare.test(Arrays.compareUnsigned(((PyBytes) a).value, y.value), op));
        };
        t.tp_iter = o -> new BytesIter(((PyBytes) o).value);
        t.tp_new = BytesType::create;
        t.mp_length = o -> ((PyBytes) o).value.length;
        t.mp_subscript = (o, k) -> subscript(((PyBytes) o).value, k, "byte", false);
        t.sq_contains = (o, x) -> contains(((PyBytes) o).value, x);
        t.sq_concat = (a, b) -> {
            byte[] x = ((PyBytes) a).value;
            if (!Buffers.isBytesLike(b)) {
                throw PyErr.typeError("can't concat " + b.type().getName() + " to " + a.type().getName());
            }
            byte[] y = Buffers.bytesOf(b);
            byte[] out = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, out, x.length, y.length);
            return PyBytes.wrap(out);
        };
        t.sq_repeat = (o, n) -> PyBytes.wrap(repeat(((PyBytes) o).value, n));
        t.nb_remainder = (a, b) -> a instanceof PyBytes x ? PyBytes.wrap(BytesPercent.format(x.value, b))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    static void methods(TypeSpec.Methods m) {
        BytesMethods.define(m);
        m.method("__getnewargs__", "($self, /)", (Builtin.F1) b -> PyTuple.of(PyBytes.of(((PyBytes) b).value)))
                .method("__bytes__", "($self, /)", (Builtin.F1) b -> b.getClass() == PyBytes.class ? b
                        : PyBytes.of(((PyBytes) b).value));
    }

    static String hex(byte[] data) {
        StringBuilder s = new StringBuilder(data.length * 2);
        for (byte x : data) {
            s.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return s.toString();
    }

    static byte[] repeat(byte[] v, long n) {
        if (n <= 0 || v.length == 0) {
            return new byte[0];
        }
        if (n > Long.MAX_VALUE / v.length) {
            throw PyErr.overflowError("repeated bytes are too long");
        }
        long total = n * v.length;
        if (total > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        byte[] out = new byte[(int) total];
        for (int i = 0; i < n; i++) {
            System.arraycopy(v, 0, out, i * v.length, v.length);
        }
        return out;
    }

    static boolean contains(byte[] v, PyObject x) {
        if (x instanceof PyInt i) {
            long b = i.longValue();
            if (!i.fitsLong() || b < 0 || b > 255) {
                throw PyErr.valueError("byte must be in range(0, 256)");
            }
            for (byte c : v) {
                if ((c & 0xff) == b) {
                    return true;
                }
            }
            return false;
        }
        byte[] sub = Buffers.bytesOf(x);
        outer:
        for (int i = 0; i + sub.length <= v.length; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (v[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static PyObject subscript(byte[] v, PyObject key, String what, boolean mutable) {
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.bounds(v.length);
            byte[] out = new byte[(int) b.length()];
            for (int i = 0, j = (int) b.start(); i < out.length; i++, j += (int) b.step()) {
                out[i] = v[j];
            }
            return mutable ? new PyByteArray(out) : PyBytes.wrap(out);
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError((mutable ? "bytearray" : "byte") + " indices must be integers or slices, not "
                    + key.type().getName());
        }
        long i = Abstract.asSize(key, ExceptionTypes.IndexError);
        if (i < 0) {
            i += v.length;
        }
        if (i < 0 || i >= v.length) {
            throw PyErr.indexError(mutable ? "bytearray index out of range" : "index out of range");
        }
        return PyInt.of(v[(int) i] & 0xff);
    }

    /** {@code bytes(x)}: from an int size, an iterable of ints, a buffer, or a str with an encoding. */
    private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
        PyObject[] p = SPEC.bind(args, kw);
        byte[] v = fromSource(p[0], p[1], p[2], "bytes");
        return type == PyBytes.TYPE ? PyBytes.wrap(v) : new PyBytes.Derived(type, v);
    }

    private static final ArgSpec SPEC = ArgSpec.parse("bytes",
            "(source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)");

    static byte[] fromSource(PyObject src, PyObject encoding, PyObject errors, String what) {
        if (src == null) {
            if (encoding != null || errors != null) {
                throw PyErr.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (src instanceof PyStr s) {
            if (encoding == null) {
                throw PyErr.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, Codecs.name(encoding, what, "encoding"),
                    errors == null ? "strict" : Codecs.name(errors, what, "errors")).value;
        }
        if (encoding != null) {
            throw PyErr.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw PyErr.typeError("errors without a string argument");
        }
        if (Buffers.isBytesLike(src)) {
            return Buffers.bytesOf(src);
        }
        PyObject bytesMethod = src.type().lookup(SpecialNames.__bytes__);
        if (bytesMethod != null && what.equals("bytes")) {
            PyObject r = Abstract.callDescriptor(bytesMethod, src);
            if (!(r instanceof PyBytes rb)) {
                throw PyErr.typeError("__bytes__ returned non-bytes (type " + r.type().getName() + ")");
            }
            return rb.value;
        }
        if (src.type().nb_index != null) {
            long n = Abstract.asSize(src, ExceptionTypes.OverflowError);
            if (n < 0) {
                throw PyErr.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw PyErr.memoryError();
            }
            return new byte[(int) n];
        }
        if (src.type().tp_iter == null && !Abstract.isSequence(src)) {
            throw PyErr.typeError("cannot convert '" + src.type().getName() + "' object to " + what);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (PyObject x : Abstract.iterable(src)) {
            if (x.type().nb_index == null) {
                throw PyErr.typeError("'" + x.type().getName() + "' object cannot be interpreted as an integer");
            }
            long b = Abstract.asSize(x, null);
            if (b < 0 || b > 255) {
                throw PyErr.valueError("bytes must be in range(0, 256)");
            }
            out.write((int) b);
        }
        return out.toByteArray();
    }

    /** {@code bytes_iterator}. */
    static final class BytesIter extends PyObject {
        static final PyType TYPE = new TypeSpec("bytes_iterator", BytesIter.class)
                .slots(t -> {
                    t.tp_iter = it -> it;
                    t.tp_iternext = it -> {
                        BytesIter b = (BytesIter) it;
                        return b.index < b.data.length ? PyInt.of(b.data[b.index++] & 0xff) : null;
                    };
                })
                .build();

        private final byte[] data;
        private int index;

        BytesIter(byte[] data) {
            this.data = data;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<bytes_iterator object at " + Hashing.address(this) + ">";
        }
    }
}

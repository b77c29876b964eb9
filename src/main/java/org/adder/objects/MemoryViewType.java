package org.adder.objects;

import java.util.Arrays;

/** The slots, methods and attributes of {@code memoryview}, and its item formats. */
final class MemoryViewType {
    private MemoryViewType() {
    }

    private static final ArgSpec SPEC = ArgSpec.parse("memoryview", "(object)");

    static int itemsize(String format) {
        return switch (format) {
            case "B", "b", "c", "?" -> 1;
            case "H", "h" -> 2;
            case "I", "i", "f" -> 4;
            case "L", "l", "Q", "q", "N", "n", "P", "d" -> 8;
            default -> -1;
        };
    }

    private static PyMemoryView view(PyObject o) {
        PyMemoryView m = (PyMemoryView) o;
        m.check();
        return m;
    }

    static void slots(PyType t) {
        t.tp_repr = o -> PyStr.of(o.repr());
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_new = (type, args, kw) -> PyMemoryView.of(SPEC.bind(args, kw)[0]);
        t.mp_length = o -> view(o).length;
        t.mp_subscript = MemoryViewType::subscript;
        t.mp_ass_subscript = MemoryViewType::assign;
        t.tp_iter = o -> Abstract.getIter(tolist(view(o)));
        t.tp_hash = o -> {
            PyMemoryView m = view(o);
            if (!m.readonly) {
                throw PyErr.valueError("cannot hash writable memoryview object");
            }
            byte[] b = m.toBytes();
            return Hashing.bytes(b, b.length);
        };
        t.tp_richcompare = (a, b, op) -> {
            if (op != Compare.EQ && op != Compare.NE || !Buffers.isBytesLike(b)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyMemoryView m = (PyMemoryView) a;
            boolean eq;
            if (a == b) {
                eq = true;
            } else if (m.released || b instanceof PyMemoryView w && w.released) {
                eq = false;
            } else {
                String other = b instanceof PyMemoryView w ? w.format : "B";
                eq = other.equals(m.format) && Arrays.equals(m.toBytes(), Buffers.bytesOf(b));
            }
            return PyBool.of(eq == (op == Compare.EQ));
        };
    }

    static void methods(TypeSpec.Methods m) {
        m.method("tobytes", "($self, /, order='C')", (Builtin.F2) (v, o) -> PyBytes.wrap(view(v).toBytes()))
                .method("tolist", "($self, /)", (Builtin.F1) v -> tolist(view(v)))
                .method("hex", "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", (Builtin.F3) (v, sep, n) ->
                        PyStr.of(BytesMethods.hex(view(v).toBytes(), sep, n)))
                .method("release", "($self, /)", (Builtin.F1) v -> {
                    ((PyMemoryView) v).release();
                    return PyNone.NONE;
                })
                .method("toreadonly", "($self, /)", (Builtin.F1) v -> {
                    PyMemoryView x = view(v);
                    return new PyMemoryView(x.obj, x.offset, x.stride, x.length, x.format, true, false);
                })
                .method("cast", "($self, /, format, shape=<unrepresentable>)", (Builtin.F3) (v, f, s) ->
                        cast(view(v), f))
                .method("__enter__", "($self, /)", (Builtin.F1) v -> view(v))
                .method("__exit__", null, (Builtin.FV) (args, kw) -> {
                    ((PyMemoryView) args[0]).release();
                    return PyNone.NONE;
                })
                .getset("obj", v -> view(v).obj, null, null)
                .getset("nbytes", v -> PyInt.of((long) view(v).length * view(v).itemsize), null, null)
                .getset("readonly", v -> PyBool.of(view(v).readonly), null, null)
                .getset("itemsize", v -> PyInt.of(view(v).itemsize), null, null)
                .getset("format", v -> PyStr.of(view(v).format), null, null)
                .getset("ndim", v -> {
                    view(v);
                    return PyInt.of(1);
                }, null, null)
                .getset("shape", v -> PyTuple.of(PyInt.of(view(v).length)), null, null)
                .getset("strides", v -> PyTuple.of(PyInt.of(view(v).stride)), null, null)
                .getset("suboffsets", v -> {
                    view(v);
                    return PyTuple.of();
                }, null, null)
                .getset("contiguous", v -> PyBool.of(view(v).contiguous()), null, null)
                .getset("c_contiguous", v -> PyBool.of(view(v).contiguous()), null, null)
                .getset("f_contiguous", v -> PyBool.of(view(v).contiguous()), null, null);
    }

    private static PyObject cast(PyMemoryView m, PyObject formatObj) {
        if (!(formatObj instanceof PyStr fs)) {
            throw PyErr.typeError("memoryview: format argument must be a string");
        }
        String f = fs.value().startsWith("@") ? fs.value().substring(1) : fs.value();
        int size = itemsize(f);
        if (size < 0) {
            throw PyErr.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (!m.format.equals("B") && !m.format.equals("b") && !m.format.equals("c") && !f.equals("B")
                && !f.equals("b") && !f.equals("c")) {
            throw PyErr.typeError("memoryview: cannot cast between two non-byte formats");
        }
        if (!m.contiguous()) {
            throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        int bytes = m.length * m.itemsize;
        if (bytes % size != 0) {
            throw PyErr.typeError("memoryview: length is not a multiple of itemsize");
        }
        return new PyMemoryView(m.obj, m.offset, size, bytes / size, f, m.readonly, false);
    }

    private static PyObject item(PyMemoryView m, int k) {
        byte[] s = m.storage();
        int at = m.offset + k * m.stride;
        switch (m.format) {
            case "c" -> {
                return PyBytes.wrap(new byte[] {s[at]});
            }
            case "?" -> {
                return PyBool.of(s[at] != 0);
            }
            case "f" -> {
                return new PyFloat(Float.intBitsToFloat((int) unsigned(s, at, 4)));
            }
            case "d" -> {
                return new PyFloat(Double.longBitsToDouble(unsigned(s, at, 8)));
            }
            default -> {
                long v = unsigned(s, at, m.itemsize);
                boolean signed = Character.isLowerCase(m.format.charAt(0));
                if (signed && m.itemsize < 8) {
                    int shift = 64 - 8 * m.itemsize;
                    v = v << shift >> shift;
                }
                return signed || v >= 0 ? PyInt.of(v) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
        }
    }

    private static long unsigned(byte[] s, int at, int size) {
        long v = 0;
        for (int j = size - 1; j >= 0; j--) {
            v = v << 8 | (s[at + j] & 0xff);
        }
        return v;
    }

    private static PyList tolist(PyMemoryView m) {
        PyObject[] items = new PyObject[m.length];
        for (int k = 0; k < items.length; k++) {
            items[k] = item(m, k);
        }
        return new PyList(items);
    }

    private static int index(PyMemoryView m, PyObject key) {
        long i = Abstract.asSize(key, ExceptionTypes.IndexError);
        if (i < 0) {
            i += m.length;
        }
        if (i < 0 || i >= m.length) {
            throw PyErr.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyMemoryView m = view(o);
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.bounds(m.length);
            return new PyMemoryView(m.obj, m.offset + (int) b.start() * m.stride, m.stride * (int) b.step(),
                    (int) b.length(), m.format, m.readonly, false);
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        return item(m, index(m, key));
    }

    private static void assign(PyObject o, PyObject key, PyObject value) {
        PyMemoryView m = view(o);
        if (m.readonly) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete memory");
        }
        byte[] s = m.storage();
        if (key instanceof PySlice sl) {
            PySlice.Bounds b = sl.bounds(m.length);
            byte[] v = Buffers.bytesOf(value);
            String format = value instanceof PyMemoryView w ? w.format : "B";
            if (v.length != b.length() * m.itemsize || !format.equals(m.format) && m.itemsize != 1) {
                throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < b.length(); k++) {
                System.arraycopy(v, k * m.itemsize, s, m.offset + (int) (b.start() + k * b.step()) * m.stride,
                        m.itemsize);
            }
            return;
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        int at = m.offset + index(m, key) * m.stride;
        if (m.format.equals("c")) {
            if (!(value instanceof PyBytes b) || b.value.length != 1) {
                throw PyErr.valueError("memoryview: invalid value for format 'c'");
            }
            s[at] = b.value[0];
            return;
        }
        if (!(value instanceof PyInt iv)) {
            throw PyErr.typeError("memoryview: invalid type for format '" + m.format + "'");
        }
        long v = iv.fitsLong() ? iv.longValue() : Long.MIN_VALUE;
        boolean signed = Character.isLowerCase(m.format.charAt(0));
        int bits = 8 * m.itemsize;
        long lo = signed ? -(1L << (bits - 1)) : 0;
        long hi = bits == 64 ? Long.MAX_VALUE : signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        if (v < lo || v > hi || !iv.fitsLong()) {
            throw PyErr.valueError("memoryview: invalid value for format '" + m.format + "'");
        }
        for (int j = 0; j < m.itemsize; j++) {
            s[at + j] = (byte) (v >>> (8 * j));
        }
    }
}

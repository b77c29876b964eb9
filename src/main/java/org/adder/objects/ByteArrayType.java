package org.adder.objects;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** The slots and the mutating methods of {@code bytearray}. */
final class ByteArrayType {
    private ByteArrayType() {
    }

    private static final ArgSpec SPEC = ArgSpec.parse("bytearray",
            "(source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)");

    static void slots(PyType t) {
        t.tp_repr = o -> PyStr.of(o.repr());
        t.tp_str = o -> {
            org.adder.vm.Warnings.bytesWarning("str() on a bytearray instance");
            return PyStr.of(o.repr());
        };
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_richcompare = (a, b, op) -> {
            if (!Buffers.isBytesLike(b)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(Compare.test(Arrays.compareUnsigned(((PyByteArray) a).toBytes(), Buffers.bytesOf(b)),
                    op));
        };
        t.tp_iter = o -> Abstract.getIter(PyBytes.wrap(((PyByteArray) o).toBytes()));
        t.tp_new = (type, args, kw) -> type == PyByteArray.TYPE ? new PyByteArray(new byte[0])
                : new PyByteArray.Derived(type);
        t.tp_init = (self, args, kw) -> {
            PyObject[] p = SPEC.bind(args, kw);
            byte[] v = BytesType.fromSource(p[0], p[1], p[2], "bytearray");
            PyByteArray b = (PyByteArray) self;
            b.splice(0, b.size, v);
        };
        t.mp_length = o -> ((PyByteArray) o).size;
        t.mp_subscript = (o, k) -> BytesType.subscript(((PyByteArray) o).toBytes(), k, "byte", true);
        t.mp_ass_subscript = (o, k, v) -> assign((PyByteArray) o, k, v);
        t.sq_contains = (o, x) -> BytesType.contains(((PyByteArray) o).toBytes(), x);
        t.sq_concat = (a, b) -> {
            if (!Buffers.isBytesLike(b)) {
                throw PyErr.typeError("can't concat " + b.type().getName() + " to " + a.type().getName());
            }
            PyByteArray r = new PyByteArray(((PyByteArray) a).toBytes());
            r.append(Buffers.bytesOf(b));
            return r;
        };
        t.sq_inplace_concat = (a, b) -> {
            if (!Buffers.isBytesLike(b)) {
                throw PyErr.typeError("can't concat " + b.type().getName() + " to " + a.type().getName());
            }
            ((PyByteArray) a).append(Buffers.bytesOf(b));
            return a;
        };
        t.sq_repeat = (o, n) -> new PyByteArray(BytesType.repeat(((PyByteArray) o).toBytes(), n));
        t.sq_inplace_repeat = (o, n) -> {
            PyByteArray b = (PyByteArray) o;
            b.splice(0, b.size, BytesType.repeat(b.toBytes(), n));
            return b;
        };
        t.nb_remainder = (a, b) -> a instanceof PyByteArray x ? new PyByteArray(BytesPercent.format(x.toBytes(), b))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    static void methods(TypeSpec.Methods m) {
        BytesMethods.define(m);
        m.method("append", "($self, item, /)", (Builtin.F2) (b, x) -> {
                    ((PyByteArray) b).append(new byte[] {(byte) BytesMethods.byteValue(x)});
                    return PyNone.NONE;
                })
                .method("extend", "($self, iterable_of_ints, /)", (Builtin.F2) (b, x) -> {
                    ((PyByteArray) b).append(extension(x));
                    return PyNone.NONE;
                })
                .method("insert", "($self, index, item, /)", (Builtin.F3) (b, i, x) -> {
                    PyByteArray a = (PyByteArray) b;
                    long at = Abstract.asSize(i, ExceptionTypes.OverflowError);
                    byte v = (byte) BytesMethods.byteValue(x);
                    at = at < 0 ? Math.max(0, at + a.size) : Math.min(at, a.size);
                    a.splice((int) at, (int) at, new byte[] {v});
                    return PyNone.NONE;
                })
                .method("pop", "($self, index=-1, /)", (Builtin.F2) (b, i) -> {
                    PyByteArray a = (PyByteArray) b;
                    long at = Abstract.asSize(i, ExceptionTypes.OverflowError);
                    if (a.size == 0) {
                        throw PyErr.indexError("pop from empty bytearray");
                    }
                    if (at < 0) {
                        at += a.size;
                    }
                    if (at < 0 || at >= a.size) {
                        throw PyErr.indexError("pop index out of range");
                    }
                    int v = a.data[(int) at] & 0xff;
                    a.splice((int) at, (int) at + 1, new byte[0]);
                    return PyInt.of(v);
                })
                .method("remove", "($self, value, /)", (Builtin.F2) (b, x) -> {
                    PyByteArray a = (PyByteArray) b;
                    byte v = (byte) BytesMethods.byteValue(x);
                    for (int k = 0; k < a.size; k++) {
                        if (a.data[k] == v) {
                            a.splice(k, k + 1, new byte[0]);
                            return PyNone.NONE;
                        }
                    }
                    throw PyErr.valueError("value not found in bytearray");
                })
                .method("reverse", "($self, /)", (Builtin.F1) b -> {
                    PyByteArray a = (PyByteArray) b;
                    for (int i = 0, j = a.size - 1; i < j; i++, j--) {
                        byte x = a.data[i];
                        a.data[i] = a.data[j];
                        a.data[j] = x;
                    }
                    return PyNone.NONE;
                })
                .method("clear", "($self, /)", (Builtin.F1) b -> {
                    PyByteArray a = (PyByteArray) b;
                    a.splice(0, a.size, new byte[0]);
                    return PyNone.NONE;
                })
                .method("copy", "($self, /)", (Builtin.F1) b -> new PyByteArray(((PyByteArray) b).toBytes()))
                .method("__alloc__", "($self, /)", (Builtin.F1) b -> PyInt.of(((PyByteArray) b).data.length + 1));
    }

    /** The bytes extend() appends: a buffer's, or the ints of an iterable. */
    private static byte[] extension(PyObject x) {
        if (Buffers.isBytesLike(x)) {
            return Buffers.bytesOf(x);
        }
        if (x.type().tp_iter == null && !Abstract.isSequence(x)) {
            throw PyErr.typeError("can't extend bytearray with " + x.type().getName());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject item : Abstract.iterable(x)) {
            out.write(BytesMethods.byteValue(item));
        }
        return out.toByteArray();
    }

    /** The bytes a slice assignment stores. */
    private static byte[] assigned(PyByteArray self, PyObject v) {
        if (v == self) {
            return self.toBytes();
        }
        if (Buffers.isBytesLike(v)) {
            return Buffers.bytesOf(v);
        }
        if (v instanceof PyStr || v.type().nb_index != null || v.type().tp_iter == null && !Abstract.isSequence(v)) {
            throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject item : Abstract.iterable(v)) {
            out.write(BytesMethods.byteValue(item));
        }
        return out.toByteArray();
    }

    /** {@code b[key] = value}, and {@code del b[key]} when value is null. */
    private static void assign(PyByteArray self, PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            PySlice.Bounds r = s.bounds(self.size);
            byte[] v = value == null ? new byte[0] : assigned(self, value);
            if (r.step() == 1) {
                int from = (int) r.start();
                self.splice(from, Math.max(from, (int) r.stop()), v);
                return;
            }
            int n = (int) r.length();
            if (value == null) {
                if (n == 0) {
                    return;
                }
                self.checkResizable();
                boolean[] gone = new boolean[self.size];
                for (int k = 0; k < n; k++) {
                    gone[(int) (r.start() + k * r.step())] = true;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int k = 0; k < self.size; k++) {
                    if (!gone[k]) {
                        out.write(self.data[k]);
                    }
                }
                byte[] kept = out.toByteArray();
                self.data = kept;
                self.size = kept.length;
                return;
            }
            if (v.length != n) {
                throw PyErr.valueError("attempt to assign bytes of size " + v.length + " to extended slice of size "
                        + n);
            }
            for (int k = 0; k < n; k++) {
                self.data[(int) (r.start() + k * r.step())] = v[k];
            }
            return;
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not " + key.type().getName());
        }
        long i = Abstract.asSize(key, ExceptionTypes.IndexError);
        // the value is converted before the index is checked, as its __index__ may resize self
        int v = value == null ? -1 : BytesMethods.byteValue(value);
        if (i < 0) {
            i += self.size;
        }
        if (i < 0 || i >= self.size) {
            throw PyErr.indexError("bytearray index out of range");
        }
        if (value == null) {
            self.splice((int) i, (int) i + 1, new byte[0]);
        } else {
            self.data[(int) i] = (byte) v;
        }
    }
}

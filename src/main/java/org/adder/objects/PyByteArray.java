package org.adder.objects;

import java.util.Arrays;

/** Python's {@code bytearray}: a mutable byte string. */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = new TypeSpec("bytearray", PyByteArray.class)
            .flags(PyType.BASETYPE)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of(o.repr());
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
                t.tp_new = (type, args, kw) -> type == PyByteArray.TYPE ? new PyByteArray(new byte[0]) : new Derived(type);
                t.tp_init = (self, args, kw) -> {
                    PyObject[] p = PyByteArray.SPEC.bind(args, kw);
                    byte[] v = BytesType.fromSource(p[0], p[1], p[2], "bytearray");
                    PyByteArray b = (PyByteArray) self;
                    b.data = v;
                    b.size = v.length;
                };
                t.mp_length = o -> ((PyByteArray) o).size;
                t.mp_subscript = (o, k) -> BytesType.subscript(((PyByteArray) o).toBytes(), k, "byte", true);
                t.sq_contains = (o, x) -> BytesType.contains(((PyByteArray) o).toBytes(), x);
                t.sq_concat = (a, b) -> {
                    byte[] y = Buffers.bytesOf(b);
                    PyByteArray r = new PyByteArray(((PyByteArray) a).toBytes());
                    r.append(y);
                    return r;
                };
                t.sq_inplace_concat = (a, b) -> {
                    ((PyByteArray) a).append(Buffers.bytesOf(b));
                    return a;
                };
                t.sq_repeat = (o, n) -> new PyByteArray(BytesType.repeat(((PyByteArray) o).toBytes(), n));
            })
            .methods(m -> m
                    .method("append", "($self, item, /)", (Builtin.F2) (b, x) -> {
                        long v = Abstract.asSize(x, null);
                        if (v < 0 || v > 255) {
                            throw PyErr.valueError("byte must be in range(0, 256)");
                        }
                        ((PyByteArray) b).append(new byte[] {(byte) v});
                        return PyNone.NONE;
                    })
                    .method("extend", "($self, iterable_of_ints, /)", (Builtin.F2) (b, x) -> {
                        ((PyByteArray) b).append(BytesType.fromSource(x, null, null, "bytearray"));
                        return PyNone.NONE;
                    })
                    .method("decode", "($self, /, encoding='utf-8', errors='strict')", (Builtin.F3) (b, enc, err) ->
                            Codecs.decode(((PyByteArray) b).toBytes(), Codecs.name(enc, "decode", "encoding"),
                                    Codecs.name(err, "decode", "errors"))))
            .build();

    private static final ArgSpec SPEC = ArgSpec.parse("bytearray",
            "(source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)");

    byte[] data;
    int size;

    public PyByteArray(byte[] data) {
        this.data = data;
        this.size = data.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public byte[] toBytes() {
        return Arrays.copyOf(data, size);
    }

    public int size() {
        return size;
    }

    void append(byte[] more) {
        if (size + more.length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + more.length, data.length * 2 + 8));
        }
        System.arraycopy(more, 0, data, size, more.length);
        size += more.length;
    }

    @Override
    public String repr() {
        return type().getName() + "(" + PyBytes.repr(toBytes()) + ")";
    }

    /** A bytearray subclass instance. */
    public static final class Derived extends PyByteArray implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            super(new byte[0]);
            this.type = type;
            this.slots = type.slotCount() > 0 ? new PyObject[type.slotCount()] : null;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType t) {
            type = t;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public PyDict dictForWrite() {
            if (dict == null && type.instancesHaveDict()) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public PyObject[] slotValues() {
            return slots;
        }
    }
}

package org.adder.objects;

import java.util.Arrays;

/** Python's {@code bytearray}: a mutable byte string. */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = new TypeSpec("bytearray", PyByteArray.class)
            .flags(PyType.BASETYPE)
            .slots(ByteArrayType::slots)
            .methods(ByteArrayType::methods)
            .build();

    byte[] data;
    int size;
    /** Live memoryviews of this bytearray: while there are any, its size cannot change. */
    int exports;

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

    /** Replaces bytes [from, to) with {@code with}; a size change needs no exports. */
    void splice(int from, int to, byte[] with) {
        int newSize = size - (to - from) + with.length;
        if (newSize != size) {
            checkResizable();
        }
        byte[] out = newSize > data.length ? new byte[Math.max(newSize, data.length + (data.length >> 3) + 8)]
                : data;
        System.arraycopy(data, to, out, from + with.length, size - to);
        if (out != data) {
            System.arraycopy(data, 0, out, 0, from);
        }
        System.arraycopy(with, 0, out, from, with.length);
        data = out;
        size = newSize;
    }

    void checkResizable() {
        if (exports > 0) {
            throw PyErr.of(ExceptionTypes.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    void append(byte[] more) {
        splice(size, size, more);
    }

    @Override
    public String repr() {
        return type().getName() + "(" + PyBytes.repr(toBytes(), true) + ")";
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

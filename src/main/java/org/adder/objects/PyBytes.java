package org.adder.objects;

import java.util.Arrays;

/** Python's {@code bytes}: an immutable byte string. */
public class PyBytes extends PyObject {
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);
    public static final PyType TYPE = new TypeSpec("bytes", PyBytes.class)
            .flags(PyType.BASETYPE | PyType.BYTES_SUBCLASS | PyType.MATCH_SELF)
            .slots(BytesType::slots)
            .methods(BytesType::methods)
            .build();

    final byte[] value;

    PyBytes(byte[] value) {
        this.value = value;
    }

    /** A bytes object that owns {@code value} (not copied: the caller gives the array up). */
    public static PyBytes wrap(byte[] value) {
        return value.length == 0 ? EMPTY : new PyBytes(value);
    }

    /** The bytes themselves (shared: do not modify). */
    public byte[] array() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A bytes object holding a copy of {@code value}. */
    public static PyBytes of(byte[] value) {
        return value.length == 0 ? EMPTY : new PyBytes(value.clone());
    }

    /** A copy of the bytes. */
    public byte[] value() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    public int byteAt(int i) {
        return value[i] & 0xff;
    }

    /** {@code repr(b)}: {@code b'...'}, double quotes only when there is a ' and no ". */
    @Override
    public String repr() {
        return repr(value);
    }

    public static String repr(byte[] value) {
        return repr(value, false);
    }

    /** bytearray's repr escapes ' even when it chooses " to quote. */
    static String repr(byte[] value, boolean alwaysEscapeSingle) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : value) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder(value.length + 3).append('b').append(quote);
        for (byte x : value) {
            int b = x & 0xff;
            if (b == quote || b == '\\' || alwaysEscapeSingle && b == '\'') {
                out.append('\\').append((char) b);
            } else if (b == '\t') {
                out.append("\\t");
            } else if (b == '\n') {
                out.append("\\n");
            } else if (b == '\r') {
                out.append("\\r");
            } else if (b < ' ' || b >= 0x7f) {
                out.append("\\x").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
            } else {
                out.append((char) b);
            }
        }
        return out.append(quote).toString();
    }


    @Override
    public long hash() {
        return Hashing.bytes(value, value.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(b.value, value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    /** A bytes subclass instance. */
    public static final class Derived extends PyBytes implements HeapObject {
        private PyType type;
        private PyDict dict;

        public Derived(PyType type, byte[] value) {
            super(value);
            this.type = type;
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
            return null;
        }
    }
}

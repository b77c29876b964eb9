package org.adder.objects;

/** The buffer protocol as far as Adder's builtins need it: the bytes of a bytes-like object. */
public final class Buffers {
    private Buffers() {
    }

    /** Whether {@code o} exposes bytes (bytes, bytearray, memoryview). */
    public static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView;
    }

    /** A copy of the bytes of a bytes-like object; TypeError otherwise. */
    public static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value();
        }
        if (o instanceof PyByteArray b) {
            return b.toBytes();
        }
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
    }
}

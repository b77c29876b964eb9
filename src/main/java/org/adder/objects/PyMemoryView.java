package org.adder.objects;

/**
 * {@code memoryview}: a one-dimensional view of the bytes of a bytes or bytearray object, in a native
 * single-item format ('B' unless cast). A view made by memoryview() over a bytearray counts as an export
 * of it until released; views derived by slicing or casting do not, as CPython frees those temporaries by
 * reference counting where Adder cannot tell when they die.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new TypeSpec("memoryview", PyMemoryView.class)
            .slots(MemoryViewType::slots)
            .methods(MemoryViewType::methods)
            .build();

    /** The exporting object: a PyBytes or a PyByteArray. */
    final PyObject obj;
    final int offset;
    final int stride;
    final int length;
    final String format;
    final int itemsize;
    final boolean readonly;
    private final boolean export;
    boolean released;

    PyMemoryView(PyObject obj, int offset, int stride, int length, String format, boolean readonly, boolean export) {
        this.obj = obj;
        this.offset = offset;
        this.stride = stride;
        this.length = length;
        this.format = format;
        this.itemsize = MemoryViewType.itemsize(format);
        this.readonly = readonly;
        this.export = export;
        if (export && obj instanceof PyByteArray b) {
            b.exports++;
        }
    }

    /** {@code memoryview(obj)}. */
    static PyMemoryView of(PyObject obj) {
        if (obj instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.offset, m.stride, m.length, m.format, m.readonly, true);
        }
        if (obj instanceof PyBytes b) {
            return new PyMemoryView(b, 0, 1, b.value.length, "B", true, true);
        }
        if (obj instanceof PyByteArray b) {
            return new PyMemoryView(b, 0, 1, b.size, "B", false, true);
        }
        throw PyErr.typeError("memoryview: a bytes-like object is required, not '" + obj.type().getName() + "'");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    void check() {
        if (released) {
            throw PyErr.valueError("operation forbidden on released memoryview object");
        }
    }

    void release() {
        if (!released) {
            released = true;
            if (export && obj instanceof PyByteArray b) {
                b.exports--;
            }
        }
    }

    /** The exporter's storage (a bytearray's may have been reallocated since the view was made). */
    byte[] storage() {
        if (obj instanceof PyBytes b) {
            return b.value;
        }
        PyByteArray b = (PyByteArray) obj;
        long last = offset + (long) (length - 1) * stride;
        // a derived view holds no export (see above), so its bytearray may since have shrunk under it
        if (length > 0 && Math.max(offset, last) + itemsize > b.size) {
            throw PyErr.of(ExceptionTypes.BufferError, "memoryview: underlying bytearray was resized");
        }
        return b.data;
    }

    boolean contiguous() {
        return stride == itemsize || length <= 1;
    }

    byte[] toBytes() {
        check();
        byte[] s = storage();
        byte[] out = new byte[length * itemsize];
        for (int k = 0; k < length; k++) {
            System.arraycopy(s, offset + k * stride, out, k * itemsize, itemsize);
        }
        return out;
    }

    @Override
    public String repr() {
        return (released ? "<released memory at " : "<memory at ") + Hashing.address(this) + ">";
    }
}

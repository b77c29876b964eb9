package org.adder.objects;

/** {@code memoryview}: a view of the bytes of a bytes-like object. */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new TypeSpec("memoryview", PyMemoryView.class)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of(o.repr());
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
                t.tp_new = (type, args, kw) -> {
                    PyObject[] p = PyMemoryView.SPEC.bind(args, kw);
                    if (!Buffers.isBytesLike(p[0])) {
                        throw PyErr.typeError("memoryview: a bytes-like object is required, not '"
                                + p[0].type().getName() + "'");
                    }
                    return new PyMemoryView(p[0]);
                };
                t.mp_length = o -> ((PyMemoryView) o).toBytes().length;
                t.mp_subscript = (o, k) -> {
                    PyObject r = BytesType.subscript(((PyMemoryView) o).toBytes(), k, "byte", false);
                    return r instanceof PyBytes b ? new PyMemoryView(b) : r;
                };
            })
            .methods(m -> m
                    .method("tobytes", "($self, /, order='C')", (Builtin.F2) (v, o) -> PyBytes.wrap(((PyMemoryView) v).toBytes()))
                    .method("tolist", "($self, /)", (Builtin.F1) v -> {
                        byte[] b = ((PyMemoryView) v).toBytes();
                        PyObject[] items = new PyObject[b.length];
                        for (int i = 0; i < b.length; i++) {
                            items[i] = PyInt.of(b[i] & 0xff);
                        }
                        return new PyList(items);
                    }))
            .build();

    private static final ArgSpec SPEC = ArgSpec.parse("memoryview", "(object)");

    private final PyObject obj;

    PyMemoryView(PyObject obj) {
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    byte[] toBytes() {
        return Buffers.bytesOf(obj);
    }

    @Override
    public String repr() {
        return "<memory at " + Hashing.address(this) + ">";
    }
}

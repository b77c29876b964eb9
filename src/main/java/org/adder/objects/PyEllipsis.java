package org.adder.objects;

/** {@code Ellipsis} ({@code ...}): one object. */
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();
    public static final PyType TYPE = new TypeSpec("ellipsis", PyEllipsis.class)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of("Ellipsis");
                t.tp_new = (type, args, kw) -> {
                    if (args.length > 0) {
                        throw PyErr.typeError("ellipsis takes no arguments");
                    }
                    return ELLIPSIS;
                };
            })
            .methods(m -> m.method("__reduce__", "($self, /)", (Builtin.F1) o -> PyStr.of("Ellipsis")))
            .build();

    private PyEllipsis() {
    }

    @Override
    public String repr() {
        return "Ellipsis";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython hashes Ellipsis by its address, which no other process can predict either. */
    @Override
    public long hash() {
        return Hashing.identity(this);
    }
}

package org.adder.objects;

/** {@code None}: one object. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();
    public static final PyType TYPE = new TypeSpec("NoneType", PyNone.class)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of("None");
                t.tp_hash = o -> o.hash();
                t.nb_bool = o -> false;
                t.tp_new = (type, args, kw) -> {
                    if (args.length > 0) {
                        throw PyErr.typeError("NoneType takes no arguments");
                    }
                    return NONE;
                };
            })
            .build();

    private PyNone() {
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython 3.12 gives None a fixed hash so that sets holding it iterate the same way every run. */
    @Override
    public long hash() {
        return 0xFCA86420L;
    }
}

package org.adder.objects;

/** {@code cell}: the box holding a variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new TypeSpec("cell", PyCell.class)
            .slots(t -> {
                t.tp_repr = c -> PyStr.of(c.repr());
                t.tp_richcompare = (a, b, op) -> {
                    if (!(b instanceof PyCell y)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyObject x = ((PyCell) a).value;
                    PyObject w = y.value;
                    if (x != null && w != null) {
                        return Abstract.richCompare(x, w, op);
                    }
                    return PyBool.of(Compare.test(Boolean.compare(x != null, w != null), op));
                };
                t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
                t.tp_new = (type, args, kw) -> {
                    ArgSpec.noKeywords("cell", kw);
                    if (args.length > 1) {
                        throw PyErr.typeError("cell expected at most 1 argument, got " + args.length);
                    }
                    return new PyCell(args.length == 1 ? args[0] : null);
                };
            })
            .methods(m -> m.getset("cell_contents", c -> {
                PyObject v = ((PyCell) c).value;
                if (v == null) {
                    throw PyErr.valueError("Cell is empty");
                }
                return v;
            }, (c, v) -> ((PyCell) c).value = v, null))
            .build();

    /** The value, or null when the variable is unbound. */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject get() {
        return value;
    }

    public void set(PyObject v) {
        value = v;
    }

    @Override
    public String repr() {
        if (value == null) {
            return "<cell at " + Hashing.address(this) + ": empty>";
        }
        return "<cell at " + Hashing.address(this) + ": " + value.type().getName() + " object at "
                + Hashing.address(value) + ">";
    }
}

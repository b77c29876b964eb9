package org.adder.objects;

/** {@code types.GenericAlias}: {@code list[int]} and the like, as {@code __class_getitem__} makes them. */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = new TypeSpec("types.GenericAlias", GenericAlias.class)
            .flags(PyType.BASETYPE)
            .slots(t -> {
                t.tp_repr = g -> PyStr.of(g.repr());
                t.tp_hash = g -> Abstract.hash(((GenericAlias) g).origin) ^ Abstract.hash(((GenericAlias) g).args);
                t.tp_richcompare = (a, b, op) -> {
                    if ((op != Compare.EQ && op != Compare.NE) || !(b instanceof GenericAlias y)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    GenericAlias x = (GenericAlias) a;
                    boolean eq = Abstract.richCompareBool(x.origin, y.origin, Compare.EQ)
                            && Abstract.richCompareBool(x.args, y.args, Compare.EQ);
                    return PyBool.of(op == Compare.EQ ? eq : !eq);
                };
                t.tp_call = (g, args, kw) -> Abstract.call(((GenericAlias) g).origin, args, kw);
                t.tp_getattro = GenericAlias::getattr;
                t.nb_or = (a, b) -> UnionType.or(a, b);
                t.tp_new = (type, args, kw) -> {
                    if (args.length != 2) {
                        throw PyErr.typeError("GenericAlias expected 2 arguments, got " + args.length);
                    }
                    return of(args[0], args[1]);
                };
            })
            .methods(m -> m
                    .member("__origin__", g -> ((GenericAlias) g).origin, null, null)
                    .member("__args__", g -> ((GenericAlias) g).args, null, null)
                    .getset("__parameters__", g -> PyTuple.EMPTY, null, null))
            .build();

    final PyObject origin;
    final PyTuple args;

    private GenericAlias(PyObject origin, PyTuple args) {
        this.origin = origin;
        this.args = args;
    }

    /** {@code origin[item]}. */
    public static PyObject of(PyObject origin, PyObject item) {
        return new GenericAlias(origin, item instanceof PyTuple t ? t : PyTuple.of(item));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject getattr(PyObject self, PyStr name) {
        PyObject v = ObjectType.genericGetAttrOrNull(self, name);
        if (v != null) {
            return v;
        }
        String n = name.value();
        if (n.startsWith("__") && n.endsWith("__")) {
            throw PyErr.noAttribute(self, name);
        }
        return Abstract.getAttr(((GenericAlias) self).origin, name);
    }

    /** How typing shows a type argument: {@code int}, {@code mod.Cls}, {@code ...}, or the repr. */
    static String argRepr(PyObject o) {
        if (o == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            PyObject module = t.getModule();
            String q = t.getQualname().value();
            return module instanceof PyStr m && !m.value().equals("builtins") ? m.value() + "." + q : q;
        }
        return Abstract.repr(o).value();
    }

    @Override
    public String repr() {
        StringBuilder b = new StringBuilder(argRepr(origin)).append('[');
        if (args.size() == 0) {
            b.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            PyObject a = args.get(i);
            if (a instanceof PyList l) {
                b.append('[');
                for (int j = 0; j < l.size(); j++) {
                    b.append(j > 0 ? ", " : "").append(argRepr(l.get(j)));
                }
                b.append(']');
            } else {
                b.append(argRepr(a));
            }
        }
        return b.append(']').toString();
    }
}

package org.adder.objects;

import java.util.ArrayList;
import java.util.List;

/** {@code types.UnionType}: {@code int | str}, usable with isinstance and issubclass. */
public final class UnionType extends PyObject {
    public static final PyType TYPE = new TypeSpec("types.UnionType", UnionType.class)
            .slots(t -> {
                t.tp_repr = u -> PyStr.of(u.repr());
                t.tp_hash = u -> PyFrozenSet.of(((UnionType) u).args.items()).hash();
                t.tp_richcompare = (a, b, op) -> {
                    if ((op != Compare.EQ && op != Compare.NE) || !(b instanceof UnionType y)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    boolean eq = PyFrozenSet.of(((UnionType) a).args.items()).equals(PyFrozenSet.of(y.args.items()));
                    return PyBool.of(op == Compare.EQ ? eq : !eq);
                };
                t.nb_or = UnionType::or;
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
            })
            .methods(m -> m
                    .member("__args__", u -> ((UnionType) u).args, null, null)
                    .method("__instancecheck__", "($self, instance, /)", (Builtin.F2) (u, o) ->
                            PyBool.of(Abstract.isInstance(o, ((UnionType) u).args)))
                    .method("__subclasscheck__", "($self, subclass, /)", (Builtin.F2) (u, o) ->
                            PyBool.of(Abstract.isSubclass(o, ((UnionType) u).args))))
            .build();

    final PyTuple args;

    private UnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof GenericAlias || o instanceof UnionType;
    }

    /** {@code a | b}: a union when both sides can be in one, else NotImplemented. */
    static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        List<PyObject> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) {
            return items.get(0);
        }
        return new UnionType(PyTuple.of(items));
    }

    private static void add(List<PyObject> items, PyObject o) {
        if (o instanceof UnionType u) {
            for (PyObject x : u.args) {
                add(items, x);
            }
            return;
        }
        PyObject v = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : items) {
            if (x == v || (x instanceof GenericAlias && Abstract.richCompareBool(x, v, Compare.EQ))) {
                return;
            }
        }
        items.add(v);
    }

    @Override
    public String repr() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                b.append(" | ");
            }
            PyObject a = args.get(i);
            b.append(a == PyNone.TYPE ? "None" : GenericAlias.argRepr(a));
        }
        return b.toString();
    }
}

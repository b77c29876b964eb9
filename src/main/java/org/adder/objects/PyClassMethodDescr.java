package org.adder.objects;

/** {@code classmethod_descriptor}: a builtin class method ({@code dict.fromkeys}, {@code int.from_bytes}). */
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = new TypeSpec("classmethod_descriptor", PyClassMethodDescr.class)
            .slots(t -> {
                t.tp_descr_get = (d, obj, type) -> ((PyClassMethodDescr) d).get(obj, type);
                t.tp_call = (d, args, kw) -> ((PyClassMethodDescr) d).call(args, kw);
                t.tp_repr = d -> PyStr.of(d.repr());
            })
            .methods(m -> Descriptors.common(m, d -> ((PyClassMethodDescr) d).owner,
                    d -> ((PyClassMethodDescr) d).method))
            .build();

    final PyType owner;
    final BuiltinMethod method;

    PyClassMethodDescr(PyType owner, BuiltinMethod method) {
        this.owner = owner;
        this.method = method;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyObject get(PyObject obj, PyObject type) {
        PyObject t = type != null && type != PyNone.NONE ? type : obj != null ? obj.type() : null;
        if (t == null) {
            throw PyErr.typeError("descriptor '" + method.name + "' for type '" + owner.getName()
                    + "' needs either an object or a type");
        }
        if (!(t instanceof PyType pt)) {
            throw PyErr.typeError("descriptor '" + method.name + "' for type '" + owner.getName()
                    + "' needs a type, not a '" + t.type().getName() + "' as arg 2");
        }
        if (!pt.isSubtype(owner)) {
            throw PyErr.typeError("descriptor '" + method.name + "' requires a subtype of '" + owner.getName()
                    + "' but received '" + pt.getName() + "'");
        }
        return new PyBuiltinFunction(method, pt, null);
    }

    PyObject call(PyObject[] args, PyTuple kwnames) {
        if (args.length == 0 || !(args[0] instanceof PyType t)) {
            throw PyErr.typeError("descriptor '" + method.name + "' of '" + owner.getName() + "' object needs a type");
        }
        if (!t.isSubtype(owner)) {
            throw PyErr.typeError("descriptor '" + method.name + "' requires a subtype of '" + owner.getName()
                    + "' but received '" + t.getName() + "'");
        }
        return method.call(args, kwnames);
    }

    @Override
    public String repr() {
        return "<method '" + method.name + "' of '" + owner.getName() + "' objects>";
    }
}

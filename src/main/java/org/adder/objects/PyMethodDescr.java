package org.adder.objects;

/**
 * {@code method_descriptor}: a builtin method in its type's dictionary ({@code list.append}). Looked up on
 * an instance it binds to it ({@link PyBuiltinFunction}); the interpreter's method calls skip the binding
 * and pass the instance as the first argument.
 */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = new TypeSpec("method_descriptor", PyMethodDescr.class)
            .flags(PyType.METHOD_DESCRIPTOR)
            .slots(t -> {
                t.tp_descr_get = (d, obj, type) -> ((PyMethodDescr) d).get(obj);
                t.tp_call = (d, args, kw) -> ((PyMethodDescr) d).call(args, kw);
                t.tp_repr = d -> PyStr.of(d.repr());
            })
            .methods(m -> Descriptors.common(m, d -> ((PyMethodDescr) d).owner, d -> ((PyMethodDescr) d).method))
            .build();

    final PyType owner;
    public final BuiltinMethod method;

    PyMethodDescr(PyType owner, BuiltinMethod method) {
        this.owner = owner;
        this.method = method;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyObject get(PyObject obj) {
        if (obj == null) {
            return this;
        }
        checkSelf(obj);
        return new PyBuiltinFunction(method, obj, null);
    }

    private void checkSelf(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw PyErr.descriptorMismatch(method.name, owner, obj);
        }
    }

    /** {@code list.append(lst, x)}: the first argument is self. */
    public PyObject call(PyObject[] args, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (args.length - nkw < 1) {
            throw PyErr.typeError("unbound method " + owner.getName() + "." + method.name + "() needs an argument");
        }
        checkSelf(args[0]);
        return method.call(args, kwnames);
    }

    /** A method call with the instance and one argument, as the interpreter makes it. */
    public PyObject call1(PyObject self, PyObject a) {
        checkSelf(self);
        return method.call2(self, a);
    }

    public PyObject call0(PyObject self) {
        checkSelf(self);
        return method.call1(self);
    }

    @Override
    public String repr() {
        return "<method '" + method.name + "' of '" + owner.getName() + "' objects>";
    }
}

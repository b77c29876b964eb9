package org.adder.objects;

/** {@code method}: a function bound to an object ({@code obj.f}); calling it passes the object first. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = new TypeSpec("method", PyMethod.class)
            .slots(t -> {
                t.tp_repr = m -> PyStr.of(m.repr());
                t.tp_hash = m -> Abstract.hash(((PyMethod) m).self) ^ Abstract.hash(((PyMethod) m).func);
                t.tp_richcompare = PyMethod::compare;
                t.tp_call = (m, args, kw) -> ((PyMethod) m).call(args, kw);
                t.tp_descr_get = (m, obj, type) -> m;
                t.tp_getattro = PyMethod::getattr;
                t.tp_new = (type, args, kw) -> {
                    ArgSpec.noKeywords("method", kw);
                    if (args.length != 2) {
                        throw PyErr.typeError("method expected 2 arguments, got " + args.length);
                    }
                    if (!Abstract.isCallable(args[0])) {
                        throw PyErr.typeError("first argument must be callable");
                    }
                    if (args[1] == PyNone.NONE) {
                        throw PyErr.typeError("instance must not be None");
                    }
                    return new PyMethod(args[0], args[1]);
                };
            })
            .methods(m -> m
                    .member("__func__", o -> ((PyMethod) o).func, null, "the function (or other callable) implementing a method")
                    .member("__self__", o -> ((PyMethod) o).self, null, "the instance to which a method is bound")
                    .getset("__doc__", o -> Abstract.getAttr(((PyMethod) o).func, SpecialNames.__doc__), null, null)
                    .method("__reduce__", "($self, /)", (Builtin.F1) o -> PyTuple.of(
                            PyModule.builtinsAttr("getattr"),
                            PyTuple.of(((PyMethod) o).self, Abstract.getAttr(((PyMethod) o).func, SpecialNames.__name__)))))
            .build();

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyObject call(PyObject[] args, PyTuple kw) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Abstract.call(func, all, kw);
    }

    /** Attributes of the method type first, then those of the function. */
    private static PyObject getattr(PyObject o, PyStr name) {
        PyMethod m = (PyMethod) o;
        PyObject descr = TYPE.lookup(name);
        if (descr != null) {
            Slots.DescrGet g = descr.type().tp_descr_get;
            return g != null ? g.get(descr, o, TYPE) : descr;
        }
        return Abstract.getAttr(m.func, name);
    }

    private static PyObject compare(PyObject a, PyObject b, int op) {
        if ((op != Compare.EQ && op != Compare.NE) || !(b instanceof PyMethod y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyMethod x = (PyMethod) a;
        boolean eq = x.self == y.self && Abstract.richCompareBool(x.func, y.func, Compare.EQ);
        return PyBool.of(op == Compare.EQ ? eq : !eq);
    }

    @Override
    public String repr() {
        PyObject name = Abstract.getAttrOrNull(func, SpecialNames.__qualname__);
        if (name == null) {
            name = Abstract.getAttrOrNull(func, SpecialNames.__name__);
        }
        String n = name instanceof PyStr s ? s.value() : "?";
        return "<bound method " + n + " of " + Abstract.repr(self).value() + ">";
    }
}

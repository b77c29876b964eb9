package org.adder.objects;

/**
 * {@code staticmethod}: a callable that an attribute lookup returns as it is, unbound. Like CPython 3.10+
 * it copies the wrapped function's {@code __name__}, {@code __doc__} and the like, and can be called.
 */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = new TypeSpec("staticmethod", PyStaticMethod.class)
            .flags(PyType.BASETYPE)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of("<staticmethod(" + Abstract.repr(((PyStaticMethod) o).callable).value() + ")>");
                t.tp_call = (o, args, kw) -> Abstract.call(((PyStaticMethod) o).callable, args, kw);
                t.tp_descr_get = (o, obj, type) -> ((PyStaticMethod) o).callable;
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
                t.tp_setattro = ObjectType.GENERIC_SETATTR;
                t.tp_new = (type, args, kw) -> new PyStaticMethod(PyNone.NONE, type);
                t.tp_init = (self, args, kw) -> {
                    ArgSpec.noKeywords("staticmethod", kw);
                    if (args.length != 1) {
                        throw PyErr.typeError("staticmethod expected 1 argument, got " + args.length);
                    }
                    PyStaticMethod s = (PyStaticMethod) self;
                    s.callable = args[0];
                    Wrapping.copyAttributes(s, args[0]);
                };
            })
            .methods(m -> Wrapping.methods(m, o -> ((PyStaticMethod) o).callable))
            .build();

    PyObject callable;
    private PyDict dict;
    private final PyType type;

    public PyStaticMethod(PyObject callable) {
        this(callable, TYPE);
        Wrapping.copyAttributes(this, callable);
    }

    private PyStaticMethod(PyObject callable, PyType type) {
        this.callable = callable;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    public PyObject callable() {
        return callable;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyDict dictForWrite() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }
}

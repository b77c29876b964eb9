package org.adder.objects;

/** {@code classmethod}: a callable that an attribute lookup binds to the class. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = new TypeSpec("classmethod", PyClassMethod.class)
            .flags(PyType.BASETYPE)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of("<classmethod(" + Abstract.repr(((PyClassMethod) o).callable).value() + ")>");
                t.tp_descr_get = (o, obj, type) -> {
                    PyObject cls = type != null ? type : obj.type();
                    PyObject f = ((PyClassMethod) o).callable;
                    Slots.DescrGet g = f.type().tp_descr_get;
                    // a wrapped descriptor (a classmethod of a property, say) is bound to the class as by __get__
                    if (g != null && !(f instanceof PyFunction) && !(f instanceof PyBuiltinFunction)) {
                        return g.get(f, cls, cls);
                    }
                    return new PyMethod(f, cls);
                };
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
                t.tp_setattro = ObjectType.GENERIC_SETATTR;
                t.tp_new = (type, args, kw) -> new PyClassMethod(PyNone.NONE, type);
                t.tp_init = (self, args, kw) -> {
                    ArgSpec.noKeywords("classmethod", kw);
                    if (args.length != 1) {
                        throw PyErr.typeError("classmethod expected 1 argument, got " + args.length);
                    }
                    PyClassMethod c = (PyClassMethod) self;
                    c.callable = args[0];
                    Wrapping.copyAttributes(c, args[0]);
                };
            })
            .methods(m -> Wrapping.methods(m, o -> ((PyClassMethod) o).callable))
            .build();

    PyObject callable;
    private PyDict dict;
    private final PyType type;

    public PyClassMethod(PyObject callable) {
        this(callable, TYPE);
        Wrapping.copyAttributes(this, callable);
    }

    private PyClassMethod(PyObject callable, PyType type) {
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

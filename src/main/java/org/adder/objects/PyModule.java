package org.adder.objects;

import org.adder.vm.ThreadState;

/** {@code module}: a namespace with a name ({@code __dict__} holds its globals). */
public class PyModule extends PyObject {
    public static final PyType TYPE = new TypeSpec("module", PyModule.class)
            .flags(PyType.BASETYPE)
            .slots(t -> {
                t.tp_repr = m -> PyStr.of(((PyModule) m).reprText());
                t.tp_getattro = PyModule::getattr;
                t.tp_setattro = ObjectType.GENERIC_SETATTR;
                t.tp_new = (type, args, kw) -> new PyModule(type, new PyDict());
                t.tp_init = (self, args, kw) -> {
                    PyObject[] p = PyModule.SPEC.bind(args, kw);
                    if (!(p[0] instanceof PyStr)) {
                        throw PyErr.typeError("module.__init__() argument 'name' must be str, not "
                                + p[0].type().getName());
                    }
                    ((PyModule) self).init((PyStr) p[0], p[1]);
                };
            })
            .methods(m -> m
                    .method("__dir__", "($self, /)", (Builtin.F1) PyModule::dir)
                    .getset("__dict__", PyObject::getDict, null, null)
                    .getset("__annotations__", PyModule::annotations, (o, v) -> {
                        if (v == null) {
                            if (o.getDict().delItemIfPresent(SpecialNames.__annotations__) == null) {
                                throw PyErr.attributeError("__annotations__", SpecialNames.__annotations__, o);
                            }
                        } else {
                            o.getDict().setItem(SpecialNames.__annotations__, v);
                        }
                    }, null)
                    .doc("Create a module object.\n\nThe name must be a string; the optional doc argument can have any type."))
            .build();

    private static final ArgSpec SPEC = ArgSpec.parse("module", "(name, doc=None)");

    private PyType type;
    private final PyDict dict;

    public PyModule(PyStr name, PyDict dict) {
        this(TYPE, dict);
        init(name, PyNone.NONE);
    }

    PyModule(PyType type, PyDict dict) {
        this.type = type;
        this.dict = dict;
    }

    private void init(PyStr name, PyObject doc) {
        dict.setItem(SpecialNames.__name__, name);
        dict.setItem(SpecialNames.__doc__, doc);
        if (dict.getStr(SpecialNames.__package__) == null) {
            dict.setItem(SpecialNames.__package__, PyNone.NONE);
            dict.setItem(SpecialNames.__loader__, PyNone.NONE);
            dict.setItem(SpecialNames.__spec__, PyNone.NONE);
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    void setType(PyType t) {
        type = t;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public String name() {
        PyObject n = dict.getStr(SpecialNames.__name__);
        return n instanceof PyStr s ? s.value() : "?";
    }

    /** An attribute of the builtins module of the running interpreter. */
    public static PyObject builtinsAttr(String name) {
        return ThreadState.current().interpreter().builtinsDict().getStr(PyStr.intern(name));
    }

    /** {@code <module 'x' from 'path'>}, {@code <module 'sys' (built-in)>}, {@code <module 'x'>}. */
    private String reprText() {
        PyObject loaderRepr = dict.getStr(PyStr.intern("__adder_repr__"));
        if (loaderRepr instanceof PyStr s) {
            return s.value();
        }
        String n = Abstract.repr(dict.getStr(SpecialNames.__name__) != null ? dict.getStr(SpecialNames.__name__)
                : PyStr.of("?")).value();
        PyObject file = dict.getStr(SpecialNames.__file__);
        if (file instanceof PyStr f) {
            return "<module " + n + " from " + Abstract.repr(f).value() + ">";
        }
        return "<module " + n + ">";
    }

    /** Generic lookup, then the module's own {@code __getattr__} (PEP 562). */
    private static PyObject getattr(PyObject self, PyStr name) {
        PyObject v = ObjectType.genericGetAttrOrNull(self, name);
        if (v != null) {
            return v;
        }
        PyModule m = (PyModule) self;
        PyObject hook = m.dict.getStr(SpecialNames.__getattr__);
        if (hook != null) {
            return Abstract.call(hook, name);
        }
        PyObject n = m.dict.getStr(SpecialNames.__name__);
        if (n instanceof PyStr ns) {
            throw PyErr.attributeError("module '" + ns.value() + "' has no attribute '" + name.value() + "'", name, self);
        }
        throw PyErr.attributeError("module has no attribute '" + name.value() + "'", name, self);
    }

    private static PyObject dir(PyObject self) {
        PyDict d = ((PyModule) self).dict;
        PyObject custom = d.getStr(SpecialNames.__dir__);
        if (custom != null) {
            return Abstract.call(custom);
        }
        return PyList.of(d.keyList());
    }

    private static PyObject annotations(PyObject self) {
        PyDict d = self.getDict();
        PyObject a = d.getStr(SpecialNames.__annotations__);
        if (a == null) {
            a = new PyDict();
            d.setItem(SpecialNames.__annotations__, a);
        }
        return a;
    }

    @Override
    public String repr() {
        return reprText();
    }
}

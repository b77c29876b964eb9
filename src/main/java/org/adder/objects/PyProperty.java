package org.adder.objects;

/** {@code property}: an attribute computed by getter, setter and deleter functions. */
public class PyProperty extends PyObject {
    public static final PyType TYPE = new TypeSpec("property", PyProperty.class)
            .flags(PyType.BASETYPE)
            .slots(t -> {
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
                t.tp_descr_get = (p, obj, type) -> ((PyProperty) p).get(obj);
                t.tp_descr_set = (p, obj, value) -> ((PyProperty) p).set(obj, value);
                t.tp_new = (type, args, kw) -> type == PyProperty.TYPE ? new PyProperty() : new Derived(type);
                t.tp_init = (self, args, kw) -> ((PyProperty) self).init(PyProperty.SPEC.bind(args, kw));
            })
            .methods(m -> m
                    .method("getter", "($self, getter, /)", (Builtin.F2) (p, f) -> ((PyProperty) p).copy(f, null, null))
                    .method("setter", "($self, setter, /)", (Builtin.F2) (p, f) -> ((PyProperty) p).copy(null, f, null))
                    .method("deleter", "($self, deleter, /)", (Builtin.F2) (p, f) -> ((PyProperty) p).copy(null, null, f))
                    .method("__set_name__", "($self, owner, name, /)", (Builtin.F3) (p, owner, name) -> {
                        ((PyProperty) p).name = name;
                        return PyNone.NONE;
                    })
                    .member("fget", p -> or(((PyProperty) p).fget), null, null)
                    .member("fset", p -> or(((PyProperty) p).fset), null, null)
                    .member("fdel", p -> or(((PyProperty) p).fdel), null, null)
                    .member("__doc__", p -> or(((PyProperty) p).doc), (p, v) -> ((PyProperty) p).doc = v, null)
                    .getset("__isabstractmethod__", p -> PyBool.of(((PyProperty) p).isAbstract()), null, null))
            .build();

    private static final ArgSpec SPEC = ArgSpec.parse("property", "(fget=None, fset=None, fdel=None, doc=None)");

    PyObject fget;
    PyObject fset;
    PyObject fdel;
    PyObject doc;
    PyObject name;
    /** Whether the docstring came from the getter (then copies take the new getter's). */
    boolean getterDoc;

    private static PyObject or(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyObject none(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    void init(PyObject[] p) {
        fget = none(p[0]);
        fset = none(p[1]);
        fdel = none(p[2]);
        doc = none(p[3]);
        getterDoc = false;
        if (doc == null && fget != null) {
            PyObject d = Abstract.getAttrOrNull(fget, SpecialNames.__doc__);
            if (d != null && d != PyNone.NONE) {
                doc = d;
                getterDoc = true;
            }
        }
        if (getClass() != PyProperty.class && doc != null) {
            // a subclass instance keeps the getter's docstring in its own __doc__
            PyDict d = dictForWrite();
            if (d != null) {
                d.setItem(SpecialNames.__doc__, doc);
            }
        }
    }

    /** The property's name for error messages: from __set_name__, else the getter's __name__. */
    private String nameFor() {
        if (name != null) {
            return "'" + Abstract.str(name).value() + "'";
        }
        if (fget != null) {
            PyObject n = Abstract.getAttrOrNull(fget, SpecialNames.__name__);
            if (n instanceof PyStr s) {
                return "'" + s.value() + "'";
            }
        }
        return null;
    }

    private PyException missing(PyObject obj, String what) {
        String n = nameFor();
        String type = obj.type().getQualname().value();
        String msg = n == null ? "property of '" + type + "' object " + what
                : "property " + n + " of '" + type + "' object " + what;
        return PyErr.attributeError(msg, null, obj);
    }

    PyObject get(PyObject obj) {
        if (obj == null) {
            return this;
        }
        if (fget == null) {
            throw missing(obj, "has no getter");
        }
        return Abstract.call(fget, obj);
    }

    void set(PyObject obj, PyObject value) {
        if (value == null) {
            if (fdel == null) {
                throw missing(obj, "has no deleter");
            }
            Abstract.call(fdel, obj);
        } else {
            if (fset == null) {
                throw missing(obj, "has no setter");
            }
            Abstract.call(fset, obj, value);
        }
    }

    /** {@code getter()}, {@code setter()}, {@code deleter()}: a new property of the same type. */
    private PyObject copy(PyObject get, PyObject set, PyObject del) {
        PyObject g = get != null ? get : fget;
        PyObject s = set != null ? set : fset;
        PyObject d = del != null ? del : fdel;
        PyObject newDoc = getterDoc && get != null ? PyNone.NONE : or(doc);
        PyObject p = Abstract.call(type(), or(g), or(s), or(d), newDoc);
        if (p instanceof PyProperty pp) {
            pp.name = name;
        }
        return p;
    }

    private boolean isAbstract() {
        for (PyObject f : new PyObject[] {fget, fset, fdel}) {
            if (f != null) {
                PyObject v = Abstract.getAttrOrNull(f, PyStr.intern("__isabstractmethod__"));
                if (v != null && Abstract.isTrue(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }

    /** A property subclass instance. */
    public static final class Derived extends PyProperty implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            this.type = type;
            this.slots = type.slotCount() > 0 ? new PyObject[type.slotCount()] : null;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType t) {
            type = t;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public PyDict dictForWrite() {
            if (dict == null && type.instancesHaveDict()) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public PyObject[] slotValues() {
            return slots;
        }
    }
}

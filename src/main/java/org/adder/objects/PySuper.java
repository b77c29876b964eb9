package org.adder.objects;

import org.adder.vm.ThreadState;

/**
 * {@code super}: attribute lookup that starts after a given class in an object's MRO. The zero-argument
 * form takes the class from the {@code __class__} cell and the object from the calling function's first
 * argument.
 */
public class PySuper extends PyObject {
    public static final PyType TYPE = new TypeSpec("super", PySuper.class)
            .flags(PyType.BASETYPE)
            .slots(t -> {
                t.tp_repr = s -> PyStr.of(s.repr());
                t.tp_getattro = PySuper::getattr;
                t.tp_descr_get = PySuper::descrGet;
                t.tp_new = (type, args, kw) -> type == PySuper.TYPE ? new PySuper() : new PySuper.Derived(type);
                t.tp_init = PySuper::init;
            })
            .methods(m -> m
                    .member("__thisclass__", s -> or(((PySuper) s).thisType), null, "the class invoking super()")
                    .member("__self__", s -> or(((PySuper) s).obj), null, "the instance invoking super(); may be None")
                    .member("__self_class__", s -> or(((PySuper) s).objType), null,
                            "the type of the instance invoking super(); may be None")
                    .doc("super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\n"
                            + "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
                            + "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
                            + "Typical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n"
                            + "        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n"
                            + "    def cmeth(cls, arg):\n        super().cmeth(arg)\n"))
            .build();

    PyType thisType;
    PyObject obj;
    PyType objType;

    private static PyObject or(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code super(type, obj)} as a ready object. */
    public static PySuper of(PyType type, PyObject obj) {
        PySuper s = new PySuper();
        s.thisType = type;
        s.obj = obj;
        s.objType = check(type, obj);
        return s;
    }

    private static void init(PyObject self, PyObject[] args, PyTuple kw) {
        ArgSpec.noKeywords("super", kw);
        if (args.length > 2) {
            throw PyErr.typeError("super() expected at most 2 arguments, got " + args.length);
        }
        PyObject type;
        PyObject obj = null;
        if (args.length == 0) {
            PyObject[] found = ThreadState.current().superArguments();
            type = found[0];
            obj = found[1];
        } else {
            type = args[0];
            if (args.length == 2 && args[1] != PyNone.NONE) {
                obj = args[1];
            }
        }
        if (!(type instanceof PyType t)) {
            throw PyErr.typeError("super() argument 1 must be a type, not " + type.type().getName());
        }
        PySuper s = (PySuper) self;
        s.thisType = t;
        s.obj = obj;
        s.objType = obj == null ? null : check(t, obj);
    }

    /** {@code supercheck}: the type whose MRO to search, or "obj must be an instance or subtype of type". */
    public static PyType checkType(PyType type, PyObject obj) {
        return check(type, obj);
    }

    static PyType check(PyType type, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtype(type)) {
            return ot;
        }
        if (obj.type().isSubtype(type)) {
            return obj.type();
        }
        PyObject cls = Abstract.getAttrOrNull(obj, SpecialNames.__class__);
        if (cls instanceof PyType ct && ct != obj.type() && ct.isSubtype(type)) {
            return ct;
        }
        throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** The attribute {@code name} found after {@code type} in {@code startType}'s MRO, bound to obj; or null. */
    public static PyObject lookup(PyType type, PyObject obj, PyType startType, PyStr name) {
        PyType[] mro = startType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != type) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject res = mro[i].dict().getStr(name);
            if (res != null) {
                Slots.DescrGet g = res.type().tp_descr_get;
                return g == null ? res : g.get(res, obj == startType ? null : obj, startType);
            }
        }
        return null;
    }

    private static PyObject getattr(PyObject self, PyStr name) {
        PySuper s = (PySuper) self;
        if (s.objType != null && !name.value().equals("__class__")) {
            PyObject r = lookup(s.thisType, s.obj, s.objType, name);
            if (r != null) {
                return r;
            }
        }
        PyObject v = ObjectType.genericGetAttrOrNull(self, name);
        if (v == null) {
            throw PyErr.attributeError("'super' object has no attribute '" + name.value() + "'", name, self);
        }
        return v;
    }

    private static PyObject descrGet(PyObject self, PyObject obj, PyObject type) {
        PySuper s = (PySuper) self;
        if (obj == null || obj == PyNone.NONE || s.obj != null) {
            return self;
        }
        if (s.getClass() != PySuper.class) {
            return Abstract.call(s.type(), s.thisType, obj);
        }
        return of(s.thisType, obj);
    }

    @Override
    public String repr() {
        if (objType != null) {
            return "<super: <class '" + thisType.tpName() + "'>, <" + objType.tpName() + " object>>";
        }
        return "<super: " + (thisType == null ? "NULL" : "<class '" + thisType.tpName() + "'>") + ", NULL>";
    }

    /** A super subclass instance. */
    public static final class Derived extends PySuper implements HeapObject {
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

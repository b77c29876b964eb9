package org.adder.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code object}: the slots every type inherits (generic attribute access through descriptors and the
 * instance dictionary, identity equality and hash, the default repr) and object's methods.
 */
public final class ObjectType {
    private ObjectType() {
    }

    /** {@code PyObject_GenericGetAttr}; compared by identity where CPython compares slot pointers. */
    public static final Slots.GetAttr GENERIC_GETATTR = ObjectType::genericGetAttr;
    public static final Slots.SetAttr GENERIC_SETATTR = ObjectType::genericSetAttr;
    static final Slots.Init OBJECT_INIT = ObjectType::init;
    static final Slots.New OBJECT_NEW = ObjectType::create;
    static final Slots.Hash IDENTITY_HASH = Hashing::identity;

    static void slots(PyType t) {
        t.tp_repr = ObjectType::repr;
        t.tp_hash = IDENTITY_HASH;
        t.tp_str = o -> Abstract.repr(o);
        t.tp_getattro = GENERIC_GETATTR;
        t.tp_setattro = GENERIC_SETATTR;
        t.tp_richcompare = ObjectType::richcompare;
        t.tp_init = OBJECT_INIT;
        t.tp_new = OBJECT_NEW;
        t.ownSlots = SlotTable.snapshot(t);
    }

    static void methods(TypeSpec.Methods m) {
        m.method("__reduce_ex__", "($self, protocol, /)", (Builtin.F2) ObjectType::reduceEx)
                .method("__reduce__", "($self, /)", (Builtin.F1) o -> reduceEx(o, PyInt.of(0)))
                .method("__getstate__", "($self, /)", (Builtin.F1) ObjectType::getstate)
                .classmethod("__subclasshook__", "($type, subclass, /)",
                        (Builtin.F2) (t, sub) -> PyNotImplemented.NOT_IMPLEMENTED)
                .classmethod("__init_subclass__", "($type, /)", (Builtin.F1) t -> PyNone.NONE)
                .method("__format__", "($self, format_spec, /)", (Builtin.F2) ObjectType::format)
                .method("__sizeof__", "($self, /)", (Builtin.F1) o -> PyInt.of(16 + 8L * slotCount(o)))
                .method("__dir__", "($self, /)", (Builtin.F1) ObjectType::dir)
                .getset("__class__", PyObject::type, ObjectType::setClass, null)
                .doc("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a "
                        + "new featureless\ninstance that has no instance attributes and cannot be given any.\n");
    }

    private static int slotCount(PyObject o) {
        return o.type().slotCount();
    }

    /** {@code <module.Qualname object at 0x...>}, or {@code <name object at 0x...>} for builtins. */
    private static PyObject repr(PyObject o) {
        PyType t = o.type();
        PyObject module = t.getModule();
        String where = module instanceof PyStr m && !m.value().equals("builtins")
                ? m.value() + "." + t.getQualname().value() : t.tpName();
        return PyStr.of("<" + where + " object at " + Hashing.address(o) + ">");
    }

    private static PyObject richcompare(PyObject self, PyObject other, int op) {
        switch (op) {
            case Compare.EQ:
                return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case Compare.NE: {
                Slots.RichCompare eq = self.type().tp_richcompare;
                if (eq == null) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyObject r = eq.compare(self, other, Compare.EQ);
                if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                return PyBool.of(!Abstract.isTrue(r));
            }
            default:
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    private static boolean excessArgs(PyObject[] args, PyTuple kw) {
        return args.length > 0;
    }

    /** {@code object.__init__}: arguments are an error unless {@code __new__} was overridden to take them. */
    private static void init(PyObject self, PyObject[] args, PyTuple kw) {
        if (excessArgs(args, kw)) {
            PyType t = self.type();
            if (t.tp_init != OBJECT_INIT) {
                throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.tp_new == OBJECT_NEW) {
                throw PyErr.typeError(t.getName() + ".__init__() takes exactly one argument (the instance to "
                        + "initialize)");
            }
        }
    }

    /** {@code object.__new__}: a new instance of the class (refused for abstract classes). */
    private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
        if (excessArgs(args, kw)) {
            if (type.tp_new != OBJECT_NEW) {
                throw PyErr.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.tp_init == OBJECT_INIT) {
                throw PyErr.typeError(type.getName() + "() takes no arguments");
            }
        }
        if ((type.flags & PyType.IS_ABSTRACT) != 0) {
            throw abstractError(type);
        }
        return new PyInstance(type);
    }

    private static PyException abstractError(PyType type) {
        PyObject names = type.dict().getStr(PyStr.intern("__abstractmethods__"));
        List<String> sorted = new ArrayList<>();
        if (names != null) {
            for (PyObject n : Abstract.iterable(names)) {
                sorted.add(Abstract.str(n).value());
            }
        }
        sorted.sort(PyStr::compare);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                joined.append(", ");
            }
            joined.append("'").append(sorted.get(i)).append("'");
        }
        return PyErr.typeError("Can't instantiate abstract class " + type.getName() + " with abstract method"
                + (sorted.size() > 1 ? "s " : " ") + joined);
    }

    // --- attributes -----------------------------------------------------------------------------------

    /** {@code PyObject_GenericGetAttr}: data descriptor, then instance dict, then other class attributes. */
    public static PyObject genericGetAttr(PyObject obj, PyStr name) {
        PyObject v = genericGetAttrOrNull(obj, name);
        if (v == null) {
            throw PyErr.noAttribute(obj, name);
        }
        return v;
    }

    /** As {@link #genericGetAttr}, but null instead of raising when the attribute is absent. */
    public static PyObject genericGetAttrOrNull(PyObject obj, PyStr name) {
        PyType tp = obj.type();
        PyObject descr = tp.lookup(name);
        Slots.DescrGet f = null;
        if (descr != null) {
            PyType dt = descr.type();
            f = dt.tp_descr_get;
            if (f != null && dt.tp_descr_set != null) {
                return f.get(descr, obj, tp);
            }
        }
        PyDict d = obj.getDict();
        if (d != null) {
            PyObject v = d.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (f != null) {
            return f.get(descr, obj, tp);
        }
        return descr;
    }

    /** {@code PyObject_GenericSetAttr}; a null value deletes. */
    public static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        PyType tp = obj.type();
        PyObject descr = tp.lookup(name);
        if (descr != null) {
            Slots.DescrSet f = descr.type().tp_descr_set;
            if (f != null) {
                f.set(descr, obj, value);
                return;
            }
        }
        // setting and deleting raise without name and obj: only failed lookups offer suggestions
        PyDict d = obj.dictForWrite();
        if (d == null) {
            if (descr == null) {
                throw PyErr.of(ExceptionTypes.AttributeError, "'" + tp.tpName() + "' object has no attribute '"
                        + name.value() + "'");
            }
            throw PyErr.of(ExceptionTypes.AttributeError, "'" + tp.tpName() + "' object attribute '" + name.value()
                    + "' is read-only");
        }
        if (value == null) {
            if (d.delItemIfPresent(name) == null) {
                throw PyErr.of(ExceptionTypes.AttributeError, (obj instanceof PyType t ? "type object '" + t.getName()
                        + "'" : "'" + tp.tpName() + "' object") + " has no attribute '" + name.value() + "'");
            }
        } else {
            d.setItem(name, value);
        }
    }

    /**
     * CPython's {@code hackcheck}: {@code object.__setattr__(x, ...)} may not bypass a builtin type's own
     * {@code __setattr__} ("can't apply this __setattr__ to type object").
     */
    static void checkSetattrApplies(PyObject self, Object function, String what) {
        PyType t = self.type();
        while (t != null && t.isHeapType()) {
            t = t.base;
        }
        if (t != null && t.tp_setattro != function) {
            throw PyErr.typeError("can't apply this " + what + " to " + t.getName() + " object");
        }
    }

    private static void setClass(PyObject obj, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType nt)) {
            throw PyErr.typeError("__class__ must be set to a class, not '" + value.type().getName() + "' object");
        }
        PyType old = obj.type();
        if (!(obj instanceof HeapObject h) || !nt.isHeapType() || !old.isHeapType()) {
            if (!(obj instanceof PyModule) || !nt.isSubtype(PyModule.TYPE)) {
                throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
        }
        if (nt.layout() != old.layout() || nt.slotCount() != old.slotCount()
                || nt.instancesHaveDict() != old.instancesHaveDict()) {
            throw PyErr.typeError("__class__ assignment: '" + nt.getName() + "' object layout differs from '"
                    + old.getName() + "'");
        }
        if (obj instanceof HeapObject h) {
            h.setType(nt);
        } else if (obj instanceof PyBaseException e) {
            e.setType(nt);
        } else if (obj instanceof PyModule mod) {
            mod.setType(nt);
        }
    }

    private static PyObject format(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not " + spec.type().getName());
        }
        if (s.length() > 0) {
            throw PyErr.typeError("unsupported format string passed to " + self.type().getName() + ".__format__");
        }
        return Abstract.str(self);
    }

    /** {@code object.__dir__}: the instance's attribute names and its class's, unsorted. */
    private static PyObject dir(PyObject self) {
        PyDict names = new PyDict();
        PyObject d = Abstract.getAttrOrNull(self, PyStr.intern("__dict__"));
        if (d instanceof PyDict dict) {
            for (PyObject k : dict.keyList()) {
                names.setItem(k, PyNone.NONE);
            }
        }
        PyObject cls = Abstract.getAttrOrNull(self, PyStr.intern("__class__"));
        if (cls != null) {
            mergeClassDict(names, cls);
        }
        return PyList.of(names.keyList());
    }

    /** Adds the attribute names of class {@code cls} and its bases (through {@code __bases__}). */
    static void mergeClassDict(PyDict names, PyObject cls) {
        PyObject d = Abstract.getAttrOrNull(cls, PyStr.intern("__dict__"));
        if (d != null) {
            for (PyObject k : Abstract.iterable(Abstract.callMethod(d, "keys"))) {
                names.setItem(k, PyNone.NONE);
            }
        }
        PyObject bases = Abstract.getAttrOrNull(cls, PyStr.intern("__bases__"));
        if (bases != null) {
            for (PyObject b : Abstract.iterable(bases)) {
                mergeClassDict(names, b);
            }
        }
    }

    private static PyObject getstate(PyObject self) {
        PyDict d = self.getDict();
        if (self.type().slotCount() == 0) {
            return d == null || d.size() == 0 ? PyNone.NONE : d;
        }
        PyDict slots = new PyDict();
        return PyTuple.of(d == null ? PyNone.NONE : d, slots);
    }

    private static PyObject reduceEx(PyObject self, PyObject protocol) {
        throw PyErr.typeError("cannot pickle '" + self.type().getName() + "' object");
    }
}

package org.adder.objects;

import java.util.ArrayList;
import java.util.List;

/** {@code type}: calling a type to make instances, attribute access on classes, and type's own attributes. */
public final class TypeType {
    private TypeType() {
    }

    static final Slots.New TYPE_NEW = TypeCreation::typeNew;

    static void slots(PyType t) {
        t.tp_call = TypeType::call;
        t.tp_getattro = TypeType::getattr;
        t.tp_setattro = TypeType::setattr;
        t.tp_repr = o -> PyStr.of(o.repr());
        t.tp_new = TYPE_NEW;
        t.tp_init = TypeType::init;
        t.nb_or = (a, b) -> Abstract.unionType(a, b);
        t.ownSlots = SlotTable.snapshot(t);
        // the rest as object's
        t.tp_hash = ObjectType.IDENTITY_HASH;
        t.tp_str = o -> Abstract.repr(o);
        t.tp_richcompare = OBJECT_RICHCOMPARE;
    }

    private static final Slots.RichCompare OBJECT_RICHCOMPARE = (a, b, op) -> PyType.OBJECT.tp_richcompare.compare(a, b, op);

    /** {@code type.__call__}: {@code type(x)}, or {@code T(...)}: {@code __new__} then {@code __init__}. */
    static PyObject call(PyObject self, PyObject[] args, PyTuple kw) {
        PyType type = (PyType) self;
        int nkw = kw == null ? 0 : kw.size();
        if (type == PyType.TYPE) {
            int npos = args.length - nkw;
            if (npos == 1 && nkw == 0) {
                return args[0].type();
            }
            if (npos != 1 && npos != 3) {
                throw PyErr.typeError("type() takes 1 or 3 arguments");
            }
        }
        if (type.tp_new == null) {
            throw PyErr.typeError("cannot create '" + type.tpName() + "' instances");
        }
        PyObject obj = type.tp_new.create(type, args, kw);
        if (!obj.type().isSubtype(type)) {
            return obj;
        }
        PyType t = obj.type();
        if (t.tp_init != null) {
            t.tp_init.init(obj, args, kw);
        }
        return obj;
    }

    private static void init(PyObject self, PyObject[] args, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size();
        int npos = args.length - nkw;
        if (npos == 1 && nkw != 0) {
            throw PyErr.typeError("type.__init__() takes no keyword arguments");
        }
        if (npos != 1 && npos != 3) {
            throw PyErr.typeError("type.__init__() takes 1 or 3 arguments");
        }
    }

    /** {@code type.__getattribute__}: the metaclass's data descriptors, then the class's MRO, then the metaclass. */
    static PyObject getattr(PyObject self, PyStr name) {
        PyObject v = getattrOrNull(self, name);
        if (v == null) {
            throw PyErr.attributeError("type object '" + ((PyType) self).getName() + "' has no attribute '"
                    + name.value() + "'", name, self);
        }
        return v;
    }

    static PyObject getattrOrNull(PyObject self, PyStr name) {
        PyType type = (PyType) self;
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        Slots.DescrGet metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type().tp_descr_get;
            if (metaGet != null && metaAttr.type().tp_descr_set != null) {
                return metaGet.get(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            Slots.DescrGet localGet = attr.type().tp_descr_get;
            if (localGet != null) {
                return localGet.get(attr, null, type);
            }
            return attr;
        }
        if (metaGet != null) {
            return metaGet.get(metaAttr, type, meta);
        }
        return metaAttr;
    }

    /** {@code type.__setattr__}: refused on builtin types; otherwise stored and the slots updated. */
    static void setattr(PyObject self, PyStr name, PyObject value) {
        PyType type = (PyType) self;
        if ((type.flags & PyType.IMMUTABLETYPE) != 0) {
            throw PyErr.typeError("cannot set '" + name.value()
                    + "' attribute of immutable type '" + type.getName() + "'");
        }
        PyType meta = type.type();
        PyObject descr = meta.lookup(name);
        if (descr != null && descr.type().tp_descr_set != null) {
            descr.type().tp_descr_set.set(descr, type, value);
            return;
        }
        type.setClassAttr(name, value);
    }

    // --- __new__ of builtin types -----------------------------------------------------------------------

    private static final String NEW_DOC = "Create and return a new object.  See help(type) for accurate signature.";

    /** The {@code __new__} of a builtin type: {@code T.__new__(subtype, *args)} (CPython's tp_new_wrapper). */
    static final class NewWrapper extends PyBuiltinFunction {
        private final PyType owner;

        NewWrapper(PyType owner) {
            super(new BuiltinMethod("__new__", ArgSpec.parse(owner.getName() + ".__new__", "($type, *args, **kwargs)"),
                    (Builtin.FV) (args, kw) -> tpNewWrapper(owner, args, kw), NEW_DOC), owner, null);
            this.owner = owner;
        }

        @Override
        public PyObject call(PyObject[] args, PyTuple kwnames) {
            return tpNewWrapper(owner, args, kwnames);
        }
    }

    static PyObject newWrapper(PyType t) {
        return new NewWrapper(t);
    }

    static boolean isNewWrapper(PyBuiltinFunction f) {
        return f instanceof NewWrapper;
    }

    private static PyObject tpNewWrapper(PyType t, PyObject[] args, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size();
        if (args.length - nkw < 1) {
            throw PyErr.typeError(t.getName() + ".__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType sub)) {
            throw PyErr.typeError(t.getName() + ".__new__(X): X is not a type object (" + args[0].type().getName() + ")");
        }
        if (!sub.isSubtype(t)) {
            throw PyErr.typeError(t.getName() + ".__new__(" + sub.getName() + "): " + sub.getName()
                    + " is not a subtype of " + t.getName());
        }
        PyType staticBase = sub;
        while (staticBase != null && staticBase.isHeapType()) {
            staticBase = staticBase.base;
        }
        if (staticBase != null && staticBase.tp_new != t.tp_new && staticBase != t) {
            throw PyErr.typeError(t.getName() + ".__new__(" + sub.getName() + ") is not safe, use "
                    + staticBase.getName() + ".__new__()");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return t.tp_new.create(sub, rest, kw);
    }

    // --- type's own attributes ----------------------------------------------------------------------------

    static void methods(TypeSpec.Methods m) {
        m.method("mro", "($self, /)", (Builtin.F1) t -> PyList.of(List.of(((PyType) t).mro())))
                .method("__subclasses__", "($self, /)", (Builtin.F1) t -> PyList.of(new ArrayList<PyObject>(
                        ((PyType) t).subclasses())))
                .classmethod("__prepare__", null, (Builtin.FV) (args, kw) -> new PyDict())
                .method("__instancecheck__", "($self, instance, /)",
                        (Builtin.F2) (t, o) -> PyBool.of(Abstract.recursiveIsInstance(o, t)))
                .method("__subclasscheck__", "($self, subclass, /)",
                        (Builtin.F2) (t, o) -> PyBool.of(Abstract.recursiveIsSubclass(o, t)))
                .method("__dir__", "($self, /)", (Builtin.F1) TypeType::dir)
                .method("__sizeof__", "($self, /)", (Builtin.F1) t -> PyInt.of(920))
                .member("__basicsize__", t -> PyInt.of(16), null, null)
                .member("__itemsize__", t -> PyInt.of(0), null, null)
                .member("__flags__", t -> PyInt.of(((PyType) t).flags & 0xffffffffL), null, null)
                .member("__weakrefoffset__", t -> PyInt.of(0), null, null)
                .member("__base__", t -> ((PyType) t).base == null ? PyNone.NONE : ((PyType) t).base, null, null)
                .member("__dictoffset__", t -> PyInt.of(((PyType) t).instancesHaveDict() ? -1 : 0), null, null)
                .getset("__name__", t -> PyStr.of(((PyType) t).getName()), TypeCreation::setName, null)
                .getset("__qualname__", t -> ((PyType) t).getQualname(), TypeCreation::setQualname, null)
                .getset("__bases__", t -> ((PyType) t).bases(), TypeCreation::setBases, null)
                .getset("__mro__", t -> ((PyType) t).mroTuple(), null, null)
                .getset("__module__", t -> ((PyType) t).getModule(), TypeType::setModule, null)
                .getset("__abstractmethods__", TypeType::abstractMethods, TypeType::setAbstractMethods, null)
                .getset("__dict__", t -> new PyMappingProxy(((PyType) t).dict()), null, null)
                .getset("__doc__", TypeType::doc, TypeType::setDoc, null)
                .getset("__text_signature__", t -> PyNone.NONE, null, null)
                .getset("__annotations__", TypeType::annotations, TypeType::setAnnotations, null)
                .getset("__type_params__", TypeType::typeParams, TypeType::setTypeParams, null)
                .doc("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
    }

    private static void checkHeap(PyType t, String what, PyObject value) {
        if (!t.isHeapType()) {
            throw PyErr.typeError((value == null ? "cannot delete '" : "cannot set '") + what
                    + "' attribute of immutable type '" + t.getName() + "'");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete '" + what + "' attribute of immutable type '" + t.getName() + "'");
        }
    }

    private static void setModule(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        checkHeap(t, "__module__", value);
        t.dict().setItem(SpecialNames.__module__, value);
        t.invalidate();
    }

    private static PyObject doc(PyObject self) {
        PyType t = (PyType) self;
        PyObject d = t.dict().getStr(SpecialNames.__doc__);
        if (d == null) {
            return PyNone.NONE;
        }
        if (!t.isHeapType()) {
            return d;
        }
        Slots.DescrGet g = d.type().tp_descr_get;
        return g == null ? d : g.get(d, null, t);
    }

    private static void setDoc(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        checkHeap(t, "__doc__", value);
        t.dict().setItem(SpecialNames.__doc__, value);
        t.invalidate();
    }

    private static PyObject abstractMethods(PyObject self) {
        PyType t = (PyType) self;
        PyObject v = t != PyType.TYPE ? t.dict().getStr(PyStr.intern("__abstractmethods__")) : null;
        if (v == null) {
            throw PyErr.attributeError("__abstractmethods__", PyStr.intern("__abstractmethods__"), t);
        }
        return v;
    }

    private static void setAbstractMethods(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        PyStr key = PyStr.intern("__abstractmethods__");
        if (value == null) {
            if (t.dict().delItemIfPresent(key) == null) {
                throw PyErr.attributeError("__abstractmethods__", key, t);
            }
            t.flags &= ~PyType.IS_ABSTRACT;
        } else {
            boolean abs = Abstract.isTrue(value);
            t.dict().setItem(key, value);
            t.flags = abs ? t.flags | PyType.IS_ABSTRACT : t.flags & ~PyType.IS_ABSTRACT;
        }
        t.invalidate();
    }

    private static PyObject annotations(PyObject self) {
        PyType t = (PyType) self;
        if (!t.isHeapType()) {
            throw PyErr.attributeError("type object '" + t.getName() + "' has no attribute '__annotations__'",
                    PyStr.intern("__annotations__"), t);
        }
        PyObject a = t.dict().getStr(SpecialNames.__annotations__);
        if (a == null) {
            a = new PyDict();
            t.dict().setItem(SpecialNames.__annotations__, a);
            t.invalidate();
        } else {
            Slots.DescrGet g = a.type().tp_descr_get;
            if (g != null) {
                a = g.get(a, null, t);
            }
        }
        return a;
    }

    private static void setAnnotations(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        if ((t.flags & PyType.IMMUTABLETYPE) != 0) {
            throw PyErr.typeError("cannot set '__annotations__' attribute of immutable type '" + t.getName() + "'");
        }
        if (value == null) {
            if (t.dict().delItemIfPresent(SpecialNames.__annotations__) == null) {
                throw PyErr.attributeError("__annotations__", SpecialNames.__annotations__, t);
            }
        } else {
            t.dict().setItem(SpecialNames.__annotations__, value);
        }
        t.invalidate();
    }

    private static PyObject typeParams(PyObject self) {
        PyType t = (PyType) self;
        PyObject v = t.dict().getStr(PyStr.intern("__type_params__"));
        return v == null ? PyTuple.EMPTY : v;
    }

    private static void setTypeParams(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        checkHeap(t, "__type_params__", value);
        if (!(value instanceof PyTuple)) {
            throw PyErr.typeError("__type_params__ must be set to a tuple, not " + value.type().getName());
        }
        t.dict().setItem(PyStr.intern("__type_params__"), value);
        t.invalidate();
    }

    /** {@code type.__dir__}: the names in the class and its bases' dictionaries. */
    private static PyObject dir(PyObject self) {
        PyDict names = new PyDict();
        ObjectType.mergeClassDict(names, self);
        return PyList.of(names.keyList());
    }
}

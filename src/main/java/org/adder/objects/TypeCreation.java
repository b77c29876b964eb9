package org.adder.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code type.__new__(metatype, name, bases, namespace, **kwds)}: making a class. Follows CPython's
 * {@code type_new}: the winning metaclass, the best base and instance layout, {@code __slots__}, the
 * {@code __dict__} and {@code __weakref__} descriptors, {@code __qualname__}, {@code __classcell__},
 * the MRO and slots, then {@code __set_name__} and the parent's {@code __init_subclass__}.
 */
public final class TypeCreation {
    private TypeCreation() {
    }

    static PyObject typeNew(PyType metatype, PyObject[] args, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size();
        int npos = args.length - nkw;
        if (metatype == PyType.TYPE && npos == 1 && nkw == 0) {
            return args[0].type();
        }
        if (npos != 3) {
            throw PyErr.typeError(npos < 3 ? "type.__new__() takes exactly 3 arguments (" + npos + " given)"
                    : "type.__new__() takes exactly 3 arguments (" + npos + " given)");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw PyErr.typeError("type.__new__() argument 1 must be str, not " + args[0].type().getName());
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw PyErr.typeError("type.__new__() argument 2 must be tuple, not " + args[1].type().getName());
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw PyErr.typeError("type.__new__() argument 3 must be dict, not " + args[2].type().getName());
        }
        PyType winner = calculateMetaclass(metatype, bases);
        if (winner != metatype && winner.tp_new != TypeType.TYPE_NEW) {
            return winner.tp_new.create(winner, args, kw);
        }
        PyDict kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) {
            kwargs.setItem(kw.get(i), args[npos + i]);
        }
        return create(winner, name, bases, ns, kwargs);
    }

    /** The most derived metaclass among {@code metatype} and the bases' types, or "metaclass conflict". */
    public static PyType calculateMetaclass(PyType metatype, PyTuple bases) {
        PyType winner = metatype;
        for (PyObject b : bases) {
            PyType t = b.type();
            if (winner.isSubtype(t)) {
                continue;
            }
            if (t.isSubtype(winner)) {
                winner = t;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The base whose layout the new class extends ({@code best_base}), checking that the bases can be combined. */
    private static PyType bestBase(PyTuple bases) {
        PyType base = null;
        PyType winner = null;
        for (PyObject b : bases) {
            if (!(b instanceof PyType t)) {
                throw PyErr.typeError("bases must be types");
            }
            if ((t.flags & PyType.BASETYPE) == 0) {
                throw PyErr.typeError("type '" + t.tpName() + "' is not an acceptable base type");
            }
            PyType candidate = solidBase(t);
            if (winner == null) {
                winner = candidate;
                base = t;
            } else if (winner.isSubtype(candidate)) {
                // the current winner's layout already extends this one
            } else if (candidate.isSubtype(winner)) {
                winner = candidate;
                base = t;
            } else {
                throw PyErr.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    /** The nearest type along the base chain that adds to the instance layout (a builtin, or a class with slots). */
    private static PyType solidBase(PyType t) {
        while (t.base != null && t.layout == t.base.layout && t.slotCount == t.base.slotCount) {
            t = t.base;
        }
        return t;
    }

    static PyType create(PyType metatype, PyStr name, PyTuple bases, PyDict ns, PyDict kwargs) {
        if (name.value().indexOf('\0') >= 0) {
            throw PyErr.valueError("type name must not contain null characters");
        }
        if (bases.size() == 0) {
            bases = PyTuple.of(PyType.OBJECT);
        }
        PyType base = bestBase(bases);
        PyDict dict = ns.copy();
        PyType t = new PyType(metatype, name.value(), bases, base);
        t.flags = PyType.HEAPTYPE | PyType.BASETYPE | PyType.HAVE_GC | (base.flags & PyType.SUBCLASS_BITS)
                | (base.flags & (PyType.SEQUENCE | PyType.MAPPING));
        t.layout = base.layout;
        t.exceptionLayout = base.exceptionLayout;
        t.instanceDict = base.instanceDict;
        t.slotCount = base.slotCount;
        t.dict = dict;

        PyObject qualname = dict.getStr(SpecialNames.__qualname__);
        if (qualname != null) {
            if (!(qualname instanceof PyStr q)) {
                throw PyErr.typeError("type __qualname__ must be a str, not " + qualname.type().getName());
            }
            t.qualname = q;
            dict.delItemIfPresent(SpecialNames.__qualname__);
        } else {
            t.qualname = name;
        }
        if (dict.getStr(SpecialNames.__module__) == null) {
            PyObject module = CreationContext.currentModuleName();
            if (module != null) {
                dict.setItem(SpecialNames.__module__, module);
            }
        }
        if (dict.getStr(SpecialNames.__doc__) == null) {
            dict.setItem(SpecialNames.__doc__, PyNone.NONE);
        }
        wrapSpecialFunctions(dict);
        SlotLayout layout = layoutSlots(t, base, dict);
        if (layout.addDict) {
            t.instanceDict = true;
        }
        boolean addWeakref = !hasWeakrefSlot(base) && !layout.explicit;
        if (t.instanceDict && !base.instanceDict) {
            dict.setItem(PyStr.intern("__dict__"), new PyGetSetDescr(t, "__dict__", TypeCreation::getInstanceDict,
                    TypeCreation::setInstanceDict, null));
        }
        if (addWeakref || layout.weakref) {
            dict.setItem(PyStr.intern("__weakref__"), new PyGetSetDescr(t, "__weakref__", o -> PyNone.NONE, null,
                    "list of weak references to the object"));
        }
        if (dict.getStr(SpecialNames.__eq__) != null && dict.getStr(SpecialNames.__hash__) == null) {
            dict.setItem(SpecialNames.__hash__, PyNone.NONE);
        }
        PyObject cell = dict.getStr(SpecialNames.__classcell__);
        t.mro = metatype == PyType.TYPE ? Mro.compute(t) : customMro(t);
        for (PyObject b : bases) {
            ((PyType) b).addSubclass(t);
        }
        SlotTable.initHeapType(t);
        if (cell != null) {
            if (!(cell instanceof PyCell c)) {
                throw PyErr.typeError("__classcell__ must be a nonlocal cell, not " + cell.type());
            }
            c.set(t);
            dict.delItemIfPresent(SpecialNames.__classcell__);
        }
        setNames(t);
        initSubclass(t, kwargs);
        return t;
    }

    /** What {@code __slots__} asked for: a {@code __dict__}, whether slots were given at all, a {@code __weakref__}. */
    private record SlotLayout(boolean addDict, boolean explicit, boolean weakref) {
    }

    private static boolean hasWeakrefSlot(PyType base) {
        return base != PyType.OBJECT && base.isHeapType();
    }

    /** {@code __new__} becomes a staticmethod; {@code __init_subclass__} and {@code __class_getitem__} classmethods. */
    private static void wrapSpecialFunctions(PyDict dict) {
        PyObject nw = dict.getStr(SpecialNames.__new__);
        if (nw instanceof PyFunction) {
            dict.setItem(SpecialNames.__new__, new PyStaticMethod(nw));
        }
        for (PyStr n : new PyStr[] {SpecialNames.__init_subclass__, SpecialNames.__class_getitem__}) {
            PyObject f = dict.getStr(n);
            if (f instanceof PyFunction) {
                dict.setItem(n, new PyClassMethod(f));
            }
        }
    }

    /**
     * Reads {@code __slots__}: adds a member descriptor per slot (names mangled, sorted as CPython sorts
     * them) and says whether instances get a {@code __dict__}.
     */
    private static SlotLayout layoutSlots(PyType t, PyType base, PyDict dict) {
        PyObject slots = dict.getStr(SpecialNames.__slots__);
        if (slots == null) {
            return new SlotLayout(!base.instanceDict, false, false);
        }
        boolean weakrefInSlots = false;
        List<PyStr> names = new ArrayList<>();
        if (slots instanceof PyStr s) {
            names.add(s);
        } else {
            for (PyObject o : Abstract.iterable(slots)) {
                if (!(o instanceof PyStr s)) {
                    throw PyErr.typeError("__slots__ items must be strings, not '" + o.type().getName() + "'");
                }
                names.add(s);
            }
        }
        boolean addDict = false;
        List<String> members = new ArrayList<>();
        for (PyStr s : names) {
            if (!s.isIdentifier()) {
                throw PyErr.typeError("__slots__ must be identifiers");
            }
            String n = s.value();
            if (n.equals("__dict__")) {
                if (base.instanceDict || addDict) {
                    throw PyErr.typeError("__dict__ slot disallowed: we already got one");
                }
                addDict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                if (weakrefInSlots || hasWeakrefSlot(base)) {
                    throw PyErr.typeError("__weakref__ slot disallowed: we already got one");
                }
                weakrefInSlots = true;
                continue;
            }
            String mangled = mangle(t.getName(), n);
            if (members.contains(mangled)) {
                throw PyErr.typeError("__slots__ items must be unique");
            }
            members.add(mangled);
        }
        members.sort(PyStr::compare);
        if (!members.isEmpty() && (base.flags & (PyType.LONG_SUBCLASS | PyType.TUPLE_SUBCLASS | PyType.BYTES_SUBCLASS))
                != 0) {
            throw PyErr.typeError("nonempty __slots__ not supported for subtype of '" + base.getName() + "'");
        }
        for (String m : members) {
            if (dict.getStr(PyStr.intern(m)) != null) {
                throw PyErr.valueError("'" + m + "' in __slots__ conflicts with class variable");
            }
        }
        int index = base.slotCount;
        for (String m : members) {
            dict.setItem(PyStr.intern(m), PyMemberDescr.slot(t, m, index++));
        }
        t.slotCount = index;
        return new SlotLayout(addDict, true, weakrefInSlots);
    }

    /** Private names in {@code __slots__} are mangled as the compiler mangles them. */
    private static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String cls = className.replaceFirst("^_+", "");
        return cls.isEmpty() ? name : "_" + cls + name;
    }

    private static PyObject getInstanceDict(PyObject obj) {
        PyDict d = obj.dictForWrite();
        if (d == null) {
            throw PyErr.attributeError("This object has no __dict__", PyStr.intern("__dict__"), obj);
        }
        return d;
    }

    private static void setInstanceDict(PyObject obj, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '" + value.type().getName() + "'");
        }
        obj.setDict(d);
    }

    /** A metaclass that overrides {@code mro()}: its result, checked, is the MRO. */
    private static PyType[] customMro(PyType t) {
        PyObject mro = t.type().lookup(PyStr.intern("mro"));
        if (mro instanceof PyMethodDescr md && md.owner == PyType.TYPE) {
            return Mro.compute(t);
        }
        t.mro = Mro.compute(t);
        PyObject result = Abstract.callMethod(t, "mro");
        List<PyType> out = new ArrayList<>();
        for (PyObject o : Abstract.iterable(result)) {
            if (!(o instanceof PyType pt)) {
                throw PyErr.typeError("mro() returned a non-class ('" + o.type().getName() + "')");
            }
            out.add(pt);
        }
        return out.toArray(PyType[]::new);
    }

    /** Calls {@code __set_name__(owner, name)} on each attribute that has one, in namespace order. */
    private static void setNames(PyType t) {
        for (PyObject[] kv : t.dict().itemList()) {
            PyObject v = kv[1];
            PyObject setName = v.type().lookup(SpecialNames.__set_name__);
            if (setName == null) {
                continue;
            }
            try {
                Abstract.callDescriptor(setName, v, t, kv[0]);
            } catch (PyException e) {
                ExceptionTypes.addNote(e.value(), "Error calling __set_name__ on '" + v.type().getName() + "' instance "
                        + Abstract.repr(kv[0]).value() + " in '" + t.getName() + "'");
                throw e;
            }
        }
    }

    /** {@code super(t, t).__init_subclass__(**kwargs)}. */
    private static void initSubclass(PyType t, PyDict kwargs) {
        PyObject sup = PySuper.of(t, t);
        PyObject func = Abstract.getAttr(sup, SpecialNames.__init_subclass__);
        List<PyObject> names = kwargs.keyList();
        PyObject[] args = new PyObject[names.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = kwargs.getItem(names.get(i));
        }
        Abstract.call(func, args, names.isEmpty() ? null : PyTuple.of(names));
    }

    // --- setters of type's own attributes ----------------------------------------------------------------

    static void setName(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        requireHeap(t, "__name__", value);
        if (!(value instanceof PyStr s)) {
            throw PyErr.typeError("can only assign string to " + t.getName() + ".__name__, not '"
                    + value.type().getName() + "'");
        }
        if (s.value().indexOf('\0') >= 0) {
            throw PyErr.valueError("type name must not contain null characters");
        }
        t.name = s.value();
    }

    static void setQualname(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        requireHeap(t, "__qualname__", value);
        if (!(value instanceof PyStr s)) {
            throw PyErr.typeError("can only assign string to " + t.getName() + ".__qualname__, not '"
                    + value.type().getName() + "'");
        }
        t.qualname = s;
    }

    static void setBases(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        requireHeap(t, "__bases__", value);
        if (!(value instanceof PyTuple bases)) {
            throw PyErr.typeError("can only assign tuple to " + t.getName() + ".__bases__, not "
                    + value.type().getName());
        }
        if (bases.size() == 0) {
            throw PyErr.typeError("can only assign non-empty tuple to " + t.getName() + ".__bases__, not ()");
        }
        for (PyObject b : bases) {
            if (!(b instanceof PyType bt)) {
                throw PyErr.typeError(t.getName() + ".__bases__ must be tuple of classes, not '" + b.type().getName()
                        + "'");
            }
            if (bt.isSubtype(t)) {
                throw PyErr.typeError("a __bases__ item causes an inheritance cycle");
            }
        }
        PyType newBase = bestBase(bases);
        if (solidBase(newBase) != solidBase(t.base)) {
            throw PyErr.typeError("__bases__ assignment: '" + newBase.getName() + "' object layout differs from '"
                    + t.base.getName() + "'");
        }
        for (PyObject b : t.bases()) {
            ((PyType) b).removeSubclass(t);
        }
        PyTuple oldBases = t.bases();
        PyType oldBase = t.base;
        t.bases = bases;
        t.base = newBase;
        try {
            t.mro = Mro.compute(t);
        } catch (PyException e) {
            t.bases = oldBases;
            t.base = oldBase;
            for (PyObject b : oldBases) {
                ((PyType) b).addSubclass(t);
            }
            throw e;
        }
        for (PyObject b : bases) {
            ((PyType) b).addSubclass(t);
        }
        t.invalidate();
        SlotTable.initHeapType(t);
    }

    private static void requireHeap(PyType t, String what, PyObject value) {
        if (!t.isHeapType()) {
            throw PyErr.typeError("cannot set '" + what + "' attribute of immutable type '" + t.getName() + "'");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete '" + what + "' attribute of immutable type '" + t.getName() + "'");
        }
    }
}

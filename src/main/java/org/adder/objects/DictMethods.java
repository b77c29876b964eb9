package org.adder.objects;

import java.util.List;

/** The slots and methods of {@code dict}. */
public final class DictMethods {
    private DictMethods() {
    }

    static void slots(PyType t) {
        t.tp_repr = DictMethods::repr;
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_richcompare = DictMethods::richcompare;
        t.tp_iter = d -> new PyDictIter((PyDict) d, PyDictIter.KEYS, false);
        t.tp_init = DictMethods::init;
        t.tp_new = (type, args, kw) -> type == PyDict.TYPE ? new PyDict() : new PyDict.Derived(type);
        t.nb_or = DictMethods::or;
        t.nb_inplace_or = (a, b) -> {
            update((PyDict) a, b);
            return a;
        };
        t.mp_length = d -> ((PyDict) d).size();
        t.mp_subscript = DictMethods::subscript;
        t.mp_ass_subscript = (d, k, v) -> {
            if (v == null) {
                ((PyDict) d).delItem(k);
            } else {
                ((PyDict) d).setItem(k, v);
            }
        };
        t.sq_contains = (d, k) -> ((PyDict) d).containsKey(k);
    }

    static void methods(TypeSpec.Methods m) {
        m.method("__sizeof__", "($self, /)", (Builtin.F1) d -> PyInt.of(48 + 24L * ((PyDict) d).keys.length))
                .method("get", "($self, key, default=None, /)", (Builtin.F3) (d, k, def) -> {
                    PyObject v = ((PyDict) d).getItem(k);
                    return v == null ? def : v;
                })
                .method("setdefault", "($self, key, default=None, /)", (Builtin.F3) (d, k, def) -> {
                    PyDict dict = (PyDict) d;
                    long h = Abstract.hash(k);
                    PyObject v = dict.getItem(k, h);
                    if (v == null) {
                        dict.setItem(k, h, def);
                        return def;
                    }
                    return v;
                })
                .method("pop", "($self, key, default=<unrepresentable>, /)", (Builtin.F3) (d, k, def) -> {
                    PyObject v = ((PyDict) d).delItemIfPresent(k);
                    if (v == null) {
                        if (def == null) {
                            throw PyErr.keyError(k);
                        }
                        return def;
                    }
                    return v;
                })
                .method("popitem", "($self, /)", (Builtin.F1) d -> {
                    PyObject[] kv = ((PyDict) d).popLast();
                    if (kv == null) {
                        throw PyErr.keyError(PyStr.of("popitem(): dictionary is empty"));
                    }
                    return PyTuple.of(kv);
                })
                .method("keys", "($self, /)", (Builtin.F1) d -> new PyDictView((PyDict) d, PyDictIter.KEYS))
                .method("items", "($self, /)", (Builtin.F1) d -> new PyDictView((PyDict) d, PyDictIter.ITEMS))
                .method("values", "($self, /)", (Builtin.F1) d -> new PyDictView((PyDict) d, PyDictIter.VALUES))
                .method("update", null, (Builtin.FV) DictMethods::updateMethod)
                .classmethod("fromkeys", "($type, iterable, value=None, /)", (Builtin.F3) DictMethods::fromkeys)
                .method("clear", "($self, /)", (Builtin.F1) d -> {
                    ((PyDict) d).clear();
                    return PyNone.NONE;
                })
                .method("copy", "($self, /)", (Builtin.F1) d -> ((PyDict) d).copy())
                .method("__reversed__", "($self, /)", (Builtin.F1) d -> new PyDictIter((PyDict) d, PyDictIter.KEYS, true))
                .classmethod("__class_getitem__", "($type, item, /)", (Builtin.F2) GenericAlias::of)
                .doc("dict() -> new empty dictionary\n"
                        + "dict(mapping) -> new dictionary initialized from a mapping object's\n"
                        + "    (key, value) pairs\n"
                        + "dict(iterable) -> new dictionary initialized as if via:\n"
                        + "    d = {}\n"
                        + "    for k, v in iterable:\n"
                        + "        d[k] = v\n"
                        + "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
                        + "    in the keyword argument list.  For example:  dict(one=1, two=2)");
    }

    /** {@code {k: v, ...}}, with {@code {...}} for a dict already being shown. */
    private static PyObject repr(PyObject o) {
        PyDict d = (PyDict) o;
        if (d.size() == 0) {
            return PyStr.of("{}");
        }
        if (!ReprGuard.enter(d)) {
            return PyStr.of("{...}");
        }
        try {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (int i = d.nextEntry(0); i >= 0 && i < d.n; i = d.nextEntry(i + 1)) {
                PyObject k = d.keys[i];
                PyObject v = d.values[i];
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Abstract.repr(k).value()).append(": ").append(Abstract.repr(v).value());
            }
            return PyStr.of(b.append('}').toString());
        } finally {
            ReprGuard.leave(d);
        }
    }

    /** {@code d[key]}, asking {@code __missing__} of a subclass when the key is absent. */
    private static PyObject subscript(PyObject o, PyObject key) {
        PyDict d = (PyDict) o;
        PyObject v = d.getItem(key);
        if (v != null) {
            return v;
        }
        if (o.getClass() != PyDict.class) {
            PyObject missing = o.type().lookup(SpecialNames.__missing__);
            if (missing != null) {
                return Abstract.callDescriptor(missing, o, key);
            }
        }
        throw PyErr.keyError(key);
    }

    private static PyObject richcompare(PyObject a, PyObject b, int op) {
        if (!(b instanceof PyDict other) || (op != Compare.EQ && op != Compare.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = equal((PyDict) a, other);
        return PyBool.of(op == Compare.EQ ? eq : !eq);
    }

    static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.n; i++) {
            PyObject k = a.keys[i];
            if (k == null) {
                continue;
            }
            PyObject av = a.values[i];
            long h = a.hashes[i];
            PyObject bv = b.getItem(k, h);
            if (bv == null || !Abstract.richCompareBool(av, bv, Compare.EQ)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject or(PyObject a, PyObject b) {
        if (!(a instanceof PyDict x) || !(b instanceof PyDict y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDict r = x.copy();
        mergeFrom(r, y);
        return r;
    }

    /** {@code dict(...)} and {@code dict.__init__}: an optional positional argument, then the keywords. */
    private static void init(PyObject self, PyObject[] args, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size();
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("dict expected at most 1 argument, got " + npos);
        }
        PyDict d = (PyDict) self;
        if (npos == 1) {
            updateArg(d, args[0]);
        }
        for (int i = 0; i < nkw; i++) {
            d.setItem(kw.get(i), args[npos + i]);
        }
    }

    private static PyObject updateMethod(PyObject[] args, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size();
        int npos = args.length - nkw - 1;
        if (npos > 1) {
            throw PyErr.typeError("update expected at most 1 argument, got " + npos);
        }
        PyDict d = (PyDict) args[0];
        if (npos == 1) {
            updateArg(d, args[1]);
        }
        for (int i = 0; i < nkw; i++) {
            d.setItem(kw.get(i), args[1 + npos + i]);
        }
        return PyNone.NONE;
    }

    /**
     * DICT_MERGE ({@code f(**m)}): m's keys added to d, a key already there raising KeyError(key); a value
     * without {@code keys()} raises AttributeError, which the caller words for the call.
     */
    public static void mergeNoOverride(PyDict d, PyObject other) {
        if (other instanceof PyDict od && other.type().lookup(SpecialNames.keys) == PyDict.TYPE.lookup(SpecialNames.keys)) {
            for (PyObject[] kv : od.itemList()) {
                if (d.containsKey(kv[0])) {
                    throw PyErr.keyError(kv[0]);
                }
                d.setItem(kv[0], kv[1]);
            }
            return;
        }
        PyObject keys = Abstract.getAttr(other, SpecialNames.keys);
        for (PyObject k : Abstract.iterable(Abstract.call(keys))) {
            if (d.containsKey(k)) {
                throw PyErr.keyError(k);
            }
            d.setItem(k, Abstract.getItem(other, k));
        }
    }

    /** {@code PyDict_Update}: {@code other} must be a mapping (its {@code keys()}), else AttributeError. */
    public static void updateMapping(PyDict d, PyObject other) {
        if (other instanceof PyDict od && other.type().lookup(SpecialNames.keys) == PyDict.TYPE.lookup(SpecialNames.keys)) {
            mergeFrom(d, od);
            return;
        }
        PyObject keys = Abstract.getAttr(other, SpecialNames.keys);
        for (PyObject k : Abstract.iterable(Abstract.call(keys))) {
            d.setItem(k, Abstract.getItem(other, k));
        }
    }

    /** {@code d |= other}: a mapping, or an iterable of pairs. */
    public static void update(PyDict d, PyObject other) {
        updateArg(d, other);
    }

    /** A mapping when it has {@code keys()}, else an iterable of key/value pairs (CPython's dict_update_arg). */
    static void updateArg(PyDict d, PyObject arg) {
        if (arg.getClass() == PyDict.class) {
            mergeFrom(d, (PyDict) arg);
            return;
        }
        PyObject keys = Abstract.getAttrOrNull(arg, SpecialNames.keys);
        if (keys != null) {
            if (arg instanceof PyDict ad && arg.type().lookup(SpecialNames.__iter__) == PyDict.TYPE.lookup(SpecialNames.__iter__)
                    && arg.type().lookup(SpecialNames.keys) == PyDict.TYPE.lookup(SpecialNames.keys)) {
                mergeFrom(d, ad);
                return;
            }
            for (PyObject k : Abstract.iterable(Abstract.call(keys))) {
                d.setItem(k, Abstract.getItem(arg, k));
            }
            return;
        }
        mergeFromSeq2(d, arg);
    }

    static void mergeFrom(PyDict d, PyDict other) {
        if (other.size() == 0) {
            return;
        }
        for (PyObject[] kv : other.itemList()) {
            d.setItem(kv[0], kv[1]);
        }
    }

    /** {@code PyDict_MergeFromSeq2}: each element must be a 2-sequence. */
    private static void mergeFromSeq2(PyDict d, PyObject seq) {
        PyObject it;
        try {
            it = Abstract.getIter(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw PyErr.typeError("'" + seq.type().getName() + "' object is not iterable");
            }
            throw e;
        }
        int i = 0;
        for (PyObject item; (item = Abstract.next(it)) != null; i++) {
            List<PyObject> pair;
            try {
                pair = PyList.listOf(item);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TypeError)) {
                    throw PyErr.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (pair.size() != 2) {
                throw PyErr.valueError("dictionary update sequence element #" + i + " has length " + pair.size()
                        + "; 2 is required");
            }
            d.setItem(pair.get(0), pair.get(1));
        }
    }

    private static PyObject fromkeys(PyObject type, PyObject iterable, PyObject value) {
        PyObject d = Abstract.call(type);
        if (d.getClass() == PyDict.class) {
            PyDict dict = (PyDict) d;
            for (PyObject k : Abstract.iterable(iterable)) {
                dict.setItem(k, value);
            }
            return d;
        }
        for (PyObject k : Abstract.iterable(iterable)) {
            Abstract.setItem(d, k, value);
        }
        return d;
    }
}

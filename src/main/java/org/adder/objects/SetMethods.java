package org.adder.objects;

/**
 * The slots and methods of {@code set} and {@code frozenset}. Each operation walks its operands in the
 * order CPython's does (the smaller set for an intersection, a copy then discards for a large
 * difference...), because that order decides the order of the result.
 */
final class SetMethods {
    private SetMethods() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static boolean isAnySet(PyObject o) {
        return o instanceof SetObject;
    }

    // --- slots ------------------------------------------------------------------------------------------

    private static void common(PyType t) {
        t.tp_repr = o -> PyStr.of(repr((SetObject) o));
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_richcompare = SetMethods::richcompare;
        t.tp_iter = o -> new SetIter((SetObject) o);
        t.mp_length = o -> ((SetObject) o).used;
        t.sq_contains = (o, k) -> containsKey((SetObject) o, k);
        t.nb_or = (a, b) -> isAnySet(a) && isAnySet(b) ? or((SetObject) a, b) : NI;
        t.nb_and = (a, b) -> isAnySet(a) && isAnySet(b) ? intersection((SetObject) a, b) : NI;
        t.nb_subtract = (a, b) -> isAnySet(a) && isAnySet(b) ? difference((SetObject) a, b) : NI;
        t.nb_xor = (a, b) -> isAnySet(a) && isAnySet(b) ? symmetricDifference((SetObject) a, b) : NI;
    }

    static void setSlots(PyType t) {
        common(t);
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        t.tp_new = (type, args, kw) -> type == PySet.TYPE ? new PySet() : new PySet.Derived(type);
        t.tp_init = (self, args, kw) -> {
            if (self.getClass() == PySet.class || self instanceof PySet.Derived) {
                if (self.type() == PySet.TYPE) {
                    ArgSpec.noKeywords("set", kw);
                }
            }
            int npos = args.length - (kw == null ? 0 : kw.size());
            if (npos > 1) {
                throw PyErr.typeError("set expected at most 1 argument, got " + npos);
            }
            SetObject s = (SetObject) self;
            if (s.used > 0) {
                s.clearTable();
            }
            if (npos == 1) {
                update(s, args[0]);
            }
        };
        t.nb_inplace_or = (a, b) -> {
            if (!isAnySet(b)) {
                return NI;
            }
            update((SetObject) a, b);
            return a;
        };
        t.nb_inplace_and = (a, b) -> {
            if (!isAnySet(b)) {
                return NI;
            }
            intersectionUpdate((SetObject) a, b);
            return a;
        };
        t.nb_inplace_subtract = (a, b) -> {
            if (!isAnySet(b)) {
                return NI;
            }
            differenceUpdate((SetObject) a, b);
            return a;
        };
        t.nb_inplace_xor = (a, b) -> {
            if (!isAnySet(b)) {
                return NI;
            }
            symmetricDifferenceUpdate((SetObject) a, b);
            return a;
        };
    }

    static void frozenSlots(PyType t) {
        common(t);
        t.tp_hash = o -> ((SetObject) o).tableHash();
        t.tp_new = (type, args, kw) -> {
            if (type == PyFrozenSet.TYPE) {
                ArgSpec.noKeywords("frozenset", kw);
            }
            int npos = args.length - (kw == null ? 0 : kw.size());
            if (npos > 1) {
                throw PyErr.typeError("frozenset expected at most 1 argument, got " + npos);
            }
            if (type == PyFrozenSet.TYPE) {
                if (npos == 0) {
                    return PyFrozenSet.EMPTY;
                }
                if (args[0].getClass() == PyFrozenSet.class) {
                    return args[0];
                }
                PyFrozenSet s = new PyFrozenSet();
                update(s, args[0]);
                return s.used == 0 ? PyFrozenSet.EMPTY : s;
            }
            PyFrozenSet s = new PyFrozenSet.Derived(type);
            if (npos == 1) {
                update(s, args[0]);
            }
            return s;
        };
    }

    // --- methods ------------------------------------------------------------------------------------------

    private static void commonMethods(TypeSpec.Methods m) {
        m.method("__contains__", "($self, object, /)", (Builtin.F2) (s, k) -> PyBool.of(containsKey((SetObject) s, k)))
                .method("copy", "($self, /)", (Builtin.F1) s -> copy((SetObject) s))
                .method("difference", null, (Builtin.FV) (args, kw) -> {
                    ArgSpec.noKeywords("difference", kw);
                    SetObject s = (SetObject) args[0];
                    if (args.length == 1) {
                        return copy(s);
                    }
                    SetObject r = difference(s, args[1]);
                    for (int i = 2; i < args.length; i++) {
                        differenceUpdate(r, args[i]);
                    }
                    return r;
                })
                .method("intersection", null, (Builtin.FV) (args, kw) -> {
                    ArgSpec.noKeywords("intersection", kw);
                    SetObject s = (SetObject) args[0];
                    if (args.length == 1) {
                        return copy(s);
                    }
                    SetObject r = s;
                    for (int i = 1; i < args.length; i++) {
                        r = intersection(r, args[i]);
                    }
                    return r;
                })
                .method("isdisjoint", "($self, other, /)", (Builtin.F2) (s, o) -> PyBool.of(isDisjoint((SetObject) s, o)))
                .method("issubset", "($self, other, /)", (Builtin.F2) (s, o) -> PyBool.of(isSubset((SetObject) s, o)))
                .method("issuperset", "($self, other, /)", (Builtin.F2) (s, o) -> PyBool.of(isSuperset((SetObject) s, o)))
                .method("__reduce__", "($self, /)", (Builtin.F1) s -> PyTuple.of(s.type(),
                        PyTuple.of(PyList.of(((SetObject) s).members())), s.getDict() == null ? PyNone.NONE : s.getDict()))
                .method("__sizeof__", "($self, /)", (Builtin.F1) s -> PyInt.of(200 + 16L * ((SetObject) s).keys.length))
                .method("symmetric_difference", "($self, other, /)", (Builtin.F2) (s, o) ->
                        symmetricDifference((SetObject) s, o))
                .method("union", null, (Builtin.FV) (args, kw) -> {
                    ArgSpec.noKeywords("union", kw);
                    SetObject r = copy((SetObject) args[0]);
                    for (int i = 1; i < args.length; i++) {
                        update(r, args[i]);
                    }
                    return r;
                })
                .classmethod("__class_getitem__", "($type, item, /)", (Builtin.F2) GenericAlias::of);
    }

    static void setMethods(TypeSpec.Methods m) {
        m.method("add", "($self, object, /)", (Builtin.F2) (s, k) -> {
            ((SetObject) s).add(k);
            return PyNone.NONE;
        }, "Add an element to a set.\n\nThis has no effect if the element is already present.");
        m.method("clear", "($self, /)", (Builtin.F1) s -> {
            ((SetObject) s).clearTable();
            return PyNone.NONE;
        });
        commonMethods(m);
        m.method("difference_update", null, (Builtin.FV) (args, kw) -> {
            ArgSpec.noKeywords("difference_update", kw);
            for (int i = 1; i < args.length; i++) {
                differenceUpdate((SetObject) args[0], args[i]);
            }
            return PyNone.NONE;
        });
        m.method("discard", "($self, object, /)", (Builtin.F2) (s, k) -> {
            discardKey((SetObject) s, k);
            return PyNone.NONE;
        });
        m.method("intersection_update", null, (Builtin.FV) (args, kw) -> {
            ArgSpec.noKeywords("intersection_update", kw);
            for (int i = 1; i < args.length; i++) {
                intersectionUpdate((SetObject) args[0], args[i]);
            }
            return PyNone.NONE;
        });
        m.method("pop", "($self, /)", (Builtin.F1) s -> pop((SetObject) s));
        m.method("remove", "($self, object, /)", (Builtin.F2) (s, k) -> {
            if (!discardKey((SetObject) s, k)) {
                throw PyErr.keyError(k);
            }
            return PyNone.NONE;
        });
        m.method("symmetric_difference_update", "($self, other, /)", (Builtin.F2) (s, o) -> {
            symmetricDifferenceUpdate((SetObject) s, o);
            return PyNone.NONE;
        });
        m.method("update", null, (Builtin.FV) (args, kw) -> {
            ArgSpec.noKeywords("update", kw);
            for (int i = 1; i < args.length; i++) {
                update((SetObject) args[0], args[i]);
            }
            return PyNone.NONE;
        });
        m.doc("set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of "
                + "unique elements.");
    }

    static void frozenMethods(TypeSpec.Methods m) {
        commonMethods(m);
        m.doc("frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable "
                + "unordered collection of unique elements.");
    }

    // --- operations -----------------------------------------------------------------------------------------

    static String repr(SetObject s) {
        PyType t = s.type();
        boolean frozen = s instanceof PyFrozenSet;
        String name = t.getName();
        if (s.used == 0) {
            return name + "()";
        }
        if (!ReprGuard.enter(s)) {
            return name + "(...)";
        }
        try {
            StringBuilder b = new StringBuilder();
            boolean plainSet = t == PySet.TYPE;
            if (!plainSet) {
                b.append(name).append('(');
            }
            b.append('{');
            boolean first = true;
            for (PyObject k : s.members()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Abstract.repr(k).value());
            }
            b.append('}');
            if (!plainSet) {
                b.append(')');
            }
            return b.toString();
        } finally {
            ReprGuard.leave(s);
        }
    }

    /** A set used as a key is looked up as the equal frozenset (sets themselves are unhashable). */
    private static PyObject keyFor(PyObject k) {
        if (k instanceof PySet) {
            PyFrozenSet f = new PyFrozenSet();
            f.merge((SetObject) k);
            return f;
        }
        return k;
    }

    static boolean containsKey(SetObject s, PyObject k) {
        try {
            return s.contains(k);
        } catch (PyException e) {
            if (k instanceof PySet && e.matches(ExceptionTypes.TypeError)) {
                return s.contains(keyFor(k));
            }
            throw e;
        }
    }

    private static boolean discardKey(SetObject s, PyObject k) {
        long h;
        try {
            h = Abstract.hash(k);
        } catch (PyException e) {
            if (k instanceof PySet && e.matches(ExceptionTypes.TypeError)) {
                PyObject f = keyFor(k);
                return s.discard(f, Abstract.hash(f));
            }
            throw e;
        }
        return s.discard(k, h);
    }

    private static SetObject newLike(SetObject s) {
        return s instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
    }

    static SetObject copy(SetObject s) {
        SetObject r = newLike(s);
        r.merge(s);
        return r;
    }

    /** {@code set_update_internal}. */
    static void update(SetObject s, PyObject other) {
        if (other instanceof SetObject o) {
            s.merge(o);
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            if ((s.fill + d.size()) * 5L >= s.mask() * 3L) {
                s.resize((s.used + d.size()) * 2);
            }
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                s.add(d.keys[i], d.hashes[i]);
            }
            return;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject k; (k = Abstract.next(it)) != null; ) {
            s.add(k);
        }
    }

    private static SetObject or(SetObject s, PyObject other) {
        SetObject r = copy(s);
        if (s != other) {
            update(r, other);
        }
        return r;
    }

    /** {@code set_intersection}: walks the smaller set, or the other iterable. */
    static SetObject intersection(SetObject s, PyObject other) {
        if (s == other) {
            return copy(s);
        }
        SetObject r = newLike(s);
        if (other instanceof SetObject o) {
            SetObject big = s;
            SetObject small = o;
            if (o.used > s.used) {
                big = o;
                small = s;
            }
            for (int i = small.nextEntry(0); i >= 0; i = small.nextEntry(i + 1)) {
                PyObject k = small.keys[i];
                long h = small.hashes[i];
                if (big.find(k, h) >= 0) {
                    r.add(k, h);
                }
            }
            return r;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject k; (k = Abstract.next(it)) != null; ) {
            long h = Abstract.hash(k);
            if (s.find(k, h) >= 0) {
                r.add(k, h);
            }
        }
        return r;
    }

    private static void intersectionUpdate(SetObject s, PyObject other) {
        SetObject r = intersection(s, other);
        s.keys = r.keys;
        s.hashes = r.hashes;
        s.fill = r.fill;
        s.used = r.used;
    }

    /** {@code set_difference}. */
    static SetObject difference(SetObject s, PyObject other) {
        int otherSize;
        if (other instanceof SetObject o) {
            otherSize = o.used;
        } else if (other.getClass() == PyDict.class) {
            otherSize = ((PyDict) other).size();
        } else {
            SetObject r = copy(s);
            differenceUpdate(r, other);
            return r;
        }
        if ((s.used >> 2) > otherSize) {
            SetObject r = copy(s);
            differenceUpdate(r, other);
            return r;
        }
        SetObject r = newLike(s);
        for (int i = s.nextEntry(0); i >= 0; i = s.nextEntry(i + 1)) {
            PyObject k = s.keys[i];
            long h = s.hashes[i];
            boolean in = other instanceof SetObject o ? o.find(k, h) >= 0 : ((PyDict) other).getItem(k, h) != null;
            if (!in) {
                r.add(k, h);
            }
        }
        return r;
    }

    /** {@code set_difference_update_internal}. */
    static void differenceUpdate(SetObject s, PyObject other) {
        if (s == other) {
            s.clearTable();
            return;
        }
        if (other instanceof SetObject o) {
            SetObject walk = (o.used >> 3) > s.used ? intersection(s, o) : o;
            for (int i = walk.nextEntry(0); i >= 0; i = walk.nextEntry(i + 1)) {
                s.discard(walk.keys[i], walk.hashes[i]);
            }
        } else {
            PyObject it = Abstract.getIter(other);
            for (PyObject k; (k = Abstract.next(it)) != null; ) {
                discardKey(s, k);
            }
        }
        if (s.fill - s.used > s.mask() / 4) {
            s.resize(s.used > 50000 ? s.used * 2 : s.used * 4);
        }
    }

    /** {@code set_symmetric_difference}: a set of other, updated with self. */
    static SetObject symmetricDifference(SetObject s, PyObject other) {
        SetObject r = newLike(s);
        update(r, other);
        symmetricDifferenceUpdate(r, s);
        return r;
    }

    static void symmetricDifferenceUpdate(SetObject s, PyObject other) {
        if (s == other) {
            s.clearTable();
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                if (!s.discard(d.keys[i], d.hashes[i])) {
                    s.add(d.keys[i], d.hashes[i]);
                }
            }
            return;
        }
        SetObject o = other instanceof SetObject so ? so : PySet.fromIterable(other);
        for (int i = o.nextEntry(0); i >= 0; i = o.nextEntry(i + 1)) {
            if (!s.discard(o.keys[i], o.hashes[i])) {
                s.add(o.keys[i], o.hashes[i]);
            }
        }
    }

    static boolean isSubset(SetObject s, PyObject other) {
        if (!(other instanceof SetObject o)) {
            return isSubset(s, PySet.fromIterable(other));
        }
        if (s.used > o.used) {
            return false;
        }
        for (int i = s.nextEntry(0); i >= 0; i = s.nextEntry(i + 1)) {
            if (o.find(s.keys[i], s.hashes[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(SetObject s, PyObject other) {
        if (other instanceof SetObject o) {
            return isSubset(o, s);
        }
        for (PyObject k : Abstract.iterable(other)) {
            if (!containsKey(s, k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDisjoint(SetObject s, PyObject other) {
        if (s == other) {
            return s.used == 0;
        }
        if (other instanceof SetObject o) {
            SetObject small = s.used <= o.used ? s : o;
            SetObject big = small == s ? o : s;
            for (int i = small.nextEntry(0); i >= 0; i = small.nextEntry(i + 1)) {
                if (big.find(small.keys[i], small.hashes[i]) >= 0) {
                    return false;
                }
            }
            return true;
        }
        for (PyObject k : Abstract.iterable(other)) {
            if (s.contains(k)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject pop(SetObject s) {
        if (s.used == 0) {
            throw PyErr.keyError(PyStr.of("pop from an empty set"));
        }
        PySet set = (PySet) s;
        int i = set.finger & s.mask();
        while (true) {
            PyObject k = s.keys[i];
            if (k != null && s.hashes[i] != -1) {
                break;
            }
            i++;
            if (i > s.mask()) {
                i = 0;
            }
        }
        PyObject k = s.keys[i];
        s.discard(k, s.hashes[i]);
        set.finger = i + 1;
        return k;
    }

    private static PyObject richcompare(PyObject a, PyObject b, int op) {
        if (!isAnySet(b)) {
            return NI;
        }
        SetObject x = (SetObject) a;
        SetObject y = (SetObject) b;
        return PyBool.of(switch (op) {
            case Compare.EQ -> x.used == y.used && isSubset(x, y);
            case Compare.NE -> !(x.used == y.used && isSubset(x, y));
            case Compare.LE -> isSubset(x, y);
            case Compare.GE -> isSubset(y, x);
            case Compare.LT -> x.used < y.used && isSubset(x, y);
            default -> x.used > y.used && isSubset(y, x);
        });
    }

    /** {@code set_iterator}. */
    static final class SetIter extends PyObject {
        static final PyType TYPE = new TypeSpec("set_iterator", SetIter.class)
                .slots(t -> {
                    t.tp_iter = it -> it;
                    t.tp_iternext = it -> ((SetIter) it).next();
                })
                .methods(m -> m.method("__length_hint__", "($self, /)", (Builtin.F1) it -> {
                    SetIter i = (SetIter) it;
                    return PyInt.of(i.set != null && i.expected == i.set.used ? i.remaining : 0);
                }))
                .build();

        private SetObject set;
        private final int expected;
        private int pos;
        private int remaining;

        SetIter(SetObject set) {
            this.set = set;
            this.expected = set.used;
            this.remaining = set.used;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject next() {
            SetObject s = set;
            if (s == null) {
                return null;
            }
            if (s.used != expected) {
                set = null;
                throw PyErr.runtimeError("Set changed size during iteration");
            }
            int i = s.nextEntry(pos);
            if (i < 0) {
                set = null;
                return null;
            }
            pos = i + 1;
            remaining--;
            return s.keys[i];
        }

        @Override
        public String repr() {
            return "<set_iterator object at " + Hashing.address(this) + ">";
        }
    }
}

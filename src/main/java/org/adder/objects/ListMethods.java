package org.adder.objects;

import java.util.Arrays;

/** The slots and methods of {@code list}. */
final class ListMethods {
    private ListMethods() {
    }

    static void slots(PyType t) {
        t.tp_repr = ListMethods::repr;
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_richcompare = (a, b, op) -> b instanceof PyList y
                ? Sequences.compare(((PyList) a).items, ((PyList) a).size, y.items, y.size, op)
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.tp_iter = l -> new PySeqIter.ListIter((PyList) l, false);
        t.tp_init = ListMethods::init;
        t.tp_new = (type, args, kw) -> type == PyList.TYPE ? new PyList() : new PyList.Derived(type);
        t.mp_length = l -> ((PyList) l).size;
        t.mp_subscript = ListMethods::subscript;
        t.mp_ass_subscript = ListMethods::assSubscript;
        t.sq_contains = (l, x) -> {
            PyList list = (PyList) l;
            for (int i = 0; i < list.size; i++) {
                if (Abstract.richCompareBool(list.items[i], x, Compare.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.sq_concat = ListMethods::concat;
        t.sq_repeat = (l, n) -> repeat((PyList) l, n);
        t.sq_inplace_concat = (l, other) -> {
            ((PyList) l).extend(other);
            return l;
        };
        t.sq_inplace_repeat = (l, n) -> {
            PyList list = (PyList) l;
            PyList r = repeat(list, n);
            list.items = r.items;
            list.size = r.size;
            return l;
        };
    }

    static void methods(TypeSpec.Methods m) {
        m.method("__getitem__", "($self, index, /)", (Builtin.F2) ListMethods::subscript, "Return self[index].")
                .method("__reversed__", "($self, /)", (Builtin.F1) l -> new PySeqIter.ListIter((PyList) l, true),
                        "Return a reverse iterator over the list.")
                .method("__sizeof__", "($self, /)", (Builtin.F1) l -> PyInt.of(40 + 8L * ((PyList) l).items.length),
                        "Return the size of the list in memory, in bytes.")
                .method("clear", "($self, /)", (Builtin.F1) l -> {
                    ((PyList) l).clear();
                    return PyNone.NONE;
                }, "Remove all items from list.")
                .method("copy", "($self, /)", (Builtin.F1) l -> new PyList(((PyList) l).toArray()),
                        "Return a shallow copy of the list.")
                .method("append", "($self, object, /)", (Builtin.F2) (l, x) -> {
                    ((PyList) l).append(x);
                    return PyNone.NONE;
                }, "Append object to the end of the list.")
                .method("insert", "($self, index, object, /)", (Builtin.F3) (l, i, x) -> {
                    ((PyList) l).insert((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                            Abstract.asSize(i, null))), x);
                    return PyNone.NONE;
                }, "Insert object before index.")
                .method("extend", "($self, iterable, /)", (Builtin.F2) (l, it) -> {
                    ((PyList) l).extend(it);
                    return PyNone.NONE;
                }, "Extend list by appending elements from the iterable.")
                .method("pop", "($self, index=-1, /)", (Builtin.F2) ListMethods::pop,
                        "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index "
                                + "is out of range.")
                .method("remove", "($self, value, /)", (Builtin.F2) ListMethods::removeValue,
                        "Remove first occurrence of value.\n\nRaises ValueError if the value is not present.")
                .method("index", "($self, value, start=0, stop=sys.maxsize, /)", (Builtin.F4) ListMethods::index,
                        "Return first index of value.\n\nRaises ValueError if the value is not present.")
                .method("count", "($self, value, /)", (Builtin.F2) (l, x) -> {
                    PyList list = (PyList) l;
                    long n = 0;
                    for (int i = 0; i < list.size; i++) {
                        if (Abstract.richCompareBool(list.items[i], x, Compare.EQ)) {
                            n++;
                        }
                    }
                    return PyInt.of(n);
                }, "Return number of occurrences of value.")
                .method("reverse", "($self, /)", (Builtin.F1) l -> {
                    PyList list = (PyList) l;
                    Sequences.reverse(list.items, 0, list.size);
                    return PyNone.NONE;
                }, "Reverse *IN PLACE*.")
                .method("sort", "($self, /, *, key=None, reverse=False)", (Builtin.F3) ListMethods::sort,
                        "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself "
                                + "is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf "
                                + "a key function is given, apply it once to each list item and sort them,\nascending or "
                                + "descending, according to their function values.\n\nThe reverse flag can be set to "
                                + "sort in descending order.")
                .classmethod("__class_getitem__", "($type, item, /)", (Builtin.F2) GenericAlias::of)
                .doc("Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
                        + "The argument must be an iterable if specified.");
    }

    private static PyObject repr(PyObject o) {
        PyList l = (PyList) o;
        if (l.size == 0) {
            return PyStr.of("[]");
        }
        if (!ReprGuard.enter(l)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(Abstract.repr(l.items[i]).value());
            }
            return PyStr.of(b.append(']').toString());
        } finally {
            ReprGuard.leave(l);
        }
    }

    private static void init(PyObject self, PyObject[] args, PyTuple kw) {
        ArgSpec.noKeywords("list", kw);
        if (args.length > 1) {
            throw PyErr.typeError("list expected at most 1 argument, got " + args.length);
        }
        PyList l = (PyList) self;
        l.clear();
        if (args.length == 1) {
            l.extend(args[0]);
        }
    }

    static PyObject subscript(PyObject o, PyObject key) {
        PyList l = (PyList) o;
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.bounds(l.size);
            PyObject[] out = new PyObject[(int) b.length()];
            for (int i = 0, j = (int) b.start(); i < out.length; i++, j += (int) b.step()) {
                out[i] = l.items[j];
            }
            return new PyList(out);
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("list indices must be integers or slices, not " + key.type().getName());
        }
        long i = Abstract.asSize(key, ExceptionTypes.IndexError);
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw PyErr.indexError("list index out of range");
        }
        return l.items[(int) i];
    }

    private static void assSubscript(PyObject o, PyObject key, PyObject value) {
        PyList l = (PyList) o;
        if (key instanceof PySlice s) {
            assignSlice(l, s, value);
            return;
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("list indices must be integers or slices, not " + key.type().getName());
        }
        long i = Abstract.asSize(key, ExceptionTypes.IndexError);
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw PyErr.indexError(value == null ? "list assignment index out of range"
                    : "list assignment index out of range");
        }
        if (value == null) {
            l.remove((int) i);
        } else {
            l.items[(int) i] = value;
        }
    }

    /** {@code l[a:b:c] = value} and {@code del l[a:b:c]}. */
    private static void assignSlice(PyList l, PySlice s, PyObject value) {
        PySlice.Bounds b = s.bounds(l.size);
        int start = (int) b.start();
        int step = (int) b.step();
        int n = (int) b.length();
        if (value == null) {
            if (step == 1) {
                deleteRange(l, start, start + n);
                return;
            }
            boolean[] gone = new boolean[l.size];
            for (int i = 0, j = start; i < n; i++, j += step) {
                gone[j] = true;
            }
            int w = 0;
            for (int i = 0; i < l.size; i++) {
                if (!gone[i]) {
                    l.items[w++] = l.items[i];
                }
            }
            Arrays.fill(l.items, w, l.size, null);
            l.size = w;
            return;
        }
        PyObject[] src = value == l ? l.toArray() : Sequences.fastItems(value,
                step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        if (step == 1) {
            int stop = Math.max(start, (int) b.stop());
            replaceRange(l, start, stop, src);
            return;
        }
        if (src.length != n) {
            throw PyErr.valueError("attempt to assign sequence of size " + src.length + " to extended slice of size " + n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            l.items[j] = src[i];
        }
    }

    private static void deleteRange(PyList l, int from, int to) {
        if (to <= from) {
            return;
        }
        System.arraycopy(l.items, to, l.items, from, l.size - to);
        Arrays.fill(l.items, l.size - (to - from), l.size, null);
        l.size -= to - from;
    }

    private static void replaceRange(PyList l, int from, int to, PyObject[] src) {
        int removed = to - from;
        int delta = src.length - removed;
        l.ensureCapacity(l.size + Math.max(delta, 0));
        System.arraycopy(l.items, to, l.items, to + delta, l.size - to);
        System.arraycopy(src, 0, l.items, from, src.length);
        if (delta < 0) {
            Arrays.fill(l.items, l.size + delta, l.size, null);
        }
        l.size += delta;
    }

    private static PyObject concat(PyObject a, PyObject b) {
        if (!(b instanceof PyList y)) {
            throw PyErr.typeError("can only concatenate list (not \"" + b.type().getName() + "\") to list");
        }
        PyList x = (PyList) a;
        long n = (long) x.size + y.size;
        if (n > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        PyObject[] out = Arrays.copyOf(x.items, (int) n);
        System.arraycopy(y.items, 0, out, x.size, y.size);
        return new PyList(out);
    }

    private static PyList repeat(PyList l, long n) {
        if (n <= 0 || l.size == 0) {
            return new PyList();
        }
        long total = n * l.size;
        if (total / n != l.size || total > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        PyObject[] out = new PyObject[(int) total];
        for (int i = 0; i < n; i++) {
            System.arraycopy(l.items, 0, out, i * l.size, l.size);
        }
        return new PyList(out);
    }

    private static PyObject pop(PyObject o, PyObject index) {
        PyList l = (PyList) o;
        if (l.size == 0) {
            throw PyErr.indexError("pop from empty list");
        }
        long i = Abstract.asSize(index, ExceptionTypes.IndexError);
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw PyErr.indexError("pop index out of range");
        }
        return l.remove((int) i);
    }

    private static PyObject removeValue(PyObject o, PyObject x) {
        PyList l = (PyList) o;
        for (int i = 0; i < l.size; i++) {
            if (Abstract.richCompareBool(l.items[i], x, Compare.EQ)) {
                if (i < l.size) {
                    l.remove(i);
                }
                return PyNone.NONE;
            }
        }
        throw PyErr.valueError("list.remove(x): x not in list");
    }

    private static PyObject index(PyObject o, PyObject x, PyObject startObj, PyObject stopObj) {
        PyList l = (PyList) o;
        long start = Sequences.clampIndex(startObj, l.size);
        long stop = Sequences.clampIndex(stopObj, l.size);
        for (long i = start; i < stop && i < l.size; i++) {
            if (Abstract.richCompareBool(l.items[(int) i], x, Compare.EQ)) {
                return PyInt.of(i);
            }
        }
        throw PyErr.valueError(Abstract.repr(x).value() + " is not in list");
    }

    /**
     * {@code list.sort}: a stable sort using only {@code <}. While it runs the list looks empty, so that
     * mutation by a key function or comparison is detected ("list modified during sort").
     */
    private static PyObject sort(PyObject o, PyObject key, PyObject reverse) {
        PyList l = (PyList) o;
        boolean rev = Abstract.isTrue(reverse);
        PyObject[] saved = l.items;
        int n = l.size;
        l.items = new PyObject[0];
        l.size = 0;
        PyObject[] values = Arrays.copyOf(saved, n);
        try {
            PyObject[] keys = values;
            if (key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, values[i]);
                }
            }
            // reversing before and after keeps equal items in their original order
            if (rev) {
                Sequences.reverse(keys, 0, n);
                if (keys != values) {
                    Sequences.reverse(values, 0, n);
                }
            }
            ListSort.sort(keys, keys == values ? null : values, n);
            if (rev) {
                Sequences.reverse(keys, 0, n);
                if (keys != values) {
                    Sequences.reverse(values, 0, n);
                }
            }
        } catch (PyException e) {
            l.items = values;
            l.size = n;
            throw e;
        }
        boolean modified = l.size != 0 || l.items.length != 0;
        l.items = values;
        l.size = n;
        if (modified) {
            throw PyErr.valueError("list modified during sort");
        }
        return PyNone.NONE;
    }
}

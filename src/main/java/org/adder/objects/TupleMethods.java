package org.adder.objects;

import java.util.List;

/** The slots and methods of {@code tuple}. */
final class TupleMethods {
    private TupleMethods() {
    }

    static void slots(PyType t) {
        t.tp_repr = o -> PyStr.of(o.repr());
        t.tp_hash = o -> o.hash();
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_richcompare = (a, b, op) -> b instanceof PyTuple y
                ? Sequences.compare(((PyTuple) a).items, ((PyTuple) a).items.length, y.items, y.items.length, op)
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.tp_iter = o -> new PySeqIter.TupleIter((PyTuple) o);
        t.tp_new = TupleMethods::create;
        t.mp_length = o -> ((PyTuple) o).items.length;
        t.mp_subscript = TupleMethods::subscript;
        t.sq_contains = (o, x) -> {
            for (PyObject item : ((PyTuple) o).items) {
                if (Abstract.richCompareBool(item, x, Compare.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.sq_concat = TupleMethods::concat;
        t.sq_repeat = TupleMethods::repeat;
    }

    static void methods(TypeSpec.Methods m) {
        m.method("index", "($self, value, start=0, stop=sys.maxsize, /)", (Builtin.F4) TupleMethods::index,
                        "Return first index of value.\n\nRaises ValueError if the value is not present.")
                .method("count", "($self, value, /)", (Builtin.F2) (o, x) -> {
                    long n = 0;
                    for (PyObject item : ((PyTuple) o).items) {
                        if (Abstract.richCompareBool(item, x, Compare.EQ)) {
                            n++;
                        }
                    }
                    return PyInt.of(n);
                }, "Return number of occurrences of value.")
                .method("__getnewargs__", "($self, /)", (Builtin.F1) o -> PyTuple.of(PyTuple.wrap(((PyTuple) o).items.clone())))
                .classmethod("__class_getitem__", "($type, item, /)", (Builtin.F2) GenericAlias::of)
                .doc("Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
                        + "If iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument "
                        + "is a tuple, the return value is the same object.");
    }

    private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
        if (type == PyTuple.TYPE) {
            ArgSpec.noKeywords("tuple", kw);
        }
        int npos = args.length - (kw == null ? 0 : kw.size());
        if (npos > 1) {
            throw PyErr.typeError("tuple expected at most 1 argument, got " + npos);
        }
        if (type != PyTuple.TYPE) {
            PyObject[] items = npos == 0 ? new PyObject[0] : toArray(args[0]);
            return new PyTuple.Derived(type, items);
        }
        if (npos == 0) {
            return PyTuple.EMPTY;
        }
        if (args[0].getClass() == PyTuple.class) {
            return args[0];
        }
        return PyTuple.wrap(toArray(args[0]));
    }

    static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyList l) {
            return l.toArray();
        }
        List<PyObject> items = PyList.listOf(iterable);
        return items.toArray(new PyObject[0]);
    }

    private static PyObject subscript(PyObject o, PyObject key) {
        PyTuple t = (PyTuple) o;
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.bounds(t.items.length);
            if (b.step() == 1 && b.length() == t.items.length && o.getClass() == PyTuple.class) {
                return o;
            }
            PyObject[] out = new PyObject[(int) b.length()];
            for (int i = 0, j = (int) b.start(); i < out.length; i++, j += (int) b.step()) {
                out[i] = t.items[j];
            }
            return PyTuple.wrap(out);
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("tuple indices must be integers or slices, not " + key.type().getName());
        }
        long i = Abstract.asSize(key, ExceptionTypes.IndexError);
        if (i < 0) {
            i += t.items.length;
        }
        if (i < 0 || i >= t.items.length) {
            throw PyErr.indexError("tuple index out of range");
        }
        return t.items[(int) i];
    }

    private static PyObject concat(PyObject a, PyObject b) {
        if (!(b instanceof PyTuple y)) {
            throw PyErr.typeError("can only concatenate tuple (not \"" + b.type().getName() + "\") to tuple");
        }
        PyTuple x = (PyTuple) a;
        if (y.items.length == 0 && a.getClass() == PyTuple.class) {
            return a;
        }
        if (x.items.length == 0 && b.getClass() == PyTuple.class) {
            return b;
        }
        PyObject[] out = new PyObject[x.items.length + y.items.length];
        System.arraycopy(x.items, 0, out, 0, x.items.length);
        System.arraycopy(y.items, 0, out, x.items.length, y.items.length);
        return PyTuple.wrap(out);
    }

    private static PyObject repeat(PyObject o, long n) {
        PyTuple t = (PyTuple) o;
        if (n == 1 && o.getClass() == PyTuple.class) {
            return o;
        }
        if (n <= 0 || t.items.length == 0) {
            return PyTuple.EMPTY;
        }
        long total = n * t.items.length;
        if (total / n != t.items.length || total > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        PyObject[] out = new PyObject[(int) total];
        for (int i = 0; i < n; i++) {
            System.arraycopy(t.items, 0, out, i * t.items.length, t.items.length);
        }
        return PyTuple.wrap(out);
    }

    private static PyObject index(PyObject o, PyObject x, PyObject startObj, PyObject stopObj) {
        PyTuple t = (PyTuple) o;
        long start = Sequences.clampIndex(startObj, t.items.length);
        long stop = Sequences.clampIndex(stopObj, t.items.length);
        for (long i = start; i < stop && i < t.items.length; i++) {
            if (Abstract.richCompareBool(t.items[(int) i], x, Compare.EQ)) {
                return PyInt.of(i);
            }
        }
        throw PyErr.valueError("tuple.index(x): x not in tuple");
    }
}

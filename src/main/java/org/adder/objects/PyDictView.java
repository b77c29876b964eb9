package org.adder.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views of a dict. Keys and items views
 * are set-like: they compare and combine with sets and other iterables as CPython's do.
 */
public final class PyDictView extends PyObject {
    private static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};
    private static final PyType[] TYPES = new PyType[3];

    static {
        for (int k = 0; k < 3; k++) {
            TYPES[k] = type(k);
        }
    }

    private static PyType type(int kind) {
        boolean setLike = kind != PyDictIter.VALUES;
        return new TypeSpec(NAMES[kind], PyDictView.class)
                .slots(t -> {
                    t.tp_repr = PyDictView::repr;
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                    t.tp_iter = v -> new PyDictIter(((PyDictView) v).dict, ((PyDictView) v).kind, false);
                    t.mp_length = v -> ((PyDictView) v).dict.size();
                    if (setLike) {
                        t.tp_richcompare = PyDictView::richcompare;
                        t.nb_subtract = (a, b) -> setOp(a, b, "difference");
                        t.nb_and = (a, b) -> setOp(a, b, "intersection");
                        t.nb_xor = (a, b) -> setOp(a, b, "symmetric_difference");
                        t.nb_or = (a, b) -> setOp(a, b, "union");
                        t.sq_contains = PyDictView::contains;
                        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
                    }
                })
                .methods(m -> {
                    if (setLike) {
                        m.method("isdisjoint", "($self, other, /)", (Builtin.F2) PyDictView::isdisjoint);
                    }
                    m.method("__reversed__", "($self, /)", (Builtin.F1) v ->
                            new PyDictIter(((PyDictView) v).dict, ((PyDictView) v).kind, true));
                    m.getset("mapping", v -> new PyMappingProxy(((PyDictView) v).dict), null, null);
                })
                .build();
    }

    final PyDict dict;
    final int kind;

    PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }

    private static PyObject repr(PyObject o) {
        PyDictView v = (PyDictView) o;
        if (!ReprGuard.enter(v)) {
            return PyStr.of("...");
        }
        try {
            return PyStr.of(NAMES[v.kind] + "(" + Abstract.repr(PyList.of(items(v))).value() + ")");
        } finally {
            ReprGuard.leave(v);
        }
    }

    private static List<PyObject> items(PyDictView v) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject x : Abstract.iterable(v)) {
            out.add(x);
        }
        return out;
    }

    private static boolean contains(PyObject o, PyObject item) {
        PyDictView v = (PyDictView) o;
        if (v.kind == PyDictIter.KEYS) {
            return v.dict.containsKey(item);
        }
        if (!(item instanceof PyTuple t) || t.size() != 2) {
            return false;
        }
        PyObject value = v.dict.getItem(t.get(0));
        return value != null && Abstract.richCompareBool(value, t.get(1), Compare.EQ);
    }

    /** Set operations produce sets: {@code set(a).op(b)}, either operand possibly a view. */
    private static PyObject setOp(PyObject a, PyObject b, String op) {
        PyObject left = a instanceof PyDictView ? a : b;
        PyObject right = left == a ? b : a;
        if (!(right instanceof PyDictView) && !isIterable(right)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet s = PySet.fromIterable(a);
        return Abstract.callMethod(s, op.equals("union") ? "union" : op, b);
    }

    private static boolean isIterable(PyObject o) {
        return o.type().tp_iter != null || Abstract.isSequence(o);
    }

    private static PyObject isdisjoint(PyObject self, PyObject other) {
        for (PyObject x : Abstract.iterable(other)) {
            if (contains(self, x)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    /** Set-like comparison with sets, frozensets and other keys/items views. */
    private static PyObject richcompare(PyObject a, PyObject b, int op) {
        if (!(b instanceof PySet || b instanceof PyFrozenSet || (b instanceof PyDictView bv && bv.kind != PyDictIter.VALUES))) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long la = Abstract.length(a);
        long lb = Abstract.length(b);
        boolean r = switch (op) {
            case Compare.EQ -> la == lb && allContained(a, b);
            case Compare.NE -> !(la == lb && allContained(a, b));
            case Compare.LT -> la < lb && allContained(a, b);
            case Compare.LE -> la <= lb && allContained(a, b);
            case Compare.GT -> la > lb && allContained(b, a);
            default -> la >= lb && allContained(b, a);
        };
        return PyBool.of(r);
    }

    private static boolean allContained(PyObject small, PyObject big) {
        for (PyObject x : Abstract.iterable(small)) {
            if (!Abstract.contains(big, x)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }
}

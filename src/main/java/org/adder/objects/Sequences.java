package org.adder.objects;

import java.util.List;

/** Operations list, tuple and the other sequences share. */
final class Sequences {
    private Sequences() {
    }

    /** Lexicographic comparison of two item arrays, as list and tuple compare. */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int i = 0;
        while (i < na && i < nb) {
            if (!Abstract.richCompareBool(a[i], b[i], Compare.EQ)) {
                break;
            }
            i++;
        }
        if (i >= na || i >= nb) {
            return PyBool.of(Compare.test(Integer.compare(na, nb), op));
        }
        if (op == Compare.EQ) {
            return PyBool.FALSE;
        }
        if (op == Compare.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(a[i], b[i], op);
    }

    static void reverse(PyObject[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code PySequence_Fast}: the items of a list or tuple as they are, or of any iterable. */
    static PyObject[] fastItems(PyObject o, String message) {
        if (o instanceof PyList l) {
            return l.toArray();
        }
        if (o instanceof PyTuple t) {
            return t.items().toArray(new PyObject[0]);
        }
        PyObject it;
        try {
            it = Abstract.getIter(o);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw PyErr.typeError(message);
            }
            throw e;
        }
        List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    /** A start or stop argument of {@code index()}: negative counts from the end, clipped to [0, length]. */
    static long clampIndex(PyObject v, int length) {
        long i = Abstract.asSize(v, null);
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = 0;
            }
        }
        return i;
    }
}

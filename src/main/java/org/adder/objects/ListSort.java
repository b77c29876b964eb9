package org.adder.objects;

/**
 * The sort behind {@code list.sort} and {@code sorted}: stable, and using only the {@code <} of the keys
 * (so a class needs nothing but {@code __lt__}). Keys and values move together when they differ.
 */
final class ListSort {
    private ListSort() {
    }

    private static boolean lt(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.fitsLong() && y.fitsLong()) {
                return x.longValue() < y.longValue();
            }
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return PyStr.compare(((PyStr) a).value(), ((PyStr) b).value()) < 0;
        }
        return Abstract.richCompareBool(a, b, Compare.LT);
    }

    /** Sorts keys[0..n) (and values alongside when not null). */
    static void sort(PyObject[] keys, PyObject[] values, int n) {
        if (n < 2) {
            return;
        }
        PyObject[] kt = new PyObject[n];
        PyObject[] vt = values == null ? null : new PyObject[n];
        mergeSort(keys, values, kt, vt, 0, n);
    }

    private static void mergeSort(PyObject[] k, PyObject[] v, PyObject[] kt, PyObject[] vt, int lo, int hi) {
        if (hi - lo <= 16) {
            insertion(k, v, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(k, v, kt, vt, lo, mid);
        mergeSort(k, v, kt, vt, mid, hi);
        if (!lt(k[mid], k[mid - 1])) {
            return;
        }
        System.arraycopy(k, lo, kt, lo, mid - lo);
        if (v != null) {
            System.arraycopy(v, lo, vt, lo, mid - lo);
        }
        int i = lo;
        int j = mid;
        int w = lo;
        while (i < mid && j < hi) {
            if (lt(k[j], kt[i])) {
                if (v != null) {
                    v[w] = v[j];
                }
                k[w++] = k[j++];
            } else {
                if (v != null) {
                    v[w] = vt[i];
                }
                k[w++] = kt[i++];
            }
        }
        while (i < mid) {
            if (v != null) {
                v[w] = vt[i];
            }
            k[w++] = kt[i++];
        }
    }

    /** Binary insertion sort of a short run, as timsort does below its minimum run length. */
    private static void insertion(PyObject[] k, PyObject[] v, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            PyObject pivot = k[i];
            PyObject pv = v == null ? null : v[i];
            int l = lo;
            int r = i;
            while (l < r) {
                int m = (l + r) >>> 1;
                if (lt(pivot, k[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            System.arraycopy(k, l, k, l + 1, i - l);
            k[l] = pivot;
            if (v != null) {
                System.arraycopy(v, l, v, l + 1, i - l);
                v[l] = pv;
            }
        }
    }
}

package org.adder.objects;

/**
 * {@code str.find}, rfind, index, rindex, count, startswith and endswith: the methods taking
 * {@code (sub[, start[, end]])}, which CPython parses with PyArg_ParseTuple and so words its errors that way.
 */
final class StrSearch {
    private StrSearch() {
    }

    static PyObject count(PyObject[] a, PyTuple kw) {
        return PyInt.of(count(args(a, kw, "count")));
    }

    static PyObject find(PyObject[] a, PyTuple kw, boolean forward) {
        return PyInt.of(find(args(a, kw, forward ? "find" : "rfind"), forward));
    }

    static PyObject index(PyObject[] a, PyTuple kw, boolean forward) {
        return PyInt.of(index(args(a, kw, forward ? "index" : "rindex"), forward));
    }

    /** The haystack, the needle and the adjusted start and end. */
    private record Args(PyStr self, PyObject subObj, int start, int end) {
        PyStr sub() {
            if (!(subObj instanceof PyStr p)) {
                throw PyErr.typeError("must be str, not " + subObj.type().getName());
            }
            return p;
        }

        /** True when Java indices are Python ones for both strings. */
        boolean bmp(PyStr sub) {
            return self.isBmp() && sub.isBmp();
        }

        boolean tooShort(int sublength) {
            return start > self.length() || end - start < sublength;
        }
    }

    private static Args args(PyObject[] a, PyTuple kw, String name) {
        ArgSpec.noKeywords(name, kw);
        int n = a.length - 1;
        if (n < 1) {
            throw PyErr.typeError(name + "() takes at least 1 argument (" + n + " given)");
        }
        if (n > 3) {
            throw PyErr.typeError(name + "() takes at most 3 arguments (" + n + " given)");
        }
        PyStr s = (PyStr) a[0];
        int[] se = StrMethods.bounds(s.length(), n > 1 ? a[2] : null, n > 2 ? a[3] : null);
        return new Args(s, a[1], se[0], se[1]);
    }

    private static long count(Args a) {
        PyStr sub = a.sub();
        if (a.tooShort(sub.length())) {
            return 0;
        }
        if (sub.length() == 0) {
            return a.end - a.start + 1;
        }
        long n = 0;
        if (a.bmp(sub)) {
            String v = a.self.value();
            String p = sub.value();
            for (int i = v.indexOf(p, a.start); i >= 0 && i + p.length() <= a.end; i = v.indexOf(p, i + p.length())) {
                n++;
            }
            return n;
        }
        int[] s = a.self.codePoints();
        int[] t = sub.codePoints();
        for (int i = a.start; i + t.length <= a.end; ) {
            if (matchAt(s, t, i)) {
                n++;
                i += t.length;
            } else {
                i++;
            }
        }
        return n;
    }

    private static long find(Args a, boolean forward) {
        PyStr sub = a.sub();
        if (a.tooShort(sub.length())) {
            return -1;
        }
        if (a.bmp(sub)) {
            String v = a.self.value();
            String p = sub.value();
            int i = forward ? v.indexOf(p, a.start) : v.lastIndexOf(p, a.end - p.length());
            return i >= a.start && i + p.length() <= a.end ? i : -1;
        }
        int[] s = a.self.codePoints();
        int[] t = sub.codePoints();
        if (forward) {
            for (int i = a.start; i + t.length <= a.end; i++) {
                if (matchAt(s, t, i)) {
                    return i;
                }
            }
        } else {
            for (int i = a.end - t.length; i >= a.start; i--) {
                if (matchAt(s, t, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static long index(Args a, boolean forward) {
        long i = find(a, forward);
        if (i < 0) {
            throw PyErr.valueError("substring not found");
        }
        return i;
    }

    static boolean matchAt(int[] s, int[] t, int at) {
        for (int j = 0; j < t.length; j++) {
            if (s[at + j] != t[j]) {
                return false;
            }
        }
        return true;
    }

    static PyObject affix(PyObject[] a, PyTuple kw, boolean start) {
        String name = start ? "startswith" : "endswith";
        Args x = args(a, kw, name);
        if (x.subObj instanceof PyTuple t) {
            for (PyObject p : t) {
                if (!(p instanceof PyStr ps)) {
                    throw PyErr.typeError("tuple for " + name + " must only contain str, not " + p.type().getName());
                }
                if (matchAffix(x, ps, start)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(x.subObj instanceof PyStr ps)) {
            throw PyErr.typeError(name + " first arg must be str or a tuple of str, not " + x.subObj.type().getName());
        }
        return PyBool.of(matchAffix(x, ps, start));
    }

    private static boolean matchAffix(Args a, PyStr p, boolean start) {
        int n = p.length();
        if (a.tooShort(n)) {
            return false;
        }
        if (a.bmp(p)) {
            return a.self.value().startsWith(p.value(), start ? a.start : a.end - n);
        }
        return matchAt(a.self.codePoints(), p.codePoints(), start ? a.start : a.end - n);
    }
}

package org.adder.objects;

import java.util.Arrays;

/** {@code str.maketrans} and {@code str.translate}. */
final class StrTranslate {
    private StrTranslate() {
    }

    static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        PyDict out = new PyDict();
        if (y != null) {
            PyStr from = argument(y, 2);
            if (!(x instanceof PyStr xs)) {
                throw PyErr.typeError("first maketrans argument must be a string if there is a second argument");
            }
            int[] a = xs.codePoints();
            int[] b = from.codePoints();
            if (a.length != b.length) {
                throw PyErr.valueError("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < a.length; i++) {
                out.setItem(PyInt.of(a[i]), PyInt.of(b[i]));
            }
            if (z != null) {
                for (int c : argument(z, 3).codePoints()) {
                    out.setItem(PyInt.of(c), PyNone.NONE);
                }
            }
            return out;
        }
        if (!(x instanceof PyDict d)) {
            throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
        }
        for (PyObject[] kv : d.itemList()) {
            PyObject key = kv[0];
            if (key instanceof PyStr ks) {
                if (ks.length() != 1) {
                    throw PyErr.valueError("string keys in translate table must be of length 1");
                }
                out.setItem(PyInt.of(ks.codePoints()[0]), kv[1]);
            } else if (key instanceof PyInt) {
                out.setItem(key, kv[1]);
            } else {
                throw PyErr.typeError("keys in translate table must be strings or integers");
            }
        }
        return out;
    }

    private static PyStr argument(PyObject v, int n) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("maketrans() argument " + n + " must be str, not "
                    + (v == PyNone.NONE ? "None" : v.type().getName()));
        }
        return s;
    }

    /** Maps each character through {@code table[ord(c)]}: a LookupError keeps it, None deletes it. */
    static PyObject translate(PyStr s, PyObject table) {
        int[] cps = s.codePoints();
        int[] out = new int[cps.length];
        int k = 0;
        for (int c : cps) {
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(c));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.LookupError)) {
                    throw e;
                }
                r = null;
            }
            int[] add;
            if (r == null) {
                add = new int[] {c};
            } else if (r == PyNone.NONE) {
                add = new int[0];
            } else if (r instanceof PyInt i) {
                long v = i.fitsLong() ? i.longValue() : -1;
                if (v < 0 || v > 0x10ffff) {
                    throw PyErr.valueError("character mapping must be in range(0x110000)");
                }
                add = new int[] {(int) v};
            } else if (r instanceof PyStr rs) {
                add = rs.codePoints();
            } else {
                throw PyErr.typeError("character mapping must return integer, None or str");
            }
            if (k + add.length > out.length) {
                out = Arrays.copyOf(out, Math.max(k + add.length, out.length * 2));
            }
            System.arraycopy(add, 0, out, k, add.length);
            k += add.length;
        }
        return PyStr.fromCodePoints(Arrays.copyOf(out, k));
    }
}

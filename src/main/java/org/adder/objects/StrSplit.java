package org.adder.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** {@code str.split}, rsplit, splitlines, partition and rpartition. */
final class StrSplit {
    private StrSplit() {
    }

    /** A Py_ssize_t argument as Argument Clinic converts it. */
    static long ssize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.fitsLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    static PyList split(PyStr s, PyObject sepObj, long maxsplit, boolean right) {
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int[] cps = s.codePoints();
        List<PyObject> out = new ArrayList<>();
        if (sepObj == PyNone.NONE) {
            if (right) {
                splitWhitespaceRight(cps, maxsplit, out);
            } else {
                splitWhitespace(cps, maxsplit, out);
            }
            return PyList.of(out);
        }
        if (!(sepObj instanceof PyStr sep)) {
            throw PyErr.typeError("must be str or None, not " + sepObj.type().getName());
        }
        int[] p = sep.codePoints();
        if (p.length == 0) {
            throw PyErr.valueError("empty separator");
        }
        if (right) {
            int end = cps.length;
            for (int i = cps.length - p.length; maxsplit > 0 && i >= 0; i--) {
                if (StrSearch.matchAt(cps, p, i)) {
                    out.add(slice(cps, i + p.length, end));
                    end = i;
                    i -= p.length - 1;
                    maxsplit--;
                }
            }
            out.add(slice(cps, 0, end));
            Collections.reverse(out);
        } else {
            int from = 0;
            for (int i = 0; maxsplit > 0 && i + p.length <= cps.length; i++) {
                if (StrSearch.matchAt(cps, p, i)) {
                    out.add(slice(cps, from, i));
                    from = i + p.length;
                    i = from - 1;
                    maxsplit--;
                }
            }
            out.add(slice(cps, from, cps.length));
        }
        return PyList.of(out);
    }

    private static void splitWhitespace(int[] cps, long maxsplit, List<PyObject> out) {
        int i = 0;
        int n = cps.length;
        while (true) {
            while (i < n && StrType.isSpace(cps[i])) {
                i++;
            }
            if (i >= n) {
                return;
            }
            if (maxsplit-- <= 0) {
                out.add(slice(cps, i, n));
                return;
            }
            int j = i;
            while (j < n && !StrType.isSpace(cps[j])) {
                j++;
            }
            out.add(slice(cps, i, j));
            i = j;
        }
    }

    private static void splitWhitespaceRight(int[] cps, long maxsplit, List<PyObject> out) {
        int i = cps.length;
        while (true) {
            while (i > 0 && StrType.isSpace(cps[i - 1])) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            if (maxsplit-- <= 0) {
                out.add(slice(cps, 0, i));
                break;
            }
            int j = i;
            while (j > 0 && !StrType.isSpace(cps[j - 1])) {
                j--;
            }
            out.add(slice(cps, j, i));
            i = j;
        }
        Collections.reverse(out);
    }

    static PyObject partition(PyStr s, PyObject sepObj, boolean right) {
        if (!(sepObj instanceof PyStr sep)) {
            throw PyErr.typeError("must be str, not " + sepObj.type().getName());
        }
        int[] cps = s.codePoints();
        int[] p = sep.codePoints();
        if (p.length == 0) {
            throw PyErr.valueError("empty separator");
        }
        if (right) {
            for (int i = cps.length - p.length; i >= 0; i--) {
                if (StrSearch.matchAt(cps, p, i)) {
                    return PyTuple.of(slice(cps, 0, i), sep, slice(cps, i + p.length, cps.length));
                }
            }
            return PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, whole(s));
        }
        for (int i = 0; i + p.length <= cps.length; i++) {
            if (StrSearch.matchAt(cps, p, i)) {
                return PyTuple.of(slice(cps, 0, i), sep, slice(cps, i + p.length, cps.length));
            }
        }
        return PyTuple.of(whole(s), PyStr.EMPTY, PyStr.EMPTY);
    }

    private static PyStr whole(PyStr s) {
        return s.getClass() == PyStr.class ? s : PyStr.fromCodePoints(s.codePoints());
    }

    /** Lines end at \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85, U+2028 and U+2029. */
    static PyObject splitlines(PyStr s, boolean keepends) {
        int[] cps = s.codePoints();
        List<PyObject> out = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            int start = i;
            while (i < cps.length && !isLineBreak(cps[i])) {
                i++;
            }
            int eol = i;
            if (i < cps.length) {
                i += cps[i] == '\r' && i + 1 < cps.length && cps[i + 1] == '\n' ? 2 : 1;
                if (keepends) {
                    eol = i;
                }
            }
            out.add(slice(cps, start, eol));
        }
        return PyList.of(out);
    }

    static boolean isLineBreak(int c) {
        return switch (c) {
            case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    private static PyStr slice(int[] cps, int from, int to) {
        return PyStr.fromCodePoints(Arrays.copyOfRange(cps, from, to));
    }
}

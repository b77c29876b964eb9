package org.adder.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** split, rsplit, splitlines, partition and rpartition of bytes and bytearray. */
final class BytesSplit {
    private BytesSplit() {
    }

    static PyObject split(PyObject self, PyObject sepObj, PyObject maxObj, boolean fromRight) {
        long max = Abstract.asSize(maxObj, ExceptionTypes.OverflowError);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        byte[] v = BytesMethods.data(self);
        List<PyObject> parts = new ArrayList<>();
        if (sepObj == PyNone.NONE) {
            whitespace(self, v, max, fromRight, parts);
        } else {
            byte[] sep = Buffers.bytesOf(sepObj);
            if (sep.length == 0) {
                throw PyErr.valueError("empty separator");
            }
            if (!fromRight) {
                int i = 0;
                for (int at; max > 0 && (at = BytesMethods.indexOf(v, sep, i, v.length)) >= 0; max--) {
                    parts.add(piece(self, v, i, at));
                    i = at + sep.length;
                }
                parts.add(piece(self, v, i, v.length));
            } else {
                int j = v.length;
                for (int at; max > 0 && (at = BytesMethods.lastIndexOf(v, sep, 0, j)) >= 0; max--) {
                    parts.add(piece(self, v, at + sep.length, j));
                    j = at;
                }
                parts.add(piece(self, v, 0, j));
                Collections.reverse(parts);
            }
        }
        return new PyList(parts.toArray(PyObject[]::new));
    }

    private static PyObject piece(PyObject self, byte[] v, int from, int to) {
        return BytesMethods.make(self, Arrays.copyOfRange(v, from, to));
    }

    private static boolean space(byte[] v, int i) {
        return BytesMethods.isSpace(v[i] & 0xff);
    }

    private static void whitespace(PyObject self, byte[] v, long max, boolean fromRight, List<PyObject> parts) {
        if (!fromRight) {
            int i = 0;
            int n = v.length;
            while (true) {
                while (i < n && space(v, i)) {
                    i++;
                }
                if (i == n) {
                    return;
                }
                if (max-- == 0) {
                    parts.add(piece(self, v, i, n));
                    return;
                }
                int j = i;
                while (j < n && !space(v, j)) {
                    j++;
                }
                parts.add(piece(self, v, i, j));
                i = j;
            }
        }
        int j = v.length;
        while (true) {
            while (j > 0 && space(v, j - 1)) {
                j--;
            }
            if (j == 0) {
                break;
            }
            if (max-- == 0) {
                parts.add(piece(self, v, 0, j));
                break;
            }
            int i = j;
            while (i > 0 && !space(v, i - 1)) {
                i--;
            }
            parts.add(piece(self, v, i, j));
            j = i;
        }
        Collections.reverse(parts);
    }

    static PyObject splitlines(PyObject self, PyObject keepObj) {
        boolean keep = Abstract.isTrue(keepObj);
        byte[] v = BytesMethods.data(self);
        List<PyObject> parts = new ArrayList<>();
        int i = 0;
        int n = v.length;
        while (i < n) {
            int j = i;
            while (j < n && v[j] != '\n' && v[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += v[j] == '\r' && j + 1 < n && v[j + 1] == '\n' ? 2 : 1;
            }
            parts.add(piece(self, v, i, keep ? j : eol));
            i = j;
        }
        return new PyList(parts.toArray(PyObject[]::new));
    }

    static PyObject partition(PyObject self, PyObject sepObj, boolean fromRight) {
        byte[] sep = Buffers.bytesOf(sepObj);
        if (sep.length == 0) {
            throw PyErr.valueError("empty separator");
        }
        byte[] v = BytesMethods.data(self);
        int at = fromRight ? BytesMethods.lastIndexOf(v, sep, 0, v.length) : BytesMethods.indexOf(v, sep, 0, v.length);
        PyObject empty = BytesMethods.make(self, new byte[0]);
        if (at < 0) {
            PyObject whole = BytesMethods.make(self, v.clone());
            return fromRight ? PyTuple.of(empty, BytesMethods.make(self, new byte[0]), whole)
                    : PyTuple.of(whole, empty, BytesMethods.make(self, new byte[0]));
        }
        return PyTuple.of(piece(self, v, 0, at), BytesMethods.make(self, sep), piece(self, v, at + sep.length,
                v.length));
    }
}

package org.adder.objects;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The methods bytes and bytearray share (CPython's bytes_methods.c and stringlib): each reads the bytes of
 * self and returns a result of self's base type. ASCII semantics throughout.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    /** The default fillchar; CPython's signature says b' ', which ArgSpec does not read yet. */
    private static final PyBytes SPACE = PyBytes.wrap(new byte[] {' '});

    static byte[] data(PyObject self) {
        return self instanceof PyBytes b ? b.value : ((PyByteArray) self).toBytes();
    }

    /** A result of self's base type (methods of subclasses return plain bytes or bytearray). */
    static PyObject make(PyObject self, byte[] v) {
        return self instanceof PyByteArray ? new PyByteArray(v) : PyBytes.wrap(v);
    }

    static void define(TypeSpec.Methods m) {
        m.method("decode", "($self, /, encoding='utf-8', errors='strict')", (Builtin.F3) (b, enc, err) ->
                        Codecs.decode(data(b), Codecs.name(enc, "decode", "encoding"),
                                Codecs.name(err, "decode", "errors")))
                .method("hex", "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", (Builtin.F3) (b, sep, n) ->
                        PyStr.of(hex(data(b), sep, n)))
                .classmethod("fromhex", "($type, string, /)", (Builtin.F2) BytesMethods::fromhex)
                .staticmethod("maketrans", "(frm, to, /)", (Builtin.F2) BytesMethods::maketrans);
        for (String f : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            m.method(f, "($self, sub, start=None, end=None, /)", (Builtin.F4) (s, sub, a, b) -> find(s, sub, a, b, f));
        }
        for (String f : new String[] {"startswith", "endswith"}) {
            m.method(f, "($self, prefix, start=None, end=None, /)", (Builtin.F4) (s, p, a, b) ->
                    affix(s, p, a, b, f));
        }
        for (String f : new String[] {"isalnum", "isalpha", "isascii", "isdigit", "islower", "isupper", "isspace",
                "istitle"}) {
            m.method(f, "($self, /)", (Builtin.F1) s -> PyBool.of(BytesCase.is(data(s), f)));
        }
        for (String f : new String[] {"upper", "lower", "swapcase", "title", "capitalize"}) {
            m.method(f, "($self, /)", (Builtin.F1) s -> make(s, BytesCase.map(data(s), f)));
        }
        m.method("strip", "($self, bytes=None, /)", (Builtin.F2) (s, c) -> strip(s, c, true, true))
                .method("lstrip", "($self, bytes=None, /)", (Builtin.F2) (s, c) -> strip(s, c, true, false))
                .method("rstrip", "($self, bytes=None, /)", (Builtin.F2) (s, c) -> strip(s, c, false, true))
                .method("split", "($self, /, sep=None, maxsplit=-1)", (Builtin.F3) (s, sep, n) ->
                        BytesSplit.split(s, sep, n, false))
                .method("rsplit", "($self, /, sep=None, maxsplit=-1)", (Builtin.F3) (s, sep, n) ->
                        BytesSplit.split(s, sep, n, true))
                .method("splitlines", "($self, /, keepends=False)", (Builtin.F2) BytesSplit::splitlines)
                .method("partition", "($self, sep, /)", (Builtin.F2) (s, sep) -> BytesSplit.partition(s, sep, false))
                .method("rpartition", "($self, sep, /)", (Builtin.F2) (s, sep) -> BytesSplit.partition(s, sep, true))
                .method("join", "($self, iterable_of_bytes, /)", (Builtin.F2) BytesMethods::join)
                .method("replace", "($self, old, new, count=-1, /)", (Builtin.F4) BytesMethods::replace)
                .method("center", "($self, width, fillchar=<unrepresentable>, /)", (Builtin.F3) (s, w, f) -> pad(s, w, f, "center"))
                .method("ljust", "($self, width, fillchar=<unrepresentable>, /)", (Builtin.F3) (s, w, f) -> pad(s, w, f, "ljust"))
                .method("rjust", "($self, width, fillchar=<unrepresentable>, /)", (Builtin.F3) (s, w, f) -> pad(s, w, f, "rjust"))
                .method("zfill", "($self, width, /)", (Builtin.F2) BytesMethods::zfill)
                .method("expandtabs", "($self, /, tabsize=8)", (Builtin.F2) BytesMethods::expandtabs)
                .method("translate", "($self, table, /, delete=b'')", (Builtin.F3) BytesMethods::translate)
                .method("removeprefix", "($self, prefix, /)", (Builtin.F2) (s, p) -> remove(s, p, true))
                .method("removesuffix", "($self, suffix, /)", (Builtin.F2) (s, p) -> remove(s, p, false));
    }

    /** A needle: an int in range(256) or the bytes of a buffer. */
    static byte[] needle(PyObject sub) {
        if (Buffers.isBytesLike(sub)) {
            return Buffers.bytesOf(sub);
        }
        if (sub.type().nb_index == null) {
            throw PyErr.typeError("argument should be integer or bytes-like object, not '" + sub.type().getName()
                    + "'");
        }
        return new byte[] {(byte) byteValue(sub)};
    }

    static int byteValue(PyObject o) {
        PyInt i = Abstract.index(o);
        long b = i.fitsLong() ? i.longValue() : -1;
        if (b < 0 || b > 255) {
            throw PyErr.valueError("byte must be in range(0, 256)");
        }
        return (int) b;
    }

    static int indexOf(byte[] v, byte[] sub, int from, int to) {
        outer:
        for (int i = from; i + sub.length <= to; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (v[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] v, byte[] sub, int from, int to) {
        outer:
        for (int i = to - sub.length; i >= from; i--) {
            for (int j = 0; j < sub.length; j++) {
                if (v[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static PyObject find(PyObject self, PyObject subObj, PyObject a, PyObject b, String method) {
        byte[] sub = needle(subObj);
        byte[] v = data(self);
        int[] r = StrMethods.bounds(v.length, a, b);
        int start = r[0];
        int end = r[1];
        if (method.equals("count")) {
            if (end - start < sub.length) {
                return PyInt.of(0);
            }
            if (sub.length == 0) {
                return PyInt.of(end - start + 1);
            }
            int n = 0;
            for (int i = indexOf(v, sub, start, end); i >= 0; i = indexOf(v, sub, i + sub.length, end)) {
                n++;
            }
            return PyInt.of(n);
        }
        int at = end - start < sub.length ? -1 : method.startsWith("r") ? lastIndexOf(v, sub, start, end)
                : indexOf(v, sub, start, end);
        if (at < 0 && method.endsWith("index")) {
            throw PyErr.valueError("subsection not found");
        }
        return PyInt.of(at);
    }

    private static PyObject affix(PyObject self, PyObject p, PyObject a, PyObject b, String method) {
        byte[] v = data(self);
        int[] r = StrMethods.bounds(v.length, a, b);
        if (p instanceof PyTuple t) {
            for (PyObject x : t) {
                if (matches(v, Buffers.bytesOf(x), r, method)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!Buffers.isBytesLike(p)) {
            throw PyErr.typeError(method + " first arg must be bytes or a tuple of bytes, not " + p.type().getName());
        }
        return PyBool.of(matches(v, Buffers.bytesOf(p), r, method));
    }

    private static boolean matches(byte[] v, byte[] p, int[] r, String method) {
        int start = r[0];
        int end = r[1];
        if (end - start < p.length || start > v.length) {
            return false;
        }
        int at = method.equals("startswith") ? start : end - p.length;
        return Arrays.equals(v, at, at + p.length, p, 0, p.length);
    }

    static boolean isSpace(int b) {
        return b == ' ' || b >= '\t' && b <= '\r';
    }

    private static PyObject strip(PyObject self, PyObject chars, boolean left, boolean right) {
        byte[] v = data(self);
        boolean[] set = new boolean[256];
        if (chars == PyNone.NONE) {
            for (int b = 0; b < 256; b++) {
                set[b] = isSpace(b);
            }
        } else {
            for (byte b : Buffers.bytesOf(chars)) {
                set[b & 0xff] = true;
            }
        }
        int i = 0;
        int j = v.length;
        while (left && i < j && set[v[i] & 0xff]) {
            i++;
        }
        while (right && j > i && set[v[j - 1] & 0xff]) {
            j--;
        }
        return make(self, Arrays.copyOfRange(v, i, j));
    }

    private static PyObject join(PyObject self, PyObject iterable) {
        byte[] sep = data(self);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int k = 0;
        for (PyObject x : Abstract.iterable(iterable)) {
            if (!Buffers.isBytesLike(x)) {
                throw PyErr.typeError("sequence item " + k + ": expected a bytes-like object, " + x.type().getName()
                        + " found");
            }
            if (k++ > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(Buffers.bytesOf(x));
        }
        return make(self, out.toByteArray());
    }

    private static PyObject replace(PyObject self, PyObject oldObj, PyObject newObj, PyObject countObj) {
        byte[] v = data(self);
        byte[] old = Buffers.bytesOf(oldObj);
        byte[] nw = Buffers.bytesOf(newObj);
        long count = Abstract.asSize(countObj, ExceptionTypes.OverflowError);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (old.length == 0) {
            int i = 0;
            for (; i <= v.length; i++) {
                if (count-- > 0) {
                    out.writeBytes(nw);
                } else {
                    out.write(v, i, v.length - i);
                    return make(self, out.toByteArray());
                }
                if (i < v.length) {
                    out.write(v[i]);
                }
            }
            return make(self, out.toByteArray());
        }
        int i = 0;
        while (count > 0) {
            int at = indexOf(v, old, i, v.length);
            if (at < 0) {
                break;
            }
            out.write(v, i, at - i);
            out.writeBytes(nw);
            i = at + old.length;
            count--;
        }
        out.write(v, i, v.length - i);
        return make(self, out.toByteArray());
    }

    private static PyObject pad(PyObject self, PyObject widthObj, PyObject fillObj, String method) {
        long width = Abstract.asSize(widthObj, ExceptionTypes.OverflowError);
        if (fillObj == null) {
            fillObj = SPACE;
        }
        if (!(fillObj instanceof PyBytes || fillObj instanceof PyByteArray) || Buffers.bytesOf(fillObj).length != 1) {
            throw PyErr.typeError(method + "() argument 2 must be a byte string of length 1, not "
                    + fillObj.type().getName());
        }
        byte fill = Buffers.bytesOf(fillObj)[0];
        byte[] v = data(self);
        if (width <= v.length) {
            return make(self, v.clone());
        }
        int total = (int) (width - v.length);
        int left = switch (method) {
            case "ljust" -> 0;
            case "rjust" -> total;
            default -> total / 2 + (total & (int) width & 1);
        };
        byte[] out = new byte[(int) width];
        Arrays.fill(out, fill);
        System.arraycopy(v, 0, out, left, v.length);
        return make(self, out);
    }

    private static PyObject zfill(PyObject self, PyObject widthObj) {
        long width = Abstract.asSize(widthObj, ExceptionTypes.OverflowError);
        byte[] v = data(self);
        if (width <= v.length) {
            return make(self, v.clone());
        }
        int fill = (int) width - v.length;
        byte[] out = new byte[(int) width];
        Arrays.fill(out, 0, fill, (byte) '0');
        System.arraycopy(v, 0, out, fill, v.length);
        if (v.length > 0 && (v[0] == '+' || v[0] == '-')) {
            out[0] = v[0];
            out[fill] = '0';
        }
        return make(self, out);
    }

    private static PyObject expandtabs(PyObject self, PyObject tabObj) {
        long tab = Abstract.asSize(tabObj, ExceptionTypes.OverflowError);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long col = 0;
        for (byte b : data(self)) {
            if (b == '\t') {
                if (tab > 0) {
                    long n = tab - col % tab;
                    for (long k = 0; k < n; k++) {
                        out.write(' ');
                    }
                    col += n;
                }
            } else {
                out.write(b);
                col = b == '\n' || b == '\r' ? 0 : col + 1;
            }
        }
        return make(self, out.toByteArray());
    }

    private static PyObject translate(PyObject self, PyObject tableObj, PyObject deleteObj) {
        byte[] table = null;
        if (tableObj != PyNone.NONE) {
            table = Buffers.bytesOf(tableObj);
            if (table.length != 256) {
                throw PyErr.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] delete = new boolean[256];
        for (byte b : Buffers.bytesOf(deleteObj)) {
            delete[b & 0xff] = true;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : data(self)) {
            if (!delete[b & 0xff]) {
                out.write(table == null ? b : table[b & 0xff]);
            }
        }
        return make(self, out.toByteArray());
    }

    private static PyObject maketrans(PyObject frmObj, PyObject toObj) {
        byte[] frm = Buffers.bytesOf(frmObj);
        byte[] to = Buffers.bytesOf(toObj);
        if (frm.length != to.length) {
            throw PyErr.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int b = 0; b < 256; b++) {
            table[b] = (byte) b;
        }
        for (int k = 0; k < frm.length; k++) {
            table[frm[k] & 0xff] = to[k];
        }
        return PyBytes.wrap(table);
    }

    private static PyObject remove(PyObject self, PyObject affixObj, boolean prefix) {
        byte[] v = data(self);
        byte[] p = Buffers.bytesOf(affixObj);
        if (p.length <= v.length && (prefix ? Arrays.equals(v, 0, p.length, p, 0, p.length)
                : Arrays.equals(v, v.length - p.length, v.length, p, 0, p.length))) {
            return make(self, prefix ? Arrays.copyOfRange(v, p.length, v.length)
                    : Arrays.copyOf(v, v.length - p.length));
        }
        return make(self, v.clone());
    }

    /** {@code bytes.hex(sep, bytes_per_sep)}: groups of bytes_per_sep counted from the right (left if negative). */
    static String hex(byte[] v, PyObject sepObj, PyObject perObj) {
        long per = Abstract.asSize(perObj, ExceptionTypes.OverflowError);
        if (sepObj == null) {
            return BytesType.hex(v);
        }
        String sep;
        if (sepObj instanceof PyStr s) {
            sep = s.value();
        } else if (Buffers.isBytesLike(sepObj)) {
            sep = new String(Buffers.bytesOf(sepObj), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyErr.typeError("object of type '" + sepObj.type().getName() + "' has no len()");
        }
        if (sep.codePointCount(0, sep.length()) != 1) {
            throw PyErr.valueError("sep must be length 1.");
        }
        if (sep.charAt(0) > 127) {
            throw PyErr.valueError("sep must be ASCII.");
        }
        if (per == 0 || v.length == 0) {
            return BytesType.hex(v);
        }
        long group = Math.abs(per);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            boolean boundary = per > 0 ? (v.length - i) % group == 0 : i % group == 0;
            if (i > 0 && boundary) {
                s.append(sep);
            }
            s.append(Character.forDigit((v[i] >> 4) & 15, 16)).append(Character.forDigit(v[i] & 15, 16));
        }
        return s.toString();
    }

    private static PyObject fromhex(PyObject type, PyObject strObj) {
        if (!(strObj instanceof PyStr str)) {
            throw PyErr.typeError("fromhex() argument must be str, not " + (strObj == PyNone.NONE ? "None"
                    : strObj.type().getName()));
        }
        int[] cps = str.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < cps.length) {
            if (cps[i] < 128 && isSpace(cps[i])) {
                i++;
                continue;
            }
            int top = cps[i] < 128 ? Character.digit(cps[i], 16) : -1;
            if (top < 0) {
                throw badHex(i);
            }
            int bot = i + 1 < cps.length && cps[i + 1] < 128 ? Character.digit(cps[i + 1], 16) : -1;
            if (bot < 0) {
                throw badHex(i + 1);
            }
            out.write(top << 4 | bot);
            i += 2;
        }
        byte[] v = out.toByteArray();
        if (type == PyBytes.TYPE) {
            return PyBytes.wrap(v);
        }
        if (type == PyByteArray.TYPE) {
            return new PyByteArray(v);
        }
        return Abstract.call(type, PyBytes.wrap(v));
    }

    private static PyException badHex(int at) {
        return PyErr.valueError("non-hexadecimal number found in fromhex() arg at position " + at);
    }
}

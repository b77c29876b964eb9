package org.adder.objects;

import java.util.ArrayList;
import java.util.List;

/** The methods of {@code str}, with CPython's semantics and messages, on code points at Unicode 15.0. */
final class StrMethods {
    private StrMethods() {
    }

    static void define(TypeSpec.Methods m) {
        m.method("encode", "($self, /, encoding='utf-8', errors='strict')", (Builtin.F3) (s, enc, err) ->
                        Codecs.encode((PyStr) s, Codecs.name(enc, "encode", "encoding"),
                                Codecs.name(err, "encode", "errors")))
                .method("replace", "($self, old, new, count=-1, /)", (Builtin.F4) StrMethods::replace)
                .method("split", "($self, /, sep=None, maxsplit=-1)", (Builtin.F3) (s, sep, max) ->
                        split((PyStr) s, sep, Abstract.asSize(max, ExceptionTypes.OverflowError)))
                .method("join", "($self, iterable, /)", (Builtin.F2) StrMethods::join)
                .method("startswith", "($self, prefix, start=None, end=None, /)", (Builtin.F4) (s, p, a, b) ->
                        affix((PyStr) s, p, a, b, true))
                .method("endswith", "($self, suffix, start=None, end=None, /)", (Builtin.F4) (s, p, a, b) ->
                        affix((PyStr) s, p, a, b, false))
                .method("strip", "($self, chars=None, /)", (Builtin.F2) (s, c) -> strip((PyStr) s, c, true, true))
                .method("lstrip", "($self, chars=None, /)", (Builtin.F2) (s, c) -> strip((PyStr) s, c, true, false))
                .method("rstrip", "($self, chars=None, /)", (Builtin.F2) (s, c) -> strip((PyStr) s, c, false, true))
                .method("find", "($self, sub, start=None, end=None, /)", (Builtin.F4) (s, sub, a, b) ->
                        PyInt.of(findIn((PyStr) s, sub, a, b, "find")))
                .method("upper", "($self, /)", (Builtin.F1) s -> PyStr.of(com.ibm.icu.lang.UCharacter.toUpperCase(
                        com.ibm.icu.util.ULocale.ROOT, ((PyStr) s).value())))
                .method("lower", "($self, /)", (Builtin.F1) s -> PyStr.of(com.ibm.icu.lang.UCharacter.toLowerCase(
                        com.ibm.icu.util.ULocale.ROOT, ((PyStr) s).value())))
                .method("format", null, (Builtin.FV) (args, kw) -> StrFormatter.format((PyStr) args[0], args, kw))
                .method("__format__", "($self, format_spec, /)", (Builtin.F2) (s, spec) ->
                        Formatting.formatStr((PyStr) s, Formatting.specArg(spec)))
                .method("isidentifier", "($self, /)", (Builtin.F1) s -> PyBool.of(((PyStr) s).isIdentifier()))
                .method("__getnewargs__", "($self, /)", (Builtin.F1) s -> PyTuple.of(PyStr.of(((PyStr) s).value())))
                .doc("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string "
                        + "object from the given object. If encoding or\nerrors is specified, then the object must "
                        + "expose a data buffer\nthat will be decoded using the given encoding and error handler.\n"
                        + "Otherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding "
                        + "defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.");
    }

    static PyStr arg(PyObject o, String method, String what) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError(method + "() argument " + what + " must be str, not " + o.type().getName());
        }
        return s;
    }

    /** The index in code points of the first {@code sub} in {@code s}, or -1. */
    static int find(PyStr s, PyStr sub) {
        int[] a = s.codePoints();
        int[] b = sub.codePoints();
        outer:
        for (int i = 0; i + b.length <= a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long findIn(PyStr s, PyObject subObj, PyObject a, PyObject b, String method) {
        if (!(subObj instanceof PyStr sub)) {
            throw PyErr.typeError("must be str, not " + subObj.type().getName());
        }
        int[] cps = s.codePoints();
        int[] se = bounds(cps.length, a, b);
        int[] t = sub.codePoints();
        if (se[0] > cps.length) {
            return -1;
        }
        outer:
        for (int i = se[0]; i + t.length <= se[1]; i++) {
            for (int j = 0; j < t.length; j++) {
                if (cps[i + j] != t[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** start/end arguments as CPython's string methods adjust them (None means the ends). */
    static int[] bounds(int length, PyObject a, PyObject b) {
        long start = a == null || a == PyNone.NONE ? 0 : Abstract.asSize(sliceIndex(a), null);
        long end = b == null || b == PyNone.NONE ? length : Abstract.asSize(sliceIndex(b), null);
        if (end > length) {
            end = length;
        } else if (end < 0) {
            end = Math.max(0, end + length);
        }
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    private static PyObject sliceIndex(PyObject v) {
        if (v.type().nb_index == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return v;
    }

    private static PyObject replace(PyObject self, PyObject oldObj, PyObject newObj, PyObject countObj) {
        PyStr s = (PyStr) self;
        PyStr old = arg(oldObj, "replace", "1");
        PyStr nw = arg(newObj, "replace", "2");
        long count = Abstract.asSize(countObj, ExceptionTypes.OverflowError);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (s.isBmp() && old.isBmp() && nw.isBmp()) {
            String v = s.value();
            String o = old.value();
            if (o.isEmpty()) {
                StringBuilder b = new StringBuilder();
                long n = 0;
                for (int i = 0; i <= v.length(); i++) {
                    if (n < count) {
                        b.append(nw.value());
                        n++;
                    }
                    if (i < v.length()) {
                        b.append(v.charAt(i));
                    }
                }
                return PyStr.of(b.toString());
            }
            StringBuilder b = new StringBuilder();
            int from = 0;
            long n = 0;
            for (int at; n < count && (at = v.indexOf(o, from)) >= 0; n++) {
                b.append(v, from, at).append(nw.value());
                from = at + o.length();
            }
            if (n == 0 && self.getClass() == PyStr.class) {
                return self;
            }
            return PyStr.of(b.append(v, from, v.length()).toString());
        }
        int[] a = s.codePoints();
        int[] o = old.codePoints();
        int[] w = nw.codePoints();
        List<Integer> out = new ArrayList<>();
        long n = 0;
        int i = 0;
        while (i <= a.length) {
            boolean match = n < count && i + o.length <= a.length;
            for (int j = 0; match && j < o.length; j++) {
                match = a[i + j] == o[j];
            }
            if (match) {
                for (int c : w) {
                    out.add(c);
                }
                n++;
                if (o.length == 0) {
                    if (i < a.length) {
                        out.add(a[i]);
                    }
                    i++;
                } else {
                    i += o.length;
                }
            } else {
                if (i < a.length) {
                    out.add(a[i]);
                }
                i++;
            }
        }
        return PyStr.fromCodePoints(out.stream().mapToInt(Integer::intValue).toArray());
    }

    static PyList split(PyStr s, PyObject sepObj, long maxsplit) {
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        List<PyObject> out = new ArrayList<>();
        if (sepObj == PyNone.NONE) {
            int[] cps = s.codePoints();
            int i = 0;
            int n = cps.length;
            while (true) {
                while (i < n && StrType.isSpace(cps[i])) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit-- <= 0) {
                    int end = n;
                    while (end > i && StrType.isSpace(cps[end - 1])) {
                        end--;
                    }
                    out.add(PyStr.fromCodePoints(java.util.Arrays.copyOfRange(cps, i, end)));
                    break;
                }
                int j = i;
                while (j < n && !StrType.isSpace(cps[j])) {
                    j++;
                }
                out.add(PyStr.fromCodePoints(java.util.Arrays.copyOfRange(cps, i, j)));
                i = j;
            }
            return PyList.of(out);
        }
        PyStr sep = arg(sepObj, "split", "'sep'");
        if (sep.value().isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        String v = s.value();
        String p = sep.value();
        int from = 0;
        for (int at; maxsplit > 0 && (at = v.indexOf(p, from)) >= 0; maxsplit--) {
            out.add(PyStr.of(v.substring(from, at)));
            from = at + p.length();
        }
        out.add(PyStr.of(v.substring(from)));
        return PyList.of(out);
    }

    private static PyObject join(PyObject self, PyObject iterable) {
        PyStr sep = (PyStr) self;
        List<PyObject> items = PyList.listOf(iterable);
        List<PyStr> parts = new ArrayList<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            PyObject x = items.get(i);
            if (!(x instanceof PyStr xs)) {
                throw PyErr.typeError("sequence item " + i + ": expected str instance, " + x.type().getName() + " found");
            }
            if (i > 0 && !sep.value().isEmpty()) {
                parts.add(sep);
            }
            parts.add(xs);
        }
        if (parts.size() == 1 && parts.get(0).getClass() == PyStr.class) {
            return parts.get(0);
        }
        return PyStr.concat(parts);
    }

    private static PyObject affix(PyStr s, PyObject p, PyObject a, PyObject b, boolean start) {
        String what = start ? "startswith" : "endswith";
        if (p instanceof PyTuple t) {
            for (PyObject x : t) {
                if (!(x instanceof PyStr)) {
                    throw PyErr.typeError("tuple for " + what + " must only contain str, not " + x.type().getName());
                }
                if (matchAffix(s, (PyStr) x, a, b, start)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(p instanceof PyStr ps)) {
            throw PyErr.typeError(what + " first arg must be str or a tuple of str, not " + p.type().getName());
        }
        return PyBool.of(matchAffix(s, ps, a, b, start));
    }

    private static boolean matchAffix(PyStr s, PyStr p, PyObject a, PyObject b, boolean start) {
        int[] cps = s.codePoints();
        int[] se = bounds(cps.length, a, b);
        int[] t = p.codePoints();
        if (se[0] > cps.length || se[1] - se[0] < t.length) {
            return se[0] <= cps.length && t.length == 0 && se[1] >= se[0];
        }
        int at = start ? se[0] : se[1] - t.length;
        for (int j = 0; j < t.length; j++) {
            if (cps[at + j] != t[j]) {
                return false;
            }
        }
        return true;
    }

    private static PyObject strip(PyStr s, PyObject chars, boolean left, boolean right) {
        int[] cps = s.codePoints();
        int[] set = chars == PyNone.NONE ? null : arg(chars, left && right ? "strip" : left ? "lstrip" : "rstrip",
                "").codePoints();
        int a = 0;
        int b = cps.length;
        while (left && a < b && strippable(cps[a], set)) {
            a++;
        }
        while (right && b > a && strippable(cps[b - 1], set)) {
            b--;
        }
        if (a == 0 && b == cps.length && s.getClass() == PyStr.class) {
            return s;
        }
        return PyStr.fromCodePoints(java.util.Arrays.copyOfRange(cps, a, b));
    }

    private static boolean strippable(int cp, int[] set) {
        if (set == null) {
            return StrType.isSpace(cp);
        }
        for (int c : set) {
            if (c == cp) {
                return true;
            }
        }
        return false;
    }
}

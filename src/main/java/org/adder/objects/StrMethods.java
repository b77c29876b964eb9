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
                        StrSplit.split((PyStr) s, sep, StrSplit.ssize(max), false))
                .method("rsplit", "($self, /, sep=None, maxsplit=-1)", (Builtin.F3) (s, sep, max) ->
                        StrSplit.split((PyStr) s, sep, StrSplit.ssize(max), true))
                .method("join", "($self, iterable, /)", (Builtin.F2) StrMethods::join)
                .method("capitalize", "($self, /)", (Builtin.F1) s -> StrCase.capitalize((PyStr) s))
                .method("casefold", "($self, /)", (Builtin.F1) s -> StrCase.casefold((PyStr) s))
                .method("title", "($self, /)", (Builtin.F1) s -> StrCase.title((PyStr) s))
                .method("center", "($self, width, fillchar=' ', /)", (Builtin.F3) (s, w, f) ->
                        StrLayout.pad((PyStr) s, StrSplit.ssize(w), StrLayout.fill(f), 'c'))
                .method("count", null, (Builtin.FV) StrSearch::count)
                .method("expandtabs", "($self, /, tabsize=8)", (Builtin.F2) (s, t) ->
                        StrLayout.expandtabs((PyStr) s, StrSplit.ssize(t)))
                .method("find", null, (Builtin.FV) (a, kw) -> StrSearch.find(a, kw, true))
                .method("partition", "($self, sep, /)", (Builtin.F2) (s, sep) ->
                        StrSplit.partition((PyStr) s, sep, false))
                .method("index", null, (Builtin.FV) (a, kw) -> StrSearch.index(a, kw, true))
                .method("ljust", "($self, width, fillchar=' ', /)", (Builtin.F3) (s, w, f) ->
                        StrLayout.pad((PyStr) s, StrSplit.ssize(w), StrLayout.fill(f), 'l'))
                .method("lower", "($self, /)", (Builtin.F1) s -> StrCase.lower((PyStr) s))
                .method("lstrip", "($self, chars=None, /)", (Builtin.F2) (s, c) -> strip((PyStr) s, c, true, false))
                .method("rfind", null, (Builtin.FV) (a, kw) -> StrSearch.find(a, kw, false))
                .method("rindex", null, (Builtin.FV) (a, kw) -> StrSearch.index(a, kw, false))
                .method("rjust", "($self, width, fillchar=' ', /)", (Builtin.F3) (s, w, f) ->
                        StrLayout.pad((PyStr) s, StrSplit.ssize(w), StrLayout.fill(f), 'r'))
                .method("rstrip", "($self, chars=None, /)", (Builtin.F2) (s, c) -> strip((PyStr) s, c, false, true))
                .method("rpartition", "($self, sep, /)", (Builtin.F2) (s, sep) ->
                        StrSplit.partition((PyStr) s, sep, true))
                .method("splitlines", "($self, /, keepends=False)", (Builtin.F2) (s, k) ->
                        StrSplit.splitlines((PyStr) s, Abstract.isTrue(k)))
                .method("strip", "($self, chars=None, /)", (Builtin.F2) (s, c) -> strip((PyStr) s, c, true, true))
                .method("swapcase", "($self, /)", (Builtin.F1) s -> StrCase.swapcase((PyStr) s))
                .method("translate", "($self, table, /)", (Builtin.F2) (s, t) -> StrTranslate.translate((PyStr) s, t))
                .method("upper", "($self, /)", (Builtin.F1) s -> StrCase.upper((PyStr) s))
                .method("startswith", null, (Builtin.FV) (a, kw) -> StrSearch.affix(a, kw, true))
                .method("endswith", null, (Builtin.FV) (a, kw) -> StrSearch.affix(a, kw, false))
                .method("removeprefix", "($self, prefix, /)", (Builtin.F2) (s, p) -> remove((PyStr) s, p, true))
                .method("removesuffix", "($self, suffix, /)", (Builtin.F2) (s, p) -> remove((PyStr) s, p, false))
                .method("isascii", "($self, /)", (Builtin.F1) s -> is(s, c -> c < 128, true))
                .method("islower", "($self, /)", (Builtin.F1) s -> PyBool.of(StrCase.isLowerStr(((PyStr) s).codePoints())))
                .method("isupper", "($self, /)", (Builtin.F1) s -> PyBool.of(StrCase.isUpperStr(((PyStr) s).codePoints())))
                .method("istitle", "($self, /)", (Builtin.F1) s -> PyBool.of(StrCase.isTitleStr(((PyStr) s).codePoints())))
                .method("isspace", "($self, /)", (Builtin.F1) s -> is(s, StrType::isSpace, false))
                .method("isdecimal", "($self, /)", (Builtin.F1) s -> is(s, StrPredicates::isDecimal, false))
                .method("isdigit", "($self, /)", (Builtin.F1) s -> is(s, StrPredicates::isDigit, false))
                .method("isnumeric", "($self, /)", (Builtin.F1) s -> is(s, StrPredicates::isNumeric, false))
                .method("isalpha", "($self, /)", (Builtin.F1) s -> is(s, StrPredicates::isAlpha, false))
                .method("isalnum", "($self, /)", (Builtin.F1) s -> is(s, StrPredicates::isAlnum, false))
                .method("isidentifier", "($self, /)", (Builtin.F1) s -> PyBool.of(((PyStr) s).isIdentifier()))
                .method("isprintable", "($self, /)", (Builtin.F1) s -> is(s, PyStr::isPrintable, true))
                .method("zfill", "($self, width, /)", (Builtin.F2) (s, w) -> StrLayout.zfill((PyStr) s, StrSplit.ssize(w)))
                .method("format", null, (Builtin.FV) (args, kw) -> StrFormatter.format((PyStr) args[0], args, kw))
                .method("format_map", null, (Builtin.FV) StrMethods::formatMap)
                .method("__format__", "($self, format_spec, /)", (Builtin.F2) (s, spec) ->
                        Formatting.formatStr((PyStr) s, Formatting.specArg(spec)))
                .method("__getnewargs__", "($self, /)", (Builtin.F1) s -> PyTuple.of(PyStr.of(((PyStr) s).value())))
                .doc("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string "
                        + "object from the given object. If encoding or\nerrors is specified, then the object must "
                        + "expose a data buffer\nthat will be decoded using the given encoding and error handler.\n"
                        + "Otherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding "
                        + "defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.");
        m.staticmethod("maketrans", "(x, y=<unrepresentable>, z=<unrepresentable>, /)",
                (Builtin.F3) StrTranslate::maketrans);
    }

    private static PyObject is(PyObject s, java.util.function.IntPredicate p, boolean empty) {
        return PyBool.of(StrPredicates.all((PyStr) s, p, empty));
    }

    private static PyObject formatMap(PyObject[] a, PyTuple kw) {
        ArgSpec.noKeywords("str.format_map", kw);
        if (a.length != 2) {
            throw PyErr.typeError("str.format_map() takes exactly one argument (" + (a.length - 1) + " given)");
        }
        return StrFormatter.formatMap((PyStr) a[0], a[1]);
    }

    /** removeprefix/removesuffix: a copy without the affix when it is there. */
    private static PyObject remove(PyStr s, PyObject affixObj, boolean prefix) {
        PyStr p = arg(affixObj, prefix ? "removeprefix" : "removesuffix", "");
        int[] cps = s.codePoints();
        int[] t = p.codePoints();
        if (t.length > 0 && t.length <= cps.length && StrSearch.matchAt(cps, t, prefix ? 0 : cps.length - t.length)) {
            return prefix ? PyStr.fromCodePoints(java.util.Arrays.copyOfRange(cps, t.length, cps.length))
                    : PyStr.fromCodePoints(java.util.Arrays.copyOfRange(cps, 0, cps.length - t.length));
        }
        return s.getClass() == PyStr.class ? s : PyStr.fromCodePoints(cps);
    }

    static PyStr arg(PyObject o, String method, String what) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError(method + "() argument " + (what.isEmpty() ? "" : what + " ") + "must be str, not "
                    + (o == PyNone.NONE ? "None" : o.type().getName()));
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

    /** PySequence_Fast's iteration, whose TypeError for a non-iterable says what join wanted. */
    private static PyObject sequenceFast(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple) {
            return o;
        }
        try {
            return Abstract.getIter(o);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw PyErr.typeError("can only join an iterable");
            }
            throw e;
        }
    }

    private static PyObject join(PyObject self, PyObject iterable) {
        PyStr sep = (PyStr) self;
        List<PyObject> items = PyList.listOf(sequenceFast(iterable));
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

    private static PyObject strip(PyStr s, PyObject chars, boolean left, boolean right) {
        int[] cps = s.codePoints();
        if (chars != PyNone.NONE && !(chars instanceof PyStr)) {
            throw PyErr.typeError((left && right ? "strip" : left ? "lstrip" : "rstrip") + " arg must be None or str");
        }
        int[] set = chars == PyNone.NONE ? null : ((PyStr) chars).codePoints();
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

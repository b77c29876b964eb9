package org.adder.objects;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UCharacterCategory;

/** The slots of {@code str} and its core methods (the rest are in {@link StrMethods}). */
final class StrType {
    private StrType() {
    }

    static void slots(PyType t) {
        t.tp_repr = o -> PyStr.of(((PyStr) o).repr());
        t.tp_str = o -> o.getClass() == PyStr.class ? o : PyStr.of(((PyStr) o).value());
        t.tp_hash = o -> ((PyStr) o).hash();
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_richcompare = StrType::richcompare;
        t.tp_iter = o -> new StrIter((PyStr) o);
        t.tp_new = StrType::create;
        t.mp_length = o -> ((PyStr) o).length();
        t.mp_subscript = StrType::subscript;
        t.sq_contains = (o, x) -> {
            if (!(x instanceof PyStr s)) {
                throw PyErr.typeError("'in <string>' requires string as left operand, not " + x.type().getName());
            }
            PyStr self = (PyStr) o;
            return self.isBmp() && s.isBmp() ? self.value().contains(s.value()) : StrMethods.find(self, s) >= 0;
        };
        t.sq_concat = StrType::concat;
        t.sq_repeat = StrType::repeat;
        t.nb_remainder = (a, b) -> a instanceof PyStr s ? PercentFormat.format(s, b) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    static void methods(TypeSpec.Methods m) {
        StrMethods.define(m);
    }

    private static PyObject richcompare(PyObject a, PyObject b, int op) {
        if (!(b instanceof PyStr y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyStr x = (PyStr) a;
        if (op == Compare.EQ || op == Compare.NE) {
            boolean eq = x == y || x.equals(y) || (x.value().equals(y.value()) && java.util.Arrays.equals(x.codePoints(),
                    y.codePoints()));
            return PyBool.of(op == Compare.EQ ? eq : !eq);
        }
        return PyBool.of(Compare.test(compare(x, y), op));
    }

    /** Code point order (lone surrogates included). */
    static int compare(PyStr x, PyStr y) {
        if (x.isBmp() && y.isBmp()) {
            return x.value().compareTo(y.value());
        }
        int[] a = x.codePoints();
        int[] b = y.codePoints();
        return java.util.Arrays.compare(a, b);
    }

    /** {@code str(object='')} and {@code str(object=b'', encoding='utf-8', errors='strict')}. */
    private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
        PyObject[] p = SPEC.bind(args, kw);
        PyStr v;
        if (p[0] == null) {
            v = PyStr.EMPTY;
        } else if (p[1] == null && p[2] == null) {
            v = Abstract.str(p[0]);
        } else {
            v = Codecs.decodeObject(p[0], p[1], p[2]);
        }
        if (type == PyStr.TYPE) {
            // str(obj) is what obj.__str__ returned, even an instance of a str subclass
            return v;
        }
        return new PyStr.Derived(type, v);
    }

    private static final ArgSpec SPEC = ArgSpec.parse("str",
            "(object=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)");

    private static PyObject subscript(PyObject o, PyObject key) {
        PyStr s = (PyStr) o;
        if (key instanceof PySlice sl) {
            if (s.isBmp()) {
                String v = s.value();
                PySlice.Bounds b = sl.bounds(v.length());
                if (b.step() == 1) {
                    return b.length() == v.length() && o.getClass() == PyStr.class ? o
                            : PyStr.of(v.substring((int) b.start(), (int) (b.start() + b.length())));
                }
                char[] out = new char[(int) b.length()];
                for (int i = 0, j = (int) b.start(); i < out.length; i++, j += (int) b.step()) {
                    out[i] = v.charAt(j);
                }
                return PyStr.of(new String(out));
            }
            int[] cps = s.codePoints();
            PySlice.Bounds b = sl.bounds(cps.length);
            int[] out = new int[(int) b.length()];
            for (int i = 0, j = (int) b.start(); i < out.length; i++, j += (int) b.step()) {
                out[i] = cps[j];
            }
            return PyStr.fromCodePoints(out);
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("string indices must be integers, not '" + key.type().getName() + "'");
        }
        long i = Abstract.asSize(key, ExceptionTypes.IndexError);
        if (s.isBmp()) {
            String v = s.value();
            if (i < 0) {
                i += v.length();
            }
            if (i < 0 || i >= v.length()) {
                throw PyErr.indexError("string index out of range");
            }
            return PyStr.of(String.valueOf(v.charAt((int) i)));
        }
        int[] cps = s.codePoints();
        if (i < 0) {
            i += cps.length;
        }
        if (i < 0 || i >= cps.length) {
            throw PyErr.indexError("string index out of range");
        }
        return PyStr.fromCodePoints(new int[] {cps[(int) i]});
    }

    private static PyObject concat(PyObject a, PyObject b) {
        if (!(b instanceof PyStr y)) {
            throw PyErr.typeError("can only concatenate str (not \"" + b.type().getName() + "\") to str");
        }
        PyStr x = (PyStr) a;
        if (y.value().isEmpty() && a.getClass() == PyStr.class) {
            return a;
        }
        if (x.value().isEmpty() && b.getClass() == PyStr.class) {
            return b;
        }
        return PyStr.concat(java.util.List.of(x, y));
    }

    private static PyObject repeat(PyObject o, long n) {
        PyStr s = (PyStr) o;
        if (n <= 0 || s.value().isEmpty()) {
            return PyStr.EMPTY;
        }
        if (n == 1 && o.getClass() == PyStr.class) {
            return o;
        }
        long total = n * s.value().length();
        if (total / n != s.value().length() || total > Integer.MAX_VALUE - 8) {
            throw PyErr.overflowError("repeated string is too long");
        }
        if (!s.isBmp() && s.codePoints().length != s.value().codePointCount(0, s.value().length())) {
            int[] cps = s.codePoints();
            int[] out = new int[(int) (n * cps.length)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(cps, 0, out, i * cps.length, cps.length);
            }
            return PyStr.fromCodePoints(out);
        }
        return PyStr.of(s.value().repeat((int) n));
    }

    /** {@code Py_UNICODE_ISSPACE}: bidirectional whitespace classes or the Zs category, at Unicode 15. */
    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
        }
        int dir = UCharacter.getDirection(cp);
        return UCharacter.getType(cp) == UCharacterCategory.SPACE_SEPARATOR
                || dir == UCharacterDirection.WHITE_SPACE_NEUTRAL || dir == UCharacterDirection.BLOCK_SEPARATOR
                || dir == UCharacterDirection.SEGMENT_SEPARATOR;
    }

    /** {@code str_ascii_iterator} / {@code str_iterator}. */
    static final class StrIter extends PyObject {
        static final PyType ASCII = iterType("str_ascii_iterator");
        static final PyType UNICODE = iterType("str_iterator");

        private static PyType iterType(String name) {
            return new TypeSpec(name, StrIter.class)
                    .slots(t -> {
                        t.tp_iter = it -> it;
                        t.tp_iternext = it -> ((StrIter) it).next();
                    })
                    .methods(m -> m.method("__length_hint__", "($self, /)",
                            (Builtin.F1) it -> PyInt.of(((StrIter) it).remaining())))
                    .build();
        }

        private final String text;
        private final int[] cps;
        private final boolean ascii;
        private int index;

        StrIter(PyStr s) {
            this.text = s.value();
            this.cps = s.isBmp() ? null : s.codePoints();
            this.ascii = cps == null && text.chars().allMatch(c -> c < 128);
        }

        @Override
        public PyType type() {
            return ascii ? ASCII : UNICODE;
        }

        PyObject next() {
            if (cps == null) {
                return index < text.length() ? PyStr.of(String.valueOf(text.charAt(index++))) : null;
            }
            return index < cps.length ? PyStr.fromCodePoints(new int[] {cps[index++]}) : null;
        }

        private long remaining() {
            return (cps == null ? text.length() : cps.length) - index;
        }

        @Override
        public String repr() {
            return "<" + type().getName() + " object at " + Hashing.address(this) + ">";
        }
    }
}

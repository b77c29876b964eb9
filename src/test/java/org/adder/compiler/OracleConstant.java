package org.adder.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyComplex;
import org.adder.objects.PyEllipsis;
import org.adder.objects.PyFloat;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * Constants as flowgraph_oracle.py writes them, read into Adder's objects and written back:
 * N None, E Ellipsis, T/F, i int, f float repr, c complex repr, s/b hex, t/z counted items,
 * C&lt;k&gt; the k-th distinct code object of the file (a {@link CodeRef} here).
 */
final class OracleConstant {
    private OracleConstant() {
    }

    /** A code object constant, known by its number in the file. */
    static final class CodeRef extends PyObject {
        final int index;

        CodeRef(int index) {
            this.index = index;
        }

        @Override
        public String repr() {
            return "<code " + index + ">";
        }

        @Override
        public org.adder.objects.PyType type() {
            return org.adder.bytecode.CodeObject.TYPE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CodeRef c && c.index == index;
        }

        @Override
        public int hashCode() {
            return index;
        }
    }

    static PyObject parse(String line) {
        return parse(List.of(line.split(" ")).iterator());
    }

    static PyObject parse(Iterator<String> tokens) {
        String t = tokens.next();
        String text = t.substring(1);
        switch (t.charAt(0)) {
            case 'N': return PyNone.NONE;
            case 'E': return PyEllipsis.ELLIPSIS;
            case 'T': return PyBool.TRUE;
            case 'F': return PyBool.FALSE;
            case 'i': return PyInt.of(new BigInteger(text));
            case 'f': return new PyFloat(parseDouble(text));
            case 'c': return parseComplex(text);
            case 's': return new PyStr(decodeUtf8(HexFormat.of().parseHex(text)));
            case 'b': return PyBytes.of(HexFormat.of().parseHex(text));
            case 'C': return new CodeRef(Integer.parseInt(text));
            case 't':
            case 'z': {
                int n = Integer.parseInt(text);
                List<PyObject> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(parse(tokens));
                }
                return t.charAt(0) == 't' ? PyTuple.of(items) : PyFrozenSet.of(items);
            }
            default: throw new IllegalArgumentException("unknown constant " + t);
        }
    }

    static String encode(PyObject c) {
        if (c == PyNone.NONE) {
            return "N";
        }
        if (c == PyEllipsis.ELLIPSIS) {
            return "E";
        }
        if (c instanceof PyBool b) {
            return b.value() ? "T" : "F";
        }
        if (c instanceof PyInt i) {
            return "i" + i.bigValue();
        }
        if (c instanceof PyFloat f) {
            return "f" + f.repr();
        }
        if (c instanceof PyComplex z) {
            return "c" + z.repr();
        }
        if (c instanceof PyStr s) {
            return "s" + HexFormat.of().formatHex(encodeUtf8(s.value()));
        }
        if (c instanceof PyBytes b) {
            return "b" + HexFormat.of().formatHex(b.value());
        }
        if (c instanceof CodeRef r) {
            return "C" + r.index;
        }
        if (c instanceof PyTuple t) {
            StringBuilder s = new StringBuilder("t").append(t.size());
            for (PyObject item : t) {
                s.append(' ').append(encode(item));
            }
            return s.toString();
        }
        if (c instanceof PyFrozenSet z) {
            List<String> items = new ArrayList<>();
            for (PyObject item : z) {
                items.add(encode(item));
            }
            items.sort(null);
            return "z" + z.size() + (items.isEmpty() ? "" : " " + String.join(" ", items));
        }
        return "?" + c.typeName();
    }

    private static double parseDouble(String s) {
        return Double.parseDouble(s.replace("inf", "Infinity").replace("nan", "NaN"));
    }

    private static PyComplex parseComplex(String s) {
        String t = s.startsWith("(") ? s.substring(1, s.length() - 1) : s;
        t = t.substring(0, t.length() - 1); // the j
        int split = -1;
        for (int i = t.length() - 1; i > 0; i--) {
            char ch = t.charAt(i);
            if ((ch == '+' || ch == '-') && t.charAt(i - 1) != 'e') {
                split = i;
                break;
            }
        }
        if (split < 0) {
            return new PyComplex(s.startsWith("(") ? 0.0 : 0.0, parseDouble(t));
        }
        return new PyComplex(parseDouble(t.substring(0, split)), parseDouble(t.substring(split)));
    }

    /** UTF-8 as Python's surrogatepass reads it: lone surrogates come through. */
    static String decodeUtf8(byte[] b) {
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int cp;
            if (c < 0x80) {
                cp = c;
                i += 1;
            } else if (c < 0xE0) {
                cp = ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
                i += 2;
            } else if (c < 0xF0) {
                cp = ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
                i += 3;
            } else {
                cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
                i += 4;
            }
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    static byte[] encodeUtf8(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | (cp >> 6));
                out.write(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out.write(0xE0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else {
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            }
        }
        return out.toByteArray();
    }
}

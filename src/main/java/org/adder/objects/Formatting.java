package org.adder.objects;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code format(value, spec)} and what it needs: the dispatch to {@code __format__}, the format-spec
 * mini-language for the builtin types, and {@code ascii()}.
 */
public final class Formatting {
    private Formatting() {
    }

    /** {@code format(value, spec)}: {@code type(value).__format__(value, spec)}, which must return a str. */
    public static PyStr format(PyObject value, String spec) {
        if (spec.isEmpty()) {
            if (value.getClass() == PyStr.class) {
                return (PyStr) value;
            }
            if (value.getClass() == PyInt.class) {
                return PyStr.of(((PyInt) value).repr());
            }
        }
        PyObject method = value.type().lookup(SpecialNames.__format__);
        if (method == null) {
            throw PyErr.typeError("Type " + value.type().getName() + " doesn't define __format__");
        }
        PyObject r = Abstract.callDescriptor(method, value, PyStr.of(spec));
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("__format__ must return a str, not " + r.type().getName());
        }
        return s;
    }

    /** The spec argument of a {@code __format__} method. */
    static String specArg(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not "
                    + (spec == PyNone.NONE ? "None" : spec.type().getName()));
        }
        return s.value();
    }

    static PyObject formatStr(PyStr s, String spec) {
        if (spec.isEmpty()) {
            return s.getClass() == PyStr.class ? s : PyStr.of(s.value());
        }
        MiniSpec f = MiniSpec.parse(spec, 's', '<', s.type().getName());
        return PyStr.of(f.formatString(s));
    }

    static PyObject formatInt(PyInt i, String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(i);
        }
        MiniSpec f = MiniSpec.parse(spec, 'd', '>', i.type().getName());
        return PyStr.of(f.formatInt(i));
    }

    static PyObject formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return PyStr.of(FloatFormat.repr(d));
        }
        MiniSpec f = MiniSpec.parse(spec, 0, '>', "float");
        return PyStr.of(f.formatFloat(d));
    }

    /** {@code ascii(o)}: the repr with non-ASCII characters escaped. */
    public static PyStr ascii(PyObject o) {
        String r = Abstract.repr(o).value();
        StringBuilder b = new StringBuilder(r.length());
        r.codePoints().forEach(cp -> {
            if (cp < 128) {
                b.append((char) cp);
            } else if (cp < 256) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        });
        return PyStr.of(b.toString());
    }

    /** Fixed-point digits of {@code d} with {@code precision} decimals, correctly rounded (half to even). */
    static String fixed(double d, int precision) {
        return new BigDecimal(d).setScale(precision, RoundingMode.HALF_EVEN).abs().toPlainString();
    }
}

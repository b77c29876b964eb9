package org.adder.marshal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.adder.bytecode.CodeObject;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyComplex;
import org.adder.objects.PyEllipsis;
import org.adder.objects.PyException;
import org.adder.objects.PyFloat;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * {@code marshal.dumps(obj, 4)} for code objects and their constants. Every object written
 * a second time (the same Java object) becomes a back-reference, as CPython's writer does for
 * objects it sees again. Frozenset members go out in the order of their own marshalled bytes,
 * as CPython 3.12 writes them so that .pyc files do not depend on the hash seed. Identifiers
 * (names, and constants made only of name characters) are marked interned, as CPython's
 * code objects intern them.
 */
public final class MarshalWriter {
    public static final int VERSION = 4;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<PyObject, Integer> refs = new IdentityHashMap<>();

    /** {@code marshal.dumps(obj)}. */
    public static byte[] dumps(PyObject obj) {
        MarshalWriter w = new MarshalWriter();
        w.write(obj, false);
        return w.out.toByteArray();
    }

    private void write(PyObject v, boolean interned) {
        if (v == PyNone.NONE) {
            out.write(TypeCode.NONE);
            return;
        }
        if (v == PyBool.TRUE) {
            out.write(TypeCode.TRUE);
            return;
        }
        if (v == PyBool.FALSE) {
            out.write(TypeCode.FALSE);
            return;
        }
        if (v == PyEllipsis.ELLIPSIS) {
            out.write(TypeCode.ELLIPSIS);
            return;
        }
        Integer ref = refs.get(v);
        if (ref != null) {
            out.write(TypeCode.REF);
            int32(ref);
            return;
        }
        int flag = TypeCode.FLAG_REF;
        refs.put(v, refs.size());
        if (v instanceof PyInt i) {
            if (i.fitsLong() && i.longValue() >= Integer.MIN_VALUE && i.longValue() <= Integer.MAX_VALUE) {
                out.write(TypeCode.INT | flag);
                int32((int) i.longValue());
            } else {
                out.write(TypeCode.LONG | flag);
                writeLong(i.bigValue());
            }
        } else if (v instanceof PyFloat f) {
            out.write(TypeCode.BINARY_FLOAT | flag);
            int64(Double.doubleToRawLongBits(f.value()));
        } else if (v instanceof PyComplex c) {
            out.write(TypeCode.BINARY_COMPLEX | flag);
            int64(Double.doubleToRawLongBits(c.real()));
            int64(Double.doubleToRawLongBits(c.imag()));
        } else if (v instanceof PyStr s) {
            writeStr(s.value(), interned || isIdentifierLike(s.value()), flag);
        } else if (v instanceof PyBytes b) {
            out.write(TypeCode.STRING | flag);
            int32(b.length());
            out.writeBytes(b.value());
        } else if (v instanceof PyTuple t) {
            if (t.size() < 256) {
                out.write(TypeCode.SMALL_TUPLE | flag);
                out.write(t.size());
            } else {
                out.write(TypeCode.TUPLE | flag);
                int32(t.size());
            }
            for (PyObject item : t) {
                write(item, false);
            }
        } else if (v instanceof PyFrozenSet s) {
            out.write(TypeCode.FROZENSET | flag);
            int32(s.size());
            for (PyObject item : sortedByMarshal(s)) {
                write(item, false);
            }
        } else if (v instanceof CodeObject c) {
            out.write(TypeCode.CODE | flag);
            int32(c.argcount);
            int32(c.posonlyargcount);
            int32(c.kwonlyargcount);
            int32(c.stacksize);
            int32(c.flags);
            write(c.code, false);
            write(c.consts, false);
            writeNames(c.names);
            writeNames(c.localsplusnames);
            write(c.localspluskinds, false);
            write(c.filename, false);
            write(c.name, true);
            write(c.qualname, true);
            int32(c.firstlineno);
            write(c.linetable, false);
            write(c.exceptiontable, false);
        } else {
            throw new PyException("ValueError", "unmarshallable object");
        }
    }

    private void writeNames(PyTuple names) {
        Integer ref = refs.get(names);
        if (ref != null) {
            out.write(TypeCode.REF);
            int32(ref);
            return;
        }
        refs.put(names, refs.size());
        out.write((names.size() < 256 ? TypeCode.SMALL_TUPLE : TypeCode.TUPLE) | TypeCode.FLAG_REF);
        if (names.size() < 256) {
            out.write(names.size());
        } else {
            int32(names.size());
        }
        for (PyObject n : names) {
            write(n, true);
        }
    }

    /** The members ordered as {@code sorted(s, key=marshal.dumps)}: bytewise on their own dumps. */
    private static List<PyObject> sortedByMarshal(PyFrozenSet s) {
        List<Map.Entry<byte[], PyObject>> keyed = new ArrayList<>();
        for (PyObject m : s) {
            keyed.add(Map.entry(dumps(m), m));
        }
        keyed.sort((a, b) -> java.util.Arrays.compareUnsigned(a.getKey(), b.getKey()));
        return keyed.stream().map(Map.Entry::getValue).toList();
    }

    private void writeStr(String s, boolean interned, int flag) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            if (b.length < 256) {
                out.write((interned ? TypeCode.SHORT_ASCII_INTERNED : TypeCode.SHORT_ASCII) | flag);
                out.write(b.length);
            } else {
                out.write((interned ? TypeCode.ASCII_INTERNED : TypeCode.ASCII) | flag);
                int32(b.length);
            }
            out.writeBytes(b);
        } else {
            byte[] b = Utf8Surrogates.encode(s);
            out.write((interned ? TypeCode.INTERNED : TypeCode.UNICODE) | flag);
            int32(b.length);
            out.writeBytes(b);
        }
    }

    /** CPython interns string constants made only of ASCII letters, digits and underscores. */
    private static boolean isIdentifierLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private void writeLong(BigInteger v) {
        BigInteger mag = v.abs();
        List<Integer> digits = new ArrayList<>();
        BigInteger mask = BigInteger.valueOf(0x7fff);
        while (mag.signum() > 0) {
            digits.add(mag.and(mask).intValue());
            mag = mag.shiftRight(15);
        }
        int32(v.signum() < 0 ? -digits.size() : digits.size());
        for (int d : digits) {
            out.write(d & 0xff);
            out.write(d >> 8);
        }
    }

    private void int32(int v) {
        out.write(v);
        out.write(v >> 8);
        out.write(v >> 16);
        out.write(v >> 24);
    }

    private void int64(long v) {
        int32((int) v);
        int32((int) (v >>> 32));
    }
}

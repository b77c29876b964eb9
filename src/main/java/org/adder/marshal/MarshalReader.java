package org.adder.marshal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * {@code marshal.loads} for the objects code objects are made of: None, bools, Ellipsis,
 * ints of any size, floats and complexes (binary and text), bytes, str in every encoding,
 * tuples, frozensets, code objects, and back-references. Objects get their reference number
 * when they start, before their contents, as CPython numbers them. Lists, dicts, sets and
 * StopIteration have no Adder object yet and are refused with a ValueError.
 */
public final class MarshalReader {
    /** CPython's limit on nesting, past which it refuses the data. */
    private static final int MAX_DEPTH = 2000;

    private final byte[] data;
    private int at;
    private int depth;
    private final List<PyObject> refs = new ArrayList<>();

    public MarshalReader(byte[] data, int offset) {
        this.data = data;
        this.at = offset;
    }

    /** {@code marshal.loads(data)}. */
    public static PyObject loads(byte[] data) {
        return new MarshalReader(data, 0).readObject();
    }

    /** Where the next object starts. */
    public int position() {
        return at;
    }

    public PyObject readObject() {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new PyException("ValueError", "recursion limit exceeded");
        }
        try {
            PyObject v = read();
            if (v == null) {
                throw new PyException("TypeError", "NULL object in marshal data for object");
            }
            return v;
        } finally {
            depth--;
        }
    }

    private PyObject read() {
        if (at >= data.length) {
            throw new PyException("EOFError", "EOF read where object expected");
        }
        int code = data[at++] & 0xff;
        boolean flag = (code & TypeCode.FLAG_REF) != 0;
        int type = code & ~TypeCode.FLAG_REF;
        // reserve the reference number now: contents come after their container
        int index = -1;
        if (flag) {
            index = refs.size();
            refs.add(null);
        }
        PyObject v = switch (type) {
            case TypeCode.NULL -> null;
            case TypeCode.NONE -> PyNone.NONE;
            case TypeCode.FALSE -> PyBool.FALSE;
            case TypeCode.TRUE -> PyBool.TRUE;
            case TypeCode.ELLIPSIS -> PyEllipsis.ELLIPSIS;
            case TypeCode.INT -> PyInt.of(int32());
            case TypeCode.INT64 -> PyInt.of(int64());
            case TypeCode.LONG -> readLong();
            case TypeCode.BINARY_FLOAT -> new PyFloat(Double.longBitsToDouble(int64()));
            case TypeCode.FLOAT -> new PyFloat(textFloat());
            case TypeCode.BINARY_COMPLEX -> {
                double re = Double.longBitsToDouble(int64());
                yield new PyComplex(re, Double.longBitsToDouble(int64()));
            }
            case TypeCode.COMPLEX -> {
                double re = textFloat();
                yield new PyComplex(re, textFloat());
            }
            case TypeCode.STRING -> PyBytes.of(bytes(size("bytes object")));
            case TypeCode.UNICODE, TypeCode.INTERNED -> PyStr.fromCodePoints(Utf8Surrogates.decode(bytes(size("string"))));
            case TypeCode.ASCII, TypeCode.ASCII_INTERNED ->
                    PyStr.of(new String(bytes(size("string")), StandardCharsets.ISO_8859_1));
            case TypeCode.SHORT_ASCII, TypeCode.SHORT_ASCII_INTERNED ->
                    PyStr.of(new String(bytes(u8()), StandardCharsets.ISO_8859_1));
            case TypeCode.TUPLE -> tuple(size("tuple"));
            case TypeCode.SMALL_TUPLE -> tuple(u8());
            case TypeCode.FROZENSET -> {
                int n = size("set");
                requireItems(n);
                List<PyObject> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(readObject());
                }
                yield PyFrozenSet.of(items);
            }
            case TypeCode.CODE -> code();
            case TypeCode.REF -> {
                int n = int32();
                if (n < 0 || n >= refs.size() || refs.get(n) == null) {
                    throw new PyException("ValueError", "bad marshal data (invalid reference)");
                }
                yield refs.get(n);
            }
            case TypeCode.LIST, TypeCode.DICT, TypeCode.SET, TypeCode.STOPITER ->
                    throw new PyException("ValueError", "bad marshal data (Adder has no " + kind(type)
                            + " object for a code constant)");
            default -> throw new PyException("ValueError", "bad marshal data (unknown type code)");
        };
        if (flag) {
            if (v == null) {
                throw new PyException("ValueError", "bad marshal data (invalid reference)");
            }
            refs.set(index, v);
        }
        return v;
    }

    private static String kind(int type) {
        return switch (type) {
            case TypeCode.LIST -> "list";
            case TypeCode.DICT -> "dict";
            case TypeCode.SET -> "set";
            default -> "StopIteration";
        };
    }

    private PyTuple tuple(int n) {
        requireItems(n);
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = readObject();
        }
        return PyTuple.of(items);
    }

    private CodeObject code() {
        int argcount = int32();
        int posonly = int32();
        int kwonly = int32();
        int stacksize = int32();
        int flags = int32();
        PyBytes code = expect(readObject(), PyBytes.class, "co_code");
        PyTuple consts = expect(readObject(), PyTuple.class, "co_consts");
        PyTuple names = expect(readObject(), PyTuple.class, "co_names");
        PyTuple localsplusnames = expect(readObject(), PyTuple.class, "co_localsplusnames");
        PyBytes kinds = expect(readObject(), PyBytes.class, "co_localspluskinds");
        PyStr filename = expect(readObject(), PyStr.class, "co_filename");
        PyStr name = expect(readObject(), PyStr.class, "co_name");
        PyStr qualname = expect(readObject(), PyStr.class, "co_qualname");
        int firstlineno = int32();
        PyBytes linetable = expect(readObject(), PyBytes.class, "co_linetable");
        PyBytes exceptiontable = expect(readObject(), PyBytes.class, "co_exceptiontable");
        if (localsplusnames.size() != kinds.length()) {
            throw new PyException("ValueError", "code: co_localsplusnames and co_localspluskinds differ in length");
        }
        return new CodeObject(argcount, posonly, kwonly, stacksize, flags, code, consts, names, localsplusnames,
                kinds, filename, name, qualname, firstlineno, linetable, exceptiontable);
    }

    private static <T extends PyObject> T expect(PyObject v, Class<T> type, String field) {
        if (!type.isInstance(v)) {
            throw new PyException("TypeError", "bad marshal data (" + field + " is " + v.typeName() + ")");
        }
        return type.cast(v);
    }

    /** An int of 15-bit digits, least significant first; the count's sign is the number's. */
    private PyInt readLong() {
        int n = int32();
        if (n < -(1 << 26) || n > (1 << 26)) {
            throw new PyException("ValueError", "bad marshal data (long size out of range)");
        }
        int count = Math.abs(n);
        if (2L * count > data.length - at) {
            throw new PyException("EOFError", "marshal data too short");
        }
        BigInteger value = BigInteger.ZERO;
        int[] digits = new int[count];
        for (int i = 0; i < count; i++) {
            int d = u16();
            if (d >= 1 << 15) {
                throw new PyException("ValueError", "bad marshal data (digit out of range in long)");
            }
            digits[i] = d;
        }
        if (count > 0 && digits[count - 1] == 0) {
            throw new PyException("ValueError", "bad marshal data (unnormalized long data)");
        }
        for (int i = count - 1; i >= 0; i--) {
            value = value.shiftLeft(15).or(BigInteger.valueOf(digits[i]));
        }
        return PyInt.of(n < 0 ? value.negate() : value);
    }

    private double textFloat() {
        String s = new String(bytes(u8()), StandardCharsets.ISO_8859_1);
        try {
            return switch (s.toLowerCase(java.util.Locale.ROOT).replace("+", "")) {
                case "inf", "infinity" -> s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                case "nan", "-nan" -> Double.NaN;
                default -> Double.parseDouble(s);
            };
        } catch (NumberFormatException e) {
            throw new PyException("ValueError", "could not convert string to float: '" + s + "'");
        }
    }

    /**
     * Each item takes at least a byte: a count beyond the data left would fail reading anyway
     * (CPython allocates first, then runs out of data), so refuse it before allocating.
     */
    private void requireItems(int n) {
        if (n > data.length - at) {
            throw new PyException("EOFError", "EOF read where object expected");
        }
    }

    private int size(String what) {
        int n = int32();
        if (n < 0) {
            throw new PyException("ValueError", "bad marshal data (" + what + " size out of range)");
        }
        return n;
    }

    private byte[] bytes(int n) {
        if (n > data.length - at) {
            throw new PyException("EOFError", "marshal data too short");
        }
        byte[] out = new byte[n];
        System.arraycopy(data, at, out, 0, n);
        at += n;
        return out;
    }

    private int u8() {
        if (at >= data.length) {
            throw new PyException("EOFError", "EOF read where not expected");
        }
        return data[at++] & 0xff;
    }

    private int u16() {
        if (data.length - at < 2) {
            throw new PyException("EOFError", "marshal data too short");
        }
        int v = (data[at] & 0xff) | (data[at + 1] & 0xff) << 8;
        at += 2;
        return v;
    }

    private int int32() {
        if (data.length - at < 4) {
            throw new PyException("EOFError", "marshal data too short");
        }
        int v = (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16 | (data[at + 3] & 0xff) << 24;
        at += 4;
        return v;
    }

    private long int64() {
        long lo = int32() & 0xffffffffL;
        long hi = int32() & 0xffffffffL;
        return lo | hi << 32;
    }
}

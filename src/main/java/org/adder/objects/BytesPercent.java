package org.adder.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code bytes % args} (PEP 461): %s and %b take buffers or objects with __bytes__, %a and %r give ascii(),
 * %c an int or one byte; the numeric conversions are str's, whose ASCII result is copied.
 */
final class BytesPercent {
    private BytesPercent() {
    }

    static byte[] format(byte[] fmt, PyObject args) {
        boolean tupleArgs = args instanceof PyTuple;
        PyTuple tuple = tupleArgs ? (PyTuple) args : null;
        boolean mapping = !tupleArgs && args.type().mp_subscript != null && !(args instanceof PyStr)
                && !Buffers.isBytesLike(args);
        int count = tupleArgs ? tuple.size() : 1;
        int next = 0;
        boolean usedKey = false;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int n = fmt.length;
        while (i < n) {
            if (fmt[i] != '%') {
                out.write(fmt[i++]);
                continue;
            }
            i++;
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            if (fmt[i] == '%') {
                out.write('%');
                i++;
                continue;
            }
            PyObject value = null;
            if (fmt[i] == '(') {
                if (!mapping) {
                    throw PyErr.typeError("format requires a mapping");
                }
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    depth += fmt[j] == '(' ? 1 : fmt[j] == ')' ? -1 : 0;
                    j++;
                }
                if (depth > 0) {
                    throw PyErr.valueError("incomplete format key");
                }
                value = Abstract.getItem(args, PyBytes.of(java.util.Arrays.copyOfRange(fmt, i + 1, j - 1)));
                usedKey = true;
                i = j;
            }
            StringBuilder spec = new StringBuilder("%");
            boolean left = false;
            while (i < n && "-+ #0".indexOf(fmt[i]) >= 0) {
                left |= fmt[i] == '-';
                spec.append((char) fmt[i++]);
            }
            int width = -1;
            int precision = -1;
            if (i < n && fmt[i] == '*') {
                width = starArg(nextArg(tuple, args, next++, count));
                if (width < 0) {
                    left = true;
                    width = -width;
                    spec.append('-');
                }
                spec.append(width);
                i++;
            } else {
                int start = i;
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    i++;
                }
                if (i > start) {
                    width = Integer.parseInt(new String(fmt, start, i - start, StandardCharsets.ISO_8859_1));
                    spec.append(width);
                }
            }
            if (i < n && fmt[i] == '.') {
                i++;
                if (i < n && fmt[i] == '*') {
                    precision = Math.max(0, starArg(nextArg(tuple, args, next++, count)));
                    i++;
                } else {
                    int start = i;
                    while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                        i++;
                    }
                    precision = i > start ? Integer.parseInt(new String(fmt, start, i - start,
                            StandardCharsets.ISO_8859_1)) : 0;
                }
                spec.append('.').append(precision);
            }
            while (i < n && "hlL".indexOf(fmt[i]) >= 0) {
                i++;
            }
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            char conv = (char) (fmt[i++] & 0xff);
            if (value == null) {
                value = nextArg(tuple, args, next++, count);
            }
            byte[] piece;
            switch (conv) {
                case 's', 'b' -> piece = bytesArg(value);
                case 'r', 'a' -> piece = Formatting.ascii(value).value().getBytes(StandardCharsets.ISO_8859_1);
                case 'c' -> piece = new byte[] {charArg(value)};
                case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    spec.append(conv);
                    PyObject s = PercentFormat.format(PyStr.of(spec.toString()), PyTuple.of(value));
                    out.writeBytes(((PyStr) s).value().getBytes(StandardCharsets.ISO_8859_1));
                    continue;
                }
                default -> throw PyErr.valueError("unsupported format character '" + conv + "' (0x"
                        + Integer.toHexString(conv) + ") at index " + (i - 1));
            }
            if (precision >= 0 && (conv == 's' || conv == 'b' || conv == 'r' || conv == 'a')
                    && piece.length > precision) {
                piece = java.util.Arrays.copyOf(piece, precision);
            }
            int padding = Math.max(0, width - piece.length);
            if (!left) {
                pad(out, padding);
            }
            out.writeBytes(piece);
            if (left) {
                pad(out, padding);
            }
        }
        if (!usedKey && next < count && !mapping) {
            throw PyErr.typeError("not all arguments converted during bytes formatting");
        }
        return out.toByteArray();
    }

    private static void pad(ByteArrayOutputStream out, int n) {
        for (int k = 0; k < n; k++) {
            out.write(' ');
        }
    }

    private static PyObject nextArg(PyTuple tuple, PyObject args, int index, int count) {
        if (index >= count) {
            throw PyErr.typeError("not enough arguments for format string");
        }
        return tuple != null ? tuple.get(index) : args;
    }

    private static int starArg(PyObject w) {
        if (!(w instanceof PyInt wi)) {
            throw PyErr.typeError("* wants int");
        }
        return (int) wi.longValue();
    }

    private static byte[] bytesArg(PyObject value) {
        if (Buffers.isBytesLike(value)) {
            return Buffers.bytesOf(value);
        }
        PyObject method = value.type().lookup(SpecialNames.__bytes__);
        if (method != null) {
            PyObject r = Abstract.callDescriptor(method, value);
            if (!(r instanceof PyBytes b)) {
                throw PyErr.typeError("__bytes__ returned non-bytes (type " + r.type().getName() + ")");
            }
            return b.value;
        }
        throw PyErr.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + value.type().getName() + "'");
    }

    private static byte charArg(PyObject value) {
        if (value instanceof PyInt i) {
            if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 255) {
                throw PyErr.overflowError("%c arg not in range(256)");
            }
            return (byte) i.longValue();
        }
        if ((value instanceof PyBytes || value instanceof PyByteArray) && Buffers.bytesOf(value).length == 1) {
            return Buffers.bytesOf(value)[0];
        }
        throw PyErr.typeError("%c requires an integer in range(256) or a single byte");
    }
}

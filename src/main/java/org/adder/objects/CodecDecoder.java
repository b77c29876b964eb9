package org.adder.objects;

import java.util.Arrays;

/** The state of one {@code bytes.decode}: the data, the code points so far and the error handler. */
final class CodecDecoder {
    final Codec codec;
    final byte[] data;
    final String errors;
    /** The codec name errors report; UTF-16 and UTF-32 name the byte order they found. */
    String name;
    private int[] out = new int[16];
    private int size;

    CodecDecoder(Codec codec, byte[] data, String errors) {
        this.codec = codec;
        this.data = data;
        this.errors = errors;
        this.name = codec.name;
    }

    static PyStr run(Codec codec, byte[] data, String errors) {
        CodecDecoder d = new CodecDecoder(codec, data, errors);
        codec.decode(d);
        return d.result();
    }

    int at(int i) {
        return data[i] & 0xff;
    }

    void put(int cp) {
        if (size == out.length) {
            out = Arrays.copyOf(out, size * 2);
        }
        out[size++] = cp;
    }

    void put(String s) {
        s.codePoints().forEach(this::put);
    }

    PyStr result() {
        return PyStr.fromCodePoints(Arrays.copyOf(out, size));
    }

    PyException exception(int start, int end, String reason) {
        return Codecs.unicodeError(ExceptionTypes.UnicodeDecodeError, name, PyBytes.of(data), start, end,
                reason);
    }

    /** Applies the error handler to the undecodable bytes [start, end); returns where to go on. */
    int error(int start, int end, String reason) {
        switch (errors) {
            case "strict" -> throw exception(start, end, reason);
            case "ignore" -> {
                return end;
            }
            case "replace" -> {
                put(0xfffd);
                return end;
            }
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    put("\\x" + CodecEncoder.hex(at(i), 2));
                }
                return end;
            }
            case "surrogateescape" -> {
                // at most four bytes at a time, and never an ASCII byte
                int n = 0;
                while (n < 4 && start + n < end && at(start + n) >= 128) {
                    put(0xdc00 + at(start + n));
                    n++;
                }
                if (n == 0) {
                    throw exception(start, end, reason);
                }
                return start + n;
            }
            case "surrogatepass" -> {
                long s = codec.decodeSurrogate(data, start);
                if (s < 0) {
                    throw exception(start, end, reason);
                }
                put((int) (s & 0x1fffff));
                return start + (int) (s >> 21);
            }
            case "xmlcharrefreplace", "namereplace" ->
                    throw PyErr.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default -> throw PyErr.of(ExceptionTypes.LookupError, "unknown error handler name '" + errors + "'");
        }
    }
}

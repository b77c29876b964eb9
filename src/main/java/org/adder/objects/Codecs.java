package org.adder.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** {@code str.encode} and {@code bytes.decode}: the codecs and error handlers Python has without imports. */
public final class Codecs {
    private Codecs() {
    }

    /** An encoding or errors argument: a str. */
    static String name(PyObject o, String method, String arg) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError(method + "() argument '" + arg + "' must be str, not " + o.type().getName());
        }
        return s.value();
    }

    private static Charset charset(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf" -> StandardCharsets.UTF_8;
            case "ascii", "us_ascii", "646" -> StandardCharsets.US_ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819" -> StandardCharsets.ISO_8859_1;
            default -> throw PyErr.of(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
        };
    }

    public static PyBytes encode(PyStr s, String encoding, String errors) {
        Charset cs = charset(encoding);
        try {
            ByteBuffer b = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s.value()));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return PyBytes.of(out);
        } catch (CharacterCodingException e) {
            throw PyErr.of(ExceptionTypes.UnicodeEncodeError, "'" + encoding + "' codec can't encode: " + e.getMessage());
        }
    }

    public static PyStr decode(byte[] data, String encoding, String errors) {
        Charset cs = charset(encoding);
        try {
            return PyStr.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString());
        } catch (CharacterCodingException e) {
            throw PyErr.of(ExceptionTypes.UnicodeDecodeError, "'" + encoding + "' codec can't decode: " + e.getMessage());
        }
    }

    /** {@code str(obj, encoding, errors)}. */
    static PyStr decodeObject(PyObject obj, PyObject encoding, PyObject errors) {
        String enc = encoding == null ? "utf-8" : name(encoding, "str", "encoding");
        String err = errors == null ? "strict" : name(errors, "str", "errors");
        if (obj instanceof PyStr) {
            throw PyErr.typeError("decoding str is not supported");
        }
        if (!Buffers.isBytesLike(obj)) {
            throw PyErr.typeError("decoding to str: need a bytes-like object, " + obj.type().getName() + " found");
        }
        return decode(Buffers.bytesOf(obj), enc, err);
    }

    /** {@code UnicodeEncodeError(encoding, s, start, end, reason)}. */
    public static PyException encodeError(String encoding, PyStr s, int start, int end, String reason) {
        return PyErr.of(ExceptionTypes.UnicodeEncodeError, PyStr.of(encoding), s, PyInt.of(start), PyInt.of(end),
                PyStr.of(reason));
    }
}

package org.adder.objects;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code str.encode} and {@code bytes.decode}: the codec registry Python has without imports. */
public final class Codecs {
    private Codecs() {
    }

    /** Codec modules by their normalised names. */
    private static final Map<String, Supplier<Codec>> MODULES = new HashMap<>();
    /** encodings.aliases, for the codecs above. */
    private static final Map<String, String> ALIASES = new HashMap<>();
    /** Codecs that exist but are bytes-to-bytes or str-to-str. */
    private static final java.util.Set<String> NON_TEXT = java.util.Set.of("base64_codec", "hex_codec", "zlib_codec",
            "rot_13", "bz2_codec", "uu_codec", "quopri_codec");
    private static final Map<String, Codec> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static void module(String name, Supplier<Codec> codec, String... aliases) {
        MODULES.put(name, codec);
        for (String a : aliases) {
            ALIASES.put(a, name);
        }
    }

    static {
        module("utf_8", () -> new CodecUtf8(false), "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001");
        module("utf_8_sig", () -> new CodecUtf8(true));
        module("ascii", () -> CodecCharmap.limit("ascii", 128), "646", "ansi_x3.4_1968", "ansi_x3_4_1968",
                "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us",
                "us_ascii");
        module("latin_1", () -> CodecCharmap.limit("latin-1", 256), "8859", "cp819", "csisolatin1", "ibm819",
                "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        module("utf_16", () -> new CodecUtf16(2, 0), "u16", "utf16");
        module("utf_16_le", () -> new CodecUtf16(2, -1), "unicodelittleunmarked", "utf_16le");
        module("utf_16_be", () -> new CodecUtf16(2, 1), "unicodebigunmarked", "utf_16be");
        module("utf_32", () -> new CodecUtf16(4, 0), "u32", "utf32");
        module("utf_32_le", () -> new CodecUtf16(4, -1), "utf_32le");
        module("utf_32_be", () -> new CodecUtf16(4, 1), "utf_32be");
        module("utf_7", CodecUtf7::new, "u7", "unicode_1_1_utf_7", "utf7");
        module("unicode_escape", () -> new CodecEscape(false));
        module("raw_unicode_escape", () -> new CodecEscape(true));
        module("punycode", () -> new CodecPunycode(false));
        module("idna", () -> new CodecPunycode(true));
        module("cp1252", () -> CodecCharmap.javaCharset("windows-1252"), "1252", "windows_1252");
        module("cp1251", () -> CodecCharmap.javaCharset("windows-1251"), "1251", "windows_1251");
        module("cp1250", () -> CodecCharmap.javaCharset("windows-1250"), "1250", "windows_1250");
        module("koi8_r", () -> CodecCharmap.javaCharset("KOI8-R"), "cskoi8r");
        module("cp850", () -> CodecCharmap.javaCharset("IBM850"), "850", "cspc850multilingual", "ibm850");
        module("cp437", () -> CodecCharmap.javaCharset("IBM437"), "437", "cspc8codepage437", "ibm437");
        module("mac_roman", () -> CodecCharmap.javaCharset("x-MacRoman"), "macintosh", "macroman");
        module("iso8859_15", () -> CodecCharmap.javaCharset("ISO-8859-15"), "iso_8859_15", "l9", "latin9");
        for (String[] a : new String[][] {{"base64_codec", "base64", "base_64"}, {"hex_codec", "hex"},
                {"zlib_codec", "zip", "zlib"}, {"rot_13", "rot13"}, {"bz2_codec", "bz2"}, {"uu_codec", "uu"},
                {"quopri_codec", "quopri", "quotedprintable", "quoted_printable"}}) {
            for (int k = 1; k < a.length; k++) {
                ALIASES.put(a[k], a[0]);
            }
        }
    }

    /** An encoding or errors argument: a str. */
    static String name(PyObject o, String method, String arg) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError(method + "() argument '" + arg + "' must be str, not "
                    + (o == PyNone.NONE ? "None" : o.type().getName()));
        }
        if (s.value().indexOf(0) >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        return s.value();
    }

    /**
     * The registry's normalisation ({@code _Py_normalize_encoding} over the UTF-8 bytes): each run of bytes
     * other than ASCII letters, digits and '.' becomes one underscore, none at the ends; ASCII is lowered.
     * Python's encodings.normalize_encoding changes nothing more after that.
     */
    static String normalize(String encoding) {
        StringBuilder s = new StringBuilder();
        boolean punct = false;
        for (int k = 0; k < encoding.length(); k++) {
            char c = encoding.charAt(k);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (punct && s.length() > 0) {
                    s.append('_');
                }
                s.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return s.toString();
    }

    static Codec lookup(String encoding) {
        String norm = normalize(encoding);
        String module = ALIASES.getOrDefault(norm, ALIASES.getOrDefault(norm.replace('.', '_'), norm));
        if (NON_TEXT.contains(module)) {
            throw PyErr.of(ExceptionTypes.LookupError, "'" + encoding
                    + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
        }
        Supplier<Codec> make = MODULES.get(module);
        if (make == null) {
            throw PyErr.of(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
        }
        return CACHE.computeIfAbsent(module, m -> make.get());
    }

    public static PyBytes encode(PyStr s, String encoding, String errors) {
        Codec c = lookup(encoding);
        return PyBytes.wrap(CodecEncoder.run(c, s, errors));
    }

    public static PyStr decode(byte[] data, String encoding, String errors) {
        if (data.length == 0) {
            return PyStr.EMPTY;
        }
        Codec c = lookup(encoding);
        return CodecDecoder.run(c, data, errors);
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
        return unicodeError(ExceptionTypes.UnicodeEncodeError, encoding, s, start, end, reason);
    }

    /** A Unicode error made by calling its type, so that its attributes are set. */
    static PyException unicodeError(PyType type, String encoding, PyObject object, int start, int end, String reason) {
        PyObject e = Abstract.call(type, PyStr.of(encoding), object, PyInt.of(start), PyInt.of(end), PyStr.of(reason));
        return ((PyBaseException) e).raise();
    }
}

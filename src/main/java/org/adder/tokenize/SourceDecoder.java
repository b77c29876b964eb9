package org.adder.tokenize;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adder.objects.PySyntaxError;

/**
 * Source bytes to text, as the tokenize module does it: a UTF-8 byte order mark, a PEP 263 coding
 * comment on line 1 (or on line 2 after a blank or comment line), UTF-8 otherwise.
 */
public final class SourceDecoder {
    /** Decoded text and the encoding the ENCODING token names. */
    public record Decoded(String text, String encoding) {
    }

    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {
    }

    /**
     * tokenize.detect_encoding, then decoding with replacement of undecodable bytes, as the
     * tokenize module's tokenizer reads lines.
     *
     * @param filename the name errors mention, or null
     */
    public static Decoded decode(byte[] source, String filename) {
        int offset = 0;
        boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
                && (source[2] & 0xff) == 0xBF;
        if (bom) {
            offset = 3;
        }
        String encoding = bom ? "utf-8-sig" : "utf-8";
        int firstEnd = lineEnd(source, offset);
        if (firstEnd > offset) {
            String cookie = findCookie(source, offset, firstEnd, filename, bom);
            if (cookie != null) {
                encoding = cookie;
            } else if (isBlank(source, offset, firstEnd)) {
                int secondEnd = lineEnd(source, firstEnd);
                if (secondEnd > firstEnd) {
                    cookie = findCookie(source, firstEnd, secondEnd, filename, bom);
                    if (cookie != null) {
                        encoding = cookie;
                    }
                }
            }
        }
        String text = decodeReplacing(source, offset, charset(encoding));
        return new Decoded(text, encoding.equals("utf-8-sig") ? "utf-8" : encoding);
    }

    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return b.length;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        int i = from;
        while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f')) {
            i++;
        }
        return i == to || b[i] == '#' || b[i] == '\r' || b[i] == '\n';
    }

    private static String findCookie(byte[] b, int from, int to, String filename, boolean bom) {
        String line;
        try {
            line = strictUtf8(b, from, to);
        } catch (CharacterCodingException e) {
            throw error("invalid or missing encoding declaration" + forFile(filename));
        }
        Matcher m = COOKIE.matcher(line);
        if (!m.find() || !isAsciiWord(m.group(1))) {
            return null;
        }
        String encoding = normalName(m.group(1));
        if (Codecs.lookup(encoding) == null) {
            throw error(filename == null ? "unknown encoding: " + encoding
                    : "unknown encoding for " + org.adder.objects.PyStr.repr(filename) + ": " + encoding);
        }
        if (bom) {
            if (!encoding.equals("utf-8")) {
                throw error(filename == null ? "encoding problem: utf-8"
                        : "encoding problem for " + org.adder.objects.PyStr.repr(filename) + ": utf-8");
            }
            return "utf-8-sig";
        }
        return encoding;
    }

    private static boolean isAsciiWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String forFile(String filename) {
        return filename == null ? "" : " for " + org.adder.objects.PyStr.repr(filename);
    }

    /** tokenize._get_normal_name. */
    static String normalName(String orig) {
        String enc = orig.substring(0, Math.min(12, orig.length())).toLowerCase(Locale.ROOT).replace('_', '-');
        if (enc.equals("utf-8") || enc.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (enc.equals("latin-1") || enc.equals("iso-8859-1") || enc.equals("iso-latin-1")
                || enc.startsWith("latin-1-") || enc.startsWith("iso-8859-1-") || enc.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return orig;
    }

    private static Charset charset(String encoding) {
        if (encoding.equals("utf-8") || encoding.equals("utf-8-sig")) {
            return StandardCharsets.UTF_8;
        }
        return Codecs.lookup(encoding);
    }

    private static String strictUtf8(byte[] b, int from, int to) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(b, from, to - from)).toString();
    }

    /**
     * The tokenize module reads the source a line at a time (lines end at b'\n') and decodes
     * each line with errors="replace". For UTF-8 the whole text decodes the same way at once.
     */
    private static String decodeReplacing(byte[] b, int from, Charset cs) {
        if (cs == StandardCharsets.UTF_8) {
            try {
                return strictUtf8(b, from, b.length);
            } catch (CharacterCodingException e) {
                return utf8Replacing(b, from, b.length);
            }
        }
        StringBuilder text = new StringBuilder(b.length - from);
        int start = from;
        while (start < b.length) {
            int end = lineEnd(b, start);
            text.append(new String(b, start, end - start, cs));
            start = end;
        }
        return text.toString();
    }

    /**
     * Python's UTF-8 decoding with errors="replace": one U+FFFD for each byte that cannot start
     * a sequence and for each longest valid prefix of a sequence cut short (Java's decoder
     * differs, e.g. for encoded surrogates).
     */
    public static String utf8Replacing(byte[] b, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int n = Utf8.unit(b, i, to);
            if (n == 1) {
                out.append((char) b[i]);
            } else if (n > 1) {
                out.append(new String(b, i, n, java.nio.charset.StandardCharsets.UTF_8));
            } else {
                out.append('\uFFFD');
            }
            i += Math.abs(n);
        }
        return out.toString();
    }

    private static PySyntaxError error(String msg) {
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, null, 0, 0, null, 0, 0);
    }
}

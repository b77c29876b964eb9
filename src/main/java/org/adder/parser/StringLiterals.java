package org.adder.parser;

import java.io.ByteArrayOutputStream;
import java.util.stream.IntStream;
import org.adder.objects.PyBytes;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;

/**
 * The value of a STRING token (and of an f-string's literal parts), decoded as CPython 3.12's
 * parser does: prefixes r, b, u in any case and order, single or triple quotes, every escape,
 * with CPython's error messages and its SyntaxWarning for an invalid escape.
 *
 * <p>CPython decodes a str body with the {@code unicode_escape} codec after rewriting every
 * non-ASCII character as a {@code \UXXXXXXXX} escape (and a backslash before one as
 * {@code \u005c}); the positions in its "(unicode error)" messages count bytes of that
 * rewritten text, so this class rewrites the same way before decoding.
 *
 * <p>Errors are thrown as {@link LiteralError} carrying CPython's message; the parser raises
 * the SyntaxError at the whole token (lineno, col_offset+1 to end_lineno, end_col_offset+1).
 * Warnings go to a {@link Warnings} sink; CPython issues them as SyntaxWarning at the token's
 * first line (and when warnings are errors, raises SyntaxError with that message at the token).
 */
public final class StringLiterals {
    /** Receives the text of each SyntaxWarning, e.g. {@code invalid escape sequence '\d'}. */
    @FunctionalInterface
    public interface Warnings {
        void warn(String message);

        Warnings IGNORE = message -> {
        };
    }

    private StringLiterals() {
    }

    /** The value of a STRING token's text (prefix, quotes and body): a PyStr, or a PyBytes for a b prefix. */
    public static PyObject decode(String token, Warnings warnings) {
        boolean bytes = false;
        boolean raw = false;
        int i = 0;
        for (; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
        }
        char quote = token.charAt(i);
        int quotes = token.startsWith(String.valueOf(quote).repeat(3), i) && token.length() - i >= 6 ? 3 : 1;
        String body = token.substring(i + quotes, token.length() - quotes);
        return bytes ? PyBytes.of(decodeBytes(body, raw, warnings)) : decodeStrValue(body, raw, warnings);
    }

    /**
     * A str literal's body (between the quotes) decoded, for a caller that has split the token
     * itself; {@code raw} for an r prefix.
     */
    public static String decodeStr(String body, boolean raw, Warnings warnings) {
        return raw || body.indexOf('\\') < 0 ? body : asText(decodeUnicodeEscapes(body, warnings, false));
    }

    /**
     * A str literal's body decoded as a str: unlike {@link #decodeStr}, escapes that write a high
     * surrogate then a low one ('\\ud83d\\ude00') stay two code points, as in CPython.
     */
    public static PyStr decodeStrValue(String body, boolean raw, Warnings warnings) {
        return raw || body.indexOf('\\') < 0 ? PyStr.of(body)
                : PyStr.fromCodePoints(decodeUnicodeEscapes(body, warnings, false));
    }

    private static String asText(int[] cps) {
        return new String(cps, 0, cps.length);
    }

    /** A bytes literal's body (between the quotes) decoded; {@code raw} for an r prefix. */
    public static byte[] decodeBytes(String body, boolean raw, Warnings warnings) {
        for (int k = 0; k < body.length(); k++) {
            if (body.charAt(k) >= 0x80) {
                throw new LiteralError("bytes can only contain ASCII literal characters");
            }
        }
        if (raw || body.indexOf('\\') < 0) {
            byte[] b = new byte[body.length()];
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) body.charAt(k);
            }
            return b;
        }
        return decodeBytesEscapes(body, warnings);
    }

    /** The Constant's {@code kind}: "u" when the token is written with a lower-case u prefix. */
    public static String kind(String token) {
        return token.startsWith("u") ? "u" : null;
    }

    /**
     * The value of an f-string's literal part (a FSTRING_MIDDLE token's text, braces already
     * undoubled by the caller). {@code \{} and {@code \}} are not warned about here: the
     * tokenizer has warned already.
     */
    public static PyStr decodeFStringMiddle(String text, boolean raw, Warnings warnings) {
        if (raw || text.indexOf('\\') < 0) {
            return PyStr.of(text);
        }
        return PyStr.fromCodePoints(decodeUnicodeEscapes(text, warnings, true));
    }

    // ---- str: CPython's rewriting, then the unicode_escape codec

    /** The code points of the decoded text (a Java string would pair up escaped surrogates). */
    private static int[] decodeUnicodeEscapes(String body, Warnings warnings, boolean fstring) {
        String s = asciiEscaped(body);
        IntStream.Builder out = IntStream.builder();
        int firstInvalid = -1;
        int end = s.length();
        int i = 0;
        while (i < end) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.add(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= end) {
                throw unicodeError(start, i, "\\ at end of string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> {
                }
                case '\\', '\'', '"', 'b', 'f', 't', 'n', 'r', 'v', 'a' -> out.add(simpleEscape(c));
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int digitsEnd = octalEnd(s, i - 1, end);
                    int ch = Integer.parseInt(s, i - 1, digitsEnd, 8);
                    i = digitsEnd;
                    if (ch > 0377 && firstInvalid < 0) {
                        firstInvalid = i - 3;
                    }
                    out.add(ch);
                }
                case 'x', 'u', 'U' -> {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String message = c == 'x' ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    for (; count > 0; count--, i++) {
                        if (i >= end) {
                            throw unicodeError(start, i, message);
                        }
                        int d = Character.digit(s.charAt(i), 16);
                        if (d < 0 || s.charAt(i) >= 0x80) {
                            throw unicodeError(start, i, message);
                        }
                        ch = ch * 16 + d;
                    }
                    if (ch > 0x10FFFF) {
                        throw unicodeError(start, i, "illegal Unicode character");
                    }
                    out.add((int) ch);
                }
                case 'N' -> {
                    String message = "malformed \\N character escape";
                    if (i >= end || s.charAt(i) != '{') {
                        throw unicodeError(start, i, message);
                    }
                    int nameStart = ++i;
                    while (i < end && s.charAt(i) != '}') {
                        i++;
                    }
                    if (i >= end || i == nameStart) {
                        throw unicodeError(start, i, message);
                    }
                    int cp = UnicodeNames.lookup(s.substring(nameStart, i));
                    i++;
                    if (cp < 0) {
                        throw unicodeError(start, i, "unknown Unicode character name");
                    }
                    out.add(cp);
                }
                default -> {
                    if (firstInvalid < 0) {
                        firstInvalid = i - 1;
                    }
                    out.add('\\');
                    i--; // the character after the backslash stands for itself
                }
            }
        }
        if (firstInvalid >= 0) {
            warnInvalidEscape(s, firstInvalid, warnings, fstring);
        }
        return out.build().toArray();
    }

    /**
     * CPython's rewriting of a str body before unicode_escape decoding: each non-ASCII character
     * becomes {@code \UXXXXXXXX}; a backslash followed by one (or ending the text) is kept
     * literally, as {@code \u005c}.
     */
    private static String asciiEscaped(String body) {
        StringBuilder b = new StringBuilder(body.length() + 16);
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\\') {
                b.append(c);
                i++;
                if (i >= n || body.charAt(i) >= 0x80) {
                    b.append("u005c");
                    if (i >= n) {
                        break;
                    }
                }
            }
            c = body.charAt(i);
            if (c >= 0x80) {
                int cp = body.codePointAt(i);
                i += Character.charCount(cp);
                b.append("\\U").append(String.format("%08x", cp));
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static LiteralError unicodeError(int start, int end, String reason) {
        String where = end - start == 1 ? "byte in position " + start : "bytes in position " + start + "-" + (end - 1);
        return new LiteralError("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }

    // ---- bytes

    private static byte[] decodeBytesEscapes(String s, Warnings warnings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int firstInvalid = -1;
        int end = s.length();
        int i = 0;
        while (i < end) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= end) {
                throw new LiteralError("(value error) Trailing \\ in string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> {
                }
                case '\\', '\'', '"', 'b', 'f', 't', 'n', 'r', 'v', 'a' -> out.write(simpleEscape(c));
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int digitsEnd = octalEnd(s, i - 1, end);
                    int ch = Integer.parseInt(s, i - 1, digitsEnd, 8);
                    i = digitsEnd;
                    if (ch > 0377 && firstInvalid < 0) {
                        firstInvalid = i - 3;
                    }
                    out.write(ch & 0xff);
                }
                case 'x' -> {
                    if (i + 1 < end && hex(s.charAt(i)) >= 0 && hex(s.charAt(i + 1)) >= 0) {
                        out.write(hex(s.charAt(i)) * 16 + hex(s.charAt(i + 1)));
                        i += 2;
                    } else {
                        throw new LiteralError("(value error) invalid \\x escape at position " + start);
                    }
                }
                default -> {
                    if (firstInvalid < 0) {
                        firstInvalid = i - 1;
                    }
                    out.write('\\');
                    i--;
                }
            }
        }
        if (firstInvalid >= 0) {
            warnInvalidEscape(s, firstInvalid, warnings, false);
        }
        return out.toByteArray();
    }

    // ---- what str and bytes escapes share

    /** The character a one-letter escape stands for ({@code \\n}, {@code \\t}, ...), the same in str and bytes. */
    private static int simpleEscape(char c) {
        return switch (c) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'v' -> 0x0b;
            case 'a' -> 0x07;
            default -> c; // \\ \' \"
        };
    }

    /** Where an octal escape's digits end: up to three, the first at {@code start}. */
    private static int octalEnd(String s, int start, int end) {
        int i = start + 1;
        while (i < end && i < start + 3 && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
            i++;
        }
        return i;
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** CPython 3.12's SyntaxWarning for the first invalid escape; {@code at} is the character after the backslash. */
    private static void warnInvalidEscape(String s, int at, Warnings warnings, boolean fstring) {
        char c = s.charAt(at);
        if (fstring && (c == '{' || c == '}')) {
            return;
        }
        if (c >= '4' && c <= '7') {
            warnings.warn("invalid octal escape sequence '\\" + s.substring(at, Math.min(s.length(), at + 3)) + "'");
        } else {
            warnings.warn("invalid escape sequence '\\" + c + "'");
        }
    }
}

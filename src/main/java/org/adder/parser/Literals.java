package org.adder.parser;

import com.ibm.icu.lang.UCharacter;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.adder.objects.PyComplex;
import org.adder.objects.PyFloat;
import org.adder.objects.PyInt;
import org.adder.objects.PyObject;

/**
 * The values of NUMBER tokens and the bodies of string literals (escape sequences), as
 * CPython's parser computes them. Errors are reported through {@link Failure} so the caller can
 * place them at the token.
 */
final class Literals {
    private Literals() {
    }

    /** A literal that cannot be decoded, with CPython's message. */
    static final class Failure extends RuntimeException {
        Failure(String msg) {
            super(msg, null, false, false);
        }
    }

    static PyObject number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new PyComplex(0.0, parseFloat(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = s.charAt(1);
            if (k == 'x' || k == 'X') {
                return PyInt.of(new BigInteger(s.substring(2), 16));
            } else if (k == 'o' || k == 'O') {
                return PyInt.of(new BigInteger(s.substring(2), 8));
            } else if (k == 'b' || k == 'B') {
                return PyInt.of(new BigInteger(s.substring(2), 2));
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return new PyFloat(parseFloat(s));
            }
        }
        if (s.length() <= 18) {
            return PyInt.of(Long.parseLong(s));
        }
        return PyInt.of(new BigInteger(s));
    }

    private static double parseFloat(String s) {
        return Double.parseDouble(s);
    }

    /** Decodes the escape sequences of a str literal body. */
    static String decodeStr(String s) {
        int bs = s.indexOf('\\');
        if (bs < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, bs);
        int i = bs;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i++);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            int start = i - 1;
            if (i >= n) {
                throw decodeError(s, start, start + 1, "\\ at end of string");
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> b.append('\\');
                case '\'' -> b.append('\'');
                case '"' -> b.append('"');
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'v' -> b.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    b.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    while (k < count && i + k < n && Character.digit(s.charAt(i + k), 16) >= 0) {
                        v = v * 16 + Character.digit(s.charAt(i + k), 16);
                        k++;
                    }
                    if (k < count) {
                        String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                : "truncated \\UXXXXXXXX escape";
                        throw decodeError(s, start, i + k, what);
                    }
                    i += count;
                    if (v > 0x10FFFF) {
                        throw decodeError(s, start, i, "illegal Unicode character");
                    }
                    b.appendCodePoint(v);
                }
                case 'N' -> {
                    String message = "malformed \\N character escape";
                    if (i < n && s.charAt(i) == '{') {
                        int nameStart = ++i;
                        while (i < n && s.charAt(i) != '}') {
                            i++;
                        }
                        if (i > nameStart && i < n) {
                            int cp = lookupName(s.substring(nameStart, i));
                            i++;
                            if (cp >= 0) {
                                b.appendCodePoint(cp);
                                continue;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    throw decodeError(s, start, i, message);
                }
                default -> {
                    b.append('\\');
                    b.append(e);
                }
            }
        }
        return b.toString();
    }

    /**
     * The unicode-escape codec's error as the parser reports it. Positions count bytes of what
     * CPython hands the codec: the literal with each non-ASCII character written as a
     * \\UXXXXXXXX escape (ten bytes).
     */
    private static Failure decodeError(String s, int start, int end, String reason) {
        int from = codecPosition(s, start);
        int to = codecPosition(s, end);
        String where = to - from == 1
                ? "can't decode byte 0x" + String.format("%02x", (int) s.charAt(start)) + " in position " + from
                : "can't decode bytes in position " + from + "-" + (to - 1);
        return new Failure("(unicode error) 'unicodeescape' codec " + where + ": " + reason);
    }

    private static int codecPosition(String s, int index) {
        int pos = 0;
        for (int i = 0; i < index && i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            pos += cp < 0x80 ? 1 : 10;
        }
        return pos;
    }

    private static int lookupName(String name) {
        int cp = UCharacter.getCharFromName(name);
        if (cp < 0) {
            cp = UCharacter.getCharFromNameAlias(name);
        }
        return cp;
    }

    /** Decodes a bytes literal body (raw or with escapes). */
    static byte[] decodeBytes(String s, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i++);
            if (c >= 0x80) {
                throw new Failure("bytes can only contain ASCII literal characters");
            }
            if (c != '\\' || raw) {
                out.write(c);
                continue;
            }
            if (i >= n) {
                throw new Failure("(value error) \\ at end of string");
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int d1 = i < n ? Character.digit(s.charAt(i), 16) : -1;
                    int d2 = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new Failure("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    if (e >= 0x80) {
                        throw new Failure("bytes can only contain ASCII literal characters");
                    }
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}

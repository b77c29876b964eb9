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
            if (i >= n) {
                throw new Failure("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position "
                        + (b.length()) + ": \\ at end of string");
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
                case 'x' -> {
                    b.appendCodePoint(hex(s, i, 2, "truncated \\xXX escape"));
                    i += 2;
                }
                case 'u' -> {
                    b.appendCodePoint(hex(s, i, 4, "truncated \\uXXXX escape"));
                    i += 4;
                }
                case 'U' -> {
                    int v = hex(s, i, 8, "truncated \\UXXXXXXXX escape");
                    if (v > 0x10FFFF) {
                        throw new Failure("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
                    }
                    b.appendCodePoint(v);
                    i += 8;
                }
                case 'N' -> {
                    int close = i < n && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    int cp = close < 0 ? -1 : lookupName(s.substring(i + 1, close));
                    if (cp < 0) {
                        throw new Failure("(unicode error) 'unicodeescape' codec can't decode bytes: "
                                + (close < 0 ? "malformed \\N character escape" : "unknown Unicode character name"));
                    }
                    b.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    b.append('\\');
                    b.append(e);
                }
            }
        }
        return b.toString();
    }

    private static int lookupName(String name) {
        int cp = UCharacter.getCharFromName(name);
        if (cp < 0) {
            cp = UCharacter.getCharFromNameAlias(name);
        }
        if (cp < 0) {
            cp = UCharacter.getCharFromExtendedName(name);
        }
        return cp;
    }

    private static int hex(String s, int i, int count, String what) {
        if (i + count > s.length()) {
            throw new Failure("(unicode error) 'unicodeescape' codec can't decode bytes: " + what);
        }
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = Character.digit(s.charAt(i + k), 16);
            if (d < 0) {
                throw new Failure("(unicode error) 'unicodeescape' codec can't decode bytes: " + what);
            }
            v = v * 16 + d;
        }
        return v;
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

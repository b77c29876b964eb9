package org.adder.parser;

import org.adder.objects.PyStr;

/**
 * A decoded str literal as Python sees it when escapes make surrogates: {@code '\ud83d\ude00'}
 * is two code points in Python, while the decoded Java string cannot tell them from the pair of
 * one astral character. Walking the literal's body alongside its decoded text tells which
 * adjacent surrogates each came from an escape of their own.
 */
final class EscapedSurrogates {
    private EscapedSurrogates() {
    }

    /** The str of {@code decoded}, the value of the non-raw literal {@code body}. */
    static PyStr str(String body, String decoded) {
        if (!hasSurrogatePair(decoded) || body.indexOf('\\') < 0) {
            return new PyStr(decoded);
        }
        boolean[] escaped = new boolean[decoded.length()];
        int out = 0;
        int i = 0;
        int n = body.length();
        while (i < n && out < decoded.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                int cp = body.codePointAt(i);
                i += Character.charCount(cp);
                out += Character.charCount(cp);
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case 'u', 'U' -> {
                    int digits = e == 'u' ? 4 : 8;
                    int cp = Integer.parseInt(body.substring(i, i + digits), 16);
                    i += digits;
                    if (cp >= 0xD800 && cp <= 0xDFFF) {
                        escaped[out] = true;
                    }
                    out += Character.charCount(cp);
                }
                case 'x' -> {
                    i += 2;
                    out++;
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        i++;
                    }
                    out++;
                }
                case 'N' -> {
                    int close = body.indexOf('}', i);
                    out += Character.charCount(decoded.codePointAt(out));
                    i = close + 1;
                }
                case '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v' -> out++;
                default -> {
                    // an invalid escape keeps its backslash and character
                    int cp = body.codePointAt(i - 1);
                    i += Character.charCount(cp) - 1;
                    out += 1 + Character.charCount(cp);
                }
            }
        }
        int[] cps = new int[decoded.codePointCount(0, decoded.length())];
        int k = 0;
        for (int j = 0; j < decoded.length(); ) {
            char c = decoded.charAt(j);
            if (Character.isHighSurrogate(c) && j + 1 < decoded.length()
                    && Character.isLowSurrogate(decoded.charAt(j + 1)) && (escaped[j] || escaped[j + 1])) {
                if (k + 2 > cps.length) {
                    cps = java.util.Arrays.copyOf(cps, k + 2);
                }
                cps[k++] = c;
                cps[k++] = decoded.charAt(j + 1);
                j += 2;
            } else {
                int cp = decoded.codePointAt(j);
                if (k + 1 > cps.length) {
                    cps = java.util.Arrays.copyOf(cps, k + 1);
                }
                cps[k++] = cp;
                j += Character.charCount(cp);
            }
        }
        return PyStr.fromCodePoints(java.util.Arrays.copyOf(cps, k));
    }

    /** The concatenation of strs, keeping separate surrogate code points separate. */
    static PyStr concat(java.util.List<PyStr> parts) {
        boolean surrogates = false;
        for (PyStr p : parts) {
            surrogates |= hasSurrogate(p.value());
        }
        if (!surrogates) {
            StringBuilder b = new StringBuilder();
            for (PyStr p : parts) {
                b.append(p.value());
            }
            return new PyStr(b.toString());
        }
        java.util.stream.IntStream all = java.util.stream.IntStream.empty();
        for (PyStr p : parts) {
            all = java.util.stream.IntStream.concat(all, java.util.Arrays.stream(p.codePoints()));
        }
        return PyStr.fromCodePoints(all.toArray());
    }

    private static boolean hasSurrogatePair(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

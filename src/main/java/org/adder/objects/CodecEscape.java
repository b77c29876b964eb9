package org.adder.objects;

import com.ibm.icu.lang.UCharacter;

/** 'unicode_escape' (Python string-literal escapes over Latin-1) and 'raw_unicode_escape' (only \\u and \\U). */
final class CodecEscape extends Codec {
    private final boolean raw;

    CodecEscape(boolean raw) {
        super(raw ? "rawunicodeescape" : "unicodeescape");
        this.raw = raw;
    }

    @Override
    void encode(CodecEncoder e) {
        StringBuilder s = new StringBuilder();
        for (int c : e.cps) {
            if (raw) {
                if (c < 0x100) {
                    s.append((char) c);
                } else {
                    CodecEncoder.backslash(s, c);
                }
            } else if (c == '\\') {
                s.append("\\\\");
            } else if (c == '\t') {
                s.append("\\t");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c >= ' ' && c < 0x7f) {
                s.append((char) c);
            } else {
                CodecEncoder.backslash(s, c);
            }
        }
        for (int k = 0; k < s.length(); k++) {
            e.write(s.charAt(k));
        }
    }

    @Override
    void decode(CodecDecoder d) {
        byte[] data = d.data;
        int n = data.length;
        int i = 0;
        while (i < n) {
            int b = d.at(i);
            if (b != '\\') {
                d.put(b);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= n) {
                if (raw) {
                    d.put('\\');
                    i++;
                } else {
                    i = d.error(start, n, "\\ at end of string");
                }
                continue;
            }
            int c = d.at(i + 1);
            i += 2;
            if (raw && c != 'u' && c != 'U') {
                d.put('\\');
                i--;
                continue;
            }
            switch (c) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> d.put(c);
                case 'a' -> d.put(7);
                case 'b' -> d.put(8);
                case 'f' -> d.put(12);
                case 'n' -> d.put(10);
                case 'r' -> d.put(13);
                case 't' -> d.put(9);
                case 'v' -> d.put(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && d.at(i) >= '0' && d.at(i) <= '7'; k++) {
                        v = v * 8 + d.at(i++) - '0';
                    }
                    if (v > 0377) {
                        org.adder.vm.Warnings.warn(ExceptionTypes.DeprecationWarning,
                                "invalid octal escape sequence '\\" + Integer.toOctalString(v) + "'", 1);
                    }
                    d.put(v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    while (k < digits && i < n && Character.digit(d.at(i), 16) >= 0) {
                        v = v * 16 + Character.digit(d.at(i++), 16);
                        k++;
                    }
                    String what = c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    if (k < digits) {
                        i = d.error(start, i, "truncated " + what + " escape");
                    } else if (v > 0x10ffff || v < 0) {
                        i = d.error(start, i, "illegal Unicode character");
                    } else {
                        d.put(v);
                    }
                }
                case 'N' -> i = name(d, start, i);
                default -> {
                    org.adder.vm.Warnings.warn(ExceptionTypes.DeprecationWarning,
                            "invalid escape sequence '\\" + (char) c + "'", 1);
                    d.put('\\');
                    d.put(c);
                }
            }
        }
    }

    /** {@code \N{name}} after the N at {@code i}; returns where to go on. */
    private static int name(CodecDecoder d, int start, int i) {
        int n = d.data.length;
        if (i >= n || d.at(i) != '{') {
            return d.error(start, i, "malformed \\N character escape");
        }
        int close = i + 1;
        while (close < n && d.at(close) != '}') {
            close++;
        }
        if (close == i + 1 || close == n) {
            return d.error(start, close, "malformed \\N character escape");
        }
        String name = new String(d.data, i + 1, close - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
        int cp = UCharacter.getCharFromName(name);
        if (cp < 0) {
            cp = UCharacter.getCharFromNameAlias(name);
        }
        if (cp < 0) {
            return d.error(start, close + 1, "unknown Unicode character name");
        }
        d.put(cp);
        return close + 1;
    }
}

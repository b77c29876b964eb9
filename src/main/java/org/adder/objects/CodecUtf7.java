package org.adder.objects;

/** UTF-7 (RFC 2152) with CPython's choices: set O and whitespace direct, '+' written as "+-". */
final class CodecUtf7 extends Codec {
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    CodecUtf7() {
        super("utf7");
    }

    private static boolean direct(int c) {
        return c < 128 && c != '+' && c != '\\' && c != '~' && (c >= ' ' && c < 127 || c == '\t' || c == '\n'
                || c == '\r');
    }

    private static boolean isBase64(int c) {
        return c < 128 && B64.indexOf(c) >= 0;
    }

    @Override
    void encode(CodecEncoder e) {
        boolean shifted = false;
        int bits = 0;
        long buffer = 0;
        for (int c : e.cps) {
            if (shifted && direct(c)) {
                if (bits > 0) {
                    e.write(B64.charAt((int) (buffer << (6 - bits)) & 0x3f));
                    bits = 0;
                    buffer = 0;
                }
                shifted = false;
                if (isBase64(c) || c == '-') {
                    e.write('-');
                }
                e.write(c);
                continue;
            }
            if (!shifted) {
                if (c == '+') {
                    e.write('+');
                    e.write('-');
                    continue;
                }
                if (direct(c)) {
                    e.write(c);
                    continue;
                }
                e.write('+');
                shifted = true;
            }
            int[] units = c >= 0x10000 ? new int[] {Character.highSurrogate(c), Character.lowSurrogate(c)}
                    : new int[] {c};
            for (int u : units) {
                buffer = buffer << 16 | u;
                bits += 16;
                while (bits >= 6) {
                    e.write(B64.charAt((int) (buffer >> (bits - 6)) & 0x3f));
                    bits -= 6;
                }
                buffer &= (1L << bits) - 1;
            }
        }
        if (shifted) {
            if (bits > 0) {
                e.write(B64.charAt((int) (buffer << (6 - bits)) & 0x3f));
            }
            e.write('-');
        }
    }

    @Override
    void decode(CodecDecoder d) {
        int n = d.data.length;
        int i = 0;
        boolean shifted = false;
        int shiftStart = 0;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        while (i < n) {
            int c = d.at(i);
            if (shifted) {
                if (isBase64(c)) {
                    buffer = buffer << 6 | B64.indexOf(c);
                    bits += 6;
                    i++;
                    if (bits >= 16) {
                        int u = (int) (buffer >> (bits - 16)) & 0xffff;
                        bits -= 16;
                        buffer &= (1L << bits) - 1;
                        if (surrogate != 0) {
                            if (u >= 0xdc00 && u <= 0xdfff) {
                                d.put(Character.toCodePoint((char) surrogate, (char) u));
                                surrogate = 0;
                                continue;
                            }
                            d.put(surrogate);
                            surrogate = 0;
                        }
                        if (u >= 0xd800 && u <= 0xdbff) {
                            surrogate = u;
                        } else {
                            d.put(u);
                        }
                    }
                    continue;
                }
                shifted = false;
                i++;
                if (bits >= 6) {
                    i = d.error(shiftStart, i, "partial character in shift sequence");
                    bits = 0;
                    buffer = 0;
                    continue;
                }
                if (bits > 0 && buffer != 0) {
                    i = d.error(shiftStart, i, "non-zero padding bits in shift sequence");
                    bits = 0;
                    buffer = 0;
                    continue;
                }
                bits = 0;
                buffer = 0;
                if (surrogate != 0) {
                    d.put(surrogate);
                    surrogate = 0;
                }
                if (c == '-') {
                    continue;
                }
                if (c >= 128) {
                    i = d.error(i - 1, i, "unexpected special character");
                    continue;
                }
                d.put(c);
            } else if (c == '+') {
                shiftStart = i;
                i++;
                if (i < n && d.at(i) == '-') {
                    d.put('+');
                    i++;
                } else if (i < n && !isBase64(d.at(i))) {
                    i = d.error(shiftStart, i + 1, "ill-formed sequence");
                } else {
                    shifted = true;
                }
            } else if (c < 128) {
                d.put(c);
                i++;
            } else {
                i = d.error(i, i + 1, "unexpected special character");
            }
        }
        if (shifted && (surrogate != 0 || bits >= 6 || bits > 0 && buffer != 0)) {
            d.error(shiftStart, n, "unterminated shift sequence");
        } else if (surrogate != 0) {
            d.put(surrogate);
        }
    }
}

package org.adder.objects;

/** UTF-16 and UTF-32 in either byte order; without a fixed order they write a BOM and read one if present. */
final class CodecUtf16 extends Codec {
    /** Code unit width: 2 or 4. */
    private final int width;
    /** Byte order: +1 big, -1 little, 0 native (little) with a BOM. */
    private final int order;

    CodecUtf16(int width, int order) {
        super("utf-" + width * 8 + (order > 0 ? "-be" : order < 0 ? "-le" : ""));
        this.width = width;
        this.order = order;
    }

    @Override
    Codec replacementCodec() {
        return order == 0 ? new CodecUtf16(width, -1) : this;
    }

    private void unit(CodecEncoder e, int u, boolean big) {
        for (int k = 0; k < width; k++) {
            int shift = big ? (width - 1 - k) * 8 : k * 8;
            e.write(u >>> shift & 0xff);
        }
    }

    private int unit(byte[] data, int pos, boolean big) {
        int u = 0;
        for (int k = 0; k < width; k++) {
            int shift = big ? (width - 1 - k) * 8 : k * 8;
            u |= (data[pos + k] & 0xff) << shift;
        }
        return u;
    }

    @Override
    void encode(CodecEncoder e) {
        boolean big = order > 0;
        if (order == 0) {
            unit(e, 0xfeff, false);
        }
        int[] cps = e.cps;
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (CodecUtf8.isSurrogate(c)) {
                i = e.error(i, i + 1, "surrogates not allowed");
                continue;
            }
            if (width == 2 && c >= 0x10000) {
                unit(e, Character.highSurrogate(c), big);
                unit(e, Character.lowSurrogate(c), big);
            } else {
                unit(e, c, big);
            }
            i++;
        }
    }

    @Override
    byte[] surrogateBytes(int c) {
        byte[] b = new byte[width];
        for (int k = 0; k < width; k++) {
            int shift = order > 0 ? (width - 1 - k) * 8 : k * 8;
            b[k] = (byte) (c >>> shift);
        }
        return b;
    }

    @Override
    long decodeSurrogate(byte[] data, int pos) {
        if (pos + width > data.length) {
            return -1;
        }
        int u = unit(data, pos, order > 0);
        return CodecUtf8.isSurrogate(u) ? ((long) width << 21) | u : -1;
    }

    @Override
    void decode(CodecDecoder d) {
        byte[] data = d.data;
        int n = data.length;
        int i = 0;
        boolean big = order > 0;
        if (order == 0 && n >= width) {
            int le = unit(data, 0, false);
            if (le == 0xfeff) {
                i = width;
            } else if (unit(data, 0, true) == 0xfeff) {
                i = width;
                big = true;
            }
        }
        if (order == 0) {
            d.name = name + (big ? "-be" : "-le");
        }
        while (i < n) {
            if (n - i < width) {
                i = d.error(i, n, "truncated data");
                continue;
            }
            int u = unit(data, i, big);
            if (width == 4) {
                if (Integer.compareUnsigned(u, 0x10ffff) > 0) {
                    i = d.error(i, i + 4, "code point not in range(0x110000)");
                } else if (CodecUtf8.isSurrogate(u)) {
                    i = d.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    d.put(u);
                    i += 4;
                }
                continue;
            }
            if (!CodecUtf8.isSurrogate(u)) {
                d.put(u);
                i += 2;
            } else if (u >= 0xdc00) {
                i = d.error(i, i + 2, "illegal encoding");
            } else if (n - i < 4) {
                i = d.error(i, n, "unexpected end of data");
            } else {
                int u2 = unit(data, i + 2, big);
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    d.put(Character.toCodePoint((char) u, (char) u2));
                    i += 4;
                } else {
                    i = d.error(i, i + 2, "illegal UTF-16 surrogate");
                }
            }
        }
    }
}

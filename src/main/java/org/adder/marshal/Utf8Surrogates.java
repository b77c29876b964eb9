package org.adder.marshal;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 with the "surrogatepass" error handler, which marshal uses for str: lone surrogates
 * travel as their three-byte encodings. Java's UTF-8 codec would replace them.
 */
final class Utf8Surrogates {
    private Utf8Surrogates() {
    }

    static int[] decode(byte[] b) {
        int[] out = new int[b.length];
        int count = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int cp;
            int n;
            if (c < 0x80) {
                cp = c;
                n = 1;
            } else if (c >= 0xc2 && c < 0xe0 && i + 1 < b.length && cont(b[i + 1])) {
                cp = (c & 0x1f) << 6 | (b[i + 1] & 0x3f);
                n = 2;
            } else if (c >= 0xe0 && c < 0xf0 && i + 2 < b.length && cont(b[i + 1]) && cont(b[i + 2])) {
                cp = (c & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | (b[i + 2] & 0x3f);
                n = 3;
            } else if (c >= 0xf0 && c < 0xf5 && i + 3 < b.length && cont(b[i + 1]) && cont(b[i + 2]) && cont(b[i + 3])) {
                cp = (c & 0x07) << 18 | (b[i + 1] & 0x3f) << 12 | (b[i + 2] & 0x3f) << 6 | (b[i + 3] & 0x3f);
                n = 4;
            } else {
                throw new org.adder.objects.PyException("UnicodeDecodeError",
                        "'utf-8' codec can't decode byte 0x" + Integer.toHexString(c) + " in position " + i
                                + ": invalid start byte");
            }
            out[count++] = cp;
            i += n;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static boolean cont(byte b) {
        return (b & 0xc0) == 0x80;
    }

    static byte[] encode(int[] cps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        for (int cp : cps) {
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xc0 | cp >> 6);
                out.write(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                out.write(0xe0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            } else {
                out.write(0xf0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3f);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            }
        }
        return out.toByteArray();
    }
}

package org.adder.tokenize;

/** UTF-8 lengths of Java text, for the byte offsets CPython reports, and the validity of UTF-8 bytes. */
public final class Utf8 {
    private Utf8() {
    }

    /** The number of UTF-8 bytes that text[from, to) encodes to. */
    static int length(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int w = width(text, i, to);
            n += w;
            if (w == 4) {
                i++; // a surrogate pair
            }
        }
        return n;
    }

    /**
     * How many characters Python's UTF-8 decoder (errors="replace") makes of the first
     * {@code bytes} bytes of text[from, to): a sequence cut short counts as one U+FFFD, and an
     * offset past the end counts the C string's terminating NUL, as CPython's
     * _PyPegen_byte_offset_to_character_offset does.
     */
    static int charsInPrefix(CharSequence text, int from, int to, int bytes) {
        int chars = 0;
        int n = 0;
        for (int i = from; i < to && n < bytes; i++) {
            int w = width(text, i, to);
            n += w;
            if (w == 4) {
                i++; // a surrogate pair
            }
            chars++;
        }
        return n < bytes ? chars + 1 : chars;
    }

    /** The UTF-8 bytes of the character at {@code i}: 4 for a surrogate pair, which takes two chars. */
    private static int width(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return 1;
        } else if (c < 0x800) {
            return 2;
        } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            return 4;
        }
        return 3;
    }

    /**
     * The UTF-8 unit at {@code i}: its length when valid, else minus the number of bytes Python's
     * decoder reports as one error (the bad start byte, or the valid prefix of a cut sequence).
     */
    public static int unit(byte[] b, int i, int to) {
        int b0 = b[i] & 0xff;
        if (b0 < 0x80) {
            return 1;
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            lo = b0 == 0xE0 ? 0xA0 : 0x80;
            hi = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            lo = b0 == 0xF0 ? 0x90 : 0x80;
            hi = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        int j = i + 1;
        for (int k = 0; k < need; k++, j++) {
            int bk = j < to ? b[j] & 0xff : -1;
            if (bk < lo || bk > hi) {
                return -(j - i);
            }
            lo = 0x80;
            hi = 0xBF;
        }
        return need + 1;
    }
}

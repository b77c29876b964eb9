package org.adder.tokenize;

/** UTF-8 lengths of Java text, for the byte offsets CPython reports. */
final class Utf8 {
    private Utf8() {
    }

    /** The number of UTF-8 bytes that text[from, to) encodes to. */
    static int length(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}

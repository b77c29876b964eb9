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
            chars++;
        }
        return n < bytes ? chars + 1 : chars;
    }
}

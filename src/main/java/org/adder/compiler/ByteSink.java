package org.adder.compiler;

import java.util.Arrays;

/**
 * A growing byte array for the assembler's outputs (code, line table, exception table):
 * {@link java.io.ByteArrayOutputStream} would take a lock on every byte.
 */
final class ByteSink {
    private byte[] bytes = new byte[64];
    private int size;

    void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}

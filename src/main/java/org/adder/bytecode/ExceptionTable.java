package org.adder.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PyBytes;

/**
 * CPython 3.12's {@code co_exceptiontable}: entries of four numbers (start, length, handler,
 * depth and lasti flag), each a big-endian varint of 6-bit groups (0x40 = more follows), the
 * first byte of an entry marked with 0x80. Offsets are in code units.
 */
public final class ExceptionTable {
    /** One handler range in bytes, as {@code dis._parse_exception_table} yields it; end is exclusive. */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {
    }

    private ExceptionTable() {
    }

    public static List<Entry> parse(PyBytes table) {
        List<Entry> entries = new ArrayList<>();
        int[] at = {0};
        int n = table.length();
        while (at[0] < n) {
            int start = varint(table, at) * 2;
            if (at[0] >= n) {
                break;
            }
            int length = varint(table, at) * 2;
            if (at[0] >= n) {
                break;
            }
            int target = varint(table, at) * 2;
            if (at[0] >= n) {
                break;
            }
            int dl = varint(table, at);
            entries.add(new Entry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return entries;
    }

    private static int varint(PyBytes table, int[] at) {
        int b = table.byteAt(at[0]++);
        int value = b & 63;
        while ((b & 64) != 0 && at[0] < table.length()) {
            b = table.byteAt(at[0]++);
            value = (value << 6) | (b & 63);
        }
        return value;
    }
}

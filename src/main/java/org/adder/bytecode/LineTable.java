package org.adder.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PyBytes;

/**
 * CPython 3.12's location table ({@code co_linetable}). Each entry covers 1-8 code units and
 * starts with a byte {@code 1CCCCLLL}: C is the form, L the length minus one. Forms 0-9 are
 * "short" (same line, one byte with column bits), 10-12 "one line" (line delta 0-2, then
 * column and end column bytes), 13 "no column" (signed varint line delta), 14 "long" (signed
 * line delta, end-line delta, column+1, end column+1, all varints), 15 "no location".
 * Varints here are little-endian 6-bit groups with 0x40 as "more follows".
 */
public final class LineTable {
    /** One entry of {@code co_lines()}: bytes [start, end) are on {@code line} (null: none). */
    public record Range(int start, int end, Integer line) {
    }

    /** One element of {@code co_positions()}; any field may be null (Python's None). */
    public record Position(Integer line, Integer endLine, Integer col, Integer endCol) {
        static final Position NONE = new Position(null, null, null, null);
    }

    /** A decoded entry: code units [start, end) in bytes, with its location. */
    record Entry(int start, int end, Position position) {
    }

    private LineTable() {
    }

    static List<Entry> entries(CodeObject code) {
        PyBytes table = code.linetable;
        List<Entry> out = new ArrayList<>();
        int line = code.firstlineno;
        int address = 0;
        int[] at = {0};
        int n = table.length();
        while (at[0] < n) {
            int first = table.byteAt(at[0]++);
            int form = (first >> 3) & 15;
            int length = (first & 7) + 1;
            Position p;
            if (form == 15) {
                p = Position.NONE;
            } else if (form == 14) {
                line += signedVarint(table, at);
                int endLine = line + varint(table, at);
                int col = varint(table, at) - 1;
                int endCol = varint(table, at) - 1;
                p = new Position(line, endLine, col < 0 ? null : col, endCol < 0 ? null : endCol);
            } else if (form == 13) {
                line += signedVarint(table, at);
                p = new Position(line, line, null, null);
            } else if (form >= 10) {
                line += form - 10;
                int col = byteAt(table, at);
                int endCol = byteAt(table, at);
                p = new Position(line, line, col, endCol);
            } else {
                int second = byteAt(table, at);
                int col = form * 8 + ((second >> 4) & 7);
                p = new Position(line, line, col, col + (second & 15));
            }
            out.add(new Entry(address, address + 2 * length, p));
            address += 2 * length;
        }
        return out;
    }

    /** {@code co_lines()}: consecutive entries on the same line (or all without one) merge. */
    public static List<Range> lines(CodeObject code) {
        List<Range> out = new ArrayList<>();
        Range current = null;
        for (Entry e : entries(code)) {
            Integer line = e.position.line();
            if (current != null && java.util.Objects.equals(current.line(), line)) {
                current = new Range(current.start(), e.end, line);
            } else {
                if (current != null) {
                    out.add(current);
                }
                current = new Range(e.start, e.end, line);
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /** {@code co_positions()}: one position a code unit. */
    public static List<Position> positions(CodeObject code) {
        List<Position> out = new ArrayList<>();
        for (Entry e : entries(code)) {
            for (int a = e.start; a < e.end; a += 2) {
                out.add(e.position);
            }
        }
        return out;
    }

    private static int byteAt(PyBytes table, int[] at) {
        return at[0] < table.length() ? table.byteAt(at[0]++) : 0;
    }

    private static int varint(PyBytes table, int[] at) {
        int b = byteAt(table, at);
        int value = b & 63;
        int shift = 6;
        while ((b & 64) != 0 && at[0] < table.length()) {
            b = byteAt(table, at);
            value |= (b & 63) << shift;
            shift += 6;
        }
        return value;
    }

    private static int signedVarint(PyBytes table, int[] at) {
        int v = varint(table, at);
        return (v & 1) != 0 ? -(v >>> 1) : v >>> 1;
    }
}

package org.adder.compiler;

import java.util.List;

/**
 * Writes {@code co_linetable} in CPython 3.12's location-table format
 * ({@code Objects/locations.md}): entries of up to 8 code units, each a header byte
 * {@code 1 cccc lll} (code, length-1) followed by the short, one-line, no-column, long or
 * no-location payload, lines relative to the previous entry's line.
 */
public final class LineTableWriter {
    private static final int SHORT0 = 0, ONE_LINE0 = 10, NO_COLUMNS = 13, LONG = 14, NONE = 15;

    private final ByteSink out = new ByteSink();
    private int lineno;

    private LineTableWriter(int firstlineno) {
        this.lineno = firstlineno;
    }

    /** The table for {@code instrs} (real instructions, arguments final) of a unit starting at {@code firstlineno}. */
    public static byte[] write(List<Instr> instrs, int firstlineno) {
        LineTableWriter t = new LineTableWriter(firstlineno);
        Location loc = Location.NONE;
        int size = 0;
        for (Instr i : instrs) {
            if (!loc.equals(i.loc)) {
                t.emit(loc, size);
                loc = i.loc;
                size = 0;
            }
            size += OpcodeUtils.instrSize(i.opcode, i.oparg);
        }
        t.emit(loc, size);
        return t.out.toByteArray();
    }

    private void emit(Location loc, int size) {
        while (size > 8) {
            entry(loc, 8);
            size -= 8;
        }
        if (size > 0) {
            entry(loc, size);
        }
    }

    private void entry(Location loc, int length) {
        if (loc.lineno() < 0) {
            header(NONE, length);
            return;
        }
        int lineDelta = loc.lineno() - lineno;
        int col = loc.col();
        int endCol = loc.endCol();
        if (col < 0 || endCol < 0) {
            if (loc.endLineno() == loc.lineno() || loc.endLineno() == -1) {
                header(NO_COLUMNS, length);
                signedVarint(lineDelta);
                lineno = loc.lineno();
                return;
            }
        } else if (loc.endLineno() == loc.lineno()) {
            if (lineDelta == 0 && col < 80 && endCol - col < 16 && endCol >= col) {
                header(SHORT0 + (col >> 3), length);
                out.write(((col & 7) << 4) | (endCol - col));
                return;
            }
            if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
                header(ONE_LINE0 + lineDelta, length);
                out.write(col);
                out.write(endCol);
                lineno = loc.lineno();
                return;
            }
        }
        header(LONG, length);
        signedVarint(lineDelta);
        varint(loc.endLineno() - loc.lineno());
        varint(col + 1);
        varint(endCol + 1);
        lineno = loc.lineno();
    }

    private void header(int code, int length) {
        out.write(0x80 | (code << 3) | (length - 1));
    }

    private void varint(int value) {
        int v = value;
        while (Integer.compareUnsigned(v, 64) >= 0) {
            out.write(64 | (v & 63));
            v >>>= 6;
        }
        out.write(v);
    }

    private void signedVarint(int value) {
        varint(value < 0 ? ((-value) << 1) | 1 : value << 1);
    }
}

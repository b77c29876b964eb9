package org.adder.compiler;

/**
 * A source range as CPython's compiler keeps it per instruction: 1-based lines, 0-based UTF-8
 * byte columns, -1 for "unknown". {@link #NONE} marks an instruction with no location at all
 * (the flow graph gives it its neighbour's, or the line table says so).
 */
public record Location(int lineno, int endLineno, int col, int endCol) {
    public static final Location NONE = new Location(-1, -1, -1, -1);

    /** Same lines, columns unknown: what the compiler uses for whole-statement bookkeeping. */
    public static Location ofLine(int lineno) {
        return new Location(lineno, lineno, -1, -1);
    }
}

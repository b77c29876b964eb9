package org.adder.objects;

/** The rich comparison operations, numbered as CPython's {@code Py_LT}...{@code Py_GE} (and COMPARE_OP's arg >> 4). */
public final class Compare {
    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    /** The operator's symbol, for "'<' not supported between instances of 'A' and 'B'". */
    static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    /** The operation with its operands swapped: a < b is b > a. */
    static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    private Compare() {
    }

    /** The result of comparing with Java's three-way order. */
    public static boolean test(int cmp, int op) {
        return switch (op) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            default -> cmp >= 0;
        };
    }
}

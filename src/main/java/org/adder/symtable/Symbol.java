package org.adder.symtable;

/**
 * The facts the symbol table records about one name in one block, packed in an int as CPython packs
 * them in {@code ste_symbols}: definition and use flags in the low bits, the resolved scope above
 * {@link #SCOPE_OFFSET}. The values are CPython's ({@code _symtable.DEF_LOCAL} etc.), so a dump or
 * a compiler written against CPython's constants reads them unchanged.
 */
public final class Symbol {
    /** Named in a {@code global} statement. */
    public static final int DEF_GLOBAL = 1;
    /** Bound in the block: assignment, for target, def, class, except/with/match capture, ... */
    public static final int DEF_LOCAL = 2;
    /** A formal parameter (including a comprehension's implicit {@code .0}). */
    public static final int DEF_PARAM = 2 << 1;
    /** Named in a {@code nonlocal} statement. */
    public static final int DEF_NONLOCAL = 2 << 2;
    /** Read in the block. */
    public static final int USE = 2 << 3;
    /** Used but not defined in a nested block. */
    public static final int DEF_FREE = 2 << 4;
    /** Free in a method and bound (or global) in the class around it. */
    public static final int DEF_FREE_CLASS = 2 << 5;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 2 << 6;
    /** Annotated ({@code x: int}). */
    public static final int DEF_ANNOT = 2 << 7;
    /** A comprehension's iteration variable. */
    public static final int DEF_COMP_ITER = 2 << 8;
    /** A PEP 695 type parameter. */
    public static final int DEF_TYPE_PARAM = 2 << 9;
    /** A cell of an inlined comprehension (PEP 709), kept as a cell of the enclosing block. */
    public static final int DEF_COMP_CELL = 2 << 10;

    /** Any of the flags that bind a name in its block. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Where the scope sits in the packed int. */
    public static final int SCOPE_OFFSET = 12;
    /** Mask of the scope once shifted down (four bits, as CPython's SCOPE_MASK). */
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    /** No scope assigned (a name the compiler never resolved). */
    public static final int NO_SCOPE = 0;
    /** A fast local (function-like blocks) or a name in the block's namespace (module, class). */
    public static final int LOCAL = 1;
    /** Declared {@code global} here or in an enclosing function. */
    public static final int GLOBAL_EXPLICIT = 2;
    /** Not bound anywhere visible: a module global or a builtin. */
    public static final int GLOBAL_IMPLICIT = 3;
    /** Bound in an enclosing function: read through a closure cell. */
    public static final int FREE = 4;
    /** Bound here and captured by a nested block: stored in a cell. */
    public static final int CELL = 5;


    private Symbol() {
    }

    /** The scope packed in {@code symbol} ({@link #LOCAL} ... {@link #CELL}, or {@link #NO_SCOPE}). */
    public static int scope(int symbol) {
        return (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    /** The flags of {@code symbol} without its scope. */
    public static int flags(int symbol) {
        return symbol & ((1 << SCOPE_OFFSET) - 1);
    }

    /** A symbol with {@code scope} packed in. */
    static int withScope(int flags, int scope) {
        return flags | (scope << SCOPE_OFFSET);
    }

    /** The scope's name as the oracle dump prints it. */
    public static String scopeName(int scope) {
        return switch (scope) {
            case LOCAL -> "local";
            case GLOBAL_EXPLICIT -> "global_explicit";
            case GLOBAL_IMPLICIT -> "global_implicit";
            case FREE -> "free";
            case CELL -> "cell";
            default -> "-";
        };
    }
}

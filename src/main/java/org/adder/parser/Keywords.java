package org.adder.parser;

/** Python 3.12's reserved keywords; each is its own token type for the parser (from {@link #FIRST} on). */
public final class Keywords {
    public static final int FIRST = 100;
    static final String[] NAMES = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
        "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
        "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield"};

    public static final int KW_FALSE = 100, KW_NONE = 101, KW_TRUE = 102, KW_AND = 103, KW_AS = 104,
            KW_ASSERT = 105, KW_ASYNC = 106, KW_AWAIT = 107, KW_BREAK = 108, KW_CLASS = 109, KW_CONTINUE = 110,
            KW_DEF = 111, KW_DEL = 112, KW_ELIF = 113, KW_ELSE = 114, KW_EXCEPT = 115, KW_FINALLY = 116,
            KW_FOR = 117, KW_FROM = 118, KW_GLOBAL = 119, KW_IF = 120, KW_IMPORT = 121, KW_IN = 122, KW_IS = 123,
            KW_LAMBDA = 124, KW_NONLOCAL = 125, KW_NOT = 126, KW_OR = 127, KW_PASS = 128, KW_RAISE = 129,
            KW_RETURN = 130, KW_TRY = 131, KW_WHILE = 132, KW_WITH = 133, KW_YIELD = 134;

    /**
     * The keywords by first letter: a name is compared with the few that could match, without
     * hashing it (the tokenizer asks for every NAME).
     */
    private static final int[][] BY_FIRST = new int[128][];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            int c = NAMES[i].charAt(0);
            int[] old = BY_FIRST[c] == null ? new int[0] : BY_FIRST[c];
            BY_FIRST[c] = java.util.Arrays.copyOf(old, old.length + 1);
            BY_FIRST[c][old.length] = i;
        }
    }

    private Keywords() {
    }

    /** The keyword's token type, or -1 when {@code name} is not a keyword. */
    public static int type(String name) {
        if (name.isEmpty() || name.charAt(0) >= 128) {
            return -1;
        }
        int[] candidates = BY_FIRST[name.charAt(0)];
        if (candidates != null) {
            for (int i : candidates) {
                if (NAMES[i].equals(name)) {
                    return FIRST + i;
                }
            }
        }
        return -1;
    }
}

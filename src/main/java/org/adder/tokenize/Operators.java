package org.adder.tokenize;

/** Operator lookup by text, built from the one table in {@link TokenType}. */
final class Operators {
    private static final TokenType[] ONE = new TokenType[128];
    private static final java.util.Map<String, TokenType> LONGER = new java.util.HashMap<>();
    /** The two-character operators indexed by {@code c1 * 128 + c2}: the tokenizer asks on every operator. */
    private static final TokenType[] TWO = new TokenType[128 * 128];

    static {
        for (TokenType t : TokenType.values()) {
            if (t.operator == null) {
                continue;
            }
            if (t.operator.length() == 1) {
                ONE[t.operator.charAt(0)] = t;
            } else {
                LONGER.put(t.operator, t);
            }
        }
        // CPython's tokenizer knows the Barry-as-FLUFL spelling; the parser decides whether it is allowed.
        LONGER.put("<>", TokenType.NOTEQUAL);
        LONGER.forEach((text, t) -> {
            if (text.length() == 2) {
                TWO[text.charAt(0) * 128 + text.charAt(1)] = t;
            }
        });
    }

    private Operators() {
    }

    static TokenType oneChar(int c) {
        return c >= 0 && c < 128 ? ONE[c] : null;
    }

    static TokenType twoChars(int c1, int c2) {
        if (c1 < 0 || c2 < 0 || c1 >= 128 || c2 >= 128) {
            return null;
        }
        return TWO[c1 * 128 + c2];
    }

    static TokenType threeChars(int c1, int c2, int c3) {
        if (c3 < 0 || c3 >= 128) {
            return null;
        }
        return LONGER.get(new String(new char[] {(char) c1, (char) c2, (char) c3}));
    }
}

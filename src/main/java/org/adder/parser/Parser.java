package org.adder.parser;

import java.util.Arrays;
import org.adder.objects.PySyntaxError;
import org.adder.tokenize.TokenType;

/**
 * The runtime of the generated PEG parser: the token buffer with mark/reset, per-token memos,
 * the depth limit, and CPython's ways of raising a SyntaxError at a known place.
 */
abstract class Parser {
    /** CPython 3.12's parser stack limit (MAXSTACK). */
    static final int MAXSTACK = 6000;
    /** The value of an alternative that matched but builds nothing. */
    static final Object DUMMY = new Object();

    final ParserInput input;
    private Token[] tokens = new Token[256];
    private int fill;
    private int pos;
    private int level;
    /** Whether the invalid_* rules take part (the second pass). */
    boolean callInvalidRules;
    boolean typeComments;
    /** compile()'s CO_FUTURE_BARRY_AS_BDFL: {@code <>} is the inequality, {@code !=} an error. */
    boolean barryAsBdfl;

    Parser(ParserInput input, int memoSlots) {
        this.input = input;
        this.memoSlots = memoSlots;
    }

    /** How many rules memoize: the length of a token's memo array. */
    private final int memoSlots;

    // ---- tokens ----

    final int mark() {
        return pos;
    }

    final void reset(int mark) {
        pos = mark;
    }

    /** Before the second pass: the first pass's memos would hide the invalid_* rules. */
    final void clearMemos() {
        for (int i = 0; i < fill; i++) {
            tokens[i].memos = null;
        }
    }

    final int fill() {
        return fill;
    }

    final Token token(int i) {
        return tokens[i];
    }

    private void fillToken() {
        Token t = input.next();
        if (fill == tokens.length) {
            tokens = Arrays.copyOf(tokens, fill * 2);
        }
        tokens[fill++] = t;
    }

    final Token peek() {
        if (pos == fill) {
            fillToken();
        }
        return tokens[pos];
    }

    /** The token an alternative starts at (its lineno/col_offset are the node's). */
    final Token peekStart() {
        return peek();
    }

    final Token lastToken() {
        return tokens[fill - 1];
    }

    /** The last token consumed that is not NEWLINE, INDENT, DEDENT or ENDMARKER: where a node ends. */
    final Token lastNonWhitespaceToken() {
        Token last = null;
        for (int i = pos - 1; i >= 0; i--) {
            last = tokens[i];
            int t = last.type;
            if (t != TokenType.ENDMARKER.ordinal() && t != TokenType.NEWLINE.ordinal()
                    && t != TokenType.INDENT.ordinal() && t != TokenType.DEDENT.ordinal()) {
                break;
            }
        }
        return last != null ? last : peek();
    }

    final Token expect(TokenType type) {
        Token t = peek();
        if (t.type == type.ordinal()) {
            pos++;
            return t;
        }
        return null;
    }

    final Token expectKeyword(int keyword) {
        Token t = peek();
        if (t.type == keyword) {
            pos++;
            return t;
        }
        return null;
    }

    final Token expectSoftKeyword(String word) {
        Token t = peek();
        if (t.type == TokenType.NAME.ordinal() && t.string.equals(word)) {
            pos++;
            return t;
        }
        return null;
    }

    /**
     * SOFT_KEYWORD: a NAME that is a soft keyword, or (as pegen compares only the name's length
     * of each soft keyword) a prefix of one, such as {@code m} or {@code ty}.
     */
    final Token softKeyword() {
        Token t = peek();
        if (t.type == TokenType.NAME.ordinal()) {
            for (String k : SOFT_KEYWORDS) {
                if (k.startsWith(t.string)) {
                    pos++;
                    return t;
                }
            }
        }
        return null;
    }

    private static final String[] SOFT_KEYWORDS = {"_", "case", "match", "type"};

    // ---- combinators used by the generated code ----

    final boolean lookahead(int mark, boolean matched, boolean positive) {
        pos = mark;
        return matched == positive;
    }

    static boolean opt(Object ignored) {
        return true;
    }

    /** {@code &&'token'}: the token must be there, else "expected ..." at the token found instead. */
    final <T> T forced(T value, String what) {
        if (value == null) {
            Token t = peek();
            throw raiseAt(PySyntaxError.Kind.SYNTAX_ERROR, "expected " + what, t.lineno, t.colOffset + 1,
                    t.endLineno, t.endColOffset + 1);
        }
        return value;
    }

    final void enter() {
        if (++level > MAXSTACK) {
            level = 0;
            throw new TooDeep();
        }
    }

    final void leave() {
        level--;
    }

    /** Thrown when the parser's stack limit is hit: MemoryError in CPython. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    // ---- memo ----

    // Each memoized rule has a slot in the array of the token it starts at (CPython keeps a list
    // per token; a slot is one load instead of a walk past the other rules' entries).

    final Memo memo(int mark, int slot) {
        Token t = mark == fill ? peek() : tokens[mark];
        Memo m = t.memos == null ? null : t.memos[slot];
        if (m != null) {
            pos = m.end;
        }
        return m;
    }

    final Memo memoize(int mark, int slot, Object value) {
        Token t = tokens[mark];
        if (t.memos == null) {
            t.memos = new Memo[memoSlots];
        }
        Memo m = t.memos[slot];
        if (m == null) {
            m = new Memo(value, pos);
            t.memos[slot] = m;
        } else {
            m.value = value;
            m.end = pos;
        }
        return m;
    }

    // ---- errors ----

    /** A SyntaxError (or subclass) at 1-based byte offsets; end offset 0 means unknown. */
    final PySyntaxError raiseAt(PySyntaxError.Kind kind, String msg, int lineno, int offset, int endLineno,
                                int endOffset) {
        return input.errorAtBytes(kind, msg, lineno, offset, endLineno, endOffset);
    }

    /** RAISE_SYNTAX_ERROR: at the last token read. */
    final PySyntaxError syntaxError(String msg) {
        return errorAtToken(PySyntaxError.Kind.SYNTAX_ERROR, msg, lastToken());
    }

    final PySyntaxError indentationError(String msg) {
        return errorAtToken(PySyntaxError.Kind.INDENTATION_ERROR, msg, lastToken());
    }

    /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the token the parser is looking at. */
    final PySyntaxError syntaxErrorOnNextToken(String msg) {
        return errorAtToken(PySyntaxError.Kind.SYNTAX_ERROR, msg, peek());
    }

    final PySyntaxError errorAtToken(PySyntaxError.Kind kind, String msg, Token t) {
        // INDENT and DEDENT have no columns in CPython: the error is where the tokenizer stands.
        if (t.type == TokenType.INDENT.ordinal()) {
            return raiseAt(kind, msg, t.lineno, t.endColOffset, t.endLineno, -1);
        }
        if (t.type == TokenType.DEDENT.ordinal() || t.type == TokenType.ENDMARKER.ordinal()) {
            return raiseAt(kind, msg, t.lineno, t.colOffset, t.endLineno, -1);
        }
        return raiseAt(kind, msg, t.lineno, t.colOffset + 1, t.endLineno, t.endColOffset + 1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION: the node or token {@code a}, start to end. */
    final PySyntaxError syntaxErrorKnownLocation(Object a, String msg) {
        Positions p = Positions.of(a);
        return raiseAt(PySyntaxError.Kind.SYNTAX_ERROR, msg, p.lineno(), p.colOffset() + 1, p.endLineno(),
                p.endColOffset() + 1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of {@code a} to the end of {@code b}. */
    final PySyntaxError syntaxErrorKnownRange(Object a, Object b, String msg) {
        Positions p = Positions.of(a);
        Positions q = Positions.of(b);
        return raiseAt(PySyntaxError.Kind.SYNTAX_ERROR, msg, p.lineno(), p.colOffset() + 1, q.endLineno(),
                q.endColOffset() + 1);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: from the start of {@code a}, end unknown. */
    final PySyntaxError syntaxErrorStartingFrom(Object a, String msg) {
        Positions p = Positions.of(a);
        Token last = lastToken();
        return raiseAt(PySyntaxError.Kind.SYNTAX_ERROR, msg, p.lineno(), p.colOffset() + 1, last.endLineno,
                last.endColOffset);
    }
}

package org.adder.tokenize;

import static org.adder.tokenize.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PySyntaxError;

/**
 * CPython 3.12's tokenizer: decoded source text in, tokens out, one {@link #next()} at a time.
 *
 * <p>It reads the text a physical line at a time, as CPython's tokenizer reads lines from its
 * input, because positions, the {@code line} attribute and several error positions depend on
 * which lines have been read when a token ends. Layout (INDENT, DEDENT, NEWLINE, NL) follows the
 * indentation stack; f-strings switch between a literal mode and the regular mode through a
 * stack of {@link FStringState}s (PEP 701).
 *
 * <h2>Two flavours</h2>
 * <ul>
 *   <li>The tokenize module's ({@code extraTokens = true}, {@code _tokenize.TokenizerIter(...,
 *       extra_tokens=True)}): COMMENT and NL tokens; lines as they are (a lone CR is not a line
 *       end); no check of bracket matching, identifiers or number endings; the tokenize module's
 *       positions (trailing DEDENT/ENDMARKER on the line after the last, NEWLINE one column
 *       wide); errors as the tokenize module reports them. {@link #tokenize} gives all tokens.
 *       (The ENCODING token is the caller's: {@link SourceDecoder}.)</li>
 *   <li>The parser's ({@code new Tokenizer(text, filename, false)}): what pegen reads. CRLF and CR
 *       become LF and a missing final newline is added (universal newlines, as for a file or
 *       compile()'s exec input); no COMMENT or NL tokens; brackets must match, names must be
 *       PEP 3131 identifiers, numbers must not run into names; operators carry their exact type
 *       ({@code <>} is NOTEQUAL: the parser decides about Barry as FLUFL); errors are raised as
 *       pegen raises them.</li>
 * </ul>
 *
 * <h2>For the parser</h2>
 * <ul>
 *   <li>{@link Token#startByteCol()} / {@link Token#endByteCol()}: UTF-8 byte columns, the AST's
 *       {@code col_offset} / {@code end_col_offset}; {@link Token#startLine()} / {@link
 *       Token#endLine()} its {@code lineno} / {@code end_lineno} (a STRING or FSTRING_MIDDLE
 *       starts on its first line).</li>
 *   <li>{@link Token#line()}: the token's physical line(s), with the newline; {@link
 *       #sourceLine(int)}: any line's text, for a SyntaxError's {@code text}; {@link
 *       #sourceText(int, int, int, int)}: the source between two token positions (an f-string's
 *       {@code =} debug text).</li>
 *   <li>Pull tokens with {@link #next()} as the parser needs them, as pegen does: a parser error
 *       must win over a tokenizer error further on.</li>
 *   <li>Errors are {@link TokenizerError}s (a {@link PySyntaxError}): reason ERROR is final; the
 *       other reasons are CPython's tokenizer states that pegen turns into errors — this class
 *       already gives pegen's message and location for each (an unclosed bracket at EOF becomes
 *       "'(' was never closed" at the bracket; see {@link #level()} and {@code bracket*} for the
 *       open brackets), except that "unexpected EOF while parsing" is placed at the end of the
 *       current line where pegen uses its last token.</li>
 *   <li>{@link #takeWarnings()}: SyntaxWarnings the tokenizer issues, for the parser to report.</li>
 * </ul>
 */
public final class Tokenizer {
    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int ALTTABSIZE = 1;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int MAXFSTRINGLEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;

    /** Why tokenizing stopped, as CPython's {@code tok->done} codes that turn into distinct errors. */
    private enum Done { OK, EOF, DEDENT, TABSPACE, TOODEEP, LINECONT, ERROR }

    private final String text;
    private final int length;
    private final boolean lastLineUnterminated;
    private final String filename;
    private final boolean extraTokens;
    /** Whether tokens carry their physical line: the parser never reads it. */
    private boolean withLines = true;

    private int cur;
    private int inp;
    private int lineStart;
    private int bufStart;
    private int lineno;
    /** Index of the last non-ASCII character read so far: columns before it need counting. */
    private int lastNonAscii = -1;
    private boolean implicitNewline;
    /** Whether reading has run into the end of the input (CPython's E_EOF, kept through a later error). */
    private boolean metEnd;
    private Done done = Done.OK;

    private int start = -1;
    private int multiLineStart;
    private int firstLineno;

    private boolean atBol = true;
    private int pendin;
    private int indent;
    private final int[] indStack = new int[MAXINDENT];
    private final int[] altIndStack = new int[MAXINDENT];
    private int level;
    private final char[] parenStack = new char[MAXLEVEL];
    private final int[] parenLineStack = new int[MAXLEVEL];
    private final int[] parenColStack = new int[MAXLEVEL];
    private boolean commentNewline;
    private boolean finished;
    private TokenizerError failure;

    private final List<FStringState> modes = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private String cachedLine;
    private int cachedLineFrom = -1;
    private int cachedLineEnd = -1;
    /** The text by lines, made on the first request for a line's text. */
    private SourceLines lines;

    /** A warning the tokenizer issues (CPython: PyErr_WarnExplicit with the tokenizer's filename). */
    public record Warning(String category, String message, int lineno) {
    }

    /** The state of one f-string being tokenized (CPython's tokenizer_mode). */
    private static final class FStringState {
        boolean literalMode = true;
        char quote;
        int quoteSize;
        boolean raw;
        int start;
        int multiLineStart;
        int lineStart;
        int curlyDepth;
        int exprStartDepth = -1;
        boolean exprEnded;

        boolean insideExpr() {
            return exprStartDepth >= 0;
        }
    }

    /**
     * @param text        the decoded source
     * @param filename    for error messages
     * @param extraTokens the tokenize module's flavour rather than the parser's
     */
    /** Tokens without their {@link Token#line()} (left empty), for the parser, which never reads it. */
    public Tokenizer withoutLines() {
        withLines = false;
        return this;
    }

    public Tokenizer(String text, String filename, boolean extraTokens) {
        this(text, filename, extraTokens, true);
    }

    /**
     * @param execInput in the parser's flavour, whether a missing final newline is added (as for
     *                  compile()'s 'exec' and 'single' modes and files; not for 'eval')
     */
    public Tokenizer(String text, String filename, boolean extraTokens, boolean execInput) {
        if (!extraTokens) {
            // The parser reads source through universal newlines; the tokenize module sees the lines as they are.
            text = SourceLines.translateNewlines(text, execInput);
        }
        this.lastLineUnterminated = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
        this.text = lastLineUnterminated ? text + "\n" : text;
        this.length = this.text.length();
        this.filename = filename;
        this.extraTokens = extraTokens;
    }

    /** The tokenizer's bracket depth: how many brackets are open. */
    public int level() {
        return level;
    }

    /** The character of open bracket {@code i}: 0 is the outermost, level()-1 the innermost. */
    public char bracket(int i) {
        return parenStack[i];
    }

    /** The line of the open bracket {@code i}. */
    public int bracketLine(int i) {
        return parenLineStack[i];
    }

    /** The UTF-8 byte column of the open bracket {@code i} (CPython's parencolstack). */
    public int bracketByteCol(int i) {
        return parenColStack[i];
    }

    /** The line the tokenizer is on (CPython's tok->lineno). */
    public int lineno() {
        return lineno;
    }

    /**
     * The text of physical line {@code lineno} (1-based) with its newline, as the tokenizer sees
     * it (after newline translation in the parser's flavour); "" past the end. For the text a
     * SyntaxError shows.
     */
    public String sourceLine(int lineno) {
        return lines().line(lineno);
    }

    /**
     * The source between two positions given as tokens give them (line, character column): e.g.
     * an f-string's debug text ({@code f'{x = !r}'} shows " x = ") runs from the end of the
     * '{' to the start of the '!', ':' or '}' that ends the expression.
     */
    public String sourceText(int startLine, int startCol, int endLine, int endCol) {
        return lines().between(startLine, startCol, endLine, endCol);
    }

    private SourceLines lines() {
        if (lines == null) {
            lines = new SourceLines(text);
        }
        return lines;
    }

    /** Tokenizes all of {@code text} in the tokenize module's flavour. */
    public static List<Token> tokenize(String text, String filename) {
        Tokenizer t = new Tokenizer(text, filename, true);
        List<Token> tokens = new ArrayList<>();
        Token tok;
        while ((tok = t.next()) != null) {
            tokens.add(tok);
        }
        return tokens;
    }

    /**
     * The next token, or null after ENDMARKER. Throws a {@link TokenizerError} where CPython's
     * tokenizer fails, and the same error again on any later call.
     */
    public Token next() {
        if (failure != null) {
            throw failure; // the tokenizer's state is spent, as CPython's after an error
        }
        if (finished) {
            return null;
        }
        Token t;
        try {
            t = inFStringLiteral() ? fstringMode(currentMode()) : regularMode();
        } catch (TokenizerError e) {
            failure = e;
            throw e;
        }
        if (t.type() == ENDMARKER) {
            finished = true;
        }
        return t;
    }

    /**
     * Whether the tokenizer has run into the end of the input, looking past the last token or
     * inside an unterminated string or bracket: codeop's test of incomplete input
     * ({@code _is_end_of_source}).
     */
    public boolean metEndOfInput() {
        return metEnd;
    }

    /**
     * The warnings issued since the last call, oldest first: CPython 3.12's tokenizer warns of
     * "invalid escape sequence '\{'" (a backslash before a brace in a non-raw f-string) and, in
     * the parser's flavour, of "invalid decimal literal" and the like (a number run into a
     * keyword: {@code 1if x else y}). The caller reports them, as SyntaxWarnings at the line.
     */
    public List<Warning> takeWarnings() {
        if (warnings.isEmpty()) {
            return List.of();
        }
        List<Warning> taken = List.copyOf(warnings);
        warnings.clear();
        return taken;
    }

    // ---- reading characters, a line at a time -------------------------------------------------

    private int nextc() {
        if (cur < inp) {
            char c = text.charAt(cur++);
            if (cur == length && lastLineUnterminated) {
                // the newline made up for a last line without one: CPython's string tokenizer meets its end here
                metEnd = true;
            }
            return c;
        }
        if (done != Done.OK) {
            return EOF;
        }
        if (start < 0 && modes.isEmpty()) {
            bufStart = cur;
        }
        if (inp >= length) {
            done = Done.EOF;
            metEnd = true;
            cur = inp;
            return EOF;
        }
        int nl = text.indexOf('\n', inp);
        int end = nl < 0 ? length : nl + 1;
        implicitNewline = lastLineUnterminated && end == length;
        lineStart = inp;
        inp = end;
        lineno++;
        for (int i = lineStart; i < end; i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80) {
                lastNonAscii = i;
            } else if (ch == '\0') {
                cur = lineStart;
                throw syntaxError("source code cannot contain null bytes", -1);
            }
        }
        return text.charAt(cur++);
    }

    private void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }

    // ---- regular mode -----------------------------------------------------------------------

    private Token regularMode() {
        FStringState mode = modes.isEmpty() ? null : currentMode();
        int c;
        boolean blankline;
        nextline:
        for (;;) {
            start = -1;
            blankline = false;
            if (atBol) {
                atBol = false;
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        c = continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n' || c == '\r') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    if (contLineCol != 0) {
                        col = altcol = contLineCol;
                    }
                    indentation(col, altcol);
                }
            }

            start = cur;
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return token(DEDENT, cur, cur);
                }
                pendin--;
                return token(INDENT, lineStart, cur);
            }

            for (;;) {
                start = -1;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                start = cur - (c == EOF ? 0 : 1);

                if (c == '#') {
                    int commentStart = start;
                    while (c != EOF && c != '\n' && c != '\r') {
                        c = nextc();
                    }
                    if (extraTokens) {
                        backup(c);
                        commentNewline = blankline;
                        return token(COMMENT, commentStart, cur);
                    }
                }

                if (c == EOF) {
                    if (level > 0) {
                        throw tokenizerError(Done.EOF);
                    }
                    if (done != Done.EOF) {
                        throw tokenizerError(done);
                    }
                    return token(ENDMARKER, cur, cur);
                }

                if (isPotentialIdentifierStart(c)) {
                    Token t = identifierOrPrefixedString(c);
                    if (t != null) {
                        return t;
                    }
                    c = text.charAt(cur - 1);
                    if (c == '"' || c == '\'') {
                        return fstringOrString(c);
                    }
                }

                if (c == '\r') {
                    c = nextc();
                }
                if (c == '\n') {
                    atBol = true;
                    if (blankline || level > 0) {
                        if (extraTokens) {
                            commentNewline = false;
                            return token(NL, start, cur);
                        }
                        continue nextline;
                    }
                    if (commentNewline && extraTokens) {
                        commentNewline = false;
                        return token(NL, start, cur);
                    }
                    return token(NEWLINE, start, cur - 1);
                }

                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return number(fraction(c));
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return token(ELLIPSIS, start, cur);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return token(DOT, start, cur);
                }

                if (isDigit(c)) {
                    return number(numberAfterFirstDigit(c));
                }

                if (c == '\'' || c == '"') {
                    return fstringOrString(c);
                }

                if (c == '\\') {
                    continuationLine();
                    continue;
                }

                return operator(c, mode);
            }
        }
    }

    /** Compares the new line's indentation with the stack, queueing INDENTs and DEDENTs. */
    private void indentation(int col, int altcol) {
        if (col == indStack[indent]) {
            if (altcol != altIndStack[indent]) {
                throw tokenizerError(Done.TABSPACE);
            }
        } else if (col > indStack[indent]) {
            if (indent + 1 >= MAXINDENT) {
                throw tokenizerError(Done.TOODEEP);
            }
            if (altcol <= altIndStack[indent]) {
                throw tokenizerError(Done.TABSPACE);
            }
            pendin++;
            indStack[++indent] = col;
            altIndStack[indent] = altcol;
        } else {
            while (indent > 0 && col < indStack[indent]) {
                pendin--;
                indent--;
            }
            if (col != indStack[indent]) {
                throw tokenizerError(Done.DEDENT);
            }
            if (altcol != altIndStack[indent]) {
                throw tokenizerError(Done.TABSPACE);
            }
        }
    }

    /** After a backslash: the next character must end the line; returns the next line's first. */
    private int continuationLine() {
        int c = nextc();
        if (c == '\r') {
            c = nextc();
        }
        if (c != '\n') {
            throw tokenizerError(Done.LINECONT);
        }
        c = nextc();
        if (c == EOF) {
            done = Done.EOF;
            cur = inp;
            throw tokenizerError(Done.EOF);
        }
        backup(c);
        return c;
    }

    /**
     * A name, or the prefix of a string: returns the NAME token, or null with the opening quote
     * just read when the letters were a string prefix.
     */
    private Token identifierOrPrefixedString(int c) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return null;
            }
        }
        boolean nonAscii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonAscii = true;
            }
            c = nextc();
        }
        backup(c);
        if (nonAscii && !extraTokens) {
            verifyIdentifier();
        }
        return token(NAME, start, cur);
    }

    /** Raises CPython's error for the first character of the name that cannot be in an identifier. */
    private void verifyIdentifier() {
        String name = text.substring(start, cur);
        int bad = Identifiers.firstInvalid(name);
        if (bad >= name.length()) {
            return;
        }
        int ch = name.codePointAt(bad);
        int after = bad + Character.charCount(ch);
        if (after < name.length()) {
            cur = start + after;
        }
        String hex = String.format("%04X", ch);
        if (org.adder.objects.PyStr.isPrintable(ch)) {
            throw syntaxError("invalid character '" + new String(Character.toChars(ch)) + "' (U+" + hex + ")", -1);
        }
        throw syntaxError("invalid non-printable character U+" + hex, -1);
    }

    private Token fstringOrString(int quote) {
        char first = text.charAt(start);
        if ((first == 'f' || first == 'F' || first == 'r' || first == 'R') && isFPrefix(start, cur - 1)) {
            return fstringStart(quote);
        }
        return string(quote);
    }

    /** Whether the prefix text[from, to) contains an f. */
    private boolean isFPrefix(int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == 'f' || ch == 'F') {
                return true;
            }
        }
        return false;
    }

    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                cur = start + 1;
                lineStart = multiLineStart;
                int detectedAt = lineno;
                lineno = firstLineno;
                if (!modes.isEmpty()) {
                    FStringState m = currentMode();
                    if (m.quote == quote && m.quoteSize == quoteSize) {
                        throw syntaxError("f-string: expecting '}'", -1);
                    }
                }
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line "
                            + detectedAt + ")", -1);
                }
                throw syntaxError("unterminated string literal (detected at line " + detectedAt + ")", -1);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = nextc();
                    if (c == '\r') {
                        nextc();
                    }
                }
            }
        }
        return token(STRING, start, cur);
    }

    private Token fstringStart(int quote) {
        int quoteSize = 1;
        firstLineno = lineno;
        multiLineStart = lineStart;
        int afterQuote = nextc();
        if (afterQuote == quote) {
            int afterAfter = nextc();
            if (afterAfter == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfter);
                backup(afterQuote);
            }
        }
        if (afterQuote != quote) {
            backup(afterQuote);
        }
        if (modes.size() + 1 >= MAXFSTRINGLEVEL) {
            throw syntaxError("too many nested f-strings", -1);
        }
        FStringState m = new FStringState();
        m.quote = (char) quote;
        m.quoteSize = quoteSize;
        m.start = start;
        m.multiLineStart = lineStart;
        m.lineStart = lineno;
        char p0 = Character.toLowerCase(text.charAt(start));
        m.raw = p0 == 'r' || Character.toLowerCase(text.charAt(start + 1)) == 'r';
        modes.add(m);
        return token(FSTRING_START, start, cur);
    }

    // ---- numbers ----------------------------------------------------------------------------

    /** Scans the rest of a number whose first digit was just read; returns the character after it. */
    private int numberAfterFirstDigit(int c) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal", -1);
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                return verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                return radixTail(8, "octal");
            } else if (c == 'b' || c == 'B') {
                return radixTail(2, "binary");
            }
            boolean nonzero = false;
            for (;;) {
                if (c == '_') {
                    c = nextc();
                    if (!isDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid decimal literal", -1);
                    }
                }
                if (c != '0') {
                    break;
                }
                c = nextc();
            }
            int zerosEnd = cur;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
            }
            if (c == '.') {
                return fraction(nextc());
            } else if (c == 'e' || c == 'E') {
                return exponent(c);
            } else if (c == 'j' || c == 'J') {
                return verifyEndOfNumber(nextc(), "imaginary");
            } else if (nonzero && !extraTokens) {
                backup(c);
                throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", Utf8.length(text, lineStart, start) + 1,
                        Utf8.length(text, lineStart, zerosEnd));
            }
            return verifyEndOfNumber(c, "decimal");
        }
        c = decimalTail();
        if (c == '.') {
            return fraction(nextc());
        }
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return verifyEndOfNumber(nextc(), "imaginary");
        }
        return verifyEndOfNumber(c, "decimal");
    }

    private int radixTail(int radix, String kind) {
        int c = nextc();
        do {
            if (c == '_') {
                c = nextc();
            }
            if (c < '0' || c >= '0' + radix) {
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal", -1);
                }
                backup(c);
                throw syntaxError("invalid " + kind + " literal", -1);
            }
            do {
                c = nextc();
            } while ('0' <= c && c < '0' + radix);
        } while (c == '_');
        if (isDigit(c)) {
            throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal", -1);
        }
        return verifyEndOfNumber(c, kind);
    }

    /** After the decimal point; c is the character that follows it. */
    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return verifyEndOfNumber(nextc(), "imaginary");
        }
        return verifyEndOfNumber(c, "decimal");
    }

    /** At an 'e' or 'E'; returns the character after the number, or -2 when the 'e' is not part of it. */
    private int exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal", -1);
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return -2;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return verifyEndOfNumber(nextc(), "imaginary");
        }
        return verifyEndOfNumber(c, "decimal");
    }

    private Token number(int after) {
        if (after != -2) {
            backup(after);
        }
        return token(NUMBER, start, cur);
    }

    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal", -1);
            }
        }
    }

    /**
     * The parser rejects a number run into a name ({@code 1abc}); a following keyword only draws
     * a SyntaxWarning ({@link #takeWarnings()}). The tokenize module accepts both.
     */
    private int verifyEndOfNumber(int c, String kind) {
        if (extraTokens) {
            return c;
        }
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            case 'i' -> cur < inp && "fns".indexOf(text.charAt(cur)) >= 0;
            default -> false;
        };
        if (keyword) {
            // Still valid code (1if x else y), so only a warning for now; the parser reports it.
            warnings.add(new Warning("SyntaxWarning", "invalid " + kind + " literal", lineno));
        } else if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal", -1);
        }
        return c;
    }

    private boolean lookahead(String rest) {
        return text.startsWith(rest, cur) && cur + rest.length() <= inp;
    }

    // ---- operators --------------------------------------------------------------------------

    private Token operator(int c, FStringState mode) {
        boolean punctuation = c == ':' || c == '}' || c == '!' || c == '{';
        if (punctuation && mode != null && mode.insideExpr()) {
            int cursor = mode.curlyDepth - (c != '{' ? 1 : 0);
            if (cursor == 0) {
                mode.exprEnded = c != '{';
            }
            if (c == ':' && cursor == mode.exprStartDepth) {
                mode.literalMode = true;
                return token(COLON, start, cur);
            }
        }

        int c2 = nextc();
        TokenType two = Operators.twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenType three = Operators.threeChars(c, c2, c3);
            if (three != null) {
                two = three;
            } else {
                backup(c3);
            }
            return token(two, start, cur);
        }
        backup(c2);

        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw syntaxError("too many nested parentheses", -1);
                }
                parenStack[level] = (char) c;
                parenLineStack[level] = lineno;
                parenColStack[level] = lastNonAscii < lineStart ? start - lineStart : Utf8.length(text, lineStart, start);
                level++;
                if (mode != null) {
                    mode.curlyDepth++;
                }
            }
            case ')', ']', '}' -> closeBracket(c, mode);
            default -> { }
        }

        if (c < 128 && !org.adder.objects.PyStr.isPrintable(c)) {
            throw syntaxError(String.format("invalid non-printable character U+%04X", c), -1);
        }
        TokenType one = Operators.oneChar(c);
        return token(one != null ? one : OP, start, cur);
    }

    private void closeBracket(int c, FStringState mode) {
        if (mode != null && mode.curlyDepth == 0 && c == '}') {
            throw syntaxError("f-string: single '}' is not allowed", -1);
        }
        if (!extraTokens && level == 0) {
            throw syntaxError("unmatched '" + (char) c + "'", -1);
        }
        if (level > 0) {
            level--;
            int opening = parenStack[level];
            boolean matches = (opening == '(' && c == ')') || (opening == '[' && c == ']')
                    || (opening == '{' && c == '}');
            if (!extraTokens && !matches) {
                if (mode != null && opening == '{' && mode.curlyDepth - 1 == mode.exprStartDepth) {
                    throw syntaxError("f-string: unmatched '" + (char) c + "'", -1);
                }
                if (parenLineStack[level] != lineno) {
                    throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + (char) opening + "' on line " + parenLineStack[level], -1);
                }
                throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                        + (char) opening + "'", -1);
            }
        }
        if (mode != null) {
            mode.curlyDepth--;
            if (c == '}' && mode.curlyDepth == mode.exprStartDepth) {
                mode.exprStartDepth--;
                mode.literalMode = true;
            }
        }
    }

    // ---- f-string literal mode --------------------------------------------------------------

    private boolean inFStringLiteral() {
        return !modes.isEmpty() && currentMode().literalMode;
    }

    private FStringState currentMode() {
        return modes.get(modes.size() - 1);
    }

    private Token fstringMode(FStringState mode) {
        start = cur;
        firstLineno = lineno;
        int startChar = nextc();
        if (startChar == '{') {
            int peek = nextc();
            backup(peek);
            backup(startChar);
            if (peek != '{') {
                mode.exprStartDepth++;
                if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
                    throw syntaxError("f-string: expressions nested too deeply", -1);
                }
                mode.literalMode = false;
                return regularMode();
            }
        } else {
            backup(startChar);
        }

        boolean atEnd = true;
        for (int i = 0; i < mode.quoteSize; i++) {
            int q = nextc();
            if (q != mode.quote) {
                backup(q);
                for (int j = 0; j < i; j++) {
                    backup(mode.quote);
                }
                atEnd = false;
                break;
            }
        }
        if (atEnd) {
            modes.remove(modes.size() - 1);
            return token(FSTRING_END, start, cur);
        }

        multiLineStart = lineStart;
        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != mode.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = mode.exprEnded && mode.insideExpr();
            if (c == EOF || (mode.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    backup(c);
                    mode.literalMode = false;
                    return token(FSTRING_MIDDLE, start, cur);
                }
                cur = mode.start + 1;
                lineStart = mode.multiLineStart;
                int detectedAt = lineno;
                lineno = mode.lineStart;
                if (mode.quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted f-string literal (detected at line "
                            + detectedAt + ")", -1);
                }
                throw syntaxError("unterminated f-string literal (detected at line " + detectedAt + ")", -1);
            }
            if (c == mode.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    mode.exprStartDepth++;
                    if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
                        throw syntaxError("f-string: expressions nested too deeply", -1);
                    }
                    mode.literalMode = false;
                    return token(FSTRING_MIDDLE, start, cur);
                }
                return token(FSTRING_MIDDLE, start, cur - 1);
            } else if (c == '}') {
                if (unicodeEscape) {
                    return token(FSTRING_MIDDLE, start, cur);
                }
                int peek = nextc();
                if (peek == '}' && !inFormatSpec) {
                    return token(FSTRING_MIDDLE, start, cur - 1);
                }
                backup(peek);
                backup(c);
                mode.literalMode = false;
                return token(FSTRING_MIDDLE, start, cur);
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '\r') {
                    peek = nextc();
                }
                if (peek == '{' || peek == '}') {
                    if (!mode.raw) {
                        warnings.add(new Warning("SyntaxWarning", "invalid escape sequence '\\" + (char) peek + "'",
                                lineno));
                    }
                    backup(peek);
                    continue;
                }
                if (!mode.raw && peek == 'N') {
                    peek = nextc();
                    if (peek == '{') {
                        unicodeEscape = true;
                    } else {
                        backup(peek);
                    }
                }
            }
        }
        for (int i = 0; i < mode.quoteSize; i++) {
            backup(mode.quote);
        }
        return token(FSTRING_MIDDLE, start, cur);
    }

    // ---- tokens and errors ------------------------------------------------------------------

    private Token token(TokenType type, int pStart, int pEnd) {
        // A string or f-string middle spanning lines starts on its first line (CPython's ISSTRINGLIT).
        boolean stringLiteral = type == STRING || type == FSTRING_MIDDLE;
        boolean trailing = type == ENDMARKER || (type == DEDENT && done == Done.EOF);
        int lineFrom = stringLiteral ? multiLineStart : lineStart;
        int lineEnd = inp;
        if (implicitNewline && lineEnd > lineFrom) {
            lineEnd--;
        }
        lineEnd = Math.max(lineFrom, lineEnd);
        String line;
        if (!withLines || (extraTokens && trailing)) {
            line = "";
        } else if (lineFrom == cachedLineFrom && lineEnd == cachedLineEnd) {
            line = cachedLine; // most lines have several tokens
        } else {
            line = cachedLine = text.substring(lineFrom, lineEnd);
            cachedLineFrom = lineFrom;
            cachedLineEnd = lineEnd;
        }
        int startLine = stringLiteral ? firstLineno : lineno;
        int endLine = lineno;
        int col = -1;
        int byteCol = -1;
        int endCol = -1;
        int endByteCol = -1;
        boolean ascii = lastNonAscii < lineFrom;
        if (pStart >= lineFrom) {
            if (ascii) {
                col = byteCol = pStart - lineFrom;
            } else {
                col = Character.codePointCount(text, lineFrom, pStart);
                byteCol = Utf8.length(text, lineFrom, pStart);
            }
        }
        if (pEnd >= lineStart) {
            if (ascii) {
                endCol = endByteCol = pEnd - lineStart;
            } else {
                endByteCol = Utf8.length(text, lineStart, pEnd);
                // CPython counts the end's byte offset (within the last line) off the token's
                // `line`, which starts at a multi-line string's first line.
                endCol = lineFrom == lineStart ? Character.codePointCount(text, lineStart, pEnd)
                        : Utf8.charsInPrefix(text, lineFrom, lineEnd, endByteCol);
            }
        }
        String string = text.substring(pStart, pEnd);
        if (extraTokens) {
            if (trailing) {
                startLine = endLine = startLine + 1;
                col = endCol = 0;
            }
            if (type == NEWLINE) {
                if (!implicitNewline) {
                    string = text.charAt(pStart) == '\r' ? "\r\n" : "\n";
                }
                endCol++;
            } else if (type == NL && implicitNewline) {
                string = "";
            }
        }
        start = -1;
        return new Token(type, string, startLine, col, endLine, endCol, line, byteCol, endByteCol);
    }

    /**
     * CPython's syntaxerror(): the error points at the current character (offset = code points
     * from the line start to it), with the current line as its text.
     */
    private TokenizerError syntaxError(String msg, int colOffset) {
        String errtext = text.substring(lineStart, Math.min(cur, length));
        int offset = colOffset >= 0 ? colOffset : errtext.codePointCount(0, errtext.length());
        int nl = text.indexOf('\n', lineStart);
        if (nl >= 0 && nl != cur) {
            errtext = text.substring(lineStart, nl);
        }
        done = Done.ERROR;
        return new TokenizerError(TokenizerError.Reason.ERROR, PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, lineno,
                offset, errtext, lineno, offset);
    }

    /** CPython's syntaxerror_known_range: the offsets given are UTF-8 byte offsets, reported as they are. */
    private TokenizerError syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        TokenizerError e = syntaxError(msg, colOffset);
        return new TokenizerError(TokenizerError.Reason.ERROR, e.kind, msg, filename, e.lineno, colOffset, e.text,
                e.lineno, endColOffset);
    }

    /**
     * The error for a tokenizer state that ends tokenizing: the tokenize module's
     * (_tokenizer_error in Python-tokenize.c) or, in the parser's flavour, pegen's.
     */
    private TokenizerError tokenizerError(Done why) {
        done = why;
        TokenizerError.Reason reason = switch (why) {
            case EOF -> TokenizerError.Reason.EOF;
            case DEDENT -> TokenizerError.Reason.DEDENT;
            case TABSPACE -> TokenizerError.Reason.TABSPACE;
            case TOODEEP -> TokenizerError.Reason.TOODEEP;
            case LINECONT -> TokenizerError.Reason.LINECONT;
            default -> TokenizerError.Reason.ERROR;
        };
        PySyntaxError.Kind kind = PySyntaxError.Kind.SYNTAX_ERROR;
        String msg;
        switch (why) {
            case EOF -> msg = extraTokens ? "unexpected EOF in multi-line statement" : "unexpected EOF while parsing";
            case DEDENT -> {
                kind = PySyntaxError.Kind.INDENTATION_ERROR;
                msg = "unindent does not match any outer indentation level";
            }
            case TABSPACE -> {
                kind = PySyntaxError.Kind.TAB_ERROR;
                msg = "inconsistent use of tabs and spaces in indentation";
            }
            case TOODEEP -> {
                kind = PySyntaxError.Kind.INDENTATION_ERROR;
                msg = "too many levels of indentation";
            }
            case LINECONT -> msg = "unexpected character after line continuation character";
            default -> msg = "unknown tokenization error";
        }
        if (!extraTokens) {
            return parserError(reason, kind, msg);
        }
        if (why == Done.EOF) {
            int offset = Utf8.length(text, bufStart, inp);
            return new TokenizerError(reason, kind, msg, filename, lineno, offset, null, 0, 0);
        }
        cur = inp;
        int end = Math.max(bufStart, inp - 1);
        String errorLine = text.substring(bufStart, end);
        int offset = errorLine.codePointCount(0, errorLine.length()) + 1;
        return new TokenizerError(reason, kind, msg, filename, lineno, offset, errorLine, 0, 0);
    }

    /** Where pegen (_Pypegen_tokenizer_error) reports the tokenizer's states. */
    private TokenizerError parserError(TokenizerError.Reason reason, PySyntaxError.Kind kind, String msg) {
        String currentLine = text.substring(lineStart, inp);
        if (reason == TokenizerError.Reason.EOF && level > 0) {
            int line = parenLineStack[level - 1];
            String lineText = sourceLine(line);
            if (line != lineno && lineText.endsWith("\n")) {
                lineText = lineText.substring(0, lineText.length() - 1);
            }
            int col = Utf8.charsInPrefix(lineText, 0, lineText.length(), parenColStack[level - 1]);
            return new TokenizerError(reason, kind, "'" + parenStack[level - 1] + "' was never closed", filename,
                    line, col + 1, lineText, line, 0);
        }
        int offset;
        int endOffset = 0;
        switch (reason) {
            case TABSPACE, TOODEEP -> offset = 1;
            case LINECONT -> offset = Character.codePointCount(text, lineStart, Math.max(lineStart, cur - 1)) + 1;
            default -> {
                offset = Character.codePointCount(text, lineStart, inp);
                endOffset = -1;
            }
        }
        cur = inp;
        return new TokenizerError(reason, kind, msg, filename, lineno, offset, currentLine, lineno, endOffset);
    }

    // ---- character classes (bytes in CPython: every non-ASCII character may be a name's) ----

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}

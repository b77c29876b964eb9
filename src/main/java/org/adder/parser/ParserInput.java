package org.adder.parser;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PySyntaxError;
import org.adder.tokenize.TokenType;
import org.adder.tokenize.Tokenizer;
import org.adder.tokenize.TokenizerError;

/**
 * The parser's token source: pulls tokens from the tokenizer on demand, turns keywords into
 * their own types and code-point columns into UTF-8 byte columns, and keeps the source lines
 * for error messages.
 */
final class ParserInput {
    final String text;
    final String filename;
    private final Tokenizer tokenizer;
    private final int[] lineStarts;
    private final boolean[] lineAscii;
    /** Set once the tokenizer has failed; the parser then stops asking for tokens. */
    PySyntaxError tokenizerError;
    private int fstringDepth;

    ParserInput(String source, String filename, boolean execInput) {
        this.tokenizer = new Tokenizer(source, filename, false, execInput).withoutLines();
        String text = universalNewlines(source);
        if (execInput && !text.endsWith("\n")) {
            text += "\n";
        }
        this.text = text;
        this.filename = filename;
        int[] starts = new int[64];
        int lines = 1;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            if (lines == starts.length) {
                starts = java.util.Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = nl + 1;
        }
        lineStarts = java.util.Arrays.copyOf(starts, lines);
        lineAscii = new boolean[lines];
        // Most sources are all ASCII: one pass over the whole text settles every line.
        boolean allAscii = true;
        for (int j = 0; j < text.length(); j++) {
            if (text.charAt(j) >= 0x80) {
                allAscii = false;
                break;
            }
        }
        for (int i = 0; i < lines; i++) {
            boolean ascii = allAscii;
            if (!allAscii) {
                int end = i + 1 < lines ? lineStarts[i + 1] : text.length();
                ascii = true;
                for (int j = lineStarts[i]; j < end; j++) {
                    if (text.charAt(j) >= 0x80) {
                        ascii = false;
                        break;
                    }
                }
            }
            lineAscii[i] = ascii;
        }
    }

    // ---- type comments (ast.parse(type_comments=True)) ----

    /** A comment of the source: where it starts (byte column) and its text from the '#'. */
    private record Comment(int line, int col, int endCol, String text) {
    }

    /** SyntaxWarnings of the tokenizer and the parser's actions, in the order they arose. */
    final List<Tokenizer.Warning> warnings = new ArrayList<>();

    private java.util.ArrayDeque<Comment> comments;
    /** TYPE_IGNORE comments: Module.type_ignores as (line, tag). */
    final List<Object[]> typeIgnores = new ArrayList<>();
    private final java.util.ArrayDeque<Token> queued = new java.util.ArrayDeque<>();

    /** Turns on TYPE_COMMENT tokens: the comments are found by a tokenize-flavour pass. */
    void enableTypeComments() {
        comments = new java.util.ArrayDeque<>();
        try {
            Tokenizer t = new Tokenizer(text, filename, true);
            org.adder.tokenize.Token tok;
            while ((tok = t.next()) != null) {
                if (tok.type() == TokenType.COMMENT) {
                    int col = byteColumn(tok.startLine(), tok.startCol());
                    comments.add(new Comment(tok.startLine(), col, byteColumn(tok.startLine(), tok.endCol()),
                            tok.string()));
                }
            }
        } catch (PySyntaxError e) {
            // the parser's own tokenizer reports it
        }
    }

    /** The type comments before {@code next}: TYPE_COMMENT tokens queued, type ignores recorded. */
    private void typeCommentsBefore(Token next) {
        while (!comments.isEmpty()) {
            Comment c = comments.peek();
            boolean before = c.line < next.lineno || c.line == next.lineno
                    && (c.col < next.colOffset || next.type == TokenType.NEWLINE.ordinal());
            if (!before) {
                return;
            }
            comments.poll();
            java.util.regex.Matcher m = TYPE_COMMENT.matcher(c.text);
            if (!m.lookingAt()) {
                continue;
            }
            String rest = c.text.substring(m.end());
            java.util.regex.Matcher ignore = TYPE_IGNORE.matcher(rest);
            if (ignore.lookingAt()) {
                typeIgnores.add(new Object[] {c.line, rest.substring(ignore.end())});
                continue;
            }
            int col = c.col + utf8Length(c.text.substring(0, m.end()));
            queued.add(new Token(TokenType.TYPE_COMMENT.ordinal(), rest, c.line, col, c.line, c.endCol, 0));
            boolean ownLine = lastRead == null || lastRead.endLineno < c.line;
            if (ownLine && tokenizer.level() == 0 && lastRead != null
                    && lastRead.type == TokenType.NEWLINE.ordinal()) {
                queued.add(new Token(TokenType.NEWLINE.ordinal(), "", c.line, c.endCol, c.line, c.endCol + 1, 0));
            }
        }
    }

    private static int utf8Length(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static final java.util.regex.Pattern TYPE_COMMENT = java.util.regex.Pattern.compile("#[ \\t]*type:[ \\t]*");
    private static final java.util.regex.Pattern TYPE_IGNORE = java.util.regex.Pattern.compile("ignore(?![A-Za-z0-9_\\x80-\\uffff])");
    private Token lastRead;

    /** 'single' mode: a statement at the end of the input is followed by one more NEWLINE. */
    boolean interactive;
    /** PyCF_DONT_IMPLY_DEDENT (with {@link #interactive}). */
    boolean dontImplyDedent;
    /** PyCF_ALLOW_INCOMPLETE_INPUT. */
    boolean allowIncompleteInput;

    /** Why the tokenizer stopped, when it failed. */
    private TokenizerError.Reason tokenizerReason;

    /**
     * pegen's {@code _is_end_of_source}: the tokenizer met the end of the input, and did not fail
     * for another reason after (a backslash or bad indentation at the end stays that error).
     */
    boolean metEndOfInput() {
        return tokenizer.metEndOfInput() && (tokenizerReason == null || tokenizerReason == TokenizerError.Reason.EOF
                || tokenizerReason == TokenizerError.Reason.ERROR);
    }

    /**
     * codeop's "incomplete input", where pegen raises it: at the last token read, or where the
     * tokenizer stands when that token has no column (the end, or an unterminated string's start).
     *
     * @param tokenizerError the tokenizer's error that ended the pass, or null
     */
    PySyntaxError incompleteInput(Token last, PySyntaxError tokenizerError) {
        String msg = "incomplete input";
        PySyntaxError.Kind kind = PySyntaxError.Kind.SYNTAX_ERROR;
        if (tokenizerError != null && tokenizerError.msg != null && tokenizerError.msg.startsWith("unterminated")
                && tokenizerError.msg.contains("string literal")) {
            return new PySyntaxError(kind, msg, filename, tokenizerError.lineno, tokenizerError.offset,
                    errorText(tokenizerError.lineno), tokenizerError.lineno, -1);
        }
        boolean atEnd = tokenizerError != null || last == null || last.colOffset < 0 || last == endNewline
                || last.type == TokenType.ENDMARKER.ordinal() || last.type == TokenType.DEDENT.ordinal()
                || last.type == TokenType.INDENT.ordinal()
                // the NEWLINE Adder's tokenizer makes up after a last line without one: CPython has none
                || (last.type == TokenType.NEWLINE.ordinal() && !text.endsWith("\n") && last.lineno == lineStarts.length);
        if (!atEnd) {
            return errorAtBytes(kind, msg, last.lineno, last.colOffset + 1, last.endLineno, last.endColOffset + 1);
        }
        // the tokenizer stands after the last line it read, newline included
        int lastLine = text.isEmpty() ? 0 : text.endsWith("\n") ? lineStarts.length - 1 : lineStarts.length;
        return errorAtBytes(kind, msg, lastLine, utf8Length(line(lastLine)), lastLine, -1);
    }
    private Token pending;

    /** The next parser token; throws the tokenizer's SyntaxError (also remembered). */
    Token next() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        if (endTokens != null) {
            lastRead = endTokens.isEmpty() ? endMarker : endTokens.poll();
            return lastRead;
        }
        Token t;
        if (!heldBack.isEmpty()) {
            t = heldBack.poll();
        } else if (!queued.isEmpty()) {
            t = queued.poll();
        } else {
            t = read();
            if (comments != null && !comments.isEmpty()) {
                typeCommentsBefore(t);
                if (!queued.isEmpty()) {
                    queued.add(t);
                    t = queued.poll();
                }
            }
            if (interactive && !text.endsWith("\n")) {
                t = unterminated(t);
                if (endTokens != null) {
                    lastRead = t;
                    return t;
                }
            }
        }
        lastRead = t;
        if (interactive && t.type == TokenType.ENDMARKER.ordinal() && previousBeforeEnd != null) {
            pending = t;
            endNewline = new Token(TokenType.NEWLINE.ordinal(), "", t.lineno, t.colOffset, t.endLineno,
                    t.endColOffset, 0);
            return endNewline;
        }
        previousBeforeEnd = t;
        return t;
    }

    private Token previousBeforeEnd;
    /** The NEWLINE that stands for the ENDMARKER in 'single' mode: like it, a token without a column in CPython. */
    private Token endNewline;

    /**
     * 'single' input that stops without a newline: CPython's string tokenizer then gives no
     * NEWLINE after the last line and no DEDENTs at the end. The parser makes up for it: the
     * ENDMARKER reads as a NEWLINE, then (unless PyCF_DONT_IMPLY_DEDENT) a DEDENT per open block
     * and one more NEWLINE, all at column -1 of the last line. Adder's tokenizer gave those
     * closing tokens itself; they are replaced here.
     */
    private Token unterminated(Token t) {
        // CPython's tokenizer counts the lines it has read: none for empty input
        int lastLine = text.isEmpty() ? 0 : lineStarts.length;
        boolean closing = t.type == TokenType.DEDENT.ordinal()
                || (t.type == TokenType.NEWLINE.ordinal() && t.lineno == lastLine);
        if (!closing && t.type != TokenType.ENDMARKER.ordinal()) {
            return t;
        }
        List<Token> held = new ArrayList<>();
        Token u = t;
        int dedents = 0;
        while (u.type == TokenType.DEDENT.ordinal() || (u.type == TokenType.NEWLINE.ordinal() && u.lineno == lastLine)) {
            held.add(u);
            if (u.type == TokenType.DEDENT.ordinal()) {
                dedents++;
            }
            u = read();
        }
        if (u.type != TokenType.ENDMARKER.ordinal()) {
            // a dedent before more statements: the tokens stand as they are
            held.add(u);
            heldBack.addAll(held.subList(1, held.size()));
            return held.get(0);
        }
        Token end = new Token(TokenType.ENDMARKER.ordinal(), "", lastLine, -1, lastLine, -1, 0);
        endMarker = end;
        endTokens = new java.util.ArrayDeque<>();
        if (previousBeforeEnd == null) {
            return end;
        }
        Token newline = new Token(TokenType.NEWLINE.ordinal(), "", lastLine, -1, lastLine, -1, 0);
        endTokens.add(newline);
        if (dedents > 0 && !dontImplyDedent) {
            for (int i = 0; i < dedents; i++) {
                endTokens.add(new Token(TokenType.DEDENT.ordinal(), "", lastLine, -1, lastLine, -1, 0));
            }
            endTokens.add(newline);
        }
        endTokens.add(end);
        return endTokens.poll();
    }

    /** The tokens that close unterminated 'single' input, once the ENDMARKER is reached; else null. */
    private java.util.ArrayDeque<Token> endTokens;
    private Token endMarker;
    /** Tokens read ahead to see whether DEDENTs end the input. */
    private final java.util.ArrayDeque<Token> heldBack = new java.util.ArrayDeque<>();

    private Token read() {
        if (tokenizerError != null) {
            throw tokenizerError;
        }
        org.adder.tokenize.Token t;
        try {
            t = tokenizer.next();
        } catch (PySyntaxError e) {
            if (e instanceof TokenizerError te) {
                tokenizerReason = te.reason;
            }
            tokenizerError = characterOffsets ? e : withByteOffsets(e);
            throw tokenizerError;
        } finally {
            warnings.addAll(tokenizer.takeWarnings());
        }
        TokenType tt = t.type();
        int type = tt.ordinal();
        if (tt == TokenType.NAME) {
            int kw = Keywords.type(t.string());
            if (kw >= 0) {
                type = kw;
            }
        } else if (tt == TokenType.FSTRING_START) {
            fstringDepth++;

        } else if (tt == TokenType.FSTRING_END) {
            fstringDepth--;

        }
        int line = t.startLine();
        int col = t.startByteCol();
        int endCol = t.endByteCol();
        if (tt == TokenType.NEWLINE && t.endLine() == line) {
            // CPython's NEWLINE token spans its newline character (after any comment).
            String l = line(line);
            endCol = l.endsWith("\n") ? utf8Length(l) : endCol == col ? endCol + 1 : endCol;
        }
        if (tt == TokenType.FSTRING_MIDDLE) {
            // A middle part starts where the token before it ended (the tokenizer has no column for
            // one that spans lines), and a part ending in a doubled brace ends after both braces.
            if (previous != null) {
                line = previous.endLineno;
                col = previous.endColOffset;
            }
            String s = t.string();
            if (!s.isEmpty() && (s.endsWith("{") || s.endsWith("}"))
                    && byteAt(t.endLine(), endCol) == s.charAt(s.length() - 1)) {
                endCol++;
            }
        }
        if (tt == TokenType.STRING || tt == TokenType.FSTRING_MIDDLE) {
            spanning(line, t.endLine());
        }
        previous = new Token(type, t.string(), line, col, t.endLine(), endCol, tokenizer.level());
        return previous;
    }

    private Token previous;
    /** For a line where a string (or an f-string's literal part) spanning lines ends: the line it starts on. */
    private final java.util.Map<Integer, Integer> stringStarts = new java.util.HashMap<>();

    private void spanning(int start, int end) {
        if (start < end) {
            stringStarts.merge(end, start, Math::min);
        }
    }

    /** The ASCII character at byte column {@code byteCol} of line {@code lineno}, or 0. */
    private char byteAt(int lineno, int byteCol) {
        if (lineno < 1 || lineno > lineStarts.length) {
            return 0;
        }
        int i = lineStarts[lineno - 1] + charIndex(lineno, byteCol);
        return i < text.length() ? text.charAt(i) : 0;
    }

    /** The tokenizer's error with its columns as UTF-8 byte offsets (for source given as bytes). */
    private static PySyntaxError withByteOffsets(PySyntaxError e) {
        // The tokenizer's own errors count characters; those pegen raises for its states count bytes.
        if (!(e instanceof TokenizerError te) || te.reason == TokenizerError.Reason.ERROR || e.text == null || e.text.chars().allMatch(c -> c < 0x80)) {
            return e;
        }
        return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, byteOffset(e.text, e.offset), e.text,
                e.endLineno, byteOffset(e.text, e.endOffset));
    }

    private static int byteOffset(String line, int charOffset) {
        if (charOffset <= 1) {
            return charOffset;
        }
        int i = line.offsetByCodePoints(0, Math.min(charOffset - 1, line.codePointCount(0, line.length())));
        return line.substring(0, i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1 + Math.max(0, charOffset - 1 - line.codePointCount(0, line.length()));
    }

    /**
     * Tokenizes the rest of the source after a parser error on line {@code errorLine}: a
     * tokenizer error further on is what CPython reports instead (as is a bracket left open
     * before that line).
     */
    PySyntaxError checkRestOfSource(int errorLine) {
        if (tokenizerError != null) {
            return tokenizerError;
        }
        try {
            while (true) {
                org.adder.tokenize.Token t = tokenizer.next();
                if (t == null || t.type() == TokenType.ENDMARKER) {
                    return null;
                }
                if (t.type() == TokenType.FSTRING_START) {
                    fstringDepth++;
                } else if (t.type() == TokenType.FSTRING_END) {
                    fstringDepth--;
                }
            }
        } catch (TokenizerError e) {
            if (fstringDepth > 0) {
                // An error inside an f-string does not hide the parser's error in its expression.
                return null;
            }
            if (e.reason == TokenizerError.Reason.ERROR) {
                return e;
            }
            // The tokenizer stopped in a state pegen turns into an error: only a bracket left open
            // before the error's line is reported instead.
            int level = tokenizer.level();
            if (level > 0 && errorLine > tokenizer.bracketLine(level - 1)) {
                int line = tokenizer.bracketLine(level - 1);
                return errorAtBytes(PySyntaxError.Kind.SYNTAX_ERROR,
                        "'" + tokenizer.bracket(level - 1) + "' was never closed", line,
                        tokenizer.bracketByteCol(level - 1) + 1, line, 0);
            }
            return null;
        } catch (PySyntaxError e) {
            return e;
        }
    }

    private static String universalNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Whether anything but blanks and comments follows {@code last} (CPython's test for a
     * 'single' input holding more than one statement).
     */
    boolean moreAfter(Token last) {
        if (last.endColOffset < 0) {
            // a token made up at the end of unterminated 'single' input
            return false;
        }
        int i = last.endLineno > lineStarts.length ? text.length()
                : Math.min(text.length(), lineStarts[last.endLineno - 1] + charIndex(last.endLineno, last.endColOffset));
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    /** Source line {@code lineno} (1-based) with its newline, or "" past the end. */
    String line(int lineno) {
        if (lineno < 1 || lineno > lineStarts.length) {
            return "";
        }
        int start = lineStarts[lineno - 1];
        int end = lineno < lineStarts.length ? lineStarts[lineno] : text.length();
        return text.substring(start, end);
    }

    /** The source text from (line, byte column) to (endLine, end byte column). */
    String sourceText(int line, int byteCol, int endLine, int endByteCol) {
        int from = lineStarts[line - 1] + charIndex(line, byteCol);
        int to = lineStarts[endLine - 1] + charIndex(endLine, endByteCol);
        return from <= to ? text.substring(from, to) : "";
    }

    /** The char index within line {@code lineno} of byte offset {@code byteCol}. */
    private int charIndex(int lineno, int byteCol) {
        if (lineAscii[lineno - 1]) {
            return byteCol;
        }
        int start = lineStarts[lineno - 1];
        int i = start;
        int b = 0;
        while (b < byteCol && i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return i - start;
    }

    /** UTF-8 byte offset of code-point column {@code col} on line {@code lineno}. */
    int byteColumn(int lineno, int col) {
        if (lineno < 1 || lineno > lineStarts.length || lineAscii[lineno - 1]) {
            return col;
        }
        int i = lineStarts[lineno - 1];
        int bytes = 0;
        for (int k = 0; k < col && i < text.length(); k++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return bytes;
    }

    /**
     * How many characters the first {@code bytes} UTF-8 bytes of {@code line} decode to (a cut
     * character counts as one, and one byte past the end counts as one), as CPython converts
     * byte offsets to the offsets a SyntaxError reports.
     */
    static int characterOffset(String line, int bytes) {
        int k = 0;
        int b = 0;
        int i = 0;
        while (i < line.length() && b < bytes) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            k++;
        }
        if (b < bytes) {
            k++;
        }
        return k;
    }

    /** A SyntaxError at 1-based byte offsets (0 = unknown end), converted to characters as CPython does. */
    PySyntaxError errorAtBytes(PySyntaxError.Kind kind, String msg, int lineno, int byteOffset, int endLineno,
                               int endByteOffset) {
        String text = line(lineno);
        int offset = byteOffset;
        int endOffset = endByteOffset;
        if (characterOffsets) {
            offset = byteOffset <= 0 ? byteOffset : characterOffset(text, byteOffset);
            endOffset = endByteOffset <= 0 ? endByteOffset : characterOffset(text, endByteOffset);
        }
        return new PySyntaxError(kind, msg, filename, lineno, offset, errorText(lineno), endLineno, endOffset);
    }

    /**
     * Whether a SyntaxError's offsets count characters (source given as text, or bytes with a
     * declared encoding) rather than UTF-8 bytes, as CPython's tokenizer knows its encoding or not.
     */
    boolean characterOffsets = true;

    /**
     * A SyntaxError's text as CPython finds it: the line from the file when there is one, the
     * tokenizer's current line(s) for an error on it, an earlier line without its newline.
     */
    String errorText(int lineno) {
        String line = line(lineno);
        if (isFile()) {
            return line;
        }
        if (lineno >= tokenizer.lineno()) {
            // The tokenizer's buffer: the physical lines joined by backslash continuations
            // and by strings spanning lines.
            int first = lineno;
            while (true) {
                if (first > 1 && line(first - 1).endsWith("\\\n")) {
                    first--;
                } else if (stringStarts.containsKey(first)) {
                    first = stringStarts.get(first);
                } else {
                    break;
                }
            }
            StringBuilder b = new StringBuilder();
            for (int i = first; i <= lineno; i++) {
                b.append(line(i));
            }
            return b.toString();
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    private Boolean isFile;

    private boolean isFile() {
        if (isFile == null) {
            isFile = filename != null && !filename.startsWith("<") && java.nio.file.Files.isRegularFile(
                    java.nio.file.Path.of(filename));
        }
        return isFile;
    }
}

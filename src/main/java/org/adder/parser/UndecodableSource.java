package org.adder.parser;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;
import org.adder.tokenize.SourceDecoder;
import org.adder.tokenize.Token;
import org.adder.tokenize.TokenType;
import org.adder.tokenize.Tokenizer;
import org.adder.tokenize.Utf8;

/**
 * Source bytes that are not valid UTF-8 and declare no encoding. CPython's tokenizer then works on
 * the raw bytes and only decodes where it needs text: an identifier when it ends, a string
 * literal when the parser builds its constant, an f-string part likewise. So comments may hold
 * any bytes, and the error (a "(unicode error)" SyntaxError quoting the UTF-8 codec, or for an
 * f-string the bare UnicodeDecodeError) names the first bad token, with positions relative to it.
 */
final class UndecodableSource {
    private final byte[] source;
    private final String filename;
    /** Byte offset where each line (split at b'\n') starts; one more entry for the end. */
    private final int[] lineStarts;

    private UndecodableSource(byte[] source, String filename) {
        this.source = source;
        this.filename = filename;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '\n' && i + 1 < source.length) {
                starts.add(i + 1);
            }
        }
        starts.add(source.length);
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether {@code source} has a byte sequence UTF-8 cannot decode. */
    static boolean isInvalidUtf8(byte[] source) {
        for (int i = 0; i < source.length; ) {
            int n = Utf8.unit(source, i, source.length);
            if (n < 0) {
                return true;
            }
            i += n;
        }
        return false;
    }

    /** The text the tokenizer sees: each undecodable sequence replaced by U+FFFD. */
    static String replacing(byte[] source) {
        return SourceDecoder.utf8Replacing(source, 0, source.length);
    }

    /**
     * The error CPython raises for the first token holding undecodable bytes, or null when they
     * are all in comments. {@code lineOut[0]} receives its line.
     */
    static RuntimeException firstError(byte[] source, String text, String filename, int[] lineOut) {
        return new UndecodableSource(source, filename).find(text, lineOut);
    }

    private RuntimeException find(String text, int[] lineOut) {
        Tokenizer tokenizer = new Tokenizer(text, filename, true);
        try {
            while (true) {
                Token t = tokenizer.next();
                if (t.type() == TokenType.ENDMARKER) {
                    return null;
                }
                if (t.type() == TokenType.COMMENT || t.type() == TokenType.NL || t.type() == TokenType.NEWLINE
                        || t.type() == TokenType.ENCODING) {
                    continue;
                }
                int from = byteOffset(t.startLine(), t.startCol());
                int to = byteOffset(t.endLine(), t.endCol());
                int bad = firstBad(from, to);
                if (bad < 0) {
                    continue;
                }
                lineOut[0] = t.startLine();
                if (t.type() == TokenType.STRING) {
                    RuntimeException e = stringError(t, from, to);
                    if (e != null) {
                        return e;
                    }
                    continue;
                }
                if (t.type() == TokenType.FSTRING_MIDDLE) {
                    return new PyException("UnicodeDecodeError", codecMessage(from, to));
                }
                if (t.type() == TokenType.FSTRING_START || t.type() == TokenType.FSTRING_END) {
                    continue;
                }
                lineOut[0] = lineOf(bad);
                return identifierError(bad);
            }
        } catch (RuntimeException e) {
            return null; // the parser reports the tokenizer's own error
        }
    }

    /** A string literal's body is decoded when its constant is built; bytes literals fail otherwise. */
    private RuntimeException stringError(Token t, int from, int to) {
        int i = from;
        boolean bytes = false;
        while (i < to && source[i] != '"' && source[i] != '\'') {
            bytes |= source[i] == 'b' || source[i] == 'B';
            i++;
        }
        if (bytes) {
            return null;
        }
        boolean raw = false;
        for (int k = from; k < i; k++) {
            raw |= source[k] == 'r' || source[k] == 'R';
        }
        byte q = source[i];
        int quotes = i + 2 < source.length && source[i + 1] == q && source[i + 2] == q ? 3 : 1;
        int bodyStart = i + quotes;
        int bodyEnd = bodyStart;
        boolean backslash = false;
        while (bodyEnd < source.length && !closes(bodyEnd, q, quotes)) {
            backslash |= source[bodyEnd] == '\\';
            bodyEnd += source[bodyEnd] == '\\' ? 2 : 1;
        }
        bodyEnd = Math.min(bodyEnd, source.length);
        to = Math.min(bodyEnd + quotes, source.length);
        int bad = firstBad(bodyStart, bodyEnd);
        if (bad < 0) {
            return null;
        }
        String msg;
        if (backslash && !raw) {
            // Escapes are processed first; each run of non-ASCII bytes is then decoded on its own.
            int s = bad;
            while (s > bodyStart && (source[s - 1] & 0x80) != 0) {
                s--;
            }
            int e = bad;
            while (e < bodyEnd && (source[e] & 0x80) != 0) {
                e++;
            }
            msg = "(unicode error) " + codecMessage(s, e);
        } else {
            msg = "(unicode error) " + codecMessage(bodyStart, bodyEnd);
        }
        int endLine = lineOf(Math.max(to - 1, from));
        int line = t.startLine();
        String lineText = lineText(line);
        if (endLine > line && lineText.endsWith("\n")) {
            lineText = lineText.substring(0, lineText.length() - 1);
        }
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, line,
                from - lineStarts[line - 1] + 1, lineText, endLine, to - lineStarts[endLine - 1] + 1);
    }

    private boolean closes(int at, byte q, int quotes) {
        for (int k = 0; k < quotes; k++) {
            if (at + k >= source.length || source[at + k] != q) {
                return false;
            }
        }
        return true;
    }

    /**
     * An identifier runs over every byte that could continue one (all non-ASCII bytes count);
     * the error points at its end, without an end position.
     */
    private RuntimeException identifierError(int bad) {
        int line = lineOf(bad);
        int lineStart = lineStarts[line - 1];
        int s = bad;
        while (s > lineStart && identifierByte(source[s - 1])) {
            s--;
        }
        int e = bad;
        while (e < source.length && identifierByte(source[e])) {
            e++;
        }
        return new IdentifierError(codecMessage(s, e), filename, line, e - lineStart, lineText(line));
    }

    /** An identifier's decoding error; the codec's own message is kept for the bare UnicodeDecodeError. */
    static final class IdentifierError extends PySyntaxError {
        final String codecMessage;

        IdentifierError(String codecMessage, String filename, int line, int offset, String text) {
            super(Kind.SYNTAX_ERROR, "(unicode error) " + codecMessage, filename, line, offset, text, line, -1);
            this.codecMessage = codecMessage;
        }
    }

    private static boolean identifierByte(byte b) {
        int c = b & 0xff;
        return c >= 128 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * A parser error found in the replaced text counts each U+FFFD as its three UTF-8 bytes;
     * CPython counted the one raw byte it stands for.
     */
    static PySyntaxError rawOffsets(byte[] source, PySyntaxError e) {
        if (e.lineno <= 0) {
            return e;
        }
        UndecodableSource u = new UndecodableSource(source, e.filename);
        return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, u.rawOffset(e.lineno, e.offset), e.text,
                e.endLineno, u.rawOffset(e.endLineno, e.endOffset));
    }

    /**
     * With a BOM the tokenizer knows the encoding and turns byte offsets into characters, counting
     * over the error line as decoded (each U+FFFD three bytes again).
     */
    static PySyntaxError characterOffsets(PySyntaxError e) {
        if (e.text == null) {
            return e;
        }
        return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, characters(e.text, e.offset), e.text,
                e.endLineno, e.endLineno == e.lineno ? characters(e.text, e.endOffset) : e.endOffset);
    }

    private static int characters(String line, int offset) {
        if (offset <= 0) {
            return offset;
        }
        byte[] utf8 = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.min(offset, utf8.length + 1);
        String s = SourceDecoder.utf8Replacing(utf8, 0, Math.min(n, utf8.length));
        return s.codePointCount(0, s.length()) + (n > utf8.length ? 1 : 0);
    }

    private int rawOffset(int line, int offset) {
        if (offset <= 0 || line <= 0 || line > lineStarts.length - 1) {
            return offset;
        }
        int i = lineStarts[line - 1];
        int end = lineStarts[line];
        int replaced = 0;
        while (replaced < offset - 1 && i < end) {
            int n = Utf8.unit(source, i, end);
            replaced += n < 0 ? 3 : n;
            i += Math.abs(n);
        }
        return i - lineStarts[line - 1] + 1;
    }

    private int lineOf(int offset) {
        int line = 1;
        while (line < lineStarts.length - 1 && lineStarts[line] <= offset) {
            line++;
        }
        return line;
    }

    private String lineText(int line) {
        int from = lineStarts[line - 1];
        int to = lineStarts[line];
        return SourceDecoder.utf8Replacing(source, from, to);
    }

    /** The byte offset of char column {@code col} of line {@code line} of the replaced text. */
    private int byteOffset(int line, int col) {
        if (line > lineStarts.length - 1) {
            return source.length;
        }
        int i = lineStarts[line - 1];
        int end = lineStarts[line];
        int chars = 0;
        while (chars < col && i < end) {
            int n = Utf8.unit(source, i, end);
            int len = Math.abs(n);
            chars += n == 4 ? 2 : 1;
            i += len;
        }
        return i;
    }

    private int firstBad(int from, int to) {
        for (int i = from; i < to; ) {
            int n = Utf8.unit(source, i, to);
            if (n < 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /** str(UnicodeDecodeError) for decoding bytes {@code from..to} as UTF-8, at their first bad sequence. */
    private String codecMessage(int from, int to) {
        int bad = firstBad(from, to);
        int n = -Utf8.unit(source, bad, to);
        String reason;
        int b0 = source[bad] & 0xff;
        if (b0 < 0xC2 || b0 > 0xF4) {
            reason = "invalid start byte";
        } else if (bad + n >= to) {
            reason = "unexpected end of data";
        } else {
            reason = "invalid continuation byte";
        }
        int pos = bad - from;
        String where = n == 1
                ? String.format("byte 0x%02x in position %d", b0, pos)
                : String.format("bytes in position %d-%d", pos, pos + n - 1);
        return "'utf-8' codec can't decode " + where + ": " + reason;
    }

}

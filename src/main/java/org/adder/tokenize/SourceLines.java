package org.adder.tokenize;

import java.util.Arrays;

/** Source text by physical lines (lines end at LF), for the text that errors and f-string debug parts show. */
final class SourceLines {
    private final String text;
    private final int[] starts;

    SourceLines(String text) {
        this.text = text;
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i;
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        this.starts = Arrays.copyOf(found, n);
    }

    /** Line {@code lineno} (1-based) with its newline; "" past the end. */
    String line(int lineno) {
        int from = offset(lineno);
        if (from < 0) {
            return "";
        }
        int nl = text.indexOf('\n', from);
        return text.substring(from, nl < 0 ? text.length() : nl + 1);
    }

    /** The text from (line, code point column) to (line, code point column); "" if that is no range. */
    String between(int startLine, int startCol, int endLine, int endCol) {
        int from = offset(startLine);
        int to = offset(endLine);
        if (from < 0 || to < 0) {
            return "";
        }
        from = text.offsetByCodePoints(from, startCol);
        to = text.offsetByCodePoints(to, endCol);
        return from <= to ? text.substring(from, to) : "";
    }

    private int offset(int lineno) {
        return lineno >= 1 && lineno <= starts.length ? starts[lineno - 1] : -1;
    }

    /** CRLF and CR to LF, and (for exec input) a final newline, as CPython's translate_newlines. */
    static String translateNewlines(String text, boolean execInput) {
        boolean needsNewline = execInput && (text.isEmpty() || text.charAt(text.length() - 1) != '\n'
                && text.charAt(text.length() - 1) != '\r');
        if (text.indexOf('\r') < 0) {
            return needsNewline ? text + "\n" : text;
        }
        StringBuilder out = new StringBuilder(text.length() + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        if (needsNewline) {
            out.append('\n');
        }
        return out.toString();
    }
}

package org.adder.tour;

import java.nio.charset.StandardCharsets;
import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;

/**
 * An exception as {@code python3.12 FILE} prints it when the file does not compile: for a
 * SyntaxError, the file and line, the offending line without its indentation and a row of
 * carets under the reported columns, then {@code Type: message}.
 */
public final class ErrorReport {
    private ErrorReport() {
    }

    /**
     * @param shownFilename the file name as CPython shows it for a script: made absolute, not normalised
     */
    public static String of(PyException e, String shownFilename) {
        StringBuilder b = new StringBuilder();
        if (e instanceof PySyntaxError se) {
            b.append("  File \"").append(shownFilename).append("\", line ").append(se.lineno).append('\n');
            if (se.text != null) {
                errorText(b, se);
            }
        }
        String message = e instanceof PySyntaxError se ? se.msg : e.str();
        b.append(e.typeName());
        if (message != null && !message.isEmpty()) {
            b.append(": ").append(message);
        }
        return b.append('\n').toString();
    }

    /** The source line and its carets. CPython measures the line in UTF-8 bytes here, so do we. */
    private static void errorText(StringBuilder b, PySyntaxError se) {
        byte[] line = se.text.getBytes(StandardCharsets.UTF_8);
        int endOffset = se.endOffset;
        // an error spanning lines is underlined to the end of its first line
        if (se.endLineno > se.lineno) {
            endOffset = line.length;
        }
        if (endOffset > line.length + 1) {
            endOffset = line.length + 1;
        }
        int offset = se.offset;
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < line.length && (line[start] == ' ' || line[start] == '\t' || line[start] == '\f')) {
            start++;
            offset--;
        }
        int len = line.length - start;
        if (len > 0 && line[line.length - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        // a text holding several lines: show the one the offset falls in
        for (int i = start; i < line.length; i++) {
            if (line[i] == '\n') {
                int inLine = i - start;
                if (inLine >= offset) {
                    break;
                }
                start = i + 1;
                len -= inLine + 1;
                offset -= inLine + 1;
            }
        }
        String text = new String(line, start, line.length - start, StandardCharsets.UTF_8);
        b.append("    ").append(text);
        if (!text.endsWith("\n")) {
            b.append('\n');
        }
        if (offset < 0) {
            return;
        }
        b.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
    }
}

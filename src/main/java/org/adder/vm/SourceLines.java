package org.adder.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source lines tracebacks and warnings show ({@code linecache}): files read once, as UTF-8 with
 * undecodable bytes replaced, and the text of {@code -c} and {@code <stdin>} programs registered by the
 * launcher under their pseudo file names.
 */
public final class SourceLines {
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private SourceLines() {
    }

    /** Makes {@code text} the source of {@code filename} (for {@code <string>}, {@code <stdin>}). */
    public static void register(String filename, String text) {
        CACHE.put(filename, text.lines().toList());
    }

    /** Line {@code lineno} (1-based) of {@code filename} without its line ending, or null. */
    public static String line(String filename, int lineno) {
        List<String> lines = CACHE.computeIfAbsent(filename, SourceLines::read);
        if (lineno < 1 || lineno > lines.size()) {
            return null;
        }
        return lines.get(lineno - 1);
    }

    private static List<String> read(String filename) {
        if (filename.startsWith("<") && filename.endsWith(">")) {
            return List.of();
        }
        try {
            byte[] b = Files.readAllBytes(Path.of(filename));
            String text = new String(b, StandardCharsets.UTF_8);
            if (text.startsWith("\ufeff")) {
                text = text.substring(1);
            }
            return splitLines(text);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Lines as Python's universal newlines see them (\n, \r\n, \r, and also \f, \v... as str.splitlines). */
    private static List<String> splitLines(String text) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }
}

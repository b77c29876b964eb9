package org.adder.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adder.compiler.CompileOptions;
import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;
import org.adder.tokenize.Utf8;

/**
 * The first step of running a program ({@code adder FILE}, {@code adder -c CODE}, {@code adder -}):
 * compile it, and report a file that does not compile exactly as {@code python3.12} does, with
 * status 1, before anything could run. The VM that would run the code is not there yet.
 */
final class ScriptCompile {
    private ScriptCompile() {
    }

    /**
     * Compiles a script's bytes ({@code FILE} or {@code -}) as CPython's file tokenizer reads them: its
     * errors worded as that tokenizer words them, an undecodable line anywhere (comments included) an error.
     *
     * @throws PyException the SyntaxError (or other error) compiling raised, ready to report
     */
    static org.adder.bytecode.CodeObject compileFile(byte[] source, String name, int optimize, PrintStream err) {
        org.adder.bytecode.CodeObject code;
        try {
            code = SourceCompile.bytes(source, name, options(optimize), err::print);
        } catch (PyException e) {
            throw fileTokenizerError(e, source, name);
        }
        if (!declaresEncoding(source) && firstUndecodableLine(source) > 0) {
            throw nonUtf8(source, name);
        }
        return code;
    }

    /** {@code -c CMD}: the command compiled as a string. */
    static org.adder.bytecode.CodeObject compileCommand(String code, int optimize, PrintStream err) {
        return SourceCompile.text(code, "<string>", "exec", options(optimize), err::print);
    }

    /** The interpreter compiles a script with nothing on its C stack yet: the whole depth budget. */
    private static CompileOptions options(int optimize) {
        return CompileOptions.of(optimize).withRecursionLimit(CompileOptions.RUN_SCRIPT);
    }

    /** Errors found only after the tokenizer has read on: by then it has met every bad line. */
    private static boolean readsToTheEnd(String msg) {
        return msg.startsWith("(unicode error)") || msg.endsWith("was never closed")
                || msg.startsWith("unexpected EOF") || msg.startsWith("unterminated triple-quoted")
                || msg.startsWith("expected an indented block");
    }

    /** The 1-based line of the first byte sequence that is not UTF-8, or 0 when all of it is. */
    private static int firstUndecodableLine(byte[] source) {
        int line = 1;
        int i = 0;
        while (i < source.length) {
            int n = Utf8.unit(source, i, source.length);
            if (n < 0) {
                return line;
            }
            if (source[i] == '\n') {
                line++;
            }
            i += n;
        }
        return 0;
    }

    /** CPython's file-tokenizer error for the first byte that is not UTF-8 (there must be one). */
    private static PyException nonUtf8(byte[] source, String name) {
        int line = firstUndecodableLine(source);
        int i = 0;
        for (int l = 1; l < line; i++) {
            if (source[i] == '\n') {
                l++;
            }
        }
        while (true) {
            int n = Utf8.unit(source, i, source.length);
            if (n < 0) {
                return new PyException("SyntaxError", String.format("Non-UTF-8 code starting with '\\x%02x' in "
                        + "file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ "
                        + "for details", source[i] & 0xff, name, line));
            }
            i += n;
        }
    }

    /** A BOM or a coding cookie on line 1 or 2: then the declared codec decodes the whole file first. */
    private static boolean declaresEncoding(byte[] source) {
        if (source.length >= 3 && (source[0] & 0xff) == 0xef && (source[1] & 0xff) == 0xbb
                && (source[2] & 0xff) == 0xbf) {
            return true;
        }
        String[] lines = new String(source, 0, Math.min(source.length, 4096), StandardCharsets.ISO_8859_1)
                .split("\n", 3);
        for (int l = 0; l < Math.min(2, lines.length); l++) {
            if (COOKIE.matcher(lines[l]).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /**
     * A script is read by CPython's file tokenizer, which words decoding failures its own way
     * (and without a position) where {@code compile(bytes)} speaks of the encoding declaration.
     */
    static PyException fileTokenizerError(PyException e, byte[] source, String name) {
        if (!(e instanceof PySyntaxError se) || se.msg == null) {
            return e;
        }
        if (se.lineno > 0) {
            // compile(bytes) meets undecodable UTF-8 only at the token holding it; the file tokenizer
            // checks each line as it reads it, so a bad line is reported before what follows it
            int bad = declaresEncoding(source) ? 0 : firstUndecodableLine(source);
            return bad > 0 && (bad <= se.lineno || readsToTheEnd(se.msg)) ? nonUtf8(source, name) : e;
        }
        if (se.msg.startsWith("invalid or missing encoding declaration")) {
            return firstUndecodableLine(source) > 0 ? nonUtf8(source, name) : e;
        }
        if (se.msg.startsWith("encoding problem") || se.msg.startsWith("unknown encoding")) {
            boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xef && (source[1] & 0xff) == 0xbb
                    && (source[2] & 0xff) == 0xbf;
            String[] lines = new String(source, bom ? 3 : 0, Math.min(source.length - (bom ? 3 : 0), 4096),
                    StandardCharsets.ISO_8859_1).split("\n", 3);
            for (int l = 0; l < Math.min(2, lines.length); l++) {
                Matcher m = COOKIE.matcher(lines[l]);
                if (m.find()) {
                    return new PyException("SyntaxError", "encoding problem: " + m.group(1) + (bom ? " with BOM" : ""));
                }
            }
        }
        return e;
    }
}

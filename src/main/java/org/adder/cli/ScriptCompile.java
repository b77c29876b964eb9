package org.adder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** A script compiles under its absolute (not normalised) path, as CPython's {@code sys.argv[0]}. */
    static int thenNotYet(Path file, int optimize, PrintStream out, PrintStream err, String what) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("adder: can't open file " + org.adder.objects.PyStr.repr(file.toAbsolutePath().toString())
                    + ": " + ByteCompiler.osError(e, file.toString()));
            return 2;
        }
        String name = file.isAbsolute() ? file.toString() : Path.of("").toAbsolutePath() + "/" + file;
        try {
            SourceCompile.bytes(source, name, options(optimize), err::print);
        } catch (PyException e) {
            return failed(fileTokenizerError(e, source, name), name, out, err);
        }
        if (!declaresEncoding(source) && firstUndecodableLine(source) > 0) {
            // the file tokenizer checks every line it reads, comments included
            return failed(nonUtf8(source, name), name, out, err);
        }
        return Main.notYet(err, what);
    }

    /** The interpreter compiles a script with nothing on its C stack yet: the whole depth budget. */
    private static CompileOptions options(int optimize) {
        return CompileOptions.of(optimize).withRecursionLimit(CompileOptions.RUN_SCRIPT);
    }

    static int commandThenNotYet(String code, int optimize, PrintStream out, PrintStream err) {
        try {
            SourceCompile.text(code, "<string>", "exec", options(optimize), err::print);
        } catch (PyException e) {
            return failed(e, "<string>", out, err);
        }
        return Main.notYet(err, "running -c");
    }

    static int stdinThenNotYet(InputStream stdin, int optimize, PrintStream out, PrintStream err) {
        byte[] source;
        try {
            source = stdin.readAllBytes();
        } catch (IOException e) {
            err.println("adder: can't read <stdin>: " + e.getMessage());
            return 2;
        }
        try {
            SourceCompile.bytes(source, "<stdin>", options(optimize), err::print);
        } catch (PyException e) {
            return failed(fileTokenizerError(e, source, "<stdin>"), "<stdin>", out, err);
        }
        return Main.notYet(err, "running from stdin");
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

    /**
     * The error alone, whatever its type: no Python frame has run yet, so CPython has no
     * traceback to print and no "Traceback" header either.
     */
    private static int failed(PyException e, String name, PrintStream out, PrintStream err) {
        out.flush();
        err.print(SourceCompile.report(e, name));
        return 1;
    }
}

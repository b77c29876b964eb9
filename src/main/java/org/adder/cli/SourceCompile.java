package org.adder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adder.ast.ModTy;
import org.adder.bytecode.CodeObject;
import org.adder.compiler.Compiler;
import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;
import org.adder.parser.Parse;
import org.adder.tokenize.SourceDecoder;
import org.adder.tour.ErrorReport;

/**
 * {@code compile(source, filename, "exec", optimize=...)} for the tools: Adder's parser, symbol
 * table and compiler in a row, and the report CPython prints when that fails.
 */
public final class SourceCompile {
    /** {@code sys.flags.optimize}: the interpreter's {@code -O} count, the level an optimize of -1 means. */
    private static volatile int interpreterOptimize;

    private SourceCompile() {
    }

    static void setInterpreterOptimize(int level) {
        interpreterOptimize = level;
    }

    /** The level {@code compile(..., optimize=optimize)} compiles at. */
    static int level(int optimize) {
        return optimize < 0 ? interpreterOptimize : optimize;
    }

    /**
     * Compiles undecoded source bytes, as CPython compiles a file (coding cookie, BOM).
     *
     * @throws PyException the SyntaxError (or other exception) CPython raises
     */
    public static CodeObject bytes(byte[] source, String filename, int optimize) {
        String text;
        ModTy mod;
        try {
            // decoded once, parsed as text: the same tree as from the bytes
            text = SourceDecoder.decode(source, filename).text();
            mod = Parse.parse(text, filename, "exec", false);
        } catch (PyException e) {
            // the error as compile(bytes) words and places it (offsets in bytes without a declared encoding)
            mod = Parse.parse(source, filename, "exec", false);
            text = SourceDecoder.decode(source, filename).text();
        }
        return Compiler.compile(mod, filename, linesFor(filename, text), "exec", level(optimize));
    }

    /**
     * As {@link #bytes(byte[], String, int)}, handing {@code warnings} each SyntaxWarning as the
     * warnings module prints it, in CPython's order: the parser's as it reads, then the
     * compiler's. Each one prints, even the same message on the same line again (CPython warns
     * without a registry, so the "default" action does not deduplicate).
     */
    public static CodeObject bytes(byte[] source, String filename, int optimize,
                                   java.util.function.Consumer<String> warnings) {
        String lines = null;
        try {
            lines = linesFor(filename, SourceDecoder.decode(source, filename).text());
        } catch (PyException e) {
            // the parse below raises the same error
        }
        String quoted = lines;
        ModTy mod;
        try {
            mod = Parse.parse(source, filename, "exec", false,
                    w -> warnings.accept(parserWarning(filename, quoted, w)));
        } catch (PyException e) {
            try {
                // the tree as text gives it, where only the parse from bytes fails
                mod = Parse.parse(SourceDecoder.decode(source, filename).text(), filename, "exec", false);
            } catch (PyException again) {
                throw e;
            }
        }
        Compiler.Compiled compiled = Compiler.compileWithWarnings(mod, filename, lines, "exec", level(optimize));
        for (org.adder.compiler.CompileErrors.Warning w : compiled.warnings()) {
            warnings.accept(w.format(lines));
        }
        return compiled.code();
    }

    /** A parser warning as {@code warnings.formatwarning} shows it, with its line when the file has it. */
    private static String parserWarning(String filename, String lines, org.adder.tokenize.Tokenizer.Warning w) {
        String head = filename + ":" + w.lineno() + ": " + w.category() + ": " + w.message() + "\n";
        String line = lineOf(lines, w.lineno());
        return line == null || line.isEmpty() ? head : head + "  " + line + "\n";
    }

    /** Line {@code lineno} of {@code text}, stripped, or null. */
    private static String lineOf(String text, int lineno) {
        if (text == null || lineno < 1) {
            return null;
        }
        String[] all = text.split("\n", -1);
        return lineno > all.length ? null : all[lineno - 1].strip();
    }

    /** Compiles source text, as {@code compile(str, ...)} and {@code -c} do (any cookie ignored). */
    public static CodeObject text(String source, String filename, int optimize) {
        ModTy mod = Parse.parse(source, filename, "exec", false);
        return Compiler.compile(mod, filename, linesFor(filename, source), "exec", level(optimize));
    }

    /**
     * The source the compiler quotes in its errors. The parser quotes the text it reads, but
     * CPython's symbol table and compiler read the line back from the file named, so a name
     * that is no file ({@code <string>}, {@code <stdin>}, py_compile's {@code dfile}) shows none.
     */
    private static String linesFor(String filename, String text) {
        try {
            return Files.isRegularFile(Path.of(filename)) ? text : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * What {@code traceback.format_exception_only} prints for {@code e}: for a SyntaxError the
     * {@code File "…", line N} block, the line and its carets, then {@code Type: message}.
     */
    public static String report(PyException e, String filename) {
        if (e instanceof PySyntaxError se && se.kind != PySyntaxError.Kind.SYNTAX_ERROR) {
            // the interpreter's printer underlines only a SyntaxError's whole range; its subclasses get one caret
            e = new PySyntaxError(se.kind, se.msg, se.filename, se.lineno, se.offset, se.text, se.lineno, 0);
        }
        return ErrorReport.of(e, filename);
    }
}

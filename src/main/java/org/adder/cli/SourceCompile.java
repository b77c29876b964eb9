package org.adder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adder.ast.ModTy;
import org.adder.bytecode.CodeObject;
import org.adder.compiler.CompileFlags;
import org.adder.compiler.CompileOptions;
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
     * compiler's as it meets them, so those before an error print too.
     */
    public static CodeObject bytes(byte[] source, String filename, int optimize,
                                   java.util.function.Consumer<String> warnings) {
        return bytes(source, filename, CompileOptions.of(optimize), warnings);
    }

    /**
     * {@code compile(source_bytes, filename, "exec", flags, dont_inherit=True, optimize)} by a
     * tool with its own recursion budget ({@code options}), printing warnings as {@link
     * #bytes(byte[], String, int, java.util.function.Consumer)} does.
     */
    public static CodeObject bytes(byte[] source, String filename, CompileOptions options,
                                   java.util.function.Consumer<String> warnings) {
        String lines = null;
        try {
            lines = linesFor(filename, SourceDecoder.decode(source, filename).text());
        } catch (PyException e) {
            // the parse below raises the same error
        }
        String quoted = lines;
        boolean typeComments = options.flags().typeComments();
        ModTy mod;
        try {
            mod = Parse.parse(source, filename, "exec", typeComments,
                    w -> warnings.accept(SyntaxWarnings.format(filename, w, quoted)));
        } catch (PyException e) {
            try {
                // the tree as text gives it, where only the parse from bytes fails
                mod = Parse.parse(SourceDecoder.decode(source, filename).text(), filename, "exec", typeComments);
            } catch (PyException again) {
                throw e;
            }
        }
        return compile(mod, filename, lines, options, warnings);
    }

    /** Compiles source text, as {@code compile(str, ...)} and {@code -c} do (any cookie ignored). */
    public static CodeObject text(String source, String filename, int optimize) {
        ModTy mod = Parse.parse(source, filename, "exec", false);
        return Compiler.compile(mod, filename, linesFor(filename, source), "exec", level(optimize));
    }

    /**
     * {@code compile(source_str, filename, mode, flags, dont_inherit=True, optimize)} with the
     * caller's recursion budget, each SyntaxWarning handed to {@code warnings} as it is issued.
     */
    public static CodeObject text(String source, String filename, String mode, CompileOptions options,
                                  java.util.function.Consumer<String> warnings) {
        String lines = linesFor(filename, source);
        CompileFlags flags = options.flags();
        ModTy mod = Parse.parse(source, filename, mode, parserOptions(flags),
                w -> warnings.accept(SyntaxWarnings.format(filename, w, lines)));
        return compile(mod, filename, lines, options, warnings);
    }

    /** What {@code compile()} returns: the code object, or under PyCF_ONLY_AST the tree (the other null). */
    public record Result(CodeObject code, ModTy tree) {
    }

    /**
     * {@code compile(source_str, filename, mode, flags, dont_inherit=True, optimize)}, its
     * arguments checked as compile() checks them: any flags, and any of compile()'s modes.
     *
     * @throws PyException the ValueError for bad flags, optimize or mode; the SyntaxError compiling raises
     */
    public static Result compile(String source, String filename, String mode, CompileOptions options,
                                 java.util.function.Consumer<String> warnings) {
        CompileFlags flags = CompileFlags.of(options.flags().bits());
        if (options.optimize() < -1 || options.optimize() > 2) {
            throw new PyException("ValueError", "compile(): invalid optimize value");
        }
        boolean onlyAst = flags.onlyAst();
        if (mode.equals("func_type") && !onlyAst) {
            throw new PyException("ValueError", "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        if (!java.util.List.of("exec", "eval", "single", "func_type").contains(mode)) {
            throw new PyException("ValueError", onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (!onlyAst) {
            return new Result(text(source, filename, mode, options, warnings), null);
        }
        String lines = linesFor(filename, source);
        // the tree as parsed: 3.12 optimises only what it compiles
        return new Result(null, Parse.parse(source, filename, mode, parserOptions(flags),
                w -> warnings.accept(SyntaxWarnings.format(filename, w, lines))));
    }

    /** What compile()'s flags ask of the parser. */
    private static Parse.Options parserOptions(CompileFlags flags) {
        return new Parse.Options(flags.typeComments(), flags.has(CompileFlags.CO_FUTURE_BARRY_AS_BDFL),
                flags.has(CompileFlags.PyCF_DONT_IMPLY_DEDENT), flags.has(CompileFlags.PyCF_ALLOW_INCOMPLETE_INPUT));
    }

    private static CodeObject compile(ModTy mod, String filename, String lines, CompileOptions options,
                                      java.util.function.Consumer<String> warnings) {
        CompileOptions resolved = new CompileOptions(level(options.optimize()), options.flags(),
                options.recursionLimit(), w -> warnings.accept(SyntaxWarnings.format(w, lines)));
        return Compiler.compile(mod, filename, lines, resolved).code();
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

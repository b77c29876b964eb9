package org.adder.parser;

import org.adder.ast.ModTy;
import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;
import org.adder.tokenize.SourceDecoder;
import org.adder.tokenize.TokenType;
import org.adder.tokenize.Tokenizer;

/**
 * The parser's front door: {@code compile(source, filename, mode, PyCF_ONLY_AST)} as
 * {@code ast.parse} calls it. The tools ({@code adder -m ast}, the tour) reach the parser only
 * through here.
 *
 * <p>As CPython, parsing is tried first without the invalid_* rules; only when that fails is the
 * input parsed again with them, to find a specialised message. When that finds none, the error is
 * the generic "invalid syntax" at the last token the first pass read.
 */
public final class Parse {
    /** Stack for the rare input that nests deeper than the caller's thread can recurse. */
    private static final long DEEP_STACK = 1L << 30;

    private Parse() {
    }

    /**
     * Parses {@code source} (undecoded bytes, as CPython reads a file) in {@code mode}
     * ({@code "exec"}, {@code "eval"}, {@code "single"} or {@code "func_type"}) into a
     * {@code Module}, {@code Expression}, {@code Interactive} or {@code FunctionType}; with
     * {@code typeComments}, type comments are kept as {@code ast.parse(type_comments=True)} does.
     *
     * @throws PySyntaxError as CPython raises it (message and position)
     */
    public static ModTy parse(byte[] source, String filename, String mode, boolean typeComments) {
        return parse(source, filename, mode, typeComments, w -> { });
    }

    /**
     * As {@link #parse(byte[], String, String, boolean)}, handing each SyntaxWarning CPython would
     * issue (invalid escape sequences, a number followed by a keyword, ...) to {@code warnings},
     * also when the parse then fails.
     */
    public static ModTy parse(byte[] source, String filename, String mode, boolean typeComments,
                              java.util.function.Consumer<Tokenizer.Warning> warnings) {
        if (!declaresEncoding(source) && UndecodableSource.isInvalidUtf8(source)) {
            return parseUndecodable(source, filename, mode, typeComments, false, warnings);
        }
        if (hasBom(source)) {
            byte[] rest = java.util.Arrays.copyOfRange(source, 3, source.length);
            if (!declaresEncoding(rest) && UndecodableSource.isInvalidUtf8(rest)) {
                return parseUndecodable(rest, filename, mode, typeComments, true, warnings);
            }
        }
        String text;
        try {
            text = SourceDecoder.decode(source, null).text();
        } catch (PySyntaxError e) {
            if (e.lineno != 0) {
                throw e;
            }
            // An encoding declaration error has no location: compile() reports offset -1. A BOM with
            // a cookie other than UTF-8's is reported with the cookie as written.
            String msg = e.msg;
            if (msg.startsWith("encoding problem: ") && source.length >= 3 && (source[0] & 0xff) == 0xEF) {
                java.util.regex.Matcher m = COOKIE_NAME.matcher(new String(source, 3,
                        Math.min(source.length - 3, 200), java.nio.charset.StandardCharsets.ISO_8859_1));
                if (m.find()) {
                    msg = "encoding problem: " + m.group(1) + " with BOM";
                }
            }
            throw new PySyntaxError(e.kind, msg, filename, 0, -1, null, 0, 0);
        }
        return parseText(text, filename, mode, typeComments, declaresEncoding(source), warnings);
    }

    /**
     * Bytes that are not UTF-8 and declare no encoding: the parser meets the bad bytes where they
     * are, so an error before them wins, and bytes in comments are no error at all.
     */
    private static ModTy parseUndecodable(byte[] source, String filename, String mode, boolean typeComments,
                                          boolean bom, java.util.function.Consumer<Tokenizer.Warning> warnings) {
        String text = UndecodableSource.replacing(source);
        int[] line = {Integer.MAX_VALUE};
        RuntimeException decodeError = UndecodableSource.firstError(source, text, filename, line);
        if (bom && decodeError instanceof PySyntaxError e) {
            decodeError = UndecodableSource.characterOffsets(e);
        }
        ModTy result;
        try {
            result = parseText(text, filename, mode, typeComments, bom, warnings);
        } catch (PySyntaxError e) {
            if (decodeError instanceof UndecodableSource.IdentifierError id && e instanceof RestOfSourceError
                    && line[0] <= e.lineno) {
                throw new PyException("UnicodeDecodeError", id.codecMessage);
            }
            boolean before = decodeError instanceof PySyntaxError d && !(d instanceof UndecodableSource.IdentifierError)
                    && (e instanceof RestOfSourceError
                    || e.lineno == d.lineno && e.offset > 0 && e.offset < d.offset);
            if (decodeError != null && line[0] <= e.lineno && !before) {
                throw decodeError;
            }
            throw bom ? e : UndecodableSource.rawOffsets(source, e);
        }
        if (decodeError != null) {
            throw decodeError;
        }
        return result;
    }

    /** Parses already decoded source text (as compile() given a str). */
    public static ModTy parse(String text, String filename, String mode, boolean typeComments) {
        return parseText(text, filename, mode, typeComments, true, w -> { });
    }

    /** As {@link #parse(String, String, String, boolean)}, handing each SyntaxWarning to {@code warnings}. */
    public static ModTy parse(String text, String filename, String mode, boolean typeComments,
                              java.util.function.Consumer<Tokenizer.Warning> warnings) {
        return parseText(text, filename, mode, typeComments, true, warnings);
    }

    /**
     * What compile()'s flags ask of the parser.
     *
     * @param typeComments    PyCF_TYPE_COMMENTS
     * @param barryAsBdfl     CO_FUTURE_BARRY_AS_BDFL: {@code <>} is the inequality and {@code !=} an
     *                        error (a module's own {@code from __future__ import barry_as_FLUFL} does
     *                        not change how compile() parses it)
     * @param dontImplyDedent PyCF_DONT_IMPLY_DEDENT: in 'single' mode, input that stops without a
     *                        newline does not close its statement (codeop's test for more input)
     * @param allowIncompleteInput PyCF_ALLOW_INCOMPLETE_INPUT: input that fails to parse once the
     *                        tokenizer has met its end is "incomplete input" (codeop asks for more)
     */
    public record Options(boolean typeComments, boolean barryAsBdfl, boolean dontImplyDedent,
                          boolean allowIncompleteInput) {
    }

    /** As {@link #parse(String, String, String, boolean, java.util.function.Consumer)}, with compile()'s flags. */
    public static ModTy parse(String text, String filename, String mode, Options options,
                              java.util.function.Consumer<Tokenizer.Warning> warnings) {
        return parseText(text, filename, mode, options, true, warnings);
    }

    private static ModTy parseText(String text, String filename, String mode, boolean typeComments,
                                   boolean chars, java.util.function.Consumer<Tokenizer.Warning> warnings) {
        return parseText(text, filename, mode, new Options(typeComments, false, false, false), chars, warnings);
    }

    private static ModTy parseText(String text, String filename, String mode, Options options,
                                   boolean chars, java.util.function.Consumer<Tokenizer.Warning> warnings) {
        try {
            return parseOnce(text, filename, mode, options, chars, warnings);
        } catch (StackOverflowError e) {
            return parseOnDeepStack(text, filename, mode, options, chars, warnings);
        }
    }

    /**
     * Whether bytes declare their encoding (a UTF-8 BOM or a coding cookie in the first two
     * lines): CPython's tokenizer then knows an encoding and reports error offsets in characters,
     * otherwise in bytes.
     */
    private static boolean hasBom(byte[] source) {
        return source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
                && (source[2] & 0xff) == 0xBF;
    }

    static boolean declaresEncoding(byte[] source) {
        if (source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
                && (source[2] & 0xff) == 0xBF) {
            return true;
        }
        int start = 0;
        for (int line = 0; line < 2 && start < source.length; line++) {
            int end = start;
            while (end < source.length && source[end] != '\n') {
                end++;
            }
            String s = new String(source, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (COOKIE.matcher(s).find()) {
                return true;
            }
            String t = s.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return false;
            }
            start = end + 1;
        }
        return false;
    }

    private static final java.util.regex.Pattern COOKIE_NAME =
            java.util.regex.Pattern.compile("(?m)^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final java.util.regex.Pattern COOKIE =
            java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*[-\\w.]+");

    private static ModTy parseOnDeepStack(String text, String filename, String mode, Options options,
                                          boolean chars, java.util.function.Consumer<Tokenizer.Warning> warnings) {
        ModTy[] result = new ModTy[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = parseOnce(text, filename, mode, options, chars, warnings);
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                failure[0] = tooComplex();
            }
        }, "adder-parser", DEEP_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    private static PyException tooComplex() {
        return new PyException("MemoryError", "Parser stack overflowed - Python source too complex to parse");
    }

    private static ModTy parseOnce(String text, String filename, String mode, Options options,
                                   boolean chars, java.util.function.Consumer<Tokenizer.Warning> warnings) {
        boolean typeComments = options.typeComments();
        ParserInput input = new ParserInput(text, filename, mode.equals("exec"));
        input.interactive = mode.equals("single");
        input.dontImplyDedent = options.dontImplyDedent();
        input.allowIncompleteInput = options.allowIncompleteInput();
        if (typeComments) {
            input.enableTypeComments();
        }
        input.characterOffsets = chars;
        GeneratedParser p = new GeneratedParser(input);
        p.typeComments = typeComments;
        p.barryAsBdfl = options.barryAsBdfl();
        try {
            return parseTwice(p, input, mode);
        } finally {
            input.warnings.forEach(warnings);
        }
    }

    private static ModTy parseTwice(GeneratedParser p, ParserInput input, String mode) {
        try {
            ModTy result;
            try {
                result = start(p, mode);
            } catch (PySyntaxError e) {
                if (input.allowIncompleteInput && input.metEndOfInput()) {
                    throw input.incompleteInput(p.lastToken(), e);
                }
                throw afterError(p, input, e);
            }
            if (result == null && input.allowIncompleteInput && input.metEndOfInput()) {
                // codeop's question: may more input complete it? No second pass then
                throw input.incompleteInput(p.lastToken(), null);
            }
            if (result != null) {
                if (mode.equals("single") && input.moreAfter(p.lastToken())) {
                    throw p.syntaxError("multiple statements found while compiling a single statement");
                }
                return result;
            }
            Token last = p.lastToken();
            p.clearMemos();
            p.reset(0);
            p.callInvalidRules = true;
            try {
                start(p, mode);
            } catch (PySyntaxError e) {
                throw afterError(p, input, e);
            }
            throw genericError(p, input, last);
        } catch (Parser.TooDeep e) {
            throw tooComplex();
        }
    }

    /**
     * The deepest node ast.parse can turn into Python objects: CPython's AST conversion counts
     * its recursion (three per Python frame of the limit of 1000) from the caller's depth, and a
     * shallow caller gets this many levels, Module being the first.
     */
    static final int MAX_AST_DEPTH = 2996;

    /**
     * ast.parse's RecursionError for a tree nested too deeply to convert to Python objects, found
     * without recursing. Only what hands the tree to Python as objects asks for it: compile()
     * never converts, and its own limit is the compiler's "during compilation".
     */
    public static void checkAstDepth(ModTy tree) {
        java.util.ArrayDeque<Object> nodes = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(tree);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Object o = nodes.pop();
            int depth = depths.pop();
            if (o instanceof java.util.List<?> list) {
                for (Object e : list) {
                    if (e != null) { // kw_defaults and Dict keys hold None
                        nodes.push(e);
                        depths.push(depth);
                    }
                }
            } else if (o instanceof org.adder.ast.AstNode n) {
                if (depth > MAX_AST_DEPTH) {
                    throw new PyException("RecursionError", "maximum recursion depth exceeded during ast construction");
                }
                for (int i = 0; i < n.fieldNames().size(); i++) {
                    Object f = n.field(i);
                    if (f instanceof org.adder.ast.AstNode || f instanceof java.util.List<?>) {
                        nodes.push(f);
                        depths.push(depth + 1);
                    }
                }
            }
        }
    }

    private static ModTy start(GeneratedParser p, String mode) {
        return switch (mode) {
            case "exec" -> p.file();
            case "eval" -> p.eval();
            case "single" -> p.interactive();
            case "func_type" -> p.func_type();
            default -> throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
        };
    }

    /** A parser error gives way to a tokenizer error further on in the source, as in CPython. */
    private static PySyntaxError afterError(GeneratedParser p, ParserInput input, PySyntaxError e) {
        if (input.tokenizerError != null) {
            return input.tokenizerError;
        }
        PySyntaxError later = input.checkRestOfSource(p.lastToken().lineno);
        return later != null ? new RestOfSourceError(later) : e;
    }

    private static PySyntaxError genericError(GeneratedParser p, ParserInput input, Token last) {
        if (last.type == TokenType.INDENT.ordinal()) {
            return p.errorAtToken(PySyntaxError.Kind.INDENTATION_ERROR, "unexpected indent", last);
        }
        if (last.type == TokenType.DEDENT.ordinal()) {
            return p.errorAtToken(PySyntaxError.Kind.INDENTATION_ERROR, "unexpected unindent", last);
        }
        // ENDMARKER has no columns in CPython: the generic error then has offsets 0.
        PySyntaxError e = last.type == TokenType.ENDMARKER.ordinal()
                ? p.raiseAt(PySyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", last.lineno, 0, last.lineno, 0)
                : p.errorAtToken(PySyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", last);
        boolean met = input.tokenizerError != null;
        PySyntaxError later = input.checkRestOfSource(p.lastToken().lineno);
        return later == null ? e : met ? later : new RestOfSourceError(later);
    }

    /**
     * A tokenizer error found after the parser failed, by tokenizing the rest of the source:
     * there CPython never decodes an identifier into a SyntaxError (see {@link UndecodableSource}).
     */
    static final class RestOfSourceError extends PySyntaxError {
        RestOfSourceError(PySyntaxError e) {
            super(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
        }
    }
}

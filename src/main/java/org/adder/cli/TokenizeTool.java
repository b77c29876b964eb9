package org.adder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;
import org.adder.tokenize.SourceDecoder;
import org.adder.tokenize.Token;
import org.adder.tokenize.TokenType;
import org.adder.tokenize.Tokenizer;

/**
 * {@code adder -m tokenize [-e] [FILE]}: prints what {@code python3.12 -m tokenize} prints, byte
 * for byte. As CPython's {@code tokenize._main}, a file is tokenized completely before anything
 * is printed (an error prints no tokens), while stdin is printed token by token up to an error;
 * stdin gets no ENCODING token and no coding-cookie handling.
 */
public final class TokenizeTool {
    private static final String USAGE = "usage: python -m tokenize [-h] [-e] [filename.py]";
    private static final String HELP = USAGE + "\n\n"
            + "positional arguments:\n"
            + "  filename.py  the file to tokenize; defaults to stdin\n\n"
            + "options:\n"
            + "  -h, --help   show this help message and exit\n"
            + "  -e, --exact  display token names using the exact type\n";

    private TokenizeTool() {
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        boolean exact = false;
        String filename = null;
        boolean onlyPositional = false;
        List<String> extra = new ArrayList<>();
        for (String a : args) {
            if (!onlyPositional && (a.equals("-h") || a.equals("--help"))) {
                out.print(HELP);
                return 0;
            } else if (!onlyPositional && (a.equals("-e") || a.equals("--exact"))) {
                exact = true;
            } else if (!onlyPositional && a.equals("--")) {
                onlyPositional = true;
            } else if (!onlyPositional && a.startsWith("-") && a.length() > 1) {
                extra.add(a);
            } else if (filename == null) {
                filename = a;
            } else {
                extra.add(a);
            }
        }
        if (!extra.isEmpty()) {
            err.println(USAGE);
            err.println("python -m tokenize: error: unrecognized arguments: " + String.join(" ", extra));
            return 2;
        }
        return filename != null && !filename.isEmpty()
                ? tokenizeFile(filename, exact, out, err)
                : tokenizeStdin(stdin, exact, out, err);
    }

    private static int tokenizeFile(String filename, boolean exact, PrintStream out, PrintStream err) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(filename));
        } catch (NoSuchFileException e) {
            return error(err, "error: [Errno 2] No such file or directory: " + PyStr.repr(filename));
        } catch (AccessDeniedException e) {
            return error(err, "error: [Errno 13] Permission denied: " + PyStr.repr(filename));
        } catch (IOException e) {
            if (Files.isDirectory(Path.of(filename))) {
                return error(err, "error: [Errno 21] Is a directory: " + PyStr.repr(filename));
            }
            return error(err, "error: " + e.getMessage());
        }
        SourceDecoder.Decoded decoded;
        try {
            decoded = SourceDecoder.decode(source, filename);
        } catch (PySyntaxError e) {
            return error(err, filename + ": error: " + e.str());
        }
        List<Token> tokens = new ArrayList<>();
        Tokenizer tokenizer = new Tokenizer(decoded.text(), filename, true);
        try {
            for (Token t; (t = tokenizer.next()) != null; ) {
                tokens.add(t);
            }
        } catch (PySyntaxError e) {
            return tokenizeError(err, filename, e);
        } finally {
            warnings(err, tokenizer);
        }
        StringBuilder text = new StringBuilder();
        line(text, new Token(TokenType.ENCODING, decoded.encoding(), 0, 0, 0, 0, ""), exact);
        for (Token t : tokens) {
            line(text, t, exact);
        }
        out.print(text);
        return 0;
    }

    private static int tokenizeStdin(InputStream stdin, boolean exact, PrintStream out, PrintStream err) {
        String text;
        try {
            text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return error(err, "error: " + e.getMessage());
        }
        Tokenizer tokenizer = new Tokenizer(text, "<stdin>", true);
        StringBuilder line = new StringBuilder();
        try {
            for (Token t; (t = tokenizer.next()) != null; ) {
                warnings(err, tokenizer);
                line.setLength(0);
                line(line, t, exact);
                out.print(line);
            }
        } catch (PySyntaxError e) {
            warnings(err, tokenizer);
            out.flush();
            return tokenizeError(err, "<stdin>", e);
        }
        return 0;
    }

    /** As Python's warnings module shows them: the tokenize module's tokenizer names its source "<string>". */
    private static void warnings(PrintStream err, Tokenizer tokenizer) {
        for (Tokenizer.Warning w : tokenizer.takeWarnings()) {
            err.print("<string>:" + w.lineno() + ": " + w.category() + ": " + w.message() + "\n");
        }
    }

    /** The tokenize module's TokenError and IndentationError both print FILE:LINE:COL. */
    private static int tokenizeError(PrintStream err, String filename, PySyntaxError e) {
        String msg = e.msg;
        if (e.kind == PySyntaxError.Kind.SYNTAX_ERROR && msg.contains("unterminated triple-quoted string literal")) {
            msg = "EOF in multi-line string";
        }
        return error(err, filename + ":" + e.lineno + ":" + e.offset + ": error: " + msg);
    }

    private static int error(PrintStream err, String message) {
        err.print(message);
        err.print('\n');
        err.flush();
        return 1;
    }

    /** One line of output: {@code "%-20s%-15s%-15r"} of the range, the type's name and the text. */
    private static void line(StringBuilder out, Token t, boolean exact) {
        TokenType type = exact ? t.exactType() : t.genericType();
        int from = out.length();
        out.append(t.startLine()).append(',').append(t.startCol()).append('-')
                .append(t.endLine()).append(',').append(t.endCol()).append(':');
        pad(out, from, 20);
        from = out.length();
        out.append(type.name());
        pad(out, from, 15);
        from = out.length();
        out.append(PyStr.repr(t.string()));
        pad(out, from, 15);
        out.append('\n');
    }

    /** Pads with spaces to {@code width} code points, as Python's %-Ns does. */
    private static void pad(StringBuilder out, int from, int width) {
        int n = out.codePointCount(from, out.length());
        for (; n < width; n++) {
            out.append(' ');
        }
    }
}

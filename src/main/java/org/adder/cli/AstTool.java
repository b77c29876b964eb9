package org.adder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adder.ast.AstDump;
import org.adder.ast.ModTy;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;
import org.adder.parser.Parse;

/**
 * {@code adder -m ast [-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]}: what
 * {@code python3.12 -m ast} prints, its argparse command line included (long options by unique
 * prefix, {@code --opt=value}, clustered short options, argparse's messages and exit status 2).
 */
public final class AstTool {
    private static final String PROG = "python -m ast";
    private static final List<String> MODES = List.of("exec", "single", "eval", "func_type");
    private static final String USAGE = """
            usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                                 [--no-type-comments] [-a] [-i INDENT]
                                 [infile]
            """;
    private static final String HELP = USAGE + """

            positional arguments:
              infile                the file to parse; defaults to stdin

            options:
              -h, --help            show this help message and exit
              -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                                    specify what kind of code must be parsed
              --no-type-comments    don't add information about type comments
              -a, --include-attributes
                                    include attributes such as line numbers and column
                                    offsets
              -i INDENT, --indent INDENT
                                    indentation of nodes (number of spaces)
            """;
    private static final List<String> LONG_OPTIONS = List.of("--help", "--mode", "--no-type-comments",
            "--include-attributes", "--indent");

    private AstTool() {
    }

    /** A command-line mistake: argparse prints the usage and "PROG: error: MESSAGE", exit status 2. */
    private static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Options {
        String mode = "exec";
        boolean typeComments = true;
        boolean includeAttributes;
        int indent = 3;
        String infile;
        /** The infile's bytes: argparse opens the file as soon as it meets the argument. */
        byte[] source;
        boolean help;
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parseArgs(args);
        } catch (UsageError e) {
            err.print(USAGE);
            err.println(PROG + ": error: " + e.getMessage());
            return 2;
        }
        if (o.help) {
            out.print(HELP);
            return 0;
        }
        byte[] source = o.source;
        String name = o.infile;
        if (o.infile == null || o.infile.equals("-")) {
            name = "<stdin>";
            try {
                source = stdin.readAllBytes();
            } catch (IOException e) {
                err.println(PROG + ": error: " + e.getMessage());
                return 1;
            }
        }
        ModTy tree;
        String sourceName = name;
        byte[] sourceBytes = source;
        try {
            // each warning prints, the same one on the same line again too: compile() warns without a registry
            tree = Parse.parse(source, name, o.mode, o.typeComments,
                    w -> err.print(warning(sourceName, sourceBytes, w)));
            Parse.checkAstDepth(tree);
        } catch (PySyntaxError e) {
            out.flush();
            err.print("Traceback (most recent call last):\n");
            err.print(SourceCompile.report(e, e.filename));
            return 1;
        }
        out.print(AstDump.dump(tree, true, o.includeAttributes, o.indent));
        out.print('\n');
        return 0;
    }

    /**
     * {@code warnings.formatwarning}: the header, then the source line stripped and indented when
     * the warnings module could read it back (linecache reads the named file, so not for stdin).
     */
    private static String warning(String filename, byte[] source, org.adder.tokenize.Tokenizer.Warning w) {
        String text = null;
        if (!filename.startsWith("<")) {
            try {
                text = org.adder.tokenize.SourceDecoder.decode(source, filename).text();
            } catch (RuntimeException e) {
                // undecodable: the warnings module shows no line either
            }
        }
        return SyntaxWarnings.format(filename, w, text);
    }

    private static byte[] open(String file) throws UsageError {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw new UsageError("argument infile: can't open " + PyStr.repr(file) + ": " + ByteCompiler.osError(e, file));
        }
    }

    /** argparse's reading of {@code python -m ast}'s arguments. */
    private static Options parseArgs(String[] args) throws UsageError {
        Options o = new Options();
        List<String> positionals = new ArrayList<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (onlyPositionals || a.equals("-") || !a.startsWith("-")) {
                if (positionals.isEmpty() && !a.equals("-")) {
                    o.source = open(a);
                }
                positionals.add(a);
                continue;
            }
            if (a.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                String name = longOption(eq < 0 ? a : a.substring(0, eq));
                String value = eq < 0 ? null : a.substring(eq + 1);
                boolean takesValue = name.equals("--mode") || name.equals("--indent");
                if (!takesValue && value != null) {
                    throw new UsageError("argument " + display(name) + ": ignored explicit argument "
                            + PyStr.repr(value));
                }
                if (takesValue && value == null) {
                    if (i + 1 >= args.length || isOption(args[i + 1])) {
                        throw new UsageError("argument " + display(name) + ": expected one argument");
                    }
                    value = args[++i];
                }
                apply(o, name, value);
                if (o.help) {
                    return o;
                }
                continue;
            }
            // a cluster of short options: -ai4, -mexec
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                String name = switch (c) {
                    case 'h' -> "--help";
                    case 'm' -> "--mode";
                    case 'a' -> "--include-attributes";
                    case 'i' -> "--indent";
                    default -> null;
                };
                if (name == null) {
                    if (j == 1) {
                        throw new UsageError("unrecognized arguments: " + a);
                    }
                    throw new UsageError("argument " + display(shortOwner(a.charAt(j - 1)))
                            + ": ignored explicit argument " + PyStr.repr(a.substring(j)));
                }
                if (name.equals("--mode") || name.equals("--indent")) {
                    String value = a.substring(j + 1);
                    if (value.isEmpty()) {
                        if (i + 1 >= args.length || isOption(args[i + 1])) {
                            throw new UsageError("argument " + display(name) + ": expected one argument");
                        }
                        value = args[++i];
                    }
                    apply(o, name, value);
                    break;
                }
                apply(o, name, null);
                if (o.help) {
                    return o;
                }
            }
        }
        if (positionals.size() > 1) {
            throw new UsageError("unrecognized arguments: " + String.join(" ", positionals.subList(1, positionals.size())));
        }
        o.infile = positionals.isEmpty() ? null : positionals.get(0);
        return o;
    }

    private static String shortOwner(char c) {
        return c == 'h' ? "--help" : "--include-attributes";
    }

    /** An argument that argparse takes for an option rather than a value. */
    private static boolean isOption(String a) {
        return a.startsWith("-") && !a.equals("-") && !a.matches("-\\d+|-\\d*\\.\\d+");
    }

    private static String longOption(String given) throws UsageError {
        if (LONG_OPTIONS.contains(given)) {
            return given;
        }
        List<String> matches = LONG_OPTIONS.stream().filter(n -> n.startsWith(given)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new UsageError("unrecognized arguments: " + given);
        }
        throw new UsageError("ambiguous option: " + given + " could match " + String.join(", ", matches));
    }

    private static String display(String longName) {
        return switch (longName) {
            case "--help" -> "-h/--help";
            case "--mode" -> "-m/--mode";
            case "--include-attributes" -> "-a/--include-attributes";
            case "--indent" -> "-i/--indent";
            default -> longName;
        };
    }

    private static void apply(Options o, String name, String value) throws UsageError {
        switch (name) {
            case "--help" -> o.help = true;
            case "--no-type-comments" -> o.typeComments = false;
            case "--include-attributes" -> o.includeAttributes = true;
            case "--mode" -> {
                if (!MODES.contains(value)) {
                    throw new UsageError("argument -m/--mode: invalid choice: " + PyStr.repr(value)
                            + " (choose from 'exec', 'single', 'eval', 'func_type')");
                }
                o.mode = value;
            }
            case "--indent" -> o.indent = pythonInt(value);
            default -> throw new IllegalStateException(name);
        }
    }

    /** {@code int(text)} for the indent: surrounding whitespace, a sign, digits with single underscores. */
    private static int pythonInt(String text) throws UsageError {
        String t = text.strip();
        if (t.matches("[+-]?\\d+(_\\d+)*")) {
            try {
                return Integer.parseInt(t.replace("_", ""));
            } catch (NumberFormatException e) {
                // beyond an int: no indent that large would be of use; argparse would accept it
                return t.startsWith("-") ? -1 : Integer.MAX_VALUE / 1024;
            }
        }
        throw new UsageError("argument -i/--indent: invalid int value: " + PyStr.repr(text));
    }
}

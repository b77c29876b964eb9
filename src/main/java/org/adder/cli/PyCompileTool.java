package org.adder.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code adder -m py_compile [-q] FILE... | -}: as {@code python3.12 -m py_compile}, each file
 * to its .pyc (under {@code __pycache__} with Adder's cache tag), names read from standard
 * input with {@code -}. The first failure ends the run with status 1.
 */
public final class PyCompileTool {
    private static final String PROG = "py_compile.py";
    private static final String USAGE = "usage: " + PROG + " [-h] [-q] filenames [filenames ...]\n";
    private static final String HELP = USAGE + "\nA simple command-line interface for py_compile module.\n\n"
            + "positional arguments:\n  filenames    Files to compile\n\noptions:\n"
            + "  -h, --help   show this help message and exit\n  -q, --quiet  Suppress error output\n";

    private PyCompileTool() {
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        boolean quiet = false;
        boolean positionalOnly = false;
        List<String> names = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String a : args) {
            if (positionalOnly || a.equals("-") || !a.startsWith("-")) {
                names.add(a);
            } else if (a.equals("--")) {
                positionalOnly = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                out.print(HELP);
                return 0;
            } else if (a.equals("-q") || a.equals("--quiet") || a.matches("-q+")) {
                quiet = true;
            } else {
                unknown.add(a);
            }
        }
        if (names.isEmpty() || !unknown.isEmpty()) {
            err.print(USAGE);
            err.println(PROG + ": error: " + (names.isEmpty() ? "the following arguments are required: filenames"
                    : "unrecognized arguments: " + String.join(" ", unknown)));
            return 2;
        }
        if (names.equals(List.of("-"))) {
            names = new ArrayList<>();
            try {
                BufferedReader r = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    names.add(line);
                }
            } catch (IOException e) {
                err.print(e.getMessage());
                return 1;
            }
        }
        for (String name : names) {
            try {
                ByteCompiler.compile(name, null, null, -1, null, w -> {
                    out.flush();
                    err.print(w);
                });
            } catch (ByteCompiler.CompileError | ByteCompiler.OsError e) {
                if (!quiet) {
                    out.flush();
                    // argparse's exit(1, message) prints the message as it is, no newline added
                    err.print(e.getMessage());
                }
                return 1;
            }
        }
        return 0;
    }
}

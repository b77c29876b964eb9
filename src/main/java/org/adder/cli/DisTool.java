package org.adder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adder.bytecode.CodeObject;
import org.adder.dis.Dis;
import org.adder.objects.PyException;
import org.adder.objects.PyStr;

/**
 * {@code adder -m dis [infile]}: what {@code python3.12 -m dis [infile]} prints, the
 * disassembly of the file's module code and of every code object nested in it, with Adder's
 * whole pipeline behind it. Standard input when there is no file or it is {@code -}.
 */
public final class DisTool {
    private static final String PROG = "dis.py";
    private static final String USAGE = "usage: " + PROG + " [-h] [infile]\n";
    private static final String HELP = USAGE + "\npositional arguments:\n  infile\n\noptions:\n"
            + "  -h, --help  show this help message and exit\n";

    private DisTool() {
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        String infile = null;
        String extra = null;
        boolean positionalOnly = false;
        for (String a : args) {
            if (!positionalOnly && (a.equals("-h") || a.equals("--help"))) {
                out.print(HELP);
                return 0;
            }
            if (!positionalOnly && a.equals("--")) {
                positionalOnly = true;
            } else if (!positionalOnly && a.startsWith("-") && !a.equals("-")) {
                extra = extra == null ? a : extra + " " + a;
            } else if (infile == null) {
                infile = a;
            } else {
                extra = extra == null ? a : extra + " " + a;
            }
        }
        byte[] source;
        String name;
        if (infile == null || infile.equals("-")) {
            name = "<stdin>";
            try {
                source = stdin.readAllBytes();
            } catch (IOException e) {
                return usage(err, e.getMessage());
            }
        } else {
            name = infile;
            try {
                source = Files.readAllBytes(Path.of(infile));
            } catch (IOException | RuntimeException e) {
                return usage(err, "argument infile: can't open " + PyStr.repr(infile) + ": "
                        + ByteCompiler.osError(e, infile));
            }
        }
        if (extra != null) {
            return usage(err, "unrecognized arguments: " + extra);
        }
        CodeObject code;
        try {
            code = SourceCompile.bytes(source, name, org.adder.compiler.CompileOptions.of(-1)
                    .withRecursionLimit(org.adder.compiler.CompileOptions.STDLIB_TOOL), err::print);
        } catch (PyException e) {
            out.flush();
            // CPython's traceback also lists runpy's and dis.py's frames, which Adder does not have
            err.print("Traceback (most recent call last):\n");
            err.print(SourceCompile.report(e, name));
            return 1;
        }
        Dis.disassemble(code, out);
        return 0;
    }

    private static int usage(PrintStream err, String message) {
        err.print(USAGE);
        err.println(PROG + ": error: " + message);
        return 2;
    }
}

package org.adder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adder.objects.PyException;

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
            SourceCompile.bytes(source, name, optimize);
        } catch (PyException e) {
            return failed(e, name, out, err);
        }
        return Main.notYet(err, what);
    }

    static int commandThenNotYet(String code, int optimize, PrintStream out, PrintStream err) {
        try {
            SourceCompile.text(code, "<string>", optimize);
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
            SourceCompile.bytes(source, "<stdin>", optimize);
        } catch (PyException e) {
            return failed(e, "<stdin>", out, err);
        }
        return Main.notYet(err, "running from stdin");
    }

    private static int failed(PyException e, String name, PrintStream out, PrintStream err) {
        out.flush();
        if (!(e instanceof org.adder.objects.PySyntaxError)) {
            err.print("Traceback (most recent call last):\n");
        }
        err.print(SourceCompile.report(e, name));
        return 1;
    }
}

package org.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.adder.bytecode.CodeObject;
import org.adder.dis.CodeDump;
import org.adder.harness.CPython;
import org.adder.harness.CPythonAst;
import org.adder.harness.Parity;
import org.adder.objects.Hashing;
import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * The whole compiler on the corpus: CPython's tree of each file (through the test bridge) goes
 * through Adder's optimiser, symbol table, codegen, flow graph and assembler; the code objects
 * must dump as {@code codedump.py} dumps CPython's own.
 */
class CodeDumpParityTest {
    /** Files whose code objects are identical: the whole corpus. */
    private static final int FLOOR = 2231;

    @Test
    void codeObjectsMatchCPython() {
        Hashing.useSeed(0);
        List<Path> files = CPython.corpus();
        String only = System.getProperty("adder.codegen.only");
        if (only != null) {
            files = files.stream().filter(p -> p.toString().contains(only)).toList();
        }
        BlockingQueue<CPythonAst.Parsed> trees = CPythonAst.inBackground(files, "exec");
        // -Dadder.codedump.optimize=N measures -O/-OO (not part of the floor)
        int optimize = Integer.getInteger("adder.codedump.optimize", 0);
        Parity.Oracle oracle = optimize == 0
                ? Parity.Oracle.script(CPython.resource("/org/adder/compiler/codedump_compile.py"),
                        CPython.resource("codedump.py").toString())
                : Parity.Oracle.script(CPython.resource("/org/adder/compiler/codedump_compile.py"),
                        CPython.resource("codedump.py").toString(), "exec", Integer.toString(optimize));
        Parity.Report report = Parity.check("codedump-compiler" + (optimize == 0 ? "" : "-O" + optimize), oracle,
                files, file -> {
                    try {
                        CPythonAst.Parsed parsed = trees.take();
                        if (!parsed.file().equals(file)) {
                            throw new IllegalStateException("bridge out of step: " + parsed.file());
                        }
                        String text = dump(parsed, optimize);
                        return new Parity.Outcome(optimize == 0 ? text : "== " + file + "\n" + text, "", 0);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
        System.out.println(report.summary());
        assertTrue(optimize != 0 || report.identical() >= FLOOR, report.summary());
    }

    private static String dump(CPythonAst.Parsed parsed, int optimize) {
        if (parsed.error() != null) {
            return error(parsed.error());
        }
        String source;
        try {
            source = new String(Files.readAllBytes(parsed.file()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            CodeObject code = Compiler.compile(parsed.tree(), parsed.file().toString(), source, "exec", optimize);
            return CodeDump.dump(code);
        } catch (PySyntaxError e) {
            return error(e);
        } catch (PyException e) {
            return "error: " + e.typeName() + ": " + e.str() + "\n";
        }
    }

    private static String error(PySyntaxError e) {
        return "error: " + e.typeName() + ": " + e.msg + " (" + e.lineno + ", "
                + (e.offset == 0 ? "None" : String.valueOf(e.offset)) + ")\n";
    }
}

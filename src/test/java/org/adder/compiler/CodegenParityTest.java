package org.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;
import org.adder.ast.ModTy;
import org.adder.bytecode.CodeObject;
import org.adder.harness.CPython;
import org.adder.harness.CPythonAst;
import org.adder.harness.Parity;
import org.adder.objects.Hashing;
import org.adder.objects.PyException;
import org.adder.objects.PyObject;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Codegen parity: for every corpus file, the module unit's pseudo-instructions and tables as
 * Adder's compiler emits them against {@code _testinternalcapi.compiler_codegen} of the
 * reference build (codegen_dump.py). Trees come from CPython's parser through the test bridge,
 * so this stage is measured independently of Adder's parser.
 */
class CodegenParityTest {
    /** Files whose codegen output is identical; raised as the compiler improves. */
    private static final int FLOOR = 2231;

    @Test
    void moduleCodegenMatchesCPython() throws Exception {
        Hashing.useSeed(0); // the oracle runs with PYTHONHASHSEED=0: frozenset constants in the same order
        List<Path> files = CPython.corpus();
        String only = System.getProperty("adder.codegen.only");
        if (only != null) {
            files = files.stream().filter(p -> p.toString().contains(only)).toList();
        }
        BlockingQueue<CPythonAst.Parsed> trees = CPythonAst.inBackground(files, "exec");
        Parity.Report report = Parity.check("codegen", Parity.Oracle.script(
                CPython.resource("/org/adder/compiler/codegen_dump.py"), "0"), files, file -> {
                    try {
                        CPythonAst.Parsed parsed = trees.take();
                        if (!parsed.file().equals(file)) {
                            throw new IllegalStateException("bridge out of step: " + parsed.file());
                        }
                        return new Parity.Outcome(dump(parsed, 0), "", 0);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
        System.out.println(report.summary());
        assertTrue(report.identical() >= FLOOR, report.summary());
    }

    /** PySyntaxError's 0 for an unknown offset is CPython's None. */
    private static String orNone(int offset) {
        return offset == 0 ? "None" : String.valueOf(offset);
    }

    /** What codegen_dump.py prints, from Adder's compiler. */
    static String dump(CPythonAst.Parsed parsed, int optimize) {
        if (parsed.error() != null) {
            PySyntaxError e = parsed.error();
            return "parse error: " + e.typeName() + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ")\n";
        }
        String source;
        try {
            source = new String(Files.readAllBytes(parsed.file()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dump(parsed.tree(), parsed.file().toString(), source, optimize);
    }

    static String dump(ModTy tree, String filename, String source, int optimize) {
        StringBuilder out = new StringBuilder();
        Compiler.Codegen cg;
        try {
            cg = Compiler.codegen(tree, filename, source, optimize);
        } catch (PySyntaxError e) {
            return "error: " + e.typeName() + ": " + e.msg + " (" + e.lineno + ", " + orNone(e.offset) + ", "
                    + e.endLineno + ", " + orNone(e.endOffset) + ")\n";
        } catch (PyException e) {
            return "error: " + e.typeName() + ": " + e.str() + "\n";
        }
        for (int[] i : cg.instructions()) {
            out.append(i[0]).append(' ').append(i[1]).append(' ').append(i[2]).append(' ').append(i[3]).append(' ')
                    .append(i[4]).append(' ').append(i[5]).append('\n');
        }
        CodeUnitMetadata md = cg.metadata();
        List<String> consts = new ArrayList<>();
        for (Object o : md.consts()) {
            consts.add(o instanceof CodeObject code ? "<code " + code.name.value() + ">" : ((PyObject) o).repr());
        }
        out.append("consts: ").append(String.join(", ", consts)).append('\n');
        out.append("names: ").append(String.join(", ", md.names.keySet())).append('\n');
        out.append("varnames: ").append(String.join(", ", md.varnames.keySet())).append('\n');
        out.append("cellvars: ").append(String.join(", ", md.cellvars.keySet())).append('\n');
        out.append("freevars: ").append(String.join(", ", md.freevars.keySet())).append('\n');
        out.append(cg.warnings().stream().map(w -> "warning: " + w.lineno() + ": " + w.message() + "\n")
                .collect(Collectors.joining()));
        return out.toString();
    }
}

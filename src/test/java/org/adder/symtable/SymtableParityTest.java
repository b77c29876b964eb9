package org.adder.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.adder.ast.ModTy;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Every corpus file: CPython's AST → our symbol table → {@link SymtableDump}, against
 * {@code python3.12 symtable_dump.py FILE} (through symtable_oracle.py, which prints a SyntaxError as one
 * line). Files CPython itself cannot parse (test data with deliberate syntax errors) are left out:
 * their output is the parser's error, not this stage's.
 */
class SymtableParityTest {
    /** Files of the corpus that CPython 3.12.1's own parser rejects. */
    private static final int UNPARSABLE = 9;
    /** Identical files: every file CPython parses (the stage is complete on the corpus). */
    private static final int FLOOR = 2222;

    @Test
    void wholeCorpusMatchesCPython() throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        // deep expressions in the corpus need a deeper stack than the default thread's
        Thread worker = new Thread(null, () -> {
            try {
                result.set(run());
            } catch (Throwable t) {
                result.set(t);
            }
        }, "symtable-parity", 1L << 29);
        worker.start();
        worker.join();
        if (result.get() instanceof Throwable t) {
            throw new AssertionError(t);
        }
        Parity.Report report = (Parity.Report) result.get();
        System.out.println(report.summary());
        assertTrue(report.identical() >= FLOOR, report::summary);
    }

    private static Parity.Report run() {
        List<Path> corpus = CPython.corpus();
        List<Path> parsable = SymtableTestAst.parsable(corpus);
        System.out.println("symtable: " + (corpus.size() - parsable.size()) + " corpus files CPython cannot parse");
        assertEquals(UNPARSABLE, corpus.size() - parsable.size());
        // the trees stream in step with the oracle's outputs
        try (SymtableTestAst asts = SymtableTestAst.ofFiles(parsable)) {
            return Parity.check("symtable", Parity.Oracle.script(
                    CPython.resource("/org/adder/symtable/symtable_oracle.py"),
                    CPython.resource("symtable_dump.py").toString()), parsable,
                    file -> dump(asts.next(), file));
        }
    }

    private static Parity.Outcome dump(ModTy tree, Path file) {
        try {
            SymbolTable table = SymbolTable.build(tree, file.toString(), null);
            return new Parity.Outcome(SymtableDump.dump(table), "", 0);
        } catch (PySyntaxError e) {
            return new Parity.Outcome("", canonical(e), 1);
        }
    }

    /** A SyntaxError as symtable_oracle.py prints it (None positions as CPython's None). */
    static String canonical(PySyntaxError e) {
        return e.typeName() + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ", " + e.endLineno + ", "
                + (e.endOffset == 0 ? "None" : e.endOffset) + ")\n";
    }
}

package org.adder.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.adder.harness.CPython;
import org.adder.harness.CPythonAst;
import org.adder.harness.Parity;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Every corpus file: CPython's AST (through the {@link CPythonAst} bridge) → our symbol table →
 * {@link SymtableDump}, against {@code python3.12 symtable_dump.py FILE} run through
 * symtable_oracle.py, which prints a SyntaxError as one line instead of a traceback. The few
 * files CPython's parser rejects are the parser's business: their error passes through unchanged.
 */
class SymtableParityTest {
    /** Files of the corpus that CPython 3.12.1's own parser rejects. */
    private static final int UNPARSABLE = 9;
    /** Identical files: the whole corpus (the stage is complete). */
    private static final int FLOOR = 2231;

    /** The oracle for this stage, shared with the other symbol table tests. */
    static Parity.Oracle oracle() {
        return Parity.Oracle.script(CPython.resource("/org/adder/symtable/symtable_oracle.py"),
                CPython.resource("symtable_dump.py").toString());
    }

    @Test
    void wholeCorpusMatchesCPython() throws Exception {
        int[] unparsable = {0};
        Parity.Report report = corpusCheck("symtable", oracle(), SymtableDump::dump, unparsable);
        System.out.println(report.summary());
        System.out.println("symtable: " + unparsable[0] + " of them rejected by CPython's parser (its error passed through)");
        assertEquals(UNPARSABLE, unparsable[0]);
        assertTrue(report.identical() >= FLOOR, report::summary);
    }

    /**
     * Runs {@code render} of our table for every corpus file against {@code oracle}, CPython's trees
     * coming through the bridge in step with the oracle's outputs; counts in {@code unparsable} the
     * files CPython's parser rejects.
     */
    static Parity.Report corpusCheck(String stage, Parity.Oracle oracle, Function<SymbolTable, String> render,
                                     int[] unparsable) throws InterruptedException {
        List<Path> corpus = CPython.corpus();
        BlockingQueue<Object> trees = new ArrayBlockingQueue<>(64);
        // the bridge pushes CPython's trees; Parity pulls outcomes file by file, in the same order
        Thread bridge = new Thread(null, () -> {
            try {
                CPythonAst.forEach(corpus, "exec", false, parsed -> put(trees, parsed));
            } catch (Throwable t) {
                put(trees, t);
            }
        }, stage + "-bridge", 1L << 28);
        bridge.setDaemon(true);
        bridge.start();
        AtomicReference<Parity.Report> report = new AtomicReference<>();
        // deep expressions in the corpus need a deeper stack than a default thread's
        Thread worker = new Thread(null, () -> report.set(Parity.check(stage, oracle, corpus, file -> {
            Object next = take(trees);
            if (next instanceof Throwable t) {
                throw new IllegalStateException("the AST bridge failed", t);
            }
            CPythonAst.Parsed parsed = (CPythonAst.Parsed) next;
            if (parsed.error() != null) {
                unparsable[0]++;
                return new Parity.Outcome("", canonical(parsed.error()), 1);
            }
            try {
                return new Parity.Outcome(render.apply(SymbolTable.build(parsed.tree(), file.toString(), null)), "", 0);
            } catch (PySyntaxError e) {
                return new Parity.Outcome("", canonical(e), 1);
            }
        })), stage, 1L << 29);
        worker.start();
        worker.join();
        return report.get();
    }

    /** A SyntaxError as symtable_oracle.py prints it (an end position of 0 is CPython's None). */
    static String canonical(PySyntaxError e) {
        return e.typeName() + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ", " + orNone(e.endLineno) + ", "
                + orNone(e.endOffset) + ")\n";
    }

    private static String orNone(int position) {
        return position == 0 ? "None" : Integer.toString(position);
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

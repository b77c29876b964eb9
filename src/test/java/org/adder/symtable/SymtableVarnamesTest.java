package org.adder.symtable;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.adder.objects.PyStr;
import org.junit.jupiter.api.Test;

/**
 * What the dump does not show but the compiler needs: every block's type and its parameters in
 * order ({@code ste_varnames}, where co_varnames starts), for every block of the corpus, against
 * CPython's {@code _symtable} entries.
 */
class SymtableVarnamesTest {
    @Test
    void parametersOfEveryBlockMatchCPython() throws Exception {
        Parity.Report report = SymtableParityTest.corpusCheck("symtable-varnames",
                Parity.Oracle.script(CPython.resource("/org/adder/symtable/symtable_varnames.py")),
                SymtableVarnamesTest::render, new int[1]);
        System.out.println(report.summary());
        assertTrue(report.complete(), report::summary);
    }

    private static String render(SymbolTable table) {
        StringBuilder out = new StringBuilder();
        render(table.top(), 0, out);
        return out.toString();
    }

    private static void render(SymtableEntry ste, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(ste.type.ordinal()).append(' ').append(PyStr.repr(ste.name))
                .append(" [");
        for (int i = 0; i < ste.varnames().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(PyStr.repr(ste.varnames().get(i)));
        }
        out.append("]\n");
        for (SymtableEntry child : ste.children()) {
            render(child, depth + 1, out);
        }
    }
}

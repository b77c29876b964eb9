package org.adder.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.adder.harness.CPythonAst;
import org.adder.harness.Parity;
import org.junit.jupiter.api.Test;

/**
 * Hand-written programs concentrating the rarer cases (future annotations, PEP 695 scopes in and
 * out of classes, mangling, inlined comprehensions and their cells, walrus targets, match captures,
 * try/except block order) against CPython's symtable dump.
 */
class SymtableSnippetsTest {
    @Test
    void snippetsMatchCPython() throws IOException, URISyntaxException {
        Path dir = Path.of(SymtableSnippetsTest.class.getResource("/org/adder/symtable/snippets").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertEquals(3, files.size());
        Iterator<CPythonAst.Parsed> trees = parseAll(files).iterator();
        Parity.Report report = Parity.check("symtable-snippets", SymtableParityTest.oracle(), files, file -> {
            SymbolTable table = SymbolTable.build(trees.next().tree(), file.toString(), null);
            return new Parity.Outcome(SymtableDump.dump(table), "", 0);
        });
        assertTrue(report.complete(), report::summary);
        assertEquals(3, report.identical());
    }

    private static List<CPythonAst.Parsed> parseAll(List<Path> files) {
        List<CPythonAst.Parsed> trees = new ArrayList<>();
        CPythonAst.forEach(files, "exec", false, trees::add);
        return trees;
    }
}

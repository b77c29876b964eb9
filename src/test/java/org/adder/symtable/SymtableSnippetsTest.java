package org.adder.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.adder.harness.CPython;
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
        try (SymtableTestAst asts = SymtableTestAst.ofFiles(files)) {
            Parity.Report report = Parity.check("symtable-snippets", Parity.Oracle.script(
                    CPython.resource("/org/adder/symtable/symtable_oracle.py"),
                    CPython.resource("symtable_dump.py").toString()), files, file -> {
                        SymbolTable table = SymbolTable.build(asts.next(), file.toString(), null);
                        return new Parity.Outcome(SymtableDump.dump(table), "", 0);
                    });
            assertTrue(report.complete(), report::summary);
        }
    }
}

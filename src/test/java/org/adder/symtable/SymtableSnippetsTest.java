package org.adder.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.adder.harness.CPython;
import org.adder.harness.CPythonAst;
import org.adder.harness.Parity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void evalAndSingleModesMatchCPython(@TempDir Path dir) throws IOException {
        String[][] cases = {
            {"eval", "lambda x, *a: [y for y in x if (z := y)] + [(w for w in a)]\n"},
            {"eval", "{k: v for k, v in items if (hit := k)}\n"},
            {"single", "x = 1; y = [i for i in x if (last := i)]\n"},
            {"single", "def f(a, /, b=1, *c, d, **e):\n    global g\n    return lambda: (a, b, c, d, e, g)\n\n"},
            {"single", "class C[T]:\n    def m(self): return super().m(), __class__\n\n"},
        };
        StringBuilder script = new StringBuilder("import sys, symtable\nsys.path.insert(0, sys.argv[1])\n"
                + "import symtable_dump\nfor mode, path in zip(sys.argv[2::2], sys.argv[3::2]):\n"
                + "    symtable_dump.dump(symtable.symtable(open(path, 'rb').read(), path, mode))\n"
                + "    print('\\x01')\n");
        List<String> args = new ArrayList<>(List.of("-c", script.toString(),
                CPython.resource("symtable_dump.py").getParent().toString()));
        StringBuilder ours = new StringBuilder();
        for (int i = 0; i < cases.length; i++) {
            Path file = Files.writeString(dir.resolve("case" + i + ".py"), cases[i][1], StandardCharsets.UTF_8);
            args.add(cases[i][0]);
            args.add(file.toString());
            List<CPythonAst.Parsed> parsed = new ArrayList<>();
            CPythonAst.forEach(List.of(file), cases[i][0], false, parsed::add);
            ours.append(SymtableDump.dump(SymbolTable.build(parsed.get(0).tree(), file.toString(), null))).append("\u0001\n");
        }
        assertEquals(CPython.run(args.toArray(String[]::new)), ours.toString());
    }
}

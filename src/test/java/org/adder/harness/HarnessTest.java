package org.adder.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference harness itself: the right CPython, the whole corpus, and a batch run that equals separate runs. */
class HarnessTest {
    @Test
    void referenceIsCPython3121() {
        assertEquals("3.12.1 0\n", CPython.run("-c", "import sys; print(sys.version.split()[0], sys.flags.hash_randomization)"));
    }

    @Test
    void corpusIsTheWholeStandardLibrary() {
        List<Path> corpus = CPython.corpus();
        assertEquals(2231, corpus.size());
        assertTrue(corpus.contains(CPython.lib().resolve("tokenize.py")));
    }

    @Test
    void batchRunEqualsSeparateRuns(@TempDir Path dir) throws IOException {
        Path good = write(dir, "good.py", "x = 'é'\nif x:\n    pass\n");
        Path bad = write(dir, "bad.py", "s = '''never closed\n");
        Path tab = write(dir, "tab.py", "if 1:\n        a\n\tb\n");
        Parity.Report report = Parity.check("harness-selftest", Parity.Oracle.module("tokenize", "-e"),
                List.of(good, bad, tab), file -> separateRun("-m", "tokenize", "-e", file.toString()));
        assertTrue(report.complete(), report::summary);
        assertEquals(3, report.identical());
    }

    @Test
    void differencesNameTheFirstDifferingLine(@TempDir Path dir) throws IOException {
        Path good = write(dir, "good.py", "x = 1\n");
        Parity.Report report = Parity.check("harness-selftest-diff", Parity.Oracle.module("tokenize"),
                List.of(good), file -> new Parity.Outcome("0,0-0,0:            ENCODING       'utf-8'        \n", "", 0));
        assertFalse(report.complete());
        assertEquals("stdout line 2: expected «1,0-1,1:            NAME           'x'            », got «»",
                report.differences().get(0).detail());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Parity.Outcome separateRun(String... args) {
        return CPython.outcome(CPython.process(args), "");
    }
}

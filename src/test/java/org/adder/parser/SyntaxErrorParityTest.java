package org.adder.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.adder.harness.CPython;
import org.junit.jupiter.api.Test;

/**
 * Invalid snippets through {@code Parse.parse}: the exception type, message, lineno, offset,
 * end_lineno, end_offset and text must be CPython's. The snippets come from CPython's own tests
 * (extracted at test time by syntax_snippets.py from the reference build's Lib/test) and from
 * corpus lines with one random edit (syntax_mutants.py, a fixed seed).
 */
class SyntaxErrorParityTest {
    /** Snippets from CPython's tests whose error is identical so far. */
    private static final int FLOOR = 731;
    /** Mutated corpus lines whose error is identical so far, of 4,000. */
    private static final int MUTANTS_FLOOR = 3999;

    @Test
    void snippets() throws IOException, InterruptedException {
        check("syntax-errors", FLOOR, CPython.resource("/org/adder/parser/syntax_snippets.py").toString(),
                CPython.lib().toString());
    }

    @Test
    void mutants() throws IOException, InterruptedException {
        check("syntax-errors-mutants", MUTANTS_FLOOR, CPython.resource("/org/adder/parser/syntax_mutants.py").toString(),
                CPython.lib().toString(), "7", "4000");
    }

    private static void check(String stage, int floor, String... script) throws IOException, InterruptedException {
        Process python = CPython.process(script).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        python.getOutputStream().close();
        int total = 0;
        List<String> differences = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(python.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                byte[] source = Base64.getDecoder().decode(line.substring(0, tab));
                String expected = line.substring(tab + 1);
                String actual = ParserOracle.describe(source, "<snippet>", "exec").replace("\n", "\\n");
                total++;
                if (!actual.equals(expected)) {
                    differences.add(new String(source, StandardCharsets.UTF_8).replace("\n", "\\n")
                            + "\n    expected " + expected + "\n    got      "
                            + (actual.length() > 300 ? actual.substring(0, 300) : actual));
                }
            }
        }
        python.waitFor();
        int identical = total - differences.size();
        String summary = stage + ": " + identical + " of " + total + " snippets identical";
        Path report = Paths.get("target/parity/" + stage + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n" + String.join("\n", differences) + "\n", StandardCharsets.UTF_8);
        System.out.println(summary + " (report: " + report.toAbsolutePath() + ")");
        assertTrue(identical >= floor, summary);
    }
}

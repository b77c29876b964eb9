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
 * Invalid snippets from CPython's own tests (extracted at test time by syntax_snippets.py from
 * the reference build's Lib/test) through {@code Parse.parse}: the exception type, message,
 * lineno, offset, end_lineno, end_offset and text must be CPython's.
 */
class SyntaxErrorParityTest {
    /** Snippets whose error is identical so far. */
    private static final int FLOOR = 300;

    @Test
    void snippets() throws IOException, InterruptedException {
        Process python = CPython.process(CPython.resource("/org/adder/parser/syntax_snippets.py").toString(),
                CPython.lib().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
        String summary = "syntax errors: " + identical + " of " + total + " snippets identical";
        Path report = Paths.get("target/parity/syntax-errors.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n" + String.join("\n", differences) + "\n", StandardCharsets.UTF_8);
        System.out.println(summary + " (report: " + report.toAbsolutePath() + ")");
        assertTrue(identical >= FLOOR, summary);
    }
}

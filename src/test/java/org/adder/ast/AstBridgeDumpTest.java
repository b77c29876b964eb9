package org.adder.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.adder.harness.CPython;
import org.adder.harness.CPythonAst;
import org.junit.jupiter.api.Test;

/**
 * The bridge and AstDump prove each other over the whole corpus: CPython's tree, rebuilt as
 * Adder's nodes, dumps (include_attributes=True) to exactly CPython's own ast.dump text. That
 * checks every node kind, field, position and constant repr that the standard library contains.
 */
class AstBridgeDumpTest {
    /**
     * Corpus files whose bridged tree dumps identically: all the files CPython parses (str constants
     * with escaped surrogates that would pair up, '\\ud83d\\ude00', keep them as two code points).
     */
    private static final int FLOOR = 2222;

    @Test
    void bridgedCorpusDumpsAsCPython() throws IOException {
        List<Path> files = CPython.corpus();
        int step = Integer.getInteger("adder.corpus.step", 1); // every step-th file, for quick runs
        if (step > 1) {
            files = java.util.stream.IntStream.range(0, files.size()).filter(i -> i % step == 0)
                    .mapToObj(files::get).toList();
        }
        List<String> differences = new ArrayList<>();
        int[] counts = new int[3]; // identical, syntax errors, total
        CPythonAst.forEach(files, "exec", true, parsed -> {
            counts[2]++;
            if (parsed.error() != null) {
                counts[1]++;
                return;
            }
            String ours;
            try {
                ours = AstDump.dump(parsed.tree(), true, true);
            } catch (RuntimeException e) {
                differences.add(parsed.file() + ": AstDump crashed: " + e);
                return;
            }
            if (ours.equals(parsed.dump())) {
                counts[0]++;
            } else {
                differences.add(parsed.file() + ": " + firstDifference(parsed.dump(), ours));
            }
        });
        String summary = "ast-bridge-dump: " + counts[0] + " of " + (counts[2] - counts[1])
                + " parsed files identical (" + counts[1] + " files CPython rejects)";
        Path report = Paths.get(System.getProperty("adder.report.dir", "target/parity"), "ast-bridge-dump.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n" + String.join("\n", differences) + "\n", StandardCharsets.UTF_8);
        System.out.println(summary);
        differences.stream().limit(10).forEach(System.out::println);
        assertEquals(files.size(), counts[2]);
        assertTrue(step > 1 || counts[0] >= FLOOR, summary);
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "at " + i + ": expected «" + expected.substring(from, Math.min(expected.length(), i + 60))
                + "», got «" + actual.substring(from, Math.min(actual.length(), i + 60)) + "»";
    }
}

package org.adder.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The VM benchmarks (bench/vm, timed by scripts/bench-vm, never here) compute what they should: each
 * runs at its quick size under CPython, all in one process, and must pass its own self-check and print
 * the checksum line held below. The lines were fixed from CPython 3.12.1 and, where a count is known
 * independently (Fibonacci numbers, n-queens solutions, primes below 100, fannkuch's most flips), agree
 * with it; a program whose answer changes must change here too.
 */
class VmBenchmarksTest {
    private static final Path FOLDER = Paths.get("bench/vm");

    private static final Map<String, String> QUICK_LINES = Map.ofEntries(
            Map.entry("closures_comprehensions", "closures_comprehensions 40: [7905, 23200, 5688000, 4000, 94011146,"
                    + " 39979, 440, 74400, 46860, 37310, 1518]"),
            Map.entry("dicts_sets", "dicts_sets 2: [1432, 2864, 1258, 422089, 606002, 2677]"
                    + " [('qi', 60), ('xe', 60), ('po', 59)]"),
            Map.entry("exceptions", "exceptions 1000: total 418341, retries 143, fatal 78, codes 1066, finally 1000,"
                    + " else 779, chained 200, nested 1002"),
            Map.entry("fannkuch", "fannkuch 6: 720 permutations, checksum 4534, most flips 10"),
            Map.entry("fib", "fib(18) = 2584"),
            Map.entry("generators", "generators 2000: 1331334000 800000 8 32385 999 0"),
            Map.entry("interp", "interp 100: 78 instructions, output [25, 3117], 69239 executed"),
            Map.entry("json_like", "json_like 20: 1508 characters, 108 items, digest 721244808"),
            Map.entry("loop", "loop 20000: 888805779607 2104886033 10073 4830 2201442162883705746"),
            Map.entry("mandelbrot", "mandelbrot 16x16: 58 inside, 8175 iterations, widest row 8"),
            Map.entry("methods", "methods 1000: 364000 89000 302500 12000 4995 211 10 58 3000 -191"),
            Map.entry("nbody", "nbody 1000: energy -0.003183747 -> -0.003184376, inner at (-0.444580, -0.550278,"
                    + " -0.001219)"),
            Map.entry("nqueens", "nqueens 7: 40 solutions, signature 434643252; brute force 4: 2 solutions,"
                    + " signature 396"),
            Map.entry("richards", "richards 2000: queued 4421, held 1771, devices 287370 462767"),
            Map.entry("spectral_norm", "spectral_norm 20: 1.273839841"),
            Map.entry("strings", "strings 500: [19875, 14022, 2500] [63, 187, 193, 13874]"
                    + " 0_Alpha_0.000_0_\"Alpha\"/1_Beta_0.143_37_ 690636158"));

    /** One program as the driver reports it: exit status, imports, declared sizes, last line printed. */
    private record Run(String status, String imports, String sizes, String line) {
    }

    @Test
    void everyBenchmarkPrintsItsChecksumAtTheQuickSize() throws IOException {
        Path driver = CPython.resource("/org/adder/bench/vm_quick.py");
        Parity.Outcome outcome = CPython.outcome(CPython.process(driver.toString(), FOLDER.toString()), "");
        assertEquals(0, outcome.status(), outcome.stderr());
        Map<String, Run> runs = rows(outcome.stdout());
        assertEquals(new TreeSet<>(QUICK_LINES.keySet()), new TreeSet<>(programs()),
                "every program in bench/vm has its checksum line here, and no other");
        List<Executable> checks = new ArrayList<>();
        for (var entry : runs.entrySet()) {
            String name = entry.getKey();
            Run run = entry.getValue();
            checks.add(() -> assertEquals("0", run.status(),
                    name + " failed its self-check or raised:\n" + outcome.stderr()));
            checks.add(() -> assertEquals(QUICK_LINES.get(name), run.line(), name + "'s checksum line"));
            checks.add(() -> assertEquals("sys", run.imports(), name + " imports nothing but sys"));
            String[] sizes = run.sizes().split(" \\| ", -1);
            checks.add(() -> assertEquals(words(sizes[0]), words(sizes[1]),
                    name + "'s EXPECTED table covers exactly its default and quick sizes"));
        }
        assertAll(checks);
    }

    private static Map<String, Run> rows(String stdout) {
        Map<String, Run> runs = new TreeMap<>();
        for (String row : stdout.split("\n")) {
            String[] fields = row.split("\t", 5);
            assertEquals(5, fields.length, "driver row: " + row);
            runs.put(fields[0], new Run(fields[1], fields[2], fields[3], fields[4]));
        }
        return runs;
    }

    private static TreeSet<String> words(String text) {
        return new TreeSet<>(List.of(text.split(" ")));
    }

    private static List<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3)).toList();
        }
    }
}

package org.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.adder.cli.Main;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.junit.jupiter.api.Test;

/**
 * The VM's conformance suite: every program under {@code conformance/} run by CPython 3.12 and by Adder,
 * from source and from the .pyc CPython's {@code py_compile} writes, with stdout, stderr and exit status
 * compared. Programs Adder does not run right yet are listed in {@code known-failures.txt}; the test
 * fails when a program outside the list differs, and when one on the list has started to pass (so the
 * list only shrinks).
 */
class ConformanceTest {
    private static final Path ROOT = Path.of("src/test/resources/org/adder/vm/conformance");

    record Program(Path file, List<String> argv, String stdin) {
        String name() {
            return ROOT.toAbsolutePath().relativize(file).toString();
        }
    }

    static List<Program> programs() throws IOException {
        List<Program> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                String first = Files.readAllLines(p, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                List<String> argv = first.startsWith("# argv:")
                        ? List.of(first.substring("# argv:".length()).trim().split("\\s+")) : List.of();
                Path stdin = p.resolveSibling(p.getFileName().toString().replace(".py", ".stdin"));
                out.add(new Program(p.toAbsolutePath(), argv, Files.exists(stdin) ? Files.readString(stdin) : ""));
            }
        }
        return out;
    }

    private static Parity.Outcome cpython(Path file, Program p) {
        List<String> args = new ArrayList<>();
        args.add(file.toString());
        args.addAll(p.argv());
        ProcessBuilder pb = CPython.process(args.toArray(String[]::new));
        pb.directory(ROOT.toFile());
        return CPython.outcome(pb, p.stdin());
    }

    private static Parity.Outcome adder(Path file, Program p) {
        List<String> args = new ArrayList<>();
        args.add(file.toString());
        args.addAll(p.argv());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args.toArray(String[]::new),
                    new ByteArrayInputStream(p.stdin().getBytes(StandardCharsets.UTF_8)), o, e);
        }
        return new Parity.Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** CPython's .pyc of the program, written beside a copy under target/ (py_compile of the original path). */
    private static Path pyc(Path file, Path dir) {
        Path out = dir.resolve(ROOT.toAbsolutePath().relativize(file).toString().replace('/', '_') + "c");
        CPython.run("-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                file.toString(), out.toString());
        return out;
    }

    /** The first line where Adder's output differs from CPython's, for the report. */
    static String firstDifference(Parity.Outcome want, Parity.Outcome got) {
        if (want.status() != got.status()) {
            return "  exit status " + got.status() + ", CPython " + want.status() + "; stderr: " + tail(got.stderr());
        }
        String[] streams = {"stdout", "stderr"};
        String[][] w = {want.stdout().split("\n", -1), want.stderr().split("\n", -1)};
        String[][] g = {got.stdout().split("\n", -1), got.stderr().split("\n", -1)};
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < Math.max(w[k].length, g[k].length); i++) {
                String a = i < w[k].length ? w[k][i] : "<end>";
                String b = i < g[k].length ? g[k][i] : "<end>";
                if (!a.equals(b)) {
                    return "  " + streams[k] + " line " + (i + 1) + "\n    CPython: " + a + "\n    Adder:   " + b;
                }
            }
        }
        return "  (same)";
    }

    private static String tail(String s) {
        String[] l = s.strip().split("\n");
        return l.length == 0 ? "" : l[l.length - 1];
    }

    @Test
    void everyProgramRunsAsCPythonRunsIt() throws Exception {
        List<Program> programs = programs();
        assertTrue(programs.size() >= 400, "the suite has " + programs.size() + " programs");
        java.util.Set<String> known = new java.util.TreeSet<>();
        Path list = ROOT.resolve("known-failures.txt");
        if (Files.exists(list)) {
            for (String l : Files.readAllLines(list)) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    known.add(l.trim());
                }
            }
        }
        Path pycDir = Files.createDirectories(Path.of("target/conformance-pyc").toAbsolutePath());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // CPython runs each program from source and from its .pyc (a .pyc prints no compile-time warnings)
        record Reference(Parity.Outcome source, Path pyc, Parity.Outcome compiled) {
        }
        Map<String, Future<Reference>> expected = new TreeMap<>();
        for (Program p : programs) {
            expected.put(p.name(), pool.submit(() -> {
                Path pyc = pyc(p.file(), pycDir);
                return new Reference(cpython(p.file(), p), pyc, cpython(pyc, p));
            }));
        }
        List<String> failing = new ArrayList<>();
        int passed = 0;
        for (Program p : programs) {
            Reference want = expected.get(p.name()).get();
            Parity.Outcome fromSource = adder(p.file(), p);
            Parity.Outcome fromPyc = fromSource.equals(want.source()) ? adder(want.pyc(), p) : null;
            if (fromPyc != null && want.compiled().equals(fromPyc)) {
                passed++;
            } else {
                failing.add(p.name());
                if (!known.contains(p.name())) {
                    System.out.println("differs: " + p.name() + (fromPyc == null ? "" : " (from .pyc)") + "\n"
                            + firstDifference(fromPyc == null ? want.source() : want.compiled(),
                            fromPyc == null ? fromSource : fromPyc));
                }
            }
        }
        pool.shutdown();
        List<String> unexpected = failing.stream().filter(n -> !known.contains(n)).toList();
        List<String> fixed = known.stream().filter(n -> !failing.contains(n)).toList();
        System.out.println("conformance: " + passed + " of " + programs.size() + " programs identical to CPython "
                + "(from source and from CPython's .pyc)");
        assertEquals(List.of(), unexpected, "programs that differ from CPython and are not in known-failures.txt");
        assertEquals(List.of(), fixed, "programs in known-failures.txt that now pass: remove them from the list");
    }

}

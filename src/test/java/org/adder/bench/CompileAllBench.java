package org.adder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.adder.harness.CPython;

/**
 * {@code adder -m compileall -q -f DIR} against {@code python3.12 -m compileall -q -f DIR} on a
 * copy of the corpus under {@code target/}: whole processes, start-up included, each writing
 * its own .pyc files (Adder's {@code adder-312}, CPython's {@code cpython-312}); best of 3 runs.
 * Adder runs with the JVM options of the {@code adder} launcher. It runs twice: with {@code -j1} (one compiling thread, as CPython's default) and with its
 * default of a thread per processor.
 */
final class CompileAllBench {
    private CompileAllBench() {
    }

    static void register() {
        Bench.registerRun("compileall", CompileAllBench::run);
    }

    private static void run() throws IOException, InterruptedException {
        Path copy = Path.of("target/bench-compileall/lib").toAbsolutePath();
        copyCorpus(CPython.lib(), copy);
        String javaHome = System.getProperty("java.home");
        List<String> adder = new ArrayList<>(List.of(javaHome + "/bin/java", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xss16m", "-cp", System.getProperty("java.class.path"),
                "org.adder.cli.Main", "-m", "compileall", "-q", "-f", copy.toString()));
        System.out.printf("compileall: -q -f over a copy of the corpus (%d .py files) in %s%n", count(copy), copy);
        double python = best(() -> CPython.process("-m", "compileall", "-q", "-f", copy.toString()));
        System.out.printf("CPython 3.12: best %.3f s (%d .pyc files)%n", python, pycs(copy, "cpython-312"));
        List<String> oneThread = new ArrayList<>(adder);
        oneThread.add(oneThread.size() - 1, "-j1");
        double single = best(() -> new ProcessBuilder(oneThread));
        System.out.printf("Adder -j1:    best %.3f s (one compiling thread, as CPython's default)%n", single);
        System.out.printf("ratio -j1: Adder is %.2fx %s than CPython%n",
                python >= single ? python / single : single / python, python >= single ? "faster" : "slower");
        double ours = best(() -> new ProcessBuilder(adder));
        System.out.printf("Adder:        best %.3f s (%d .pyc files; a thread per processor, %d)%n", ours,
                pycs(copy, "adder-312"), Runtime.getRuntime().availableProcessors());
        System.out.printf("ratio: Adder is %.2fx %s than CPython%n", python >= ours ? python / ours : ours / python,
                python >= ours ? "faster" : "slower");
    }

    private interface Launch {
        ProcessBuilder get();
    }

    /** Best wall-clock time of 3 runs; the exit status is 1 on both sides when a file fails to compile. */
    private static double best(Launch launch) throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Process p = launch.get().redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            p.waitFor();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    private static void copyCorpus(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            return;
        }
        for (Path source : CPython.corpus()) {
            Path target = to.resolve(from.relativize(source).toString());
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).count();
        }
    }

    private static long pycs(Path dir, String tag) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith("." + tag + ".pyc")).count();
        }
    }
}

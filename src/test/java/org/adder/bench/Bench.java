package org.adder.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.adder.harness.CPython;

/**
 * Side-by-side benchmarks: each runs one job over the whole corpus in this JVM after warm-up and
 * the same job in one CPython 3.12 process, then prints both times and the ratio. Run with
 * {@code scripts/bench NAME}; record the figures in docs/performance.md.
 */
public final class Bench {
    /** A job over one file's bytes that returns a count (tokens, nodes, …) to check both sides did the same work. */
    record Job(String description, String pythonJob, ToLongFunction<byte[]> adder) {
    }

    private static final Map<String, Job> JOBS = new TreeMap<>();

    static void register(String name, Job job) {
        JOBS.put(name, job);
    }

    /** A benchmark that runs whole processes side by side and prints its own figures. */
    interface Run {
        void run() throws Exception;
    }

    private static final Map<String, Run> RUNS = new TreeMap<>();

    static void registerRun(String name, Run run) {
        RUNS.put(name, run);
    }

    static {
        Benchmarks.registerAll();
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && RUNS.containsKey(args[0])) {
            RUNS.get(args[0]).run();
            return;
        }
        if (args.length != 1 || !JOBS.containsKey(args[0])) {
            List<String> names = new ArrayList<>(JOBS.keySet());
            names.addAll(RUNS.keySet());
            System.out.println("usage: scripts/bench NAME, where NAME is one of " + names);
            System.exit(args.length == 0 ? 0 : 2);
        }
        Job job = JOBS.get(args[0]);
        List<Path> corpus = CPython.corpus();
        List<byte[]> sources = new ArrayList<>();
        long bytes = 0;
        for (Path p : corpus) {
            byte[] b = Files.readAllBytes(p);
            sources.add(b);
            bytes += b.length;
        }
        System.out.printf("%s: %s over %d files, %.1f MB%n", args[0], job.description(), corpus.size(), bytes / 1e6);

        double[] python = runPython(job, corpus);
        System.out.printf("CPython 3.12: best %.3f s, count %d%n", python[0], (long) python[1]);

        long count = 0;
        for (int i = 0; i < 3; i++) {
            count = pass(job, sources);
        }
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            count = pass(job, sources);
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        double best = Arrays.stream(times).min().orElseThrow();
        System.out.printf("Adder:        best %.3f s, count %d%n", best, count);
        System.out.printf("ratio: Adder is %.2fx %s than CPython%s%n", python[0] >= best ? python[0] / best : best / python[0],
                python[0] >= best ? "faster" : "slower", count == (long) python[1] ? "" : " (COUNTS DIFFER)");
    }

    private static long pass(Job job, List<byte[]> sources) {
        long n = 0;
        for (byte[] s : sources) {
            n += job.adder().applyAsLong(s);
        }
        return n;
    }

    /** Returns CPython's best time over 5 passes after one warm-up pass, and its count. */
    private static double[] runPython(Job job, List<Path> corpus) throws IOException, InterruptedException {
        Path list = Files.createTempFile("adder-bench-", ".txt");
        Files.write(list, corpus.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Process p = CPython.process(CPython.resource("/org/adder/bench/bench.py").toString(), job.pythonJob(),
                list.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("CPython's benchmark failed: " + out);
        }
        Files.delete(list);
        String[] parts = out.split(" ");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}

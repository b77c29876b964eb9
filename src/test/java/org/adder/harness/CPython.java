package org.adder.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reference implementation: CPython 3.12.1 as the build unpacks it under target/cpython.
 * Runs with PYTHONHASHSEED=0 so that hash-dependent output (set order) is repeatable.
 */
public final class CPython {
    private static final String DEFAULT_HOME = "target/cpython/org/bytedeco/cpython/linux-x86_64";

    private CPython() {
    }

    /** The root of the unpacked build ({@code bin/}, {@code lib/python3.12}, the shared libraries). */
    public static Path home() {
        Path home = Paths.get(System.getProperty("adder.cpython.home", DEFAULT_HOME)).toAbsolutePath();
        if (!Files.isDirectory(home.resolve("lib/python3.12"))) {
            throw new IllegalStateException("the reference CPython is not unpacked at " + home
                    + "; run ./run-tests (Maven's process-test-resources phase unpacks it)");
        }
        return home;
    }

    /** The standard library: the parity corpus. */
    public static Path lib() {
        return home().resolve("lib/python3.12");
    }

    /** Every .py file of the standard library, sorted by path: the parity corpus. */
    public static List<Path> corpus() {
        try (Stream<Path> files = Files.walk(lib())) {
            return files.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A process running {@code python3.12 ARGS} with the environment the build needs. */
    public static ProcessBuilder process(String... args) {
        Path home = home();
        Path python = home.resolve("bin/python3.12");
        if (!Files.isExecutable(python) && !python.toFile().setExecutable(true)) {
            throw new IllegalStateException("cannot make " + python + " executable");
        }
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(python.toString()), Stream.of(args)).toList());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.put("LD_LIBRARY_PATH", home.resolve("lib") + ":" + home);
        env.put("PYTHONHOME", home.toString());
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        return pb;
    }

    /**
     * Runs {@code process} (from {@link #process}) to completion with {@code input} on its
     * standard input: what it printed on each stream, as UTF-8, and its exit status. Standard
     * error is read on its own thread, so a process filling it cannot stall.
     */
    public static Parity.Outcome outcome(ProcessBuilder process, String input) {
        try {
            Process p = process.start();
            try (var in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Parity.Outcome(out, err.join(), p.waitFor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code python3.12 ARGS} to completion and returns its stdout; fails on a non-zero exit. */
    public static String run(String... args) {
        try {
            Process p = process(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            if (status != 0) {
                throw new IllegalStateException("python3.12 " + String.join(" ", args) + " exited with " + status);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A resource of the harness (batch.py, the oracle scripts) as a file CPython can run. */
    public static Path resource(String name) {
        try {
            Path dir = Paths.get("target/harness");
            Files.createDirectories(dir);
            Path file = dir.resolve(Paths.get(name).getFileName().toString());
            try (var in = CPython.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing harness resource " + name);
                }
                Files.write(file, in.readAllBytes());
            }
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

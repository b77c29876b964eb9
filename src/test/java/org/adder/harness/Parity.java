package org.adder.harness;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.adder.cli.Tool;

/**
 * Stage parity against CPython: every corpus file goes through Adder in this JVM and through
 * CPython in one python3.12 process for the whole corpus (see batch.py), and the outputs must
 * be identical. Files stream through both sides, so memory stays flat however large the corpus.
 */
public final class Parity {
    /** What a command-line tool printed and returned for one file. */
    public record Outcome(String stdout, String stderr, int status) {
    }

    /** One file whose outputs differ, with the first differing line. */
    public record Difference(Path file, String detail) {
    }

    /** The result of a parity run; {@link #summary()} is what the test failure shows. */
    public record Report(String stage, int total, List<Difference> differences, Path file) {
        public int identical() {
            return total - differences.size();
        }

        public boolean complete() {
            return differences.isEmpty();
        }

        public String summary() {
            String head = stage + ": " + identical() + " of " + total + " files identical (report: " + file + ")";
            return differences.isEmpty() ? head : head + "\n" + differences.stream().limit(20)
                    .map(d -> "  " + d.file() + ": " + d.detail()).collect(Collectors.joining("\n"));
        }
    }

    /** How CPython runs the stage: {@code python3.12 -m MODULE ARGS FILE} or {@code python3.12 SCRIPT ARGS FILE}. */
    public record Oracle(String kind, String target, List<String> args) {
        public static Oracle module(String name, String... args) {
            return new Oracle("module", name, List.of(args));
        }

        public static Oracle script(Path script, String... args) {
            return new Oracle("script", script.toString(), List.of(args));
        }
    }

    private Parity() {
    }

    /** Runs an Adder tool in-process, capturing what it prints as UTF-8 text. */
    public static Outcome capture(Tool tool, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
            status = tool.run(args, InputStream.nullInputStream(), o, e);
        }
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** Compares Adder with CPython on {@code files}, writes the report and returns it. */
    public static Report check(String stage, Oracle oracle, List<Path> files, Function<Path, Outcome> adder) {
        List<Difference> differences = new ArrayList<>();
        try {
            Path list = Files.createTempFile("adder-parity-", ".txt");
            Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of(CPython.resource("batch.py").toString(),
                    oracle.kind(), oracle.target(), list.toString()));
            args.addAll(oracle.args());
            Process python = CPython.process(args.toArray(String[]::new))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            python.getOutputStream().close();
            try (FrameReader frames = new FrameReader(python.getInputStream())) {
                for (Path file : files) {
                    Outcome expected = frames.next(file);
                    Outcome actual;
                    try {
                        actual = adder.apply(file);
                    } catch (Throwable t) { // a crash is a difference to report, not the end of the run
                        differences.add(new Difference(file, "Adder crashed: " + t));
                        continue;
                    }
                    String diff = firstDifference(expected, actual);
                    if (diff != null) {
                        differences.add(new Difference(file, diff));
                    }
                }
            }
            python.waitFor();
            Files.delete(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return write(new Report(stage, files.size(), differences, reportFile(stage)));
    }

    /**
     * The differences left after running each differing file again in a fresh process with
     * {@code cpython}. For output that depends on what the process had interned before it compiled
     * (the order of frozenset constants in {@code dis}), the batch process, which compiled the
     * files before, is not the reference; a fresh {@code python3.12 -m dis FILE} is.
     */
    public static Report recheckFresh(Report report, Function<Path, Outcome> cpython, Function<Path, Outcome> adder) {
        List<Difference> remaining = new ArrayList<>();
        for (Difference d : report.differences()) {
            Outcome actual;
            try {
                actual = adder.apply(d.file());
            } catch (Throwable t) {
                remaining.add(d);
                continue;
            }
            if (firstDifference(cpython.apply(d.file()), actual) != null) {
                remaining.add(d);
            }
        }
        return write(new Report(report.stage(), report.total(), remaining, report.file()));
    }

    private static Path reportFile(String stage) {
        return Paths.get(System.getProperty("adder.report.dir", "target/parity"), stage + ".txt").toAbsolutePath();
    }

    private static Report write(Report report) {
        StringBuilder text = new StringBuilder();
        text.append(report.stage()).append(": identical ").append(report.identical()).append(" of ")
                .append(report.total()).append('\n');
        for (Difference d : report.differences()) {
            text.append(d.file()).append(": ").append(d.detail()).append('\n');
        }
        try {
            Files.createDirectories(report.file().getParent());
            Files.writeString(report.file(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    /** Where two outcomes first part, in words; null when they are identical. */
    static String firstDifference(Outcome expected, Outcome actual) {
        String d = firstDifferentLine("stdout", expected.stdout(), actual.stdout());
        if (d == null) {
            d = firstDifferentLine("stderr", expected.stderr(), actual.stderr());
        }
        if (d == null && expected.status() != actual.status()) {
            d = "exit status " + actual.status() + ", CPython " + expected.status();
        }
        return d;
    }

    private static String firstDifferentLine(String stream, String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        String want = i < e.length ? e[i] : "<end>";
        String got = i < a.length ? a[i] : "<end>";
        return stream + " line " + (i + 1) + ": expected " + quote(want) + ", got " + quote(got);
    }

    private static String quote(String s) {
        return s.length() > 200 ? "«" + s.substring(0, 200) + "…»" : "«" + s + "»";
    }

    /** Reads batch.py's frames: {@code \1FILE path\n stdout \1ERR\n stderr \1EXIT n\n}. */
    private static final class FrameReader implements AutoCloseable {
        private final BufferedReader in;

        FrameReader(InputStream stream) {
            this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
        }

        Outcome next(Path file) throws IOException {
            String header = in.readLine();
            if (header == null || !header.equals("\1FILE " + file)) {
                throw new IllegalStateException("CPython's batch output is out of step at " + file + ": " + header);
            }
            String out = readUntil("\1ERR\n");
            String err = readUntil("\1EXIT ");
            int status = Integer.parseInt(in.readLine());
            return new Outcome(out, err, status);
        }

        private String readUntil(String marker) throws IOException {
            StringBuilder text = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                text.append((char) c);
                if (c == marker.charAt(marker.length() - 1) && endsWith(text, marker)) {
                    text.setLength(text.length() - marker.length());
                    return text.toString();
                }
            }
            throw new IllegalStateException("CPython's batch output ended early");
        }

        private static boolean endsWith(StringBuilder text, String marker) {
            int n = text.length() - marker.length();
            if (n < 0) {
                return false;
            }
            for (int i = 0; i < marker.length(); i++) {
                if (text.charAt(n + i) != marker.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

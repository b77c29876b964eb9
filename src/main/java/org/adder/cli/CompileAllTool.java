package org.adder.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.adder.marshal.Pyc;
import org.adder.objects.PyStr;

/**
 * {@code adder -m compileall [options] FILE|DIR...}: as {@code python3.12 -m compileall}, every
 * {@code .py} file under the directories given (and the files given) to its .pyc, skipping those
 * whose .pyc is up to date, with the same progress lines and error reports, in the same order.
 * Files compile on as many threads as {@code -j} says (0 or no {@code -j}: one per processor,
 * where CPython's default is one process); the output is the same either way.
 */
public final class CompileAllTool {
    private static final String PROG = "compileall.py";
    private static final String USAGE = """
            usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                                 [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                                 [-j WORKERS]
                                 [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                                 [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                                 [FILE|DIR ...]
            """;
    /** {@code sys.getrecursionlimit()}: how deep compileall recurses by default. */
    private static final int RECURSION_LIMIT = 1000;

    /** The parsed command line ({@code argparse}'s namespace). */
    private static final class Options {
        Integer maxlevels;
        Integer recursion;
        Integer workers;
        boolean force;
        int quiet;
        boolean legacy;
        String ddir;
        String stripdir;
        String prependdir;
        Pattern rx;
        String flist;
        ByteCompiler.Invalidation invalidation;
        List<Integer> optLevels;
        String limitSlDest;
        boolean hardlinkDupes;
        final List<String> dests = new ArrayList<>();
    }

    private static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    private final Options o;
    private final PrintStream out;
    /** Where SyntaxWarnings go, as the warnings module prints them. */
    private final PrintStream err;
    /** Compiles files ahead of the output on other threads; null to compile one file after another. */
    private final ExecutorService pool;
    /** What to print, in CPython's order: listings done, compilations perhaps still running. */
    private final List<Future<Outcome>> pending = new ArrayList<>();

    /** A file's progress lines and error report, its warnings, and whether it compiled. */
    private record Outcome(String text, String warnings, boolean ok) {
    }

    private CompileAllTool(Options o, PrintStream out, PrintStream err, int workers) {
        this.o = o;
        this.out = out;
        this.err = err;
        this.pool = workers <= 1 ? null : Executors.newFixedThreadPool(workers, r -> {
            // the parser and compiler recurse as deep as the source nests: the stack adder's launcher gives main
            Thread t = new Thread(null, r, "compileall", 64L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** Prints {@code text} once everything before it is printed. */
    private void emit(String text) {
        if (pool == null) {
            out.print(text);
        } else {
            pending.add(CompletableFuture.completedFuture(new Outcome(text, "", true)));
        }
    }

    /** {@link #compileFile}, now or on the pool; its output keeps its place. */
    private boolean submit(String fullname, String ddir, String stripdir, String prependdir) {
        if (pool == null) {
            return compileFile(fullname, ddir, stripdir, prependdir, out, err);
        }
        pending.add(pool.submit(() -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            ByteArrayOutputStream warnings = new ByteArrayOutputStream();
            PrintStream sink = new PrintStream(buffer, false, StandardCharsets.UTF_8);
            PrintStream warningSink = new PrintStream(warnings, false, StandardCharsets.UTF_8);
            boolean ok = compileFile(fullname, ddir, stripdir, prependdir, sink, warningSink);
            sink.flush();
            warningSink.flush();
            return new Outcome(buffer.toString(StandardCharsets.UTF_8), warnings.toString(StandardCharsets.UTF_8), ok);
        }));
        return true;
    }

    /** Prints what is pending, in order; false when a file failed to compile. */
    private boolean drain() {
        boolean ok = true;
        for (Future<Outcome> f : pending) {
            Outcome r;
            try {
                r = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
            out.print(r.text());
            if (!r.warnings().isEmpty()) {
                out.flush();
                err.print(r.warnings());
            }
            ok &= r.ok();
        }
        pending.clear();
        return ok;
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (UsageError e) {
            if (e.getMessage() == null) {
                out.print(USAGE);
                out.print(HELP);
                return 0;
            }
            err.print(USAGE);
            err.println(PROG + ": error: " + e.getMessage());
            return 2;
        }
        if (o.flist != null) {
            try {
                BufferedReader r = o.flist.equals("-")
                        ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                        : Files.newBufferedReader(Path.of(o.flist), StandardCharsets.UTF_8);
                for (String line; (line = r.readLine()) != null; ) {
                    o.dests.add(line.strip());
                }
            } catch (IOException | RuntimeException e) {
                if (o.quiet < 2) {
                    out.println("Error reading file list " + o.flist);
                }
                return 1;
            }
        }
        if (o.dests.isEmpty()) {
            err.println("adder -m compileall: give the files and directories to compile (Adder has no sys.path "
                    + "of its own to compile)");
            return 1;
        }
        if (o.workers != null && o.workers < 0 && o.dests.stream().anyMatch(d -> !Files.isRegularFile(Path.of(d)))) {
            // compile_dir's ValueError, uncaught (CPython's traceback also lists compileall's frames)
            err.print("Traceback (most recent call last):\nValueError: workers must be greater or equal to 0\n");
            return 1;
        }
        int workers = o.workers != null ? (o.workers == 0 ? Runtime.getRuntime().availableProcessors() : o.workers)
                : Runtime.getRuntime().availableProcessors();
        CompileAllTool tool = new CompileAllTool(o, out, err, workers);
        int maxlevels = o.recursion != null ? o.recursion : o.maxlevels != null ? o.maxlevels : RECURSION_LIMIT;
        boolean success = true;
        try {
            for (String dest : o.dests) {
                boolean ok;
                if (Files.isRegularFile(Path.of(dest))) {
                    ok = tool.submit(dest, o.ddir, o.stripdir, o.prependdir);
                } else {
                    ok = tool.compileDir(dest, maxlevels);
                }
                success &= ok & tool.drain();
            }
        } finally {
            if (tool.pool != null) {
                tool.pool.shutdownNow();
            }
        }
        return success ? 0 : 1;
    }

    /** {@code compile_dir}: {@code -d} strips the directory and prepends DESTDIR instead. */
    private boolean compileDir(String dir, int maxlevels) {
        String stripdir = o.stripdir;
        String prependdir = o.prependdir;
        if (o.ddir != null) {
            stripdir = dir;
            prependdir = o.ddir;
        }
        String strip = stripdir;
        String prepend = prependdir;
        boolean[] success = {true};
        walk(dir, maxlevels, file -> success[0] &= submit(file, null, strip, prepend));
        return success[0];
    }

    /**
     * {@code _walk_dir}: files in sorted order, recursing into directories that are not links.
     * Files are compiled as the walk meets them, so progress lines interleave as CPython's generator does.
     */
    private void walk(String dir, int maxlevels, java.util.function.Consumer<String> files) {
        if (o.quiet == 0) {
            emit("Listing " + PyStr.repr(dir) + "...\n");
        }
        String[] names;
        try (var stream = Files.list(Path.of(dir))) {
            names = stream.map(p -> p.getFileName().toString()).toArray(String[]::new);
        } catch (IOException | RuntimeException e) {
            if (o.quiet < 2) {
                emit("Can't list " + PyStr.repr(dir) + "\n");
            }
            names = new String[0];
        }
        Arrays.sort(names);
        for (String name : names) {
            if (name.equals("__pycache__")) {
                continue;
            }
            String full = ByteCompiler.join(dir, name);
            Path p = Path.of(full);
            if (!Files.isDirectory(p)) {
                files.accept(full);
            } else if (maxlevels > 0 && !Files.isSymbolicLink(p)) {
                walk(full, maxlevels - 1, files);
            }
        }
    }

    /** {@code compile_file}: false when the file does not compile. */
    private boolean compileFile(String fullname, String ddir, String stripdir, String prependdir, PrintStream out,
                                PrintStream err) {
        String name = fullname.substring(fullname.lastIndexOf('/') + 1);
        String dfile = ddir != null ? ByteCompiler.join(ddir, name) : null;
        if (stripdir != null) {
            List<String> parts = new ArrayList<>(List.of(fullname.split("/", -1)));
            String[] full = fullname.split("/", -1);
            String[] strip = stripdir.split("/", -1);
            for (int i = 0; i < Math.min(full.length, strip.length); i++) {
                if (strip[i].equals(full[i])) {
                    parts.remove(strip[i]);
                }
            }
            String joined = "";
            for (String part : parts) {
                joined = ByteCompiler.join(joined, part);
            }
            dfile = joined;
        }
        if (prependdir != null) {
            dfile = ByteCompiler.join(prependdir, dfile == null ? fullname : dfile);
        }
        if (o.rx != null && o.rx.matcher(fullname).find()) {
            return true;
        }
        Path path = Path.of(fullname);
        if (o.limitSlDest != null && Files.isSymbolicLink(path)) {
            try {
                if (!path.toRealPath().startsWith(Path.of(o.limitSlDest).toRealPath())) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        if (!Files.isRegularFile(path) || !name.endsWith(".py")) {
            return true;
        }
        TreeSet<Integer> levels = new TreeSet<>(o.optLevels);
        List<String> cfiles = new ArrayList<>();
        for (int level : levels) {
            cfiles.add(o.legacy ? fullname + "c" : ByteCompiler.cacheFromSource(fullname, level));
        }
        if (!o.force && upToDate(path, cfiles)) {
            return true;
        }
        if (o.quiet == 0) {
            out.println("Compiling " + PyStr.repr(fullname) + "...");
        }
        int i = 0;
        for (int level : levels) {
            try {
                String cfile = ByteCompiler.compile(fullname, cfiles.get(i), dfile, level, o.invalidation, w -> {
                    out.flush();
                    err.print(w);
                });
                if (i > 0 && o.hardlinkDupes) {
                    Path previous = Path.of(cfiles.get(i - 1));
                    if (Arrays.equals(Files.readAllBytes(Path.of(cfile)), Files.readAllBytes(previous))) {
                        Files.delete(Path.of(cfile));
                        Files.createLink(Path.of(cfile), previous);
                    }
                }
            } catch (ByteCompiler.CompileError | ByteCompiler.OsError | IOException e) {
                if (o.quiet >= 2) {
                    return false;
                }
                if (o.quiet > 0) {
                    out.println("*** Error compiling " + PyStr.repr(fullname) + "...");
                } else {
                    out.print("*** ");
                }
                out.println(e instanceof ByteCompiler.CompileError ? e.getMessage()
                        : e instanceof ByteCompiler.OsError ? "OSError: " + e.getMessage()
                        : "OSError: " + ByteCompiler.osError((IOException) e, fullname));
                return false;
            }
            i++;
        }
        return true;
    }

    /** Every .pyc starts with the magic number, flags 0 and the source's current mtime. */
    private static boolean upToDate(Path source, List<String> cfiles) {
        try {
            long mtime = Files.getLastModifiedTime(source).toMillis() / 1000;
            byte[] expect = new byte[12];
            System.arraycopy(Pyc.MAGIC, 0, expect, 0, 4);
            for (int i = 0; i < 4; i++) {
                expect[8 + i] = (byte) (mtime >>> (8 * i));
            }
            for (String cfile : cfiles) {
                byte[] actual;
                try (InputStream in = Files.newInputStream(Path.of(cfile))) {
                    actual = in.readNBytes(12);
                }
                if (!Arrays.equals(expect, actual)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Options parse(String[] args) throws UsageError {
        Options o = new Options();
        boolean positionalOnly = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (positionalOnly || !a.startsWith("-") || a.equals("-")) {
                o.dests.add(a);
                continue;
            }
            if (a.equals("--")) {
                positionalOnly = true;
                continue;
            }
            if (a.startsWith("--")) {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                switch (name) {
                    case "--help" -> throw new UsageError(null);
                    case "--hardlink-dupes" -> o.hardlinkDupes = true;
                    case "--workers", "--invalidation-mode" -> {
                        if (value == null) {
                            if (++i >= args.length) {
                                throw new UsageError("argument " + (name.equals("--workers") ? "-j/--workers"
                                        : name) + ": expected one argument");
                            }
                            value = args[i];
                        }
                        apply(o, name.equals("--workers") ? 'j' : 'I', value);
                    }
                    default -> throw new UsageError("unrecognized arguments: " + a);
                }
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                switch (c) {
                    case 'h' -> throw new UsageError(null);
                    case 'l' -> o.maxlevels = 0;
                    case 'f' -> o.force = true;
                    case 'q' -> o.quiet++;
                    case 'b' -> o.legacy = true;
                    case 'r', 'd', 's', 'p', 'x', 'i', 'j', 'o', 'e' -> {
                        String value = a.substring(j + 1);
                        if (value.isEmpty()) {
                            if (++i >= args.length) {
                                throw new UsageError("argument -" + c + ": expected one argument");
                            }
                            value = args[i];
                        }
                        apply(o, c, value);
                        j = a.length();
                    }
                    default -> throw new UsageError("unrecognized arguments: " + a);
                }
            }
        }
        if (o.optLevels == null) {
            o.optLevels = List.of(-1);
        }
        if (o.limitSlDest != null && o.limitSlDest.isEmpty()) {
            o.limitSlDest = null;
        }
        if (o.optLevels.size() == 1 && o.hardlinkDupes) {
            throw new UsageError("Hardlinking of duplicated bytecode makes sense only for more than one "
                    + "optimization level.");
        }
        if (o.ddir != null && (o.stripdir != null || o.prependdir != null)) {
            throw new UsageError("-d cannot be used in combination with -s or -p");
        }
        return o;
    }

    private static void apply(Options o, char option, String value) throws UsageError {
        switch (option) {
            case 'r' -> o.recursion = integer("-r", value);
            case 'd' -> o.ddir = value;
            case 's' -> o.stripdir = value;
            case 'p' -> o.prependdir = value;
            case 'x' -> {
                try {
                    o.rx = Pattern.compile(value);
                } catch (PatternSyntaxException e) {
                    throw new UsageError("argument -x: invalid regular expression: " + PyStr.repr(value));
                }
            }
            case 'i' -> o.flist = value;
            case 'j' -> o.workers = integer("-j/--workers", value);
            case 'o' -> {
                if (o.optLevels == null) {
                    o.optLevels = new ArrayList<>();
                }
                o.optLevels.add(integer("-o", value));
            }
            case 'e' -> o.limitSlDest = value;
            case 'I' -> o.invalidation = switch (value) {
                case "checked-hash" -> ByteCompiler.Invalidation.CHECKED_HASH;
                case "timestamp" -> ByteCompiler.Invalidation.TIMESTAMP;
                case "unchecked-hash" -> ByteCompiler.Invalidation.UNCHECKED_HASH;
                default -> throw new UsageError("argument --invalidation-mode: invalid choice: " + PyStr.repr(value)
                        + " (choose from 'checked-hash', 'timestamp', 'unchecked-hash')");
            };
            default -> throw new IllegalStateException("option -" + option);
        }
    }

    private static int integer(String option, String value) throws UsageError {
        try {
            return Integer.parseInt(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageError("argument " + option + ": invalid int value: " + PyStr.repr(value));
        }
    }

    private static final String HELP = """

            Utilities to support installing Python libraries.

            positional arguments:
              FILE|DIR              zero or more file and directory names to compile; if
                                    no arguments given, defaults to the equivalent of -l
                                    sys.path

            options:
              -h, --help            show this help message and exit
              -l                    don't recurse into subdirectories
              -r RECURSION          control the maximum recursion level. if `-l` and `-r`
                                    options are specified, then `-r` takes precedence.
              -f                    force rebuild even if timestamps are up to date
              -q                    output only error messages; -qq will suppress the
                                    error messages as well.
              -b                    use legacy (pre-PEP3147) compiled file locations
              -d DESTDIR            directory to prepend to file paths for use in compile-
                                    time tracebacks and in runtime tracebacks in cases
                                    where the source file is unavailable
              -s STRIPDIR           part of path to left-strip from path to source file -
                                    for example buildroot. `-d` and `-s` options cannot be
                                    specified together.
              -p PREPENDDIR         path to add as prefix to path to source file - for
                                    example / to make it absolute when some part is
                                    removed by `-s` option. `-d` and `-p` options cannot
                                    be specified together.
              -x REGEXP             skip files matching the regular expression; the regexp
                                    is searched for in the full path of each file
                                    considered for compilation
              -i FILE               add all the files and directories listed in FILE to
                                    the list considered for compilation; if "-", names are
                                    read from stdin
              -j WORKERS, --workers WORKERS
                                    Run compileall concurrently
              --invalidation-mode {checked-hash,timestamp,unchecked-hash}
                                    set .pyc invalidation mode; defaults to "checked-hash"
                                    if the SOURCE_DATE_EPOCH environment variable is set,
                                    and "timestamp" otherwise.
              -o OPT_LEVELS         Optimization levels to run compilation with. Default
                                    is -1 which uses the optimization level of the Python
                                    interpreter itself (see -O).
              -e DIR                Ignore symlinks pointing outsite of the DIR
              --hardlink-dupes      Hardlink duplicated pyc files
            """;
}

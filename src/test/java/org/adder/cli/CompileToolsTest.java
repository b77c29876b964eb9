package org.adder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.adder.objects.Hashing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Running a file that does not compile, {@code -m py_compile} and {@code -m compileall}, each
 * against {@code python3.12} doing the same in the same directory.
 */
class CompileToolsTest {
    private static Path dir;

    @BeforeAll
    static void files() throws IOException {
        Hashing.useSeed(0);
        dir = Path.of("target/compile-tools").toAbsolutePath();
        if (Files.isDirectory(dir)) {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir.resolve("pkg/sub"));
        write("good.py", "def f(x):\n    return [i * x for i in range(3)]\nprint(f(2))\n");
        write("unclosed.py", "x = (1,\n");
        write("indent.py", "if True:\nprint(1)\n");
        write("nonlocal.py", "def f():\n    nonlocal x\n");
        write("return.py", "x = 1\nreturn x\n");
        write("wide.py", "s = 'żółw'; t = (s +\n    'é' ** )\n");
        write("warns.py", "x = 1\nif x is 1 or x is 1: pass\ny = \"\\d\" + \"\\d\"\nassert (x, 1)\n"
                + "z = [0x1for x in y]\ndef f(v):\n    return v in {'linktype', 'element', 'link', 'attlist'}\n"
                + "element = 1\n");
        // undecodable UTF-8 without a declared encoding: in a string, a comment, after an open bracket,
        // in a triple-quoted string, after an earlier error
        Files.write(dir.resolve("u1.py"), bytes("x = 1\ny = \"\u00f6\"\n"));
        Files.write(dir.resolve("u2.py"), bytes("x = (\ny = \"\u00f6\"\n"));
        Files.write(dir.resolve("u3.py"), bytes("x = 1\n# \u00f6\n"));
        Files.write(dir.resolve("u4.py"), bytes("x = 1)\n\nz=\"\u00f6\"\n"));
        Files.write(dir.resolve("u5.py"), bytes("def f():\n# \u00f6\n"));
        Files.write(dir.resolve("u6.py"), bytes("s = \"\"\"\n\u00f6\n"));
        // too deep for the compiler (folded constants, so the AST optimiser's limit) and for the parser
        write("deep.py", "x = 1" + "+1".repeat(3100) + "\n");
        write("deepattr.py", "a" + ".b".repeat(5000) + "\n");
        write("complex.py", "x = " + "-".repeat(7000) + "1\n");
        // warnings from the tokenizer (escapes in str, bytes and f-strings, a number run into a keyword)
        // and from the compiler (is with a literal, assert on a tuple, calls and subscripts of literals)
        write("warns2.py", """
                import sys
                x = y = "ab"
                p = str("\\d+\\.\\w")
                b = b"\\q"
                f = f"\\{x}"
                def g(x):
                    if x is not "a": return (1)(2)
                    return [1, 2][1.0], (1, 2)[x], "abc"[{}]
                class C:
                    def m(self):
                        assert (self, "message")
                        return x is () or x is -1
                z = [0x1for x in y]
                w = 1if z else 2
                v = 0o1or 2
                s = \"""\\
                \\8\"""
                """);
        // warnings, then an error: from the compiler (after its own warnings), the parser, the symbol table
        write("warnerr.py", "y = \"\\d\"\nx = 1 is 1\nreturn x\nz = 2 is 2\n");
        write("warnparse.py", "y = \"\\d\"\nx = 1 is 1\ndef f(:\n  pass\nz = \"\\q\"\n");
        write("warnsym.py", "y = \"\\d\"\ndef f():\n    nonlocal q\nx = 1 is 1\n");
        Files.createDirectories(dir.resolve("warn"));
        for (String name : List.of("warns.py", "warns2.py", "warnerr.py", "warnparse.py", "warnsym.py")) {
            Files.copy(dir.resolve(name), dir.resolve("warn/" + name));
        }
        // y + y + ... + y with n operators nests n + 2 deep: the last depth each tool compiles, and one more
        Files.createDirectories(dir.resolve("depth"));
        for (int n : new int[] {2986, 2987, 2992, 2993, 2998, 2999}) {
            write("depth/chain" + n + ".py", chain(n));
        }
        write("pkg/__init__.py", "");
        write("pkg/a.py", "import os\n");
        write("pkg/notes.txt", "not python\n");
        write("pkg/sub/b.py", "class B:\n    def m(self): yield from range(2)\n");
        write("pkg/sub/broken.py", "def (:\n");
    }

    /** A program that runs, whose second statement nests {@code n + 2} deep. */
    private static String chain(int n) {
        return "y = 1\ny" + "+y".repeat(n) + "\n";
    }

    /** Latin-1 bytes: each char below U+0100 as one byte, so U+00F6 is the lone byte 0xF6. */
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** {@code python3.12 ARGS} in {@link #dir}. */
    private static Parity.Outcome cpython(String... args) {
        return cpythonReading("", args);
    }

    /** {@code python3.12 ARGS} in {@link #dir}, reading {@code input} on its standard input. */
    private static Parity.Outcome cpythonReading(String input, String... args) {
        return CPython.outcome(CPython.process(args).directory(dir.toFile()), input);
    }

    /** Adder's {@code Main.run} on absolute paths, since the test JVM's directory is not {@link #dir}. */
    private static Parity.Outcome adder(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args, o, e);
        }
        return new Parity.Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    private static String abs(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void runningAFileThatDoesNotCompileReportsAsCPython() {
        for (String name : List.of("unclosed.py", "indent.py", "nonlocal.py", "return.py", "wide.py",
                "u1.py", "u2.py", "u3.py", "u4.py", "u5.py", "u6.py", "deep.py", "deepattr.py", "complex.py")) {
            Parity.Outcome expected = cpython(abs(name));
            assertEquals(1, expected.status(), name);
            assertEquals(expected, adder(abs(name)), name);
        }
        assertEquals(cpython("-c", "x = (1,"), adder("-c", "x = (1,"));
        assertEquals(cpython("-c", "def f():\n  nonlocal y"), adder("-c", "def f():\n  nonlocal y"));
    }

    @Test
    void aFileThatCompilesRunsAsCPython() {
        assertEquals(cpython(abs("good.py")), adder(abs("good.py")));
    }

    @Test
    void disOfAFileThatDoesNotCompile() {
        Parity.Outcome expected = cpython("-m", "dis", abs("nonlocal.py"));
        Parity.Outcome actual = adder("-m", "dis", abs("nonlocal.py"));
        assertEquals(expected.status(), actual.status());
        String tail = expected.stderr().substring(expected.stderr().indexOf("  File \"" + abs("nonlocal.py")));
        assertEquals("Traceback (most recent call last):\n" + tail, actual.stderr());
        assertEquals(cpython("-m", "dis", "-h"), adder("-m", "dis", "-h"));
        assertEquals(cpython("-m", "dis", abs("missing.py")), adder("-m", "dis", abs("missing.py")));
    }

    @Test
    void disPrintsSyntaxWarningsAsCPython() {
        // every warning prints (no deduplication), the parser's before the compiler's
        Parity.Outcome expected = cpython("-m", "dis", abs("warns.py"));
        assertTrue(expected.stderr().contains("SyntaxWarning"), expected.stderr());
        Parity.Outcome actual = adder("-m", "dis", abs("warns.py"));
        assertEquals(expected.stderr(), actual.stderr());
        assertEquals(expected.stdout().replaceAll("0x[0-9a-f]+", "0x?"), actual.stdout().replaceAll("0x[0-9a-f]+", "0x?"));
        assertEquals(expected.status(), actual.status());
    }

    @Test
    void pyCompileAsCPython() throws IOException {
        for (String[] args : List.of(new String[] {abs("good.py")}, new String[] {abs("unclosed.py")},
                new String[] {"-q", abs("indent.py")}, new String[] {abs("good.py"), abs("wide.py"), abs("return.py")},
                new String[] {abs("missing.py")}, new String[] {}, new String[] {"-h"}, new String[] {"-x"})) {
            List<String> all = new ArrayList<>(List.of("-m", "py_compile"));
            all.addAll(Arrays.asList(args));
            String[] argv = all.toArray(String[]::new);
            assertEquals(cpython(argv), adder(argv), String.join(" ", all));
        }
        Path ours = dir.resolve("__pycache__/good." + ByteCompiler.CACHE_TAG + ".pyc");
        Path theirs = dir.resolve("__pycache__/good.cpython-312.pyc");
        byte[] a = Files.readAllBytes(ours);
        byte[] b = Files.readAllBytes(theirs);
        // the same header (magic, flags, source mtime and size)
        assertArrayEquals(Arrays.copyOf(b, 16), Arrays.copyOf(a, 16));
    }

    @Test
    void compileallAsCPython() {
        List<List<String>> runs = List.of(List.of("pkg"), List.of("pkg"), List.of("-f", "pkg"), List.of("-q", "-f", "pkg"),
                List.of("-qq", "-f", "pkg"), List.of("-l", "-f", "pkg"), List.of("-f", "-x", "broken", "pkg"),
                List.of("-f", "-d", "/installed", "pkg", "good.py", "unclosed.py"), List.of("-f", "-o", "1", "-o", "2",
                        "pkg/sub"), List.of("-f", "-b", "pkg/sub"), List.of("missing"), List.of("-h"),
                List.of("-r"), List.of("--invalidation-mode", "bogus", "pkg"),
                List.of("-f", "--invalidation-mode", "checked-hash", "pkg"));
        for (List<String> run : runs) {
            List<String> cp = new ArrayList<>(List.of("-m", "compileall"));
            List<String> ad = new ArrayList<>(List.of("-m", "compileall"));
            for (String a : run) {
                cp.add(a);
                // CPython runs in dir with relative names; Adder runs here, so its names are absolute and
                // its output is compared with dir's prefix removed
                ad.add(a.startsWith("-") || a.startsWith("/") || a.matches("\\d+|broken|bogus|checked-hash")
                        ? a : abs(a));
            }
            Parity.Outcome expected = cpython(cp.toArray(String[]::new));
            Parity.Outcome actual = adder(ad.toArray(String[]::new));
            String prefix = dir + "/";
            Parity.Outcome relative = new Parity.Outcome(actual.stdout().replace(prefix, ""),
                    actual.stderr().replace(prefix, ""), actual.status());
            assertEquals(expected, relative, String.join(" ", run));
        }
    }

    @Test
    void runningPrintsSyntaxWarningsAsCPython() throws IOException {
        for (String name : List.of("warns.py", "warns2.py")) {
            // the program runs: its warnings are all CPython prints
            Parity.Outcome expected = cpython(abs(name));
            assertEquals(0, expected.status(), expected.stderr());
            assertTrue(expected.stderr().contains("SyntaxWarning"), expected.stderr());
            Parity.Outcome actual = adder(abs(name));
            assertEquals(expected, actual, name);
            String code = Files.readString(dir.resolve(name));
            Parity.Outcome command = cpython("-c", code);
            assertEquals(0, command.status(), command.stderr());
            assertTrue(command.stderr().startsWith("<string>:"), command.stderr());
            assertEquals(command, adder("-c", code), name);
        }
        for (String name : List.of("warns.py", "warns2.py", "warnerr.py", "warnparse.py", "warnsym.py")) {
            // adder -: the program from standard input, named <stdin>, so without its lines
            String code = Files.readString(dir.resolve(name));
            Parity.Outcome expected = cpythonReading(code, "-");
            assertTrue(expected.stderr().startsWith("<stdin>:"), expected.stderr());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                int status = Main.run(new String[] {"-"}, new java.io.ByteArrayInputStream(
                        code.getBytes(StandardCharsets.UTF_8)), o, e);
                assertEquals(expected, new Parity.Outcome(out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8), status), name);
            }
        }
        for (String name : List.of("warnerr.py", "warnparse.py", "warnsym.py")) {
            Parity.Outcome expected = cpython(abs(name));
            assertEquals(1, expected.status(), name);
            assertEquals(expected, adder(abs(name)), name);
            String code = Files.readString(dir.resolve(name));
            assertEquals(cpython("-c", code), adder("-c", code), name);
        }
    }

    @Test
    void astToolPrintsEveryWarningAsCPython() {
        // the same warning twice on a line prints twice: compile() warns without a registry
        for (String name : List.of("warns.py", "warns2.py")) {
            Parity.Outcome expected = cpython("-m", "ast", abs(name));
            assertTrue(expected.stderr().contains("SyntaxWarning"), expected.stderr());
            assertEquals(expected, adder("-m", "ast", abs(name)), name);
        }
    }

    @Test
    void byteCompilingPrintsSyntaxWarningsAsCPython() {
        for (String name : List.of("warns.py", "warns2.py", "warnerr.py", "warnparse.py", "warnsym.py")) {
            for (String quiet : List.of("-q", "")) {
                String[] argv = quiet.isEmpty() ? new String[] {"-m", "py_compile", abs(name)}
                        : new String[] {"-m", "py_compile", quiet, abs(name)};
                Parity.Outcome expected = cpython(argv);
                assertTrue(expected.stderr().contains("SyntaxWarning"), expected.stderr());
                assertEquals(expected, adder(argv), name + " " + quiet);
            }
        }
        for (List<String> run : List.of(List.of("-f", "warn"), List.of("-q", "-f", "warn"), List.of("-qq", "-f", "warn"),
                List.of("-f", "-d", "/installed", "warn"))) {
            List<String> cp = new ArrayList<>(List.of("-m", "compileall"));
            List<String> ad = new ArrayList<>(List.of("-m", "compileall"));
            for (String a : run) {
                cp.add(a);
                ad.add(a.equals("warn") ? abs(a) : a);
            }
            Parity.Outcome expected = cpython(cp.toArray(String[]::new));
            assertTrue(expected.stderr().contains("SyntaxWarning"), expected.stderr());
            Parity.Outcome actual = adder(ad.toArray(String[]::new));
            String prefix = dir + "/";
            assertEquals(expected, new Parity.Outcome(actual.stdout().replace(prefix, ""),
                    actual.stderr().replace(prefix, ""), actual.status()), String.join(" ", run));
        }
    }

    /**
     * How deep a tool compiles is CPython's 3000 less what its C stack already holds: running a
     * script 3000, -m dis, py_compile and compileall 2988, the oracles' single compile() and
     * symtable.symtable() calls (so the tour) 2994.
     */
    @Test
    void eachToolHasCPythonsRecursionBudget() {
        String tooDeep = "RecursionError: maximum recursion depth exceeded during compilation";
        for (int n : new int[] {2998, 2999}) {
            String file = abs("depth/chain" + n + ".py");
            Parity.Outcome expected = cpython(file);
            assertEquals(n == 2998 ? 0 : 1, expected.status(), expected.stderr());
            Parity.Outcome actual = adder(file);
            if (n != 2998) {
                assertTrue(expected.stderr().contains(tooDeep), expected.stderr());
            }
            assertEquals(expected, actual);
            Parity.Outcome command = cpython("-c", chain(n));
            assertEquals(command.stderr(), adder("-c", chain(n)).stderr(), "-c " + n);
            assertEquals(n == 2998 ? "" : tooDeep + "\n", command.stderr());
        }
        for (int n : new int[] {2986, 2987}) {
            String file = abs("depth/chain" + n + ".py");
            Parity.Outcome pyCompile = cpython("-m", "py_compile", file);
            assertEquals(n == 2986 ? 0 : 1, pyCompile.status(), pyCompile.stderr());
            assertEquals(pyCompile, adder("-m", "py_compile", file), "py_compile " + n);
            Parity.Outcome dis = cpython("-m", "dis", file);
            Parity.Outcome ours = adder("-m", "dis", file);
            assertEquals(dis.status(), ours.status(), "dis " + n);
            assertEquals(n == 2986, dis.stderr().isEmpty(), dis.stderr());
            assertEquals(dis.stderr().isEmpty(), ours.stderr().isEmpty(), ours.stderr());
            assertEquals(dis.stderr().contains(tooDeep), ours.stderr().contains(tooDeep), ours.stderr());
            Parity.Outcome tourDis = adder("-m", "tour", "--stage", "dis", file);
            assertEquals(n == 2986 ? 0 : 1, tourDis.status(), tourDis.stderr());
        }
        List<String> all = List.of("depth/chain2986.py", "depth/chain2987.py", "depth/chain2992.py");
        List<String> cp = new ArrayList<>(List.of("-m", "compileall", "-f"));
        List<String> ad = new ArrayList<>(List.of("-m", "compileall", "-f"));
        cp.addAll(all);
        all.forEach(f -> ad.add(abs(f)));
        Parity.Outcome expected = cpython(cp.toArray(String[]::new));
        assertTrue(expected.stdout().contains(tooDeep), expected.stdout());
        Parity.Outcome actual = adder(ad.toArray(String[]::new));
        assertEquals(expected, new Parity.Outcome(actual.stdout().replace(dir + "/", ""),
                actual.stderr().replace(dir + "/", ""), actual.status()));
        for (int n : new int[] {2992, 2993}) {
            String file = abs("depth/chain" + n + ".py");
            for (String[] stage : List.of(new String[] {"code", "codedump.py"}, new String[] {"symtable", "symtable_dump.py"})) {
                Parity.Outcome oracle = cpython(CPython.resource(stage[1]).toString(), file);
                Parity.Outcome tour = adder("-m", "tour", "--stage", stage[0], file);
                assertEquals(n == 2992 ? 0 : 1, oracle.status(), stage[1] + " " + oracle.stderr());
                assertEquals(oracle.status(), tour.status(), stage[0] + " " + n + " " + tour.stderr());
                if (n == 2992) {
                    assertEquals(oracle.stdout(), tour.stdout(), stage[0]);
                } else {
                    assertTrue(oracle.stderr().contains(tooDeep), oracle.stderr());
                    assertTrue(tour.stderr().contains(tooDeep), tour.stderr());
                }
            }
        }
    }
}

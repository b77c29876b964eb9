package org.adder.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.adder.cli.TourTool;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.adder.tour.TourData.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tour against CPython 3.12 on the seed's example and every program in {@code examples/}:
 * each section's output is compared with what the notebook's own code prints under CPython
 * (tour_expected.py). Adder's model is checked stage by stage as far as Adder's stages are built;
 * the renderer is checked on all stages with the model CPython computes (tour_data.py).
 */
class TourTest {
    private static final Map<Section, Stage> STAGE_OF = Map.of(Section.TOKENS, Stage.TOKENS, Section.AST, Stage.AST,
            Section.SYMTABLE, Stage.SYMTABLE, Section.CODE, Stage.CODE, Section.DIS, Stage.CODE);

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".py")).map(Path::toString).sorted().toList().stream();
        }
    }

    static String script(String name) {
        return CPython.resource("/org/adder/tour/" + name).toString();
    }

    /** The sections tour_expected.py prints, by name. */
    static Map<String, String> expected(String file) {
        Map<String, String> sections = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : CPython.run(script("tour_expected.py"), file).split("\n", -1)) {
            if (line.startsWith("@@ ")) {
                if (name != null) {
                    sections.put(name, body.toString());
                }
                name = line.substring(3);
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        sections.put(name, body.substring(0, body.length() - 1));
        return sections;
    }

    static TourData cpythonModel(String file) {
        return TourJsonReader.read(CPython.run(script("tour_data.py"), file));
    }

    static TourData adderModel(String file) {
        try {
            return Tour.build(Files.readAllBytes(Path.of(file)), file, Path.of(file).toAbsolutePath().toString(),
                    Pipeline.adder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(Section s) {
        return switch (s) {
            case TOKENS -> "tokens";
            case AST -> "ast";
            case SYMTABLE -> "symtable";
            case CODE -> "code";
            case DIS -> "dis";
            default -> throw new IllegalArgumentException(s.name());
        };
    }

    /**
     * Adder's own tour, section by section, against CPython on every example. A section whose stage
     * is not merged yet must say so; one whose stage is there must match. Stages still in progress
     * may miss some examples: the count of matching sections may only go up (raise FLOOR).
     */
    private static final int FLOOR = 126;

    @Test
    void adderSectionsMatchCPython() throws IOException {
        int matching = 0;
        int built = 0;
        List<String> problems = new java.util.ArrayList<>();
        List<String> files = new java.util.ArrayList<>(examples().toList());
        files.addAll(edgeCases());
        for (String file : files) {
            Map<String, String> want = expected(file);
            TourData adder = adderModel(file);
            TourData cpython = cpythonModel(file);
            // the page's data too: every token and node with its position, as CPython has them
            for (Stage stage : List.of(Stage.TOKENS, Stage.AST, Stage.SYMTABLE, Stage.CODE)) {
                if (adder.has(stage)) {
                    built++;
                    Object mine = model(adder, stage);
                    Object theirs = model(cpython, stage);
                    if (mine.equals(theirs)) {
                        matching++;
                    } else {
                        problems.add(file + " " + stage + " model: " + firstDifference(
                                String.valueOf(theirs).replace("), ", "),\n"), String.valueOf(mine).replace("), ", "),\n")));
                    }
                }
            }
            if (adder.error() != null) {
                problems.add(file + " stops at " + adder.error().stage() + ": "
                        + adder.error().report().strip().replace('\n', '|'));
            }
            for (Section s : List.of(Section.TOKENS, Section.AST, Section.SYMTABLE, Section.CODE, Section.DIS)) {
                String got = TerminalTour.body(s, adder, true);
                String expected = TerminalTour.withoutAddresses(want.get(key(s)));
                if (adder.has(STAGE_OF.get(s))) {
                    built++;
                    if (expected.equals(got)) {
                        matching++;
                    } else {
                        problems.add(file + " " + s + ": " + firstDifference(expected, got));
                    }
                } else if (adder.error() == null) {
                    assertTrue(got.startsWith("Not built yet: Adder's "), s + " of " + file + ": " + got);
                }
            }
        }
        System.out.println("tour: " + matching + " of " + built + " built sections and models match CPython over "
                + files.size() + " examples" + (problems.isEmpty() ? "" : "; differing:\n  " + String.join("\n  ", problems)));
        assertTrue(matching >= FLOOR, matching + " sections match, fewer than " + FLOOR + ":\n" + String.join("\n", problems));
    }

    /** Sources the examples do not cover: empty, CRLF, a coding cookie, no final newline, a form feed. */
    static List<String> edgeCases() throws IOException {
        Path dir = Files.createDirectories(Path.of("target/tour-edge"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.py", new byte[0]);
        files.put("crlf.py", "x = 1\r\nif x:\r\n\ty = \"\u00e9\"\r\n".getBytes(StandardCharsets.UTF_8));
        files.put("latin1.py", "# -*- coding: latin-1 -*-\ns = \"\u00e9t\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("no_newline.py", "print('no newline')".getBytes(StandardCharsets.UTF_8));
        files.put("form_feed.py", "x = 1\n\fy = [x,\n  2]\n".getBytes(StandardCharsets.UTF_8));
        List<String> paths = new java.util.ArrayList<>();
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.write(p, e.getValue());
            paths.add(p.toString());
        }
        return paths;
    }

    private static Object model(TourData d, Stage stage) {
        return switch (stage) {
            case TOKENS -> d.tokens();
            case AST -> d.ast().tree();
            case SYMTABLE -> d.symtable();
            // addresses differ from run to run
            case CODE -> TerminalTour.withoutAddresses(TourJson.write(new TourData(null, "", null, null, null,
                    d.code(), null)));
        };
    }

    private static String firstDifference(String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                // a window around the first differing character: model lines can be long
                int at = 0;
                while (at < Math.min(x.length(), y.length()) && x.charAt(at) == y.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 60);
                return "line " + (i + 1) + ": CPython " + x.substring(from, Math.min(x.length(), at + 60))
                        + " / Adder " + y.substring(Math.min(from, y.length()), Math.min(y.length(), at + 60));
            }
        }
        return "same";
    }

    /** The renderer, given CPython's own model, prints exactly what the notebook's code prints. */
    @ParameterizedTest
    @MethodSource("examples")
    void everySectionRendersAsTheNotebook(String file) {
        Map<String, String> want = expected(file);
        TourData cpython = cpythonModel(file);
        for (Section s : List.of(Section.TOKENS, Section.AST, Section.SYMTABLE, Section.CODE, Section.DIS)) {
            assertEquals(TerminalTour.withoutAddresses(want.get(key(s))), TerminalTour.body(s, cpython, true),
                    s + " of " + file);
        }
    }

    @Test
    void theSeedExampleIsTheNotebooksSource() throws IOException {
        // sections 2-6 of the notebook are computed from exactly this text
        assertEquals("\ndef add(a, b):\n    return a + b\n\nx = add(2, 3)\n", Files.readString(Path.of("examples/add.py")));
    }

    /**
     * The seed notebook's own printed output (../shared/seed), block by block, inside Adder's tour
     * of the same source under the notebook's file name: tokens, ast.dump, the symbol-table summary,
     * the module's code object fields and add's disassembly.
     */
    @Test
    void theNotebooksOwnOutputIsInTheTour() throws IOException {
        // shared/ is beside the repository (beside the main checkout, for a worktree)
        Path seed = Stream.of("../shared", "../../shared").map(p -> Path.of(p, "seed/000_5fb0844bd50860a3.txt"))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        Assumptions.assumeTrue(seed != null, "the seed notebook is beside the repository as ../shared");
        List<String> notebook = Files.readAllLines(seed);
        TourData d = Tour.build(Files.readAllBytes(Path.of("examples/add.py")), "<input>", "<input>", Pipeline.adder());
        String tour = TerminalTour.render(d, new Terminal(false, 80), true);
        List<String> blocks = new java.util.ArrayList<>();
        // the token lines the notebook shows in full (its listing is cut off mid-line)
        notebook.stream().filter(l -> l.startsWith("TokenInfo(") && l.endsWith(")")).forEach(blocks::add);
        blocks.add(lines(notebook, "Module(", "  type_ignores=[])"));
        blocks.add(lines(notebook, "type: module", "  locals: dict_keys(['a', 'b'])"));
        blocks.add(lines(notebook, "co_name     : '<module>'", "co_flags    : 0"));
        blocks.add(lines(notebook, "  2           0 RESUME                   0", "             10 RETURN_VALUE"));
        assertTrue(blocks.size() >= 14, "the notebook's blocks: " + blocks.size());
        for (String block : blocks) {
            String want = TerminalTour.withoutAddresses(block);
            if (block.startsWith("co_name")) {
                // the tour prints these lines of the notebook in its order, with four more after co_names
                for (String line : want.split("\n")) {
                    assertTrue(tour.contains(line + "\n"), "the tour shows the notebook's line\n" + line);
                }
            } else {
                assertTrue(tour.contains(want + "\n"), "the tour shows the notebook's\n" + want);
            }
        }
    }

    private static String lines(List<String> text, String first, String last) {
        int from = text.indexOf(first);
        int to = text.indexOf(last);
        assertTrue(from >= 0 && to >= from, first);
        return String.join("\n", text.subList(from, to + 1));
    }

    @Test
    void theWholeTourInOrderWithExplanations() {
        String out = TerminalTour.render(cpythonModel("examples/add.py"), new Terminal(false, 80), true);
        int at = 0;
        for (Section s : Section.values()) {
            int h = out.indexOf("== " + (s.ordinal() + 1) + ". " + s.title + " ", at);
            assertTrue(h >= at, "section " + s + " in order");
            at = h;
        }
        assertTrue(out.contains("co_flags    : 3 (OPTIMIZED, NEWLOCALS)"), out);
        assertTrue(out.contains("Adder has no virtual machine yet"), out);
        assertFalse(out.contains("\033["), "no colour when not on a terminal");
        assertTrue(new Terminal(true, 80).heading(1, "Source").startsWith("\033[1;36m"));
    }

    // ---- the command ---------------------------------------------------------------------------

    record Run(int status, String out, String err) {
    }

    static Run tour(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TourTool.run(args, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What {@code python3.12 FILE} writes to stderr, and its status. */
    static Run cpythonRun(Path file) throws IOException, InterruptedException {
        Parity.Outcome o = CPython.outcome(CPython.process(file.toString()), "");
        return new Run(o.status(), o.stdout(), o.stderr());
    }

    @Test
    void aTokenizerErrorToursWhatSucceededThenReportsAsCPython() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/tour-errors"));
        Path file = dir.resolve("unterminated.py");
        Files.writeString(file, "x = 1\ns = \"\"\"never closed\n");
        Run cpython = cpythonRun(file);
        Run adder = tour("--no-addresses", file.toString());
        assertEquals(1, cpython.status());
        assertEquals(1, adder.status(), adder.err());
        assertEquals(cpython.err(), adder.err());
        assertTrue(adder.out().contains("This stage stopped with the error reported at the end."), adder.out());
        assertTrue(adder.out().contains("== 1. Source"), adder.out());
    }

    @Test
    void syntaxErrorReportsAreCPythons() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/tour-errors"));
        String[] sources = {"x = 1\ndef f(:\n    pass\n", "x = (1,\n  2\n", "def f():\n    nonlocal y\n",
            "if x:\n  a\n    b\n", "s = \"h\u00e9llo\" + 1 +\n", "for x in y:\n    pass\nbreak\n", "x = \"\"\"abc\n",
            "x = 1\n\tif x:\n", "f(**x, *y)\n", "print 'hello'\n"};
        for (int i = 0; i < sources.length; i++) {
            Path file = dir.resolve("e" + i + ".py");
            Files.writeString(file, sources[i]);
            Run cpython = cpythonRun(file);
            String attrs = CPython.run("-c", """
                    import json, sys
                    try:
                        compile(open(sys.argv[1], 'rb').read(), sys.argv[1], 'exec')
                    except SyntaxError as e:
                        print(json.dumps([type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset]))
                    """, file.toString());
            @SuppressWarnings("unchecked")
            List<Object> a = (List<Object>) TourJsonReader.parse(attrs);
            var kind = switch ((String) a.get(0)) {
                case "IndentationError" -> org.adder.objects.PySyntaxError.Kind.INDENTATION_ERROR;
                case "TabError" -> org.adder.objects.PySyntaxError.Kind.TAB_ERROR;
                default -> org.adder.objects.PySyntaxError.Kind.SYNTAX_ERROR;
            };
            var e = new org.adder.objects.PySyntaxError(kind, (String) a.get(1), file.toString(), num(a.get(2)),
                    num(a.get(3)), (String) a.get(4), num(a.get(5)), num(a.get(6)));
            assertEquals(cpython.err(), ErrorReport.of(e, file.toAbsolutePath().toString()), sources[i]);
        }
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Long) o).intValue();
    }

    @Test
    void htmlPageIsOneSelfContainedFile() throws IOException {
        Path page = Path.of("target/tour-pages/add-cli.html");
        Files.createDirectories(page.getParent());
        Run r = tour("--html", page.toString(), "--no-addresses", "examples/add.py");
        assertEquals(0, r.status(), r.err());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("\"string\":\"add\""), "the tokens are embedded");
        for (String external : List.of("http:", "https:", "<link", " src=", "@import", "url(")) {
            assertFalse(html.contains(external), "nothing external: " + external);
        }
        assertFalse(html.contains("/*@JS@*/") || html.contains("@DATA@"), "every placeholder filled");
    }

    /** {@code --stage}: each stage in its canonical format, against the CPython command it reproduces. */
    private static final int STAGE_FLOOR = 45;

    @Test
    void stagesInTheirCanonicalFormat() throws IOException {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("tokens", List.of("-m", "tokenize", "-e"));
        commands.put("ast", List.of("-m", "ast", "-a"));
        commands.put("symtable", List.of(CPython.resource("symtable_dump.py").toString()));
        commands.put("code", List.of(CPython.resource("codedump.py").toString()));
        commands.put("dis", List.of("-m", "dis"));
        int same = 0;
        List<String> problems = new java.util.ArrayList<>();
        for (String file : examples().toList()) {
            for (var e : commands.entrySet()) {
                List<String> args = new java.util.ArrayList<>(e.getValue());
                args.add(file);
                String want = TerminalTour.withoutAddresses(CPython.run(args.toArray(String[]::new)));
                Run adder = tour("--stage", e.getKey(), "--no-addresses", file);
                if (adder.status() == 0 && want.equals(adder.out())) {
                    same++;
                } else {
                    problems.add(file + " --stage " + e.getKey() + ": " + (adder.status() != 0 ? adder.err().strip()
                            : firstDifference(want, adder.out())));
                }
            }
        }
        System.out.println("tour --stage: " + same + " of " + commands.size() * examples().count()
                + " identical to CPython" + (problems.isEmpty() ? "" : "; differing:\n  " + String.join("\n  ", problems)));
        assertTrue(same >= STAGE_FLOOR, String.join("\n", problems));
    }

    @Test
    void commandLine() {
        Run bad = tour("--stage", "bytes", "examples/add.py");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("invalid choice: 'bytes'"), bad.err());
        Run none = tour();
        assertEquals(2, none.status());
        assertTrue(none.err().contains("the following arguments are required: FILE"), none.err());
        Run missing = tour("no/such/file.py");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("[Errno 2] No such file or directory"), missing.err());
        Run help = tour("-h");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--no-addresses"), help.out());
        Run ok = tour("--no-addresses", "examples/add.py");
        assertEquals(0, ok.status(), ok.err());
        assertNotNull(ok.out());
        assertTrue(ok.out().contains("TokenInfo(type=1 (NAME), string='add', start=(2, 4), end=(2, 7), "
                + "line='def add(a, b):\\n')"), ok.out());
    }
}

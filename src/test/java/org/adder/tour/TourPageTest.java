package org.adder.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.adder.harness.CPython;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The tour's page in a real headless browser: Debian's chromium driven by playwright-core
 * (installed by scripts/browser-setup, which ./run-tests calls). The script clicks a token, an
 * AST node and an instruction and drags across source text on every example's page, and this
 * test checks what the page highlighted against the spans CPython computes (tour_probes.py).
 * Screenshots land in target/browser/.
 */
class TourPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCRIPTS = Path.of("src/test/browser");
    private static final Path OUT = Path.of("target/browser");
    private static final List<String> SCREENSHOTS = List.of("examples/fstring.py", "examples/classes.py");

    @Test
    void thePageHighlightsWhatCPythonSays() throws Exception {
        browserOrSkip();
        Files.createDirectories(OUT);
        List<String> pages = new ArrayList<>();
        // every example, its page made from CPython's model so that every stage is there
        for (String file : TourTest.examples().toList()) {
            String name = Path.of(file).getFileName().toString().replace(".py", "");
            Path html = OUT.resolve(name + ".html");
            Files.writeString(html, HtmlPage.render(TourTest.cpythonModel(file), true));
            String probes = CPython.run(TourTest.script("tour_probes.py"), file);
            pages.add(page(name, html, probes, SCREENSHOTS.contains(file), false));
        }
        // Adder's own tour, every stage Adder's, checked against CPython's positions too
        for (String file : List.of("examples/add.py", "examples/classes.py")) {
            String name = "adder-" + Path.of(file).getFileName().toString().replace(".py", "");
            Path html = OUT.resolve(name + ".html");
            Files.writeString(html, HtmlPage.render(TourTest.adderModel(file), true));
            pages.add(page(name, html, CPython.run(TourTest.script("tour_probes.py"), file), true, false));
        }
        // and one that stops at an error
        Path broken = OUT.resolve("broken.py");
        Files.writeString(broken, "def greet(name):\n    return \"\"\"Hello, \" + name\n");
        Path brokenHtml = OUT.resolve("adder-broken.html");
        Files.writeString(brokenHtml, HtmlPage.render(TourTest.adderModel(broken.toString()), true));
        pages.add(page("adder-broken", brokenHtml, null, true, false));
        // a program of more than 2,000 lines
        Path large = OUT.resolve("large.py");
        Files.writeString(large, largeProgram());
        Path largeHtml = OUT.resolve("large.html");
        Files.writeString(largeHtml, HtmlPage.render(TourTest.cpythonModel(large.toString()), true));
        pages.add(page("large", largeHtml, null, true, true));

        Path config = OUT.resolve("config.json");
        Files.writeString(config, "{\"chromium\":" + TourJson.quote(CHROMIUM.toString()) + ",\"out\":"
                + TourJson.quote(OUT.toAbsolutePath().toString()) + ",\"pages\":[" + String.join(",\n", pages) + "]}");

        Process node = new ProcessBuilder("node", "tour-page.mjs", config.toAbsolutePath().toString())
                .directory(SCRIPTS.toFile()).redirectError(OUT.resolve("node-stderr.txt").toFile()).start();
        node.getOutputStream().close();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(10, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            fail("the browser script did not finish");
        }
        Files.writeString(OUT.resolve("report.json"), out);
        assertEquals(0, node.exitValue(), "node failed: " + Files.readString(OUT.resolve("node-stderr.txt")));

        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) TourJsonReader.parse(out);
        int passed = 0;
        List<String> failed = new ArrayList<>();
        for (Object p : (List<?>) report.get("pages")) {
            Map<?, ?> pg = (Map<?, ?>) p;
            for (Object c : (List<?>) pg.get("checks")) {
                Map<?, ?> check = (Map<?, ?>) c;
                if (Boolean.TRUE.equals(check.get("ok"))) {
                    passed++;
                } else {
                    failed.add(pg.get("name") + ": " + check.get("name") + ": expected " + check.get("expected")
                            + ", got " + check.get("actual"));
                }
            }
            if (pg.get("timings") != null) {
                System.out.println("tour page, " + pg.get("lines") + "-line program, milliseconds: " + pg.get("timings"));
            }
        }
        System.out.println("tour page: " + passed + " browser checks passed, " + failed.size() + " failed");
        assertTrue(failed.isEmpty(), String.join("\n", failed));
        assertTrue(passed > 100, "the checks ran: " + passed);
    }

    private static String page(String name, Path html, String probes, boolean screenshots, boolean large) {
        return "{\"name\":" + TourJson.quote(name) + ",\"html\":" + TourJson.quote(html.toAbsolutePath().toString())
                + ",\"probes\":" + (probes == null ? "null" : probes) + ",\"screenshots\":" + screenshots
                + ",\"large\":" + large + "}";
    }

    /** The examples one after another until there are more than 2,000 lines. */
    private static String largeProgram() throws IOException {
        StringBuilder b = new StringBuilder();
        List<String> files = TourTest.examples().toList();
        for (int i = 0; b.chars().filter(c -> c == '\n').count() < 2000; i++) {
            b.append(Files.readString(Path.of(files.get(i % files.size())))).append('\n');
        }
        return b.toString();
    }

    /** Skips only where chromium and playwright-core cannot be had; in CI their absence is a failure. */
    private static void browserOrSkip() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (Debian's chromium package)");
        }
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"))) {
            missing.add("playwright-core under " + SCRIPTS + "/node_modules");
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                missing.add("node");
            }
        } catch (IOException | InterruptedException e) {
            missing.add("node");
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "the browser tests need " + String.join(", ", missing) + "; scripts/browser-setup installs them";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        Assumptions.abort(message);
    }
}

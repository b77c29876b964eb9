package org.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adder.harness.CPython;
import org.junit.jupiter.api.Test;

/**
 * {@code interned-before-compile.txt} is what the reference build has interned when
 * {@code python3.12 -m dis} compiles a file: the test asks it again (through the probe in
 * {@code interned_probe.py}, installed as {@code sitecustomize}) and compares.
 */
class InternedStringsTest {
    private static final String RESOURCE = "src/main/resources/org/adder/compiler/interned-before-compile.txt";

    @Test
    void theCommittedListIsWhatCPythonInterns() throws IOException, InterruptedException {
        Path dir = Path.of("target/interned-probe").toAbsolutePath();
        Files.createDirectories(dir);
        try (InputStream probe = getClass().getResourceAsStream("interned_probe.py")) {
            Files.write(dir.resolve("sitecustomize.py"), probe.readAllBytes());
        }
        Path target = dir.resolve("probe_target.py");
        Files.writeString(target, "x = 1\n");
        Files.deleteIfExists(dir.resolve("interned.txt"));
        ProcessBuilder pb = CPython.process("-m", "dis", target.toString());
        pb.environment().put("PYTHONPATH", dir.toString());
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertEquals(0, p.waitFor());
        String fresh = Files.readString(dir.resolve("interned.txt"), StandardCharsets.US_ASCII);
        String committed = Files.readString(Path.of(RESOURCE), StandardCharsets.US_ASCII);
        // Names every CPython has interned by then: builtins, a frozen module's name, a static identifier.
        for (String name : new String[] {"print", "link", "PYTHONPATH", "trailers", "ArgumentParser"}) {
            assertTrue(fresh.contains("\n" + name + "\n"), name);
        }
        assertEquals(fresh, committed, "stale: cp " + dir.resolve("interned.txt") + " " + RESOURCE);
    }
}

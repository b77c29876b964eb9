package org.adder.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.junit.jupiter.api.Test;

/** The interactive prompt, driven through a real pseudo-terminal (CPython's pty module plays the user). */
class ReplTest {
    @Test
    void aSessionEvaluatesShowsErrorsAndKeepsHistory() throws Exception {
        Path home = Files.createDirectories(Path.of("target/repl-home").toAbsolutePath());
        Files.deleteIfExists(home.resolve(".adder_history"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = Path.of("target/classes").toAbsolutePath() + File.pathSeparator
                + Path.of("target/lib").toAbsolutePath() + File.separator + "*";
        Parity.Outcome o = CPython.outcome(CPython.process(Path.of("src/test/resources/org/adder/cli/repl_session.py")
                .toAbsolutePath().toString(), home.toString(), java, "--enable-native-access=ALL-UNNAMED", "-cp", cp,
                "org.adder.cli.Main"), "1 + 1\ndef f(x):\n    return x * 2\n\nf(21)\n1/0\nx = 7\nx\nexit()\n");
        String shown = o.stdout().replace("\r\n", "\n");
        assertTrue(shown.contains("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information."), shown);
        assertTrue(shown.contains("\n2\n"), shown);
        assertTrue(shown.contains("\n42\n"), shown);
        assertTrue(shown.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n"), shown);
        assertTrue(shown.contains("\n7\n"), shown);
        assertTrue(shown.endsWith("status 0\n"), shown);
        String history = Files.readString(home.resolve(".adder_history"));
        assertTrue(history.contains("f(21)") && history.contains("1/0"), history);
    }
}

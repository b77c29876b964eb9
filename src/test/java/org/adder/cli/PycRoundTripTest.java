package org.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.adder.objects.Hashing;
import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Adder's .pyc files in CPython 3.12: every corpus file compiled by Adder to a .pyc that
 * importlib's header checks accept and whose code, as {@code marshal.loads} gives it back, dumps
 * (codedump.py) as CPython's own compile of the source; and programs run by CPython from Adder's
 * .pyc print what they print from source.
 */
class PycRoundTripTest {
    /** Corpus files whose .pyc loads identically; raised as Adder improves, the total when complete. */
    static final int FLOOR = 2231;

    private static final List<String> PROGRAMS = List.of("classes", "closures", "comprehensions", "data",
            "exceptions", "fstrings", "functions", "generators", "matching", "modules");

    @Test
    void corpusPycLoadsInCPythonAsItsOwnCompile() throws IOException {
        Hashing.useSeed(0);
        Path root = Path.of("target/pyc-roundtrip").toAbsolutePath();
        List<Path> files = CPython.corpus();
        Map<Path, String> adder = new HashMap<>();
        for (Path file : files) {
            adder.put(file, writePyc(file, root));
        }
        Parity.Report report = Parity.check("pyc-roundtrip", Parity.Oracle.script(
                CPython.resource("/org/adder/cli/pyc_check.py"), CPython.resource("codedump.py").toString(),
                root.toString()), files, file -> new Parity.Outcome(adder.get(file), "", 0));
        System.out.println(report.summary());
        assertTrue(report.identical() >= FLOOR, report.summary());
    }

    /** What pyc_check.py prints for a file: "identical" once the .pyc is written, else the error. */
    private static String writePyc(Path file, Path root) {
        String name = file.toString();
        try {
            ByteCompiler.compile(name, root + name + "c", null, -1, ByteCompiler.Invalidation.TIMESTAMP);
            return "identical\n";
        } catch (ByteCompiler.CompileError e) {
            try {
                SourceCompile.bytes(Files.readAllBytes(file), name, 0);
                return "compiled the second time?\n";
            } catch (PySyntaxError se) {
                return "error: " + se.kind.pythonName + ": " + se.msg + " (" + se.lineno + ", " + se.offset + ")\n";
            } catch (PyException | IOException other) {
                return "error: " + other + "\n";
            }
        } catch (ByteCompiler.OsError e) {
            return "no pyc: " + e.getMessage() + "\n";
        }
    }

    @Test
    void programsRunFromAdderPycAsFromSource() throws Exception {
        Hashing.useSeed(0);
        Path dir = Path.of("target/pyc-programs").toAbsolutePath();
        Files.createDirectories(dir);
        List<String> failures = new ArrayList<>();
        for (String program : PROGRAMS) {
            Path source = dir.resolve(program + ".py");
            try (InputStream in = getClass().getResourceAsStream("/org/adder/cli/programs/" + program + ".py")) {
                Files.write(source, in.readAllBytes());
            }
            Path pyc = dir.resolve(program + ".pyc");
            Files.deleteIfExists(pyc);
            // the source's own name in the code, so tracebacks quote the same lines
            ByteCompiler.compile(source.toString(), pyc.toString(), null, -1, ByteCompiler.Invalidation.TIMESTAMP);
            Parity.Outcome fromSource = run(source);
            Parity.Outcome fromPyc = run(pyc);
            assertTrue(fromSource.stdout().lines().count() >= 4, program + " prints its results: " + fromSource);
            if (!fromSource.equals(fromPyc)) {
                failures.add(program + ": from source " + fromSource + "\nfrom Adder's pyc " + fromPyc);
            }
        }
        assertEquals(List.of(), failures);
    }

    private static Parity.Outcome run(Path file) {
        return CPython.outcome(CPython.process(file.toString()), "");
    }
}

package org.adder.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adder.bytecode.CodeObject;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.adder.marshal.MarshalReader;
import org.adder.marshal.MarshalWriter;
import org.adder.objects.Hashing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Adder's code-object tools on CPython's own bytecode: one reference process compiles every
 * corpus file and marshals the code; Adder unmarshals it, and its codedump and dis output
 * must be CPython's ({@code codedump.py FILE}, {@code python -m dis FILE}, addresses masked),
 * and the code Adder marshals again must load in CPython as the same code.
 */
class CPythonBytecodeParityTest {
    // floors: the counts reached; raise them as Adder improves, equal to the total when complete
    static final int CODEDUMP_FLOOR = 2214;
    static final int DIS_FLOOR = 2172;
    static final int DIS_MARSHALLED_FLOOR = 2214;
    static final int MARSHAL_BYTES_FLOOR = 2213;
    static final int ROUNDTRIP_FLOOR = 2214;

    static Map<Path, byte[]> marshalled;
    static List<Path> compiled;
    static int failedToCompile;

    @BeforeAll
    static void compileCorpus() throws IOException, InterruptedException {
        Hashing.useSeed(0);
        List<Path> files = CPython.corpus();
        Path dir = Files.createDirectories(Paths.get("target/harness"));
        Path list = dir.resolve("bytecode-corpus.txt");
        Path out = dir.resolve("bytecode-corpus.bin");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Process p = CPython.process(CPython.resource("/org/adder/dis/compile_stream.py").toString(), list.toString(),
                out.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        assertEquals(0, p.waitFor());
        byte[] data = Files.readAllBytes(out);
        marshalled = new LinkedHashMap<>();
        int at = 0;
        while (at < data.length) {
            int nl = indexOf(data, at);
            Path path = Paths.get(new String(data, at, nl - at, StandardCharsets.UTF_8));
            int nl2 = indexOf(data, nl + 1);
            int n = Integer.parseInt(new String(data, nl + 1, nl2 - nl - 1, StandardCharsets.US_ASCII));
            at = nl2 + 1;
            if (n < 0) {
                marshalled.put(path, null);
            } else {
                byte[] blob = new byte[n];
                System.arraycopy(data, at, blob, 0, n);
                marshalled.put(path, blob);
                at += n;
            }
        }
        compiled = new ArrayList<>();
        for (Path f : files) {
            if (marshalled.get(f) != null) {
                compiled.add(f);
            }
        }
        failedToCompile = files.size() - compiled.size();
        System.out.println("bytecode corpus: " + compiled.size() + " files compiled by CPython, " + failedToCompile
                + " that CPython refuses (syntax errors) left out");
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("truncated compile stream");
    }

    static CodeObject load(Path file) {
        return (CodeObject) MarshalReader.loads(marshalled.get(file));
    }

    @Test
    void codedumpMatchesTheReference() {
        Parity.Report report = Parity.check("codedump-cpython",
                Parity.Oracle.script(CPython.resource("/org/adder/dis/quiet.py"), "codedump",
                        CPython.resource("codedump.py").toString()),
                compiled, file -> new Parity.Outcome(CodeDump.dump(load(file)), "", 0));
        System.out.println(report.summary());
        assertTrue(report.identical() >= CODEDUMP_FLOOR, report.summary());
    }

    /**
     * Against {@code python -m dis FILE} exactly. CPython disassembles the sets it built from
     * the source, in source order; marshal writes set members sorted, so Adder rebuilds some
     * frozensets in another table order: those files differ in set order only.
     */
    @Test
    void disMatchesTheReference() {
        Parity.Report report = Parity.check("dis-cpython",
                Parity.Oracle.script(CPython.resource("/org/adder/dis/quiet.py"), "dis"), compiled,
                file -> new Parity.Outcome(Dis.text(load(file)).replaceAll("0x[0-9a-f]+", "0x?"), "", 0));
        System.out.println(report.summary());
        assertTrue(report.identical() >= DIS_FLOOR, report.summary());
    }

    /**
     * The same against CPython's dis of the code as marshal gives it back (a .pyc's view):
     * frozenset constants then iterate in the order of the set rebuilt from marshal data, on
     * both sides, so this checks Adder's set table against CPython's on real constants.
     */
    @Test
    void disOfMarshalledCodeMatchesTheReference() {
        Parity.Report report = Parity.check("dis-cpython-marshalled",
                Parity.Oracle.script(CPython.resource("/org/adder/dis/quiet.py"), "dis-marshalled"), compiled,
                file -> new Parity.Outcome(Dis.text(load(file)).replaceAll("0x[0-9a-f]+", "0x?"), "", 0));
        System.out.println(report.summary());
        assertTrue(report.identical() >= DIS_MARSHALLED_FLOOR, report.summary());
    }

    /**
     * Adder's marshal writer on the code it read: byte for byte what CPython's marshal.dumps
     * wrote, reference flags included (they follow reference counts in CPython; Adder counts
     * references within the code tree, which its reader keeps shared as the data said).
     */
    @Test
    void marshalBytesAreCPythons() throws IOException {
        int same = 0;
        List<String> diffs = new ArrayList<>();
        for (Path f : compiled) {
            byte[] expected = marshalled.get(f);
            byte[] actual = MarshalWriter.dumps(load(f));
            int at = java.util.Arrays.mismatch(expected, actual);
            if (at < 0) {
                same++;
            } else {
                diffs.add(f + ": first difference at byte " + at + " of " + expected.length + " (CPython "
                        + hexAround(expected, at) + ", Adder " + hexAround(actual, at) + ")");
            }
        }
        Path report = Paths.get("target/parity/marshal-bytes.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "marshal-bytes: identical " + same + " of " + compiled.size() + "\n"
                + String.join("\n", diffs) + "\n");
        String summary = "marshal bytes: " + same + " of " + compiled.size() + " files identical to CPython's"
                + (diffs.isEmpty() ? "" : "\n  " + String.join("\n  ", diffs.subList(0, Math.min(10, diffs.size()))));
        System.out.println(summary);
        assertTrue(same >= MARSHAL_BYTES_FLOOR, summary);
    }

    private static String hexAround(byte[] b, int at) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, at - 8); i < Math.min(b.length, at + 8); i++) {
            out.append(i == at ? "[" : "").append(String.format("%02x", b[i] & 0xff)).append(i == at ? "]" : "");
        }
        return out.toString();
    }

    @Test
    void marshalRoundTripLoadsInTheReference() throws IOException, InterruptedException {
        Path frames = Paths.get("target/harness/bytecode-roundtrip.bin");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> crashes = new ArrayList<>();
        for (Path f : compiled) {
            byte[] again;
            try {
                again = MarshalWriter.dumps(load(f));
            } catch (RuntimeException e) {
                crashes.add(f + ": " + e);
                continue;
            }
            out.writeBytes((f + "\n" + again.length + "\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(again);
        }
        Files.write(frames, out.toByteArray());
        Process p = CPython.process(CPython.resource("/org/adder/dis/roundtrip.py").toString(),
                frames.toAbsolutePath().toString(), CPython.resource("codedump.py").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        List<String> diffs = new ArrayList<>(crashes);
        int ok = 0;
        for (String line : result.split("\n")) {
            if (line.startsWith("ok ")) {
                ok++;
            } else if (!line.isEmpty()) {
                diffs.add(line);
            }
        }
        Path report = Paths.get("target/parity/marshal-roundtrip.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "marshal-roundtrip: identical " + ok + " of " + compiled.size() + "\n"
                + String.join("\n", diffs) + "\n");
        String summary = "marshal round trip: " + ok + " of " + compiled.size() + " code objects load in CPython "
                + "equal to its own compile" + (diffs.isEmpty() ? "" : "\n  " + String.join("\n  ",
                diffs.subList(0, Math.min(10, diffs.size()))));
        System.out.println(summary);
        assertTrue(ok >= ROUNDTRIP_FLOOR, summary);
    }
}

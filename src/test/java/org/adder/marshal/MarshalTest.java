package org.adder.marshal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.adder.bytecode.CodeObject;
import org.adder.bytecode.LineTable;
import org.adder.harness.CPython;
import org.adder.objects.Hashing;
import org.adder.objects.PyException;
import org.adder.objects.PyObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** marshal, .pyc headers and location tables against the reference, value by value. */
class MarshalTest {
    static Process python;
    static PrintWriter toPython;
    static BufferedReader fromPython;
    static final HexFormat HEX = HexFormat.of();

    @BeforeAll
    static void start() throws IOException {
        Hashing.useSeed(0);
        python = CPython.process(CPython.resource("/org/adder/marshal/marshal_oracle.py").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        toPython = new PrintWriter(python.getOutputStream(), true, StandardCharsets.UTF_8);
        fromPython = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        toPython.close();
        python.waitFor();
    }

    static String ask(String command) {
        toPython.println(command);
        try {
            return fromPython.readLine();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final List<String> VALUES = List.of("None", "True", "False", "...", "0", "1", "-1", "255", "256", "-5",
            "2**31-1", "-2**31", "2**31", "-2**31-1", "2**63", "-2**63", "2**15", "2**30", "-(2**45)", "10**100",
            "-(10**100)", "7**300", "0.0", "-0.0", "1.5", "1e300", "inf", "-inf", "nan", "5e-324", "0.1",
            "1j", "-0j", "(1+2j)", "complex(-0.0, 0.0)", "complex(inf, nan)", "b''", "b'abc'", "bytes(range(256))",
            "''", "'a'", "'abc'", "'x' * 300", "'é'", "'中文'", "'\\U0001f600'", "'\\ud800'", "'\\ud83d\\ude00'",
            "'a\\udc80b'", "'\\x00\\x7f'", "()", "(1,)", "(1, 'a', 2.0, (None,))", "tuple(range(300))",
            "((1, 2), (1, 2))", "frozenset()", "frozenset({1, 2, 3})", "frozenset({'a', 'b', 'c', 'd', 'e'})",
            "frozenset({(1, 2), 'x', 3.5, None})", "frozenset(range(100))", "(frozenset({1}), frozenset({'q'}))",
            "('abc', 'abc', 'abc')", "compile('def f(a, *b, c=1, **d):\\n    return [x for x in b]\\n', 'm.py', 'exec')",
            "compile('async def g():\\n    async with a as b:\\n        yield b\\n', 'n.py', 'exec')",
            "compile('class C:\\n    def m(self):\\n        return __class__\\n', 'c.py', 'exec')");

    @Test
    void readsWhatCPythonWrites() {
        List<String> diffs = new ArrayList<>();
        for (String expr : VALUES) {
            String[] answer = ask("dump " + expr).split("\t", 2);
            PyObject v = MarshalReader.loads(HEX.parseHex(answer[0]));
            String expected = answer[1].replaceAll("0x[0-9a-f]+", "0x?");
            String actual = v.repr().replaceAll("0x[0-9a-f]+", "0x?");
            if (!expected.equals(actual.replace("\n", "\\n"))) {
                diffs.add(expr + ": expected " + expected + ", got " + actual);
            }
            // and back: what Adder writes loads in CPython as the same typed value
            String same = ask("same " + HEX.formatHex(MarshalWriter.dumps(v)) + " " + expr);
            if (!same.equals("True") && !expr.contains("compile") && !expr.equals("nan")
                    && !expr.contains("nan)")) {
                diffs.add(expr + ": Adder's marshal loads in CPython as another value");
            }
        }
        assertEquals(List.of(), diffs);
        System.out.println("marshal: " + VALUES.size() + " values read from CPython and written back");
    }

    @Test
    void refusesBadDataAsCPythonDoes() {
        for (String hex : List.of("", "7a", "29", "e9", "69ff", "7300000010", "6c01000000ff", "67", "72000000",
                "4e4e", "28010000", "6c01000000ffff", "290100")) {
            String expected = ask("load " + hex);
            String actual;
            try {
                PyObject v = MarshalReader.loads(HEX.parseHex(hex));
                actual = v.typeName() + "\t" + v.repr();
            } catch (PyException e) {
                actual = e.typeName() + "\t" + e.str();
            }
            assertEquals(expected, actual, "marshal.loads(bytes.fromhex('" + hex + "'))");
        }
    }

    @Test
    void pycHeaders() throws IOException {
        assertEquals(ask("magic"), HEX.formatHex(Pyc.MAGIC));
        for (String source : List.of("", "x = 1\n", "print('hello')\n" .repeat(50), "é")) {
            byte[] b = source.getBytes(StandardCharsets.UTF_8);
            assertEquals(ask("srchash " + HEX.formatHex(b)), HEX.formatHex(Pyc.sourceHash(b)));
        }
        Path file = CPython.lib().resolve("colorsys.py");
        byte[] source = Files.readAllBytes(file);
        String[] compiled = ask("dump compile(open('" + file + "', 'rb').read(), '" + file
                + "', 'exec', dont_inherit=True)").split("\t", 2);
        CodeObject code = (CodeObject) MarshalReader.loads(HEX.parseHex(compiled[0]));
        for (Pyc pyc : List.of(Pyc.timestamped(code, 1700000000, source.length), Pyc.hashed(code, source, true),
                Pyc.hashed(code, source, false))) {
            byte[] bytes = pyc.toBytes();
            assertEquals("flags " + pyc.flags() + " ok True", ask("pyc " + file + " " + HEX.formatHex(bytes)));
            Pyc back = Pyc.read(bytes);
            assertEquals(pyc.flags(), back.flags());
            assertEquals(code, back.code());
        }
        // byte for byte what importlib writes (py_compile, compileall, the import system)
        String[] expected = ask("importlib " + file + " 1700000000 " + source.length).split("\t");
        assertEquals(expected[0], HEX.formatHex(Pyc.timestamped(code, 1700000000, source.length).toBytes()));
        assertEquals(expected[1], HEX.formatHex(Pyc.hashed(code, source, true).toBytes()));
    }

    @Test
    void linesAndPositionsMatchTheReference() {
        List<Path> files = CPython.corpus();
        int checked = 0;
        for (int i = 0; i < files.size(); i += 37) {
            Path file = files.get(i);
            String expected = ask("lines " + file);
            if (expected.startsWith("Error")) {
                continue;
            }
            String[] dumped = ask("dump compile(open('" + file + "', 'rb').read(), '" + file
                    + "', 'exec', dont_inherit=True)").split("\t", 2);
            if (dumped.length < 2) {
                continue;
            }
            CodeObject code = (CodeObject) MarshalReader.loads(HEX.parseHex(dumped[0]));
            List<String> parts = new ArrayList<>();
            collect(code, parts);
            assertEquals(expected, String.join("|", parts), file.toString());
            checked++;
        }
        System.out.println("co_lines/co_positions identical for every code object of " + checked + " corpus files");
    }

    private static void collect(CodeObject code, List<String> out) {
        String lines = code.lines().stream().map(r -> "(" + r.start() + ", " + r.end() + ", " + none(r.line()) + ")")
                .collect(Collectors.joining(", ", "[", "]"));
        String positions = code.positions().stream().map(MarshalTest::position)
                .collect(Collectors.joining(", ", "[", "]"));
        out.add(code.qualname.value() + ":" + lines + ":" + positions);
        for (PyObject c : code.consts) {
            if (c instanceof CodeObject inner) {
                collect(inner, out);
            }
        }
    }

    private static String position(LineTable.Position p) {
        return "(" + none(p.line()) + ", " + none(p.endLine()) + ", " + none(p.col()) + ", " + none(p.endCol()) + ")";
    }

    private static String none(Integer v) {
        return v == null ? "None" : v.toString();
    }
}

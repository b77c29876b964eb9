package org.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adder.harness.CPython;
import org.adder.objects.PyComplex;
import org.adder.objects.PyFloat;
import org.adder.objects.PyInt;
import org.adder.objects.PyObject;
import org.junit.jupiter.api.Test;

/** NUMBER tokens valued as CPython 3.12 values them; floats compared bit for bit (float.hex). */
class NumberLiteralsTest {
    private static List<String> cases() {
        List<String> c = new ArrayList<>(List.of("0", "00", "0_0", "7", "1_000", "123456789012345678901234567890",
                "9223372036854775807", "9223372036854775808", "18446744073709551616", "0x1F", "0X_fF", "0xffffffffffffffff",
                "0o17", "0O777", "0b1_0", "0B1111111111111111111111111111111111111111111111111111111111111111",
                "0.1", "1.", ".5", "1.e5", "1e400", "1e-400", "2.5e-324", "2.4703282292062328e-324",
                "1.7976931348623157e308", "1.7976931348623159e308", "1.7976931348623158e308", "0e0", "1E10",
                "1_0.0_1e1_0", "3.141592653589793238462643383279", "0.30000000000000004", "9007199254740993",
                "9007199254740993.0", "1e22", "1e23", "8.98846567431158e307", "4.9406564584124654e-324",
                "2.2250738585072011e-308", "2.2250738585072012e-308", "123456789e-20",
                "1j", "1J", "0j", "0.0j", "1e400j", ".5j", "1_000j", "3.14j", "1e-5J"));
        c.add("1".repeat(4300));
        c.add("1".repeat(4301));
        c.add("1_".repeat(4300) + "1");
        c.add("0x" + "f".repeat(5000));
        c.add("1".repeat(4301) + ".0");
        c.add("1".repeat(400) + "e-380");
        c.add("0." + "0".repeat(300) + "2470328229206232720882538");
        return c;
    }

    @Test
    void valuesAsCPython() throws IOException {
        List<String> cases = cases();
        Path list = Files.createTempFile("adder-numbers-", ".txt");
        Files.writeString(list, String.join("\n", cases), StandardCharsets.UTF_8);
        String script = """
                import sys
                for c in open(sys.argv[1]).read().split('\\n'):
                    try:
                        v = eval(compile(c, 'f.py', 'eval'))
                        if type(v) is int:
                            print('int', hex(v))
                        elif type(v) is float:
                            print('float', v.hex())
                        else:
                            print('complex', v.real.hex(), v.imag.hex())
                    except SyntaxError as e:
                        print('E', e.msg)
                """;
        String[] expected = CPython.run("-c", script, list.toString()).split("\n");
        Files.delete(list);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            String ours;
            try {
                ours = describe(NumberLiterals.decode(cases.get(k)));
            } catch (LiteralError e) {
                ours = "E " + e.getMessage();
            }
            if (!ours.equals(expected[k])) {
                String c = cases.get(k);
                failures.add((c.length() > 40 ? c.substring(0, 40) + "…" : c) + ": expected " + expected[k] + ", got " + ours);
            }
        }
        assertEquals("", String.join("\n", failures));
    }

    private static String describe(PyObject v) {
        if (v instanceof PyInt i) {
            String h = i.bigValue().abs().toString(16);
            return "int " + (i.signum() < 0 ? "-" : "") + "0x" + h;
        } else if (v instanceof PyFloat f) {
            return "float " + hex(f.value());
        }
        PyComplex c = (PyComplex) v;
        return "complex " + hex(c.real()) + " " + hex(c.imag());
    }

    /** Python's float.hex(). */
    static String hex(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0 ? "-" : "") + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String sign = bits < 0 ? "-" : "";
        String lead = exp == 0 ? "0" : "1";
        int e = exp == 0 ? -1022 : exp - 1023;
        String m = String.format("%013x", mant);
        return sign + "0x" + lead + "." + m + "p" + (e >= 0 ? "+" : "") + e;
    }
}

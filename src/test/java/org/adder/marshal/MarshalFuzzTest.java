package org.adder.marshal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.adder.bytecode.CodeObject;
import org.adder.dis.CodeDump;
import org.adder.dis.Dis;
import org.adder.harness.CPython;
import org.adder.objects.PyException;
import org.adder.objects.PyObject;
import org.junit.jupiter.api.Test;

/**
 * Bad input never crashes: CPython's marshal data of a few modules, damaged at random, is
 * either read or refused with a Python exception, and whatever code object comes out is
 * disassembled and dumped, or refused, the same way (no Java exception escapes).
 */
class MarshalFuzzTest {
    @Test
    void damagedDataFailsAsPythonExceptions() throws Exception {
        List<byte[]> samples = new ArrayList<>();
        for (String name : List.of("colorsys.py", "keyword.py", "this.py", "bisect.py")) {
            Path file = CPython.lib().resolve(name);
            String hex = CPython.run("-c", "import marshal,sys; print(marshal.dumps(compile(open(sys.argv[1],'rb')"
                    + ".read(), sys.argv[1], 'exec', dont_inherit=True)).hex())", file.toString()).strip();
            samples.add(HexFormat.of().parseHex(hex));
            assertEquals(CodeDump.dump((CodeObject) MarshalReader.loads(samples.getLast())).isEmpty(), false);
        }
        Random r = new Random(20261124);
        List<String> crashes = new ArrayList<>();
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] data = samples.get(r.nextInt(samples.size())).clone();
            int damage = 1 + r.nextInt(4);
            for (int d = 0; d < damage; d++) {
                switch (r.nextInt(3)) {
                    case 0 -> data[r.nextInt(data.length)] = (byte) r.nextInt(256);
                    case 1 -> data[r.nextInt(data.length)] ^= (byte) (1 << r.nextInt(8));
                    default -> data = java.util.Arrays.copyOf(data, r.nextInt(data.length));
                }
                if (data.length == 0) {
                    break;
                }
            }
            try {
                PyObject v = MarshalReader.loads(data);
                loaded++;
                if (v instanceof CodeObject code) {
                    try {
                        Dis.text(code);
                        CodeDump.dump(code);
                        MarshalWriter.dumps(code);
                    } catch (PyException e) {
                        // refused as Python refuses it
                    }
                }
            } catch (PyException e) {
                refused++;
            } catch (Throwable t) {
                if (crashes.size() < 10) {
                    crashes.add("case " + i + ": " + t);
                }
            }
        }
        System.out.println("marshal fuzz: 3000 damaged inputs, " + loaded + " read, " + refused
                + " refused with Python exceptions, " + crashes.size() + " crashes");
        assertEquals(List.of(), crashes);
    }
}

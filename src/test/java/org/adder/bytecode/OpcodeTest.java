package org.adder.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.adder.harness.CPython;
import org.adder.objects.PyException;
import org.junit.jupiter.api.Test;

/** The opcode table and stack effects, line by line against the reference's opcode and dis modules. */
class OpcodeTest {
    static String list(List<?> items) {
        return "[" + String.join(", ", items.stream().map(String::valueOf).toList()) + "]";
    }

    static String category(String name, IntPredicate p) {
        List<Integer> ops = new ArrayList<>();
        for (int op = 0; op <= Opcode.MAX_PSEUDO_OPCODE; op++) {
            if (p.test(op)) {
                ops.add(op);
            }
        }
        return name + " " + list(ops);
    }

    @Test
    void tableAndStackEffectsMatchTheReference() {
        String expected = CPython.run(CPython.resource("/org/adder/bytecode/opcode_dump.py").toString());
        List<String> lines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int op = 0; op <= Opcode.MAX_PSEUDO_OPCODE; op++) {
            names.add("'" + Opcode.name(op) + "'");
        }
        lines.add("opname " + list(names));
        lines.add(category("hasarg", Opcode::hasArg));
        lines.add(category("hasconst", Opcode::hasConst));
        lines.add(category("hasname", Opcode::hasName));
        lines.add(category("hasjrel", Opcode::hasJrel));
        lines.add(category("hasjabs", Opcode::hasJabs));
        lines.add(category("hasfree", Opcode::hasFree));
        lines.add(category("haslocal", Opcode::hasLocal));
        lines.add(category("hascompare", Opcode::hasCompare));
        lines.add(category("hasexc", Opcode::hasExc));
        List<Integer> caches = new ArrayList<>();
        for (int op = 0; op < 256; op++) {
            caches.add(Opcode.cacheEntries(op));
        }
        lines.add("caches " + list(caches));
        List<String> pseudo = new ArrayList<>();
        for (int op = Opcode.MIN_PSEUDO_OPCODE; op <= Opcode.MAX_PSEUDO_OPCODE; op++) {
            pseudo.add("(" + op + ", " + list(Opcode.pseudoTargets(op)) + ")");
        }
        lines.add("pseudo " + list(pseudo));
        Integer[] args = {null, 0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 255, 256, 257, 511, 512, 1000, 65535};
        for (int op = 0; op < 300; op++) {
            List<String> row = new ArrayList<>();
            for (Integer arg : args) {
                for (Boolean jump : Arrays.asList(null, true, false)) {
                    try {
                        row.add(Integer.toString(StackEffect.of(op, arg, jump)));
                    } catch (PyException e) {
                        row.add("E:" + e.str());
                    }
                }
            }
            lines.add("effect " + op + " " + String.join("|", row));
        }
        assertEquals(expected, String.join("\n", lines) + "\n");
        System.out.println("opcodes: table, categories, caches, pseudo-ops and " + 300 * args.length * 3
                + " stack effects identical");
    }
}

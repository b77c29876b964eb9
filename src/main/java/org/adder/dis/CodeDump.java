package org.adder.dis;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.adder.bytecode.CodeObject;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyObject;

/**
 * The canonical text dump of a code object and its nested code objects, field by field, as
 * the oracle {@code codedump.py} prints it (the parity format of the compiler): frozenset
 * constants list their members sorted by repr so that hash order does not matter.
 */
public final class CodeDump {
    private CodeDump() {
    }

    public static String dump(CodeObject code) {
        StringBuilder out = new StringBuilder();
        dump(code, out);
        return out.toString();
    }

    private static void dump(CodeObject co, StringBuilder out) {
        HexFormat hex = HexFormat.of();
        out.append("code ").append(co.qualname.value()).append('\n');
        out.append("  name ").append(co.name.repr()).append(" file ").append(co.filename.repr())
                .append(" firstlineno ").append(co.firstlineno).append('\n');
        out.append("  args ").append(co.argcount).append(" posonly ").append(co.posonlyargcount)
                .append(" kwonly ").append(co.kwonlyargcount).append(" nlocals ").append(co.nlocals())
                .append(" stacksize ").append(co.stacksize).append(" flags 0x")
                .append(Integer.toHexString(co.flags)).append('\n');
        out.append("  code ").append(hex.formatHex(co.codeBytes())).append('\n');
        out.append("  consts ").append(co.consts.size()).append('\n');
        for (int i = 0; i < co.consts.size(); i++) {
            out.append("    ").append(i).append(' ').append(constant(co.consts.get(i))).append('\n');
        }
        out.append("  names ").append(co.names.repr()).append('\n');
        out.append("  varnames ").append(co.varnames().repr()).append('\n');
        out.append("  cellvars ").append(co.cellvars().repr()).append('\n');
        out.append("  freevars ").append(co.freevars().repr()).append('\n');
        out.append("  linetable ").append(hex.formatHex(co.linetable.value())).append('\n');
        out.append("  exceptiontable ").append(hex.formatHex(co.exceptiontable.value())).append('\n');
        for (PyObject c : co.consts) {
            if (c instanceof CodeObject inner) {
                dump(inner, out);
            }
        }
    }

    private static String constant(PyObject c) {
        if (c instanceof CodeObject code) {
            return "code " + code.qualname.value();
        }
        if (c instanceof PyFrozenSet set) {
            List<String> reprs = new ArrayList<>();
            for (PyObject m : set) {
                reprs.add(m.repr());
            }
            reprs.sort(org.adder.objects.PyStr::compare);
            return "frozenset {" + String.join(", ", reprs) + "}";
        }
        return c.typeName() + " " + c.repr();
    }
}

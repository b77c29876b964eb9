package org.adder.compiler;

import java.util.ArrayList;
import java.util.List;
import org.adder.bytecode.CodeObject;
import org.adder.objects.PyBytes;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/** Turns the assembler's fields into the runtime's {@link CodeObject}. */
final class CodeObjects {
    private CodeObjects() {
    }

    static CodeObject of(AssembledCode a) {
        List<PyObject> consts = new ArrayList<>();
        for (Object o : a.consts()) {
            consts.add((PyObject) o);
        }
        return new CodeObject(a.argcount(), a.posonlyargcount(), a.kwonlyargcount(), a.stacksize(), a.flags(),
                PyBytes.of(a.code()), PyTuple.of(consts), strings(a.names()), strings(a.localsplusnames()),
                PyBytes.of(a.localspluskinds()), new PyStr(a.filename()), new PyStr(a.name()),
                new PyStr(a.qualname()), a.firstlineno(), PyBytes.of(a.linetable()),
                PyBytes.of(a.exceptiontable()));
    }

    private static PyTuple strings(List<String> names) {
        List<PyObject> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(new PyStr(n));
        }
        return PyTuple.of(out);
    }
}

package org.adder.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of the code object the assembler makes, as CPython 3.12's {@code makecode} passes
 * them to {@code _PyCode_New}. {@code co_varnames}, {@code co_cellvars}, {@code co_freevars} and
 * {@code co_nlocals} derive from the localsplus names and kinds as CPython derives them.
 */
public record AssembledCode(String filename, String name, String qualname, int flags, byte[] code,
                            int firstlineno, byte[] linetable, List<Object> consts, List<String> names,
                            List<String> localsplusnames, byte[] localspluskinds, int argcount,
                            int posonlyargcount, int kwonlyargcount, int stacksize, byte[] exceptiontable) {

    public List<String> varnames() {
        return namesOfKind(Opcodes.CO_FAST_LOCAL);
    }

    public List<String> cellvars() {
        return namesOfKind(Opcodes.CO_FAST_CELL);
    }

    public List<String> freevars() {
        return namesOfKind(Opcodes.CO_FAST_FREE);
    }

    public int nlocals() {
        return varnames().size();
    }

    private List<String> namesOfKind(int kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsplusnames.size(); i++) {
            if ((localspluskinds[i] & kind) != 0) {
                out.add(localsplusnames.get(i));
            }
        }
        return out;
    }
}

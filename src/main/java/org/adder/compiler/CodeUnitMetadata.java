package org.adder.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adder.objects.PyObject;

/**
 * What the assembler needs besides the instructions to make a code object: CPython's
 * {@code _PyCompile_CodeUnitMetadata} plus the code flags and the number of parameters.
 * Codegen fills the tables as it emits (the index an {@code add*} method returns is the
 * instruction argument); insertion order is table order.
 */
public final class CodeUnitMetadata {
    private final Map<Object, Integer> constIndex = new LinkedHashMap<>();
    private final List<PyObject> consts = new ArrayList<>();
    public final Map<String, Integer> names = new LinkedHashMap<>();
    public final Map<String, Integer> varnames = new LinkedHashMap<>();
    public final Map<String, Integer> cellvars = new LinkedHashMap<>();
    public final Map<String, Integer> freevars = new LinkedHashMap<>();
    /** Inlined comprehension variables (PEP 709): locals that {@code co_localspluskinds} marks hidden. */
    public final Set<String> fasthidden = new HashSet<>();
    public String name = "<module>";
    public String qualname;
    public String filename = "";
    public int firstlineno = 1;
    public int argcount;
    public int posonlyargcount;
    public int kwonlyargcount;
    /** {@code co_flags}, as CPython's {@code compute_code_flags} gives them for this unit. */
    public int flags;
    /** Parameters (positional, keyword-only, *args, **kwargs): locals that start initialised. */
    public int nparams;
    /** The strings interned before this unit's code object is made (see {@code StringInterning}). */
    public java.util.function.Predicate<String> interned = s -> false;

    /** Index of {@code value} in the unit's constants, adding it if no constant has its key. */
    public int addConst(PyObject value) {
        Object key = Constants.key(value);
        Integer index = constIndex.get(key);
        if (index == null) {
            index = consts.size();
            constIndex.put(key, index);
            consts.add(value);
        }
        return index;
    }

    public List<PyObject> consts() {
        return consts;
    }

    public int addName(String name) {
        return add(names, name);
    }

    public int addVarname(String name) {
        return add(varnames, name);
    }

    public int addCellvar(String name) {
        return add(cellvars, name);
    }

    public int addFreevar(String name) {
        return add(freevars, name);
    }

    private static int add(Map<String, Integer> table, String name) {
        return table.computeIfAbsent(name, k -> table.size());
    }
}

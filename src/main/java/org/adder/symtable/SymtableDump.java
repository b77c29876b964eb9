package org.adder.symtable;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PyStr;

/**
 * The canonical text of a symbol table, exactly as {@code ../shared/oracle/symtable_dump.py} prints
 * CPython's through the public {@code symtable} module: blocks depth-first, each with its names
 * sorted, their scope and the flags CPython 3.12's {@code _symtable} exports.
 */
public final class SymtableDump {
    /**
     * The flags 3.12.1's {@code _symtable} module exports (DEF_COMP_ITER, DEF_TYPE_PARAM and
     * DEF_COMP_CELL exist but are not exported), sorted by their lower-case names as the dump sorts them.
     */
    private static final String[] NAMES = {"def_annot", "def_free", "def_free_class", "def_global", "def_import",
        "def_local", "def_nonlocal", "def_param", "use"};
    private static final int[] VALUES = {Symbol.DEF_ANNOT, Symbol.DEF_FREE, Symbol.DEF_FREE_CLASS,
        Symbol.DEF_GLOBAL, Symbol.DEF_IMPORT, Symbol.DEF_LOCAL, Symbol.DEF_NONLOCAL, Symbol.DEF_PARAM, Symbol.USE};

    private SymtableDump() {
    }

    public static String dump(SymbolTable table) {
        StringBuilder out = new StringBuilder();
        dump(table.top(), 0, out);
        return out.toString();
    }

    private static void dump(SymtableEntry ste, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        out.append(indent).append("block ").append(ste.type.pythonName).append(' ').append(PyStr.repr(ste.name))
                .append(" line ").append(ste.lineno);
        if (ste.nested) {
            out.append(" nested");
        }
        // symtable.SymbolTable.is_optimized(): true for function blocks only
        if (ste.type == BlockType.FUNCTION) {
            out.append(" optimized");
        }
        out.append('\n');
        List<String> names = new ArrayList<>(ste.symbols.keySet());
        names.sort(org.adder.objects.PyStr::compare);
        for (String name : names) {
            int symbol = ste.symbols.get(name);
            out.append(indent).append("  ").append(PyStr.repr(name)).append(": ")
                    .append(Symbol.scopeName(Symbol.scope(symbol))).append(' ');
            boolean any = false;
            for (int i = 0; i < NAMES.length; i++) {
                if ((symbol & VALUES[i]) != 0) {
                    out.append(any ? "," : "").append(NAMES[i]);
                    any = true;
                }
            }
            out.append(any ? "" : "-").append('\n');
        }
        for (SymtableEntry child : ste.children) {
            dump(child, depth + 1, out);
        }
    }
}

package org.adder.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adder.ast.ModTy;
import org.adder.symtable.BlockType;
import org.adder.symtable.Symbol;
import org.adder.symtable.SymbolTable;
import org.adder.symtable.SymtableEntry;
import org.adder.tour.TourData.Block;

/**
 * Adder's symbol tables as the tour sees them: what Python's {@code symtable} module shows of
 * each block, and each name's scope and the flags {@code _symtable} exports in 3.12.
 */
final class SymtableAdapter {
    /** The exported flags, in the order of their names (the order the dump lists them). */
    private static final String[] FLAG_NAMES = {"def_annot", "def_free", "def_free_class", "def_global", "def_import",
        "def_local", "def_nonlocal", "def_param", "use"};
    private static final int[] FLAGS = {Symbol.DEF_ANNOT, Symbol.DEF_FREE, Symbol.DEF_FREE_CLASS, Symbol.DEF_GLOBAL,
        Symbol.DEF_IMPORT, Symbol.DEF_LOCAL, Symbol.DEF_NONLOCAL, Symbol.DEF_PARAM, Symbol.USE};

    private SymtableAdapter() {
    }

    static Block build(Object tree, String source, String filename) {
        // the notebook calls symtable.symtable() once, through a call site not yet specialised
        ModTy mod = (ModTy) tree;
        return block(SymbolTable.build(mod, filename, source, org.adder.symtable.FutureFeatures.of(mod, filename, source, 0),
                org.adder.compiler.CompileOptions.COMPILE_BUILTIN_FIRST_CALL).top());
    }

    private static Block block(SymtableEntry ste) {
        Map<String, Integer> symbols = ste.symbols();
        List<String> sorted = new ArrayList<>(symbols.keySet());
        sorted.sort(SymtableAdapter::byCodePoint);
        List<TourData.Symbol> views = new ArrayList<>();
        for (String name : sorted) {
            int symbol = symbols.get(name);
            List<String> flags = new ArrayList<>();
            for (int i = 0; i < FLAGS.length; i++) {
                if ((symbol & FLAGS[i]) != 0) {
                    flags.add(FLAG_NAMES[i]);
                }
            }
            int scope = Symbol.scope(symbol);
            views.add(new TourData.Symbol(name, scope == 0 ? "-" : Symbol.scopeName(scope), flags));
        }
        List<Block> children = new ArrayList<>();
        for (SymtableEntry child : ste.children()) {
            children.add(block(child));
        }
        // symtable's is_optimized() is true for function blocks only
        return new Block(ste.type.pythonName, ste.name, ste.lineno, ste.nested(), ste.type == BlockType.FUNCTION,
                List.copyOf(symbols.keySet()), views, children);
    }

    /** Python orders str by code point, not by UTF-16 unit. */
    private static int byCodePoint(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}

package org.adder.symtable;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.junit.jupiter.api.Test;

/**
 * The facts the compiler takes from the symbol table, checked against the code objects CPython's
 * compiler made from its own: for every non-inlined block, the code flags compile.c derives from
 * the entry (generator, coroutine, varargs, nested, ...) and the cell and free variables
 * ({@code dictbytype} over the scopes, DEF_COMP_CELL, DEF_FREE_CLASS, the class's implicit
 * {@code __class__} and {@code __classdict__} cells), over the whole corpus.
 *
 * <p>Eight files differ for reasons outside the symbol table: five raise the compiler's own
 * future-import errors (badsyntax_future4-7, 10), and in three the compiler drops the code objects
 * of unreachable code ({@code if 0: lambda: self} in test_scope.py, functions after a
 * {@code return} in test_posix.py and test_unicode.py) that the symbol table still has blocks for.
 */
class SymtableCodeInfoTest {
    /** Every file but the eight above. */
    private static final int FLOOR = 2223;

    private static final int CO_VARARGS = 0x4;
    private static final int CO_VARKEYWORDS = 0x8;
    private static final int CO_NESTED = 0x10;
    private static final int CO_GENERATOR = 0x20;
    private static final int CO_COROUTINE = 0x80;
    private static final int CO_ASYNC_GENERATOR = 0x200;

    @Test
    void codeObjectsAgreeWithOurTables() throws Exception {
        Parity.Report report = SymtableParityTest.corpusCheck("symtable-codeinfo",
                Parity.Oracle.script(CPython.resource("/org/adder/symtable/symtable_codeinfo.py")),
                table -> render(table.top(), 0), new int[1]);
        System.out.println(report.summary());
        assertTrue(report.identical() >= FLOOR, report::summary);
    }

    private static String render(SymtableEntry ste, int depth) {
        TreeSet<String> cells = new TreeSet<>();
        TreeSet<String> free = new TreeSet<>();
        ste.symbols().forEach((name, symbol) -> {
            int scope = Symbol.scope(symbol);
            if (scope == Symbol.CELL || (symbol & Symbol.DEF_COMP_CELL) != 0) {
                cells.add(name);
            }
            if (scope == Symbol.FREE || (symbol & Symbol.DEF_FREE_CLASS) != 0) {
                free.add(name);
            }
        });
        if (ste.needsClassClosure()) {
            cells.add("__class__");
        }
        if (ste.needsClassdict()) {
            cells.add("__classdict__");
        }
        StringBuilder head = new StringBuilder("  ".repeat(depth)).append(codeName(ste)).append(' ')
                .append(String.format("%#x", flags(ste))).append(" cells=").append(String.join(",", sorted(cells)))
                .append(" free=").append(String.join(",", sorted(free))).append('\n');
        TreeSet<String> children = new TreeSet<>(org.adder.objects.PyStr::compare);
        for (SymtableEntry child : ste.children()) {
            children.add(render(child, depth + 1));
        }
        children.forEach(head::append);
        return head.toString();
    }

    /** Python sorts str by code point; TreeSet sorts by UTF-16 unit, the same below U+D800. */
    private static List<String> sorted(TreeSet<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(org.adder.objects.PyStr::compare);
        return list;
    }

    /** compile.c's compute_code_flags, the part that comes from the entry. */
    private static int flags(SymtableEntry ste) {
        if (!ste.isFunctionLike()) {
            return 0;
        }
        int flags = 0;
        if (ste.nested()) {
            flags |= CO_NESTED;
        }
        if (ste.generator() && !ste.coroutine()) {
            flags |= CO_GENERATOR;
        } else if (!ste.generator() && ste.coroutine()) {
            flags |= CO_COROUTINE;
        } else if (ste.generator() && ste.coroutine()) {
            flags |= CO_ASYNC_GENERATOR;
        }
        if (ste.varargs()) {
            flags |= CO_VARARGS;
        }
        if (ste.varkeywords()) {
            flags |= CO_VARKEYWORDS;
        }
        return flags;
    }

    /** The code object's name compile.c gives the block. */
    private static String codeName(SymtableEntry ste) {
        if (ste.type == BlockType.MODULE) {
            return "<module>";
        } else if (ste.type == BlockType.TYPE_PARAM) {
            return "<generic parameters of " + ste.name + ">";
        } else if (ste.type == BlockType.FUNCTION && (ste.name.equals("lambda") || ste.name.equals("genexpr"))
                && ste.key instanceof org.adder.ast.ExprTy) {
            return "<" + ste.name + ">";
        }
        return ste.name;
    }
}

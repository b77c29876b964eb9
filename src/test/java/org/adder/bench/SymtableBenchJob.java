package org.adder.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.adder.ast.ModTy;
import org.adder.harness.CPython;
import org.adder.harness.CPythonAst;
import org.adder.objects.PySyntaxError;
import org.adder.parser.Parse;
import org.adder.symtable.SymbolTable;
import org.adder.symtable.SymtableEntry;

/**
 * The symbol table pass alone, on ASTs made beforehand (CPython's, until Adder's parser exists):
 * counts the blocks, as bench.py's "symtable" job counts CPython's, whose time includes its parser.
 */
final class SymtableBenchJob {
    private final Map<ByteBuffer, ModTy> byContent = new HashMap<>();
    private final Map<byte[], ModTy> byIdentity = new IdentityHashMap<>();

    long run(byte[] source) {
        ModTy tree = byIdentity.computeIfAbsent(source, s -> {
            if (byContent.isEmpty()) {
                load();
            }
            return byContent.get(ByteBuffer.wrap(s));
        });
        if (tree == null) {
            return 0; // CPython cannot parse it either
        }
        try {
            return blocks(SymbolTable.build(tree, "<bench>", null));
        } catch (PySyntaxError e) {
            return 0;
        }
    }

    /** Adder's parser and symbol table, as CPython's job runs both: the comparable figure. */
    static long pipeline(byte[] source) {
        try {
            return blocks(SymbolTable.build(Parse.parse(source, "<bench>", "exec", false), "<bench>", null));
        } catch (PySyntaxError e) {
            return 0;
        }
    }

    private static long blocks(SymbolTable table) {
        long n = 0;
        ArrayDeque<SymtableEntry> stack = new ArrayDeque<>(List.of(table.top()));
        while (!stack.isEmpty()) {
            n++;
            stack.addAll(stack.pop().children());
        }
        return n;
    }

    private void load() {
        CPythonAst.forEach(CPython.corpus(), "exec", false, parsed -> {
            if (parsed.tree() != null) {
                try {
                    byContent.put(ByteBuffer.wrap(Files.readAllBytes(parsed.file())), parsed.tree());
                } catch (IOException e) {
                    throw Bench.unchecked(e);
                }
            }
        });
    }
}

package org.adder.bench;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.adder.ast.ModTy;
import org.adder.harness.CPython;
import org.adder.objects.PySyntaxError;
import org.adder.symtable.SymbolTable;
import org.adder.symtable.SymtableEntry;
import org.adder.symtable.SymtableTestAst;

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
        SymbolTable table;
        try {
            table = SymbolTable.build(tree, "<bench>", null);
        } catch (PySyntaxError e) {
            return 0;
        }
        long n = 0;
        ArrayDeque<SymtableEntry> stack = new ArrayDeque<>(List.of(table.top()));
        while (!stack.isEmpty()) {
            n++;
            stack.addAll(stack.pop().children());
        }
        return n;
    }

    private void load() {
        List<Path> files = SymtableTestAst.parsable(CPython.corpus());
        try (SymtableTestAst asts = SymtableTestAst.ofFiles(files)) {
            for (Path file : files) {
                byContent.put(ByteBuffer.wrap(Files.readAllBytes(file)), asts.next());
            }
        } catch (java.io.IOException e) {
            throw Bench.unchecked(e);
        }
    }
}

package org.adder.bench;

import org.adder.cli.SourceCompile;
import org.adder.objects.PyException;

/**
 * {@code compile(src, "<bench>", "exec")} of every corpus file: parser, symbol table, compiler
 * (optimiser, codegen, flow graph, assembler) down to the code objects. Counts the files compiled.
 */
final class CompileBench {
    private CompileBench() {
    }

    static void register() {
        Bench.register("compile", new Bench.Job("compile(src, '<bench>', 'exec'): parse + symtable + compile, "
                + "files compiled counted", "compile", CompileBench::compile));
    }

    private static long compile(byte[] source) {
        try {
            SourceCompile.bytes(source, "<bench>", 0);
            return 1;
        } catch (PyException e) {
            return 0;
        }
    }
}

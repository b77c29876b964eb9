package org.adder.bench;

/** The benchmarks {@link Bench} knows, one line each. */
final class Benchmarks {
    private Benchmarks() {
    }

    static void registerAll() {
        TokenizeBench.register();
        Bench.register("symtable", new Bench.Job("symbol tables (Adder: the pass alone on CPython's ASTs; "
                + "CPython: parser + pass), blocks counted", "symtable", new SymtableBenchJob()::run));
        Bench.register("symtable-pipeline", new Bench.Job("symbol tables, parser included on both sides, "
                + "blocks counted", "symtable", SymtableBenchJob::pipeline));
        ParseBench.register();
        CompileBench.register();
        CompileAllBench.register();
    }
}

package org.adder.bench;

/** The benchmarks {@link Bench} knows, one line each. */
final class Benchmarks {
    private Benchmarks() {
    }

    static void registerAll() {
        TokenizeBench.register();
        ParseBench.register();
    }
}

package org.adder.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * A command-line tool run as {@code adder -m NAME ARGS}: the counterpart of CPython's
 * {@code python -m NAME ARGS}. Tools take their streams as arguments so tests and the
 * parity harness can run them in-process.
 */
@FunctionalInterface
public interface Tool {
    /** Runs the tool and returns its exit status. */
    int run(String[] args, InputStream stdin, PrintStream out, PrintStream err);
}

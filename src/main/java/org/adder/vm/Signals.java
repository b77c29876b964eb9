package org.adder.vm;

import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyTuple;

/**
 * Signals reach Python code between instructions: a handler on another thread sets {@link #pending}, and
 * the evaluation loop, which looks at it on backward jumps and at function entry, raises there.
 */
public final class Signals {
    /** Set when a signal arrived that the main thread has not yet acted on. */
    public static volatile boolean pending;
    private static volatile boolean interrupt;

    private Signals() {
    }

    /** Ctrl-C: the next check raises KeyboardInterrupt in the running program. */
    public static void interrupt() {
        interrupt = true;
        pending = true;
    }

    static void handle(ThreadState ts) {
        if (ts.interpreter() != InterpreterState.main() || !pending) {
            return;
        }
        pending = false;
        if (interrupt) {
            interrupt = false;
            throw PyBaseException.create(ExceptionTypes.KeyboardInterrupt, PyTuple.EMPTY).raise();
        }
    }
}

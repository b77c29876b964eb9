package org.adder.vm;

import org.adder.modules.BuiltinsModule;
import org.adder.modules.SysModule;
import org.adder.objects.PyDict;
import org.adder.objects.PyModule;
import org.adder.objects.PyStr;

/**
 * One Python interpreter (CPython's {@code PyInterpreterState}): its modules, {@code builtins} and
 * {@code sys}, the recursion limit and the configuration it was started with. Adder runs one per process;
 * {@link #main()} makes it on first use with the default configuration unless {@link #start} came first.
 */
public final class InterpreterState {
    private static volatile InterpreterState main;

    public final Config config;
    /** {@code sys.modules}. */
    public final PyDict modules = new PyDict();
    /** {@code sys.getrecursionlimit()}. */
    public volatile int recursionLimit = 1000;
    /**
     * Some frame asked for opcode events: as in 3.12, they start only when {@code sys.settrace} is next
     * called, which is when the code is instrumented for them.
     */
    volatile boolean opcodeTraceSet;
    private PyModule builtins;
    private PyModule sys;

    private InterpreterState(Config config) {
        this.config = config;
    }

    /**
     * Starts the process's interpreter with {@code config}, before its Python code runs. A process runs
     * one program at a time; starting again (a test running several) replaces the previous interpreter.
     */
    public static synchronized InterpreterState start(Config config) {
        InterpreterState s = new InterpreterState(config);
        Warnings.reset();
        main = s;
        s.initialize();
        return s;
    }

    /** The process's interpreter, started with the default configuration if nothing started it. */
    public static InterpreterState main() {
        InterpreterState s = main;
        if (s == null) {
            synchronized (InterpreterState.class) {
                if (main == null) {
                    start(Config.defaults());
                }
                s = main;
            }
        }
        return s;
    }

    private void initialize() {
        builtins = BuiltinsModule.create(this);
        modules.setItem(PyStr.intern("builtins"), builtins);
        sys = SysModule.create(this);
        modules.setItem(PyStr.intern("sys"), sys);
    }

    public PyModule builtins() {
        return builtins;
    }

    public PyDict builtinsDict() {
        return builtins.getDict();
    }

    public PyModule sys() {
        return sys;
    }
}

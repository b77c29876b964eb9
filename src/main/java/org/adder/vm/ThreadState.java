package org.adder.vm;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PyDict;
import org.adder.objects.PyObject;

/**
 * The state of one thread running Python code (CPython's {@code PyThreadState}): its current frame, the
 * exceptions being handled, recursion depths, trace and profile functions.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    private final InterpreterState interp;
    /** The innermost running frame, or null. */
    Frame frame;
    /** Python call depth (checked against sys.getrecursionlimit()). */
    int pyDepth;
    /** Depth of recursion through Java code ({@link org.adder.objects.Recursion}). */
    public int cDepth;
    /** Containers whose repr is being made ({@link org.adder.objects.ReprGuard}). */
    public final List<PyObject> reprActive = new ArrayList<>();
    /** The exception being handled ({@code sys.exception()}): a stack, innermost first. */
    ExcInfo excInfo = new ExcInfo(null, null);
    /** The return value of the generator SEND or next() last finished (its StopIteration value). */
    PyObject sendReturn;
    /** Set by a re-raise so that the frame that re-raises adds no traceback entry of its own. */
    boolean reraising;
    /** What watches execution ({@code sys.settrace}, {@code sys.setprofile}, the tour), or null. */
    Tracer tracer;
    /** The Python functions behind {@code sys.settrace} and {@code sys.setprofile}, or null. */
    PyObject traceFunc;
    /** Opcode events are instrumented (see {@link InterpreterState#opcodeTraceSet}). */
    boolean opcodeEvents;
    PyObject profileFunc;

    ThreadState(InterpreterState interp) {
        this.interp = interp;
    }

    /** The current thread's state; a thread that runs Python code for the first time joins the main interpreter. */
    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            ts = new ThreadState(InterpreterState.main());
            CURRENT.set(ts);
        }
        return ts;
    }

    /** Makes {@code ts} the state of the calling thread. */
    static void bind(ThreadState ts) {
        CURRENT.set(ts);
    }

    public InterpreterState interpreter() {
        return interp;
    }

    public Frame frame() {
        return frame;
    }

    /** The globals of the innermost frame, or null outside any. */
    public PyDict currentGlobals() {
        return frame == null ? null : frame.globals;
    }

    /** The exception being handled, or null. */
    public PyObject currentException() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value != null) {
                return e.value;
            }
        }
        return null;
    }

    /** The class and first argument for zero-argument {@code super()} in the running function. */
    public PyObject[] superArguments() {
        return Frames.superArguments(frame);
    }

    public Tracer tracer() {
        return tracer;
    }

    /** Installs a Java tracer (the tour's); null removes it. Replaces sys.settrace/setprofile's. */
    public void setTracer(Tracer t) {
        tracer = t;
    }

    /** One level of the stack of exceptions being handled; generators keep their own. */
    static final class ExcInfo {
        PyObject value;
        ExcInfo previous;

        ExcInfo(PyObject value, ExcInfo previous) {
            this.value = value;
            this.previous = previous;
        }
    }
}

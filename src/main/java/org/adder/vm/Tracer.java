package org.adder.vm;

import org.adder.objects.PyBaseException;
import org.adder.objects.PyObject;

/**
 * What watches the evaluation loop: {@code sys.settrace}/{@code sys.setprofile} ({@link SysTracing}) or a
 * Java tool such as the tour. The loop calls it only while one is installed on the thread.
 */
public interface Tracer {
    /**
     * The instruction at code unit {@code unit} is about to run; the frame's stack is as the last one left
     * it. A frame starts or resumes at a RESUME instruction, as CPython 3.12 reports 'call' there.
     */
    void instruction(ThreadState ts, Frame f, int unit);

    /** Frame {@code f} returns or yields {@code value}, or is left by an exception (value null). */
    void leave(ThreadState ts, Frame f, PyObject value);

    /** Exception {@code e} was raised in, or passed through, frame {@code f}. */
    void exception(ThreadState ts, Frame f, PyBaseException e);
}

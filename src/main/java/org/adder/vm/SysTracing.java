package org.adder.vm;

import org.adder.objects.Abstract;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyException;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * {@code sys.settrace} and {@code sys.setprofile} as CPython 3.12 reports them: the global trace function
 * gets 'call' and chooses each frame's local one ({@code f_trace}), which gets 'line', 'opcode', 'return'
 * and 'exception'; the profile function gets 'call' and 'return'. Events are not reported while a trace
 * function itself runs, and one that raises is removed.
 */
final class SysTracing implements Tracer {
    private static final PyStr CALL = PyStr.intern("call");
    private static final PyStr LINE = PyStr.intern("line");
    private static final PyStr RETURN = PyStr.intern("return");
    private static final PyStr EXCEPTION = PyStr.intern("exception");
    private static final PyStr OPCODE = PyStr.intern("opcode");

    static final SysTracing INSTANCE = new SysTracing();

    private SysTracing() {
    }

    /** {@code sys.settrace(func)}. */
    static void setTrace(ThreadState ts, PyObject func) {
        ts.traceFunc = func == PyNone.NONE ? null : func;
        ts.opcodeEvents = ts.interpreter().opcodeTraceSet;
        ts.tracer = ts.traceFunc != null || ts.profileFunc != null ? INSTANCE : null;
    }

    /** {@code sys.setprofile(func)}. */
    static void setProfile(ThreadState ts, PyObject func) {
        ts.profileFunc = func == PyNone.NONE ? null : func;
        ts.tracer = ts.traceFunc != null || ts.profileFunc != null ? INSTANCE : null;
    }

    private void call(ThreadState ts, Frame f) {
        f.traceLine = -1;
        f.traceUnit = -1;
        if (ts.profileFunc != null) {
            profile(ts, f, CALL, PyNone.NONE);
        }
        if (ts.traceFunc != null) {
            PyObject r = invoke(ts, f, ts.traceFunc, CALL, PyNone.NONE);
            if (r != PyNone.NONE) {
                f.frameObject().trace = r;
            }
        }
    }

    @Override
    public void instruction(ThreadState ts, Frame f, int unit) {
        if ((f.info.units[unit] & 0xff) == org.adder.bytecode.Opcode.RESUME) {
            call(ts, f);
            f.traceUnit = unit;
            return;
        }
        PyFrame fo = f.object;
        int last = f.traceUnit;
        f.traceUnit = unit;
        if (fo == null || fo.trace == null || unit <= f.info.firstTraceable) {
            return;
        }
        int line = f.info.lineOfUnit(unit);
        if (fo.traceLines && line >= 0 && (f.info.isLineStart(unit) || (last >= 0 && unit <= last) || last < 0)) {
            f.traceLine = line;
            local(ts, f, LINE, PyNone.NONE);
        }
        if (ts.opcodeEvents && fo.traceOpcodes && fo.trace != null) {
            local(ts, f, OPCODE, PyNone.NONE);
        }
    }

    @Override
    public void leave(ThreadState ts, Frame f, PyObject value) {
        PyObject v = value == null ? PyNone.NONE : value;
        if (f.object != null && f.object.trace != null) {
            local(ts, f, RETURN, v);
        }
        if (ts.profileFunc != null) {
            profile(ts, f, RETURN, v);
        }
    }

    @Override
    public void exception(ThreadState ts, Frame f, PyBaseException e) {
        if (f.object != null && f.object.trace != null) {
            PyObject tb = e.getTraceback();
            local(ts, f, EXCEPTION, PyTuple.of(e.type(), e, tb == null ? PyNone.NONE : tb));
        }
    }

    private void local(ThreadState ts, Frame f, PyStr event, PyObject arg) {
        PyFrame fo = f.frameObject();
        PyObject r = invoke(ts, f, fo.trace, event, arg);
        if (r != PyNone.NONE) {
            fo.trace = r;
        }
    }

    private void profile(ThreadState ts, Frame f, PyStr event, PyObject arg) {
        PyObject func = ts.profileFunc;
        Tracer saved = ts.tracer;
        ts.tracer = null;
        try {
            Abstract.call(func, f.frameObject(), event, arg);
        } catch (PyException e) {
            ts.profileFunc = null;
            saved = ts.traceFunc != null ? this : null;
            throw e;
        } finally {
            ts.tracer = saved;
        }
    }

    /** Calls a trace function with tracing off; one that raises is uninstalled and the exception goes on. */
    private PyObject invoke(ThreadState ts, Frame f, PyObject func, PyStr event, PyObject arg) {
        Tracer saved = ts.tracer;
        ts.tracer = null;
        try {
            return Abstract.call(func, f.frameObject(), event, arg);
        } catch (PyException e) {
            ts.traceFunc = null;
            if (f.object != null) {
                f.object.trace = null;
            }
            saved = ts.profileFunc != null ? this : null;
            throw e;
        } finally {
            ts.tracer = saved;
        }
    }
}

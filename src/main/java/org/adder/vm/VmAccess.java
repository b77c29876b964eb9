package org.adder.vm;

import org.adder.objects.PyNone;
import org.adder.objects.PyObject;

/** What the sys module reads and sets of a thread's VM state. */
public final class VmAccess {
    private VmAccess() {
    }

    public static void setTrace(ThreadState ts, PyObject fn) {
        SysTracing.setTrace(ts, fn);
    }

    public static PyObject getTrace(ThreadState ts) {
        return ts.traceFunc == null ? PyNone.NONE : ts.traceFunc;
    }

    public static void setProfile(ThreadState ts, PyObject fn) {
        SysTracing.setProfile(ts, fn);
    }

    public static PyObject getProfile(ThreadState ts) {
        return ts.profileFunc == null ? PyNone.NONE : ts.profileFunc;
    }

    /** The return value of the generator whose tp_iternext just reported its end (None if none). */
    public static PyObject takeStopValue(ThreadState ts) {
        PyObject v = ts.sendReturn;
        ts.sendReturn = null;
        return v == null ? PyNone.NONE : v;
    }

    /** The Python call depth, as setrecursionlimit checks it. */
    public static int depth(ThreadState ts) {
        return ts.pyDepth;
    }
}

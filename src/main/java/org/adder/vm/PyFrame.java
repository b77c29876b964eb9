package org.adder.vm;

import org.adder.objects.Builtin;
import org.adder.objects.Hashing;
import org.adder.objects.ObjectType;
import org.adder.objects.PyBool;
import org.adder.objects.PyCell;
import org.adder.objects.PyDict;
import org.adder.objects.PyErr;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyType;
import org.adder.objects.TypeSpec;
import org.adder.objects.Abstract;

/**
 * {@code frame}: the Python view of a {@link Frame}, made when something asks for one
 * ({@code sys._getframe()}, a traceback, a trace function). Fast locals are copied into {@code f_locals}
 * when it is read, as CPython 3.12 does.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = new TypeSpec("frame", PyFrame.class)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of(((PyFrame) o).repr());
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
                t.tp_setattro = ObjectType.GENERIC_SETATTR;
            })
            .methods(m -> m
                    .getset("f_code", o -> ((PyFrame) o).frame.code, null, null)
                    .getset("f_lineno", o -> lineno((PyFrame) o), null, null)
                    .getset("f_lasti", o -> PyInt.of(Math.max(((PyFrame) o).frame.lasti, 0)), null, null)
                    .getset("f_globals", o -> ((PyFrame) o).frame.globals, null, null)
                    .getset("f_builtins", o -> ((PyFrame) o).frame.builtins, null, null)
                    .getset("f_locals", o -> ((PyFrame) o).locals(), null, null)
                    .getset("f_back", o -> back((PyFrame) o), null, null)
                    .getset("f_trace", o -> or(((PyFrame) o).trace), (o, v) -> ((PyFrame) o).trace =
                            v == null || v == PyNone.NONE ? null : v, null)
                    .getset("f_trace_lines", o -> PyBool.of(((PyFrame) o).traceLines),
                            (o, v) -> ((PyFrame) o).traceLines = flag(v, "f_trace_lines"), null)
                    .getset("f_trace_opcodes", o -> PyBool.of(((PyFrame) o).traceOpcodes),
                            (o, v) -> {
                                ((PyFrame) o).traceOpcodes = flag(v, "f_trace_opcodes");
                                if (((PyFrame) o).traceOpcodes) {
                                    ThreadState.current().interpreter().opcodeTraceSet = true;
                                }
                            }, null)
                    .method("clear", "($self, /)", (Builtin.F1) o -> ((PyFrame) o).clear(),
                            "F.clear(): clear most references held by the frame"))
            .build();

    final Frame frame;
    /** {@code f_trace}: the local trace function, or null. */
    PyObject trace;
    boolean traceLines = true;
    boolean traceOpcodes;

    PyFrame(Frame frame) {
        this.frame = frame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public Frame frame() {
        return frame;
    }

    private static PyObject or(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static boolean flag(PyObject v, String name) {
        if (v == null) {
            throw PyErr.attributeError("cannot delete attribute", PyStr.of(name), null);
        }
        if (!(v instanceof PyBool b)) {
            throw PyErr.typeError("attribute value type must be bool");
        }
        return b.value();
    }

    private static PyObject lineno(PyFrame o) {
        int line = o.frame.lineno();
        return line < 0 ? PyNone.NONE : PyInt.of(line);
    }

    private static PyObject back(PyFrame o) {
        Frame b = o.frame.back;
        return b == null ? PyNone.NONE : b.frameObject();
    }

    /** {@code f_locals}: the locals mapping, with the fast locals and cells copied in first (FastToLocals). */
    PyObject locals() {
        Frame f = frame;
        CodeInfo info = f.info;
        boolean optimized = (f.code.flags & CodeInfo.CO_OPTIMIZED) != 0;
        if (f.locals == null) {
            f.locals = new PyDict();
        }
        PyObject locals = f.locals;
        for (int i = 0; i < info.nlocalsplus; i++) {
            int kind = info.kinds[i];
            if ((kind & CodeInfo.CO_FAST_HIDDEN) != 0 || (kind & CodeInfo.CO_FAST_FREE) != 0 && !optimized) {
                continue;
            }
            PyObject v = f.localsplus[i];
            if (v instanceof PyCell c && (kind & (CodeInfo.CO_FAST_CELL | CodeInfo.CO_FAST_FREE)) != 0) {
                v = c.value;
            }
            if (v != null) {
                Abstract.setItem(locals, info.localNames[i], v);
            } else if (locals instanceof PyDict d) {
                d.delItemIfPresent(info.localNames[i]);
            } else {
                try {
                    Abstract.delItem(locals, info.localNames[i]);
                } catch (org.adder.objects.PyException e) {
                    if (!e.matches(org.adder.objects.ExceptionTypes.KeyError)) {
                        throw e;
                    }
                }
            }
        }
        return locals;
    }

    private PyObject clear() {
        if (!frame.finished && (frame.generator != null || isRunning())) {
            throw PyErr.runtimeError(frame.generator != null ? "cannot clear a suspended frame"
                    : "cannot clear an executing frame");
        }
        java.util.Arrays.fill(frame.localsplus, null);
        return PyNone.NONE;
    }

    private boolean isRunning() {
        for (Frame f = ThreadState.current().frame; f != null; f = f.back) {
            if (f == frame) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String repr() {
        return "<frame at " + Hashing.address(this) + ", file " + PyStr.repr(frame.code.filename.value()) + ", line "
                + frame.lineno() + ", code " + frame.code.name.value() + ">";
    }
}

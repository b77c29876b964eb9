package org.adder.vm;

import org.adder.objects.PyCell;
import org.adder.objects.PyErr;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyType;

/** Questions about the running frames that other stages ask ({@code super()}, {@code sys._getframe}). */
public final class Frames {
    private Frames() {
    }

    /** The type and object of zero-argument {@code super()}: the {@code __class__} cell and the first argument. */
    static PyObject[] superArguments(Frame f) {
        if (f == null) {
            throw PyErr.runtimeError("super(): no current frame");
        }
        CodeInfo info = f.info;
        if (f.code.argcount == 0) {
            throw PyErr.runtimeError("super(): no arguments");
        }
        PyObject first = f.localsplus[0];
        if ((info.kinds[0] & CodeInfo.CO_FAST_CELL) != 0 && first instanceof PyCell c) {
            first = c.value;
        }
        if (first == null) {
            throw PyErr.runtimeError("super(): arg[0] deleted");
        }
        for (int i = 0; i < info.nlocalsplus; i++) {
            if ((info.kinds[i] & CodeInfo.CO_FAST_FREE) != 0 && info.localNames[i].value().equals("__class__")) {
                PyObject cell = f.localsplus[i];
                PyObject type = cell instanceof PyCell c ? c.value : null;
                if (type == null) {
                    throw PyErr.runtimeError("super(): empty __class__ cell");
                }
                if (!(type instanceof PyType)) {
                    throw PyErr.runtimeError("super(): __class__ is not a type (" + type.type().getName() + ")");
                }
                return new PyObject[] {type, first};
            }
        }
        throw PyErr.runtimeError("super(): __class__ cell not found");
    }

    /** {@code sys._getframe(depth)}. */
    public static Frame caller(ThreadState ts, int depth) {
        Frame f = ts.frame;
        while (depth > 0 && f != null) {
            f = f.back;
            depth--;
        }
        if (f == null) {
            throw PyErr.valueError("call stack is not deep enough");
        }
        return f;
    }

    static PyStr name(Frame f, int i) {
        return f.info.localNames[i];
    }
}

package org.adder.vm;

import org.adder.objects.ObjectType;
import org.adder.objects.PyErr;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyType;
import org.adder.objects.TypeSpec;

/**
 * {@code traceback}: one entry of an exception's {@code __traceback__}, the frame it passed through and the
 * instruction it was at; entries link from the outermost frame to where it was raised.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = new TypeSpec("traceback", PyTraceback.class)
            .slots(t -> {
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
                t.tp_setattro = ObjectType.GENERIC_SETATTR;
                t.tp_new = (type, args, kw) -> {
                    if (args.length != 4 || !(args[0] == PyNone.NONE || args[0] instanceof PyTraceback)
                            || !(args[1] instanceof PyFrame)) {
                        throw PyErr.typeError("expected traceback, frame, int, int");
                    }
                    return new PyTraceback(args[0] == PyNone.NONE ? null : (PyTraceback) args[0],
                            ((PyFrame) args[1]).frame, org.adder.objects.Abstract.asIndex(args[2]));
                };
            })
            .methods(m -> m
                    .getset("tb_next", o -> ((PyTraceback) o).next == null ? PyNone.NONE : ((PyTraceback) o).next,
                            PyTraceback::setNext, null)
                    .getset("tb_frame", o -> ((PyTraceback) o).frame.frameObject(), null, null)
                    .getset("tb_lasti", o -> PyInt.of(((PyTraceback) o).lasti), null, null)
                    .getset("tb_lineno", o -> PyInt.of(((PyTraceback) o).lineno()), null, null))
            .build();

    PyTraceback next;
    public final Frame frame;
    public final int lasti;

    public PyTraceback(PyTraceback next, Frame frame, int lasti) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyTraceback next() {
        return next;
    }

    public int lineno() {
        return frame.info.lineAt(lasti);
    }

    private static void setNext(PyObject o, PyObject v) {
        if (v == null) {
            throw PyErr.typeError("can't delete tb_next attribute");
        }
        PyTraceback t = (PyTraceback) o;
        if (v == PyNone.NONE) {
            t.next = null;
            return;
        }
        if (!(v instanceof PyTraceback n)) {
            throw PyErr.typeError("expected traceback object or None, got '" + v.type().getName() + "'");
        }
        for (PyTraceback c = n; c != null; c = c.next) {
            if (c == t) {
                throw PyErr.valueError("traceback loop detected");
            }
        }
        t.next = n;
    }
}

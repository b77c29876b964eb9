package org.adder.objects;

import java.util.function.Function;

/** What staticmethod and classmethod share: the attributes they copy from what they wrap, and theirs. */
final class Wrapping {
    private Wrapping() {
    }

    private static final String[] COPIED = {"__module__", "__name__", "__qualname__", "__doc__"};

    /** CPython's {@code functools_wraps}: the wrapped callable's names, doc and {@code __wrapped__}. */
    static void copyAttributes(PyObject wrapper, PyObject wrapped) {
        PyDict d = wrapper.dictForWrite();
        for (String n : COPIED) {
            PyObject v = Abstract.getAttrOrNull(wrapped, PyStr.intern(n));
            if (v != null) {
                d.setItem(PyStr.intern(n), v);
            }
        }
        d.setItem(SpecialNames.__wrapped__, wrapped);
    }

    static void methods(TypeSpec.Methods m, Function<PyObject, PyObject> callable) {
        m.member("__func__", o -> callable.apply(o), null, null)
                .member("__wrapped__", o -> callable.apply(o), null, null)
                .getset("__isabstractmethod__", o -> {
                    PyObject v = Abstract.getAttrOrNull(callable.apply(o), PyStr.intern("__isabstractmethod__"));
                    return PyBool.of(v != null && Abstract.isTrue(v));
                }, null, null)
                .getset("__dict__", PyObject::dictForWrite, (o, v) -> {
                    if (!(v instanceof PyDict d)) {
                        throw PyErr.typeError("__dict__ must be set to a dictionary");
                    }
                    o.setDict(d);
                }, null);
    }
}

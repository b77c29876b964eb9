package org.adder.objects;

import java.util.function.Function;

/** What the builtin descriptor types share: the attributes every one of them shows. */
final class Descriptors {
    private Descriptors() {
    }

    /** {@code __objclass__}, {@code __name__}, {@code __qualname__}, {@code __doc__}, {@code __text_signature__}. */
    static void common(TypeSpec.Methods m, Function<PyObject, PyType> owner, Function<PyObject, BuiltinMethod> method) {
        m.member("__objclass__", d -> owner.apply(d), null, null);
        m.getset("__name__", d -> PyStr.of(method.apply(d).name), null, null);
        m.getset("__qualname__", d -> PyStr.of(owner.apply(d).getQualname().value() + "." + method.apply(d).name),
                null, null);
        m.getset("__doc__", d -> method.apply(d).docObject(), null, null);
        m.getset("__text_signature__", d -> method.apply(d).textSignature(), null, null);
    }

    /** A descriptor's {@code __set__} refused: "attribute 'x' of 'T' objects is not writable". */
    static PyException notWritable(String name, PyType owner) {
        return PyErr.attributeError("attribute '" + name + "' of '" + owner.getName() + "' objects is not writable",
                null, null);
    }
}

package org.adder.objects;

import org.adder.vm.Warnings;

/** {@code NotImplemented}: what a binary special method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = new TypeSpec("NotImplementedType", PyNotImplemented.class)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of("NotImplemented");
                t.tp_new = (type, args, kw) -> {
                    if (args.length > 0 || (kw != null && kw.size() > 0)) {
                        throw PyErr.typeError("NotImplementedType takes no arguments");
                    }
                    return PyNotImplemented.NOT_IMPLEMENTED;
                };
                // 3.12 warns (DeprecationWarning) and answers True
                t.nb_bool = o -> {
                    Warnings.warn(ExceptionTypes.DeprecationWarning,
                            "NotImplemented should not be used in a boolean context", 1);
                    return true;
                };
            })
            .methods(m -> m.method("__reduce__", "($self, /)", (Builtin.F1) o -> PyStr.of("NotImplemented")))
            .build();

    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "NotImplemented";
    }
}

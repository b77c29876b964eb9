package org.adder.objects;

import org.adder.vm.Warnings;

/** Python's {@code bool}: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = new TypeSpec("bool", PyBool.class)
            .base(PyInt.TYPE)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of(o.repr());
                t.tp_new = (type, args, kw) -> {
                    ArgSpec.noKeywords("bool", kw);
                    if (args.length > 1) {
                        throw PyErr.typeError("bool expected at most 1 argument, got " + args.length);
                    }
                    return PyBool.of(args.length == 1 && Abstract.isTrue(args[0]));
                };
                t.nb_and = (a, b) -> a instanceof PyBool x && b instanceof PyBool y ? of(x.value() & y.value())
                        : PyInt.TYPE.nb_and.call(a, b);
                t.nb_or = (a, b) -> a instanceof PyBool x && b instanceof PyBool y ? of(x.value() | y.value())
                        : PyInt.TYPE.nb_or.call(a, b);
                t.nb_xor = (a, b) -> a instanceof PyBool x && b instanceof PyBool y ? of(x.value() ^ y.value())
                        : PyInt.TYPE.nb_xor.call(a, b);
                t.nb_invert = o -> {
                    Warnings.warn(ExceptionTypes.DeprecationWarning, "Bitwise inversion '~' on bool is deprecated. This "
                            + "returns the bitwise inversion of the underlying int object and is usually not what you "
                            + "expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if "
                            + "you really want the bitwise inversion of the underlying int.", 1);
                    return PyInt.of(((PyBool) o).value() ? -2 : -1);
                };
            })
            .methods(m -> m.doc("bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
                    + "The builtins True and False are the only two instances of the class bool.\n"
                    + "The class bool is a subclass of the class int, and cannot be subclassed."))
            .build();

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v, null);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean value() {
        return this == TRUE;
    }

    @Override
    public String repr() {
        return this == TRUE ? "True" : "False";
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}

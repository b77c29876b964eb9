package org.adder.objects;

/**
 * The shapes of builtin functions and methods written in Java, by how many parameters they take after
 * argument binding ({@link ArgSpec}); a method's first parameter is {@code self}. A parameter that is
 * optional and was not given arrives as null when its spec says {@code <unrepresentable>}, else as its
 * default. {@link FV} receives the call as made, for the few builtins that bind their own arguments.
 */
public final class Builtin {
    private Builtin() {
    }

    /** Marker of the shapes below. */
    public sealed interface Impl permits F0, F1, F2, F3, F4, F5, F6, FN, FV {
    }

    @FunctionalInterface
    public non-sealed interface F0 extends Impl {
        PyObject call();
    }

    @FunctionalInterface
    public non-sealed interface F1 extends Impl {
        PyObject call(PyObject a);
    }

    @FunctionalInterface
    public non-sealed interface F2 extends Impl {
        PyObject call(PyObject a, PyObject b);
    }

    @FunctionalInterface
    public non-sealed interface F3 extends Impl {
        PyObject call(PyObject a, PyObject b, PyObject c);
    }

    @FunctionalInterface
    public non-sealed interface F4 extends Impl {
        PyObject call(PyObject a, PyObject b, PyObject c, PyObject d);
    }

    @FunctionalInterface
    public non-sealed interface F5 extends Impl {
        PyObject call(PyObject a, PyObject b, PyObject c, PyObject d, PyObject e);
    }

    @FunctionalInterface
    public non-sealed interface F6 extends Impl {
        PyObject call(PyObject a, PyObject b, PyObject c, PyObject d, PyObject e, PyObject f);
    }

    /** Any number of bound parameters, in signature order. */
    @FunctionalInterface
    public non-sealed interface FN extends Impl {
        PyObject call(PyObject[] params);
    }

    /** The raw call: positional arguments then keyword values named by {@code kwnames} (or null). */
    @FunctionalInterface
    public non-sealed interface FV extends Impl {
        PyObject call(PyObject[] args, PyTuple kwnames);
    }
}

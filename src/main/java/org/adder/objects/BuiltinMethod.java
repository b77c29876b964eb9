package org.adder.objects;

/**
 * A builtin function or method written in Java (CPython's {@code PyMethodDef}): its name, parameters,
 * implementation and docstring. The descriptor and function objects that Python code sees
 * ({@link PyMethodDescr}, {@link PyClassMethodDescr}, {@link PyBuiltinFunction}) all call through here.
 */
public final class BuiltinMethod {
    public final String name;
    public final ArgSpec spec;
    public final Builtin.Impl impl;
    public final String doc;
    private final int arity;
    /** All parameters positional and none defaulted away: a call with exactly arity arguments binds as is. */
    private final boolean direct;

    public BuiltinMethod(String name, ArgSpec spec, Builtin.Impl impl, String doc) {
        this.name = name;
        this.spec = spec;
        this.impl = impl;
        this.doc = doc;
        this.arity = spec.arity();
        this.direct = spec.npos == spec.names.length;
        boolean shapeFits = switch (impl) {
            case Builtin.F0 f -> arity == 0;
            case Builtin.F1 f -> arity == 1;
            case Builtin.F2 f -> arity == 2;
            case Builtin.F3 f -> arity == 3;
            case Builtin.F4 f -> arity == 4;
            case Builtin.F5 f -> arity == 5;
            case Builtin.F6 f -> arity == 6;
            case Builtin.FN f -> true;
            case Builtin.FV f -> true;
        };
        if (!shapeFits) {
            throw new IllegalArgumentException(spec.qualname + ": implementation shape does not fit " + spec.textSignature);
        }
    }

    /** Calls with {@code args} (self first for a method) and keyword names, binding as the spec says. */
    public PyObject call(PyObject[] args, PyTuple kwnames) {
        if (impl instanceof Builtin.FV f) {
            return f.call(args, kwnames);
        }
        PyObject[] p = kwnames == null && args.length == arity && direct ? args : spec.bind(args, kwnames);
        return invoke(p);
    }

    /** One argument, no keywords: no array made when the shape allows. */
    public PyObject call1(PyObject a) {
        if (direct && arity == 1 && impl instanceof Builtin.F1 f) {
            return f.call(a);
        }
        return call(new PyObject[] {a}, null);
    }

    public PyObject call2(PyObject a, PyObject b) {
        if (direct && arity == 2 && impl instanceof Builtin.F2 f) {
            return f.call(a, b);
        }
        return call(new PyObject[] {a, b}, null);
    }

    private PyObject invoke(PyObject[] p) {
        return switch (impl) {
            case Builtin.F0 f -> f.call();
            case Builtin.F1 f -> f.call(p[0]);
            case Builtin.F2 f -> f.call(p[0], p[1]);
            case Builtin.F3 f -> f.call(p[0], p[1], p[2]);
            case Builtin.F4 f -> f.call(p[0], p[1], p[2], p[3]);
            case Builtin.F5 f -> f.call(p[0], p[1], p[2], p[3], p[4]);
            case Builtin.F6 f -> f.call(p[0], p[1], p[2], p[3], p[4], p[5]);
            case Builtin.FN f -> f.call(p);
            case Builtin.FV f -> throw new IllegalStateException();
        };
    }

    public PyObject textSignature() {
        if (spec.textSignature == null) {
            return PyNone.NONE;
        }
        return PyStr.of(spec.textSignature);
    }

    public PyObject docObject() {
        return doc == null ? PyNone.NONE : PyStr.of(doc);
    }
}

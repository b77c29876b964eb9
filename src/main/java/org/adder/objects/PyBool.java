package org.adder.objects;

/** Python's {@code bool}: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
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
    public String typeName() {
        return "bool";
    }
}

package org.adder.objects;

/** {@code None}: one object. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public String typeName() {
        return "NoneType";
    }

    /** CPython 3.12 gives None a fixed hash so that sets holding it iterate the same way every run. */
    @Override
    public long hash() {
        return 0xFCA86420L;
    }
}

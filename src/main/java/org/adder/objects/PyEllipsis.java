package org.adder.objects;

/** {@code Ellipsis} ({@code ...}): one object. */
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public String repr() {
        return "Ellipsis";
    }

    @Override
    public String typeName() {
        return "ellipsis";
    }

    /** CPython hashes Ellipsis by its address, which no other process can predict either. */
    @Override
    public long hash() {
        return Hashing.identity(this);
    }
}

package org.adder.objects;

/**
 * A private marker object (CPython uses NULL or a static object for these): an absent cache entry, a
 * parameter given no value. It is never visible to Python code.
 */
public final class PySentinel extends PyObject {
    private final String label;

    public PySentinel(String label) {
        this.label = label;
    }

    @Override
    public PyType type() {
        return PyType.OBJECT;
    }

    @Override
    public String repr() {
        return label;
    }
}

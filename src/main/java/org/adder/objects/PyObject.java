package org.adder.objects;

/**
 * The root of Adder's runtime objects. The compiler's constants (int, float, complex, str,
 * bytes, tuple, frozenset, code) are these runtime classes from the start, so the VM runs
 * exactly what the compiler stored.
 */
public abstract class PyObject {
    /** {@code repr(self)} as CPython 3.12 spells it. */
    public abstract String repr();

    /** {@code str(self)}; most objects print as their repr. */
    public String str() {
        return repr();
    }

    @Override
    public String toString() {
        return repr();
    }
}

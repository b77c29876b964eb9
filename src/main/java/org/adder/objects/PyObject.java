package org.adder.objects;

/**
 * The root of Adder's runtime objects. The compiler's constants (int, float, complex, str,
 * bytes, tuple, frozenset, code) are these runtime classes from the start, so the VM runs
 * exactly what the compiler stored.
 *
 * <p>Java's {@code equals} is Python's {@code ==} as containers use it (identity first, so a
 * NaN is equal to itself there, as in a CPython set), and {@code hashCode} agrees with it
 * across types wherever Python's {@code ==} crosses types (1 == 1.0 == True).
 */
public abstract class PyObject {
    /** {@code repr(self)} as CPython 3.12 spells it. */
    public abstract String repr();

    /** {@code type(self).__name__}. */
    public abstract String typeName();

    /** {@code str(self)}; most objects print as their repr. */
    public String str() {
        return repr();
    }

    /**
     * {@code hash(self)} as CPython 3.12 computes it (the same value for the same
     * PYTHONHASHSEED); a TypeError for unhashable objects.
     */
    public long hash() {
        throw new PyException("TypeError", "unhashable type: '" + typeName() + "'");
    }

    @Override
    public String toString() {
        return repr();
    }
}

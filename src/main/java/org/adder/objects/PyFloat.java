package org.adder.objects;

import java.math.BigDecimal;

/** Python's {@code float}: an IEEE 754 double. */
public final class PyFloat extends PyObject {
    private final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    /**
     * The value of a float literal ({@code 1.5}, {@code 1e-5}, {@code .5}, {@code 1_000.0},
     * the digits of an imaginary literal without its j): correctly rounded, as CPython's.
     */
    public static PyFloat fromLiteral(String literal) {
        return new PyFloat(Double.parseDouble(literal.replace("_", "")));
    }

    public double value() {
        return value;
    }

    @Override
    public String repr() {
        return FloatFormat.repr(value);
    }

    @Override
    public String typeName() {
        return "float";
    }

    @Override
    public long hash() {
        return Hashing.floating(value, this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o instanceof PyFloat f) {
            return f.value == value;
        }
        if (o instanceof PyInt i) {
            return equalsInt(i);
        }
        if (o instanceof PyComplex c) {
            return c.imag() == 0 && c.real() == value;
        }
        return false;
    }

    /** {@code self == i}, exactly (no rounding of large ints). */
    boolean equalsInt(PyInt i) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value != Math.rint(value)) {
            return false;
        }
        if (i.fitsLong() && Math.abs(value) < 0x1p62) {
            return (long) value == i.longValue();
        }
        return new BigDecimal(value).compareTo(i.exact()) == 0;
    }

    @Override
    public int hashCode() {
        return Double.isNaN(value) ? System.identityHashCode(this) : Long.hashCode(hash());
    }
}

package org.adder.objects;

import java.math.BigDecimal;

/** Python's {@code float}: an IEEE 754 double. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = new TypeSpec("float", PyFloat.class)
            .flags(PyType.BASETYPE | PyType.MATCH_SELF)
            .slots(FloatType::slots)
            .methods(FloatType::methods)
            .build();

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
    public PyType type() {
        return TYPE;
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

    /** A float subclass instance. */
    public static final class Derived extends PyFloat implements HeapObject {
        private PyType type;
        private PyDict dict;

        public Derived(PyType type, double value) {
            super(value);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType t) {
            type = t;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public PyDict dictForWrite() {
            if (dict == null && type.instancesHaveDict()) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public PyObject[] slotValues() {
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}

package org.adder.objects;

/** Python's {@code complex}: two doubles. */
public class PyComplex extends PyObject {
    public static final PyType TYPE = new TypeSpec("complex", PyComplex.class)
            .flags(PyType.BASETYPE)
            .slots(ComplexType::slots)
            .methods(ComplexType::methods)
            .build();

    private final double real;
    private final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }

    /**
     * A bare imaginary part ({@code 2j}, {@code -0j}) when the real part is +0.0, else both
     * parts in parentheses with the imaginary part signed ({@code (1-2j)}, {@code (-0+0j)}).
     */
    @Override
    public String repr() {
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return FloatFormat.part(imag, false) + "j";
        }
        return "(" + FloatFormat.part(real, false) + FloatFormat.part(imag, true) + "j)";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public long hash() {
        return Hashing.complex(real, imag, this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o instanceof PyComplex c) {
            return c.real == real && c.imag == imag;
        }
        if (imag != 0) {
            return false;
        }
        if (o instanceof PyFloat f) {
            return f.value() == real;
        }
        if (o instanceof PyInt i) {
            return new PyFloat(real).equalsInt(i);
        }
        return false;
    }

    @Override
    public int hashCode() {
        return Double.isNaN(real) || Double.isNaN(imag) ? System.identityHashCode(this) : Long.hashCode(hash());
    }
}

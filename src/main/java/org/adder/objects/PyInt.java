package org.adder.objects;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python's {@code int}, of any size: a {@code long} while the value fits, a BigInteger beyond.
 * Values -5..256 are shared objects, as CPython's small ints are.
 */
public class PyInt extends PyObject {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5, null);
        }
    }

    private final long small;
    /** The value when it does not fit a long, else null. */
    private final BigInteger big;

    PyInt(long small, BigInteger big) {
        this.small = small;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
            return of(v.longValue());
        }
        return new PyInt(0, v);
    }

    /** True when the value fits a Java long ({@link #longValue()} is then exact). */
    public boolean fitsLong() {
        return big == null;
    }

    public long longValue() {
        return big == null ? small : big.longValue();
    }

    public BigInteger bigValue() {
        return big == null ? BigInteger.valueOf(small) : big;
    }

    public int signum() {
        return big == null ? Long.signum(small) : big.signum();
    }

    @Override
    public String repr() {
        return big == null ? Long.toString(small) : big.toString();
    }

    @Override
    public String typeName() {
        return "int";
    }

    @Override
    public long hash() {
        return big == null ? Hashing.integer(small) : Hashing.integer(big);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o instanceof PyInt i) {
            return big == null ? i.big == null && i.small == small : big.equals(i.big);
        }
        if (o instanceof PyFloat f) {
            return f.equalsInt(this);
        }
        if (o instanceof PyComplex c) {
            return c.imag() == 0 && new PyFloat(c.real()).equalsInt(this);
        }
        return false;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash());
    }

    /** Exact value as a decimal, for comparisons with floats. */
    BigDecimal exact() {
        return new BigDecimal(bigValue());
    }
}

package org.adder.objects;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python's {@code int}, of any size: a {@code long} while the value fits, a BigInteger beyond.
 * Values -5..256 are shared objects, as CPython's small ints are.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = new TypeSpec("int", PyInt.class)
            .flags(PyType.BASETYPE | PyType.LONG_SUBCLASS | PyType.MATCH_SELF)
            .slots(IntType::slots)
            .methods(IntType::methods)
            .build();

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5, null);
        }
    }

    final long small;
    /** The value when it does not fit a long, else null. */
    final BigInteger big;

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

    /** {@code sys.get_int_max_str_digits()} by default: longer decimal conversions are refused. */
    public static final int MAX_STR_DIGITS = 4300;

    /**
     * {@code repr(i)}: decimal digits; like CPython, a ValueError beyond 4300 digits (a guard
     * against quadratic-time conversions).
     */
    @Override
    public String repr() {
        if (big == null) {
            return Long.toString(small);
        }
        String s = big.toString();
        if (s.length() - (big.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) {
            throw new PyException("ValueError", "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    /**
     * The value of an integer literal as the tokenizer delivers it: decimal, or {@code 0x},
     * {@code 0o}, {@code 0b} with either case, underscores between digits allowed. The
     * literal's syntax is the tokenizer's business; this only evaluates it.
     */
    public static PyInt fromLiteral(String literal) {
        String digits = literal.replace("_", "");
        int radix = 10;
        if (digits.length() > 2 && digits.charAt(0) == '0') {
            switch (Character.toLowerCase(digits.charAt(1))) {
                case 'x' -> radix = 16;
                case 'o' -> radix = 8;
                case 'b' -> radix = 2;
                default -> {
                }
            }
            if (radix != 10) {
                digits = digits.substring(2);
            }
        }
        if (digits.length() <= 18 && radix == 10 || digits.length() <= 15 && radix == 16) {
            return of(Long.parseLong(digits, radix));
        }
        return of(new BigInteger(digits, radix));
    }

    @Override
    public PyType type() {
        return TYPE;
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

    /** An int subclass instance: the value with the class's type and attributes. */
    public static final class Derived extends PyInt implements HeapObject {
        private PyType type;
        private PyDict dict;

        public Derived(PyType type, PyInt value) {
            super(value.small, value.big);
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

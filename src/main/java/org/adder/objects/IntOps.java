package org.adder.objects;

import org.adder.vm.Warnings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** The int operations beyond the four arithmetic ones: powers, shifts, conversions, parsing. */
final class IntOps {
    private IntOps() {
    }

    /** {@code x ** y} and {@code pow(x, y, m)}. */
    static PyObject pow(PyInt x, PyInt y, PyObject m) {
        if (m != PyNone.NONE) {
            if (!(m instanceof PyInt mod)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (mod.signum() == 0) {
                throw PyErr.valueError("pow() 3rd argument cannot be 0");
            }
            BigInteger mm = mod.bigValue();
            BigInteger base = x.bigValue();
            BigInteger e = y.bigValue();
            BigInteger am = mm.abs();
            if (e.signum() < 0) {
                try {
                    base = base.mod(am).modInverse(am);
                } catch (ArithmeticException ex) {
                    throw PyErr.valueError("base is not invertible for the given modulus");
                }
                e = e.negate();
            }
            BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.mod(am).modPow(e, am);
            if (mm.signum() < 0 && r.signum() != 0) {
                r = r.add(mm);
            }
            return PyInt.of(r);
        }
        if (y.signum() < 0) {
            double b = toDouble(x);
            if (b == 0.0) {
                throw PyErr.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return FloatType.pow(b, toDouble(y));
        }
        if (!y.fitsLong() || y.longValue() > Integer.MAX_VALUE) {
            BigInteger bx = x.bigValue();
            if (bx.equals(BigInteger.ZERO) || bx.equals(BigInteger.ONE)) {
                return x;
            }
            if (bx.equals(BigInteger.ONE.negate())) {
                return PyInt.of(y.bigValue().testBit(0) ? -1 : 1);
            }
            throw PyErr.memoryError();
        }
        int e = (int) y.longValue();
        if (x.fitsLong()) {
            long base = x.longValue();
            long result = 1;
            long b = base;
            int k = e;
            boolean overflow = false;
            while (k > 0) {
                if ((k & 1) != 0) {
                    long hi = Math.multiplyHigh(result, b);
                    long lo = result * b;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                k >>= 1;
                if (k > 0) {
                    long hi = Math.multiplyHigh(b, b);
                    long lo = b * b;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    b = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        return PyInt.of(x.bigValue().pow(e));
    }

    static PyInt lshift(PyInt x, PyInt y) {
        if (y.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (x.signum() == 0) {
            return PyInt.of(0);
        }
        if (!y.fitsLong() || y.longValue() > Integer.MAX_VALUE) {
            throw PyErr.overflowError("too many digits in integer");
        }
        int n = (int) y.longValue();
        if (x.fitsLong() && n < 63) {
            long v = x.longValue();
            long r = v << n;
            if (r >> n == v) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(x.bigValue().shiftLeft(n));
    }

    static PyInt rshift(PyInt x, PyInt y) {
        if (y.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (!y.fitsLong() || y.longValue() > Integer.MAX_VALUE) {
            return PyInt.of(x.signum() < 0 ? -1 : 0);
        }
        int n = (int) y.longValue();
        if (x.fitsLong()) {
            return PyInt.of(n >= 64 ? (x.longValue() < 0 ? -1 : 0) : x.longValue() >> n);
        }
        return PyInt.of(x.bigValue().shiftRight(n));
    }

    /** {@code float(i)}: correctly rounded, OverflowError beyond the float range. */
    static double toDouble(PyInt i) {
        if (i.fitsLong()) {
            return i.longValue();
        }
        double d = i.bigValue().doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** {@code x / y} for ints, correctly rounded. */
    static PyObject trueDivide(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw PyErr.zeroDivisionError("division by zero");
        }
        if (x.fitsLong() && y.fitsLong() && Math.abs(x.longValue()) < (1L << 53) && Math.abs(y.longValue()) < (1L << 53)) {
            return new PyFloat((double) x.longValue() / (double) y.longValue());
        }
        BigDecimal q = new BigDecimal(x.bigValue()).divide(new BigDecimal(y.bigValue()), new MathContext(40));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("integer division result too large for a float");
        }
        return new PyFloat(d);
    }

    static PyObject toBytes(PyObject self, PyObject length, PyObject byteorder, PyObject signed) {
        BigInteger v = ((PyInt) self).bigValue();
        long n = Abstract.asSize(length, ExceptionTypes.OverflowError);
        if (n < 0) {
            throw PyErr.valueError("length argument must be non-negative");
        }
        boolean little = byteOrder(byteorder);
        boolean sig = Abstract.isTrue(signed);
        if (!sig && v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        int bits = sig ? v.bitLength() + 1 : v.bitLength();
        if (bits > n * 8 && !(v.signum() == 0)) {
            throw PyErr.overflowError("int too big to convert");
        }
        byte[] out = new byte[(int) n];
        byte[] two = v.toByteArray();
        for (int i = 0; i < n; i++) {
            int src = two.length - 1 - i;
            byte b = src >= 0 ? two[src] : (byte) (v.signum() < 0 ? 0xff : 0);
            out[little ? i : (int) n - 1 - i] = b;
        }
        return PyBytes.of(out);
    }

    static PyObject fromBytes(PyObject type, PyObject bytes, PyObject byteorder, PyObject signed) {
        byte[] data = Buffers.bytesOf(bytes);
        boolean little = byteOrder(byteorder);
        byte[] be = new byte[data.length + 1];
        for (int i = 0; i < data.length; i++) {
            be[i + 1] = little ? data[data.length - 1 - i] : data[i];
        }
        BigInteger v = new BigInteger(be);
        if (Abstract.isTrue(signed) && data.length > 0 && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * data.length));
        }
        PyInt r = PyInt.of(v);
        return type == PyInt.TYPE ? r : Abstract.call(type, r);
    }

    private static boolean byteOrder(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("to_bytes() argument 'byteorder' must be str, not " + o.type().getName());
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw PyErr.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    /** {@code round(i, ndigits)}: half to even at the given power of ten. */
    static PyObject round(PyObject self, PyObject ndigits) {
        PyInt x = IntType.exact((PyInt) self);
        if (ndigits == null || ndigits == PyNone.NONE) {
            return x;
        }
        PyInt nd = Abstract.index(ndigits);
        if (nd.signum() >= 0) {
            return x;
        }
        if (!nd.fitsLong() || nd.longValue() < -100000) {
            return PyInt.of(0);
        }
        BigInteger pow = BigInteger.TEN.pow((int) -nd.longValue());
        BigInteger v = x.bigValue();
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }

    /** {@code int(x)} for one argument: {@code __int__}, {@code __index__}, {@code __trunc__}, str, bytes. */
    static PyInt fromObject(PyObject x) {
        if (x.getClass() == PyInt.class) {
            return (PyInt) x;
        }
        PyType t = x.type();
        if (t.nb_int != null) {
            PyObject r = t.nb_int.call(x);
            if (!(r instanceof PyInt ri)) {
                throw PyErr.typeError("__int__ returned non-int (type " + r.type().getName() + ")");
            }
            return IntType.exact(ri);
        }
        if (t.nb_index != null) {
            return IntType.exact(Abstract.index(x));
        }
        PyObject trunc = t.lookup(SpecialNames.__trunc__);
        if (trunc != null) {
            Warnings.warn(ExceptionTypes.DeprecationWarning,
                    "The delegation of int() to __trunc__ is deprecated.", 1);
            PyObject r = Abstract.callDescriptor(trunc, x);
            if (r instanceof PyInt ri) {
                return IntType.exact(ri);
            }
            return Abstract.index(r);
        }
        if (x instanceof PyStr s) {
            return parse(s, 10);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            return parse(x, 10);
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + t.getName() + "'");
    }

    /** {@code int(s, base)} for str, bytes and bytearray, with CPython's rules and messages. */
    static PyInt parse(PyObject text, int base) {
        String s;
        if (text instanceof PyStr ps) {
            s = ps.value();
        } else {
            s = new String(Buffers.bytesOf(text), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        PyInt r = parseOrNull(s, base);
        if (r == null) {
            throw PyErr.valueError("invalid literal for int() with base " + base + ": "
                    + Abstract.repr(text instanceof PyStr ? text : text).value());
        }
        return r;
    }

    /** Unicode decimal digits (Nd) as their ASCII digits, as int() and float() accept them. */
    static String asciiDigits(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp > 127 && com.ibm.icu.lang.UCharacter.getType(cp) == com.ibm.icu.lang.UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
                if (b == null) {
                    b = new StringBuilder(text.substring(0, i));
                }
                b.append((char) ('0' + com.ibm.icu.lang.UCharacter.digit(cp, 10)));
            } else if (b != null) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? text : b.toString();
    }

    private static PyInt parseOrNull(String text, int base) {
        String s = asciiDigits(PyStr.stripWhitespace(text));
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
            String rest = s.substring(i).replace("_", "");
            if (rest.length() > 1 && rest.charAt(0) == '0' && !rest.chars().allMatch(c -> c == '0')) {
                return null;
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            int c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (c > 127) {
                int dec = com.ibm.icu.lang.UCharacter.digit(c, 10);
                d = dec >= 0 && dec < b ? dec : -1;
            }
            if (d < 0) {
                return null;
            }
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            return null;
        }
        if (b == 10 && digits.length() > IntLimits.maxStrDigits() && IntLimits.maxStrDigits() > 0) {
            throw PyErr.valueError("Exceeds the limit (" + IntLimits.maxStrDigits()
                    + " digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return PyInt.of(neg ? v.negate() : v);
    }
}

package org.adder.compiler;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.adder.ast.OperatorTy;
import org.adder.ast.UnaryOpTy;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyComplex;
import org.adder.objects.PyFloat;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyInt;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * The arithmetic the AST optimiser folds, on constants: Python's semantics for int, float,
 * complex, str, bytes and tuple operands, within CPython's size limits ({@code safe_multiply},
 * {@code safe_power}, {@code safe_lshift}, {@code safe_mod}). Every method returns null where
 * CPython's operation would raise (or is not attempted): the expression is then left alone.
 */
final class ConstantFolder {
    static final int MAX_INT_SIZE = 128;
    static final int MAX_COLLECTION_SIZE = 256;
    static final int MAX_STR_SIZE = 4096;
    static final int MAX_TOTAL_ITEMS = 1024;

    private ConstantFolder() {
    }

    // ---------------------------------------------------------------- unary

    static PyObject unary(UnaryOpTy op, PyObject v) {
        switch (op) {
            case Not:
                return PyBool.of(!Constants.isTrue(v));
            case UAdd:
                if (v instanceof PyInt i) {
                    return PyInt.of(i.bigValue());
                }
                return v instanceof PyFloat || v instanceof PyComplex ? v : null;
            case USub:
                if (v instanceof PyInt i) {
                    return PyInt.of(i.bigValue().negate());
                } else if (v instanceof PyFloat f) {
                    return new PyFloat(-f.value());
                } else if (v instanceof PyComplex c) {
                    return new PyComplex(-c.real(), -c.imag());
                }
                return null;
            case Invert:
                return v instanceof PyInt i ? PyInt.of(i.bigValue().not()) : null;
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- binary

    static PyObject binary(OperatorTy op, PyObject l, PyObject r) {
        try {
            return switch (op) {
                case Add -> add(l, r);
                case Sub -> numeric(op, l, r);
                case Mult -> safeMultiply(l, r);
                case Div, FloorDiv -> numeric(op, l, r);
                case Mod -> l instanceof PyStr || l instanceof PyBytes ? null : numeric(op, l, r);
                case Pow -> safePower(l, r);
                case LShift -> safeLShift(l, r);
                case RShift -> l instanceof PyInt a && r instanceof PyInt b && b.signum() >= 0
                        ? PyInt.of(shiftRight(a.bigValue(), b.bigValue())) : null;
                case BitOr, BitXor, BitAnd -> bitwise(op, l, r);
                case MatMult -> null;
            };
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static BigInteger shiftRight(BigInteger a, BigInteger n) {
        if (n.bitLength() > 31) {
            return a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        }
        return a.shiftRight(n.intValue());
    }

    /**
     * The str of these code points: a plain one unless a high surrogate code point is followed by
     * a low one (say '\\ud83d' + '\\ude00'), which must stay two code points.
     */
    private static PyStr str(int[] cps) {
        String text = new String(cps, 0, cps.length);
        return text.codePointCount(0, text.length()) == cps.length ? new PyStr(text) : PyStr.fromCodePoints(cps);
    }

    private static PyObject add(PyObject l, PyObject r) {
        if (l instanceof PyStr a && r instanceof PyStr b) {
            int[] x = a.codePoints();
            int[] y = b.codePoints();
            int[] cps = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, cps, x.length, y.length);
            return str(cps);
        }
        if (l instanceof PyBytes a && r instanceof PyBytes b) {
            byte[] out = new byte[a.length() + b.length()];
            System.arraycopy(a.value(), 0, out, 0, a.length());
            System.arraycopy(b.value(), 0, out, a.length(), b.length());
            return PyBytes.of(out);
        }
        if (l instanceof PyTuple a && r instanceof PyTuple b) {
            List<PyObject> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return PyTuple.of(items);
        }
        return numeric(OperatorTy.Add, l, r);
    }

    private static PyObject bitwise(OperatorTy op, PyObject l, PyObject r) {
        if (!(l instanceof PyInt a) || !(r instanceof PyInt b)) {
            return null;
        }
        if (l instanceof PyBool x && r instanceof PyBool y) {
            return PyBool.of(switch (op) {
                case BitOr -> x.value() | y.value();
                case BitXor -> x.value() ^ y.value();
                default -> x.value() & y.value();
            });
        }
        BigInteger x = a.bigValue();
        BigInteger y = b.bigValue();
        return PyInt.of(switch (op) {
            case BitOr -> x.or(y);
            case BitXor -> x.xor(y);
            default -> x.and(y);
        });
    }

    /** Arithmetic on int, float and complex, with Python's coercions. */
    private static PyObject numeric(OperatorTy op, PyObject l, PyObject r) {
        if (l instanceof PyInt a && r instanceof PyInt b) {
            return intOp(op, a.bigValue(), b.bigValue());
        }
        if (!isNumber(l) || !isNumber(r)) {
            return null;
        }
        if (l instanceof PyComplex || r instanceof PyComplex) {
            double[] x = toComplex(l);
            double[] y = toComplex(r);
            if (x == null || y == null) {
                return null;
            }
            return complexOp(op, x[0], x[1], y[0], y[1]);
        }
        Double x = toDouble(l);
        Double y = toDouble(r);
        if (x == null || y == null) {
            return null;
        }
        return floatOp(op, x, y);
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    /** {@code float(o)} for an int or float; null on overflow. */
    private static Double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        BigInteger v = ((PyInt) o).bigValue();
        double d = v.doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    private static double[] toComplex(PyObject o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real(), c.imag()};
        }
        Double d = toDouble(o);
        return d == null ? null : new double[] {d, 0.0};
    }

    private static PyObject intOp(OperatorTy op, BigInteger a, BigInteger b) {
        switch (op) {
            case Add:
                return PyInt.of(a.add(b));
            case Sub:
                return PyInt.of(a.subtract(b));
            case Mult:
                return PyInt.of(a.multiply(b));
            case FloorDiv:
                if (b.signum() == 0) {
                    return null;
                }
                return PyInt.of(floorDiv(a, b));
            case Mod:
                if (b.signum() == 0) {
                    return null;
                }
                return PyInt.of(a.subtract(floorDiv(a, b).multiply(b)));
            case Div:
                if (b.signum() == 0) {
                    return null;
                }
                return trueDivide(a, b);
            case Pow:
                if (b.signum() < 0) {
                    if (a.signum() == 0) {
                        return null;
                    }
                    Double x = toDouble(PyInt.of(a));
                    Double y = toDouble(PyInt.of(b));
                    return x == null || y == null ? null : floatPow(x, y);
                }
                if (b.bitLength() > 31) {
                    return null;
                }
                return PyInt.of(a.pow(b.intValue()));
            default:
                return null;
        }
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** int / int, correctly rounded as CPython's {@code long_true_divide}. */
    private static PyObject trueDivide(BigInteger a, BigInteger b) {
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return new PyFloat(a.doubleValue() / b.doubleValue());
        }
        double d = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(60)).doubleValue();
        return Double.isInfinite(d) ? null : new PyFloat(d);
    }

    private static PyObject floatOp(OperatorTy op, double x, double y) {
        switch (op) {
            case Add:
                return new PyFloat(x + y);
            case Sub:
                return new PyFloat(x - y);
            case Mult:
                return new PyFloat(x * y);
            case Div:
                return y == 0.0 ? null : new PyFloat(x / y);
            case FloorDiv: {
                double[] dm = floatDivmod(x, y);
                return dm == null ? null : new PyFloat(dm[0]);
            }
            case Mod: {
                double[] dm = floatDivmod(x, y);
                return dm == null ? null : new PyFloat(dm[1]);
            }
            case Pow:
                return floatPow(x, y);
            default:
                return null;
        }
    }

    /** CPython's {@code float_divmod}: floor quotient and modulo with the divisor's sign. */
    private static double[] floatDivmod(double vx, double wx) {
        if (wx == 0.0) {
            return null;
        }
        double mod = cFmod(vx, wx);
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** C's fmod: Java's % on doubles has the same definition. */
    private static double cFmod(double x, double y) {
        return x % y;
    }

    /** CPython's {@code float_pow}; null where it raises or would return a complex. */
    private static PyObject floatPow(double iv, double iw) {
        if (iw == 0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(iv)) {
            return new PyFloat(iv);
        }
        if (Double.isNaN(iw)) {
            return new PyFloat(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return new PyFloat(1.0);
            } else if ((iw > 0.0) == (a > 1.0)) {
                return new PyFloat(Math.abs(iw));
            }
            return new PyFloat(0.0);
        }
        boolean iwOdd = Math.floor(iw) == iw && Math.abs(iw) < 0x1p53 && Math.abs(iw % 2.0) == 1.0;
        if (Double.isInfinite(iv)) {
            if (iw > 0.0) {
                return new PyFloat(iwOdd ? iv : Math.abs(iv));
            }
            return new PyFloat(iwOdd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0) {
            if (iw < 0.0) {
                return null;
            }
            return new PyFloat(iwOdd ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return null;
            }
            iv = -iv;
            negate = iwOdd;
        }
        if (iv == 1.0) {
            return new PyFloat(negate ? -1.0 : 1.0);
        }
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            return null;
        }
        return new PyFloat(negate ? -ix : ix);
    }

    private static PyObject complexOp(OperatorTy op, double ar, double ai, double br, double bi) {
        switch (op) {
            case Add:
                return new PyComplex(ar + br, ai + bi);
            case Sub:
                return new PyComplex(ar - br, ai - bi);
            case Mult:
                return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case Div: {
                double absBr = Math.abs(br);
                double absBi = Math.abs(bi);
                if (absBr >= absBi) {
                    if (absBr == 0.0) {
                        return null;
                    }
                    double ratio = bi / br;
                    double denom = br + bi * ratio;
                    return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
                } else if (absBi >= absBr) {
                    double ratio = br / bi;
                    double denom = br * ratio + bi;
                    return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
                }
                return new PyComplex(Double.NaN, Double.NaN);
            }
            case Pow:
                return complexPow(ar, ai, br, bi);
            default:
                return null;
        }
    }

    /** CPython's {@code complex_pow}: small integral exponents by repeated products. */
    private static PyObject complexPow(double ar, double ai, double br, double bi) {
        double[] p;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            if (n > 0) {
                p = powu(ar, ai, n);
            } else {
                double[] d = powu(ar, ai, -n);
                if (d[0] == 0.0 && d[1] == 0.0) {
                    return null; // 0.0 to a negative power
                }
                PyObject q = complexOp(OperatorTy.Div, 1.0, 0.0, d[0], d[1]);
                p = new double[] {((PyComplex) q).real(), ((PyComplex) q).imag()};
            }
        } else if (br == 0.0 && bi == 0.0) {
            p = new double[] {1.0, 0.0};
        } else if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                return null;
            }
            p = new double[] {0.0, 0.0};
        } else {
            double vabs = StrictMath.hypot(ar, ai);
            double len = Math.pow(vabs, br);
            double at = StrictMath.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len /= StrictMath.exp(at * bi);
                phase += bi * StrictMath.log(vabs);
            }
            p = new double[] {len * StrictMath.cos(phase), len * StrictMath.sin(phase)};
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            return null; // OverflowError: complex exponentiation
        }
        return new PyComplex(p[0], p[1]);
    }

    private static double[] powu(double xr, double xi, long n) {
        double rr = 1.0;
        double ri = 0.0;
        double pr = xr;
        double pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    // ---------------------------------------------------------------- size-limited operations

    private static PyObject safeMultiply(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b && a.signum() != 0 && b.signum() != 0) {
            if (a.bigValue().abs().bitLength() + b.bigValue().abs().bitLength() > MAX_INT_SIZE) {
                return null;
            }
        } else if (v instanceof PyInt a && (w instanceof PyTuple || w instanceof PyFrozenSet)) {
            int size = w instanceof PyTuple t ? t.size() : ((PyFrozenSet) w).size();
            if (size > 0) {
                if (a.bigValue().bitLength() > 63) {
                    return null;
                }
                long n = a.longValue();
                if (n < 0 || n > MAX_COLLECTION_SIZE / size) {
                    return null;
                }
                if (n > 0 && checkComplexity(w, MAX_TOTAL_ITEMS / n) < 0) {
                    return null;
                }
            }
        } else if (v instanceof PyInt a && (w instanceof PyStr || w instanceof PyBytes)) {
            int size = w instanceof PyStr s ? s.length() : ((PyBytes) w).length();
            if (size > 0) {
                if (a.bigValue().bitLength() > 63) {
                    return null;
                }
                long n = a.longValue();
                if (n < 0 || n > MAX_STR_SIZE / size) {
                    return null;
                }
            }
        } else if (w instanceof PyInt && (v instanceof PyTuple || v instanceof PyFrozenSet || v instanceof PyStr
                || v instanceof PyBytes)) {
            return safeMultiply(w, v);
        }
        return multiply(v, w);
    }

    private static long checkComplexity(PyObject obj, long limit) {
        if (obj instanceof PyTuple t) {
            limit -= t.size();
            for (int i = 0; limit >= 0 && i < t.size(); i++) {
                limit = checkComplexity(t.get(i), limit);
            }
        } else if (obj instanceof PyFrozenSet s) {
            limit -= s.size();
            for (PyObject item : s) {
                if (limit < 0) {
                    break;
                }
                limit = checkComplexity(item, limit);
            }
        }
        return limit;
    }

    private static PyObject multiply(PyObject v, PyObject w) {
        if (v instanceof PyInt n && !(w instanceof PyInt) && isSequence(w)) {
            return repeat(w, n);
        }
        if (w instanceof PyInt n && !(v instanceof PyInt) && isSequence(v)) {
            return repeat(v, n);
        }
        return numeric(OperatorTy.Mult, v, w);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyBytes || o instanceof PyTuple;
    }

    private static PyObject repeat(PyObject seq, PyInt count) {
        if (count.bigValue().bitLength() > 31) {
            return null;
        }
        int n = Math.max(0, count.bigValue().intValue());
        if (seq instanceof PyStr s) {
            int[] one = s.codePoints();
            int[] cps = new int[one.length * n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(one, 0, cps, i * one.length, one.length);
            }
            return str(cps);
        } else if (seq instanceof PyBytes b) {
            byte[] out = new byte[b.length() * n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(b.value(), 0, out, i * b.length(), b.length());
            }
            return PyBytes.of(out);
        }
        PyTuple t = (PyTuple) seq;
        List<PyObject> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.addAll(t.items());
        }
        return PyTuple.of(items);
    }

    private static PyObject safePower(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b && a.signum() != 0 && b.signum() > 0) {
            long vbits = a.bigValue().abs().bitLength();
            if (b.bigValue().bitLength() > 63) {
                return null;
            }
            long wbits = b.longValue();
            if (vbits > MAX_INT_SIZE / wbits) {
                return null;
            }
        }
        return numeric(OperatorTy.Pow, v, w);
    }

    private static PyObject safeLShift(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) {
            return null;
        }
        if (b.signum() < 0) {
            return null;
        }
        if (a.signum() != 0 && b.signum() != 0) {
            long vbits = a.bigValue().abs().bitLength();
            if (b.bigValue().bitLength() > 63) {
                return null;
            }
            long wbits = b.longValue();
            if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) {
                return null;
            }
        }
        if (b.bigValue().bitLength() > 31) {
            return a.signum() == 0 ? PyInt.of(0) : null;
        }
        return PyInt.of(a.bigValue().shiftLeft(b.bigValue().intValue()));
    }

    // ---------------------------------------------------------------- subscripts

    /** {@code value[index]} for a constant sequence and an integer index. */
    static PyObject subscript(PyObject value, PyObject index) {
        if (!(index instanceof PyInt i) || !isSequence(value)) {
            return null;
        }
        if (i.bigValue().bitLength() > 31) {
            return null;
        }
        int k = i.bigValue().intValue();
        if (value instanceof PyStr s) {
            int[] cps = s.codePoints();
            if (k < 0) {
                k += cps.length;
            }
            if (k < 0 || k >= cps.length) {
                return null;
            }
            return new PyStr(new String(cps, k, 1));
        } else if (value instanceof PyBytes b) {
            if (k < 0) {
                k += b.length();
            }
            return k < 0 || k >= b.length() ? null : PyInt.of(b.byteAt(k));
        }
        PyTuple t = (PyTuple) value;
        if (k < 0) {
            k += t.size();
        }
        return k < 0 || k >= t.size() ? null : t.get(k);
    }
}

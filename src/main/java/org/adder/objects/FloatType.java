package org.adder.objects;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The slots and methods of {@code float}. */
final class FloatType {
    private FloatType() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** The operand as a double if it is a float or an int (CPython's CONVERT_TO_DOUBLE), else null. */
    private static PyFloat operand(PyObject o) {
        if (o instanceof PyFloat f) {
            return f;
        }
        if (o instanceof PyInt i) {
            return new PyFloat(IntOps.toDouble(i));
        }
        return null;
    }

    static void slots(PyType t) {
        t.tp_repr = o -> PyStr.of(FloatFormat.repr(((PyFloat) o).value()));
        t.tp_hash = o -> ((PyFloat) o).hash();
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_richcompare = FloatType::richcompare;
        t.tp_new = FloatType::create;
        t.nb_add = (a, b) -> binary(a, b, '+');
        t.nb_subtract = (a, b) -> binary(a, b, '-');
        t.nb_multiply = (a, b) -> binary(a, b, '*');
        t.nb_true_divide = (a, b) -> binary(a, b, '/');
        t.nb_floor_divide = (a, b) -> binary(a, b, 'f');
        t.nb_remainder = (a, b) -> binary(a, b, '%');
        t.nb_divmod = (a, b) -> binary(a, b, 'd');
        t.nb_power = (a, b, m) -> {
            if (m != PyNone.NONE) {
                throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            PyFloat x = operand(a);
            PyFloat y = operand(b);
            return x == null || y == null ? NI : pow(x.value(), y.value());
        };
        t.nb_negative = o -> new PyFloat(-((PyFloat) o).value());
        t.nb_positive = o -> o.getClass() == PyFloat.class ? o : new PyFloat(((PyFloat) o).value());
        t.nb_absolute = o -> new PyFloat(Math.abs(((PyFloat) o).value()));
        t.nb_bool = o -> ((PyFloat) o).value() != 0;
        t.nb_int = o -> toInt(((PyFloat) o).value());
        t.nb_float = o -> o.getClass() == PyFloat.class ? o : new PyFloat(((PyFloat) o).value());
    }

    static void methods(TypeSpec.Methods m) {
        m.method("conjugate", "($self, /)", (Builtin.F1) o -> new PyFloat(((PyFloat) o).value()))
                .method("hex", "($self, /)", (Builtin.F1) o -> PyStr.of(FloatHex.hex(((PyFloat) o).value())),
                        "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n"
                                + "'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'")
                .classmethod("fromhex", "($type, string, /)", (Builtin.F2) (t, s) -> {
                    PyObject f = new PyFloat(FloatHex.fromHex(s));
                    return t == PyFloat.TYPE ? f : Abstract.call(t, f);
                })
                .classmethod("__getformat__", "($type, typestr, /)", (Builtin.F2) (t, s) -> {
                    if (!(s instanceof PyStr str)) {
                        throw PyErr.typeError("__getformat__() argument must be str, not " + s.type().getName());
                    }
                    if (!str.value().equals("double") && !str.value().equals("float")) {
                        throw PyErr.valueError("__getformat__() argument 1 must be 'double' or 'float'");
                    }
                    return PyStr.of("IEEE, little-endian");
                })
                .method("__trunc__", "($self, /)", (Builtin.F1) o -> toInt(((PyFloat) o).value()))
                .method("__floor__", "($self, /)", (Builtin.F1) o -> toInt(Math.floor(((PyFloat) o).value())))
                .method("__ceil__", "($self, /)", (Builtin.F1) o -> toInt(Math.ceil(((PyFloat) o).value())))
                .method("__round__", "($self, ndigits=None, /)", (Builtin.F2) FloatType::round)
                .method("as_integer_ratio", "($self, /)", (Builtin.F1) o -> ratio(((PyFloat) o).value()))
                .method("is_integer", "($self, /)", (Builtin.F1) o -> {
                    double d = ((PyFloat) o).value();
                    return PyBool.of(!Double.isInfinite(d) && d == Math.rint(d));
                })
                .method("__getnewargs__", "($self, /)", (Builtin.F1) o -> PyTuple.of(new PyFloat(((PyFloat) o).value())))
                .method("__format__", "($self, format_spec, /)", (Builtin.F2) (o, spec) ->
                        Formatting.formatFloat(((PyFloat) o).value(), Formatting.specArg(spec)))
                .getset("real", o -> new PyFloat(((PyFloat) o).value()), null, "the real part of a complex number")
                .getset("imag", o -> new PyFloat(0.0), null, "the imaginary part of a complex number")
                .doc("Convert a string or number to a floating point number, if possible.");
    }

    private static PyObject richcompare(PyObject a, PyObject b, int op) {
        double x = ((PyFloat) a).value();
        if (b instanceof PyFloat f) {
            double y = f.value();
            return PyBool.of(switch (op) {
                case Compare.LT -> x < y;
                case Compare.LE -> x <= y;
                case Compare.EQ -> x == y;
                case Compare.NE -> x != y;
                case Compare.GT -> x > y;
                default -> x >= y;
            });
        }
        if (b instanceof PyInt i) {
            if (Double.isNaN(x)) {
                return PyBool.of(op == Compare.NE);
            }
            if (Double.isInfinite(x)) {
                return PyBool.of(Compare.test(x > 0 ? 1 : -1, op));
            }
            if (i.fitsLong() && Math.abs(i.longValue()) < (1L << 53)) {
                double y = i.longValue();
                return PyBool.of(Compare.test(x == y ? 0 : x < y ? -1 : 1, op));
            }
            return PyBool.of(Compare.test(new BigDecimal(x).compareTo(new BigDecimal(i.bigValue())), op));
        }
        return NI;
    }

    private static PyObject binary(PyObject a, PyObject b, char op) {
        PyFloat x = operand(a);
        PyFloat y = operand(b);
        if (x == null || y == null) {
            return NI;
        }
        double u = x.value();
        double v = y.value();
        switch (op) {
            case '+':
                return new PyFloat(u + v);
            case '-':
                return new PyFloat(u - v);
            case '*':
                return new PyFloat(u * v);
            case '/':
                if (v == 0) {
                    throw PyErr.zeroDivisionError("float division by zero");
                }
                return new PyFloat(u / v);
            case 'f':
                if (v == 0) {
                    throw PyErr.zeroDivisionError("float floor division by zero");
                }
                return new PyFloat(divmod(u, v)[0]);
            case '%':
                if (v == 0) {
                    throw PyErr.zeroDivisionError("float modulo");
                }
                return new PyFloat(divmod(u, v)[1]);
            default:
                if (v == 0) {
                    throw PyErr.zeroDivisionError("float divmod()");
                }
                double[] qr = divmod(u, v);
                return PyTuple.of(new PyFloat(qr[0]), new PyFloat(qr[1]));
        }
    }

    /** CPython's float_divmod: the floor quotient and a remainder with the divisor's sign. */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** {@code x ** y} for floats, with CPython's special cases and errors. */
    static PyObject pow(double x, double y) {
        if (y == 0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(x)) {
            return new PyFloat(y == 0 ? 1.0 : x);
        }
        if (Double.isNaN(y)) {
            return new PyFloat(x == 1.0 ? 1.0 : y);
        }
        if (Double.isInfinite(y) && Math.abs(x) == 1.0) {
            // C's pow: (+-1) ** (+-inf) is 1 (Java's Math.pow says NaN)
            return new PyFloat(1.0);
        }
        if (x == 0) {
            if (y < 0 && !Double.isInfinite(y)) {
                throw PyErr.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
        }
        if (x < 0 && !Double.isInfinite(x) && !Double.isInfinite(y) && y != Math.rint(y)) {
            return ComplexType.pow(x, 0, y, 0);
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PyErr.of(ExceptionTypes.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range"));
        }
        return new PyFloat(r);
    }

    /** {@code int(f)}: truncation; OverflowError for infinities, ValueError for NaN. */
    static PyInt toInt(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    /** The float value of an object with {@code __float__} or {@code __index__}. */
    static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        PyType t = o.type();
        if (t.nb_float != null) {
            PyObject r = t.nb_float.call(o);
            if (!(r instanceof PyFloat f)) {
                throw PyErr.typeError(t.getName() + ".__float__ returned non-float (type " + r.type().getName() + ")");
            }
            return f.value();
        }
        if (t.nb_index != null) {
            return IntOps.toDouble(Abstract.index(o));
        }
        throw PyErr.typeError("must be real number, not " + t.getName());
    }

    private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
        if (type == PyFloat.TYPE) {
            ArgSpec.noKeywords("float", kw);
        }
        int npos = args.length - (kw == null ? 0 : kw.size());
        if (npos > 1) {
            throw PyErr.typeError("float expected at most 1 argument, got " + npos);
        }
        double v = npos == 0 ? 0.0 : value(args[0]);
        return type == PyFloat.TYPE ? new PyFloat(v) : new PyFloat.Derived(type, v);
    }

    private static double value(PyObject x) {
        if (x instanceof PyStr s) {
            return FloatParse.parse(s.value(), x);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            return FloatParse.parse(new String(Buffers.bytesOf(x), java.nio.charset.StandardCharsets.ISO_8859_1), x);
        }
        if (x.type().nb_float == null && x.type().nb_index == null) {
            throw PyErr.typeError("float() argument must be a string or a real number, not '" + x.type().getName() + "'");
        }
        return asDouble(x);
    }

    private static PyObject ratio(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("cannot convert Infinity to integer ratio");
        }
        BigDecimal bd = new BigDecimal(d);
        BigInteger num = bd.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (bd.scale() > 0) {
            den = BigInteger.TEN.pow(bd.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
        }
        BigInteger g = num.gcd(den);
        return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
    }

    private static PyObject round(PyObject self, PyObject ndigits) {
        double x = ((PyFloat) self).value();
        if (ndigits == PyNone.NONE) {
            double r = Math.rint(x);
            return toInt(r);
        }
        long nd = Abstract.asSize(ndigits, null);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return new PyFloat(x);
        }
        if (nd > 323) {
            return new PyFloat(x);
        }
        if (nd < -308) {
            return new PyFloat(Math.copySign(0.0, x));
        }
        BigDecimal r = new BigDecimal(x).setScale((int) nd, java.math.RoundingMode.HALF_EVEN);
        double v = r.doubleValue();
        if (Double.isInfinite(v)) {
            throw PyErr.overflowError("rounded value too large to represent");
        }
        return new PyFloat(v == 0 ? Math.copySign(0.0, x) : v);
    }
}

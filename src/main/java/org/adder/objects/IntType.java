package org.adder.objects;

import java.math.BigInteger;

/**
 * The slots and methods of {@code int}. Arithmetic stays on {@code long} while results fit (overflow is
 * detected, not wrapped) and moves to BigInteger only when they do not.
 */
final class IntType {
    private IntType() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static void slots(PyType t) {
        t.tp_repr = o -> PyStr.of(((PyInt) o).repr());
        t.tp_hash = o -> ((PyInt) o).hash();
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_richcompare = IntType::richcompare;
        t.tp_new = IntType::create;
        t.nb_add = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? add(x, y) : NI;
        t.nb_subtract = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? subtract(x, y) : NI;
        t.nb_multiply = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? multiply(x, y) : NI;
        t.nb_remainder = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? mod(x, y) : NI;
        t.nb_divmod = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? PyTuple.of(floorDiv(x, y), mod(x, y)) : NI;
        // divmod(x, 0) words its error as floor division does: floorDiv is evaluated first
        t.nb_power = (a, b, m) -> a instanceof PyInt x && b instanceof PyInt y ? IntOps.pow(x, y, m) : NI;
        t.nb_negative = o -> negate((PyInt) o);
        t.nb_positive = o -> exact((PyInt) o);
        t.nb_absolute = o -> ((PyInt) o).signum() < 0 ? negate((PyInt) o) : exact((PyInt) o);
        t.nb_bool = o -> ((PyInt) o).signum() != 0;
        t.nb_invert = o -> invert((PyInt) o);
        t.nb_lshift = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? IntOps.lshift(x, y) : NI;
        t.nb_rshift = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? IntOps.rshift(x, y) : NI;
        t.nb_and = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? and(x, y) : NI;
        t.nb_xor = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? xor(x, y) : NI;
        t.nb_or = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? or(x, y) : NI;
        t.nb_int = o -> exact((PyInt) o);
        t.nb_float = o -> new PyFloat(IntOps.toDouble((PyInt) o));
        t.nb_floor_divide = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? floorDiv(x, y) : NI;
        t.nb_true_divide = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? IntOps.trueDivide(x, y) : NI;
        t.nb_index = o -> exact((PyInt) o);
    }

    static void methods(TypeSpec.Methods m) {
        m.method("conjugate", "($self, /)", (Builtin.F1) o -> exact((PyInt) o), "Returns self, the complex conjugate of any int.")
                .method("bit_length", "($self, /)", (Builtin.F1) o -> PyInt.of(((PyInt) o).bigValue().abs().bitLength()),
                        "Number of bits necessary to represent self in binary.")
                .method("bit_count", "($self, /)", (Builtin.F1) o -> PyInt.of(((PyInt) o).bigValue().abs().bitCount()),
                        "Number of ones in the binary representation of the absolute value of self.")
                .method("to_bytes", "($self, /, length=1, byteorder='big', *, signed=False)",
                        (Builtin.F4) IntOps::toBytes)
                .classmethod("from_bytes", "($type, /, bytes, byteorder='big', *, signed=False)",
                        (Builtin.F4) IntOps::fromBytes)
                .method("as_integer_ratio", "($self, /)", (Builtin.F1) o -> PyTuple.of(exact((PyInt) o), PyInt.of(1)))
                .method("__trunc__", "($self, /)", (Builtin.F1) o -> exact((PyInt) o))
                .method("__floor__", "($self, /)", (Builtin.F1) o -> exact((PyInt) o))
                .method("__ceil__", "($self, /)", (Builtin.F1) o -> exact((PyInt) o))
                .method("__round__", "($self, ndigits=<unrepresentable>, /)", (Builtin.F2) IntOps::round)
                .method("__getnewargs__", "($self, /)", (Builtin.F1) o -> PyTuple.of(exact((PyInt) o)))
                .method("__format__", "($self, format_spec, /)", (Builtin.F2) (o, spec) ->
                        // an empty spec is str(self): True stays "True"
                        spec instanceof PyStr ss && ss.length() == 0 ? Abstract.str(o)
                                : Formatting.formatInt((PyInt) o, Formatting.specArg(spec)))
                .method("__sizeof__", "($self, /)", (Builtin.F1) o -> PyInt.of(28 + 4L * Math.max(0,
                        (((PyInt) o).bigValue().abs().bitLength() - 1) / 30)))
                .method("is_integer", "($self, /)", (Builtin.F1) o -> PyBool.TRUE)
                .getset("real", o -> exact((PyInt) o), null, "the real part of a complex number")
                .getset("imag", o -> PyInt.of(0), null, "the imaginary part of a complex number")
                .getset("numerator", o -> exact((PyInt) o), null, "the numerator of a rational number in lowest terms")
                .getset("denominator", o -> PyInt.of(1), null, "the denominator of a rational number in lowest terms")
                .doc("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or "
                        + "return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating "
                        + "point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then "
                        + "x must be a string,\nbytes, or bytearray instance representing an integer literal in the\n"
                        + "given base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  "
                        + "The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base "
                        + "from the string as an integer literal.\n>>> int('0b100', base=0)\n4");
    }

    /** The plain int of the same value (a subclass instance's value, or the object itself). */
    static PyInt exact(PyInt i) {
        if (i.getClass() == PyInt.class) {
            return i;
        }
        return i.big == null ? PyInt.of(i.small) : PyInt.of(i.big);
    }

    private static PyObject richcompare(PyObject a, PyObject b, int op) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return NI;
        }
        return PyBool.of(Compare.test(compare(x, y), op));
    }

    static int compare(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return Long.compare(x.small, y.small);
        }
        return x.bigValue().compareTo(y.bigValue());
    }

    static PyInt add(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            long a = x.small;
            long b = y.small;
            long r = a + b;
            if (((a ^ r) & (b ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(x.bigValue().add(y.bigValue()));
    }

    static PyInt subtract(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            long a = x.small;
            long b = y.small;
            long r = a - b;
            if (((a ^ b) & (a ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(x.bigValue().subtract(y.bigValue()));
    }

    static PyInt multiply(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            long a = x.small;
            long b = y.small;
            long hi = Math.multiplyHigh(a, b);
            long lo = a * b;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        }
        return PyInt.of(x.bigValue().multiply(y.bigValue()));
    }

    static PyInt floorDiv(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw PyErr.zeroDivisionError("integer division or modulo by zero");
        }
        if (x.big == null && y.big == null && !(x.small == Long.MIN_VALUE && y.small == -1)) {
            return PyInt.of(Math.floorDiv(x.small, y.small));
        }
        BigInteger[] qr = x.bigValue().divideAndRemainder(y.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return PyInt.of(q);
    }

    static PyInt mod(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw PyErr.zeroDivisionError("integer modulo by zero");
        }
        if (x.big == null && y.big == null) {
            if (y.small == -1) {
                return PyInt.of(0);
            }
            return PyInt.of(Math.floorMod(x.small, y.small));
        }
        BigInteger r = x.bigValue().mod(y.bigValue().abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y.bigValue());
        }
        return PyInt.of(r);
    }

    static PyInt negate(PyInt x) {
        if (x.big == null && x.small != Long.MIN_VALUE) {
            return PyInt.of(-x.small);
        }
        return PyInt.of(x.bigValue().negate());
    }

    static PyInt invert(PyInt x) {
        if (x.big == null) {
            return PyInt.of(~x.small);
        }
        return PyInt.of(x.big.not());
    }

    static PyInt and(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return PyInt.of(x.small & y.small);
        }
        return PyInt.of(x.bigValue().and(y.bigValue()));
    }

    static PyInt or(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return PyInt.of(x.small | y.small);
        }
        return PyInt.of(x.bigValue().or(y.bigValue()));
    }

    static PyInt xor(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return PyInt.of(x.small ^ y.small);
        }
        return PyInt.of(x.bigValue().xor(y.bigValue()));
    }

    /** {@code int(x=0, base=10)}, and the same for subclasses. */
    private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
        PyObject[] p = SPEC.bind(args, kw);
        PyInt v = value(p[0], p[1]);
        return type == PyInt.TYPE ? v : new PyInt.Derived(type, v);
    }

    private static final ArgSpec SPEC = ArgSpec.parse("int", "(x=<unrepresentable>, /, base=<unrepresentable>)");

    private static PyInt value(PyObject x, PyObject base) {
        if (x == null) {
            if (base != null) {
                throw PyErr.typeError("int() missing string argument");
            }
            return PyInt.of(0);
        }
        if (base != null) {
            int b = (int) Abstract.asSize(base, null);
            if (b != 0 && (b < 2 || b > 36)) {
                throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyStr s) {
                return IntOps.parse(s, b);
            }
            if (x instanceof PyBytes || x instanceof PyByteArray) {
                return IntOps.parse(x, b);
            }
            throw PyErr.typeError("int() can't convert non-string with explicit base");
        }
        return IntOps.fromObject(x);
    }
}

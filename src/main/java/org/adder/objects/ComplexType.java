package org.adder.objects;

/** The slots and methods of {@code complex}. */
final class ComplexType {
    private ComplexType() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** The operand as a complex if it is complex, float or int, else null. */
    private static PyComplex operand(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value(), 0.0);
        }
        if (o instanceof PyInt i) {
            return new PyComplex(IntOps.toDouble(i), 0.0);
        }
        return null;
    }

    static void slots(PyType t) {
        t.tp_repr = o -> PyStr.of(o.repr());
        t.tp_hash = o -> o.hash();
        t.tp_getattro = ObjectType.GENERIC_GETATTR;
        t.tp_richcompare = (a, b, op) -> {
            if (op != Compare.EQ && op != Compare.NE) {
                return NI;
            }
            PyComplex x = (PyComplex) a;
            boolean eq;
            if (b instanceof PyComplex y) {
                eq = x.real() == y.real() && x.imag() == y.imag();
            } else if (b instanceof PyFloat || b instanceof PyInt) {
                eq = x.imag() == 0 && Abstract.richCompareBool(new PyFloat(x.real()), b, Compare.EQ);
            } else {
                return NI;
            }
            return PyBool.of(op == Compare.EQ ? eq : !eq);
        };
        t.tp_new = ComplexType::create;
        t.nb_add = (a, b) -> arith(a, b, '+');
        t.nb_subtract = (a, b) -> arith(a, b, '-');
        t.nb_multiply = (a, b) -> arith(a, b, '*');
        t.nb_true_divide = (a, b) -> arith(a, b, '/');
        t.nb_power = (a, b, m) -> {
            if (m != PyNone.NONE) {
                throw PyErr.valueError("complex modulo");
            }
            PyComplex x = operand(a);
            PyComplex y = operand(b);
            return x == null || y == null ? NI : pow(x.real(), x.imag(), y.real(), y.imag());
        };
        t.nb_negative = o -> new PyComplex(-((PyComplex) o).real(), -((PyComplex) o).imag());
        t.nb_positive = o -> new PyComplex(((PyComplex) o).real(), ((PyComplex) o).imag());
        t.nb_absolute = o -> {
            PyComplex c = (PyComplex) o;
            double r = Math.hypot(c.real(), c.imag());
            if (Double.isInfinite(r) && !Double.isInfinite(c.real()) && !Double.isInfinite(c.imag())) {
                throw PyErr.overflowError("absolute value too large");
            }
            return new PyFloat(r);
        };
        t.nb_bool = o -> ((PyComplex) o).real() != 0 || ((PyComplex) o).imag() != 0;
    }

    static void methods(TypeSpec.Methods m) {
        m.method("conjugate", "($self, /)", (Builtin.F1) o -> new PyComplex(((PyComplex) o).real(), -((PyComplex) o).imag()))
                .method("__getnewargs__", "($self, /)", (Builtin.F1) o -> PyTuple.of(new PyFloat(((PyComplex) o).real()),
                        new PyFloat(((PyComplex) o).imag())))
                .member("real", o -> new PyFloat(((PyComplex) o).real()), null, "the real part of a complex number")
                .member("imag", o -> new PyFloat(((PyComplex) o).imag()), null, "the imaginary part of a complex number");
    }

    private static PyObject arith(PyObject a, PyObject b, char op) {
        PyComplex x = operand(a);
        PyComplex y = operand(b);
        if (x == null || y == null) {
            return NI;
        }
        double ar = x.real();
        double ai = x.imag();
        double br = y.real();
        double bi = y.imag();
        return switch (op) {
            case '+' -> new PyComplex(ar + br, ai + bi);
            case '-' -> new PyComplex(ar - br, ai - bi);
            case '*' -> new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            default -> divide(ar, ai, br, bi);
        };
    }

    /** CPython's {@code _Py_c_quot}: scaled by the larger divisor component to avoid overflow. */
    static PyComplex divide(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PyErr.zeroDivisionError("complex division by zero");
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static PyComplex powu(double xr, double xi, int n) {
        double rr = 1;
        double ri = 0;
        double pr = xr;
        double pi = xi;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = 2 * pr * pi;
            pr = t;
        }
        return new PyComplex(rr, ri);
    }

    /** {@code a ** b} for complex operands. */
    static PyComplex pow(double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) {
            return new PyComplex(1, 0);
        }
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) {
                throw PyErr.zeroDivisionError("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        if (bi == 0 && br == Math.rint(br) && Math.abs(br) <= 100) {
            // CPython's c_powi: an integral exponent up to 100 by repeated squaring
            int n = (int) br;
            PyComplex r = powu(ar, ai, Math.abs(n));
            return n >= 0 ? r : divide(1, 0, r.real(), r.imag());
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
        PyObject[] p = SPEC.bind(args, kw);
        double re = 0;
        double im = 0;
        if (p[0] != null) {
            if (p[0] instanceof PyStr s) {
                if (p[1] != null) {
                    throw PyErr.typeError("complex() can't take second arg if first is a string");
                }
                PyComplex c = parse(s.value());
                re = c.real();
                im = c.imag();
            } else {
                PyComplex c = operand(p[0]);
                if (c == null) {
                    PyObject method = p[0].type().lookup(SpecialNames.__complex__);
                    if (method != null) {
                        PyObject r = Abstract.callDescriptor(method, p[0]);
                        if (!(r instanceof PyComplex rc)) {
                            throw PyErr.typeError("__complex__ returned non-complex (type " + r.type().getName() + ")");
                        }
                        c = rc;
                    } else if (p[0].type().nb_float != null || p[0].type().nb_index != null) {
                        c = new PyComplex(FloatType.asDouble(p[0]), 0);
                    } else {
                        throw PyErr.typeError("complex() first argument must be a string or a number, not '"
                                + p[0].type().getName() + "'");
                    }
                }
                re = c.real();
                im = c.imag();
            }
        }
        if (p[1] != null) {
            if (p[1] instanceof PyStr) {
                throw PyErr.typeError("complex() second arg can't be a string");
            }
            PyComplex c = operand(p[1]);
            if (c == null) {
                c = new PyComplex(FloatType.asDouble(p[1]), 0);
            }
            re -= c.imag();
            im += c.real();
        }
        return new PyComplex(re, im);
    }

    private static final ArgSpec SPEC = ArgSpec.parse("complex", "(real=<unrepresentable>, imag=<unrepresentable>)");

    private static PyComplex parse(String text) {
        String s = PyStr.stripWhitespace(text);
        if (s.startsWith("(") && s.endsWith(")")) {
            s = PyStr.stripWhitespace(s.substring(1, s.length() - 1));
        }
        try {
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                int split = -1;
                for (int i = body.length() - 1; i > 0; i--) {
                    char c = body.charAt(i);
                    if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                        split = i;
                        break;
                    }
                }
                if (split < 0) {
                    double im = body.isEmpty() || body.equals("+") ? 1 : body.equals("-") ? -1
                            : FloatParse.parse(body, PyStr.of(body));
                    return new PyComplex(0, im);
                }
                String re = body.substring(0, split);
                String im = body.substring(split);
                double imv = im.equals("+") ? 1 : im.equals("-") ? -1 : FloatParse.parse(im, PyStr.of(im));
                return new PyComplex(FloatParse.parse(re, PyStr.of(re)), imv);
            }
            return new PyComplex(FloatParse.parse(s, PyStr.of(s)), 0);
        } catch (PyException e) {
            throw PyErr.valueError("complex() arg is a malformed string");
        }
    }
}

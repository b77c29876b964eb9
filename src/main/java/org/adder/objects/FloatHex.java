package org.adder.objects;

/** {@code float.hex()} and {@code float.fromhex()}: C99's hexadecimal float notation, as CPython writes and reads it. */
final class FloatHex {
    private FloatHex() {
    }

    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = Double.doubleToRawLongBits(d) < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int e;
        long lead;
        if (exp == 0) {
            // subnormal: a leading 0 digit and the smallest normal exponent
            e = -1022;
            lead = 0;
        } else {
            e = exp - 1023;
            lead = 1;
        }
        String digits = String.format("%013x", mant);
        return sign + "0x" + lead + "." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    static double fromHex(PyObject o) {
        if (!(o instanceof PyStr ps)) {
            throw PyErr.typeError("must be str, not " + o.type().getName());
        }
        String s = PyStr.stripWhitespace(ps.value());
        String t = s.toLowerCase();
        boolean neg = false;
        int i = 0;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        String rest = t.substring(i);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            rest = rest.substring(2);
        }
        int p = rest.indexOf('p');
        String mant = p < 0 ? rest : rest.substring(0, p);
        String exp = p < 0 ? "0" : rest.substring(p + 1);
        if (mant.isEmpty() || mant.equals(".") || !mant.matches("[0-9a-f]*\\.?[0-9a-f]*") || !exp.matches("[+-]?[0-9]+")) {
            throw PyErr.valueError("invalid hexadecimal floating-point string");
        }
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String frac = dot < 0 ? "" : mant.substring(dot + 1);
        java.math.BigInteger m = new java.math.BigInteger((intPart + frac).isEmpty() ? "0" : intPart + frac, 16);
        long e;
        try {
            e = Long.parseLong(exp) - 4L * frac.length();
        } catch (NumberFormatException x) {
            e = exp.startsWith("-") ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        double r;
        if (m.signum() == 0) {
            r = 0.0;
        } else {
            java.math.BigDecimal v = new java.math.BigDecimal(m);
            int bl = m.bitLength();
            if (e + bl > 1025) {
                throw PyErr.overflowError("hexadecimal value too large to represent as a float");
            }
            if (e + bl < -1080) {
                r = 0.0;
            } else {
                v = e >= 0 ? v.multiply(new java.math.BigDecimal(java.math.BigInteger.TWO.pow((int) e)))
                        : v.divide(new java.math.BigDecimal(java.math.BigInteger.TWO.pow((int) -e)));
                r = v.doubleValue();
                if (Double.isInfinite(r)) {
                    throw PyErr.overflowError("hexadecimal value too large to represent as a float");
                }
            }
        }
        return neg ? -r : r;
    }
}

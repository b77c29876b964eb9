package org.adder.objects;

import java.math.BigDecimal;

/**
 * {@code repr(float)}: the shortest decimal that reads back as the same double (JDK 19+
 * {@code Double.toString} finds it), laid out by CPython's rules for format code 'r': plain
 * digits while the decimal exponent is in (-4, 16], scientific notation with a signed exponent
 * of at least two digits outside.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** The significant digits of |v| (no leading or trailing zeros) and the point's position. */
    record Digits(String digits, int point) {
    }

    /** {@code repr(v)}: always shows it is a float ({@code 1.0}, {@code 1e+16}). */
    public static String repr(double v) {
        return format(v, true, false);
    }

    /**
     * The layout of a complex number's parts: like repr but without ".0" ({@code 1j}), and with
     * an explicit sign when {@code sign} ({@code +2j}); NaN never shows a sign other than '+'.
     */
    public static String part(double v, boolean sign) {
        return format(v, false, sign);
    }

    private static String format(double v, boolean addDot0, boolean sign) {
        if (Double.isNaN(v)) {
            return sign ? "+nan" : "nan";
        }
        StringBuilder out = new StringBuilder();
        boolean negative = (Double.doubleToRawLongBits(v) < 0);
        if (negative) {
            out.append('-');
        } else if (sign) {
            out.append('+');
        }
        if (Double.isInfinite(v)) {
            return out.append("inf").toString();
        }
        if (v == 0) {
            return out.append(addDot0 ? "0.0" : "0").toString();
        }
        Digits d = shortest(Math.abs(v));
        String digits = d.digits;
        int point = d.point;
        if (point > -4 && point <= 16) {
            if (point <= 0) {
                out.append("0.");
                out.append("0".repeat(-point)).append(digits);
            } else if (point >= digits.length()) {
                out.append(digits).append("0".repeat(point - digits.length()));
                if (addDot0) {
                    out.append(".0");
                }
            } else {
                out.append(digits, 0, point).append('.').append(digits, point, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exp = point - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                out.append('0');
            }
            out.append(a);
        }
        return out.toString();
    }

    /** The shortest round-tripping digits of a positive finite double, the nearest when several. */
    static Digits shortest(double v) {
        String s = Double.toString(v);
        int e = s.indexOf('E');
        int exp10 = 0;
        String mant = s;
        if (e >= 0) {
            exp10 = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        String all = intPart + frac;
        int point = intPart.length() + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        all = all.substring(lead);
        point -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        all = all.substring(0, end);
        if (all.length() == 2) {
            // Java never answers with fewer than two digits; a single one may round-trip too
            Digits one = oneDigit(v, all, point);
            if (one != null) {
                return one;
            }
        }
        return new Digits(all, point);
    }

    private static Digits oneDigit(double v, String two, int point) {
        int first = two.charAt(0) - '0';
        BigDecimal exact = new BigDecimal(v);
        Digits best = null;
        BigDecimal bestDistance = null;
        for (int candidate = first; candidate <= first + 1; candidate++) {
            int digit = candidate;
            int p = point;
            if (digit == 10) {
                digit = 1;
                p++;
            }
            BigDecimal value = new BigDecimal(java.math.BigInteger.valueOf(digit), 1 - p);
            if (value.doubleValue() != v) {
                continue;
            }
            BigDecimal distance = value.subtract(exact).abs();
            if (best == null || distance.compareTo(bestDistance) < 0
                    || (distance.compareTo(bestDistance) == 0 && digit % 2 == 0)) {
                best = new Digits(Integer.toString(digit), p);
                bestDistance = distance;
            }
        }
        return best;
    }
}

package org.adder.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The format-spec mini-language {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * parsed and checked as CPython's formatter does, and the layout of strings and numbers it describes.
 * printf-style formatting ({@link PercentFormat}) fills one in directly.
 */
final class MiniSpec {
    int fill = ' ';
    char align = 0;
    char sign = 0;
    boolean noNegativeZero;
    boolean alternate;
    boolean zero;
    int width = -1;
    char grouping = 0;
    int precision = -1;
    int type;
    /** The type name errors mention (the object's, so a bool's spec errors name bool). */
    private String typeName = "";

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Parses {@code spec}; {@code defaultAlign} is '<' for strings and '>' for numbers, as CPython has it. */
    static MiniSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        MiniSpec f = new MiniSpec();
        f.typeName = typeName;
        int[] s = spec.codePoints().toArray();
        int n = s.length;
        int i = 0;
        boolean fillGiven = false;
        if (n >= 2 && isAlign(s[1])) {
            f.fill = s[0];
            f.align = (char) s[1];
            fillGiven = true;
            i = 2;
        } else if (n >= 1 && isAlign(s[0])) {
            f.align = (char) s[0];
            i = 1;
        }
        if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
            f.sign = (char) s[i++];
        }
        if (i < n && s[i] == 'z') {
            f.noNegativeZero = true;
            i++;
        }
        if (i < n && s[i] == '#') {
            f.alternate = true;
            i++;
        }
        if (!fillGiven && i < n && s[i] == '0') {
            f.fill = '0';
            if (f.align == 0 && defaultAlign == '>') {
                f.align = '=';
            }
            i++;
        }
        int start = i;
        i = digits(s, i);
        if (i > start) {
            f.width = number(s, start, i);
        }
        if (i < n && s[i] == ',') {
            f.grouping = ',';
            i++;
        }
        if (i < n && s[i] == '_') {
            if (f.grouping != 0) {
                throw PyErr.valueError("Cannot specify both ',' and '_'.");
            }
            f.grouping = '_';
            i++;
        }
        if (i < n && s[i] == ',' && f.grouping == '_') {
            throw PyErr.valueError("Cannot specify both ',' and '_'.");
        }
        if (i < n && s[i] == '.') {
            i++;
            start = i;
            i = digits(s, i);
            if (i == start) {
                throw PyErr.valueError("Format specifier missing precision");
            }
            f.precision = number(s, start, i);
        }
        if (n - i > 1) {
            throw PyErr.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        f.type = i < n ? s[i] : defaultType;
        if (f.grouping != 0) {
            switch (f.type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {
                }
                case 'b', 'o', 'x', 'X' -> {
                    if (f.grouping != '_') {
                        throw badSeparator(f.grouping, f.type);
                    }
                }
                default -> throw badSeparator(f.grouping, f.type);
            }
        }
        return f;
    }

    private static int digits(int[] s, int i) {
        while (i < s.length && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
        return i;
    }

    /** A width or precision; beyond Py_ssize_t it is an error, beyond an int it is kept as the int maximum. */
    private static int number(int[] s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = s[i] - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static PyException badSeparator(char sep, int type) {
        return PyErr.valueError("Cannot specify '" + sep + "' with " + typeChar(type) + ".");
    }

    private static String typeChar(int type) {
        return type > 32 && type < 128 ? "'" + (char) type + "'" : "'\\x" + Integer.toHexString(type) + "'";
    }

    PyException unknownType() {
        return PyErr.valueError("Unknown format code " + typeChar(type) + " for object of type '" + typeName + "'");
    }

    /** {@code str.__format__} with its checks. */
    String formatString(PyStr s) {
        if (type != 's') {
            throw unknownType();
        }
        if (sign == ' ') {
            throw PyErr.valueError("Space not allowed in string format specifier");
        }
        if (sign != 0) {
            throw PyErr.valueError("Sign not allowed in string format specifier");
        }
        if (noNegativeZero) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (alternate) {
            throw PyErr.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        }
        return padString(s);
    }

    /** The text cut to the precision and padded to the width (left-aligned unless told). */
    String padString(PyStr s) {
        int[] cps = s.codePoints();
        int len = precision >= 0 ? Math.min(precision, cps.length) : cps.length;
        StringBuilder b = new StringBuilder();
        int padding = Math.max(0, width - len);
        int left = switch (align) {
            case '>' -> padding;
            case '^' -> padding / 2;
            default -> 0;
        };
        repeat(b, fill, left);
        for (int i = 0; i < len; i++) {
            b.appendCodePoint(cps[i]);
        }
        repeat(b, fill, padding - left);
        return b.toString();
    }

    private static void repeat(StringBuilder b, int c, int n) {
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(c);
        }
    }

    /**
     * Lays out a number: sign, prefix, the integer digits (grouped, and zero-filled to the width when the
     * fill is '0' with '=' alignment, as CPython's grouping does it) and the rest (decimals, exponent, '%').
     */
    private String number(String signText, String prefix, String digits, String rest) {
        int fixed = signText.length() + prefix.length() + rest.length();
        int minWidth = fill == '0' && align == '=' ? width - fixed : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, type == 'n' ? 0 : grouping,
                type == 'b' || type == 'o' || type == 'x' || type == 'X' ? 4 : 3, minWidth);
        int padding = Math.max(0, width - fixed - grouped.length());
        int left = switch (align == 0 ? '>' : align) {
            case '<', '=' -> 0;
            case '^' -> padding / 2;
            default -> padding;
        };
        StringBuilder b = new StringBuilder();
        repeat(b, fill, left);
        b.append(signText).append(prefix);
        if (align == '=') {
            repeat(b, fill, padding);
        }
        b.append(grouped).append(rest);
        repeat(b, fill, align == '=' ? 0 : padding - left);
        return b.toString();
    }

    /** Groups of {@code every} digits from the right, with leading zeros (and separators) up to minWidth. */
    private static String group(String digits, char sep, int every, int minWidth) {
        StringBuilder b = new StringBuilder();
        int remaining = digits.length();
        boolean separator = false;
        while (true) {
            int l = sep == 0 ? Math.max(Math.max(remaining, minWidth), 1)
                    : Math.min(every, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (separator) {
                b.append(sep);
            }
            b.append(new StringBuilder(digits.substring(remaining - chars, remaining)).reverse());
            repeat(b, '0', zeros);
            remaining -= chars;
            minWidth -= l;
            if (sep == 0 || (remaining <= 0 && minWidth <= 0)) {
                break;
            }
            minWidth--;
            separator = true;
        }
        return b.reverse().toString();
    }

    private String signOf(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /** {@code int.__format__}; the float types format the int converted to a float. */
    String formatInt(PyInt i) {
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(IntOps.toDouble(i));
            }
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
            }
            default -> throw unknownType();
        }
        if (precision >= 0) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        if (noNegativeZero) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger v = i.bigValue();
        if (type == 'c') {
            if (sign != 0) {
                throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (alternate) {
                throw PyErr.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!i.fitsLong()) {
                throw PyErr.overflowError("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PyErr.overflowError("%c arg not in range(0x110000)");
            }
            return number("", "", "", new String(Character.toChars(v.intValue())));
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = v.abs().toString(radix);
        String prefix = "";
        if (alternate && radix != 10) {
            prefix = "0" + (char) type;
        }
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        return number(signOf(v.signum() < 0), prefix, digits, "");
    }

    /** An int for {@code %d %o %x %X}: precision is the minimum number of digits. */
    String formatIntPercent(PyInt i) {
        BigInteger v = i.bigValue();
        String digits = switch (type) {
            case 'o' -> v.abs().toString(8);
            case 'x' -> v.abs().toString(16);
            case 'X' -> v.abs().toString(16).toUpperCase();
            default -> v.abs().toString();
        };
        if (precision > digits.length()) {
            digits = "0".repeat(precision - digits.length()) + digits;
        }
        String prefix = !alternate ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
        return number(signOf(v.signum() < 0), prefix, digits, "");
    }

    /** {@code float.__format__}. */
    String formatFloat(double d) {
        int t = type;
        switch (t) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 0 -> {
            }
            default -> throw unknownType();
        }
        if (precision == Integer.MAX_VALUE) {
            throw PyErr.valueError("precision too big");
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            body = (upper ? body.toUpperCase() : body) + (t == '%' ? "%" : "");
            neg &= !Double.isNaN(d);
        } else {
            int p = precision < 0 ? 6 : precision;
            body = switch (t) {
                case 'f', 'F' -> fixed(a, p, alternate);
                case '%' -> fixed(a * 100, p, alternate) + "%";
                case 'e', 'E' -> exponent(a, p, upper, alternate);
                case 'g', 'G', 'n' -> general(a, p == 0 ? 1 : p, upper, alternate);
                default -> precision < 0 ? FloatFormat.repr(a) : addDot0(general(a, p == 0 ? 1 : p, false, alternate));
            };
            if (noNegativeZero && neg && isZero(body)) {
                neg = false;
            }
        }
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return number(signOf(neg), "", body.substring(0, end), body.substring(end));
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    private static String addDot0(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return s;
            }
        }
        return s + ".0";
    }

    private static String fixed(double a, int p, boolean alternate) {
        String s = Formatting.fixed(a, p);
        return alternate && p == 0 ? s + "." : s;
    }

    private static String exponent(double a, int p, boolean upper, boolean alternate) {
        String mantissa;
        int exp;
        if (a == 0) {
            mantissa = "0" + (p > 0 ? "." + "0".repeat(p) : "");
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a);
            exp = bd.precision() - bd.scale() - 1;
            BigDecimal m = bd.movePointLeft(exp).setScale(p, RoundingMode.HALF_EVEN);
            if (m.compareTo(BigDecimal.TEN) >= 0) {
                exp++;
                m = bd.movePointLeft(exp).setScale(p, RoundingMode.HALF_EVEN);
            }
            mantissa = m.toPlainString();
        }
        if (alternate && p == 0) {
            mantissa += ".";
        }
        String es = String.valueOf(Math.abs(exp));
        return mantissa + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (es.length() < 2 ? "0" : "") + es;
    }

    /** 'g': fixed or exponent notation by the exponent, trailing zeros dropped unless alternate. */
    private static String general(double a, int p, boolean upper, boolean alternate) {
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
            exp = bd.precision() - bd.scale() - 1;
        }
        String out = exp >= -4 && exp < p ? fixed(a, Math.max(0, p - 1 - exp), false)
                : exponent(a, p - 1, upper, false);
        int e = out.indexOf(upper ? 'E' : 'e');
        String mant = e >= 0 ? out.substring(0, e) : out;
        String tail = e >= 0 ? out.substring(e) : "";
        if (alternate) {
            if (mant.indexOf('.') < 0) {
                mant += ".";
            }
        } else if (mant.indexOf('.') >= 0) {
            mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mant + tail;
    }
}

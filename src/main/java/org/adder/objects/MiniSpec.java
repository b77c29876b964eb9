package org.adder.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** The format-spec mini-language {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. */
final class MiniSpec {
    char fill = ' ';
    char align = 0;
    char sign = 0;
    boolean alternate;
    boolean zero;
    int width = -1;
    char grouping = 0;
    int precision = -1;
    char type;

    static MiniSpec parse(String spec, char defaultType, String typeName) {
        MiniSpec f = new MiniSpec();
        int i = 0;
        int n = spec.length();
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            f.fill = spec.charAt(0);
            f.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            f.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            f.sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == 'z') {
            i++;
        }
        if (i < n && spec.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            f.zero = true;
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            f.width = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            f.grouping = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyErr.valueError("Format specifier missing precision");
            }
            f.precision = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n) {
            f.type = spec.charAt(i++);
        } else {
            f.type = defaultType;
        }
        if (i < n) {
            throw PyErr.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        if (f.zero && f.align == 0) {
            f.fill = '0';
            f.align = '=';
        }
        return f;
    }

    private String pad(String body, String prefix, char defaultAlign) {
        int len = prefix.length() + body.codePointCount(0, body.length());
        if (width <= len) {
            return prefix + body;
        }
        int padding = width - len;
        char a = align == 0 ? defaultAlign : align;
        String f = String.valueOf(fill);
        return switch (a) {
            case '<' -> prefix + body + f.repeat(padding);
            case '^' -> f.repeat(padding / 2) + prefix + body + f.repeat(padding - padding / 2);
            case '=' -> prefix + f.repeat(padding) + body;
            default -> f.repeat(padding) + prefix + body;
        };
    }

    String formatString(PyStr s) {
        if (type != 's') {
            throw PyErr.valueError("Unknown format code '" + type + "' for object of type 'str'");
        }
        if (sign != 0) {
            throw PyErr.valueError("Sign not allowed in string format specifier");
        }
        if (align == '=') {
            throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        }
        String v = s.value();
        if (precision >= 0 && v.codePointCount(0, v.length()) > precision) {
            v = v.substring(0, v.offsetByCodePoints(0, precision));
        }
        return pad(v, "", '<');
    }

    private String signOf(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    private static String group(String digits, char sep, int every) {
        StringBuilder b = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                b.append(sep);
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    String formatInt(PyInt i) {
        if ("eEfFgG%".indexOf(type) >= 0) {
            return formatFloat(IntOps.toDouble(i));
        }
        BigInteger v = i.bigValue();
        String digits;
        String prefix = "";
        switch (type) {
            case 'd', 'n' -> digits = v.abs().toString();
            case 'x' -> {
                digits = v.abs().toString(16);
                prefix = alternate ? "0x" : "";
            }
            case 'X' -> {
                digits = v.abs().toString(16).toUpperCase();
                prefix = alternate ? "0X" : "";
            }
            case 'o' -> {
                digits = v.abs().toString(8);
                prefix = alternate ? "0o" : "";
            }
            case 'b' -> {
                digits = v.abs().toString(2);
                prefix = alternate ? "0b" : "";
            }
            case 'c' -> {
                return pad(new String(Character.toChars(v.intValue())), "", '<');
            }
            default -> throw PyErr.valueError("Unknown format code '" + type + "' for object of type 'int'");
        }
        if (grouping != 0) {
            digits = group(digits, grouping, type == 'd' || type == 'n' ? 3 : 4);
        }
        return pad(digits, signOf(v.signum() < 0) + prefix, '>');
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
        return pad(digits, signOf(v.signum() < 0) + prefix, '>');
    }

    String formatFloat(double d) {
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d)) {
            body = Character.isUpperCase(type) ? "NAN" : "nan";
            neg = false;
        } else if (Double.isInfinite(d)) {
            body = Character.isUpperCase(type) ? "INF" : "inf";
        } else {
            int p = precision < 0 ? 6 : precision;
            switch (type) {
                case 'f', 'F' -> body = Formatting.fixed(a, p);
                case '%' -> body = Formatting.fixed(a * 100, p) + "%";
                case 'e', 'E' -> body = exponent(a, p, type == 'E');
                case '\0' -> body = precision < 0 ? FloatFormat.repr(a) : general(a, Math.max(p, 1), false, true);
                case 'g', 'G' -> body = general(a, p == 0 ? 1 : p, type == 'G', alternate);
                default -> throw PyErr.valueError("Unknown format code '" + type + "' for object of type 'float'");
            }
            if (grouping != 0) {
                int dot = body.indexOf('.');
                int end = dot >= 0 ? dot : body.length();
                int e = body.indexOf('e');
                if (e >= 0 && e < end) {
                    end = e;
                }
                body = group(body.substring(0, end), grouping, 3) + body.substring(end);
            }
        }
        return pad(body, signOf(neg), '>');
    }

    private static String exponent(double a, int p, boolean upper) {
        if (a == 0) {
            return "0" + (p > 0 ? "." + "0".repeat(p) : "") + (upper ? "E+00" : "e+00");
        }
        BigDecimal bd = new BigDecimal(a);
        int exp = bd.precision() - bd.scale() - 1;
        BigDecimal m = bd.movePointLeft(exp).setScale(p, RoundingMode.HALF_EVEN);
        if (m.compareTo(BigDecimal.TEN) >= 0) {
            exp++;
            m = bd.movePointLeft(exp).setScale(p, RoundingMode.HALF_EVEN);
        }
        String es = String.valueOf(Math.abs(exp));
        return m.toPlainString() + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (es.length() < 2 ? "0" : "") + es;
    }

    private static String general(double a, int p, boolean upper, boolean keepZeros) {
        if (a == 0) {
            return keepZeros ? "0." + "0".repeat(Math.max(0, p - 1)) : "0";
        }
        BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String out;
        if (exp >= -4 && exp < p) {
            out = bd.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
        } else {
            out = exponent(a, p - 1, upper);
        }
        if (!keepZeros) {
            int e = out.indexOf(upper ? 'E' : 'e');
            String mant = e >= 0 ? out.substring(0, e) : out;
            String tail = e >= 0 ? out.substring(e) : "";
            if (mant.indexOf('.') >= 0) {
                mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            out = mant + tail;
        }
        return out;
    }
}

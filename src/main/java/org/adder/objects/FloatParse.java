package org.adder.objects;

import java.util.regex.Pattern;

/** {@code float(str)}: Python's float syntax (underscores between digits, inf, nan), and its error. */
final class FloatParse {
    private FloatParse() {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?((\\d(_?\\d)*)(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)([eE][+-]?\\d(_?\\d)*)?");

    static double parse(String text, PyObject original) {
        String s = ascii(PyStr.stripWhitespace(text));
        if (s != null) {
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
            boolean neg = lower.startsWith("-");
            if (body.equals("inf") || body.equals("infinity")) {
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (body.equals("nan")) {
                return neg ? -Double.NaN : Double.NaN;
            }
            if (NUMBER.matcher(s).matches()) {
                return Double.parseDouble(s.replace("_", ""));
            }
        }
        throw PyErr.valueError("could not convert string to float: " + Abstract.repr(original).value());
    }

    /** The text with Unicode decimal digits made ASCII, or null if it has other non-ASCII characters. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                b.append((char) cp);
                continue;
            }
            int d = com.ibm.icu.lang.UCharacter.getType(cp) == com.ibm.icu.lang.UCharacterCategory.DECIMAL_DIGIT_NUMBER
                    ? com.ibm.icu.lang.UCharacter.digit(cp, 10) : -1;
            if (d < 0) {
                return null;
            }
            b.append((char) ('0' + d));
        }
        return b.toString();
    }
}

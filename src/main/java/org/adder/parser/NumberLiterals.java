package org.adder.parser;

import java.math.BigInteger;
import org.adder.objects.PyComplex;
import org.adder.objects.PyFloat;
import org.adder.objects.PyInt;
import org.adder.objects.PyObject;

/**
 * The value of a NUMBER token, as CPython 3.12's parser computes it: an int in any base (with
 * underscores), a float correctly rounded (overflowing to inf, as {@code 1e400} does, without
 * error), or an imaginary number (a complex with real part 0.0).
 *
 * <p>A decimal int of more than 4,300 digits is refused as CPython refuses it (the default
 * {@code sys.get_int_max_str_digits()}): {@link LiteralError} with CPython's message, which the
 * parser raises at the token's lines with no columns (offset and end_offset 0: CPython passes
 * -1 so as not to underline thousands of digits).
 */
public final class NumberLiterals {
    /** CPython's default limit on decimal digits in int conversion. */
    public static final int MAX_STR_DIGITS = 4300;

    private NumberLiterals() {
    }

    /** The value of a NUMBER token's text: PyInt, PyFloat or PyComplex. */
    public static PyObject decode(String token) {
        String s = token.indexOf('_') < 0 ? token : token.replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new PyComplex(0.0, parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            int radix = switch (s.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return integer(s.substring(2), radix);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return new PyFloat(parseDouble(s));
            }
        }
        if (s.length() > MAX_STR_DIGITS) {
            throw new LiteralError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: "
                    + "value has " + s.length() + " digits; use sys.set_int_max_str_digits() to increase the limit"
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }
        return integer(s, 10);
    }

    private static PyInt integer(String digits, int radix) {
        int bitsPerDigit = radix == 10 ? 4 : Integer.numberOfTrailingZeros(radix);
        if ((long) digits.length() * bitsPerDigit < 63) {
            return PyInt.of(Long.parseLong(digits, radix));
        }
        return PyInt.of(new BigInteger(digits, radix));
    }

    /**
     * A decimal float literal, correctly rounded as CPython's dtoa rounds it. The tokenizer has
     * checked the syntax, which Java's parser accepts as is (digits, '.', exponent).
     */
    private static double parseDouble(String s) {
        return Double.parseDouble(s);
    }
}

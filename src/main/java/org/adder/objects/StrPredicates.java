package org.adder.objects;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UProperty;
import java.util.function.IntPredicate;

/**
 * The {@code str.is*()} predicates from Unicode 15.0 data. Each but isascii and isprintable is false for
 * the empty string; islower, isupper and istitle are in {@link StrCase}.
 */
final class StrPredicates {
    private StrPredicates() {
    }

    static boolean all(PyStr s, IntPredicate p, boolean empty) {
        String v = s.value();
        if (v.isEmpty()) {
            return empty;
        }
        if (s.isBmp()) {
            for (int i = 0; i < v.length(); i++) {
                if (!p.test(v.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        for (int c : s.codePoints()) {
            if (!p.test(c)) {
                return false;
            }
        }
        return true;
    }

    /** Letters: the categories Lu, Ll, Lt, Lm and Lo. */
    static boolean isAlpha(int c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return switch (UCharacter.getType(c)) {
            case ECharacterCategory.UPPERCASE_LETTER, ECharacterCategory.LOWERCASE_LETTER,
                 ECharacterCategory.TITLECASE_LETTER, ECharacterCategory.MODIFIER_LETTER,
                 ECharacterCategory.OTHER_LETTER -> true;
            default -> false;
        };
    }

    /** Characters with a decimal digit value (Numeric_Type=Decimal, the category Nd). */
    static boolean isDecimal(int c) {
        return c < 128 ? c >= '0' && c <= '9' : UCharacter.getType(c) == UCharacterCategory.DECIMAL_DIGIT_NUMBER;
    }

    /** Characters with a digit value: Numeric_Type Decimal or Digit. */
    static boolean isDigit(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int t = UCharacter.getIntPropertyValue(c, UProperty.NUMERIC_TYPE);
        return t == UCharacter.NumericType.DECIMAL || t == UCharacter.NumericType.DIGIT;
    }

    /** Characters with any numeric value, the Unihan numerals included. */
    static boolean isNumeric(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        return UCharacter.getIntPropertyValue(c, UProperty.NUMERIC_TYPE) != UCharacter.NumericType.NONE;
    }

    static boolean isAlnum(int c) {
        return isAlpha(c) || isNumeric(c);
    }
}

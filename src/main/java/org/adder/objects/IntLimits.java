package org.adder.objects;

/** {@code sys.get_int_max_str_digits()}/{@code set_int_max_str_digits()}: the int/str conversion limit. */
public final class IntLimits {
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    public static final int MIN_MAX_STR_DIGITS = 640;
    private static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    private IntLimits() {
    }

    /** The limit; 0 means none. */
    public static int maxStrDigits() {
        return maxStrDigits;
    }

    public static void setMaxStrDigits(int n) {
        maxStrDigits = n;
    }
}

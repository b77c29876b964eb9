package org.adder.objects;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.CaseMap;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case operations of {@code str} (upper, lower, casefold, title, capitalize, swapcase) and the case
 * predicates, as CPython defines them: character by character with the full (SpecialCasing) mappings of
 * Unicode 15.0, the only context being the final sigma rule of lower(). ICU's string functions use word
 * breaks for titlecase, so each code point is mapped on its own here.
 */
final class StrCase {
    private StrCase() {
    }

    private enum Kind { UPPER, LOWER, TITLE, FOLD }

    private static final CaseMap.Upper UPPER = CaseMap.toUpper();
    private static final CaseMap.Lower LOWER = CaseMap.toLower();
    private static final CaseMap.Title TITLE = CaseMap.toTitle().wholeString().noBreakAdjustment().noLowercase();
    private static final CaseMap.Fold FOLD = CaseMap.fold();
    private static final ConcurrentHashMap<Integer, int[]>[] CACHE = caches();

    @SuppressWarnings("unchecked")
    private static ConcurrentHashMap<Integer, int[]>[] caches() {
        ConcurrentHashMap<Integer, int[]>[] c = new ConcurrentHashMap[Kind.values().length];
        for (int i = 0; i < c.length; i++) {
            c[i] = new ConcurrentHashMap<>();
        }
        return c;
    }

    private static final int SIGMA = 0x3a3;

    static PyStr upper(PyStr s) {
        return map(s, Kind.UPPER);
    }

    static PyStr lower(PyStr s) {
        return map(s, Kind.LOWER);
    }

    static PyStr casefold(PyStr s) {
        return map(s, Kind.FOLD);
    }

    private static PyStr map(PyStr s, Kind kind) {
        int[] cps = s.codePoints();
        Out out = new Out(cps.length);
        for (int i = 0; i < cps.length; i++) {
            if (kind == Kind.LOWER) {
                lowerAt(cps, i, out);
            } else {
                out.add(cps[i], full(cps[i], kind));
            }
        }
        return out.str();
    }

    /** {@code str.title()}: titlecase after an uncased character, lowercase after a cased one. */
    static PyStr title(PyStr s) {
        int[] cps = s.codePoints();
        Out out = new Out(cps.length);
        boolean previousCased = false;
        for (int i = 0; i < cps.length; i++) {
            if (previousCased) {
                lowerAt(cps, i, out);
            } else {
                out.add(cps[i], full(cps[i], Kind.TITLE));
            }
            previousCased = isCased(cps[i]);
        }
        return out.str();
    }

    /** {@code str.capitalize()}: the first character in titlecase, the rest in lowercase. */
    static PyStr capitalize(PyStr s) {
        int[] cps = s.codePoints();
        Out out = new Out(cps.length);
        for (int i = 0; i < cps.length; i++) {
            if (i == 0) {
                out.add(cps[i], full(cps[i], Kind.TITLE));
            } else {
                lowerAt(cps, i, out);
            }
        }
        return out.str();
    }

    static PyStr swapcase(PyStr s) {
        int[] cps = s.codePoints();
        Out out = new Out(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (isUpper(c)) {
                lowerAt(cps, i, out);
            } else if (isLower(c)) {
                out.add(c, full(c, Kind.UPPER));
            } else {
                out.add(c);
            }
        }
        return out.str();
    }

    static boolean isLowerStr(int[] cps) {
        boolean cased = false;
        for (int c : cps) {
            if (isUpper(c) || isTitle(c)) {
                return false;
            }
            cased |= isLower(c);
        }
        return cased;
    }

    static boolean isUpperStr(int[] cps) {
        boolean cased = false;
        for (int c : cps) {
            if (isLower(c) || isTitle(c)) {
                return false;
            }
            cased |= isUpper(c);
        }
        return cased;
    }

    /** {@code str.istitle()}: cased runs start with an upper or titlecase letter and go on in lowercase. */
    static boolean isTitleStr(int[] cps) {
        boolean cased = false;
        boolean previousCased = false;
        for (int c : cps) {
            if (isUpper(c) || isTitle(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    static boolean isUpper(int c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : UCharacter.hasBinaryProperty(c, UProperty.UPPERCASE);
    }

    static boolean isLower(int c) {
        return c < 128 ? c >= 'a' && c <= 'z' : UCharacter.hasBinaryProperty(c, UProperty.LOWERCASE);
    }

    private static boolean isTitle(int c) {
        return c >= 128 && UCharacter.isTitleCase(c);
    }

    private static boolean isCased(int c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : UCharacter.hasBinaryProperty(c, UProperty.CASED);
    }

    private static boolean isCaseIgnorable(int c) {
        return UCharacter.hasBinaryProperty(c, UProperty.CASE_IGNORABLE);
    }

    /** The lowercase of {@code cps[i]}, where a capital sigma that ends a word becomes the final form. */
    private static void lowerAt(int[] cps, int i, Out out) {
        if (cps[i] == SIGMA) {
            out.add(finalSigma(cps, i) ? 0x3c2 : 0x3c3);
        } else {
            out.add(cps[i], full(cps[i], Kind.LOWER));
        }
    }

    private static boolean finalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !isCased(cps[j])) {
            return false;
        }
        j = i + 1;
        while (j < cps.length && isCaseIgnorable(cps[j])) {
            j++;
        }
        return j == cps.length || !isCased(cps[j]);
    }

    /** The full mapping of one code point, or null when it maps to itself. */
    private static int[] full(int c, Kind kind) {
        if (c < 128) {
            boolean up = c >= 'a' && c <= 'z';
            boolean low = c >= 'A' && c <= 'Z';
            return switch (kind) {
                case UPPER, TITLE -> up ? new int[] {c - 32} : null;
                case LOWER, FOLD -> low ? new int[] {c + 32} : null;
            };
        }
        if (!changes(c, kind)) {
            return null;
        }
        int[] m = CACHE[kind.ordinal()].computeIfAbsent(c, k -> compute(k, kind));
        return m.length == 0 ? null : m;
    }

    /**
     * Whether the full mapping may change {@code c}; the Changes_When_* properties compare NFD forms, so a
     * precomposed letter such as U+01F0 needs the Cased test as well.
     */
    private static boolean changes(int c, Kind kind) {
        if (c >= 0xd800 && c <= 0xdfff) {
            return false;
        }
        if (UCharacter.hasBinaryProperty(c, UProperty.CASED)) {
            return true;
        }
        return switch (kind) {
            case UPPER -> UCharacter.toUpperCase(c) != c
                    || UCharacter.hasBinaryProperty(c, UProperty.CHANGES_WHEN_UPPERCASED);
            case LOWER -> UCharacter.toLowerCase(c) != c
                    || UCharacter.hasBinaryProperty(c, UProperty.CHANGES_WHEN_LOWERCASED);
            case TITLE -> UCharacter.toTitleCase(c) != c
                    || UCharacter.hasBinaryProperty(c, UProperty.CHANGES_WHEN_TITLECASED);
            case FOLD -> UCharacter.foldCase(c, true) != c
                    || UCharacter.hasBinaryProperty(c, UProperty.CHANGES_WHEN_CASEFOLDED);
        };
    }

    private static int[] compute(int c, Kind kind) {
        String one = new String(Character.toChars(c));
        String m = switch (kind) {
            case UPPER -> UPPER.apply(Locale.ROOT, one);
            case LOWER -> LOWER.apply(Locale.ROOT, one);
            case TITLE -> TITLE.apply(Locale.ROOT, null, one);
            case FOLD -> FOLD.apply(one);
        };
        return m.equals(one) ? new int[0] : m.codePoints().toArray();
    }

    /** The code points of a result; null from {@link #full} means the code point itself. */
    private static final class Out {
        private int[] buf;
        private int n;

        Out(int capacity) {
            buf = new int[Math.max(capacity, 4)];
        }

        void add(int c) {
            if (n == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            buf[n++] = c;
        }

        /** Appends {@code m}, the mapping of {@code c}, which is c itself when null. */
        void add(int c, int[] m) {
            if (m == null) {
                add(c);
                return;
            }
            for (int x : m) {
                add(x);
            }
        }

        PyStr str() {
            return PyStr.fromCodePoints(java.util.Arrays.copyOf(buf, n));
        }
    }
}

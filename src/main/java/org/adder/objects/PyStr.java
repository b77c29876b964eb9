package org.adder.objects;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import java.util.Arrays;

/**
 * Python's {@code str}. The text is held as a Java string of UTF-16 code units; code points
 * outside the BMP are surrogate pairs, lone surrogates are kept as they are. A Python string
 * can also hold a high surrogate code point followed by a low one ('\ud83d\ude00' is two
 * code points, not an emoji); a Java string cannot tell that from a pair, so such strings
 * also keep their code points.
 */
public class PyStr extends PyObject {
    /** Interned strings: identifiers and names, one object per text (sys.intern). */
    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> INTERNED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final String value;
    /** The code points when {@link #value} would pair up adjacent surrogates, else null. */
    private final int[] codePoints;
    /** The cached hash and the key it was computed with (tests switch seeds). */
    private long hash;
    private volatile Hashing.Secret hashKey;

    /** The empty string and the Latin-1 one-character strings: shared objects, as in CPython. */
    private static final PyStr[] LATIN1 = new PyStr[256];
    public static final PyStr EMPTY = new PyStr("");

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = new PyStr(String.valueOf((char) c));
        }
    }

    public static final PyType TYPE = new TypeSpec("str", PyStr.class)
            .flags(PyType.BASETYPE | PyType.UNICODE_SUBCLASS | PyType.MATCH_SELF)
            .slots(StrType::slots)
            .methods(StrType::methods)
            .build();

    /**
     * The interned str of this text ({@code sys.intern}): names the runtime looks up are interned so that
     * dictionaries find them by identity.
     */
    public static PyStr intern(String value) {
        PyStr s = INTERNED.get(value);
        if (s != null) {
            return s;
        }
        PyStr made = value.length() <= 1 ? of(value) : new PyStr(value);
        PyStr prior = INTERNED.putIfAbsent(value, made);
        return prior != null ? prior : made;
    }

    /** The interned equal of {@code s} (which is returned itself when it is the first of its text). */
    public static PyStr intern(PyStr s) {
        if (s.codePoints != null || s.getClass() != PyStr.class) {
            return s;
        }
        PyStr prior = INTERNED.putIfAbsent(s.value, s);
        return prior != null ? prior : s;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
    public PyStr(String value) {
        this.value = value;
        this.codePoints = null;
    }

    /**
     * A str of this text; the empty and one-character Latin-1 strings are shared objects as
     * CPython's are (which decides how marshal writes them).
     */
    public static PyStr of(String value) {
        if (value.isEmpty()) {
            return EMPTY;
        }
        if (value.length() == 1 && value.charAt(0) < 256) {
            return LATIN1[value.charAt(0)];
        }
        return new PyStr(value);
    }

    PyStr(String value, int[] codePoints) {
        this.value = value;
        this.codePoints = codePoints;
    }

    /** The string of these code points; surrogate code points stay separate code points. */
    public static PyStr fromCodePoints(int[] cps) {
        StringBuilder sb = new StringBuilder(cps.length);
        boolean ambiguous = false;
        for (int i = 0; i < cps.length; i++) {
            sb.appendCodePoint(cps[i]);
            ambiguous |= i > 0 && Character.isHighSurrogate((char) cps[i - 1]) && cps[i - 1] < 0x10000
                    && Character.isLowSurrogate((char) cps[i]) && cps[i] < 0x10000;
        }
        return ambiguous ? new PyStr(sb.toString(), cps.clone()) : of(sb.toString());
    }

    /** The strs one after another ({@code ''.join(parts)}); surrogate code points stay separate. */
    public static PyStr concat(java.util.List<PyStr> parts) {
        boolean separate = false;
        for (PyStr p : parts) {
            separate |= p.codePoints != null;
        }
        // a part ending in a lone high surrogate and the next starting with a lone low one would
        // pair up in a Java string, where Python keeps two code points
        if (separate || pairsAcross(parts)) {
            return joinCodePoints(parts);
        }
        StringBuilder b = new StringBuilder();
        for (PyStr p : parts) {
            b.append(p.value);
        }
        return of(b.toString());
    }

    private static boolean pairsAcross(java.util.List<PyStr> parts) {
        for (int i = 0; i + 1 < parts.size(); i++) {
            String a = parts.get(i).value;
            String b = parts.get(i + 1).value;
            if (!a.isEmpty() && !b.isEmpty() && Character.isHighSurrogate(a.charAt(a.length() - 1))
                    && Character.isLowSurrogate(b.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static PyStr joinCodePoints(java.util.List<PyStr> parts) {
        int n = 0;
        for (PyStr p : parts) {
            n += p.length();
        }
        int[] all = new int[n];
        int k = 0;
        for (PyStr p : parts) {
            int[] cps = p.codePoints();
            System.arraycopy(cps, 0, all, k, cps.length);
            k += cps.length;
        }
        return fromCodePoints(all);
    }

    /** The Python code points of the string. */
    public int[] codePoints() {
        return codePoints != null ? codePoints.clone() : value.codePoints().toArray();
    }

    /** {@code len(s)}. */
    public int length() {
        return codePoints != null ? codePoints.length : value.codePointCount(0, value.length());
    }

    public String value() {
        return value;
    }

    @Override
    public String repr() {
        return codePoints != null ? repr(codePoints) : repr(value);
    }

    @Override
    public String str() {
        return value;
    }


    /** {@code hash(s)}: SipHash-1-3 under the process's PYTHONHASHSEED (see {@link Hashing}). */
    @Override
    public long hash() {
        Hashing.Secret key = Hashing.secret();
        if (hashKey != key) {
            hash = codePoints != null ? Hashing.str(codePoints) : Hashing.str(value);
            hashKey = key;
        }
        return hash;
    }

    /** 1 when every character is in the BMP (Java indices are Python indices), 2 when not, 0 not yet known. */
    private byte bmp;

    /** True when the text has only BMP characters (then Java indices are Python indices). */
    public boolean isBmp() {
        if (bmp == 0) {
            boolean all = codePoints == null;
            for (int i = 0; all && i < value.length(); i++) {
                all = !Character.isSurrogate(value.charAt(i));
            }
            bmp = (byte) (all ? 1 : 2);
        }
        return bmp == 1;
    }

    /** {@code str.isidentifier()}: Unicode 15's XID_Start/XID_Continue, as CPython's. */
    public boolean isIdentifier() {
        return codePoints == null && !value.isEmpty() && org.adder.tokenize.Identifiers.firstInvalid(value) == value.length();
    }

    /** The text without Python whitespace at either end (what int() and float() ignore). */
    public static String stripWhitespace(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && StrType.isSpace(s.codePointAt(a))) {
            a += Character.charCount(s.codePointAt(a));
        }
        while (b > a && StrType.isSpace(s.codePointBefore(b))) {
            b -= Character.charCount(s.codePointBefore(b));
        }
        return s.substring(a, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value) && Arrays.equals(s.codePoints, codePoints);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Python's str ordering of two texts: by code point, where Java's {@code compareTo} orders UTF-16
     * units and so puts characters beyond the BMP before U+E000..U+FFFF.
     */
    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** {@code repr(s)}: single quotes unless the text has a ' and no ", escapes for the unprintable. */
    public static String repr(String s) {
        return repr(s.codePoints().toArray());
    }

    private static String repr(int[] cps) {
        boolean single = false;
        boolean dbl = false;
        for (int cp : cps) {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder(cps.length + 2);
        out.append(quote);
        for (int cp : cps) {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hex(out, 'x', cp, 2);
            } else if (cp < 0x7f) {
                out.append((char) cp);
            } else if (isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(out, 'x', cp, 2);
            } else if (cp <= 0xffff) {
                hex(out, 'u', cp, 4);
            } else {
                hex(out, 'U', cp, 8);
            }
        }
        return out.append(quote).toString();
    }

    /**
     * {@code str.isprintable()} for one code point, from Unicode 15.0 data: everything but
     * the "Other" and "Separator" categories, except the ASCII space.
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (UCharacter.getType(cp)) {
            case UCharacterCategory.CONTROL:
            case UCharacterCategory.FORMAT:
            case UCharacterCategory.SURROGATE:
            case UCharacterCategory.PRIVATE_USE:
            case UCharacterCategory.UNASSIGNED:
            case UCharacterCategory.LINE_SEPARATOR:
            case UCharacterCategory.PARAGRAPH_SEPARATOR:
            case UCharacterCategory.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static void hex(StringBuilder out, char kind, int cp, int digits) {
        out.append('\\').append(kind);
        String h = Integer.toHexString(cp);
        for (int i = h.length(); i < digits; i++) {
            out.append('0');
        }
        out.append(h);
    }

    /** A str subclass instance. */
    public static final class Derived extends PyStr implements HeapObject {
        private PyType type;
        private PyDict dict;

        public Derived(PyType type, PyStr value) {
            super(value.value, value.codePoints);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType t) {
            type = t;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public PyDict dictForWrite() {
            if (dict == null && type.instancesHaveDict()) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public PyObject[] slotValues() {
            return null;
        }
    }
}

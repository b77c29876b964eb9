package org.adder.objects;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;

/**
 * Python's {@code str}. The text is held as a Java string of UTF-16 code units; code points
 * outside the BMP are surrogate pairs, lone surrogates are kept as they are.
 */
public final class PyStr extends PyObject {
    private final String value;
    /** The cached hash and the key it was computed with (tests switch seeds). */
    private long hash;
    private Hashing.Secret hashKey;

    public PyStr(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    @Override
    public String repr() {
        return repr(value);
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public String typeName() {
        return "str";
    }

    /** {@code hash(s)}: SipHash-1-3 under the process's PYTHONHASHSEED (see {@link Hashing}). */
    @Override
    public long hash() {
        Hashing.Secret key = Hashing.secret();
        if (hashKey != key) {
            hash = Hashing.str(value);
            hashKey = key;
        }
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** {@code repr(s)}: single quotes unless the text has a ' and no ", escapes for the unprintable. */
    public static String repr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
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
}

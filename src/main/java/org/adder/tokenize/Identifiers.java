package org.adder.tokenize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * PEP 3131 identifiers at Unicode 15.0 (ICU4J), whatever Unicode version the JDK has: a start
 * character with XID_Start (or '_'), then XID_Continue characters.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /** The index of the first character that cannot stand where it is, or the length if none. */
    public static int firstInvalid(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean ok = i == 0
                    ? cp == '_' || UCharacter.hasBinaryProperty(cp, UProperty.XID_START)
                    : UCharacter.hasBinaryProperty(cp, UProperty.XID_CONTINUE);
            if (!ok) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return name.length();
    }
}

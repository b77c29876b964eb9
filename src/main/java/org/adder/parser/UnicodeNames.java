package org.adder.parser;

import com.ibm.icu.lang.UCharacter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The name lookup behind {@code \N{NAME}} in string literals, as CPython 3.12's unicodedata
 * does it (Unicode 15.0): character names and formal aliases, matched without regard to ASCII
 * case, but not named sequences. Two algorithmic families are matched case-sensitively, as
 * CPython spells them out in code rather than in its name table: {@code CJK UNIFIED
 * IDEOGRAPH-XXXX} (four or five upper-case hex digits) and {@code HANGUL SYLLABLE ...}.
 * Names ICU knows only as ranges that CPython's table lacks (Tangut ideographs) are unknown.
 */
public final class UnicodeNames {
    private static final String CJK = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL = "HANGUL SYLLABLE ";
    private static final Map<String, Integer> ALIASES = loadAliases();

    private UnicodeNames() {
    }

    /** The code point named {@code name}, or -1 when CPython would not know it. */
    public static int lookup(String name) {
        if (name.startsWith(CJK)) {
            return unifiedIdeograph(name.substring(CJK.length()));
        }
        if (name.startsWith(HANGUL)) {
            String syllable = name.substring(HANGUL.length());
            if (syllable.isEmpty() || !syllable.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                return -1;
            }
            int cp = UCharacter.getCharFromName(name);
            return cp >= 0xAC00 && cp <= 0xD7A3 ? cp : -1;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return -1;
            }
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith(CJK) || upper.startsWith(HANGUL) || upper.startsWith("TANGUT IDEOGRAPH-")) {
            return -1;
        }
        int cp = UCharacter.getCharFromName(upper);
        if (cp >= 0) {
            return cp;
        }
        cp = UCharacter.getCharFromNameAlias(upper);
        if (cp >= 0) {
            return cp;
        }
        Integer alias = ALIASES.get(upper);
        if (alias != null) {
            return alias;
        }
        return variationSelector(upper);
    }

    private static int unifiedIdeograph(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        String name = UCharacter.getName(v);
        return name != null && name.startsWith(CJK) ? v : -1;
    }

    /** VS1..VS16 are U+FE00..U+FE0F, VS17..VS256 U+E0100..U+E01EF. */
    private static int variationSelector(String upper) {
        if (!upper.matches("VS[1-9][0-9]{0,2}")) {
            return -1;
        }
        int n = Integer.parseInt(upper.substring(2));
        if (n <= 16) {
            return 0xFE00 + n - 1;
        }
        return n <= 256 ? 0xE0100 + n - 17 : -1;
    }

    private static Map<String, Integer> loadAliases() {
        Map<String, Integer> aliases = new HashMap<>();
        try (var in = UnicodeNames.class.getResourceAsStream("name-aliases.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int semi = line.indexOf(';');
                aliases.put(line.substring(semi + 1), Integer.parseInt(line.substring(0, semi), 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return aliases;
    }
}

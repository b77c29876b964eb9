package org.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adder.harness.CPython;
import org.junit.jupiter.api.Test;

/** \N{...} names as CPython 3.12's unicodedata resolves them (Unicode 15.0). */
class UnicodeNamesTest {
    /** Every character name CPython knows resolves to its character, in upper and lower case. */
    @Test
    void everyNameOfTheReference() {
        String script = """
                import unicodedata, sys
                assert unicodedata.unidata_version == '15.0.0'
                out = []
                for cp in range(0x110000):
                    n = unicodedata.name(chr(cp), None)
                    if n is not None:
                        out.append('%x;%s' % (cp, n))
                print('\\n'.join(out))
                """;
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (String line : CPython.run("-c", script).split("\n")) {
            int semi = line.indexOf(';');
            int cp = Integer.parseInt(line.substring(0, semi), 16);
            String name = line.substring(semi + 1);
            count++;
            if (UnicodeNames.lookup(name) != cp) {
                failures.add(name + " -> " + UnicodeNames.lookup(name));
            }
            // CPython's name table ignores case; its CJK and Hangul rules do not
            boolean caseSensitive = name.startsWith("CJK UNIFIED IDEOGRAPH-") || name.startsWith("HANGUL SYLLABLE ");
            String lower = name.toLowerCase(Locale.ROOT);
            if (UnicodeNames.lookup(lower) != (caseSensitive ? -1 : cp)) {
                failures.add(lower + " -> " + UnicodeNames.lookup(lower));
            }
        }
        assertEquals("", String.join("\n", failures.stream().limit(30).toList()));
        assertEquals(true, count > 140_000, "names: " + count);
    }

    /** Every alias in name-aliases.txt is CPython's alias for the same character. */
    @Test
    void aliasesAsTheReference() throws IOException {
        String text;
        try (InputStream in = UnicodeNames.class.getResourceAsStream("name-aliases.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> names = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                int semi = line.indexOf(';');
                names.add(line.substring(semi + 1));
                expected.append(Integer.parseInt(line.substring(0, semi), 16)).append('\n');
            }
        }
        for (int n = 1; n <= 256; n++) {
            names.add("VS" + n);
        }
        String script = "import unicodedata, sys\n"
                + "for n in sys.argv[1:]:\n"
                + "    print(ord(unicodedata.lookup(n)))\n";
        List<String> args = new ArrayList<>(List.of("-c", script));
        args.addAll(names);
        String[] cpython = CPython.run(args.toArray(String[]::new)).split("\n");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (UnicodeNames.lookup(names.get(i)) != Integer.parseInt(cpython[i])) {
                failures.add(names.get(i) + ": " + UnicodeNames.lookup(names.get(i)) + ", CPython " + cpython[i]);
            }
        }
        assertEquals("", String.join("\n", failures));
    }
}

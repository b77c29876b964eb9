package org.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adder.harness.CPython;
import org.adder.objects.PyObject;
import org.junit.jupiter.api.Test;

/** STRING tokens decoded as CPython 3.12 decodes them: values, error messages, warnings. */
class StringLiteralsTest {
    private static final List<String> CASES = List.of(
            "'abc'", "\"abc\"", "'''a\"b'''", "\"\"\"x\ny\"\"\"", "''", "\"\"", "''''''",
            "r'\\d'", "R'\\x'", "rb'\\d'", "Rb'\\x'", "bR'\\x'", "BR'\\\\'", "b'abc'", "B'abc'", "u'x'", "U'x'",
            "'\\d'", "'\\400'", "'\\777'", "'\\8'", "'\\9'", "b'\\d'", "b'\\400'", "b'\\8'", "'\\q\\d'", "'\\ '",
            "'\\x4'", "'é\\x4'", "'ab\\x'", "'\\xg0'", "'\\x41\\x4a'", "b'\\x4'", "b'ab\\xg0'", "b'\\x41\\xff'",
            "'\\N{foo}'", "'\\N'", "'\\Nx'", "'\\N{'", "'\\N{LATIN SMALL LETTER A'", "'\\N{}'", "'é\\N{nope}'",
            "'\\U00110000'", "'\\u12'", "'\\U1234'", "'\\u00e9\\U0001F600\\ud800'", "'\\uDC00\\ud83d'",
            "b'é'", "rb'é'", "'\\é'", "'\\\n'", "'a\\\nb'", "'''a\\\nb'''", "'\\0\\12\\123\\1234'", "b'\\xff\\377'",
            "'\\a\\b\\f\\n\\r\\t\\v\\'\\\"\\\\'", "b'\\a\\b\\f\\n\\r\\t\\v\\'\\\"\\\\'",
            "'\\N{LATIN SMALL LETTER A}'", "'\\N{latin small letter a}'", "'\\N{BYTE ORDER MARK}'",
            "'\\N{LINE FEED}'", "'\\N{LF}'", "'\\N{NUL}'", "'\\N{ESC}'", "'\\N{ZWNBSP}'", "'\\N{FVS4}'",
            "'\\N{VS1}'", "'\\N{vs16}'", "'\\N{VS17}'", "'\\N{VS256}'", "'\\N{VS257}'", "'\\N{VS0}'",
            "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "'\\N{CJK UNIFIED IDEOGRAPH-04E00}'",
            "'\\N{CJK UNIFIED IDEOGRAPH-4e00}'", "'\\N{Cjk unified ideograph-4e00}'",
            "'\\N{CJK UNIFIED IDEOGRAPH-2A6DF}'", "'\\N{CJK UNIFIED IDEOGRAPH-2A6E0}'",
            "'\\N{CJK UNIFIED IDEOGRAPH-31350}'", "'\\N{CJK UNIFIED IDEOGRAPH-323AF}'",
            "'\\N{HANGUL SYLLABLE GA}'", "'\\N{HANGUL SYLLABLE PWILH}'", "'\\N{hangul syllable ga}'",
            "'\\N{HANGUL SYLLABLE gA}'", "'\\N{HANGUL SYLLABLE XX}'",
            "'\\N{EM DASH}'", "b'\\N{EM DASH}'", "'\\N{ LATIN SMALL LETTER A}'", "'\\N{KEYCAP NUMBER SIGN}'",
            "'\\N{LATIN CAPITAL LETTER GHA}'", "'\\N{latin capital letter gha}'", "'\\N{TANGUT IDEOGRAPH-17000}'",
            "'\\N{TANGUT COMPONENT-001}'", "'\\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'",
            "'\\N{NUSHU CHARACTER-1B170}'", "'\\N{nushu character-1b170}'", "'\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'",
            "'\\N{PRIVATE USE AREA}'", "'\\N{NULL}'", "'\\N{SPACE}'", "'\\N{BELL}'", "'\\N{ALERT}'",
            "'\\N{HENTAIGANA LETTER E-1}'", "'\\N{EGYPTIAN HIEROGLYPH A001}'", "'\\N{SINGLE-SHIFT-2}'",
            "'\\N{ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE}'", "'\\N{DEVANAGARI LETTER A}'",
            "'\\N{LATIN SMALL LETTER A WITH ACUTE}x\\d'", "'é\\d'", "'😀\\q'", "'\\😀'", "'x\\N{é}'",
            "'\\400\\d'", "'\\d\\400'", "'\\1\\7\\78'", "'\\U0010FFFF'", "'\\U00000041'", "'\\u0041\\u00'",
            "'\\ud83d\\ude00'", "'\\uD800\\uDC02'", "'\\ud83d\\U0001F600\\ude00x'", "'\\ud800\\x41\\udc00'",
            "'\\U0000d83d\\U0000de00'", "'\\ud83d\\N{LATIN SMALL LETTER A}\\ude00'");

    @Test
    void decodesAsCPython() throws IOException {
        Path list = Files.createTempFile("adder-strings-", ".txt");
        Files.writeString(list, String.join("\0", CASES), StandardCharsets.UTF_8);
        String script = """
                import sys, warnings
                cases = open(sys.argv[1], encoding='utf-8').read().split('\\0')
                for c in cases:
                    with warnings.catch_warnings(record=True) as w:
                        warnings.simplefilter('always')
                        try:
                            r = 'V ' + repr(eval(compile(c, 'f.py', 'eval')))
                        except SyntaxError as e:
                            r = 'E ' + e.msg
                    for x in w:
                        r += ' | W ' + x.category.__name__ + ': ' + str(x.message)
                    print(ascii(r))
                """;
        String[] expected = CPython.run("-c", script, list.toString()).split("\n");
        Files.delete(list);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < CASES.size(); k++) {
            String ours = ours(CASES.get(k));
            String want = expected[k];
            if (!want.equals(ours)) {
                failures.add(CASES.get(k) + "\n   expected " + want + "\n   got      " + ours);
            }
        }
        assertEquals("", String.join("\n", failures));
    }

    /** Our outcome in the script's format: ascii() of "V repr | W ..." or "E message". */
    private static String ours(String token) {
        StringBuilder warnings = new StringBuilder();
        String r;
        try {
            PyObject v = StringLiterals.decode(token, m -> warnings.append(" | W SyntaxWarning: ").append(m));
            r = "V " + v.repr();
        } catch (LiteralError e) {
            r = "E " + e.getMessage();
            warnings.setLength(0);
        }
        return ascii(r + warnings);
    }

    /** Python's ascii() of a str. */
    static String ascii(String s) {
        String repr = org.adder.objects.PyStr.repr(s);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        return out.toString();
    }

    @Test
    void kindAndFStringParts() {
        assertEquals("u", StringLiterals.kind("u'x'"));
        assertEquals(null, StringLiterals.kind("U'x'"));
        assertEquals(null, StringLiterals.kind("'x'"));
        List<String> warned = new ArrayList<>();
        assertEquals("a\nb\\{", StringLiterals.decodeFStringMiddle("a\\nb\\{", false, warned::add).value());
        assertEquals(List.of(), warned);
        assertEquals("\\d", StringLiterals.decodeFStringMiddle("\\d", false, warned::add).value());
        assertEquals(List.of("invalid escape sequence '\\d'"), warned);
        assertEquals("\\n", StringLiterals.decodeFStringMiddle("\\n", true, warned::add).value());
        assertEquals("a\tb", StringLiterals.decodeStr("a\\tb", false, warned::add));
        assertEquals("a\\tb", StringLiterals.decodeStr("a\\tb", true, warned::add));
        assertEquals("[9, 65]", java.util.Arrays.toString(StringLiterals.decodeBytes("\\tA", false, warned::add)));
        assertEquals("[92, 116]", java.util.Arrays.toString(StringLiterals.decodeBytes("\\t", true, warned::add)));
    }
}

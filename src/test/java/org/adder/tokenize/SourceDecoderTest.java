package org.adder.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Source decoding as {@code tokenize.detect_encoding} and the tokenize module's line decoding do it;
 * every expectation is what CPython 3.12.1 gives for the same bytes (the ENCODING token's text, so
 * utf-8-sig shows as utf-8).
 */
class SourceDecoderTest {
    @Test
    void defaultIsUtf8() {
        assertDecoded("utf-8", "x = '\u00e9'\n", bytes("x = '\u00e9'\n"));
        assertDecoded("utf-8", "", new byte[0]);
    }

    @Test
    void byteOrderMarkIsStripped() {
        assertDecoded("utf-8", "x = 1\n", concat(BOM, bytes("x = 1\n")));
    }

    @Test
    void byteOrderMarkWithUtf8Cookie() {
        assertDecoded("utf-8", "# coding: utf-8\n", concat(BOM, bytes("# coding: utf-8\n")));
    }

    @Test
    void byteOrderMarkConflictingWithCookie() {
        assertError("encoding problem: utf-8", concat(BOM, bytes("# coding: latin-1\n")), null);
        assertError("encoding problem for 'f.py': utf-8", concat(BOM, bytes("# coding: latin-1\n")), "f.py");
    }

    @Test
    void cookieOnFirstLineNormalisesLatin1() {
        assertDecoded("iso-8859-1", "# -*- coding: latin-1 -*-\nx = '\u00e9'\n",
                concat(bytes("# -*- coding: latin-1 -*-\nx = '"), new byte[] {(byte) 0xe9}, bytes("'\n")));
        assertDecoded("iso-8859-1", "# coding: latin-1-foo\n", bytes("# coding: latin-1-foo\n"));
    }

    @Test
    void cookieOnSecondLineAfterAComment() {
        assertDecoded("iso-8859-15", "#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\n",
                bytes("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\n"));
    }

    @Test
    void cookieOnThirdLineOrAfterCodeIsIgnored() {
        assertDecoded("utf-8", "\n\n# coding: latin-1\n", bytes("\n\n# coding: latin-1\n"));
        assertDecoded("utf-8", "x = 1 # coding: latin-1\n", bytes("x = 1 # coding: latin-1\n"));
    }

    @Test
    void cookieNamesKeepTheirSpellingExceptUtf8AndLatin1() {
        assertDecoded("utf-8", "# coding=UTF_8\n", bytes("# coding=UTF_8\n"));
        assertDecoded("utf-8", "# coding: utf-8-sig\n", bytes("# coding: utf-8-sig\n"));
        assertDecoded("euc_jp", "# coding: euc_jp\n", bytes("# coding: euc_jp\n"));
        assertDecoded("cp1252", "#coding:cp1252\n", bytes("#coding:cp1252\n"));
        assertDecoded("ascii", "  \t# coding: ascii\n", bytes("  \t# coding: ascii\n"));
    }

    @Test
    void pythonsCodecAliases() {
        // tokenize.tokenize(b"# coding: 1252\nx = '\x80'\n") names the encoding '1252', decodes '\u20ac'
        assertDecoded("1252", "# coding: 1252\nx = '\u20ac'\n",
                concat(bytes("# coding: 1252\nx = '"), new byte[] {(byte) 0x80}, bytes("'\n")));
        assertDecoded("macintosh", "# coding: macintosh\nx = '\u00c4'\n",
                concat(bytes("# coding: macintosh\nx = '"), new byte[] {(byte) 0x80}, bytes("'\n")));
        assertDecoded("x-mac-japanese", "# coding: x-mac-japanese\n", bytes("# coding: x-mac-japanese\n"));
    }

    @Test
    void codecsPythonHasNotOnLinux() {
        assertError("unknown encoding: mbcs", bytes("# coding: mbcs\n"), null);
        assertError("unknown encoding: IBM1047", bytes("# coding: IBM1047\n"), null);
    }

    @Test
    void unknownEncoding() {
        assertError("unknown encoding: klingon", bytes("# coding: klingon\n"), null);
        assertError("unknown encoding for 'f.py': klingon", bytes("# coding: klingon\n"), "f.py");
    }

    @Test
    void firstLineThatIsNotUtf8() {
        assertError("invalid or missing encoding declaration", concat(bytes("x = '"), new byte[] {(byte) 0xff},
                bytes("'\n")), null);
        assertError("invalid or missing encoding declaration for 'f.py'", concat(bytes("x = '"),
                new byte[] {(byte) 0xff}, bytes("'\n")), "f.py");
    }

    @Test
    void laterBytesThatAreNotUtf8AreReplacedAsPythonDoes() {
        // b"a\xed\xa0\x80b\xf0\x9f\x98c".decode("utf-8", "replace") == 'a\ufffd\ufffd\ufffdb\ufffdc'
        byte[] source = concat(bytes("x\n"), new byte[] {'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80, 'b', (byte) 0xf0,
                (byte) 0x9f, (byte) 0x98, 'c'});
        assertDecoded("utf-8", "x\na\ufffd\ufffd\ufffdb\ufffdc", source);
    }

    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private static void assertDecoded(String encoding, String text, byte[] source) {
        SourceDecoder.Decoded d = SourceDecoder.decode(source, null);
        assertEquals(encoding, d.encoding());
        assertEquals(text, d.text());
    }

    private static void assertError(String message, byte[] source, String filename) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> SourceDecoder.decode(source, filename));
        assertEquals("SyntaxError: " + message, e.kind.pythonName + ": " + e.str());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

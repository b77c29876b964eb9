package org.adder.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.adder.cli.TokenizeTool;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential fuzzing against CPython: windows of corpus files, damaged by a few random edits
 * (quotes, braces, backslashes, line ends, digits, non-ASCII), must tokenize as {@code python3.12
 * -m tokenize} does, errors included; and the parser's flavour must end every one of them with a
 * token or a SyntaxError, never a Java exception. The seed is fixed, so a run is repeatable.
 *
 * <p>Left out on purpose: NUL bytes and a CR before a non-ASCII character, where CPython 3.12.1's
 * tokenize module fails with an internal error (a SystemError naming a memory address, a
 * UnicodeDecodeError from cutting a character in two) rather than a tokenizer error.
 */
class TokensFuzzParityTest {
    private static final long SEED = 20261124L;
    private static final int FILES = 1500;
    private static final String EDITS = "'\"{}()[]\\\n\r\t\f #:!=fbrRFBu0123456789._eEjJxXoO+-*/<>@%^&|~;,\u20ac\u00e9\u00a0"
            + "\u2028abc$?`";

    @Test
    void damagedCorpusWindows(@TempDir Path dir) throws IOException {
        Random rnd = new Random(SEED);
        List<Path> corpus = CPython.corpus();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            String source = damage(window(corpus.get(rnd.nextInt(corpus.size())), rnd), rnd);
            if (source.contains("\r\u2028") || source.contains("\r\u20ac") || source.contains("\r\u00e9")
                    || source.contains("\r\u00a0")) {
                continue;
            }
            files.add(Files.write(dir.resolve("f" + i + ".py"), source.getBytes(StandardCharsets.UTF_8)));
            assertParserFlavourEnds(source);
        }
        Parity.Report report = Parity.check("tokens-fuzz", Parity.Oracle.module("tokenize"), files,
                file -> Parity.capture(TokenizeTool::run, file.toString()));
        System.out.println(report.summary());
        assertTrue(report.complete(), report::summary);
    }

    private static String window(Path file, Random rnd) throws IOException {
        String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1);
        int from = rnd.nextInt(lines.length);
        int to = Math.min(lines.length, from + 1 + rnd.nextInt(30));
        return String.join("\n", Arrays.copyOfRange(lines, from, to));
    }

    private static String damage(String text, Random rnd) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(8);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int pos = rnd.nextInt(s.length() + 1);
            switch (rnd.nextInt(3)) {
                case 0 -> s.insert(pos, EDITS.charAt(rnd.nextInt(EDITS.length())));
                case 1 -> {
                    if (pos < s.length()) {
                        s.deleteCharAt(pos);
                    }
                }
                default -> s.insert(pos, s.substring(pos, Math.min(s.length(), pos + rnd.nextInt(10))));
            }
        }
        if (rnd.nextInt(4) == 0) {
            s.append('\n');
        }
        // edits may split a surrogate pair; the file holds what UTF-8 can encode
        return new String(s.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static void assertParserFlavourEnds(String source) {
        Tokenizer t = new Tokenizer(source, "f.py", false);
        try {
            Token last = null;
            for (Token tok; (tok = t.next()) != null; ) {
                last = tok;
            }
            assertEquals(TokenType.ENDMARKER, last.type());
        } catch (PySyntaxError e) {
            assertTrue(e.lineno >= 0 && e.msg != null && !e.msg.isEmpty(), e.msg);
        }
    }
}

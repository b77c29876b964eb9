package org.adder.tokenize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adder.cli.TokenizeTool;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code adder -m tokenize [-e] FILE} against {@code python3.12 -m tokenize [-e] FILE}: the whole
 * corpus, and snippets chosen for the tokenizer's corners (errors, line endings, encodings,
 * f-strings), each compared byte for byte on stdout, stderr and exit status.
 */
class TokensParityTest {
    /** Files identical so far; the corpus has 2,231. */
    private static final int CORPUS_FLOOR = 2231;

    @Test
    void corpus() {
        check("tokens", CPython.corpus(), CORPUS_FLOOR);
    }

    @Test
    void corpusExact() {
        check("tokens-exact", CPython.corpus(), CORPUS_FLOOR, "-e");
    }

    @Test
    void snippets(@TempDir Path dir) throws IOException {
        List<Path> files = TokenizerSnippets.write(dir);
        check("tokens-snippets", files, files.size());
        check("tokens-snippets-exact", files, files.size(), "-e");
    }

    private static void check(String stage, List<Path> files, int floor, String... flags) {
        Parity.Report report = Parity.check(stage, Parity.Oracle.module("tokenize", flags), files, file -> {
            List<String> args = new ArrayList<>(List.of(flags));
            args.add(file.toString());
            return Parity.capture(TokenizeTool::run, args.toArray(String[]::new));
        });
        System.out.println(report.summary());
        assertTrue(report.identical() >= floor, report::summary);
    }
}

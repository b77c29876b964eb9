package org.adder.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.adder.harness.CPython;
import org.junit.jupiter.api.Test;

/**
 * The parser-flavour tokens carry the AST's positions: for every corpus file CPython parses, each
 * Name node and each number Constant (1.2 million of them, f-string insides included) has a NAME
 * or NUMBER token with the same lineno, col_offset, end_lineno and end_col_offset (UTF-8 bytes)
 * and the same text (a name NFKC-normalised, as the parser stores it).
 */
class ParserTokenPositionsTest {
    @Test
    void namesAndNumbersSitWhereTheAstPutsThem() throws IOException, InterruptedException {
        Path list = Files.createTempFile("adder-positions-", ".txt");
        Files.write(list, CPython.corpus().stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Process python = CPython.process(CPython.resource("/org/adder/tokenize/ast_positions.py").toString(),
                list.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        python.getOutputStream().close();
        int files = 0;
        int checked = 0;
        List<String> missing = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(python.getInputStream(),
                StandardCharsets.UTF_8), 1 << 16)) {
            Set<String> tokens = Set.of();
            String file = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("F ")) {
                    file = line.substring(2);
                    tokens = positions(Path.of(file));
                    files++;
                } else {
                    checked++;
                    if (!tokens.contains(line) && missing.size() < 20) {
                        missing.add(file + ": " + line);
                    }
                }
            }
        }
        python.waitFor();
        Files.delete(list);
        System.out.println("parser token positions: " + checked + " names and numbers in " + files + " files");
        assertEquals(List.of(), missing);
        assertEquals(2222, files);
    }

    private static Set<String> positions(Path file) throws IOException {
        String text = SourceDecoder.decode(Files.readAllBytes(file), file.toString()).text();
        Tokenizer tokenizer = new Tokenizer(text, file.toString(), false);
        Set<String> positions = new HashSet<>();
        for (Token t; (t = tokenizer.next()) != null; ) {
            String where = t.startLine() + " " + t.startByteCol() + " " + t.endLine() + " " + t.endByteCol() + " ";
            if (t.type() == TokenType.NAME) {
                positions.add(where + Normalizer2.getNFKCInstance().normalize(t.string()));
            } else if (t.type() == TokenType.NUMBER) {
                positions.add(where + "#");
            }
        }
        return positions;
    }
}

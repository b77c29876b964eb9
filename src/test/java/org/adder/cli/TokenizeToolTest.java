package org.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code adder -m tokenize} where the corpus parity does not reach: stdin, arguments, missing
 * files, and the tour's tokens stage. Expected output is what {@code python3.12 -m tokenize} printed.
 */
class TokenizeToolTest {
    private record Run(String out, String err, int status) {
    }

    @Test
    void stdinPrintsTokensUpToTheError() {
        // printf 'x = (1,\n' | python3.12 -m tokenize -e
        Run r = run(TokenizeTool::run, "x = (1,\n", "-e");
        assertEquals("""
                1,0-1,1:            NAME           'x'           \s
                1,2-1,3:            EQUAL          '='           \s
                1,4-1,5:            LPAR           '('           \s
                1,5-1,6:            NUMBER         '1'           \s
                1,6-1,7:            COMMA          ','           \s
                1,7-1,8:            NL             '\\n'          \s
                """, r.out);
        assertEquals("<stdin>:1:0: error: unexpected EOF in multi-line statement\n", r.err);
        assertEquals(1, r.status);
    }

    @Test
    void stdinHasNoEncodingTokenAndIgnoresCookies() {
        // printf '# coding: latin-1\nx\n' | python3.12 -m tokenize
        Run r = run(TokenizeTool::run, "# coding: latin-1\nx\n");
        assertEquals("""
                1,0-1,17:           COMMENT        '# coding: latin-1'
                1,17-1,18:          NL             '\\n'          \s
                2,0-2,1:            NAME           'x'           \s
                2,1-2,2:            NEWLINE        '\\n'          \s
                3,0-3,0:            ENDMARKER      ''            \s
                """, r.out);
        assertEquals(0, r.status);
    }

    @Test
    void emptyFileAndRepeatedFlags(@TempDir Path dir) throws IOException {
        // python3.12 -m tokenize -e --exact EMPTY
        Path empty = Files.write(dir.resolve("empty.py"), new byte[0]);
        Run r = run(TokenizeTool::run, "", "-e", "--exact", empty.toString());
        assertEquals("""
                0,0-0,0:            ENCODING       'utf-8'       \s
                1,0-1,0:            ENDMARKER      ''            \s
                """, r.out);
        assertEquals(0, r.status);
    }

    @Test
    void missingFile() {
        Run r = run(TokenizeTool::run, "", "/nonexistent/x.py");
        assertEquals("error: [Errno 2] No such file or directory: '/nonexistent/x.py'\n", r.err);
        assertEquals(1, r.status);
    }

    @Test
    void unrecognizedArguments() {
        Run r = run(TokenizeTool::run, "", "-x");
        assertEquals("usage: python -m tokenize [-h] [-e] [filename.py]\n"
                + "python -m tokenize: error: unrecognized arguments: -x\n", r.err);
        assertEquals(2, r.status);
        r = run(TokenizeTool::run, "", "a.py", "b.py");
        assertEquals("usage: python -m tokenize [-h] [-e] [filename.py]\n"
                + "python -m tokenize: error: unrecognized arguments: b.py\n", r.err);
    }

    @Test
    void help() {
        Run r = run(TokenizeTool::run, "", "-h");
        assertEquals("""
                usage: python -m tokenize [-h] [-e] [filename.py]

                positional arguments:
                  filename.py  the file to tokenize; defaults to stdin

                options:
                  -h, --help   show this help message and exit
                  -e, --exact  display token names using the exact type
                """, r.out);
        assertEquals(0, r.status);
    }

    @Test
    void tourTokensStageIsTokenizeExact(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "x = f'{y!r}'\n");
        Run tour = run(TourTool::run, "", "--stage", "tokens", file.toString());
        Run tokenize = run(TokenizeTool::run, "", "-e", file.toString());
        assertEquals(tokenize, tour);
        assertEquals("""
                0,0-0,0:            ENCODING       'utf-8'       \s
                1,0-1,1:            NAME           'x'           \s
                1,2-1,3:            EQUAL          '='           \s
                1,4-1,6:            FSTRING_START  "f'"          \s
                1,6-1,7:            LBRACE         '{'           \s
                1,7-1,8:            NAME           'y'           \s
                1,8-1,9:            EXCLAMATION    '!'           \s
                1,9-1,10:           NAME           'r'           \s
                1,10-1,11:          RBRACE         '}'           \s
                1,11-1,12:          FSTRING_END    "'"           \s
                1,12-1,13:          NEWLINE        '\\n'          \s
                2,0-2,0:            ENDMARKER      ''            \s
                """, tour.out);
    }

    private static Run run(Tool tool, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = tool.run(args, in, o, e);
        }
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }
}

package org.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SyntaxWarnings ast.parse issues, as CPython 3.12.1 issues them (values from the reference). */
class WarningsTest {
    private static List<String> warnings(String source) {
        List<String> seen = new ArrayList<>();
        Parse.parse(source.getBytes(StandardCharsets.UTF_8), "<test>", "exec", false,
                w -> seen.add(w.category() + ": " + w.message() + " (line " + w.lineno() + ")"));
        return seen;
    }

    @Test
    void invalidEscapes() {
        assertEquals(List.of("SyntaxWarning: invalid escape sequence '\\d' (line 1)"), warnings("x = '\\d'\n"));
        assertEquals(List.of("SyntaxWarning: invalid escape sequence '\\d' (line 1)"), warnings("x = '''a\n\\d'''\n"));
        assertEquals(List.of("SyntaxWarning: invalid escape sequence '\\d' (line 1)"), warnings("x = b'\\d'\n"));
        assertEquals(List.of("SyntaxWarning: invalid octal escape sequence '\\777' (line 1)"), warnings("x = '\\777'\n"));
        assertEquals(List.of("SyntaxWarning: invalid escape sequence '\\d' (line 1)"), warnings("x = f'\\d{x}'\n"));
        assertEquals(List.of("SyntaxWarning: invalid escape sequence '\\d' (line 1)",
                "SyntaxWarning: invalid escape sequence '\\e' (line 1)"), warnings("x = '\\d' '\\e'\n"));
        assertEquals(List.of(), warnings("x = rb'\\d'\n"));
    }

    @Test
    void numberFollowedByKeyword() {
        assertEquals(List.of("SyntaxWarning: invalid decimal literal (line 1)"), warnings("x = 1if y else 2\n"));
    }
}

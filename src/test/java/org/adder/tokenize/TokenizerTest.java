package org.adder.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer in both flavours, each expectation taken from CPython 3.12.1: the tokenize
 * flavour from {@code tokenize.tokenize} (exact types, as {@code -e} prints them), its errors
 * from {@code _tokenize.TokenizerIter}; the parser flavour's errors from {@code compile()} and
 * its byte columns from the AST's {@code col_offset}s.
 */
class TokenizerTest {

    // ---- the tokenize module's flavour -------------------------------------------------------

    @Test
    void layout() {
        assertTokens("if x:\n    y = 1  # c\n\n    z\nw\n",
                "NAME 'if' 1,0-1,2",
                "NAME 'x' 1,3-1,4",
                "COLON ':' 1,4-1,5",
                "NEWLINE '\\n' 1,5-1,6",
                "INDENT '    ' 2,0-2,4",
                "NAME 'y' 2,4-2,5",
                "EQUAL '=' 2,6-2,7",
                "NUMBER '1' 2,8-2,9",
                "COMMENT '# c' 2,11-2,14",
                "NEWLINE '\\n' 2,14-2,15",
                "NL '\\n' 3,0-3,1",
                "NAME 'z' 4,4-4,5",
                "NEWLINE '\\n' 4,5-4,6",
                "DEDENT '' 5,0-5,0",
                "NAME 'w' 5,0-5,1",
                "NEWLINE '\\n' 5,1-5,2",
                "ENDMARKER '' 6,0-6,0");
    }

    @Test
    void fstring() {
        assertTokens("f'a{b!r:>{w}}c{d=}'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "FSTRING_MIDDLE 'a' 1,2-1,3",
                "LBRACE '{' 1,3-1,4",
                "NAME 'b' 1,4-1,5",
                "EXCLAMATION '!' 1,5-1,6",
                "NAME 'r' 1,6-1,7",
                "COLON ':' 1,7-1,8",
                "FSTRING_MIDDLE '>' 1,8-1,9",
                "LBRACE '{' 1,9-1,10",
                "NAME 'w' 1,10-1,11",
                "RBRACE '}' 1,11-1,12",
                "FSTRING_MIDDLE '' 1,12-1,12",
                "RBRACE '}' 1,12-1,13",
                "FSTRING_MIDDLE 'c' 1,13-1,14",
                "LBRACE '{' 1,14-1,15",
                "NAME 'd' 1,15-1,16",
                "EQUAL '=' 1,16-1,17",
                "RBRACE '}' 1,17-1,18",
                "FSTRING_END \"'\" 1,18-1,19",
                "NEWLINE '\\n' 1,19-1,20",
                "ENDMARKER '' 2,0-2,0");
    }

    @Test
    void fstringNestedQuotes() {
        assertTokens("f\"{'x' + f'{y}'}\"\n",
                "FSTRING_START 'f\"' 1,0-1,2",
                "LBRACE '{' 1,2-1,3",
                "STRING \"'x'\" 1,3-1,6",
                "PLUS '+' 1,7-1,8",
                "FSTRING_START \"f'\" 1,9-1,11",
                "LBRACE '{' 1,11-1,12",
                "NAME 'y' 1,12-1,13",
                "RBRACE '}' 1,13-1,14",
                "FSTRING_END \"'\" 1,14-1,15",
                "RBRACE '}' 1,15-1,16",
                "FSTRING_END '\"' 1,16-1,17",
                "NEWLINE '\\n' 1,17-1,18",
                "ENDMARKER '' 2,0-2,0");
    }

    @Test
    void numbers() {
        assertTokens("0x_1f 1_000.5e-3j 0o17 0b1 .5 1.\n",
                "NUMBER '0x_1f' 1,0-1,5",
                "NUMBER '1_000.5e-3j' 1,6-1,17",
                "NUMBER '0o17' 1,18-1,22",
                "NUMBER '0b1' 1,23-1,26",
                "NUMBER '.5' 1,27-1,29",
                "NUMBER '1.' 1,30-1,32",
                "NEWLINE '\\n' 1,32-1,33",
                "ENDMARKER '' 2,0-2,0");
    }

    @Test
    void prefixes() {
        assertTokens("Rb'x' bR\"y\" u'z' F'{1}' rF'''q'''\n",
                "STRING \"Rb'x'\" 1,0-1,5",
                "STRING 'bR\"y\"' 1,6-1,11",
                "STRING \"u'z'\" 1,12-1,16",
                "FSTRING_START \"F'\" 1,17-1,19",
                "LBRACE '{' 1,19-1,20",
                "NUMBER '1' 1,20-1,21",
                "RBRACE '}' 1,21-1,22",
                "FSTRING_END \"'\" 1,22-1,23",
                "FSTRING_START \"rF'''\" 1,24-1,29",
                "FSTRING_MIDDLE 'q' 1,29-1,30",
                "FSTRING_END \"'''\" 1,30-1,33",
                "NEWLINE '\\n' 1,33-1,34",
                "ENDMARKER '' 2,0-2,0");
    }

    @Test
    void continuationAndCrlf() {
        assertTokens("x = 1 + \\\r\n  2\r\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '1' 1,4-1,5",
                "PLUS '+' 1,6-1,7",
                "NUMBER '2' 2,2-2,3",
                "NEWLINE '\\r\\n' 2,3-2,5",
                "ENDMARKER '' 3,0-3,0");
    }

    @Test
    void noTrailingNewline() {
        assertTokens("x = 1",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '1' 1,4-1,5",
                "NEWLINE '' 1,5-1,6",
                "ENDMARKER '' 2,0-2,0");
    }

    @Test
    void formFeed() {
        assertTokens("\fx\nif y:\n\f  z\n",
                "NAME 'x' 1,1-1,2",
                "NEWLINE '\\n' 1,2-1,3",
                "NAME 'if' 2,0-2,2",
                "NAME 'y' 2,3-2,4",
                "COLON ':' 2,4-2,5",
                "NEWLINE '\\n' 2,5-2,6",
                "INDENT '\\x0c  ' 3,0-3,3",
                "NAME 'z' 3,3-3,4",
                "NEWLINE '\\n' 3,4-3,5",
                "DEDENT '' 4,0-4,0",
                "ENDMARKER '' 4,0-4,0");
    }

    @Test
    void nonAsciiIdentifier() {
        assertTokens("\u00e9t\u00e9 = \u03c0\n",
                "NAME '\u00e9t\u00e9' 1,0-1,3",
                "EQUAL '=' 1,4-1,5",
                "NAME '\u03c0' 1,6-1,7",
                "NEWLINE '\\n' 1,7-1,8",
                "ENDMARKER '' 2,0-2,0");
    }

    @Test
    void asyncAwait() {
        assertTokens("async def f():\n    await g()\n",
                "NAME 'async' 1,0-1,5",
                "NAME 'def' 1,6-1,9",
                "NAME 'f' 1,10-1,11",
                "LPAR '(' 1,11-1,12",
                "RPAR ')' 1,12-1,13",
                "COLON ':' 1,13-1,14",
                "NEWLINE '\\n' 1,14-1,15",
                "INDENT '    ' 2,0-2,4",
                "NAME 'await' 2,4-2,9",
                "NAME 'g' 2,10-2,11",
                "LPAR '(' 2,11-2,12",
                "RPAR ')' 2,12-2,13",
                "NEWLINE '\\n' 2,13-2,14",
                "DEDENT '' 3,0-3,0",
                "ENDMARKER '' 3,0-3,0");
    }

    @Test
    void operators() {
        assertTokens("a **= b // c -> d := e != f ... @ g\n",
                "NAME 'a' 1,0-1,1",
                "DOUBLESTAREQUAL '**=' 1,2-1,5",
                "NAME 'b' 1,6-1,7",
                "DOUBLESLASH '//' 1,8-1,10",
                "NAME 'c' 1,11-1,12",
                "RARROW '->' 1,13-1,15",
                "NAME 'd' 1,16-1,17",
                "COLONEQUAL ':=' 1,18-1,20",
                "NAME 'e' 1,21-1,22",
                "NOTEQUAL '!=' 1,23-1,25",
                "NAME 'f' 1,26-1,27",
                "ELLIPSIS '...' 1,28-1,31",
                "AT '@' 1,32-1,33",
                "NAME 'g' 1,34-1,35",
                "NEWLINE '\\n' 1,35-1,36",
                "ENDMARKER '' 2,0-2,0");
    }

    @Test
    void multiLineString() {
        assertTokens("x = '''a\n\u00e9\nb'''\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "STRING \"'''a\\n\u00e9\\nb'''\" 1,4-3,4",
                "NEWLINE '\\n' 3,4-3,5",
                "ENDMARKER '' 4,0-4,0");
    }

    @Test
    void lineAttributeSpansAMultiLineString() {
        List<Token> tokens = Tokenizer.tokenize("x = '''a\n\u00e9\nb'''\n", "<string>");
        assertEquals("x = '''a\n\u00e9\nb'''\n", tokens.get(2).line());
        assertEquals("x = '''a\n", tokens.get(0).line());
        // the NEWLINE after it is on the string's last line
        assertEquals("b'''\n", tokens.get(3).line());
    }

    @Test
    void trailingTokensHaveAnEmptyLine() {
        List<Token> tokens = Tokenizer.tokenize("if x:\n    y\n", "<string>");
        assertEquals("", tokens.get(tokens.size() - 1).line());
        assertEquals("", tokens.get(tokens.size() - 2).line());
        assertEquals("    y\n", tokens.get(tokens.size() - 3).line());
    }

    @Test
    void tokenTypesHaveCPythonsNumbers() {
        assertEquals(0, TokenType.ENDMARKER.number);
        assertEquals(54, TokenType.EXCLAMATION.number);
        assertEquals(55, TokenType.OP.number);
        assertEquals(61, TokenType.FSTRING_START.number);
        assertEquals(64, TokenType.COMMENT.number);
        assertEquals(67, TokenType.ENCODING.number);
        assertEquals(TokenType.COLONEQUAL, TokenType.ofNumber(53));
    }

    @Test
    void tokenInfoRepr() {
        Token t = Tokenizer.tokenize("x = 1\n", "<string>").get(1);
        assertEquals("TokenInfo(type=55 (OP), string='=', start=(1, 2), end=(1, 3), line='x = 1\\n')",
                t.tokenInfoRepr());
    }

    @Test
    void barryAsFluflIsAnOperatorWithoutExactType() {
        Token t = Tokenizer.tokenize("a <> b\n", "<string>").get(1);
        assertEquals(TokenType.NOTEQUAL, t.type());
        assertEquals(TokenType.OP, t.exactType());
    }

    @Test
    void fstringBackslashBraceWarns() {
        Tokenizer t = new Tokenizer("x\nf'\\{x}'\n", "<string>", true);
        while (t.next() != null) {
            // all tokens
        }
        assertEquals(List.of(new Tokenizer.Warning("SyntaxWarning", "invalid escape sequence '\\{'", 2)),
                t.takeWarnings());
    }

    // errors: _tokenize.TokenizerIter(..., extra_tokens=True) raises these (type, msg, lineno, offset)

    @Test
    void unterminatedString() {
        assertError("x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
    }

    @Test
    void unterminatedTripleQuotedString() {
        assertError("x = 1\ny = '''abc\n\n", "SyntaxError",
                "unterminated triple-quoted string literal (detected at line 3)", 2, 5);
    }

    @Test
    void unindentMismatch() {
        assertError("if x:\n        a\n    b\n", "IndentationError",
                "unindent does not match any outer indentation level", 3, 6);
    }

    @Test
    void tabError() {
        assertError("if x:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 3);
    }

    @Test
    void eofInMultiLineStatement() {
        assertError("x = (1,\n2\n", "SyntaxError", "unexpected EOF in multi-line statement", 2, 0);
    }

    @Test
    void continuationFollowedByACharacter() {
        assertError("x = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1, 10);
    }

    @Test
    void unterminatedFString() {
        assertError("f'{x}\n", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 1);
    }

    @Test
    void invalidCharacterIsANameToTheTokenizeModule() {
        assertTokens("x = 1 \u20ac\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '1' 1,4-1,5",
                "NAME '\u20ac' 1,6-1,7",
                "NEWLINE '\\n' 1,7-1,8",
                "ENDMARKER '' 2,0-2,0");
    }

    // ---- the parser's flavour: errors as compile() raises them ---------------------------------

    @Test
    void parserInvalidCharacter() {
        assertParserError("x = 1 \u20ac 2\n", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 7, "x = 1 \u20ac 2");
    }

    @Test
    void parserInvalidDecimalLiteral() {
        assertParserError("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5, "x = 1abc");
    }

    @Test
    void parserLeadingZeros() {
        PySyntaxError e = assertParserError("x = 0123\n", "SyntaxError", "leading zeros in decimal integer literals are "
                + "not permitted; use an 0o prefix for octal integers", 1, 5, "x = 0123");
        assertEquals(6, e.endOffset);
    }

    @Test
    void parserLeadingZerosRangeIsInBytes() {
        PySyntaxError e = assertParserError("\u00e9 = 0123\n", "SyntaxError", "leading zeros in decimal integer "
                + "literals are not permitted; use an 0o prefix for octal integers", 1, 6, "\u00e9 = 0123");
        assertEquals(7, e.endOffset);
    }

    @Test
    void parserMismatchedBracket() {
        assertParserError("x = (1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('",
                1, 7, "x = (1]");
    }

    @Test
    void parserBracketNeverClosed() {
        PySyntaxError e = assertParserError("x = [1,\n2\n", "SyntaxError", "'[' was never closed", 1, 5, "x = [1,");
        assertEquals(1, e.endLineno);
        assertEquals(0, e.endOffset);
    }

    @Test
    void parserTabError() {
        assertParserError("if x:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation",
                3, 1, "\tb\n");
    }

    @Test
    void parserUnindent() {
        PySyntaxError e = assertParserError("if x:\n        a\n    b\n", "IndentationError",
                "unindent does not match any outer indentation level", 3, 6, "    b\n");
        assertEquals(-1, e.endOffset);
    }

    @Test
    void parserLineContinuation() {
        assertParserError("x = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character",
                1, 8, "x = 1 \\ 2\n");
    }

    @Test
    void parserUnterminatedString() {
        assertParserError("x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, "x = 'abc");
    }

    @Test
    void parserInvalidIdentifierCharacter() {
        assertParserError("a\u00b7 = 1\nb\u2e2f = 2\n", "SyntaxError", "invalid character '\u2e2f' (U+2E2F)", 2, 2,
                "b\u2e2f = 2");
    }

    @Test
    void parserNonPrintableCharacter() {
        assertParserError("x = 1\u00a0\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 6, "x = 1\u00a0");
    }

    // ---- the parser's flavour: tokens ---------------------------------------------------------

    @Test
    void parserTokensLeaveOutCommentsAndBlankLines() {
        assertEquals(List.of("NAME", "EQUAL", "NUMBER", "NEWLINE", "NAME", "NEWLINE", "ENDMARKER"),
                parserTokens("x = 1  # c\n\n# d\ny\n").stream().map(t -> t.type().name()).toList());
    }

    @Test
    void parserTranslatesNewlines() {
        List<Token> tokens = parserTokens("x = 1\r\ny = (2,\r3)\r");
        assertEquals(3, tokens.get(tokens.size() - 2).startLine());
        assertEquals("3)\n", tokens.get(tokens.size() - 3).line());
    }

    @Test
    void byteColumnsAreTheAstsColOffsets() {
        // ast.parse("\u00e9 = '\u00fc' + f(x)\n"): Name 0-2, Constant 5-9, Name f 12-13, Name x 14-15
        List<Token> tokens = parserTokens("\u00e9 = '\u00fc' + f(x)\n");
        assertEquals(List.of("\u00e9 0-2", "= 3-4", "'\u00fc' 5-9", "+ 10-11", "f 12-13", "( 13-14", "x 14-15", ") 15-16"),
                tokens.subList(0, 8).stream().map(t -> t.string() + " " + t.startByteCol() + "-" + t.endByteCol()).toList());
        assertEquals(4, tokens.get(2).startCol());
        assertEquals(7, tokens.get(2).endCol());
    }

    @Test
    void parserWarnsOfANumberRunIntoAKeyword() {
        // compile("x = 1if 1 else 2\n", "f", "exec") warns: f:1: SyntaxWarning: invalid decimal literal
        Tokenizer t = new Tokenizer("x = 0\ny = 1if 1 else 0b1is z\n", "f", false);
        while (t.next() != null) {
            // all tokens
        }
        assertEquals(List.of(new Tokenizer.Warning("SyntaxWarning", "invalid decimal literal", 2),
                new Tokenizer.Warning("SyntaxWarning", "invalid binary literal", 2)), t.takeWarnings());
    }

    @Test
    void parserNumberBeforeNonAsciiIsAnIdentifierError() {
        assertParserError("x = 1\u20ac\n", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 6, "x = 1\u20ac");
    }

    @Test
    void fstringDebugTextFromSourceBetweenTokens() {
        // ast.parse("f'{ x = !r}'"): the Constant before the FormattedValue is ' x = '
        List<Token> tokens = new ArrayList<>();
        Tokenizer t = new Tokenizer("f'{ x = !r}'\n", "f", false);
        for (Token tok; (tok = t.next()) != null; ) {
            tokens.add(tok);
        }
        Token open = tokens.get(1);
        Token bang = tokens.get(4);
        assertEquals("{ !", open.string() + " " + bang.string());
        assertEquals(" x = ", t.sourceText(open.endLine(), open.endCol(), bang.startLine(), bang.startCol()));
    }

    @Test
    void anErrorIsFinal() {
        Tokenizer t = new Tokenizer("x = 'abc\ny = 1\n", "f.py", false);
        assertEquals("x", t.next().string());
        assertEquals("=", t.next().string());
        PySyntaxError first = assertThrows(PySyntaxError.class, t::next);
        assertEquals(first, assertThrows(PySyntaxError.class, t::next));
    }

    @Test
    void multiLineFStringMiddlesStartOnTheirFirstLine() {
        // ast.parse("x = f'''a\nb{y}c\n'''\n"): Constant 'a\nb' at (1, 8)-(2, 1), Constant 'c\n' at (2, 4)-(3, 0)
        List<String> middles = parserTokens("x = f'''a\nb{y}c\n'''\n").stream()
                .filter(t -> t.type() == TokenType.FSTRING_MIDDLE)
                .map(t -> t.startLine() + "," + t.startByteCol() + "-" + t.endLine() + "," + t.endByteCol()).toList();
        assertEquals(List.of("1,8-2,1", "2,4-3,0"), middles);
    }

    @Test
    void sourceLineForErrors() {
        Tokenizer t = new Tokenizer("a\r\nb\n", "<string>", false);
        assertEquals("b\n", t.sourceLine(2));
        assertEquals("", t.sourceLine(3));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Tokens as "EXACT_TYPE 'repr' l,c-l,c", as python -m tokenize -e prints them. */
    private static void assertTokens(String source, String... expected) {
        List<String> actual = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(source, "<string>")) {
            actual.add(t.exactType().name() + " " + PyStr.repr(t.string()) + " " + t.startLine() + "," + t.startCol()
                    + "-" + t.endLine() + "," + t.endCol());
        }
        assertEquals(List.of(expected), actual);
    }

    private static void assertError(String source, String type, String msg, int lineno, int offset) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Tokenizer.tokenize(source, "<string>"));
        assertEquals(type + ": " + msg + " @ " + lineno + ":" + offset,
                e.kind.pythonName + ": " + e.msg + " @ " + e.lineno + ":" + e.offset);
    }

    private static List<Token> parserTokens(String source) {
        Tokenizer t = new Tokenizer(source, "f.py", false);
        List<Token> tokens = new ArrayList<>();
        for (Token tok; (tok = t.next()) != null; ) {
            tokens.add(tok);
        }
        return tokens;
    }

    private static PySyntaxError assertParserError(String source, String type, String msg, int lineno, int offset,
                                                   String text) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> parserTokens(source));
        assertEquals(type + ": " + msg + " @ " + lineno + ":" + offset + " " + PyStr.repr(text),
                e.kind.pythonName + ": " + e.msg + " @ " + e.lineno + ":" + e.offset + " " + PyStr.repr(e.text));
        return e;
    }
}

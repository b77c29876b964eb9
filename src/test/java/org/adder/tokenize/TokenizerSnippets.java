package org.adder.tokenize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small sources that exercise the tokenizer's corners, written to files for the parity runs. */
final class TokenizerSnippets {
    private TokenizerSnippets() {
    }

    /** Name (without .py) to source text; text is encoded as UTF-8 unless it is in {@link #bytes()}. */
    static Map<String, String> texts() {
        Map<String, String> m = new LinkedHashMap<>();
        // strings
        m.put("unterminated_single", "x = 'abc\ny = 1\n");
        m.put("unterminated_double_eof", "x = \"abc");
        m.put("unterminated_triple", "x = '''abc\n\ny = 2\n");
        m.put("unterminated_triple_dq", "a = 1\nx = \"\"\"abc\n");
        m.put("string_prefixes", "a = rb'x' + Rb'x' + bR'x' + BR'x' + br'x' + u'x' + U'x' + R'x' + b'x' + B\"x\"\n"
                + "b = f'x' + F'x' + rf'x' + fR'x' + Rf'{a}' + FR'x' + rF\"\"\"x\"\"\" + ur\n");
        m.put("string_escapes", "s = 'a\\'b\\\\' \"q\\\"\" '''x\\\n''' '\\\ncont'\n");
        m.put("multiline_string_line", "x = (1, '''a\nb\nc''', 2)\ny = \"\"\"\n\"\"\"\n");
        m.put("bytes_nonascii", "x = b'caf\u00e9'\n");
        // f-strings
        m.put("fstring_basic", "f'a{b}c{d!r}e{f:>10}g{h=}i{j=!s:^5}'\n");
        m.put("fstring_nested_quotes", "f'{f\"{x}\"}' f\"{'a' + \"b\"}\" f'{ f'{1}' }'\n");
        m.put("fstring_format_spec", "f'{x:{width}.{prec}f}' f'{x:%H:%M}' f'{x!r:>{w}}' f'{a:{b:{c}}}'\n");
        m.put("fstring_braces", "f'{{}}' f'a{{b}}c' f'{{{x}}}' f'}}{{' rf'\\{x}'\n");
        m.put("fstring_triple", "f'''a\n{x\n+ y}\nb{z!a}'''\nf\"\"\"{\n'q'\n}\"\"\"\n");
        m.put("fstring_unicode_escape", "f'\\N{BULLET} {x}' f'\\N{LATIN SMALL LETTER A}'\n");
        m.put("fstring_lambda_walrus", "f'{(lambda x: x)(1)}' f'{(y:=2)}' f'{x,y}' f'{x!=y}'\n");
        m.put("fstring_unterminated", "x = f'abc{x}\n");
        m.put("fstring_unterminated_triple", "x = f'''abc{x}\n\n");
        m.put("fstring_single_close", "f'a}b'\n");
        m.put("fstring_comment", "f'{x # c\n}'\n");
        m.put("fstring_backslash_expr", "f'{\"\\n\".join(x)}'\n");
        m.put("fstring_empty", "f'' f\"\" f'''''' rf''\n");
        m.put("fstring_nested_deep", "f'{f\"{f'{f\"{1}\"}'}\"}'\n");
        m.put("fstring_debug_spaces", "f'{ x = }' f'{x=:>4}' f'{x = !r:^3}'\n");
        m.put("fstring_newline_in_expr", "x = f'{a +\nb}'\n");
        // numbers
        m.put("numbers", "1 1_000 0x_1f 0XAB 0o17 0O1_7 0b1_0 0B1 1.5 .5 5. 1e10 1E-5 1.5e+3 1j 1.5J 0j 00 0_0 "
                + "1_2.3_4e5_6j 0e0 0.0 1if x else 2 0x1for 0b1and 1.e5\n");
        m.put("number_invalid_decimal", "x = 1_\n");
        m.put("number_invalid_decimal2", "x = 1__2\n");
        m.put("number_invalid_exp", "x = 1e+\n");
        m.put("number_invalid_hex", "x = 0x\n");
        m.put("number_invalid_octal_digit", "x = 0o8\n");
        m.put("number_invalid_binary_digit", "x = 0b12\n");
        m.put("number_leading_zeros", "x = 0123\n");
        m.put("number_name", "x = 1abc 2_a 0x1g 1.2.3 1e5x\n");
        // layout
        m.put("indent_dedent", "if a:\n    if b:\n        c\n    d\ne\n");
        m.put("indent_blank_comment_lines", "if a:\n\n    # c\n    b\n  # d\n\n    c\n# e\nf\n");
        m.put("unindent_mismatch", "if x:\n        a\n    b\n");
        m.put("tab_error", "if x:\n\tif y:\n\t        a\n");
        m.put("tab_error_spaces_then_tab", "if x:\n        a\n\tb\n");
        m.put("tabs_consistent", "if x:\n\ta\n\tif y:\n\t\tb\n");
        m.put("too_deep", buildDeep(101));
        m.put("deep_ok", buildDeep(98));
        m.put("eof_in_multiline_statement", "x = (1,\n2,\n");
        m.put("eof_in_bracket_blank", "foo(\n\n");
        m.put("unmatched_close", "x = )\ny = ]\n");
        m.put("mismatched_brackets", "x = (]\n");
        m.put("continuation", "x = 1 + \\\n    2\nif x: \\\n  y\n");
        m.put("continuation_bad_char", "x = 1 \\ 2\n");
        m.put("continuation_at_eof", "x = 1 \\\n");
        m.put("continuation_at_eof_nonl", "x = 1 \\");
        m.put("continuation_indent", "if x:\n  \\\n  y\n");
        m.put("no_trailing_newline", "x = 1");
        m.put("no_trailing_newline_comment", "x = 1 # c");
        m.put("no_trailing_newline_indented", "if x:\n    y");
        m.put("no_trailing_newline_blank", "x\n    ");
        m.put("only_comment_nonl", "# only");
        m.put("empty", "");
        m.put("only_newline", "\n");
        m.put("only_spaces", "   ");
        m.put("comments", "# a\nx = 1  # b\n    # indented\n\t# tab\n#\n");
        m.put("crlf", "x = 1\r\nif x:\r\n    y = '''a\r\nb'''\r\n# c\r\n\r\n");
        m.put("cr_only", "x = 1\ry = 2\r");
        m.put("cr_in_string", "x = 'a\rb'\n");
        m.put("form_feed", "\fx = 1\nif x:\n\f    y\n    \fz\n");
        m.put("semicolons_and_ops", "a+=1;b-=2;c*=3;d/=4;e//=5;f%=6;g@=7;h&=8;i|=9;j^=1;k>>=2;l<<=3;m**=4;n:=5\n"
                + "a->b; a<>b; a!=b; a==b; a<=b; a>=b; ~a; a...b; a.b; !x; $; ?; `\n");
        m.put("async_await", "async def f():\n    await x\n    async with a: pass\n    async for b in c: pass\nasync = 1\n");
        m.put("keywords_soft", "match x:\n    case 1: pass\ntype X = int\n_ = 1\n");
        // identifiers and characters
        m.put("nonascii_identifiers", "\u00e9t\u00e9 = 1\n\u03c0 = 3.14\n\u65e5\u672c = '\u8a9e'\n\uff21 = 2\nx\u00b7y = 3\n");
        m.put("invalid_character", "x = 1 \u20ac 2\n");
        m.put("invalid_character_start", "\u20ac = 1\n");
        m.put("nonprintable_char", "x = 1 \u00a0\n");
        m.put("emoji", "x = '\uD83D\uDE00' # \uD83D\uDE00\ny = \uD83D\uDE00\n");
        m.put("control_char", "x = 1 \u0001\n");
        m.put("null_byte", "x = 1\0\n");
        m.put("bom", "\uFEFFx = 1\n");
        m.put("bom_cookie_utf8", "\uFEFF# -*- coding: utf-8 -*-\nx = 1\n");
        m.put("bom_cookie_conflict", "\uFEFF# coding: latin-1\nx = 1\n");
        m.put("cookie_unknown", "# coding: klingon\nx = 1\n");
        m.put("cookie_second_line", "#!/usr/bin/env python\n# -*- coding: ascii -*-\nx = 1\n");
        m.put("cookie_second_line_unknown", "\n# vim: set fileencoding=bogus :\nx = 1\n");
        m.put("cookie_third_line_ignored", "\n\n# coding: bogus\nx = 1\n");
        m.put("cookie_after_code_ignored", "x = 1\n# coding: bogus\n");
        m.put("cookie_utf8_variants", "# coding=UTF_8\nx = '\u00e9'\n");
        m.put("cookie_not_a_comment", "x = 1 # coding: bogus\n");
        m.put("dedent_at_eof_comment", "if x:\n    y\n    # c\n");
        m.put("walrus_ellipsis", "(x := ...)\n[...]\n");
        m.put("decorators_matmul", "@d\ndef f(a, /, *b, **c) -> None: return a @ b\n");
        return m;
    }

    /** Sources that are not UTF-8 text. */
    static Map<String, byte[]> bytes() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("latin1_cookie", concat("# -*- coding: latin-1 -*-\nx = '".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xe9}, "'\n".getBytes(StandardCharsets.US_ASCII)));
        m.put("invalid_utf8_first_line", concat("x = '".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xff}, "'\n".getBytes(StandardCharsets.US_ASCII)));
        m.put("invalid_utf8_third_line", concat("x = 1\ny = 2\nz = '".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xff}, "'\n".getBytes(StandardCharsets.US_ASCII)));
        return m;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    private static String buildDeep(int levels) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            s.append(" ".repeat(i)).append("if x:\n");
        }
        s.append(" ".repeat(levels)).append("pass\n");
        return s.toString();
    }

    static List<Path> write(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : texts().entrySet()) {
            files.add(Files.write(dir.resolve(e.getKey() + ".py"), e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        for (Map.Entry<String, byte[]> e : bytes().entrySet()) {
            files.add(Files.write(dir.resolve(e.getKey() + ".py"), e.getValue()));
        }
        return files;
    }
}

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
        m.put("fstrings_nested_too_deep", "f'{".repeat(200) + "\n");
        m.put("parens_too_many", "x = " + "(".repeat(300) + "\n");
        m.put("brackets_199_deep", "x = " + "[".repeat(199) + "]".repeat(199) + "\n");
        m.put("format_specs_nested_too_deep", "f'{x:{y:{z}}}' f'{x:{y:{z:{w}}}}'\n");
        m.put("walrus_ellipsis", "(x := ...)\n[...]\n");
        m.put("decorators_matmul", "@d\ndef f(a, /, *b, **c) -> None: return a @ b\n");
        // more corners, found while comparing with CPython: continuations, f-string format specs and
        // braces, numbers, dedents at EOF, CR and form feed, cookies
        m.put("corner_s01", "x = \"abc\\\ndef\"\n");
        m.put("corner_s02", "x = \"abc\\\n");
        m.put("corner_s03", "f'{x!r}' f'{x!}' f'{x:}' f'{x!r:}'\n");
        m.put("corner_s04", "f'{'\n");
        m.put("corner_s05", "f'{x'\n");
        m.put("corner_s06", "f'{x}}'\n");
        m.put("corner_s07", "f'{{x}'\n");
        m.put("corner_s08", "f'{x:{y:{z}}}'\n");
        m.put("corner_s09", "f'{x:\n}'\n");
        m.put("corner_s10", "f'''{x:\n}'''\n");
        m.put("corner_s11", "f'''{\nx\n!r}'''\n");
        m.put("corner_s12", "def f():\n\tif x:\n        pass\n");
        m.put("corner_s13", "if x:\n  a\n b\n");
        m.put("corner_s14", "x = [\n  1,\n");
        m.put("corner_s15", "x = \"\"\"\n");
        m.put("corner_s16", "  x = 1\n");
        m.put("corner_s17", "if x:\n    a\n  # c\n    b\n");
        m.put("corner_s18", "x = 1 if y else\\\n 2\n");
        m.put("corner_s19", "\\\n");
        m.put("corner_s20", "x\\\n");
        m.put("corner_s21", "x = '\\N{DASH}'\n");
        m.put("corner_s22", "f'\\N{DASH}{x}'\n");
        m.put("corner_s23", "rf'\\N{x}'\n");
        m.put("corner_s24", "f'{x=!r:>{10}}'\n");
        m.put("corner_s25", "print(f\"{'\\n'.join(a)}\")\n");
        m.put("corner_s26", "x = 1 # comment \\\ny = 2\n");
        m.put("corner_s27", "def f(\n    a, # c\n    b):\n    pass\n");
        m.put("corner_s28", "x = \"\"\"a\nb\"\"\" + \"\"\"\nc\"\"\"\n");
        m.put("corner_s29", "x\r");
        m.put("corner_s30", "x\r\n\r\n  \r\n");
        m.put("corner_s31", "if x:\r\n\ty\r\n");
        m.put("corner_s32", "\f\n");
        m.put("corner_s33", "    \n  # x\nfoo\n");
        m.put("corner_s34", "\tx\n");
        m.put("corner_s35", "x = 'a' 'b'\\\n    'c'\n");
        m.put("corner_s36", "1.__class__ 1_000j 0x_ 0b 0o 1e 1e_1 1_e1 0_7 09 0.1_ 1.0e1_0\n");
        m.put("corner_s37", "x = 0b102\n");
        m.put("corner_s38", "x = 0o\n");
        m.put("corner_s39", "x = 0x_g\n");
        m.put("corner_s40", "x = 1__0\n");
        m.put("corner_s41", "x = 5.j 5.e 5e\n");
        m.put("corner_s42", "\u00e9 = 1\n\u00b5 = 2\n\u210c = 3\n");
        m.put("corner_s43", "x = a\u00b7b\n");
        m.put("corner_s44", "x = 1 \u200b 2\n");
        m.put("corner_s45", "x = '\u20ac' + \u20ac\n");
        m.put("corner_s46", "x = 'a'\\\n");
        m.put("corner_s47", "(\n");
        m.put("corner_s48", "f'{x:{'\n");
        m.put("corner_s49", "f'{x}' f\"{x!r}\" f'''{x}''' f\"\"\"{x}\"\"\"\n");
        m.put("corner_s50", "x = f\"{a[\"b\"]}\"\n");
        m.put("corner_s51", "x = f'{a:=^10}' f'{a:=3}'\n");
        m.put("corner_s52", "x = f'{a}' 'b' f'c{d!s}e'\n");
        m.put("corner_s53", "x = f'''\n{a}\n'''\n");
        m.put("corner_s54", "def f():\n    x = f'''\n    {a}\n        b\n    '''\n    return x\n");
        m.put("corner_s55", "x = (f'a'\n     f'{b}')\n");
        m.put("corner_s56", "f'{x:{y}}{z}'\n");
        m.put("corner_s57", "f'{{{{x}}}}'\n");
        m.put("corner_s58", "f'{x}{{'\n");
        m.put("corner_s59", "f'\\{x}' f'\\{{x}}' rf'\\{{'\n");
        m.put("corner_s60", "f'{x:\\n}'\n");
        m.put("corner_s61", "f'{x:{{}}>10}'\n");
        m.put("corner_s62", "x = 1;\n");
        m.put("corner_s63", "if x:\n    pass\n\n\n");
        m.put("corner_s64", "if x:\n    pass\n    ");
        m.put("corner_s65", "if x:\n    pass\n# c");
        m.put("corner_s66", "if x:\n    y = (1,\n");
        m.put("corner_s67", "class A:\n    def f(self):\n        pass\n\n    def g(self): pass\n");
        m.put("corner_s68", "'''\n");
        m.put("corner_s69", "'\n");
        m.put("corner_s70", "x = f'''\n");
        m.put("corner_s71", "x = u'''a''' b'''b''' rb'\\'' br\"\\\"\"\n");
        m.put("corner_s72", "x = 1\n\u0000\n");
        m.put("corner_s74", "# coding=utf-8\n# coding=latin-1\nx = 1\n");
        m.put("corner_s75", "#!/x\n# coding: utf-8\n");
        m.put("corner_s76", "x = 1\n# coding: latin-1\n");
        m.put("corner_s78", "# coding: utf8\nx = 'caf\u00e9'\n");
        m.put("corner_s79", "\ufeff\n# coding: latin-1\n");
        m.put("corner_s81", "# coding: euc-jp\nx = 1\n");
        m.put("corner_s85", "# vim:fileencoding=latin_1\nx\n");
        m.put("corner_s86", "#coding:utf-8-sig\nx\n");
        m.put("corner_s87", "# coding: UTF-8\u00e9\nx\n");
        m.put("corner_t6", "x = 1\nf'\\{x}' + f'''\n\\}}'''\n");
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
        m.put("cookie_cp1252_by_number", concat("# coding: 1252\nx = '".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x80}, "'\n".getBytes(StandardCharsets.US_ASCII)));
        m.put("cookie_mac_alias", concat("# coding: macintosh\nx = '".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x80}, "'\n".getBytes(StandardCharsets.US_ASCII)));
        m.put("cookie_ebcdic", "# coding: EBCDIC-CP-US\nx = 1\n".getBytes(StandardCharsets.US_ASCII));
        m.put("cookie_mbcs_unknown_on_linux", "# coding: mbcs\nx = 1\n".getBytes(StandardCharsets.US_ASCII));
        m.put("cookie_java_only_name", "# coding: IBM1047\nx = 1\n".getBytes(StandardCharsets.US_ASCII));
        // cookies naming other encodings, undecodable bytes after the first line
        m.put("corner_s73", new byte[] {35, 32, 45, 42, 45, 32, 99, 111, 100, 105, 110, 103, 58, 32, 108, 97, 116, 105, 110, 45, 49, 32, 45, 42, 45, 10, 120, 32, 61, 32, 39, 99, 97, 102, -23, 39, 10});
        m.put("corner_s77", new byte[] {32, 32, 35, 32, 99, 111, 100, 105, 110, 103, 58, 32, 108, 97, 116, 105, 110, 45, 49, 10, 120, 32, 61, 32, 39, 99, 97, 102, -23, 39, 10});
        m.put("corner_s80", new byte[] {35, 32, 99, 111, 100, 105, 110, 103, 58, 32, 99, 112, 49, 50, 53, 50, 10, 120, 32, 61, 32, 39, -128, 39, 10});
        m.put("corner_s84", new byte[] {35, 32, 99, 111, 100, 105, 110, 103, 58, 32, 97, 115, 99, 105, 105, 10, 120, 32, 61, 32, 39, -23, 39, 10});
        m.put("corner_s88", new byte[] {120, 32, 61, 32, 49, 10, -1, 10});
        m.put("corner_s89", new byte[] {120, 32, 61, 32, 39, -61, 39, 10});
        m.put("corner_s90", new byte[] {120, 32, 61, 32, 39, -19, -96, -128, 39, 10});
        m.put("corner_t1", new byte[] {120, 32, 61, 32, 49, 10, 121, 32, 61, 32, 50, 10, 122, 32, 61, 32, 39, -19, -96, -128, 39, 32, 43, 32, 39, -61, 39, 32, -1, 10});
        m.put("corner_t2", new byte[] {120, 32, 61, 32, 49, 10, 121, 32, 61, 32, 50, 10, 122, 32, 61, 32, 39, -16, -97, -104, 39, 32, 43, 32, 39, -30, -126, 10});
        m.put("corner_t3", new byte[] {120, 32, 61, 32, 49, 10, 121, 32, 61, 32, 50, 10, 122, 32, 61, 32, 39, -64, -81, -8, -120, -128, -128, -128, -12, -112, -128, -128, 39, 10});
        m.put("corner_t4", new byte[] {35, 32, 99, 111, 100, 105, 110, 103, 58, 32, 108, 97, 116, 105, 110, 45, 49, 10, 120, 32, 61, 32, 39, 99, 97, 102, -23, 39, 10, 121, 32, 61, 32, -23, 10});
        m.put("corner_t5", new byte[] {120, 32, 61, 32, 49, 10, 10, -1, 10});
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

package org.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adder.harness.Parity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One snippet set per area of the grammar, each parsed by Adder and by CPython's ast.parse (in
 * one CPython process per mode): the ast.dump with positions, or the SyntaxError, must be
 * CPython's. The expected values are CPython's own, computed when the test runs.
 */
class GrammarAreasTest {
    private static final Map<String, List<String>> EXEC = new LinkedHashMap<>();
    private static final Map<String, List<String>> OTHER_MODES = new LinkedHashMap<>();

    static {
        EXEC.put("simple statements", List.of("x = 1\n", "a = b = c\n", "x += 1; y -= 2\n", "x: int = 3\n",
                "(x): int\n", "a.b: int\n", "a[1]: int = 2\n", "del a, b[0], c.d\n", "del (a, [b])\n",
                "pass\nbreak\ncontinue\n", "return\n", "return 1, *a\n", "raise\nraise E\nraise E from F\n",
                "global a, b\nnonlocal c\n", "assert x, 'm'\n", "import a.b.c as d, e\n",
                "from . import x\nfrom ...a import (b as c, d,)\nfrom .... import *\n", "x = yield\n",
                "x = yield from y\n", "*a, b = c\n", "[a, *b] = c\n", "a, = b\n", "x @= y\n", "x **= 2; x //= 3\n"));
        EXEC.put("compound statements", List.of("if a:\n    pass\nelif b:\n    x\nelse:\n    y\n",
                "while x:\n    break\nelse:\n    pass\n", "for a, b in c:\n    pass\nelse:\n    pass\n",
                "for x in *a, *b:\n    pass\n", "with a as b, c as (d, e):\n    pass\n",
                "with (a as b, c as d,):\n    pass\n", "with (a, b):\n    pass\n", "with (yield):\n    pass\n",
                "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
                "try:\n    pass\nexcept* (A, B) as e:\n    pass\n", "try:\n    pass\nfinally:\n    pass\n",
                "class A(B, metaclass=M, *c, **d):\n    x = 1\n", "class A:\n  '''doc'''\n",
                "@d\n@e.f(g)\n@h[i] if j else k\ndef f():\n    pass\n",
                "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> r:\n    return\n", "def f(*, a): pass\n",
                "def f(*args: *Ts): pass\n", "lambda: 0\n", "lambda a, /, b=1, *c, d, **e: 0\n", "lambda *a, **k: 0\n",
                "if x: a; b\n", "def f(a,): pass\n"));
        EXEC.put("async", List.of("async def f():\n    await x\n    async for a in b:\n        pass\n"
                + "    async with a as b, c:\n        pass\n    return [i async for i in y if await i]\n",
                "async def f():\n    async with (a as b):\n        pass\n"));
        EXEC.put("expressions", List.of("a or b and not c\n", "a < b <= c != d is not e not in f in g is h\n",
                "a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n\n", "~+-x ** y ** z\n",
                "a if b else c if d else e\n", "(x := 1, y := 2)\n", "f(x := 1)\n", "[y := f(x), y**2]\n",
                "a[1:2, ::3, :, 4:]\n", "a[b:c:d]\n", "a[*b]\n", "a[1, *b]\n", "a.b.c(d)(e)[f]\n",
                "f(a, *b, c=d, **e)\n", "f(a for a in b)\n", "f(*a, b, *c, d=e, *f, **g, h=i)\n", "await_ = 1\n",
                "x = ...\n", "x = None, True, False\n", "{**a, 'b': 1, **c}\n", "{1, *a}\n", "()\n", "(1,)\n",
                "[]\n", "{}\n", "(yield)\n", "print(*a, sep='')\n", "a = (\n  1 +\n  2\n)\n", "x = 1 \\\n  + 2\n"));
        EXEC.put("comprehensions", List.of("[x for x in y if x if z for w in x]\n", "{x for x in y}\n",
                "{k: v for k, v in d}\n", "(x for x in y)\n", "[(a, b) for a, b in c]\n", "[x async for x in y]\n",
                "[x for x in lambda: y, z]\n", "[i for i in range(3) if (j := i)]\n"));
        EXEC.put("literals", List.of("1 + 1.5 + 2j + 0x1F + 0o17 + 0b101 + 1_000 + 1e10 + 1.e-3 + .5j\n",
                "123456789012345678901234567890\n", "'a' \"b\" '''c''' \"\"\"d\"\"\"\n", "u'x' 'y'\n", "b'a' b'b'\n",
                "r'\\d' rb'\\x00' BR'x'\n", "'\\n\\t\\x41\\u00e9\\U0001F600\\N{BULLET}\\101\\\\'\n",
                "'''a\nb''' 'c'\n", "x = 'ab' 'cd' \\\n 'ef'\n", "'\\\nx'\n", "1if x else 2\n", "0_0\n", "00\n",
                "'\\ud83d\\ude00' '\\ud83d' '\\ude00' '\\U0001F600'\n", "f'\\ud83d{x}\\ude00' '\\ud800' '\\udfff'\n"));
        EXEC.put("f-strings", List.of("f'{a}'\n", "f'a{b!r:>{c}}d'\n", "f'{x=}'\n", "f'{x = !s}'\n",
                "f'{x=:10}'\n", "f'{{}}{a}{{'\n", "f'{a}' 'b' f'{c}'\n", "'a' f'b'\n", "f'''{\na\n}'''\n",
                "f'{a:{b:{c}}}'\n", "f\"{'a'}\"\n", "f'{f\"{x}\"}'\n", "rf'\\d{x}'\n", "f'\\N{BULLET}{x}'\n",
                "f'{x!a}'\n", "f''\n", "f'{x:}'\n", "f'{3.14:.2f} and {\"s\":>5}'\n", "f'''\n  {x}\n  text\n'''\n",
                "f'{x # c\n}'\n", "f'{(lambda: 1)()}'\n", "f'{yield}'\n", "f'{*a,}'\n"));
        EXEC.put("match", List.of("match x:\n    case 1 | 2 | 'a' | b'b' | -1 | 1 + 2j | -1 - 2j:\n        pass\n",
                "match x:\n    case None | True | False:\n        pass\n",
                "match x:\n    case [a, *rest] | (a, *_) | [] | ():\n        pass\n",
                "match x:\n    case {'k': v, **rest}:\n        pass\n    case {}:\n        pass\n",
                "match x:\n    case Point(1, y=2) | a.b.C() | D(e, f):\n        pass\n",
                "match x:\n    case (a as b) if b > 0:\n        pass\n    case _:\n        pass\n",
                "match x, y:\n    case a, b:\n        pass\n", "match = case = type = _ = 1\n", "match(x)\n",
                "match *a, b:\n    case [*_]:\n        pass\n", "match x:\n    case a.b:\n        pass\n"));
        EXEC.put("type parameters", List.of("type A = int\n", "type B[T] = list[T]\n",
                "type C[T: int, *Ts, **P] = tuple[T, *Ts]\n", "def f[T, U: (int, str)](x: T) -> U: pass\n",
                "class A[T](B[T]): pass\n", "type = 1\ntype.x = 2\n", "def f[T,](): pass\n"));
        EXEC.put("names and positions", List.of("ﬁ = 1\n", "é = 'é'\n", "x = 'ü' + y\n",
                "if x:\n\ty = '€'\n", "a = 1\r\nb = 2\r\n", "x = 1", "# comment\n\n\nx\n", ""));
        EXEC.put("errors", List.of("x = (1, 2\n", "f(**a, *b)\n", "def f(a=1, b): pass\n", "a + = 1\n",
                "x = [1, 2 3]\n", "if x\n    pass\n", "for x in range(3):\npass\n", "  x = 1\n",
                "1 = x\n", "f() += 1\n", "del f()\n", "(a, b): int\n", "x = 1 +\n", "'abc\n", "print 'x'\n",
                "x = 5 if 1\n", "a = b = \n", "class A(\n", "f'{'\n", "f'{a!x}'\n", "match x:\n    case 1 as _:\n        pass\n",
                "lambda x=1, y: 0\n", "from x import a,\n", "import a from b\n", "nonlocal x; x = y = )\n",
                "x = 0777\n", "x = 1__0\n", "with a as 1:\n    pass\n", "[*a for a in b]\n", "{**a: 1}\n",
                "f(a, b for b in c)\n", "a if b else *c\n", "try:\n    pass\nx = 1\n", "else:\n    pass\n",
                "def f():\n  x\n y\n", "b'é'\n", "'a' b'b'\n", "x = '\\N{NO SUCH NAME}'\n"));
        OTHER_MODES.put("eval", List.of("1+2", "x if y else z\n", "yield x", "a, *b", "lambda: (yield)", "\n\n1\n\n",
                "x = 1"));
        OTHER_MODES.put("single", List.of("x = 1\n", "if x:\n  pass\n\n", "1;2\n", "\n", "x = (\n", "@d\ndef f(): pass\n\n",
                "x = 1\ny = 2\n", "x = 1\n# c\n\n", "if x:\n  pass\ny = 2\n", "x = 1; y = 2\n",
                "def f():\n  pass\n\nf()\n"));
        OTHER_MODES.put("exec-tc", List.of("x = 1  # type: int\n", "x = 1\n# type: int\ny = 2\n",
                "def f(a, # type: int\n      b):\n    # type: (...) -> None\n    pass\n",
                "import x  # type: ignore[foo]\nimport y # type: ignore\n", "for x in y:  # type: int\n  pass\n",
                "with a as b:  # type: int\n  pass\n", "def f():  # type: () -> int\n  pass\n",
                "x = 1 # type:int # more\n", "x = [1, # type: int\n 2]\n", "async def f():  # type: () -> None\n  pass\n",
                "x = 1  # not a type comment\n", "def f(*, # type: int\n a): pass\n"));
        OTHER_MODES.put("func_type", List.of("(int, str) -> bool", "(*int) -> None", "() -> x",
                "(a, *b, **c) -> d", "(**a) -> b", "a -> b"));
    }

    @Test
    void exec(@TempDir Path dir) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> area : EXEC.entrySet()) {
            check(dir, area.getKey(), "exec", area.getValue(), failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void otherModes(@TempDir Path dir) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> mode : OTHER_MODES.entrySet()) {
            check(dir, mode.getKey(), mode.getKey(), mode.getValue(), failures);
        }
        assertEquals(List.of(), failures);
    }

    private static void check(Path dir, String area, String mode, List<String> snippets, List<String> failures)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            Path f = dir.resolve(area.replace(' ', '_') + "_" + i + ".py");
            Files.writeString(f, snippets.get(i), StandardCharsets.UTF_8);
            files.add(f);
        }
        Parity.Report report = Parity.check("ast-" + area.replace(' ', '-'), ParserOracle.cpython(mode), files,
                file -> ParserOracle.adder(file, mode));
        for (Parity.Difference d : report.differences()) {
            failures.add(area + ": " + Files.readString(d.file()).replace("\n", "\\n") + " — " + d.detail());
        }
    }
}

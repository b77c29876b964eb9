package org.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.adder.dis.CodeDump;
import org.adder.harness.CPython;
import org.adder.harness.CPythonAst;
import org.adder.objects.Hashing;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * The whole compiler on snippets in each of compile()'s modes and optimisation levels, against
 * the reference's code objects ({@code codedump.py}'s dump): docstrings and asserts under -O and
 * -OO, {@code __debug__}, the interactive mode's printing, eval mode's value, and the node kinds
 * the corpus has few of (type parameters, except*, async comprehensions, match).
 */
class CompilerModesTest {
    private static final String[] EXEC = {
        "'''doc'''\nassert x, 'm'\nif __debug__:\n    y = 1\ndef f():\n    'fdoc'\n    assert y\n    return __debug__\n",
        "class C:\n    'cdoc'\n    x: int = 1\n    def m(self):\n        return super().m() + __class__.x\n",
        "def f[T: int, *Ts, **P](a: T = 1, *, b: 'x' = 2) -> T:\n    return a\nclass G[T]:\n    def m(self) -> T: pass\n"
                + "type A[X] = list[X]\ntype B = int\n",
        "async def f(xs):\n    async with a as b, c:\n        async for x in xs:\n            await x\n"
                + "    return [y async for y in xs if await y]\nasync def g():\n    yield 1\n",
        "try:\n    pass\nexcept* ValueError as e:\n    print(e)\nexcept* TypeError:\n    pass\nelse:\n    pass\n"
                + "finally:\n    z = 1\n",
        "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n"
                + "    case Point(x=0, y=yy) | Point(y=yy, x=1):\n        pass\n    case str() as s:\n        pass\n"
                + "    case _:\n        pass\n",
        "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return [x for _ in range(3)]\n"
                + "    return inner\nclass K:\n    a = [i for i in range(3)]\n    b = {k: v for k, v in zip(a, a)}\n",
        "from __future__ import annotations\ndef f(a: list[int], *args: tuple[int, ...], **kw: dict[str, int]) -> None:\n"
                + "    x: Foo | None = None\nclass C:\n    y: Callable[[int], str] = lambda n: str(n)\n",
        "x = 1 + 2 * 3 - (4 ** 2) // 5 % 3\ny = 'a' * 3 + 'b'\nz = (1, 2) + (3,)\nw = -(-1.5) ** 2\nv = 'abc'[1] + b'xy'[0].__str__()\n"
                + "u = x in [1, 2, 3] and x not in {4, 5}\nt = '%s and %r' % (x, y)\ns = not (x is None)\nfor q in [1, 2]:\n    pass\n",
        "def gen():\n    x = yield 1\n    yield from range(x)\n    return (yield)\nl = lambda: (yield)\n",
        "with open(f) as g, open(h) as i:\n    data = g.read()\nwhile True:\n    try:\n        break\n    finally:\n        print('f')\n",
        "import a.b.c as d\nfrom . import e\nfrom ..f import g as h, i\nfrom j import *\nglobal k\nk = 1\n",
        "a = 2 ** 127, 2 ** 128, 3 ** 81, (-2) ** 3, 2 ** -1, 0 ** 0, 10 ** 0.5\nb = 'ab' * 2048, 'ab' * 2049, b'x' * 4096\n"
                + "c = (1, 2) * 128, (1, 2) * 129, ((1,) * 10,) * 100\nd = 1 << 127, 1 << 128, -1 >> 3, 7 // -2, -7 % 3, 7.5 % -2\n"
                + "e = 1 / 3, 1 // 0, 1.0 / 0, 2 ** 1000 / 3, ~5, -True, +False, not 0, True & False, True | 2\n"
                + "f = '%s-%r-%a-%5s-%-5s-%.2s-%%' % (a, b, c, d, e, f, ), '%d' % (a,), '%s' % (1,), '%s %s' % (a,)\n"
                + "g = 'abc'[-1], b'abc'[1], (1, 2, 3)[5], 'x'[True], 1j * 2, (1+2j) / (3-4j), 2j ** 2, 0j ** -1\n"
                + "h = x in [a, b], x in {a, b}, x in [*a], __debug__, [i for i in [1, 2]], {j for j in {3, 4}}\n",
        "from __future__ import annotations\nclass C:\n    a: 'str' = 1\n    b: x.y[1:2, ::3]\n    c: f(*a, k=1, **kw)\n"
                + "    d: lambda x, /, y=1, *z, w, **v: -x ** -y\n    e: (a if b else c) | None\n    f: not a < b <= c is not d\n"
                + "    g: {1: 2, **m} | {1, 2} | [*l] | (1,) | ()\n    h: 1e400 + 2j - b'x' + ... + -1.5 + (-1) ** 2\n"
                + "    i: f'{a!r:>{w}}{b=}' + f\"{'q'}\" + [x async for x in y if x]\n    j: a[b][c:d](e).f @ g // h >> 1 & ~2 ^ 3\n"
                + "    k: a and (b or c) and not d\n    l: {k: v for k, v in z} | {e for e in f} | (g for g in h)\n",
    };

    private static final String[] EVAL = {
        "x + 1 if y else [z for z in w]",
        "lambda a, *b, c=1, **d: (a, b, c, d)",
        "f'{x!r:>{w}}' + f'{y=}'",
    };

    private static final String[] SINGLE = {
        "x = 1\n",
        "1 + 2\n",
        "for i in range(3): i\n",
        "if x:\n    x\n",
    };

    @Test
    void execMode() throws IOException {
        Hashing.useSeed(0);
        for (int optimize = 0; optimize <= 2; optimize++) {
            check("exec", optimize, EXEC);
        }
    }

    @Test
    void evalMode() throws IOException {
        Hashing.useSeed(0);
        check("eval", 0, EVAL);
    }

    @Test
    void singleMode() throws IOException {
        Hashing.useSeed(0);
        check("single", 0, SINGLE);
    }

    private static void check(String mode, int optimize, String[] snippets) throws IOException {
        Path dir = Paths.get("target/compiler-modes").toAbsolutePath();
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < snippets.length; i++) {
            Path f = dir.resolve(mode + i + ".py");
            Files.writeString(f, snippets[i], StandardCharsets.UTF_8);
            files.add(f);
        }
        List<String> args = new ArrayList<>(List.of(CPython.resource("/org/adder/compiler/codedump_compile.py").toString(),
                CPython.resource("codedump.py").toString(), mode, Integer.toString(optimize)));
        files.forEach(f -> args.add(f.toString()));
        String expected = CPython.run(args.toArray(String[]::new));
        StringBuilder actual = new StringBuilder();
        CPythonAst.forEach(files, mode, false, parsed -> {
            actual.append("== ").append(parsed.file()).append('\n');
            try {
                String source = Files.readString(parsed.file(), StandardCharsets.UTF_8);
                actual.append(CodeDump.dump(Compiler.compile(parsed.tree(), parsed.file().toString(), source, mode,
                        optimize)));
            } catch (PySyntaxError e) {
                actual.append("error: SyntaxError: ").append(e.msg).append(" (").append(e.lineno).append(", ")
                        .append(e.offset).append(")\n");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String[] e = expected.split("\n", -1);
        String[] a = actual.toString().split("\n", -1);
        int i = 0;
        String file = "";
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            if (e[i].startsWith("== ") || e[i].startsWith("code ")) {
                file = file.startsWith("== ") && e[i].startsWith("code ") ? file + " / " + e[i] : e[i];
            }
            i++;
        }
        assertEquals(i < e.length ? e[i] : "<end>", i < a.length ? a[i] : "<end>",
                mode + " mode, optimize " + optimize + ", " + file + ", line " + (i + 1));
    }
}

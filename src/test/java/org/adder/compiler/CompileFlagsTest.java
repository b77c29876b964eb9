package org.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.adder.ast.AstDump;
import org.adder.cli.SourceCompile;
import org.adder.dis.CodeDump;
import org.adder.harness.CPython;
import org.adder.objects.Hashing;
import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * {@code compile(source, filename, mode, flags, dont_inherit=True)} against the reference, snippet
 * by snippet, with and without each flag: top-level await (the errors without it, the module
 * code's CO_COROUTINE with it), future features given as flags, type comments, PyCF_ONLY_AST,
 * and the ValueErrors for flags and modes compile() does not know.
 */
class CompileFlagsTest {
    private static final int TOP_LEVEL_AWAIT = CompileFlags.PyCF_ALLOW_TOP_LEVEL_AWAIT;

    private static final String[] AWAIT_EXEC = {
        "await x\n",
        "x = await f()\nprint(x)\n",
        "async for i in aiter():\n    print(i)\nelse:\n    pass\n",
        "async with a as b, c:\n    await b\n",
        "r = [i async for i in xs]\n",
        "r = {k: v async for k, v in xs if await k}\n",
        "r = [await i for i in xs]\n",
        "g = (i async for i in xs)\n",
        "s = {await i for i in xs}\n",
        "def f():\n    return [await x for x in y]\n",
        "class C:\n    x = await y\n",
        "f = lambda: await x\n",
        "x = 1\n",
        "async def f():\n    await g()\nawait f()\n",
        "[x for x in await y]\n",
        "with a:\n    async with b:\n        pass\n",
        "try:\n    await x\nexcept* E:\n    await y\n",
        "async for x in y:\n    async for z in x:\n        pass\n",
        "print([[i async for i in j] for j in xs])\n",
        "def f():\n    async for x in y:\n        pass\n",
        "def f():\n    async with y:\n        pass\n",
        "class C:\n    async with y:\n        pass\n",
        "def f():\n    return [i async for i in y]\n",
        "async def f():\n    return [i async for i in y]\nx = await f()\n",
        "if x:\n    await y\nelse:\n    z = [await w async for w in v]\n",
        "await x\nyield 1\n",
        "x: int = await y\n",
        "match await x:\n    case [a, b]:\n        await a\n",
    };

    private static final String[] AWAIT_EVAL = {
        "await x",
        "[i async for i in y]",
        "(await x for x in y)",
        "{await k: v for k, v in y}",
        "lambda: await x",
        "x",
    };

    private static final String[] AWAIT_SINGLE = {
        "await x\n",
        "async for i in y: print(i)\n",
        "x = [i async for i in y]\n",
        "async with a: pass\n",
        "x = 1\n",
    };

    private static final String[] FUTURE = {
        "def f(a: int, *b: 'str', **c: list[int]) -> dict:\n    x: List[int] = []\n    return x\n",
        "class C:\n    a: int\n    b: 'C' = 1\nx: int = 1\ny: (await f)\n",
        "x = 1\n",
        "from __future__ import annotations\ndef f(a: int): pass\n",
        "lambda: (yield)\n",
    };

    private static final String[] BARRY = {
        "x = 1 <> 2\n",
        "x = 1 != 2\n",
        "x = (1 !=\n 2)\n",
        "from __future__ import barry_as_FLUFL\nx = 1 <> 2\n",
        "from __future__ import barry_as_FLUFL\nx = 1 != 2\n",
        "if a <> b <> c:\n    pass\n",
        "x = [i for i in y if i <> 0]\n",
    };

    /** 'single' input that stops without a newline, and some that ends with one. */
    private static final String[] SINGLE_ENDINGS = {
        "if 1: pass", "if 1:\n  pass", "if 1:\n  pass\n  ", "if 1:\n  pass # c", "def f():\n  \"\"\"doc\n\"\"\"",
        "if 1:\n  if 2:\n    pass", "x = 1", "x = 1 # c", "if 1: pass\n", "while x:\n  pass\n\n", "if 1:\n  pass\n\n  ",
        "for x in y:\n  pass\nelse:\n  pass", "if 1:\n  pass\nx = 2", "", "# c", "try:\n  pass\nfinally:\n  x",
        "class C:\n  def f(self):\n    return 1", "x = (1,\n2)",
    };

    /** What codeop hands compile() while a statement is being typed. */
    private static final String[] INCOMPLETE = {
        "if 1:", "x = (1,", "if 1:\n", "x = (1,\n", "x = 1 +", "x = \"\"\"a\nb", "f\"{", "f\"{x", "x = \"abc",
        "x = = 1", "x = (1,\n\n", "if 1:\n  pass\n  ", "1 +", "(", "def f(:", "if 1:\n  pass", "def f():",
        "for x in", "x = [1,\n 2", "@dec", "class C(", "x = 1", "if 1:\n  x = (", "if x:\n  pass\nelse:",
        "try:\n  pass", "lambda:", "x = 1 if", "x = 'é' +", "print(1)\n",
    };

    private static final String[] TYPE_COMMENTS = {
        "x = 1  # type: int\n",
        "def f(a,  # type: int\n      ):\n    # type: (...) -> int\n    pass\n",
        "x = 1\n# type: int\ny = 2\n",
        "for x in y:  # type: int\n    pass\nwith a as b:  # type: int\n    pass\n",
        "import a  # type: ignore\n",
    };

    private static final String[] ONLY_AST = {
        "x = 1 + 2\n",
        "await x\n",
        "def f(a):  # type: (int) -> str\n    return 'a' 'b'\n",
        "async for i in y:\n    pass\n",
    };

    @Test
    void topLevelAwait() throws IOException {
        Hashing.useSeed(0);
        for (int flags : new int[] {0, TOP_LEVEL_AWAIT}) {
            check("exec", flags, AWAIT_EXEC);
            check("eval", flags, AWAIT_EVAL);
            check("single", flags, AWAIT_SINGLE);
        }
        // what tells top-level await from a module that merely defines coroutines
        CodeObjectFlags module = flagsOf("await x\n", TOP_LEVEL_AWAIT);
        assertTrue(module.coroutine(), "CO_COROUTINE");
        assertEquals(false, flagsOf("async def f(): await x\n", TOP_LEVEL_AWAIT).coroutine());
    }

    @Test
    void futureFeaturesAsFlags() throws IOException {
        Hashing.useSeed(0);
        check("exec", CompileFlags.CO_FUTURE_ANNOTATIONS, FUTURE);
        check("exec", CompileFlags.CO_FUTURE_ANNOTATIONS | TOP_LEVEL_AWAIT, FUTURE);
        check("exec", CompileFlags.CO_FUTURE_DIVISION | CompileFlags.CO_FUTURE_PRINT_FUNCTION
                | CompileFlags.CO_FUTURE_GENERATOR_STOP, FUTURE);
        check("eval", CompileFlags.CO_FUTURE_ANNOTATIONS | CompileFlags.CO_FUTURE_UNICODE_LITERALS, AWAIT_EVAL);
        check("exec", 0, BARRY);
        check("exec", CompileFlags.CO_FUTURE_BARRY_AS_BDFL, BARRY);
        check("exec", CompileFlags.CO_FUTURE_BARRY_AS_BDFL | CompileFlags.PyCF_ONLY_AST, BARRY);
        check("eval", CompileFlags.CO_FUTURE_BARRY_AS_BDFL, new String[] {"a <> b", "a != b", "not a <> b"});
        check("single", CompileFlags.CO_FUTURE_WITH_STATEMENT | CompileFlags.CO_FUTURE_ABSOLUTE_IMPORT, AWAIT_SINGLE);
    }

    @Test
    void typeCommentsAndOnlyAst() throws IOException {
        Hashing.useSeed(0);
        check("exec", 0, TYPE_COMMENTS);
        check("exec", CompileFlags.PyCF_TYPE_COMMENTS, TYPE_COMMENTS);
        check("exec", CompileFlags.PyCF_ONLY_AST, ONLY_AST);
        check("exec", CompileFlags.PyCF_ONLY_AST | CompileFlags.PyCF_TYPE_COMMENTS, ONLY_AST);
        check("exec", CompileFlags.PyCF_ONLY_AST | TOP_LEVEL_AWAIT, ONLY_AST);
        check("eval", CompileFlags.PyCF_ONLY_AST, AWAIT_EVAL);
        check("func_type", CompileFlags.PyCF_ONLY_AST, new String[] {"(int, str) -> list\n", "() -> None\n", "(x: int)\n"});
    }

    @Test
    void singleInputThatStopsWithoutANewline() throws IOException {
        Hashing.useSeed(0);
        check("single", 0, SINGLE_ENDINGS);
        check("single", CompileFlags.PyCF_DONT_IMPLY_DEDENT, SINGLE_ENDINGS);
        check("exec", CompileFlags.PyCF_DONT_IMPLY_DEDENT, SINGLE_ENDINGS);
    }

    @Test
    void incompleteInput() throws IOException {
        Hashing.useSeed(0);
        int codeop = CompileFlags.PyCF_DONT_IMPLY_DEDENT | CompileFlags.PyCF_ALLOW_INCOMPLETE_INPUT;
        for (String mode : new String[] {"single", "exec", "eval"}) {
            check(mode, codeop, INCOMPLETE);
            check(mode, CompileFlags.PyCF_ALLOW_INCOMPLETE_INPUT, INCOMPLETE);
        }
    }

    @Test
    void argumentsCompileRefuses() throws IOException {
        Hashing.useSeed(0);
        String[] one = {"x = 1\n"};
        check("exec", 0x8000, one);
        check("exec", 0x10, one);
        check("exec", CompileFlags.PyCF_SOURCE_IS_UTF8, one);
        check("exec", CompileFlags.PyCF_IGNORE_COOKIE, one);
        check("exec", 0x20, one);
        check("exec", 0x2000000, one);
        check("bogus", 0, one);
        check("bogus", CompileFlags.PyCF_ONLY_AST, one);
        check("func_type", 0, one);
    }

    private record CodeObjectFlags(int bits) {
        boolean coroutine() {
            return (bits & org.adder.bytecode.CodeObject.CO_COROUTINE) != 0;
        }
    }

    private static CodeObjectFlags flagsOf(String source, int flags) {
        SourceCompile.Result r = SourceCompile.compile(source, "<s>", "exec", CompileOptions.of(0).withFlags(flags), w -> { });
        return new CodeObjectFlags(r.code().flags);
    }

    private static void check(String mode, int flags, String[] snippets) throws IOException {
        Path dir = Paths.get("target/compile-flags").toAbsolutePath();
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < snippets.length; i++) {
            Path f = dir.resolve(mode + "_" + Integer.toHexString(flags) + "_" + i + ".py");
            Files.writeString(f, snippets[i], StandardCharsets.UTF_8);
            files.add(f);
        }
        List<String> args = new ArrayList<>(List.of(CPython.resource("/org/adder/compiler/codedump_compile.py").toString(),
                CPython.resource("codedump.py").toString(), mode, "0", "--flags", "0x" + Integer.toHexString(flags)));
        files.forEach(f -> args.add(f.toString()));
        String expected = CPython.run(args.toArray(String[]::new));
        StringBuilder actual = new StringBuilder();
        for (Path f : files) {
            actual.append("== ").append(f).append('\n');
            String source = Files.readString(f, StandardCharsets.UTF_8);
            try {
                SourceCompile.Result r = SourceCompile.compile(source, f.toString(), mode,
                        CompileOptions.of(0).withFlags(flags), w -> { });
                actual.append(r.code() != null ? CodeDump.dump(r.code()) : AstDump.dump(r.tree()) + "\n");
            } catch (PySyntaxError e) {
                actual.append("error: ").append(e.typeName()).append(": ").append(e.msg).append(" (").append(e.lineno)
                        .append(", ").append(e.offset).append(")\n");
            } catch (PyException e) {
                actual.append("error: ").append(e.typeName()).append(": ").append(e.str()).append('\n');
            }
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.toString().split("\n", -1);
        int i = 0;
        String file = "";
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            if (e[i].startsWith("== ")) {
                file = e[i];
            }
            i++;
        }
        assertEquals(i < e.length ? e[i] : "<end>", i < a.length ? a[i] : "<end>",
                mode + " mode, flags 0x" + Integer.toHexString(flags) + ", " + file + ", line " + (i + 1));
    }
}

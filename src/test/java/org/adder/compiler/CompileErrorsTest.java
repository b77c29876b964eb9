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
import org.adder.harness.CPython;
import org.adder.harness.CPythonAst;
import org.adder.objects.Hashing;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * The compiler's own SyntaxErrors and SyntaxWarnings against CPython's: each snippet is compiled
 * by the reference ({@code compile(source, path, "exec")}) and by Adder from the same tree; the
 * message, the position and the text line must be the same, and so must the warnings.
 */
class CompileErrorsTest {
    private static final String[] SNIPPETS = {
        "return 1\n",
        "x = 1\nif x:\n    return\n",
        "break\n",
        "while x:\n    pass\nelse:\n    break\n",
        "continue\n",
        "def f():\n    for x in y:\n        pass\n    continue\n",
        "await x\n",
        "def f():\n    await x\n",
        "def f():\n    [await y for y in z]\n",
        "yield 1\n",
        "class C:\n    yield 1\n",
        "async def f():\n    yield 1\n    return 2\n",
        "async def f():\n    yield from g()\n",
        "*a = b\n",
        "*a, *b = c\n",
        "f(a=1, a=2)\n",
        "f(x, y, __debug__=1)\n",
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        "x = 1\nfrom __future__ import annotations\n",
        "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division\n",
        "async with a:\n    pass\n",
        "def f():\n    async with a:\n        pass\n",
        "def f():\n    async for x in y:\n        pass\n",
        "async for x in y:\n    pass\n",
        "[x async for x in y]\n",
        "def f():\n    return {x: y async for x, y in z}\n",
        "match a:\n    case x:\n        pass\n    case 1:\n        pass\n",
        "match a:\n    case _:\n        pass\n    case 1:\n        pass\n",
        "match a:\n    case [x, x]:\n        pass\n",
        "match a:\n    case [x] | [y]:\n        pass\n",
        "match a:\n    case {'a': 1, 'a': 2}:\n        pass\n",
        "match a:\n    case {1: x, 1.0: y}:\n        pass\n",
        "match a:\n    case C(x=1, x=2):\n        pass\n",
        "match a:\n    case (x | x) as x:\n        pass\n",
        "try:\n    pass\nexcept* E:\n    break\n",
        "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
        "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
        nestedLoops(20),
        nestedLoops(21),
        "def f(__debug__): pass\n",
        "lambda __debug__: 1\n",
        "class C:\n    def f(self, *, __debug__=1): pass\n",
        "x is 1\n",
        "if x is not 'a':\n    pass\n",
        "1 is x is ()\n",
        "assert (x, 'msg')\n",
        "assert ()\n",
        "f = (1)(2)\n",
        "[1, 2](3)\n",
        "x = [a for a in b]()\n",
        "x = 'abc'[1.5]\n",
        "x = [1, 2]['a']\n",
        "x = (1, 2)[x, y]\n",
        "x = 5[0]\n",
        "x = {1, 2}[0]\n",
        "x = (lambda: 1)[0]\n",
        "x = f'{a}'['b']\n",
        "x = 'abc'[1]\n",
        "x = (1, 2)[0:1]\n",
        "class C:\n    x: int = 1\n    __debug__: int\n",
        "del __debug__\n",
        "x.__debug__ = 1\n",
        "match a:\n    case __debug__:\n        pass\n",
        "f(**a, b=1, b=2)\n",
        "with a as __debug__:\n    pass\n",
        "import a as __debug__\n",
    };

    private static String nestedLoops(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append("    ".repeat(i)).append("for x").append(i).append(" in y:\n");
        }
        return s.append("    ".repeat(depth)).append("pass\n").toString();
    }

    @Test
    void errorsAndWarningsMatchCPython() throws IOException {
        Hashing.useSeed(0);
        Path dir = Paths.get("target/compile-errors").toAbsolutePath();
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < SNIPPETS.length; i++) {
            Path f = dir.resolve(String.format("snippet%03d.py", i));
            Files.writeString(f, SNIPPETS[i], StandardCharsets.UTF_8);
            files.add(f);
        }
        List<String> args = new ArrayList<>();
        args.add(CPython.resource("/org/adder/compiler/compile_outcome.py").toString());
        files.forEach(f -> args.add(f.toString()));
        String[] expected = CPython.run(args.toArray(String[]::new)).split("\n");
        List<String> actual = new ArrayList<>();
        CPythonAst.forEach(files, "exec", false, parsed -> actual.add(outcome(parsed)));
        int compared = 0;
        StringBuilder failures = new StringBuilder();
        for (int i = 0; i < SNIPPETS.length; i++) {
            if (expected[i].equals("parse error")) {
                continue;
            }
            compared++;
            if (!expected[i].equals(actual.get(i))) {
                failures.append("snippet ").append(i).append(": ").append(PyStr.repr(SNIPPETS[i]))
                        .append("\n  expected ").append(expected[i]).append("\n  got      ").append(actual.get(i))
                        .append('\n');
            }
        }
        assertEquals("", failures.toString());
        assertTrue(compared >= 50, "only " + compared + " snippets reached the compiler");
    }

    private static String outcome(CPythonAst.Parsed parsed) {
        if (parsed.error() != null) {
            return "parse error";
        }
        String source;
        try {
            source = Files.readString(parsed.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String result;
        List<CompileErrors.Warning> warnings;
        try {
            Compiler.Codegen cg = Compiler.codegen(parsed.tree(), parsed.file().toString(), source, 0);
            warnings = cg.warnings();
            result = "ok";
        } catch (PySyntaxError e) {
            return "error: " + e.msg + " (" + e.lineno + ", " + e.offset + ", " + e.endLineno + ", " + e.endOffset
                    + ") " + (e.text == null ? "None" : PyStr.repr(e.text));
        }
        StringBuilder out = new StringBuilder(result);
        for (CompileErrors.Warning w : warnings) {
            out.append(" | warning ").append(w.lineno()).append(": ").append(w.message());
        }
        return out.toString();
    }
}

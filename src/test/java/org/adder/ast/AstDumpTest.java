package org.adder.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adder.harness.CPython;
import org.adder.harness.CPythonAst;
import org.adder.harness.Parity;
import org.junit.jupiter.api.Test;

/** AstDump's options (annotate_fields, include_attributes, indent) against CPython's ast.dump. */
class AstDumpTest {
    private static final List<String> SNIPPETS = List.of(
            "x = 1\n",
            "def f(a, /, b=2, *c, d, e=3, **g) -> int:\n    return a if b else -c\n",
            "from . import (a as b, c)\nimport os.path\n",
            "class C(B, metaclass=M):\n    x: int = 0\n    def g(self): pass\n",
            "print(f'{x!r:>{w}} and {y=}', b'\\x00\\xff', 1e400, 3j, 10**100, ..., None, True)\n",
            "match p:\n    case [1, *rest] | {'k': None, **kw} if rest: pass\n    case C(a, b=_): pass\n",
            "d = {**a, 'b': 1}\nlambda *, k=None: k\n",
            "try:\n    pass\nexcept* E as e:\n    raise X from e\nfinally:\n    del x[1:2, ::3]\n",
            "type T[U: int, *V, **W] = list[U]\nasync def h():\n    async with a as (b, c): await d\n",
            "s = 'caf\\u00e9 \\ud800 \\U0001f600 \\'q\\' \"d\"'\nglobal g\n",
            "");
    private static final String[] CONFIGS = {"True,False,None", "False,False,None", "True,True,None",
        "True,False,2", "False,True,0", "True,False,-1", "True,True,'\\t'", "False,False,'ab'"};

    @Test
    void optionsAsCPython() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String s : SNIPPETS) {
            Path f = Files.createTempFile("adder-dump-", ".py");
            Files.writeString(f, s, StandardCharsets.UTF_8);
            files.add(f);
        }
        StringBuilder script = new StringBuilder("import ast, sys\n");
        script.append("for path in sys.argv[1:]:\n");
        script.append("    tree = ast.parse(open(path, 'rb').read())\n");
        for (String c : CONFIGS) {
            String[] p = c.split(",", 3);
            script.append("    print(repr(ast.dump(tree, ").append(p[0]).append(", ").append(p[1])
                    .append(", indent=").append(p[2]).append(")))\n");
        }
        List<String> args = new ArrayList<>(List.of("-c", script.toString()));
        files.forEach(f -> args.add(f.toString()));
        String[] expected = CPython.run(args.toArray(String[]::new)).split("\n");
        Map<Path, ModTy> trees = new HashMap<>();
        CPythonAst.forEach(files, "exec", false, parsed -> trees.put(parsed.file(), parsed.tree()));
        int line = 0;
        for (Path f : files) {
            for (String c : CONFIGS) {
                String[] p = c.split(",", 3);
                String indent = switch (p[2]) {
                    case "None" -> null;
                    case "'\\t'" -> "\t";
                    case "'ab'" -> "ab";
                    default -> " ".repeat(Math.max(0, Integer.parseInt(p[2])));
                };
                String ours = AstDump.dump(trees.get(f), p[0].equals("True"), p[1].equals("True"), indent);
                assertEquals(expected[line++], org.adder.objects.PyStr.repr(ours), f + " with " + c);
            }
            Files.delete(f);
        }
    }

    @Test
    void snippetsThroughTheBridge() {
        List<CPythonAst.Parsed> parsed = CPythonAst.parseSources(List.of("x = 1\n", "def (:\n", "a if b else c"), "exec");
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
                AstDump.dump(parsed.get(0).tree()));
        assertEquals("invalid syntax", parsed.get(1).error().msg);
        assertEquals(1, parsed.get(1).error().lineno);
        assertEquals(5, parsed.get(1).error().offset);
        assertEquals("Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), "
                + "orelse=Name(id='c', ctx=Load())))], type_ignores=[])", AstDump.dump(parsed.get(2).tree()));
        assertEquals("Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2.5)))",
                AstDump.dump(CPythonAst.parseSource("1 + 2.5", "eval")));
    }

    /** {@code adder -m ast -a [-i N]} prints what {@code python3.12 -m ast} does, on a sample of the corpus. */
    @Test
    void astToolFormatOnCorpusSample() {
        List<Path> corpus = CPython.corpus();
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i += 97) {
            sample.add(corpus.get(i));
        }
        Map<Path, ModTy> trees = new HashMap<>();
        CPythonAst.forEach(sample, "exec", true, false, parsed -> trees.put(parsed.file(), parsed.tree()));
        for (String[] options : new String[][] {{"-a"}, {"-i", "1"}}) {
            Parity.Report report = Parity.check("ast-sample" + options[0], Parity.Oracle.module("ast", options),
                    sample, file -> new Parity.Outcome(AstDump.dump(trees.get(file), true, options[0].equals("-a"),
                            options[0].equals("-a") ? 3 : 1) + "\n", "", 0));
            assertEquals(report.total(), report.identical(), report.summary());
        }
    }
}

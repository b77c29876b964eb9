package org.adder.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adder.ast.ExprContextTy;
import org.adder.ast.ExprTy;
import org.adder.ast.ModTy;
import org.adder.ast.StmtTy;
import org.adder.ast.UnaryOpTy;
import org.adder.harness.CPythonAst;
import org.adder.objects.PyException;
import org.adder.objects.PyInt;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SyntaxError the symbol table (and the future-feature check before it) raises, on CPython's
 * AST of a snippet, with CPython 3.12.1's message and positions: the expected values were taken
 * from {@code symtable.symtable(source, "<snippet>", "exec")} on the reference build (0 stands for
 * an end offset of None). Offsets are the AST's UTF-8 byte columns plus one, as CPython reports them.
 */
class SymtableErrorsTest {
    record Case(String name, String source, String msg, int lineno, int offset, int endLineno, int endOffset) {
    }

    private static final List<Case> CASES = List.of(
            new Case("global_param", "def f(x):\n    global x\n",
                    "name 'x' is parameter and global", 2, 5, 2, 13),
            new Case("nonlocal_param", "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
                    "name 'x' is parameter and nonlocal", 4, 9, 4, 19),
            new Case("global_after_use", "def f():\n    print(x)\n    global x\n",
                    "name 'x' is used prior to global declaration", 3, 5, 3, 13),
            new Case("nonlocal_after_use", "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
                    "name 'x' is used prior to nonlocal declaration", 5, 9, 5, 19),
            new Case("global_after_assign", "def f():\n    x = 1\n    global x\n",
                    "name 'x' is assigned to before global declaration", 3, 5, 3, 13),
            new Case("nonlocal_after_assign", "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
                    "name 'x' is assigned to before nonlocal declaration", 5, 9, 5, 19),
            new Case("global_annot", "def f():\n    x: int\n    global x\n",
                    "annotated name 'x' can't be global", 3, 5, 3, 13),
            new Case("nonlocal_annot", "def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x\n",
                    "annotated name 'x' can't be nonlocal", 5, 9, 5, 19),
            new Case("annotated_global", "def f():\n    global x\n    x: int = 1\n",
                    "annotated name 'x' can't be global", 3, 5, 3, 15),
            new Case("annotated_nonlocal", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 1\n",
                    "annotated name 'x' can't be nonlocal", 5, 9, 5, 19),
            new Case("nonlocal_module", "x = 1\nnonlocal x\n",
                    "name 'x' is assigned to before nonlocal declaration", 2, 1, 2, 11),
            new Case("nonlocal_no_binding", "def f():\n    def g():\n        nonlocal x\n",
                    "no binding for nonlocal 'x' found", 3, 9, 3, 19),
            new Case("nonlocal_and_global", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
                    "name 'x' is nonlocal and global", 4, 9, 4, 17),
            new Case("nonlocal_type_param", "def f[T]():\n    def g():\n        nonlocal T\n",
                    "nonlocal binding not allowed for type parameter 'T'", 3, 9, 3, 19),
            new Case("nonlocal_class_level", "class C:\n    nonlocal x\n",
                    "no binding for nonlocal 'x' found", 2, 5, 2, 15),
            new Case("import_star_function", "def f():\n    from os import *\n",
                    "import * only allowed at module level", 2, 20, 2, 21),
            new Case("import_star_class", "class C:\n    from os import *\n",
                    "import * only allowed at module level", 2, 20, 2, 21),
            new Case("walrus_rebind_iter", "[x := 0 for x in range(3)]\n",
                    "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2, 1, 3),
            new Case("walrus_rebind_iter_nested", "[[(x := 1) for y in range(2)] for x in range(3)]\n",
                    "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 4, 1, 5),
            new Case("walrus_inner_loop", "[i for i in range(3) if (j := i) for j in range(2)]\n",
                    "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38, 1, 39),
            new Case("walrus_iterable", "[x for x in (y := [1, 2])]\n",
                    "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 25),
            new Case("walrus_iterable_nested", "[x for x in [y for y in (z := [1])]]\n",
                    "assignment expression cannot be used in a comprehension iterable expression", 1, 26, 1, 34),
            new Case("walrus_class", "class C:\n    [(y := x) for x in range(3)]\n",
                    "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8),
            new Case("walrus_typealias", "type T = [(y := x) for x in range(3)]\n",
                    "assignment expression within a comprehension cannot be used in a type alias", 1, 12, 1, 13),
            new Case("walrus_typevar_bound", "def f[T: [(y := x) for x in range(3)]](): pass\n",
                    "assignment expression within a comprehension cannot be used in a TypeVar bound", 1, 12, 1, 13),
            new Case("walrus_generic", "def f[T](a: [(y := x) for x in range(3)]): pass\n",
                    "assignment expression within a comprehension cannot be used within the definition of a generic", 1, 15, 1, 16),
            new Case("yield_listcomp", "def f():\n    [(yield x) for x in range(3)]\n",
                    "'yield' inside list comprehension", 2, 7, 2, 14),
            new Case("yield_setcomp", "def f():\n    {(yield x) for x in range(3)}\n",
                    "'yield' inside set comprehension", 2, 7, 2, 14),
            new Case("yield_dictcomp", "def f():\n    {x: (yield x) for x in range(3)}\n",
                    "'yield' inside dict comprehension", 2, 10, 2, 17),
            new Case("yield_genexp", "def f():\n    ((yield x) for x in range(3))\n",
                    "'yield' inside generator expression", 2, 7, 2, 14),
            new Case("yield_from_listcomp", "def f():\n    [(yield from x) for x in range(3)]\n",
                    "'yield' inside list comprehension", 2, 7, 2, 19),
            new Case("duplicate_argument", "def f(a, b, a): pass\n",
                    "duplicate argument 'a' in function definition", 1, 13, 1, 14),
            new Case("duplicate_argument_kwonly", "def f(a, *, a): pass\n",
                    "duplicate argument 'a' in function definition", 1, 13, 1, 14),
            new Case("duplicate_argument_lambda", "lambda x, *x: 0\n",
                    "duplicate argument 'x' in function definition", 1, 12, 1, 13),
            new Case("duplicate_argument_mangled", "class C:\n    def f(self, __a, _C__a): pass\n",
                    "duplicate argument '_C__a' in function definition", 2, 22, 2, 27),
            new Case("duplicate_type_param", "def f[T, T](): pass\n",
                    "duplicate type parameter 'T'", 1, 10, 1, 11),
            new Case("yield_annotation_future", "from __future__ import annotations\ndef f(x: (yield)): pass\n",
                    "yield expression cannot be used within an annotation", 2, 11, 2, 16),
            new Case("walrus_annotation_future", "from __future__ import annotations\nx: (y := 1) = 2\n",
                    "named expression cannot be used within an annotation", 2, 5, 2, 11),
            new Case("await_annotation_future", "from __future__ import annotations\nasync def f(x: await y): pass\n",
                    "await expression cannot be used within an annotation", 2, 16, 2, 23),
            new Case("yield_typevar_bound", "def f[T: (yield)](): pass\n",
                    "yield expression cannot be used within a TypeVar bound", 1, 11, 1, 16),
            new Case("yield_typealias", "type X = (yield)\n",
                    "yield expression cannot be used within a type alias", 1, 11, 1, 16),
            new Case("await_typealias", "type X = await y\n",
                    "await expression cannot be used within a type alias", 1, 10, 1, 17),
            new Case("walrus_typealias_direct", "type X = (y := 1)\n",
                    "named expression cannot be used within a type alias", 1, 11, 1, 17),
            new Case("yield_generic_annotation", "def f[T](x: (yield)): pass\n",
                    "yield expression cannot be used within the definition of a generic", 1, 14, 1, 19),
            new Case("await_generic_base", "class C[T]((await x)): pass\n",
                    "await expression cannot be used within the definition of a generic", 1, 13, 1, 20),
            new Case("lambda_class_annotation_scope", "class A:\n    def f[T](self, x: lambda: T): pass\n",
                    "Cannot use lambda in annotation scope within class scope", 2, 23, 2, 32),
            new Case("comprehension_class_annotation_scope", "class A:\n    type X = [y for y in range(3)]\n",
                    "Cannot use comprehension in annotation scope within class scope", 2, 14, 2, 35),
            new Case("future_braces", "\"doc\"\nfrom __future__ import braces\n",
                    "not a chance", 2, 1, 2, 0),
            new Case("future_unknown", "from __future__ import nested_scopes, spam\n",
                    "future feature spam is not defined", 1, 1, 1, 0),
            // CPython's %.100s keeps 100 UTF-8 bytes, replacing a character it cuts
            new Case("future_long_name", "from __future__ import " + "a".repeat(150) + "\n",
                    "future feature " + "a".repeat(100) + " is not defined", 1, 1, 1, 0),
            new Case("future_long_name_cut", "from __future__ import a" + "\u00e9".repeat(60) + "\n",
                    "future feature a" + "\u00e9".repeat(49) + "\ufffd is not defined", 1, 1, 1, 0),
            new Case("nonascii_position", "def f():\n    é = 1; global é\n",
                    "name 'é' is assigned to before global declaration", 2, 13, 2, 22),
            new Case("walrus_in_comp_iter_of_lambda", "[x for x in (lambda: (y := 1))()]\n",
                    "assignment expression cannot be used in a comprehension iterable expression", 1, 23, 1, 29),
            new Case("nonlocal_module_level", "nonlocal x\n",
                    "nonlocal declaration not allowed at module level", 1, 1, 1, 11),
            new Case("global_then_nonlocal", "def f():\n    global x\n    nonlocal x\n",
                    "name 'x' is nonlocal and global", 2, 5, 2, 13),
            new Case("nonlocal_mangled", "class C:\n    def f(self): nonlocal __x\n    __x = 1\n",
                    "no binding for nonlocal '_C__x' found", 2, 18, 2, 30),
            new Case("walrus_comp_global_conflict", "def f():\n    [(j := 1) for i in range(2) for j in range(3)]\n",
                    "assignment expression cannot rebind comprehension iteration variable 'j'", 2, 7, 2, 8));

    @Test
    void errorsAsCPythonRaisesThem(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Case c : CASES) {
            files.add(Files.writeString(dir.resolve(c.name() + ".py"), c.source(), StandardCharsets.UTF_8));
        }
        List<CPythonAst.Parsed> trees = new ArrayList<>();
        CPythonAst.forEach(files, "exec", false, trees::add);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            ModTy tree = trees.get(i).tree();
            assertNotNull(tree, c.name() + ": CPython's parser rejects the snippet");
            String got;
            try {
                SymbolTable.build(tree, "<snippet>", c.source());
                got = "no error";
            } catch (PySyntaxError e) {
                got = e.msg + " " + e.lineno + " " + e.offset + " " + e.endLineno + " " + e.endOffset;
                assertEquals("<snippet>", e.filename);
                if (c.name().equals("nonascii_position")) {
                    // CPython's text when the snippet is a real file (it re-reads the named file)
                    assertEquals("    \u00e9 = 1; global \u00e9\n", e.text);
                }
            }
            String want = c.msg() + " " + c.lineno() + " " + c.offset() + " " + c.endLineno() + " " + c.endOffset();
            if (!want.equals(got)) {
                failures.add(c.name() + ": expected «" + want + "», got «" + got + "»");
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(57, CASES.size());
    }

    @Test
    void nestingDeeperThanCPythonAllowsIsRecursionError() {
        // symtable.symtable("x = " + "-" * n + "1") builds the table for n = 2994 and raises
        // RecursionError for n = 2995 (trees built here: CPython cannot hand such a tree to Python)
        assertEquals(List.of("x"), List.copyOf(SymbolTable.build(minuses(2994), "ok.py", null).top().symbols().keySet()));
        PyException e = assertThrows(PyException.class, () -> SymbolTable.build(minuses(2995), "deep.py", null));
        assertEquals("RecursionError", e.typeName());
        assertEquals("maximum recursion depth exceeded during compilation", e.str());
    }

    /** {@code x = ---...-1} with {@code n} minuses. */
    private static ModTy minuses(int n) {
        ExprTy value = new ExprTy.Constant(PyInt.of(1), null, 1, 4 + n, 1, 5 + n);
        for (int i = n - 1; i >= 0; i--) {
            value = new ExprTy.UnaryOp(UnaryOpTy.USub, value, 1, 4 + i, 1, 5 + n);
        }
        StmtTy assign = new StmtTy.Assign(List.of(new ExprTy.Name("x", ExprContextTy.Store, 1, 0, 1, 1)), value, null,
                1, 0, 1, 5 + n);
        return new ModTy.Module(List.of(assign), List.of());
    }
}

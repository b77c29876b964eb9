package org.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.adder.ast.ExprTy;
import org.adder.ast.ModTy;
import org.adder.ast.StmtTy;
import org.adder.objects.PyException;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * CPython 3.12.1's limits (values from the reference build): the parser's stack of 6000, the
 * tokenizer's 200 nested brackets, ast.parse's conversion depth; and inputs that must parse
 * without recursing per element (a long operator chain, a 10 MB file).
 */
class LimitsTest {
    private static ModTy parse(String source) {
        ModTy tree = Parse.parse(source.getBytes(StandardCharsets.UTF_8), "<test>", "exec", false);
        Parse.checkAstDepth(tree); // what ast.parse adds: these tests are about ast.parse
        return tree;
    }

    @Test
    void parserStackOverflowIsMemoryError() {
        PyException e = assertThrows(PyException.class, () -> parse("-".repeat(10000) + "1"));
        assertEquals("MemoryError", e.typeName());
        assertEquals("Parser stack overflowed - Python source too complex to parse", e.getMessage());
        e = assertThrows(PyException.class, () -> parse("not ".repeat(7000) + "x"));
        assertEquals("MemoryError", e.typeName());
    }

    @Test
    void tooManyNestedParentheses() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> parse("(".repeat(300)));
        assertEquals("too many nested parentheses", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(201, e.offset);
    }

    @Test
    void nestingWithinLimitsParses() {
        ModTy m = parse("(".repeat(199) + ")".repeat(199));
        assertEquals(1, ((ModTy.Module) m).body.size());
        parse("[".repeat(100) + "]".repeat(100));
        parse("f(".repeat(150) + ")".repeat(150));
    }

    @Test
    void astConstructionDepth() {
        // ast.parse('x' + '[0]' * n) converts for n = 2993 and raises RecursionError from 2994 on.
        ModTy m = parse("x" + "[0]".repeat(2993));
        assertEquals(1, ((ModTy.Module) m).body.size());
        PyException e = assertThrows(PyException.class, () -> parse("x" + "[0]".repeat(2994)));
        assertEquals("RecursionError", e.typeName());
        assertEquals("maximum recursion depth exceeded during ast construction", e.getMessage());
        e = assertThrows(PyException.class, () -> parse("1" + "+1".repeat(100_000)));
        assertEquals("RecursionError", e.typeName());
    }

    @Test
    void longFlatInputs() {
        // 100,000 list elements and a 10 MB module parse without deep recursion.
        ModTy m = parse("x = [" + "1,".repeat(100_000) + "]\n");
        StmtTy.Assign a = (StmtTy.Assign) ((ModTy.Module) m).body.get(0);
        assertEquals(100_000, ((ExprTy.List) a.value).elts.size());
        String line = "result = compute(alpha, beta[1:2], *gamma, key='value') + other.attribute * 3\n";
        int lines = 10_000_000 / line.length() + 1;
        m = parse(line.repeat(lines));
        assertEquals(lines, ((ModTy.Module) m).body.size());
    }
}

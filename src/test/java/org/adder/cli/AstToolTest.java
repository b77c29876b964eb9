package org.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.adder.objects.PySyntaxError;
import org.junit.jupiter.api.Test;

/** {@code adder -m ast}'s command line against {@code python3.12 -m ast}'s. */
class AstToolTest {
    private static Parity.Outcome cpython(String... args) {
        List<String> all = new ArrayList<>(List.of("-m", "ast"));
        all.addAll(List.of(args));
        return CPython.outcome(CPython.process(all.toArray(String[]::new)), "");
    }

    private static void same(String... args) {
        Parity.Outcome expected = cpython(args);
        Parity.Outcome actual = Parity.capture(AstTool::run, args);
        assertEquals(expected, actual, String.join(" ", args));
    }

    @Test
    void helpAndUsageErrorsAsArgparse() {
        same("-h");
        same("--help");
        same("--he");
        same("-m", "bogus", "x.py");
        same("--mode=bogus");
        same("-mbogus");
        same("-m");
        same("-i", "x");
        same("-i", "3.5");
        same("--indent");
        same("-x");
        same("--bogus");
        same("--in", "3");
        same("a.py", "b.py");
        same("--no-type-comments=1");
        same("/nonexistent/file.py");
        same("-a", "-i", "2", "/nonexistent/dir/");
    }

    @Test
    void syntaxErrorReportMeasuresBytes() {
        // python3.12 -m ast on "ééé = 1 +\n" prints (SyntaxError at offset 13, end 14):
        PySyntaxError e = new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", "/tmp/bad2.py",
                1, 13, "ééé = 1 +\n", 1, 14);
        assertEquals("""
                  File "/tmp/bad2.py", line 1
                    ééé = 1 +
                                ^
                SyntaxError: invalid syntax
                """, SourceCompile.report(e, e.filename));
        // "x = (1,\n  2 3)\n": offset 3 to 6 on line 2
        e = new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?",
                "/tmp/bad3.py", 2, 3, "  2 3)\n", 2, 6);
        assertEquals("""
                  File "/tmp/bad3.py", line 2
                    2 3)
                    ^^^
                SyntaxError: invalid syntax. Perhaps you forgot a comma?
                """, SourceCompile.report(e, e.filename));
    }
}

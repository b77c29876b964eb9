package org.adder.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adder.harness.CPython;
import org.adder.harness.Parity;
import org.junit.jupiter.api.Test;

/**
 * Every corpus file through {@code Parse.parse} and {@code AstDump} against CPython's
 * {@code ast.dump(ast.parse(source), include_attributes=True)} (or the SyntaxError both raise),
 * the whole corpus in one JVM and one CPython process.
 */
class AstParityTest {
    /** Files identical so far; the corpus has 2,231. */
    private static final int CORPUS_FLOOR = 2231;

    @Test
    void corpus() {
        Parity.Report report = Parity.check("parser-ast", ParserOracle.cpython("exec"), CPython.corpus(),
                file -> ParserOracle.adder(file, "exec"));
        System.out.println(report.summary());
        assertTrue(report.identical() >= CORPUS_FLOOR, report::summary);
    }
}

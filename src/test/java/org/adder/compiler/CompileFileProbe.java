package org.adder.compiler;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.adder.harness.CPython;
import org.adder.harness.CPythonAst;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A developer's probe: {@code -Dadder.probe=FILE} prints Adder's codegen dump of FILE with full traces. */
class CompileFileProbe {
    @Test
    void probe() {
        org.adder.objects.Hashing.useSeed(0);
        String file = System.getProperty("adder.probe");
        Assumptions.assumeTrue(file != null, "set -Dadder.probe=FILE");
        Path path = Paths.get(file);
        if (!path.isAbsolute()) {
            path = CPython.lib().resolve(file);
        }
        CPythonAst.Parsed[] one = new CPythonAst.Parsed[1];
        CPythonAst.forEach(java.util.List.of(path), "exec", false, p -> one[0] = p);
        try {
            if (System.getProperty("adder.probe.dis") != null) {
                String source = java.nio.file.Files.readString(path);
                System.out.println(org.adder.dis.Dis.text(Compiler.compile(one[0].tree(), path.toString(), source,
                        "exec", 0)));
                return;
            }
            System.out.println(CodegenParityTest.dump(one[0], 0));
        } catch (Throwable t) {
            t.printStackTrace(System.out);
        }
    }
}

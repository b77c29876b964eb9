package org.adder.bench;

import java.util.List;
import org.adder.ast.AstNode;
import org.adder.objects.PySyntaxError;
import org.adder.parser.Parse;

/** {@code ast.parse} of every corpus file, counting the nodes as {@code ast.walk} yields them. */
final class ParseBench {
    private ParseBench() {
    }

    static void register() {
        Bench.register("parse", new Bench.Job("ast.parse (nodes counted as ast.walk does)", "parse", ParseBench::parse));
    }

    private static long parse(byte[] source) {
        try {
            return count(Parse.parse(source, "<bench>", "exec", false));
        } catch (PySyntaxError e) {
            return 0;
        }
    }

    /** Nodes and the operator/context singletons, which are nodes too in Python's ast module. */
    private static long count(Object o) {
        if (o instanceof AstNode n) {
            long c = 1;
            for (int i = 0; i < n.fieldNames().size(); i++) {
                c += count(n.field(i));
            }
            return c;
        }
        if (o instanceof List<?> l) {
            long c = 0;
            for (Object e : l) {
                c += count(e);
            }
            return c;
        }
        return o instanceof Enum<?> ? 1 : 0;
    }
}

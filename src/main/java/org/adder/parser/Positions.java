package org.adder.parser;

import org.adder.ast.AliasTy;
import org.adder.ast.ArgTy;
import org.adder.ast.ExceptHandlerTy;
import org.adder.ast.ExprTy;
import org.adder.ast.KeywordTy;
import org.adder.ast.PatternTy;
import org.adder.ast.StmtTy;
import org.adder.ast.TypeParamTy;

/** The source range of a token or an AST node with position attributes (byte columns). */
record Positions(int lineno, int colOffset, int endLineno, int endColOffset) {
    static Positions of(Object o) {
        return switch (o) {
            case Token t -> new Positions(t.lineno, t.colOffset, t.endLineno, t.endColOffset);
            case ExprTy e -> new Positions(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
            case StmtTy e -> new Positions(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
            case PatternTy e -> new Positions(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
            case ArgTy e -> new Positions(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
            case KeywordTy e -> new Positions(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
            case AliasTy e -> new Positions(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
            case ExceptHandlerTy e -> new Positions(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
            case TypeParamTy e -> new Positions(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
            case java.util.List<?> l -> {
                Positions first = of(l.get(0));
                Positions last = of(l.get(l.size() - 1));
                yield new Positions(first.lineno, first.colOffset, last.endLineno, last.endColOffset);
            }
            default -> throw new IllegalArgumentException("no position: " + o);
        };
    }
}

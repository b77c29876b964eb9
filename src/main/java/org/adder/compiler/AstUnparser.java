package org.adder.compiler;

import java.util.List;
import org.adder.ast.ArgTy;
import org.adder.ast.ArgumentsTy;
import org.adder.ast.CmpOpTy;
import org.adder.ast.ComprehensionTy;
import org.adder.ast.ExprTy;
import org.adder.ast.KeywordTy;
import org.adder.ast.OperatorTy;
import org.adder.objects.PyComplex;
import org.adder.objects.PyEllipsis;
import org.adder.objects.PyFloat;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * Expressions back to source text ({@code _PyAST_ExprAsUnicode}, {@code Python/ast_unparse.c}):
 * what {@code from __future__ import annotations} stores instead of evaluating an annotation.
 * Parentheses are added from operator precedence, as CPython does.
 */
final class AstUnparser {
    private static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5,
            PR_EXPR = 6, PR_BOR = 6, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11,
            PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private AstUnparser() {
    }

    static String unparse(ExprTy e) {
        AstUnparser u = new AstUnparser();
        u.expr(e, PR_TEST);
        return u.out.toString();
    }

    private void open(boolean paren) {
        if (paren) {
            out.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            out.append(')');
        }
    }

    private void expr(ExprTy e, int level) {
        switch (e) {
            case ExprTy.BoolOp b -> {
                int pr = b.op == org.adder.ast.BoolOpTy.And ? PR_AND : PR_OR;
                String op = b.op == org.adder.ast.BoolOpTy.And ? " and " : " or ";
                open(level > pr);
                for (int i = 0; i < b.values.size(); i++) {
                    if (i > 0) {
                        out.append(op);
                    }
                    expr(b.values.get(i), pr + 1);
                }
                close(level > pr);
            }
            case ExprTy.BinOp b -> binOp(b, level);
            case ExprTy.UnaryOp u -> {
                String op;
                int pr;
                switch (u.op) {
                    case Invert -> { op = "~"; pr = PR_FACTOR; }
                    case Not -> { op = "not "; pr = PR_NOT; }
                    case UAdd -> { op = "+"; pr = PR_FACTOR; }
                    default -> { op = "-"; pr = PR_FACTOR; }
                }
                open(level > pr);
                out.append(op);
                expr(u.operand, pr);
                close(level > pr);
            }
            case ExprTy.Lambda l -> {
                open(level > PR_TEST);
                boolean hasArgs = !l.args.args.isEmpty() || !l.args.posonlyargs.isEmpty()
                        || l.args.vararg != null || !l.args.kwonlyargs.isEmpty() || l.args.kwarg != null;
                out.append(hasArgs ? "lambda " : "lambda");
                arguments(l.args);
                out.append(": ");
                expr(l.body, PR_TEST);
                close(level > PR_TEST);
            }
            case ExprTy.IfExp i -> {
                open(level > PR_TEST);
                expr(i.body, PR_TEST + 1);
                out.append(" if ");
                expr(i.test, PR_TEST + 1);
                out.append(" else ");
                expr(i.orelse, PR_TEST);
                close(level > PR_TEST);
            }
            case ExprTy.Dict d -> {
                out.append('{');
                for (int i = 0; i < d.values.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    if (d.keys.get(i) == null) {
                        out.append("**");
                        expr(d.values.get(i), PR_EXPR);
                    } else {
                        expr(d.keys.get(i), PR_TEST);
                        out.append(": ");
                        expr(d.values.get(i), PR_TEST);
                    }
                }
                out.append('}');
            }
            case ExprTy.Set s -> {
                if (s.elts.isEmpty()) {
                    out.append("{*()}");
                } else {
                    out.append('{');
                    seq(s.elts);
                    out.append('}');
                }
            }
            case ExprTy.ListComp l -> comp("[", l.elt, null, l.generators, "]");
            case ExprTy.SetComp l -> comp("{", l.elt, null, l.generators, "}");
            case ExprTy.DictComp d -> comp("{", d.key, d.value, d.generators, "}");
            case ExprTy.GeneratorExp g -> comp("(", g.elt, null, g.generators, ")");
            case ExprTy.Await a -> {
                open(level > PR_AWAIT);
                out.append("await ");
                expr(a.value, PR_ATOM);
                close(level > PR_AWAIT);
            }
            case ExprTy.Yield y -> {
                open(level > PR_TUPLE || true);
                out.append("yield");
                if (y.value != null) {
                    out.append(' ');
                    expr(y.value, PR_TEST);
                }
                close(true);
            }
            case ExprTy.YieldFrom y -> {
                out.append("(yield from ");
                expr(y.value, PR_TEST);
                out.append(')');
            }
            case ExprTy.Compare c -> {
                open(level > PR_CMP);
                expr(c.left, PR_CMP + 1);
                for (int i = 0; i < c.ops.size(); i++) {
                    out.append(cmpOp(c.ops.get(i)));
                    expr(c.comparators.get(i), PR_CMP + 1);
                }
                close(level > PR_CMP);
            }
            case ExprTy.Call c -> {
                expr(c.func, PR_ATOM);
                if (c.args.size() == 1 && c.keywords.isEmpty() && c.args.get(0) instanceof ExprTy.GeneratorExp g) {
                    expr(g, PR_TEST);
                    return;
                }
                out.append('(');
                boolean first = true;
                for (ExprTy a : c.args) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    expr(a, PR_TEST);
                }
                for (KeywordTy k : c.keywords) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    if (k.arg == null) {
                        out.append("**");
                    } else {
                        out.append(k.arg).append('=');
                    }
                    expr(k.value, PR_TEST);
                }
                out.append(')');
            }
            case ExprTy.Constant k -> constant(k.value);
            case ExprTy.JoinedStr j -> out.append(FStrings.unparse(j));
            case ExprTy.FormattedValue f -> out.append(FStrings.unparse(
                    new ExprTy.JoinedStr(List.of(f), f.lineno, f.colOffset, f.endLineno, f.endColOffset)));
            case ExprTy.Attribute a -> {
                expr(a.value, PR_ATOM);
                // an int literal needs a space before the dot: 1 .real
                if (a.value instanceof ExprTy.Constant k && k.value instanceof org.adder.objects.PyInt
                        && !(k.value instanceof org.adder.objects.PyBool)) {
                    out.append(' ');
                }
                out.append('.').append(a.attr);
            }
            case ExprTy.Subscript s -> {
                expr(s.value, PR_ATOM);
                out.append('[');
                if (s.slice instanceof ExprTy.Tuple t && !t.elts.isEmpty()) {
                    for (int i = 0; i < t.elts.size(); i++) {
                        if (i > 0) {
                            out.append(", ");
                        }
                        expr(t.elts.get(i), PR_TEST);
                    }
                    if (t.elts.size() == 1) {
                        out.append(',');
                    }
                } else {
                    expr(s.slice, PR_TUPLE);
                }
                out.append(']');
            }
            case ExprTy.Starred s -> {
                out.append('*');
                expr(s.value, PR_EXPR);
            }
            case ExprTy.Name n -> out.append(n.id);
            case ExprTy.List l -> {
                out.append('[');
                seq(l.elts);
                out.append(']');
            }
            case ExprTy.Tuple t -> {
                if (t.elts.isEmpty()) {
                    out.append("()");
                    return;
                }
                open(level > PR_TUPLE);
                seq(t.elts);
                if (t.elts.size() == 1) {
                    out.append(',');
                }
                close(level > PR_TUPLE);
            }
            case ExprTy.Slice s -> {
                if (s.lower != null) {
                    expr(s.lower, PR_TEST);
                }
                out.append(':');
                if (s.upper != null) {
                    expr(s.upper, PR_TEST);
                }
                if (s.step != null) {
                    out.append(':');
                    expr(s.step, PR_TEST);
                }
            }
            case ExprTy.NamedExpr n -> {
                open(level > PR_TUPLE);
                expr(n.target, PR_ATOM);
                out.append(" := ");
                expr(n.value, PR_ATOM);
                close(level > PR_TUPLE);
            }
        }
    }

    private void seq(List<ExprTy> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(elts.get(i), PR_TEST);
        }
    }

    private void comp(String open, ExprTy elt, ExprTy val, List<ComprehensionTy> gens, String close) {
        out.append(open);
        expr(elt, PR_TEST);
        if (val != null) {
            out.append(": ");
            expr(val, PR_TEST);
        }
        for (ComprehensionTy g : gens) {
            out.append(g.isAsync != 0 ? " async for " : " for ");
            expr(g.target, PR_TUPLE);
            out.append(" in ");
            expr(g.iter, PR_TEST + 1);
            for (ExprTy cond : g.ifs) {
                out.append(" if ");
                expr(cond, PR_TEST + 1);
            }
        }
        out.append(close);
    }

    private void binOp(ExprTy.BinOp b, int level) {
        String op;
        int pr;
        switch (b.op) {
            case Add -> { op = " + "; pr = PR_ARITH; }
            case Sub -> { op = " - "; pr = PR_ARITH; }
            case Mult -> { op = " * "; pr = PR_TERM; }
            case MatMult -> { op = " @ "; pr = PR_TERM; }
            case Div -> { op = " / "; pr = PR_TERM; }
            case Mod -> { op = " % "; pr = PR_TERM; }
            case LShift -> { op = " << "; pr = PR_SHIFT; }
            case RShift -> { op = " >> "; pr = PR_SHIFT; }
            case BitOr -> { op = " | "; pr = PR_BOR; }
            case BitXor -> { op = " ^ "; pr = PR_BXOR; }
            case BitAnd -> { op = " & "; pr = PR_BAND; }
            case FloorDiv -> { op = " // "; pr = PR_TERM; }
            default -> { op = " ** "; pr = PR_POWER; }
        }
        boolean rassoc = b.op == OperatorTy.Pow;
        open(level > pr);
        expr(b.left, pr + (rassoc ? 1 : 0));
        out.append(op);
        expr(b.right, pr + (rassoc ? 0 : 1));
        close(level > pr);
    }

    private static String cmpOp(CmpOpTy op) {
        return switch (op) {
            case Eq -> " == ";
            case NotEq -> " != ";
            case Lt -> " < ";
            case LtE -> " <= ";
            case Gt -> " > ";
            case GtE -> " >= ";
            case Is -> " is ";
            case IsNot -> " is not ";
            case In -> " in ";
            case NotIn -> " not in ";
        };
    }

    private void constant(PyObject v) {
        if (v == PyEllipsis.ELLIPSIS) {
            out.append("...");
        } else if (v instanceof PyFloat f && Double.isInfinite(f.value())) {
            out.append(f.value() > 0 ? "1e309" : "-1e309");
        } else if (v instanceof PyComplex c && (Double.isInfinite(c.real()) || Double.isInfinite(c.imag()))) {
            out.append(v.repr().replace("inf", "1e309"));
        } else if (v instanceof PyTuple t) {
            out.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                constant(t.get(i));
            }
            if (t.size() == 1) {
                out.append(',');
            }
            out.append(')');
        } else if (v instanceof PyStr s) {
            out.append(PyStr.repr(s.value()));
        } else {
            out.append(v.repr());
        }
    }

    private void arguments(ArgumentsTy a) {
        boolean first = true;
        int defaultCount = a.defaults.size();
        int argCount = a.posonlyargs.size() + a.args.size();
        int i = 0;
        for (List<ArgTy> group : List.of(a.posonlyargs, a.args)) {
            for (ArgTy arg : group) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(arg.arg);
                int di = i - (argCount - defaultCount);
                if (di >= 0) {
                    out.append('=');
                    expr(a.defaults.get(di), PR_TEST);
                }
                i++;
                if (group == a.posonlyargs && i == a.posonlyargs.size()) {
                    out.append(", /");
                }
            }
        }
        if (a.vararg != null || !a.kwonlyargs.isEmpty()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append('*');
            if (a.vararg != null) {
                out.append(a.vararg.arg);
            }
        }
        for (int k = 0; k < a.kwonlyargs.size(); k++) {
            out.append(", ").append(a.kwonlyargs.get(k).arg);
            ExprTy d = a.kwDefaults.get(k);
            if (d != null) {
                out.append('=');
                expr(d, PR_TEST);
            }
        }
        if (a.kwarg != null) {
            if (!first) {
                out.append(", ");
            }
            out.append("**").append(a.kwarg.arg);
        }
    }

    /** f-strings are rebuilt from their parts, with the quoting CPython's unparser chooses. */
    private static final class FStrings {
        static String unparse(ExprTy.JoinedStr j) {
            StringBuilder body = new StringBuilder();
            for (ExprTy v : j.values) {
                part(body, v);
            }
            return "f" + PyStr.repr(body.toString());
        }

        private static void part(StringBuilder body, ExprTy v) {
            if (v instanceof ExprTy.Constant k && k.value instanceof PyStr s) {
                body.append(s.value().replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof ExprTy.FormattedValue f) {
                String inner = AstUnparser.unparseAtTest(f.value);
                body.append('{');
                if (inner.startsWith("{")) {
                    body.append(' ');
                }
                body.append(inner);
                if (f.conversion != -1) {
                    body.append('!').append((char) f.conversion);
                }
                if (f.formatSpec != null) {
                    body.append(':');
                    if (f.formatSpec instanceof ExprTy.JoinedStr spec) {
                        for (ExprTy p : spec.values) {
                            part(body, p);
                        }
                    } else {
                        part(body, f.formatSpec);
                    }
                }
                body.append('}');
            } else if (v instanceof ExprTy.JoinedStr inner) {
                for (ExprTy p : inner.values) {
                    part(body, p);
                }
            }
        }
    }

    private static String unparseAtTest(ExprTy e) {
        AstUnparser u = new AstUnparser();
        u.expr(e, PR_TEST + 1);
        return u.out.toString();
    }
}

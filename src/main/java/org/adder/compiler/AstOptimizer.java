package org.adder.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.adder.ast.ArgTy;
import org.adder.ast.ArgumentsTy;
import org.adder.ast.CmpOpTy;
import org.adder.ast.ComprehensionTy;
import org.adder.ast.ExceptHandlerTy;
import org.adder.ast.ExprContextTy;
import org.adder.ast.ExprTy;
import org.adder.ast.KeywordTy;
import org.adder.ast.MatchCaseTy;
import org.adder.ast.ModTy;
import org.adder.ast.OperatorTy;
import org.adder.ast.PatternTy;
import org.adder.ast.StmtTy;
import org.adder.ast.TypeParamTy;
import org.adder.ast.UnaryOpTy;
import org.adder.ast.WithItemTy;
import org.adder.objects.PyBool;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.symtable.FutureFeatures;

/**
 * CPython 3.12's AST optimiser ({@code Python/ast_opt.c}), run before the symbol table:
 * folds constant operators, subscripts and tuples (within {@link ConstantFolder}'s limits),
 * turns {@code x in [..]}/{@code {..}} and {@code for} iterables into tuple/frozenset constants,
 * {@code __debug__} into its value, {@code '%s' % (a,)} into an f-string, {@code not (a is b)}
 * into {@code a is not b}. Nodes are immutable here, so the tree is rebuilt along the way.
 */
public final class AstOptimizer {
    private final int optimize;
    private final boolean futureAnnotations;

    private AstOptimizer(int optimize, int features, int recursionLimit) {
        this.optimize = optimize;
        this.recursionLimit = recursionLimit;
        this.futureAnnotations = (features & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0;
    }

    /** The optimised tree of {@code mod} at optimisation level {@code optimize} (-O is 1, -OO 2). */
    public static ModTy optimize(ModTy mod, int optimize, int futureFeatures) {
        return optimize(mod, optimize, futureFeatures, CompileOptions.COMPILE_BUILTIN);
    }

    /** As {@link #optimize(ModTy, int, int)}, nesting at most {@code recursionLimit} deep. */
    public static ModTy optimize(ModTy mod, int optimize, int futureFeatures, int recursionLimit) {
        AstOptimizer o = new AstOptimizer(optimize, futureFeatures, recursionLimit);
        return switch (mod) {
            case ModTy.Module m -> new ModTy.Module(o.body(m.body), m.typeIgnores);
            case ModTy.Interactive m -> new ModTy.Interactive(o.stmts(m.body));
            case ModTy.Expression m -> new ModTy.Expression(o.expr(m.body));
            case ModTy.FunctionType m -> m;
        };
    }

    /**
     * The folded list, or {@code items} itself when no item changed. Most of a tree folds to
     * itself, so unchanged nodes and lists are shared with the input rather than copied.
     */
    private static <T> List<T> map(List<T> items, UnaryOperator<T> f) {
        List<T> out = null;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            T folded = item == null ? null : f.apply(item);
            if (out == null && folded != item) {
                out = new ArrayList<>(items);
            }
            if (out != null) {
                out.set(i, folded);
            }
        }
        return out == null ? items : out;
    }

    private List<ExprTy> exprs(List<ExprTy> items) {
        return map(items, this::expr);
    }

    private List<StmtTy> stmts(List<StmtTy> items) {
        return map(items, this::stmt);
    }

    private ExprTy opt(ExprTy e) {
        return e == null ? null : expr(e);
    }

    /** {@code astfold_body}: a body whose folding would create a docstring keeps it an f-string. */
    private List<StmtTy> body(List<StmtTy> body) {
        boolean hadDocstring = Compiler.docstring(body) != null;
        List<StmtTy> out = stmts(body);
        if (!hadDocstring && Compiler.docstring(out) != null) {
            StmtTy.Expr st = (StmtTy.Expr) out.get(0);
            ExprTy joined = new ExprTy.JoinedStr(List.of(st.value), st.lineno, st.colOffset, st.endLineno,
                    st.endColOffset);
            out.set(0, new StmtTy.Expr(joined, st.lineno, st.colOffset, st.endLineno, st.endColOffset));
        }
        return out;
    }

    private static ExprTy constant(ExprTy node, PyObject value) {
        return new ExprTy.Constant(value, null, node.lineno, node.colOffset, node.endLineno, node.endColOffset);
    }

    // ---------------------------------------------------------------- expressions

    /**
     * How deep statements, expressions and patterns may nest while folding: the same budget as
     * the symbol table's (the caller's), which the optimiser meets first (a chain of folded
     * additions fails here, though nothing of it would reach the symbol table).
     */
    private final int recursionLimit;
    private int depth;

    private void enter() {
        if (++depth > recursionLimit) {
            throw new org.adder.objects.PyException("RecursionError",
                    "maximum recursion depth exceeded during compilation");
        }
    }

    ExprTy expr(ExprTy node) {
        enter();
        ExprTy out = foldExpr(node);
        depth--;
        return out;
    }

    private ExprTy foldExpr(ExprTy node) {
        // the commonest nodes first: a pattern switch tries its cases in order
        return switch (node) {
            case ExprTy.Name n -> n.ctx == ExprContextTy.Load && n.id.equals("__debug__")
                    ? constant(n, PyBool.of(optimize == 0)) : n;
            case ExprTy.Constant k -> k;
            case ExprTy.Attribute a -> {
                ExprTy value = expr(a.value);
                yield value == a.value ? a : new ExprTy.Attribute(value, a.attr, a.ctx, a.lineno, a.colOffset,
                        a.endLineno, a.endColOffset);
            }
            case ExprTy.Call call -> {
                ExprTy func = expr(call.func);
                List<ExprTy> args = exprs(call.args);
                List<KeywordTy> keywords = keywords(call.keywords);
                yield func == call.func && args == call.args && keywords == call.keywords ? call
                        : new ExprTy.Call(func, args, keywords, call.lineno, call.colOffset, call.endLineno,
                                call.endColOffset);
            }
            case ExprTy.Subscript s -> {
                ExprTy value = expr(s.value);
                ExprTy slice = expr(s.slice);
                yield foldSubscript(value == s.value && slice == s.slice ? s : new ExprTy.Subscript(value, slice,
                        s.ctx, s.lineno, s.colOffset, s.endLineno, s.endColOffset));
            }
            case ExprTy.BinOp b -> {
                ExprTy left = expr(b.left);
                ExprTy right = expr(b.right);
                yield foldBinOp(left == b.left && right == b.right ? b : new ExprTy.BinOp(left, b.op, right,
                        b.lineno, b.colOffset, b.endLineno, b.endColOffset));
            }
            case ExprTy.Compare cmp -> {
                ExprTy left = expr(cmp.left);
                List<ExprTy> comparators = exprs(cmp.comparators);
                yield foldCompare(left == cmp.left && comparators == cmp.comparators ? cmp : new ExprTy.Compare(left,
                        cmp.ops, comparators, cmp.lineno, cmp.colOffset, cmp.endLineno, cmp.endColOffset));
            }
            case ExprTy.Tuple t -> {
                List<ExprTy> elts = exprs(t.elts);
                yield foldTuple(elts == t.elts ? t : new ExprTy.Tuple(elts, t.ctx, t.lineno, t.colOffset,
                        t.endLineno, t.endColOffset));
            }
            case ExprTy.BoolOp b -> {
                List<ExprTy> values = exprs(b.values);
                yield values == b.values ? b : new ExprTy.BoolOp(b.op, values, b.lineno, b.colOffset, b.endLineno,
                        b.endColOffset);
            }
            case ExprTy.UnaryOp u -> {
                ExprTy operand = expr(u.operand);
                yield foldUnaryOp(operand == u.operand ? u : new ExprTy.UnaryOp(u.op, operand, u.lineno,
                        u.colOffset, u.endLineno, u.endColOffset));
            }
            case ExprTy.Lambda l -> new ExprTy.Lambda(arguments(l.args), expr(l.body), l.lineno, l.colOffset,
                    l.endLineno, l.endColOffset);
            case ExprTy.IfExp i -> new ExprTy.IfExp(expr(i.test), expr(i.body), expr(i.orelse), i.lineno,
                    i.colOffset, i.endLineno, i.endColOffset);
            case ExprTy.Dict d -> new ExprTy.Dict(exprs(d.keys), exprs(d.values), d.lineno, d.colOffset, d.endLineno,
                    d.endColOffset);
            case ExprTy.Set s -> new ExprTy.Set(exprs(s.elts), s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            case ExprTy.ListComp l -> new ExprTy.ListComp(expr(l.elt), comprehensions(l.generators), l.lineno,
                    l.colOffset, l.endLineno, l.endColOffset);
            case ExprTy.SetComp l -> new ExprTy.SetComp(expr(l.elt), comprehensions(l.generators), l.lineno,
                    l.colOffset, l.endLineno, l.endColOffset);
            case ExprTy.DictComp d -> new ExprTy.DictComp(expr(d.key), expr(d.value), comprehensions(d.generators),
                    d.lineno, d.colOffset, d.endLineno, d.endColOffset);
            case ExprTy.GeneratorExp g -> new ExprTy.GeneratorExp(expr(g.elt), comprehensions(g.generators),
                    g.lineno, g.colOffset, g.endLineno, g.endColOffset);
            case ExprTy.Await a -> new ExprTy.Await(expr(a.value), a.lineno, a.colOffset, a.endLineno,
                    a.endColOffset);
            case ExprTy.Yield y -> new ExprTy.Yield(opt(y.value), y.lineno, y.colOffset, y.endLineno,
                    y.endColOffset);
            case ExprTy.YieldFrom y -> new ExprTy.YieldFrom(expr(y.value), y.lineno, y.colOffset, y.endLineno,
                    y.endColOffset);
            case ExprTy.FormattedValue f -> new ExprTy.FormattedValue(expr(f.value), f.conversion, opt(f.formatSpec),
                    f.lineno, f.colOffset, f.endLineno, f.endColOffset);
            case ExprTy.JoinedStr j -> {
                List<ExprTy> values = exprs(j.values);
                yield values == j.values ? j : new ExprTy.JoinedStr(values, j.lineno, j.colOffset, j.endLineno,
                        j.endColOffset);
            }
            case ExprTy.Starred s -> new ExprTy.Starred(expr(s.value), s.ctx, s.lineno, s.colOffset, s.endLineno,
                    s.endColOffset);
            case ExprTy.Slice s -> new ExprTy.Slice(opt(s.lower), opt(s.upper), opt(s.step), s.lineno, s.colOffset,
                    s.endLineno, s.endColOffset);
            case ExprTy.List l -> {
                List<ExprTy> elts = exprs(l.elts);
                yield elts == l.elts ? l : new ExprTy.List(elts, l.ctx, l.lineno, l.colOffset, l.endLineno,
                        l.endColOffset);
            }
            case ExprTy.NamedExpr n -> new ExprTy.NamedExpr(n.target, expr(n.value), n.lineno, n.colOffset,
                    n.endLineno, n.endColOffset);
        };
    }

    private ExprTy foldUnaryOp(ExprTy.UnaryOp node) {
        ExprTy arg = node.operand;
        if (!(arg instanceof ExprTy.Constant k)) {
            if (node.op == UnaryOpTy.Not && arg instanceof ExprTy.Compare cmp && cmp.ops.size() == 1) {
                CmpOpTy inverted = switch (cmp.ops.get(0)) {
                    case Is -> CmpOpTy.IsNot;
                    case IsNot -> CmpOpTy.Is;
                    case In -> CmpOpTy.NotIn;
                    case NotIn -> CmpOpTy.In;
                    default -> null;
                };
                if (inverted != null) {
                    // the folded comparison keeps its own position, as CPython copies the node
                    return new ExprTy.Compare(cmp.left, List.of(inverted), cmp.comparators, cmp.lineno,
                            cmp.colOffset, cmp.endLineno, cmp.endColOffset);
                }
            }
            return node;
        }
        PyObject value = ConstantFolder.unary(node.op, k.value);
        return value == null ? node : constant(node, value);
    }

    private ExprTy foldBinOp(ExprTy.BinOp node) {
        if (!(node.left instanceof ExprTy.Constant l)) {
            return node;
        }
        if (node.op == OperatorTy.Mod && node.right instanceof ExprTy.Tuple t && l.value instanceof PyStr fmt
                && !hasStarred(t.elts)) {
            ExprTy formatted = FormatOptimizer.optimize(node, fmt.value(), t.elts);
            return formatted != null ? formatted : node;
        }
        if (!(node.right instanceof ExprTy.Constant r)) {
            return node;
        }
        PyObject value = ConstantFolder.binary(node.op, l.value, r.value);
        return value == null ? node : constant(node, value);
    }

    private static boolean hasStarred(List<ExprTy> elts) {
        for (ExprTy e : elts) {
            if (e instanceof ExprTy.Starred) {
                return true;
            }
        }
        return false;
    }

    /** A tuple of constants, or null. */
    private static PyTuple constTuple(List<ExprTy> elts) {
        List<PyObject> items = new ArrayList<>();
        for (ExprTy e : elts) {
            if (!(e instanceof ExprTy.Constant k)) {
                return null;
            }
            items.add(k.value);
        }
        return PyTuple.of(items);
    }

    private ExprTy foldTuple(ExprTy.Tuple node) {
        if (node.ctx != ExprContextTy.Load) {
            return node;
        }
        PyTuple t = constTuple(node.elts);
        return t == null ? node : constant(node, t);
    }

    private ExprTy foldSubscript(ExprTy.Subscript node) {
        if (node.ctx != ExprContextTy.Load || !(node.value instanceof ExprTy.Constant v)
                || !(node.slice instanceof ExprTy.Constant i)) {
            return node;
        }
        PyObject value = ConstantFolder.subscript(v.value, i.value);
        return value == null ? node : constant(node, value);
    }

    private ExprTy foldCompare(ExprTy.Compare node) {
        int last = node.ops.size() - 1;
        CmpOpTy op = node.ops.get(last);
        if (op == CmpOpTy.In || op == CmpOpTy.NotIn) {
            List<ExprTy> comparators = new ArrayList<>(node.comparators);
            comparators.set(last, foldIter(comparators.get(last)));
            return new ExprTy.Compare(node.left, node.ops, comparators, node.lineno, node.colOffset, node.endLineno,
                    node.endColOffset);
        }
        return node;
    }

    /** {@code fold_iter}: a list display iterated becomes a tuple, a set display a frozenset. */
    private ExprTy foldIter(ExprTy arg) {
        if (arg instanceof ExprTy.List l) {
            if (hasStarred(l.elts)) {
                return arg;
            }
            PyTuple t = constTuple(l.elts);
            if (t != null) {
                return constant(arg, t);
            }
            return new ExprTy.Tuple(l.elts, l.ctx, l.lineno, l.colOffset, l.endLineno, l.endColOffset);
        } else if (arg instanceof ExprTy.Set s) {
            PyTuple t = constTuple(s.elts);
            return t == null ? arg : constant(arg, PyFrozenSet.of(t.items()));
        }
        return arg;
    }

    // ---------------------------------------------------------------- other nodes

    private ArgumentsTy arguments(ArgumentsTy a) {
        return new ArgumentsTy(map(a.posonlyargs, this::arg), map(a.args, this::arg),
                a.vararg == null ? null : arg(a.vararg), map(a.kwonlyargs, this::arg), exprs(a.kwDefaults),
                a.kwarg == null ? null : arg(a.kwarg), exprs(a.defaults));
    }

    private ArgTy arg(ArgTy a) {
        if (futureAnnotations || a.annotation == null) {
            return a;
        }
        return new ArgTy(a.arg, expr(a.annotation), a.typeComment, a.lineno, a.colOffset, a.endLineno,
                a.endColOffset);
    }

    private List<KeywordTy> keywords(List<KeywordTy> keywords) {
        return map(keywords, k -> {
            ExprTy value = expr(k.value);
            return value == k.value ? k : new KeywordTy(k.arg, value, k.lineno, k.colOffset, k.endLineno,
                    k.endColOffset);
        });
    }

    private List<ComprehensionTy> comprehensions(List<ComprehensionTy> gens) {
        return map(gens, g -> new ComprehensionTy(expr(g.target), foldIter(expr(g.iter)), exprs(g.ifs), g.isAsync));
    }

    private List<TypeParamTy> typeParams(List<TypeParamTy> params) {
        return map(params, p -> p instanceof TypeParamTy.TypeVar t && t.bound != null
                ? new TypeParamTy.TypeVar(t.name, expr(t.bound), t.lineno, t.colOffset, t.endLineno, t.endColOffset)
                : p);
    }

    private List<ExceptHandlerTy> handlers(List<ExceptHandlerTy> handlers) {
        return map(handlers, h -> {
            ExceptHandlerTy.ExceptHandler x = (ExceptHandlerTy.ExceptHandler) h;
            return new ExceptHandlerTy.ExceptHandler(opt(x.type), x.name, stmts(x.body), x.lineno, x.colOffset,
                    x.endLineno, x.endColOffset);
        });
    }

    private PatternTy pattern(PatternTy p) {
        enter();
        PatternTy out = foldPattern(p);
        depth--;
        return out;
    }

    private PatternTy foldPattern(PatternTy p) {
        return switch (p) {
            case PatternTy.MatchValue v -> new PatternTy.MatchValue(expr(v.value), v.lineno, v.colOffset,
                    v.endLineno, v.endColOffset);
            case PatternTy.MatchSingleton s -> s;
            case PatternTy.MatchSequence s -> new PatternTy.MatchSequence(map(s.patterns, this::pattern), s.lineno,
                    s.colOffset, s.endLineno, s.endColOffset);
            case PatternTy.MatchMapping m -> new PatternTy.MatchMapping(exprs(m.keys), map(m.patterns, this::pattern),
                    m.rest, m.lineno, m.colOffset, m.endLineno, m.endColOffset);
            case PatternTy.MatchClass k -> new PatternTy.MatchClass(expr(k.cls), map(k.patterns, this::pattern),
                    k.kwdAttrs, map(k.kwdPatterns, this::pattern), k.lineno, k.colOffset, k.endLineno,
                    k.endColOffset);
            case PatternTy.MatchStar s -> s;
            case PatternTy.MatchAs a -> a.pattern == null ? a : new PatternTy.MatchAs(pattern(a.pattern), a.name,
                    a.lineno, a.colOffset, a.endLineno, a.endColOffset);
            case PatternTy.MatchOr o -> new PatternTy.MatchOr(map(o.patterns, this::pattern), o.lineno, o.colOffset,
                    o.endLineno, o.endColOffset);
        };
    }

    StmtTy stmt(StmtTy node) {
        enter();
        StmtTy out = foldStmt(node);
        depth--;
        return out;
    }

    private StmtTy foldStmt(StmtTy node) {
        int l = node.lineno;
        int c = node.colOffset;
        int el = node.endLineno;
        int ec = node.endColOffset;
        // the commonest nodes first: a pattern switch tries its cases in order
        return switch (node) {
            case StmtTy.Expr e -> {
                ExprTy value = expr(e.value);
                yield value == e.value ? e : new StmtTy.Expr(value, l, c, el, ec);
            }
            case StmtTy.Assign a -> {
                List<ExprTy> targets = exprs(a.targets);
                ExprTy value = expr(a.value);
                yield targets == a.targets && value == a.value ? a
                        : new StmtTy.Assign(targets, value, a.typeComment, l, c, el, ec);
            }
            case StmtTy.Return r -> {
                ExprTy value = opt(r.value);
                yield value == r.value ? r : new StmtTy.Return(value, l, c, el, ec);
            }
            case StmtTy.If i -> {
                ExprTy test = expr(i.test);
                List<StmtTy> body = stmts(i.body);
                List<StmtTy> orelse = stmts(i.orelse);
                yield test == i.test && body == i.body && orelse == i.orelse ? i
                        : new StmtTy.If(test, body, orelse, l, c, el, ec);
            }
            case StmtTy.FunctionDef f -> {
                List<TypeParamTy> tp = typeParams(f.typeParams);
                ArgumentsTy args = arguments(f.args);
                List<StmtTy> body = body(f.body);
                List<ExprTy> decos = exprs(f.decoratorList);
                ExprTy returns = futureAnnotations ? f.returns : opt(f.returns);
                yield new StmtTy.FunctionDef(f.name, args, body, decos, returns, f.typeComment, tp, l, c, el, ec);
            }
            case StmtTy.AsyncFunctionDef f -> {
                List<TypeParamTy> tp = typeParams(f.typeParams);
                ArgumentsTy args = arguments(f.args);
                List<StmtTy> body = body(f.body);
                List<ExprTy> decos = exprs(f.decoratorList);
                ExprTy returns = futureAnnotations ? f.returns : opt(f.returns);
                yield new StmtTy.AsyncFunctionDef(f.name, args, body, decos, returns, f.typeComment, tp, l, c, el, ec);
            }
            case StmtTy.ClassDef k -> {
                List<TypeParamTy> tp = typeParams(k.typeParams);
                List<ExprTy> bases = exprs(k.bases);
                List<KeywordTy> kws = keywords(k.keywords);
                List<StmtTy> body = body(k.body);
                yield new StmtTy.ClassDef(k.name, bases, kws, body, exprs(k.decoratorList), tp, l, c, el, ec);
            }
            case StmtTy.Delete d -> new StmtTy.Delete(exprs(d.targets), l, c, el, ec);
            case StmtTy.AugAssign a -> {
                ExprTy target = expr(a.target);
                ExprTy value = expr(a.value);
                yield target == a.target && value == a.value ? a
                        : new StmtTy.AugAssign(target, a.op, value, l, c, el, ec);
            }
            case StmtTy.AnnAssign a -> {
                ExprTy target = expr(a.target);
                ExprTy annotation = futureAnnotations ? a.annotation : expr(a.annotation);
                yield new StmtTy.AnnAssign(target, annotation, opt(a.value), a.simple, l, c, el, ec);
            }
            case StmtTy.TypeAlias t -> {
                ExprTy name = expr(t.name);
                List<TypeParamTy> tp = typeParams(t.typeParams);
                yield new StmtTy.TypeAlias(name, tp, expr(t.value), l, c, el, ec);
            }
            case StmtTy.For f -> {
                ExprTy target = expr(f.target);
                ExprTy iter = expr(f.iter);
                List<StmtTy> body = stmts(f.body);
                List<StmtTy> orelse = stmts(f.orelse);
                yield new StmtTy.For(target, foldIter(iter), body, orelse, f.typeComment, l, c, el, ec);
            }
            case StmtTy.AsyncFor f -> {
                ExprTy target = expr(f.target);
                ExprTy iter = expr(f.iter);
                List<StmtTy> body = stmts(f.body);
                yield new StmtTy.AsyncFor(target, iter, body, stmts(f.orelse), f.typeComment, l, c, el, ec);
            }
            case StmtTy.While w -> {
                ExprTy test = expr(w.test);
                List<StmtTy> body = stmts(w.body);
                yield new StmtTy.While(test, body, stmts(w.orelse), l, c, el, ec);
            }
            case StmtTy.With w -> {
                List<WithItemTy> items = map(w.items, it -> new WithItemTy(expr(it.contextExpr), opt(it.optionalVars)));
                yield new StmtTy.With(items, stmts(w.body), w.typeComment, l, c, el, ec);
            }
            case StmtTy.AsyncWith w -> {
                List<WithItemTy> items = map(w.items, it -> new WithItemTy(expr(it.contextExpr), opt(it.optionalVars)));
                yield new StmtTy.AsyncWith(items, stmts(w.body), w.typeComment, l, c, el, ec);
            }
            case StmtTy.Raise r -> {
                ExprTy exc = opt(r.exc);
                yield new StmtTy.Raise(exc, opt(r.cause), l, c, el, ec);
            }
            case StmtTy.Match m -> {
                ExprTy subject = expr(m.subject);
                List<MatchCaseTy> cases = map(m.cases, mc -> {
                    PatternTy p = pattern(mc.pattern);
                    ExprTy guard = opt(mc.guard);
                    return new MatchCaseTy(p, guard, stmts(mc.body));
                });
                yield new StmtTy.Match(subject, cases, l, c, el, ec);
            }
            case StmtTy.Try t -> {
                List<StmtTy> body = stmts(t.body);
                List<ExceptHandlerTy> hs = handlers(t.handlers);
                List<StmtTy> orelse = stmts(t.orelse);
                yield new StmtTy.Try(body, hs, orelse, stmts(t.finalbody), l, c, el, ec);
            }
            case StmtTy.TryStar t -> {
                List<StmtTy> body = stmts(t.body);
                List<ExceptHandlerTy> hs = handlers(t.handlers);
                List<StmtTy> orelse = stmts(t.orelse);
                yield new StmtTy.TryStar(body, hs, orelse, stmts(t.finalbody), l, c, el, ec);
            }
            case StmtTy.Assert a -> {
                ExprTy test = expr(a.test);
                yield new StmtTy.Assert(test, opt(a.msg), l, c, el, ec);
            }
            default -> node;
        };
    }
}

package org.adder.compiler;

import static org.adder.compiler.Compiler.loc;
import static org.adder.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.adder.ast.BoolOpTy;
import org.adder.ast.CmpOpTy;
import org.adder.ast.ExprContextTy;
import org.adder.ast.ExprTy;
import org.adder.ast.KeywordTy;
import org.adder.ast.OperatorTy;
import org.adder.ast.UnaryOpTy;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyComplex;
import org.adder.objects.PyEllipsis;
import org.adder.objects.PyFloat;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.symtable.Symbol;

/**
 * Expressions ({@code compiler_visit_expr} and its helpers): operators, calls, displays with
 * star unpacking, comparisons chained through SWAP/COPY, short-circuit conditions
 * ({@code compiler_jump_if}), f-strings, attribute and subscript access, and the SyntaxWarnings
 * CPython gives for calls and subscripts that cannot work.
 */
final class ExpressionCompiler {
    /** Beyond this many items on the stack, displays and calls are built incrementally. */
    static final int STACK_USE_GUIDELINE = 30;

    static final int INTRINSIC_PRINT = 1, INTRINSIC_IMPORT_STAR = 2, INTRINSIC_STOPITERATION_ERROR = 3,
            INTRINSIC_ASYNC_GEN_WRAP = 4, INTRINSIC_UNARY_POSITIVE = 5, INTRINSIC_LIST_TO_TUPLE = 6,
            INTRINSIC_TYPEVAR = 7, INTRINSIC_PARAMSPEC = 8, INTRINSIC_TYPEVARTUPLE = 9,
            INTRINSIC_SUBSCRIPT_GENERIC = 10, INTRINSIC_TYPEALIAS = 11;
    static final int INTRINSIC_PREP_RERAISE_STAR = 1, INTRINSIC_TYPEVAR_WITH_BOUND = 2,
            INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3, INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;

    private final Compiler c;

    ExpressionCompiler(Compiler c) {
        this.c = c;
    }

    void visitAll(List<ExprTy> exprs) {
        for (ExprTy e : exprs) {
            visit(e);
        }
    }

    void visit(ExprTy e) {
        Location loc = loc(e);
        // the commonest nodes first: a pattern switch tries its cases in order
        switch (e) {
            case ExprTy.Name n -> c.nameOp(n.id, n.ctx, loc);
            case ExprTy.Constant k -> c.loadConst(k.value, loc);
            case ExprTy.Attribute a -> attribute(a);
            case ExprTy.Call call -> call(call);
            case ExprTy.Subscript s -> subscript(s);
            case ExprTy.BinOp b -> {
                visit(b.left);
                visit(b.right);
                c.opI(BINARY_OP, binaryOp(b.op, false), loc);
            }
            case ExprTy.Compare cmp -> compare(cmp);
            case ExprTy.Tuple t -> sequence(loc, t.elts, t.ctx, true);
            case ExprTy.NamedExpr n -> {
                visit(n.value);
                c.opI(COPY, 1, loc);
                visit(n.target);
            }
            case ExprTy.BoolOp b -> boolOp(b);
            case ExprTy.UnaryOp u -> {
                visit(u.operand);
                switch (u.op) {
                    case UAdd -> c.opI(CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
                    case USub -> c.op(UNARY_NEGATIVE, loc);
                    case Not -> c.op(UNARY_NOT, loc);
                    case Invert -> c.op(UNARY_INVERT, loc);
                }
            }
            case ExprTy.Lambda l -> c.defs.lambda(l);
            case ExprTy.IfExp i -> {
                Label end = c.newLabel();
                Label next = c.newLabel();
                jumpIf(i.test, next, false);
                visit(i.body);
                c.jump(JUMP, end, Location.NONE);
                c.useLabel(next);
                visit(i.orelse);
                c.useLabel(end);
            }
            case ExprTy.Dict d -> dict(d);
            case ExprTy.Set s -> starUnpack(loc, s.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case ExprTy.GeneratorExp g -> c.comps.comprehension(e, ComprehensionCompiler.Kind.GENEXP, "<genexpr>",
                    g.generators, g.elt, null);
            case ExprTy.ListComp l -> c.comps.comprehension(e, ComprehensionCompiler.Kind.LISTCOMP, "<listcomp>",
                    l.generators, l.elt, null);
            case ExprTy.SetComp s -> c.comps.comprehension(e, ComprehensionCompiler.Kind.SETCOMP, "<setcomp>",
                    s.generators, s.elt, null);
            case ExprTy.DictComp d -> c.comps.comprehension(e, ComprehensionCompiler.Kind.DICTCOMP, "<dictcomp>",
                    d.generators, d.key, d.value);
            case ExprTy.Yield y -> {
                if (!c.u.isFunctionLike()) {
                    throw c.error(loc, "'yield' outside function");
                }
                if (y.value != null) {
                    visit(y.value);
                } else {
                    c.loadConst(PyNone.NONE, loc);
                }
                addYield(loc);
            }
            case ExprTy.YieldFrom y -> {
                if (!c.u.isFunctionLike()) {
                    throw c.error(loc, "'yield' outside function");
                }
                if (c.u.scopeType == CompilerUnit.ScopeType.ASYNC_FUNCTION) {
                    throw c.error(loc, "'yield from' inside async function");
                }
                visit(y.value);
                c.op(GET_YIELD_FROM_ITER, loc);
                c.loadConst(PyNone.NONE, loc);
                addYieldFrom(loc, false);
            }
            case ExprTy.Await a -> {
                if (!c.isTopLevelAwait()) {
                    if (!c.u.isFunctionLike()) {
                        throw c.error(loc, "'await' outside function");
                    }
                    if (c.u.scopeType != CompilerUnit.ScopeType.ASYNC_FUNCTION
                            && c.u.scopeType != CompilerUnit.ScopeType.COMPREHENSION) {
                        throw c.error(loc, "'await' outside async function");
                    }
                }
                visit(a.value);
                c.opI(GET_AWAITABLE, 0, loc);
                c.loadConst(PyNone.NONE, loc);
                addYieldFrom(loc, true);
            }
            case ExprTy.JoinedStr j -> joinedStr(j);
            case ExprTy.FormattedValue f -> formattedValue(f);
            case ExprTy.Starred s -> {
                if (s.ctx == ExprContextTy.Store) {
                    throw c.error(loc, "starred assignment target must be in a list or tuple");
                }
                throw c.error(loc, "can't use starred expression here");
            }
            case ExprTy.Slice s -> {
                int n = slice(s);
                c.opI(BUILD_SLICE, n, loc);
            }
            case ExprTy.List l -> sequence(loc, l.elts, l.ctx, false);
        }
    }

    /** {@code NB_*} for a binary operator; in-place forms are 13 further on. */
    static int binaryOp(OperatorTy op, boolean inplace) {
        int nb = switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
        return inplace ? nb + 13 : nb;
    }

    // ---------------------------------------------------------------- yield

    /** {@code ADDOP_YIELD}. */
    void addYield(Location loc) {
        if (c.u.ste.generator() && c.u.ste.coroutine()) {
            c.opI(CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
        }
        c.opI(YIELD_VALUE, 0, loc);
        c.opI(RESUME, 1, loc);
    }

    /** {@code compiler_add_yield_from}: the SEND loop of {@code yield from} and {@code await}. */
    void addYieldFrom(Location loc, boolean await) {
        Label send = c.newLabel();
        Label fail = c.newLabel();
        Label exit = c.newLabel();
        c.useLabel(send);
        c.jump(SEND, exit, loc);
        c.jump(SETUP_FINALLY, fail, loc);
        c.opI(YIELD_VALUE, 0, loc);
        c.op(POP_BLOCK, Location.NONE);
        c.opI(RESUME, await ? 3 : 2, loc);
        c.jump(JUMP_NO_INTERRUPT, send, loc);
        c.useLabel(fail);
        c.op(CLEANUP_THROW, loc);
        c.useLabel(exit);
        c.op(END_SEND, loc);
    }

    // ---------------------------------------------------------------- boolean logic

    private void boolOp(ExprTy.BoolOp b) {
        Location loc = loc(b);
        int jumpOp = b.op == BoolOpTy.And ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
        Label end = c.newLabel();
        int n = b.values.size() - 1;
        for (int i = 0; i < n; i++) {
            visit(b.values.get(i));
            c.opI(COPY, 1, loc);
            c.jump(jumpOp, end, loc);
            c.op(POP_TOP, loc);
        }
        visit(b.values.get(n));
        c.useLabel(end);
    }

    /** {@code compiler_jump_if}: jump to {@code next} when {@code e} is true ({@code cond}) or false. */
    void jumpIf(ExprTy e, Label next, boolean cond) {
        switch (e) {
            case ExprTy.UnaryOp u when u.op == UnaryOpTy.Not -> {
                jumpIf(u.operand, next, !cond);
                return;
            }
            case ExprTy.BoolOp b -> {
                boolean cond2 = b.op == BoolOpTy.Or;
                Label next2 = next;
                if (cond2 != cond) {
                    next2 = c.newLabel();
                }
                int n = b.values.size() - 1;
                for (int i = 0; i < n; i++) {
                    jumpIf(b.values.get(i), next2, cond2);
                }
                jumpIf(b.values.get(n), next, cond);
                if (next2 != next) {
                    c.useLabel(next2);
                }
                return;
            }
            case ExprTy.IfExp i -> {
                Label end = c.newLabel();
                Label next2 = c.newLabel();
                jumpIf(i.test, next2, false);
                jumpIf(i.body, next, cond);
                c.jump(JUMP, end, Location.NONE);
                c.useLabel(next2);
                jumpIf(i.orelse, next, cond);
                c.useLabel(end);
                return;
            }
            case ExprTy.Compare cmp when cmp.ops.size() > 1 -> {
                checkCompare(cmp);
                Location loc = loc(e);
                Label cleanup = c.newLabel();
                visit(cmp.left);
                int n = cmp.ops.size() - 1;
                for (int i = 0; i < n; i++) {
                    visit(cmp.comparators.get(i));
                    c.opI(SWAP, 2, loc);
                    c.opI(COPY, 2, loc);
                    compareOp(cmp.ops.get(i), loc);
                    c.jump(POP_JUMP_IF_FALSE, cleanup, loc);
                }
                visit(cmp.comparators.get(n));
                compareOp(cmp.ops.get(n), loc);
                c.jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc);
                Label end = c.newLabel();
                c.jump(JUMP, end, Location.NONE);
                c.useLabel(cleanup);
                c.op(POP_TOP, loc);
                if (!cond) {
                    c.jump(JUMP, next, Location.NONE);
                }
                c.useLabel(end);
                return;
            }
            default -> { }
        }
        visit(e);
        c.jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc(e));
    }

    // ---------------------------------------------------------------- comparisons

    private void compare(ExprTy.Compare e) {
        Location loc = loc(e);
        checkCompare(e);
        visit(e.left);
        int n = e.ops.size() - 1;
        if (n == 0) {
            visit(e.comparators.get(0));
            compareOp(e.ops.get(0), loc);
            return;
        }
        Label cleanup = c.newLabel();
        for (int i = 0; i < n; i++) {
            visit(e.comparators.get(i));
            c.opI(SWAP, 2, loc);
            c.opI(COPY, 2, loc);
            compareOp(e.ops.get(i), loc);
            c.opI(COPY, 1, loc);
            c.jump(POP_JUMP_IF_FALSE, cleanup, loc);
            c.op(POP_TOP, loc);
        }
        visit(e.comparators.get(n));
        compareOp(e.ops.get(n), loc);
        Label end = c.newLabel();
        c.jump(JUMP, end, Location.NONE);
        c.useLabel(cleanup);
        c.opI(SWAP, 2, loc);
        c.op(POP_TOP, loc);
        c.useLabel(end);
    }

    /** {@code compiler_addcompare}: COMPARE_OP's argument is the rich comparison shifted by four, plus its mask. */
    void compareOp(CmpOpTy op, Location loc) {
        int cmp;
        switch (op) {
            case Eq -> cmp = 2;
            case NotEq -> cmp = 3;
            case Lt -> cmp = 0;
            case LtE -> cmp = 1;
            case Gt -> cmp = 4;
            case GtE -> cmp = 5;
            case Is -> {
                c.opI(IS_OP, 0, loc);
                return;
            }
            case IsNot -> {
                c.opI(IS_OP, 1, loc);
                return;
            }
            case In -> {
                c.opI(CONTAINS_OP, 0, loc);
                return;
            }
            default -> {
                c.opI(CONTAINS_OP, 1, loc);
                return;
            }
        }
        // the low bits are the comparison mask the specialised forms test
        int mask = switch (cmp) {
            case 0 -> 2;
            case 1 -> 2 | 8;
            case 2 -> 8;
            case 3 -> 1 | 2 | 4;
            case 4 -> 4;
            default -> 4 | 8;
        };
        c.opI(COMPARE_OP, (cmp << 4) | mask, loc);
    }

    /** {@code check_compare}: {@code is} with a literal draws a SyntaxWarning. */
    private void checkCompare(ExprTy.Compare e) {
        boolean left = isArgForIs(e.left);
        ExprTy leftExpr = e.left;
        for (int i = 0; i < e.ops.size(); i++) {
            CmpOpTy op = e.ops.get(i);
            ExprTy rightExpr = e.comparators.get(i);
            boolean right = isArgForIs(rightExpr);
            if (op == CmpOpTy.Is || op == CmpOpTy.IsNot) {
                if (!right || !left) {
                    ExprTy literal = !left ? leftExpr : rightExpr;
                    String type = inferType(literal);
                    c.warn(loc(e), op == CmpOpTy.Is
                            ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                            : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?");
                    return;
                }
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    private static boolean isArgForIs(ExprTy e) {
        if (!(e instanceof ExprTy.Constant k)) {
            return true;
        }
        PyObject v = k.value;
        return v == PyNone.NONE || v instanceof PyBool || v == PyEllipsis.ELLIPSIS;
    }

    /** {@code infer_type}: the type name of a display or literal, null when not evident. */
    static String inferType(ExprTy e) {
        return switch (e) {
            case ExprTy.Tuple t -> "tuple";
            case ExprTy.List l -> "list";
            case ExprTy.ListComp l -> "list";
            case ExprTy.Dict d -> "dict";
            case ExprTy.DictComp d -> "dict";
            case ExprTy.Set s -> "set";
            case ExprTy.SetComp s -> "set";
            case ExprTy.GeneratorExp g -> "generator";
            case ExprTy.Lambda l -> "function";
            case ExprTy.JoinedStr j -> "str";
            case ExprTy.FormattedValue f -> "str";
            case ExprTy.Constant k -> k.value.typeName();
            default -> null;
        };
    }

    // ---------------------------------------------------------------- calls

    private void call(ExprTy.Call e) {
        validateKeywords(e.keywords);
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        checkCaller(e.func);
        c.op(PUSH_NULL, loc(e.func));
        visit(e.func);
        callHelper(loc(e), 0, e.args, e.keywords);
    }

    void validateKeywords(List<KeywordTy> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            KeywordTy key = keywords.get(i);
            if (key.arg == null) {
                continue;
            }
            c.forbiddenName(key.arg, ExprContextTy.Store, loc(key));
            for (int j = i + 1; j < keywords.size(); j++) {
                KeywordTy other = keywords.get(j);
                if (other.arg != null && other.arg.equals(key.arg)) {
                    throw c.error(loc(other), "keyword argument repeated: " + key.arg);
                }
            }
        }
    }

    private void checkCaller(ExprTy e) {
        switch (e) {
            case ExprTy.Constant k -> warnNotCallable(e);
            case ExprTy.Tuple t -> warnNotCallable(e);
            case ExprTy.List l -> warnNotCallable(e);
            case ExprTy.ListComp l -> warnNotCallable(e);
            case ExprTy.Dict d -> warnNotCallable(e);
            case ExprTy.DictComp d -> warnNotCallable(e);
            case ExprTy.Set s -> warnNotCallable(e);
            case ExprTy.SetComp s -> warnNotCallable(e);
            case ExprTy.GeneratorExp g -> warnNotCallable(e);
            case ExprTy.JoinedStr j -> warnNotCallable(e);
            case ExprTy.FormattedValue f -> warnNotCallable(e);
            default -> { }
        }
    }

    private void warnNotCallable(ExprTy e) {
        c.warn(loc(e), "'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
    }

    private boolean isImportOriginated(ExprTy e) {
        return e instanceof ExprTy.Name n && (c.st.top().symbol(n.id) & Symbol.DEF_IMPORT) != 0;
    }

    private boolean maybeOptimizeMethodCall(ExprTy.Call e) {
        if (!(e.func instanceof ExprTy.Attribute meth) || meth.ctx != ExprContextTy.Load) {
            return false;
        }
        if (isImportOriginated(meth.value)) {
            return false;
        }
        int argsl = e.args.size();
        int kwdsl = e.keywords.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (ExprTy a : e.args) {
            if (a instanceof ExprTy.Starred) {
                return false;
            }
        }
        for (KeywordTy k : e.keywords) {
            if (k.arg == null) {
                return false;
            }
        }
        Location loc = loc(meth);
        if (canOptimizeSuperCall(meth)) {
            ExprTy.Call sup = (ExprTy.Call) meth.value;
            loadArgsForSuper(sup);
            c.opName(sup.args.isEmpty() ? LOAD_ZERO_SUPER_METHOD : LOAD_SUPER_METHOD, meth.attr, loc);
            loc = updateStartLocationToMatchAttr(loc, meth);
            c.op(NOP, loc);
        } else {
            visit(meth.value);
            loc = updateStartLocationToMatchAttr(loc, meth);
            c.opName(LOAD_METHOD, meth.attr, loc);
        }
        visitAll(e.args);
        if (kwdsl > 0) {
            for (KeywordTy k : e.keywords) {
                visit(k.value);
            }
            kwNames(e.keywords, loc);
        }
        loc = updateStartLocationToMatchAttr(loc(e), meth);
        c.opI(CALL, argsl + kwdsl, loc);
        return true;
    }

    private void kwNames(List<KeywordTy> keywords, Location loc) {
        List<PyObject> names = new ArrayList<>();
        for (KeywordTy k : keywords) {
            names.add(new PyStr(k.arg));
        }
        c.opI(KW_NAMES, c.addConst(PyTuple.of(names)), loc);
    }

    /** {@code compiler_call_helper}: {@code n} arguments are already on the stack. */
    void callHelper(Location loc, int n, List<ExprTy> args, List<KeywordTy> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (ExprTy a : args) {
            exCall |= a instanceof ExprTy.Starred;
        }
        for (KeywordTy k : keywords) {
            exCall |= k.arg == null;
        }
        if (!exCall) {
            visitAll(args);
            if (nkwelts > 0) {
                for (KeywordTy k : keywords) {
                    visit(k.value);
                }
                kwNames(keywords, loc);
            }
            c.opI(CALL, n + nelts + nkwelts, loc);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof ExprTy.Starred s) {
            visit(s.value);
        } else {
            starUnpack(loc, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                KeywordTy kw = keywords.get(i);
                if (kw.arg == null) {
                    if (nseen > 0) {
                        subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) {
                            c.opI(DICT_MERGE, 1, loc);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        c.opI(BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    visit(kw.value);
                    c.opI(DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    c.opI(DICT_MERGE, 1, loc);
                }
            }
        }
        c.opI(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
    }

    private void subkwargs(Location loc, List<KeywordTy> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<PyObject> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                visit(keywords.get(i).value);
                keys.add(new PyStr(keywords.get(i).arg));
            }
            c.loadConst(PyTuple.of(keys), loc);
            c.opI(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            c.opI(BUILD_MAP, 0, Location.NONE);
        }
        for (int i = begin; i < end; i++) {
            c.loadConst(new PyStr(keywords.get(i).arg), loc);
            visit(keywords.get(i).value);
            if (big) {
                c.opI(MAP_ADD, 1, Location.NONE);
            }
        }
        if (!big) {
            c.opI(BUILD_MAP, n, loc);
        }
    }

    // ---------------------------------------------------------------- super()

    private boolean canOptimizeSuperCall(ExprTy.Attribute attr) {
        if (!(attr.value instanceof ExprTy.Call e) || !(e.func instanceof ExprTy.Name f) || !f.id.equals("super")
                || attr.attr.equals("__class__") || !e.keywords.isEmpty()) {
            return false;
        }
        int numArgs = e.args.size();
        if (c.u.scope(f.id) != Symbol.GLOBAL_IMPLICIT) {
            return false;
        }
        if (c.st.top().scope(f.id) != 0) {
            return false;
        }
        if (numArgs == 2) {
            for (ExprTy a : e.args) {
                if (a instanceof ExprTy.Starred) {
                    return false;
                }
            }
            return true;
        }
        if (numArgs != 0) {
            return false;
        }
        if (c.u.md.argcount == 0 && c.u.md.posonlyargcount == 0) {
            return false;
        }
        return c.refType("__class__") == Symbol.FREE;
    }

    private void loadArgsForSuper(ExprTy.Call e) {
        Location loc = loc(e);
        c.nameOp(((ExprTy.Name) e.func).id, ExprContextTy.Load, loc(e.func));
        if (e.args.size() == 2) {
            visit(e.args.get(0));
            visit(e.args.get(1));
            return;
        }
        c.nameOp("__class__", ExprContextTy.Load, loc);
        String self = c.u.md.varnames.keySet().iterator().next();
        c.nameOp(self, ExprContextTy.Load, loc);
    }

    // ---------------------------------------------------------------- attributes and subscripts

    private void attribute(ExprTy.Attribute e) {
        Location loc = loc(e);
        if (e.ctx == ExprContextTy.Load && canOptimizeSuperCall(e)) {
            ExprTy.Call sup = (ExprTy.Call) e.value;
            loadArgsForSuper(sup);
            c.opName(sup.args.isEmpty() ? LOAD_ZERO_SUPER_ATTR : LOAD_SUPER_ATTR, e.attr, loc);
            loc = updateStartLocationToMatchAttr(loc, e);
            c.op(NOP, loc);
            return;
        }
        visit(e.value);
        loc = updateStartLocationToMatchAttr(loc, e);
        switch (e.ctx) {
            case Load -> c.opName(LOAD_ATTR, e.attr, loc);
            case Store -> {
                c.forbiddenName(e.attr, e.ctx, loc);
                c.opName(STORE_ATTR, e.attr, loc);
            }
            case Del -> c.opName(DELETE_ATTR, e.attr, loc);
        }
    }

    /** Attribute instructions start where the attribute name does when it is on a later line. */
    static Location updateStartLocationToMatchAttr(Location loc, ExprTy.Attribute attr) {
        if (loc.lineno() == attr.endLineno) {
            return loc;
        }
        int lineno = attr.endLineno;
        int col = loc.col();
        int endCol = loc.endCol();
        int len = attr.attr.codePointCount(0, attr.attr.length());
        if (len <= attr.endColOffset) {
            col = attr.endColOffset - len;
        } else {
            col = -1;
            endCol = -1;
        }
        int endLineno = Math.max(lineno, loc.endLineno());
        if (lineno == endLineno) {
            endCol = Math.max(col, endCol);
        }
        return new Location(lineno, endLineno, col, endCol);
    }

    private void subscript(ExprTy.Subscript e) {
        Location loc = loc(e);
        ExprContextTy ctx = e.ctx;
        if (ctx == ExprContextTy.Load) {
            checkSubscripter(e.value);
            checkIndex(e.value, e.slice);
        }
        visit(e.value);
        if (isTwoElementSlice(e.slice) && ctx != ExprContextTy.Del) {
            slice((ExprTy.Slice) e.slice);
            c.op(ctx == ExprContextTy.Load ? BINARY_SLICE : STORE_SLICE, loc);
        } else {
            visit(e.slice);
            c.op(switch (ctx) {
                case Load -> BINARY_SUBSCR;
                case Store -> STORE_SUBSCR;
                case Del -> DELETE_SUBSCR;
            }, loc);
        }
    }

    static boolean isTwoElementSlice(ExprTy s) {
        return s instanceof ExprTy.Slice sl && sl.step == null;
    }

    /** {@code compiler_slice}: pushes the bounds; returns how many BUILD_SLICE takes. */
    int slice(ExprTy.Slice s) {
        int n = 2;
        if (s.lower != null) {
            visit(s.lower);
        } else {
            c.loadConst(PyNone.NONE, loc(s));
        }
        if (s.upper != null) {
            visit(s.upper);
        } else {
            c.loadConst(PyNone.NONE, loc(s));
        }
        if (s.step != null) {
            n++;
            visit(s.step);
        }
        return n;
    }

    private void checkSubscripter(ExprTy e) {
        if (e instanceof ExprTy.Constant k) {
            PyObject v = k.value;
            if (!(v == PyNone.NONE || v == PyEllipsis.ELLIPSIS || v instanceof PyInt || v instanceof PyFloat
                    || v instanceof PyComplex || v instanceof PyFrozenSet)) {
                return;
            }
        } else if (!(e instanceof ExprTy.Set || e instanceof ExprTy.SetComp || e instanceof ExprTy.GeneratorExp
                || e instanceof ExprTy.Lambda)) {
            return;
        }
        c.warn(loc(e), "'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
    }

    private void checkIndex(ExprTy e, ExprTy s) {
        String indexType = inferType(s);
        if (indexType == null || (s instanceof ExprTy.Constant k && k.value instanceof PyInt)) {
            return;
        }
        if (e instanceof ExprTy.Constant k) {
            PyObject v = k.value;
            if (!(v instanceof PyStr || v instanceof PyBytes || v instanceof PyTuple)) {
                return;
            }
        } else if (!(e instanceof ExprTy.Tuple || e instanceof ExprTy.List || e instanceof ExprTy.ListComp
                || e instanceof ExprTy.JoinedStr || e instanceof ExprTy.FormattedValue)) {
            return;
        }
        c.warn(loc(e), inferType(e) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?");
    }

    // ---------------------------------------------------------------- displays

    private void sequence(Location loc, List<ExprTy> elts, ExprContextTy ctx, boolean tuple) {
        switch (ctx) {
            case Store -> assignmentHelper(loc, elts);
            case Load -> starUnpack(loc, elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, tuple);
            case Del -> visitAll(elts);
        }
    }

    private void assignmentHelper(Location loc, List<ExprTy> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            ExprTy elt = elts.get(i);
            if (elt instanceof ExprTy.Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error(loc, "too many expressions in star-unpacking assignment");
                }
                c.opI(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            } else if (elt instanceof ExprTy.Starred) {
                throw c.error(loc, "multiple starred expressions in assignment");
            }
        }
        if (!seenStar) {
            c.opI(UNPACK_SEQUENCE, n, loc);
        }
        for (ExprTy elt : elts) {
            visit(elt instanceof ExprTy.Starred s ? s.value : elt);
        }
    }

    static boolean allConstant(List<ExprTy> elts, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!(elts.get(i) instanceof ExprTy.Constant)) {
                return false;
            }
        }
        return true;
    }

    /** {@code starunpack_helper}: a list, set or tuple display, possibly with starred items. */
    void starUnpack(Location loc, List<ExprTy> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConstant(elts, 0, n)) {
            List<PyObject> items = new ArrayList<>();
            for (ExprTy e : elts) {
                items.add(((ExprTy.Constant) e).value);
            }
            PyObject folded = PyTuple.of(items);
            if (tuple && pushed == 0) {
                c.loadConst(folded, loc);
            } else {
                if (add == SET_ADD) {
                    folded = PyFrozenSet.of(items);
                }
                c.opI(build, pushed, loc);
                c.loadConst(folded, loc);
                c.opI(extend, 1, loc);
                if (tuple) {
                    c.opI(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (ExprTy e : elts) {
            seenStar |= e instanceof ExprTy.Starred;
        }
        if (!seenStar && !big) {
            visitAll(elts);
            c.opI(tuple ? BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            c.opI(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            ExprTy elt = elts.get(i);
            if (elt instanceof ExprTy.Starred s) {
                if (!built) {
                    c.opI(build, i + pushed, loc);
                    built = true;
                }
                visit(s.value);
                c.opI(extend, 1, loc);
            } else {
                visit(elt);
                if (built) {
                    c.opI(add, 1, loc);
                }
            }
        }
        if (tuple) {
            c.opI(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
        }
    }

    private void dict(ExprTy.Dict e) {
        Location loc = loc(e);
        int n = e.values.size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (e.keys.get(i) == null) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        c.opI(DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    c.opI(BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visit(e.values.get(i));
                c.opI(DICT_UPDATE, 1, loc);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(e, i - elements, i + 1);
                if (haveDict) {
                    c.opI(DICT_UPDATE, 1, loc);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                c.opI(DICT_UPDATE, 1, loc);
            }
            haveDict = true;
        }
        if (!haveDict) {
            c.opI(BUILD_MAP, 0, loc);
        }
    }

    private void subdict(ExprTy.Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        Location loc = loc(e);
        if (n > 1 && !big && allConstant(e.keys, begin, end)) {
            List<PyObject> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                visit(e.values.get(i));
                keys.add(((ExprTy.Constant) e.keys.get(i)).value);
            }
            c.loadConst(PyTuple.of(keys), loc);
            c.opI(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            c.opI(BUILD_MAP, 0, loc);
        }
        for (int i = begin; i < end; i++) {
            visit(e.keys.get(i));
            visit(e.values.get(i));
            if (big) {
                c.opI(MAP_ADD, 1, loc);
            }
        }
        if (!big) {
            c.opI(BUILD_MAP, n, loc);
        }
    }

    // ---------------------------------------------------------------- f-strings

    private void joinedStr(ExprTy.JoinedStr e) {
        Location loc = loc(e);
        int n = e.values.size();
        if (n > STACK_USE_GUIDELINE) {
            c.loadConst(new PyStr(""), loc);
            c.opName(LOAD_METHOD, "join", loc);
            c.opI(BUILD_LIST, 0, loc);
            for (ExprTy v : e.values) {
                visit(v);
                c.opI(LIST_APPEND, 1, loc);
            }
            c.opI(CALL, 1, loc);
        } else {
            visitAll(e.values);
            if (n != 1) {
                c.opI(BUILD_STRING, n, loc);
            }
        }
    }

    private void formattedValue(ExprTy.FormattedValue e) {
        visit(e.value);
        int oparg = switch (e.conversion) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            case -1 -> 0;
            default -> throw new CompileErrors.Internal("Unrecognized conversion character " + e.conversion);
        };
        if (e.formatSpec != null) {
            visit(e.formatSpec);
            oparg |= 4;
        }
        c.opI(FORMAT_VALUE, oparg, loc(e));
    }
}

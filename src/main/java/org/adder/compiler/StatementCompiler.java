package org.adder.compiler;

import static org.adder.compiler.Compiler.loc;
import static org.adder.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.adder.ast.AliasTy;
import org.adder.ast.ExceptHandlerTy;
import org.adder.ast.ExprContextTy;
import org.adder.ast.ExprTy;
import org.adder.ast.MatchCaseTy;
import org.adder.ast.StmtTy;
import org.adder.ast.WithItemTy;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.symtable.FutureFeatures;

/**
 * Statements ({@code compiler_visit_stmt}): assignments, control flow with its frame blocks,
 * {@code try}/{@code except}/{@code except*}/{@code finally}, {@code with}, imports, asserts,
 * annotations; and the unwinding of frame blocks for {@code return}, {@code break} and
 * {@code continue}.
 */
final class StatementCompiler {
    private final Compiler c;

    StatementCompiler(Compiler c) {
        this.c = c;
    }

    void visitAll(List<StmtTy> stmts) {
        for (StmtTy s : stmts) {
            visit(s);
        }
    }

    /** {@code compiler_body}: a module or class body, with its docstring and annotations dict. */
    void body(Location loc, List<StmtTy> stmts) {
        if (c.u.scopeType == CompilerUnit.ScopeType.MODULE && !stmts.isEmpty()) {
            loc = loc(stmts.get(0));
        }
        if (findAnnotations(stmts)) {
            c.op(SETUP_ANNOTATIONS, loc);
        }
        if (stmts.isEmpty()) {
            return;
        }
        int i = 0;
        if (c.optimize < 2) {
            PyStr doc = Compiler.docstring(stmts);
            if (doc != null) {
                i = 1;
                c.expr.visit(((StmtTy.Expr) stmts.get(0)).value);
                c.nameOp("__doc__", ExprContextTy.Store, Location.NONE);
            }
        }
        for (; i < stmts.size(); i++) {
            visit(stmts.get(i));
        }
    }

    /** {@code find_ann}: whether a body has a variable annotation outside nested scopes. */
    static boolean findAnnotations(List<StmtTy> stmts) {
        for (StmtTy s : stmts) {
            boolean found = switch (s) {
                case StmtTy.AnnAssign a -> true;
                case StmtTy.For f -> findAnnotations(f.body) || findAnnotations(f.orelse);
                case StmtTy.AsyncFor f -> findAnnotations(f.body) || findAnnotations(f.orelse);
                case StmtTy.While w -> findAnnotations(w.body) || findAnnotations(w.orelse);
                case StmtTy.If i -> findAnnotations(i.body) || findAnnotations(i.orelse);
                case StmtTy.With w -> findAnnotations(w.body);
                case StmtTy.AsyncWith w -> findAnnotations(w.body);
                case StmtTy.Try t -> handlersHaveAnnotations(t.handlers) || findAnnotations(t.body)
                        || findAnnotations(t.orelse) || findAnnotations(t.finalbody);
                case StmtTy.TryStar t -> handlersHaveAnnotations(t.handlers) || findAnnotations(t.body)
                        || findAnnotations(t.orelse) || findAnnotations(t.finalbody);
                case StmtTy.Match m -> {
                    boolean any = false;
                    for (MatchCaseTy mc : m.cases) {
                        any |= findAnnotations(mc.body);
                    }
                    yield any;
                }
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersHaveAnnotations(List<ExceptHandlerTy> handlers) {
        for (ExceptHandlerTy h : handlers) {
            if (findAnnotations(((ExceptHandlerTy.ExceptHandler) h).body)) {
                return true;
            }
        }
        return false;
    }

    void visit(StmtTy s) {
        Location loc = loc(s);
        // the commonest nodes first: a pattern switch tries its cases in order
        switch (s) {
            case StmtTy.Expr e -> exprStmt(loc, e.value);
            case StmtTy.Assign a -> {
                c.expr.visit(a.value);
                int n = a.targets.size();
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) {
                        c.opI(COPY, 1, loc);
                    }
                    c.expr.visit(a.targets.get(i));
                }
            }
            case StmtTy.Return r -> returnStmt(r);
            case StmtTy.If i -> ifStmt(i);
            case StmtTy.FunctionDef f -> c.defs.function(f, f.name, f.args, f.body, f.decoratorList, f.returns,
                    f.typeParams, false);
            case StmtTy.AsyncFunctionDef f -> c.defs.function(f, f.name, f.args, f.body, f.decoratorList, f.returns,
                    f.typeParams, true);
            case StmtTy.ClassDef k -> c.defs.classDef(k);
            case StmtTy.TypeAlias t -> c.defs.typeAlias(t);
            case StmtTy.Delete d -> c.expr.visitAll(d.targets);
            case StmtTy.AugAssign a -> augAssign(a);
            case StmtTy.AnnAssign a -> annAssign(a);
            case StmtTy.For f -> forStmt(f);
            case StmtTy.While w -> whileStmt(w);
            case StmtTy.Match m -> c.patterns.match(m);
            case StmtTy.Raise r -> {
                int n = 0;
                if (r.exc != null) {
                    c.expr.visit(r.exc);
                    n++;
                    if (r.cause != null) {
                        c.expr.visit(r.cause);
                        n++;
                    }
                }
                c.opI(RAISE_VARARGS, n, loc);
            }
            case StmtTy.Try t -> {
                if (!t.finalbody.isEmpty()) {
                    tryFinally(loc, t.body, t.handlers, t.orelse, t.finalbody, false);
                } else {
                    tryExcept(loc, t.body, t.handlers, t.orelse);
                }
            }
            case StmtTy.TryStar t -> {
                if (!t.finalbody.isEmpty()) {
                    tryFinally(loc, t.body, t.handlers, t.orelse, t.finalbody, true);
                } else {
                    tryStarExcept(loc, t.body, t.handlers, t.orelse);
                }
            }
            case StmtTy.Assert a -> assertStmt(a);
            case StmtTy.Import i -> importStmt(i);
            case StmtTy.ImportFrom i -> importFrom(i);
            case StmtTy.Global g -> { }
            case StmtTy.Nonlocal n -> { }
            case StmtTy.Pass p -> c.op(NOP, loc);
            case StmtTy.Break b -> breakStmt(loc);
            case StmtTy.Continue k -> continueStmt(loc);
            case StmtTy.With w -> with(w, w.items, w.body, 0, false);
            case StmtTy.AsyncWith w -> {
                if (c.isTopLevelAwait()) {
                    c.topLevelAwaits = true;
                } else if (c.u.scopeType != CompilerUnit.ScopeType.ASYNC_FUNCTION) {
                    throw c.error(loc, "'async with' outside async function");
                }
                with(w, w.items, w.body, 0, true);
            }
            case StmtTy.AsyncFor f -> asyncFor(f);
        }
    }

    private void exprStmt(Location loc, ExprTy value) {
        if (c.interactive && c.nestLevel <= 1) {
            c.expr.visit(value);
            c.opI(CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_PRINT, loc);
            c.op(POP_TOP, Location.NONE);
            return;
        }
        if (value instanceof ExprTy.Constant) {
            c.op(NOP, loc);
            return;
        }
        c.expr.visit(value);
        c.op(POP_TOP, Location.NONE);
    }

    // ---------------------------------------------------------------- frame blocks

    void pushFBlock(Location loc, CompilerUnit.FBlockType type, Label block, Label exit, Object datum) {
        if (c.u.fblocks.size() >= CompilerUnit.MAX_BLOCKS) {
            throw c.error(loc, "too many statically nested blocks");
        }
        c.u.fblocks.add(new CompilerUnit.FBlock(type, block, exit, datum));
    }

    void popFBlock() {
        c.u.fblocks.remove(c.u.fblocks.size() - 1);
    }

    private void callExitWithNones(Location loc) {
        c.loadConst(PyNone.NONE, loc);
        c.loadConst(PyNone.NONE, loc);
        c.loadConst(PyNone.NONE, loc);
        c.opI(CALL, 2, loc);
    }

    private void popExceptAndReraise(Location loc) {
        c.opI(COPY, 3, loc);
        c.op(POP_EXCEPT, loc);
        c.opI(RERAISE, 1, loc);
    }

    /**
     * {@code compiler_unwind_fblock}: the code leaving {@code info} on a jump out of it. Returns
     * the location the following instructions get (artificial after a finally or with exit).
     */
    @SuppressWarnings("unchecked")
    private Location unwindFBlock(Location loc, CompilerUnit.FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> {
                return loc;
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    c.opI(SWAP, 2, loc);
                }
                c.op(POP_TOP, loc);
                return loc;
            }
            case TRY_EXCEPT -> {
                c.op(POP_BLOCK, loc);
                return loc;
            }
            case FINALLY_TRY -> {
                c.op(POP_BLOCK, loc);
                if (preserveTos) {
                    pushFBlock(loc, CompilerUnit.FBlockType.POP_VALUE, null, null, null);
                }
                visitAll((List<StmtTy>) info.datum());
                if (preserveTos) {
                    popFBlock();
                }
                return Location.NONE;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    c.opI(SWAP, 2, loc);
                }
                c.op(POP_TOP, loc);
                if (preserveTos) {
                    c.opI(SWAP, 2, loc);
                }
                c.op(POP_BLOCK, loc);
                c.op(POP_EXCEPT, loc);
                return loc;
            }
            case WITH, ASYNC_WITH -> {
                loc = loc((StmtTy) info.datum());
                c.op(POP_BLOCK, loc);
                if (preserveTos) {
                    c.opI(SWAP, 2, loc);
                }
                callExitWithNones(loc);
                if (info.type() == CompilerUnit.FBlockType.ASYNC_WITH) {
                    c.opI(GET_AWAITABLE, 2, loc);
                    c.loadConst(PyNone.NONE, loc);
                    c.expr.addYieldFrom(loc, true);
                }
                c.op(POP_TOP, loc);
                return Location.NONE;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    c.op(POP_BLOCK, loc);
                }
                if (preserveTos) {
                    c.opI(SWAP, 2, loc);
                }
                c.op(POP_BLOCK, loc);
                c.op(POP_EXCEPT, loc);
                if (info.datum() != null) {
                    c.loadConst(PyNone.NONE, loc);
                    c.nameOp((String) info.datum(), ExprContextTy.Store, loc);
                    c.nameOp((String) info.datum(), ExprContextTy.Del, loc);
                }
                return loc;
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    c.opI(SWAP, 2, loc);
                }
                c.op(POP_TOP, loc);
                return loc;
            }
        }
        throw new IllegalStateException();
    }

    /** Result of unwinding: the location to continue with and the loop stopped at (if asked). */
    private record Unwound(Location loc, CompilerUnit.FBlock loop) {
    }

    /** {@code compiler_unwind_fblock_stack}; with {@code stopAtLoop}, stops at the innermost loop. */
    private Unwound unwindFBlockStack(Location loc, boolean preserveTos, boolean stopAtLoop) {
        List<CompilerUnit.FBlock> blocks = c.u.fblocks;
        if (blocks.isEmpty()) {
            return new Unwound(loc, null);
        }
        CompilerUnit.FBlock top = blocks.get(blocks.size() - 1);
        if (top.type() == CompilerUnit.FBlockType.EXCEPTION_GROUP_HANDLER) {
            throw c.error(loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (stopAtLoop && (top.type() == CompilerUnit.FBlockType.WHILE_LOOP
                || top.type() == CompilerUnit.FBlockType.FOR_LOOP)) {
            return new Unwound(loc, top);
        }
        blocks.remove(blocks.size() - 1);
        loc = unwindFBlock(loc, top, preserveTos);
        Unwound rest = unwindFBlockStack(loc, preserveTos, stopAtLoop);
        blocks.add(top);
        return rest;
    }

    private void returnStmt(StmtTy.Return s) {
        Location loc = loc(s);
        boolean preserveTos = s.value != null && !(s.value instanceof ExprTy.Constant);
        if (!c.u.isFunctionLike()) {
            throw c.error(loc, "'return' outside function");
        }
        if (s.value != null && c.u.ste.coroutine() && c.u.ste.generator()) {
            throw c.error(loc, "'return' with value in async generator");
        }
        if (preserveTos) {
            c.expr.visit(s.value);
        } else if (s.value != null) {
            loc = loc(s.value); // the constant's line is the return's
            c.op(NOP, loc);
        }
        if (s.value == null || s.value.lineno != s.lineno) {
            loc = loc(s);
            c.op(NOP, loc);
        }
        loc = unwindFBlockStack(loc, preserveTos, false).loc();
        if (s.value == null) {
            c.loadConst(PyNone.NONE, loc);
        } else if (!preserveTos) {
            c.loadConst(((ExprTy.Constant) s.value).value, loc);
        }
        c.op(RETURN_VALUE, loc);
    }

    private void breakStmt(Location loc) {
        Location origin = loc;
        c.op(NOP, loc);
        Unwound u = unwindFBlockStack(loc, false, true);
        if (u.loop() == null) {
            throw c.error(origin, "'break' outside loop");
        }
        loc = unwindFBlock(u.loc(), u.loop(), false);
        c.jump(JUMP, u.loop().exit(), loc);
    }

    private void continueStmt(Location loc) {
        Location origin = loc;
        c.op(NOP, loc);
        Unwound u = unwindFBlockStack(loc, false, true);
        if (u.loop() == null) {
            throw c.error(origin, "'continue' not properly in loop");
        }
        c.jump(JUMP, u.loop().block(), u.loc());
    }

    // ---------------------------------------------------------------- control flow

    private void ifStmt(StmtTy.If s) {
        Label end = c.newLabel();
        Label next = end;
        if (!s.orelse.isEmpty()) {
            next = c.newLabel();
        }
        c.expr.jumpIf(s.test, next, false);
        visitAll(s.body);
        if (!s.orelse.isEmpty()) {
            c.jump(JUMP, end, Location.NONE);
            c.useLabel(next);
            visitAll(s.orelse);
        }
        c.useLabel(end);
    }

    private void forStmt(StmtTy.For s) {
        Location loc = loc(s);
        Label start = c.newLabel();
        Label body = c.newLabel();
        Label cleanup = c.newLabel();
        Label end = c.newLabel();
        pushFBlock(loc, CompilerUnit.FBlockType.FOR_LOOP, start, end, null);
        c.expr.visit(s.iter);
        c.op(GET_ITER, loc);
        c.useLabel(start);
        c.jump(FOR_ITER, cleanup, loc);
        c.useLabel(body);
        c.expr.visit(s.target);
        visitAll(s.body);
        c.jump(JUMP, start, Location.NONE);
        c.useLabel(cleanup);
        c.op(END_FOR, Location.NONE);
        popFBlock();
        visitAll(s.orelse);
        c.useLabel(end);
    }

    private void asyncFor(StmtTy.AsyncFor s) {
        Location loc = loc(s);
        if (c.isTopLevelAwait()) {
            c.topLevelAwaits = true;
        } else if (c.u.scopeType != CompilerUnit.ScopeType.ASYNC_FUNCTION) {
            throw c.error(loc, "'async for' outside async function");
        }
        Label start = c.newLabel();
        Label except = c.newLabel();
        Label end = c.newLabel();
        c.expr.visit(s.iter);
        c.op(GET_AITER, loc);
        c.useLabel(start);
        pushFBlock(loc, CompilerUnit.FBlockType.FOR_LOOP, start, end, null);
        c.jump(SETUP_FINALLY, except, loc);
        c.op(GET_ANEXT, loc);
        c.loadConst(PyNone.NONE, loc);
        c.expr.addYieldFrom(loc, true);
        c.op(POP_BLOCK, loc);
        c.expr.visit(s.target);
        visitAll(s.body);
        c.jump(JUMP, start, Location.NONE);
        popFBlock();
        c.useLabel(except);
        c.op(END_ASYNC_FOR, loc(s.iter));
        visitAll(s.orelse);
        c.useLabel(end);
    }

    private void whileStmt(StmtTy.While s) {
        Label loop = c.newLabel();
        Label body = c.newLabel();
        Label end = c.newLabel();
        Label anchor = c.newLabel();
        c.useLabel(loop);
        pushFBlock(loc(s), CompilerUnit.FBlockType.WHILE_LOOP, loop, end, null);
        c.expr.jumpIf(s.test, anchor, false);
        c.useLabel(body);
        visitAll(s.body);
        c.expr.jumpIf(s.test, body, true);
        popFBlock();
        c.useLabel(anchor);
        visitAll(s.orelse);
        c.useLabel(end);
    }

    // ---------------------------------------------------------------- try

    private void tryFinally(Location loc, List<StmtTy> body, List<ExceptHandlerTy> handlers, List<StmtTy> orelse,
                            List<StmtTy> finalbody, boolean star) {
        Label bodyLabel = c.newLabel();
        Label end = c.newLabel();
        Label exit = c.newLabel();
        Label cleanup = c.newLabel();
        c.jump(SETUP_FINALLY, end, loc);
        c.useLabel(bodyLabel);
        pushFBlock(loc, CompilerUnit.FBlockType.FINALLY_TRY, bodyLabel, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) {
                tryStarExcept(loc, body, handlers, orelse);
            } else {
                tryExcept(loc, body, handlers, orelse);
            }
        } else {
            visitAll(body);
        }
        c.op(POP_BLOCK, Location.NONE);
        popFBlock();
        visitAll(finalbody);
        c.jump(JUMP, exit, Location.NONE);
        c.useLabel(end);
        loc = Location.NONE;
        c.jump(SETUP_CLEANUP, cleanup, loc);
        c.op(PUSH_EXC_INFO, loc);
        pushFBlock(loc, CompilerUnit.FBlockType.FINALLY_END, end, null, null);
        visitAll(finalbody);
        popFBlock();
        c.opI(RERAISE, 0, loc);
        c.useLabel(cleanup);
        popExceptAndReraise(loc);
        c.useLabel(exit);
    }

    private void tryExcept(Location loc, List<StmtTy> body, List<ExceptHandlerTy> handlers, List<StmtTy> orelse) {
        Label bodyLabel = c.newLabel();
        Label except = c.newLabel();
        Label end = c.newLabel();
        Label cleanup = c.newLabel();
        c.jump(SETUP_FINALLY, except, loc);
        c.useLabel(bodyLabel);
        pushFBlock(loc, CompilerUnit.FBlockType.TRY_EXCEPT, bodyLabel, null, null);
        visitAll(body);
        popFBlock();
        c.op(POP_BLOCK, Location.NONE);
        visitAll(orelse);
        c.jump(JUMP, end, Location.NONE);
        int n = handlers.size();
        c.useLabel(except);
        c.jump(SETUP_CLEANUP, cleanup, Location.NONE);
        c.op(PUSH_EXC_INFO, Location.NONE);
        pushFBlock(loc, CompilerUnit.FBlockType.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandlerTy.ExceptHandler handler = (ExceptHandlerTy.ExceptHandler) handlers.get(i);
            Location hloc = loc(handler);
            if (handler.type == null && i < n - 1) {
                throw c.error(hloc, "default 'except:' must be last");
            }
            except = c.newLabel();
            if (handler.type != null) {
                c.expr.visit(handler.type);
                c.op(CHECK_EXC_MATCH, hloc);
                c.jump(POP_JUMP_IF_FALSE, except, hloc);
            }
            if (handler.name != null) {
                Label cleanupEnd = c.newLabel();
                Label cleanupBody = c.newLabel();
                c.nameOp(handler.name, ExprContextTy.Store, hloc);
                c.jump(SETUP_CLEANUP, cleanupEnd, hloc);
                c.useLabel(cleanupBody);
                pushFBlock(hloc, CompilerUnit.FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name);
                visitAll(handler.body);
                popFBlock();
                c.op(POP_BLOCK, Location.NONE);
                c.op(POP_BLOCK, Location.NONE);
                c.op(POP_EXCEPT, Location.NONE);
                c.loadConst(PyNone.NONE, Location.NONE);
                c.nameOp(handler.name, ExprContextTy.Store, Location.NONE);
                c.nameOp(handler.name, ExprContextTy.Del, Location.NONE);
                c.jump(JUMP, end, Location.NONE);
                c.useLabel(cleanupEnd);
                c.loadConst(PyNone.NONE, Location.NONE);
                c.nameOp(handler.name, ExprContextTy.Store, Location.NONE);
                c.nameOp(handler.name, ExprContextTy.Del, Location.NONE);
                c.opI(RERAISE, 1, Location.NONE);
            } else {
                Label cleanupBody = c.newLabel();
                c.op(POP_TOP, hloc);
                c.useLabel(cleanupBody);
                pushFBlock(hloc, CompilerUnit.FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
                visitAll(handler.body);
                popFBlock();
                c.op(POP_BLOCK, Location.NONE);
                c.op(POP_EXCEPT, Location.NONE);
                c.jump(JUMP, end, Location.NONE);
            }
            c.useLabel(except);
        }
        popFBlock();
        c.opI(RERAISE, 0, Location.NONE);
        c.useLabel(cleanup);
        popExceptAndReraise(Location.NONE);
        c.useLabel(end);
    }

    private void tryStarExcept(Location loc, List<StmtTy> body, List<ExceptHandlerTy> handlers,
                               List<StmtTy> orelse) {
        Label bodyLabel = c.newLabel();
        Label except = c.newLabel();
        Label orelseLabel = c.newLabel();
        Label end = c.newLabel();
        Label cleanup = c.newLabel();
        Label reraiseStar = c.newLabel();
        c.jump(SETUP_FINALLY, except, loc);
        c.useLabel(bodyLabel);
        pushFBlock(loc, CompilerUnit.FBlockType.TRY_EXCEPT, bodyLabel, null, null);
        visitAll(body);
        popFBlock();
        c.op(POP_BLOCK, Location.NONE);
        c.jump(JUMP, orelseLabel, Location.NONE);
        int n = handlers.size();
        c.useLabel(except);
        c.jump(SETUP_CLEANUP, cleanup, Location.NONE);
        c.op(PUSH_EXC_INFO, Location.NONE);
        pushFBlock(loc, CompilerUnit.FBlockType.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandlerTy.ExceptHandler handler = (ExceptHandlerTy.ExceptHandler) handlers.get(i);
            Location hloc = loc(handler);
            except = c.newLabel();
            Label exceptWithError = c.newLabel();
            Label noMatch = c.newLabel();
            if (i == 0) {
                c.opI(BUILD_LIST, 0, hloc);
                c.opI(COPY, 2, hloc);
            }
            if (handler.type != null) {
                c.expr.visit(handler.type);
                c.op(CHECK_EG_MATCH, hloc);
                c.opI(COPY, 1, hloc);
                c.jump(POP_JUMP_IF_NONE, noMatch, hloc);
            }
            Label cleanupEnd = c.newLabel();
            Label cleanupBody = c.newLabel();
            if (handler.name != null) {
                c.nameOp(handler.name, ExprContextTy.Store, hloc);
            } else {
                c.op(POP_TOP, hloc);
            }
            c.jump(SETUP_CLEANUP, cleanupEnd, hloc);
            c.useLabel(cleanupBody);
            pushFBlock(hloc, CompilerUnit.FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name);
            visitAll(handler.body);
            popFBlock();
            c.op(POP_BLOCK, Location.NONE);
            if (handler.name != null) {
                c.loadConst(PyNone.NONE, Location.NONE);
                c.nameOp(handler.name, ExprContextTy.Store, Location.NONE);
                c.nameOp(handler.name, ExprContextTy.Del, Location.NONE);
            }
            c.jump(JUMP, except, Location.NONE);
            c.useLabel(cleanupEnd);
            if (handler.name != null) {
                c.loadConst(PyNone.NONE, Location.NONE);
                c.nameOp(handler.name, ExprContextTy.Store, Location.NONE);
                c.nameOp(handler.name, ExprContextTy.Del, Location.NONE);
            }
            c.opI(LIST_APPEND, 3, Location.NONE);
            c.op(POP_TOP, Location.NONE);
            c.jump(JUMP, exceptWithError, Location.NONE);
            c.useLabel(except);
            c.op(NOP, Location.NONE);
            c.jump(JUMP, exceptWithError, Location.NONE);
            c.useLabel(noMatch);
            c.op(POP_TOP, hloc);
            c.useLabel(exceptWithError);
            if (i == n - 1) {
                c.opI(LIST_APPEND, 1, Location.NONE);
                c.jump(JUMP, reraiseStar, Location.NONE);
            }
        }
        popFBlock();
        Label reraise = c.newLabel();
        c.useLabel(reraiseStar);
        c.opI(CALL_INTRINSIC_2, ExpressionCompiler.INTRINSIC_PREP_RERAISE_STAR, Location.NONE);
        c.opI(COPY, 1, Location.NONE);
        c.jump(POP_JUMP_IF_NOT_NONE, reraise, Location.NONE);
        c.op(POP_TOP, Location.NONE);
        c.op(POP_BLOCK, Location.NONE);
        c.op(POP_EXCEPT, Location.NONE);
        c.jump(JUMP, end, Location.NONE);
        c.useLabel(reraise);
        c.op(POP_BLOCK, Location.NONE);
        c.opI(SWAP, 2, Location.NONE);
        c.op(POP_EXCEPT, Location.NONE);
        c.opI(RERAISE, 0, Location.NONE);
        c.useLabel(cleanup);
        popExceptAndReraise(Location.NONE);
        c.useLabel(orelseLabel);
        visitAll(orelse);
        c.useLabel(end);
    }

    // ---------------------------------------------------------------- with

    private void with(StmtTy s, List<WithItemTy> items, List<StmtTy> body, int pos, boolean async) {
        Location loc = loc(s);
        WithItemTy item = items.get(pos);
        Label block = c.newLabel();
        Label fin = c.newLabel();
        Label exit = c.newLabel();
        Label cleanup = c.newLabel();
        c.expr.visit(item.contextExpr);
        if (async) {
            c.op(BEFORE_ASYNC_WITH, loc);
            c.opI(GET_AWAITABLE, 1, loc);
            c.loadConst(PyNone.NONE, loc);
            c.expr.addYieldFrom(loc, true);
        } else {
            c.op(BEFORE_WITH, loc);
        }
        c.jump(SETUP_WITH, fin, loc);
        c.useLabel(block);
        pushFBlock(loc, async ? CompilerUnit.FBlockType.ASYNC_WITH : CompilerUnit.FBlockType.WITH, block, fin, s);
        if (item.optionalVars != null) {
            c.expr.visit(item.optionalVars);
        } else {
            c.op(POP_TOP, loc);
        }
        pos++;
        if (pos == items.size()) {
            visitAll(body);
        } else {
            with(s, items, body, pos, async);
        }
        if (async) {
            popFBlock();
            c.op(POP_BLOCK, loc);
        } else {
            c.op(POP_BLOCK, Location.NONE);
            popFBlock();
        }
        callExitWithNones(loc);
        if (async) {
            c.opI(GET_AWAITABLE, 2, loc);
            c.loadConst(PyNone.NONE, loc);
            c.expr.addYieldFrom(loc, true);
        }
        c.op(POP_TOP, loc);
        c.jump(JUMP, exit, loc);
        c.useLabel(fin);
        c.jump(SETUP_CLEANUP, cleanup, loc);
        c.op(PUSH_EXC_INFO, loc);
        c.op(WITH_EXCEPT_START, loc);
        if (async) {
            c.opI(GET_AWAITABLE, 2, loc);
            c.loadConst(PyNone.NONE, loc);
            c.expr.addYieldFrom(loc, true);
        }
        withExceptFinish(cleanup);
        c.useLabel(exit);
    }

    private void withExceptFinish(Label cleanup) {
        Label suppress = c.newLabel();
        c.jump(POP_JUMP_IF_TRUE, suppress, Location.NONE);
        c.opI(RERAISE, 2, Location.NONE);
        c.useLabel(suppress);
        c.op(POP_TOP, Location.NONE);
        c.op(POP_BLOCK, Location.NONE);
        c.op(POP_EXCEPT, Location.NONE);
        c.op(POP_TOP, Location.NONE);
        c.op(POP_TOP, Location.NONE);
        Label exit = c.newLabel();
        c.jump(JUMP, exit, Location.NONE);
        c.useLabel(cleanup);
        popExceptAndReraise(Location.NONE);
        c.useLabel(exit);
    }

    // ---------------------------------------------------------------- assignments

    private void augAssign(StmtTy.AugAssign s) {
        ExprTy e = s.target;
        Location loc = loc(e);
        switch (e) {
            case ExprTy.Attribute a -> {
                c.expr.visit(a.value);
                c.opI(COPY, 1, loc);
                loc = ExpressionCompiler.updateStartLocationToMatchAttr(loc, a);
                c.opName(LOAD_ATTR, a.attr, loc);
            }
            case ExprTy.Subscript sub -> {
                c.expr.visit(sub.value);
                if (ExpressionCompiler.isTwoElementSlice(sub.slice)) {
                    c.expr.slice((ExprTy.Slice) sub.slice);
                    c.opI(COPY, 3, loc);
                    c.opI(COPY, 3, loc);
                    c.opI(COPY, 3, loc);
                    c.op(BINARY_SLICE, loc);
                } else {
                    c.expr.visit(sub.slice);
                    c.opI(COPY, 2, loc);
                    c.opI(COPY, 2, loc);
                    c.op(BINARY_SUBSCR, loc);
                }
            }
            case ExprTy.Name n -> c.nameOp(n.id, ExprContextTy.Load, loc);
            default -> throw new CompileErrors.Internal("invalid node type (" + e.typeName()
                    + ") for augmented assignment");
        }
        c.expr.visit(s.value);
        c.opI(BINARY_OP, ExpressionCompiler.binaryOp(s.op, true), loc(s));
        loc = loc(e);
        switch (e) {
            case ExprTy.Attribute a -> {
                loc = ExpressionCompiler.updateStartLocationToMatchAttr(loc, a);
                c.opI(SWAP, 2, loc);
                c.opName(STORE_ATTR, a.attr, loc);
            }
            case ExprTy.Subscript sub -> {
                if (ExpressionCompiler.isTwoElementSlice(sub.slice)) {
                    c.opI(SWAP, 4, loc);
                    c.opI(SWAP, 3, loc);
                    c.opI(SWAP, 2, loc);
                    c.op(STORE_SLICE, loc);
                } else {
                    c.opI(SWAP, 3, loc);
                    c.opI(SWAP, 2, loc);
                    c.op(STORE_SUBSCR, loc);
                }
            }
            default -> c.nameOp(((ExprTy.Name) e).id, ExprContextTy.Store, loc);
        }
    }

    private void annAssign(StmtTy.AnnAssign s) {
        Location loc = loc(s);
        ExprTy targ = s.target;
        if (s.value != null) {
            c.expr.visit(s.value);
            c.expr.visit(targ);
        }
        boolean futureAnnotations = (c.future.features & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0;
        switch (targ) {
            case ExprTy.Name n -> {
                c.forbiddenName(n.id, ExprContextTy.Store, loc);
                if (s.simple != 0 && (c.u.scopeType == CompilerUnit.ScopeType.MODULE
                        || c.u.scopeType == CompilerUnit.ScopeType.CLASS)) {
                    if (futureAnnotations) {
                        annotationString(s.annotation);
                    } else {
                        c.expr.visit(s.annotation);
                    }
                    c.opName(LOAD_NAME, "__annotations__", loc);
                    c.loadConst(new PyStr(org.adder.symtable.Mangling.mangle(c.u.privateName, n.id)), loc);
                    c.op(STORE_SUBSCR, loc);
                }
            }
            case ExprTy.Attribute a -> {
                c.forbiddenName(a.attr, ExprContextTy.Store, loc);
                if (s.value == null) {
                    checkAnnExpr(a.value);
                }
            }
            case ExprTy.Subscript sub -> {
                if (s.value == null) {
                    checkAnnExpr(sub.value);
                    checkAnnSubscr(sub.slice);
                }
            }
            default -> throw new CompileErrors.Internal("invalid node type (" + targ.typeName()
                    + ") for annotated assignment");
        }
        if (s.simple == 0 && !futureAnnotations && (c.u.scopeType == CompilerUnit.ScopeType.MODULE
                || c.u.scopeType == CompilerUnit.ScopeType.CLASS)) {
            checkAnnExpr(s.annotation);
        }
    }

    /** Under {@code from __future__ import annotations}: the annotation's source text as a constant. */
    void annotationString(ExprTy annotation) {
        c.loadConst(new PyStr(AstUnparser.unparse(annotation)), loc(annotation));
    }

    private void checkAnnExpr(ExprTy e) {
        c.expr.visit(e);
        c.op(POP_TOP, loc(e));
    }

    private void checkAnnSubscr(ExprTy e) {
        switch (e) {
            case ExprTy.Slice s -> {
                if (s.lower != null) {
                    checkAnnExpr(s.lower);
                }
                if (s.upper != null) {
                    checkAnnExpr(s.upper);
                }
                if (s.step != null) {
                    checkAnnExpr(s.step);
                }
            }
            case ExprTy.Tuple t -> {
                for (ExprTy elt : t.elts) {
                    checkAnnSubscr(elt);
                }
            }
            default -> checkAnnExpr(e);
        }
    }

    // ---------------------------------------------------------------- assert and imports

    private void assertStmt(StmtTy.Assert s) {
        Location loc = loc(s);
        if ((s.test instanceof ExprTy.Tuple t && !t.elts.isEmpty())
                || (s.test instanceof ExprTy.Constant k && k.value instanceof PyTuple tup && tup.size() > 0)) {
            c.warn(loc, "assertion is always true, perhaps remove parentheses?");
        }
        if (c.optimize > 0) {
            return;
        }
        Label end = c.newLabel();
        c.expr.jumpIf(s.test, end, true);
        c.op(LOAD_ASSERTION_ERROR, loc);
        if (s.msg != null) {
            c.expr.visit(s.msg);
            c.opI(CALL, 0, loc);
        }
        c.opI(RAISE_VARARGS, 1, loc);
        c.useLabel(end);
    }

    private void importStmt(StmtTy.Import s) {
        Location loc = loc(s);
        for (AliasTy alias : s.names) {
            c.loadConst(PyInt.of(0), loc);
            c.loadConst(PyNone.NONE, loc);
            c.opName(IMPORT_NAME, alias.name, loc);
            if (alias.asname != null) {
                importAs(loc, alias.name, alias.asname);
            } else {
                int dot = alias.name.indexOf('.');
                c.nameOp(dot >= 0 ? alias.name.substring(0, dot) : alias.name, ExprContextTy.Store, loc);
            }
        }
    }

    private void importAs(Location loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot >= 0 ? dot : name.length());
                c.opNameUnmangled(IMPORT_FROM, attr, loc);
                if (dot < 0) {
                    break;
                }
                c.opI(SWAP, 2, loc);
                c.op(POP_TOP, loc);
            }
            c.nameOp(asname, ExprContextTy.Store, loc);
            c.op(POP_TOP, loc);
            return;
        }
        c.nameOp(asname, ExprContextTy.Store, loc);
    }

    private void importFrom(StmtTy.ImportFrom s) {
        Location loc = loc(s);
        c.loadConst(PyInt.of(s.level), loc);
        List<PyObject> names = new ArrayList<>();
        for (AliasTy a : s.names) {
            names.add(new PyStr(a.name));
        }
        boolean afterFuture = s.lineno > c.future.lineno
                || (s.lineno == c.future.lineno && s.colOffset > c.future.colOffset);
        if (afterFuture && s.module != null && s.level == 0 && s.module.equals("__future__")) {
            throw c.error(loc, "from __future__ imports must occur at the beginning of the file");
        }
        c.loadConst(PyTuple.of(names), loc);
        c.opName(IMPORT_NAME, s.module != null ? s.module : "", loc);
        for (int i = 0; i < s.names.size(); i++) {
            AliasTy alias = s.names.get(i);
            if (i == 0 && alias.name.startsWith("*")) {
                c.opI(CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_IMPORT_STAR, loc);
                c.op(POP_TOP, Location.NONE);
                return;
            }
            c.opName(IMPORT_FROM, alias.name, loc);
            c.nameOp(alias.asname != null ? alias.asname : alias.name, ExprContextTy.Store, loc);
        }
        c.op(POP_TOP, loc);
    }
}

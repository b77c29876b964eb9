package org.adder.compiler;

import static org.adder.compiler.Compiler.loc;
import static org.adder.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adder.ast.ComprehensionTy;
import org.adder.ast.ExprTy;
import org.adder.objects.PyNone;
import org.adder.symtable.Symbol;
import org.adder.symtable.SymtableEntry;

/**
 * Comprehensions and generator expressions. Generator expressions get their own code unit;
 * list, set and dict comprehensions are inlined in the enclosing code as PEP 709 specifies:
 * their variables are saved with {@code LOAD_FAST_AND_CLEAR}, isolated, and restored (also
 * when the comprehension raises).
 */
final class ComprehensionCompiler {
    enum Kind { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

    /** What inlining changed in the enclosing unit, to undo afterwards. */
    private static final class InlinedState {
        Map<String, Integer> tempSymbols;
        List<String> pushedLocals;
        Set<String> fastHidden;
        Label cleanup;
        Label end;
    }

    private final Compiler c;

    ComprehensionCompiler(Compiler c) {
        this.c = c;
    }

    void comprehension(ExprTy e, Kind kind, String name, List<ComprehensionTy> generators, ExprTy elt, ExprTy val) {
        CompilerUnit.ScopeType scopeType = c.u.scopeType;
        // asked of the enclosing unit, before a comprehension's own scope is entered
        boolean topLevelAwait = c.isTopLevelAwait();
        SymtableEntry entry = c.st.lookup(e);
        if (entry == null) {
            throw new CompileErrors.Internal("no symbol table block for " + name);
        }
        boolean inlined = entry.compInlined();
        boolean asyncGenerator = entry.coroutine();
        Location loc = loc(e);
        ComprehensionTy outermost = generators.get(0);
        InlinedState state = null;
        if (inlined) {
            iter(outermost, loc);
            state = pushInlinedState(loc, entry);
        } else {
            c.enterScope(name, CompilerUnit.ScopeType.COMPREHENSION, e, e.lineno);
        }
        if (asyncGenerator && kind != Kind.GENEXP && scopeType != CompilerUnit.ScopeType.ASYNC_FUNCTION
                && scopeType != CompilerUnit.ScopeType.COMPREHENSION && !topLevelAwait) {
            throw c.error(loc, "asynchronous comprehension outside of an asynchronous function");
        }
        if (kind != Kind.GENEXP) {
            int op = switch (kind) {
                case LISTCOMP -> BUILD_LIST;
                case SETCOMP -> BUILD_SET;
                default -> BUILD_MAP;
            };
            c.opI(op, 0, loc);
            if (inlined) {
                c.opI(SWAP, 2, loc);
            }
        }
        generator(loc, generators, 0, 0, elt, val, kind, inlined);
        if (inlined) {
            popInlinedState(loc, state);
            return;
        }
        if (kind != Kind.GENEXP) {
            c.op(RETURN_VALUE, loc(e));
        } else {
            wrapInStopIterationHandler();
        }
        Compiler.Finished f = c.finishUnit(true);
        if (topLevelAwait && asyncGenerator) {
            // an asynchronous generator expression makes the awaiting module a coroutine too
            c.topLevelAwaits = true;
        }
        c.makeClosure(f.code(), f.md(), 0, loc);
        iter(outermost, loc);
        c.opI(CALL, 0, loc);
        if (asyncGenerator && kind != Kind.GENEXP) {
            c.opI(GET_AWAITABLE, 0, loc);
            c.loadConst(PyNone.NONE, loc);
            c.expr.addYieldFrom(loc, true);
        }
    }

    private void iter(ComprehensionTy comp, Location loc) {
        c.expr.visit(comp.iter);
        c.op(comp.isAsync != 0 ? GET_AITER : GET_ITER, loc);
    }

    private void generator(Location loc, List<ComprehensionTy> generators, int genIndex, int depth, ExprTy elt,
                           ExprTy val, Kind kind, boolean iterOnStack) {
        if (generators.get(genIndex).isAsync != 0) {
            asyncGenerator(loc, generators, genIndex, depth, elt, val, kind, iterOnStack);
        } else {
            syncGenerator(loc, generators, genIndex, depth, elt, val, kind, iterOnStack);
        }
    }

    private void syncGenerator(Location loc, List<ComprehensionTy> generators, int genIndex, int depth, ExprTy elt,
                               ExprTy val, Kind kind, boolean iterOnStack) {
        Label start = c.newLabel();
        Label ifCleanup = c.newLabel();
        Label anchor = c.newLabel();
        ComprehensionTy gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                c.u.md.argcount = 1;
                c.opI(LOAD_FAST, 0, loc);
            } else {
                // "for y in [f(x)]" binds a temporary without iterating
                List<ExprTy> elts = switch (gen.iter) {
                    case ExprTy.List l -> l.elts;
                    case ExprTy.Tuple t -> t.elts;
                    default -> null;
                };
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof ExprTy.Starred)) {
                    c.expr.visit(elts.get(0));
                    start = null;
                }
                if (start != null) {
                    c.expr.visit(gen.iter);
                    c.op(GET_ITER, loc);
                }
            }
        }
        if (start != null) {
            depth++;
            c.useLabel(start);
            c.jump(FOR_ITER, anchor, loc);
        }
        c.expr.visit(gen.target);
        for (ExprTy cond : gen.ifs) {
            c.expr.jumpIf(cond, ifCleanup, false);
        }
        if (++genIndex < generators.size()) {
            generator(loc, generators, genIndex, depth, elt, val, kind, false);
        }
        Location eltLoc = loc(elt);
        if (genIndex >= generators.size()) {
            eltLoc = element(elt, val, kind, depth);
        }
        c.useLabel(ifCleanup);
        if (start != null) {
            c.jump(JUMP, start, eltLoc);
            c.useLabel(anchor);
            c.op(END_FOR, Location.NONE);
        }
    }

    /** The innermost step: yield or add the element; returns the location the loop's jump back gets. */
    private Location element(ExprTy elt, ExprTy val, Kind kind, int depth) {
        Location eltLoc = loc(elt);
        switch (kind) {
            case GENEXP -> {
                c.expr.visit(elt);
                c.expr.addYield(eltLoc);
                c.op(POP_TOP, eltLoc);
            }
            case LISTCOMP -> {
                c.expr.visit(elt);
                c.opI(LIST_APPEND, depth + 1, eltLoc);
            }
            case SETCOMP -> {
                c.expr.visit(elt);
                c.opI(SET_ADD, depth + 1, eltLoc);
            }
            case DICTCOMP -> {
                c.expr.visit(elt);
                c.expr.visit(val);
                eltLoc = new Location(elt.lineno, val.endLineno, elt.colOffset, val.endColOffset);
                c.opI(MAP_ADD, depth + 1, eltLoc);
            }
        }
        return eltLoc;
    }

    private void asyncGenerator(Location loc, List<ComprehensionTy> generators, int genIndex, int depth, ExprTy elt,
                                ExprTy val, Kind kind, boolean iterOnStack) {
        Label start = c.newLabel();
        Label except = c.newLabel();
        Label ifCleanup = c.newLabel();
        ComprehensionTy gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                c.u.md.argcount = 1;
                c.opI(LOAD_FAST, 0, loc);
            } else {
                c.expr.visit(gen.iter);
                c.op(GET_AITER, loc);
            }
        }
        c.useLabel(start);
        c.stmt.pushFBlock(loc, CompilerUnit.FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        c.jump(SETUP_FINALLY, except, loc);
        c.op(GET_ANEXT, loc);
        c.loadConst(PyNone.NONE, loc);
        c.expr.addYieldFrom(loc, true);
        c.op(POP_BLOCK, loc);
        c.expr.visit(gen.target);
        for (ExprTy cond : gen.ifs) {
            c.expr.jumpIf(cond, ifCleanup, false);
        }
        depth++;
        if (++genIndex < generators.size()) {
            generator(loc, generators, genIndex, depth, elt, val, kind, false);
        }
        Location eltLoc = loc(elt);
        if (genIndex >= generators.size()) {
            eltLoc = element(elt, val, kind, depth);
        }
        c.useLabel(ifCleanup);
        c.jump(JUMP, start, eltLoc);
        c.stmt.popFBlock();
        c.useLabel(except);
        c.op(END_ASYNC_FOR, loc);
    }

    private InlinedState pushInlinedState(Location loc, SymtableEntry entry) {
        CompilerUnit u = c.u;
        InlinedState state = new InlinedState();
        boolean inClassBlock = u.ste.type == org.adder.symtable.BlockType.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        for (Map.Entry<String, Integer> sym : entry.symbols().entrySet()) {
            String k = sym.getKey();
            int symbol = sym.getValue();
            int scope = Symbol.scope(symbol);
            int outv = u.symbol(k);
            int outsc = Symbol.scope(outv);
            if ((scope != outsc && scope != Symbol.FREE && !(scope == Symbol.CELL && outsc == Symbol.FREE))
                    || inClassBlock) {
                if (state.tempSymbols == null) {
                    state.tempSymbols = new LinkedHashMap<>();
                }
                // a name seen twice keeps its first saved outer value
                state.tempSymbols.putIfAbsent(k, u.symbolOverrides.containsKey(k) ? u.symbolOverrides.get(k) : null);
                u.symbolOverrides.put(k, symbol);
            }
            if (((symbol & Symbol.DEF_LOCAL) != 0 && (symbol & Symbol.DEF_NONLOCAL) == 0) || inClassBlock) {
                if (!u.isFunctionLike()) {
                    if (!Boolean.TRUE.equals(u.fastHidden.get(k))) {
                        u.fastHidden.put(k, true);
                        u.md.fasthidden.add(k);
                        if (state.fastHidden == null) {
                            state.fastHidden = new LinkedHashSet<>();
                        }
                        state.fastHidden.add(k);
                    }
                }
                if (state.pushedLocals == null) {
                    state.pushedLocals = new ArrayList<>();
                }
                c.opVarname(LOAD_FAST_AND_CLEAR, k, loc);
                if (scope == Symbol.CELL) {
                    if (outsc == Symbol.FREE) {
                        c.opI(MAKE_CELL, c.derefIndex(k, true), loc);
                    } else {
                        c.opI(MAKE_CELL, c.derefIndex(k, false), loc);
                    }
                }
                state.pushedLocals.add(k);
            }
        }
        if (state.pushedLocals != null) {
            c.opI(SWAP, state.pushedLocals.size() + 1, loc);
            state.cleanup = c.newLabel();
            state.end = c.newLabel();
            c.jump(SETUP_FINALLY, state.cleanup, loc);
        }
        return state;
    }

    private void popInlinedState(Location loc, InlinedState state) {
        CompilerUnit u = c.u;
        u.inInlinedComp--;
        if (state.tempSymbols != null) {
            for (Map.Entry<String, Integer> e : state.tempSymbols.entrySet()) {
                if (e.getValue() == null) {
                    u.symbolOverrides.remove(e.getKey());
                } else {
                    u.symbolOverrides.put(e.getKey(), e.getValue());
                }
            }
        }
        if (state.pushedLocals != null) {
            c.op(POP_BLOCK, Location.NONE);
            c.jump(JUMP, state.end, Location.NONE);
            c.useLabel(state.cleanup);
            c.opI(SWAP, 2, Location.NONE);
            c.op(POP_TOP, Location.NONE);
            restoreLocals(loc, state);
            c.opI(RERAISE, 0, Location.NONE);
            c.useLabel(state.end);
            restoreLocals(loc, state);
        }
        if (state.fastHidden != null) {
            for (String k : state.fastHidden) {
                u.fastHidden.put(k, false);
            }
        }
    }

    private void restoreLocals(Location loc, InlinedState state) {
        int npops = state.pushedLocals.size();
        c.opI(SWAP, npops + 1, loc);
        for (int i = npops - 1; i >= 0; i--) {
            c.opVarname(STORE_FAST_MAYBE_NULL, state.pushedLocals.get(i), loc);
        }
    }

    /** Generators and coroutines turn a StopIteration leaking out of their body into a RuntimeError. */
    void wrapInStopIterationHandler() {
        Label handler = c.newLabel();
        c.u.code.insertJump(0, SETUP_CLEANUP, handler, Location.NONE);
        c.loadConst(PyNone.NONE, Location.NONE);
        c.op(RETURN_VALUE, Location.NONE);
        c.useLabel(handler);
        c.opI(CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_STOPITERATION_ERROR, Location.NONE);
        c.opI(RERAISE, 1, Location.NONE);
    }
}

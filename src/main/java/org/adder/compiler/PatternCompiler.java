package org.adder.compiler;

import static org.adder.compiler.Compiler.loc;
import static org.adder.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.adder.ast.CmpOpTy;
import org.adder.ast.ExprContextTy;
import org.adder.ast.ExprTy;
import org.adder.ast.MatchCaseTy;
import org.adder.ast.OperatorTy;
import org.adder.ast.PatternTy;
import org.adder.ast.StmtTy;
import org.adder.bytecode.ConstantKey;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * {@code match} statements (PEP 634) as CPython 3.12 compiles them: each pattern tests the
 * subject on the stack, names it captures are kept on the stack until the whole pattern
 * matched, and failures jump to a chain of "pop n items" blocks ({@code fail_pop}).
 */
final class PatternCompiler {
    /** CPython's {@code pattern_context}. */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Label> failPop = new ArrayList<>();
        int onTop;
    }

    private final Compiler c;

    PatternCompiler(Compiler c) {
        this.c = c;
    }

    private static boolean isWildcard(PatternTy p) {
        return p instanceof PatternTy.MatchAs a && a.name == null;
    }

    private static boolean isStarWildcard(PatternTy p) {
        return p instanceof PatternTy.MatchStar s && s.name == null;
    }

    void match(StmtTy.Match s) {
        Context pc = new Context();
        c.expr.visit(s.subject);
        Label end = c.newLabel();
        int cases = s.cases.size();
        MatchCaseTy m = s.cases.get(cases - 1);
        boolean hasDefault = isWildcard(m.pattern) && cases > 1;
        int n = cases - (hasDefault ? 1 : 0);
        for (int i = 0; i < n; i++) {
            m = s.cases.get(i);
            Location ploc = loc(m.pattern);
            if (i != n - 1) {
                c.opI(COPY, 1, ploc);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard != null || i == cases - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern, pc);
            for (String name : pc.stores) {
                c.nameOp(name, ExprContextTy.Store, ploc);
            }
            if (m.guard != null) {
                ensureFailPop(pc, 0);
                c.expr.jumpIf(m.guard, pc.failPop.get(0), false);
            }
            if (i != n - 1) {
                c.op(POP_TOP, ploc);
            }
            c.stmt.visitAll(m.body);
            c.jump(JUMP, end, Location.NONE);
            emitAndResetFailPop(ploc, pc);
        }
        if (hasDefault) {
            m = s.cases.get(cases - 1);
            Location ploc = loc(m.pattern);
            if (cases == 1) {
                c.op(POP_TOP, ploc);
            } else {
                c.op(NOP, ploc);
            }
            if (m.guard != null) {
                c.expr.jumpIf(m.guard, end, false);
            }
            c.stmt.visitAll(m.body);
        }
        c.useLabel(end);
    }

    private void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(c.newLabel());
        }
    }

    private void jumpToFailPop(Location loc, Context pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        c.jump(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Location loc, Context pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            c.useLabel(pc.failPop.get(i));
            c.op(POP_TOP, loc);
        }
        c.useLabel(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(Location loc, int count) {
        while (count > 1) {
            c.opI(SWAP, count--, loc);
        }
    }

    private void storeName(Location loc, String name, Context pc) {
        if (name == null) {
            c.op(POP_TOP, loc);
            return;
        }
        c.forbiddenName(name, ExprContextTy.Store, loc);
        if (pc.stores.contains(name)) {
            throw c.error(loc, "multiple assignments to name " + PyStr.repr(name) + " in pattern");
        }
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void pattern(PatternTy p, Context pc) {
        switch (p) {
            case PatternTy.MatchValue v -> value(v, pc);
            case PatternTy.MatchSingleton s -> {
                c.loadConst(s.value, loc(p));
                c.expr.compareOp(CmpOpTy.Is, loc(p));
                jumpToFailPop(loc(p), pc, POP_JUMP_IF_FALSE);
            }
            case PatternTy.MatchSequence s -> sequence(s, pc);
            case PatternTy.MatchMapping m -> mapping(m, pc);
            case PatternTy.MatchClass k -> classPattern(k, pc);
            case PatternTy.MatchStar s -> storeName(loc(p), s.name, pc);
            case PatternTy.MatchAs a -> as(a, pc);
            case PatternTy.MatchOr o -> or(o, pc);
        }
    }

    private void subpattern(PatternTy p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void value(PatternTy.MatchValue p, Context pc) {
        ExprTy value = p.value;
        if (!(value instanceof ExprTy.Constant || value instanceof ExprTy.Attribute)) {
            throw c.error(loc(p), "patterns may only match literals and attribute lookups");
        }
        c.expr.visit(value);
        c.expr.compareOp(CmpOpTy.Eq, loc(p));
        jumpToFailPop(loc(p), pc, POP_JUMP_IF_FALSE);
    }

    private void as(PatternTy.MatchAs p, Context pc) {
        Location loc = loc(p);
        if (p.pattern == null) {
            if (!pc.allowIrrefutable) {
                if (p.name != null) {
                    throw c.error(loc, "name capture " + PyStr.repr(p.name) + " makes remaining patterns unreachable");
                }
                throw c.error(loc, "wildcard makes remaining patterns unreachable");
            }
            storeName(loc, p.name, pc);
            return;
        }
        pc.onTop++;
        c.opI(COPY, 1, loc);
        pattern(p.pattern, pc);
        pc.onTop--;
        storeName(loc, p.name, pc);
    }

    private void sequence(PatternTy.MatchSequence p, Context pc) {
        Location loc = loc(p);
        List<PatternTy> patterns = p.patterns;
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            PatternTy pattern = patterns.get(i);
            if (pattern instanceof PatternTy.MatchStar) {
                if (star >= 0) {
                    throw c.error(loc, "multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(pattern);
        }
        pc.onTop++;
        c.op(MATCH_SEQUENCE, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            c.op(GET_LEN, loc);
            c.loadConst(PyInt.of(size), loc);
            c.expr.compareOp(CmpOpTy.Eq, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            // len(subject) >= size - 1, which a lone starred item needs no test for
            c.op(GET_LEN, loc);
            c.loadConst(PyInt.of(size - 1), loc);
            c.expr.compareOp(CmpOpTy.GtE, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            c.op(POP_TOP, loc);
        } else if (starWildcard) {
            sequenceSubscr(loc, patterns, star, pc);
        } else {
            sequenceUnpack(loc, patterns, pc);
        }
    }

    private void sequenceUnpack(Location loc, List<PatternTy> patterns, Context pc) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            PatternTy elt = patterns.get(i);
            if (elt instanceof PatternTy.MatchStar && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error(loc, "too many expressions in star-unpacking sequence pattern");
                }
                c.opI(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            } else if (elt instanceof PatternTy.MatchStar) {
                throw c.error(loc, "multiple starred expressions in sequence pattern");
            }
        }
        if (!seenStar) {
            c.opI(UNPACK_SEQUENCE, n, loc);
        }
        pc.onTop += n;
        for (PatternTy pattern : patterns) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
    }

    private void sequenceSubscr(Location loc, List<PatternTy> patterns, int star, Context pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            PatternTy pattern = patterns.get(i);
            if (isWildcard(pattern) || i == star) {
                continue;
            }
            c.opI(COPY, 1, loc);
            if (i < star) {
                c.loadConst(PyInt.of(i), loc);
            } else {
                c.op(GET_LEN, loc);
                c.loadConst(PyInt.of(size - i), loc);
                c.opI(BINARY_OP, ExpressionCompiler.binaryOp(OperatorTy.Sub, false), loc);
            }
            c.op(BINARY_SUBSCR, loc);
            subpattern(pattern, pc);
        }
        pc.onTop--;
        c.op(POP_TOP, loc);
    }

    private void mapping(PatternTy.MatchMapping p, Context pc) {
        Location loc = loc(p);
        List<ExprTy> keys = p.keys;
        List<PatternTy> patterns = p.patterns;
        int size = keys.size();
        if (size != patterns.size()) {
            throw c.error(loc, "keys (" + size + ") / patterns (" + patterns.size()
                    + ") length mismatch in mapping pattern");
        }
        String starTarget = p.rest;
        pc.onTop++;
        c.op(MATCH_MAPPING, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            pc.onTop--;
            c.op(POP_TOP, loc);
            return;
        }
        if (size > 0) {
            c.op(GET_LEN, loc);
            c.loadConst(PyInt.of(size), loc);
            c.expr.compareOp(CmpOpTy.GtE, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        List<PyObject> seen = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ExprTy key = keys.get(i);
            if (key == null) {
                throw c.error(loc(patterns.get(i)),
                        "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            if (key instanceof ExprTy.Constant k) {
                for (PyObject other : seen) {
                    if (other.equals(k.value) || ConstantKey.same(other, k.value)) {
                        throw c.error(loc, "mapping pattern checks duplicate key (" + k.value.repr() + ")");
                    }
                }
                seen.add(k.value);
            } else if (!(key instanceof ExprTy.Attribute)) {
                throw c.error(loc, "mapping pattern keys may only match literals and attribute lookups");
            }
            c.expr.visit(key);
        }
        c.opI(BUILD_TUPLE, size, loc);
        c.op(MATCH_KEYS, loc);
        pc.onTop += 2;
        c.opI(COPY, 1, loc);
        c.loadConst(PyNone.NONE, loc);
        c.opI(IS_OP, 1, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        c.opI(UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (PatternTy pattern : patterns) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
        pc.onTop -= 2;
        if (starTarget != null) {
            c.opI(BUILD_MAP, 0, loc);
            c.opI(SWAP, 3, loc);
            c.opI(DICT_UPDATE, 2, loc);
            c.opI(UNPACK_SEQUENCE, size, loc);
            while (size > 0) {
                c.opI(COPY, 1 + size--, loc);
                c.opI(SWAP, 2, loc);
                c.op(DELETE_SUBSCR, loc);
            }
            storeName(loc, starTarget, pc);
        } else {
            c.op(POP_TOP, loc);
            c.op(POP_TOP, loc);
        }
    }

    private void classPattern(PatternTy.MatchClass p, Context pc) {
        Location loc = loc(p);
        List<PatternTy> patterns = p.patterns;
        List<String> kwdAttrs = p.kwdAttrs;
        List<PatternTy> kwdPatterns = p.kwdPatterns;
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        if (nattrs != kwdPatterns.size()) {
            throw c.error(loc, "kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size()
                    + ") length mismatch in class pattern");
        }
        for (int i = 0; i < nattrs; i++) {
            String attr = kwdAttrs.get(i);
            c.forbiddenName(attr, ExprContextTy.Store, loc(kwdPatterns.get(i)));
            for (int j = i + 1; j < nattrs; j++) {
                if (attr.equals(kwdAttrs.get(j))) {
                    throw c.error(loc(kwdPatterns.get(j)), "attribute name repeated in class pattern: " + attr);
                }
            }
        }
        c.expr.visit(p.cls);
        List<PyObject> names = new ArrayList<>();
        for (String a : kwdAttrs) {
            names.add(new PyStr(a));
        }
        c.loadConst(PyTuple.of(names), loc);
        c.opI(MATCH_CLASS, nargs, loc);
        c.opI(COPY, 1, loc);
        c.loadConst(PyNone.NONE, loc);
        c.opI(IS_OP, 1, loc);
        pc.onTop++;
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        c.opI(UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            PatternTy pattern = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(pattern)) {
                c.op(POP_TOP, loc);
                continue;
            }
            subpattern(pattern, pc);
        }
    }

    private void or(PatternTy.MatchOr p, Context pc) {
        Location loc = loc(p);
        Label end = c.newLabel();
        int size = p.patterns.size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Label> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            PatternTy alt = p.patterns.get(i);
            Location altLoc = loc(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            c.opI(COPY, 1, altLoc);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw c.error(loc, "alternative patterns bind different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw c.error(loc, "alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(altLoc, icontrol + 1);
                        }
                    }
                }
            }
            c.jump(JUMP, end, altLoc);
            emitAndResetFailPop(altLoc, pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        c.op(POP_TOP, loc);
        jumpToFailPop(loc, pc, JUMP);
        c.useLabel(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw c.error(loc, "multiple assignments to name " + PyStr.repr(name) + " in pattern");
            }
            pc.stores.add(name);
        }
        c.op(POP_TOP, loc);
    }
}

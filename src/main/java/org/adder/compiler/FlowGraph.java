package org.adder.compiler;

import static org.adder.bytecode.Opcode.*;
import static org.adder.compiler.OpcodeUtils.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adder.objects.PyException;
import org.adder.objects.PyObject;

/**
 * The control-flow graph of one code unit and CPython 3.12's passes over it
 * ({@code Python/flowgraph.c}): {@link #build} splits an {@link InstructionSequence} into basic
 * blocks, {@link #optimize} runs {@code _PyCfg_OptimizeCodeUnit} (exception labelling, peephole,
 * dead code, NOPs, unused constants, {@code LOAD_FAST_CHECK}, cold blocks, line numbers).
 * The traversals deliberately keep CPython's visiting order and its quirks, since they decide
 * the bytes.
 */
public final class FlowGraph {
    private static final int MAX_COPY_SIZE = 4;

    BasicBlock entry;
    private int nextLabel;

    private FlowGraph() {
    }

    public BasicBlock entry() {
        return entry;
    }

    /** Blocks in layout order. */
    public List<BasicBlock> blocks() {
        List<BasicBlock> list = new ArrayList<>();
        for (BasicBlock b = entry; b != null; b = b.next) {
            list.add(b);
        }
        return list;
    }

    /** Splits {@code seq} into blocks: a label or the end of a terminator starts a new block. */
    public static FlowGraph build(InstructionSequence seq) {
        FlowGraph g = new FlowGraph();
        g.entry = CfgBuilder.build(seq);
        g.nextLabel = seq.labelCount();
        return g;
    }

    // ---- _PyCfg_OptimizeCodeUnit ------------------------------------------------------------

    /**
     * CPython's {@code _PyCfg_OptimizeCodeUnit}. {@code consts} is the unit's constant list, which
     * folding extends and {@link #removeUnusedConsts} compacts; {@code nlocals} counts the unit's
     * varnames, {@code nparams} its parameters.
     */
    public void optimize(List<PyObject> consts, int nlocals, int nparams, int firstlineno) {
        translateJumpLabelsToTargets();
        markExceptHandlers();
        labelExceptionTargets();
        optimizeCfg(consts);
        removeUnusedConsts(consts);
        new UninitializedLocals(this).addChecks(nlocals, nparams);
        pushColdBlocksToEnd();
        LineNumbers.resolve(this, firstlineno);
    }

    private void translateJumpLabelsToTargets() {
        Map<Integer, BasicBlock> byLabel = new HashMap<>();
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.isLabelled()) {
                byLabel.put(b.label, b);
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (hasTarget(i.opcode)) {
                    i.target = byLabel.get(i.oparg);
                    if (i.target == null) {
                        throw new PyException("SystemError", "jump to a label that marks no instruction");
                    }
                }
            }
        }
    }

    private void markExceptHandlers() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (isBlockPush(i.opcode)) {
                    i.target.exceptHandler = true;
                }
            }
        }
    }

    /** Clears the visited marks, as CPython does whenever it starts a traversal. */
    void resetVisited() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
    }

    /**
     * Gives every reachable instruction its exception handler ({@link Instr#except}) by walking
     * the graph with the stack of SETUP_* blocks, and sets YIELD_VALUE's argument to that stack's
     * depth.
     */
    private void labelExceptionTargets() {
        resetVisited();
        Deque<BasicBlock> todo = new ArrayDeque<>();
        entry.visited = true;
        entry.exceptStack = new BasicBlock.ExceptStack();
        todo.push(entry);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            BasicBlock.ExceptStack stack = b.exceptStack;
            b.exceptStack = null;
            BasicBlock handler = stack.top();
            for (Instr instr : b.instrs) {
                if (isBlockPush(instr.opcode)) {
                    if (!instr.target.visited) {
                        instr.target.exceptStack = new BasicBlock.ExceptStack(stack);
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                    BasicBlock target = instr.target;
                    if (instr.opcode == SETUP_WITH || instr.opcode == SETUP_CLEANUP) {
                        target.preserveLasti = true;
                    }
                    stack.handlers.add(target);
                    handler = target;
                } else if (instr.opcode == POP_BLOCK) {
                    stack.handlers.remove(stack.handlers.size() - 1);
                    handler = stack.top();
                } else if (isJump(instr.opcode)) {
                    instr.except = handler;
                    if (!instr.target.visited) {
                        if (b.hasFallthrough()) {
                            instr.target.exceptStack = new BasicBlock.ExceptStack(stack);
                        } else {
                            instr.target.exceptStack = stack;
                            stack = null;
                        }
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                } else {
                    if (instr.opcode == YIELD_VALUE) {
                        instr.oparg = stack.depth();
                    }
                    instr.except = handler;
                }
            }
            if (b.hasFallthrough() && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    // ---- optimize_cfg -----------------------------------------------------------------------

    private void optimizeCfg(List<PyObject> consts) {
        checkCfg();
        eliminateEmptyBasicBlocks();
        for (BasicBlock b = entry; b != null; b = b.next) {
            inlineSmallExitBlock(b);
        }
        Peephole peephole = new Peephole(consts);
        for (BasicBlock b = entry; b != null; b = b.next) {
            peephole.optimizeBlock(b);
        }
        removeRedundantNopsAndPairs();
        for (BasicBlock b = entry; b != null; b = b.next) {
            inlineSmallExitBlock(b);
        }
        markReachable();
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            removeRedundantNops(b);
        }
        eliminateEmptyBasicBlocks();
        removeRedundantJumps();
    }

    private void checkCfg() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.instrs.size() - 1; i++) {
                if (isTerminator(b.instrs.get(i).opcode)) {
                    throw new PyException("SystemError", "malformed control flow graph.");
                }
            }
        }
    }

    void eliminateEmptyBasicBlocks() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            BasicBlock next = b.next;
            while (next != null && next.instrs.isEmpty()) {
                next = next.next;
            }
            b.next = next;
        }
        while (entry != null && entry.instrs.isEmpty()) {
            entry = entry.next;
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (hasTarget(i.opcode)) {
                    BasicBlock t = i.target;
                    while (t.instrs.isEmpty()) {
                        t = t.next;
                    }
                    i.target = t;
                }
            }
        }
    }

    /** A block ending in an unconditional jump to a small exit block gets a copy of that block. */
    private static void inlineSmallExitBlock(BasicBlock b) {
        Instr last = b.last();
        if (last == null || !isUnconditionalJump(last.opcode)) {
            return;
        }
        BasicBlock target = last.target;
        if (target.exitsScope() && target.instrs.size() <= MAX_COPY_SIZE) {
            last.set(NOP);
            for (Instr i : target.instrs) {
                b.instrs.add(i.copy());
            }
        }
    }

    /**
     * Removes NOPs that carry no line of their own; returns how many went. A NOP stays when it
     * is the only instruction of its line.
     */
    static int removeRedundantNops(BasicBlock b) {
        List<Instr> in = b.instrs;
        int kept = 0; // compacted in place: in[0..kept) are the instructions kept so far
        int prevLineno = -1;
        for (int src = 0; src < in.size(); src++) {
            Instr instr = in.get(src);
            int lineno = instr.loc.lineno();
            if (instr.opcode == NOP) {
                if (lineno < 0 || prevLineno == lineno) {
                    continue;
                }
                if (src < in.size() - 1) {
                    Instr nextInstr = in.get(src + 1);
                    int nextLineno = nextInstr.loc.lineno();
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        nextInstr.loc = instr.loc;
                        continue;
                    }
                } else {
                    BasicBlock next = b.next;
                    while (next != null && next.instrs.isEmpty()) {
                        next = next.next;
                    }
                    if (next != null && lineno == next.instrs.get(0).loc.lineno()) {
                        continue;
                    }
                }
            }
            in.set(kept++, instr);
            prevLineno = lineno;
        }
        int removed = in.size() - kept;
        if (removed > 0) {
            in.subList(kept, in.size()).clear();
        }
        return removed;
    }

    /** Also drops {@code LOAD_CONST; POP_TOP} and {@code COPY 1; POP_TOP}, across fall-through blocks. */
    private void removeRedundantNopsAndPairs() {
        boolean done = false;
        while (!done) {
            done = true;
            Instr instr = null;
            for (BasicBlock b = entry; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.isLabelled()) {
                    instr = null;
                }
                for (Instr current : b.instrs) {
                    Instr prev = instr;
                    instr = current;
                    if (current.opcode == POP_TOP && prev != null
                            && (prev.opcode == LOAD_CONST || (prev.opcode == COPY && prev.oparg == 1))) {
                        prev.set(NOP);
                        current.set(NOP);
                        done = false;
                    }
                }
                if ((instr != null && isJump(instr.opcode)) || !b.hasFallthrough()) {
                    instr = null;
                }
            }
        }
    }

    /**
     * Counts predecessors of the blocks reachable from the entry. Like CPython, a block is marked
     * visited when popped, so one pushed twice before that is scanned twice.
     */
    void markReachable() {
        resetVisited();
        Deque<BasicBlock> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        stack.push(entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.visited = true;
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) {
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr i : b.instrs) {
                if (isJump(i.opcode) || isBlockPush(i.opcode)) {
                    if (!i.target.visited) {
                        stack.push(i.target);
                    }
                    i.target.predecessors++;
                }
            }
        }
    }

    /** An unconditional jump to the next block becomes a NOP. */
    void removeRedundantJumps() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && isUnconditionalJump(last.opcode) && last.target == b.next) {
                last.set(NOP);
            }
        }
    }

    /** Drops constants no instruction loads (keeping the first, a possible docstring), renumbering. */
    private void removeUnusedConsts(List<PyObject> consts) {
        int n = consts.size();
        if (n == 0) {
            return;
        }
        boolean[] used = new boolean[n];
        used[0] = true;
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (loadsConst(i.opcode)) {
                    used[i.oparg] = true;
                }
            }
        }
        int[] newIndex = new int[n];
        List<PyObject> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            newIndex[i] = used[i] ? kept.size() : -1;
            if (used[i]) {
                kept.add(consts.get(i));
            }
        }
        if (kept.size() == n) {
            return;
        }
        consts.clear();
        consts.addAll(kept);
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (loadsConst(i.opcode)) {
                    i.oparg = newIndex[i.oparg];
                }
            }
        }
    }

    // ---- cold blocks --------------------------------------------------------------------------

    /** Moves blocks only reachable through exception handlers to the end of the code. */
    private void pushColdBlocksToEnd() {
        if (entry.next == null) {
            return;
        }
        markCold();
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.cold && b.hasFallthrough() && b.next != null && b.next.warm) {
                BasicBlock explicitJump = new BasicBlock();
                Instr jump = new Instr(JUMP, b.next.label, Location.NONE);
                jump.target = b.next;
                explicitJump.instrs.add(jump);
                explicitJump.cold = true;
                explicitJump.next = b.next;
                b.next = explicitJump;
            }
        }
        BasicBlock coldHead = null;
        BasicBlock coldTail = null;
        BasicBlock b = entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) {
                b = b.next;
            }
            if (b.next == null) {
                break;
            }
            BasicBlock end = b.next;
            while (end.next != null && end.next.cold) {
                end = end.next;
            }
            if (coldHead == null) {
                coldHead = b.next;
            } else {
                coldTail.next = b.next;
            }
            coldTail = end;
            b.next = end.next;
            end.next = null;
        }
        b.next = coldHead;
        if (coldHead != null) {
            removeRedundantJumps();
        }
    }

    private void markCold() {
        resetVisited();
        Deque<BasicBlock> stack = new ArrayDeque<>();
        stack.push(entry);
        entry.visited = true;
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.warm = true;
            if (b.next != null && b.hasFallthrough() && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (Instr i : b.instrs) {
                if (isJump(i.opcode) && !i.target.visited) {
                    stack.push(i.target);
                    i.target.visited = true;
                }
            }
        }
        resetVisited();
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.exceptHandler) {
                stack.push(b);
                b.visited = true;
            }
        }
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.cold = true;
            if (b.next != null && b.hasFallthrough() && !b.next.warm && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (Instr i : b.instrs) {
                if (isJump(i.opcode) && !i.target.warm && !i.target.visited) {
                    stack.push(i.target);
                    i.target.visited = true;
                }
            }
        }
    }

    /** A fresh label id for blocks the passes create. */
    int newLabel() {
        return nextLabel++;
    }
}

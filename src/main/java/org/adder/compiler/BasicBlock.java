package org.adder.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block of the flow graph: straight-line instructions, entered only at the top, left
 * only at the bottom or by an exception. {@link #next} is the block laid out after this one (the
 * fall-through successor when the last instruction lets control fall through).
 */
public final class BasicBlock {
    public final List<Instr> instrs = new ArrayList<>();
    public BasicBlock next;
    /** The codegen label this block starts with, or -1: such blocks are jump targets. */
    int label = -1;
    boolean visited;
    int predecessors;
    boolean exceptHandler;
    boolean preserveLasti;
    boolean cold;
    boolean warm;
    int startDepth;
    /** Offset in code units, once jumps are resolved. */
    int offset;
    long unsafeLocalsMask;
    ExceptStack exceptStack;

    public Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    boolean isLabelled() {
        return label >= 0;
    }

    /** Whether control may run off the end into {@link #next} (an empty block does). */
    boolean hasFallthrough() {
        Instr last = last();
        return last == null || !(Opcodes.isScopeExit(last.opcode) || Opcodes.isUnconditionalJump(last.opcode));
    }

    boolean exitsScope() {
        Instr last = last();
        return last != null && Opcodes.isScopeExit(last.opcode);
    }

    /** An exit block none of whose instructions has a line number. */
    boolean isExitWithoutLineno() {
        if (!exitsScope()) {
            return false;
        }
        for (Instr i : instrs) {
            if (i.loc.lineno() >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The handlers active while the exception labelling walks the graph. */
    static final class ExceptStack {
        final List<BasicBlock> handlers = new ArrayList<>();

        ExceptStack() {
            handlers.add(null);
        }

        ExceptStack(ExceptStack other) {
            handlers.addAll(other.handlers);
        }

        int depth() {
            return handlers.size() - 1;
        }

        BasicBlock top() {
            return handlers.get(handlers.size() - 1);
        }
    }
}

package org.adder.compiler;

import static org.adder.compiler.Opcodes.*;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns {@code LOAD_FAST} into {@code LOAD_FAST_CHECK} wherever the local might be unbound
 * (CPython 3.12's {@code add_checks_for_loads_of_uninitialized_variables}): a data-flow pass
 * over the first 64 locals with a bit mask per block, and a cheaper per-block scan beyond them.
 */
final class UninitializedLocals {
    private final FlowGraph g;
    private final Deque<BasicBlock> stack = new ArrayDeque<>();

    UninitializedLocals(FlowGraph g) {
        this.g = g;
    }

    void addChecks(int nlocals, int nparams) {
        if (nlocals == 0) {
            return;
        }
        if (nlocals > 64) {
            scanManyLocals(nlocals);
            nlocals = 64;
        }
        g.resetVisited();
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) {
            startMask |= 1L << i;
        }
        maybePush(g.entry, startMask);
        // A DELETE_FAST anywhere is a source of unboundness too: scan every block once.
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            scanBlock(b);
        }
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.visited = false;
            scanBlock(b);
        }
    }

    private void maybePush(BasicBlock b, long unsafeMask) {
        long both = b.unsafeLocalsMask | unsafeMask;
        if (b.unsafeLocalsMask != both) {
            b.unsafeLocalsMask = both;
            if (!b.visited) {
                stack.push(b);
                b.visited = true;
            }
        }
    }

    private void scanBlock(BasicBlock b) {
        long unsafe = b.unsafeLocalsMask;
        for (Instr instr : b.instrs) {
            if (instr.except != null) {
                maybePush(instr.except, unsafe);
            }
            if (instr.oparg >= 64) {
                continue;
            }
            long bit = 1L << instr.oparg;
            switch (instr.opcode) {
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unsafe |= bit;
                case STORE_FAST, LOAD_FAST_CHECK -> unsafe &= ~bit;
                case LOAD_FAST -> {
                    if ((unsafe & bit) != 0) {
                        instr.opcode = LOAD_FAST_CHECK;
                    }
                    unsafe &= ~bit;
                }
                default -> { }
            }
        }
        if (b.next != null && b.hasFallthrough()) {
            maybePush(b.next, unsafe);
        }
        Instr last = b.last();
        if (last != null && isJump(last.opcode)) {
            maybePush(last.target, unsafe);
        }
    }

    /** Locals past the 64th: known bound only after a store or load earlier in the same block. */
    private void scanManyLocals(int nlocals) {
        long[] states = new long[nlocals - 64];
        long blocknum = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            blocknum++;
            for (Instr instr : b.instrs) {
                int arg = instr.oparg;
                if (arg < 64) {
                    continue;
                }
                switch (instr.opcode) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> states[arg - 64] = blocknum - 1;
                    case STORE_FAST -> states[arg - 64] = blocknum;
                    case LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) {
                            instr.opcode = LOAD_FAST_CHECK;
                        }
                        states[arg - 64] = blocknum;
                    }
                    default -> { }
                }
            }
        }
    }
}

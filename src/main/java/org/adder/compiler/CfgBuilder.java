package org.adder.compiler;

import static org.adder.compiler.OpcodeUtils.*;

import java.util.Arrays;
import java.util.List;
import org.adder.objects.PyException;

/**
 * CPython 3.12's CFG builder ({@code instr_sequence_to_cfg}): feeds an instruction sequence into
 * basic blocks. A block ends after a jump or exit, and a used label starts a new block unless the
 * current one is still empty and unlabelled; jumps then name their target by the label that
 * stands for its position.
 */
final class CfgBuilder {
    /** The entry block of {@code seq}'s blocks, linked in layout order. */
    static BasicBlock build(InstructionSequence seq) {
        List<Instr> instrs = seq.instructions();
        int[] labelAt = new int[instrs.size() + 1];
        Arrays.fill(labelAt, -1);
        for (int lbl = 0; lbl < seq.labelCount(); lbl++) {
            int offset = seq.offsetOf(lbl);
            if (offset >= 0) {
                labelAt[offset] = lbl; // of several labels at one place, the last one stands for all
            }
        }
        CfgBuilder builder = new CfgBuilder();
        for (int i = 0; i < instrs.size(); i++) {
            if (labelAt[i] >= 0) {
                builder.useLabel(labelAt[i]);
            }
            Instr in = instrs.get(i);
            int oparg = in.oparg;
            if (hasTarget(in.opcode)) {
                int offset = seq.offsetOf(in.oparg);
                if (offset < 0 || offset >= instrs.size()) {
                    throw new PyException("SystemError", "jump to label " + in.oparg + ", which marks no instruction");
                }
                oparg = labelAt[offset];
            }
            builder.addOp(new Instr(in.opcode, oparg, in.loc));
        }
        return builder.entry;
    }

    private final BasicBlock entry = new BasicBlock();
    private BasicBlock current = entry;
    private int pendingLabel = -1;

    void useLabel(int label) {
        pendingLabel = label;
        maybeStartNewBlock();
    }

    void addOp(Instr instr) {
        maybeStartNewBlock();
        current.instrs.add(instr);
    }

    private void maybeStartNewBlock() {
        if (isTerminated()) {
            BasicBlock b = new BasicBlock();
            b.label = pendingLabel;
            pendingLabel = -1;
            current.next = b;
            current = b;
        }
    }

    private boolean isTerminated() {
        Instr last = current.last();
        if (last != null && isTerminator(last.opcode)) {
            return true;
        }
        if (pendingLabel >= 0) {
            if (last != null || current.isLabelled()) {
                return true;
            }
            current.label = pendingLabel;
            pendingLabel = -1;
        }
        return false;
    }
}

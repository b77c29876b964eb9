package org.adder.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * The instructions codegen emits for one unit, kept until the unit is done because codegen
 * sometimes inserts an instruction at the very start (the generator's StopIteration handler
 * goes before RESUME). {@link #toSequence()} hands them to the flow graph as an
 * {@link InstructionSequence}; {@link #codegenTuples()} shows them as CPython's
 * {@code _testinternalcapi.compiler_codegen} does, with jump targets as instruction indexes.
 */
final class CodeBuffer {
    private record Emitted(int opcode, int oparg, boolean jump, Location loc) {
    }

    private final List<Emitted> instrs = new ArrayList<>();
    private final List<Integer> labelOffsets = new ArrayList<>();

    Label newLabel() {
        labelOffsets.add(-1);
        return new Label(labelOffsets.size() - 1);
    }

    void useLabel(Label label) {
        labelOffsets.set(label.id(), instrs.size());
    }

    void add(int opcode, int oparg, Location loc) {
        instrs.add(new Emitted(opcode, org.adder.bytecode.Opcode.hasArg(opcode) ? oparg : 0, false, loc));
    }

    void addJump(int opcode, Label target, Location loc) {
        instrs.add(new Emitted(opcode, target.id(), true, loc));
    }

    /** Inserts a jump at {@code pos}, moving the labels at or after it along. */
    void insertJump(int pos, int opcode, Label target, Location loc) {
        instrs.add(pos, new Emitted(opcode, target.id(), true, loc));
        for (int i = 0; i < labelOffsets.size(); i++) {
            if (labelOffsets.get(i) >= pos) {
                labelOffsets.set(i, labelOffsets.get(i) + 1);
            }
        }
    }

    int size() {
        return instrs.size();
    }

    InstructionSequence toSequence() {
        InstructionSequence seq = new InstructionSequence();
        Label[] byId = new Label[labelOffsets.size()];
        for (int id = 0; id < byId.length; id++) {
            byId[id] = seq.newLabel();
        }
        for (Emitted e : instrs) {
            if (e.jump) {
                seq.addJump(e.opcode, byId[e.oparg], e.loc);
            } else {
                seq.addOp(e.opcode, e.oparg, e.loc);
            }
        }
        for (int id = 0; id < byId.length; id++) {
            int offset = labelOffsets.get(id);
            if (offset >= 0) {
                seq.placeLabel(byId[id], offset);
            }
        }
        return seq;
    }

    /** {@code (opcode, oparg, lineno, end_lineno, col_offset, end_col_offset)} per instruction. */
    List<int[]> codegenTuples() {
        List<int[]> out = new ArrayList<>();
        for (Emitted e : instrs) {
            int arg = e.jump ? labelOffsets.get(e.oparg) : e.oparg;
            out.add(new int[] {e.opcode, arg, e.loc.lineno(), e.loc.endLineno(), e.loc.col(), e.loc.endCol()});
        }
        return out;
    }
}

package org.adder.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.adder.bytecode.Opcode;
import org.adder.objects.PyNone;

/**
 * What codegen produces for one code unit (module, class body, function, lambda, comprehension):
 * CPython 3.12's instruction sequence of real and pseudo-instructions with labels, before any
 * flow-graph pass. {@link FlowGraph} optimises it and {@link Assembler} turns it into a code
 * object.
 *
 * <h2>What codegen emits</h2>
 * <ul>
 *   <li>{@link #addOp(int, int, Location)} for every instruction with its opcode from
 *       {@link Opcodes} and its argument as CPython's codegen computes it: indexes into the unit's
 *       {@link CodeUnitMetadata} tables (consts, names, varnames; cell and free variables as
 *       <em>cell index</em> for a cellvar and {@code ncellvars + i} for freevar {@code i}, which the
 *       assembler remaps to localsplus offsets), {@code LOAD_GLOBAL}'s {@code (namei << 1) | push_null}
 *       and {@code LOAD_ATTR}'s {@code namei << 1}. Use {@link #addName} for the name opcodes that
 *       encode flags in the argument: it turns the pseudo-ops {@code LOAD_METHOD},
 *       {@code LOAD_SUPER_METHOD}, {@code LOAD_ZERO_SUPER_METHOD}, {@code LOAD_ZERO_SUPER_ATTR} into
 *       {@code LOAD_ATTR}/{@code LOAD_SUPER_ATTR} with their flag bits, as CPython's
 *       {@code compiler_addop_name} does.</li>
 *   <li>{@link #addJump(int, Label, Location)} for the jumps ({@code JUMP}, {@code JUMP_NO_INTERRUPT},
 *       {@code POP_JUMP_IF_*}, {@code FOR_ITER}, {@code SEND}) and the exception-block pushes
 *       ({@code SETUP_FINALLY}, {@code SETUP_CLEANUP}, {@code SETUP_WITH}, whose label is the
 *       handler); codegen never emits {@code JUMP_FORWARD}/{@code JUMP_BACKWARD}: the assembler
 *       picks the direction. {@code POP_BLOCK} ends the innermost SETUP region; other pseudo-ops
 *       ({@code STORE_FAST_MAYBE_NULL}) go through {@code addOp}.</li>
 *   <li>{@link #newLabel()} / {@link #useLabel(Label)}: a label marks the position of the next
 *       instruction added; several labels may mark the same position. Every used label starts a
 *       basic block, so codegen uses labels exactly where CPython's codegen does
 *       ({@code USE_LABEL}), whether jumped to or not. Create them in CPython's order too
 *       ({@code NEW_JUMP_TARGET_LABEL}): a label's number is its jumps' provisional argument when
 *       the assembler first sizes them, which can decide where an EXTENDED_ARG goes.</li>
 *   <li>Locations: each instruction's {@code (lineno, end_lineno, col_offset, end_col_offset)}
 *       from the AST node, or {@link Location#NONE} where CPython's codegen uses
 *       {@code NO_LOCATION}.</li>
 *   <li>The unit starts with {@code RESUME 0} (location {@code (firstlineno, firstlineno, 0, 0)},
 *       line 0 for a module) and must end with a terminator; {@link #addReturnAtEnd} appends
 *       CPython's implicit {@code [LOAD_CONST None] RETURN_VALUE} without location. Generators and
 *       coroutines wrap their body as CPython's {@code wrap_in_stopiteration_handler} does, with
 *       {@link #insertJump} putting the {@code SETUP_CLEANUP} before the {@code RESUME}.</li>
 * </ul>
 */
public final class InstructionSequence {
    private final List<Instr> instrs = new ArrayList<>();
    /** Label id → index of the instruction it marks, -1 while not placed. */
    private final List<Integer> labelOffsets = new ArrayList<>();

    public Label newLabel() {
        labelOffsets.add(-1);
        return new Label(labelOffsets.size() - 1);
    }

    /** Marks the position of the next instruction with {@code label}. */
    public void useLabel(Label label) {
        labelOffsets.set(label.id(), instrs.size());
    }

    /** Marks instruction {@code index} with {@code label}, for a sequence built in one go. */
    void placeLabel(Label label, int index) {
        labelOffsets.set(label.id(), index);
    }

    public void addOp(int opcode, int oparg, Location loc) {
        if (OpcodeUtils.hasTarget(opcode)) {
            throw new IllegalArgumentException("jump opcode " + opcode + " needs a label: use addJump");
        }
        instrs.add(new Instr(opcode, Opcode.hasArg(opcode) ? oparg : 0, loc));
    }

    public void addOp(int opcode, Location loc) {
        addOp(opcode, 0, loc);
    }

    public void addJump(int opcode, Label target, Location loc) {
        if (!OpcodeUtils.hasTarget(opcode)) {
            throw new IllegalArgumentException("opcode " + opcode + " takes no label");
        }
        instrs.add(new Instr(opcode, target.id(), loc));
    }

    /** Inserts a jump or block push at index {@code pos}; labels at or after it move along. */
    public void insertJump(int pos, int opcode, Label target, Location loc) {
        if (!OpcodeUtils.hasTarget(opcode)) {
            throw new IllegalArgumentException("opcode " + opcode + " takes no label");
        }
        instrs.add(pos, new Instr(opcode, target.id(), loc));
        for (int i = 0; i < labelOffsets.size(); i++) {
            if (labelOffsets.get(i) >= pos) {
                labelOffsets.set(i, labelOffsets.get(i) + 1);
            }
        }
    }

    /** A name instruction with argument {@code namei}, flag bits added as CPython's codegen does. */
    public void addName(int opcode, int namei, Location loc) {
        int op = opcode;
        int arg = namei;
        switch (opcode) {
            case Opcode.LOAD_GLOBAL, Opcode.LOAD_ATTR -> arg <<= 1;
            case Opcode.LOAD_METHOD -> { op = Opcode.LOAD_ATTR; arg = (arg << 1) | 1; }
            case Opcode.LOAD_SUPER_ATTR -> arg = (arg << 2) | 2;
            case Opcode.LOAD_SUPER_METHOD -> { op = Opcode.LOAD_SUPER_ATTR; arg = (arg << 2) | 3; }
            case Opcode.LOAD_ZERO_SUPER_ATTR -> { op = Opcode.LOAD_SUPER_ATTR; arg <<= 2; }
            case Opcode.LOAD_ZERO_SUPER_METHOD -> { op = Opcode.LOAD_SUPER_ATTR; arg = (arg << 2) | 1; }
            default -> { }
        }
        addOp(op, arg, loc);
    }

    /** CPython's implicit return at the end of every unit: {@code [LOAD_CONST None] RETURN_VALUE}. */
    public void addReturnAtEnd(CodeUnitMetadata unit, boolean addNone) {
        if (addNone) {
            addOp(Opcode.LOAD_CONST, unit.addConst(PyNone.NONE), Location.NONE);
        }
        addOp(Opcode.RETURN_VALUE, Location.NONE);
    }

    /** How many instructions have been added. */
    public int size() {
        return instrs.size();
    }

    public List<Instr> instructions() {
        return Collections.unmodifiableList(instrs);
    }

    /** Index of the instruction {@code label} marks, -1 if it was never used. */
    public int offsetOf(int label) {
        return labelOffsets.get(label);
    }

    public int labelCount() {
        return labelOffsets.size();
    }
}

package org.adder.compiler;

import static org.adder.compiler.Opcodes.*;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.12's {@code optimize_basic_block}: the per-block rewrites. Constant conditions become
 * jumps or NOPs, {@code LOAD_CONST None; IS_OP; POP_JUMP_IF_*} becomes {@code POP_JUMP_IF_[NOT_]NONE},
 * {@code LOAD_CONST; RETURN_VALUE} becomes {@code RETURN_CONST}, tuples of constants fold, jumps to
 * jumps are threaded, runs of SWAPs are minimised, and {@code PUSH_NULL; LOAD_GLOBAL} merges.
 */
final class Peephole {
    private static final Instr NOP_INSTR = new Instr(NOP, 0, Location.NONE);

    private final List<Object> consts;
    private final ConstantModel model;

    Peephole(List<Object> consts, ConstantModel model) {
        this.consts = consts;
        this.model = model;
    }

    void optimizeBlock(BasicBlock bb) {
        List<Instr> in = bb.instrs;
        Instr target = NOP_INSTR;
        int opcode = 0;
        int oparg = 0;
        for (int i = 0; i < in.size(); i++) {
            Instr inst = in.get(i);
            // A COPY 1 of a constant is treated as the constant itself.
            boolean copyOfLoadConst = opcode == LOAD_CONST && inst.opcode == COPY && inst.oparg == 1;
            if (!copyOfLoadConst) {
                opcode = inst.opcode;
                oparg = inst.oparg;
                target = hasTarget(opcode) ? inst.target.instrs.get(0) : NOP_INSTR;
            }
            int nextop = i + 1 < in.size() ? in.get(i + 1).opcode : 0;
            switch (opcode) {
                case LOAD_CONST -> {
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                            boolean isTrue = model.isTrue(consts.get(oparg));
                            inst.set(NOP);
                            if (isTrue == (nextop == POP_JUMP_IF_TRUE)) {
                                in.get(i + 1).opcode = JUMP;
                            } else {
                                in.get(i + 1).set(NOP);
                            }
                        }
                        case IS_OP -> {
                            int jumpOp = i + 2 < in.size() ? in.get(i + 2).opcode : 0;
                            if (model.isNone(consts.get(oparg))
                                    && (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE)) {
                                int isArg = in.get(i + 1).oparg & 0xFF;
                                inst.set(NOP);
                                in.get(i + 1).set(NOP);
                                boolean invert = (isArg ^ (jumpOp == POP_JUMP_IF_FALSE ? 1 : 0)) != 0;
                                in.get(i + 2).opcode = invert ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                            }
                        }
                        case RETURN_VALUE -> {
                            inst.set(NOP);
                            in.get(++i).set(RETURN_CONST, oparg);
                        }
                        default -> { }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == in.get(i + 1).oparg) {
                        if (oparg == 1) {
                            inst.set(NOP);
                            in.get(i + 1).set(NOP);
                            continue;
                        } else if (oparg == 2 || oparg == 3) {
                            inst.set(NOP);
                            in.get(i + 1).opcode = SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(in, i - oparg, oparg);
                    }
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP -> {
                    if (target.opcode == JUMP && jumpThread(inst, target, inst.opcode)) {
                        i--;
                    }
                }
                case SWAP -> {
                    if (oparg == 1) {
                        inst.set(NOP);
                        break;
                    }
                    i = Swaps.swaptimize(in, i);
                    Swaps.applyStaticSwaps(in, i);
                }
                case PUSH_NULL -> {
                    // CPython tests the next opcode's low bit, not its argument's: always even here.
                    if (nextop == LOAD_GLOBAL) {
                        inst.set(NOP);
                        in.get(i + 1).oparg |= 1;
                    }
                }
                default -> { }
            }
        }
    }

    /** Redirects a jump whose target is a jump; not when lines differ (a line event would be lost). */
    private static boolean jumpThread(Instr inst, Instr target, int opcode) {
        if ((inst.loc.lineno() == target.loc.lineno() || target.loc.lineno() == -1)
                && inst.target != target.target) {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        return false;
    }

    /** {@code LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n} becomes {@code LOAD_CONST (c1, ..., cn)}. */
    private void foldTupleOnConstants(List<Instr> in, int start, int n) {
        for (int i = 0; i < n; i++) {
            int op = in.get(start + i).opcode;
            if (!hasConst(op)) {
                return;
            }
            if (op != LOAD_CONST) {
                throw new IllegalStateException("Internal error: failed to get value of a constant");
            }
        }
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(consts.get(in.get(start + i).oparg));
        }
        Object tuple = model.tuple(items);
        Object key = model.key(tuple);
        int index = 0;
        while (index < consts.size() && !model.key(consts.get(index)).equals(key)) {
            index++;
        }
        if (index == consts.size()) {
            consts.add(tuple);
        }
        for (int i = 0; i < n; i++) {
            in.get(start + i).set(NOP);
        }
        in.get(start + n).set(LOAD_CONST, index);
    }
}

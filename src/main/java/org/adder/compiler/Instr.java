package org.adder.compiler;

/**
 * One instruction, mutable because the flow-graph passes rewrite instructions in place as
 * CPython's do. In an {@link InstructionSequence} a jump's {@link #oparg} is its label's id; in the
 * flow graph the jump points at its {@link #target} block, and {@link #except} is the handler
 * block an exception raised here goes to (null: none).
 */
public final class Instr {
    public int opcode;
    public int oparg;
    public Location loc;
    public BasicBlock target;
    public BasicBlock except;

    public Instr(int opcode, int oparg, Location loc) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.loc = loc;
    }

    public Instr copy() {
        Instr c = new Instr(opcode, oparg, loc);
        c.target = target;
        c.except = except;
        return c;
    }

    /** Turns this into an argument-less instruction (CPython's INSTR_SET_OP0). */
    void set(int op) {
        opcode = op;
        oparg = 0;
    }

    void set(int op, int arg) {
        opcode = op;
        oparg = arg;
    }

    @Override
    public String toString() {
        return opcode + "(" + oparg + ")@" + loc.lineno();
    }
}

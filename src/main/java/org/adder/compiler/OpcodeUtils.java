package org.adder.compiler;

import static org.adder.bytecode.Opcode.*;

import org.adder.bytecode.Opcode;

/**
 * The opcode groups the flow-graph passes and the assembler reason with (CPython 3.12's
 * {@code pycore_opcode_utils.h}): jumps, block pushes, scope exits, terminators, and the size
 * of an instruction in code units. Opcode numbers and tables are {@link Opcode}'s.
 */
public final class OpcodeUtils {
    private OpcodeUtils() {
    }

    /** Jumps and block pushes: their argument is a label (a block once in the flow graph). */
    public static boolean hasTarget(int op) {
        return isJump(op) || isBlockPush(op);
    }

    /** Opcodes whose argument indexes {@code co_consts}. */
    public static boolean loadsConst(int op) {
        return op == LOAD_CONST || op == RETURN_CONST || op == KW_NAMES;
    }

    public static boolean isJump(int op) {
        return switch (op) {
            case FOR_ITER, JUMP_FORWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, SEND, POP_JUMP_IF_NOT_NONE,
                 POP_JUMP_IF_NONE, JUMP_BACKWARD_NO_INTERRUPT, JUMP_BACKWARD, JUMP, JUMP_NO_INTERRUPT -> true;
            default -> false;
        };
    }

    public static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    public static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD
                || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    public static boolean isScopeExit(int op) {
        return op == RETURN_VALUE || op == RETURN_CONST || op == RAISE_VARARGS || op == RERAISE;
    }

    /** Instructions after which a block ends. */
    public static boolean isTerminator(int op) {
        return isJump(op) || isScopeExit(op);
    }

    /** Code units the instruction takes: EXTENDED_ARG prefixes, itself, its caches. */
    public static int instrSize(int op, int oparg) {
        int extended = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
        return extended + 1 + (op < 256 ? Opcode.cacheEntries(op) : 0);
    }
}

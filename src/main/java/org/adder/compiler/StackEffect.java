package org.adder.compiler;

import static org.adder.compiler.Opcodes.*;

/**
 * How many values an instruction pushes minus how many it pops, as CPython 3.12's
 * {@code PyCompile_OpcodeStackEffectWithJump} (and so {@code dis.stack_effect}) says. In 3.12
 * only the exception-setup pseudo-instructions differ between the jump and the fall-through.
 */
public final class StackEffect {
    /** What CPython reports for an opcode it does not know. */
    public static final int INVALID = Integer.MAX_VALUE;

    private StackEffect() {
    }

    public static int of(int op, int oparg, boolean jump) {
        return switch (op) {
            case NOP, CACHE, RESERVED, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, CHECK_EXC_MATCH, CHECK_EG_MATCH,
                 GET_AITER, GET_ITER, GET_YIELD_FROM_ITER, RETURN_GENERATOR, SETUP_ANNOTATIONS, DELETE_NAME,
                 DELETE_GLOBAL, SWAP, JUMP_FORWARD, RETURN_CONST, SEND, DELETE_FAST, GET_AWAITABLE,
                 JUMP_BACKWARD_NO_INTERRUPT, MAKE_CELL, DELETE_DEREF, JUMP_BACKWARD, EXTENDED_ARG,
                 COPY_FREE_VARS, YIELD_VALUE, RESUME, KW_NAMES, CALL_INTRINSIC_1, LOAD_FROM_DICT_OR_GLOBALS,
                 LOAD_FROM_DICT_OR_DEREF, POP_BLOCK, JUMP, JUMP_NO_INTERRUPT -> 0;
            case PUSH_NULL, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, PUSH_EXC_INFO, WITH_EXCEPT_START,
                 GET_ANEXT, BEFORE_ASYNC_WITH, BEFORE_WITH, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, LOAD_LOCALS,
                 FOR_ITER, LOAD_CONST, LOAD_NAME, IMPORT_FROM, COPY, LOAD_FAST, LOAD_FAST_CHECK, LOAD_CLOSURE,
                 LOAD_DEREF, LOAD_FAST_AND_CLEAR, LOAD_METHOD -> 1;
            case POP_TOP, INTERPRETER_EXIT, END_SEND, BINARY_SUBSCR, CLEANUP_THROW, RETURN_VALUE, POP_EXCEPT,
                 STORE_NAME, DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IMPORT_NAME, POP_JUMP_IF_FALSE,
                 POP_JUMP_IF_TRUE, IS_OP, CONTAINS_OP, RERAISE, BINARY_OP, STORE_FAST, POP_JUMP_IF_NOT_NONE,
                 POP_JUMP_IF_NONE, STORE_DEREF, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_MERGE,
                 DICT_UPDATE, CALL_INTRINSIC_2, STORE_FAST_MAYBE_NULL, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_METHOD,
                 LOAD_ZERO_SUPER_ATTR -> -1;
            case END_FOR, BINARY_SLICE, DELETE_SUBSCR, END_ASYNC_FOR, STORE_ATTR, MAP_ADD, MATCH_CLASS -> -2;
            case STORE_SUBSCR -> -3;
            case STORE_SLICE -> -4;
            case UNPACK_SEQUENCE -> oparg - 1;
            case UNPACK_EX -> (oparg & 0xFF) + (oparg >> 8);
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - oparg;
            case BUILD_MAP -> 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP, RAISE_VARARGS -> -oparg;
            case LOAD_ATTR -> oparg & 1;
            case LOAD_GLOBAL -> 1 + (oparg & 1);
            case LOAD_SUPER_ATTR -> -2 + (oparg & 1);
            case MAKE_FUNCTION -> -Integer.bitCount(oparg & 0xF);
            case BUILD_SLICE -> oparg == 3 ? -2 : -1;
            case CALL_FUNCTION_EX -> -2 - (oparg & 1);
            case FORMAT_VALUE -> (oparg & 4) != 0 ? -1 : 0;
            case CALL -> -1 - oparg;
            case SETUP_FINALLY, SETUP_WITH -> jump ? 1 : 0;
            case SETUP_CLEANUP -> jump ? 2 : 0;
            default -> INVALID;
        };
    }
}

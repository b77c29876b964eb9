package org.adder.bytecode;

import static org.adder.bytecode.Opcode.*;

import org.adder.objects.PyException;

/**
 * {@code dis.stack_effect(op, arg, jump=...)} for CPython 3.12: how many values an
 * instruction leaves on the stack minus how many it takes. In 3.12 only the block
 * pseudo-instructions (SETUP_*) depend on whether the jump is taken.
 */
public final class StackEffect {
    private StackEffect() {
    }

    /**
     * The effect, or the ValueError {@code dis.stack_effect} raises. {@code arg} is null when
     * no argument is given; {@code jump} is null (either way), true or false.
     */
    public static int of(int op, Integer arg, Boolean jump) {
        boolean defined = Opcode.isDefined(op);
        // the argument slot is judged by number alone: defined or not, only the block
        // pseudo-instructions above HAVE_ARGUMENT go without
        boolean takesArg = op >= HAVE_ARGUMENT && !(op >= SETUP_FINALLY && op <= POP_BLOCK);
        if (takesArg && arg == null) {
            throw new PyException("ValueError", "stack_effect: opcode requires oparg but oparg was not specified");
        }
        if (!takesArg && arg != null) {
            throw new PyException("ValueError", "stack_effect: opcode does not permit oparg but oparg was specified");
        }
        Integer effect = defined ? effect(op, arg == null ? 0 : arg, jump) : null;
        if (effect == null) {
            throw new PyException("ValueError", "invalid opcode or oparg");
        }
        return effect;
    }

    /** The effect of a valid instruction, or null where dis reports none. */
    private static Integer effect(int op, int arg, Boolean jump) {
        return switch (op) {
            case CACHE, NOP, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, RESERVED, CHECK_EXC_MATCH, CHECK_EG_MATCH,
                 GET_AITER, GET_ITER, GET_YIELD_FROM_ITER, RETURN_GENERATOR, SETUP_ANNOTATIONS,
                 DELETE_NAME, DELETE_GLOBAL, SWAP, JUMP_FORWARD, RETURN_CONST, SEND, DELETE_FAST, GET_AWAITABLE,
                 JUMP_BACKWARD_NO_INTERRUPT, MAKE_CELL, DELETE_DEREF, JUMP_BACKWARD, EXTENDED_ARG, COPY_FREE_VARS,
                 YIELD_VALUE, RESUME, KW_NAMES, CALL_INTRINSIC_1, LOAD_FROM_DICT_OR_GLOBALS,
                 LOAD_FROM_DICT_OR_DEREF, INSTRUMENTED_POP_JUMP_IF_NONE, INSTRUMENTED_POP_JUMP_IF_NOT_NONE,
                 INSTRUMENTED_RESUME, INSTRUMENTED_CALL, INSTRUMENTED_YIELD_VALUE, INSTRUMENTED_CALL_FUNCTION_EX,
                 INSTRUMENTED_JUMP_FORWARD, INSTRUMENTED_JUMP_BACKWARD, INSTRUMENTED_RETURN_CONST,
                 INSTRUMENTED_FOR_ITER, INSTRUMENTED_POP_JUMP_IF_FALSE, INSTRUMENTED_POP_JUMP_IF_TRUE,
                 INSTRUMENTED_INSTRUCTION, JUMP, JUMP_NO_INTERRUPT -> 0;
            case PUSH_NULL, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, PUSH_EXC_INFO, WITH_EXCEPT_START,
                 GET_ANEXT, BEFORE_ASYNC_WITH, BEFORE_WITH, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, LOAD_LOCALS,
                 FOR_ITER, LOAD_CONST, LOAD_NAME, IMPORT_FROM, COPY, LOAD_FAST, LOAD_FAST_CHECK, LOAD_CLOSURE,
                 LOAD_DEREF, LOAD_FAST_AND_CLEAR, LOAD_METHOD -> 1;
            case POP_TOP, INTERPRETER_EXIT, END_SEND, BINARY_SUBSCR, CLEANUP_THROW, RETURN_VALUE, POP_EXCEPT,
                 STORE_NAME, DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IMPORT_NAME, POP_JUMP_IF_FALSE,
                 POP_JUMP_IF_TRUE, IS_OP, CONTAINS_OP, RERAISE, BINARY_OP, STORE_FAST, POP_JUMP_IF_NOT_NONE,
                 POP_JUMP_IF_NONE, STORE_DEREF, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_MERGE,
                 DICT_UPDATE, CALL_INTRINSIC_2, INSTRUMENTED_RETURN_VALUE, INSTRUMENTED_END_SEND,
                 LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_METHOD, LOAD_ZERO_SUPER_ATTR, STORE_FAST_MAYBE_NULL -> -1;
            case END_FOR, BINARY_SLICE, END_ASYNC_FOR, DELETE_SUBSCR, STORE_ATTR, MAP_ADD, MATCH_CLASS,
                 INSTRUMENTED_END_FOR -> -2;
            case STORE_SUBSCR -> -3;
            case STORE_SLICE -> -4;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xff) + (arg >> 8);
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP, RAISE_VARARGS -> -arg;
            case LOAD_ATTR -> arg & 1;
            case LOAD_GLOBAL -> 1 + (arg & 1);
            case LOAD_SUPER_ATTR, INSTRUMENTED_LOAD_SUPER_ATTR -> (arg & 1) - 2;
            case CALL_FUNCTION_EX -> -2 - (arg & 1);
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 0xf);
            case BUILD_SLICE -> arg == 3 ? -2 : -1;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case CALL -> -1 - arg;
            // entering a block pushes only on the way to its handler (the exception, and for
            // SETUP_CLEANUP the offset too); with jump unknown, the larger effect counts
            case SETUP_FINALLY, SETUP_WITH -> Boolean.FALSE.equals(jump) ? 0 : 1;
            case SETUP_CLEANUP -> Boolean.FALSE.equals(jump) ? 0 : 2;
            case POP_BLOCK -> 0;
            default -> null;
        };
    }
}

package org.adder.compiler;

/**
 * The facts about CPython 3.12's opcodes that the flow-graph passes and the assembler need:
 * numbers (as {@code opcode.opmap} of the reference build), pseudo-instructions, inline cache
 * sizes and stack effects (as {@code dis.stack_effect}).
 *
 * <p>This is the compiler's own view; the full opcode table (names, dis metadata) lives in
 * {@code org.adder.bytecode}. The numbers are checked against the reference build by
 * {@code OpcodesTest}.
 */
public final class Opcodes {
    private Opcodes() {
    }

    public static final int CACHE = 0, POP_TOP = 1, PUSH_NULL = 2, INTERPRETER_EXIT = 3, END_FOR = 4,
            END_SEND = 5, NOP = 9, UNARY_NEGATIVE = 11, UNARY_NOT = 12, UNARY_INVERT = 15, RESERVED = 17,
            BINARY_SUBSCR = 25, BINARY_SLICE = 26, STORE_SLICE = 27, GET_LEN = 30, MATCH_MAPPING = 31,
            MATCH_SEQUENCE = 32, MATCH_KEYS = 33, PUSH_EXC_INFO = 35, CHECK_EXC_MATCH = 36,
            CHECK_EG_MATCH = 37, WITH_EXCEPT_START = 49, GET_AITER = 50, GET_ANEXT = 51,
            BEFORE_ASYNC_WITH = 52, BEFORE_WITH = 53, END_ASYNC_FOR = 54, CLEANUP_THROW = 55,
            STORE_SUBSCR = 60, DELETE_SUBSCR = 61, GET_ITER = 68, GET_YIELD_FROM_ITER = 69,
            LOAD_BUILD_CLASS = 71, LOAD_ASSERTION_ERROR = 74, RETURN_GENERATOR = 75, RETURN_VALUE = 83,
            SETUP_ANNOTATIONS = 85, LOAD_LOCALS = 87, POP_EXCEPT = 89, STORE_NAME = 90, DELETE_NAME = 91,
            UNPACK_SEQUENCE = 92, FOR_ITER = 93, UNPACK_EX = 94, STORE_ATTR = 95, DELETE_ATTR = 96,
            STORE_GLOBAL = 97, DELETE_GLOBAL = 98, SWAP = 99, LOAD_CONST = 100, LOAD_NAME = 101,
            BUILD_TUPLE = 102, BUILD_LIST = 103, BUILD_SET = 104, BUILD_MAP = 105, LOAD_ATTR = 106,
            COMPARE_OP = 107, IMPORT_NAME = 108, IMPORT_FROM = 109, JUMP_FORWARD = 110,
            POP_JUMP_IF_FALSE = 114, POP_JUMP_IF_TRUE = 115, LOAD_GLOBAL = 116, IS_OP = 117,
            CONTAINS_OP = 118, RERAISE = 119, COPY = 120, RETURN_CONST = 121, BINARY_OP = 122, SEND = 123,
            LOAD_FAST = 124, STORE_FAST = 125, DELETE_FAST = 126, LOAD_FAST_CHECK = 127,
            POP_JUMP_IF_NOT_NONE = 128, POP_JUMP_IF_NONE = 129, RAISE_VARARGS = 130, GET_AWAITABLE = 131,
            MAKE_FUNCTION = 132, BUILD_SLICE = 133, JUMP_BACKWARD_NO_INTERRUPT = 134, MAKE_CELL = 135,
            LOAD_CLOSURE = 136, LOAD_DEREF = 137, STORE_DEREF = 138, DELETE_DEREF = 139,
            JUMP_BACKWARD = 140, LOAD_SUPER_ATTR = 141, CALL_FUNCTION_EX = 142, LOAD_FAST_AND_CLEAR = 143,
            EXTENDED_ARG = 144, LIST_APPEND = 145, SET_ADD = 146, MAP_ADD = 147, COPY_FREE_VARS = 149,
            YIELD_VALUE = 150, RESUME = 151, MATCH_CLASS = 152, FORMAT_VALUE = 155,
            BUILD_CONST_KEY_MAP = 156, BUILD_STRING = 157, LIST_EXTEND = 162, SET_UPDATE = 163,
            DICT_MERGE = 164, DICT_UPDATE = 165, CALL = 171, KW_NAMES = 172, CALL_INTRINSIC_1 = 173,
            CALL_INTRINSIC_2 = 174, LOAD_FROM_DICT_OR_GLOBALS = 175, LOAD_FROM_DICT_OR_DEREF = 176;

    /** Pseudo-instructions: codegen emits them, the flow graph resolves them to real opcodes. */
    public static final int SETUP_FINALLY = 256, SETUP_CLEANUP = 257, SETUP_WITH = 258, POP_BLOCK = 259,
            JUMP = 260, JUMP_NO_INTERRUPT = 261, LOAD_METHOD = 262, LOAD_SUPER_METHOD = 263,
            LOAD_ZERO_SUPER_METHOD = 264, LOAD_ZERO_SUPER_ATTR = 265, STORE_FAST_MAYBE_NULL = 266;

    public static final int MIN_PSEUDO_OPCODE = 256, MAX_PSEUDO_OPCODE = 266;

    /** Code flags the passes look at ({@code co_flags} bits). */
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_COROUTINE = 0x100, CO_ITERABLE_COROUTINE = 0x100 << 1,
            CO_ASYNC_GENERATOR = 0x200;

    /** Kinds of {@code co_localspluskinds}. */
    public static final int CO_FAST_HIDDEN = 0x10, CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80;

    private static final int[] CACHES = new int[256];

    static {
        CACHES[BINARY_SUBSCR] = 1;
        CACHES[STORE_SUBSCR] = 1;
        CACHES[UNPACK_SEQUENCE] = 1;
        CACHES[FOR_ITER] = 1;
        CACHES[STORE_ATTR] = 4;
        CACHES[LOAD_ATTR] = 9;
        CACHES[COMPARE_OP] = 1;
        CACHES[LOAD_GLOBAL] = 4;
        CACHES[BINARY_OP] = 1;
        CACHES[SEND] = 1;
        CACHES[LOAD_SUPER_ATTR] = 1;
        CACHES[CALL] = 3;
    }

    public static boolean isPseudo(int op) {
        return op >= MIN_PSEUDO_OPCODE && op <= MAX_PSEUDO_OPCODE;
    }

    /** Whether the opcode uses its argument ({@code dis.hasarg}). */
    public static boolean hasArg(int op) {
        if (isPseudo(op)) {
            return op == JUMP || op == JUMP_NO_INTERRUPT || op >= LOAD_METHOD;
        }
        return op >= STORE_NAME;
    }

    /** Jumps and block pushes: their argument is a label (a block once in the flow graph). */
    public static boolean hasTarget(int op) {
        return isJump(op) || isBlockPush(op);
    }

    /** Opcodes whose argument indexes {@code co_consts}. */
    public static boolean hasConst(int op) {
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

    public static boolean isBackwardJump(int op) {
        return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    /** Inline cache entries after the instruction in {@code co_code}. */
    public static int caches(int op) {
        return op < 256 ? CACHES[op] : 0;
    }

    /** Code units the instruction takes: EXTENDED_ARG prefixes, itself, its caches. */
    public static int instrSize(int op, int oparg) {
        int extended = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
        return extended + 1 + caches(op);
    }
}

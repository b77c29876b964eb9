package org.adder.bytecode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython 3.12's instruction set as data: numbers and names (real opcodes below 256,
 * pseudo-instructions from 256 with the real ones they become), the {@code has*} categories,
 * inline cache sizes and stack effects, as the reference's {@code opcode} and {@code dis}
 * modules give them (a test checks every entry against the reference).
 */
public final class Opcode {
    public static final int CACHE = 0;
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int INTERPRETER_EXIT = 3;
    public static final int END_FOR = 4;
    public static final int END_SEND = 5;
    public static final int NOP = 9;
    public static final int UNARY_NEGATIVE = 11;
    public static final int UNARY_NOT = 12;
    public static final int UNARY_INVERT = 15;
    public static final int RESERVED = 17;
    public static final int BINARY_SUBSCR = 25;
    public static final int BINARY_SLICE = 26;
    public static final int STORE_SLICE = 27;
    public static final int GET_LEN = 30;
    public static final int MATCH_MAPPING = 31;
    public static final int MATCH_SEQUENCE = 32;
    public static final int MATCH_KEYS = 33;
    public static final int PUSH_EXC_INFO = 35;
    public static final int CHECK_EXC_MATCH = 36;
    public static final int CHECK_EG_MATCH = 37;
    public static final int WITH_EXCEPT_START = 49;
    public static final int GET_AITER = 50;
    public static final int GET_ANEXT = 51;
    public static final int BEFORE_ASYNC_WITH = 52;
    public static final int BEFORE_WITH = 53;
    public static final int END_ASYNC_FOR = 54;
    public static final int CLEANUP_THROW = 55;
    public static final int STORE_SUBSCR = 60;
    public static final int DELETE_SUBSCR = 61;
    public static final int GET_ITER = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    public static final int LOAD_BUILD_CLASS = 71;
    public static final int LOAD_ASSERTION_ERROR = 74;
    public static final int RETURN_GENERATOR = 75;
    public static final int RETURN_VALUE = 83;
    public static final int SETUP_ANNOTATIONS = 85;
    public static final int LOAD_LOCALS = 87;
    public static final int POP_EXCEPT = 89;
    public static final int STORE_NAME = 90;
    public static final int DELETE_NAME = 91;
    public static final int UNPACK_SEQUENCE = 92;
    public static final int FOR_ITER = 93;
    public static final int UNPACK_EX = 94;
    public static final int STORE_ATTR = 95;
    public static final int DELETE_ATTR = 96;
    public static final int STORE_GLOBAL = 97;
    public static final int DELETE_GLOBAL = 98;
    public static final int SWAP = 99;
    public static final int LOAD_CONST = 100;
    public static final int LOAD_NAME = 101;
    public static final int BUILD_TUPLE = 102;
    public static final int BUILD_LIST = 103;
    public static final int BUILD_SET = 104;
    public static final int BUILD_MAP = 105;
    public static final int LOAD_ATTR = 106;
    public static final int COMPARE_OP = 107;
    public static final int IMPORT_NAME = 108;
    public static final int IMPORT_FROM = 109;
    public static final int JUMP_FORWARD = 110;
    public static final int POP_JUMP_IF_FALSE = 114;
    public static final int POP_JUMP_IF_TRUE = 115;
    public static final int LOAD_GLOBAL = 116;
    public static final int IS_OP = 117;
    public static final int CONTAINS_OP = 118;
    public static final int RERAISE = 119;
    public static final int COPY = 120;
    public static final int RETURN_CONST = 121;
    public static final int BINARY_OP = 122;
    public static final int SEND = 123;
    public static final int LOAD_FAST = 124;
    public static final int STORE_FAST = 125;
    public static final int DELETE_FAST = 126;
    public static final int LOAD_FAST_CHECK = 127;
    public static final int POP_JUMP_IF_NOT_NONE = 128;
    public static final int POP_JUMP_IF_NONE = 129;
    public static final int RAISE_VARARGS = 130;
    public static final int GET_AWAITABLE = 131;
    public static final int MAKE_FUNCTION = 132;
    public static final int BUILD_SLICE = 133;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 134;
    public static final int MAKE_CELL = 135;
    public static final int LOAD_CLOSURE = 136;
    public static final int LOAD_DEREF = 137;
    public static final int STORE_DEREF = 138;
    public static final int DELETE_DEREF = 139;
    public static final int JUMP_BACKWARD = 140;
    public static final int LOAD_SUPER_ATTR = 141;
    public static final int CALL_FUNCTION_EX = 142;
    public static final int LOAD_FAST_AND_CLEAR = 143;
    public static final int EXTENDED_ARG = 144;
    public static final int LIST_APPEND = 145;
    public static final int SET_ADD = 146;
    public static final int MAP_ADD = 147;
    public static final int COPY_FREE_VARS = 149;
    public static final int YIELD_VALUE = 150;
    public static final int RESUME = 151;
    public static final int MATCH_CLASS = 152;
    public static final int FORMAT_VALUE = 155;
    public static final int BUILD_CONST_KEY_MAP = 156;
    public static final int BUILD_STRING = 157;
    public static final int LIST_EXTEND = 162;
    public static final int SET_UPDATE = 163;
    public static final int DICT_MERGE = 164;
    public static final int DICT_UPDATE = 165;
    public static final int CALL = 171;
    public static final int KW_NAMES = 172;
    public static final int CALL_INTRINSIC_1 = 173;
    public static final int CALL_INTRINSIC_2 = 174;
    public static final int LOAD_FROM_DICT_OR_GLOBALS = 175;
    public static final int LOAD_FROM_DICT_OR_DEREF = 176;
    public static final int INSTRUMENTED_LOAD_SUPER_ATTR = 237;
    public static final int INSTRUMENTED_POP_JUMP_IF_NONE = 238;
    public static final int INSTRUMENTED_POP_JUMP_IF_NOT_NONE = 239;
    public static final int INSTRUMENTED_RESUME = 240;
    public static final int INSTRUMENTED_CALL = 241;
    public static final int INSTRUMENTED_RETURN_VALUE = 242;
    public static final int INSTRUMENTED_YIELD_VALUE = 243;
    public static final int INSTRUMENTED_CALL_FUNCTION_EX = 244;
    public static final int INSTRUMENTED_JUMP_FORWARD = 245;
    public static final int INSTRUMENTED_JUMP_BACKWARD = 246;
    public static final int INSTRUMENTED_RETURN_CONST = 247;
    public static final int INSTRUMENTED_FOR_ITER = 248;
    public static final int INSTRUMENTED_POP_JUMP_IF_FALSE = 249;
    public static final int INSTRUMENTED_POP_JUMP_IF_TRUE = 250;
    public static final int INSTRUMENTED_END_FOR = 251;
    public static final int INSTRUMENTED_END_SEND = 252;
    public static final int INSTRUMENTED_INSTRUCTION = 253;
    public static final int INSTRUMENTED_LINE = 254;
    public static final int SETUP_FINALLY = 256;
    public static final int SETUP_CLEANUP = 257;
    public static final int SETUP_WITH = 258;
    public static final int POP_BLOCK = 259;
    public static final int JUMP = 260;
    public static final int JUMP_NO_INTERRUPT = 261;
    public static final int LOAD_METHOD = 262;
    public static final int LOAD_SUPER_METHOD = 263;
    public static final int LOAD_ZERO_SUPER_METHOD = 264;
    public static final int LOAD_ZERO_SUPER_ATTR = 265;
    public static final int STORE_FAST_MAYBE_NULL = 266;

    /** The first opcode that takes an argument (pseudo-instructions aside). */
    public static final int HAVE_ARGUMENT = 90;
    public static final int MIN_INSTRUMENTED_OPCODE = 237;
    public static final int MIN_PSEUDO_OPCODE = 256;
    public static final int MAX_PSEUDO_OPCODE = 266;

    /**
     * One instruction a line: number, name, then its categories ({@code name const jrel local
     * free compare exc}), {@code noarg} for a pseudo-instruction without argument, the inline
     * cache entries ({@code cache=N}) and, after {@code ->}, what a pseudo-instruction becomes.
     */
    private static final String TABLE = """
            0 CACHE
            1 POP_TOP
            2 PUSH_NULL
            3 INTERPRETER_EXIT
            4 END_FOR
            5 END_SEND
            9 NOP
            11 UNARY_NEGATIVE
            12 UNARY_NOT
            15 UNARY_INVERT
            17 RESERVED
            25 BINARY_SUBSCR cache=1
            26 BINARY_SLICE
            27 STORE_SLICE
            30 GET_LEN
            31 MATCH_MAPPING
            32 MATCH_SEQUENCE
            33 MATCH_KEYS
            35 PUSH_EXC_INFO
            36 CHECK_EXC_MATCH
            37 CHECK_EG_MATCH
            49 WITH_EXCEPT_START
            50 GET_AITER
            51 GET_ANEXT
            52 BEFORE_ASYNC_WITH
            53 BEFORE_WITH
            54 END_ASYNC_FOR
            55 CLEANUP_THROW
            60 STORE_SUBSCR cache=1
            61 DELETE_SUBSCR
            68 GET_ITER
            69 GET_YIELD_FROM_ITER
            71 LOAD_BUILD_CLASS
            74 LOAD_ASSERTION_ERROR
            75 RETURN_GENERATOR
            83 RETURN_VALUE
            85 SETUP_ANNOTATIONS
            87 LOAD_LOCALS
            89 POP_EXCEPT
            90 STORE_NAME name
            91 DELETE_NAME name
            92 UNPACK_SEQUENCE cache=1
            93 FOR_ITER jrel cache=1
            94 UNPACK_EX
            95 STORE_ATTR name cache=4
            96 DELETE_ATTR name
            97 STORE_GLOBAL name
            98 DELETE_GLOBAL name
            99 SWAP
            100 LOAD_CONST const
            101 LOAD_NAME name
            102 BUILD_TUPLE
            103 BUILD_LIST
            104 BUILD_SET
            105 BUILD_MAP
            106 LOAD_ATTR name cache=9
            107 COMPARE_OP compare cache=1
            108 IMPORT_NAME name
            109 IMPORT_FROM name
            110 JUMP_FORWARD jrel
            114 POP_JUMP_IF_FALSE jrel
            115 POP_JUMP_IF_TRUE jrel
            116 LOAD_GLOBAL name cache=4
            117 IS_OP
            118 CONTAINS_OP
            119 RERAISE
            120 COPY
            121 RETURN_CONST const
            122 BINARY_OP cache=1
            123 SEND jrel cache=1
            124 LOAD_FAST local
            125 STORE_FAST local
            126 DELETE_FAST local
            127 LOAD_FAST_CHECK local
            128 POP_JUMP_IF_NOT_NONE jrel
            129 POP_JUMP_IF_NONE jrel
            130 RAISE_VARARGS
            131 GET_AWAITABLE
            132 MAKE_FUNCTION
            133 BUILD_SLICE
            134 JUMP_BACKWARD_NO_INTERRUPT jrel
            135 MAKE_CELL free
            136 LOAD_CLOSURE free
            137 LOAD_DEREF free
            138 STORE_DEREF free
            139 DELETE_DEREF free
            140 JUMP_BACKWARD jrel
            141 LOAD_SUPER_ATTR name cache=1
            142 CALL_FUNCTION_EX
            143 LOAD_FAST_AND_CLEAR local
            144 EXTENDED_ARG
            145 LIST_APPEND
            146 SET_ADD
            147 MAP_ADD
            149 COPY_FREE_VARS
            150 YIELD_VALUE
            151 RESUME
            152 MATCH_CLASS
            155 FORMAT_VALUE
            156 BUILD_CONST_KEY_MAP
            157 BUILD_STRING
            162 LIST_EXTEND
            163 SET_UPDATE
            164 DICT_MERGE
            165 DICT_UPDATE
            171 CALL cache=3
            172 KW_NAMES const
            173 CALL_INTRINSIC_1
            174 CALL_INTRINSIC_2
            175 LOAD_FROM_DICT_OR_GLOBALS name
            176 LOAD_FROM_DICT_OR_DEREF free
            237 INSTRUMENTED_LOAD_SUPER_ATTR
            238 INSTRUMENTED_POP_JUMP_IF_NONE
            239 INSTRUMENTED_POP_JUMP_IF_NOT_NONE
            240 INSTRUMENTED_RESUME
            241 INSTRUMENTED_CALL
            242 INSTRUMENTED_RETURN_VALUE
            243 INSTRUMENTED_YIELD_VALUE
            244 INSTRUMENTED_CALL_FUNCTION_EX
            245 INSTRUMENTED_JUMP_FORWARD
            246 INSTRUMENTED_JUMP_BACKWARD
            247 INSTRUMENTED_RETURN_CONST
            248 INSTRUMENTED_FOR_ITER
            249 INSTRUMENTED_POP_JUMP_IF_FALSE
            250 INSTRUMENTED_POP_JUMP_IF_TRUE
            251 INSTRUMENTED_END_FOR
            252 INSTRUMENTED_END_SEND
            253 INSTRUMENTED_INSTRUCTION
            254 INSTRUMENTED_LINE
            256 SETUP_FINALLY noarg exc -> NOP
            257 SETUP_CLEANUP noarg exc -> NOP
            258 SETUP_WITH noarg exc -> NOP
            259 POP_BLOCK noarg -> NOP
            260 JUMP jrel -> JUMP_FORWARD JUMP_BACKWARD
            261 JUMP_NO_INTERRUPT jrel -> JUMP_FORWARD JUMP_BACKWARD_NO_INTERRUPT
            262 LOAD_METHOD name -> LOAD_ATTR
            263 LOAD_SUPER_METHOD name -> LOAD_SUPER_ATTR
            264 LOAD_ZERO_SUPER_METHOD name -> LOAD_SUPER_ATTR
            265 LOAD_ZERO_SUPER_ATTR name -> LOAD_SUPER_ATTR
            266 STORE_FAST_MAYBE_NULL local -> STORE_FAST
            """;

    private static final String[] NAMES = new String[MAX_PSEUDO_OPCODE + 1];
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final int[] CACHES = new int[256];
    private static final Map<String, boolean[]> CATEGORIES = new HashMap<>();
    private static final Map<Integer, List<Integer>> PSEUDO_TARGETS = new HashMap<>();
    private static final boolean[] HAS_ARG = new boolean[MAX_PSEUDO_OPCODE + 1];
    private static final boolean[] DEFINED = new boolean[MAX_PSEUDO_OPCODE + 1];

    static {
        for (String category : List.of("const", "name", "jrel", "local", "free", "compare", "exc")) {
            CATEGORIES.put(category, new boolean[MAX_PSEUDO_OPCODE + 1]);
        }
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = "<" + i + ">";
        }
        List<String[]> pseudo = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] parts = line.trim().split(" +");
            int op = Integer.parseInt(parts[0]);
            NAMES[op] = parts[1];
            NUMBERS.put(parts[1], op);
            DEFINED[op] = true;
            HAS_ARG[op] = op >= HAVE_ARGUMENT;
            for (int i = 2; i < parts.length; i++) {
                String p = parts[i];
                if (p.equals("->")) {
                    pseudo.add(Arrays.copyOfRange(parts, i - 1, parts.length));
                    pseudo.get(pseudo.size() - 1)[0] = parts[0];
                    break;
                } else if (p.equals("noarg")) {
                    HAS_ARG[op] = false;
                } else if (p.startsWith("cache=")) {
                    CACHES[op] = Integer.parseInt(p.substring(6));
                } else {
                    CATEGORIES.get(p)[op] = true;
                }
            }
        }
        for (String[] p : pseudo) {
            List<Integer> targets = new ArrayList<>();
            for (int i = 2; i < p.length; i++) {
                targets.add(NUMBERS.get(p[i]));
            }
            PSEUDO_TARGETS.put(Integer.parseInt(p[0]), Collections.unmodifiableList(targets));
        }
        // CPython lists 148 (LOAD_CLASSDEREF before 3.12) among the free-variable opcodes still
        CATEGORIES.get("free")[148] = true;
    }

    private Opcode() {
    }

    /** {@code opcode.opname[op]} ({@code <N>} for unused numbers), pseudo-instructions included. */
    public static String name(int op) {
        return op >= 0 && op < NAMES.length ? NAMES[op] : "<" + op + ">";
    }

    /** {@code opcode.opmap[name]}, or -1. */
    public static int number(String name) {
        return NUMBERS.getOrDefault(name, -1);
    }

    /** Every defined opcode number in increasing order (real, instrumented, pseudo). */
    public static List<Integer> all() {
        return NUMBERS.values().stream().sorted().toList();
    }

    public static boolean isPseudo(int op) {
        return op >= MIN_PSEUDO_OPCODE && op <= MAX_PSEUDO_OPCODE;
    }

    /** The real instructions a pseudo-instruction can become (empty for real ones). */
    public static List<Integer> pseudoTargets(int op) {
        return PSEUDO_TARGETS.getOrDefault(op, List.of());
    }

    private static final boolean[] CONST = CATEGORIES.get("const");
    private static final boolean[] NAME = CATEGORIES.get("name");
    private static final boolean[] JREL = CATEGORIES.get("jrel");
    private static final boolean[] LOCAL = CATEGORIES.get("local");
    private static final boolean[] FREE = CATEGORIES.get("free");
    private static final boolean[] COMPARE = CATEGORIES.get("compare");
    private static final boolean[] EXC = CATEGORIES.get("exc");

    private static boolean in(boolean[] category, int op) {
        return op >= 0 && op <= MAX_PSEUDO_OPCODE && category[op];
    }

    public static boolean hasArg(int op) {
        return op >= 0 && op <= MAX_PSEUDO_OPCODE && HAS_ARG[op];
    }

    /** Whether {@code op} is a number of the instruction set (real, instrumented or pseudo). */
    public static boolean isDefined(int op) {
        return op >= 0 && op <= MAX_PSEUDO_OPCODE && DEFINED[op];
    }

    public static boolean hasConst(int op) {
        return in(CONST, op);
    }

    public static boolean hasName(int op) {
        return in(NAME, op);
    }

    public static boolean hasJrel(int op) {
        return in(JREL, op);
    }

    /** 3.12 has no absolute jumps: {@code opcode.hasjabs} is empty. */
    public static boolean hasJabs(int op) {
        return false;
    }

    public static boolean hasLocal(int op) {
        return in(LOCAL, op);
    }

    public static boolean hasFree(int op) {
        return in(FREE, op);
    }

    public static boolean hasCompare(int op) {
        return in(COMPARE, op);
    }

    public static boolean hasExc(int op) {
        return in(EXC, op);
    }

    /** {@code opcode._inline_cache_entries[op]}: the CACHE code units after the instruction. */
    public static int cacheEntries(int op) {
        return op >= 0 && op < 256 ? CACHES[op] : 0;
    }

    /** The backward jumps, whose argument counts back from the next instruction. */
    public static boolean isBackwardJump(int op) {
        return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || op == INSTRUMENTED_JUMP_BACKWARD;
    }
}

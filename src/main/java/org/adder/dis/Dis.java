package org.adder.dis;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adder.bytecode.CodeObject;
import org.adder.bytecode.ExceptionTable;
import org.adder.bytecode.LineTable;
import org.adder.bytecode.Opcode;
import org.adder.objects.PyException;
import org.adder.objects.PyObject;

/**
 * The disassembler: prints what CPython 3.12's {@code dis} module prints for a code object
 * ({@code python3.12 -m dis FILE} is {@link #disassemble} of the module's code).
 */
public final class Dis {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;

    private static final String[] CMP_OP = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] FORMAT_CONVERTERS = {"", "str", "repr", "ascii"};
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};
    /** {@code opcode._nb_ops}: the operator each BINARY_OP argument stands for. */
    private static final String[] NB_OPS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
    private static final String[] INTRINSIC_1 = {"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
            "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
            "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
            "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"};
    private static final String[] INTRINSIC_2 = {"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR",
            "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
            "INTRINSIC_SET_FUNCTION_TYPE_PARAMS"};

    private Dis() {
    }

    /**
     * {@code dis.dis(code)}: the code, then each nested code object in {@code co_consts} order
     * ("Disassembly of <code object ...>:"), recursively. This is {@code python -m dis FILE}.
     */
    public static void disassemble(CodeObject code, PrintStream out) {
        out.print(text(code));
        out.flush();
    }

    /** {@link #disassemble} as a string. */
    public static String text(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        recursive(code, sb);
        return sb.toString();
    }

    /** {@code dis.disassemble(code)}: this code object alone. */
    public static String single(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        disassembleOne(code, sb);
        return sb.toString();
    }

    private static void recursive(CodeObject code, StringBuilder out) {
        disassembleOne(code, out);
        for (PyObject c : code.consts) {
            if (c instanceof CodeObject inner) {
                out.append('\n');
                out.append("Disassembly of ").append(inner.repr()).append(":\n");
                recursive(inner, out);
            }
        }
    }

    /** {@code dis.findlinestarts}: the offsets where a new line number starts. */
    public static Map<Integer, Integer> lineStarts(CodeObject code) {
        Map<Integer, Integer> starts = new LinkedHashMap<>();
        Integer last = null;
        for (LineTable.Range r : code.lines()) {
            if (r.line() != null && !r.line().equals(last)) {
                last = r.line();
                starts.put(r.start(), r.line());
            }
        }
        return starts;
    }

    /** {@code dis.get_instructions(code)} without caches. */
    public static List<Instruction> instructions(CodeObject code) {
        return instructions(code, lineStarts(code), code.exceptionEntries());
    }

    private static List<Instruction> instructions(CodeObject code, Map<Integer, Integer> linestarts,
                                                  List<ExceptionTable.Entry> exceptions) {
        List<int[]> units = unpack(code.codeBytes());
        Set<Integer> labels = new HashSet<>();
        for (int[] u : units) {
            Integer target = jumpTarget(u[0], u[1], u[2] == Integer.MIN_VALUE ? null : u[2]);
            if (target != null) {
                labels.add(target);
            }
        }
        for (ExceptionTable.Entry e : exceptions) {
            if (e.start() < e.end()) {
                labels.add(e.target());
            }
        }
        List<Instruction> out = new ArrayList<>(units.size());
        for (int[] u : units) {
            int offset = u[0];
            int op = u[1];
            Integer arg = u[2] == Integer.MIN_VALUE ? null : u[2];
            String argrepr = arg == null ? "" : argrepr(code, offset, op, arg);
            out.add(new Instruction(Opcode.name(op), op, arg, argrepr, offset, linestarts.get(offset),
                    labels.contains(offset)));
        }
        return out;
    }

    /** {@code dis._unpack_opargs}: (offset, opcode, arg or MIN_VALUE), caches skipped. */
    private static List<int[]> unpack(byte[] code) {
        List<int[]> out = new ArrayList<>(code.length / 2);
        int extended = 0;
        int caches = 0;
        for (int i = 0; i + 1 < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xff;
            caches = Opcode.cacheEntries(op);
            int arg;
            if (Opcode.hasArg(op)) {
                arg = (code[i + 1] & 0xff) | extended;
                // the argument is a C int: EXTENDED_ARG can push it past 2**31 and wrap
                extended = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            } else {
                arg = Integer.MIN_VALUE;
                extended = 0;
            }
            out.add(new int[] {i, op, arg});
        }
        return out;
    }

    private static Integer jumpTarget(int offset, int op, Integer arg) {
        if (arg == null || !Opcode.hasJrel(op)) {
            return null;
        }
        int signed = Opcode.isBackwardJump(op) ? -arg : arg;
        return offset + 2 + signed * 2 + 2 * Opcode.cacheEntries(op);
    }

    private static String argrepr(CodeObject code, int offset, int op, int arg) {
        if (Opcode.hasConst(op)) {
            return code.consts.get(arg).repr();
        }
        if (Opcode.hasName(op)) {
            if (op == Opcode.LOAD_GLOBAL) {
                return ((arg & 1) != 0 ? "NULL + " : "") + name(code, arg >> 1);
            }
            if (op == Opcode.LOAD_ATTR) {
                return ((arg & 1) != 0 ? "NULL|self + " : "") + name(code, arg >> 1);
            }
            if (op == Opcode.LOAD_SUPER_ATTR) {
                return ((arg & 1) != 0 ? "NULL|self + " : "") + name(code, arg >> 2);
            }
            return name(code, arg);
        }
        if (Opcode.hasJrel(op)) {
            return "to " + jumpTarget(offset, op, arg);
        }
        if (Opcode.hasLocal(op) || Opcode.hasFree(op)) {
            return code.varnameFromOparg(arg);
        }
        if (Opcode.hasCompare(op)) {
            return pick(CMP_OP, arg >> 4, "tuple");
        }
        switch (op) {
            case Opcode.FORMAT_VALUE -> {
                String r = FORMAT_CONVERTERS[arg & 3];
                if ((arg & 4) != 0) {
                    r = r.isEmpty() ? "with format" : r + ", with format";
                }
                return r;
            }
            case Opcode.MAKE_FUNCTION -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < MAKE_FUNCTION_FLAGS.length; i++) {
                    if ((arg & (1 << i)) != 0) {
                        parts.add(MAKE_FUNCTION_FLAGS[i]);
                    }
                }
                return String.join(", ", parts);
            }
            case Opcode.BINARY_OP -> {
                return pick(NB_OPS, arg, "list");
            }
            case Opcode.CALL_INTRINSIC_1 -> {
                return pick(INTRINSIC_1, arg, "list");
            }
            case Opcode.CALL_INTRINSIC_2 -> {
                return pick(INTRINSIC_2, arg, "list");
            }
            default -> {
                return "";
            }
        }
    }

    /** {@code table[index]} as dis looks it up: an IndexError for an argument out of range. */
    private static String pick(String[] table, int index, String kind) {
        if (index < 0 || index >= table.length) {
            throw new PyException("IndexError", kind + " index out of range");
        }
        return table[index];
    }

    private static String name(CodeObject code, int index) {
        return code.names.get(index).str();
    }

    private static void disassembleOne(CodeObject code, StringBuilder out) {
        Map<Integer, Integer> linestarts = lineStarts(code);
        List<ExceptionTable.Entry> exceptions = code.exceptionEntries();
        boolean showLineno = !linestarts.isEmpty();
        int linenoWidth = 0;
        if (showLineno) {
            int max = linestarts.values().stream().max(Integer::compare).orElse(0);
            linenoWidth = max >= 1000 ? Integer.toString(max).length() : 3;
        }
        int maxOffset = code.codeBytes().length - 2;
        int offsetWidth = maxOffset >= 10000 ? Integer.toString(maxOffset).length() : 4;
        for (Instruction instr : instructions(code, linestarts, exceptions)) {
            if (showLineno && instr.startsLine() != null && instr.offset() > 0) {
                out.append('\n');
            }
            out.append(format(instr, linenoWidth, offsetWidth)).append('\n');
        }
        if (!exceptions.isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : exceptions) {
                out.append("  ").append(e.start()).append(" to ").append(e.end() - 2).append(" -> ")
                        .append(e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** {@code Instruction._disassemble}: the columns, space-separated, trailing blanks cut. */
    static String format(Instruction instr, int linenoWidth, int offsetWidth) {
        StringBuilder line = new StringBuilder();
        if (linenoWidth > 0) {
            String n = instr.startsLine() == null ? "" : Integer.toString(instr.startsLine());
            line.append(" ".repeat(Math.max(0, linenoWidth - n.length()))).append(n).append(' ');
        }
        line.append("   ").append(' ');
        line.append(instr.isJumpTarget() ? ">>" : "  ").append(' ');
        String offset = Integer.toString(instr.offset());
        line.append(" ".repeat(Math.max(0, offsetWidth - offset.length()))).append(offset).append(' ');
        line.append(instr.opname());
        line.append(" ".repeat(Math.max(0, OPNAME_WIDTH - instr.opname().length())));
        if (instr.arg() != null) {
            String arg = Integer.toString(instr.arg());
            line.append(' ').append(" ".repeat(Math.max(0, OPARG_WIDTH - arg.length()))).append(arg);
            if (!instr.argrepr().isEmpty()) {
                line.append(" (").append(instr.argrepr()).append(')');
            }
        }
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }
}

package org.adder.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Instruction lists in the form CPython 3.12's {@code _testinternalcapi} gives them, so that each
 * stage can be compared with the reference's: {@code (opcode, oparg, lineno, end_lineno,
 * col_offset, end_col_offset)} with a jump's argument the index of the instruction it lands on.
 * {@link #codegen} matches {@code compiler_codegen}'s list, {@link #cfg} {@code optimize_cfg}'s.
 */
public final class StageTuples {
    private StageTuples() {
    }

    /** Codegen's output as {@code compiler_codegen} lists it (labels resolved to instruction indexes). */
    public static List<int[]> codegen(InstructionSequence seq) {
        List<int[]> out = new ArrayList<>();
        for (Instr i : seq.instructions()) {
            int arg = OpcodeUtils.hasTarget(i.opcode) ? seq.offsetOf(i.oparg) : i.oparg;
            out.add(tuple(i.opcode, arg, i.loc));
        }
        return out;
    }

    /** An optimised flow graph as {@code optimize_cfg} lists it: blocks in layout order. */
    public static List<int[]> cfg(FlowGraph g) {
        Map<BasicBlock, Integer> start = new HashMap<>();
        int n = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            start.put(b, n);
            n += b.instrs.size();
        }
        List<int[]> out = new ArrayList<>();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                out.add(tuple(i.opcode, OpcodeUtils.hasTarget(i.opcode) ? start.get(i.target) : i.oparg, i.loc));
            }
        }
        return out;
    }

    private static int[] tuple(int opcode, int oparg, Location loc) {
        return new int[] {opcode, oparg, loc.lineno(), loc.endLineno(), loc.col(), loc.endCol()};
    }

    /** {@code op,arg,line,endline,col,endcol} joined by {@code ;} ({@code -} for none). */
    public static String format(List<int[]> tuples) {
        StringBuilder s = new StringBuilder();
        for (int[] t : tuples) {
            if (!s.isEmpty()) {
                s.append(';');
            }
            for (int k = 0; k < t.length; k++) {
                s.append(k == 0 ? "" : ",").append(t[k]);
            }
        }
        return s.isEmpty() ? "-" : s.toString();
    }
}

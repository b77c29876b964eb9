package org.adder.compiler;

import static org.adder.bytecode.Opcode.*;
import static org.adder.compiler.OpcodeUtils.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.adder.bytecode.CodeObject;
import org.adder.bytecode.Opcode;
import org.adder.bytecode.StackEffect;
import org.adder.objects.PyBytes;
import org.adder.objects.PyException;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * The back half of CPython 3.12's compiler for one code unit ({@code optimize_and_assemble_code_unit}
 * and {@code Python/assemble.c}): flow-graph optimisation, then localsplus layout (cells, the
 * generator and closure prologue), stack depth, pseudo-instructions to real ones, jump direction
 * and offsets, and finally the bytes: {@code co_code} with EXTENDED_ARGs and inline caches, the
 * location table and the exception table.
 */
public final class Assembler {
    private final CodeUnitMetadata unit;

    private Assembler(CodeUnitMetadata unit) {
        this.unit = unit;
    }

    /** Compiles codegen's output for one unit into its code object. */
    public static CodeObject assemble(InstructionSequence seq, CodeUnitMetadata unit) {
        FlowGraph g = FlowGraph.build(seq);
        List<PyObject> consts = new ArrayList<>(unit.consts());
        g.optimize(consts, unit.varnames.size(), unit.nparams, unit.firstlineno);
        return new Assembler(unit).assembleOptimized(g, consts);
    }

    /** The assembler proper, for a graph {@link FlowGraph#optimize} has run on with {@code consts}. */
    public static CodeObject assembleOptimized(FlowGraph g, List<PyObject> consts, CodeUnitMetadata unit) {
        return new Assembler(unit).assembleOptimized(g, consts);
    }

    private CodeObject assembleOptimized(FlowGraph g, List<PyObject> consts) {
        int nlocalsplus = prepareLocalsplus(g);
        int maxdepth = stackdepth(g);
        convertPseudoOps(g);
        resolveJumps(g);
        List<Instr> instrs = new ArrayList<>();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            instrs.addAll(b.instrs);
        }
        byte[] code = emitCode(instrs);
        byte[] linetable = LineTableWriter.write(instrs, unit.firstlineno);
        byte[] exceptiontable = ExceptionTableWriter.write(instrs);
        List<String> localsplusnames = new ArrayList<>();
        byte[] kinds = new byte[nlocalsplus];
        computeLocalsplusInfo(nlocalsplus, localsplusnames, kinds);
        return new CodeObject(unit.posonlyargcount + unit.argcount, unit.posonlyargcount, unit.kwonlyargcount,
                maxdepth, unit.flags, PyBytes.of(code), PyTuple.of(StringInterning.apply(consts, unit.interned)), strings(unit.names.keySet()),
                strings(localsplusnames), PyBytes.of(kinds), new PyStr(unit.filename), new PyStr(unit.name),
                new PyStr(unit.qualname != null ? unit.qualname : unit.name), unit.firstlineno,
                PyBytes.of(linetable), PyBytes.of(exceptiontable));
    }

    private static PyTuple strings(java.util.Collection<String> names) {
        List<PyObject> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(new PyStr(n));
        }
        return PyTuple.of(out);
    }

    // ---- localsplus ---------------------------------------------------------------------------

    private int prepareLocalsplus(FlowGraph g) {
        int nlocals = unit.varnames.size();
        int ncells = unit.cellvars.size();
        int nfrees = unit.freevars.size();
        // Where each cell/free index ends up: after the locals, or on the argument it shadows.
        int[] fixed = new int[ncells + nfrees];
        for (int i = 0; i < fixed.length; i++) {
            fixed[i] = nlocals + i;
        }
        for (Map.Entry<String, Integer> cell : unit.cellvars.entrySet()) {
            Integer varindex = unit.varnames.get(cell.getKey());
            if (varindex != null) {
                fixed[cell.getValue()] = varindex;
            }
        }
        insertPrefixInstructions(g.entry, fixed, nfrees);
        int dropped = 0;
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i] == i + nlocals) {
                fixed[i] -= dropped;
            } else {
                dropped++;
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                switch (i.opcode) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF ->
                            i.oparg = fixed[i.oparg];
                    default -> { }
                }
            }
        }
        return nlocals + ncells + nfrees - dropped;
    }

    private void insertPrefixInstructions(BasicBlock entry, int[] fixed, int nfrees) {
        if ((unit.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
            entry.instrs.add(0, new Instr(RETURN_GENERATOR, 0,
                    new Location(unit.firstlineno, unit.firstlineno, -1, -1)));
            entry.instrs.add(1, new Instr(POP_TOP, 0, Location.NONE));
        }
        int ncells = unit.cellvars.size();
        if (ncells > 0) {
            int nvars = ncells + unit.varnames.size();
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncells; i++) {
                sorted[fixed[i]] = i + 1;
            }
            int used = 0;
            for (int i = 0; used < ncells; i++) {
                int oldindex = sorted[i] - 1;
                if (oldindex == -1) {
                    continue;
                }
                entry.instrs.add(used, new Instr(MAKE_CELL, oldindex, Location.NONE));
                used++;
            }
        }
        if (nfrees > 0) {
            entry.instrs.add(0, new Instr(COPY_FREE_VARS, nfrees, Location.NONE));
        }
    }

    private void computeLocalsplusInfo(int nlocalsplus, List<String> names, byte[] kinds) {
        String[] slots = new String[nlocalsplus];
        for (Map.Entry<String, Integer> v : unit.varnames.entrySet()) {
            int kind = CodeObject.CO_FAST_LOCAL;
            if (unit.fasthidden.contains(v.getKey())) {
                kind |= CodeObject.CO_FAST_HIDDEN;
            }
            if (unit.cellvars.containsKey(v.getKey())) {
                kind |= CodeObject.CO_FAST_CELL;
            }
            slots[v.getValue()] = v.getKey();
            kinds[v.getValue()] = (byte) kind;
        }
        int nlocals = unit.varnames.size();
        int dropped = 0;
        for (Map.Entry<String, Integer> c : unit.cellvars.entrySet()) {
            if (unit.varnames.containsKey(c.getKey())) {
                dropped++;
                continue;
            }
            int offset = c.getValue() + nlocals - dropped;
            slots[offset] = c.getKey();
            kinds[offset] = (byte) CodeObject.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> f : unit.freevars.entrySet()) {
            int offset = f.getValue() + nlocals - dropped;
            slots[offset] = f.getKey();
            kinds[offset] = (byte) CodeObject.CO_FAST_FREE;
        }
        names.addAll(List.of(slots));
    }

    // ---- stack depth --------------------------------------------------------------------------

    /** The deepest stack any path needs; sets each block's depth at entry (handlers use it). */
    private int stackdepth(FlowGraph g) {
        boolean generator = (unit.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0;
        return stackdepth(g, generator ? 1 : 0);
    }

    private static int stackdepth(FlowGraph g, int startDepth) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.startDepth = Integer.MIN_VALUE;
        }
        g.resetVisited();
        Deque<BasicBlock> stack = new ArrayDeque<>();
        int maxdepth = 0;
        pushDepth(stack, g.entry, startDepth);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (Instr instr : b.instrs) {
                int effect = effect(instr, false);
                int newDepth = depth + effect;
                maxdepth = Math.max(maxdepth, newDepth);
                if (hasTarget(instr.opcode)) {
                    int targetDepth = depth + effect(instr, true);
                    maxdepth = Math.max(maxdepth, targetDepth);
                    pushDepth(stack, instr.target, targetDepth);
                }
                depth = newDepth;
                if (isUnconditionalJump(instr.opcode) || isScopeExit(instr.opcode)) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                pushDepth(stack, next, depth);
            }
        }
        return maxdepth;
    }

    private static int effect(Instr instr, boolean jump) {
        int op = instr.opcode;
        boolean takesArg = op >= HAVE_ARGUMENT && !(op >= SETUP_FINALLY && op <= POP_BLOCK);
        try {
            return StackEffect.of(op, takesArg ? instr.oparg : null, jump);
        } catch (PyException e) {
            throw new PyException("SystemError", "compiler PyCompile_OpcodeStackEffectWithJump(opcode="
                    + op + ", arg=" + instr.oparg + ") failed");
        }
    }

    private static void pushDepth(Deque<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    // ---- pseudo-instructions and jumps --------------------------------------------------------

    static void convertPseudoOps(FlowGraph g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (isBlockPush(i.opcode) || i.opcode == POP_BLOCK) {
                    i.set(NOP);
                } else if (i.opcode == STORE_FAST_MAYBE_NULL) {
                    i.opcode = STORE_FAST;
                }
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            FlowGraph.removeRedundantNops(b);
        }
    }

    /** Picks each jump's direction, then computes offsets until EXTENDED_ARGs stop changing sizes. */
    static void resolveJumps(FlowGraph g) {
        g.resetVisited();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.visited = true;
            normalizeJump(b);
        }
        boolean again;
        do {
            int total = 0;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                b.offset = total;
                for (Instr i : b.instrs) {
                    total += instrSize(i.opcode, i.oparg);
                }
            }
            again = false;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                int pos = b.offset;
                for (Instr i : b.instrs) {
                    int size = instrSize(i.opcode, i.oparg);
                    pos += size;
                    if (isJump(i.opcode)) {
                        int targetOffset = i.target.offset;
                        i.oparg = targetOffset < pos ? pos - targetOffset : targetOffset - pos;
                        if (instrSize(i.opcode, i.oparg) != size) {
                            again = true;
                        }
                    }
                }
            }
        } while (again);
    }

    private static void normalizeJump(BasicBlock b) {
        Instr last = b.last();
        if (last == null || !isJump(last.opcode)) {
            return;
        }
        boolean forward = !last.target.visited;
        switch (last.opcode) {
            case JUMP -> {
                last.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD;
                return;
            }
            case JUMP_NO_INTERRUPT -> {
                last.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                return;
            }
            default -> { }
        }
        int reversed = switch (last.opcode) {
            case POP_JUMP_IF_NOT_NONE -> POP_JUMP_IF_NONE;
            case POP_JUMP_IF_NONE -> POP_JUMP_IF_NOT_NONE;
            case POP_JUMP_IF_FALSE -> POP_JUMP_IF_TRUE;
            case POP_JUMP_IF_TRUE -> POP_JUMP_IF_FALSE;
            default -> 0;
        };
        if (forward) {
            return;
        }
        // A conditional jump backwards becomes the opposite jump over an unconditional one back.
        BasicBlock back = new BasicBlock();
        Instr jump = new Instr(JUMP, last.target.label, last.loc);
        jump.target = last.target;
        back.instrs.add(jump);
        back.cold = b.cold;
        last.opcode = reversed;
        last.target = b.next;
        back.next = b.next;
        b.next = back;
    }

    // ---- bytes ------------------------------------------------------------------------------------

    private static byte[] emitCode(List<Instr> instrs) {
        ByteSink out = new ByteSink();
        for (Instr i : instrs) {
            int oparg = i.oparg;
            int size = instrSize(i.opcode, oparg);
            int caches = Opcode.cacheEntries(i.opcode);
            for (int shift = 8 * (size - caches - 1); shift > 0; shift -= 8) {
                out.write(EXTENDED_ARG);
                out.write((oparg >> shift) & 0xFF);
            }
            out.write(i.opcode);
            out.write(oparg & 0xFF);
            for (int c = 0; c < caches; c++) {
                out.write(CACHE);
                out.write(0);
            }
        }
        return out.toByteArray();
    }
}

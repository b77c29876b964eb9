package org.adder.compiler;

import static org.adder.compiler.Opcodes.*;

/**
 * PEP 626 line numbers for instructions codegen left without one (CPython 3.12's
 * {@code resolve_line_numbers}): exit blocks reached by several jumps are duplicated so each copy
 * can take its jump's line, then lines flow forward within blocks and into single-predecessor
 * successors, and any return still without a line takes the last line seen.
 */
final class LineNumbers {
    private LineNumbers() {
    }

    static void resolve(FlowGraph g, int firstlineno) {
        duplicateExitsWithoutLineno(g);
        propagate(g);
        guaranteeForExits(g, firstlineno);
    }

    private static void duplicateExitsWithoutLineno(FlowGraph g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (isJump(last.opcode)) {
                BasicBlock target = last.target;
                if (target.isExitWithoutLineno() && target.predecessors > 1) {
                    BasicBlock copy = new BasicBlock();
                    for (Instr i : target.instrs) {
                        copy.instrs.add(i.copy());
                    }
                    copy.instrs.get(0).loc = last.loc;
                    last.target = copy;
                    target.predecessors--;
                    copy.predecessors = 1;
                    copy.next = target.next;
                    copy.label = g.newLabel();
                    target.next = copy;
                }
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.hasFallthrough() && b.next != null && !b.instrs.isEmpty() && b.next.isExitWithoutLineno()) {
                b.next.instrs.get(0).loc = b.last().loc;
            }
        }
    }

    private static void propagate(FlowGraph g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            Location prev = Location.NONE;
            for (Instr i : b.instrs) {
                if (i.loc.lineno() < 0) {
                    i.loc = prev;
                } else {
                    prev = i.loc;
                }
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1
                    && b.next.instrs.get(0).loc.lineno() < 0) {
                b.next.instrs.get(0).loc = prev;
            }
            if (isJump(last.opcode)) {
                BasicBlock target = last.target;
                if (target.predecessors == 1 && target.instrs.get(0).loc.lineno() < 0) {
                    target.instrs.get(0).loc = prev;
                }
            }
        }
    }

    private static void guaranteeForExits(FlowGraph g, int firstlineno) {
        int lineno = firstlineno;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (last.loc.lineno() < 0) {
                if (last.opcode == RETURN_VALUE) {
                    for (Instr i : b.instrs) {
                        Location l = i.loc;
                        i.loc = new Location(lineno, l.endLineno(), l.col(), l.endCol());
                    }
                }
            } else {
                lineno = last.loc.lineno();
            }
        }
    }
}

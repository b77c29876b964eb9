package org.adder.tour;

import java.util.ArrayList;
import java.util.List;
import org.adder.ast.ModTy;
import org.adder.bytecode.CodeObject;
import org.adder.bytecode.LineTable;
import org.adder.bytecode.Opcode;
import org.adder.compiler.Compiler;
import org.adder.dis.Dis;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.tour.TourData.CodeView;
import org.adder.tour.TourData.Instruction;
import org.adder.tour.TourData.Span;

/**
 * Adder's compiler as the tour sees it: every code object, depth first in {@code co_consts}
 * order, with the fields the tour shows, its {@code dis} listing and its instructions with their
 * {@code co_positions()}.
 */
final class CodeAdapter {
    private CodeAdapter() {
    }

    static List<CodeView> compile(Object tree, String source, String filename) {
        // the notebook calls compile() once, through a call site not yet specialised
        return views(Compiler.compile((ModTy) tree, filename, source, org.adder.compiler.CompileOptions.of(0)
                .withRecursionLimit(org.adder.compiler.CompileOptions.COMPILE_BUILTIN_FIRST_CALL)).code());
    }

    static List<CodeView> views(CodeObject module) {
        List<CodeView> out = new ArrayList<>();
        add(module, 0, out);
        return out;
    }

    private static void add(CodeObject code, int depth, List<CodeView> out) {
        List<String> consts = new ArrayList<>();
        for (PyObject c : code.consts) {
            consts.add(c.repr());
        }
        out.add(new CodeView(depth, code.name.value(), code.qualname.value(), code.filename.value(), code.firstlineno,
                code.argcount, code.posonlyargcount, code.kwonlyargcount, code.nlocals(), code.stacksize, code.flags,
                strings(code.varnames()), strings(code.cellvars()), strings(code.freevars()), strings(code.names),
                consts, code.repr(), Dis.single(code), instructions(code)));
        for (PyObject c : code.consts) {
            if (c instanceof CodeObject inner) {
                add(inner, depth + 1, out);
            }
        }
    }

    private static List<Instruction> instructions(CodeObject code) {
        List<LineTable.Position> positions = code.positions();
        List<Instruction> out = new ArrayList<>();
        for (org.adder.dis.Instruction i : Dis.instructions(code)) {
            int unit = i.offset() / 2;
            LineTable.Position p = unit < positions.size() ? positions.get(unit) : null;
            Span span = p == null || (p.line() == null && p.col() == null && p.endLine() == null && p.endCol() == null)
                    ? null : new Span(orNone(p.line()), orNone(p.col()), orNone(p.endLine()), orNone(p.endCol()));
            int jump = -1;
            if (i.arg() != null && Opcode.hasJrel(i.opcode())) {
                int delta = Opcode.isBackwardJump(i.opcode()) ? -i.arg() : i.arg();
                jump = i.offset() + 2 + 2 * delta + 2 * Opcode.cacheEntries(i.opcode());
            }
            out.add(new Instruction(i.offset(), i.opname(), i.arg() == null ? -1 : i.arg(), i.argrepr(),
                    i.startsLine() == null ? -1 : i.startsLine(), i.isJumpTarget(), jump, span));
        }
        return out;
    }

    private static int orNone(Integer v) {
        return v == null ? -1 : v;
    }

    private static List<String> strings(PyTuple names) {
        List<String> out = new ArrayList<>(names.size());
        for (PyObject o : names) {
            out.add(((PyStr) o).value());
        }
        return out;
    }
}

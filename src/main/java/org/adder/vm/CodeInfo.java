package org.adder.vm;

import java.util.List;
import org.adder.bytecode.CodeObject;
import org.adder.bytecode.ExceptionTable;
import org.adder.bytecode.LineTable;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;

/**
 * What the VM derives once from a code object, kept beside it ({@code co_code} itself is never changed):
 * the instructions as code units, names and constants as arrays, the exception table decoded, and the line
 * of every code unit.
 */
final class CodeInfo {
    static final int CO_OPTIMIZED = 0x1;
    static final int CO_FAST_HIDDEN = 0x10;
    static final int CO_FAST_LOCAL = 0x20;
    static final int CO_FAST_CELL = 0x40;
    static final int CO_FAST_FREE = 0x80;
    /** One element per code unit: the opcode in the low byte, its argument byte above. */
    final char[] units;
    final PyObject[] consts;
    final PyStr[] names;
    final int nlocalsplus;
    final byte[] kinds;
    final PyStr[] localNames;
    /** The exception table in code units: [start, end) handled at target, unwinding the stack to depth. */
    final int[] exStart;
    final int[] exEnd;
    final int[] exTarget;
    final int[] exDepth;
    final boolean[] exLasti;
    /** The line of each code unit, or -1 where it has none. */
    private final int[] lines;
    /** The instructions that begin a line (their line differs from the previous instruction's). */
    private final boolean[] lineStarts;
    /** The first RESUME: trace functions see no lines up to it. */
    final int firstTraceable;

    private CodeInfo(CodeObject code) {
        byte[] b = code.codeBytes();
        units = new char[b.length / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) ((b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8);
        }
        consts = code.consts.items().toArray(new PyObject[0]);
        names = new PyStr[code.names.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.intern((PyStr) code.names.get(i));
        }
        nlocalsplus = code.localsplusnames.size();
        kinds = code.localspluskinds.value();
        localNames = new PyStr[nlocalsplus];
        for (int i = 0; i < nlocalsplus; i++) {
            localNames[i] = PyStr.intern((PyStr) code.localsplusnames.get(i));
        }
        List<ExceptionTable.Entry> ex = code.exceptionEntries();
        int n = ex.size();
        exStart = new int[n];
        exEnd = new int[n];
        exTarget = new int[n];
        exDepth = new int[n];
        exLasti = new boolean[n];
        for (int i = 0; i < n; i++) {
            ExceptionTable.Entry e = ex.get(i);
            exStart[i] = e.start() / 2;
            exEnd[i] = e.end() / 2;
            exTarget[i] = e.target() / 2;
            exDepth[i] = e.depth();
            exLasti[i] = e.lasti();
        }
        lines = new int[units.length];
        java.util.Arrays.fill(lines, -1);
        for (LineTable.Range r : code.lines()) {
            if (r.line() != null) {
                for (int a = r.start() / 2; a < r.end() / 2 && a < lines.length; a++) {
                    lines[a] = r.line();
                }
            }
        }
        lineStarts = new boolean[units.length];
        int resume = 0;
        int previous = -1;
        for (int u = 0; u < units.length; u++) {
            int op = units[u] & 0xff;
            if (op == org.adder.bytecode.Opcode.RESUME && resume == 0) {
                resume = u;
            }
            if (lines[u] >= 0 && lines[u] != previous) {
                lineStarts[u] = true;
            }
            if (lines[u] >= 0) {
                previous = lines[u];
            }
            u += org.adder.bytecode.Opcode.cacheEntries(op);
        }
        firstTraceable = resume;
    }

    boolean isLineStart(int u) {
        return lineStarts[u];
    }

    static CodeInfo of(CodeObject code) {
        Object i = code.vmInfo;
        if (i == null) {
            i = new CodeInfo(code);
            code.vmInfo = i;
        }
        return (CodeInfo) i;
    }

    /** The handler entry covering code unit {@code unit}, or -1. */
    int handlerFor(int unit) {
        for (int i = 0; i < exStart.length; i++) {
            if (unit >= exStart[i] && unit < exEnd[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The line of the instruction at byte offset {@code lasti} (the nearest earlier one when it has none). */
    int lineAt(int lasti) {
        int u = lasti / 2;
        if (u < 0 || u >= lines.length) {
            return -1;
        }
        return lines[u];
    }

    /** The line of code unit {@code u}, -1 when none (for trace 'line' events). */
    int lineOfUnit(int u) {
        return u >= 0 && u < lines.length ? lines[u] : -1;
    }
}

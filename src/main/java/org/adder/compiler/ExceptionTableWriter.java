package org.adder.compiler;

import java.util.List;

/**
 * Writes {@code co_exceptiontable} as CPython 3.12 does ({@code Objects/exception_handling_notes.txt}):
 * one entry per run of instructions sharing a handler: start, length, target (code units) and
 * {@code depth << 1 | lasti}, each a big-endian varint of 6-bit groups, the entry's first byte
 * flagged with 0x80.
 */
public final class ExceptionTableWriter {
    private final ByteSink out = new ByteSink();

    private ExceptionTableWriter() {
    }

    /** The table for {@code instrs} once jumps are resolved (handler blocks know their offsets). */
    public static byte[] write(List<Instr> instrs) {
        ExceptionTableWriter t = new ExceptionTableWriter();
        BasicBlock handler = null;
        int start = -1;
        int offset = 0;
        for (Instr i : instrs) {
            if (handlerOffset(i.except) != handlerOffset(handler)) {
                if (handler != null) {
                    t.entry(start, offset, handler);
                }
                start = offset;
                handler = i.except;
            }
            offset += OpcodeUtils.instrSize(i.opcode, i.oparg);
        }
        if (handler != null) {
            t.entry(start, offset, handler);
        }
        return t.out.toByteArray();
    }

    private static int handlerOffset(BasicBlock handler) {
        return handler == null ? -1 : handler.offset;
    }

    private void entry(int start, int end, BasicBlock handler) {
        int depth = handler.startDepth - 1;
        if (handler.preserveLasti) {
            depth--;
        }
        item(start, 0x80);
        item(end - start, 0);
        item(handler.offset, 0);
        item((depth << 1) | (handler.preserveLasti ? 1 : 0), 0);
    }

    private void item(int value, int msb) {
        for (int shift = 24; shift > 0; shift -= 6) {
            if (value >= 1 << shift) {
                out.write(((value >> shift) & 0x3F) | 0x40 | msb);
                msb = 0;
            }
        }
        out.write((value & 0x3F) | msb);
    }
}

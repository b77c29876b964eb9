package org.adder.bytecode;

import java.io.ByteArrayOutputStream;

/** {@code co_lnotab}: the line table in the pre-3.10 format, derived from {@code co_lines()} as CPython does. */
final class Lnotab {
    private Lnotab() {
    }

    static byte[] of(CodeObject code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lastLine = code.firstlineno;
        int lastAddr = 0;
        for (LineTable.Range r : code.lines()) {
            if (r.line() == null) {
                continue;
            }
            int addrDelta = r.start() - lastAddr;
            int lineDelta = r.line() - lastLine;
            if (addrDelta == 0 && lineDelta == 0) {
                continue;
            }
            while (addrDelta > 254) {
                out.write(254);
                out.write(0);
                addrDelta -= 254;
            }
            while (lineDelta > 127) {
                out.write(addrDelta);
                out.write(127);
                addrDelta = 0;
                lineDelta -= 127;
            }
            while (lineDelta < -128) {
                out.write(addrDelta);
                out.write(-128 & 0xff);
                addrDelta = 0;
                lineDelta += 128;
            }
            out.write(addrDelta);
            out.write(lineDelta & 0xff);
            lastAddr = r.start();
            lastLine = r.line();
        }
        return out.toByteArray();
    }
}

package org.adder.dis;

/**
 * One line of a disassembly, as {@code dis.Instruction}: {@code arg} is null for
 * instructions without argument, {@code startsLine} null when no new line starts here.
 */
public record Instruction(String opname, int opcode, Integer arg, String argrepr, int offset, Integer startsLine,
                          boolean isJumpTarget) {
}

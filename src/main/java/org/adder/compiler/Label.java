package org.adder.compiler;

/** A jump target in an {@link InstructionSequence}, placed by {@link InstructionSequence#useLabel}. */
public record Label(int id) {
}

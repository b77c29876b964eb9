/**
 * CPython 3.12's bytecode as data: {@link org.adder.bytecode.Opcode} (numbers, names, categories,
 * inline caches, pseudo-instructions), {@link org.adder.bytecode.StackEffect}
 * ({@code dis.stack_effect}), and {@link org.adder.bytecode.CodeObject} with its location table
 * ({@link org.adder.bytecode.LineTable}: {@code co_lines()}, {@code co_positions()}) and
 * exception table ({@link org.adder.bytecode.ExceptionTable}).
 */
package org.adder.bytecode;

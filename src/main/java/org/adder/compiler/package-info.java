/**
 * The compiler: AST to code objects, as CPython 3.12's {@code Python/compile.c},
 * {@code Python/flowgraph.c} and {@code Python/assemble.c}.
 *
 * <h2>The back half (this package's flow graph and assembler)</h2>
 * Codegen produces, per code unit, an {@link org.adder.compiler.InstructionSequence} (real and
 * pseudo-instructions, labels, locations; see its documentation for exactly what to emit) and a
 * {@link org.adder.compiler.CodeUnitMetadata} (constants keyed as CPython's constant keys, names,
 * varnames, cellvars, freevars, hidden comprehension locals, argument counts, flags, name,
 * qualname, first line, filename). Then
 * {@code Assembler.assemble(sequence, metadata)} returns the {@link org.adder.bytecode.CodeObject}:
 * <ol>
 *   <li>{@link org.adder.compiler.FlowGraph#build}: basic blocks, split at labels and after jumps
 *       and exits;</li>
 *   <li>{@link org.adder.compiler.FlowGraph#optimize} ({@code _PyCfg_OptimizeCodeUnit}): exception
 *       handlers per instruction, small exit blocks inlined, the peephole rewrites
 *       ({@code Peephole}, {@code Swaps}), unreachable code, NOPs and redundant jumps removed, unused
 *       constants dropped, {@code LOAD_FAST_CHECK} where a local may be unbound
 *       ({@code UninitializedLocals}), exception-only blocks moved to the end, line numbers for
 *       instructions without one ({@code LineNumbers});</li>
 *   <li>{@link org.adder.compiler.Assembler}: localsplus (cells of arguments, {@code MAKE_CELL},
 *       {@code COPY_FREE_VARS}, the generator's {@code RETURN_GENERATOR; POP_TOP}), stack depth,
 *       pseudo-instructions to real ones, jump direction and offsets with EXTENDED_ARG, then
 *       {@code co_code} with inline caches, {@link org.adder.compiler.LineTableWriter} and
 *       {@link org.adder.compiler.ExceptionTableWriter}.</li>
 * </ol>
 * The passes keep CPython's traversal orders and quirks (for instance a block pushed twice
 * while counting predecessors is scanned twice), because they decide the bytes.
 */
package org.adder.compiler;

/**
 * The symbol table stage: CPython 3.12's symtable.c, deciding for every name of every block
 * whether the compiler uses a fast local, a global, a cell or a free variable.
 *
 * <p>How the compiler uses it (as compile.c uses {@code PySTEntryObject}):
 * <ul>
 *   <li>{@link org.adder.symtable.SymbolTable#build} once per module, after the AST optimiser
 *       (3.12 builds the table on the optimised tree), with the {@link org.adder.symtable.FutureFeatures}
 *       it read; {@link org.adder.symtable.SymbolTable#lookup} finds the block a node opens: a def,
 *       class, lambda, comprehension or {@code type} statement by its node, a TypeVar bound by its
 *       {@code TypeParamTy.TypeVar}, the type-parameter block of a generic by the statement's
 *       {@code typeParams} list.</li>
 *   <li>In a block, {@link org.adder.symtable.SymtableEntry#scope} ({@code _PyST_GetScope}) and
 *       {@link org.adder.symtable.SymtableEntry#symbol} ({@code _PyST_GetSymbol}) of a mangled
 *       name ({@link org.adder.symtable.Mangling#mangle}); the flag and scope constants are
 *       CPython's, in {@link org.adder.symtable.Symbol}.</li>
 *   <li>co_varnames starts with {@link org.adder.symtable.SymtableEntry#varnames}; cellvars are the
 *       names whose scope is CELL or that have DEF_COMP_CELL (plus {@code __class__} and
 *       {@code __classdict__} when {@code needsClassClosure()} / {@code needsClassdict()}), freevars
 *       those whose scope is FREE or that have DEF_FREE_CLASS, each sorted.</li>
 *   <li>Code flags from {@code nested()}, {@code generator()}, {@code coroutine()},
 *       {@code varargs()}, {@code varkeywords()} of function-like blocks; comprehensions with
 *       {@code compInlined()} are compiled inline (PEP 709) and their children are already the
 *       parent's.</li>
 * </ul>
 * Errors are {@link org.adder.objects.PySyntaxError}s with CPython's message and positions
 * (1-based offsets from the AST's byte columns, unconverted, as CPython reports them).
 */
package org.adder.symtable;

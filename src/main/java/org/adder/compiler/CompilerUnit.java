package org.adder.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adder.symtable.Symbol;
import org.adder.symtable.SymtableEntry;

/**
 * One code unit being compiled (CPython's {@code struct compiler_unit}): its symbol-table
 * block, its tables, its instructions and the stack of frame blocks that {@code break},
 * {@code continue} and {@code return} unwind.
 */
final class CompilerUnit {
    /** CPython's {@code COMPILER_SCOPE_*}. */
    enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPEPARAMS }

    /** CPython's {@code enum fblocktype}. */
    enum FBlockType {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    /** A frame block; {@code datum} is the finally body, the with statement or the handler's name. */
    record FBlock(FBlockType type, Label block, Label exit, Object datum) {
    }

    /** Frame blocks nest at most this deep ({@code CO_MAXBLOCKS}). */
    static final int MAX_BLOCKS = 20;

    final SymtableEntry ste;
    final ScopeType scopeType;
    final CodeUnitMetadata md;
    final CodeBuffer code = new CodeBuffer();
    /** The class name private names are mangled with, inherited from the enclosing unit. */
    String privateName;
    final List<FBlock> fblocks = new ArrayList<>();
    int inInlinedComp;
    /** Symbols of the block temporarily replaced while an inlined comprehension is compiled. */
    final Map<String, Integer> symbolOverrides = new HashMap<>();
    /** CPython's {@code u_fasthidden}: true while a comprehension variable is a fast local here. */
    final Map<String, Boolean> fastHidden = new HashMap<>();

    CompilerUnit(SymtableEntry ste, ScopeType scopeType, CodeUnitMetadata md) {
        this.ste = ste;
        this.scopeType = scopeType;
        this.md = md;
    }

    /** The packed symbol of {@code name} as the compiler currently sees it. */
    int symbol(String name) {
        Integer over = symbolOverrides.get(name);
        return over != null ? over : ste.symbol(name);
    }

    int scope(String name) {
        return Symbol.scope(symbol(name));
    }

    boolean isFunctionLike() {
        return ste.isFunctionLike();
    }
}

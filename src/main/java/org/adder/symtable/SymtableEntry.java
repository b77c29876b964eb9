package org.adder.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table ({@code PySTEntryObject}): a module, class, function, lambda,
 * comprehension or annotation scope, with its names in first-seen order (the compiler's order for
 * its tables) and its child blocks in the order the compiler meets them.
 */
public final class SymtableEntry {
    /** A {@code global} or {@code nonlocal} declaration (or the implicit one of a walrus in a comprehension). */
    record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {
    }

    /** The AST object that opened the block (a node, or a statement's type-parameter list). */
    public final Object key;
    public final String name;
    public final BlockType type;
    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;

    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<SymtableEntry> children = new ArrayList<>();
    List<Directive> directives;

    /** Nested in a function-like block (directly or through other blocks). */
    boolean nested;
    /** Has free variables (or, when nested, implicit globals). */
    boolean free;
    /** A child block has free variables. */
    boolean childFree;
    boolean generator;
    boolean coroutine;
    ComprehensionType comprehension = ComprehensionType.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    /** A class whose methods use {@code __class__} (or {@code super}): the class body makes the cell. */
    boolean needsClassClosure;
    /** A class whose annotation scopes read its namespace through {@code __classdict__}. */
    boolean needsClassdict;
    /** A list/set/dict comprehension whose code is inlined in its parent (PEP 709). */
    boolean compInlined;
    /** Visiting a comprehension's target: names bound there are iteration variables. */
    boolean compIterTarget;
    /** An annotation scope directly inside a class: it sees the class namespace. */
    boolean canSeeClassScope;
    /** Depth of comprehension iterable expressions being visited (walrus is forbidden there). */
    int compIterExpr;

    SymtableEntry(Object key, String name, BlockType type, int lineno, int colOffset, int endLineno,
                  int endColOffset) {
        this.key = key;
        this.name = name;
        this.type = type;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    /** The packed symbol of {@code name} (flags and scope), 0 if the block does not know it. */
    public int symbol(String name) {
        Integer v = symbols.get(name);
        return v == null ? 0 : v;
    }

    /** The resolved scope of {@code name} here ({@link Symbol#LOCAL} ... {@link Symbol#CELL}, 0 if unknown). */
    public int scope(String name) {
        return Symbol.scope(symbol(name));
    }

    /** Every name of the block with its packed symbol, in first-seen order. */
    public Map<String, Integer> symbols() {
        return Collections.unmodifiableMap(symbols);
    }

    /** The parameters in declaration order ({@code ste_varnames}): the start of the code object's varnames. */
    public List<String> varnames() {
        return Collections.unmodifiableList(varnames);
    }

    /** The child blocks, with inlined comprehensions replaced by their own children. */
    public List<SymtableEntry> children() {
        return Collections.unmodifiableList(children);
    }

    public boolean isFunctionLike() {
        return type.isFunctionLike();
    }

    public boolean nested() {
        return nested;
    }

    public boolean hasFree() {
        return free;
    }

    public boolean childFree() {
        return childFree;
    }

    public boolean generator() {
        return generator;
    }

    public boolean coroutine() {
        return coroutine;
    }

    public ComprehensionType comprehension() {
        return comprehension;
    }

    public boolean varargs() {
        return varargs;
    }

    public boolean varkeywords() {
        return varkeywords;
    }

    public boolean returnsValue() {
        return returnsValue;
    }

    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    public boolean needsClassdict() {
        return needsClassdict;
    }

    public boolean compInlined() {
        return compInlined;
    }

    public boolean canSeeClassScope() {
        return canSeeClassScope;
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + lineno + ">";
    }
}

package org.adder.symtable;

import static org.adder.symtable.Symbol.CELL;
import static org.adder.symtable.Symbol.DEF_BOUND;
import static org.adder.symtable.Symbol.DEF_COMP_CELL;
import static org.adder.symtable.Symbol.DEF_FREE_CLASS;
import static org.adder.symtable.Symbol.DEF_GLOBAL;
import static org.adder.symtable.Symbol.DEF_NONLOCAL;
import static org.adder.symtable.Symbol.DEF_PARAM;
import static org.adder.symtable.Symbol.DEF_TYPE_PARAM;
import static org.adder.symtable.Symbol.FREE;
import static org.adder.symtable.Symbol.GLOBAL_EXPLICIT;
import static org.adder.symtable.Symbol.GLOBAL_IMPLICIT;
import static org.adder.symtable.Symbol.LOCAL;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adder.objects.PySyntaxError;

/**
 * The second pass: decides every name's scope, top-down with the names each enclosing scope
 * binds, bottom-up with the names children need from outside (which turn locals into cells).
 *
 * <p>The sets travelling through the tree: {@code bound} the names bound by enclosing function
 * scopes (null for the module), {@code free} the names children leave unresolved, {@code global}
 * the names declared global around, {@code typeParams} the type parameters around. Class scopes
 * add nothing to what their children see, except {@code __class__} and {@code __classdict__}.
 */
final class SymtableAnalyzer {
    private final String filename;
    private final String source;

    SymtableAnalyzer(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    void analyze(SymtableEntry top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), null);
    }

    private void analyzeBlock(SymtableEntry ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, SymtableEntry classEntry) {
        Set<String> local = new LinkedHashSet<>();
        Map<String, Integer> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new LinkedHashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new LinkedHashSet<>();
        Set<String> inlinedCells = new LinkedHashSet<>();

        // A class's own bindings are invisible to its methods: they see what the class saw.
        if (ste.type == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.type != BlockType.CLASS) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (SymtableEntry child : ste.children) {
            SymtableEntry childClass = null;
            if (child.canSeeClassScope) {
                childClass = ste.type == BlockType.CLASS ? ste : classEntry;
            }
            // every comprehension but a generator expression is inlined (PEP 709)
            boolean inline = child.comprehension != ComprehensionType.NONE && !child.generator;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(child, new LinkedHashSet<>(newBound), childFree, new LinkedHashSet<>(newGlobal),
                    new LinkedHashSet<>(typeParams), childClass);
            if (inline) {
                inlineComprehension(ste, child, scopes, childFree, inlinedCells);
                child.compInlined = true;
            }
            newFree.addAll(childFree);
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
        }
        // an inlined comprehension's children become the parent's own
        List<SymtableEntry> children = ste.children;
        for (int i = children.size() - 1; i >= 0; i--) {
            SymtableEntry child = children.get(i);
            if (child.compInlined) {
                children.remove(i);
                children.addAll(i, child.children);
            }
        }

        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.type == BlockType.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
            if (newFree.remove("__classdict__")) {
                ste.needsClassdict = true;
            }
        }
        updateSymbols(ste, scopes, bound, newFree, inlinedCells,
                ste.type == BlockType.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private void analyzeName(SymtableEntry ste, Map<String, Integer> scopes, String name, int flags,
                             Set<String> bound, Set<String> local, Set<String> free, Set<String> global,
                             Set<String> typeParams, SymtableEntry classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw atDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw atDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw atDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw atDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // An annotation scope in a class reads the class namespace first, then globals: a name the
        // class binds (or declares global) is looked up there rather than in an outer function.
        if (classEntry != null) {
            int classFlags = classEntry.symbol(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    /** Merges an inlined comprehension's names into its parent's. */
    private static void inlineComprehension(SymtableEntry ste, SymtableEntry comp, Map<String, Integer> scopes,
                                            Set<String> compFree, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the implicit .0
            }
            String name = e.getKey();
            int scope = Symbol.scope(compFlags);
            int onlyFlags = Symbol.flags(compFlags);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(name);
            }
            Integer existing = ste.symbols.get(name);
            if (existing == null) {
                ste.symbols.put(name, onlyFlags);
                scopes.put(name, scope);
            } else if ((existing & DEF_BOUND) != 0 && !isFreeInAnyChild(comp, name)
                    && ste.type != BlockType.CLASS) {
                // the comprehension's free reference to a local of ours is now simply that local
                compFree.remove(name);
            }
        }
    }

    private static boolean isFreeInAnyChild(SymtableEntry entry, String name) {
        for (SymtableEntry child : entry.children) {
            if (child.scope(name) == FREE) {
                return true;
            }
        }
        return false;
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(CELL);
            free.remove(name);
        }
    }

    private static void updateSymbols(SymtableEntry ste, Map<String, Integer> scopes, Set<String> bound,
                                      Set<String> free, Set<String> inlinedCells, boolean classLike) {
        Map<String, Integer> symbols = ste.symbols;
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            e.setValue(Symbol.withScope(flags, scopes.get(e.getKey())));
        }
        // free variables of children that pass through this block
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                // a method's free variable named like something the class binds
                if (classLike) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            symbols.put(name, Symbol.withScope(0, FREE));
        }
    }

    private PySyntaxError atDirective(SymtableEntry ste, String name, String msg) {
        if (ste.directives != null) {
            for (SymtableEntry.Directive d : ste.directives) {
                if (d.name().equals(name)) {
                    return Errors.at(filename, source, msg, d.lineno(), d.colOffset() + 1, d.endLineno(),
                            d.endColOffset() + 1);
                }
            }
        }
        throw new IllegalStateException("no directive recorded for " + name);
    }
}

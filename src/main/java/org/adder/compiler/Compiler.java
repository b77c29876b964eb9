package org.adder.compiler;

import static org.adder.bytecode.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.adder.ast.AstNode;
import org.adder.ast.ExprContextTy;
import org.adder.ast.ExprTy;
import org.adder.ast.ModTy;
import org.adder.ast.StmtTy;
import org.adder.bytecode.CodeObject;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.symtable.BlockType;
import org.adder.symtable.FutureFeatures;
import org.adder.symtable.Mangling;
import org.adder.symtable.Symbol;
import org.adder.symtable.SymbolTable;
import org.adder.symtable.SymtableEntry;

/**
 * CPython 3.12's compiler front half ({@code Python/compile.c}): the AST, optimised by
 * {@link AstOptimizer}, with its symbol table, becomes one instruction sequence per code unit;
 * each finished unit goes to the flow graph and assembler and comes back as a code object.
 *
 * <p>This class holds the unit stack (CPython's {@code struct compiler}) and what every node
 * family shares: scopes, name resolution, constants, closures. The nodes themselves are compiled
 * by {@link StatementCompiler}, {@link ExpressionCompiler}, {@link DefinitionCompiler},
 * {@link ComprehensionCompiler} and {@link PatternCompiler}.
 */
public final class Compiler {
    /** What becomes of a finished unit: normally the assembled code object. */
    public interface UnitFinisher {
        PyObject finish(InstructionSequence seq, CodeUnitMetadata md);
    }

    /** The module unit's codegen output, as {@code _testinternalcapi.compiler_codegen} shows it. */
    public record Codegen(List<int[]> instructions, CodeUnitMetadata metadata, List<CompileErrors.Warning> warnings) {
    }

    final String filename;
    final String source;
    final int optimize;
    final FutureFeatures future;
    final CompileFlags flags;
    final SymbolTable st;
    final UnitFinisher finisher;
    final List<CompileErrors.Warning> warnings = new ArrayList<>();
    private java.util.function.Consumer<CompileErrors.Warning> warningSink;
    /**
     * An {@code async for} or {@code async with} at module level under PyCF_ALLOW_TOP_LEVEL_AWAIT:
     * the symbol table does not see those, so the compiler marks the module a coroutine itself.
     */
    boolean topLevelAwaits;

    CompilerUnit u;
    private final Deque<CompilerUnit> stack = new ArrayDeque<>();
    int nestLevel;
    boolean interactive;

    final ExpressionCompiler expr = new ExpressionCompiler(this);
    final StatementCompiler stmt = new StatementCompiler(this);
    final DefinitionCompiler defs = new DefinitionCompiler(this);
    final ComprehensionCompiler comps = new ComprehensionCompiler(this);
    final PatternCompiler patterns = new PatternCompiler(this);

    private Compiler(String filename, String source, int optimize, FutureFeatures future, CompileFlags flags,
                     SymbolTable st, UnitFinisher finisher) {
        this.filename = filename;
        this.source = source;
        this.optimize = optimize;
        this.future = future;
        this.flags = flags;
        this.st = st;
        this.finisher = finisher;
    }

    /**
     * {@code compile(source, filename, mode, dont_inherit=True, optimize=optimize)} for an AST:
     * optimise it, build its symbol table, compile and assemble every unit. {@code source} only
     * supplies the text of error lines and may be null.
     */
    public static CodeObject compile(ModTy mod, String filename, String source, String mode, int optimize) {
        return compileWithWarnings(mod, filename, source, mode, optimize).code();
    }

    /** A module's code object and the SyntaxWarnings compiling it gave. */
    public record Compiled(CodeObject code, List<CompileErrors.Warning> warnings) {
    }

    /** {@link #compile}, keeping the warnings CPython would print. */
    public static Compiled compileWithWarnings(ModTy mod, String filename, String source, String mode, int optimize) {
        return compile(mod, filename, source, CompileOptions.of(optimize));
    }

    /**
     * {@code compile(source, filename, mode, flags, dont_inherit=True, optimize)} for an AST (the
     * mode is the tree's kind), with the caller's recursion budget; each warning also goes to the
     * options' sink as it is issued.
     */
    public static Compiled compile(ModTy mod, String filename, String source, CompileOptions options) {
        try {
            Compiler c = prepare(mod, filename, source, options, Compiler::assemble);
            return new Compiled((CodeObject) c.compileModule(c.optimized), List.copyOf(c.warnings));
        } catch (StackOverflowError e) {
            throw recursionError();
        }
    }

    /** What CPython raises when a tree is too deep to compile. */
    private static org.adder.objects.PyException recursionError() {
        return new org.adder.objects.PyException("RecursionError", "maximum recursion depth exceeded during compilation");
    }

    public static CodeObject compile(ModTy mod, String filename, String mode, int optimize) {
        return compile(mod, filename, null, mode, optimize);
    }

    /**
     * {@code _testinternalcapi.compiler_codegen(ast, filename, optimize)}: the module unit's
     * instructions before any flow-graph pass, and its tables. Nested units are assembled.
     */
    public static Codegen codegen(ModTy mod, String filename, String source, int optimize) {
        try {
            Compiler c = prepare(mod, filename, source, CompileOptions.of(optimize), Compiler::assemble);
            c.codegenModule(c.optimized);
            CompilerUnit unit = c.u;
            c.addReturnAtEnd(!(c.optimized instanceof ModTy.Expression));
            return new Codegen(unit.code.codegenTuples(), unit.md, c.warnings);
        } catch (StackOverflowError e) {
            throw recursionError();
        }
    }

    private ModTy optimized;
    /**
     * The identifiers the parser interned, which make code objects rebuild some frozensets;
     * gathered only if a code object has such a frozenset, which few modules do.
     */
    private java.util.function.Predicate<String> parsedIdentifiers = s -> false;

    private static Compiler prepare(ModTy mod, String filename, String source, CompileOptions options,
                                    UnitFinisher finisher) {
        int level = Math.max(options.optimize(), 0);
        FutureFeatures future = FutureFeatures.of(mod, filename, source, options.flags().futureFeatures());
        ModTy opt = AstOptimizer.optimize(mod, level, future.features, options.recursionLimit());
        SymbolTable st = SymbolTable.build(opt, filename, source, future, options.recursionLimit());
        Compiler c = new Compiler(filename, source, level, future, options.flags(), st, finisher);
        c.warningSink = options.warnings();
        c.optimized = opt;
        c.parsedIdentifiers = StringInterning.parsedIdentifiers(mod, source);
        return c;
    }

    /** The warnings compiling emitted, in order ({@code SyntaxWarning}s CPython prints). */
    public List<CompileErrors.Warning> warnings() {
        return warnings;
    }

    /** The default finisher: flow graph, assembler, code object. */
    static PyObject assemble(InstructionSequence seq, CodeUnitMetadata md) {
        try {
            return Assembler.assemble(seq, md);
        } catch (RuntimeException e) {
            if (e instanceof org.adder.objects.PyException) {
                throw e;
            }
            throw new IllegalStateException("assembling " + md.qualname + ": " + e, e);
        }
    }

    private PyObject compileModule(ModTy mod) {
        codegenModule(mod);
        return optimizeAndAssemble(!(mod instanceof ModTy.Expression));
    }

    private void codegenModule(ModTy mod) {
        enterScope("<module>", CompilerUnit.ScopeType.MODULE, mod, 1);
        Location loc = new Location(1, 1, 0, 0);
        switch (mod) {
            case ModTy.Module m -> stmt.body(loc, m.body);
            case ModTy.Interactive m -> {
                if (StatementCompiler.findAnnotations(m.body)) {
                    op(SETUP_ANNOTATIONS, loc);
                }
                interactive = true;
                for (StmtTy s : m.body) {
                    stmt.visit(s);
                }
            }
            case ModTy.Expression m -> expr.visit(m.body);
            case ModTy.FunctionType m -> throw new CompileErrors.Internal("cannot compile a function type");
        }
    }

    // ---------------------------------------------------------------- scopes

    /** {@code compiler_enter_scope}. {@code key} is the AST object that opened the symbol-table block. */
    void enterScope(String name, CompilerUnit.ScopeType scopeType, Object key, int lineno) {
        SymtableEntry ste = st.lookup(key);
        if (ste == null) {
            throw new CompileErrors.Internal("no symbol table block for " + name);
        }
        CodeUnitMetadata md = new CodeUnitMetadata();
        md.name = name;
        md.filename = filename;
        md.interned = parsedIdentifiers;
        for (String v : ste.varnames()) {
            md.addVarname(v);
        }
        for (String n : sortedNames(ste, Symbol.CELL, Symbol.DEF_COMP_CELL)) {
            md.addCellvar(n);
        }
        if (ste.needsClassClosure()) {
            md.addCellvar("__class__");
        }
        if (ste.needsClassdict()) {
            md.addCellvar("__classdict__");
        }
        // as CPython's dictbytype, free variables are numbered after the cells
        int ncells = md.cellvars.size();
        for (String n : sortedNames(ste, Symbol.FREE, Symbol.DEF_FREE_CLASS)) {
            md.freevars.put(n, ncells + md.freevars.size());
        }
        md.firstlineno = lineno;
        CompilerUnit unit = new CompilerUnit(ste, scopeType, md);
        if (u != null) {
            unit.privateName = u.privateName;
            stack.push(u);
        }
        u = unit;
        nestLevel++;
        Location loc = new Location(lineno, lineno, 0, 0);
        if (scopeType == CompilerUnit.ScopeType.MODULE) {
            loc = new Location(0, lineno, 0, 0);
        } else {
            setQualname();
        }
        opI(RESUME, 0, loc);
    }

    /** CPython's {@code dictbytype}: the names of that scope or with that flag, sorted. */
    private static List<String> sortedNames(SymtableEntry ste, int scope, int flag) {
        TreeSet<String> names = new TreeSet<>(org.adder.objects.PyStr::compare);
        for (Map.Entry<String, Integer> e : ste.symbols().entrySet()) {
            int v = e.getValue();
            if (Symbol.scope(v) == scope || (v & flag) != 0) {
                names.add(e.getKey());
            }
        }
        return new ArrayList<>(names);
    }

    void exitScope() {
        nestLevel--;
        u = stack.isEmpty() ? null : stack.pop();
    }

    private void setQualname() {
        if (stack.isEmpty()) {
            u.md.qualname = u.md.name;
            return;
        }
        List<CompilerUnit> parents = new ArrayList<>(stack); // innermost first
        // The module is the outermost unit: more than one parent means we are nested in something.
        String base = null;
        if (parents.size() > 1) {
            CompilerUnit parent = parents.get(0);
            if (parent.scopeType == CompilerUnit.ScopeType.TYPEPARAMS) {
                if (parents.size() == 2) {
                    u.md.qualname = u.md.name;
                    return;
                }
                parent = parents.get(1);
            }
            boolean forceGlobal = false;
            if (u.scopeType == CompilerUnit.ScopeType.FUNCTION || u.scopeType == CompilerUnit.ScopeType.ASYNC_FUNCTION
                    || u.scopeType == CompilerUnit.ScopeType.CLASS) {
                String mangled = Mangling.mangle(parent.privateName, u.md.name);
                if (parent.scope(mangled) == Symbol.GLOBAL_EXPLICIT) {
                    forceGlobal = true;
                }
            }
            if (!forceGlobal) {
                if (parent.scopeType == CompilerUnit.ScopeType.FUNCTION
                        || parent.scopeType == CompilerUnit.ScopeType.ASYNC_FUNCTION
                        || parent.scopeType == CompilerUnit.ScopeType.LAMBDA) {
                    base = parent.md.qualname + ".<locals>";
                } else {
                    base = parent.md.qualname;
                }
            }
        }
        u.md.qualname = base != null ? base + "." + u.md.name : u.md.name;
    }

    /** {@code optimize_and_assemble}: the unit's flags and implicit return, then the finisher. */
    PyObject optimizeAndAssemble(boolean addNone) {
        u.md.flags = computeCodeFlags();
        addReturnAtEnd(addNone);
        u.md.nparams = countParams(u.ste);
        return finisher.finish(u.code.toSequence(), u.md);
    }

    private static int countParams(SymtableEntry ste) {
        return ste.varnames().size();
    }

    void addReturnAtEnd(boolean addNone) {
        if (addNone) {
            loadConst(PyNone.NONE, Location.NONE);
        }
        op(RETURN_VALUE, Location.NONE);
    }

    private int computeCodeFlags() {
        SymtableEntry ste = u.ste;
        int flags = 0;
        if (ste.isFunctionLike()) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (ste.nested()) {
                flags |= CodeObject.CO_NESTED;
            }
            if (ste.generator() && !ste.coroutine()) {
                flags |= CodeObject.CO_GENERATOR;
            }
            if (!ste.generator() && ste.coroutine()) {
                flags |= CodeObject.CO_COROUTINE;
            }
            if (ste.generator() && ste.coroutine()) {
                flags |= CodeObject.CO_ASYNC_GENERATOR;
            }
            if (ste.varargs()) {
                flags |= CodeObject.CO_VARARGS;
            }
            if (ste.varkeywords()) {
                flags |= CodeObject.CO_VARKEYWORDS;
            }
        }
        if (isTopLevelAwait() && (ste.coroutine() || topLevelAwaits) && !ste.generator()) {
            flags |= CodeObject.CO_COROUTINE;
        }
        return flags | future.features;
    }

    // ---------------------------------------------------------------- emitting

    void op(int opcode, Location loc) {
        u.code.add(opcode, 0, loc);
    }

    void opI(int opcode, int oparg, Location loc) {
        u.code.add(opcode, oparg, loc);
    }

    void jump(int opcode, Label target, Location loc) {
        u.code.addJump(opcode, target, loc);
    }

    Label newLabel() {
        return u.code.newLabel();
    }

    void useLabel(Label label) {
        u.code.useLabel(label);
    }

    void loadConst(PyObject value, Location loc) {
        opI(LOAD_CONST, addConst(value), loc);
    }

    int addConst(PyObject value) {
        return u.md.addConst(merged(value));
    }

    /** CPython's {@code c_const_cache}: one object per constant key for the whole compilation. */
    private final java.util.Map<Object, PyObject> constCache = new java.util.HashMap<>();

    /**
     * {@code merge_consts_recursive}: the first object seen with the constant's key, tuples made of
     * merged items, and a frozenset rebuilt from its own iteration order (which can change that
     * order: the rebuilt table grows differently), as CPython does once per distinct constant.
     */
    private PyObject merged(PyObject value) {
        Object key = Constants.key(value);
        PyObject cached = constCache.get(key);
        if (cached != null) {
            return cached;
        }
        PyObject canonical = value;
        if (value instanceof org.adder.objects.PyTuple t && t.size() > 0) {
            List<PyObject> items = new ArrayList<>(t.size());
            boolean changed = false;
            for (PyObject item : t) {
                PyObject m = merged(item);
                changed |= m != item;
                items.add(m);
            }
            if (changed) {
                canonical = org.adder.objects.PyTuple.of(items);
            }
        } else if (value instanceof org.adder.objects.PyFrozenSet fs && fs.size() > 0) {
            List<PyObject> items = new ArrayList<>(fs.size());
            for (PyObject item : fs) {
                items.add(merged(item));
            }
            canonical = org.adder.objects.PyFrozenSet.of(items);
        }
        constCache.put(key, canonical);
        return canonical;
    }

    /** {@code ADDOP_NAME}: a names-table instruction with the name mangled, flag bits added. */
    void opName(int opcode, String name, Location loc) {
        int arg = u.md.addName(Mangling.mangle(u.privateName, name));
        switch (opcode) {
            case LOAD_ATTR -> opI(LOAD_ATTR, arg << 1, loc);
            case LOAD_METHOD -> opI(LOAD_ATTR, (arg << 1) | 1, loc);
            case LOAD_SUPER_ATTR -> opI(LOAD_SUPER_ATTR, (arg << 2) | 2, loc);
            case LOAD_SUPER_METHOD -> opI(LOAD_SUPER_ATTR, (arg << 2) | 3, loc);
            case LOAD_ZERO_SUPER_ATTR -> opI(LOAD_SUPER_ATTR, arg << 2, loc);
            case LOAD_ZERO_SUPER_METHOD -> opI(LOAD_SUPER_ATTR, (arg << 2) | 1, loc);
            default -> opI(opcode, arg, loc);
        }
    }

    /** {@code ADDOP_N(..., names)}: a names-table instruction with the name as given. */
    void opNameUnmangled(int opcode, String name, Location loc) {
        opI(opcode, u.md.addName(name), loc);
    }

    /** {@code ADDOP_NAME(..., varnames)}. */
    void opVarname(int opcode, String name, Location loc) {
        opI(opcode, u.md.addVarname(Mangling.mangle(u.privateName, name)), loc);
    }

    /**
     * The argument of a cell or free variable reference: the cell's index, or ncells + the free
     * variable's index (the free table holds the offset numbers, as CPython's dict does).
     */
    int derefIndex(String name, boolean free) {
        return free ? u.md.freevars.computeIfAbsent(name, k -> u.md.freevars.size()) : u.md.addCellvar(name);
    }

    // ---------------------------------------------------------------- names

    /** {@code compiler_nameop}: load, store or delete {@code name} as its scope says. */
    void nameOp(String name, ExprContextTy ctx, Location loc) {
        forbiddenName(name, ctx, loc);
        String mangled = Mangling.mangle(u.privateName, name);
        int scope = u.scope(mangled);
        enum Kind { FAST, GLOBAL, DEREF, NAME }
        Kind kind = Kind.NAME;
        boolean free = false;
        switch (scope) {
            case Symbol.FREE -> {
                kind = Kind.DEREF;
                free = true;
            }
            case Symbol.CELL -> kind = Kind.DEREF;
            case Symbol.LOCAL -> {
                if (u.isFunctionLike() || Boolean.TRUE.equals(u.fastHidden.get(mangled))) {
                    kind = Kind.FAST;
                }
            }
            case Symbol.GLOBAL_IMPLICIT -> {
                if (u.isFunctionLike()) {
                    kind = Kind.GLOBAL;
                }
            }
            case Symbol.GLOBAL_EXPLICIT -> kind = Kind.GLOBAL;
            default -> { }
        }
        switch (kind) {
            case DEREF -> {
                int op;
                switch (ctx) {
                    case Load -> {
                        if (u.ste.type == BlockType.CLASS && u.inInlinedComp == 0) {
                            op = LOAD_FROM_DICT_OR_DEREF;
                            op(LOAD_LOCALS, loc);
                        } else if (u.ste.canSeeClassScope()) {
                            op = LOAD_FROM_DICT_OR_DEREF;
                            opI(LOAD_DEREF, derefIndex("__classdict__", true), loc);
                        } else {
                            op = LOAD_DEREF;
                        }
                    }
                    case Store -> op = STORE_DEREF;
                    default -> op = DELETE_DEREF;
                }
                opI(op, derefIndex(mangled, free), loc);
            }
            case FAST -> {
                int op = switch (ctx) {
                    case Load -> LOAD_FAST;
                    case Store -> STORE_FAST;
                    case Del -> DELETE_FAST;
                };
                opI(op, u.md.addVarname(mangled), loc);
            }
            case GLOBAL -> {
                int op;
                switch (ctx) {
                    case Load -> {
                        if (u.ste.canSeeClassScope() && scope == Symbol.GLOBAL_IMPLICIT) {
                            op = LOAD_FROM_DICT_OR_GLOBALS;
                            opI(LOAD_DEREF, derefIndex("__classdict__", true), loc);
                        } else {
                            op = LOAD_GLOBAL;
                        }
                    }
                    case Store -> op = STORE_GLOBAL;
                    default -> op = DELETE_GLOBAL;
                }
                int arg = u.md.addName(mangled);
                opI(op, op == LOAD_GLOBAL ? arg << 1 : arg, loc);
            }
            case NAME -> {
                int op = switch (ctx) {
                    case Load -> u.ste.type == BlockType.CLASS && u.inInlinedComp > 0 ? LOAD_GLOBAL : LOAD_NAME;
                    case Store -> STORE_NAME;
                    case Del -> DELETE_NAME;
                };
                int arg = u.md.addName(mangled);
                opI(op, op == LOAD_GLOBAL ? arg << 1 : arg, loc);
            }
        }
    }

    /** {@code forbidden_name}: {@code __debug__} cannot be bound or deleted. */
    void forbiddenName(String name, ExprContextTy ctx, Location loc) {
        if (ctx == ExprContextTy.Store && name.equals("__debug__")) {
            throw error(loc, "cannot assign to __debug__");
        }
        if (ctx == ExprContextTy.Del && name.equals("__debug__")) {
            throw error(loc, "cannot delete __debug__");
        }
    }

    /** {@code get_ref_type}: how the current unit sees {@code name} for a closure. */
    int refType(String name) {
        if (u.scopeType == CompilerUnit.ScopeType.CLASS
                && (name.equals("__class__") || name.equals("__classdict__"))) {
            return Symbol.CELL;
        }
        int scope = u.scope(name);
        if (scope == 0) {
            throw new CompileErrors.Internal("_PyST_GetScope(name='" + name + "') failed: unknown scope in unit "
                    + u.md.name);
        }
        return scope;
    }

    /** {@code compiler_make_closure}: the function object made from a finished child unit. */
    void makeClosure(PyObject code, CodeUnitMetadata child, int flags, Location loc) {
        if (!child.freevars.isEmpty()) {
            for (String name : child.freevars.keySet()) {
                int reftype = refType(name);
                Integer arg = reftype == Symbol.CELL ? u.md.cellvars.get(name) : u.md.freevars.get(name);
                if (arg == null) {
                    throw new CompileErrors.Internal("compiler_lookup_arg(name='" + name + "') failed in "
                            + u.md.name);
                }
                opI(LOAD_CLOSURE, arg, loc);
            }
            flags |= 0x08;
            opI(BUILD_TUPLE, child.freevars.size(), loc);
        }
        loadConst(code, loc);
        opI(MAKE_FUNCTION, flags, loc);
    }

    /** Compiles the current unit to its code object and leaves it; returns the code and its tables. */
    Finished finishUnit(boolean addNone) {
        CodeUnitMetadata md = u.md;
        PyObject code = optimizeAndAssemble(addNone);
        exitScope();
        return new Finished(code, md);
    }

    record Finished(PyObject code, CodeUnitMetadata md) {
    }

    // ---------------------------------------------------------------- errors

    CompileErrors.Failure error(Location loc, String msg) {
        return CompileErrors.error(filename, source, loc, msg);
    }

    void warn(Location loc, String msg) {
        CompileErrors.Warning w = new CompileErrors.Warning(filename, loc.lineno(), msg);
        warnings.add(w);
        if (warningSink != null) {
            warningSink.accept(w);
        }
    }

    /** {@code IS_TOP_LEVEL_AWAIT}: compiling the module's own code with PyCF_ALLOW_TOP_LEVEL_AWAIT. */
    boolean isTopLevelAwait() {
        return flags.allowTopLevelAwait() && u.ste.type == BlockType.MODULE;
    }

    // ---------------------------------------------------------------- locations

    static Location loc(ExprTy e) {
        return new Location(e.lineno, e.endLineno, e.colOffset, e.endColOffset);
    }

    static Location loc(StmtTy s) {
        return new Location(s.lineno, s.endLineno, s.colOffset, s.endColOffset);
    }

    /**
     * Any other located node (patterns, handlers, arguments, keywords, aliases, type parameters)
     * through its {@code _attributes}: lineno, col_offset, end_lineno, end_col_offset.
     */
    static Location loc(AstNode n) {
        return new Location(n.attribute(0), n.attribute(2), n.attribute(1), n.attribute(3));
    }

    /** The docstring of a body, if its first statement is a string constant. */
    static PyStr docstring(List<StmtTy> body) {
        if (!body.isEmpty() && body.get(0) instanceof StmtTy.Expr e && e.value instanceof ExprTy.Constant c
                && c.value instanceof PyStr s) {
            return s;
        }
        return null;
    }
}

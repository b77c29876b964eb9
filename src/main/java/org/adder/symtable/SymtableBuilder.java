package org.adder.symtable;

import static org.adder.symtable.Symbol.DEF_ANNOT;
import static org.adder.symtable.Symbol.DEF_COMP_ITER;
import static org.adder.symtable.Symbol.DEF_GLOBAL;
import static org.adder.symtable.Symbol.DEF_LOCAL;
import static org.adder.symtable.Symbol.DEF_NONLOCAL;
import static org.adder.symtable.Symbol.DEF_PARAM;
import static org.adder.symtable.Symbol.DEF_TYPE_PARAM;
import static org.adder.symtable.Symbol.DEF_IMPORT;
import static org.adder.symtable.Symbol.USE;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.adder.ast.AstNode;
import org.adder.ast.AliasTy;
import org.adder.ast.ArgTy;
import org.adder.ast.ArgumentsTy;
import org.adder.ast.ComprehensionTy;
import org.adder.ast.ExceptHandlerTy;
import org.adder.ast.ExprContextTy;
import org.adder.ast.ExprTy;
import org.adder.ast.KeywordTy;
import org.adder.ast.MatchCaseTy;
import org.adder.ast.ModTy;
import org.adder.ast.PatternTy;
import org.adder.ast.StmtTy;
import org.adder.ast.TypeParamTy;
import org.adder.ast.WithItemTy;
import org.adder.objects.PySyntaxError;

/**
 * The first pass: walks the AST, opening a block for every scope and recording, name by name,
 * how each block defines and uses it. Errors that depend only on what came before in the same
 * block (global after use, walrus rebinding an iteration variable, ...) are raised here.
 */
final class SymtableBuilder {
    /**
     * How deep statements, expressions, patterns and type parameters may nest: CPython's 3000 (its
     * C recursion limit, 1500, doubled for the symbol table's small frames) less what its caller's
     * C stack already used, which differs from tool to tool (2996 under compile() from Python).
     */
    private final int recursionLimit;

    private record Loc(int lineno, int col, int endLineno, int endCol) {
    }

    private final String filename;
    private final String source;
    private final FutureFeatures future;
    private final IdentityHashMap<Object, SymtableEntry> blocks = new IdentityHashMap<>();
    private final List<SymtableEntry> stack = new ArrayList<>();
    private SymtableEntry cur;
    private SymtableEntry top;
    /** The name of the class whose body is being visited: the mangling prefix ({@code st_private}). */
    private String privateName;
    private int depth;

    SymtableBuilder(String filename, String source, FutureFeatures future, int recursionLimit) {
        this.recursionLimit = recursionLimit;
        this.filename = filename;
        this.source = source;
        this.future = future;
    }

    IdentityHashMap<Object, SymtableEntry> blocks() {
        return blocks;
    }

    SymtableEntry run(ModTy mod) {
        enterBlock("top", BlockType.MODULE, mod, new Loc(0, 0, 0, 0));
        top = cur;
        switch (mod) {
            case ModTy.Module m -> m.body.forEach(this::visitStmt);
            case ModTy.Interactive m -> m.body.forEach(this::visitStmt);
            case ModTy.Expression m -> visitExpr(m.body);
            case ModTy.FunctionType m -> throw new org.adder.objects.PyException("RuntimeError",
                    "this compiler does not handle FunctionTypes");
        }
        exitBlock();
        return top;
    }

    // ---- blocks and definitions

    private void enterBlock(String name, BlockType type, Object key, Loc loc) {
        SymtableEntry prev = cur;
        SymtableEntry ste = new SymtableEntry(key, name, type, loc.lineno, loc.col, loc.endLineno, loc.endCol);
        ste.nested = prev != null && (prev.nested || prev.isFunctionLike());
        blocks.put(key, ste);
        stack.add(ste);
        if (prev != null) {
            // bpo-37757: no walrus anywhere inside a comprehension's outermost iterable, even nested
            ste.compIterExpr = prev.compIterExpr;
        }
        cur = ste;
        // Annotation blocks only exist to be stringified: they never join the tree.
        if (type != BlockType.ANNOTATION && prev != null) {
            prev.children.add(ste);
        }
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private int lookup(String name) {
        return cur.symbol(Mangling.mangle(privateName, name));
    }

    private void addDef(String name, int flag, Loc loc) {
        addDef(name, flag, cur, loc);
    }

    private void addDef(String name, int flag, SymtableEntry ste, Loc loc) {
        String mangled = Mangling.mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            val = old;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw error("duplicate type parameter '" + name + "'", loc);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", loc);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // a global declaration anywhere also marks the name in the module's own block
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private void recordDirective(String name, Loc loc) {
        if (cur.directives == null) {
            cur.directives = new ArrayList<>();
        }
        cur.directives.add(new SymtableEntry.Directive(Mangling.mangle(privateName, name), loc.lineno, loc.col,
                loc.endLineno, loc.endCol));
    }

    private PySyntaxError error(String msg, Loc loc) {
        return Errors.at(filename, source, msg, loc.lineno, loc.col + 1, loc.endLineno, loc.endCol + 1);
    }

    private void enter() {
        if (++depth > recursionLimit) {
            throw Errors.recursion();
        }
    }

    private static Loc loc(StmtTy s) {
        return new Loc(s.lineno, s.colOffset, s.endLineno, s.endColOffset);
    }

    private static Loc loc(ExprTy e) {
        return new Loc(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
    }

    /** Arguments, patterns and type parameters, through their {@code _attributes}. */
    private static Loc loc(AstNode n) {
        return new Loc(n.attribute(0), n.attribute(1), n.attribute(2), n.attribute(3));
    }

    private static Loc loc(SymtableEntry ste) {
        return new Loc(ste.lineno, ste.colOffset, ste.endLineno, ste.endColOffset);
    }

    // ---- statements

    private void visitStmts(List<StmtTy> body) {
        for (StmtTy s : body) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<ExprTy> exprs) {
        for (ExprTy e : exprs) {
            if (e != null) { // kw_defaults and dict keys hold nulls
                visitExpr(e);
            }
        }
    }

    private void visitStmt(StmtTy s) {
        enter();
        // the commonest nodes first: a pattern switch tries its cases in order
        switch (s) {
            case StmtTy.Expr e -> visitExpr(e.value);
            case StmtTy.Assign a -> {
                visitExprs(a.targets);
                visitExpr(a.value);
            }
            case StmtTy.Return r -> {
                if (r.value != null) {
                    visitExpr(r.value);
                    cur.returnsValue = true;
                }
            }
            case StmtTy.If i -> {
                visitExpr(i.test);
                visitStmts(i.body);
                visitStmts(i.orelse);
            }
            case StmtTy.FunctionDef f -> visitFunction(s, f.name, f.args, f.body, f.decoratorList, f.returns,
                    f.typeParams, false);
            case StmtTy.AsyncFunctionDef f -> visitFunction(s, f.name, f.args, f.body, f.decoratorList, f.returns,
                    f.typeParams, true);
            case StmtTy.ClassDef c -> visitClass(c);
            case StmtTy.TypeAlias t -> visitTypeAlias(t);
            case StmtTy.Delete d -> visitExprs(d.targets);
            case StmtTy.AnnAssign a -> visitAnnAssign(a);
            case StmtTy.AugAssign a -> {
                visitExpr(a.target);
                visitExpr(a.value);
            }
            case StmtTy.For f -> {
                visitExpr(f.target);
                visitExpr(f.iter);
                visitStmts(f.body);
                visitStmts(f.orelse);
            }
            case StmtTy.AsyncFor f -> {
                visitExpr(f.target);
                visitExpr(f.iter);
                visitStmts(f.body);
                visitStmts(f.orelse);
            }
            case StmtTy.While w -> {
                visitExpr(w.test);
                visitStmts(w.body);
                visitStmts(w.orelse);
            }
            case StmtTy.With w -> {
                w.items.forEach(this::visitWithItem);
                visitStmts(w.body);
            }
            case StmtTy.AsyncWith w -> {
                w.items.forEach(this::visitWithItem);
                visitStmts(w.body);
            }
            case StmtTy.Match m -> {
                visitExpr(m.subject);
                m.cases.forEach(this::visitMatchCase);
            }
            case StmtTy.Raise r -> {
                if (r.exc != null) {
                    visitExpr(r.exc);
                    if (r.cause != null) {
                        visitExpr(r.cause);
                    }
                }
            }
            case StmtTy.Try t -> {
                // 3.12 visits the else block before the handlers: child blocks come in that order
                visitStmts(t.body);
                visitStmts(t.orelse);
                t.handlers.forEach(this::visitExceptHandler);
                visitStmts(t.finalbody);
            }
            case StmtTy.TryStar t -> {
                // 3.12 visits the else block before the handlers: child blocks come in that order
                visitStmts(t.body);
                visitStmts(t.orelse);
                t.handlers.forEach(this::visitExceptHandler);
                visitStmts(t.finalbody);
            }
            case StmtTy.Assert a -> {
                visitExpr(a.test);
                if (a.msg != null) {
                    visitExpr(a.msg);
                }
            }
            case StmtTy.Import i -> i.names.forEach(this::visitAlias);
            case StmtTy.ImportFrom i -> i.names.forEach(this::visitAlias);
            case StmtTy.Global g -> visitDeclaration(s, g.names, true);
            case StmtTy.Nonlocal n -> visitDeclaration(s, n.names, false);
            case StmtTy.Pass p -> {
            }
            case StmtTy.Break b -> {
            }
            case StmtTy.Continue c -> {
            }
        }
        depth--;
    }

    private void visitFunction(StmtTy s, String name, ArgumentsTy args, List<StmtTy> body, List<ExprTy> decorators,
                               ExprTy returns, List<TypeParamTy> typeParams, boolean async) {
        addDef(name, DEF_LOCAL, loc(s));
        visitExprs(args.defaults);
        visitExprs(args.kwDefaults);
        visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython's parser never leaves a def's defaults list NULL, so .defaults is always there.
            enterTypeParamBlock(name, typeParams, true, hasKwonlyDefaults(args), false, loc(s));
            typeParams.forEach(this::visitTypeParam);
        }
        visitAnnotations(s, args, returns);
        enterBlock(name, BlockType.FUNCTION, s, loc(s));
        if (async) {
            cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private static boolean hasKwonlyDefaults(ArgumentsTy args) {
        for (ExprTy d : args.kwDefaults) {
            if (d != null) {
                return true;
            }
        }
        return false;
    }

    private void visitClass(StmtTy.ClassDef c) {
        addDef(c.name, DEF_LOCAL, loc(c));
        visitExprs(c.decoratorList);
        boolean generic = !c.typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(c.name, c.typeParams, false, false, true, loc(c));
            c.typeParams.forEach(this::visitTypeParam);
        }
        visitExprs(c.bases);
        c.keywords.forEach(this::visitKeyword);
        enterBlock(c.name, BlockType.CLASS, c, loc(c));
        String saved = privateName;
        privateName = c.name;
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, loc(c));
            addDef(".type_params", USE, loc(c));
        }
        visitStmts(c.body);
        privateName = saved;
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void visitTypeAlias(StmtTy.TypeAlias t) {
        visitExpr(t.name);
        String name = ((ExprTy.Name) t.name).id;
        boolean inClass = cur.type == BlockType.CLASS;
        boolean generic = !t.typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t.typeParams, false, false, false, loc(t));
            t.typeParams.forEach(this::visitTypeParam);
        }
        enterBlock(name, BlockType.TYPE_ALIAS, t, loc(t));
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, loc(t.value));
        }
        visitExpr(t.value);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    /**
     * Opens the annotation scope that holds a generic's type parameters (PEP 695). Note that, as in
     * CPython 3.12, a generic class leaves its name as the mangling prefix afterwards.
     */
    private void enterTypeParamBlock(String name, Object key, boolean hasDefaults, boolean hasKwdefaults,
                                     boolean isClass, Loc loc) {
        BlockType outer = cur.type;
        enterBlock(name, BlockType.TYPE_PARAM, key, loc);
        if (outer == BlockType.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, loc);
        }
        if (isClass) {
            // .type_params is set when the tuple of parameters is built and used for the bases
            addDef(".type_params", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
            privateName = name;
            addDef(".generic_base", DEF_LOCAL, loc);
            addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, loc);
        }
        if (hasKwdefaults) {
            addDef(".kwdefaults", DEF_PARAM, loc);
        }
    }

    private void visitAnnAssign(StmtTy.AnnAssign a) {
        if (a.target instanceof ExprTy.Name target) {
            int old = lookup(target.id);
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple != 0) {
                String kind = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + target.id + "' can't be " + kind, loc(a));
            }
            if (a.simple != 0) {
                addDef(target.id, DEF_ANNOT | DEF_LOCAL, loc(target));
            } else if (a.value != null) {
                addDef(target.id, DEF_LOCAL, loc(target));
            }
        } else {
            visitExpr(a.target);
        }
        visitAnnotation(a.annotation);
        if (a.value != null) {
            visitExpr(a.value);
        }
    }

    private void visitDeclaration(StmtTy s, List<String> names, boolean global) {
        String kind = global ? "global" : "nonlocal";
        for (String name : names) {
            int old = lookup(name);
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((old & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + kind;
                } else if ((old & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + kind + " declaration";
                } else if ((old & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + kind;
                } else {
                    msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                }
                throw error(msg, loc(s));
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, loc(s));
            recordDirective(name, loc(s));
        }
    }

    // ---- expressions

    private void visitExpr(ExprTy e) {
        enter();
        // the commonest nodes first: a pattern switch tries its cases in order
        switch (e) {
            case ExprTy.Name n -> {
                boolean load = n.ctx == ExprContextTy.Load;
                addDef(n.id, load ? USE : DEF_LOCAL, loc(e));
                // super() needs the __class__ cell, so it counts as a use of __class__
                if (load && cur.isFunctionLike() && n.id.equals("super")) {
                    addDef("__class__", USE, loc(e));
                }
            }
            case ExprTy.Constant c -> {
            }
            case ExprTy.Attribute a -> visitExpr(a.value);
            case ExprTy.Call c -> {
                visitExpr(c.func);
                visitExprs(c.args);
                c.keywords.forEach(this::visitKeyword);
            }
            case ExprTy.Subscript s -> {
                visitExpr(s.value);
                visitExpr(s.slice);
            }
            case ExprTy.BinOp b -> {
                visitExpr(b.left);
                visitExpr(b.right);
            }
            case ExprTy.Compare c -> {
                visitExpr(c.left);
                visitExprs(c.comparators);
            }
            case ExprTy.Tuple t -> visitExprs(t.elts);
            case ExprTy.NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", e);
                visitNamedExpr(n);
            }
            case ExprTy.BoolOp b -> visitExprs(b.values);
            case ExprTy.UnaryOp u -> visitExpr(u.operand);
            case ExprTy.Lambda l -> {
                if (cur.canSeeClassScope) { // gh-109118
                    throw error("Cannot use lambda in annotation scope within class scope", loc(e));
                }
                visitExprs(l.args.defaults);
                visitExprs(l.args.kwDefaults);
                enterBlock("lambda", BlockType.FUNCTION, e, loc(e));
                visitArguments(l.args);
                visitExpr(l.body);
                exitBlock();
            }
            case ExprTy.IfExp i -> {
                visitExpr(i.test);
                visitExpr(i.body);
                visitExpr(i.orelse);
            }
            case ExprTy.Dict d -> {
                visitExprs(d.keys);
                visitExprs(d.values);
            }
            case ExprTy.Set s -> visitExprs(s.elts);
            case ExprTy.GeneratorExp g -> visitComprehension(e, "genexpr", ComprehensionType.GENERATOR,
                    g.generators, g.elt, null);
            case ExprTy.ListComp l -> visitComprehension(e, "listcomp", ComprehensionType.LIST,
                    l.generators, l.elt, null);
            case ExprTy.SetComp s -> visitComprehension(e, "setcomp", ComprehensionType.SET,
                    s.generators, s.elt, null);
            case ExprTy.DictComp d -> visitComprehension(e, "dictcomp", ComprehensionType.DICT,
                    d.generators, d.key, d.value);
            case ExprTy.Yield y -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (y.value != null) {
                    visitExpr(y.value);
                }
                markGenerator(e);
            }
            case ExprTy.YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", e);
                visitExpr(y.value);
                markGenerator(e);
            }
            case ExprTy.Await a -> {
                raiseIfAnnotationBlock("await expression", e);
                visitExpr(a.value);
                cur.coroutine = true;
            }
            case ExprTy.FormattedValue f -> {
                visitExpr(f.value);
                if (f.formatSpec != null) {
                    visitExpr(f.formatSpec);
                }
            }
            case ExprTy.JoinedStr j -> visitExprs(j.values);
            case ExprTy.Starred s -> visitExpr(s.value);
            case ExprTy.Slice s -> {
                if (s.lower != null) {
                    visitExpr(s.lower);
                }
                if (s.upper != null) {
                    visitExpr(s.upper);
                }
                if (s.step != null) {
                    visitExpr(s.step);
                }
            }
            case ExprTy.List l -> visitExprs(l.elts);
        }
        depth--;
    }

    private void markGenerator(ExprTy e) {
        cur.generator = true;
        if (cur.comprehension != ComprehensionType.NONE) {
            throw error("'yield' inside " + cur.comprehension.describe(), loc(e));
        }
    }

    private void raiseIfAnnotationBlock(String what, ExprTy e) {
        String where = switch (cur.type) {
            case ANNOTATION -> "an annotation";
            case TYPE_VAR_BOUND -> "a TypeVar bound";
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAM -> "the definition of a generic";
            default -> null;
        };
        if (where != null) {
            throw error(what + " cannot be used within " + where, loc(e));
        }
    }

    private void visitNamedExpr(ExprTy.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", loc(n));
        }
        if (cur.comprehension != ComprehensionType.NONE) {
            extendNamedExprScope((ExprTy.Name) n.target);
        }
        visitExpr(n.value);
        visitExpr(n.target);
    }

    /**
     * A walrus inside a comprehension binds in the nearest enclosing function (or the module): the
     * name becomes nonlocal (global) in the comprehension and local there.
     */
    private void extendNamedExprScope(ExprTy.Name target) {
        String name = target.id;
        Loc loc = loc(target);
        for (int i = stack.size() - 1; i >= 0; i--) {
            SymtableEntry ste = stack.get(i);
            if (ste.comprehension != ComprehensionType.NONE) {
                int old = ste.symbol(name);
                if ((old & DEF_COMP_ITER) != 0 && (old & DEF_LOCAL) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", loc);
                }
                continue;
            }
            switch (ste.type) {
                case FUNCTION -> {
                    boolean global = (ste.symbol(name) & DEF_GLOBAL) != 0;
                    addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, loc);
                    recordDirective(name, loc);
                    addDef(name, DEF_LOCAL, ste, loc);
                    return;
                }
                case MODULE -> {
                    addDef(name, DEF_GLOBAL, loc);
                    recordDirective(name, loc);
                    addDef(name, DEF_GLOBAL, ste, loc);
                    return;
                }
                case CLASS -> throw error(
                        "assignment expression within a comprehension cannot be used in a class body", loc);
                case TYPE_PARAM -> throw error("assignment expression within a comprehension cannot be used "
                        + "within the definition of a generic", loc);
                case TYPE_ALIAS -> throw error(
                        "assignment expression within a comprehension cannot be used in a type alias", loc);
                case TYPE_VAR_BOUND -> throw error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound", loc);
                case ANNOTATION -> {
                }
            }
        }
        throw new IllegalStateException("no block for the assignment expression target " + name);
    }

    private void visitComprehension(ExprTy e, String scopeName, ComprehensionType kind,
                                    List<ComprehensionTy> generators, ExprTy elt, ExprTy value) {
        if (cur.canSeeClassScope) { // gh-109118
            throw error("Cannot use comprehension in annotation scope within class scope", loc(e));
        }
        boolean isGenerator = kind == ComprehensionType.GENERATOR;
        ComprehensionTy outermost = generators.get(0);
        // the outermost iterable is evaluated in the enclosing scope and passed in as .0
        cur.compIterExpr++;
        visitExpr(outermost.iter);
        cur.compIterExpr--;
        enterBlock(scopeName, BlockType.FUNCTION, e, loc(e));
        cur.comprehension = kind;
        if (outermost.isAsync != 0) {
            cur.coroutine = true;
        }
        addDef(".0", DEF_PARAM, loc(cur));
        cur.compIterTarget = true;
        visitExpr(outermost.target);
        cur.compIterTarget = false;
        visitExprs(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            visitGenerator(generators.get(i));
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    private void visitGenerator(ComprehensionTy c) {
        cur.compIterTarget = true;
        visitExpr(c.target);
        cur.compIterTarget = false;
        cur.compIterExpr++;
        visitExpr(c.iter);
        cur.compIterExpr--;
        visitExprs(c.ifs);
        if (c.isAsync != 0) {
            cur.coroutine = true;
        }
    }

    // ---- the other node types

    private void visitTypeParam(TypeParamTy tp) {
        enter();
        switch (tp) {
            case TypeParamTy.TypeVar t -> {
                addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc(tp));
                if (t.bound != null) {
                    boolean inClass = cur.canSeeClassScope;
                    enterBlock(t.name, BlockType.TYPE_VAR_BOUND, tp, loc(tp));
                    cur.canSeeClassScope = inClass;
                    if (inClass) {
                        addDef("__classdict__", USE, loc(t.bound));
                    }
                    visitExpr(t.bound);
                    exitBlock();
                }
            }
            case TypeParamTy.TypeVarTuple t -> addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc(tp));
            case TypeParamTy.ParamSpec t -> addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc(tp));
        }
        depth--;
    }

    private void visitPattern(PatternTy p) {
        enter();
        switch (p) {
            case PatternTy.MatchValue v -> visitExpr(v.value);
            case PatternTy.MatchSingleton s -> {
            }
            case PatternTy.MatchSequence s -> s.patterns.forEach(this::visitPattern);
            case PatternTy.MatchStar s -> {
                if (s.name != null) {
                    addDef(s.name, DEF_LOCAL, loc(p));
                }
            }
            case PatternTy.MatchMapping m -> {
                visitExprs(m.keys);
                m.patterns.forEach(this::visitPattern);
                if (m.rest != null) {
                    addDef(m.rest, DEF_LOCAL, loc(p));
                }
            }
            case PatternTy.MatchClass c -> {
                visitExpr(c.cls);
                c.patterns.forEach(this::visitPattern);
                c.kwdPatterns.forEach(this::visitPattern);
            }
            case PatternTy.MatchAs a -> {
                if (a.pattern != null) {
                    visitPattern(a.pattern);
                }
                if (a.name != null) {
                    addDef(a.name, DEF_LOCAL, loc(p));
                }
            }
            case PatternTy.MatchOr o -> o.patterns.forEach(this::visitPattern);
        }
        depth--;
    }

    private void visitAnnotation(ExprTy annotation) {
        boolean stringified = future.annotations();
        if (stringified) {
            enterBlock("_annotation", BlockType.ANNOTATION, annotation, loc(annotation));
        }
        visitExpr(annotation);
        if (stringified) {
            exitBlock();
        }
    }

    private void visitAnnotations(StmtTy s, ArgumentsTy a, ExprTy returns) {
        boolean stringified = future.annotations();
        if (stringified) {
            enterBlock("_annotation", BlockType.ANNOTATION, s, loc(s));
        }
        visitArgAnnotations(a.posonlyargs);
        visitArgAnnotations(a.args);
        if (a.vararg != null && a.vararg.annotation != null) {
            visitExpr(a.vararg.annotation);
        }
        if (a.kwarg != null && a.kwarg.annotation != null) {
            visitExpr(a.kwarg.annotation);
        }
        visitArgAnnotations(a.kwonlyargs);
        if (stringified) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitArgAnnotations(List<ArgTy> args) {
        for (ArgTy arg : args) {
            if (arg.annotation != null) {
                visitExpr(arg.annotation);
            }
        }
    }

    private void visitArguments(ArgumentsTy a) {
        // defaults and annotations were visited in the enclosing block
        for (ArgTy arg : a.posonlyargs) {
            addDef(arg.arg, DEF_PARAM, loc(arg));
        }
        for (ArgTy arg : a.args) {
            addDef(arg.arg, DEF_PARAM, loc(arg));
        }
        for (ArgTy arg : a.kwonlyargs) {
            addDef(arg.arg, DEF_PARAM, loc(arg));
        }
        if (a.vararg != null) {
            addDef(a.vararg.arg, DEF_PARAM, loc(a.vararg));
            cur.varargs = true;
        }
        if (a.kwarg != null) {
            addDef(a.kwarg.arg, DEF_PARAM, loc(a.kwarg));
            cur.varkeywords = true;
        }
    }

    private void visitExceptHandler(ExceptHandlerTy handler) {
        ExceptHandlerTy.ExceptHandler h = (ExceptHandlerTy.ExceptHandler) handler;
        if (h.type != null) {
            visitExpr(h.type);
        }
        if (h.name != null) {
            addDef(h.name, DEF_LOCAL, new Loc(h.lineno, h.colOffset, h.endLineno, h.endColOffset));
        }
        visitStmts(h.body);
    }

    private void visitWithItem(WithItemTy item) {
        visitExpr(item.contextExpr);
        if (item.optionalVars != null) {
            visitExpr(item.optionalVars);
        }
    }

    private void visitMatchCase(MatchCaseTy m) {
        visitPattern(m.pattern);
        if (m.guard != null) {
            visitExpr(m.guard);
        }
        visitStmts(m.body);
    }

    private void visitKeyword(KeywordTy k) {
        visitExpr(k.value);
    }

    private void visitAlias(AliasTy a) {
        String name = a.asname == null ? a.name : a.asname;
        Loc loc = new Loc(a.lineno, a.colOffset, a.endLineno, a.endColOffset);
        if (name.equals("*")) {
            if (cur.type != BlockType.MODULE) {
                throw error("import * only allowed at module level", loc);
            }
            return;
        }
        // "import a.b.c" binds a
        int dot = name.indexOf('.');
        addDef(dot < 0 ? name : name.substring(0, dot), DEF_IMPORT, loc);
    }
}

package org.adder.compiler;

import static org.adder.compiler.Compiler.loc;
import static org.adder.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.adder.ast.ArgTy;
import org.adder.ast.ArgumentsTy;
import org.adder.ast.ExprContextTy;
import org.adder.ast.ExprTy;
import org.adder.ast.StmtTy;
import org.adder.ast.TypeParamTy;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.symtable.FutureFeatures;
import org.adder.symtable.Mangling;

/**
 * What makes functions, classes and type aliases: defaults, keyword defaults and annotations
 * evaluated in the defining scope, the body compiled as its own unit, the closure, decorators;
 * {@code __build_class__} with {@code __module__}, {@code __qualname__} and {@code __classcell__};
 * PEP 695 type parameters through the 3.12 intrinsics.
 */
final class DefinitionCompiler {
    static final int MAKE_FUNCTION_DEFAULTS = 0x01, MAKE_FUNCTION_KWDEFAULTS = 0x02,
            MAKE_FUNCTION_ANNOTATIONS = 0x04;

    private final Compiler c;

    DefinitionCompiler(Compiler c) {
        this.c = c;
    }

    private void checkDebugArgs(ArgumentsTy args) {
        checkDebug(args.posonlyargs);
        checkDebug(args.args);
        if (args.vararg != null) {
            checkDebug(List.of(args.vararg));
        }
        checkDebug(args.kwonlyargs);
        if (args.kwarg != null) {
            checkDebug(List.of(args.kwarg));
        }
    }

    private void checkDebug(List<ArgTy> args) {
        for (ArgTy a : args) {
            c.forbiddenName(a.arg, ExprContextTy.Store, loc(a));
        }
    }

    private void decorators(List<ExprTy> decos) {
        c.expr.visitAll(decos);
    }

    private void applyDecorators(List<ExprTy> decos) {
        for (int i = decos.size() - 1; i >= 0; i--) {
            c.opI(CALL, 0, loc(decos.get(i)));
        }
    }

    /** {@code compiler_default_arguments}: pushes defaults and keyword defaults, returns MAKE_FUNCTION's flags. */
    private int defaultArguments(Location loc, ArgumentsTy args) {
        int flags = 0;
        if (!args.defaults.isEmpty()) {
            c.expr.visitAll(args.defaults);
            c.opI(BUILD_TUPLE, args.defaults.size(), loc);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        List<PyObject> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs.size(); i++) {
            ExprTy def = args.kwDefaults.get(i);
            if (def != null) {
                keys.add(new PyStr(Mangling.mangle(c.u.privateName, args.kwonlyargs.get(i).arg)));
                c.expr.visit(def);
            }
        }
        if (!keys.isEmpty()) {
            c.loadConst(PyTuple.of(keys), loc);
            c.opI(BUILD_CONST_KEY_MAP, keys.size(), loc);
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        return flags;
    }

    /** {@code compiler_visit_annotations}: the name/value tuple of a function's annotations, if any. */
    private boolean annotations(Location loc, ArgumentsTy args, ExprTy returns) {
        int[] len = {0};
        argAnnotations(args.args, len, loc);
        argAnnotations(args.posonlyargs, len, loc);
        if (args.vararg != null && args.vararg.annotation != null) {
            argAnnotation(args.vararg.arg, args.vararg.annotation, len, loc);
        }
        argAnnotations(args.kwonlyargs, len, loc);
        if (args.kwarg != null && args.kwarg.annotation != null) {
            argAnnotation(args.kwarg.arg, args.kwarg.annotation, len, loc);
        }
        argAnnotation("return", returns, len, loc);
        if (len[0] > 0) {
            c.opI(BUILD_TUPLE, len[0], loc);
            return true;
        }
        return false;
    }

    private void argAnnotations(List<ArgTy> args, int[] len, Location loc) {
        for (ArgTy a : args) {
            argAnnotation(a.arg, a.annotation, len, loc);
        }
    }

    private void argAnnotation(String id, ExprTy annotation, int[] len, Location loc) {
        if (annotation == null) {
            return;
        }
        c.loadConst(new PyStr(Mangling.mangle(c.u.privateName, id)), loc);
        if ((c.future.features & FutureFeatures.CO_FUTURE_ANNOTATIONS) != 0) {
            c.stmt.annotationString(annotation);
        } else if (annotation instanceof ExprTy.Starred s) {
            c.expr.visit(s.value);
            c.opI(UNPACK_SEQUENCE, 1, loc);
        } else {
            c.expr.visit(annotation);
        }
        len[0] += 2;
    }

    // ---------------------------------------------------------------- functions

    void function(StmtTy s, String name, ArgumentsTy args, List<StmtTy> body, List<ExprTy> decos, ExprTy returns,
                  List<TypeParamTy> typeParams, boolean async) {
        checkDebugArgs(args);
        decorators(decos);
        int firstlineno = s.lineno;
        if (!decos.isEmpty()) {
            firstlineno = decos.get(0).lineno;
        }
        Location loc = loc(s);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            c.op(PUSH_NULL, loc);
        }
        int flags = defaultArguments(loc, args);
        int numTypeparamArgs = 0;
        if (generic) {
            if ((flags & MAKE_FUNCTION_DEFAULTS) != 0) {
                numTypeparamArgs++;
            }
            if ((flags & MAKE_FUNCTION_KWDEFAULTS) != 0) {
                numTypeparamArgs++;
            }
            if (numTypeparamArgs == 2) {
                c.opI(SWAP, 2, loc);
            }
            c.enterScope("<generic parameters of " + name + ">", CompilerUnit.ScopeType.TYPEPARAMS, typeParams,
                    firstlineno);
            typeParams(typeParams);
            for (int i = 0; i < numTypeparamArgs; i++) {
                c.opI(LOAD_FAST, i, loc);
            }
        }
        if (annotations(loc, args, returns)) {
            flags |= MAKE_FUNCTION_ANNOTATIONS;
        }
        functionBody(s, name, args, body, async, flags, firstlineno);
        if (generic) {
            c.opI(SWAP, 2, loc);
            c.opI(CALL_INTRINSIC_2, ExpressionCompiler.INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            c.u.md.argcount = numTypeparamArgs;
            Compiler.Finished f = c.finishUnit(false);
            c.makeClosure(f.code(), f.md(), 0, loc);
            if (numTypeparamArgs > 0) {
                c.opI(SWAP, numTypeparamArgs + 1, loc);
            }
            c.opI(CALL, numTypeparamArgs, loc);
        }
        applyDecorators(decos);
        c.nameOp(name, ExprContextTy.Store, loc);
    }

    private void functionBody(StmtTy s, String name, ArgumentsTy args, List<StmtTy> body, boolean async, int flags,
                              int firstlineno) {
        c.enterScope(name, async ? CompilerUnit.ScopeType.ASYNC_FUNCTION : CompilerUnit.ScopeType.FUNCTION, s,
                firstlineno);
        PyStr doc = c.optimize < 2 ? Compiler.docstring(body) : null;
        c.addConst(doc != null ? doc : PyNone.NONE);
        c.u.md.argcount = args.args.size();
        c.u.md.posonlyargcount = args.posonlyargs.size();
        c.u.md.kwonlyargcount = args.kwonlyargs.size();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            c.stmt.visit(body.get(i));
        }
        if (c.u.ste.coroutine() || c.u.ste.generator()) {
            c.comps.wrapInStopIterationHandler();
        }
        Compiler.Finished f = c.finishUnit(true);
        c.makeClosure(f.code(), f.md(), flags, loc(s));
    }

    void lambda(ExprTy.Lambda e) {
        ArgumentsTy args = e.args;
        checkDebugArgs(args);
        Location loc = loc(e);
        int flags = defaultArguments(loc, args);
        c.enterScope("<lambda>", CompilerUnit.ScopeType.LAMBDA, e, e.lineno);
        c.addConst(PyNone.NONE);
        c.u.md.argcount = args.args.size();
        c.u.md.posonlyargcount = args.posonlyargs.size();
        c.u.md.kwonlyargcount = args.kwonlyargs.size();
        c.expr.visit(e.body);
        Compiler.Finished f;
        if (c.u.ste.generator()) {
            f = c.finishUnit(false);
        } else {
            // the return is placed at the lambda's line, columns unknown
            c.op(RETURN_VALUE, new Location(e.lineno, e.lineno, 0, 0));
            f = c.finishUnit(true);
        }
        c.makeClosure(f.code(), f.md(), flags, loc);
    }

    // ---------------------------------------------------------------- classes

    void classDef(StmtTy.ClassDef s) {
        List<ExprTy> decos = s.decoratorList;
        decorators(decos);
        int firstlineno = s.lineno;
        if (!decos.isEmpty()) {
            firstlineno = decos.get(0).lineno;
        }
        Location loc = loc(s);
        boolean generic = !s.typeParams.isEmpty();
        if (generic) {
            c.u.privateName = s.name;
            c.op(PUSH_NULL, loc);
            c.enterScope("<generic parameters of " + s.name + ">", CompilerUnit.ScopeType.TYPEPARAMS, s.typeParams,
                    firstlineno);
            c.u.privateName = s.name;
            typeParams(s.typeParams);
            c.nameOp(".type_params", ExprContextTy.Store, loc);
        }
        classBody(s, firstlineno);
        if (generic) {
            c.nameOp(".type_params", ExprContextTy.Load, loc);
            c.opI(CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_SUBSCRIPT_GENERIC, loc);
            c.nameOp(".generic_base", ExprContextTy.Store, loc);
            List<ExprTy> bases = new ArrayList<>(s.bases);
            bases.add(new ExprTy.Name(".generic_base", ExprContextTy.Load, loc.lineno(), loc.col(), loc.endLineno(),
                    loc.endCol()));
            c.expr.callHelper(loc, 2, bases, s.keywords);
            Compiler.Finished f = c.finishUnit(false);
            c.makeClosure(f.code(), f.md(), 0, loc);
            c.opI(CALL, 0, loc);
        } else {
            c.expr.callHelper(loc, 2, s.bases, s.keywords);
        }
        applyDecorators(decos);
        c.nameOp(s.name, ExprContextTy.Store, loc);
    }

    private void classBody(StmtTy.ClassDef s, int firstlineno) {
        c.enterScope(s.name, CompilerUnit.ScopeType.CLASS, s, firstlineno);
        Location loc = new Location(firstlineno, firstlineno, 0, 0);
        c.u.privateName = s.name;
        c.nameOp("__name__", ExprContextTy.Load, loc);
        c.nameOp("__module__", ExprContextTy.Store, loc);
        c.loadConst(new PyStr(c.u.md.qualname), loc);
        c.nameOp("__qualname__", ExprContextTy.Store, loc);
        if (!s.typeParams.isEmpty()) {
            c.nameOp(".type_params", ExprContextTy.Load, loc);
            c.nameOp("__type_params__", ExprContextTy.Store, loc);
        }
        if (c.u.ste.needsClassdict()) {
            c.op(LOAD_LOCALS, loc);
            c.opI(STORE_DEREF, c.derefIndex("__classdict__", false), loc);
        }
        c.stmt.body(loc, s.body);
        if (c.u.ste.needsClassdict()) {
            c.opI(LOAD_CLOSURE, c.u.md.cellvars.get("__classdict__"), Location.NONE);
            c.nameOp("__classdictcell__", ExprContextTy.Store, Location.NONE);
        }
        if (c.u.ste.needsClassClosure()) {
            c.opI(LOAD_CLOSURE, c.u.md.cellvars.get("__class__"), Location.NONE);
            c.opI(COPY, 1, Location.NONE);
            c.nameOp("__classcell__", ExprContextTy.Store, Location.NONE);
        } else {
            c.loadConst(PyNone.NONE, Location.NONE);
        }
        c.op(RETURN_VALUE, Location.NONE);
        Compiler.Finished f = c.finishUnit(true);
        loc = loc(s);
        c.op(PUSH_NULL, loc);
        c.op(LOAD_BUILD_CLASS, loc);
        c.makeClosure(f.code(), f.md(), 0, loc);
        c.loadConst(new PyStr(s.name), loc);
    }

    // ---------------------------------------------------------------- type parameters and aliases

    /** {@code compiler_type_params}: makes the TypeVars, ParamSpecs and TypeVarTuples, then their tuple. */
    private void typeParams(List<TypeParamTy> params) {
        for (TypeParamTy p : params) {
            Location loc = loc(p);
            switch (p) {
                case TypeParamTy.TypeVar t -> {
                    c.loadConst(new PyStr(t.name), loc);
                    if (t.bound != null) {
                        ExprTy bound = t.bound;
                        c.enterScope(t.name, CompilerUnit.ScopeType.TYPEPARAMS, t, bound.lineno);
                        c.expr.visit(bound);
                        c.op(RETURN_VALUE, loc);
                        Compiler.Finished f = c.finishUnit(true);
                        c.makeClosure(f.code(), f.md(), 0, loc);
                        c.opI(CALL_INTRINSIC_2, bound instanceof ExprTy.Tuple
                                ? ExpressionCompiler.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                                : ExpressionCompiler.INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    } else {
                        c.opI(CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_TYPEVAR, loc);
                    }
                    c.opI(COPY, 1, loc);
                    c.nameOp(t.name, ExprContextTy.Store, loc);
                }
                case TypeParamTy.TypeVarTuple t -> {
                    c.loadConst(new PyStr(t.name), loc);
                    c.opI(CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_TYPEVARTUPLE, loc);
                    c.opI(COPY, 1, loc);
                    c.nameOp(t.name, ExprContextTy.Store, loc);
                }
                case TypeParamTy.ParamSpec t -> {
                    c.loadConst(new PyStr(t.name), loc);
                    c.opI(CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_PARAMSPEC, loc);
                    c.opI(COPY, 1, loc);
                    c.nameOp(t.name, ExprContextTy.Store, loc);
                }
            }
        }
        c.opI(BUILD_TUPLE, params.size(), loc(params.get(0)));
    }

    void typeAlias(StmtTy.TypeAlias s) {
        Location loc = loc(s);
        boolean generic = !s.typeParams.isEmpty();
        String name = ((ExprTy.Name) s.name).id;
        if (generic) {
            c.op(PUSH_NULL, loc);
            c.enterScope("<generic parameters of " + name + ">", CompilerUnit.ScopeType.TYPEPARAMS, s.typeParams,
                    loc.lineno());
            c.loadConst(new PyStr(name), loc);
            typeParams(s.typeParams);
        } else {
            c.loadConst(new PyStr(name), loc);
            c.loadConst(PyNone.NONE, loc);
        }
        c.enterScope(name, CompilerUnit.ScopeType.FUNCTION, s, loc.lineno());
        c.addConst(PyNone.NONE);
        c.expr.visit(s.value);
        c.op(RETURN_VALUE, loc);
        Compiler.Finished f = c.finishUnit(false);
        c.makeClosure(f.code(), f.md(), 0, loc);
        c.opI(BUILD_TUPLE, 3, loc);
        c.opI(CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_TYPEALIAS, loc);
        if (generic) {
            Compiler.Finished g = c.finishUnit(false);
            c.makeClosure(g.code(), g.md(), 0, loc);
            c.opI(CALL, 0, loc);
        }
        c.nameOp(name, ExprContextTy.Store, loc);
    }
}

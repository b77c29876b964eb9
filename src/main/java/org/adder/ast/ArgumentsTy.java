// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL product type {@code arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)}. */
public final class ArgumentsTy extends AstNode {
    private static final java.util.List<String> FIELDS = java.util.List.of("posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults");

    public final java.util.List<ArgTy> posonlyargs;
    public final java.util.List<ArgTy> args;
    public final ArgTy vararg;
    public final java.util.List<ArgTy> kwonlyargs;
    public final java.util.List<ExprTy> kwDefaults;
    public final ArgTy kwarg;
    public final java.util.List<ExprTy> defaults;

    public ArgumentsTy(java.util.List<ArgTy> posonlyargs, java.util.List<ArgTy> args, ArgTy vararg, java.util.List<ArgTy> kwonlyargs, java.util.List<ExprTy> kwDefaults, ArgTy kwarg, java.util.List<ExprTy> defaults) {
        this.posonlyargs = posonlyargs == null ? java.util.List.of() : posonlyargs;
        this.args = args == null ? java.util.List.of() : args;
        this.vararg = vararg;
        this.kwonlyargs = kwonlyargs == null ? java.util.List.of() : kwonlyargs;
        this.kwDefaults = kwDefaults == null ? java.util.List.of() : kwDefaults;
        this.kwarg = kwarg;
        this.defaults = defaults == null ? java.util.List.of() : defaults;
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitArguments(this);
    }

    @Override
    public String typeName() {
        return "arguments";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object field(int i) {
        return switch (i) {
            case 0 -> posonlyargs;
            case 1 -> args;
            case 2 -> vararg;
            case 3 -> kwonlyargs;
            case 4 -> kwDefaults;
            case 5 -> kwarg;
            case 6 -> defaults;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }
}

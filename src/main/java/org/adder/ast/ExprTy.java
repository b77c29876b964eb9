// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL sum type {@code expr}. */
public abstract sealed class ExprTy extends AstNode
        permits ExprTy.BoolOp, ExprTy.NamedExpr, ExprTy.BinOp, ExprTy.UnaryOp, ExprTy.Lambda, ExprTy.IfExp,
                ExprTy.Dict, ExprTy.Set, ExprTy.ListComp, ExprTy.SetComp, ExprTy.DictComp,
                ExprTy.GeneratorExp, ExprTy.Await, ExprTy.Yield, ExprTy.YieldFrom, ExprTy.Compare,
                ExprTy.Call, ExprTy.FormattedValue, ExprTy.JoinedStr, ExprTy.Constant, ExprTy.Attribute,
                ExprTy.Subscript, ExprTy.Starred, ExprTy.Name, ExprTy.List, ExprTy.Tuple, ExprTy.Slice {
    private static final java.util.List<String> ATTRIBUTES = java.util.List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;

    ExprTy(int lineno, int colOffset, int endLineno, int endColOffset) {
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    @Override
    public final java.util.List<String> attributeNames() {
        return ATTRIBUTES;
    }

    @Override
    public final int attribute(int i) {
        return switch (i) {
            case 0 -> lineno;
            case 1 -> colOffset;
            case 2 -> endLineno;
            case 3 -> endColOffset;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    /** {@code BoolOp(boolop op, expr* values)} */
    public static final class BoolOp extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("op", "values");

        public final BoolOpTy op;
        public final java.util.List<ExprTy> values;

        public BoolOp(BoolOpTy op, java.util.List<ExprTy> values, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.op = op;
            this.values = values == null ? java.util.List.of() : values;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitBoolOp(this);
        }

        @Override
        public String typeName() {
            return "BoolOp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> op;
                case 1 -> values;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code NamedExpr(expr target, expr value)} */
    public static final class NamedExpr extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("target", "value");

        public final ExprTy target;
        public final ExprTy value;

        public NamedExpr(ExprTy target, ExprTy value, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.target = target;
            this.value = value;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitNamedExpr(this);
        }

        @Override
        public String typeName() {
            return "NamedExpr";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> target;
                case 1 -> value;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code BinOp(expr left, operator op, expr right)} */
    public static final class BinOp extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("left", "op", "right");

        public final ExprTy left;
        public final OperatorTy op;
        public final ExprTy right;

        public BinOp(ExprTy left, OperatorTy op, ExprTy right, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitBinOp(this);
        }

        @Override
        public String typeName() {
            return "BinOp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> left;
                case 1 -> op;
                case 2 -> right;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code UnaryOp(unaryop op, expr operand)} */
    public static final class UnaryOp extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("op", "operand");

        public final UnaryOpTy op;
        public final ExprTy operand;

        public UnaryOp(UnaryOpTy op, ExprTy operand, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.op = op;
            this.operand = operand;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitUnaryOp(this);
        }

        @Override
        public String typeName() {
            return "UnaryOp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> op;
                case 1 -> operand;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Lambda(arguments args, expr body)} */
    public static final class Lambda extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("args", "body");

        public final ArgumentsTy args;
        public final ExprTy body;

        public Lambda(ArgumentsTy args, ExprTy body, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.args = args;
            this.body = body;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitLambda(this);
        }

        @Override
        public String typeName() {
            return "Lambda";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> args;
                case 1 -> body;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code IfExp(expr test, expr body, expr orelse)} */
    public static final class IfExp extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("test", "body", "orelse");

        public final ExprTy test;
        public final ExprTy body;
        public final ExprTy orelse;

        public IfExp(ExprTy test, ExprTy body, ExprTy orelse, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitIfExp(this);
        }

        @Override
        public String typeName() {
            return "IfExp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> test;
                case 1 -> body;
                case 2 -> orelse;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Dict(expr* keys, expr* values)} */
    public static final class Dict extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("keys", "values");

        public final java.util.List<ExprTy> keys;
        public final java.util.List<ExprTy> values;

        public Dict(java.util.List<ExprTy> keys, java.util.List<ExprTy> values, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.keys = keys == null ? java.util.List.of() : keys;
            this.values = values == null ? java.util.List.of() : values;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitDict(this);
        }

        @Override
        public String typeName() {
            return "Dict";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> keys;
                case 1 -> values;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Set(expr* elts)} */
    public static final class Set extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("elts");

        public final java.util.List<ExprTy> elts;

        public Set(java.util.List<ExprTy> elts, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.elts = elts == null ? java.util.List.of() : elts;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSet(this);
        }

        @Override
        public String typeName() {
            return "Set";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> elts;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code ListComp(expr elt, comprehension* generators)} */
    public static final class ListComp extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("elt", "generators");

        public final ExprTy elt;
        public final java.util.List<ComprehensionTy> generators;

        public ListComp(ExprTy elt, java.util.List<ComprehensionTy> generators, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.elt = elt;
            this.generators = generators == null ? java.util.List.of() : generators;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitListComp(this);
        }

        @Override
        public String typeName() {
            return "ListComp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> elt;
                case 1 -> generators;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code SetComp(expr elt, comprehension* generators)} */
    public static final class SetComp extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("elt", "generators");

        public final ExprTy elt;
        public final java.util.List<ComprehensionTy> generators;

        public SetComp(ExprTy elt, java.util.List<ComprehensionTy> generators, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.elt = elt;
            this.generators = generators == null ? java.util.List.of() : generators;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSetComp(this);
        }

        @Override
        public String typeName() {
            return "SetComp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> elt;
                case 1 -> generators;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code DictComp(expr key, expr value, comprehension* generators)} */
    public static final class DictComp extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("key", "value", "generators");

        public final ExprTy key;
        public final ExprTy value;
        public final java.util.List<ComprehensionTy> generators;

        public DictComp(ExprTy key, ExprTy value, java.util.List<ComprehensionTy> generators, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.key = key;
            this.value = value;
            this.generators = generators == null ? java.util.List.of() : generators;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitDictComp(this);
        }

        @Override
        public String typeName() {
            return "DictComp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> key;
                case 1 -> value;
                case 2 -> generators;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code GeneratorExp(expr elt, comprehension* generators)} */
    public static final class GeneratorExp extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("elt", "generators");

        public final ExprTy elt;
        public final java.util.List<ComprehensionTy> generators;

        public GeneratorExp(ExprTy elt, java.util.List<ComprehensionTy> generators, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.elt = elt;
            this.generators = generators == null ? java.util.List.of() : generators;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitGeneratorExp(this);
        }

        @Override
        public String typeName() {
            return "GeneratorExp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> elt;
                case 1 -> generators;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Await(expr value)} */
    public static final class Await extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        public final ExprTy value;

        public Await(ExprTy value, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAwait(this);
        }

        @Override
        public String typeName() {
            return "Await";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> value;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Yield(expr? value)} */
    public static final class Yield extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        public final ExprTy value;

        public Yield(ExprTy value, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitYield(this);
        }

        @Override
        public String typeName() {
            return "Yield";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> value;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code YieldFrom(expr value)} */
    public static final class YieldFrom extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        public final ExprTy value;

        public YieldFrom(ExprTy value, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitYieldFrom(this);
        }

        @Override
        public String typeName() {
            return "YieldFrom";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> value;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Compare(expr left, cmpop* ops, expr* comparators)} */
    public static final class Compare extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("left", "ops", "comparators");

        public final ExprTy left;
        public final java.util.List<CmpOpTy> ops;
        public final java.util.List<ExprTy> comparators;

        public Compare(ExprTy left, java.util.List<CmpOpTy> ops, java.util.List<ExprTy> comparators, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.left = left;
            this.ops = ops == null ? java.util.List.of() : ops;
            this.comparators = comparators == null ? java.util.List.of() : comparators;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitCompare(this);
        }

        @Override
        public String typeName() {
            return "Compare";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> left;
                case 1 -> ops;
                case 2 -> comparators;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Call(expr func, expr* args, keyword* keywords)} */
    public static final class Call extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("func", "args", "keywords");

        public final ExprTy func;
        public final java.util.List<ExprTy> args;
        public final java.util.List<KeywordTy> keywords;

        public Call(ExprTy func, java.util.List<ExprTy> args, java.util.List<KeywordTy> keywords, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.func = func;
            this.args = args == null ? java.util.List.of() : args;
            this.keywords = keywords == null ? java.util.List.of() : keywords;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitCall(this);
        }

        @Override
        public String typeName() {
            return "Call";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> func;
                case 1 -> args;
                case 2 -> keywords;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code FormattedValue(expr value, int conversion, expr? format_spec)} */
    public static final class FormattedValue extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value", "conversion", "format_spec");

        public final ExprTy value;
        public final int conversion;
        public final ExprTy formatSpec;

        public FormattedValue(ExprTy value, int conversion, ExprTy formatSpec, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
            this.conversion = conversion;
            this.formatSpec = formatSpec;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFormattedValue(this);
        }

        @Override
        public String typeName() {
            return "FormattedValue";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> value;
                case 1 -> conversion;
                case 2 -> formatSpec;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code JoinedStr(expr* values)} */
    public static final class JoinedStr extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("values");

        public final java.util.List<ExprTy> values;

        public JoinedStr(java.util.List<ExprTy> values, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.values = values == null ? java.util.List.of() : values;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitJoinedStr(this);
        }

        @Override
        public String typeName() {
            return "JoinedStr";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> values;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Constant(constant value, string? kind)} */
    public static final class Constant extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value", "kind");

        public final org.adder.objects.PyObject value;
        public final String kind;

        public Constant(org.adder.objects.PyObject value, String kind, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
            this.kind = kind;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitConstant(this);
        }

        @Override
        public String typeName() {
            return "Constant";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> value;
                case 1 -> kind;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Attribute(expr value, identifier attr, expr_context ctx)} */
    public static final class Attribute extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value", "attr", "ctx");

        public final ExprTy value;
        public final String attr;
        public final ExprContextTy ctx;

        public Attribute(ExprTy value, String attr, ExprContextTy ctx, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
            this.attr = attr;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAttribute(this);
        }

        @Override
        public String typeName() {
            return "Attribute";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> value;
                case 1 -> attr;
                case 2 -> ctx;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Subscript(expr value, expr slice, expr_context ctx)} */
    public static final class Subscript extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value", "slice", "ctx");

        public final ExprTy value;
        public final ExprTy slice;
        public final ExprContextTy ctx;

        public Subscript(ExprTy value, ExprTy slice, ExprContextTy ctx, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
            this.slice = slice;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSubscript(this);
        }

        @Override
        public String typeName() {
            return "Subscript";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> value;
                case 1 -> slice;
                case 2 -> ctx;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Starred(expr value, expr_context ctx)} */
    public static final class Starred extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value", "ctx");

        public final ExprTy value;
        public final ExprContextTy ctx;

        public Starred(ExprTy value, ExprContextTy ctx, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitStarred(this);
        }

        @Override
        public String typeName() {
            return "Starred";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> value;
                case 1 -> ctx;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Name(identifier id, expr_context ctx)} */
    public static final class Name extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("id", "ctx");

        public final String id;
        public final ExprContextTy ctx;

        public Name(String id, ExprContextTy ctx, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.id = id;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitName(this);
        }

        @Override
        public String typeName() {
            return "Name";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> id;
                case 1 -> ctx;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code List(expr* elts, expr_context ctx)} */
    public static final class List extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("elts", "ctx");

        public final java.util.List<ExprTy> elts;
        public final ExprContextTy ctx;

        public List(java.util.List<ExprTy> elts, ExprContextTy ctx, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.elts = elts == null ? java.util.List.of() : elts;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitList(this);
        }

        @Override
        public String typeName() {
            return "List";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> elts;
                case 1 -> ctx;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Tuple(expr* elts, expr_context ctx)} */
    public static final class Tuple extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("elts", "ctx");

        public final java.util.List<ExprTy> elts;
        public final ExprContextTy ctx;

        public Tuple(java.util.List<ExprTy> elts, ExprContextTy ctx, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.elts = elts == null ? java.util.List.of() : elts;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTuple(this);
        }

        @Override
        public String typeName() {
            return "Tuple";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> elts;
                case 1 -> ctx;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Slice(expr? lower, expr? upper, expr? step)} */
    public static final class Slice extends ExprTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("lower", "upper", "step");

        public final ExprTy lower;
        public final ExprTy upper;
        public final ExprTy step;

        public Slice(ExprTy lower, ExprTy upper, ExprTy step, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSlice(this);
        }

        @Override
        public String typeName() {
            return "Slice";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> lower;
                case 1 -> upper;
                case 2 -> step;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }
}

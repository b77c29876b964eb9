// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL sum type {@code stmt}. */
public abstract sealed class StmtTy extends AstNode
        permits StmtTy.FunctionDef, StmtTy.AsyncFunctionDef, StmtTy.ClassDef, StmtTy.Return, StmtTy.Delete,
                StmtTy.Assign, StmtTy.TypeAlias, StmtTy.AugAssign, StmtTy.AnnAssign, StmtTy.For,
                StmtTy.AsyncFor, StmtTy.While, StmtTy.If, StmtTy.With, StmtTy.AsyncWith, StmtTy.Match,
                StmtTy.Raise, StmtTy.Try, StmtTy.TryStar, StmtTy.Assert, StmtTy.Import, StmtTy.ImportFrom,
                StmtTy.Global, StmtTy.Nonlocal, StmtTy.Expr, StmtTy.Pass, StmtTy.Break, StmtTy.Continue {
    private static final java.util.List<String> ATTRIBUTES = java.util.List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;

    StmtTy(int lineno, int colOffset, int endLineno, int endColOffset) {
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

    /** {@code FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)} */
    public static final class FunctionDef extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("name", "args", "body", "decorator_list", "returns", "type_comment", "type_params");

        public final String name;
        public final ArgumentsTy args;
        public final java.util.List<StmtTy> body;
        public final java.util.List<ExprTy> decoratorList;
        public final ExprTy returns;
        public final String typeComment;
        public final java.util.List<TypeParamTy> typeParams;

        public FunctionDef(String name, ArgumentsTy args, java.util.List<StmtTy> body, java.util.List<ExprTy> decoratorList, ExprTy returns, String typeComment, java.util.List<TypeParamTy> typeParams, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.name = name;
            this.args = args;
            this.body = body == null ? java.util.List.of() : body;
            this.decoratorList = decoratorList == null ? java.util.List.of() : decoratorList;
            this.returns = returns;
            this.typeComment = typeComment;
            this.typeParams = typeParams == null ? java.util.List.of() : typeParams;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFunctionDef(this);
        }

        @Override
        public String typeName() {
            return "FunctionDef";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> name;
                case 1 -> args;
                case 2 -> body;
                case 3 -> decoratorList;
                case 4 -> returns;
                case 5 -> typeComment;
                case 6 -> typeParams;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)} */
    public static final class AsyncFunctionDef extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("name", "args", "body", "decorator_list", "returns", "type_comment", "type_params");

        public final String name;
        public final ArgumentsTy args;
        public final java.util.List<StmtTy> body;
        public final java.util.List<ExprTy> decoratorList;
        public final ExprTy returns;
        public final String typeComment;
        public final java.util.List<TypeParamTy> typeParams;

        public AsyncFunctionDef(String name, ArgumentsTy args, java.util.List<StmtTy> body, java.util.List<ExprTy> decoratorList, ExprTy returns, String typeComment, java.util.List<TypeParamTy> typeParams, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.name = name;
            this.args = args;
            this.body = body == null ? java.util.List.of() : body;
            this.decoratorList = decoratorList == null ? java.util.List.of() : decoratorList;
            this.returns = returns;
            this.typeComment = typeComment;
            this.typeParams = typeParams == null ? java.util.List.of() : typeParams;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncFunctionDef(this);
        }

        @Override
        public String typeName() {
            return "AsyncFunctionDef";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> name;
                case 1 -> args;
                case 2 -> body;
                case 3 -> decoratorList;
                case 4 -> returns;
                case 5 -> typeComment;
                case 6 -> typeParams;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params)} */
    public static final class ClassDef extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("name", "bases", "keywords", "body", "decorator_list", "type_params");

        public final String name;
        public final java.util.List<ExprTy> bases;
        public final java.util.List<KeywordTy> keywords;
        public final java.util.List<StmtTy> body;
        public final java.util.List<ExprTy> decoratorList;
        public final java.util.List<TypeParamTy> typeParams;

        public ClassDef(String name, java.util.List<ExprTy> bases, java.util.List<KeywordTy> keywords, java.util.List<StmtTy> body, java.util.List<ExprTy> decoratorList, java.util.List<TypeParamTy> typeParams, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.name = name;
            this.bases = bases == null ? java.util.List.of() : bases;
            this.keywords = keywords == null ? java.util.List.of() : keywords;
            this.body = body == null ? java.util.List.of() : body;
            this.decoratorList = decoratorList == null ? java.util.List.of() : decoratorList;
            this.typeParams = typeParams == null ? java.util.List.of() : typeParams;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitClassDef(this);
        }

        @Override
        public String typeName() {
            return "ClassDef";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> name;
                case 1 -> bases;
                case 2 -> keywords;
                case 3 -> body;
                case 4 -> decoratorList;
                case 5 -> typeParams;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Return(expr? value)} */
    public static final class Return extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        public final ExprTy value;

        public Return(ExprTy value, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitReturn(this);
        }

        @Override
        public String typeName() {
            return "Return";
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

    /** {@code Delete(expr* targets)} */
    public static final class Delete extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("targets");

        public final java.util.List<ExprTy> targets;

        public Delete(java.util.List<ExprTy> targets, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.targets = targets == null ? java.util.List.of() : targets;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitDelete(this);
        }

        @Override
        public String typeName() {
            return "Delete";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> targets;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Assign(expr* targets, expr value, string? type_comment)} */
    public static final class Assign extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("targets", "value", "type_comment");

        public final java.util.List<ExprTy> targets;
        public final ExprTy value;
        public final String typeComment;

        public Assign(java.util.List<ExprTy> targets, ExprTy value, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.targets = targets == null ? java.util.List.of() : targets;
            this.value = value;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAssign(this);
        }

        @Override
        public String typeName() {
            return "Assign";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> targets;
                case 1 -> value;
                case 2 -> typeComment;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code TypeAlias(expr name, type_param* type_params, expr value)} */
    public static final class TypeAlias extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("name", "type_params", "value");

        public final ExprTy name;
        public final java.util.List<TypeParamTy> typeParams;
        public final ExprTy value;

        public TypeAlias(ExprTy name, java.util.List<TypeParamTy> typeParams, ExprTy value, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.name = name;
            this.typeParams = typeParams == null ? java.util.List.of() : typeParams;
            this.value = value;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTypeAlias(this);
        }

        @Override
        public String typeName() {
            return "TypeAlias";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> name;
                case 1 -> typeParams;
                case 2 -> value;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code AugAssign(expr target, operator op, expr value)} */
    public static final class AugAssign extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("target", "op", "value");

        public final ExprTy target;
        public final OperatorTy op;
        public final ExprTy value;

        public AugAssign(ExprTy target, OperatorTy op, ExprTy value, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.target = target;
            this.op = op;
            this.value = value;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAugAssign(this);
        }

        @Override
        public String typeName() {
            return "AugAssign";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> target;
                case 1 -> op;
                case 2 -> value;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code AnnAssign(expr target, expr annotation, expr? value, int simple)} */
    public static final class AnnAssign extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("target", "annotation", "value", "simple");

        public final ExprTy target;
        public final ExprTy annotation;
        public final ExprTy value;
        public final int simple;

        public AnnAssign(ExprTy target, ExprTy annotation, ExprTy value, int simple, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.target = target;
            this.annotation = annotation;
            this.value = value;
            this.simple = simple;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAnnAssign(this);
        }

        @Override
        public String typeName() {
            return "AnnAssign";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> target;
                case 1 -> annotation;
                case 2 -> value;
                case 3 -> simple;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)} */
    public static final class For extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("target", "iter", "body", "orelse", "type_comment");

        public final ExprTy target;
        public final ExprTy iter;
        public final java.util.List<StmtTy> body;
        public final java.util.List<StmtTy> orelse;
        public final String typeComment;

        public For(ExprTy target, ExprTy iter, java.util.List<StmtTy> body, java.util.List<StmtTy> orelse, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.target = target;
            this.iter = iter;
            this.body = body == null ? java.util.List.of() : body;
            this.orelse = orelse == null ? java.util.List.of() : orelse;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFor(this);
        }

        @Override
        public String typeName() {
            return "For";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> target;
                case 1 -> iter;
                case 2 -> body;
                case 3 -> orelse;
                case 4 -> typeComment;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)} */
    public static final class AsyncFor extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("target", "iter", "body", "orelse", "type_comment");

        public final ExprTy target;
        public final ExprTy iter;
        public final java.util.List<StmtTy> body;
        public final java.util.List<StmtTy> orelse;
        public final String typeComment;

        public AsyncFor(ExprTy target, ExprTy iter, java.util.List<StmtTy> body, java.util.List<StmtTy> orelse, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.target = target;
            this.iter = iter;
            this.body = body == null ? java.util.List.of() : body;
            this.orelse = orelse == null ? java.util.List.of() : orelse;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncFor(this);
        }

        @Override
        public String typeName() {
            return "AsyncFor";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> target;
                case 1 -> iter;
                case 2 -> body;
                case 3 -> orelse;
                case 4 -> typeComment;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code While(expr test, stmt* body, stmt* orelse)} */
    public static final class While extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("test", "body", "orelse");

        public final ExprTy test;
        public final java.util.List<StmtTy> body;
        public final java.util.List<StmtTy> orelse;

        public While(ExprTy test, java.util.List<StmtTy> body, java.util.List<StmtTy> orelse, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.test = test;
            this.body = body == null ? java.util.List.of() : body;
            this.orelse = orelse == null ? java.util.List.of() : orelse;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitWhile(this);
        }

        @Override
        public String typeName() {
            return "While";
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

    /** {@code If(expr test, stmt* body, stmt* orelse)} */
    public static final class If extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("test", "body", "orelse");

        public final ExprTy test;
        public final java.util.List<StmtTy> body;
        public final java.util.List<StmtTy> orelse;

        public If(ExprTy test, java.util.List<StmtTy> body, java.util.List<StmtTy> orelse, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.test = test;
            this.body = body == null ? java.util.List.of() : body;
            this.orelse = orelse == null ? java.util.List.of() : orelse;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitIf(this);
        }

        @Override
        public String typeName() {
            return "If";
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

    /** {@code With(withitem* items, stmt* body, string? type_comment)} */
    public static final class With extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("items", "body", "type_comment");

        public final java.util.List<WithItemTy> items;
        public final java.util.List<StmtTy> body;
        public final String typeComment;

        public With(java.util.List<WithItemTy> items, java.util.List<StmtTy> body, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.items = items == null ? java.util.List.of() : items;
            this.body = body == null ? java.util.List.of() : body;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitWith(this);
        }

        @Override
        public String typeName() {
            return "With";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> items;
                case 1 -> body;
                case 2 -> typeComment;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code AsyncWith(withitem* items, stmt* body, string? type_comment)} */
    public static final class AsyncWith extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("items", "body", "type_comment");

        public final java.util.List<WithItemTy> items;
        public final java.util.List<StmtTy> body;
        public final String typeComment;

        public AsyncWith(java.util.List<WithItemTy> items, java.util.List<StmtTy> body, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.items = items == null ? java.util.List.of() : items;
            this.body = body == null ? java.util.List.of() : body;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncWith(this);
        }

        @Override
        public String typeName() {
            return "AsyncWith";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> items;
                case 1 -> body;
                case 2 -> typeComment;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Match(expr subject, match_case* cases)} */
    public static final class Match extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("subject", "cases");

        public final ExprTy subject;
        public final java.util.List<MatchCaseTy> cases;

        public Match(ExprTy subject, java.util.List<MatchCaseTy> cases, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.subject = subject;
            this.cases = cases == null ? java.util.List.of() : cases;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatch(this);
        }

        @Override
        public String typeName() {
            return "Match";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> subject;
                case 1 -> cases;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Raise(expr? exc, expr? cause)} */
    public static final class Raise extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("exc", "cause");

        public final ExprTy exc;
        public final ExprTy cause;

        public Raise(ExprTy exc, ExprTy cause, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitRaise(this);
        }

        @Override
        public String typeName() {
            return "Raise";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> exc;
                case 1 -> cause;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)} */
    public static final class Try extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("body", "handlers", "orelse", "finalbody");

        public final java.util.List<StmtTy> body;
        public final java.util.List<ExceptHandlerTy> handlers;
        public final java.util.List<StmtTy> orelse;
        public final java.util.List<StmtTy> finalbody;

        public Try(java.util.List<StmtTy> body, java.util.List<ExceptHandlerTy> handlers, java.util.List<StmtTy> orelse, java.util.List<StmtTy> finalbody, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.body = body == null ? java.util.List.of() : body;
            this.handlers = handlers == null ? java.util.List.of() : handlers;
            this.orelse = orelse == null ? java.util.List.of() : orelse;
            this.finalbody = finalbody == null ? java.util.List.of() : finalbody;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTry(this);
        }

        @Override
        public String typeName() {
            return "Try";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> body;
                case 1 -> handlers;
                case 2 -> orelse;
                case 3 -> finalbody;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)} */
    public static final class TryStar extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("body", "handlers", "orelse", "finalbody");

        public final java.util.List<StmtTy> body;
        public final java.util.List<ExceptHandlerTy> handlers;
        public final java.util.List<StmtTy> orelse;
        public final java.util.List<StmtTy> finalbody;

        public TryStar(java.util.List<StmtTy> body, java.util.List<ExceptHandlerTy> handlers, java.util.List<StmtTy> orelse, java.util.List<StmtTy> finalbody, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.body = body == null ? java.util.List.of() : body;
            this.handlers = handlers == null ? java.util.List.of() : handlers;
            this.orelse = orelse == null ? java.util.List.of() : orelse;
            this.finalbody = finalbody == null ? java.util.List.of() : finalbody;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTryStar(this);
        }

        @Override
        public String typeName() {
            return "TryStar";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> body;
                case 1 -> handlers;
                case 2 -> orelse;
                case 3 -> finalbody;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Assert(expr test, expr? msg)} */
    public static final class Assert extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("test", "msg");

        public final ExprTy test;
        public final ExprTy msg;

        public Assert(ExprTy test, ExprTy msg, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.test = test;
            this.msg = msg;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAssert(this);
        }

        @Override
        public String typeName() {
            return "Assert";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> test;
                case 1 -> msg;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Import(alias* names)} */
    public static final class Import extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("names");

        public final java.util.List<AliasTy> names;

        public Import(java.util.List<AliasTy> names, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.names = names == null ? java.util.List.of() : names;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitImport(this);
        }

        @Override
        public String typeName() {
            return "Import";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> names;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code ImportFrom(identifier? module, alias* names, int? level)} */
    public static final class ImportFrom extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("module", "names", "level");

        public final String module;
        public final java.util.List<AliasTy> names;
        public final int level;

        public ImportFrom(String module, java.util.List<AliasTy> names, int level, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.module = module;
            this.names = names == null ? java.util.List.of() : names;
            this.level = level;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitImportFrom(this);
        }

        @Override
        public String typeName() {
            return "ImportFrom";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> module;
                case 1 -> names;
                case 2 -> level;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Global(identifier* names)} */
    public static final class Global extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("names");

        public final java.util.List<String> names;

        public Global(java.util.List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.names = names == null ? java.util.List.of() : names;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitGlobal(this);
        }

        @Override
        public String typeName() {
            return "Global";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> names;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Nonlocal(identifier* names)} */
    public static final class Nonlocal extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("names");

        public final java.util.List<String> names;

        public Nonlocal(java.util.List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.names = names == null ? java.util.List.of() : names;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitNonlocal(this);
        }

        @Override
        public String typeName() {
            return "Nonlocal";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> names;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code Expr(expr value)} */
    public static final class Expr extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        public final ExprTy value;

        public Expr(ExprTy value, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitExpr(this);
        }

        @Override
        public String typeName() {
            return "Expr";
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

    /** {@code Pass} */
    public static final class Pass extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of();

        public Pass(int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitPass(this);
        }

        @Override
        public String typeName() {
            return "Pass";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            throw new IndexOutOfBoundsException(i);
        }
    }

    /** {@code Break} */
    public static final class Break extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of();

        public Break(int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitBreak(this);
        }

        @Override
        public String typeName() {
            return "Break";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            throw new IndexOutOfBoundsException(i);
        }
    }

    /** {@code Continue} */
    public static final class Continue extends StmtTy {
        private static final java.util.List<String> FIELDS = java.util.List.of();

        public Continue(int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitContinue(this);
        }

        @Override
        public String typeName() {
            return "Continue";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            throw new IndexOutOfBoundsException(i);
        }
    }
}

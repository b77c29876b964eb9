// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** ASDL sum type {@code pattern}. */
public abstract sealed class PatternTy extends AstNode
        permits PatternTy.MatchValue, PatternTy.MatchSingleton, PatternTy.MatchSequence,
                PatternTy.MatchMapping, PatternTy.MatchClass, PatternTy.MatchStar, PatternTy.MatchAs,
                PatternTy.MatchOr {
    private static final java.util.List<String> ATTRIBUTES = java.util.List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;

    PatternTy(int lineno, int colOffset, int endLineno, int endColOffset) {
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

    /** {@code MatchValue(expr value)} */
    public static final class MatchValue extends PatternTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        public final ExprTy value;

        public MatchValue(ExprTy value, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchValue(this);
        }

        @Override
        public String typeName() {
            return "MatchValue";
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

    /** {@code MatchSingleton(constant value)} */
    public static final class MatchSingleton extends PatternTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        public final org.adder.objects.PyObject value;

        public MatchSingleton(org.adder.objects.PyObject value, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.value = value;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchSingleton(this);
        }

        @Override
        public String typeName() {
            return "MatchSingleton";
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

    /** {@code MatchSequence(pattern* patterns)} */
    public static final class MatchSequence extends PatternTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("patterns");

        public final java.util.List<PatternTy> patterns;

        public MatchSequence(java.util.List<PatternTy> patterns, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.patterns = patterns == null ? java.util.List.of() : patterns;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchSequence(this);
        }

        @Override
        public String typeName() {
            return "MatchSequence";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> patterns;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code MatchMapping(expr* keys, pattern* patterns, identifier? rest)} */
    public static final class MatchMapping extends PatternTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("keys", "patterns", "rest");

        public final java.util.List<ExprTy> keys;
        public final java.util.List<PatternTy> patterns;
        public final String rest;

        public MatchMapping(java.util.List<ExprTy> keys, java.util.List<PatternTy> patterns, String rest, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.keys = keys == null ? java.util.List.of() : keys;
            this.patterns = patterns == null ? java.util.List.of() : patterns;
            this.rest = rest;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchMapping(this);
        }

        @Override
        public String typeName() {
            return "MatchMapping";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> keys;
                case 1 -> patterns;
                case 2 -> rest;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)} */
    public static final class MatchClass extends PatternTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("cls", "patterns", "kwd_attrs", "kwd_patterns");

        public final ExprTy cls;
        public final java.util.List<PatternTy> patterns;
        public final java.util.List<String> kwdAttrs;
        public final java.util.List<PatternTy> kwdPatterns;

        public MatchClass(ExprTy cls, java.util.List<PatternTy> patterns, java.util.List<String> kwdAttrs, java.util.List<PatternTy> kwdPatterns, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.cls = cls;
            this.patterns = patterns == null ? java.util.List.of() : patterns;
            this.kwdAttrs = kwdAttrs == null ? java.util.List.of() : kwdAttrs;
            this.kwdPatterns = kwdPatterns == null ? java.util.List.of() : kwdPatterns;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchClass(this);
        }

        @Override
        public String typeName() {
            return "MatchClass";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> cls;
                case 1 -> patterns;
                case 2 -> kwdAttrs;
                case 3 -> kwdPatterns;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code MatchStar(identifier? name)} */
    public static final class MatchStar extends PatternTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("name");

        public final String name;

        public MatchStar(String name, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.name = name;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchStar(this);
        }

        @Override
        public String typeName() {
            return "MatchStar";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> name;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code MatchAs(pattern? pattern, identifier? name)} */
    public static final class MatchAs extends PatternTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("pattern", "name");

        public final PatternTy pattern;
        public final String name;

        public MatchAs(PatternTy pattern, String name, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.pattern = pattern;
            this.name = name;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchAs(this);
        }

        @Override
        public String typeName() {
            return "MatchAs";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> pattern;
                case 1 -> name;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }

    /** {@code MatchOr(pattern* patterns)} */
    public static final class MatchOr extends PatternTy {
        private static final java.util.List<String> FIELDS = java.util.List.of("patterns");

        public final java.util.List<PatternTy> patterns;

        public MatchOr(java.util.List<PatternTy> patterns, int lineno, int colOffset, int endLineno, int endColOffset) {
            super(lineno, colOffset, endLineno, endColOffset);
            this.patterns = patterns == null ? java.util.List.of() : patterns;
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchOr(this);
        }

        @Override
        public String typeName() {
            return "MatchOr";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object field(int i) {
            return switch (i) {
                case 0 -> patterns;
                default -> throw new IndexOutOfBoundsException(i);
            };
        }
    }
}

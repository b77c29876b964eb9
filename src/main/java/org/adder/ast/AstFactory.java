// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/**
 * Builds any node from its Python class name and its values, as CPython's {@code ast} classes
 * are called: the fields in ASDL order, then, for types with positions, lineno, col_offset,
 * end_lineno and end_col_offset as Integers. Sequences are Lists, absent optionals null.
 * The names of the field-less constructors ("Load", "Add", "NotIn") give their enum constants.
 */
public final class AstFactory {
    private AstFactory() {
    }

    /** How many values {@link #create} takes for {@code typeName}, or -1 for an unknown name. */
    public static int arity(String typeName) {
        return switch (typeName) {
            case "Load", "Store", "Del", "And", "Or", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                 "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv", "Invert", "Not", "UAdd", "USub",
                 "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn" -> 0;
            case "Interactive", "Expression" -> 1;
            case "Module", "FunctionType", "withitem", "TypeIgnore" -> 2;
            case "match_case" -> 3;
            case "Pass", "Break", "Continue", "comprehension" -> 4;
            case "Return", "Delete", "Import", "Global", "Nonlocal", "Expr", "Set", "Await", "Yield",
                 "YieldFrom", "JoinedStr", "MatchValue", "MatchSingleton", "MatchSequence", "MatchStar",
                 "MatchOr", "ParamSpec", "TypeVarTuple" -> 5;
            case "Match", "Raise", "Assert", "BoolOp", "NamedExpr", "UnaryOp", "Lambda", "Dict", "ListComp",
                 "SetComp", "GeneratorExp", "Constant", "Starred", "Name", "List", "Tuple", "keyword",
                 "alias", "MatchAs", "TypeVar" -> 6;
            case "Assign", "TypeAlias", "AugAssign", "While", "If", "With", "AsyncWith", "ImportFrom",
                 "BinOp", "IfExp", "DictComp", "Compare", "Call", "FormattedValue", "Attribute", "Subscript",
                 "Slice", "ExceptHandler", "arguments", "arg", "MatchMapping" -> 7;
            case "AnnAssign", "Try", "TryStar", "MatchClass" -> 8;
            case "For", "AsyncFor" -> 9;
            case "ClassDef" -> 10;
            case "FunctionDef", "AsyncFunctionDef" -> 11;
            default -> -1;
        };
    }

    /** The node (or enum constant) {@code typeName} with {@code values}; see the class comment. */
    @SuppressWarnings("unchecked")
    public static Object create(String typeName, Object... values) {
        return switch (typeName) {
            case "Module" -> new ModTy.Module(
                    (java.util.List<StmtTy>) values[0], (java.util.List<TypeIgnoreTy>) values[1]);
            case "Interactive" -> new ModTy.Interactive(
                    (java.util.List<StmtTy>) values[0]);
            case "Expression" -> new ModTy.Expression(
                    (ExprTy) values[0]);
            case "FunctionType" -> new ModTy.FunctionType(
                    (java.util.List<ExprTy>) values[0], (ExprTy) values[1]);
            case "FunctionDef" -> new StmtTy.FunctionDef(
                    (String) values[0], (ArgumentsTy) values[1], (java.util.List<StmtTy>) values[2],
                    (java.util.List<ExprTy>) values[3], (ExprTy) values[4], (String) values[5],
                    (java.util.List<TypeParamTy>) values[6], integer(values[7]), integer(values[8]),
                    integer(values[9]), integer(values[10]));
            case "AsyncFunctionDef" -> new StmtTy.AsyncFunctionDef(
                    (String) values[0], (ArgumentsTy) values[1], (java.util.List<StmtTy>) values[2],
                    (java.util.List<ExprTy>) values[3], (ExprTy) values[4], (String) values[5],
                    (java.util.List<TypeParamTy>) values[6], integer(values[7]), integer(values[8]),
                    integer(values[9]), integer(values[10]));
            case "ClassDef" -> new StmtTy.ClassDef(
                    (String) values[0], (java.util.List<ExprTy>) values[1],
                    (java.util.List<KeywordTy>) values[2], (java.util.List<StmtTy>) values[3],
                    (java.util.List<ExprTy>) values[4], (java.util.List<TypeParamTy>) values[5],
                    integer(values[6]), integer(values[7]), integer(values[8]), integer(values[9]));
            case "Return" -> new StmtTy.Return(
                    (ExprTy) values[0], integer(values[1]), integer(values[2]), integer(values[3]),
                    integer(values[4]));
            case "Delete" -> new StmtTy.Delete(
                    (java.util.List<ExprTy>) values[0], integer(values[1]), integer(values[2]),
                    integer(values[3]), integer(values[4]));
            case "Assign" -> new StmtTy.Assign(
                    (java.util.List<ExprTy>) values[0], (ExprTy) values[1], (String) values[2],
                    integer(values[3]), integer(values[4]), integer(values[5]), integer(values[6]));
            case "TypeAlias" -> new StmtTy.TypeAlias(
                    (ExprTy) values[0], (java.util.List<TypeParamTy>) values[1], (ExprTy) values[2],
                    integer(values[3]), integer(values[4]), integer(values[5]), integer(values[6]));
            case "AugAssign" -> new StmtTy.AugAssign(
                    (ExprTy) values[0], (OperatorTy) values[1], (ExprTy) values[2], integer(values[3]),
                    integer(values[4]), integer(values[5]), integer(values[6]));
            case "AnnAssign" -> new StmtTy.AnnAssign(
                    (ExprTy) values[0], (ExprTy) values[1], (ExprTy) values[2], integer(values[3]),
                    integer(values[4]), integer(values[5]), integer(values[6]), integer(values[7]));
            case "For" -> new StmtTy.For(
                    (ExprTy) values[0], (ExprTy) values[1], (java.util.List<StmtTy>) values[2],
                    (java.util.List<StmtTy>) values[3], (String) values[4], integer(values[5]),
                    integer(values[6]), integer(values[7]), integer(values[8]));
            case "AsyncFor" -> new StmtTy.AsyncFor(
                    (ExprTy) values[0], (ExprTy) values[1], (java.util.List<StmtTy>) values[2],
                    (java.util.List<StmtTy>) values[3], (String) values[4], integer(values[5]),
                    integer(values[6]), integer(values[7]), integer(values[8]));
            case "While" -> new StmtTy.While(
                    (ExprTy) values[0], (java.util.List<StmtTy>) values[1],
                    (java.util.List<StmtTy>) values[2], integer(values[3]), integer(values[4]),
                    integer(values[5]), integer(values[6]));
            case "If" -> new StmtTy.If(
                    (ExprTy) values[0], (java.util.List<StmtTy>) values[1],
                    (java.util.List<StmtTy>) values[2], integer(values[3]), integer(values[4]),
                    integer(values[5]), integer(values[6]));
            case "With" -> new StmtTy.With(
                    (java.util.List<WithItemTy>) values[0], (java.util.List<StmtTy>) values[1],
                    (String) values[2], integer(values[3]), integer(values[4]), integer(values[5]),
                    integer(values[6]));
            case "AsyncWith" -> new StmtTy.AsyncWith(
                    (java.util.List<WithItemTy>) values[0], (java.util.List<StmtTy>) values[1],
                    (String) values[2], integer(values[3]), integer(values[4]), integer(values[5]),
                    integer(values[6]));
            case "Match" -> new StmtTy.Match(
                    (ExprTy) values[0], (java.util.List<MatchCaseTy>) values[1], integer(values[2]),
                    integer(values[3]), integer(values[4]), integer(values[5]));
            case "Raise" -> new StmtTy.Raise(
                    (ExprTy) values[0], (ExprTy) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "Try" -> new StmtTy.Try(
                    (java.util.List<StmtTy>) values[0], (java.util.List<ExceptHandlerTy>) values[1],
                    (java.util.List<StmtTy>) values[2], (java.util.List<StmtTy>) values[3],
                    integer(values[4]), integer(values[5]), integer(values[6]), integer(values[7]));
            case "TryStar" -> new StmtTy.TryStar(
                    (java.util.List<StmtTy>) values[0], (java.util.List<ExceptHandlerTy>) values[1],
                    (java.util.List<StmtTy>) values[2], (java.util.List<StmtTy>) values[3],
                    integer(values[4]), integer(values[5]), integer(values[6]), integer(values[7]));
            case "Assert" -> new StmtTy.Assert(
                    (ExprTy) values[0], (ExprTy) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "Import" -> new StmtTy.Import(
                    (java.util.List<AliasTy>) values[0], integer(values[1]), integer(values[2]),
                    integer(values[3]), integer(values[4]));
            case "ImportFrom" -> new StmtTy.ImportFrom(
                    (String) values[0], (java.util.List<AliasTy>) values[1], integer(values[2]),
                    integer(values[3]), integer(values[4]), integer(values[5]), integer(values[6]));
            case "Global" -> new StmtTy.Global(
                    (java.util.List<String>) values[0], integer(values[1]), integer(values[2]),
                    integer(values[3]), integer(values[4]));
            case "Nonlocal" -> new StmtTy.Nonlocal(
                    (java.util.List<String>) values[0], integer(values[1]), integer(values[2]),
                    integer(values[3]), integer(values[4]));
            case "Expr" -> new StmtTy.Expr(
                    (ExprTy) values[0], integer(values[1]), integer(values[2]), integer(values[3]),
                    integer(values[4]));
            case "Pass" -> new StmtTy.Pass(
                    integer(values[0]), integer(values[1]), integer(values[2]), integer(values[3]));
            case "Break" -> new StmtTy.Break(
                    integer(values[0]), integer(values[1]), integer(values[2]), integer(values[3]));
            case "Continue" -> new StmtTy.Continue(
                    integer(values[0]), integer(values[1]), integer(values[2]), integer(values[3]));
            case "BoolOp" -> new ExprTy.BoolOp(
                    (BoolOpTy) values[0], (java.util.List<ExprTy>) values[1], integer(values[2]),
                    integer(values[3]), integer(values[4]), integer(values[5]));
            case "NamedExpr" -> new ExprTy.NamedExpr(
                    (ExprTy) values[0], (ExprTy) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "BinOp" -> new ExprTy.BinOp(
                    (ExprTy) values[0], (OperatorTy) values[1], (ExprTy) values[2], integer(values[3]),
                    integer(values[4]), integer(values[5]), integer(values[6]));
            case "UnaryOp" -> new ExprTy.UnaryOp(
                    (UnaryOpTy) values[0], (ExprTy) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "Lambda" -> new ExprTy.Lambda(
                    (ArgumentsTy) values[0], (ExprTy) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "IfExp" -> new ExprTy.IfExp(
                    (ExprTy) values[0], (ExprTy) values[1], (ExprTy) values[2], integer(values[3]),
                    integer(values[4]), integer(values[5]), integer(values[6]));
            case "Dict" -> new ExprTy.Dict(
                    (java.util.List<ExprTy>) values[0], (java.util.List<ExprTy>) values[1],
                    integer(values[2]), integer(values[3]), integer(values[4]), integer(values[5]));
            case "Set" -> new ExprTy.Set(
                    (java.util.List<ExprTy>) values[0], integer(values[1]), integer(values[2]),
                    integer(values[3]), integer(values[4]));
            case "ListComp" -> new ExprTy.ListComp(
                    (ExprTy) values[0], (java.util.List<ComprehensionTy>) values[1], integer(values[2]),
                    integer(values[3]), integer(values[4]), integer(values[5]));
            case "SetComp" -> new ExprTy.SetComp(
                    (ExprTy) values[0], (java.util.List<ComprehensionTy>) values[1], integer(values[2]),
                    integer(values[3]), integer(values[4]), integer(values[5]));
            case "DictComp" -> new ExprTy.DictComp(
                    (ExprTy) values[0], (ExprTy) values[1], (java.util.List<ComprehensionTy>) values[2],
                    integer(values[3]), integer(values[4]), integer(values[5]), integer(values[6]));
            case "GeneratorExp" -> new ExprTy.GeneratorExp(
                    (ExprTy) values[0], (java.util.List<ComprehensionTy>) values[1], integer(values[2]),
                    integer(values[3]), integer(values[4]), integer(values[5]));
            case "Await" -> new ExprTy.Await(
                    (ExprTy) values[0], integer(values[1]), integer(values[2]), integer(values[3]),
                    integer(values[4]));
            case "Yield" -> new ExprTy.Yield(
                    (ExprTy) values[0], integer(values[1]), integer(values[2]), integer(values[3]),
                    integer(values[4]));
            case "YieldFrom" -> new ExprTy.YieldFrom(
                    (ExprTy) values[0], integer(values[1]), integer(values[2]), integer(values[3]),
                    integer(values[4]));
            case "Compare" -> new ExprTy.Compare(
                    (ExprTy) values[0], (java.util.List<CmpOpTy>) values[1],
                    (java.util.List<ExprTy>) values[2], integer(values[3]), integer(values[4]),
                    integer(values[5]), integer(values[6]));
            case "Call" -> new ExprTy.Call(
                    (ExprTy) values[0], (java.util.List<ExprTy>) values[1],
                    (java.util.List<KeywordTy>) values[2], integer(values[3]), integer(values[4]),
                    integer(values[5]), integer(values[6]));
            case "FormattedValue" -> new ExprTy.FormattedValue(
                    (ExprTy) values[0], integer(values[1]), (ExprTy) values[2], integer(values[3]),
                    integer(values[4]), integer(values[5]), integer(values[6]));
            case "JoinedStr" -> new ExprTy.JoinedStr(
                    (java.util.List<ExprTy>) values[0], integer(values[1]), integer(values[2]),
                    integer(values[3]), integer(values[4]));
            case "Constant" -> new ExprTy.Constant(
                    (org.adder.objects.PyObject) values[0], (String) values[1], integer(values[2]),
                    integer(values[3]), integer(values[4]), integer(values[5]));
            case "Attribute" -> new ExprTy.Attribute(
                    (ExprTy) values[0], (String) values[1], (ExprContextTy) values[2], integer(values[3]),
                    integer(values[4]), integer(values[5]), integer(values[6]));
            case "Subscript" -> new ExprTy.Subscript(
                    (ExprTy) values[0], (ExprTy) values[1], (ExprContextTy) values[2], integer(values[3]),
                    integer(values[4]), integer(values[5]), integer(values[6]));
            case "Starred" -> new ExprTy.Starred(
                    (ExprTy) values[0], (ExprContextTy) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "Name" -> new ExprTy.Name(
                    (String) values[0], (ExprContextTy) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "List" -> new ExprTy.List(
                    (java.util.List<ExprTy>) values[0], (ExprContextTy) values[1], integer(values[2]),
                    integer(values[3]), integer(values[4]), integer(values[5]));
            case "Tuple" -> new ExprTy.Tuple(
                    (java.util.List<ExprTy>) values[0], (ExprContextTy) values[1], integer(values[2]),
                    integer(values[3]), integer(values[4]), integer(values[5]));
            case "Slice" -> new ExprTy.Slice(
                    (ExprTy) values[0], (ExprTy) values[1], (ExprTy) values[2], integer(values[3]),
                    integer(values[4]), integer(values[5]), integer(values[6]));
            case "Load" -> ExprContextTy.Load;
            case "Store" -> ExprContextTy.Store;
            case "Del" -> ExprContextTy.Del;
            case "And" -> BoolOpTy.And;
            case "Or" -> BoolOpTy.Or;
            case "Add" -> OperatorTy.Add;
            case "Sub" -> OperatorTy.Sub;
            case "Mult" -> OperatorTy.Mult;
            case "MatMult" -> OperatorTy.MatMult;
            case "Div" -> OperatorTy.Div;
            case "Mod" -> OperatorTy.Mod;
            case "Pow" -> OperatorTy.Pow;
            case "LShift" -> OperatorTy.LShift;
            case "RShift" -> OperatorTy.RShift;
            case "BitOr" -> OperatorTy.BitOr;
            case "BitXor" -> OperatorTy.BitXor;
            case "BitAnd" -> OperatorTy.BitAnd;
            case "FloorDiv" -> OperatorTy.FloorDiv;
            case "Invert" -> UnaryOpTy.Invert;
            case "Not" -> UnaryOpTy.Not;
            case "UAdd" -> UnaryOpTy.UAdd;
            case "USub" -> UnaryOpTy.USub;
            case "Eq" -> CmpOpTy.Eq;
            case "NotEq" -> CmpOpTy.NotEq;
            case "Lt" -> CmpOpTy.Lt;
            case "LtE" -> CmpOpTy.LtE;
            case "Gt" -> CmpOpTy.Gt;
            case "GtE" -> CmpOpTy.GtE;
            case "Is" -> CmpOpTy.Is;
            case "IsNot" -> CmpOpTy.IsNot;
            case "In" -> CmpOpTy.In;
            case "NotIn" -> CmpOpTy.NotIn;
            case "comprehension" -> new ComprehensionTy(
                    (ExprTy) values[0], (ExprTy) values[1], (java.util.List<ExprTy>) values[2],
                    integer(values[3]));
            case "ExceptHandler" -> new ExceptHandlerTy.ExceptHandler(
                    (ExprTy) values[0], (String) values[1], (java.util.List<StmtTy>) values[2],
                    integer(values[3]), integer(values[4]), integer(values[5]), integer(values[6]));
            case "arguments" -> new ArgumentsTy(
                    (java.util.List<ArgTy>) values[0], (java.util.List<ArgTy>) values[1], (ArgTy) values[2],
                    (java.util.List<ArgTy>) values[3], (java.util.List<ExprTy>) values[4], (ArgTy) values[5],
                    (java.util.List<ExprTy>) values[6]);
            case "arg" -> new ArgTy(
                    (String) values[0], (ExprTy) values[1], (String) values[2], integer(values[3]),
                    integer(values[4]), integer(values[5]), integer(values[6]));
            case "keyword" -> new KeywordTy(
                    (String) values[0], (ExprTy) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "alias" -> new AliasTy(
                    (String) values[0], (String) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "withitem" -> new WithItemTy(
                    (ExprTy) values[0], (ExprTy) values[1]);
            case "match_case" -> new MatchCaseTy(
                    (PatternTy) values[0], (ExprTy) values[1], (java.util.List<StmtTy>) values[2]);
            case "MatchValue" -> new PatternTy.MatchValue(
                    (ExprTy) values[0], integer(values[1]), integer(values[2]), integer(values[3]),
                    integer(values[4]));
            case "MatchSingleton" -> new PatternTy.MatchSingleton(
                    (org.adder.objects.PyObject) values[0], integer(values[1]), integer(values[2]),
                    integer(values[3]), integer(values[4]));
            case "MatchSequence" -> new PatternTy.MatchSequence(
                    (java.util.List<PatternTy>) values[0], integer(values[1]), integer(values[2]),
                    integer(values[3]), integer(values[4]));
            case "MatchMapping" -> new PatternTy.MatchMapping(
                    (java.util.List<ExprTy>) values[0], (java.util.List<PatternTy>) values[1],
                    (String) values[2], integer(values[3]), integer(values[4]), integer(values[5]),
                    integer(values[6]));
            case "MatchClass" -> new PatternTy.MatchClass(
                    (ExprTy) values[0], (java.util.List<PatternTy>) values[1],
                    (java.util.List<String>) values[2], (java.util.List<PatternTy>) values[3],
                    integer(values[4]), integer(values[5]), integer(values[6]), integer(values[7]));
            case "MatchStar" -> new PatternTy.MatchStar(
                    (String) values[0], integer(values[1]), integer(values[2]), integer(values[3]),
                    integer(values[4]));
            case "MatchAs" -> new PatternTy.MatchAs(
                    (PatternTy) values[0], (String) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "MatchOr" -> new PatternTy.MatchOr(
                    (java.util.List<PatternTy>) values[0], integer(values[1]), integer(values[2]),
                    integer(values[3]), integer(values[4]));
            case "TypeIgnore" -> new TypeIgnoreTy.TypeIgnore(
                    integer(values[0]), (String) values[1]);
            case "TypeVar" -> new TypeParamTy.TypeVar(
                    (String) values[0], (ExprTy) values[1], integer(values[2]), integer(values[3]),
                    integer(values[4]), integer(values[5]));
            case "ParamSpec" -> new TypeParamTy.ParamSpec(
                    (String) values[0], integer(values[1]), integer(values[2]), integer(values[3]),
                    integer(values[4]));
            case "TypeVarTuple" -> new TypeParamTy.TypeVarTuple(
                    (String) values[0], integer(values[1]), integer(values[2]), integer(values[3]),
                    integer(values[4]));
            default -> throw new IllegalArgumentException("no AST node type " + typeName);
        };
    }

    private static int integer(Object value) {
        return value == null ? 0 : (Integer) value;
    }
}

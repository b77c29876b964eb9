// Generated from src/main/asdl/Python.asdl by org.adder.ast.gen.AsdlGenerator; do not edit.
package org.adder.ast;

/** One method per kind of node: per constructor of a sum type, per product type. */
public interface AstVisitor<R> {
    R visitModule(ModTy.Module node);

    R visitInteractive(ModTy.Interactive node);

    R visitExpression(ModTy.Expression node);

    R visitFunctionType(ModTy.FunctionType node);

    R visitFunctionDef(StmtTy.FunctionDef node);

    R visitAsyncFunctionDef(StmtTy.AsyncFunctionDef node);

    R visitClassDef(StmtTy.ClassDef node);

    R visitReturn(StmtTy.Return node);

    R visitDelete(StmtTy.Delete node);

    R visitAssign(StmtTy.Assign node);

    R visitTypeAlias(StmtTy.TypeAlias node);

    R visitAugAssign(StmtTy.AugAssign node);

    R visitAnnAssign(StmtTy.AnnAssign node);

    R visitFor(StmtTy.For node);

    R visitAsyncFor(StmtTy.AsyncFor node);

    R visitWhile(StmtTy.While node);

    R visitIf(StmtTy.If node);

    R visitWith(StmtTy.With node);

    R visitAsyncWith(StmtTy.AsyncWith node);

    R visitMatch(StmtTy.Match node);

    R visitRaise(StmtTy.Raise node);

    R visitTry(StmtTy.Try node);

    R visitTryStar(StmtTy.TryStar node);

    R visitAssert(StmtTy.Assert node);

    R visitImport(StmtTy.Import node);

    R visitImportFrom(StmtTy.ImportFrom node);

    R visitGlobal(StmtTy.Global node);

    R visitNonlocal(StmtTy.Nonlocal node);

    R visitExpr(StmtTy.Expr node);

    R visitPass(StmtTy.Pass node);

    R visitBreak(StmtTy.Break node);

    R visitContinue(StmtTy.Continue node);

    R visitBoolOp(ExprTy.BoolOp node);

    R visitNamedExpr(ExprTy.NamedExpr node);

    R visitBinOp(ExprTy.BinOp node);

    R visitUnaryOp(ExprTy.UnaryOp node);

    R visitLambda(ExprTy.Lambda node);

    R visitIfExp(ExprTy.IfExp node);

    R visitDict(ExprTy.Dict node);

    R visitSet(ExprTy.Set node);

    R visitListComp(ExprTy.ListComp node);

    R visitSetComp(ExprTy.SetComp node);

    R visitDictComp(ExprTy.DictComp node);

    R visitGeneratorExp(ExprTy.GeneratorExp node);

    R visitAwait(ExprTy.Await node);

    R visitYield(ExprTy.Yield node);

    R visitYieldFrom(ExprTy.YieldFrom node);

    R visitCompare(ExprTy.Compare node);

    R visitCall(ExprTy.Call node);

    R visitFormattedValue(ExprTy.FormattedValue node);

    R visitJoinedStr(ExprTy.JoinedStr node);

    R visitConstant(ExprTy.Constant node);

    R visitAttribute(ExprTy.Attribute node);

    R visitSubscript(ExprTy.Subscript node);

    R visitStarred(ExprTy.Starred node);

    R visitName(ExprTy.Name node);

    R visitList(ExprTy.List node);

    R visitTuple(ExprTy.Tuple node);

    R visitSlice(ExprTy.Slice node);

    R visitComprehension(ComprehensionTy node);

    R visitExceptHandler(ExceptHandlerTy.ExceptHandler node);

    R visitArguments(ArgumentsTy node);

    R visitArg(ArgTy node);

    R visitKeyword(KeywordTy node);

    R visitAlias(AliasTy node);

    R visitWithItem(WithItemTy node);

    R visitMatchCase(MatchCaseTy node);

    R visitMatchValue(PatternTy.MatchValue node);

    R visitMatchSingleton(PatternTy.MatchSingleton node);

    R visitMatchSequence(PatternTy.MatchSequence node);

    R visitMatchMapping(PatternTy.MatchMapping node);

    R visitMatchClass(PatternTy.MatchClass node);

    R visitMatchStar(PatternTy.MatchStar node);

    R visitMatchAs(PatternTy.MatchAs node);

    R visitMatchOr(PatternTy.MatchOr node);

    R visitTypeIgnore(TypeIgnoreTy.TypeIgnore node);

    R visitTypeVar(TypeParamTy.TypeVar node);

    R visitParamSpec(TypeParamTy.ParamSpec node);

    R visitTypeVarTuple(TypeParamTy.TypeVarTuple node);
}

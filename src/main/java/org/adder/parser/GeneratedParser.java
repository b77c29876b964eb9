// Generated from src/main/peg/python.gram by org.adder.parser.gen.ParserGenerator; do not edit.
package org.adder.parser;

import java.util.List;
import org.adder.ast.*;
import org.adder.objects.PyBool;
import org.adder.objects.PyEllipsis;
import org.adder.objects.PyNone;
import org.adder.tokenize.TokenType;

@SuppressWarnings({"unchecked", "rawtypes", "unused"})
public final class GeneratedParser extends ActionHelpers {
    GeneratedParser(ParserInput input) {
        super(input, 28);
    }

    ModTy file() {
        enter();
        int _mark = mark();
        ModTy _res = null;
        boolean _cut = false;
        done: {
        {
            List<StmtTy> a;
            Token _i1;
            if (opt(a = statements())
                    && (_i1 = expect(TokenType.ENDMARKER)) != null) {
                _res = (ModTy) (Object) (makeModule(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ModTy interactive() {
        enter();
        int _mark = mark();
        ModTy _res = null;
        boolean _cut = false;
        done: {
        {
            List<StmtTy> a;
            if ((a = statement_newline()) != null) {
                _res = (ModTy) (Object) (new ModTy.Interactive(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ModTy eval() {
        enter();
        int _mark = mark();
        ModTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy a;
            List<Token> _i1;
            Token _i2;
            if ((a = expressions()) != null
                    && (_i1 = _loop0_0()) != null
                    && (_i2 = expect(TokenType.ENDMARKER)) != null) {
                _res = (ModTy) (Object) (new ModTy.Expression(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ModTy func_type() {
        enter();
        int _mark = mark();
        ModTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            List<ExprTy> a;
            Token _i2;
            Token _i3;
            ExprTy b;
            List<Token> _i5;
            Token _i6;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && opt(a = type_expressions())
                    && (_i2 = expect(TokenType.RPAR)) != null
                    && (_i3 = expect(TokenType.RARROW)) != null
                    && (b = expression()) != null
                    && (_i5 = _loop0_1()) != null
                    && (_i6 = expect(TokenType.ENDMARKER)) != null) {
                _res = (ModTy) (Object) (new ModTy.FunctionType(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<StmtTy> statements() {
        enter();
        int _mark = mark();
        List<StmtTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<List<StmtTy>> a;
            if ((a = _loop1_2()) != null) {
                _res = (List<StmtTy>) (Object) (flatten(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<StmtTy> statement() {
        enter();
        int _mark = mark();
        List<StmtTy> _res = null;
        boolean _cut = false;
        done: {
        {
            StmtTy a;
            if ((a = compound_stmt()) != null) {
                _res = (List<StmtTy>) (Object) (List.of(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<StmtTy> a;
            if ((a = simple_stmts()) != null) {
                _res = (List<StmtTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<StmtTy> statement_newline() {
        enter();
        int _mark = mark();
        List<StmtTy> _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            StmtTy a;
            Token _i1;
            if ((a = compound_stmt()) != null
                    && (_i1 = expect(TokenType.NEWLINE)) != null) {
                _res = (List<StmtTy>) (Object) (List.of(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<StmtTy> _i0;
            if ((_i0 = simple_stmts()) != null) {
                _res = (List<StmtTy>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.NEWLINE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (List<StmtTy>) (Object) (List.of(new StmtTy.Pass(_start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset)));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.ENDMARKER)) != null) {
                _res = (List<StmtTy>) (Object) (interactiveExit());
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<StmtTy> simple_stmts() {
        enter();
        int _mark = mark();
        List<StmtTy> _res = null;
        boolean _cut = false;
        done: {
        {
            StmtTy a;
            Token _i1;
            if ((a = simple_stmt()) != null
                    && lookahead(mark(), expect(TokenType.SEMI) != null, false)
                    && (_i1 = expect(TokenType.NEWLINE)) != null) {
                _res = (List<StmtTy>) (Object) (List.of(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<StmtTy> a;
            Token _i1;
            Token _i2;
            if ((a = _gather_3()) != null
                    && opt(_i1 = expect(TokenType.SEMI))
                    && (_i2 = expect(TokenType.NEWLINE)) != null) {
                _res = (List<StmtTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy simple_stmt() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 0);
        if (_m != null) {
            leave();
            return (StmtTy) _m.value;
        }
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            StmtTy _i0;
            if ((_i0 = assignment()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectSoftKeyword("type") != null, true)
                    && (_i0 = type_alias()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy e;
            if ((e = star_expressions()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Expr(e, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectKeyword(Keywords.KW_RETURN) != null, true)
                    && (_i0 = return_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), _tmp_4() != null, true)
                    && (_i0 = import_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectKeyword(Keywords.KW_RAISE) != null, true)
                    && (_i0 = raise_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_PASS)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Pass(_start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectKeyword(Keywords.KW_DEL) != null, true)
                    && (_i0 = del_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectKeyword(Keywords.KW_YIELD) != null, true)
                    && (_i0 = yield_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectKeyword(Keywords.KW_ASSERT) != null, true)
                    && (_i0 = assert_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_BREAK)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Break(_start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_CONTINUE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Continue(_start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectKeyword(Keywords.KW_GLOBAL) != null, true)
                    && (_i0 = global_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectKeyword(Keywords.KW_NONLOCAL) != null, true)
                    && (_i0 = nonlocal_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 0, _res);
        leave();
        return _res;
    }

    StmtTy compound_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        done: {
        {
            StmtTy _i0;
            if (lookahead(mark(), _tmp_5() != null, true)
                    && (_i0 = function_def()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectKeyword(Keywords.KW_IF) != null, true)
                    && (_i0 = if_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), _tmp_6() != null, true)
                    && (_i0 = class_def()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), _tmp_7() != null, true)
                    && (_i0 = with_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), _tmp_8() != null, true)
                    && (_i0 = for_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectKeyword(Keywords.KW_TRY) != null, true)
                    && (_i0 = try_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if (lookahead(mark(), expectKeyword(Keywords.KW_WHILE) != null, true)
                    && (_i0 = while_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if ((_i0 = match_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy assignment() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            ExprTy c;
            if ((a = name()) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (b = expression()) != null
                    && opt(c = _tmp_9())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.AnnAssign(store(a), b, c, 1, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            ExprTy c;
            if ((a = _tmp_10()) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (b = expression()) != null
                    && opt(c = _tmp_11())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.AnnAssign(a, b, c, 0, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ExprTy> a;
            ExprTy b;
            Token tc;
            if ((a = (List<ExprTy>) (Object) _loop1_13()) != null
                    && (b = annotated_rhs()) != null
                    && lookahead(mark(), expect(TokenType.EQUAL) != null, false)
                    && opt(tc = expect(TokenType.TYPE_COMMENT))) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Assign(a, b, typeComment(tc), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            OperatorTy b;
            ExprTy c;
            if ((a = single_target()) != null
                    && (b = augassign()) != null
                    && (_cut = true)
                    && (c = annotated_rhs()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.AugAssign(a, b, c, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_assignment()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy annotated_rhs() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expressions()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    OperatorTy augassign() {
        enter();
        int _mark = mark();
        OperatorTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.PLUSEQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.Add);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.MINEQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.Sub);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.STAREQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.Mult);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.ATEQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.MatMult);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.SLASHEQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.Div);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.PERCENTEQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.Mod);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.AMPEREQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.BitAnd);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.VBAREQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.BitOr);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.CIRCUMFLEXEQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.BitXor);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LEFTSHIFTEQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.LShift);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RIGHTSHIFTEQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.RShift);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOUBLESTAREQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.Pow);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOUBLESLASHEQUAL)) != null) {
                _res = (OperatorTy) (Object) (OperatorTy.FloorDiv);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy return_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expectKeyword(Keywords.KW_RETURN)) != null
                    && opt(a = star_expressions())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Return(a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy raise_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            ExprTy b;
            if ((_i0 = expectKeyword(Keywords.KW_RAISE)) != null
                    && (a = expression()) != null
                    && opt(b = _tmp_14())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Raise(a, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_RAISE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Raise(null, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy global_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<ExprTy> a;
            if ((_i0 = expectKeyword(Keywords.KW_GLOBAL)) != null
                    && (a = _gather_15()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Global(ids(a), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy nonlocal_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<ExprTy> a;
            if ((_i0 = expectKeyword(Keywords.KW_NONLOCAL)) != null
                    && (a = _gather_16()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Nonlocal(ids(a), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy del_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<ExprTy> a;
            if ((_i0 = expectKeyword(Keywords.KW_DEL)) != null
                    && (a = del_targets()) != null
                    && lookahead(mark(), _tmp_17() != null, true)) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Delete(a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_del_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy yield_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy y;
            if ((y = yield_expr()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Expr(y, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy assert_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            ExprTy b;
            if ((_i0 = expectKeyword(Keywords.KW_ASSERT)) != null
                    && (a = expression()) != null
                    && opt(b = _tmp_18())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Assert(a, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy import_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_import()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if ((_i0 = import_name()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if ((_i0 = import_from()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy import_name() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<AliasTy> a;
            if ((_i0 = expectKeyword(Keywords.KW_IMPORT)) != null
                    && (a = dotted_as_names()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Import(a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy import_from() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<Token> a;
            ExprTy b;
            Token _i3;
            List<AliasTy> c;
            if ((_i0 = expectKeyword(Keywords.KW_FROM)) != null
                    && (a = _loop0_20()) != null
                    && (b = dotted_name()) != null
                    && (_i3 = expectKeyword(Keywords.KW_IMPORT)) != null
                    && (c = import_from_targets()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.ImportFrom(id(b), c, countDots(a), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            List<Token> a;
            Token _i2;
            List<AliasTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_FROM)) != null
                    && (a = _loop1_22()) != null
                    && (_i2 = expectKeyword(Keywords.KW_IMPORT)) != null
                    && (b = import_from_targets()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.ImportFrom(null, b, countDots(a), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<AliasTy> import_from_targets() {
        enter();
        int _mark = mark();
        List<AliasTy> _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<AliasTy> a;
            Token _i2;
            Token _i3;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && (a = import_from_as_names()) != null
                    && opt(_i2 = expect(TokenType.COMMA))
                    && (_i3 = expect(TokenType.RPAR)) != null) {
                _res = (List<AliasTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<AliasTy> _i0;
            if ((_i0 = import_from_as_names()) != null
                    && lookahead(mark(), expect(TokenType.COMMA) != null, false)) {
                _res = (List<AliasTy>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.STAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (List<AliasTy>) (Object) (List.of(new AliasTy("*", null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset)));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_import_from_targets()) != null) {
                _res = (List<AliasTy>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<AliasTy> import_from_as_names() {
        enter();
        int _mark = mark();
        List<AliasTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<AliasTy> a;
            if ((a = _gather_23()) != null) {
                _res = (List<AliasTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    AliasTy import_from_as_name() {
        enter();
        int _mark = mark();
        AliasTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            ExprTy b;
            if ((a = name()) != null
                    && opt(b = _tmp_24())) {
                Token _end = lastNonWhitespaceToken();
                _res = (AliasTy) (Object) (new AliasTy(id(a), b == null ? null : id(b), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<AliasTy> dotted_as_names() {
        enter();
        int _mark = mark();
        List<AliasTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<AliasTy> a;
            if ((a = _gather_25()) != null) {
                _res = (List<AliasTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    AliasTy dotted_as_name() {
        enter();
        int _mark = mark();
        AliasTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            ExprTy b;
            if ((a = dotted_name()) != null
                    && opt(b = _tmp_26())) {
                Token _end = lastNonWhitespaceToken();
                _res = (AliasTy) (Object) (new AliasTy(id(a), b == null ? null : id(b), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy dotted_name() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 1);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        Memo _seed = memoize(_mark, 1, null);
        ExprTy _result = null;
        int _resultMark = _mark;
        while (true) {
            _seed.value = _result;
            _seed.end = _resultMark;
            reset(_mark);
            ExprTy _raw = dotted_name_raw();
            if (_raw == null || mark() <= _resultMark) {
                break;
            }
            _result = _raw;
            _resultMark = mark();
        }
        reset(_resultMark);
        leave();
        return _result;
    }

    ExprTy dotted_name_raw() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = dotted_name()) != null
                    && (_i1 = expect(TokenType.DOT)) != null
                    && (b = name()) != null) {
                _res = (ExprTy) (Object) (joinNamesWithDot(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = name()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<StmtTy> block() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 2);
        if (_m != null) {
            leave();
            return (List<StmtTy>) _m.value;
        }
        List<StmtTy> _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token _i1;
            List<StmtTy> a;
            Token _i3;
            if ((_i0 = expect(TokenType.NEWLINE)) != null
                    && (_i1 = expect(TokenType.INDENT)) != null
                    && (a = statements()) != null
                    && (_i3 = expect(TokenType.DEDENT)) != null) {
                _res = (List<StmtTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<StmtTy> _i0;
            if ((_i0 = simple_stmts()) != null) {
                _res = (List<StmtTy>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_block()) != null) {
                _res = (List<StmtTy>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 2, _res);
        leave();
        return _res;
    }

    List<ExprTy> decorators() {
        enter();
        int _mark = mark();
        List<ExprTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<ExprTy> a;
            if ((a = _loop1_28()) != null) {
                _res = (List<ExprTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy class_def() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        done: {
        {
            List<ExprTy> a;
            StmtTy b;
            if ((a = decorators()) != null
                    && (b = class_def_raw()) != null) {
                _res = (StmtTy) (Object) (classDefDecorators(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if ((_i0 = class_def_raw()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy class_def_raw() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_class_def_raw()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            List<TypeParamTy> t;
            Object b;
            Token _i4;
            List<StmtTy> c;
            if ((_i0 = expectKeyword(Keywords.KW_CLASS)) != null
                    && (a = name()) != null
                    && opt(t = type_params())
                    && opt(b = _tmp_29())
                    && (_i4 = expect(TokenType.COLON)) != null
                    && (c = block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.ClassDef(id(a), callArgs(b), callKeywords(b), c, List.of(), list(t), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy function_def() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        done: {
        {
            List<ExprTy> d;
            StmtTy f;
            if ((d = decorators()) != null
                    && (f = function_def_raw()) != null) {
                _res = (StmtTy) (Object) (functionDefDecorators(d, f));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StmtTy _i0;
            if ((_i0 = function_def_raw()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy function_def_raw() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_def_raw()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy n;
            List<TypeParamTy> t;
            Token _i3;
            ArgumentsTy params;
            Token _i5;
            ExprTy a;
            Token _i7;
            Token tc;
            List<StmtTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_DEF)) != null
                    && (n = name()) != null
                    && opt(t = type_params())
                    && (_i3 = forced(expect(TokenType.LPAR), "'('")) != null
                    && opt(params = params())
                    && (_i5 = expect(TokenType.RPAR)) != null
                    && opt(a = _tmp_30())
                    && (_i7 = forced(expect(TokenType.COLON), "':'")) != null
                    && opt(tc = func_type_comment())
                    && (b = block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.FunctionDef(id(n), params == null ? emptyArguments() : params, b, List.of(), a, typeComment(tc), list(t), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            ExprTy n;
            List<TypeParamTy> t;
            Token _i4;
            ArgumentsTy params;
            Token _i6;
            ExprTy a;
            Token _i8;
            Token tc;
            List<StmtTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_ASYNC)) != null
                    && (_i1 = expectKeyword(Keywords.KW_DEF)) != null
                    && (n = name()) != null
                    && opt(t = type_params())
                    && (_i4 = forced(expect(TokenType.LPAR), "'('")) != null
                    && opt(params = params())
                    && (_i6 = expect(TokenType.RPAR)) != null
                    && opt(a = _tmp_31())
                    && (_i8 = forced(expect(TokenType.COLON), "':'")) != null
                    && opt(tc = func_type_comment())
                    && (b = block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.AsyncFunctionDef(id(n), params == null ? emptyArguments() : params, b, List.of(), a, typeComment(tc), list(t), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgumentsTy params() {
        enter();
        int _mark = mark();
        ArgumentsTy _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_parameters()) != null) {
                _res = (ArgumentsTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgumentsTy _i0;
            if ((_i0 = parameters()) != null) {
                _res = (ArgumentsTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgumentsTy parameters() {
        enter();
        int _mark = mark();
        ArgumentsTy _res = null;
        boolean _cut = false;
        done: {
        {
            List<ArgTy> a;
            List<ArgTy> b;
            List<NameDefaultPair> c;
            StarEtc d;
            if ((a = slash_no_default()) != null
                    && (b = _loop0_32()) != null
                    && (c = _loop0_33()) != null
                    && opt(d = star_etc())) {
                _res = (ArgumentsTy) (Object) (makeArguments(a, null, b, c, d));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            SlashWithDefault a;
            List<NameDefaultPair> b;
            StarEtc c;
            if ((a = slash_with_default()) != null
                    && (b = _loop0_34()) != null
                    && opt(c = star_etc())) {
                _res = (ArgumentsTy) (Object) (makeArguments(null, a, null, b, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ArgTy> a;
            List<NameDefaultPair> b;
            StarEtc c;
            if ((a = _loop1_35()) != null
                    && (b = _loop0_36()) != null
                    && opt(c = star_etc())) {
                _res = (ArgumentsTy) (Object) (makeArguments(null, null, a, b, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<NameDefaultPair> a;
            StarEtc b;
            if ((a = _loop1_37()) != null
                    && opt(b = star_etc())) {
                _res = (ArgumentsTy) (Object) (makeArguments(null, null, null, a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StarEtc a;
            if ((a = star_etc()) != null) {
                _res = (ArgumentsTy) (Object) (makeArguments(null, null, null, null, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ArgTy> slash_no_default() {
        enter();
        int _mark = mark();
        List<ArgTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<ArgTy> a;
            Token _i1;
            Token _i2;
            if ((a = _loop1_38()) != null
                    && (_i1 = expect(TokenType.SLASH)) != null
                    && (_i2 = expect(TokenType.COMMA)) != null) {
                _res = (List<ArgTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ArgTy> a;
            Token _i1;
            if ((a = _loop1_39()) != null
                    && (_i1 = expect(TokenType.SLASH)) != null
                    && lookahead(mark(), expect(TokenType.RPAR) != null, true)) {
                _res = (List<ArgTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    SlashWithDefault slash_with_default() {
        enter();
        int _mark = mark();
        SlashWithDefault _res = null;
        boolean _cut = false;
        done: {
        {
            List<ArgTy> a;
            List<NameDefaultPair> b;
            Token _i2;
            Token _i3;
            if ((a = _loop0_40()) != null
                    && (b = _loop1_41()) != null
                    && (_i2 = expect(TokenType.SLASH)) != null
                    && (_i3 = expect(TokenType.COMMA)) != null) {
                _res = (SlashWithDefault) (Object) (new SlashWithDefault(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ArgTy> a;
            List<NameDefaultPair> b;
            Token _i2;
            if ((a = _loop0_42()) != null
                    && (b = _loop1_43()) != null
                    && (_i2 = expect(TokenType.SLASH)) != null
                    && lookahead(mark(), expect(TokenType.RPAR) != null, true)) {
                _res = (SlashWithDefault) (Object) (new SlashWithDefault(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StarEtc star_etc() {
        enter();
        int _mark = mark();
        StarEtc _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_star_etc()) != null) {
                _res = (StarEtc) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy a;
            List<NameDefaultPair> b;
            ArgTy c;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = param_no_default()) != null
                    && (b = _loop0_44()) != null
                    && opt(c = kwds())) {
                _res = (StarEtc) (Object) (new StarEtc(a, b, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy a;
            List<NameDefaultPair> b;
            ArgTy c;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = param_no_default_star_annotation()) != null
                    && (b = _loop0_45()) != null
                    && opt(c = kwds())) {
                _res = (StarEtc) (Object) (new StarEtc(a, b, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<NameDefaultPair> b;
            ArgTy c;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (b = _loop1_46()) != null
                    && opt(c = kwds())) {
                _res = (StarEtc) (Object) (new StarEtc(null, b, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy a;
            if ((a = kwds()) != null) {
                _res = (StarEtc) (Object) (new StarEtc(null, null, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgTy kwds() {
        enter();
        int _mark = mark();
        ArgTy _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_kwds()) != null) {
                _res = (ArgTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (a = param_no_default()) != null) {
                _res = (ArgTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgTy param_no_default() {
        enter();
        int _mark = mark();
        ArgTy _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy a;
            Token _i1;
            Token tc;
            if ((a = param()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))) {
                _res = (ArgTy) (Object) (addTypeComment(a, tc));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy a;
            Token tc;
            if ((a = param()) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))
                    && lookahead(mark(), expect(TokenType.RPAR) != null, true)) {
                _res = (ArgTy) (Object) (addTypeComment(a, tc));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgTy param_no_default_star_annotation() {
        enter();
        int _mark = mark();
        ArgTy _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy a;
            Token _i1;
            Token tc;
            if ((a = param_star_annotation()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))) {
                _res = (ArgTy) (Object) (addTypeComment(a, tc));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy a;
            Token tc;
            if ((a = param_star_annotation()) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))
                    && lookahead(mark(), expect(TokenType.RPAR) != null, true)) {
                _res = (ArgTy) (Object) (addTypeComment(a, tc));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    NameDefaultPair param_with_default() {
        enter();
        int _mark = mark();
        NameDefaultPair _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy a;
            ExprTy c;
            Token _i2;
            Token tc;
            if ((a = param()) != null
                    && (c = default_rule()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))) {
                _res = (NameDefaultPair) (Object) (new NameDefaultPair(addTypeComment(a, tc), c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy a;
            ExprTy c;
            Token tc;
            if ((a = param()) != null
                    && (c = default_rule()) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))
                    && lookahead(mark(), expect(TokenType.RPAR) != null, true)) {
                _res = (NameDefaultPair) (Object) (new NameDefaultPair(addTypeComment(a, tc), c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    NameDefaultPair param_maybe_default() {
        enter();
        int _mark = mark();
        NameDefaultPair _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy a;
            ExprTy c;
            Token _i2;
            Token tc;
            if ((a = param()) != null
                    && opt(c = default_rule())
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))) {
                _res = (NameDefaultPair) (Object) (new NameDefaultPair(addTypeComment(a, tc), c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy a;
            ExprTy c;
            Token tc;
            if ((a = param()) != null
                    && opt(c = default_rule())
                    && opt(tc = expect(TokenType.TYPE_COMMENT))
                    && lookahead(mark(), expect(TokenType.RPAR) != null, true)) {
                _res = (NameDefaultPair) (Object) (new NameDefaultPair(addTypeComment(a, tc), c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgTy param() {
        enter();
        int _mark = mark();
        ArgTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            ExprTy b;
            if ((a = name()) != null
                    && opt(b = annotation())) {
                Token _end = lastNonWhitespaceToken();
                _res = (ArgTy) (Object) (new ArgTy(id(a), b, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgTy param_star_annotation() {
        enter();
        int _mark = mark();
        ArgTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            ExprTy b;
            if ((a = name()) != null
                    && (b = star_annotation()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ArgTy) (Object) (new ArgTy(id(a), b, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy annotation() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.COLON)) != null
                    && (a = expression()) != null) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy star_annotation() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.COLON)) != null
                    && (a = star_expression()) != null) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy default_rule() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.EQUAL)) != null
                    && (a = expression()) != null) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_default()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy if_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_if_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            List<StmtTy> b;
            StmtTy c;
            if ((_i0 = expectKeyword(Keywords.KW_IF)) != null
                    && (a = named_expression()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (b = block()) != null
                    && (c = elif_stmt()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.If(a, b, List.of(c), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            List<StmtTy> b;
            List<StmtTy> c;
            if ((_i0 = expectKeyword(Keywords.KW_IF)) != null
                    && (a = named_expression()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (b = block()) != null
                    && opt(c = else_block())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.If(a, b, list(c), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy elif_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_elif_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            List<StmtTy> b;
            StmtTy c;
            if ((_i0 = expectKeyword(Keywords.KW_ELIF)) != null
                    && (a = named_expression()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (b = block()) != null
                    && (c = elif_stmt()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.If(a, b, List.of(c), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            List<StmtTy> b;
            List<StmtTy> c;
            if ((_i0 = expectKeyword(Keywords.KW_ELIF)) != null
                    && (a = named_expression()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (b = block()) != null
                    && opt(c = else_block())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.If(a, b, list(c), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<StmtTy> else_block() {
        enter();
        int _mark = mark();
        List<StmtTy> _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_else_stmt()) != null) {
                _res = (List<StmtTy>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<StmtTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_ELSE)) != null
                    && (_i1 = forced(expect(TokenType.COLON), "':'")) != null
                    && (b = block()) != null) {
                _res = (List<StmtTy>) (Object) (b);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy while_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_while_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            List<StmtTy> b;
            List<StmtTy> c;
            if ((_i0 = expectKeyword(Keywords.KW_WHILE)) != null
                    && (a = named_expression()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (b = block()) != null
                    && opt(c = else_block())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.While(a, b, list(c), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy for_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_for_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy t;
            Token _i2;
            ExprTy ex;
            Token _i4;
            Token tc;
            List<StmtTy> b;
            List<StmtTy> el;
            if ((_i0 = expectKeyword(Keywords.KW_FOR)) != null
                    && (t = star_targets()) != null
                    && (_i2 = expectKeyword(Keywords.KW_IN)) != null
                    && (_cut = true)
                    && (ex = star_expressions()) != null
                    && (_i4 = expect(TokenType.COLON)) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))
                    && (b = block()) != null
                    && opt(el = else_block())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.For(t, ex, b, list(el), typeComment(tc), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            ExprTy t;
            Token _i3;
            ExprTy ex;
            Token _i5;
            Token tc;
            List<StmtTy> b;
            List<StmtTy> el;
            if ((_i0 = expectKeyword(Keywords.KW_ASYNC)) != null
                    && (_i1 = expectKeyword(Keywords.KW_FOR)) != null
                    && (t = star_targets()) != null
                    && (_i3 = expectKeyword(Keywords.KW_IN)) != null
                    && (_cut = true)
                    && (ex = star_expressions()) != null
                    && (_i5 = expect(TokenType.COLON)) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))
                    && (b = block()) != null
                    && opt(el = else_block())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.AsyncFor(t, ex, b, list(el), typeComment(tc), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_for_target()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy with_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_with_stmt_indent()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<WithItemTy> a;
            Token _i3;
            Token _i4;
            Token _i5;
            List<StmtTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_WITH)) != null
                    && (_i1 = expect(TokenType.LPAR)) != null
                    && (a = _gather_47()) != null
                    && opt(_i3 = expect(TokenType.COMMA))
                    && (_i4 = expect(TokenType.RPAR)) != null
                    && (_i5 = expect(TokenType.COLON)) != null
                    && (b = block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.With(a, b, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            List<WithItemTy> a;
            Token _i2;
            Token tc;
            List<StmtTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_WITH)) != null
                    && (a = _gather_48()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))
                    && (b = block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.With(a, b, typeComment(tc), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            Token _i2;
            List<WithItemTy> a;
            Token _i4;
            Token _i5;
            Token _i6;
            List<StmtTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_ASYNC)) != null
                    && (_i1 = expectKeyword(Keywords.KW_WITH)) != null
                    && (_i2 = expect(TokenType.LPAR)) != null
                    && (a = _gather_49()) != null
                    && opt(_i4 = expect(TokenType.COMMA))
                    && (_i5 = expect(TokenType.RPAR)) != null
                    && (_i6 = expect(TokenType.COLON)) != null
                    && (b = block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.AsyncWith(a, b, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<WithItemTy> a;
            Token _i3;
            Token tc;
            List<StmtTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_ASYNC)) != null
                    && (_i1 = expectKeyword(Keywords.KW_WITH)) != null
                    && (a = _gather_50()) != null
                    && (_i3 = expect(TokenType.COLON)) != null
                    && opt(tc = expect(TokenType.TYPE_COMMENT))
                    && (b = block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.AsyncWith(a, b, typeComment(tc), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_with_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    WithItemTy with_item() {
        enter();
        int _mark = mark();
        WithItemTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy e;
            Token _i1;
            ExprTy t;
            if ((e = expression()) != null
                    && (_i1 = expectKeyword(Keywords.KW_AS)) != null
                    && (t = star_target()) != null
                    && lookahead(mark(), _tmp_51() != null, true)) {
                _res = (WithItemTy) (Object) (new WithItemTy(e, t));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_with_item()) != null) {
                _res = (WithItemTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy e;
            if ((e = expression()) != null) {
                _res = (WithItemTy) (Object) (new WithItemTy(e, null));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy try_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_try_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<StmtTy> b;
            List<StmtTy> f;
            if ((_i0 = expectKeyword(Keywords.KW_TRY)) != null
                    && (_i1 = forced(expect(TokenType.COLON), "':'")) != null
                    && (b = block()) != null
                    && (f = finally_block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Try(b, List.of(), List.of(), f, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<StmtTy> b;
            List<ExceptHandlerTy> ex;
            List<StmtTy> el;
            List<StmtTy> f;
            if ((_i0 = expectKeyword(Keywords.KW_TRY)) != null
                    && (_i1 = forced(expect(TokenType.COLON), "':'")) != null
                    && (b = block()) != null
                    && (ex = _loop1_52()) != null
                    && opt(el = else_block())
                    && opt(f = finally_block())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Try(b, ex, list(el), list(f), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<StmtTy> b;
            List<ExceptHandlerTy> ex;
            List<StmtTy> el;
            List<StmtTy> f;
            if ((_i0 = expectKeyword(Keywords.KW_TRY)) != null
                    && (_i1 = forced(expect(TokenType.COLON), "':'")) != null
                    && (b = block()) != null
                    && (ex = _loop1_53()) != null
                    && opt(el = else_block())
                    && opt(f = finally_block())) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.TryStar(b, ex, list(el), list(f), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExceptHandlerTy except_block() {
        enter();
        int _mark = mark();
        ExceptHandlerTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_except_stmt_indent()) != null) {
                _res = (ExceptHandlerTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy e;
            ExprTy t;
            Token _i3;
            List<StmtTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && (e = expression()) != null
                    && opt(t = _tmp_54())
                    && (_i3 = expect(TokenType.COLON)) != null
                    && (b = block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExceptHandlerTy) (Object) (new ExceptHandlerTy.ExceptHandler(e, t == null ? null : id(t), b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<StmtTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (b = block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExceptHandlerTy) (Object) (new ExceptHandlerTy.ExceptHandler(null, null, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_except_stmt()) != null) {
                _res = (ExceptHandlerTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExceptHandlerTy except_star_block() {
        enter();
        int _mark = mark();
        ExceptHandlerTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_except_star_stmt_indent()) != null) {
                _res = (ExceptHandlerTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            ExprTy e;
            ExprTy t;
            Token _i4;
            List<StmtTy> b;
            if ((_i0 = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && (_i1 = expect(TokenType.STAR)) != null
                    && (e = expression()) != null
                    && opt(t = _tmp_55())
                    && (_i4 = expect(TokenType.COLON)) != null
                    && (b = block()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExceptHandlerTy) (Object) (new ExceptHandlerTy.ExceptHandler(e, t == null ? null : id(t), b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_except_stmt()) != null) {
                _res = (ExceptHandlerTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<StmtTy> finally_block() {
        enter();
        int _mark = mark();
        List<StmtTy> _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_finally_stmt()) != null) {
                _res = (List<StmtTy>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<StmtTy> a;
            if ((_i0 = expectKeyword(Keywords.KW_FINALLY)) != null
                    && (_i1 = forced(expect(TokenType.COLON), "':'")) != null
                    && (a = block()) != null) {
                _res = (List<StmtTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy match_stmt() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy subject;
            Token _i2;
            Token _i3;
            Token _i4;
            List<MatchCaseTy> cases;
            Token _i6;
            if ((_i0 = expectSoftKeyword("match")) != null
                    && (subject = subject_expr()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (_i3 = expect(TokenType.NEWLINE)) != null
                    && (_i4 = expect(TokenType.INDENT)) != null
                    && (cases = _loop1_56()) != null
                    && (_i6 = expect(TokenType.DEDENT)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.Match(subject, cases, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_match_stmt()) != null) {
                _res = (StmtTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy subject_expr() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy value;
            Token _i1;
            List<ExprTy> values;
            if ((value = star_named_expression()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && opt(values = star_named_expressions())) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Tuple(insertInFront(value, values), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = named_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    MatchCaseTy case_block() {
        enter();
        int _mark = mark();
        MatchCaseTy _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_case_block()) != null) {
                _res = (MatchCaseTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            PatternTy pattern;
            ExprTy guard;
            Token _i3;
            List<StmtTy> body;
            if ((_i0 = expectSoftKeyword("case")) != null
                    && (pattern = patterns()) != null
                    && opt(guard = guard())
                    && (_i3 = expect(TokenType.COLON)) != null
                    && (body = block()) != null) {
                _res = (MatchCaseTy) (Object) (new MatchCaseTy(pattern, guard, body));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy guard() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy guard;
            if ((_i0 = expectKeyword(Keywords.KW_IF)) != null
                    && (guard = named_expression()) != null) {
                _res = (ExprTy) (Object) (guard);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy patterns() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            List<PatternTy> patterns;
            if ((patterns = open_sequence_pattern()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchSequence(patterns, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            if ((_i0 = pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        done: {
        {
            PatternTy _i0;
            if ((_i0 = as_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            if ((_i0 = or_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy as_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            PatternTy pattern;
            Token _i1;
            ExprTy target;
            if ((pattern = or_pattern()) != null
                    && (_i1 = expectKeyword(Keywords.KW_AS)) != null
                    && (target = pattern_capture_target()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchAs(pattern, id(target), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_as_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy or_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            List<PatternTy> patterns;
            if ((patterns = _gather_57()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (patterns.size() == 1 ? patterns.get(0) : new PatternTy.MatchOr(patterns, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy closed_pattern() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 3);
        if (_m != null) {
            leave();
            return (PatternTy) _m.value;
        }
        PatternTy _res = null;
        boolean _cut = false;
        done: {
        {
            PatternTy _i0;
            if ((_i0 = literal_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            if ((_i0 = capture_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            if ((_i0 = wildcard_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            if ((_i0 = value_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            if ((_i0 = group_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            if ((_i0 = sequence_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            if ((_i0 = mapping_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            if ((_i0 = class_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 3, _res);
        leave();
        return _res;
    }

    PatternTy literal_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy value;
            if ((value = signed_number()) != null
                    && lookahead(mark(), _tmp_58() != null, false)) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchValue(value, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy value;
            if ((value = complex_number()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchValue(value, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy value;
            if ((value = strings()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchValue(value, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_NONE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchSingleton(PyNone.NONE, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_TRUE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchSingleton(PyBool.TRUE, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_FALSE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchSingleton(PyBool.FALSE, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy literal_expr() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy _i0;
            if ((_i0 = signed_number()) != null
                    && lookahead(mark(), _tmp_59() != null, false)) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = complex_number()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = strings()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_NONE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Constant(PyNone.NONE, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_TRUE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Constant(PyBool.TRUE, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_FALSE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Constant(PyBool.FALSE, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy complex_number() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy real;
            Token _i1;
            ExprTy imag;
            if ((real = signed_real_number()) != null
                    && (_i1 = expect(TokenType.PLUS)) != null
                    && (imag = imaginary_number()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(real, OperatorTy.Add, imag, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy real;
            Token _i1;
            ExprTy imag;
            if ((real = signed_real_number()) != null
                    && (_i1 = expect(TokenType.MINUS)) != null
                    && (imag = imaginary_number()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(real, OperatorTy.Sub, imag, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy signed_number() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy _i0;
            if ((_i0 = number()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy number;
            if ((_i0 = expect(TokenType.MINUS)) != null
                    && (number = number()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.UnaryOp(UnaryOpTy.USub, number, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy signed_real_number() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy _i0;
            if ((_i0 = real_number()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy real;
            if ((_i0 = expect(TokenType.MINUS)) != null
                    && (real = real_number()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.UnaryOp(UnaryOpTy.USub, real, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy real_number() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy real;
            if ((real = number()) != null) {
                _res = (ExprTy) (Object) (ensureReal(real));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy imaginary_number() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy imag;
            if ((imag = number()) != null) {
                _res = (ExprTy) (Object) (ensureImaginary(imag));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy capture_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy target;
            if ((target = pattern_capture_target()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchAs(null, id(target), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy pattern_capture_target() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy name;
            if (lookahead(mark(), expectSoftKeyword("_") != null, false)
                    && (name = name()) != null
                    && lookahead(mark(), _tmp_60() != null, false)) {
                _res = (ExprTy) (Object) (store(name));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy wildcard_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            if ((_i0 = expectSoftKeyword("_")) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchAs(null, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy value_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy attr;
            if ((attr = attr()) != null
                    && lookahead(mark(), _tmp_61() != null, false)) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchValue(attr, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy attr() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 4);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        Memo _seed = memoize(_mark, 4, null);
        ExprTy _result = null;
        int _resultMark = _mark;
        while (true) {
            _seed.value = _result;
            _seed.end = _resultMark;
            reset(_mark);
            ExprTy _raw = attr_raw();
            if (_raw == null || mark() <= _resultMark) {
                break;
            }
            _result = _raw;
            _resultMark = mark();
        }
        reset(_resultMark);
        leave();
        return _result;
    }

    ExprTy attr_raw() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy value;
            Token _i1;
            ExprTy attr;
            if ((value = attr()) != null
                    && (_i1 = expect(TokenType.DOT)) != null
                    && (attr = name()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Attribute(value, id(attr), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy value;
            Token _i1;
            ExprTy attr;
            if ((value = name()) != null
                    && (_i1 = expect(TokenType.DOT)) != null
                    && (attr = name()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Attribute(value, id(attr), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy name_or_attr() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = attr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = name()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy group_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            PatternTy pattern;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && (pattern = pattern()) != null
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = (PatternTy) (Object) (pattern);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy sequence_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<PatternTy> patterns;
            Token _i2;
            if ((_i0 = expect(TokenType.LSQB)) != null
                    && opt(patterns = maybe_sequence_pattern())
                    && (_i2 = expect(TokenType.RSQB)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchSequence(list(patterns), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            List<PatternTy> patterns;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && opt(patterns = open_sequence_pattern())
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchSequence(list(patterns), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<PatternTy> open_sequence_pattern() {
        enter();
        int _mark = mark();
        List<PatternTy> _res = null;
        boolean _cut = false;
        done: {
        {
            PatternTy pattern;
            Token _i1;
            List<PatternTy> patterns;
            if ((pattern = maybe_star_pattern()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && opt(patterns = maybe_sequence_pattern())) {
                _res = (List<PatternTy>) (Object) (insertInFront(pattern, patterns));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<PatternTy> maybe_sequence_pattern() {
        enter();
        int _mark = mark();
        List<PatternTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<PatternTy> patterns;
            Token _i1;
            if ((patterns = _gather_62()) != null
                    && opt(_i1 = expect(TokenType.COMMA))) {
                _res = (List<PatternTy>) (Object) (patterns);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy maybe_star_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        done: {
        {
            PatternTy _i0;
            if ((_i0 = star_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            if ((_i0 = pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy star_pattern() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 5);
        if (_m != null) {
            leave();
            return (PatternTy) _m.value;
        }
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy target;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (target = pattern_capture_target()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchStar(id(target), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            PatternTy _i1;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (_i1 = wildcard_pattern()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchStar(null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 5, _res);
        leave();
        return _res;
    }

    PatternTy mapping_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            Token _i1;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (_i1 = expect(TokenType.RBRACE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchMapping(List.of(), List.of(), null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy rest;
            Token _i2;
            Token _i3;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (rest = double_star_pattern()) != null
                    && opt(_i2 = expect(TokenType.COMMA))
                    && (_i3 = expect(TokenType.RBRACE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchMapping(List.of(), List.of(), id(rest), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            List<KeyPatternPair> items;
            Token _i2;
            ExprTy rest;
            Token _i4;
            Token _i5;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (items = items_pattern()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && (rest = double_star_pattern()) != null
                    && opt(_i4 = expect(TokenType.COMMA))
                    && (_i5 = expect(TokenType.RBRACE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchMapping(patternKeys(items), patternValues(items), id(rest), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            List<KeyPatternPair> items;
            Token _i2;
            Token _i3;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (items = items_pattern()) != null
                    && opt(_i2 = expect(TokenType.COMMA))
                    && (_i3 = expect(TokenType.RBRACE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchMapping(patternKeys(items), patternValues(items), null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<KeyPatternPair> items_pattern() {
        enter();
        int _mark = mark();
        List<KeyPatternPair> _res = null;
        boolean _cut = false;
        done: {
        {
            List<KeyPatternPair> _i0;
            if ((_i0 = _gather_63()) != null) {
                _res = (List<KeyPatternPair>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    KeyPatternPair key_value_pattern() {
        enter();
        int _mark = mark();
        KeyPatternPair _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy key;
            Token _i1;
            PatternTy pattern;
            if ((key = _tmp_64()) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (pattern = pattern()) != null) {
                _res = (KeyPatternPair) (Object) (new KeyPatternPair(key, pattern));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy double_star_pattern() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy target;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (target = pattern_capture_target()) != null) {
                _res = (ExprTy) (Object) (target);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    PatternTy class_pattern() {
        enter();
        int _mark = mark();
        PatternTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy cls;
            Token _i1;
            Token _i2;
            if ((cls = name_or_attr()) != null
                    && (_i1 = expect(TokenType.LPAR)) != null
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchClass(cls, List.of(), List.of(), List.of(), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy cls;
            Token _i1;
            List<PatternTy> patterns;
            Token _i3;
            Token _i4;
            if ((cls = name_or_attr()) != null
                    && (_i1 = expect(TokenType.LPAR)) != null
                    && (patterns = positional_patterns()) != null
                    && opt(_i3 = expect(TokenType.COMMA))
                    && (_i4 = expect(TokenType.RPAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchClass(cls, patterns, List.of(), List.of(), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy cls;
            Token _i1;
            List<KeyPatternPair> keywords;
            Token _i3;
            Token _i4;
            if ((cls = name_or_attr()) != null
                    && (_i1 = expect(TokenType.LPAR)) != null
                    && (keywords = keyword_patterns()) != null
                    && opt(_i3 = expect(TokenType.COMMA))
                    && (_i4 = expect(TokenType.RPAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchClass(cls, List.of(), ids(patternKeys(keywords)), patternValues(keywords), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy cls;
            Token _i1;
            List<PatternTy> patterns;
            Token _i3;
            List<KeyPatternPair> keywords;
            Token _i5;
            Token _i6;
            if ((cls = name_or_attr()) != null
                    && (_i1 = expect(TokenType.LPAR)) != null
                    && (patterns = positional_patterns()) != null
                    && (_i3 = expect(TokenType.COMMA)) != null
                    && (keywords = keyword_patterns()) != null
                    && opt(_i5 = expect(TokenType.COMMA))
                    && (_i6 = expect(TokenType.RPAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (PatternTy) (Object) (new PatternTy.MatchClass(cls, patterns, ids(patternKeys(keywords)), patternValues(keywords), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_class_pattern()) != null) {
                _res = (PatternTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<PatternTy> positional_patterns() {
        enter();
        int _mark = mark();
        List<PatternTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<PatternTy> args;
            if ((args = _gather_65()) != null) {
                _res = (List<PatternTy>) (Object) (args);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<KeyPatternPair> keyword_patterns() {
        enter();
        int _mark = mark();
        List<KeyPatternPair> _res = null;
        boolean _cut = false;
        done: {
        {
            List<KeyPatternPair> _i0;
            if ((_i0 = _gather_66()) != null) {
                _res = (List<KeyPatternPair>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    KeyPatternPair keyword_pattern() {
        enter();
        int _mark = mark();
        KeyPatternPair _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy arg;
            Token _i1;
            PatternTy value;
            if ((arg = name()) != null
                    && (_i1 = expect(TokenType.EQUAL)) != null
                    && (value = pattern()) != null) {
                _res = (KeyPatternPair) (Object) (new KeyPatternPair(arg, value));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StmtTy type_alias() {
        enter();
        int _mark = mark();
        StmtTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy n;
            List<TypeParamTy> t;
            Token _i3;
            ExprTy b;
            if ((_i0 = expectSoftKeyword("type")) != null
                    && (n = name()) != null
                    && opt(t = type_params())
                    && (_i3 = expect(TokenType.EQUAL)) != null
                    && (b = expression()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (StmtTy) (Object) (new StmtTy.TypeAlias(store(n), list(t), b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<TypeParamTy> type_params() {
        enter();
        int _mark = mark();
        List<TypeParamTy> _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            List<TypeParamTy> t;
            Token _i2;
            if ((_i0 = expect(TokenType.LSQB)) != null
                    && (t = type_param_seq()) != null
                    && (_i2 = expect(TokenType.RSQB)) != null) {
                _res = (List<TypeParamTy>) (Object) (t);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<TypeParamTy> type_param_seq() {
        enter();
        int _mark = mark();
        List<TypeParamTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<TypeParamTy> a;
            Token _i1;
            if ((a = _gather_67()) != null
                    && opt(_i1 = expect(TokenType.COMMA))) {
                _res = (List<TypeParamTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    TypeParamTy type_param() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 6);
        if (_m != null) {
            leave();
            return (TypeParamTy) _m.value;
        }
        TypeParamTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            ExprTy b;
            if ((a = name()) != null
                    && opt(b = type_param_bound())) {
                Token _end = lastNonWhitespaceToken();
                _res = (TypeParamTy) (Object) (new TypeParamTy.TypeVar(id(a), b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token colon;
            ExprTy e;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = name()) != null
                    && (colon = expect(TokenType.COLON)) != null
                    && (e = expression()) != null) {
                _res = (TypeParamTy) (Object) (errFrom(colon, e instanceof ExprTy.Tuple ? "cannot use constraints with TypeVarTuple" : "cannot use bound with TypeVarTuple"));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = name()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (TypeParamTy) (Object) (new TypeParamTy.TypeVarTuple(id(a), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token colon;
            ExprTy e;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (a = name()) != null
                    && (colon = expect(TokenType.COLON)) != null
                    && (e = expression()) != null) {
                _res = (TypeParamTy) (Object) (errFrom(colon, e instanceof ExprTy.Tuple ? "cannot use constraints with ParamSpec" : "cannot use bound with ParamSpec"));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (a = name()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (TypeParamTy) (Object) (new TypeParamTy.ParamSpec(id(a), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 6, _res);
        leave();
        return _res;
    }

    ExprTy type_param_bound() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy e;
            if ((_i0 = expect(TokenType.COLON)) != null
                    && (e = expression()) != null) {
                _res = (ExprTy) (Object) (e);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy expressions() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            List<ExprTy> b;
            Token _i2;
            if ((a = expression()) != null
                    && (b = _loop1_69()) != null
                    && opt(_i2 = expect(TokenType.COMMA))) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Tuple(insertInFront(a, b), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            if ((a = expression()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Tuple(List.of(a), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy expression() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 7);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_legacy_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            Token _i3;
            ExprTy c;
            if ((a = disjunction()) != null
                    && (_i1 = expectKeyword(Keywords.KW_IF)) != null
                    && (b = disjunction()) != null
                    && (_i3 = expectKeyword(Keywords.KW_ELSE)) != null
                    && (c = expression()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.IfExp(b, a, c, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = disjunction()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = lambdef()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 7, _res);
        leave();
        return _res;
    }

    ExprTy yield_expr() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            Token _i1;
            ExprTy a;
            if ((_i0 = expectKeyword(Keywords.KW_YIELD)) != null
                    && (_i1 = expectKeyword(Keywords.KW_FROM)) != null
                    && (a = expression()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.YieldFrom(a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expectKeyword(Keywords.KW_YIELD)) != null
                    && opt(a = star_expressions())) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Yield(a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy star_expressions() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            List<ExprTy> b;
            Token _i2;
            if ((a = star_expression()) != null
                    && (b = _loop1_71()) != null
                    && opt(_i2 = expect(TokenType.COMMA))) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Tuple(insertInFront(a, b), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            if ((a = star_expression()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Tuple(List.of(a), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy star_expression() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 8);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = bitwise_or()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Starred(a, ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 8, _res);
        leave();
        return _res;
    }

    List<ExprTy> star_named_expressions() {
        enter();
        int _mark = mark();
        List<ExprTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<ExprTy> a;
            Token _i1;
            if ((a = _gather_72()) != null
                    && opt(_i1 = expect(TokenType.COMMA))) {
                _res = (List<ExprTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy star_named_expression() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = bitwise_or()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Starred(a, ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = named_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy assignment_expression() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = name()) != null
                    && (_i1 = expect(TokenType.COLONEQUAL)) != null
                    && (_cut = true)
                    && (b = expression()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.NamedExpr(store(a), b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy named_expression() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = assignment_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_named_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            if ((a = expression()) != null
                    && lookahead(mark(), expect(TokenType.COLONEQUAL) != null, false)) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy disjunction() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 9);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            List<ExprTy> b;
            if ((a = conjunction()) != null
                    && (b = _loop1_74()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BoolOp(BoolOpTy.Or, insertInFront(a, b), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = conjunction()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 9, _res);
        leave();
        return _res;
    }

    ExprTy conjunction() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 10);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            List<ExprTy> b;
            if ((a = inversion()) != null
                    && (b = _loop1_76()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BoolOp(BoolOpTy.And, insertInFront(a, b), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = inversion()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 10, _res);
        leave();
        return _res;
    }

    ExprTy inversion() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 11);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expectKeyword(Keywords.KW_NOT)) != null
                    && (a = inversion()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.UnaryOp(UnaryOpTy.Not, a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = comparison()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 11, _res);
        leave();
        return _res;
    }

    ExprTy comparison() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            List<CmpopExprPair> b;
            if ((a = bitwise_or()) != null
                    && (b = _loop1_77()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Compare(a, cmpOps(b), cmpExprs(b), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = bitwise_or()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    CmpopExprPair compare_op_bitwise_or_pair() {
        enter();
        int _mark = mark();
        CmpopExprPair _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.EQEQUAL)) != null
                    && (a = bitwise_or()) != null) {
                _res = (CmpopExprPair) (Object) (new CmpopExprPair(CmpOpTy.Eq, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            ExprTy a;
            if ((_i0 = _tmp_78()) != null
                    && (a = bitwise_or()) != null) {
                _res = (CmpopExprPair) (Object) (new CmpopExprPair(CmpOpTy.NotEq, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.LESSEQUAL)) != null
                    && (a = bitwise_or()) != null) {
                _res = (CmpopExprPair) (Object) (new CmpopExprPair(CmpOpTy.LtE, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.LESS)) != null
                    && (a = bitwise_or()) != null) {
                _res = (CmpopExprPair) (Object) (new CmpopExprPair(CmpOpTy.Lt, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.GREATEREQUAL)) != null
                    && (a = bitwise_or()) != null) {
                _res = (CmpopExprPair) (Object) (new CmpopExprPair(CmpOpTy.GtE, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.GREATER)) != null
                    && (a = bitwise_or()) != null) {
                _res = (CmpopExprPair) (Object) (new CmpopExprPair(CmpOpTy.Gt, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            ExprTy a;
            if ((_i0 = expectKeyword(Keywords.KW_NOT)) != null
                    && (_i1 = expectKeyword(Keywords.KW_IN)) != null
                    && (a = bitwise_or()) != null) {
                _res = (CmpopExprPair) (Object) (new CmpopExprPair(CmpOpTy.NotIn, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expectKeyword(Keywords.KW_IN)) != null
                    && (a = bitwise_or()) != null) {
                _res = (CmpopExprPair) (Object) (new CmpopExprPair(CmpOpTy.In, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            ExprTy a;
            if ((_i0 = expectKeyword(Keywords.KW_IS)) != null
                    && (_i1 = expectKeyword(Keywords.KW_NOT)) != null
                    && (a = bitwise_or()) != null) {
                _res = (CmpopExprPair) (Object) (new CmpopExprPair(CmpOpTy.IsNot, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expectKeyword(Keywords.KW_IS)) != null
                    && (a = bitwise_or()) != null) {
                _res = (CmpopExprPair) (Object) (new CmpopExprPair(CmpOpTy.Is, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy bitwise_or() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 12);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        Memo _seed = memoize(_mark, 12, null);
        ExprTy _result = null;
        int _resultMark = _mark;
        while (true) {
            _seed.value = _result;
            _seed.end = _resultMark;
            reset(_mark);
            ExprTy _raw = bitwise_or_raw();
            if (_raw == null || mark() <= _resultMark) {
                break;
            }
            _result = _raw;
            _resultMark = mark();
        }
        reset(_resultMark);
        leave();
        return _result;
    }

    ExprTy bitwise_or_raw() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = bitwise_or()) != null
                    && (_i1 = expect(TokenType.VBAR)) != null
                    && (b = bitwise_xor()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.BitOr, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = bitwise_xor()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy bitwise_xor() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 13);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        Memo _seed = memoize(_mark, 13, null);
        ExprTy _result = null;
        int _resultMark = _mark;
        while (true) {
            _seed.value = _result;
            _seed.end = _resultMark;
            reset(_mark);
            ExprTy _raw = bitwise_xor_raw();
            if (_raw == null || mark() <= _resultMark) {
                break;
            }
            _result = _raw;
            _resultMark = mark();
        }
        reset(_resultMark);
        leave();
        return _result;
    }

    ExprTy bitwise_xor_raw() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = bitwise_xor()) != null
                    && (_i1 = expect(TokenType.CIRCUMFLEX)) != null
                    && (b = bitwise_and()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.BitXor, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = bitwise_and()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy bitwise_and() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 14);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        Memo _seed = memoize(_mark, 14, null);
        ExprTy _result = null;
        int _resultMark = _mark;
        while (true) {
            _seed.value = _result;
            _seed.end = _resultMark;
            reset(_mark);
            ExprTy _raw = bitwise_and_raw();
            if (_raw == null || mark() <= _resultMark) {
                break;
            }
            _result = _raw;
            _resultMark = mark();
        }
        reset(_resultMark);
        leave();
        return _result;
    }

    ExprTy bitwise_and_raw() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = bitwise_and()) != null
                    && (_i1 = expect(TokenType.AMPER)) != null
                    && (b = shift_expr()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.BitAnd, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = shift_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy shift_expr() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 15);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        Memo _seed = memoize(_mark, 15, null);
        ExprTy _result = null;
        int _resultMark = _mark;
        while (true) {
            _seed.value = _result;
            _seed.end = _resultMark;
            reset(_mark);
            ExprTy _raw = shift_expr_raw();
            if (_raw == null || mark() <= _resultMark) {
                break;
            }
            _result = _raw;
            _resultMark = mark();
        }
        reset(_resultMark);
        leave();
        return _result;
    }

    ExprTy shift_expr_raw() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = shift_expr()) != null
                    && (_i1 = expect(TokenType.LEFTSHIFT)) != null
                    && (b = sum()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.LShift, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = shift_expr()) != null
                    && (_i1 = expect(TokenType.RIGHTSHIFT)) != null
                    && (b = sum()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.RShift, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = sum()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy sum() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 16);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        Memo _seed = memoize(_mark, 16, null);
        ExprTy _result = null;
        int _resultMark = _mark;
        while (true) {
            _seed.value = _result;
            _seed.end = _resultMark;
            reset(_mark);
            ExprTy _raw = sum_raw();
            if (_raw == null || mark() <= _resultMark) {
                break;
            }
            _result = _raw;
            _resultMark = mark();
        }
        reset(_resultMark);
        leave();
        return _result;
    }

    ExprTy sum_raw() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = sum()) != null
                    && (_i1 = expect(TokenType.PLUS)) != null
                    && (b = term()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.Add, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = sum()) != null
                    && (_i1 = expect(TokenType.MINUS)) != null
                    && (b = term()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.Sub, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = term()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy term() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 17);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        Memo _seed = memoize(_mark, 17, null);
        ExprTy _result = null;
        int _resultMark = _mark;
        while (true) {
            _seed.value = _result;
            _seed.end = _resultMark;
            reset(_mark);
            ExprTy _raw = term_raw();
            if (_raw == null || mark() <= _resultMark) {
                break;
            }
            _result = _raw;
            _resultMark = mark();
        }
        reset(_resultMark);
        leave();
        return _result;
    }

    ExprTy term_raw() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = term()) != null
                    && (_i1 = expect(TokenType.STAR)) != null
                    && (b = factor()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.Mult, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = term()) != null
                    && (_i1 = expect(TokenType.SLASH)) != null
                    && (b = factor()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.Div, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = term()) != null
                    && (_i1 = expect(TokenType.DOUBLESLASH)) != null
                    && (b = factor()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.FloorDiv, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = term()) != null
                    && (_i1 = expect(TokenType.PERCENT)) != null
                    && (b = factor()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.Mod, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = term()) != null
                    && (_i1 = expect(TokenType.AT)) != null
                    && (b = factor()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.MatMult, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = factor()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy factor() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 18);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.PLUS)) != null
                    && (a = factor()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.UnaryOp(UnaryOpTy.UAdd, a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.MINUS)) != null
                    && (a = factor()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.UnaryOp(UnaryOpTy.USub, a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.TILDE)) != null
                    && (a = factor()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.UnaryOp(UnaryOpTy.Invert, a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = power()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 18, _res);
        leave();
        return _res;
    }

    ExprTy power() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = await_primary()) != null
                    && (_i1 = expect(TokenType.DOUBLESTAR)) != null
                    && (b = factor()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.BinOp(a, OperatorTy.Pow, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = await_primary()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy await_primary() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 19);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expectKeyword(Keywords.KW_AWAIT)) != null
                    && (a = primary()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Await(a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = primary()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 19, _res);
        leave();
        return _res;
    }

    ExprTy primary() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 20);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        Memo _seed = memoize(_mark, 20, null);
        ExprTy _result = null;
        int _resultMark = _mark;
        while (true) {
            _seed.value = _result;
            _seed.end = _resultMark;
            reset(_mark);
            ExprTy _raw = primary_raw();
            if (_raw == null || mark() <= _resultMark) {
                break;
            }
            _result = _raw;
            _resultMark = mark();
        }
        reset(_resultMark);
        leave();
        return _result;
    }

    ExprTy primary_raw() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = primary()) != null
                    && (_i1 = expect(TokenType.DOT)) != null
                    && (b = name()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Attribute(a, id(b), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            ExprTy b;
            if ((a = primary()) != null
                    && (b = genexp()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Call(a, List.of(b), List.of(), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            Token _i3;
            if ((a = primary()) != null
                    && (_i1 = expect(TokenType.LPAR)) != null
                    && opt(b = arguments())
                    && (_i3 = expect(TokenType.RPAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Call(a, callArgs(b), callKeywords(b), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            Token _i3;
            if ((a = primary()) != null
                    && (_i1 = expect(TokenType.LSQB)) != null
                    && (b = slices()) != null
                    && (_i3 = expect(TokenType.RSQB)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Subscript(a, b, ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = atom()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy slices() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            if ((a = slice()) != null
                    && lookahead(mark(), expect(TokenType.COMMA) != null, false)) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ExprTy> a;
            Token _i1;
            if ((a = _gather_80()) != null
                    && opt(_i1 = expect(TokenType.COMMA))) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Tuple(a, ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy slice() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            Object c;
            if (opt(a = expression())
                    && (_i1 = expect(TokenType.COLON)) != null
                    && opt(b = expression())
                    && opt(c = _tmp_81())) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Slice(a, b, c instanceof ExprTy e ? e : null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            if ((a = named_expression()) != null) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy atom() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy _i0;
            if ((_i0 = name()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_TRUE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Constant(PyBool.TRUE, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_FALSE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Constant(PyBool.FALSE, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_NONE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Constant(PyNone.NONE, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if (lookahead(mark(), _tmp_82() != null, true)
                    && (_i0 = strings()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = number()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if (lookahead(mark(), expect(TokenType.LPAR) != null, true)
                    && (_i0 = _tmp_83()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if (lookahead(mark(), expect(TokenType.LSQB) != null, true)
                    && (_i0 = _tmp_84()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if (lookahead(mark(), expect(TokenType.LBRACE) != null, true)
                    && (_i0 = _tmp_85()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.ELLIPSIS)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Constant(PyEllipsis.ELLIPSIS, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy group() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && (a = _tmp_86()) != null
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_group()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy lambdef() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ArgumentsTy a;
            Token _i2;
            ExprTy b;
            if ((_i0 = expectKeyword(Keywords.KW_LAMBDA)) != null
                    && opt(a = lambda_params())
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (b = expression()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Lambda(a == null ? emptyArguments() : a, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgumentsTy lambda_params() {
        enter();
        int _mark = mark();
        ArgumentsTy _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_lambda_parameters()) != null) {
                _res = (ArgumentsTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgumentsTy _i0;
            if ((_i0 = lambda_parameters()) != null) {
                _res = (ArgumentsTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgumentsTy lambda_parameters() {
        enter();
        int _mark = mark();
        ArgumentsTy _res = null;
        boolean _cut = false;
        done: {
        {
            List<ArgTy> a;
            List<ArgTy> b;
            List<NameDefaultPair> c;
            StarEtc d;
            if ((a = lambda_slash_no_default()) != null
                    && (b = _loop0_87()) != null
                    && (c = _loop0_88()) != null
                    && opt(d = lambda_star_etc())) {
                _res = (ArgumentsTy) (Object) (makeArguments(a, null, b, c, d));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            SlashWithDefault a;
            List<NameDefaultPair> b;
            StarEtc c;
            if ((a = lambda_slash_with_default()) != null
                    && (b = _loop0_89()) != null
                    && opt(c = lambda_star_etc())) {
                _res = (ArgumentsTy) (Object) (makeArguments(null, a, null, b, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ArgTy> a;
            List<NameDefaultPair> b;
            StarEtc c;
            if ((a = _loop1_90()) != null
                    && (b = _loop0_91()) != null
                    && opt(c = lambda_star_etc())) {
                _res = (ArgumentsTy) (Object) (makeArguments(null, null, a, b, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<NameDefaultPair> a;
            StarEtc b;
            if ((a = _loop1_92()) != null
                    && opt(b = lambda_star_etc())) {
                _res = (ArgumentsTy) (Object) (makeArguments(null, null, null, a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            StarEtc a;
            if ((a = lambda_star_etc()) != null) {
                _res = (ArgumentsTy) (Object) (makeArguments(null, null, null, null, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ArgTy> lambda_slash_no_default() {
        enter();
        int _mark = mark();
        List<ArgTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<ArgTy> a;
            Token _i1;
            Token _i2;
            if ((a = _loop1_93()) != null
                    && (_i1 = expect(TokenType.SLASH)) != null
                    && (_i2 = expect(TokenType.COMMA)) != null) {
                _res = (List<ArgTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ArgTy> a;
            Token _i1;
            if ((a = _loop1_94()) != null
                    && (_i1 = expect(TokenType.SLASH)) != null
                    && lookahead(mark(), expect(TokenType.COLON) != null, true)) {
                _res = (List<ArgTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    SlashWithDefault lambda_slash_with_default() {
        enter();
        int _mark = mark();
        SlashWithDefault _res = null;
        boolean _cut = false;
        done: {
        {
            List<ArgTy> a;
            List<NameDefaultPair> b;
            Token _i2;
            Token _i3;
            if ((a = _loop0_95()) != null
                    && (b = _loop1_96()) != null
                    && (_i2 = expect(TokenType.SLASH)) != null
                    && (_i3 = expect(TokenType.COMMA)) != null) {
                _res = (SlashWithDefault) (Object) (new SlashWithDefault(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ArgTy> a;
            List<NameDefaultPair> b;
            Token _i2;
            if ((a = _loop0_97()) != null
                    && (b = _loop1_98()) != null
                    && (_i2 = expect(TokenType.SLASH)) != null
                    && lookahead(mark(), expect(TokenType.COLON) != null, true)) {
                _res = (SlashWithDefault) (Object) (new SlashWithDefault(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    StarEtc lambda_star_etc() {
        enter();
        int _mark = mark();
        StarEtc _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_lambda_star_etc()) != null) {
                _res = (StarEtc) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy a;
            List<NameDefaultPair> b;
            ArgTy c;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = lambda_param_no_default()) != null
                    && (b = _loop0_99()) != null
                    && opt(c = lambda_kwds())) {
                _res = (StarEtc) (Object) (new StarEtc(a, b, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<NameDefaultPair> b;
            ArgTy c;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (b = _loop1_100()) != null
                    && opt(c = lambda_kwds())) {
                _res = (StarEtc) (Object) (new StarEtc(null, b, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy a;
            if ((a = lambda_kwds()) != null) {
                _res = (StarEtc) (Object) (new StarEtc(null, null, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgTy lambda_kwds() {
        enter();
        int _mark = mark();
        ArgTy _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_lambda_kwds()) != null) {
                _res = (ArgTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (a = lambda_param_no_default()) != null) {
                _res = (ArgTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgTy lambda_param_no_default() {
        enter();
        int _mark = mark();
        ArgTy _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy a;
            Token _i1;
            if ((a = lambda_param()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null) {
                _res = (ArgTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy a;
            if ((a = lambda_param()) != null
                    && lookahead(mark(), expect(TokenType.COLON) != null, true)) {
                _res = (ArgTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    NameDefaultPair lambda_param_with_default() {
        enter();
        int _mark = mark();
        NameDefaultPair _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy a;
            ExprTy c;
            Token _i2;
            if ((a = lambda_param()) != null
                    && (c = default_rule()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null) {
                _res = (NameDefaultPair) (Object) (new NameDefaultPair(a, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy a;
            ExprTy c;
            if ((a = lambda_param()) != null
                    && (c = default_rule()) != null
                    && lookahead(mark(), expect(TokenType.COLON) != null, true)) {
                _res = (NameDefaultPair) (Object) (new NameDefaultPair(a, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    NameDefaultPair lambda_param_maybe_default() {
        enter();
        int _mark = mark();
        NameDefaultPair _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy a;
            ExprTy c;
            Token _i2;
            if ((a = lambda_param()) != null
                    && opt(c = default_rule())
                    && (_i2 = expect(TokenType.COMMA)) != null) {
                _res = (NameDefaultPair) (Object) (new NameDefaultPair(a, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy a;
            ExprTy c;
            if ((a = lambda_param()) != null
                    && opt(c = default_rule())
                    && lookahead(mark(), expect(TokenType.COLON) != null, true)) {
                _res = (NameDefaultPair) (Object) (new NameDefaultPair(a, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ArgTy lambda_param() {
        enter();
        int _mark = mark();
        ArgTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            if ((a = name()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ArgTy) (Object) (new ArgTy(id(a), null, null, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy fstring_middle() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = fstring_replacement_field()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token t;
            if ((t = expect(TokenType.FSTRING_MIDDLE)) != null) {
                _res = (ExprTy) (Object) (constantFromToken(t));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy fstring_replacement_field() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            Token debug_expr;
            ExprTy conversion;
            FormatSpec format;
            Token rbrace;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (a = _tmp_101()) != null
                    && opt(debug_expr = expect(TokenType.EQUAL))
                    && opt(conversion = fstring_conversion())
                    && opt(format = fstring_full_format_spec())
                    && (rbrace = expect(TokenType.RBRACE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (formattedValue(a, debug_expr, conversion, format, rbrace, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_replacement_field()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy fstring_conversion() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token conv_token;
            ExprTy conv;
            if ((conv_token = expect(TokenType.EXCLAMATION)) != null
                    && (conv = name()) != null) {
                _res = (ExprTy) (Object) (checkFstringConversion(conv_token, conv));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    FormatSpec fstring_full_format_spec() {
        enter();
        int _mark = mark();
        FormatSpec _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token colon;
            List<ExprTy> spec;
            if ((colon = expect(TokenType.COLON)) != null
                    && (spec = _loop0_102()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (FormatSpec) (Object) (setupFullFormatSpec(colon, spec, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy fstring_format_spec() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token t;
            if ((t = expect(TokenType.FSTRING_MIDDLE)) != null) {
                _res = (ExprTy) (Object) (decodedConstantFromToken(t));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = fstring_replacement_field()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy fstring() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            List<ExprTy> b;
            Token c;
            if ((a = expect(TokenType.FSTRING_START)) != null
                    && (b = _loop0_103()) != null
                    && (c = expect(TokenType.FSTRING_END)) != null) {
                _res = (ExprTy) (Object) (joinedStr(a, b, c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy string() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token s;
            if ((s = expect(TokenType.STRING)) != null) {
                _res = (ExprTy) (Object) (constantFromString(s));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy strings() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 21);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            List<ExprTy> a;
            if ((a = _loop1_105()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (concatenateStrings(a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 21, _res);
        leave();
        return _res;
    }

    ExprTy list() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<ExprTy> a;
            Token _i2;
            if ((_i0 = expect(TokenType.LSQB)) != null
                    && opt(a = star_named_expressions())
                    && (_i2 = expect(TokenType.RSQB)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.List(list(a), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy tuple() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<ExprTy> a;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && opt(a = (List<ExprTy>) (Object) _tmp_106())
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Tuple(list(a), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy set() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<ExprTy> a;
            Token _i2;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (a = star_named_expressions()) != null
                    && (_i2 = expect(TokenType.RBRACE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Set(a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy dict() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            List<KeyValuePair> a;
            Token _i2;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && opt(a = double_starred_kvpairs())
                    && (_i2 = expect(TokenType.RBRACE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Dict(dictKeys(a), dictValues(a), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Object _i1;
            Token _i2;
            if (callInvalidRules
                    && (_i0 = expect(TokenType.LBRACE)) != null
                    && (_i1 = invalid_double_starred_kvpairs()) != null
                    && (_i2 = expect(TokenType.RBRACE)) != null) {
                _res = (ExprTy) (Object) (null);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<KeyValuePair> double_starred_kvpairs() {
        enter();
        int _mark = mark();
        List<KeyValuePair> _res = null;
        boolean _cut = false;
        done: {
        {
            List<KeyValuePair> a;
            Token _i1;
            if ((a = _gather_107()) != null
                    && opt(_i1 = expect(TokenType.COMMA))) {
                _res = (List<KeyValuePair>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    KeyValuePair double_starred_kvpair() {
        enter();
        int _mark = mark();
        KeyValuePair _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (a = bitwise_or()) != null) {
                _res = (KeyValuePair) (Object) (new KeyValuePair(null, a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            KeyValuePair _i0;
            if ((_i0 = kvpair()) != null) {
                _res = (KeyValuePair) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    KeyValuePair kvpair() {
        enter();
        int _mark = mark();
        KeyValuePair _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = expression()) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (b = expression()) != null) {
                _res = (KeyValuePair) (Object) (new KeyValuePair(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ComprehensionTy> for_if_clauses() {
        enter();
        int _mark = mark();
        List<ComprehensionTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<ComprehensionTy> a;
            if ((a = _loop1_108()) != null) {
                _res = (List<ComprehensionTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ComprehensionTy for_if_clause() {
        enter();
        int _mark = mark();
        ComprehensionTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token _i1;
            ExprTy a;
            Token _i3;
            ExprTy b;
            List<ExprTy> c;
            if ((_i0 = expectKeyword(Keywords.KW_ASYNC)) != null
                    && (_i1 = expectKeyword(Keywords.KW_FOR)) != null
                    && (a = star_targets()) != null
                    && (_i3 = expectKeyword(Keywords.KW_IN)) != null
                    && (_cut = true)
                    && (b = disjunction()) != null
                    && (c = _loop0_110()) != null) {
                _res = (ComprehensionTy) (Object) (new ComprehensionTy(a, b, c, 1));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            ExprTy b;
            List<ExprTy> c;
            if ((_i0 = expectKeyword(Keywords.KW_FOR)) != null
                    && (a = star_targets()) != null
                    && (_i2 = expectKeyword(Keywords.KW_IN)) != null
                    && (_cut = true)
                    && (b = disjunction()) != null
                    && (c = _loop0_112()) != null) {
                _res = (ComprehensionTy) (Object) (new ComprehensionTy(a, b, c, 0));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_for_target()) != null) {
                _res = (ComprehensionTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy listcomp() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            List<ComprehensionTy> b;
            Token _i3;
            if ((_i0 = expect(TokenType.LSQB)) != null
                    && (a = named_expression()) != null
                    && (b = for_if_clauses()) != null
                    && (_i3 = expect(TokenType.RSQB)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.ListComp(a, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_comprehension()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy setcomp() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            List<ComprehensionTy> b;
            Token _i3;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (a = named_expression()) != null
                    && (b = for_if_clauses()) != null
                    && (_i3 = expect(TokenType.RBRACE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.SetComp(a, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_comprehension()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy genexp() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            List<ComprehensionTy> b;
            Token _i3;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && (a = _tmp_113()) != null
                    && (b = for_if_clauses()) != null
                    && (_i3 = expect(TokenType.RPAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.GeneratorExp(a, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_comprehension()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy dictcomp() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            KeyValuePair a;
            List<ComprehensionTy> b;
            Token _i3;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (a = kvpair()) != null
                    && (b = for_if_clauses()) != null
                    && (_i3 = expect(TokenType.RBRACE)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.DictComp(a.key(), a.value(), b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_dict_comprehension()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy arguments() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 22);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy a;
            Token _i1;
            if ((a = args()) != null
                    && opt(_i1 = expect(TokenType.COMMA))
                    && lookahead(mark(), expect(TokenType.RPAR) != null, true)) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_arguments()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 22, _res);
        leave();
        return _res;
    }

    ExprTy args() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            List<ExprTy> a;
            List<KeywordOrStarred> b;
            if ((a = _gather_116()) != null
                    && opt(b = _tmp_117())) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (collectCallSeqs(a, b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<KeywordOrStarred> a;
            if ((a = kwargs()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Call(dummyName(), starredExprs(a), keywords(a), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<KeywordOrStarred> kwargs() {
        enter();
        int _mark = mark();
        List<KeywordOrStarred> _res = null;
        boolean _cut = false;
        done: {
        {
            List<KeywordOrStarred> a;
            Token _i1;
            List<KeywordOrStarred> b;
            if ((a = _gather_118()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (b = _gather_119()) != null) {
                _res = (List<KeywordOrStarred>) (Object) (concat(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<KeywordOrStarred> _i0;
            if ((_i0 = _gather_120()) != null) {
                _res = (List<KeywordOrStarred>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<KeywordOrStarred> _i0;
            if ((_i0 = _gather_121()) != null) {
                _res = (List<KeywordOrStarred>) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy starred_expression() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_starred_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = expression()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Starred(a, ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    KeywordOrStarred kwarg_or_starred() {
        enter();
        int _mark = mark();
        KeywordOrStarred _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_kwarg()) != null) {
                _res = (KeywordOrStarred) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = name()) != null
                    && (_i1 = expect(TokenType.EQUAL)) != null
                    && (b = expression()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (KeywordOrStarred) (Object) (new KeywordOrStarred(new KeywordTy(id(a), b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset), true));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            if ((a = starred_expression()) != null) {
                _res = (KeywordOrStarred) (Object) (new KeywordOrStarred(a, false));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    KeywordOrStarred kwarg_or_double_starred() {
        enter();
        int _mark = mark();
        KeywordOrStarred _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_kwarg()) != null) {
                _res = (KeywordOrStarred) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = name()) != null
                    && (_i1 = expect(TokenType.EQUAL)) != null
                    && (b = expression()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (KeywordOrStarred) (Object) (new KeywordOrStarred(new KeywordTy(id(a), b, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset), true));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (a = expression()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (KeywordOrStarred) (Object) (new KeywordOrStarred(new KeywordTy(null, a, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset), true));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy star_targets() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            if ((a = star_target()) != null
                    && lookahead(mark(), expect(TokenType.COMMA) != null, false)) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            List<ExprTy> b;
            Token _i2;
            if ((a = star_target()) != null
                    && (b = _loop0_123()) != null
                    && opt(_i2 = expect(TokenType.COMMA))) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Tuple(insertInFront(a, b), ExprContextTy.Store, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> star_targets_list_seq() {
        enter();
        int _mark = mark();
        List<ExprTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<ExprTy> a;
            Token _i1;
            if ((a = _gather_124()) != null
                    && opt(_i1 = expect(TokenType.COMMA))) {
                _res = (List<ExprTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> star_targets_tuple_seq() {
        enter();
        int _mark = mark();
        List<ExprTy> _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy a;
            List<ExprTy> b;
            Token _i2;
            if ((a = star_target()) != null
                    && (b = _loop1_126()) != null
                    && opt(_i2 = expect(TokenType.COMMA))) {
                _res = (List<ExprTy>) (Object) (insertInFront(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            if ((a = star_target()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null) {
                _res = (List<ExprTy>) (Object) (List.of(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy star_target() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 23);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = _tmp_127()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Starred(store(a), ExprContextTy.Store, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = target_with_star_atom()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 23, _res);
        leave();
        return _res;
    }

    ExprTy target_with_star_atom() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 24);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = t_primary()) != null
                    && (_i1 = expect(TokenType.DOT)) != null
                    && (b = name()) != null
                    && lookahead(mark(), t_lookahead() != null, false)) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Attribute(a, id(b), ExprContextTy.Store, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            Token _i3;
            if ((a = t_primary()) != null
                    && (_i1 = expect(TokenType.LSQB)) != null
                    && (b = slices()) != null
                    && (_i3 = expect(TokenType.RSQB)) != null
                    && lookahead(mark(), t_lookahead() != null, false)) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Subscript(a, b, ExprContextTy.Store, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_atom()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 24, _res);
        leave();
        return _res;
    }

    ExprTy star_atom() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            if ((a = name()) != null) {
                _res = (ExprTy) (Object) (store(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && (a = target_with_star_atom()) != null
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = (ExprTy) (Object) (store(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            List<ExprTy> a;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && opt(a = star_targets_tuple_seq())
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Tuple(list(a), ExprContextTy.Store, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            List<ExprTy> a;
            Token _i2;
            if ((_i0 = expect(TokenType.LSQB)) != null
                    && opt(a = star_targets_list_seq())
                    && (_i2 = expect(TokenType.RSQB)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.List(list(a), ExprContextTy.Store, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy single_target() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = single_subscript_attribute_target()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            if ((a = name()) != null) {
                _res = (ExprTy) (Object) (store(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && (a = single_target()) != null
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy single_subscript_attribute_target() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = t_primary()) != null
                    && (_i1 = expect(TokenType.DOT)) != null
                    && (b = name()) != null
                    && lookahead(mark(), t_lookahead() != null, false)) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Attribute(a, id(b), ExprContextTy.Store, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            Token _i3;
            if ((a = t_primary()) != null
                    && (_i1 = expect(TokenType.LSQB)) != null
                    && (b = slices()) != null
                    && (_i3 = expect(TokenType.RSQB)) != null
                    && lookahead(mark(), t_lookahead() != null, false)) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Subscript(a, b, ExprContextTy.Store, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy t_primary() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 25);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        Memo _seed = memoize(_mark, 25, null);
        ExprTy _result = null;
        int _resultMark = _mark;
        while (true) {
            _seed.value = _result;
            _seed.end = _resultMark;
            reset(_mark);
            ExprTy _raw = t_primary_raw();
            if (_raw == null || mark() <= _resultMark) {
                break;
            }
            _result = _raw;
            _resultMark = mark();
        }
        reset(_resultMark);
        leave();
        return _result;
    }

    ExprTy t_primary_raw() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = t_primary()) != null
                    && (_i1 = expect(TokenType.DOT)) != null
                    && (b = name()) != null
                    && lookahead(mark(), t_lookahead() != null, true)) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Attribute(a, id(b), ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            Token _i3;
            if ((a = t_primary()) != null
                    && (_i1 = expect(TokenType.LSQB)) != null
                    && (b = slices()) != null
                    && (_i3 = expect(TokenType.RSQB)) != null
                    && lookahead(mark(), t_lookahead() != null, true)) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Subscript(a, b, ExprContextTy.Load, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            ExprTy b;
            if ((a = t_primary()) != null
                    && (b = genexp()) != null
                    && lookahead(mark(), t_lookahead() != null, true)) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Call(a, List.of(b), List.of(), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            Token _i3;
            if ((a = t_primary()) != null
                    && (_i1 = expect(TokenType.LPAR)) != null
                    && opt(b = arguments())
                    && (_i3 = expect(TokenType.RPAR)) != null
                    && lookahead(mark(), t_lookahead() != null, true)) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Call(a, callArgs(b), callKeywords(b), _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            if ((a = atom()) != null
                    && lookahead(mark(), t_lookahead() != null, true)) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token t_lookahead() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LPAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LSQB)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOT)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> del_targets() {
        enter();
        int _mark = mark();
        List<ExprTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<ExprTy> a;
            Token _i1;
            if ((a = _gather_128()) != null
                    && opt(_i1 = expect(TokenType.COMMA))) {
                _res = (List<ExprTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy del_target() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 26);
        if (_m != null) {
            leave();
            return (ExprTy) _m.value;
        }
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = t_primary()) != null
                    && (_i1 = expect(TokenType.DOT)) != null
                    && (b = name()) != null
                    && lookahead(mark(), t_lookahead() != null, false)) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Attribute(a, id(b), ExprContextTy.Del, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            Token _i3;
            if ((a = t_primary()) != null
                    && (_i1 = expect(TokenType.LSQB)) != null
                    && (b = slices()) != null
                    && (_i3 = expect(TokenType.RSQB)) != null
                    && lookahead(mark(), t_lookahead() != null, false)) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Subscript(a, b, ExprContextTy.Del, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = del_t_atom()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 26, _res);
        leave();
        return _res;
    }

    ExprTy del_t_atom() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            if ((a = name()) != null) {
                _res = (ExprTy) (Object) (del(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && (a = del_target()) != null
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = (ExprTy) (Object) (del(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            List<ExprTy> a;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && opt(a = del_targets())
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.Tuple(list(a), ExprContextTy.Del, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            List<ExprTy> a;
            Token _i2;
            if ((_i0 = expect(TokenType.LSQB)) != null
                    && opt(a = del_targets())
                    && (_i2 = expect(TokenType.RSQB)) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.List(list(a), ExprContextTy.Del, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> type_expressions() {
        enter();
        int _mark = mark();
        List<ExprTy> _res = null;
        boolean _cut = false;
        done: {
        {
            List<ExprTy> a;
            Token _i1;
            Token _i2;
            ExprTy b;
            Token _i4;
            Token _i5;
            ExprTy c;
            if ((a = _gather_129()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (_i2 = expect(TokenType.STAR)) != null
                    && (b = expression()) != null
                    && (_i4 = expect(TokenType.COMMA)) != null
                    && (_i5 = expect(TokenType.DOUBLESTAR)) != null
                    && (c = expression()) != null) {
                _res = (List<ExprTy>) (Object) (append(append(a, b), c));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ExprTy> a;
            Token _i1;
            Token _i2;
            ExprTy b;
            if ((a = _gather_130()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (_i2 = expect(TokenType.STAR)) != null
                    && (b = expression()) != null) {
                _res = (List<ExprTy>) (Object) (append(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ExprTy> a;
            Token _i1;
            Token _i2;
            ExprTy b;
            if ((a = _gather_131()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (_i2 = expect(TokenType.DOUBLESTAR)) != null
                    && (b = expression()) != null) {
                _res = (List<ExprTy>) (Object) (append(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            Token _i3;
            ExprTy b;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = expression()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && (_i3 = expect(TokenType.DOUBLESTAR)) != null
                    && (b = expression()) != null) {
                _res = (List<ExprTy>) (Object) (List.of(a, b));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (a = expression()) != null) {
                _res = (List<ExprTy>) (Object) (List.of(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (a = expression()) != null) {
                _res = (List<ExprTy>) (Object) (List.of(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ExprTy> a;
            if ((a = _gather_132()) != null) {
                _res = (List<ExprTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token func_type_comment() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token t;
            if ((_i0 = expect(TokenType.NEWLINE)) != null
                    && (t = expect(TokenType.TYPE_COMMENT)) != null
                    && lookahead(mark(), _tmp_133() != null, true)) {
                _res = (Token) (Object) (t);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            if (callInvalidRules
                    && (_i0 = invalid_double_type_comments()) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.TYPE_COMMENT)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_arguments() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            Token _i1;
            Token a;
            if ((_i0 = _tmp_137()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (a = expect(TokenType.STAR)) != null) {
                _res = errLocation(a, "iterable argument unpacking follows keyword argument unpacking");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            List<ComprehensionTy> b;
            Token _i2;
            Object _i3;
            if ((a = expression()) != null
                    && (b = for_if_clauses()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && opt(_i3 = _tmp_138())) {
                _res = errRange(a, lastComprehensionItem(b), "Generator expression must be parenthesized");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token b;
            ExprTy _i2;
            List<ComprehensionTy> _i3;
            if ((a = name()) != null
                    && (b = expect(TokenType.EQUAL)) != null
                    && (_i2 = expression()) != null
                    && (_i3 = for_if_clauses()) != null) {
                _res = errRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            ExprTy a;
            Token b;
            if (opt(_i0 = _tmp_139())
                    && (a = name()) != null
                    && (b = expect(TokenType.EQUAL)) != null
                    && lookahead(mark(), _tmp_140() != null, true)) {
                _res = errRange(a, b, "expected argument value expression");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            List<ComprehensionTy> b;
            if ((a = args()) != null
                    && (b = for_if_clauses()) != null) {
                _res = nonparenGenexpInCall(a, b);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            Token _i1;
            ExprTy a;
            List<ComprehensionTy> b;
            if ((_i0 = args()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (a = expression()) != null
                    && (b = for_if_clauses()) != null) {
                _res = errRange(a, lastComprehensionItem(b), "Generator expression must be parenthesized");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy _i2;
            if ((a = args()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (_i2 = args()) != null) {
                _res = argumentsParsingError(a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_kwarg() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            Token b;
            if ((a = _tmp_141()) != null
                    && (b = expect(TokenType.EQUAL)) != null) {
                _res = errRange(a, b, "cannot assign to " + ((Token) a).string);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token b;
            ExprTy _i2;
            List<ComprehensionTy> _i3;
            if ((a = name()) != null
                    && (b = expect(TokenType.EQUAL)) != null
                    && (_i2 = expression()) != null
                    && (_i3 = for_if_clauses()) != null) {
                _res = errRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token b;
            if (lookahead(mark(), _tmp_142() != null, false)
                    && (a = expression()) != null
                    && (b = expect(TokenType.EQUAL)) != null) {
                _res = errRange(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            ExprTy _i1;
            Token _i2;
            ExprTy b;
            if ((a = expect(TokenType.DOUBLESTAR)) != null
                    && (_i1 = expression()) != null
                    && (_i2 = expect(TokenType.EQUAL)) != null
                    && (b = expression()) != null) {
                _res = errRange(a, b, "cannot assign to keyword argument unpacking");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy expression_without_invalid() {
        enter();
        int _mark = mark();
        boolean _savedInvalid = callInvalidRules;
        callInvalidRules = false;
        try {
        ExprTy _res = null;
        boolean _cut = false;
        Token _start = peekStart();
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            Token _i3;
            ExprTy c;
            if ((a = disjunction()) != null
                    && (_i1 = expectKeyword(Keywords.KW_IF)) != null
                    && (b = disjunction()) != null
                    && (_i3 = expectKeyword(Keywords.KW_ELSE)) != null
                    && (c = expression()) != null) {
                Token _end = lastNonWhitespaceToken();
                _res = (ExprTy) (Object) (new ExprTy.IfExp(b, a, c, _start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = disjunction()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = lambdef()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
        } finally {
            callInvalidRules = _savedInvalid;
        }
    }

    Object invalid_legacy_expression() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy a;
            ExprTy b;
            if ((a = name()) != null
                    && lookahead(mark(), expect(TokenType.LPAR) != null, false)
                    && (b = star_expressions()) != null) {
                _res = isLegacyStatement(a) ? errRange(a, b, "Missing parentheses in call to '" + id(a) + "'. Did you mean " + id(a) + "(...)?") : null;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_expression() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy a;
            ExprTy b;
            if (lookahead(mark(), _tmp_143() != null, false)
                    && (a = disjunction()) != null
                    && (b = expression_without_invalid()) != null) {
                _res = isLegacyStatement(a) || token(mark() - 1).level == 0 ? null : errRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = disjunction()) != null
                    && (_i1 = expectKeyword(Keywords.KW_IF)) != null
                    && (b = disjunction()) != null
                    && lookahead(mark(), _tmp_144() != null, false)) {
                _res = errRange(a, b, "expected 'else' after 'if' expression");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            ArgumentsTy _i1;
            Token b;
            if ((a = expectKeyword(Keywords.KW_LAMBDA)) != null
                    && opt(_i1 = lambda_params())
                    && (b = expect(TokenType.COLON)) != null
                    && lookahead(mark(), _tmp_145() != null, true)) {
                _res = errRange(a, b, "f-string: lambda expressions are not allowed without parentheses");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_named_expression() {
        enter();
        int _mark = mark();
        Memo _m = memo(_mark, 27);
        if (_m != null) {
            leave();
            return (Object) _m.value;
        }
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy _i2;
            if ((a = expression()) != null
                    && (_i1 = expect(TokenType.COLONEQUAL)) != null
                    && (_i2 = expression()) != null) {
                _res = errLocation(a, "cannot use assignment expressions with " + exprName(a));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy b;
            if ((a = name()) != null
                    && (_i1 = expect(TokenType.EQUAL)) != null
                    && (b = bitwise_or()) != null
                    && lookahead(mark(), _tmp_146() != null, false)) {
                _res = errRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token b;
            ExprTy _i2;
            if (lookahead(mark(), _tmp_147() != null, false)
                    && (a = bitwise_or()) != null
                    && (b = expect(TokenType.EQUAL)) != null
                    && (_i2 = bitwise_or()) != null
                    && lookahead(mark(), _tmp_148() != null, false)) {
                _res = errLocation(a, "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        memoize(_mark, 27, _res);
        leave();
        return _res;
    }

    Object invalid_assignment() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy a;
            Token _i1;
            ExprTy _i2;
            if (callInvalidRules
                    && (a = invalid_ann_assign_target()) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (_i2 = expression()) != null) {
                _res = errLocation(a, "only single target (not " + exprName(a) + ") can be annotated");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            List<List<ExprTy>> _i2;
            Token _i3;
            ExprTy _i4;
            if ((a = star_named_expression()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (_i2 = _loop0_149()) != null
                    && (_i3 = expect(TokenType.COLON)) != null
                    && (_i4 = expression()) != null) {
                _res = errLocation(a, "only single target (not tuple) can be annotated");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            Token _i1;
            ExprTy _i2;
            if ((a = expression()) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (_i2 = expression()) != null) {
                _res = errLocation(a, "illegal target for annotation");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<Object> _i0;
            ExprTy a;
            Token _i2;
            if ((_i0 = _loop0_151()) != null
                    && (a = star_expressions()) != null
                    && (_i2 = expect(TokenType.EQUAL)) != null) {
                _res = errInvalidTarget(TargetsType.STAR_TARGETS, a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<Object> _i0;
            ExprTy a;
            Token _i2;
            if ((_i0 = _loop0_153()) != null
                    && (a = yield_expr()) != null
                    && (_i2 = expect(TokenType.EQUAL)) != null) {
                _res = errLocation(a, "assignment to yield expression not possible");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy a;
            OperatorTy _i1;
            ExprTy _i2;
            if ((a = star_expressions()) != null
                    && (_i1 = augassign()) != null
                    && (_i2 = _tmp_154()) != null) {
                _res = errLocation(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy invalid_ann_assign_target() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = list()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = tuple()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            if (callInvalidRules
                    && (_i0 = expect(TokenType.LPAR)) != null
                    && (a = invalid_ann_assign_target()) != null
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = (ExprTy) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_del_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy a;
            if ((_i0 = expectKeyword(Keywords.KW_DEL)) != null
                    && (a = star_expressions()) != null) {
                _res = errInvalidTarget(TargetsType.DEL_TARGETS, a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_block() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_comprehension() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy a;
            List<ComprehensionTy> _i2;
            if ((_i0 = _tmp_155()) != null
                    && (a = starred_expression()) != null
                    && (_i2 = for_if_clauses()) != null) {
                _res = errLocation(a, "iterable unpacking cannot be used in comprehension");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            List<ExprTy> b;
            List<ComprehensionTy> _i4;
            if ((_i0 = _tmp_156()) != null
                    && (a = star_named_expression()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && (b = star_named_expressions()) != null
                    && (_i4 = for_if_clauses()) != null) {
                _res = errRange(a, b.get(b.size() - 1), "did you forget parentheses around the comprehension target?");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy a;
            Token b;
            List<ComprehensionTy> _i3;
            if ((_i0 = _tmp_157()) != null
                    && (a = star_named_expression()) != null
                    && (b = expect(TokenType.COMMA)) != null
                    && (_i3 = for_if_clauses()) != null) {
                _res = errRange(a, b, "did you forget parentheses around the comprehension target?");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_dict_comprehension() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token a;
            ExprTy _i2;
            List<ComprehensionTy> _i3;
            Token _i4;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (a = expect(TokenType.DOUBLESTAR)) != null
                    && (_i2 = bitwise_or()) != null
                    && (_i3 = for_if_clauses()) != null
                    && (_i4 = expect(TokenType.RBRACE)) != null) {
                _res = errLocation(a, "dict unpacking cannot be used in dict comprehension");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_parameters() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            Token _i1;
            if ((a = expect(TokenType.SLASH)) != null
                    && (_i1 = expect(TokenType.COMMA)) != null) {
                _res = errLocation(a, "at least one argument must precede /");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            List<NameDefaultPair> _i1;
            Token a;
            if ((_i0 = _tmp_158()) != null
                    && (_i1 = _loop0_159()) != null
                    && (a = expect(TokenType.SLASH)) != null) {
                _res = errLocation(a, "/ may appear only once");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ArgTy> _i0;
            List<ArgTy> _i1;
            Object _i2;
            ArgTy a;
            if (callInvalidRules
                    && opt(_i0 = slash_no_default())
                    && (_i1 = _loop0_160()) != null
                    && (_i2 = invalid_parameters_helper()) != null
                    && (a = param_no_default()) != null) {
                _res = errLocation(a, "parameter without a default follows parameter with a default");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ArgTy> _i0;
            Token a;
            List<ArgTy> _i2;
            Token _i3;
            Token b;
            if ((_i0 = _loop0_161()) != null
                    && (a = expect(TokenType.LPAR)) != null
                    && (_i2 = _loop1_162()) != null
                    && opt(_i3 = expect(TokenType.COMMA))
                    && (b = expect(TokenType.RPAR)) != null) {
                _res = errRange(a, b, "Function parameters cannot be parenthesized");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            List<NameDefaultPair> _i1;
            Token _i2;
            Object _i3;
            List<NameDefaultPair> _i4;
            Token a;
            if (opt(_i0 = _tmp_163())
                    && (_i1 = _loop0_164()) != null
                    && (_i2 = expect(TokenType.STAR)) != null
                    && (_i3 = _tmp_165()) != null
                    && (_i4 = _loop0_166()) != null
                    && (a = expect(TokenType.SLASH)) != null) {
                _res = errLocation(a, "/ must be ahead of *");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<NameDefaultPair> _i0;
            Token _i1;
            Token a;
            if ((_i0 = _loop1_167()) != null
                    && (_i1 = expect(TokenType.SLASH)) != null
                    && (a = expect(TokenType.STAR)) != null) {
                _res = errLocation(a, "expected comma between / and *");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_default() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            if ((a = expect(TokenType.EQUAL)) != null
                    && lookahead(mark(), _tmp_168() != null, true)) {
                _res = errLocation(a, "expected default value expression");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_star_etc() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            Object _i1;
            if ((a = expect(TokenType.STAR)) != null
                    && (_i1 = _tmp_170()) != null) {
                _res = errLocation(a, "named arguments must follow bare *");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            Token _i2;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (_i2 = expect(TokenType.TYPE_COMMENT)) != null) {
                _res = err("bare * has associated type comment");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy _i1;
            Token a;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (_i1 = param()) != null
                    && (a = expect(TokenType.EQUAL)) != null) {
                _res = errLocation(a, "var-positional argument cannot have default value");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Object _i1;
            List<NameDefaultPair> _i2;
            Token a;
            Object _i4;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (_i1 = _tmp_171()) != null
                    && (_i2 = _loop0_172()) != null
                    && (a = expect(TokenType.STAR)) != null
                    && (_i4 = _tmp_173()) != null) {
                _res = errLocation(a, "* argument may appear only once");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_kwds() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ArgTy _i1;
            Token a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (_i1 = param()) != null
                    && (a = expect(TokenType.EQUAL)) != null) {
                _res = errLocation(a, "var-keyword argument cannot have default value");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy _i1;
            Token _i2;
            ArgTy a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (_i1 = param()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && (a = param()) != null) {
                _res = errLocation(a, "arguments cannot follow var-keyword argument");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy _i1;
            Token _i2;
            Token a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (_i1 = param()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && (a = _tmp_174()) != null) {
                _res = errLocation(a, "arguments cannot follow var-keyword argument");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_parameters_helper() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            SlashWithDefault a;
            if ((a = slash_with_default()) != null) {
                _res = a;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<NameDefaultPair> _i0;
            if ((_i0 = _loop1_175()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_lambda_parameters() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            Token _i1;
            if ((a = expect(TokenType.SLASH)) != null
                    && (_i1 = expect(TokenType.COMMA)) != null) {
                _res = errLocation(a, "at least one argument must precede /");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            List<NameDefaultPair> _i1;
            Token a;
            if ((_i0 = _tmp_176()) != null
                    && (_i1 = _loop0_177()) != null
                    && (a = expect(TokenType.SLASH)) != null) {
                _res = errLocation(a, "/ may appear only once");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ArgTy> _i0;
            List<ArgTy> _i1;
            Object _i2;
            ArgTy a;
            if (callInvalidRules
                    && opt(_i0 = lambda_slash_no_default())
                    && (_i1 = _loop0_178()) != null
                    && (_i2 = invalid_lambda_parameters_helper()) != null
                    && (a = lambda_param_no_default()) != null) {
                _res = errLocation(a, "parameter without a default follows parameter with a default");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<ArgTy> _i0;
            Token a;
            List<ArgTy> _i2;
            Token _i3;
            Token b;
            if ((_i0 = _loop0_179()) != null
                    && (a = expect(TokenType.LPAR)) != null
                    && (_i2 = _gather_180()) != null
                    && opt(_i3 = expect(TokenType.COMMA))
                    && (b = expect(TokenType.RPAR)) != null) {
                _res = errRange(a, b, "Lambda expression parameters cannot be parenthesized");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Object _i0;
            List<NameDefaultPair> _i1;
            Token _i2;
            Object _i3;
            List<NameDefaultPair> _i4;
            Token a;
            if (opt(_i0 = _tmp_181())
                    && (_i1 = _loop0_182()) != null
                    && (_i2 = expect(TokenType.STAR)) != null
                    && (_i3 = _tmp_183()) != null
                    && (_i4 = _loop0_184()) != null
                    && (a = expect(TokenType.SLASH)) != null) {
                _res = errLocation(a, "/ must be ahead of *");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<NameDefaultPair> _i0;
            Token _i1;
            Token a;
            if ((_i0 = _loop1_185()) != null
                    && (_i1 = expect(TokenType.SLASH)) != null
                    && (a = expect(TokenType.STAR)) != null) {
                _res = errLocation(a, "expected comma between / and *");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_lambda_parameters_helper() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            SlashWithDefault a;
            if ((a = lambda_slash_with_default()) != null) {
                _res = a;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<NameDefaultPair> _i0;
            if ((_i0 = _loop1_186()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_lambda_star_etc() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Object _i1;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (_i1 = _tmp_188()) != null) {
                _res = err("named arguments must follow bare *");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy _i1;
            Token a;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (_i1 = lambda_param()) != null
                    && (a = expect(TokenType.EQUAL)) != null) {
                _res = errLocation(a, "var-positional argument cannot have default value");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Object _i1;
            List<NameDefaultPair> _i2;
            Token a;
            Object _i4;
            if ((_i0 = expect(TokenType.STAR)) != null
                    && (_i1 = _tmp_189()) != null
                    && (_i2 = _loop0_190()) != null
                    && (a = expect(TokenType.STAR)) != null
                    && (_i4 = _tmp_191()) != null) {
                _res = errLocation(a, "* argument may appear only once");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_lambda_kwds() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ArgTy _i1;
            Token a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (_i1 = lambda_param()) != null
                    && (a = expect(TokenType.EQUAL)) != null) {
                _res = errLocation(a, "var-keyword argument cannot have default value");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy _i1;
            Token _i2;
            ArgTy a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (_i1 = lambda_param()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && (a = lambda_param()) != null) {
                _res = errLocation(a, "arguments cannot follow var-keyword argument");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ArgTy _i1;
            Token _i2;
            Token a;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null
                    && (_i1 = lambda_param()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && (a = _tmp_192()) != null) {
                _res = errLocation(a, "arguments cannot follow var-keyword argument");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_double_type_comments() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token _i1;
            Token _i2;
            Token _i3;
            Token _i4;
            if ((_i0 = expect(TokenType.TYPE_COMMENT)) != null
                    && (_i1 = expect(TokenType.NEWLINE)) != null
                    && (_i2 = expect(TokenType.TYPE_COMMENT)) != null
                    && (_i3 = expect(TokenType.NEWLINE)) != null
                    && (_i4 = expect(TokenType.INDENT)) != null) {
                _res = err("Cannot have two type comments on def");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_with_item() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Token _i1;
            ExprTy a;
            if ((_i0 = expression()) != null
                    && (_i1 = expectKeyword(Keywords.KW_AS)) != null
                    && (a = expression()) != null
                    && lookahead(mark(), _tmp_193() != null, true)) {
                _res = errInvalidTarget(TargetsType.STAR_TARGETS, a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_for_target() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token _i1;
            ExprTy a;
            if (opt(_i0 = expectKeyword(Keywords.KW_ASYNC))
                    && (_i1 = expectKeyword(Keywords.KW_FOR)) != null
                    && (a = star_expressions()) != null) {
                _res = errInvalidTarget(TargetsType.FOR_TARGETS, a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_group() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy a;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && (a = starred_expression()) != null
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = errLocation(a, "cannot use starred expression here");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token a;
            ExprTy _i2;
            Token _i3;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && (a = expect(TokenType.DOUBLESTAR)) != null
                    && (_i2 = expression()) != null
                    && (_i3 = expect(TokenType.RPAR)) != null) {
                _res = errLocation(a, "cannot use double starred expression here");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_import() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            List<ExprTy> _i1;
            Token _i2;
            ExprTy _i3;
            if ((a = expectKeyword(Keywords.KW_IMPORT)) != null
                    && (_i1 = _gather_194()) != null
                    && (_i2 = expectKeyword(Keywords.KW_FROM)) != null
                    && (_i3 = dotted_name()) != null) {
                _res = errFrom(a, "Did you mean to use 'from ... import ...' instead?");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_import_from_targets() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            List<AliasTy> _i0;
            Token _i1;
            Token _i2;
            if ((_i0 = import_from_as_names()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (_i2 = expect(TokenType.NEWLINE)) != null) {
                _res = err("trailing comma not allowed without surrounding parentheses");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_with_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token _i1;
            List<Object> _i2;
            Token _i3;
            if (opt(_i0 = expectKeyword(Keywords.KW_ASYNC))
                    && (_i1 = expectKeyword(Keywords.KW_WITH)) != null
                    && (_i2 = _gather_197()) != null
                    && (_i3 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            Token _i2;
            List<Object> _i3;
            Token _i4;
            Token _i5;
            Token _i6;
            if (opt(_i0 = expectKeyword(Keywords.KW_ASYNC))
                    && (_i1 = expectKeyword(Keywords.KW_WITH)) != null
                    && (_i2 = expect(TokenType.LPAR)) != null
                    && (_i3 = _gather_200()) != null
                    && opt(_i4 = expect(TokenType.COMMA))
                    && (_i5 = expect(TokenType.RPAR)) != null
                    && (_i6 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_with_stmt_indent() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token a;
            List<Object> _i2;
            Token _i3;
            Token _i4;
            if (opt(_i0 = expectKeyword(Keywords.KW_ASYNC))
                    && (a = expectKeyword(Keywords.KW_WITH)) != null
                    && (_i2 = _gather_203()) != null
                    && (_i3 = expect(TokenType.COLON)) != null
                    && (_i4 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'with' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token a;
            Token _i2;
            List<Object> _i3;
            Token _i4;
            Token _i5;
            Token _i6;
            Token _i7;
            if (opt(_i0 = expectKeyword(Keywords.KW_ASYNC))
                    && (a = expectKeyword(Keywords.KW_WITH)) != null
                    && (_i2 = expect(TokenType.LPAR)) != null
                    && (_i3 = _gather_206()) != null
                    && opt(_i4 = expect(TokenType.COMMA))
                    && (_i5 = expect(TokenType.RPAR)) != null
                    && (_i6 = expect(TokenType.COLON)) != null
                    && (_i7 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'with' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_try_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            Token _i1;
            Token _i2;
            if ((a = expectKeyword(Keywords.KW_TRY)) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (_i2 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'try' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<StmtTy> _i2;
            if ((_i0 = expectKeyword(Keywords.KW_TRY)) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (_i2 = block()) != null
                    && lookahead(mark(), _tmp_207() != null, false)) {
                _res = err("expected 'except' or 'finally' block");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<List<StmtTy>> _i2;
            List<ExceptHandlerTy> _i3;
            Token a;
            Token b;
            ExprTy _i6;
            Object _i7;
            Token _i8;
            if ((_i0 = expectKeyword(Keywords.KW_TRY)) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (_i2 = _loop0_208()) != null
                    && (_i3 = _loop1_209()) != null
                    && (a = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && (b = expect(TokenType.STAR)) != null
                    && (_i6 = expression()) != null
                    && opt(_i7 = _tmp_210())
                    && (_i8 = expect(TokenType.COLON)) != null) {
                _res = errRange(a, b, "cannot have both 'except' and 'except*' on the same 'try'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            List<List<StmtTy>> _i2;
            List<ExceptHandlerTy> _i3;
            Token a;
            Object _i5;
            Token _i6;
            if ((_i0 = expectKeyword(Keywords.KW_TRY)) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (_i2 = _loop0_211()) != null
                    && (_i3 = _loop1_212()) != null
                    && (a = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && opt(_i5 = _tmp_214())
                    && (_i6 = expect(TokenType.COLON)) != null) {
                _res = errLocation(a, "cannot have both 'except' and 'except*' on the same 'try'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_except_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token _i1;
            ExprTy a;
            Token _i3;
            ExprTy _i4;
            Object _i5;
            Token _i6;
            if ((_i0 = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && opt(_i1 = expect(TokenType.STAR))
                    && (a = expression()) != null
                    && (_i3 = expect(TokenType.COMMA)) != null
                    && (_i4 = expressions()) != null
                    && opt(_i5 = _tmp_215())
                    && (_i6 = expect(TokenType.COLON)) != null) {
                _res = errFrom(a, "multiple exception types must be parenthesized");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            Token _i1;
            ExprTy _i2;
            Object _i3;
            Token _i4;
            if ((a = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && opt(_i1 = expect(TokenType.STAR))
                    && (_i2 = expression()) != null
                    && opt(_i3 = _tmp_216())
                    && (_i4 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            Token _i1;
            if ((a = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && (_i1 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            Token _i1;
            Token _i2;
            if ((a = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && (_i1 = expect(TokenType.STAR)) != null
                    && (_i2 = _tmp_217()) != null) {
                _res = err("expected one or more exception types");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_finally_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            Token _i1;
            Token _i2;
            if ((a = expectKeyword(Keywords.KW_FINALLY)) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (_i2 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'finally' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_except_stmt_indent() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            ExprTy _i1;
            Object _i2;
            Token _i3;
            Token _i4;
            if ((a = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && (_i1 = expression()) != null
                    && opt(_i2 = _tmp_218())
                    && (_i3 = expect(TokenType.COLON)) != null
                    && (_i4 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'except' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            Token _i1;
            Token _i2;
            if ((a = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (_i2 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'except' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_except_star_stmt_indent() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            Token _i1;
            ExprTy _i2;
            Object _i3;
            Token _i4;
            Token _i5;
            if ((a = expectKeyword(Keywords.KW_EXCEPT)) != null
                    && (_i1 = expect(TokenType.STAR)) != null
                    && (_i2 = expression()) != null
                    && opt(_i3 = _tmp_219())
                    && (_i4 = expect(TokenType.COLON)) != null
                    && (_i5 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'except*' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_match_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            if ((_i0 = expectSoftKeyword("match")) != null
                    && (_i1 = subject_expr()) != null
                    && (_i2 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            ExprTy subject;
            Token _i2;
            Token _i3;
            if ((a = expectSoftKeyword("match")) != null
                    && (subject = subject_expr()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (_i3 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'match' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_case_block() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            PatternTy _i1;
            ExprTy _i2;
            Token _i3;
            if ((_i0 = expectSoftKeyword("case")) != null
                    && (_i1 = patterns()) != null
                    && opt(_i2 = guard())
                    && (_i3 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            PatternTy _i1;
            ExprTy _i2;
            Token _i3;
            Token _i4;
            if ((a = expectSoftKeyword("case")) != null
                    && (_i1 = patterns()) != null
                    && opt(_i2 = guard())
                    && (_i3 = expect(TokenType.COLON)) != null
                    && (_i4 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'case' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_as_pattern() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            PatternTy _i0;
            Token _i1;
            Token a;
            if ((_i0 = or_pattern()) != null
                    && (_i1 = expectKeyword(Keywords.KW_AS)) != null
                    && (a = expectSoftKeyword("_")) != null) {
                _res = errLocation(a, "cannot use '_' as a target");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            PatternTy _i0;
            Token _i1;
            ExprTy a;
            if ((_i0 = or_pattern()) != null
                    && (_i1 = expectKeyword(Keywords.KW_AS)) != null
                    && lookahead(mark(), name() != null, false)
                    && (a = expression()) != null) {
                _res = errLocation(a, "invalid pattern target");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_class_pattern() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Token _i1;
            List<PatternTy> a;
            if (callInvalidRules
                    && (_i0 = name_or_attr()) != null
                    && (_i1 = expect(TokenType.LPAR)) != null
                    && (a = invalid_class_argument_pattern()) != null) {
                _res = errRange(a.get(0), a.get(a.size() - 1), "positional patterns follow keyword patterns");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<PatternTy> invalid_class_argument_pattern() {
        enter();
        int _mark = mark();
        List<PatternTy> _res = null;
        boolean _cut = false;
        done: {
        {
            Object _i0;
            List<KeyPatternPair> _i1;
            Token _i2;
            List<PatternTy> a;
            if (opt(_i0 = _tmp_220())
                    && (_i1 = keyword_patterns()) != null
                    && (_i2 = expect(TokenType.COMMA)) != null
                    && (a = positional_patterns()) != null) {
                _res = (List<PatternTy>) (Object) (a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_if_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            if ((_i0 = expectKeyword(Keywords.KW_IF)) != null
                    && (_i1 = named_expression()) != null
                    && (_i2 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            ExprTy _i1;
            Token _i2;
            Token _i3;
            if ((a = expectKeyword(Keywords.KW_IF)) != null
                    && (_i1 = named_expression()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (_i3 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'if' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_elif_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            if ((_i0 = expectKeyword(Keywords.KW_ELIF)) != null
                    && (_i1 = named_expression()) != null
                    && (_i2 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            ExprTy _i1;
            Token _i2;
            Token _i3;
            if ((a = expectKeyword(Keywords.KW_ELIF)) != null
                    && (_i1 = named_expression()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (_i3 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'elif' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_else_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            Token _i1;
            Token _i2;
            if ((a = expectKeyword(Keywords.KW_ELSE)) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (_i2 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'else' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_while_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            if ((_i0 = expectKeyword(Keywords.KW_WHILE)) != null
                    && (_i1 = named_expression()) != null
                    && (_i2 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            ExprTy _i1;
            Token _i2;
            Token _i3;
            if ((a = expectKeyword(Keywords.KW_WHILE)) != null
                    && (_i1 = named_expression()) != null
                    && (_i2 = expect(TokenType.COLON)) != null
                    && (_i3 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'while' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_for_stmt() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token _i1;
            ExprTy _i2;
            Token _i3;
            ExprTy _i4;
            Token _i5;
            if (opt(_i0 = expectKeyword(Keywords.KW_ASYNC))
                    && (_i1 = expectKeyword(Keywords.KW_FOR)) != null
                    && (_i2 = star_targets()) != null
                    && (_i3 = expectKeyword(Keywords.KW_IN)) != null
                    && (_i4 = star_expressions()) != null
                    && (_i5 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token a;
            ExprTy _i2;
            Token _i3;
            ExprTy _i4;
            Token _i5;
            Token _i6;
            if (opt(_i0 = expectKeyword(Keywords.KW_ASYNC))
                    && (a = expectKeyword(Keywords.KW_FOR)) != null
                    && (_i2 = star_targets()) != null
                    && (_i3 = expectKeyword(Keywords.KW_IN)) != null
                    && (_i4 = star_expressions()) != null
                    && (_i5 = expect(TokenType.COLON)) != null
                    && (_i6 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after 'for' statement on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_def_raw() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token a;
            ExprTy _i2;
            List<TypeParamTy> _i3;
            Token _i4;
            ArgumentsTy _i5;
            Token _i6;
            Object _i7;
            Token _i8;
            Token _i9;
            if (opt(_i0 = expectKeyword(Keywords.KW_ASYNC))
                    && (a = expectKeyword(Keywords.KW_DEF)) != null
                    && (_i2 = name()) != null
                    && opt(_i3 = type_params())
                    && (_i4 = expect(TokenType.LPAR)) != null
                    && opt(_i5 = params())
                    && (_i6 = expect(TokenType.RPAR)) != null
                    && opt(_i7 = _tmp_221())
                    && (_i8 = expect(TokenType.COLON)) != null
                    && (_i9 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after function definition on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_class_def_raw() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            List<TypeParamTy> _i2;
            Object _i3;
            Token _i4;
            if ((_i0 = expectKeyword(Keywords.KW_CLASS)) != null
                    && (_i1 = name()) != null
                    && opt(_i2 = type_params())
                    && opt(_i3 = _tmp_222())
                    && (_i4 = expect(TokenType.NEWLINE)) != null) {
                _res = err("expected ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token a;
            ExprTy _i1;
            List<TypeParamTy> _i2;
            Object _i3;
            Token _i4;
            Token _i5;
            if ((a = expectKeyword(Keywords.KW_CLASS)) != null
                    && (_i1 = name()) != null
                    && opt(_i2 = type_params())
                    && opt(_i3 = _tmp_223())
                    && (_i4 = expect(TokenType.COLON)) != null
                    && (_i5 = expect(TokenType.NEWLINE)) != null
                    && lookahead(mark(), expect(TokenType.INDENT) != null, false)) {
                _res = indentErr("expected an indented block after class definition on line " + a.lineno);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_double_starred_kvpairs() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            List<KeyValuePair> _i0;
            Token _i1;
            Object _i2;
            if (callInvalidRules
                    && (_i0 = _gather_224()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (_i2 = invalid_kvpair()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            Token _i1;
            Token a;
            ExprTy _i3;
            if ((_i0 = expression()) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (a = expect(TokenType.STAR)) != null
                    && (_i3 = bitwise_or()) != null) {
                _res = errFrom(a, "cannot use a starred expression in a dictionary value");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            Token a;
            if ((_i0 = expression()) != null
                    && (a = expect(TokenType.COLON)) != null
                    && lookahead(mark(), _tmp_225() != null, true)) {
                _res = errLocation(a, "expression expected after dictionary key and ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_kvpair() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy a;
            if ((a = expression()) != null
                    && lookahead(mark(), expect(TokenType.COLON) != null, false)) {
                _res = errKvpairNoColon(a);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            Token _i1;
            Token a;
            ExprTy _i3;
            if ((_i0 = expression()) != null
                    && (_i1 = expect(TokenType.COLON)) != null
                    && (a = expect(TokenType.STAR)) != null
                    && (_i3 = bitwise_or()) != null) {
                _res = errFrom(a, "cannot use a starred expression in a dictionary value");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            Token a;
            if ((_i0 = expression()) != null
                    && (a = expect(TokenType.COLON)) != null
                    && lookahead(mark(), _tmp_226() != null, true)) {
                _res = errLocation(a, "expression expected after dictionary key and ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_starred_expression() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token a;
            ExprTy _i1;
            Token _i2;
            ExprTy b;
            if ((a = expect(TokenType.STAR)) != null
                    && (_i1 = expression()) != null
                    && (_i2 = expect(TokenType.EQUAL)) != null
                    && (b = expression()) != null) {
                _res = errRange(a, b, "cannot assign to iterable argument unpacking");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_replacement_field() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token a;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (a = expect(TokenType.EQUAL)) != null) {
                _res = errLocation(a, "f-string: valid expression required before '='");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token a;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (a = expect(TokenType.EXCLAMATION)) != null) {
                _res = errLocation(a, "f-string: valid expression required before '!'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token a;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (a = expect(TokenType.COLON)) != null) {
                _res = errLocation(a, "f-string: valid expression required before ':'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token a;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (a = expect(TokenType.RBRACE)) != null) {
                _res = errLocation(a, "f-string: valid expression required before '}'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && lookahead(mark(), _tmp_227() != null, false)) {
                _res = errNext("f-string: expecting a valid expression after '{'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (_i1 = _tmp_228()) != null
                    && lookahead(mark(), _tmp_229() != null, false)) {
                _res = errNext("f-string: expecting '=', or '!', or ':', or '}'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (_i1 = _tmp_230()) != null
                    && (_i2 = expect(TokenType.EQUAL)) != null
                    && lookahead(mark(), _tmp_231() != null, false)) {
                _res = errNext("f-string: expecting '!', or ':', or '}'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            Object _i3;
            if (callInvalidRules
                    && (_i0 = expect(TokenType.LBRACE)) != null
                    && (_i1 = _tmp_232()) != null
                    && opt(_i2 = expect(TokenType.EQUAL))
                    && (_i3 = invalid_conversion_character()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            Object _i3;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (_i1 = _tmp_233()) != null
                    && opt(_i2 = expect(TokenType.EQUAL))
                    && opt(_i3 = _tmp_234())
                    && lookahead(mark(), _tmp_235() != null, false)) {
                _res = errNext("f-string: expecting ':' or '}'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            Object _i3;
            Token _i4;
            List<ExprTy> _i5;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (_i1 = _tmp_236()) != null
                    && opt(_i2 = expect(TokenType.EQUAL))
                    && opt(_i3 = _tmp_237())
                    && (_i4 = expect(TokenType.COLON)) != null
                    && (_i5 = _loop0_238()) != null
                    && lookahead(mark(), expect(TokenType.RBRACE) != null, false)) {
                _res = errNext("f-string: expecting '}', or format specs");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            Object _i3;
            if ((_i0 = expect(TokenType.LBRACE)) != null
                    && (_i1 = _tmp_239()) != null
                    && opt(_i2 = expect(TokenType.EQUAL))
                    && opt(_i3 = _tmp_240())
                    && lookahead(mark(), expect(TokenType.RBRACE) != null, false)) {
                _res = errNext("f-string: expecting '}'");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object invalid_conversion_character() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.EXCLAMATION)) != null
                    && lookahead(mark(), _tmp_241() != null, true)) {
                _res = errNext("f-string: missing conversion character");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.EXCLAMATION)) != null
                    && lookahead(mark(), name() != null, false)) {
                _res = errNext("f-string: invalid conversion character");
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<Token> _loop0_0() {
        enter();
        int _mark = mark();
        List<Token> _list = new java.util.ArrayList<>();
        Token _e;
        while (true) {
            int _m = mark();
            if ((_e = (Token) (Object) expect(TokenType.NEWLINE)) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<Token> _loop0_1() {
        enter();
        int _mark = mark();
        List<Token> _list = new java.util.ArrayList<>();
        Token _e;
        while (true) {
            int _m = mark();
            if ((_e = (Token) (Object) expect(TokenType.NEWLINE)) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<List<StmtTy>> _loop1_2() {
        enter();
        int _mark = mark();
        List<List<StmtTy>> _list = new java.util.ArrayList<>();
        List<StmtTy> _e;
        while (true) {
            int _m = mark();
            if ((_e = (List<StmtTy>) (Object) statement()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<StmtTy> _gather_3() {
        enter();
        int _mark = mark();
        List<StmtTy> _list = new java.util.ArrayList<>();
        StmtTy _e;
        if ((_e = (StmtTy) (Object) simple_stmt()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.SEMI) == null || (_e = (StmtTy) (Object) simple_stmt()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Token _tmp_4() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_IMPORT)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_FROM)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_5() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_DEF)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.AT)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_ASYNC)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_6() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_CLASS)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.AT)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_7() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_WITH)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_ASYNC)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_8() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_FOR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_ASYNC)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_9() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy d;
            if ((_i0 = expect(TokenType.EQUAL)) != null
                    && (d = annotated_rhs()) != null) {
                _res = (ExprTy) (Object) (d);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_10() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy b;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && (b = single_target()) != null
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = (ExprTy) (Object) (b);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = single_subscript_attribute_target()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_11() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy d;
            if ((_i0 = expect(TokenType.EQUAL)) != null
                    && (d = annotated_rhs()) != null) {
                _res = (ExprTy) (Object) (d);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_12() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy z;
            Token _i1;
            if ((z = star_targets()) != null
                    && (_i1 = expect(TokenType.EQUAL)) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop1_13() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_12()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    ExprTy _tmp_14() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            if ((_i0 = expectKeyword(Keywords.KW_FROM)) != null
                    && (z = expression()) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _gather_15() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) name()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) name()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ExprTy> _gather_16() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) name()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) name()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Token _tmp_17() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.SEMI)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.NEWLINE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_18() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            if ((_i0 = expect(TokenType.COMMA)) != null
                    && (z = expression()) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_19() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOT)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.ELLIPSIS)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<Token> _loop0_20() {
        enter();
        int _mark = mark();
        List<Token> _list = new java.util.ArrayList<>();
        Token _e;
        while (true) {
            int _m = mark();
            if ((_e = (Token) (Object) _tmp_19()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Token _tmp_21() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOT)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.ELLIPSIS)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<Token> _loop1_22() {
        enter();
        int _mark = mark();
        List<Token> _list = new java.util.ArrayList<>();
        Token _e;
        while (true) {
            int _m = mark();
            if ((_e = (Token) (Object) _tmp_21()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<AliasTy> _gather_23() {
        enter();
        int _mark = mark();
        List<AliasTy> _list = new java.util.ArrayList<>();
        AliasTy _e;
        if ((_e = (AliasTy) (Object) import_from_as_name()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (AliasTy) (Object) import_from_as_name()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_24() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (z = name()) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<AliasTy> _gather_25() {
        enter();
        int _mark = mark();
        List<AliasTy> _list = new java.util.ArrayList<>();
        AliasTy _e;
        if ((_e = (AliasTy) (Object) dotted_as_name()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (AliasTy) (Object) dotted_as_name()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_26() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (z = name()) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_27() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy f;
            Token _i2;
            if ((_i0 = expect(TokenType.AT)) != null
                    && (f = named_expression()) != null
                    && (_i2 = expect(TokenType.NEWLINE)) != null) {
                _res = (ExprTy) (Object) (f);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop1_28() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_27()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    Object _tmp_29() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && opt(z = arguments())
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = z == null ? DUMMY : z;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_30() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            if ((_i0 = expect(TokenType.RARROW)) != null
                    && (z = expression()) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_31() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            if ((_i0 = expect(TokenType.RARROW)) != null
                    && (z = expression()) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ArgTy> _loop0_32() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop0_33() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop0_34() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop1_35() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop0_36() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_37() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop1_38() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop1_39() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop0_40() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_41() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop0_42() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_43() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop0_44() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop0_45() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_46() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<WithItemTy> _gather_47() {
        enter();
        int _mark = mark();
        List<WithItemTy> _list = new java.util.ArrayList<>();
        WithItemTy _e;
        if ((_e = (WithItemTy) (Object) with_item()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (WithItemTy) (Object) with_item()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<WithItemTy> _gather_48() {
        enter();
        int _mark = mark();
        List<WithItemTy> _list = new java.util.ArrayList<>();
        WithItemTy _e;
        if ((_e = (WithItemTy) (Object) with_item()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (WithItemTy) (Object) with_item()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<WithItemTy> _gather_49() {
        enter();
        int _mark = mark();
        List<WithItemTy> _list = new java.util.ArrayList<>();
        WithItemTy _e;
        if ((_e = (WithItemTy) (Object) with_item()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (WithItemTy) (Object) with_item()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<WithItemTy> _gather_50() {
        enter();
        int _mark = mark();
        List<WithItemTy> _list = new java.util.ArrayList<>();
        WithItemTy _e;
        if ((_e = (WithItemTy) (Object) with_item()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (WithItemTy) (Object) with_item()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Token _tmp_51() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RPAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLON)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExceptHandlerTy> _loop1_52() {
        enter();
        int _mark = mark();
        List<ExceptHandlerTy> _list = new java.util.ArrayList<>();
        ExceptHandlerTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExceptHandlerTy) (Object) except_block()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ExceptHandlerTy> _loop1_53() {
        enter();
        int _mark = mark();
        List<ExceptHandlerTy> _list = new java.util.ArrayList<>();
        ExceptHandlerTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExceptHandlerTy) (Object) except_star_block()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    ExprTy _tmp_54() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (z = name()) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_55() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (z = name()) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<MatchCaseTy> _loop1_56() {
        enter();
        int _mark = mark();
        List<MatchCaseTy> _list = new java.util.ArrayList<>();
        MatchCaseTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (MatchCaseTy) (Object) case_block()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<PatternTy> _gather_57() {
        enter();
        int _mark = mark();
        List<PatternTy> _list = new java.util.ArrayList<>();
        PatternTy _e;
        if ((_e = (PatternTy) (Object) closed_pattern()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.VBAR) == null || (_e = (PatternTy) (Object) closed_pattern()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Token _tmp_58() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.PLUS)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.MINUS)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_59() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.PLUS)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.MINUS)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_60() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOT)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LPAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.EQUAL)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_61() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOT)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LPAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.EQUAL)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<PatternTy> _gather_62() {
        enter();
        int _mark = mark();
        List<PatternTy> _list = new java.util.ArrayList<>();
        PatternTy _e;
        if ((_e = (PatternTy) (Object) maybe_star_pattern()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (PatternTy) (Object) maybe_star_pattern()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<KeyPatternPair> _gather_63() {
        enter();
        int _mark = mark();
        List<KeyPatternPair> _list = new java.util.ArrayList<>();
        KeyPatternPair _e;
        if ((_e = (KeyPatternPair) (Object) key_value_pattern()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (KeyPatternPair) (Object) key_value_pattern()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_64() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = literal_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = attr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<PatternTy> _gather_65() {
        enter();
        int _mark = mark();
        List<PatternTy> _list = new java.util.ArrayList<>();
        PatternTy _e;
        if ((_e = (PatternTy) (Object) pattern()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (PatternTy) (Object) pattern()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<KeyPatternPair> _gather_66() {
        enter();
        int _mark = mark();
        List<KeyPatternPair> _list = new java.util.ArrayList<>();
        KeyPatternPair _e;
        if ((_e = (KeyPatternPair) (Object) keyword_pattern()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (KeyPatternPair) (Object) keyword_pattern()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<TypeParamTy> _gather_67() {
        enter();
        int _mark = mark();
        List<TypeParamTy> _list = new java.util.ArrayList<>();
        TypeParamTy _e;
        if ((_e = (TypeParamTy) (Object) type_param()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (TypeParamTy) (Object) type_param()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_68() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy c;
            if ((_i0 = expect(TokenType.COMMA)) != null
                    && (c = expression()) != null) {
                _res = (ExprTy) (Object) (c);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop1_69() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_68()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    ExprTy _tmp_70() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy c;
            if ((_i0 = expect(TokenType.COMMA)) != null
                    && (c = star_expression()) != null) {
                _res = (ExprTy) (Object) (c);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop1_71() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_70()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ExprTy> _gather_72() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) star_named_expression()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) star_named_expression()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_73() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy c;
            if ((_i0 = expectKeyword(Keywords.KW_OR)) != null
                    && (c = conjunction()) != null) {
                _res = (ExprTy) (Object) (c);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop1_74() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_73()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    ExprTy _tmp_75() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy c;
            if ((_i0 = expectKeyword(Keywords.KW_AND)) != null
                    && (c = inversion()) != null) {
                _res = (ExprTy) (Object) (c);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop1_76() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_75()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<CmpopExprPair> _loop1_77() {
        enter();
        int _mark = mark();
        List<CmpopExprPair> _list = new java.util.ArrayList<>();
        CmpopExprPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (CmpopExprPair) (Object) compare_op_bitwise_or_pair()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    Object _tmp_78() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token tok;
            if ((tok = expect(TokenType.NOTEQUAL)) != null) {
                _res = checkBarryAsFlufl(tok);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_79() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = slice()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = starred_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _gather_80() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) _tmp_79()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) _tmp_79()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_81() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy d;
            if ((_i0 = expect(TokenType.COLON)) != null
                    && opt(d = expression())) {
                _res = d == null ? DUMMY : d;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_82() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.STRING)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.FSTRING_START)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_83() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = tuple()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = group()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = genexp()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_84() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = list()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = listcomp()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_85() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = dict()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = set()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = dictcomp()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = setcomp()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_86() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = named_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ArgTy> _loop0_87() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) lambda_param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop0_88() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop0_89() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop1_90() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) lambda_param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop0_91() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_92() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop1_93() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) lambda_param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop1_94() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) lambda_param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop0_95() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) lambda_param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_96() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop0_97() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) lambda_param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_98() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop0_99() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_100() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    ExprTy _tmp_101() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expressions()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop0_102() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) fstring_format_spec()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ExprTy> _loop0_103() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) fstring_middle()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_104() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = fstring()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = string()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop1_105() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_104()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<ExprTy> _tmp_106() {
        enter();
        int _mark = mark();
        List<ExprTy> _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy y;
            Token _i1;
            List<ExprTy> z;
            if ((y = star_named_expression()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && opt(z = star_named_expressions())) {
                _res = (List<ExprTy>) (Object) (insertInFront(y, z));
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<KeyValuePair> _gather_107() {
        enter();
        int _mark = mark();
        List<KeyValuePair> _list = new java.util.ArrayList<>();
        KeyValuePair _e;
        if ((_e = (KeyValuePair) (Object) double_starred_kvpair()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (KeyValuePair) (Object) double_starred_kvpair()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ComprehensionTy> _loop1_108() {
        enter();
        int _mark = mark();
        List<ComprehensionTy> _list = new java.util.ArrayList<>();
        ComprehensionTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ComprehensionTy) (Object) for_if_clause()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    ExprTy _tmp_109() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            if ((_i0 = expectKeyword(Keywords.KW_IF)) != null
                    && (z = disjunction()) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop0_110() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_109()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_111() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy z;
            if ((_i0 = expectKeyword(Keywords.KW_IF)) != null
                    && (z = disjunction()) != null) {
                _res = (ExprTy) (Object) (z);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop0_112() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_111()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_113() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = assignment_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = expression()) != null
                    && lookahead(mark(), expect(TokenType.COLONEQUAL) != null, false)) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_114() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = assignment_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = expression()) != null
                    && lookahead(mark(), expect(TokenType.COLONEQUAL) != null, false)) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_115() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = starred_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = _tmp_114()) != null
                    && lookahead(mark(), expect(TokenType.EQUAL) != null, false)) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _gather_116() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) _tmp_115()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) _tmp_115()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<KeywordOrStarred> _tmp_117() {
        enter();
        int _mark = mark();
        List<KeywordOrStarred> _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            List<KeywordOrStarred> k;
            if ((_i0 = expect(TokenType.COMMA)) != null
                    && (k = kwargs()) != null) {
                _res = (List<KeywordOrStarred>) (Object) (k);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<KeywordOrStarred> _gather_118() {
        enter();
        int _mark = mark();
        List<KeywordOrStarred> _list = new java.util.ArrayList<>();
        KeywordOrStarred _e;
        if ((_e = (KeywordOrStarred) (Object) kwarg_or_starred()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (KeywordOrStarred) (Object) kwarg_or_starred()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<KeywordOrStarred> _gather_119() {
        enter();
        int _mark = mark();
        List<KeywordOrStarred> _list = new java.util.ArrayList<>();
        KeywordOrStarred _e;
        if ((_e = (KeywordOrStarred) (Object) kwarg_or_double_starred()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (KeywordOrStarred) (Object) kwarg_or_double_starred()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<KeywordOrStarred> _gather_120() {
        enter();
        int _mark = mark();
        List<KeywordOrStarred> _list = new java.util.ArrayList<>();
        KeywordOrStarred _e;
        if ((_e = (KeywordOrStarred) (Object) kwarg_or_starred()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (KeywordOrStarred) (Object) kwarg_or_starred()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<KeywordOrStarred> _gather_121() {
        enter();
        int _mark = mark();
        List<KeywordOrStarred> _list = new java.util.ArrayList<>();
        KeywordOrStarred _e;
        if ((_e = (KeywordOrStarred) (Object) kwarg_or_double_starred()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (KeywordOrStarred) (Object) kwarg_or_double_starred()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_122() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy c;
            if ((_i0 = expect(TokenType.COMMA)) != null
                    && (c = star_target()) != null) {
                _res = (ExprTy) (Object) (c);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop0_123() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_122()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ExprTy> _gather_124() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) star_target()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) star_target()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_125() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy c;
            if ((_i0 = expect(TokenType.COMMA)) != null
                    && (c = star_target()) != null) {
                _res = (ExprTy) (Object) (c);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop1_126() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) _tmp_125()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    ExprTy _tmp_127() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if (lookahead(mark(), expect(TokenType.STAR) != null, false)
                    && (_i0 = star_target()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _gather_128() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) del_target()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) del_target()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ExprTy> _gather_129() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) expression()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) expression()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ExprTy> _gather_130() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) expression()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) expression()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ExprTy> _gather_131() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) expression()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) expression()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ExprTy> _gather_132() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) expression()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) expression()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_133() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            Token _i1;
            if ((_i0 = expect(TokenType.NEWLINE)) != null
                    && (_i1 = expect(TokenType.INDENT)) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_134() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = assignment_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = expression()) != null
                    && lookahead(mark(), expect(TokenType.COLONEQUAL) != null, false)) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_135() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = starred_expression()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = _tmp_134()) != null
                    && lookahead(mark(), expect(TokenType.EQUAL) != null, false)) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _gather_136() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) _tmp_135()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) _tmp_135()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_137() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            List<ExprTy> _i0;
            Token _i1;
            List<KeywordOrStarred> _i2;
            if ((_i0 = _gather_136()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null
                    && (_i2 = kwargs()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            List<KeywordOrStarred> _i0;
            if ((_i0 = kwargs()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_138() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = args()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            List<ComprehensionTy> _i1;
            if ((_i0 = expression()) != null
                    && (_i1 = for_if_clauses()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_139() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Token _i1;
            if ((_i0 = args()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_140() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RPAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_141() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_TRUE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_FALSE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_NONE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_142() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Token _i1;
            if ((_i0 = name()) != null
                    && (_i1 = expect(TokenType.EQUAL)) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_143() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Token _i1;
            if ((_i0 = name()) != null
                    && (_i1 = expect(TokenType.STRING)) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = softKeyword()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_144() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_ELSE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLON)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_145() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.FSTRING_MIDDLE)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = fstring_replacement_field()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_146() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.EQUAL)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLONEQUAL)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_147() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = list()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = tuple()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = genexp()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_TRUE)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_NONE)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_FALSE)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_148() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.EQUAL)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLONEQUAL)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<List<ExprTy>> _loop0_149() {
        enter();
        int _mark = mark();
        List<List<ExprTy>> _list = new java.util.ArrayList<>();
        List<ExprTy> _e;
        while (true) {
            int _m = mark();
            if ((_e = (List<ExprTy>) (Object) star_named_expressions()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_150() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Token _i1;
            if ((_i0 = star_targets()) != null
                    && (_i1 = expect(TokenType.EQUAL)) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<Object> _loop0_151() {
        enter();
        int _mark = mark();
        List<Object> _list = new java.util.ArrayList<>();
        Object _e;
        while (true) {
            int _m = mark();
            if ((_e = (Object) (Object) _tmp_150()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_152() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Token _i1;
            if ((_i0 = star_targets()) != null
                    && (_i1 = expect(TokenType.EQUAL)) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<Object> _loop0_153() {
        enter();
        int _mark = mark();
        List<Object> _list = new java.util.ArrayList<>();
        Object _e;
        while (true) {
            int _m = mark();
            if ((_e = (Object) (Object) _tmp_152()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_154() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expressions()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_155() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LSQB)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LPAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LBRACE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_156() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LSQB)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LBRACE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_157() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LSQB)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.LBRACE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_158() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            List<ArgTy> _i0;
            if ((_i0 = slash_no_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            SlashWithDefault _i0;
            if ((_i0 = slash_with_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<NameDefaultPair> _loop0_159() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop0_160() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop0_161() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop1_162() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    Object _tmp_163() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            List<ArgTy> _i0;
            if ((_i0 = slash_no_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            SlashWithDefault _i0;
            if ((_i0 = slash_with_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<NameDefaultPair> _loop0_164() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_165() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy _i0;
            if ((_i0 = param_no_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<NameDefaultPair> _loop0_166() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_167() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    Token _tmp_168() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RPAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_169() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RPAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_170() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RPAR)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            if ((_i0 = expect(TokenType.COMMA)) != null
                    && (_i1 = _tmp_169()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_171() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy _i0;
            if ((_i0 = param_no_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<NameDefaultPair> _loop0_172() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_173() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy _i0;
            if ((_i0 = param_no_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_174() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.STAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.SLASH)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<NameDefaultPair> _loop1_175() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    Object _tmp_176() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            List<ArgTy> _i0;
            if ((_i0 = lambda_slash_no_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            SlashWithDefault _i0;
            if ((_i0 = lambda_slash_with_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<NameDefaultPair> _loop0_177() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop0_178() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) lambda_param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ArgTy> _loop0_179() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ArgTy) (Object) lambda_param_no_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ArgTy> _gather_180() {
        enter();
        int _mark = mark();
        List<ArgTy> _list = new java.util.ArrayList<>();
        ArgTy _e;
        if ((_e = (ArgTy) (Object) lambda_param()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ArgTy) (Object) lambda_param()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_181() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            List<ArgTy> _i0;
            if ((_i0 = lambda_slash_no_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            SlashWithDefault _i0;
            if ((_i0 = lambda_slash_with_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<NameDefaultPair> _loop0_182() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_183() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ArgTy _i0;
            if ((_i0 = lambda_param_no_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<NameDefaultPair> _loop0_184() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_185() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    List<NameDefaultPair> _loop1_186() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_with_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    Token _tmp_187() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLON)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_188() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLON)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            Token _i1;
            if ((_i0 = expect(TokenType.COMMA)) != null
                    && (_i1 = _tmp_187()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_189() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy _i0;
            if ((_i0 = lambda_param_no_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<NameDefaultPair> _loop0_190() {
        enter();
        int _mark = mark();
        List<NameDefaultPair> _list = new java.util.ArrayList<>();
        NameDefaultPair _e;
        while (true) {
            int _m = mark();
            if ((_e = (NameDefaultPair) (Object) lambda_param_maybe_default()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_191() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ArgTy _i0;
            if ((_i0 = lambda_param_no_default()) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = _i0;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_192() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.STAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.DOUBLESTAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.SLASH)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_193() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RPAR)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLON)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _gather_194() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        if ((_e = (ExprTy) (Object) dotted_name()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (ExprTy) (Object) dotted_name()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_195() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (_i1 = star_target()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_196() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Object _i1;
            if ((_i0 = expression()) != null
                    && opt(_i1 = _tmp_195())) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<Object> _gather_197() {
        enter();
        int _mark = mark();
        List<Object> _list = new java.util.ArrayList<>();
        Object _e;
        if ((_e = (Object) (Object) _tmp_196()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (Object) (Object) _tmp_196()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_198() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (_i1 = star_target()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_199() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Object _i1;
            if ((_i0 = expressions()) != null
                    && opt(_i1 = _tmp_198())) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<Object> _gather_200() {
        enter();
        int _mark = mark();
        List<Object> _list = new java.util.ArrayList<>();
        Object _e;
        if ((_e = (Object) (Object) _tmp_199()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (Object) (Object) _tmp_199()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_201() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (_i1 = star_target()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_202() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Object _i1;
            if ((_i0 = expression()) != null
                    && opt(_i1 = _tmp_201())) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<Object> _gather_203() {
        enter();
        int _mark = mark();
        List<Object> _list = new java.util.ArrayList<>();
        Object _e;
        if ((_e = (Object) (Object) _tmp_202()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (Object) (Object) _tmp_202()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Object _tmp_204() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (_i1 = star_target()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_205() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Object _i1;
            if ((_i0 = expressions()) != null
                    && opt(_i1 = _tmp_204())) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<Object> _gather_206() {
        enter();
        int _mark = mark();
        List<Object> _list = new java.util.ArrayList<>();
        Object _e;
        if ((_e = (Object) (Object) _tmp_205()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (Object) (Object) _tmp_205()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Token _tmp_207() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_EXCEPT)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expectKeyword(Keywords.KW_FINALLY)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<List<StmtTy>> _loop0_208() {
        enter();
        int _mark = mark();
        List<List<StmtTy>> _list = new java.util.ArrayList<>();
        List<StmtTy> _e;
        while (true) {
            int _m = mark();
            if ((_e = (List<StmtTy>) (Object) block()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ExceptHandlerTy> _loop1_209() {
        enter();
        int _mark = mark();
        List<ExceptHandlerTy> _list = new java.util.ArrayList<>();
        ExceptHandlerTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExceptHandlerTy) (Object) except_block()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    Object _tmp_210() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (_i1 = name()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<List<StmtTy>> _loop0_211() {
        enter();
        int _mark = mark();
        List<List<StmtTy>> _list = new java.util.ArrayList<>();
        List<StmtTy> _e;
        while (true) {
            int _m = mark();
            if ((_e = (List<StmtTy>) (Object) block()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    List<ExceptHandlerTy> _loop1_212() {
        enter();
        int _mark = mark();
        List<ExceptHandlerTy> _list = new java.util.ArrayList<>();
        ExceptHandlerTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExceptHandlerTy) (Object) except_star_block()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        if (_list.isEmpty()) {
            reset(_mark);
            leave();
            return null;
        }
        leave();
        return _list;
    }

    Object _tmp_213() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (_i1 = name()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_214() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            Object _i1;
            if ((_i0 = expression()) != null
                    && opt(_i1 = _tmp_213())) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_215() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (_i1 = name()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_216() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (_i1 = name()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_217() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.NEWLINE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLON)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_218() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (_i1 = name()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_219() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expectKeyword(Keywords.KW_AS)) != null
                    && (_i1 = name()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_220() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            List<PatternTy> _i0;
            Token _i1;
            if ((_i0 = positional_patterns()) != null
                    && (_i1 = expect(TokenType.COMMA)) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_221() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expect(TokenType.RARROW)) != null
                    && (_i1 = expression()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_222() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && opt(_i1 = arguments())
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_223() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            Token _i2;
            if ((_i0 = expect(TokenType.LPAR)) != null
                    && opt(_i1 = arguments())
                    && (_i2 = expect(TokenType.RPAR)) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<KeyValuePair> _gather_224() {
        enter();
        int _mark = mark();
        List<KeyValuePair> _list = new java.util.ArrayList<>();
        KeyValuePair _e;
        if ((_e = (KeyValuePair) (Object) double_starred_kvpair()) == null) {
            reset(_mark);
            leave();
            return null;
        }
        _list.add(_e);
        while (true) {
            int _m = mark();
            if (expect(TokenType.COMMA) == null || (_e = (KeyValuePair) (Object) double_starred_kvpair()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    Token _tmp_225() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RBRACE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_226() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RBRACE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COMMA)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_227() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expressions()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_228() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expressions()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_229() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.EQUAL)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.EXCLAMATION)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLON)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RBRACE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_230() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expressions()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_231() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.EXCLAMATION)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLON)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RBRACE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_232() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expressions()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_233() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expressions()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_234() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expect(TokenType.EXCLAMATION)) != null
                    && (_i1 = name()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_235() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLON)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RBRACE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    ExprTy _tmp_236() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expressions()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_237() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expect(TokenType.EXCLAMATION)) != null
                    && (_i1 = name()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    List<ExprTy> _loop0_238() {
        enter();
        int _mark = mark();
        List<ExprTy> _list = new java.util.ArrayList<>();
        ExprTy _e;
        while (true) {
            int _m = mark();
            if ((_e = (ExprTy) (Object) fstring_format_spec()) == null) {
                reset(_m);
                break;
            }
            _list.add(_e);
        }
        leave();
        return _list;
    }

    ExprTy _tmp_239() {
        enter();
        int _mark = mark();
        ExprTy _res = null;
        boolean _cut = false;
        done: {
        {
            ExprTy _i0;
            if ((_i0 = yield_expr()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            ExprTy _i0;
            if ((_i0 = star_expressions()) != null) {
                _res = (ExprTy) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Object _tmp_240() {
        enter();
        int _mark = mark();
        Object _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            ExprTy _i1;
            if ((_i0 = expect(TokenType.EXCLAMATION)) != null
                    && (_i1 = name()) != null) {
                _res = DUMMY;
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

    Token _tmp_241() {
        enter();
        int _mark = mark();
        Token _res = null;
        boolean _cut = false;
        done: {
        {
            Token _i0;
            if ((_i0 = expect(TokenType.COLON)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        {
            Token _i0;
            if ((_i0 = expect(TokenType.RBRACE)) != null) {
                _res = (Token) (Object) (_i0);
                break done;
            }
            reset(_mark);
            if (_cut) {
                break done;
            }
        }
        }
        leave();
        return _res;
    }

}

package org.adder.parser;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import org.adder.ast.ArgTy;
import org.adder.ast.ArgumentsTy;
import org.adder.ast.CmpOpTy;
import org.adder.ast.ComprehensionTy;
import org.adder.ast.ExprContextTy;
import org.adder.ast.ExprTy;
import org.adder.ast.KeywordTy;
import org.adder.ast.ModTy;
import org.adder.ast.PatternTy;
import org.adder.ast.StmtTy;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyComplex;
import org.adder.objects.PyEllipsis;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;
import org.adder.tokenize.TokenType;

/**
 * What the grammar's actions call: building nodes from the pieces the rules collect (arguments,
 * call arguments, comparisons, strings and f-strings), setting Store/Del contexts, and raising
 * the specialised errors of the invalid_* rules.
 */
abstract class ActionHelpers extends Parser {
    ActionHelpers(ParserInput input, int memoSlots) {
        super(input, memoSlots);
    }

    // ---- intermediate values of the grammar ----

    record NameDefaultPair(ArgTy arg, ExprTy value) {
    }

    record SlashWithDefault(List<ArgTy> plainNames, List<NameDefaultPair> namesWithDefaults) {
    }

    record StarEtc(ArgTy vararg, List<NameDefaultPair> kwonlyargs, ArgTy kwarg) {
    }

    record CmpopExprPair(CmpOpTy op, ExprTy expr) {
    }

    record KeyValuePair(ExprTy key, ExprTy value) {
    }

    record KeyPatternPair(ExprTy key, PatternTy pattern) {
    }

    record KeywordOrStarred(Object element, boolean isKeyword) {
    }

    record FormatSpec(ExprTy spec, Token colon) {
    }

    enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    // ---- tokens that become nodes ----

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    final ExprTy name() {
        Token t = expect(TokenType.NAME);
        if (t == null) {
            return null;
        }
        return new ExprTy.Name(identifier(t.string), ExprContextTy.Load, t.lineno, t.colOffset, t.endLineno,
                t.endColOffset);
    }

    static String identifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return NFKC.normalize(s);
            }
        }
        return s;
    }

    final ExprTy number() {
        Token t = expect(TokenType.NUMBER);
        if (t == null) {
            return null;
        }
        PyObject value;
        try {
            value = NumberLiterals.decode(t.string);
        } catch (LiteralError e) {
            // CPython leaves the columns out rather than underline a huge literal.
            throw raiseAt(PySyntaxError.Kind.SYNTAX_ERROR, e.getMessage(), t.lineno, 0, t.endLineno, 0);
        }
        return new ExprTy.Constant(value, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    // ---- small conveniences ----

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    static <T> List<T> insertInFront(T a, List<T> rest) {
        List<T> r = new ArrayList<>((rest == null ? 0 : rest.size()) + 1);
        r.add(a);
        if (rest != null) {
            r.addAll(rest);
        }
        return r;
    }

    static <T> List<T> append(List<T> a, T b) {
        List<T> r = new ArrayList<>(a);
        r.add(b);
        return r;
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }

    static List<StmtTy> flatten(List<List<StmtTy>> a) {
        List<StmtTy> r = new ArrayList<>();
        for (List<StmtTy> l : a) {
            r.addAll(l);
        }
        return r;
    }

    static String id(ExprTy e) {
        return ((ExprTy.Name) e).id;
    }

    static List<String> ids(List<ExprTy> names) {
        List<String> r = new ArrayList<>(names.size());
        for (ExprTy e : names) {
            r.add(id(e));
        }
        return r;
    }

    final ModTy makeModule(List<StmtTy> body) {
        List<org.adder.ast.TypeIgnoreTy> ignores = new ArrayList<>();
        for (Object[] ti : input.typeIgnores) {
            ignores.add(new org.adder.ast.TypeIgnoreTy.TypeIgnore((Integer) ti[0], (String) ti[1]));
        }
        return new ModTy.Module(list(body), ignores);
    }

    final List<StmtTy> interactiveExit() {
        return null;
    }

    final String typeComment(Token tc) {
        return tc == null || !typeComments ? null : tc.string;
    }

    final ArgTy addTypeComment(ArgTy a, Token tc) {
        if (tc == null || !typeComments) {
            return a;
        }
        return new ArgTy(a.arg, a.annotation, tc.string, a.lineno, a.colOffset, a.endLineno, a.endColOffset);
    }

    static int countDots(List<Token> dots) {
        int n = 0;
        for (Token t : dots) {
            n += t.string.length();
        }
        return n;
    }

    static ExprTy joinNamesWithDot(ExprTy a, ExprTy b) {
        return new ExprTy.Name(id(a) + "." + id(b), ExprContextTy.Load, a.lineno, a.colOffset, b.endLineno,
                b.endColOffset);
    }

    static ExprTy dummyName() {
        return new ExprTy.Name("", ExprContextTy.Load, 1, 0, 1, 0);
    }

    // ---- contexts ----

    static ExprTy store(ExprTy e) {
        return setContext(e, ExprContextTy.Store);
    }

    static ExprTy del(ExprTy e) {
        return setContext(e, ExprContextTy.Del);
    }

    static ExprTy setContext(ExprTy e, ExprContextTy ctx) {
        return switch (e) {
            case ExprTy.Name n -> new ExprTy.Name(n.id, ctx, n.lineno, n.colOffset, n.endLineno, n.endColOffset);
            case ExprTy.Tuple t -> new ExprTy.Tuple(setContexts(t.elts, ctx), ctx, t.lineno, t.colOffset, t.endLineno,
                    t.endColOffset);
            case ExprTy.List t -> new ExprTy.List(setContexts(t.elts, ctx), ctx, t.lineno, t.colOffset, t.endLineno,
                    t.endColOffset);
            case ExprTy.Subscript s -> new ExprTy.Subscript(s.value, s.slice, ctx, s.lineno, s.colOffset, s.endLineno,
                    s.endColOffset);
            case ExprTy.Attribute a -> new ExprTy.Attribute(a.value, a.attr, ctx, a.lineno, a.colOffset, a.endLineno,
                    a.endColOffset);
            case ExprTy.Starred s -> new ExprTy.Starred(setContext(s.value, ctx), ctx, s.lineno, s.colOffset,
                    s.endLineno, s.endColOffset);
            default -> e;
        };
    }

    private static List<ExprTy> setContexts(List<ExprTy> elts, ExprContextTy ctx) {
        List<ExprTy> r = new ArrayList<>(elts.size());
        for (ExprTy e : elts) {
            r.add(setContext(e, ctx));
        }
        return r;
    }

    // ---- definitions ----

    static StmtTy classDefDecorators(List<ExprTy> decorators, StmtTy s) {
        StmtTy.ClassDef c = (StmtTy.ClassDef) s;
        return new StmtTy.ClassDef(c.name, c.bases, c.keywords, c.body, decorators, c.typeParams, c.lineno,
                c.colOffset, c.endLineno, c.endColOffset);
    }

    static StmtTy functionDefDecorators(List<ExprTy> decorators, StmtTy s) {
        if (s instanceof StmtTy.AsyncFunctionDef f) {
            return new StmtTy.AsyncFunctionDef(f.name, f.args, f.body, decorators, f.returns, f.typeComment,
                    f.typeParams, f.lineno, f.colOffset, f.endLineno, f.endColOffset);
        }
        StmtTy.FunctionDef f = (StmtTy.FunctionDef) s;
        return new StmtTy.FunctionDef(f.name, f.args, f.body, decorators, f.returns, f.typeComment, f.typeParams,
                f.lineno, f.colOffset, f.endLineno, f.endColOffset);
    }

    static ArgumentsTy emptyArguments() {
        return new ArgumentsTy(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    static ArgumentsTy makeArguments(List<ArgTy> slashWithoutDefault, SlashWithDefault slashWithDefault,
                                     List<ArgTy> plainNames, List<NameDefaultPair> namesWithDefault, StarEtc starEtc) {
        List<ArgTy> posonly = new ArrayList<>();
        if (slashWithoutDefault != null) {
            posonly.addAll(slashWithoutDefault);
        } else if (slashWithDefault != null) {
            posonly.addAll(slashWithDefault.plainNames());
            for (NameDefaultPair p : slashWithDefault.namesWithDefaults()) {
                posonly.add(p.arg());
            }
        }
        List<ArgTy> posargs = new ArrayList<>();
        if (plainNames != null) {
            posargs.addAll(plainNames);
        }
        if (namesWithDefault != null) {
            for (NameDefaultPair p : namesWithDefault) {
                posargs.add(p.arg());
            }
        }
        List<ExprTy> defaults = new ArrayList<>();
        if (slashWithDefault != null) {
            for (NameDefaultPair p : slashWithDefault.namesWithDefaults()) {
                defaults.add(p.value());
            }
        }
        if (namesWithDefault != null) {
            for (NameDefaultPair p : namesWithDefault) {
                defaults.add(p.value());
            }
        }
        ArgTy vararg = null;
        ArgTy kwarg = null;
        List<ArgTy> kwonly = new ArrayList<>();
        List<ExprTy> kwDefaults = new ArrayList<>();
        if (starEtc != null) {
            vararg = starEtc.vararg();
            kwarg = starEtc.kwarg();
            if (starEtc.kwonlyargs() != null) {
                for (NameDefaultPair p : starEtc.kwonlyargs()) {
                    kwonly.add(p.arg());
                    kwDefaults.add(p.value());
                }
            }
        }
        return new ArgumentsTy(posonly, posargs, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    // ---- calls ----

    static List<ExprTy> callArgs(Object call) {
        return call instanceof ExprTy.Call c ? c.args : List.of();
    }

    static List<KeywordTy> callKeywords(Object call) {
        return call instanceof ExprTy.Call c ? c.keywords : List.of();
    }

    static List<ExprTy> starredExprs(List<KeywordOrStarred> kws) {
        List<ExprTy> r = new ArrayList<>();
        for (KeywordOrStarred k : kws) {
            if (!k.isKeyword()) {
                r.add((ExprTy) k.element());
            }
        }
        return r;
    }

    static List<KeywordTy> keywords(List<KeywordOrStarred> kws) {
        List<KeywordTy> r = new ArrayList<>();
        for (KeywordOrStarred k : kws) {
            if (k.isKeyword()) {
                r.add((KeywordTy) k.element());
            }
        }
        return r;
    }

    static ExprTy collectCallSeqs(List<ExprTy> a, List<KeywordOrStarred> b, int lineno, int col, int endLineno,
                                  int endCol) {
        if (b == null) {
            return new ExprTy.Call(dummyName(), a, List.of(), lineno, col, endLineno, endCol);
        }
        return new ExprTy.Call(dummyName(), concat(a, starredExprs(b)), keywords(b), lineno, col, endLineno, endCol);
    }

    // ---- comparisons, dicts, patterns ----

    /** Which spelling of NOTEQUAL the parse accepts: {@code !=}, or under the Barry flag {@code <>} only. */
    final Token checkBarryAsFlufl(Token t) {
        if (barryAsBdfl) {
            if (!t.string.equals("<>")) {
                throw syntaxError("with Barry as BDFL, use '<>' instead of '!='");
            }
            return t;
        }
        return t.string.equals("!=") ? t : null;
    }

    static List<CmpOpTy> cmpOps(List<CmpopExprPair> pairs) {
        List<CmpOpTy> r = new ArrayList<>(pairs.size());
        for (CmpopExprPair p : pairs) {
            r.add(p.op());
        }
        return r;
    }

    static List<ExprTy> cmpExprs(List<CmpopExprPair> pairs) {
        List<ExprTy> r = new ArrayList<>(pairs.size());
        for (CmpopExprPair p : pairs) {
            r.add(p.expr());
        }
        return r;
    }

    static List<ExprTy> dictKeys(List<KeyValuePair> pairs) {
        List<ExprTy> r = new ArrayList<>();
        if (pairs != null) {
            for (KeyValuePair p : pairs) {
                r.add(p.key());
            }
        }
        return r;
    }

    static List<ExprTy> dictValues(List<KeyValuePair> pairs) {
        List<ExprTy> r = new ArrayList<>();
        if (pairs != null) {
            for (KeyValuePair p : pairs) {
                r.add(p.value());
            }
        }
        return r;
    }

    static List<ExprTy> patternKeys(List<KeyPatternPair> pairs) {
        List<ExprTy> r = new ArrayList<>(pairs.size());
        for (KeyPatternPair p : pairs) {
            r.add(p.key());
        }
        return r;
    }

    static List<PatternTy> patternValues(List<KeyPatternPair> pairs) {
        List<PatternTy> r = new ArrayList<>(pairs.size());
        for (KeyPatternPair p : pairs) {
            r.add(p.pattern());
        }
        return r;
    }

    final ExprTy ensureReal(ExprTy e) {
        if (((ExprTy.Constant) e).value instanceof PyComplex) {
            throw syntaxErrorKnownLocation(e, "real number required in complex literal");
        }
        return e;
    }

    final ExprTy ensureImaginary(ExprTy e) {
        if (!(((ExprTy.Constant) e).value instanceof PyComplex)) {
            throw syntaxErrorKnownLocation(e, "imaginary number required in complex literal");
        }
        return e;
    }

    // ---- strings and f-strings ----

    final ExprTy constantFromString(Token t) {
        PyObject value;
        try {
            value = StringLiterals.decode(t.string, m -> warn(m, t.lineno));
        } catch (LiteralError e) {
            throw syntaxErrorKnownLocation(t, e.getMessage());
        }
        return new ExprTy.Constant(value, StringLiterals.kind(t.string), t.lineno, t.colOffset, t.endLineno,
                t.endColOffset);
    }

    final ExprTy constantFromToken(Token t) {
        return new ExprTy.Constant(new PyStr(t.string), null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    final ExprTy decodedConstantFromToken(Token t) {
        PyStr v;
        try {
            v = StringLiterals.decodeFStringMiddle(t.string, false, m -> warn(m, t.lineno));
        } catch (LiteralError e) {
            throw syntaxErrorKnownLocation(t, e.getMessage());
        }
        return new ExprTy.Constant(v, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    final ExprTy checkFstringConversion(Token bang, ExprTy conv) {
        if (bang.lineno != conv.lineno || bang.endColOffset != conv.colOffset) {
            throw syntaxErrorKnownRange(bang, conv, "f-string: conversion type must come right after the exclamanation mark");
        }
        return conv;
    }

    final FormatSpec setupFullFormatSpec(Token colon, List<ExprTy> spec, int lineno, int col, int endLineno,
                                         int endCol) {
        List<ExprTy> parts = spec;
        if (parts.size() == 1 && parts.get(0) instanceof ExprTy.Constant c && c.value instanceof PyStr s
                && s.value().isEmpty()) {
            parts = List.of();
        }
        return new FormatSpec(new ExprTy.JoinedStr(parts, lineno, col, endLineno, endCol), colon);
    }

    final ExprTy formattedValue(ExprTy expression, Token debug, ExprTy conversion, FormatSpec format, Token rbrace,
                                int lineno, int col, int endLineno, int endCol) {
        int conv = debug != null && format == null ? 'r' : -1;
        if (conversion != null) {
            String id = id(conversion);
            if (id.length() != 1 || "sra".indexOf(id.charAt(0)) < 0) {
                throw syntaxErrorKnownLocation(conversion, "f-string: invalid conversion character " + PyStr.repr(id)
                        + ": expected 's', 'r', or 'a'");
            }
            conv = id.charAt(0);
        }
        ExprTy value = new ExprTy.FormattedValue(expression, conv, format == null ? null : format.spec(), lineno, col,
                endLineno, endCol);
        if (debug == null) {
            return value;
        }
        // The text of the expression with its '=' and the spaces around them, up to what follows.
        Token after = tokenAfter(debug);
        int debugEndLine;
        int debugEndCol;
        if (conversion != null) {
            debugEndLine = after.lineno;
            debugEndCol = after.colOffset + 1;
        } else if (format != null) {
            debugEndLine = format.spec().lineno;
            debugEndCol = format.spec().colOffset + 1;
        } else {
            debugEndLine = endLineno;
            debugEndCol = endCol;
        }
        String text = withoutComments(input.sourceText(lineno, col + 1, after.lineno, after.colOffset));
        ExprTy debugText = new ExprTy.Constant(new PyStr(text), null, lineno, col + 1, debugEndLine, debugEndCol - 1);
        return new ExprTy.JoinedStr(List.of(debugText, value), lineno, col, debugEndLine, debugEndCol);
    }

    /** The expression text of a debug f-string field loses its comments, as the tokenizer records it. */
    private static String withoutComments(String s) {
        if (s.indexOf('#') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < s.length()) {
                    b.append(c).append(s.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
                if (i < s.length()) {
                    b.append('\n');
                }
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private Token tokenAfter(Token t) {
        for (int i = 0; i < fill() - 1; i++) {
            if (token(i) == t) {
                return token(i + 1);
            }
        }
        return t;
    }

    final ExprTy joinedStr(Token start, List<ExprTy> items, Token end) {
        boolean raw = start.string.indexOf('r') >= 0 || start.string.indexOf('R') >= 0;
        List<ExprTy> values = new ArrayList<>();
        for (ExprTy item : items) {
            if (item instanceof ExprTy.JoinedStr j) {
                for (ExprTy v : j.values) {
                    addFstringPart(values, v, raw, end);
                }
            } else {
                addFstringPart(values, item, raw, end);
            }
        }
        return new ExprTy.JoinedStr(values, start.lineno, start.colOffset, end.endLineno, end.endColOffset);
    }

    private void addFstringPart(List<ExprTy> values, ExprTy item, boolean raw, Token end) {
        if (item instanceof ExprTy.Constant c && c.value instanceof PyStr s) {
            String text = s.value();
            if (text.equals("{{") || text.equals("}}")) {
                text = text.substring(0, 1);
            }
            PyStr value;
            try {
                value = StringLiterals.decodeFStringMiddle(text, raw, m -> warn(m, c.lineno));
            } catch (LiteralError e) {
                throw syntaxErrorKnownLocation(end, e.getMessage());
            }
            if (value.value().isEmpty()) {
                return;
            }
            item = new ExprTy.Constant(value, null, c.lineno, c.colOffset, c.endLineno, c.endColOffset);
        }
        values.add(item);
    }

    final ExprTy concatenateStrings(List<ExprTy> strings, int lineno, int col, int endLineno, int endCol) {
        boolean fstring = false;
        boolean unicode = false;
        boolean bytes = false;
        for (ExprTy e : strings) {
            if (e instanceof ExprTy.Constant c) {
                if (c.value instanceof PyBytes) {
                    bytes = true;
                } else {
                    unicode = true;
                }
            } else {
                fstring = true;
            }
        }
        if ((unicode || fstring) && bytes) {
            throw syntaxError("cannot mix bytes and nonbytes literals");
        }
        if (bytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (ExprTy e : strings) {
                out.writeBytes(((PyBytes) ((ExprTy.Constant) e).value).value());
            }
            return new ExprTy.Constant(PyBytes.of(out.toByteArray()), ((ExprTy.Constant) strings.get(0)).kind,
                    lineno, col, endLineno, endCol);
        }
        if (!fstring && strings.size() == 1) {
            return strings.get(0);
        }
        List<ExprTy> flat = new ArrayList<>();
        for (ExprTy e : strings) {
            if (e instanceof ExprTy.JoinedStr j) {
                flat.addAll(j.values);
            } else {
                flat.add(e);
            }
        }
        List<ExprTy> values = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            ExprTy elem = flat.get(i);
            if (elem instanceof ExprTy.Constant first) {
                if (i + 1 < flat.size() && flat.get(i + 1) instanceof ExprTy.Constant) {
                    List<PyStr> parts = new ArrayList<>();
                    ExprTy.Constant last = first;
                    int j = i;
                    for (; j < flat.size() && flat.get(j) instanceof ExprTy.Constant c; j++) {
                        parts.add((PyStr) c.value);
                        last = c;
                    }
                    i = j - 1;
                    elem = new ExprTy.Constant(PyStr.concat(parts), first.kind, first.lineno, first.colOffset,
                            last.endLineno, last.endColOffset);
                }
                if (fstring && ((PyStr) ((ExprTy.Constant) elem).value).value().isEmpty()) {
                    continue;
                }
            }
            values.add(elem);
        }
        if (!fstring) {
            return values.get(0);
        }
        return new ExprTy.JoinedStr(values, lineno, col, endLineno, endCol);
    }

    /** A SyntaxWarning from an action; only the first pass reports (the second would repeat it). */
    final void warn(String message, int lineno) {
        if (!callInvalidRules) {
            input.warnings.add(new org.adder.tokenize.Tokenizer.Warning("SyntaxWarning", message, lineno));
        }
    }

    // ---- errors of the invalid_* rules ----

    final Object err(String msg) {
        throw syntaxError(msg);
    }

    final Object errNext(String msg) {
        throw syntaxErrorOnNextToken(msg);
    }

    final Object indentErr(String msg) {
        throw indentationError(msg);
    }

    final Object errLocation(Object a, String msg) {
        throw syntaxErrorKnownLocation(a, msg);
    }

    final Object errRange(Object a, Object b, String msg) {
        throw syntaxErrorKnownRange(a, b, msg);
    }

    final Object errFrom(Object a, String msg) {
        throw syntaxErrorStartingFrom(a, msg);
    }

    final Object errKvpairNoColon(ExprTy a) {
        throw raiseAt(PySyntaxError.Kind.SYNTAX_ERROR, "':' expected after dictionary key", a.lineno,
                a.endColOffset, a.endLineno, 0);
    }

    final Object errInvalidTarget(TargetsType type, ExprTy e) {
        ExprTy invalid = invalidTarget(e, type);
        if (invalid == null) {
            return null;
        }
        String what = type == TargetsType.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
        throw syntaxErrorKnownLocation(invalid, what + exprName(invalid));
    }

    static ExprTy invalidTarget(ExprTy e, TargetsType type) {
        if (e == null) {
            return null;
        }
        switch (e) {
            case ExprTy.List l -> {
                for (ExprTy x : l.elts) {
                    ExprTy c = invalidTarget(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case ExprTy.Tuple l -> {
                for (ExprTy x : l.elts) {
                    ExprTy c = invalidTarget(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case ExprTy.Starred s -> {
                return type == TargetsType.DEL_TARGETS ? e : invalidTarget(s.value, type);
            }
            case ExprTy.Compare c -> {
                if (type == TargetsType.FOR_TARGETS) {
                    return c.ops.get(0) == CmpOpTy.In ? invalidTarget(c.left, type) : null;
                }
                return e;
            }
            case ExprTy.Name n -> {
                return null;
            }
            case ExprTy.Subscript s -> {
                return null;
            }
            case ExprTy.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    static String exprName(ExprTy e) {
        return switch (e) {
            case ExprTy.Attribute x -> "attribute";
            case ExprTy.Subscript x -> "subscript";
            case ExprTy.Starred x -> "starred";
            case ExprTy.Name x -> "name";
            case ExprTy.List x -> "list";
            case ExprTy.Tuple x -> "tuple";
            case ExprTy.Lambda x -> "lambda";
            case ExprTy.Call x -> "function call";
            case ExprTy.BoolOp x -> "expression";
            case ExprTy.BinOp x -> "expression";
            case ExprTy.UnaryOp x -> "expression";
            case ExprTy.GeneratorExp x -> "generator expression";
            case ExprTy.Yield x -> "yield expression";
            case ExprTy.YieldFrom x -> "yield expression";
            case ExprTy.Await x -> "await expression";
            case ExprTy.ListComp x -> "list comprehension";
            case ExprTy.SetComp x -> "set comprehension";
            case ExprTy.DictComp x -> "dict comprehension";
            case ExprTy.Dict x -> "dict literal";
            case ExprTy.Set x -> "set display";
            case ExprTy.JoinedStr x -> "f-string expression";
            case ExprTy.FormattedValue x -> "f-string expression";
            case ExprTy.Constant c -> c.value == PyNone.NONE ? "None" : c.value == PyBool.TRUE ? "True"
                    : c.value == PyBool.FALSE ? "False" : c.value == PyEllipsis.ELLIPSIS ? "ellipsis" : "literal";
            case ExprTy.Compare x -> "comparison";
            case ExprTy.IfExp x -> "conditional expression";
            case ExprTy.NamedExpr x -> "named expression";
            case ExprTy.Slice x -> "slice";
        };
    }

    static boolean isLegacyStatement(ExprTy name) {
        if (!(name instanceof ExprTy.Name n)) {
            return false;
        }
        return n.id.equals("print") || n.id.equals("exec");
    }

    static ExprTy lastComprehensionItem(List<ComprehensionTy> comps) {
        ComprehensionTy last = comps.get(comps.size() - 1);
        return last.ifs.isEmpty() ? last.iter : last.ifs.get(last.ifs.size() - 1);
    }

    final Object nonparenGenexpInCall(ExprTy args, List<ComprehensionTy> comps) {
        List<ExprTy> a = ((ExprTy.Call) args).args;
        if (a.size() <= 1) {
            return null;
        }
        throw syntaxErrorKnownRange(a.get(a.size() - 1), lastComprehensionItem(comps),
                "Generator expression must be parenthesized");
    }

    final Object argumentsParsingError(ExprTy call) {
        boolean unpacking = false;
        for (KeywordTy k : ((ExprTy.Call) call).keywords) {
            if (k.arg == null) {
                unpacking = true;
            }
        }
        throw syntaxError(unpacking ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument");
    }

}

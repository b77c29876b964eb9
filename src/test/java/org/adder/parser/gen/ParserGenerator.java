package org.adder.parser.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates {@code org.adder.parser.GeneratedParser} from {@code src/main/peg/python.gram}.
 * Each rule becomes a method returning its value or null on failure; groups, optional items and
 * repetitions become small helper methods; (memo) rules and left-recursive rules use the
 * per-token memo of {@code org.adder.parser.Parser}. Left recursion (direct only) grows a seed
 * as pegen does: the rule is re-parsed with the previous result memoized until it stops
 * consuming more tokens.
 *
 * <p>Run {@code main} with the repository root as working directory to rewrite the file.
 */
public final class ParserGenerator {
    public static final Path GRAMMAR = Path.of("src/main/peg/python.gram");
    public static final Path OUTPUT = Path.of("src/main/java/org/adder/parser/GeneratedParser.java");

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private static final Map<String, String> OPERATORS = new HashMap<>();

    static {
        String[][] ops = {{"(", "LPAR"}, {")", "RPAR"}, {"[", "LSQB"}, {"]", "RSQB"}, {":", "COLON"},
            {",", "COMMA"}, {";", "SEMI"}, {"+", "PLUS"}, {"-", "MINUS"}, {"*", "STAR"}, {"/", "SLASH"},
            {"|", "VBAR"}, {"&", "AMPER"}, {"<", "LESS"}, {">", "GREATER"}, {"=", "EQUAL"}, {".", "DOT"},
            {"%", "PERCENT"}, {"{", "LBRACE"}, {"}", "RBRACE"}, {"==", "EQEQUAL"}, {"!=", "NOTEQUAL"},
            {"<=", "LESSEQUAL"}, {">=", "GREATEREQUAL"}, {"~", "TILDE"}, {"^", "CIRCUMFLEX"},
            {"<<", "LEFTSHIFT"}, {">>", "RIGHTSHIFT"}, {"**", "DOUBLESTAR"}, {"+=", "PLUSEQUAL"},
            {"-=", "MINEQUAL"}, {"*=", "STAREQUAL"}, {"/=", "SLASHEQUAL"}, {"%=", "PERCENTEQUAL"},
            {"&=", "AMPEREQUAL"}, {"|=", "VBAREQUAL"}, {"^=", "CIRCUMFLEXEQUAL"}, {"<<=", "LEFTSHIFTEQUAL"},
            {">>=", "RIGHTSHIFTEQUAL"}, {"**=", "DOUBLESTAREQUAL"}, {"//", "DOUBLESLASH"},
            {"//=", "DOUBLESLASHEQUAL"}, {"@", "AT"}, {"@=", "ATEQUAL"}, {"->", "RARROW"}, {"...", "ELLIPSIS"},
            {":=", "COLONEQUAL"}, {"!", "EXCLAMATION"}};
        for (String[] op : ops) {
            OPERATORS.put(op[0], op[1]);
        }
    }

    /** Token names and the Java type the parser's matcher for them returns. */
    private static final Map<String, String> TOKEN_TYPES = Map.of("NAME", "ExprTy", "NUMBER", "ExprTy");

    private final Grammar grammar;
    private final Map<String, Grammar.Rule> extra = new LinkedHashMap<>();
    /** Each memoized or left-recursive rule's slot in a token's memo array. */
    private final Map<String, Integer> memoSlots = new HashMap<>();
    private final Set<String> keywordsUsed = new TreeSet<>();
    private int synthCount;
    private final StringBuilder out = new StringBuilder();

    private ParserGenerator(Grammar grammar) {
        this.grammar = grammar;
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(OUTPUT, generate(Files.readString(GRAMMAR, StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    public static String generate(String grammarText) {
        return new ParserGenerator(GrammarReader.read(grammarText)).emit();
    }

    private String emit() {
        for (Grammar.Rule r : grammar.rules.values()) {
            r.leftRecursive = r.alts.stream().anyMatch(a -> a.items.get(0).item() instanceof Grammar.Ref ref
                    && ref.name().equals(r.name));
        }
        // Synthesise helper rules for groups, repetitions and gathers (this can add more rules).
        List<Grammar.Rule> all = new ArrayList<>(grammar.rules.values());
        for (Grammar.Rule r : all) {
            for (Grammar.Alt a : r.alts) {
                lowerAlt(a);
            }
        }
        for (Grammar.Rule r : grammar.rules.values()) {
            if (r.memo || r.leftRecursive) {
                memoSlots.put(r.name, memoSlots.size());
            }
        }
        out.append("// Generated from src/main/peg/python.gram by org.adder.parser.gen.ParserGenerator; do not edit.\n");
        out.append("package org.adder.parser;\n\n");
        out.append("import java.util.List;\n");
        out.append("import org.adder.ast.*;\n");
        out.append("import org.adder.objects.PyBool;\n");
        out.append("import org.adder.objects.PyEllipsis;\n");
        out.append("import org.adder.objects.PyNone;\n");
        out.append("import org.adder.tokenize.TokenType;\n\n");
        out.append("@SuppressWarnings({\"unchecked\", \"rawtypes\", \"unused\"})\n");
        out.append("public final class GeneratedParser extends ActionHelpers {\n");
        out.append("    GeneratedParser(ParserInput input) {\n        super(input, ").append(memoSlots.size())
                .append(");\n    }\n\n");
        for (Grammar.Rule r : grammar.rules.values()) {
            emitRule(r);
        }
        for (Grammar.Rule r : extra.values()) {
            emitRule(r);
        }
        out.append("}\n");
        return out.toString();
    }

    // ---- lowering: replace nested constructs by references to synthetic rules ----

    private void lowerAlt(Grammar.Alt alt) {
        for (int i = 0; i < alt.items.size(); i++) {
            Grammar.Named n = alt.items.get(i);
            alt.items.set(i, new Grammar.Named(n.name(), n.type(), lower(n.item(), n.type())));
        }
    }

    private Grammar.Item lower(Grammar.Item item, String declared) {
        return switch (item) {
            case Grammar.Group g -> new Grammar.Ref(synth("_tmp", g.alts(), declared).name);
            case Grammar.Opt o -> new Grammar.Opt(lower(o.item(), declared));
            case Grammar.Lookahead l -> new Grammar.Lookahead(lower(l.item(), null), l.positive());
            case Grammar.Forced f -> new Grammar.Forced(lower(f.item(), null));
            case Grammar.Repeat rep -> {
                Grammar.Item inner = lower(rep.item(), elementType(declared));
                Grammar.Alt a = new Grammar.Alt();
                a.items.add(new Grammar.Named("_e", null, inner));
                Grammar.Rule r = synthRule(rep.atLeastOne() ? "_loop1" : "_loop0", List.of(a));
                r.type = "List<" + boxed(typeOf(inner)) + ">";
                yield new Grammar.Ref(r.name);
            }
            case Grammar.Gather ga -> {
                Grammar.Item sep = lower(ga.separator(), null);
                Grammar.Item elem = lower(ga.element(), elementType(declared));
                Grammar.Alt a = new Grammar.Alt();
                a.items.add(new Grammar.Named("_s", null, sep));
                a.items.add(new Grammar.Named("_e", null, elem));
                Grammar.Rule r = synthRule("_gather", List.of(a));
                r.type = "List<" + boxed(typeOf(elem)) + ">";
                yield new Grammar.Ref(r.name);
            }
            default -> item;
        };
    }

    private static String elementType(String declared) {
        if (declared != null && declared.startsWith("List<") && declared.endsWith(">")) {
            return declared.substring(5, declared.length() - 1);
        }
        return null;
    }

    private Grammar.Rule synth(String prefix, List<Grammar.Alt> alts, String declared) {
        for (Grammar.Alt a : alts) {
            lowerAlt(a);
        }
        Grammar.Rule r = synthRule(prefix, alts);
        r.type = declared != null ? declared : inferType(alts);
        return r;
    }

    private Grammar.Rule synthRule(String prefix, List<Grammar.Alt> alts) {
        Grammar.Rule r = new Grammar.Rule(prefix + "_" + (synthCount++), null, false, alts, true);
        extra.put(r.name, r);
        return r;
    }

    private String inferType(List<Grammar.Alt> alts) {
        String common = null;
        for (Grammar.Alt a : alts) {
            String t;
            if (a.action == null) {
                List<Grammar.Named> values = valueItems(a);
                t = values.size() == 1 ? typeOf(values.get(0).item()) : "Object";
            } else {
                t = "Object";
                for (Grammar.Named n : a.items) {
                    if (n.name() != null && n.name().equals(a.action)) {
                        t = n.type() != null ? n.type() : typeOf(n.item());
                    }
                }
            }
            if (common == null) {
                common = t;
            } else if (!common.equals(t)) {
                common = commonSuper(common, t);
            }
        }
        return common;
    }

    private static String commonSuper(String a, String b) {
        String sa = a.contains(".") ? a.substring(0, a.indexOf('.')) : a;
        String sb = b.contains(".") ? b.substring(0, b.indexOf('.')) : b;
        return sa.equals(sb) ? sa : "Object";
    }

    private static List<Grammar.Named> valueItems(Grammar.Alt a) {
        List<Grammar.Named> v = new ArrayList<>();
        for (Grammar.Named n : a.items) {
            if (!(n.item() instanceof Grammar.Lookahead) && !(n.item() instanceof Grammar.Cut)) {
                v.add(n);
            }
        }
        return v;
    }

    private String typeOf(Grammar.Item item) {
        return switch (item) {
            case Grammar.Ref ref -> {
                if (isToken(ref.name())) {
                    yield TOKEN_TYPES.getOrDefault(ref.name(), "Token");
                }
                Grammar.Rule r = rule(ref.name());
                yield r.type == null ? "Object" : r.type;
            }
            case Grammar.Literal l -> "Token";
            case Grammar.Opt o -> typeOf(o.item());
            case Grammar.Forced f -> typeOf(f.item());
            default -> "Object";
        };
    }

    private Grammar.Rule rule(String name) {
        Grammar.Rule r = grammar.rules.get(name);
        if (r == null) {
            r = extra.get(name);
        }
        if (r == null) {
            throw new IllegalArgumentException("unknown rule " + name);
        }
        return r;
    }

    private boolean isToken(String name) {
        return !grammar.rules.containsKey(name) && !extra.containsKey(name) && name.equals(name.toUpperCase());
    }

    private static String boxed(String t) {
        return switch (t) {
            case "int" -> "Integer";
            case "boolean" -> "Boolean";
            default -> t;
        };
    }

    // ---- emission ----

    private String type(Grammar.Rule r) {
        return r.type == null ? "Object" : r.type;
    }

    private void emitRule(Grammar.Rule r) {
        String t = type(r);
        int id = memoSlots.getOrDefault(r.name, -1);
        if (r.name.startsWith("_loop") || r.name.startsWith("_gather")) {
            emitLoop(r);
            return;
        }
        boolean noInvalid = r.name.endsWith("_without_invalid");
        if (r.leftRecursive) {
            out.append("    ").append(t).append(" ").append(method(r.name)).append("() {\n");
            out.append("        enter();\n");
            out.append("        int _mark = mark();\n");
            out.append("        Memo _m = memo(_mark, ").append(id).append(");\n");
            out.append("        if (_m != null) {\n            leave();\n            return (").append(t)
                    .append(") _m.value;\n        }\n");
            out.append("        Memo _seed = memoize(_mark, ").append(id).append(", null);\n");
            out.append("        ").append(t).append(" _result = null;\n");
            out.append("        int _resultMark = _mark;\n");
            out.append("        while (true) {\n");
            out.append("            _seed.value = _result;\n            _seed.end = _resultMark;\n");
            out.append("            reset(_mark);\n");
            out.append("            ").append(t).append(" _raw = ").append(r.name).append("_raw();\n");
            out.append("            if (_raw == null || mark() <= _resultMark) {\n                break;\n            }\n");
            out.append("            _result = _raw;\n            _resultMark = mark();\n");
            out.append("        }\n");
            out.append("        reset(_resultMark);\n");
            out.append("        leave();\n");
            out.append("        return _result;\n    }\n\n");
            emitBody(r, r.name + "_raw", false, -1, noInvalid);
        } else {
            emitBody(r, method(r.name), r.memo, id, noInvalid);
        }
    }

    private void emitBody(Grammar.Rule r, String method, boolean memo, int id, boolean noInvalid) {
        String t = type(r);
        out.append("    ").append(t).append(" ").append(method).append("() {\n");
        out.append("        enter();\n");
        out.append("        int _mark = mark();\n");
        if (memo) {
            out.append("        Memo _m = memo(_mark, ").append(id).append(");\n");
            out.append("        if (_m != null) {\n            leave();\n            return (").append(t)
                    .append(") _m.value;\n        }\n");
        }
        if (noInvalid) {
            out.append("        boolean _savedInvalid = callInvalidRules;\n        callInvalidRules = false;\n");
            out.append("        try {\n");
        }
        out.append("        ").append(t).append(" _res = null;\n");
        out.append("        boolean _cut = false;\n");
        if (r.alts.stream().anyMatch(a -> a.action != null && a.action.contains("EXTRA"))) {
            // Only rules that make located nodes read a token on entry (as pegen's do).
            out.append("        Token _start = peekStart();\n");
        }
        out.append("        done: {\n");
        for (Grammar.Alt a : r.alts) {
            emitAlt(r, a);
        }
        out.append("        }\n");
        if (memo) {
            out.append("        memoize(_mark, ").append(id).append(", _res);\n");
        }
        out.append("        leave();\n");
        out.append("        return _res;\n");
        if (noInvalid) {
            out.append("        } finally {\n            callInvalidRules = _savedInvalid;\n        }\n");
        }
        out.append("    }\n\n");
    }

    private void emitAlt(Grammar.Rule r, Grammar.Alt a) {
        String t = type(r);
        out.append("        {\n");
        List<String> conds = new ArrayList<>();
        boolean needsInvalid = false;
        int k = 0;
        Map<String, String> localTypes = new LinkedHashMap<>();
        List<String> locals = new ArrayList<>();
        for (Grammar.Named n : a.items) {
            Grammar.Item item = n.item();
            if (item instanceof Grammar.Ref ref && ref.name().startsWith("invalid_")) {
                needsInvalid = true;
            }
            if (item instanceof Grammar.Cut) {
                conds.add("(_cut = true)");
                continue;
            }
            if (item instanceof Grammar.Lookahead l) {
                conds.add("lookahead(mark(), " + call(l.item()) + " != null, " + l.positive() + ")");
                continue;
            }
            String var = n.name() != null ? n.name() : "_i" + k;
            k++;
            String vt = n.type() != null ? n.type() : typeOf(item);
            locals.add(var);
            localTypes.put(var, vt);
            String cast = n.type() != null ? "(" + n.type() + ") (Object) " : "";
            if (item instanceof Grammar.Opt o) {
                conds.add("opt(" + var + " = " + cast + call(o.item()) + ")");
            } else if (item instanceof Grammar.Forced f) {
                conds.add("(" + var + " = " + cast + "forced(" + call(f.item()) + ", " + javaString(describe(f.item()))
                        + ")) != null");
            } else {
                conds.add("(" + var + " = " + cast + call(item) + ") != null");
            }
        }
        for (String v : locals) {
            out.append("            ").append(localTypes.get(v)).append(" ").append(v).append(";\n");
        }
        if (needsInvalid) {
            conds.add(0, "callInvalidRules");
        }
        out.append("            if (").append(String.join("\n                    && ", conds)).append(") {\n");
        String value;
        if (a.action != null) {
            value = expandAction(a.action);
            if (a.action.contains("EXTRA")) {
                out.append("                Token _end = lastNonWhitespaceToken();\n");
            }
        } else {
            List<Grammar.Named> values = valueItems(a);
            if (values.size() == 1) {
                int idx = a.items.indexOf(values.get(0));
                value = locals.get(locals.size() == 1 ? 0 : localIndex(a, idx));
            } else if (t.equals("Object")) {
                value = "DUMMY";
            } else {
                throw new IllegalArgumentException("rule " + r.name + ": alternative without action needs one value");
            }
        }
        String castValue = t.equals("Object") ? value : "(" + t + ") (Object) (" + value + ")";
        out.append("                _res = ").append(castValue).append(";\n");
        out.append("                break done;\n");
        out.append("            }\n");
        out.append("            reset(_mark);\n");
        out.append("            if (_cut) {\n                break done;\n            }\n");
        out.append("        }\n");
    }

    private static int localIndex(Grammar.Alt a, int itemIndex) {
        int k = 0;
        for (int i = 0; i < itemIndex; i++) {
            Grammar.Item it = a.items.get(i).item();
            if (!(it instanceof Grammar.Lookahead) && !(it instanceof Grammar.Cut)) {
                k++;
            }
        }
        return k;
    }

    private static String expandAction(String action) {
        return action.replaceAll("\\bEXTRA\\b", "_start.lineno, _start.colOffset, _end.endLineno, _end.endColOffset");
    }

    private static String describe(Grammar.Item item) {
        if (item instanceof Grammar.Literal l) {
            return "'" + l.text() + "'";
        }
        if (item instanceof Grammar.Ref ref) {
            return ref.name();
        }
        return "item";
    }

    private static String javaString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A Java expression that tries {@code item} and yields its value or null. */
    private String call(Grammar.Item item) {
        return switch (item) {
            case Grammar.Ref ref -> {
                if (isToken(ref.name())) {
                    yield switch (ref.name()) {
                        case "NAME" -> "name()";
                        case "NUMBER" -> "number()";
                        case "SOFT_KEYWORD" -> "softKeyword()";
                        default -> "expect(TokenType." + ref.name() + ")";
                    };
                }
                yield method(ref.name()) + "()";
            }
            case Grammar.Literal l -> {
                if (l.soft()) {
                    yield "expectSoftKeyword(" + javaString(l.text()) + ")";
                }
                if (KEYWORDS.contains(l.text())) {
                    keywordsUsed.add(l.text());
                    yield "expectKeyword(Keywords." + keywordConstant(l.text()) + ")";
                }
                String op = OPERATORS.get(l.text());
                if (op == null) {
                    throw new IllegalArgumentException("unknown literal " + l.text());
                }
                yield "expect(TokenType." + op + ")";
            }
            case Grammar.Opt o -> call(o.item());
            case Grammar.Forced f -> call(f.item());
            default -> throw new IllegalArgumentException("unexpected item " + item);
        };
    }

    private static final Set<String> JAVA_RESERVED = Set.of("default", "assert", "import", "class", "if", "else",
            "for", "while", "try", "return", "break", "continue", "case", "switch", "new", "this", "super");

    /** The Java method for a rule: its name, unless that is a Java reserved word. */
    static String method(String rule) {
        return JAVA_RESERVED.contains(rule) ? rule + "_rule" : rule;
    }

    static String keywordConstant(String kw) {
        return "KW_" + kw.toUpperCase();
    }

    private void emitLoop(Grammar.Rule r) {
        String t = type(r);
        String elemType = t.substring(5, t.length() - 1);
        Grammar.Alt a = r.alts.get(0);
        boolean gather = r.name.startsWith("_gather");
        boolean one = r.name.startsWith("_loop1") || gather;
        Grammar.Item elem = gather ? a.items.get(1).item() : a.items.get(0).item();
        String cast = "(" + elemType + ") (Object) ";
        out.append("    ").append(t).append(" ").append(r.name).append("() {\n");
        out.append("        enter();\n");
        out.append("        int _mark = mark();\n");
        out.append("        List<").append(elemType).append("> _list = new java.util.ArrayList<>();\n");
        out.append("        ").append(elemType).append(" _e;\n");
        if (gather) {
            out.append("        if ((_e = ").append(cast).append(call(elem)).append(") == null) {\n");
            out.append("            reset(_mark);\n            leave();\n            return null;\n        }\n");
            out.append("        _list.add(_e);\n");
            out.append("        while (true) {\n");
            out.append("            int _m = mark();\n");
            out.append("            if (").append(call(a.items.get(0).item())).append(" == null || (_e = ").append(cast)
                    .append(call(elem)).append(") == null) {\n");
            out.append("                reset(_m);\n                break;\n            }\n");
            out.append("            _list.add(_e);\n        }\n");
        } else {
            out.append("        while (true) {\n");
            out.append("            int _m = mark();\n");
            out.append("            if ((_e = ").append(cast).append(call(elem)).append(") == null) {\n");
            out.append("                reset(_m);\n                break;\n            }\n");
            out.append("            _list.add(_e);\n        }\n");
            if (one) {
                out.append("        if (_list.isEmpty()) {\n            reset(_mark);\n            leave();\n"
                        + "            return null;\n        }\n");
            }
        }
        out.append("        leave();\n");
        out.append("        return _list;\n    }\n\n");
    }
}

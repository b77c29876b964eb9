package org.adder.tour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adder.tour.TourData.AstNode;
import org.adder.tour.TourData.AstPart;
import org.adder.tour.TourData.Block;
import org.adder.tour.TourData.CodeView;
import org.adder.tour.TourData.Field;
import org.adder.tour.TourData.Instruction;
import org.adder.tour.TourData.Span;
import org.adder.tour.TourData.Stage;
import org.adder.tour.TourData.Symbol;
import org.adder.tour.TourData.TokenView;
import org.adder.tour.TourData.TourError;

/** Reads the tour's JSON (as tour_data.py writes it from CPython) back into a {@link TourData}. */
final class TourJsonReader {
    private final String s;
    private int i;

    private TourJsonReader(String s) {
        this.s = s;
    }

    static TourData read(String json) {
        TourJsonReader r = new TourJsonReader(json);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) r.value();
        return tour(m);
    }

    /** Plain JSON: objects as ordered maps, arrays as lists, numbers as Long. */
    static Object parse(String json) {
        return new TourJsonReader(json).value();
    }

    // ---- JSON ----------------------------------------------------------------------------------

    private Object value() {
        ws();
        char c = s.charAt(i);
        switch (c) {
            case '{' -> {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    i++; // ':'
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            case '[' -> {
                i++;
                List<Object> l = new ArrayList<>();
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            case '"' -> {
                return string();
            }
            default -> {
                if (s.startsWith("null", i)) {
                    i += 4;
                    return null;
                } else if (s.startsWith("true", i)) {
                    i += 4;
                    return Boolean.TRUE;
                } else if (s.startsWith("false", i)) {
                    i += 5;
                    return Boolean.FALSE;
                }
                int start = i;
                while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                return Long.parseLong(s.substring(start, i));
            }
        }
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    // ---- the model -------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static TourData tour(Map<String, Object> m) {
        List<TokenView> tokens = null;
        if (m.get("tokens") != null) {
            tokens = new ArrayList<>();
            for (Object o : (List<Object>) m.get("tokens")) {
                Map<String, Object> t = (Map<String, Object>) o;
                tokens.add(new TokenView(num(t.get("type")), (String) t.get("name"), (String) t.get("exact"),
                        (String) t.get("string"), span(t.get("span")), (String) t.get("repr")));
            }
        }
        AstPart ast = null;
        if (m.get("ast") != null) {
            Map<String, Object> a = (Map<String, Object>) m.get("ast");
            ast = new AstPart(node((Map<String, Object>) a.get("tree")), (String) a.get("dump"));
        }
        Block symtable = m.get("symtable") == null ? null : block((Map<String, Object>) m.get("symtable"));
        List<CodeView> code = null;
        if (m.get("code") != null) {
            code = new ArrayList<>();
            for (Object o : (List<Object>) m.get("code")) {
                code.add(code((Map<String, Object>) o));
            }
        }
        TourError error = null;
        if (m.get("error") != null) {
            Map<String, Object> e = (Map<String, Object>) m.get("error");
            error = new TourError(Stage.valueOf(((String) e.get("stage")).toUpperCase(java.util.Locale.ROOT)),
                    (String) e.get("report"), span(e.get("span")));
        }
        return new TourData((String) m.get("file"), (String) m.get("source"), tokens, ast, symtable, code, error);
    }

    @SuppressWarnings("unchecked")
    private static AstNode node(Map<String, Object> n) {
        List<Field> fields = new ArrayList<>();
        for (Object o : (List<Object>) n.get("f")) {
            List<Object> f = (List<Object>) o;
            fields.add(new Field((String) f.get(0), fieldValue(f.get(1))));
        }
        return new AstNode((String) n.get("t"), n.containsKey("p") ? span(n.get("p")) : null, fields);
    }

    @SuppressWarnings("unchecked")
    private static Object fieldValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return node((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(TourJsonReader::fieldValue).toList();
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Block block(Map<String, Object> b) {
        List<Symbol> symbols = new ArrayList<>();
        for (Object o : (List<Object>) b.get("symbols")) {
            Map<String, Object> s = (Map<String, Object>) o;
            symbols.add(new Symbol((String) s.get("name"), (String) s.get("scope"), strings(s.get("flags"))));
        }
        List<Block> children = new ArrayList<>();
        for (Object o : (List<Object>) b.get("children")) {
            children.add(block((Map<String, Object>) o));
        }
        return new Block((String) b.get("type"), (String) b.get("name"), num(b.get("lineno")),
                (Boolean) b.get("nested"), (Boolean) b.get("optimized"), strings(b.get("identifiers")), symbols,
                children);
    }

    @SuppressWarnings("unchecked")
    private static CodeView code(Map<String, Object> c) {
        List<Instruction> instructions = new ArrayList<>();
        for (Object o : (List<Object>) c.get("instructions")) {
            Map<String, Object> x = (Map<String, Object>) o;
            instructions.add(new Instruction(num(x.get("offset")), (String) x.get("opname"), num(x.get("arg")),
                    (String) x.get("argrepr"), num(x.get("line")), (Boolean) x.get("target"), num(x.get("jump")),
                    span(x.get("pos"))));
        }
        return new CodeView(num(c.get("depth")), (String) c.get("name"), (String) c.get("qualname"),
                (String) c.get("filename"), num(c.get("firstlineno")), num(c.get("argcount")),
                num(c.get("posonlyargcount")), num(c.get("kwonlyargcount")), num(c.get("nlocals")),
                num(c.get("stacksize")), num(c.get("flags")), strings(c.get("varnames")), strings(c.get("cellvars")),
                strings(c.get("freevars")), strings(c.get("names")), strings(c.get("consts")), (String) c.get("repr"),
                (String) c.get("dis"), instructions);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return (List<String>) o;
    }

    private static int num(Object o) {
        return o == null ? -1 : ((Long) o).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Span span(Object o) {
        if (o == null) {
            return null;
        }
        List<Object> l = (List<Object>) o;
        return new Span(num(l.get(0)), num(l.get(1)), num(l.get(2)), num(l.get(3)));
    }
}

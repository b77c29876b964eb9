package org.adder.tour;

import java.util.List;
import org.adder.tour.TourData.AstNode;
import org.adder.tour.TourData.Block;
import org.adder.tour.TourData.CodeView;
import org.adder.tour.TourData.Field;
import org.adder.tour.TourData.Instruction;
import org.adder.tour.TourData.Span;
import org.adder.tour.TourData.Symbol;
import org.adder.tour.TourData.TokenView;

/**
 * {@link TourData} as JSON, the form the HTML page embeds. Keys are short because a 2,000-line
 * program has tens of thousands of tokens and nodes. Spans are {@code [line, col, endLine,
 * endCol]} with {@code null} for a missing component; a missing part is {@code null}.
 * The tests' CPython script (tour_data.py) writes the same shape.
 */
public final class TourJson {
    private final StringBuilder out = new StringBuilder(1 << 16);
    /** Leaves out what the page does not show (token reprs, dis listings): a third of a large page. */
    private final boolean forPage;

    private TourJson(boolean forPage) {
        this.forPage = forPage;
    }

    public static String write(TourData d) {
        TourJson j = new TourJson(false);
        j.tour(d);
        return j.out.toString();
    }

    /** The JSON the HTML page embeds: everything but token reprs and dis listings. */
    public static String forPage(TourData d) {
        TourJson j = new TourJson(true);
        j.tour(d);
        return j.out.toString();
    }

    /** A JSON string literal; also escapes what would end an HTML script element. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        quote(b, s);
        return b.toString();
    }

    private void tour(TourData d) {
        out.append("{\"file\":");
        str(d.filename());
        out.append(",\n\"source\":");
        str(d.source());
        out.append(",\n\"tokens\":");
        if (d.tokens() == null) {
            out.append("null");
        } else {
            out.append('[');
            String sep = "";
            for (TokenView t : d.tokens()) {
                out.append(sep).append('\n');
                sep = ",";
                token(t);
            }
            out.append(']');
        }
        out.append(",\n\"ast\":");
        if (d.ast() == null) {
            out.append("null");
        } else {
            out.append("{\"dump\":");
            str(d.ast().dump());
            out.append(",\n\"tree\":");
            node(d.ast().tree());
            out.append('}');
        }
        out.append(",\n\"symtable\":");
        if (d.symtable() == null) {
            out.append("null");
        } else {
            block(d.symtable());
        }
        out.append(",\n\"code\":");
        if (d.code() == null) {
            out.append("null");
        } else {
            out.append('[');
            String sep = "";
            for (CodeView c : d.code()) {
                out.append(sep).append('\n');
                sep = ",";
                code(c);
            }
            out.append(']');
        }
        out.append(",\n\"error\":");
        if (d.error() == null) {
            out.append("null");
        } else {
            out.append("{\"stage\":");
            str(d.error().stage().name().toLowerCase(java.util.Locale.ROOT));
            out.append(",\"report\":");
            str(d.error().report());
            out.append(",\"span\":");
            span(d.error().span());
            out.append('}');
        }
        out.append("}\n");
    }

    private void token(TokenView t) {
        out.append("{\"type\":").append(t.type()).append(",\"name\":");
        str(t.name());
        out.append(",\"exact\":");
        str(t.exact());
        out.append(",\"string\":");
        str(t.string());
        out.append(",\"span\":");
        span(t.span());
        if (!forPage) {
            out.append(",\"repr\":");
            str(t.repr());
        }
        out.append('}');
    }

    private void node(AstNode n) {
        out.append("{\"t\":");
        str(n.type());
        if (n.pos() != null) {
            out.append(",\"p\":");
            span(n.pos());
        }
        out.append(",\"f\":[");
        String sep = "";
        for (Field f : n.fields()) {
            out.append(sep).append('[');
            sep = ",";
            str(f.name());
            out.append(',');
            value(f.value());
            out.append(']');
        }
        out.append("]}");
    }

    private void value(Object v) {
        if (v instanceof AstNode n) {
            node(n);
        } else if (v instanceof List<?> list) {
            out.append('[');
            String sep = "";
            for (Object o : list) {
                out.append(sep);
                sep = ",";
                value(o);
            }
            out.append(']');
        } else {
            str(String.valueOf(v));
        }
    }

    private void block(Block b) {
        out.append("{\"type\":");
        str(b.type());
        out.append(",\"name\":");
        str(b.name());
        out.append(",\"lineno\":").append(b.lineno())
                .append(",\"nested\":").append(b.nested())
                .append(",\"optimized\":").append(b.optimized())
                .append(",\"identifiers\":");
        strings(b.identifiers());
        out.append(",\"symbols\":[");
        String sep = "";
        for (Symbol s : b.symbols()) {
            out.append(sep).append("{\"name\":");
            sep = ",";
            str(s.name());
            out.append(",\"scope\":");
            str(s.scope());
            out.append(",\"flags\":");
            strings(s.flags());
            out.append('}');
        }
        out.append("],\"children\":[");
        sep = "";
        for (Block c : b.children()) {
            out.append(sep).append('\n');
            sep = ",";
            block(c);
        }
        out.append("]}");
    }

    private void code(CodeView c) {
        out.append("{\"depth\":").append(c.depth()).append(",\"name\":");
        str(c.name());
        out.append(",\"qualname\":");
        str(c.qualname());
        out.append(",\"filename\":");
        str(c.filename());
        out.append(",\"firstlineno\":").append(c.firstlineno())
                .append(",\"argcount\":").append(c.argcount())
                .append(",\"posonlyargcount\":").append(c.posonlyargcount())
                .append(",\"kwonlyargcount\":").append(c.kwonlyargcount())
                .append(",\"nlocals\":").append(c.nlocals())
                .append(",\"stacksize\":").append(c.stacksize())
                .append(",\"flags\":").append(c.flags())
                .append(",\"varnames\":");
        strings(c.varnames());
        out.append(",\"cellvars\":");
        strings(c.cellvars());
        out.append(",\"freevars\":");
        strings(c.freevars());
        out.append(",\"names\":");
        strings(c.names());
        out.append(",\"consts\":");
        strings(c.consts());
        out.append(",\"repr\":");
        str(c.repr());
        if (!forPage) {
            out.append(",\"dis\":");
            str(c.dis());
        }
        out.append(",\"instructions\":[");
        String sep = "";
        for (Instruction i : c.instructions()) {
            out.append(sep).append("\n{\"offset\":").append(i.offset()).append(",\"opname\":");
            sep = ",";
            str(i.opname());
            out.append(",\"arg\":");
            optional(i.arg());
            out.append(",\"argrepr\":");
            str(i.argrepr());
            out.append(",\"line\":");
            optional(i.line());
            out.append(",\"target\":").append(i.isJumpTarget()).append(",\"jump\":");
            optional(i.jumpTarget());
            out.append(",\"pos\":");
            span(i.positions());
            out.append('}');
        }
        out.append("]}");
    }

    private void span(Span s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('[');
        optional(s.line());
        out.append(',');
        optional(s.col());
        out.append(',');
        optional(s.endLine());
        out.append(',');
        optional(s.endCol());
        out.append(']');
    }

    private void optional(int v) {
        if (v < 0) {
            out.append("null");
        } else {
            out.append(v);
        }
    }

    private void strings(List<String> list) {
        out.append('[');
        String sep = "";
        for (String s : list) {
            out.append(sep);
            sep = ",";
            str(s);
        }
        out.append(']');
    }

    private void str(String s) {
        if (s == null) {
            out.append("null");
        } else {
            quote(out, s);
        }
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                // "</script" and "<!--" must not appear inside the page's script element
                case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}

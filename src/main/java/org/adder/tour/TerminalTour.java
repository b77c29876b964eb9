package org.adder.tour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.adder.objects.PyStr;
import org.adder.tour.TourData.AstNode;
import org.adder.tour.TourData.Block;
import org.adder.tour.TourData.CodeView;
import org.adder.tour.TourData.Field;
import org.adder.tour.TourData.Stage;
import org.adder.tour.TourData.Symbol;
import org.adder.tour.TourData.TokenView;

/**
 * The tour as text: the notebook's sections in its order, each a heading, what the stage does,
 * what to notice in this program, then the stage's output as CPython's own tools print it.
 */
public final class TerminalTour {
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-fA-F]+");

    /** dis.COMPILER_FLAG_NAMES, by bit. */
    private static final String[] FLAG_NAMES = {"OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED",
        "GENERATOR", "NOFREE", "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"};

    private final Terminal term;
    private final boolean hideAddresses;
    /** Only each stage's own output: no headings, explanations or notes (what the tests compare). */
    private final boolean bodyOnly;
    private final StringBuilder out = new StringBuilder();

    private TerminalTour(Terminal term, boolean hideAddresses, boolean bodyOnly) {
        this.term = term;
        this.hideAddresses = hideAddresses;
        this.bodyOnly = bodyOnly;
    }

    /** The whole tour; the error report, if any, is not included (it goes to stderr). */
    public static String render(TourData d, Terminal term, boolean hideAddresses) {
        TerminalTour t = new TerminalTour(term, hideAddresses, false);
        for (Section s : Section.values()) {
            t.section(s, d);
        }
        return t.out.toString();
    }

    /** One section's stage output alone, in plain text. */
    public static String body(Section s, TourData d, boolean hideAddresses) {
        TerminalTour t = new TerminalTour(new Terminal(false, 80), hideAddresses, true);
        t.content(s, d);
        return t.out.toString();
    }

    /** Object addresses replaced, so that output can be compared run to run. */
    public static String withoutAddresses(String text) {
        return ADDRESS.matcher(text).replaceAll(" at 0x...");
    }

    // ---- the sections --------------------------------------------------------------------------

    private void section(Section s, TourData d) {
        out.append(term.heading(s.ordinal() + 1, s.title)).append("\n\n");
        for (String line : term.wrap(s.explanation)) {
            out.append(term.dim(line)).append('\n');
        }
        out.append('\n');
        content(s, d);
        out.append('\n');
    }

    private void content(Section s, TourData d) {
        switch (s) {
            case SOURCE -> source(d);
            case TOKENS -> stage(d, Stage.TOKENS, "tokenizer", () -> tokens(d));
            case AST -> stage(d, Stage.AST, "parser", () -> ast(d));
            case SYMTABLE -> stage(d, Stage.SYMTABLE, "symbol table pass", () -> symtable(d.symtable()));
            case CODE -> stage(d, Stage.CODE, "compiler", () -> code(d.code()));
            case DIS -> stage(d, Stage.CODE, "compiler", () -> dis(d.code()));
            case RUN -> out.append("Adder has no virtual machine yet: running the program is the next stage.\n");
        }
    }

    private void stage(TourData d, Stage stage, String builder, Runnable body) {
        if (d.has(stage)) {
            body.run();
        } else if (d.error() != null && stage == Stage.TOKENS) {
            // the parser's error is the one reported; the tokenize module stopped on its own account
            out.append(term.error("The tokenize module stops early on this file; see the error at the end."))
                    .append('\n');
        } else if (d.error() != null && d.error().stage() == stage) {
            out.append(term.error("This stage stopped with the error reported at the end.")).append('\n');
        } else if (d.error() != null && d.error().stage().ordinal() < stage.ordinal()) {
            out.append("Not reached: an earlier stage stopped with the error reported at the end.\n");
        } else {
            out.append("Not built yet: Adder's ").append(builder).append(" is still to come.\n");
        }
    }

    private void notice(String text) {
        if (bodyOnly) {
            return;
        }
        for (String line : term.wrap(text)) {
            out.append(term.bold(line)).append('\n');
        }
        out.append('\n');
    }

    private void source(TourData d) {
        String[] lines = lines(d.source());
        notice("This program: " + count(lines.length, "line") + ", " + count(d.source().length(), "character")
                + ".");
        int width = String.valueOf(lines.length).length();
        for (int i = 0; i < lines.length; i++) {
            String n = String.valueOf(i + 1);
            String gutter = " ".repeat(width - n.length()) + n + (lines[i].isEmpty() ? " |" : " | ");
            out.append(term.dim(gutter)).append(lines[i]).append('\n');
        }
    }

    private void tokens(TourData d) {
        List<TokenView> tokens = d.tokens();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TokenView t : tokens) {
            counts.merge(t.name(), 1, Integer::sum);
        }
        StringBuilder n = new StringBuilder("This program: " + count(tokens.size(), "token") + ". ");
        n.append(counts.getOrDefault("NEWLINE", 0)).append(" NEWLINE end logical lines; ")
                .append(counts.getOrDefault("NL", 0)).append(" NL end lines that end no statement (blank lines, "
                + "comments, lines inside brackets)");
        if (counts.containsKey("INDENT")) {
            n.append("; ").append(counts.get("INDENT")).append(" INDENT and ").append(counts.get("DEDENT"))
                    .append(" DEDENT open and close blocks");
        }
        notice(n.append('.').toString());
        for (TokenView t : tokens) {
            out.append(t.repr()).append('\n');
        }
    }

    private void ast(TourData d) {
        int[] nodes = {0};
        countNodes(d.ast().tree(), nodes);
        List<String> top = new ArrayList<>();
        for (Field f : d.ast().tree().fields()) {
            if (f.name().equals("body") && f.value() instanceof List<?> body) {
                for (Object o : body) {
                    if (o instanceof AstNode a) {
                        top.add(a.type());
                    }
                }
            }
        }
        notice("This program: " + count(nodes[0], "node") + "; the module's body holds "
                + (top.isEmpty() ? "nothing" : String.join(", ", top)) + ".");
        out.append(d.ast().dump()).append('\n');
    }

    private static void countNodes(AstNode n, int[] count) {
        count[0]++;
        for (Field f : n.fields()) {
            countValue(f.value(), count);
        }
    }

    private static void countValue(Object v, int[] count) {
        if (v instanceof AstNode a) {
            countNodes(a, count);
        } else if (v instanceof List<?> list) {
            for (Object o : list) {
                countValue(o, count);
            }
        }
    }

    private void symtable(Block module) {
        List<Block> all = new ArrayList<>();
        flatten(module, all);
        List<String> shared = new ArrayList<>();
        for (Block b : all) {
            for (Symbol s : b.symbols()) {
                if (s.scope().equals("cell") || s.scope().equals("free")) {
                    shared.add(s.name() + " is " + s.scope() + " in " + b.name());
                }
            }
        }
        notice("This program: " + count(all.size(), "block") + "."
                + (shared.isEmpty() ? " No name is shared between functions through a closure."
                : " Closures: " + String.join(", ", shared) + "."));
        // The notebook's summary: the module, then each of its children.
        out.append("type: ").append(module.type()).append('\n');
        out.append("names: ").append(dictKeys(module.identifiers())).append('\n');
        for (Block child : module.children()) {
            out.append('\n');
            out.append("Child block: ").append(child.name()).append("  type: ").append(child.type()).append('\n');
            out.append("  locals: ").append(dictKeys(child.identifiers())).append('\n');
        }
        out.append('\n').append(term.bold("Every block, each name with its scope and flags:")).append('\n');
        block(module, 0);
    }

    private static void flatten(Block b, List<Block> into) {
        into.add(b);
        for (Block c : b.children()) {
            flatten(c, into);
        }
    }

    /** One block and its children as the symtable oracle prints them. */
    private void block(Block b, int depth) {
        String indent = "  ".repeat(depth);
        out.append(indent).append("block ").append(b.type()).append(' ').append(PyStr.repr(b.name()))
                .append(" line ").append(b.lineno()).append(b.nested() ? " nested" : "")
                .append(b.optimized() ? " optimized" : "").append('\n');
        for (Symbol s : b.symbols()) {
            out.append(indent).append("  ").append(PyStr.repr(s.name())).append(": ").append(s.scope()).append(' ')
                    .append(s.flags().isEmpty() ? "-" : String.join(",", s.flags())).append('\n');
        }
        for (Block c : b.children()) {
            block(c, depth + 1);
        }
    }

    private void code(List<CodeView> code) {
        List<String> names = new ArrayList<>();
        for (CodeView c : code) {
            names.add(c.qualname());
        }
        notice("This program: " + count(code.size(), "code object") + ": " + String.join(", ", names)
                + ". Each nested one is among the constants of the code that defines it.");
        boolean first = true;
        for (CodeView c : code) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            out.append(term.bold("--- code object " + c.qualname() + " ---")).append('\n');
            // the notebook's five fields first, as it prints them
            field("co_name", PyStr.repr(c.name()));
            field("co_varnames", tuple(reprs(c.varnames())));
            field("co_names", tuple(reprs(c.names())));
            field("co_consts", addresses(tuple(c.consts())));
            field("co_flags", c.flags() == 0 ? "0" : c.flags() + " (" + flagNames(c.flags()) + ")");
            field("co_qualname", PyStr.repr(c.qualname()));
            field("co_cellvars", tuple(reprs(c.cellvars())));
            field("co_freevars", tuple(reprs(c.freevars())));
            field("co_argcount", String.valueOf(c.argcount()));
            field("co_posonlyargcount", String.valueOf(c.posonlyargcount()));
            field("co_kwonlyargcount", String.valueOf(c.kwonlyargcount()));
            field("co_stacksize", String.valueOf(c.stacksize()));
            field("co_firstlineno", String.valueOf(c.firstlineno()));
        }
    }

    private void field(String name, String value) {
        out.append(name).append(" ".repeat(Math.max(0, 12 - name.length()))).append(": ").append(value).append('\n');
    }

    /** {@code dis.pretty_flags}. */
    static String flagNames(int flags) {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < 32; bit++) {
            int flag = 1 << bit;
            if ((flags & flag) != 0) {
                names.add(bit < FLAG_NAMES.length ? FLAG_NAMES[bit] : "0x" + Integer.toHexString(flag));
            }
        }
        return names.isEmpty() ? "0x0" : String.join(", ", names);
    }

    private void dis(List<CodeView> code) {
        int instructions = 0;
        int jumps = 0;
        for (CodeView c : code) {
            instructions += c.instructions().size();
            for (TourData.Instruction i : c.instructions()) {
                if (i.jumpTarget() >= 0) {
                    jumps++;
                }
            }
        }
        // how names are reached is what the symbol table decided: say which ways this program uses
        Map<String, String> loads = new LinkedHashMap<>();
        loads.put("LOAD_FAST", "LOAD_FAST reads a function's local");
        loads.put("LOAD_NAME", "LOAD_NAME a name at module or class level");
        loads.put("LOAD_GLOBAL", "LOAD_GLOBAL a global (or builtin) from inside a function");
        loads.put("LOAD_DEREF", "LOAD_DEREF a variable shared through a closure cell");
        loads.put("LOAD_ATTR", "LOAD_ATTR an attribute");
        List<String> used = new ArrayList<>();
        for (Map.Entry<String, String> e : loads.entrySet()) {
            if (code.stream().anyMatch(c -> c.instructions().stream().anyMatch(i -> i.opname().equals(e.getKey())))) {
                used.add(e.getValue());
            }
        }
        notice("This program: " + count(instructions, "instruction") + " in " + count(code.size(), "code object")
                + (jumps == 0 ? ", and no jumps." : ", " + count(jumps, "jump") + ".")
                + (used.isEmpty() ? "" : " " + String.join("; ", used) + "."));
        out.append(addresses(disText(code)));
    }

    /** {@code dis.dis(module_code)}: each code object's listing, the nested ones announced by their repr. */
    public static String disText(List<CodeView> code) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < code.size(); i++) {
            if (i > 0) {
                b.append("\nDisassembly of ").append(code.get(i).repr()).append(":\n");
            }
            b.append(code.get(i).dis());
        }
        return b.toString();
    }

    private String addresses(String text) {
        return hideAddresses ? withoutAddresses(text) : text;
    }

    // ---- small helpers -------------------------------------------------------------------------

    static String[] lines(String source) {
        String s = source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
        return s.split("\r\n|\r|\n", -1);
    }

    private static List<String> reprs(List<String> names) {
        return names.stream().map(PyStr::repr).toList();
    }

    private static String tuple(List<String> items) {
        return items.size() == 1 ? "(" + items.get(0) + ",)" : "(" + String.join(", ", items) + ")";
    }

    private static String dictKeys(List<String> names) {
        return "dict_keys([" + String.join(", ", reprs(names)) + "])";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

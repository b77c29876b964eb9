package org.adder.modules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.adder.ast.ExprTy;
import org.adder.ast.ModTy;
import org.adder.ast.StmtTy;
import org.adder.bytecode.LineTable;
import org.adder.objects.Abstract;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyException;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;
import org.adder.objects.PyTuple;
import org.adder.objects.PyType;
import org.adder.vm.InterpreterState;
import org.adder.vm.PyTraceback;
import org.adder.vm.SourceLines;

/**
 * CPython 3.12's display of an uncaught exception ({@code PyErr_Display}): the chain of causes and
 * contexts, each traceback with its source lines and {@code ~~~^^^} markers from {@code co_positions()},
 * repeated lines collapsed, notes, and exception groups drawn in their boxes.
 */
public final class TracebackPrinter {
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private final StringBuilder out = new StringBuilder();
    private final Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int groupDepth;
    private boolean needClose;
    private final int limit;
    private final InterpreterState interp;

    private TracebackPrinter(InterpreterState interp, int limit) {
        this.interp = interp;
        this.limit = limit;
    }

    /** Writes the display of {@code value} to sys.stderr (as sys.excepthook does). */
    public static void printException(InterpreterState interp, PyObject value, PyObject tb) {
        String text = format(interp, value, tb);
        PyObject err = Abstract.getAttrOrNull(interp.sys(), PyStr.intern("stderr"));
        if (err == null || err == PyNone.NONE) {
            System.err.print("Error in sys.excepthook:\n" + text);
            return;
        }
        Abstract.callMethod(err, "write", PyStr.of(text));
        try {
            Abstract.callMethod(err, "flush");
        } catch (PyException e) {
            // a failing flush is reported when the program exits
        }
    }

    /** The display of {@code value} as text. */
    public static String format(InterpreterState interp, PyObject value, PyObject tb) {
        int limit = 1000;
        PyObject l = Abstract.getAttrOrNull(interp.sys(), PyStr.intern("tracebacklimit"));
        if (l instanceof PyInt li) {
            limit = (int) Math.max(0, Math.min(Integer.MAX_VALUE, li.fitsLong() ? li.longValue() : Long.MAX_VALUE));
        }
        TracebackPrinter p = new TracebackPrinter(interp, limit);
        if (value instanceof PyBaseException be && tb != null && tb != PyNone.NONE && be.getTraceback() != tb) {
            be.setTraceback(tb);
        }
        p.recursive(value);
        return p.out.toString();
    }

    private String margin() {
        return groupDepth == 0 ? "" : " ".repeat(2 * groupDepth) + "| ";
    }

    private void line(String s) {
        out.append(margin()).append(s).append('\n');
    }

    private void recursive(PyObject value) {
        if (value instanceof PyBaseException e) {
            seen.add(e);
            PyObject cause = e.getCause();
            PyObject context = e.getContext();
            if (cause != null) {
                if (!seen.contains(cause)) {
                    chained(cause, "The above exception was the direct cause of the following exception:");
                }
            } else if (context != null && !e.suppressContext() && !seen.contains(context)) {
                chained(context, "During handling of the above exception, another exception occurred:");
            }
        }
        if (value instanceof PyBaseException e && e.type().isSubtype(ExceptionTypes.BaseExceptionGroup)) {
            group(e);
        } else {
            single(value);
        }
    }

    private void chained(PyObject value, String message) {
        boolean nc = needClose;
        needClose = false;
        recursive(value);
        needClose = nc;
        line("");
        line(message);
        line("");
    }

    private void single(PyObject value) {
        PyObject tb = value instanceof PyBaseException e ? e.getTraceback() : null;
        if (tb instanceof PyTraceback t) {
            line("Traceback (most recent call last):");
            printTb(t);
        }
        message(value);
    }

    private void group(PyBaseException e) {
        if (groupDepth == 0) {
            groupDepth = 1;
            groupBody(e);
            groupDepth = 0;
        } else {
            groupBody(e);
        }
    }

    private void groupBody(PyBaseException e) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            line("... (max_group_depth is " + MAX_GROUP_DEPTH + ")");
            return;
        }
        PyObject tb = e.getTraceback();
        if (tb instanceof PyTraceback t) {
            out.append(" ".repeat(2 * groupDepth)).append(groupDepth == 1 ? "+ " : "| ")
                    .append("Exception Group Traceback (most recent call last):\n");
            printTb(t);
        }
        message(e);
        PyTuple excs = (PyTuple) Abstract.getAttr(e, PyStr.intern("exceptions"));
        int n = excs.size();
        String indent = " ".repeat(2 * groupDepth);
        boolean truncated = n > MAX_GROUP_WIDTH;
        int count = truncated ? MAX_GROUP_WIDTH + 1 : n;
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            if (last) {
                // the closing line may come from a nested group printed last
                needClose = true;
            }
            out.append(indent).append(i == 0 ? "+-" : "  ");
            groupDepth++;
            if (truncated && last) {
                out.append("+---------------- ... ----------------\n");
                int more = n - MAX_GROUP_WIDTH;
                line("and " + more + " more exception" + (more > 1 ? "s" : ""));
            } else {
                out.append("+---------------- ").append(i + 1).append(" ----------------\n");
                recursive(excs.get(i));
            }
            groupDepth--;
            if (last && needClose) {
                out.append(indent).append("  +------------------------------------\n");
                needClose = false;
            }
        }
    }

    private void message(PyObject value) {
        PyType type = value.type();
        if (value instanceof PyBaseException e && type.isSubtype(ExceptionTypes.SyntaxError)) {
            syntaxDetails(e);
        }
        String name = qualifiedName(type);
        String text;
        try {
            PyObject s = value instanceof PyBaseException e && type.isSubtype(ExceptionTypes.SyntaxError)
                    ? Abstract.getAttr(e, PyStr.intern("msg")) : Abstract.str(value);
            text = s == PyNone.NONE ? "None" : Abstract.str(s).value();
        } catch (PyException ex) {
            text = "<exception str() failed>";
        }
        if (value instanceof PyBaseException e) {
            text += Suggestions.forException(interp, e);
        }
        String full = text.isEmpty() ? name : name + ": " + text;
        for (String l : full.split("\n", -1)) {
            line(l);
        }
        if (value instanceof PyBaseException e) {
            notes(e);
        }
    }

    private static String qualifiedName(PyType type) {
        PyObject module = type.getModule();
        String q = type.getQualname().value();
        if (!(module instanceof PyStr m)) {
            return "<unknown>." + q;
        }
        String mv = m.value();
        return mv.equals("builtins") || mv.equals("__main__") ? q : mv + "." + q;
    }

    private void notes(PyBaseException e) {
        PyObject notes;
        try {
            notes = Abstract.getAttrOrNull(e, PyStr.intern("__notes__"));
        } catch (PyException ex) {
            return;
        }
        if (notes == null) {
            return;
        }
        if (!Abstract.isSequence(notes) || notes instanceof PyStr || notes instanceof org.adder.objects.PyBytes) {
            String r;
            try {
                r = Abstract.repr(notes).value();
            } catch (PyException ex) {
                r = "<__notes__ repr() failed>";
            }
            line(r);
            return;
        }
        for (PyObject note : Abstract.iterable(notes)) {
            String s;
            try {
                s = Abstract.str(note).value();
            } catch (PyException ex) {
                s = "<note str() failed>";
            }
            for (String l : s.split("\n", -1)) {
                line(l);
            }
        }
    }

    private void syntaxDetails(PyBaseException e) {
        PyObject filename = Abstract.getAttrOrNull(e, PyStr.intern("filename"));
        PyObject lineno = Abstract.getAttrOrNull(e, PyStr.intern("lineno"));
        PyObject offset = Abstract.getAttrOrNull(e, PyStr.intern("offset"));
        PyObject text = Abstract.getAttrOrNull(e, PyStr.intern("text"));
        PyObject endLineno = Abstract.getAttrOrNull(e, PyStr.intern("end_lineno"));
        PyObject endOffset = Abstract.getAttrOrNull(e, PyStr.intern("end_offset"));
        String fn = filename instanceof PyStr s ? s.value() : "<string>";
        int ln = lineno instanceof PyInt i ? (int) i.longValue() : 0;
        PySyntaxError se = new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "", fn, ln,
                offset instanceof PyInt o ? (int) o.longValue() : 0, text instanceof PyStr t ? t.value() : null,
                endLineno instanceof PyInt el ? (int) el.longValue() : ln, endOffset instanceof PyInt eo ? (int) eo.longValue() : 0);
        String report = org.adder.cli.SourceCompile.report(se, fn);
        String[] lines = report.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            line(lines[i]);
        }
    }

    // --- the traceback's entries ------------------------------------------------------------------------------

    private void printTb(PyTraceback tb) {
        List<PyTraceback> entries = new ArrayList<>();
        for (PyTraceback t = tb; t != null; t = t.next()) {
            entries.add(t);
        }
        int skip = Math.max(0, entries.size() - limit);
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (int i = skip; i < entries.size(); i++) {
            PyTraceback t = entries.get(i);
            String file = t.frame.code.filename.value();
            String name = t.frame.code.name.value();
            int lineno = t.lineno();
            if (lastFile == null || !file.equals(lastFile) || lineno != lastLine || !name.equals(lastName)) {
                if (count > RECURSIVE_CUTOFF) {
                    repeated(count);
                }
                lastFile = file;
                lastLine = lineno;
                lastName = name;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                entry(t, file, name, lineno);
            }
        }
        if (count > RECURSIVE_CUTOFF) {
            repeated(count);
        }
    }

    private void repeated(int count) {
        int n = count - RECURSIVE_CUTOFF;
        line("  [Previous line repeated " + n + " more time" + (n > 1 ? "s" : "") + "]");
    }

    private void entry(PyTraceback t, String file, String name, int lineno) {
        line("  File \"" + file + "\", line " + (lineno < 0 ? "None" : String.valueOf(lineno)) + ", in " + name);
        if (lineno < 0) {
            return;
        }
        String src = SourceLines.line(file, lineno);
        if (src == null) {
            return;
        }
        int lead = 0;
        while (lead < src.length() && (src.charAt(lead) == ' ' || src.charAt(lead) == '\t' || src.charAt(lead) == '\f')) {
            lead++;
        }
        String stripped = stripTrailing(src.substring(lead));
        if (stripped.isEmpty()) {
            return;
        }
        line("    " + stripped);
        String carets = carets(t, src, lead, lineno);
        if (carets != null) {
            line(carets);
        }
    }

    private static String stripTrailing(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }

    /** The marker line under the source line, or null when the whole line is the error (no markers then). */
    private static String carets(PyTraceback t, String src, int lead, int lineno) {
        List<LineTable.Position> positions = t.frame.code.positions();
        int u = t.lasti / 2;
        if (u < 0 || u >= positions.size()) {
            return null;
        }
        LineTable.Position p = positions.get(u);
        if (p.line() == null || p.endLine() == null || p.col() == null || p.endCol() == null || p.line() != lineno) {
            return null;
        }
        String line = src;
        int start = charOffset(line, p.col());
        int end = charOffset(line, p.endCol());
        int leftEnd = -1;
        int rightStart = -1;
        char primary = '^';
        char secondary = '^';
        int[] cps = line.codePoints().toArray();
        if (p.line().equals(p.endLine())) {
            int[] anchors = anchors(cps, start, end);
            if (anchors != null) {
                leftEnd = anchors[0];
                rightStart = anchors[1];
                primary = '~';
                secondary = '^';
            }
        } else {
            int i = cps.length;
            while (--i >= 0 && (cps[i] == ' ' || cps[i] == '\t' || cps[i] == '\f' || cps[i] == '\n' || cps[i] == '\r')) {
                // trailing whitespace
            }
            end = i + 1;
        }
        int strippedLen = stripTrailing(line).codePointCount(0, stripTrailing(line).length()) - lead;
        boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == strippedLen && !secondaryRanges) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int offset = lead - 4;
        while (++offset <= end) {
            if (offset <= start) {
                b.append(' ');
            } else if (secondaryRanges && leftEnd < offset && offset <= rightStart) {
                b.append(secondary);
            } else {
                b.append(primary);
            }
        }
        return b.toString();
    }

    private static int charOffset(String line, int byteOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(byteOffset, b.length);
        String prefix = new String(b, 0, n, StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length());
    }

    /** A binary operator's or subscript's anchors in {@code line[start:end]}, as character offsets in line. */
    private static int[] anchors(int[] cps, int start, int end) {
        if (start < 0 || end > cps.length || start >= end) {
            return null;
        }
        String segment = new String(cps, start, end - start);
        ModTy mod;
        try {
            mod = org.adder.parser.Parse.parse("(\n" + segment + "\n)", "<string>", "exec", false);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
        if (!(mod instanceof ModTy.Module m) || m.body.size() != 1 || !(m.body.get(0) instanceof StmtTy.Expr ex)) {
            return null;
        }
        byte[] seg = segment.getBytes(StandardCharsets.UTF_8);
        int left;
        int right;
        if (ex.value instanceof ExprTy.BinOp bin) {
            if (bin.left.endLineno != 2 || bin.right.lineno != 2) {
                return null;
            }
            int from = bin.left.endColOffset;
            int to = bin.right.colOffset;
            left = -1;
            right = -1;
            for (int i = from; i < to && i < seg.length; i++) {
                if (isSpace(seg[i])) {
                    continue;
                }
                left = i;
                right = i + 1;
                if (i + 1 < to && !isSpace(seg[i + 1])) {
                    right++;
                }
                if (i + 1 < to && seg[i] == ')') {
                    continue;
                }
                break;
            }
            if (left < 0) {
                return null;
            }
        } else if (ex.value instanceof ExprTy.Subscript sub) {
            if (sub.value.endLineno != 2 || sub.slice.endLineno != 2) {
                return null;
            }
            left = sub.value.endColOffset;
            right = sub.slice.endColOffset + 1;
            while (left < seg.length && seg[left] != '[') {
                left++;
            }
            while (right < seg.length && seg[right] != ']') {
                right++;
            }
            if (right < seg.length) {
                right++;
            }
        } else {
            return null;
        }
        String s = new String(seg, StandardCharsets.UTF_8);
        return new int[] {start + charOffset(s, left), start + charOffset(s, right)};
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
    }
}

package org.adder.modules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.adder.objects.Abstract;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyException;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.vm.Frame;
import org.adder.vm.InterpreterState;
import org.adder.vm.PyTraceback;

/**
 * CPython 3.12's "Did you mean" for an uncaught NameError, AttributeError or ImportError: the closest
 * name by a Levenshtein distance where a case change costs half a move, among the names the error could
 * have meant, if no more than about a third of the characters must change.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** The text to append to the message (". Did you mean: 'x'?"), or "" when there is none. */
    static String forException(InterpreterState interp, PyBaseException e) {
        try {
            String s = suggestion(interp, e);
            return s == null ? "" : ". Did you mean: '" + s + "'?";
        } catch (PyException ignored) {
            return "";
        }
    }

    private static String suggestion(InterpreterState interp, PyBaseException e) {
        if (e.type() == ExceptionTypes.AttributeError) {
            PyObject name = ExceptionTypes.field(e, "name");
            PyObject obj = ExceptionTypes.field(e, "obj");
            if (!(name instanceof PyStr n) || obj == null || obj == PyNone.NONE && !(name instanceof PyStr)) {
                return null;
            }
            if (obj == null) {
                return null;
            }
            return best(dir(interp, obj), n.value());
        }
        if (e.type() == ExceptionTypes.NameError) {
            PyObject name = ExceptionTypes.field(e, "name");
            if (!(name instanceof PyStr n) || !(e.getTraceback() instanceof PyTraceback tb)) {
                return null;
            }
            PyTraceback last = tb;
            while (last.next() != null) {
                last = last.next();
            }
            Frame f = last.frame;
            List<String> varnames = new ArrayList<>();
            for (PyObject v : f.code.varnames()) {
                varnames.add(((PyStr) v).value());
            }
            String s = best(varnames, n.value());
            if (s != null) {
                return s;
            }
            if (varnames.contains("self")) {
                PyObject locals = Abstract.getAttr(f.frameObject(), PyStr.intern("f_locals"));
                PyObject self = Abstract.getItem(locals, PyStr.intern("self"));
                if (Abstract.getAttrOrNull(self, n) != null) {
                    return "self." + n.value();
                }
            }
            s = best(keys(f.globals), n.value());
            return s != null ? s : best(keys(f.builtins), n.value());
        }
        if (e.type() == ExceptionTypes.ImportError) {
            PyObject name = ExceptionTypes.field(e, "name_from");
            PyObject modName = ExceptionTypes.field(e, "name");
            if (!(name instanceof PyStr n) || !(modName instanceof PyStr m)) {
                return null;
            }
            PyObject mod = interp.modules.getStr(m);
            return mod == null ? null : best(dir(interp, mod), n.value());
        }
        return null;
    }

    private static List<String> keys(org.adder.objects.PyDict d) {
        List<String> out = new ArrayList<>();
        for (PyObject k : d.keyList()) {
            if (k instanceof PyStr s) {
                out.add(s.value());
            }
        }
        return out;
    }

    private static List<String> dir(InterpreterState interp, PyObject obj) {
        PyObject d = Abstract.call(interp.builtinsDict().getStr(PyStr.intern("dir")), obj);
        List<String> out = new ArrayList<>();
        for (PyObject k : Abstract.iterable(d)) {
            if (k instanceof PyStr s) {
                out.add(s.value());
            }
        }
        return out;
    }

    private static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        String suggestion = null;
        long suggestionDistance = Long.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            byte[] c = item.getBytes(StandardCharsets.UTF_8);
            long max = (n.length + c.length + 3) * (long) MOVE_COST / 6;
            max = Math.min(max, suggestionDistance - 1);
            long d = distance(n, c, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int x = a >= 'A' && a <= 'Z' ? a + 32 : a;
        int y = b >= 'A' && b <= 'Z' ? b + 32 : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    private static long distance(byte[] a0, byte[] b0, long maxCost) {
        int as = 0;
        int ae = a0.length;
        int bs = 0;
        int be = b0.length;
        while (as < ae && bs < be && a0[as] == b0[bs]) {
            as++;
            bs++;
        }
        while (as < ae && bs < be && a0[ae - 1] == b0[be - 1]) {
            ae--;
            be--;
        }
        int aLen = ae - as;
        int bLen = be - bs;
        if (aLen == 0 || bLen == 0) {
            return (long) (aLen + bLen) * MOVE_COST;
        }
        if (aLen > MAX_STRING_SIZE || bLen > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = java.util.Arrays.copyOfRange(a0, as, ae);
        byte[] b = java.util.Arrays.copyOfRange(b0, bs, be);
        if (b.length < a.length) {
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((long) (b.length - a.length) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        long[] row = new long[a.length];
        long tmp = MOVE_COST;
        for (int i = 0; i < a.length; i++) {
            row[i] = tmp;
            tmp += MOVE_COST;
        }
        long result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            byte code = b[bi];
            long distance = result = (long) bi * MOVE_COST;
            long minimum = Long.MAX_VALUE;
            for (int i = 0; i < a.length; i++) {
                long substitute = distance + substitutionCost(code, a[i]);
                distance = row[i];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}

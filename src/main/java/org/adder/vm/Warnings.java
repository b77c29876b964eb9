package org.adder.vm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.adder.objects.Abstract;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyErr;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyType;

/**
 * Warnings the runtime itself issues ({@code PyErr_WarnEx}), filtered as CPython 3.12's {@code _warnings}
 * does before the {@code warnings} module is imported: the {@code -W} options first, then the default
 * filters (DeprecationWarning shown in {@code __main__} only; Pending, Import and Resource warnings
 * ignored); a warning shown once per location unless a filter says otherwise.
 */
public final class Warnings {
    private record Filter(String action, String message, String category, String module, int lineno) {
    }

    private static List<Filter> filters;
    private static final Set<String> REGISTRY = new HashSet<>();

    private Warnings() {
    }

    private static synchronized List<Filter> filters() {
        if (filters == null) {
            List<Filter> f = new ArrayList<>();
            List<String> opts = new ArrayList<>(InterpreterState.main().config.warnOptions());
            java.util.Collections.reverse(opts);
            for (String o : opts) {
                String[] p = (o + "::::").split(":", -1);
                f.add(new Filter(action(p[0].strip()), p[1].strip(), p[2].strip(), p[3].strip(),
                        p[4].strip().isEmpty() ? 0 : parseInt(p[4].strip())));
            }
            f.add(new Filter("default", "", "DeprecationWarning", "__main__", 0));
            f.add(new Filter("ignore", "", "DeprecationWarning", "", 0));
            f.add(new Filter("ignore", "", "PendingDeprecationWarning", "", 0));
            f.add(new Filter("ignore", "", "ImportWarning", "", 0));
            f.add(new Filter("ignore", "", "ResourceWarning", "", 0));
            filters = f;
        }
        return filters;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String action(String a) {
        for (String full : new String[] {"default", "error", "ignore", "always", "module", "once"}) {
            if (!a.isEmpty() && full.startsWith(a)) {
                return full;
            }
        }
        return "default";
    }

    /** Forgets the filters and what was shown: a new interpreter starts afresh (tests run several). */
    static synchronized void reset() {
        filters = null;
        REGISTRY.clear();
    }

    /** Issues {@code category(message)} as seen from the Python frame {@code stacklevel} levels up (1 = current). */
    public static void warn(PyType category, String message, int stacklevel) {
        ThreadState ts = ThreadState.current();
        Frame f = ts.frame;
        for (int i = 1; i < stacklevel && f != null; i++) {
            f = f.back;
        }
        String filename = f == null ? "sys" : f.code.filename.value();
        int lineno = f == null ? 1 : Math.max(f.lineno(), 0);
        PyObject modName = f == null ? null : f.globals.getStr(org.adder.objects.SpecialNames.__name__);
        String module = modName instanceof PyStr s ? s.value() : "<string>";
        String action = "default";
        for (Filter fl : filters()) {
            if (matches(fl, category, message, module, lineno)) {
                action = fl.action;
                break;
            }
        }
        switch (action) {
            case "ignore" -> {
                return;
            }
            case "error" -> throw PyErr.of(category, message);
            case "once" -> {
                if (!REGISTRY.add("once|" + category.getName() + "|" + message)) {
                    return;
                }
            }
            case "module" -> {
                if (!REGISTRY.add("module|" + filename + "|" + category.getName() + "|" + message)) {
                    return;
                }
            }
            case "default" -> {
                if (!REGISTRY.add(filename + "|" + lineno + "|" + category.getName() + "|" + message)) {
                    return;
                }
            }
            default -> {
            }
        }
        show(ts, category, message, filename, lineno);
    }

    private static boolean matches(Filter fl, PyType category, String message, String module, int lineno) {
        if (!fl.message.isEmpty() && !message.toLowerCase().startsWith(fl.message.toLowerCase())) {
            return false;
        }
        if (!fl.category.isEmpty()) {
            PyType c = ExceptionTypes.byName(fl.category);
            if (c == null || !category.isSubtype(c)) {
                return false;
            }
        }
        if (!fl.module.isEmpty() && !fl.module.equals(module)) {
            return false;
        }
        return fl.lineno == 0 || fl.lineno == lineno;
    }

    private static void show(ThreadState ts, PyType category, String message, String filename, int lineno) {
        StringBuilder b = new StringBuilder();
        b.append(filename).append(':').append(lineno).append(": ").append(category.getName()).append(": ")
                .append(message).append('\n');
        String line = SourceLines.line(filename, lineno);
        if (line != null && !line.isBlank()) {
            b.append("  ").append(line.strip()).append('\n');
        }
        PyObject err = Abstract.getAttrOrNull(ts.interpreter().sys(), PyStr.intern("stderr"));
        if (err != null && err != org.adder.objects.PyNone.NONE) {
            Abstract.callMethod(err, "write", PyStr.of(b.toString()));
        }
    }

    /** {@code -b}'s BytesWarning; Adder does not take {@code -b}, so these are never shown. */
    public static void bytesWarning(String message) {
        // Without -b CPython does not issue BytesWarning at all.
    }
}

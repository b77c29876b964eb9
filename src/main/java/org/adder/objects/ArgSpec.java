package org.adder.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a builtin function or method, read from a signature in CPython's
 * {@code __text_signature__} notation ({@code "($self, iterable=(), /)"}, {@code "($module, obj, /)"}),
 * and the binding of a call's arguments to them with the error messages CPython prints. CPython's
 * builtins bind their arguments in one of a few ways, each with its own wording of errors; the
 * {@link Style} says which, and is derived from the signature as Argument Clinic derives it:
 * <ul>
 * <li>{@code NOARGS}: only self ({@code "list.copy() takes no arguments (1 given)"});
 * <li>{@code O}: exactly one positional-only argument ({@code "len() takes exactly one argument (0 given)"});
 * <li>{@code POSITIONAL}: positional-only parameters ({@code "pop expected at most 1 argument, got 2"});
 * <li>{@code KEYWORDS}: some parameters can be named ({@code "split() takes at most 2 arguments (3 given)"}).
 * </ul>
 * A default of {@code <unrepresentable>} marks an optional parameter that arrives as null when not given.
 */
public final class ArgSpec {
    public enum Style { NOARGS, O, POSITIONAL, KEYWORDS }

    /** The default of an optional parameter that has none: the implementation receives null. */
    static final PyObject UNREPRESENTABLE = new PySentinel("<unrepresentable>");

    public final String name;
    /** "list.append" for a method, "len" for a module function: how NOARGS/O errors and kw errors name it. */
    public final String qualname;
    public final Style style;
    /** Whether the signature starts with $self/$module/$type: the bound object is parameter 0. */
    public final boolean hasSelf;
    /** The parameter names after self. */
    final String[] names;
    final PyStr[] keys;
    /** Defaults after self: null for required parameters. */
    final PyObject[] defaults;
    /** Counts after self: positional-only, positional (posonly + positional-or-keyword). */
    final int posonly;
    final int npos;
    final int minpos;
    final int kwonlyRequired;
    public final String textSignature;

    private ArgSpec(String name, String qualname, boolean hasSelf, List<String> names, List<PyObject> defaults,
                    int posonly, int npos, String textSignature) {
        this.name = name;
        this.qualname = qualname;
        this.hasSelf = hasSelf;
        this.names = names.toArray(String[]::new);
        this.keys = new PyStr[this.names.length];
        for (int i = 0; i < this.names.length; i++) {
            keys[i] = PyStr.intern(this.names[i]);
        }
        this.defaults = defaults.toArray(PyObject[]::new);
        this.posonly = posonly;
        this.npos = npos;
        int min = 0;
        while (min < npos && this.defaults[min] == null) {
            min++;
        }
        this.minpos = min;
        int kwreq = 0;
        for (int i = npos; i < this.defaults.length; i++) {
            if (this.defaults[i] == null) {
                kwreq++;
            }
        }
        this.kwonlyRequired = kwreq;
        this.textSignature = textSignature;
        if (this.names.length == 0) {
            style = Style.NOARGS;
        } else if (this.names.length == 1 && posonly == 1 && this.defaults[0] == null) {
            style = Style.O;
        } else if (posonly == this.names.length) {
            style = Style.POSITIONAL;
        } else {
            style = Style.KEYWORDS;
        }
    }

    /** The number of parameters the implementation receives, self included. */
    public int arity() {
        return names.length + (hasSelf ? 1 : 0);
    }

    /** Parses {@code signature} (CPython's text-signature notation) for the builtin {@code qualname}. */
    public static ArgSpec parse(String qualname, String signature) {
        String name = qualname.substring(qualname.lastIndexOf('.') + 1);
        if (signature == null) {
            // a builtin that binds its own arguments (Builtin.FV): only its name is needed, and whether it
            // is a method (named Type.name), which receives its object first like any method
            return new ArgSpec(name, qualname, qualname.indexOf('.') >= 0, List.of(), List.of(), 0, 0, null);
        }
        String s = signature.trim();
        if (!s.startsWith("(") || !s.endsWith(")")) {
            throw new IllegalArgumentException("bad signature for " + qualname + ": " + signature);
        }
        List<String> parts = splitTopLevel(s.substring(1, s.length() - 1));
        List<String> names = new ArrayList<>();
        List<PyObject> defaults = new ArrayList<>();
        boolean hasSelf = false;
        int posonly = 0;
        int npos = -1;
        for (String p : parts) {
            p = p.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("$")) {
                // a module function's $module is only part of its text signature: nothing is passed for it
                hasSelf = !p.equals("$module");
                continue;
            }
            if (p.equals("/")) {
                posonly = names.size();
                continue;
            }
            if (p.equals("*")) {
                npos = names.size();
                continue;
            }
            if (p.startsWith("*")) {
                // *args and **kwargs only appear in the signatures of builtins that bind their own arguments
                if (!p.startsWith("**")) {
                    npos = names.size();
                }
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                names.add(p);
                defaults.add(null);
            } else {
                names.add(p.substring(0, eq).trim());
                defaults.add(literal(p.substring(eq + 1).trim(), qualname));
            }
        }
        if (npos < 0) {
            npos = names.size();
        }
        return new ArgSpec(name, qualname, hasSelf, names, defaults, posonly, npos, signature);
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '<') {
                depth++;
            } else if (c == ')' || c == ']' || c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static PyObject literal(String text, String where) {
        switch (text) {
            case "None":
                return PyNone.NONE;
            case "True":
                return PyBool.TRUE;
            case "False":
                return PyBool.FALSE;
            case "()":
                return PyTuple.EMPTY;
            case "b''":
                return PyBytes.EMPTY;
            case "sys.maxsize":
                return PyInt.of(Long.MAX_VALUE);
            case "<unrepresentable>":
            case "NULL":
                return UNREPRESENTABLE;
            default:
                break;
        }
        char c = text.charAt(0);
        if (c == '\'' || c == '"') {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < text.length() - 1; i++) {
                char x = text.charAt(i);
                if (x == '\\') {
                    char y = text.charAt(++i);
                    b.append(switch (y) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> y;
                    });
                } else {
                    b.append(x);
                }
            }
            return PyStr.of(b.toString());
        }
        try {
            if (text.contains(".") || text.contains("e")) {
                return new PyFloat(Double.parseDouble(text));
            }
            return PyInt.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unsupported default '" + text + "' in " + where, e);
        }
    }

    // --- binding ----------------------------------------------------------------------------------------

    /**
     * The parameter values for a call ({@code args}: positional arguments, then the values of the keyword
     * arguments in {@code kwnames}); self, when the spec has one, is {@code args[0]} and stays parameter 0.
     */
    public PyObject[] bind(PyObject[] args, PyTuple kwnames) {
        int skip = hasSelf ? 1 : 0;
        int nkw = kwnames == null ? 0 : kwnames.size();
        int nargs = args.length - nkw - skip;
        PyObject[] out = new PyObject[names.length + skip];
        if (skip == 1) {
            out[0] = args[0];
        }
        switch (style) {
            case NOARGS -> {
                if (nkw > 0) {
                    throw noKeywords();
                }
                if (nargs != 0) {
                    throw PyErr.typeError(qualname + "() takes no arguments (" + nargs + " given)");
                }
                return out;
            }
            case O -> {
                if (nkw > 0) {
                    throw noKeywords();
                }
                if (nargs != 1) {
                    throw PyErr.typeError(qualname + "() takes exactly one argument (" + nargs + " given)");
                }
                out[skip] = args[skip];
                return out;
            }
            case POSITIONAL -> {
                if (nkw > 0) {
                    throw noKeywords();
                }
                checkPositional(nargs);
                System.arraycopy(args, skip, out, skip, nargs);
                fillDefaults(out, skip, nargs);
                return out;
            }
            default -> {
                bindKeywords(args, skip, nargs, kwnames, out);
                return out;
            }
        }
    }

    /** {@code _PyArg_NoKeywords}: "name() takes no keyword arguments" when kwnames names any. */
    public static void noKeywords(String name, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
    }

    private PyException noKeywords() {
        return PyErr.typeError(qualname + "() takes no keyword arguments");
    }

    /** {@code _PyArg_CheckPositional}'s wording. */
    private void checkPositional(int nargs) {
        int max = names.length;
        if (nargs < minpos) {
            throw PyErr.typeError(name + " expected " + (minpos == max ? "" : "at least ") + minpos + " argument"
                    + (minpos == 1 ? "" : "s") + ", got " + nargs);
        }
        if (nargs > max) {
            throw PyErr.typeError(name + " expected " + (minpos == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + nargs);
        }
    }

    private void fillDefaults(PyObject[] out, int skip, int given) {
        for (int i = given; i < names.length; i++) {
            PyObject d = defaults[i];
            out[skip + i] = d == UNREPRESENTABLE ? null : d;
        }
    }

    /** {@code _PyArg_UnpackKeywords}'s checks, in its order and wording. */
    private void bindKeywords(PyObject[] args, int skip, int nargs, PyTuple kwnames, PyObject[] out) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int maxargs = names.length;
        String fname = name + "()";
        if (nargs + nkw > maxargs) {
            throw PyErr.typeError(fname + " takes at most " + maxargs + " " + (nargs == 0 ? "keyword " : "")
                    + "argument" + (maxargs == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
        }
        if (nargs > npos) {
            if (npos == 0) {
                throw PyErr.typeError(fname + " takes no positional arguments");
            }
            throw PyErr.typeError(fname + " takes " + (minpos < npos ? "at most" : "exactly") + " " + npos
                    + " positional argument" + (npos == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        int minposonly = Math.min(posonly, minpos);
        if (nargs < minposonly) {
            throw PyErr.typeError(fname + " takes " + (minposonly < npos ? "at least" : "exactly") + " " + minposonly
                    + " positional argument" + (minposonly == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        System.arraycopy(args, skip, out, skip, nargs);
        int remaining = nkw;
        for (int i = Math.max(nargs, posonly); i < maxargs; i++) {
            PyObject v = remaining > 0 ? keyword(args, skip + nargs, kwnames, keys[i]) : null;
            if (v != null) {
                out[skip + i] = v;
                remaining--;
            } else if (defaults[i] == null) {
                throw PyErr.typeError(fname + " missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            } else {
                out[skip + i] = defaults[i] == UNREPRESENTABLE ? null : defaults[i];
            }
        }
        if (remaining > 0) {
            for (int i = posonly; i < nargs; i++) {
                if (keyword(args, skip + nargs, kwnames, keys[i]) != null) {
                    throw PyErr.typeError("argument for " + fname + " given by name ('" + names[i]
                            + "') and position (" + (i + 1) + ")");
                }
            }
            for (int k = 0; k < nkw; k++) {
                PyObject key = kwnames.get(k);
                if (!isParameter(key)) {
                    throw PyErr.typeError("'" + key.str() + "' is an invalid keyword argument for " + fname);
                }
            }
        }
        for (int i = nargs; i < posonly; i++) {
            if (defaults[i] == null) {
                throw PyErr.typeError(fname + " takes at least " + minposonly + " positional argument"
                        + (minposonly == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            out[skip + i] = defaults[i] == UNREPRESENTABLE ? null : defaults[i];
        }
    }

    private boolean isParameter(PyObject key) {
        for (int i = posonly; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject keyword(PyObject[] args, int kwstart, PyTuple kwnames, PyStr key) {
        for (int k = 0; k < kwnames.size(); k++) {
            PyObject n = kwnames.get(k);
            if (n == key || n.equals(key)) {
                return args[kwstart + k];
            }
        }
        return null;
    }
}

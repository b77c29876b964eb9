package org.adder.vm;

import org.adder.bytecode.CodeObject;
import org.adder.objects.Abstract;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyDict;
import org.adder.objects.PyErr;
import org.adder.objects.PyException;
import org.adder.objects.PyFunction;
import org.adder.objects.PyMethod;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * Calls: the CALL instructions' stack layout, and binding arguments to a Python function's parameters
 * with CPython's error messages ({@code initialize_locals}). A call to a Python function gets a new
 * {@link Frame} and re-enters the {@link Interpreter}; nothing is looked up reflectively.
 */
public final class Calls {
    static final int CO_VARARGS = 0x4;
    static final int CO_VARKEYWORDS = 0x8;

    private Calls() {
    }

    /**
     * {@code CALL argc}: the stack holds [callable, self, args...] for a method call or [NULL, callable,
     * args...] otherwise; keyword names came from KW_NAMES. Leaves the result in place of them all.
     */
    static int call(ThreadState ts, Frame f, PyObject[] lp, int sp, int argc) {
        PyTuple kwnames = f.kwnames;
        f.kwnames = null;
        int base = sp - argc - 2;
        PyObject callable = lp[base];
        int first;
        int n;
        if (callable == null) {
            callable = lp[base + 1];
            if (callable instanceof PyMethod m) {
                callable = m.func;
                lp[base] = m.func;
                lp[base + 1] = m.self;
                first = base + 1;
                n = argc + 1;
            } else {
                first = base + 2;
                n = argc;
            }
        } else {
            first = base + 1;
            n = argc + 1;
        }
        f.sp = sp;
        PyObject r;
        if (callable instanceof PyFunction fn) {
            r = callFunction(ts, fn, lp, first, n, kwnames);
        } else {
            PyObject[] args = new PyObject[n];
            System.arraycopy(lp, first, args, 0, n);
            r = Abstract.call(callable, args, kwnames);
        }
        for (int i = base + 1; i < sp; i++) {
            lp[i] = null;
        }
        lp[base] = r;
        return base + 1;
    }

    /** {@code CALL_FUNCTION_EX}: [NULL, callable, args tuple or iterable, kwargs dict if flagged]. */
    static int callEx(PyObject[] lp, int sp, int flags) {
        PyObject kwargs = (flags & 1) != 0 ? lp[--sp] : null;
        PyObject callargs = lp[--sp];
        PyObject func = lp[--sp];
        PyObject[] positional;
        if (callargs instanceof PyTuple t) {
            positional = t.items().toArray(new PyObject[0]);
        } else {
            if (callargs.type().tp_iter == null && !Abstract.isSequence(callargs)) {
                throw PyErr.typeError(functionStr(func) + " argument after * must be an iterable, not "
                        + callargs.type().getName());
            }
            positional = org.adder.objects.PyList.listOf(callargs).toArray(new PyObject[0]);
        }
        PyObject r;
        if (kwargs == null || kwargs instanceof PyDict d && d.size() == 0) {
            r = Abstract.call(func, positional, null);
        } else {
            PyDict d = (PyDict) kwargs;
            java.util.List<PyObject[]> items = d.itemList();
            PyObject[] args = new PyObject[positional.length + items.size()];
            System.arraycopy(positional, 0, args, 0, positional.length);
            PyObject[] names = new PyObject[items.size()];
            for (int i = 0; i < names.length; i++) {
                PyObject k = items.get(i)[0];
                // only Python functions insist on str keys; a builtin taking **kwargs gets them as they are
                if (!(k instanceof PyStr) && (func instanceof PyFunction || func instanceof PyMethod)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                names[i] = k;
                args[positional.length + i] = items.get(i)[1];
            }
            r = Abstract.call(func, args, PyTuple.wrap(names));
        }
        int top = sp + 2 + (flags & 1);
        for (int i = sp; i < top; i++) {
            lp[i] = null;
        }
        lp[sp - 1] = r;
        return sp;
    }

    /** "f()" or "mod.f()" as CPython's messages name a callable ({@code _PyObject_FunctionStr}). */
    public static String functionStr(PyObject func) {
        PyObject qualname;
        try {
            qualname = Abstract.getAttrOrNull(func, org.adder.objects.SpecialNames.__qualname__);
        } catch (PyException e) {
            qualname = null;
        }
        if (qualname == null) {
            return Abstract.str(func).value();
        }
        PyObject module = null;
        try {
            module = Abstract.getAttrOrNull(func, org.adder.objects.SpecialNames.__module__);
        } catch (PyException e) {
            // as CPython: no module then
        }
        String q = Abstract.str(qualname).value();
        if (module != null && module != PyNone.NONE) {
            String m = Abstract.str(module).value();
            if (!m.equals("builtins")) {
                return m + "." + q + "()";
            }
        }
        return q + "()";
    }

    /** {@code function.__call__}: arguments in an array, keyword values last. */
    public static PyObject callFunction(PyFunction fn, PyObject[] args, PyTuple kwnames) {
        return callFunction(ThreadState.current(), fn, args, 0, args.length, kwnames);
    }

    /** Calls {@code fn} with the {@code n} arguments at {@code args[first...]}, the last named by kwnames. */
    static PyObject callFunction(ThreadState ts, PyFunction fn, PyObject[] args, int first, int n, PyTuple kwnames) {
        CodeObject code = fn.code;
        Frame frame = new Frame(code, fn, fn.globals, (PyDict) fn.builtins, null);
        PyObject[] locals = frame.localsplus;
        int co = code.argcount;
        if (kwnames == null && n == co && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0
                && code.kwonlyargcount == 0) {
            System.arraycopy(args, first, locals, 0, n);
        } else {
            bind(fn, code, locals, args, first, n, kwnames);
        }
        frame.closure = fn.closure;
        return Interpreter.execute(ts, frame);
    }

    /** Puts the arguments where the parameters are, or raises CPython's TypeError. */
    private static void bind(PyFunction fn, CodeObject code, PyObject[] locals, PyObject[] args, int first, int n,
            PyTuple kwnames) {
        int co = code.argcount;
        int kwonly = code.kwonlyargcount;
        int total = co + kwonly;
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = n - nkw;
        PyDict kwdict = null;
        if ((code.flags & CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            locals[total + ((code.flags & CO_VARARGS) != 0 ? 1 : 0)] = kwdict;
        }
        int m = Math.min(npos, co);
        System.arraycopy(args, first, locals, 0, m);
        if ((code.flags & CO_VARARGS) != 0) {
            PyObject[] extra = new PyObject[Math.max(0, npos - m)];
            System.arraycopy(args, first + m, extra, 0, extra.length);
            locals[total] = PyTuple.wrap(extra);
        }
        String qualname = fn.qualname.value();
        PyTuple names = code.localsplusnames;
        for (int k = 0; k < nkw; k++) {
            PyObject keyword = kwnames.get(k);
            PyObject value = args[first + npos + k];
            if (!(keyword instanceof PyStr)) {
                throw PyErr.typeError(qualname + "() keywords must be strings");
            }
            int j = findParameter(names, code.posonlyargcount, total, (PyStr) keyword);
            if (j < 0) {
                if (kwdict == null) {
                    if (code.posonlyargcount > 0) {
                        positionalOnlyAsKeyword(code, kwnames, qualname);
                    }
                    throw PyErr.typeError(qualname + "() got an unexpected keyword argument '"
                            + ((PyStr) keyword).value() + "'");
                }
                kwdict.setItem(keyword, value);
                continue;
            }
            if (locals[j] != null) {
                throw PyErr.typeError(qualname + "() got multiple values for argument '" + ((PyStr) keyword).value()
                        + "'");
            }
            locals[j] = value;
        }
        if (npos > co && (code.flags & CO_VARARGS) == 0) {
            throw tooManyPositional(code, fn.defaults, locals, npos, qualname);
        }
        int defcount = fn.defaults == null ? 0 : fn.defaults.size();
        if (npos < co) {
            int required = co - defcount;
            int missing = 0;
            for (int i = npos; i < required; i++) {
                if (locals[i] == null) {
                    missing++;
                }
            }
            if (missing > 0) {
                throw missingArguments(names, locals, 0, required, missing, "positional", qualname);
            }
            for (int i = Math.max(npos, required); i < co; i++) {
                if (locals[i] == null) {
                    locals[i] = fn.defaults.get(i - required);
                }
            }
        }
        if (kwonly > 0) {
            int missing = 0;
            for (int i = co; i < total; i++) {
                if (locals[i] != null) {
                    continue;
                }
                if (fn.kwdefaults != null) {
                    PyObject d = fn.kwdefaults.getItem(names.get(i));
                    if (d != null) {
                        locals[i] = d;
                        continue;
                    }
                }
                missing++;
            }
            if (missing > 0) {
                throw missingArguments(names, locals, co, total, missing, "keyword-only", qualname);
            }
        }
    }

    private static int findParameter(PyTuple names, int from, int to, PyStr keyword) {
        for (int j = from; j < to; j++) {
            if (names.get(j) == keyword) {
                return j;
            }
        }
        for (int j = from; j < to; j++) {
            if (names.get(j).equals(keyword)) {
                return j;
            }
        }
        return -1;
    }

    private static void positionalOnlyAsKeyword(CodeObject code, PyTuple kwnames, String qualname) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (int j = 0; j < code.posonlyargcount; j++) {
            PyObject name = code.localsplusnames.get(j);
            for (PyObject k : kwnames) {
                if (k.equals(name)) {
                    found.add(((PyStr) name).value());
                    break;
                }
            }
        }
        if (!found.isEmpty()) {
            throw PyErr.typeError(qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", found) + "'");
        }
    }

    private static PyException tooManyPositional(CodeObject code, PyTuple defaults, PyObject[] locals, int given,
            String qualname) {
        int co = code.argcount;
        int kwonlyGiven = 0;
        for (int i = co; i < co + code.kwonlyargcount; i++) {
            if (locals[i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = defaults == null ? 0 : defaults.size();
        String sig;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (co - defcount) + " to " + co;
        } else {
            plural = co != 1;
            sig = String.valueOf(co);
        }
        String kwonlySig = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return PyErr.typeError(qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but "
                + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private static PyException missingArguments(PyTuple names, PyObject[] locals, int start, int end, int missing,
            String kind, String qualname) {
        java.util.List<String> list = new java.util.ArrayList<>();
        for (int i = start; i < end; i++) {
            if (locals[i] == null) {
                list.add(Abstract.repr(names.get(i)).value());
            }
        }
        String joined;
        int k = list.size();
        if (k == 1) {
            joined = list.get(0);
        } else if (k == 2) {
            joined = list.get(0) + " and " + list.get(1);
        } else {
            joined = String.join(", ", list.subList(0, k - 1)) + ", and " + list.get(k - 1);
        }
        return PyErr.typeError(qualname + "() missing " + missing + " required " + kind + " argument"
                + (missing == 1 ? "" : "s") + ": " + joined);
    }

    /** Runs a code object as a module body or exec'd code: names resolve in {@code locals}, then globals. */
    public static PyObject runCode(CodeObject code, PyDict globals, PyObject locals) {
        ThreadState ts = ThreadState.current();
        PyObject b = globals.getStr(org.adder.objects.SpecialNames.__builtins__);
        PyDict builtins;
        if (b instanceof org.adder.objects.PyModule mod) {
            builtins = mod.getDict();
        } else if (b instanceof PyDict bd) {
            builtins = bd;
        } else {
            builtins = ts.interpreter().builtinsDict();
            globals.setItem(org.adder.objects.SpecialNames.__builtins__, ts.interpreter().builtins());
        }
        Frame frame = new Frame(code, null, globals, builtins, locals);
        return Interpreter.execute(ts, frame);
    }

    /** A class body: its code run with the namespace as locals and the function's closure. */
    public static PyObject runClassBody(PyFunction body, PyObject namespace) {
        ThreadState ts = ThreadState.current();
        Frame frame = new Frame(body.code, body, body.globals, (PyDict) body.builtins, namespace);
        frame.closure = body.closure;
        return Interpreter.execute(ts, frame);
    }

    static PyException typeError(PyObject t) {
        return PyErr.of(ExceptionTypes.TypeError, t);
    }
}

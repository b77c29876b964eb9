package org.adder.vm;

import org.adder.bytecode.CodeObject;
import org.adder.objects.Abstract;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.FastPaths;
import org.adder.objects.Formatting;
import org.adder.objects.ObjectType;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyCell;
import org.adder.objects.PyDict;
import org.adder.objects.PyErr;
import org.adder.objects.PyException;
import org.adder.objects.PyFunction;
import org.adder.objects.PyList;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PySet;
import org.adder.objects.PySlice;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.objects.PyType;
import org.adder.objects.SpecialNames;
import org.adder.objects.Slots;

/**
 * The instructions' work that does not fit in the dispatch loop: name resolution, building containers,
 * unpacking, raising, {@code with}, making functions and classes. Each method is what one instruction
 * does in CPython 3.12's {@code bytecodes.c}, with its error messages.
 */
final class Ops {
    private Ops() {
    }

    static boolean isTrue(PyObject v) {
        return Abstract.isTrue(v);
    }

    static PyObject binary(PyObject v, PyObject w, int op) {
        PyObject r = FastPaths.binary(v, w, op);
        return r != null ? r : Abstract.binaryOp(v, w, op);
    }

    static PyObject compare(PyObject v, PyObject w, int op) {
        PyObject r = FastPaths.compare(v, w, op);
        return r != null ? r : Abstract.richCompare(v, w, op);
    }

    static PyObject subscript(PyObject container, PyObject key) {
        PyObject r = FastPaths.subscript(container, key);
        return r != null ? r : Abstract.getItem(container, key);
    }

    static void storeSubscript(PyObject container, PyObject key, PyObject value) {
        Abstract.setItem(container, key, value);
    }

    static PyObject slice(PyObject container, PyObject start, PyObject stop) {
        return Abstract.getItem(container, new PySlice(start, stop, PyNone.NONE));
    }

    static void storeSlice(PyObject container, PyObject start, PyObject stop, PyObject value) {
        Abstract.setItem(container, new PySlice(start, stop, PyNone.NONE), value);
    }

    static PyObject next(PyObject it) {
        return Abstract.next(it);
    }

    // --- names ----------------------------------------------------------------------------------------------

    static PyException unboundLocal(Frame f, int i) {
        // as CPython, only a NameError proper records the name: UnboundLocalError's name is None
        PyStr name = f.info.localNames[i];
        return PyErr.of(ExceptionTypes.UnboundLocalError, "cannot access local variable '" + name.value()
                + "' where it is not associated with a value");
    }

    private static PyException unboundDeref(Frame f, int i) {
        if ((f.info.kinds[i] & CodeInfo.CO_FAST_FREE) != 0) {
            PyStr name = f.info.localNames[i];
            return PyErr.nameError("cannot access free variable '" + name.value()
                    + "' where it is not associated with a value in enclosing scope", name);
        }
        return unboundLocal(f, i);
    }

    static PyException notDefined(PyStr name) {
        return PyErr.nameError("name '" + name.value() + "' is not defined", name);
    }

    static PyObject loadGlobal(Frame f, PyStr name) {
        PyObject v = f.globals.getStr(name);
        if (v == null) {
            v = f.builtins.getStr(name);
            if (v == null) {
                throw notDefined(name);
            }
        }
        return v;
    }

    static void deleteGlobal(Frame f, PyStr name) {
        if (f.globals.delItemIfPresent(name) == null) {
            throw notDefined(name);
        }
    }

    /** A name in a mapping that need not be a dict: null when absent (KeyError), other errors propagate. */
    private static PyObject mappingGet(PyObject mapping, PyStr name) {
        if (mapping.getClass() == PyDict.class) {
            return ((PyDict) mapping).getStr(name);
        }
        try {
            return Abstract.getItem(mapping, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static PyObject loadName(Frame f, PyStr name) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found when loading " + Abstract.repr(name).value());
        }
        PyObject v = mappingGet(f.locals, name);
        return v != null ? v : loadGlobal(f, name);
    }

    static void storeName(Frame f, PyStr name, PyObject value) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found when storing " + Abstract.repr(name).value());
        }
        if (f.locals.getClass() == PyDict.class) {
            ((PyDict) f.locals).setItem(name, value);
        } else {
            Abstract.setItem(f.locals, name, value);
        }
    }

    static void deleteName(Frame f, PyStr name) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals when deleting " + Abstract.repr(name).value());
        }
        try {
            Abstract.delItem(f.locals, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KeyError)) {
                throw notDefined(name);
            }
            throw e;
        }
    }

    static PyObject loadFromDictOrGlobals(Frame f, PyObject mapping, PyStr name) {
        PyObject v = mappingGet(mapping, name);
        return v != null ? v : loadGlobal(f, name);
    }

    static PyObject loadFromDictOrDeref(Frame f, PyObject mapping, int i) {
        PyObject v = mappingGet(mapping, f.info.localNames[i]);
        if (v != null) {
            return v;
        }
        return loadDeref(f, i);
    }

    static PyObject loadDeref(Frame f, int i) {
        PyObject v = ((PyCell) f.localsplus[i]).value;
        if (v == null) {
            throw unboundDeref(f, i);
        }
        return v;
    }

    static void deleteDeref(Frame f, int i) {
        PyCell c = (PyCell) f.localsplus[i];
        if (c.value == null) {
            throw unboundDeref(f, i);
        }
        c.value = null;
    }

    static void copyFreeVars(Frame f, int n) {
        PyTuple closure = f.closure;
        int offset = f.info.nlocalsplus - n;
        for (int i = 0; i < n; i++) {
            f.localsplus[offset + i] = closure.get(i);
        }
    }

    static PyObject loadBuildClass(Frame f) {
        PyObject v = f.builtins.getStr(SpecialNames.__build_class__);
        if (v == null) {
            throw PyErr.of(ExceptionTypes.NameError, "__build_class__ not found");
        }
        return v;
    }

    static void setupAnnotations(Frame f) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found when setting up annotations");
        }
        if (mappingGet(f.locals, SpecialNames.__annotations__) == null) {
            storeName(f, SpecialNames.__annotations__, new PyDict());
        }
    }

    static PyObject loadLocals(Frame f) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found");
        }
        return f.locals;
    }

    // --- attributes ------------------------------------------------------------------------------------------

    /** {@code _PyObject_LookupSpecial}: the attribute found on the type, bound to obj; null when absent. */
    static PyObject lookupSpecial(PyObject obj, PyStr name) {
        PyType t = obj.type();
        PyObject d = t.lookup(name);
        if (d == null) {
            return null;
        }
        Slots.DescrGet g = d.type().tp_descr_get;
        return g == null ? d : g.get(d, obj, t);
    }

    /**
     * LOAD_ATTR's method form: [obj] becomes [function, obj] when the attribute is a plain method found on
     * the type (no bound method is made), else [NULL, attribute].
     */
    static int loadMethod(PyObject[] lp, int sp, PyStr name) {
        PyObject obj = lp[sp - 1];
        PyType tp = obj.type();
        if (tp.tp_getattro == ObjectType.GENERIC_GETATTR) {
            PyObject descr = tp.lookup(name);
            if (descr != null && (descr.type().flags & PyType.METHOD_DESCRIPTOR) != 0) {
                PyDict d = obj.getDict();
                PyObject shadow = d == null ? null : d.getItem(name);
                if (shadow == null) {
                    lp[sp - 1] = descr;
                    lp[sp] = obj;
                    return sp + 1;
                }
                lp[sp - 1] = null;
                lp[sp] = shadow;
                return sp + 1;
            }
        }
        lp[sp - 1] = null;
        lp[sp] = Abstract.getAttr(obj, name);
        return sp + 1;
    }

    /** LOAD_SUPER_ATTR: [super, class, self] becomes the attribute (or [method, self] in the method form). */
    static int loadSuperAttr(Frame f, PyObject[] lp, int sp, int arg, PyStr name) {
        PyObject globalSuper = lp[sp - 3];
        PyObject cls = lp[sp - 2];
        PyObject self = lp[sp - 1];
        sp -= 3;
        lp[sp + 1] = null;
        lp[sp + 2] = null;
        boolean method = (arg & 1) != 0;
        if (globalSuper == org.adder.objects.PySuper.TYPE && cls instanceof PyType type) {
            PyType start = org.adder.objects.PySuper.checkType(type, self);
            PyType[] mro = start.mro();
            int i = 0;
            while (i < mro.length && mro[i] != type) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject res = mro[i].dict().getStr(name);
                if (res != null) {
                    if (method && (res.type().flags & PyType.METHOD_DESCRIPTOR) != 0
                            && self.type().tp_getattro == ObjectType.GENERIC_GETATTR && start != self) {
                        lp[sp] = res;
                        lp[sp + 1] = self;
                        return sp + 2;
                    }
                    Slots.DescrGet g = res.type().tp_descr_get;
                    PyObject v = g == null ? res : g.get(res, self == start ? null : self, start);
                    return push(lp, sp, method, v);
                }
            }
            PyObject sup = Abstract.call(globalSuper, cls, self);
            return push(lp, sp, method, Abstract.getAttr(sup, name));
        }
        PyObject sup = (arg & 2) != 0 ? Abstract.call(globalSuper, cls, self) : Abstract.call(globalSuper);
        return push(lp, sp, method, Abstract.getAttr(sup, name));
    }

    private static int push(PyObject[] lp, int sp, boolean method, PyObject v) {
        if (method) {
            lp[sp++] = null;
        }
        lp[sp++] = v;
        return sp;
    }

    // --- building ---------------------------------------------------------------------------------------------

    private static PyObject[] take(PyObject[] lp, int from, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(lp, from, items, 0, n);
        if (n > 1) {
            java.util.Arrays.fill(lp, from + 1, from + n, null);
        }
        return items;
    }

    static PyObject buildTuple(PyObject[] lp, int sp, int n) {
        return n == 0 ? PyTuple.EMPTY : PyTuple.wrap(take(lp, sp, n));
    }

    static PyObject buildList(PyObject[] lp, int sp, int n) {
        return new PyList(take(lp, sp, n));
    }

    static PyObject buildSet(PyObject[] lp, int sp, int n) {
        PySet s = new PySet();
        for (PyObject item : take(lp, sp, n)) {
            s.add(item);
        }
        return s;
    }

    static PyObject buildMap(PyObject[] lp, int sp, int n) {
        PyObject[] items = take(lp, sp, 2 * n);
        PyDict d = PyDict.withCapacity(n);
        for (int i = 0; i < n; i++) {
            d.setItem(items[2 * i], items[2 * i + 1]);
        }
        return d;
    }

    static PyObject buildConstKeyMap(PyObject[] lp, int sp, int n) {
        PyObject[] items = take(lp, sp, n + 1);
        PyTuple keys = (PyTuple) items[n];
        PyDict d = PyDict.withCapacity(n);
        for (int i = 0; i < n; i++) {
            d.setItem(keys.get(i), items[i]);
        }
        return d;
    }

    static PyObject buildString(PyObject[] lp, int sp, int n) {
        if (n == 1) {
            return lp[sp];
        }
        StringBuilder b = new StringBuilder();
        for (PyObject s : take(lp, sp, n)) {
            b.append(((PyStr) s).value());
        }
        return PyStr.of(b.toString());
    }

    static PyObject buildSlice(PyObject[] lp, int sp, int n) {
        PyObject[] items = take(lp, sp, n);
        return new PySlice(items[0], items[1], n == 3 ? items[2] : PyNone.NONE);
    }

    static void setAdd(PyObject set, PyObject v) {
        ((PySet) set).add(v);
    }

    static void listExtend(PyObject list, PyObject iterable) {
        if (iterable.type().tp_iter == null && !Abstract.isSequence(iterable)) {
            throw PyErr.typeError("Value after * must be an iterable, not " + iterable.type().getName());
        }
        ((PyList) list).extend(iterable);
    }

    static void setUpdate(PyObject set, PyObject iterable) {
        Abstract.callMethod(set, "update", iterable);
    }

    static void dictUpdate(PyObject dict, PyObject update) {
        try {
            org.adder.objects.DictMethods.updateMapping((PyDict) dict, update);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) {
                throw PyErr.typeError("'" + update.type().getName() + "' object is not a mapping");
            }
            throw e;
        }
    }

    static void dictMerge(PyObject func, PyObject dict, PyObject update) {
        try {
            org.adder.objects.DictMethods.mergeNoOverride((PyDict) dict, update);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) {
                throw PyErr.typeError(Calls.functionStr(func) + " argument after ** must be a mapping, not "
                        + update.type().getName());
            }
            if (e.matches(ExceptionTypes.KeyError)) {
                PyTuple args = e.value().args();
                if (args.size() == 1 && args.get(0) instanceof PyStr key) {
                    throw PyErr.typeError(Calls.functionStr(func) + " got multiple values for keyword argument '"
                            + key.value() + "'");
                }
            }
            throw e;
        }
    }

    // --- unpacking --------------------------------------------------------------------------------------------

    private static PyObject iterForUnpack(PyObject seq) {
        if (seq.type().tp_iter == null && !Abstract.isSequence(seq)) {
            throw PyErr.typeError("cannot unpack non-iterable " + seq.type().getName() + " object");
        }
        return Abstract.getIter(seq);
    }

    static int unpackSequence(PyObject[] lp, int sp, int n) {
        PyObject seq = lp[--sp];
        if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == n) {
            PyTuple t = (PyTuple) seq;
            for (int i = n - 1; i >= 0; i--) {
                lp[sp++] = t.get(i);
            }
            return sp;
        }
        if (seq.getClass() == PyList.class && ((PyList) seq).size() == n) {
            PyList l = (PyList) seq;
            for (int i = n - 1; i >= 0; i--) {
                lp[sp++] = l.get(i);
            }
            return sp;
        }
        PyObject it = iterForUnpack(seq);
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject v = Abstract.next(it);
            if (v == null) {
                throw PyErr.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            }
            items[i] = v;
        }
        if (Abstract.next(it) != null) {
            throw PyErr.valueError("too many values to unpack (expected " + n + ")");
        }
        for (int i = n - 1; i >= 0; i--) {
            lp[sp++] = items[i];
        }
        return sp;
    }

    static int unpackEx(PyObject[] lp, int sp, int arg) {
        int before = arg & 0xff;
        int after = arg >> 8;
        PyObject seq = lp[--sp];
        PyObject it = iterForUnpack(seq);
        PyObject[] head = new PyObject[before];
        for (int i = 0; i < before; i++) {
            PyObject v = Abstract.next(it);
            if (v == null) {
                throw PyErr.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                        + i + ")");
            }
            head[i] = v;
        }
        java.util.List<PyObject> rest = new java.util.ArrayList<>();
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            rest.add(v);
        }
        if (rest.size() < after) {
            throw PyErr.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + (before + rest.size()) + ")");
        }
        int middle = rest.size() - after;
        for (int i = after - 1; i >= 0; i--) {
            lp[sp++] = rest.get(middle + i);
        }
        lp[sp++] = PyList.of(rest.subList(0, middle));
        for (int i = before - 1; i >= 0; i--) {
            lp[sp++] = head[i];
        }
        return sp;
    }

    // --- f-strings ---------------------------------------------------------------------------------------------

    static int formatValue(PyObject[] lp, int sp, int flags) {
        PyObject spec = null;
        if ((flags & 4) != 0) {
            spec = lp[--sp];
            lp[sp] = null;
        }
        PyObject value = lp[sp - 1];
        switch (flags & 3) {
            case 1 -> value = Abstract.str(value);
            case 2 -> value = Abstract.repr(value);
            case 3 -> value = Formatting.ascii(value);
            default -> {
            }
        }
        if (spec == null && value.getClass() == PyStr.class) {
            lp[sp - 1] = value;
        } else {
            lp[sp - 1] = Formatting.format(value, spec == null ? "" : ((PyStr) spec).value());
        }
        return sp;
    }

    // --- functions ----------------------------------------------------------------------------------------------

    static int makeFunction(Frame f, PyObject[] lp, int sp, int flags) {
        CodeObject code = (CodeObject) lp[--sp];
        lp[sp] = null;
        PyFunction fn = new PyFunction(code, f.globals, code.qualname);
        if ((flags & 8) != 0) {
            fn.closure = (PyTuple) lp[--sp];
            lp[sp] = null;
        }
        if ((flags & 4) != 0) {
            fn.annotations = annotations(lp[--sp]);
            lp[sp] = null;
        }
        if ((flags & 2) != 0) {
            fn.kwdefaults = (PyDict) lp[--sp];
            lp[sp] = null;
        }
        if ((flags & 1) != 0) {
            fn.defaults = (PyTuple) lp[--sp];
            lp[sp] = null;
        }
        lp[sp++] = fn;
        return sp;
    }

    /** MAKE_FUNCTION's annotations: 3.12's compiler passes a tuple of name/value pairs. */
    private static PyObject annotations(PyObject a) {
        if (a instanceof PyTuple t) {
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < t.size(); i += 2) {
                d.setItem(t.get(i), t.get(i + 1));
            }
            return d;
        }
        return a;
    }

    // --- exceptions ---------------------------------------------------------------------------------------------

    /** Makes an exception object from what {@code raise} was given: a class is called, an instance kept. */
    private static PyBaseException exceptionFrom(PyObject v, String what) {
        if (v instanceof PyType t && t.isSubtype(ExceptionTypes.BaseException)) {
            PyObject e = Abstract.call(t);
            if (!(e instanceof PyBaseException be)) {
                throw PyErr.typeError("calling " + Abstract.repr(t).value()
                        + " should have returned an instance of BaseException, not " + e.type().getName());
            }
            return be;
        }
        if (v instanceof PyBaseException be) {
            return be;
        }
        throw PyErr.typeError(what);
    }

    static PyException raise(ThreadState ts, PyObject[] lp, int sp, int n) {
        if (n == 0) {
            PyObject e = ts.currentException();
            if (e == null) {
                return PyErr.runtimeError("No active exception to reraise");
            }
            ts.reraising = true;
            return ((PyBaseException) e).raise();
        }
        PyObject cause = n == 2 ? lp[sp - 1] : null;
        PyBaseException exc = exceptionFrom(lp[sp - n], "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.NONE) {
                exc.setCause(null);
            } else {
                exc.setCause(exceptionFrom(cause, "exception causes must derive from BaseException"));
            }
            exc.setSuppressContext(true);
        }
        chainContext(ts, exc);
        return exc.raise();
    }

    /** Sets {@code __context__} to the exception being handled, breaking any cycle it would make. */
    static void chainContext(ThreadState ts, PyBaseException exc) {
        PyObject handled = ts.currentException();
        if (handled == null || handled == exc) {
            return;
        }
        PyObject o = handled;
        PyObject slow = o;
        boolean toggle = false;
        while (true) {
            PyObject ctx = ((PyBaseException) o).getContext();
            if (ctx == null) {
                break;
            }
            if (ctx == exc) {
                ((PyBaseException) o).setContext(null);
                break;
            }
            o = ctx;
            if (o == slow) {
                break;
            }
            if (toggle) {
                slow = ((PyBaseException) slow).getContext();
            }
            toggle = !toggle;
        }
        exc.setContext(handled);
    }

    static PyException reraise(ThreadState ts, Frame f, PyObject[] lp, int sp, int arg) {
        PyObject exc = lp[sp - 1];
        if (arg != 0) {
            f.reraiseLasti = Abstract.asIndex(lp[sp - 1 - arg]) * 2;
        }
        ts.reraising = true;
        return ((PyBaseException) exc).raise();
    }

    private static final String BAD_CATCH = "catching classes that do not inherit from BaseException is not allowed";

    private static void checkCatchable(PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject e : t) {
                if (!(e instanceof PyType et && et.isSubtype(ExceptionTypes.BaseException))) {
                    throw PyErr.typeError(BAD_CATCH);
                }
            }
        } else if (!(type instanceof PyType et && et.isSubtype(ExceptionTypes.BaseException))) {
            throw PyErr.typeError(BAD_CATCH);
        }
    }

    static boolean exceptionMatches(PyObject exc, PyObject type) {
        checkCatchable(type);
        return givenMatches(exc, type);
    }

    static boolean givenMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject e : t) {
                if (givenMatches(exc, e)) {
                    return true;
                }
            }
            return false;
        }
        return exc.type().isSubtype((PyType) type);
    }

    static void checkEgMatch(PyObject[] lp, int sp) {
        PyObject exc = lp[sp - 2];
        PyObject type = lp[sp - 1];
        checkCatchable(type);
        boolean group = type instanceof PyTuple t ? anyGroup(t) : ((PyType) type).isSubtype(ExceptionTypes.BaseExceptionGroup);
        if (group) {
            throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        PyObject match;
        PyObject rest;
        if (exc == PyNone.NONE) {
            match = PyNone.NONE;
            rest = PyNone.NONE;
        } else if (givenMatches(exc, type)) {
            if (exc.type().isSubtype(ExceptionTypes.BaseExceptionGroup)) {
                match = exc;
            } else {
                PyBaseException wrapped = (PyBaseException) Abstract.call(ExceptionTypes.BaseExceptionGroup,
                        PyStr.EMPTY, PyTuple.of(exc));
                wrapped.setTraceback(((PyBaseException) exc).getTraceback());
                match = wrapped;
            }
            rest = PyNone.NONE;
        } else if (exc.type().isSubtype(ExceptionTypes.BaseExceptionGroup)) {
            PyTuple pair = (PyTuple) Abstract.callMethod(exc, "split", type);
            match = pair.get(0);
            rest = pair.get(1);
        } else {
            match = PyNone.NONE;
            rest = PyNone.NONE;
        }
        lp[sp - 2] = rest;
        lp[sp - 1] = match;
        if (match != PyNone.NONE) {
            ThreadState.current().excInfo.value = match;
        }
    }

    private static boolean anyGroup(PyTuple t) {
        for (PyObject e : t) {
            if (((PyType) e).isSubtype(ExceptionTypes.BaseExceptionGroup)) {
                return true;
            }
        }
        return false;
    }

    // --- with ---------------------------------------------------------------------------------------------------

    static int beforeWith(PyObject[] lp, int sp) {
        PyObject mgr = lp[sp - 1];
        PyObject enter = lookupSpecial(mgr, SpecialNames.__enter__);
        if (enter == null) {
            throw PyErr.typeError("'" + mgr.type().getName() + "' object does not support the context manager protocol");
        }
        PyObject exit = lookupSpecial(mgr, SpecialNames.__exit__);
        if (exit == null) {
            throw PyErr.typeError("'" + mgr.type().getName()
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        lp[sp - 1] = exit;
        lp[sp] = Abstract.call(enter);
        return sp + 1;
    }

    static PyObject withExceptStart(PyObject exit, PyObject val) {
        PyObject tb = ((PyBaseException) val).getTraceback();
        return Abstract.call(exit, val.type(), val, tb == null ? PyNone.NONE : tb);
    }
}

package org.adder.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.adder.objects.Abstract;
import org.adder.objects.ExceptionBehaviour;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyDict;
import org.adder.objects.PyErr;
import org.adder.objects.PyFunction;
import org.adder.objects.PyList;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.objects.SpecialNames;

/** CALL_INTRINSIC_1 and CALL_INTRINSIC_2: the operations 3.12's compiler calls by number. */
final class Intrinsics {
    private Intrinsics() {
    }

    static PyObject call1(ThreadState ts, Frame f, int which, PyObject v) {
        return switch (which) {
            case 1 -> {
                Abstract.call(Abstract.getAttr(ts.interpreter().sys(), PyStr.intern("displayhook")), v);
                yield PyNone.NONE;
            }
            case 2 -> importStar(f, v);
            case 3 -> stopIterationError(f, (PyBaseException) v);
            case 4 -> new AsyncGenerators.Wrapped(v);
            case 5 -> Abstract.positive(v);
            case 6 -> PyTuple.of(((PyList) v).asList());
            case 7 -> new Typing.TypeVar((PyStr) v, null, null);
            case 8 -> new Typing.ParamSpec((PyStr) v);
            case 9 -> new Typing.TypeVarTuple((PyStr) v);
            case 10 -> Typing.subscriptGeneric(v);
            case 11 -> Typing.typeAlias((PyTuple) v);
            default -> throw PyErr.systemError("invalid intrinsic function");
        };
    }

    static PyObject call2(Frame f, int which, PyObject a, PyObject b) {
        return switch (which) {
            case 1 -> prepReraiseStar(a, b);
            case 2 -> new Typing.TypeVar((PyStr) a, b, null);
            case 3 -> new Typing.TypeVar((PyStr) a, null, b);
            case 4 -> {
                ((PyFunction) a).typeParams = (PyTuple) b;
                yield a;
            }
            default -> throw PyErr.systemError("invalid intrinsic function");
        };
    }

    /** {@code from m import *}: m's {@code __all__}, or its names not starting with an underscore. */
    private static PyObject importStar(Frame f, PyObject module) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found during 'import *'");
        }
        PyObject all = Abstract.getAttrOrNull(module, PyStr.intern("__all__"));
        boolean skipPrivate = all == null;
        if (all == null) {
            PyObject dict = Abstract.getAttrOrNull(module, SpecialNames.__dict__);
            if (dict == null) {
                throw PyErr.of(ExceptionTypes.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            all = Abstract.callMethod(dict, "keys");
        }
        for (PyObject name : Abstract.iterable(all)) {
            if (!(name instanceof PyStr s)) {
                String modname = Abstract.str(Abstract.getAttr(module, SpecialNames.__name__)).value();
                throw PyErr.typeError(skipPrivate ? "Key in " + modname + ".__dict__ must be str, not "
                        + name.type().getName() : "Item in " + modname + ".__all__ must be str, not " + name.type().getName());
            }
            if (skipPrivate && s.value().startsWith("_")) {
                continue;
            }
            Ops.storeName(f, s, Abstract.getAttr(module, s));
        }
        return PyNone.NONE;
    }

    /** PEP 479: a StopIteration leaving a generator's frame becomes RuntimeError. */
    private static PyObject stopIterationError(Frame f, PyBaseException exc) {
        String msg = null;
        int flags = f.code.flags;
        String kind = (flags & Generators.CO_ASYNC_GENERATOR) != 0 ? "async generator"
                : (flags & Generators.CO_COROUTINE) != 0 ? "coroutine" : "generator";
        if (exc.type().isSubtype(ExceptionTypes.StopIteration)) {
            msg = kind + " raised StopIteration";
        } else if ((flags & Generators.CO_ASYNC_GENERATOR) != 0
                && exc.type().isSubtype(ExceptionTypes.StopAsyncIteration)) {
            msg = "async generator raised StopAsyncIteration";
        }
        if (msg == null) {
            return exc;
        }
        PyBaseException r = PyErr.runtimeError(msg).value();
        r.setCause(exc);
        r.setContext(exc);
        r.setSuppressContext(true);
        return r;
    }

    /** {@code _PyExc_PrepReraiseStar}: what an except* statement raises once its clauses have run. */
    private static PyObject prepReraiseStar(PyObject orig, PyObject excs) {
        List<PyObject> list = ((PyList) excs).asList();
        if (list.isEmpty()) {
            return PyNone.NONE;
        }
        if (!orig.type().isSubtype(ExceptionTypes.BaseExceptionGroup)) {
            return list.get(0);
        }
        PyBaseException eg = (PyBaseException) orig;
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (PyObject e : list) {
            if (e == PyNone.NONE) {
                continue;
            }
            if (sameMetadata((PyBaseException) e, eg)) {
                reraised.add(e);
            } else {
                raised.add(e);
            }
        }
        Set<PyObject> leaves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PyObject e : reraised) {
            collectLeaves(e, leaves);
        }
        PyObject reraisedEg = leaves.isEmpty() ? null : ExceptionBehaviour.project(eg, leaves::contains);
        if (raised.isEmpty()) {
            return reraisedEg == null ? PyNone.NONE : reraisedEg;
        }
        if (reraisedEg != null) {
            raised.add(reraisedEg);
        }
        if (raised.size() == 1) {
            return raised.get(0);
        }
        return Abstract.call(ExceptionTypes.ExceptionGroup, PyStr.EMPTY, PyList.of(raised));
    }

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        PyDict da = a.getDict();
        PyDict db = b.getDict();
        PyObject na = da.getStr(PyStr.intern("__notes__"));
        PyObject nb = db.getStr(PyStr.intern("__notes__"));
        return na == nb && a.getTraceback() == b.getTraceback() && a.getCause() == b.getCause()
                && a.getContext() == b.getContext();
    }

    private static void collectLeaves(PyObject e, Set<PyObject> into) {
        if (e instanceof PyBaseException be && be.type().isSubtype(ExceptionTypes.BaseExceptionGroup)) {
            for (PyObject x : (PyTuple) Abstract.getAttr(e, PyStr.intern("exceptions"))) {
                collectLeaves(x, into);
            }
        } else {
            into.add(e);
        }
    }
}

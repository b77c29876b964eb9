package org.adder.vm;

import org.adder.objects.Abstract;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyErr;
import org.adder.objects.PyException;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyType;
import org.adder.objects.SpecialNames;
import org.adder.objects.Slots;

/** The instructions of generators, {@code yield from}, {@code await}, {@code async for} and {@code async with}. */
final class Generators {
    static final int CO_COROUTINE = 0x80;
    static final int CO_ITERABLE_COROUTINE = 0x100;
    static final int CO_ASYNC_GENERATOR = 0x200;

    private Generators() {
    }

    /** RETURN_GENERATOR: the frame becomes the body of a new generator, coroutine or async generator. */
    static PyObject make(Frame f) {
        int flags = f.code.flags;
        PyGenerator.Kind kind = (flags & CO_COROUTINE) != 0 ? PyGenerator.Kind.COROUTINE
                : (flags & CO_ASYNC_GENERATOR) != 0 ? PyGenerator.Kind.ASYNC_GENERATOR : PyGenerator.Kind.GENERATOR;
        PyGenerator g = kind == PyGenerator.Kind.ASYNC_GENERATOR ? new AsyncGenerators.AsyncGen(f) : new PyGenerator(kind, f);
        f.generator = g;
        return g;
    }

    /**
     * SEND: resumes the receiver with {@code v}; returns what it yielded, or null when it finished, with its
     * return value kept for {@link #takeReturnValue}.
     */
    static PyObject send(ThreadState ts, PyObject receiver, PyObject v) {
        if (receiver instanceof PyGenerator g && g.kind != PyGenerator.Kind.ASYNC_GENERATOR) {
            return g.resume(ts, v, null, false);
        }
        try {
            if (v == PyNone.NONE && receiver.type().tp_iternext != null) {
                ts.sendReturn = null;
                PyObject r = receiver.type().isHeapType()
                        ? Abstract.call(Abstract.getAttr(receiver, SpecialNamesVm.NEXT))
                        : receiver.type().tp_iternext.next(receiver);
                if (r == null && ts.sendReturn == null) {
                    ts.sendReturn = PyNone.NONE;
                }
                return r;
            }
            return Abstract.callMethod(receiver, "send", v);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                ts.sendReturn = stopValue(e.value());
                return null;
            }
            throw e;
        }
    }

    static PyObject stopValue(PyBaseException e) {
        return e.args().size() > 0 ? e.args().get(0) : PyNone.NONE;
    }

    static PyObject takeReturnValue(ThreadState ts) {
        PyObject v = ts.sendReturn;
        ts.sendReturn = null;
        return v == null ? PyNone.NONE : v;
    }

    /** {@code _PyCoro_GetAwaitableIter}, with GET_AWAITABLE's messages for async with. */
    static PyObject getAwaitable(PyObject o, int where) {
        PyObject it;
        try {
            it = awaitableIter(o);
        } catch (PyException e) {
            if (where != 0 && e.matches(ExceptionTypes.TypeError) && o.type().am_await == null
                    && o.type().lookup(SpecialNames.__await__) == null) {
                throw PyErr.typeError("'async with' received an object from " + (where == 1 ? "__aenter__" : "__aexit__")
                        + " that does not implement __await__: " + o.type().getName());
            }
            throw e;
        }
        if (it instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE && g.delegate() != null) {
            throw PyErr.runtimeError("coroutine is being awaited already");
        }
        return it;
    }

    static PyObject awaitableIter(PyObject o) {
        if (o instanceof PyGenerator g && (g.kind == PyGenerator.Kind.COROUTINE
                || g.kind == PyGenerator.Kind.GENERATOR && (g.frame.code.flags & CO_ITERABLE_COROUTINE) != 0)) {
            return o;
        }
        PyType t = o.type();
        PyObject res;
        if (t.am_await != null) {
            res = t.am_await.call(o);
        } else {
            PyObject m = t.lookup(SpecialNames.__await__);
            if (m == null) {
                throw PyErr.typeError("object " + t.getName() + " can't be used in 'await' expression");
            }
            res = Abstract.callDescriptor(m, o);
        }
        if (res instanceof PyGenerator g && (g.kind == PyGenerator.Kind.COROUTINE
                || (g.frame.code.flags & CO_ITERABLE_COROUTINE) != 0)) {
            throw PyErr.typeError("__await__() returned a coroutine");
        }
        if (res.type().tp_iternext == null) {
            throw PyErr.typeError("__await__() returned non-iterator of type '" + res.type().getName() + "'");
        }
        return res;
    }

    static PyObject getYieldFromIter(Frame f, PyObject o) {
        if (o instanceof PyGenerator g) {
            if (g.kind == PyGenerator.Kind.COROUTINE) {
                if ((f.code.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) == 0) {
                    throw PyErr.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                }
                return o;
            }
            if (g.kind == PyGenerator.Kind.GENERATOR) {
                return o;
            }
        }
        return Abstract.getIter(o);
    }

    /** CLEANUP_THROW: [sub, sent, exc] becomes [None, value] if exc is StopIteration, else exc goes on. */
    static int cleanupThrow(ThreadState ts, PyObject[] lp, int sp) {
        PyObject exc = lp[sp - 1];
        if (exc.type().isSubtype(ExceptionTypes.StopIteration)) {
            PyObject value = stopValue((PyBaseException) exc);
            lp[sp - 1] = null;
            lp[sp - 3] = PyNone.NONE;
            lp[sp - 2] = value;
            return sp - 1;
        }
        ts.reraising = true;
        throw ((PyBaseException) exc).raise();
    }

    static PyObject getAiter(PyObject o) {
        PyType t = o.type();
        PyObject it;
        if (t.am_aiter != null) {
            it = t.am_aiter.call(o);
        } else {
            PyObject m = t.lookup(SpecialNames.__aiter__);
            if (m == null) {
                throw PyErr.typeError("'async for' requires an object with __aiter__ method, got " + t.getName());
            }
            it = Abstract.callDescriptor(m, o);
        }
        if (it.type().am_anext == null && it.type().lookup(SpecialNames.__anext__) == null) {
            throw PyErr.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().getName());
        }
        return it;
    }

    static PyObject getAnext(PyObject aiter) {
        PyType t = aiter.type();
        if (aiter instanceof AsyncGenerators.AsyncGen ag) {
            return ag.anext();
        }
        PyObject next;
        if (t.am_anext != null) {
            next = t.am_anext.call(aiter);
        } else {
            PyObject m = t.lookup(SpecialNames.__anext__);
            if (m == null) {
                throw PyErr.typeError("'async for' requires an iterator with __anext__ method, got " + t.getName());
            }
            next = Abstract.callDescriptor(m, aiter);
        }
        try {
            return awaitableIter(next);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                PyException r = PyErr.typeError("'async for' received an invalid object from __anext__: "
                        + next.type().getName());
                r.value().setCause(e.value());
                r.value().setContext(e.value());
                throw r;
            }
            throw e;
        }
    }

    static int beforeAsyncWith(PyObject[] lp, int sp) {
        PyObject mgr = lp[sp - 1];
        PyObject enter = Ops.lookupSpecial(mgr, SpecialNames.__aenter__);
        if (enter == null) {
            throw PyErr.typeError("'" + mgr.type().getName()
                    + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = Ops.lookupSpecial(mgr, SpecialNames.__aexit__);
        if (exit == null) {
            throw PyErr.typeError("'" + mgr.type().getName()
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        lp[sp - 1] = exit;
        lp[sp] = Abstract.call(enter);
        return sp + 1;
    }

    /** END_ASYNC_FOR: [aiter, exc]: StopAsyncIteration ends the loop, anything else goes on. */
    static int endAsyncFor(ThreadState ts, PyObject[] lp, int sp) {
        PyObject exc = lp[sp - 1];
        if (exc.type().isSubtype(ExceptionTypes.StopAsyncIteration)) {
            lp[sp - 1] = null;
            lp[sp - 2] = null;
            return sp - 2;
        }
        ts.reraising = true;
        throw ((PyBaseException) exc).raise();
    }

}

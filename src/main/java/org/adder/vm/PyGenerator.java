package org.adder.vm;

import org.adder.objects.Abstract;
import org.adder.objects.Builtin;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.Hashing;
import org.adder.objects.ObjectType;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyBool;
import org.adder.objects.PyErr;
import org.adder.objects.PyException;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.objects.PyType;
import org.adder.objects.TypeSpec;

/**
 * {@code generator}, {@code coroutine} and {@code async_generator}: a suspended {@link Frame} and what
 * resumes it. All its state is in the frame (stack, instruction pointer) and in its own entry of the
 * handled-exception stack, so resuming is running the same frame again, never a Java thread.
 */
public class PyGenerator extends PyObject {
    enum Kind {
        GENERATOR("generator", "gi_"), COROUTINE("coroutine", "cr_"), ASYNC_GENERATOR("async generator", "ag_");

        final String noun;
        final String prefix;

        Kind(String noun, String prefix) {
            this.noun = noun;
            this.prefix = prefix;
        }
    }

    static final int CREATED = 0;
    static final int SUSPENDED = 1;
    static final int RUNNING = 2;
    static final int COMPLETED = 3;

    public static final PyType GENERATOR = type("generator", Kind.GENERATOR);
    public static final PyType COROUTINE = type("coroutine", Kind.COROUTINE);
    public static final PyType ASYNC_GENERATOR = AsyncGenerators.type();

    final Kind kind;
    final Frame frame;
    int state = CREATED;
    PyStr name;
    PyStr qualname;
    /** The generator's entry in the thread's stack of handled exceptions, linked in while it runs. */
    final ThreadState.ExcInfo excState = new ThreadState.ExcInfo(null, null);
    /** A coroutine's origin was awaited ({@code cr_await} reads the delegate). */
    boolean asyncRunning;

    PyGenerator(Kind kind, Frame frame) {
        this.kind = kind;
        this.frame = frame;
        this.name = frame.function != null ? frame.function.name : frame.code.name;
        this.qualname = frame.function != null ? frame.function.qualname : frame.code.qualname;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case GENERATOR -> GENERATOR;
            case COROUTINE -> COROUTINE;
            case ASYNC_GENERATOR -> ASYNC_GENERATOR;
        };
    }

    private static PyType type(String name, Kind kind) {
        String p = kind.prefix;
        return new TypeSpec(name, PyGenerator.class)
                .slots(t -> {
                    t.tp_repr = o -> PyStr.of("<" + name + " object " + ((PyGenerator) o).qualname.value() + " at "
                            + Hashing.address(o) + ">");
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                    if (kind == Kind.GENERATOR) {
                        t.tp_iter = o -> o;
                        t.tp_iternext = o -> ((PyGenerator) o).next();
                    } else {
                        t.am_await = o -> new CoroutineWrapper((PyGenerator) o);
                    }
                })
                .methods(m -> {
                    m.method("send", "($self, value, /)", (Builtin.F2) (g, v) -> ((PyGenerator) g).send(v),
                            "send(arg) -> send 'arg' into " + kind.noun + ",\nreturn next yielded value or raise StopIteration.")
                            .method("throw", null, (Builtin.FV) (args, kw) -> ((PyGenerator) args[0]).throwMethod(args, kw),
                                    "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in " + kind.noun
                                            + ", return next yielded value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.")
                            .method("close", "($self, /)", (Builtin.F1) g -> ((PyGenerator) g).close(),
                                    "close() -> raise GeneratorExit inside " + kind.noun + ".")
                            .getset("__name__", g -> ((PyGenerator) g).name, (g, v) -> ((PyGenerator) g).name =
                                    strAttr(v, "__name__"), null)
                            .getset("__qualname__", g -> ((PyGenerator) g).qualname, (g, v) -> ((PyGenerator) g).qualname =
                                    strAttr(v, "__qualname__"), null)
                            .getset(p + "frame", g -> ((PyGenerator) g).frameAttr(), null, null)
                            .getset(p + "running", g -> PyBool.of(((PyGenerator) g).state == RUNNING), null, null)
                            .getset(p + "code", g -> ((PyGenerator) g).frame.code, null, null)
                            .getset(p + "suspended", g -> PyBool.of(((PyGenerator) g).state == SUSPENDED), null, null);
                    if (kind == Kind.GENERATOR) {
                        m.getset("gi_yieldfrom", g -> or(((PyGenerator) g).delegate()), null,
                                "object being iterated by yield from, or None");
                    } else {
                        m.getset("cr_await", g -> or(((PyGenerator) g).delegate()), null,
                                "object being awaited on, or None");
                        m.getset("cr_origin", g -> PyNone.NONE, null, null);
                        m.method("__await__", "($self, /)", (Builtin.F1) g -> new CoroutineWrapper((PyGenerator) g),
                                "Return an iterator to be used in await expression.");
                    }
                })
                .build();
    }

    static PyObject or(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyStr strAttr(PyObject v, String name) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError(name + " must be set to a string object");
        }
        return s;
    }

    private PyObject frameAttr() {
        return state == COMPLETED ? PyNone.NONE : frame.frameObject();
    }

    /** The iterator a suspended {@code yield from} or {@code await} delegates to ({@code _PyGen_yf}), or null. */
    PyObject delegate() {
        if (state != SUSPENDED) {
            return null;
        }
        int u = frame.info.units[frame.ip];
        if ((u & 0xff) != org.adder.bytecode.Opcode.RESUME || (u >>> 8) < 2) {
            return null;
        }
        return frame.localsplus[frame.sp - 1];
    }

    String noun() {
        return kind.noun;
    }

    /**
     * Resumes the frame with {@code value} pushed (or with {@code thrown} raised in it). Returns what it
     * yielded, or null when it returned, its return value then in {@link ThreadState#sendReturn}.
     */
    PyObject resume(ThreadState ts, PyObject value, PyException thrown, boolean closing) {
        if (state == CREATED && value != PyNone.NONE && thrown == null) {
            throw PyErr.typeError("can't send non-None value to a just-started " + kind.noun);
        }
        if (state == RUNNING) {
            throw PyErr.valueError(kind.noun + " already executing");
        }
        if (state == COMPLETED) {
            if (kind == Kind.COROUTINE && !closing) {
                throw PyErr.runtimeError("cannot reuse already awaited coroutine");
            }
            if (thrown != null) {
                throw thrown;
            }
            ts.sendReturn = PyNone.NONE;
            return null;
        }
        if (thrown == null) {
            frame.localsplus[frame.sp++] = value;
        }
        state = RUNNING;
        excState.previous = ts.excInfo;
        ts.excInfo = excState;
        if (thrown != null) {
            Ops.chainContext(ts, thrown.value());
        }
        PyObject r;
        try {
            r = Interpreter.execute(ts, frame, thrown);
        } catch (PyException e) {
            state = COMPLETED;
            throw e;
        } finally {
            ts.excInfo = excState.previous;
            excState.previous = null;
            if (state == RUNNING) {
                state = SUSPENDED;
            }
        }
        if (frame.finished) {
            state = COMPLETED;
            ts.sendReturn = r;
            return null;
        }
        return r;
    }

    /**
     * {@code tp_iternext}: the next value, or null when the generator finished, its return value then left
     * in {@link ThreadState#sendReturn} for {@code next()} to raise StopIteration with.
     */
    PyObject next() {
        return resume(ThreadState.current(), PyNone.NONE, null, false);
    }

    PyObject send(PyObject value) {
        ThreadState ts = ThreadState.current();
        PyObject r = resume(ts, value, null, false);
        if (r == null) {
            throw finished(ts);
        }
        return r;
    }

    /** The exception a generator's end raises from send/throw: StopIteration(value), StopAsyncIteration. */
    PyException finished(ThreadState ts) {
        PyObject v = ts.sendReturn;
        ts.sendReturn = null;
        if (kind == Kind.ASYNC_GENERATOR) {
            return PyBaseException.create(ExceptionTypes.StopAsyncIteration, PyTuple.EMPTY).raise();
        }
        return PyErr.stopIteration(v == PyNone.NONE ? null : v);
    }

    private PyObject throwMethod(PyObject[] args, PyTuple kw) {
        org.adder.objects.ArgSpec.noKeywords("throw", kw);
        int n = args.length - 1;
        if (n < 1 || n > 3) {
            throw PyErr.typeError(n < 1 ? "throw expected at least 1 argument, got 0"
                    : "throw expected at most 3 arguments, got " + n);
        }
        if (n > 1) {
            Warnings.warn(ExceptionTypes.DeprecationWarning, "the (type, exc, tb) signature of throw() is deprecated, "
                    + "use the single-arg signature instead.", 1);
        }
        return throwInto(args[1], n > 1 ? args[2] : null, n > 2 ? args[3] : null, true);
    }

    /** {@code _gen_throw}: into the delegate of a suspended yield from/await first, else raised here. */
    PyObject throwInto(PyObject typ, PyObject val, PyObject tb, boolean closeOnExit) {
        ThreadState ts = ThreadState.current();
        PyObject yf = delegate();
        if (yf != null) {
            if (typ instanceof PyType t && t.isSubtype(ExceptionTypes.GeneratorExit) && closeOnExit
                    || typ instanceof PyBaseException e && e.type().isSubtype(ExceptionTypes.GeneratorExit) && closeOnExit) {
                state = RUNNING;
                try {
                    closeIter(yf);
                } catch (PyException e) {
                    state = SUSPENDED;
                    return afterResume(ts, resume(ts, PyNone.NONE, e, false));
                }
                state = SUSPENDED;
                return afterResume(ts, resume(ts, PyNone.NONE, makeThrown(typ, val, tb), false));
            }
            PyObject ret;
            try {
                state = RUNNING;
                if (yf instanceof PyGenerator g && g.kind != Kind.ASYNC_GENERATOR) {
                    Frame saved = ts.frame;
                    frame.back = saved;
                    ts.frame = frame;
                    try {
                        ret = g.throwInto(typ, val, tb, closeOnExit);
                    } finally {
                        ts.frame = saved;
                    }
                } else {
                    PyObject meth = Abstract.getAttrOrNull(yf, PyStr.intern("throw"));
                    if (meth == null) {
                        state = SUSPENDED;
                        return afterResume(ts, resume(ts, PyNone.NONE, makeThrown(typ, val, tb), false));
                    }
                    ret = tb != null ? Abstract.call(meth, typ, val, tb)
                            : val != null ? Abstract.call(meth, typ, val) : Abstract.call(meth, typ);
                }
            } catch (PyException e) {
                state = SUSPENDED;
                return afterResume(ts, resume(ts, PyNone.NONE, e, false));
            }
            state = SUSPENDED;
            return ret;
        }
        return afterResume(ts, resume(ts, PyNone.NONE, makeThrown(typ, val, tb), false));
    }

    private PyObject afterResume(ThreadState ts, PyObject r) {
        if (r == null) {
            throw finished(ts);
        }
        return r;
    }

    /** The exception {@code throw(typ, val, tb)} raises, normalised as CPython does. */
    static PyException makeThrown(PyObject typ, PyObject val, PyObject tb) {
        if (tb == PyNone.NONE) {
            tb = null;
        } else if (tb != null && !(tb instanceof PyTraceback)) {
            throw PyErr.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtype(ExceptionTypes.BaseException)) {
            if (val instanceof PyBaseException v && v.type().isSubtype(t)) {
                exc = v;
            } else {
                PyObject e = val == null || val == PyNone.NONE ? Abstract.call(t)
                        : val instanceof PyTuple args ? Abstract.call(t, args.items().toArray(new PyObject[0]), null)
                        : Abstract.call(t, val);
                exc = (PyBaseException) e;
            }
        } else if (typ instanceof PyBaseException e) {
            if (val != null && val != PyNone.NONE) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            exc = e;
            if (tb == null) {
                tb = e.getTraceback();
            }
        } else {
            throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.type().getName());
        }
        if (tb != null) {
            exc.setTraceback(tb);
        }
        return exc.raise();
    }

    /** {@code gen_close_iter}: closes a delegate, calling its close() if it has one. */
    static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator g && g.kind != Kind.ASYNC_GENERATOR) {
            g.close();
            return;
        }
        PyObject meth = Abstract.getAttrOrNull(yf, SpecialNamesVm.CLOSE);
        if (meth != null) {
            Abstract.call(meth);
        }
    }

    PyObject close() {
        ThreadState ts = ThreadState.current();
        if (state == CREATED) {
            state = COMPLETED;
            return PyNone.NONE;
        }
        if (state == COMPLETED) {
            return PyNone.NONE;
        }
        PyObject yf = delegate();
        PyException pending = null;
        if (yf != null) {
            state = RUNNING;
            try {
                closeIter(yf);
            } catch (PyException e) {
                pending = e;
            }
            state = SUSPENDED;
        }
        if (pending == null) {
            pending = PyBaseException.create(ExceptionTypes.GeneratorExit, PyTuple.EMPTY).raise();
        }
        PyObject r;
        try {
            r = resume(ts, PyNone.NONE, pending, true);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration) || e.matches(ExceptionTypes.GeneratorExit)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (r != null) {
            throw PyErr.runtimeError(kind.noun + " ignored GeneratorExit");
        }
        ts.sendReturn = null;
        return PyNone.NONE;
    }

    /** {@code coroutine.__await__()}: the iterator over the coroutine's yields. */
    static final class CoroutineWrapper extends PyObject {
        static final PyType TYPE = new TypeSpec("coroutine_wrapper", CoroutineWrapper.class)
                .slots(t -> {
                    t.tp_iter = o -> o;
                    t.tp_iternext = o -> ((CoroutineWrapper) o).coro.next();
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                })
                .methods(m -> m
                        .method("send", "($self, value, /)", (Builtin.F2) (w, v) -> ((CoroutineWrapper) w).coro.send(v))
                        .method("throw", null, (Builtin.FV) (args, kw) -> ((CoroutineWrapper) args[0]).coro
                                .throwMethod(args, kw))
                        .method("close", "($self, /)", (Builtin.F1) w -> ((CoroutineWrapper) w).coro.close()))
                .build();

        final PyGenerator coro;

        CoroutineWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}

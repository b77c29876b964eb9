package org.adder.vm;

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
 * {@code async_generator} and the awaitables its methods return ({@code asend}, {@code athrow}): an async
 * generator's {@code yield} hands out a wrapped value, which the awaitable turns into StopIteration for
 * the awaiting code; anything else it yields is an {@code await} passing through to the event loop.
 */
final class AsyncGenerators {
    private static final int INIT = 0;
    private static final int ITER = 1;
    private static final int CLOSED = 2;

    private AsyncGenerators() {
    }

    static PyType type() {
        return new TypeSpec("async_generator", AsyncGen.class)
                .slots(t -> {
                    t.tp_repr = o -> PyStr.of("<async_generator object " + ((AsyncGen) o).qualname.value() + " at "
                            + Hashing.address(o) + ">");
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                    t.am_aiter = o -> o;
                    t.am_anext = o -> ((AsyncGen) o).anext();
                })
                .methods(m -> m
                        .method("asend", "($self, value, /)", (Builtin.F2) (g, v) -> new ASend((AsyncGen) g, v),
                                "asend(v) -> send 'v' in generator.")
                        .method("athrow", null, (Builtin.FV) (args, kw) -> new AThrow((AsyncGen) args[0],
                                PyTuple.wrap(java.util.Arrays.copyOfRange(args, 1, args.length))),
                                "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator.\n"
                                        + "the (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.")
                        .method("aclose", "($self, /)", (Builtin.F1) g -> new AThrow((AsyncGen) g, null),
                                "aclose() -> raise GeneratorExit inside generator.")
                        .getset("__name__", g -> ((AsyncGen) g).name, null, null)
                        .getset("__qualname__", g -> ((AsyncGen) g).qualname, null, null)
                        .getset("ag_frame", g -> ((AsyncGen) g).state == PyGenerator.COMPLETED ? PyNone.NONE
                                : ((AsyncGen) g).frame.frameObject(), null, null)
                        .getset("ag_running", g -> PyBool.of(((AsyncGen) g).runningAsync), null, null)
                        .getset("ag_code", g -> ((AsyncGen) g).frame.code, null, null)
                        .getset("ag_suspended", g -> PyBool.of(((AsyncGen) g).state == PyGenerator.SUSPENDED), null, null)
                        .getset("ag_await", g -> PyGenerator.or(((AsyncGen) g).delegate()), null,
                                "object being awaited on, or None"))
                .build();
    }

    static final class AsyncGen extends PyGenerator {
        boolean runningAsync;
        boolean closed;

        AsyncGen(Frame f) {
            super(Kind.ASYNC_GENERATOR, f);
        }

        PyObject anext() {
            return new ASend(this, PyNone.NONE);
        }

        /** {@code async_gen_unwrap_value}: a wrapped yield finishes the awaitable with its value. */
        PyObject unwrap(ThreadState ts, PyObject result) {
            if (result == null) {
                runningAsync = false;
                closed = true;
                ts.sendReturn = null;
                throw PyBaseException.create(ExceptionTypes.StopAsyncIteration, PyTuple.EMPTY).raise();
            }
            if (result instanceof Wrapped w) {
                runningAsync = false;
                throw PyErr.stopIteration(w.value);
            }
            return result;
        }

        PyException failed(PyException e) {
            if (e.matches(ExceptionTypes.StopAsyncIteration) || e.matches(ExceptionTypes.GeneratorExit)) {
                closed = true;
            }
            runningAsync = false;
            return e;
        }
    }

    /** The value an async generator's {@code yield} produces (CALL_INTRINSIC_1 ASYNC_GEN_WRAP). */
    static final class Wrapped extends PyObject {
        static final PyType TYPE = new TypeSpec("async_generator_wrapped_value", Wrapped.class).build();
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    private static TypeSpec awaitable(String name, Class<? extends PyObject> cls) {
        return new TypeSpec(name, cls).slots(t -> {
            t.tp_iter = o -> o;
            t.am_await = o -> o;
            t.tp_getattro = ObjectType.GENERIC_GETATTR;
        });
    }

    /** {@code async_generator_asend}: what {@code __anext__()} and {@code asend(v)} return. */
    static final class ASend extends PyObject {
        static final PyType TYPE = awaitable("async_generator_asend", ASend.class)
                .slots(t -> t.tp_iternext = o -> ((ASend) o).step(PyNone.NONE))
                .methods(m -> m
                        .method("send", "($self, value, /)", (Builtin.F2) (o, v) -> ((ASend) o).stepOrStop(v))
                        .method("throw", null, (Builtin.FV) (args, kw) -> ((ASend) args[0]).throwIn(args))
                        .method("close", "($self, /)", (Builtin.F1) o -> {
                            ((ASend) o).state = CLOSED;
                            return PyNone.NONE;
                        }))
                .build();

        final AsyncGen gen;
        final PyObject value;
        int state = INIT;

        ASend(AsyncGen gen, PyObject value) {
            this.gen = gen;
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyObject stepOrStop(PyObject v) {
            PyObject r = step(v);
            if (r == null) {
                throw PyErr.stopIteration(null);
            }
            return r;
        }

        PyObject step(PyObject arg) {
            ThreadState ts = ThreadState.current();
            if (state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw PyErr.runtimeError("anext(): asynchronous generator is already running");
                }
                if (arg == PyNone.NONE) {
                    arg = value;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            try {
                PyObject r = gen.unwrap(ts, gen.resume(ts, arg, null, false));
                return r;
            } catch (PyException e) {
                state = CLOSED;
                throw gen.failed(e);
            }
        }

        private PyObject throwIn(PyObject[] args) {
            ThreadState ts = ThreadState.current();
            if (state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            try {
                return gen.unwrap(ts, throwResult(ts, gen, args[1], args.length > 2 ? args[2] : null,
                        args.length > 3 ? args[3] : null));
            } catch (PyException e) {
                state = CLOSED;
                throw gen.failed(e);
            }
        }
    }

    /** throwInto, with a finished generator reported as null rather than StopAsyncIteration. */
    private static PyObject throwResult(ThreadState ts, AsyncGen gen, PyObject typ, PyObject val, PyObject tb) {
        try {
            return gen.throwInto(typ, val, tb, false);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopAsyncIteration) && gen.state == PyGenerator.COMPLETED && ts.sendReturn != null) {
                return null;
            }
            throw e;
        }
    }

    /** {@code async_generator_athrow}: what {@code athrow(...)} and {@code aclose()} (args null) return. */
    static final class AThrow extends PyObject {
        static final PyType TYPE = awaitable("async_generator_athrow", AThrow.class)
                .slots(t -> t.tp_iternext = o -> ((AThrow) o).step(PyNone.NONE))
                .methods(m -> m
                        .method("send", "($self, value, /)", (Builtin.F2) (o, v) -> {
                            PyObject r = ((AThrow) o).step(v);
                            if (r == null) {
                                throw PyErr.stopIteration(null);
                            }
                            return r;
                        })
                        .method("throw", null, (Builtin.FV) (args, kw) -> ((AThrow) args[0]).throwIn(args))
                        .method("close", "($self, /)", (Builtin.F1) o -> {
                            ((AThrow) o).state = CLOSED;
                            return PyNone.NONE;
                        }))
                .build();

        final AsyncGen gen;
        final PyTuple args;
        int state = INIT;

        AThrow(AsyncGen gen, PyTuple args) {
            this.gen = gen;
            this.args = args;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject step(PyObject arg) {
            ThreadState ts = ThreadState.current();
            if (state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            PyObject r;
            try {
                if (state == INIT) {
                    if (gen.runningAsync) {
                        state = CLOSED;
                        throw PyErr.runtimeError(args == null ? "aclose(): asynchronous generator is already running"
                                : "athrow(): asynchronous generator is already running");
                    }
                    if (gen.closed || gen.state == PyGenerator.COMPLETED) {
                        state = CLOSED;
                        throw PyBaseException.create(ExceptionTypes.StopAsyncIteration, PyTuple.EMPTY).raise();
                    }
                    if (arg != PyNone.NONE) {
                        throw PyErr.runtimeError("can't send non-None value to a just-started coroutine");
                    }
                    state = ITER;
                    gen.runningAsync = true;
                    if (args == null) {
                        gen.closed = true;
                        r = gen.throwInto(ExceptionTypes.GeneratorExit, null, null, false);
                        if (r instanceof Wrapped) {
                            throw yieldClose();
                        }
                        return r;
                    }
                    if (args.size() < 1 || args.size() > 3) {
                        throw PyErr.typeError("athrow expected at least 1 argument, got " + args.size());
                    }
                    r = throwResult(ts, gen, args.get(0), args.size() > 1 ? args.get(1) : null,
                            args.size() > 2 ? args.get(2) : null);
                    return gen.unwrap(ts, r);
                }
                r = gen.resume(ts, arg, null, false);
                if (args != null) {
                    return gen.unwrap(ts, r);
                }
                if (r instanceof Wrapped) {
                    throw yieldClose();
                }
                if (r == null) {
                    throw PyBaseException.create(ExceptionTypes.StopAsyncIteration, PyTuple.EMPTY).raise();
                }
                return r;
            } catch (PyException e) {
                throw checkError(e);
            }
        }

        private PyException yieldClose() {
            gen.runningAsync = false;
            state = CLOSED;
            return PyErr.runtimeError("async generator ignored GeneratorExit");
        }

        private PyException checkError(PyException e) {
            gen.runningAsync = false;
            state = CLOSED;
            if (args == null && (e.matches(ExceptionTypes.StopAsyncIteration) || e.matches(ExceptionTypes.GeneratorExit))) {
                return PyErr.stopIteration(null);
            }
            return e;
        }

        private PyObject throwIn(PyObject[] a) {
            if (state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            ThreadState ts = ThreadState.current();
            try {
                PyObject r = gen.throwInto(a[1], a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null, false);
                if (args != null) {
                    return gen.unwrap(ts, r);
                }
                if (r instanceof Wrapped) {
                    throw yieldClose();
                }
                return r;
            } catch (PyException e) {
                throw checkError(e);
            }
        }
    }
}

package org.adder.vm;

import static org.adder.bytecode.Opcode.*;

import org.adder.objects.Abstract;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyBool;
import org.adder.objects.PyCell;
import org.adder.objects.PyDict;
import org.adder.objects.PyErr;
import org.adder.objects.PyException;
import org.adder.objects.PyInt;
import org.adder.objects.PyList;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * The evaluation loop: runs a frame's instructions (CPython 3.12's bytecode, read from {@code co_code} as
 * it is) until the frame returns or yields. Exceptions are handled through {@code co_exceptiontable}
 * alone: one catch around the loop finds the handler, unwinds the value stack and resumes there.
 *
 * <p>The dispatch method {@link #run} is kept small enough for HotSpot to compile (a test guards its size):
 * the common cases are a few lines inline, everything else one call to {@link Ops}, {@link Calls} or
 * {@link Generators}.
 */
public final class Interpreter {
    private Interpreter() {
    }

    /**
     * Runs {@code f} in thread {@code ts} until it returns (the frame is then finished) or yields (it can be
     * resumed by calling this again after pushing the value sent in).
     */
    public static PyObject execute(ThreadState ts, Frame f) {
        return execute(ts, f, null);
    }

    /**
     * Runs or resumes {@code f}; with {@code thrown} set, the frame resumes by raising it at the instruction
     * it stopped at (a generator's {@code throw()}), so its exception table decides where it goes.
     */
    static PyObject execute(ThreadState ts, Frame f, PyException thrown) {
        f.back = ts.frame;
        if (ts.pyDepth >= ts.interpreter().recursionLimit) {
            throw PyErr.recursionError("maximum recursion depth exceeded");
        }
        ts.pyDepth++;
        ts.frame = f;
        try {
            if (thrown != null && !unwind(ts, f, thrown)) {
                f.finished = true;
                if (ts.tracer != null) {
                    ts.tracer.leave(ts, f, null);
                }
                throw thrown;
            }
            while (true) {
                try {
                    PyObject r = run(ts, f);
                    if (ts.tracer != null && r != f.generator) {
                        ts.tracer.leave(ts, f, r);
                    }
                    return r;
                } catch (PyException e) {
                    if (!unwind(ts, f, e)) {
                        f.finished = true;
                        if (ts.tracer != null) {
                            ts.tracer.leave(ts, f, null);
                        }
                        throw e;
                    }
                } catch (RuntimeException e) {
                    // an Adder defect: reported as the Python SystemError it would be in CPython's C code
                    PyException r = PyErr.systemError("Adder internal error: " + e);
                    if (!unwind(ts, f, r)) {
                        f.finished = true;
                        throw r;
                    }
                } catch (StackOverflowError e) {
                    PyException r = PyErr.recursionError("maximum recursion depth exceeded");
                    if (!unwind(ts, f, r)) {
                        f.finished = true;
                        if (ts.tracer != null) {
                            ts.tracer.leave(ts, f, null);
                        }
                        throw r;
                    }
                }
            }
        } finally {
            ts.pyDepth--;
            ts.frame = f.back;
        }
    }

    /**
     * An exception reached frame {@code f}: adds the frame to its traceback (unless it is being re-raised),
     * and if the exception table covers the instruction, resets the stack and resumes at the handler.
     */
    private static boolean unwind(ThreadState ts, Frame f, PyException e) {
        PyBaseException exc = e.value();
        if (ts.reraising) {
            ts.reraising = false;
        } else {
            if (exc.getTraceback() == null) {
                Ops.chainContext(ts, exc);
            }
            exc.setTraceback(new PyTraceback((org.adder.vm.PyTraceback) exc.getTraceback(), f, f.lasti));
            if (ts.tracer != null) {
                ts.tracer.exception(ts, f, exc);
            }
        }
        int h = f.info.handlerFor(f.lasti / 2);
        if (f.reraiseLasti >= 0) {
            if (h < 0) {
                f.lasti = f.reraiseLasti;
            }
            f.reraiseLasti = -1;
        }
        if (h < 0) {
            return false;
        }
        int sp = f.stackBase + f.info.exDepth[h];
        java.util.Arrays.fill(f.localsplus, sp, f.localsplus.length, null);
        if (f.info.exLasti[h]) {
            f.localsplus[sp++] = PyInt.of(f.lasti / 2);
        }
        f.localsplus[sp++] = exc;
        f.sp = sp;
        f.ip = f.info.exTarget[h];
        return true;
    }

    /** The dispatch loop. State lives in locals; the frame is updated where other code may look. */
    static PyObject run(ThreadState ts, Frame f) {
        final char[] code = f.info.units;
        final PyObject[] lp = f.localsplus;
        final PyObject[] consts = f.info.consts;
        final PyStr[] names = f.info.names;
        int ip = f.ip;
        int sp = f.sp;
        while (true) {
            int u = code[ip++];
            int op = u & 0xff;
            int arg = u >>> 8;
            while (op == EXTENDED_ARG) {
                u = code[ip++];
                op = u & 0xff;
                arg = arg << 8 | (u >>> 8);
            }
            f.lasti = (ip - 1) * 2;
            if (ts.tracer != null) {
                f.sp = sp;
                f.ip = ip;
                ts.tracer.instruction(ts, f, ip - 1);
            }
            switch (op) {
                case NOP, RESUME, CACHE -> {
                    if (op == RESUME && Signals.pending) {
                        Signals.handle(ts);
                    }
                }
                case LOAD_FAST -> lp[sp++] = lp[arg];
                case LOAD_FAST_CHECK -> {
                    PyObject v = lp[arg];
                    if (v == null) {
                        throw Ops.unboundLocal(f, arg);
                    }
                    lp[sp++] = v;
                }
                case LOAD_FAST_AND_CLEAR -> {
                    lp[sp++] = lp[arg];
                    lp[arg] = null;
                }
                case STORE_FAST -> lp[arg] = lp[--sp];
                case DELETE_FAST -> {
                    if (lp[arg] == null) {
                        throw Ops.unboundLocal(f, arg);
                    }
                    lp[arg] = null;
                }
                case LOAD_CONST -> lp[sp++] = consts[arg];
                case RETURN_CONST -> {
                    return finish(f, consts[arg]);
                }
                case RETURN_VALUE -> {
                    return finish(f, lp[--sp]);
                }
                case POP_TOP -> lp[--sp] = null;
                case PUSH_NULL -> lp[sp++] = null;
                case END_FOR -> {
                    sp -= 2;
                    lp[sp] = null;
                    lp[sp + 1] = null;
                }
                case END_SEND -> {
                    lp[sp - 2] = lp[sp - 1];
                    lp[--sp] = null;
                }
                case COPY -> {
                    lp[sp] = lp[sp - arg];
                    sp++;
                }
                case SWAP -> {
                    PyObject t = lp[sp - 1];
                    lp[sp - 1] = lp[sp - arg];
                    lp[sp - arg] = t;
                }
                case UNARY_NEGATIVE -> lp[sp - 1] = Abstract.negative(lp[sp - 1]);
                case UNARY_NOT -> lp[sp - 1] = PyBool.of(!Ops.isTrue(lp[sp - 1]));
                case UNARY_INVERT -> lp[sp - 1] = Abstract.invert(lp[sp - 1]);
                case BINARY_OP -> {
                    sp--;
                    lp[sp - 1] = Ops.binary(lp[sp - 1], lp[sp], arg);
                    lp[sp] = null;
                    ip += 1;
                }
                case COMPARE_OP -> {
                    sp--;
                    lp[sp - 1] = Ops.compare(lp[sp - 1], lp[sp], arg >> 4);
                    lp[sp] = null;
                    ip += 1;
                }
                case IS_OP -> {
                    sp--;
                    lp[sp - 1] = PyBool.of((lp[sp - 1] == lp[sp]) ^ (arg != 0));
                }
                case CONTAINS_OP -> {
                    sp--;
                    lp[sp - 1] = PyBool.of(Abstract.contains(lp[sp], lp[sp - 1]) ^ (arg != 0));
                }
                case BINARY_SUBSCR -> {
                    sp--;
                    lp[sp - 1] = Ops.subscript(lp[sp - 1], lp[sp]);
                    lp[sp] = null;
                    ip += 1;
                }
                case STORE_SUBSCR -> {
                    Ops.storeSubscript(lp[sp - 2], lp[sp - 1], lp[sp - 3]);
                    sp -= 3;
                    ip += 1;
                }
                case DELETE_SUBSCR -> {
                    Abstract.delItem(lp[sp - 2], lp[sp - 1]);
                    sp -= 2;
                }
                case BINARY_SLICE -> {
                    sp -= 2;
                    lp[sp - 1] = Ops.slice(lp[sp - 1], lp[sp], lp[sp + 1]);
                }
                case STORE_SLICE -> {
                    Ops.storeSlice(lp[sp - 3], lp[sp - 2], lp[sp - 1], lp[sp - 4]);
                    sp -= 4;
                }
                case POP_JUMP_IF_FALSE -> {
                    PyObject v = lp[--sp];
                    if (v == PyBool.FALSE || (v != PyBool.TRUE && !Ops.isTrue(v))) {
                        ip += arg;
                    }
                }
                case POP_JUMP_IF_TRUE -> {
                    PyObject v = lp[--sp];
                    if (v == PyBool.TRUE || (v != PyBool.FALSE && Ops.isTrue(v))) {
                        ip += arg;
                    }
                }
                case POP_JUMP_IF_NONE -> {
                    if (lp[--sp] == PyNone.NONE) {
                        ip += arg;
                    }
                }
                case POP_JUMP_IF_NOT_NONE -> {
                    if (lp[--sp] != PyNone.NONE) {
                        ip += arg;
                    }
                }
                case JUMP_FORWARD -> ip += arg;
                case JUMP_BACKWARD -> {
                    ip -= arg;
                    if (Signals.pending) {
                        Signals.handle(ts);
                    }
                }
                case JUMP_BACKWARD_NO_INTERRUPT -> ip -= arg;
                case GET_ITER -> lp[sp - 1] = Abstract.getIter(lp[sp - 1]);
                case FOR_ITER -> {
                    PyObject next = Ops.next(lp[sp - 1]);
                    if (next != null) {
                        lp[sp++] = next;
                        ip += 1;
                    } else {
                        lp[--sp] = null;
                        ip += 1 + arg + 1;
                    }
                }
                case LOAD_GLOBAL -> {
                    PyObject v = Ops.loadGlobal(f, names[arg >> 1]);
                    if ((arg & 1) != 0) {
                        lp[sp++] = null;
                    }
                    lp[sp++] = v;
                    ip += 4;
                }
                case STORE_GLOBAL -> f.globals.setItem(names[arg], lp[--sp]);
                case DELETE_GLOBAL -> Ops.deleteGlobal(f, names[arg]);
                case LOAD_NAME -> lp[sp++] = Ops.loadName(f, names[arg]);
                case STORE_NAME -> Ops.storeName(f, names[arg], lp[--sp]);
                case DELETE_NAME -> Ops.deleteName(f, names[arg]);
                case LOAD_ATTR -> {
                    if ((arg & 1) == 0) {
                        lp[sp - 1] = Abstract.getAttr(lp[sp - 1], names[arg >> 1]);
                    } else {
                        sp = Ops.loadMethod(lp, sp, names[arg >> 1]);
                    }
                    ip += 9;
                }
                case STORE_ATTR -> {
                    Abstract.setAttr(lp[sp - 1], names[arg], lp[sp - 2]);
                    sp -= 2;
                    ip += 4;
                }
                case DELETE_ATTR -> Abstract.setAttr(lp[--sp], names[arg], null);
                case LOAD_DEREF -> lp[sp++] = Ops.loadDeref(f, arg);
                case STORE_DEREF -> ((PyCell) lp[arg]).value = lp[--sp];
                case DELETE_DEREF -> Ops.deleteDeref(f, arg);
                case LOAD_CLOSURE -> lp[sp++] = lp[arg];
                case MAKE_CELL -> lp[arg] = new PyCell(lp[arg]);
                case COPY_FREE_VARS -> Ops.copyFreeVars(f, arg);
                case KW_NAMES -> f.kwnames = (PyTuple) consts[arg];
                case CALL -> {
                    f.ip = ip + 3;
                    sp = Calls.call(ts, f, lp, sp, arg);
                    ip += 3;
                }
                case CALL_FUNCTION_EX -> {
                    f.ip = ip;
                    sp = Calls.callEx(lp, sp, arg);
                }
                case BUILD_TUPLE -> {
                    sp -= arg;
                    lp[sp] = Ops.buildTuple(lp, sp, arg);
                    sp++;
                }
                case BUILD_LIST -> {
                    sp -= arg;
                    lp[sp] = Ops.buildList(lp, sp, arg);
                    sp++;
                }
                case BUILD_SET -> {
                    sp -= arg;
                    lp[sp] = Ops.buildSet(lp, sp, arg);
                    sp++;
                }
                case BUILD_MAP -> {
                    sp -= 2 * arg;
                    lp[sp] = Ops.buildMap(lp, sp, arg);
                    sp++;
                }
                case BUILD_CONST_KEY_MAP -> {
                    sp -= arg + 1;
                    lp[sp] = Ops.buildConstKeyMap(lp, sp, arg);
                    sp++;
                }
                case BUILD_STRING -> {
                    sp -= arg;
                    lp[sp] = Ops.buildString(lp, sp, arg);
                    sp++;
                }
                case BUILD_SLICE -> {
                    sp -= arg;
                    lp[sp] = Ops.buildSlice(lp, sp, arg);
                    sp++;
                }
                case LIST_APPEND -> {
                    ((PyList) lp[sp - 1 - arg]).append(lp[sp - 1]);
                    lp[--sp] = null;
                }
                case SET_ADD -> {
                    Ops.setAdd(lp[sp - 1 - arg], lp[sp - 1]);
                    lp[--sp] = null;
                }
                case MAP_ADD -> {
                    ((PyDict) lp[sp - 2 - arg]).setItem(lp[sp - 2], lp[sp - 1]);
                    sp -= 2;
                }
                case LIST_EXTEND -> {
                    Ops.listExtend(lp[sp - 1 - arg], lp[sp - 1]);
                    lp[--sp] = null;
                }
                case SET_UPDATE -> {
                    Ops.setUpdate(lp[sp - 1 - arg], lp[sp - 1]);
                    lp[--sp] = null;
                }
                case DICT_UPDATE -> {
                    Ops.dictUpdate(lp[sp - 1 - arg], lp[sp - 1]);
                    lp[--sp] = null;
                }
                case DICT_MERGE -> {
                    Ops.dictMerge(lp[sp - 3 - arg], lp[sp - 1 - arg], lp[sp - 1]);
                    lp[--sp] = null;
                }
                case UNPACK_SEQUENCE -> {
                    sp = Ops.unpackSequence(lp, sp, arg);
                    ip += 1;
                }
                case UNPACK_EX -> sp = Ops.unpackEx(lp, sp, arg);
                case FORMAT_VALUE -> sp = Ops.formatValue(lp, sp, arg);
                case MAKE_FUNCTION -> sp = Ops.makeFunction(f, lp, sp, arg);
                case RAISE_VARARGS -> throw Ops.raise(ts, lp, sp, arg);
                case RERAISE -> throw Ops.reraise(ts, f, lp, sp, arg);
                case PUSH_EXC_INFO -> {
                    PyObject exc = lp[sp - 1];
                    lp[sp - 1] = ts.excInfo.value == null ? PyNone.NONE : ts.excInfo.value;
                    ts.excInfo.value = exc;
                    lp[sp++] = exc;
                }
                case POP_EXCEPT -> {
                    PyObject prev = lp[--sp];
                    ts.excInfo.value = prev == PyNone.NONE ? null : prev;
                }
                case CHECK_EXC_MATCH -> lp[sp - 1] = PyBool.of(Ops.exceptionMatches(lp[sp - 2], lp[sp - 1]));
                case CHECK_EG_MATCH -> Ops.checkEgMatch(lp, sp);
                case LOAD_ASSERTION_ERROR -> lp[sp++] = ExceptionTypes.AssertionError;
                case BEFORE_WITH -> sp = Ops.beforeWith(lp, sp);
                case WITH_EXCEPT_START -> {
                    lp[sp] = Ops.withExceptStart(lp[sp - 4], lp[sp - 1]);
                    sp++;
                }
                case LOAD_BUILD_CLASS -> lp[sp++] = Ops.loadBuildClass(f);
                case SETUP_ANNOTATIONS -> Ops.setupAnnotations(f);
                case LOAD_LOCALS -> lp[sp++] = Ops.loadLocals(f);
                case LOAD_FROM_DICT_OR_GLOBALS -> lp[sp - 1] = Ops.loadFromDictOrGlobals(f, lp[sp - 1], names[arg]);
                case LOAD_FROM_DICT_OR_DEREF -> lp[sp - 1] = Ops.loadFromDictOrDeref(f, lp[sp - 1], arg);
                case LOAD_SUPER_ATTR -> {
                    sp = Ops.loadSuperAttr(f, lp, sp, arg, names[arg >> 2]);
                    ip += 1;
                }
                case IMPORT_NAME -> {
                    sp--;
                    lp[sp - 1] = Imports.importName(f, names[arg], lp[sp], lp[sp - 1]);
                }
                case IMPORT_FROM -> {
                    lp[sp] = Imports.importFrom(lp[sp - 1], names[arg]);
                    sp++;
                }
                case GET_LEN -> {
                    lp[sp] = PyInt.of(Abstract.length(lp[sp - 1]));
                    sp++;
                }
                case MATCH_MAPPING, MATCH_SEQUENCE -> {
                    lp[sp] = PyBool.of(Patterns.matchKind(lp[sp - 1], op == MATCH_MAPPING));
                    sp++;
                }
                case MATCH_KEYS -> {
                    lp[sp] = Patterns.matchKeys(lp[sp - 2], lp[sp - 1]);
                    sp++;
                }
                case MATCH_CLASS -> {
                    sp -= 2;
                    lp[sp - 1] = Patterns.matchClass(lp[sp - 1], lp[sp], lp[sp + 1], arg);
                }
                case CALL_INTRINSIC_1 -> lp[sp - 1] = Intrinsics.call1(ts, f, arg, lp[sp - 1]);
                case CALL_INTRINSIC_2 -> {
                    sp--;
                    lp[sp - 1] = Intrinsics.call2(f, arg, lp[sp - 1], lp[sp]);
                }
                case RETURN_GENERATOR -> {
                    f.ip = ip;
                    f.sp = sp;
                    return Generators.make(f);
                }
                case YIELD_VALUE -> {
                    f.ip = ip;
                    f.sp = sp - 1;
                    return lp[sp - 1];
                }
                case SEND -> {
                    PyObject r = Generators.send(ts, lp[sp - 2], lp[sp - 1]);
                    if (r != null) {
                        lp[sp - 1] = r;
                        ip += 1;
                    } else {
                        lp[sp - 1] = Generators.takeReturnValue(ts);
                        ip += 1 + arg;
                    }
                }
                case GET_AWAITABLE -> lp[sp - 1] = Generators.getAwaitable(lp[sp - 1], arg);
                case GET_YIELD_FROM_ITER -> lp[sp - 1] = Generators.getYieldFromIter(f, lp[sp - 1]);
                case CLEANUP_THROW -> sp = Generators.cleanupThrow(ts, lp, sp);
                case GET_AITER -> lp[sp - 1] = Generators.getAiter(lp[sp - 1]);
                case GET_ANEXT -> {
                    lp[sp] = Generators.getAnext(lp[sp - 1]);
                    sp++;
                }
                case BEFORE_ASYNC_WITH -> sp = Generators.beforeAsyncWith(lp, sp);
                case END_ASYNC_FOR -> sp = Generators.endAsyncFor(ts, lp, sp);
                default -> throw PyErr.systemError("unknown opcode " + op);
            }
        }
    }

    /** The frame returns {@code value}: it is finished (a generator's frame cannot resume). */
    private static PyObject finish(Frame f, PyObject value) {
        f.finished = true;
        return value;
    }
}

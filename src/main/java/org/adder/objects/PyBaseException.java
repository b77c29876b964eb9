package org.adder.objects;

/**
 * An instance of {@code BaseException} or of any exception class, builtin or user-defined: one Java
 * layout serves them all, with the type held in the object. Exceptions with attributes of their own
 * (OSError's errno, SyntaxError's lineno, StopIteration's value...) keep them in {@link #fields}, read
 * and written by the member descriptors {@link ExceptionTypes} puts on those types.
 */
public class PyBaseException extends PyObject {
    PyType type;
    PyTuple args = PyTuple.EMPTY;
    PyDict dict;
    /** {@code __traceback__}: a PyTraceback, or null for None. */
    PyObject traceback;
    /** {@code __cause__} and {@code __context__}: null for None. */
    PyObject cause;
    PyObject context;
    boolean suppressContext;
    /** The attributes of the exception's layout (see {@link ExceptionTypes.Layout}); null when it has none. */
    PyObject[] fields;
    /** The Java throwable that carries this exception (one per exception, reused when it is raised again). */
    PyException carrier;

    PyBaseException(PyType type) {
        this.type = type;
        int n = ExceptionTypes.fieldCount(type);
        if (n > 0) {
            fields = new PyObject[n];
        }
    }

    /** {@code BaseException.__new__(type, *args)} without calling {@code __init__}. */
    public static PyBaseException create(PyType type, PyTuple args) {
        PyBaseException e = new PyBaseException(type);
        e.args = args;
        ExceptionTypes.initFields(e, args);
        return e;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code __class__} assignment between exception classes (same layout). */
    public void setType(PyType t) {
        type = t;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** The Java throwable to throw for this exception. */
    public PyException raise() {
        if (carrier == null) {
            carrier = new PyException(this);
        }
        return carrier;
    }

    public PyObject getTraceback() {
        return traceback;
    }

    public void setTraceback(PyObject tb) {
        traceback = tb == PyNone.NONE ? null : tb;
    }

    public PyObject getCause() {
        return cause;
    }

    /** Sets {@code __cause__} as {@code raise ... from} does: it also sets {@code __suppress_context__}. */
    public void setCause(PyObject c) {
        cause = c == PyNone.NONE ? null : c;
        suppressContext = true;
    }

    public PyObject getContext() {
        return context;
    }

    public void setContext(PyObject c) {
        context = c == PyNone.NONE ? null : c;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean s) {
        suppressContext = s;
    }

    public PyObject field(int i) {
        return fields[i];
    }

    public void setField(int i, PyObject v) {
        fields[i] = v;
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }

    @Override
    public long hash() {
        return Hashing.identity(this);
    }
}

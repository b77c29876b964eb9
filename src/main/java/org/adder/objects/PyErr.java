package org.adder.objects;

/**
 * Raising Python exceptions from Java: {@code throw PyErr.typeError("...")}. Each factory makes the
 * exception object with CPython's message and returns the throwable that carries it.
 */
public final class PyErr {
    private PyErr() {
    }

    /** An exception of {@code type} with the one argument {@code message}. */
    public static PyException of(PyType type, String message) {
        return PyBaseException.create(type, PyTuple.of(PyStr.of(message))).raise();
    }

    /** An exception of {@code type} with these arguments. */
    public static PyException of(PyType type, PyObject... args) {
        return PyBaseException.create(type, PyTuple.of(args)).raise();
    }

    public static PyException typeError(String message) {
        return of(ExceptionTypes.TypeError, message);
    }

    public static PyException valueError(String message) {
        return of(ExceptionTypes.ValueError, message);
    }

    public static PyException indexError(String message) {
        return of(ExceptionTypes.IndexError, message);
    }

    public static PyException overflowError(String message) {
        return of(ExceptionTypes.OverflowError, message);
    }

    public static PyException zeroDivisionError(String message) {
        return of(ExceptionTypes.ZeroDivisionError, message);
    }

    public static PyException runtimeError(String message) {
        return of(ExceptionTypes.RuntimeError, message);
    }

    public static PyException systemError(String message) {
        return of(ExceptionTypes.SystemError, message);
    }

    public static PyException notImplementedError(String message) {
        return of(ExceptionTypes.NotImplementedError, message);
    }

    public static PyException memoryError() {
        return PyBaseException.create(ExceptionTypes.MemoryError, PyTuple.EMPTY).raise();
    }

    public static PyException recursionError(String message) {
        return of(ExceptionTypes.RecursionError, message);
    }

    /** {@code KeyError(key)}: the key itself is the argument (its repr is what str() shows). */
    public static PyException keyError(PyObject key) {
        return PyBaseException.create(ExceptionTypes.KeyError, PyTuple.of(key)).raise();
    }

    /** An AttributeError with its {@code name} and {@code obj} attributes, for "Did you mean" suggestions. */
    public static PyException attributeError(String message, PyStr name, PyObject obj) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.AttributeError, PyTuple.of(PyStr.of(message)));
        ExceptionTypes.setAttributeErrorContext(e, name, obj);
        return e.raise();
    }

    /** CPython's "'X' object has no attribute 'y'". */
    public static PyException noAttribute(PyObject obj, PyStr name) {
        return attributeError("'" + obj.type().tpName() + "' object has no attribute '" + name.value() + "'", name, obj);
    }

    /** A NameError with its {@code name} attribute. */
    public static PyException nameError(String message, PyStr name) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.NameError, PyTuple.of(PyStr.of(message)));
        ExceptionTypes.setName(e, name);
        return e.raise();
    }

    public static PyException unboundLocalError(String message, PyStr name) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.UnboundLocalError, PyTuple.of(PyStr.of(message)));
        ExceptionTypes.setName(e, name);
        return e.raise();
    }

    /** {@code StopIteration(value)}; without a value when {@code value} is null. */
    public static PyException stopIteration(PyObject value) {
        return PyBaseException.create(ExceptionTypes.StopIteration,
                value == null ? PyTuple.EMPTY : PyTuple.of(value)).raise();
    }

    /** "descriptor 'x' for 'T' objects doesn't apply to a 'U' object". */
    public static PyException descriptorMismatch(String name, PyType owner, PyObject obj) {
        return typeError("descriptor '" + name + "' for '" + owner.getName() + "' objects doesn't apply to a '"
                + obj.type().getName() + "' object");
    }

    /** The type name CPython's messages print for an object ({@code Py_TYPE(o)->tp_name}). */
    public static String typeName(PyObject o) {
        return o.type().tpName();
    }
}

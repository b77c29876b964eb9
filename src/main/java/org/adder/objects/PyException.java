package org.adder.objects;

/**
 * A Python exception travelling through Java code: the Java throwable that carries a Python exception
 * object ({@link PyBaseException}). Python raises and catches exceptions all the time, so no Java stack
 * trace is captured: the Python traceback is what users see.
 *
 * <p>Code that runs before any interpreter exists (the tokenizer, parser and compiler) raises by type name
 * and message; the Python object is made from those when first asked for ({@link #value()}).
 */
public class PyException extends RuntimeException {
    private final String typeName;
    private PyBaseException value;

    public PyException(String typeName, String message) {
        super(message, null, false, false);
        this.typeName = typeName;
    }

    /** The carrier of {@code value}; see {@link PyBaseException#raise()}, which reuses one per exception. */
    PyException(PyBaseException value) {
        super(null, null, false, false);
        this.typeName = null;
        this.value = value;
    }

    /** The Python exception object. */
    public PyBaseException value() {
        if (value == null) {
            value = materialize();
            value.carrier = this;
        }
        return value;
    }

    /** Makes the Python object for an exception raised by name (subclasses add their attributes). */
    protected PyBaseException materialize() {
        PyType type = ExceptionTypes.byName(typeName);
        String message = super.getMessage();
        return PyBaseException.create(type, message == null ? PyTuple.EMPTY : PyTuple.of(PyStr.of(message)));
    }

    /** The exception's Python type. */
    public PyType type() {
        return value != null ? value.type() : ExceptionTypes.byName(typeName);
    }

    /** True when the exception is an instance of {@code t} (or of a subclass). */
    public boolean matches(PyType t) {
        return type().isSubtype(t);
    }

    /** The Python class name, e.g. {@code "ValueError"}. */
    public String typeName() {
        return value != null ? value.type().getName() : typeName;
    }

    /** {@code str(exc)}. */
    public String str() {
        if (value == null) {
            String m = super.getMessage();
            return m == null ? "" : m;
        }
        return Abstract.str(value).value();
    }

    @Override
    public String getMessage() {
        return value == null ? super.getMessage() : str();
    }
}

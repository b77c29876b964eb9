package org.adder.objects;

/**
 * A Python exception travelling through Java code. Python raises and catches exceptions all
 * the time, so no Java stack trace is captured: the Python traceback is what users see.
 */
public class PyException extends RuntimeException {
    private final String typeName;

    public PyException(String typeName, String message) {
        super(message, null, false, false);
        this.typeName = typeName;
    }

    /** The Python class name, e.g. {@code "ValueError"}. */
    public String typeName() {
        return typeName;
    }

    /** {@code str(exc)}. */
    public String str() {
        return getMessage() == null ? "" : getMessage();
    }
}

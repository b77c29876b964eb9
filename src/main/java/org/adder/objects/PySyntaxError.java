package org.adder.objects;

/**
 * SyntaxError and its subclasses IndentationError and TabError, with CPython's attributes:
 * {@code msg}, {@code filename}, {@code lineno}, {@code offset}, {@code text},
 * {@code end_lineno}, {@code end_offset}. Offsets are 1-based character columns as CPython
 * reports them; 0 means "not known" where CPython would have None.
 */
public class PySyntaxError extends PyException {
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    public final Kind kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final String text;
    public final int endLineno;
    public final int endOffset;

    public PySyntaxError(Kind kind, String msg, String filename, int lineno, int offset, String text,
                         int endLineno, int endOffset) {
        super(kind.pythonName, msg);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    /** The SyntaxError object, its attributes from the position the parser or compiler recorded. */
    @Override
    protected PyBaseException materialize() {
        PyObject none = PyNone.NONE;
        PyTuple details = PyTuple.of(filename == null ? none : PyStr.of(filename), lineno > 0 ? PyInt.of(lineno) : none,
                offset > 0 || lineno > 0 ? PyInt.of(offset) : none, text == null ? none : PyStr.of(text),
                endLineno > 0 ? PyInt.of(endLineno) : none, endLineno > 0 ? PyInt.of(endOffset) : none);
        return PyBaseException.create(ExceptionTypes.byName(kind.pythonName), PyTuple.of(PyStr.of(msg), details));
    }

    /** {@code str(err)}: "msg (filename, line N)" as CPython's SyntaxError.__str__. */
    @Override
    public String str() {
        String file = filename == null ? null : filename.substring(filename.lastIndexOf('/') + 1);
        if (file != null && lineno > 0) {
            return msg + " (" + file + ", line " + lineno + ")";
        } else if (file != null) {
            return msg + " (" + file + ")";
        } else if (lineno > 0) {
            return msg + " (line " + lineno + ")";
        }
        return msg;
    }

    /**
     * Line {@code lineno} (1-based) of {@code source} with its newline, or null: the {@code text} a
     * SyntaxError raised from a tree (symbol table, compiler) carries.
     */
    public static String sourceLine(String source, int lineno) {
        if (source == null || lineno < 1) {
            return null;
        }
        int start = 0;
        for (int n = 1; n < lineno; n++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        return end < 0 ? source.substring(start) : source.substring(start, end + 1);
    }
}

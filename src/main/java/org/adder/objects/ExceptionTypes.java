package org.adder.objects;

import java.util.HashMap;
import java.util.Map;

/**
 * The builtin exception classes of Python 3.12 as data: each class's name, base, docstring and the
 * layout of its attributes. Behaviour that differs from BaseException's (OSError's errno mapping,
 * KeyError's str, SyntaxError's attributes...) is in {@link ExceptionBehaviour}.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {
    }

    /** The extra attributes an exception layout stores, in {@link PyBaseException#fields} order. */
    public enum Layout {
        STOP_ITERATION("value"),
        SYSTEM_EXIT("code"),
        IMPORT("msg", "name", "path", "name_from"),
        OS("errno", "strerror", "filename", "filename2", "characters_written"),
        SYNTAX("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"),
        UNICODE("encoding", "object", "start", "end", "reason"),
        NAME("name"),
        ATTRIBUTE("name", "obj"),
        GROUP("message", "exceptions");

        final String[] fields;

        Layout(String... fields) {
            this.fields = fields;
        }

        int index(String name) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(name);
        }
    }

    private static final Map<String, PyType> BY_NAME = new HashMap<>();

    private static PyType make(String name, PyType base, Layout layout, String doc) {
        PyType t = new TypeSpec(name, PyBaseException.class)
                .base(base)
                .flags(PyType.BASETYPE | PyType.BASE_EXC_SUBCLASS | PyType.HAVE_GC)
                .inheritNew()
                .slots(s -> ExceptionBehaviour.slots(s, name))
                .methods(m -> ExceptionBehaviour.methods(m, name, doc))
                .build();
        t.exceptionLayout = layout != null ? layout : base == null ? null : base.exceptionLayout;
        BY_NAME.put(name, t);
        return t;
    }

    private static PyType make(String name, PyType base, String doc) {
        return make(name, base, null, doc);
    }

    public static final PyType BaseException = make("BaseException", PyType.OBJECT, "Common base class for all exceptions");
    public static final PyType BaseExceptionGroup = make("BaseExceptionGroup", BaseException, Layout.GROUP,
            "A combination of multiple unrelated exceptions.");
    public static final PyType Exception = make("Exception", BaseException, "Common base class for all non-exit exceptions.");
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException, "Request that a generator exit.");
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException, "Program interrupted by user.");
    public static final PyType SystemExit = make("SystemExit", BaseException, Layout.SYSTEM_EXIT,
            "Request to exit from the interpreter.");
    public static final PyType ArithmeticError = make("ArithmeticError", Exception, "Base class for arithmetic errors.");
    public static final PyType AssertionError = make("AssertionError", Exception, "Assertion failed.");
    public static final PyType AttributeError = make("AttributeError", Exception, Layout.ATTRIBUTE, "Attribute not found.");
    public static final PyType BufferError = make("BufferError", Exception, "Buffer error.");
    public static final PyType EOFError = make("EOFError", Exception, "Read beyond end of file.");
    public static final PyType ImportError = make("ImportError", Exception, Layout.IMPORT,
            "Import can't find module, or can't find name in module.");
    public static final PyType LookupError = make("LookupError", Exception, "Base class for lookup errors.");
    public static final PyType MemoryError = make("MemoryError", Exception, "Out of memory.");
    public static final PyType NameError = make("NameError", Exception, Layout.NAME, "Name not found globally.");
    public static final PyType OSError = make("OSError", Exception, Layout.OS, "Base class for I/O related errors.");
    public static final PyType ReferenceError = make("ReferenceError", Exception,
            "Weak ref proxy used after referent went away.");
    public static final PyType RuntimeError = make("RuntimeError", Exception, "Unspecified run-time error.");
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception,
            "Signal the end from iterator.__anext__().");
    public static final PyType StopIteration = make("StopIteration", Exception, Layout.STOP_ITERATION,
            "Signal the end from iterator.__next__().");
    public static final PyType SyntaxError = make("SyntaxError", Exception, Layout.SYNTAX, "Invalid syntax.");
    public static final PyType SystemError = make("SystemError", Exception, "Internal error in the Python interpreter.\n\n"
            + "Please report this to the Python maintainer, along with the traceback,\nthe Python version, and the "
            + "hardware/OS platform and version.");
    public static final PyType TypeError = make("TypeError", Exception, "Inappropriate argument type.");
    public static final PyType ValueError = make("ValueError", Exception, "Inappropriate argument value (of correct type).");
    public static final PyType Warning = make("Warning", Exception, "Base class for warning categories.");
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError,
            "Floating point operation failed.");
    public static final PyType OverflowError = make("OverflowError", ArithmeticError, "Result too large to be represented.");
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError,
            "Second argument to a division or modulo operation was zero.");
    public static final PyType BytesWarning = make("BytesWarning", Warning, "Base class for warnings about bytes and "
            + "buffer related problems, mostly\nrelated to conversion from str or comparing to str.");
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning,
            "Base class for warnings about deprecated features.");
    public static final PyType EncodingWarning = make("EncodingWarning", Warning, "Base class for warnings about encodings.");
    public static final PyType FutureWarning = make("FutureWarning", Warning, "Base class for warnings about constructs "
            + "that will change semantically\nin the future.");
    public static final PyType ImportWarning = make("ImportWarning", Warning,
            "Base class for warnings about probable mistakes in module imports");
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning,
            "Base class for warnings about features which will be deprecated\nin the future.");
    public static final PyType ResourceWarning = make("ResourceWarning", Warning,
            "Base class for warnings about resource usage.");
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning,
            "Base class for warnings about dubious runtime behavior.");
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning, "Base class for warnings about dubious syntax.");
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning, "Base class for warnings about Unicode "
            + "related problems, mostly\nrelated to conversion problems.");
    public static final PyType UserWarning = make("UserWarning", Warning, "Base class for warnings generated by user code.");
    public static final PyType BlockingIOError = make("BlockingIOError", OSError, "I/O operation would block.");
    public static final PyType ChildProcessError = make("ChildProcessError", OSError, "Child process error.");
    public static final PyType ConnectionError = make("ConnectionError", OSError, "Connection error.");
    public static final PyType FileExistsError = make("FileExistsError", OSError, "File already exists.");
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError, "File not found.");
    public static final PyType InterruptedError = make("InterruptedError", OSError, "Interrupted by signal.");
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError,
            "Operation doesn't work on directories.");
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError,
            "Operation only works on directories.");
    public static final PyType PermissionError = make("PermissionError", OSError, "Not enough permissions.");
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError, "Process not found.");
    public static final PyType TimeoutError = make("TimeoutError", OSError, "Timeout expired.");
    public static final PyType IndentationError = make("IndentationError", SyntaxError, "Improper indentation.");
    public static final PyType IndexError = make("IndexError", LookupError, "Sequence index out of range.");
    public static final PyType KeyError = make("KeyError", LookupError, "Mapping key not found.");
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError, "Module not found.");
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError,
            "Method or function hasn't been implemented yet.");
    public static final PyType RecursionError = make("RecursionError", RuntimeError, "Recursion limit exceeded.");
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError,
            "Local name referenced but not bound to a value.");
    public static final PyType UnicodeError = make("UnicodeError", ValueError, "Unicode related error.");
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError, "Broken pipe.");
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError,
            "Connection aborted.");
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError,
            "Connection refused.");
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError, "Connection reset.");
    public static final PyType TabError = make("TabError", IndentationError, "Improper mixture of spaces and tabs.");
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError, Layout.UNICODE,
            "Unicode decoding error.");
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError, Layout.UNICODE,
            "Unicode encoding error.");
    public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError, Layout.UNICODE,
            "Unicode translation error.");
    /** {@code ExceptionGroup(BaseExceptionGroup, Exception)}: made as CPython makes it, a class with two bases. */
    public static final PyType ExceptionGroup = ExceptionBehaviour.exceptionGroup();

    /** Every builtin exception class, in the order above (for the builtins module). */
    public static final PyType[] ALL = {
        BaseException, BaseExceptionGroup, Exception, GeneratorExit, KeyboardInterrupt, SystemExit, ArithmeticError,
        AssertionError, AttributeError, BufferError, EOFError, ImportError, LookupError, MemoryError, NameError, OSError,
        ReferenceError, RuntimeError, StopAsyncIteration, StopIteration, SyntaxError, SystemError, TypeError, ValueError,
        Warning, FloatingPointError, OverflowError, ZeroDivisionError, BytesWarning, DeprecationWarning, EncodingWarning,
        FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning,
        UnicodeWarning, UserWarning, BlockingIOError, ChildProcessError, ConnectionError, FileExistsError,
        FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
        TimeoutError, IndentationError, IndexError, KeyError, ModuleNotFoundError, NotImplementedError, RecursionError,
        UnboundLocalError, UnicodeError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
        ConnectionResetError, TabError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, ExceptionGroup,
    };

    /** The builtin exception class named {@code name}. */
    public static PyType byName(String name) {
        PyType t = BY_NAME.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no builtin exception " + name);
        }
        return t;
    }

    static void register(PyType t) {
        BY_NAME.put(t.getName(), t);
    }

    static int fieldCount(PyType t) {
        Layout l = t.exceptionLayout;
        return l == null ? 0 : l.fields.length;
    }

    /** Sets the layout's attributes from the constructor arguments, as each exception's __init__ does. */
    static void initFields(PyBaseException e, PyTuple args) {
        ExceptionBehaviour.initFields(e, args);
    }

    static void setAttributeErrorContext(PyBaseException e, PyStr name, PyObject obj) {
        if (e.fields != null && e.type.exceptionLayout == Layout.ATTRIBUTE) {
            e.fields[0] = name;
            e.fields[1] = obj;
        }
    }

    static void setName(PyBaseException e, PyStr name) {
        if (e.fields != null && e.type.exceptionLayout == Layout.NAME) {
            e.fields[0] = name;
        }
    }

    /** The value of layout attribute {@code name} of {@code e} (None when unset), or null if it has none. */
    public static PyObject field(PyBaseException e, String name) {
        Layout l = e.type.exceptionLayout;
        if (l == null || e.fields == null) {
            return null;
        }
        for (int i = 0; i < l.fields.length; i++) {
            if (l.fields[i].equals(name)) {
                PyObject v = e.fields[i];
                return v == null ? PyNone.NONE : v;
            }
        }
        return null;
    }

    public static void setField(PyBaseException e, String name, PyObject value) {
        e.fields[e.type.exceptionLayout.index(name)] = value;
    }

    /** {@code e.add_note(note)}. */
    public static void addNote(PyBaseException e, String note) {
        ExceptionBehaviour.addNote(e, PyStr.of(note));
    }
}

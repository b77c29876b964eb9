package org.adder.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * What the builtin exception classes do: BaseException's construction, attributes and str/repr, and the
 * classes that differ (StopIteration, SystemExit, KeyError, NameError, AttributeError, ImportError,
 * OSError with its errno subclasses, SyntaxError, the Unicode errors, exception groups).
 */
public final class ExceptionBehaviour {
    private ExceptionBehaviour() {
    }

    private static PyTuple positional(PyObject[] args, PyTuple kw) {
        int npos = args.length - (kw == null ? 0 : kw.size());
        PyObject[] p = new PyObject[npos];
        System.arraycopy(args, 0, p, 0, npos);
        return PyTuple.wrap(p);
    }

    private static PyObject keyword(PyObject[] args, PyTuple kw, String name) {
        if (kw == null) {
            return null;
        }
        int npos = args.length - kw.size();
        for (int i = 0; i < kw.size(); i++) {
            if (((PyStr) kw.get(i)).value().equals(name)) {
                return args[npos + i];
            }
        }
        return null;
    }

    private static void onlyKeywords(String type, PyTuple kw, String... allowed) {
        if (kw == null) {
            return;
        }
        outer:
        for (PyObject k : kw) {
            for (String a : allowed) {
                if (((PyStr) k).value().equals(a)) {
                    continue outer;
                }
            }
            throw PyErr.typeError("'" + ((PyStr) k).value() + "' is an invalid keyword argument for " + type + "()");
        }
    }

    static final Slots.New BASE_NEW = (type, args, kw) -> {
        PyBaseException e = new PyBaseException(type);
        e.args = positional(args, kw);
        return e;
    };

    static final Slots.Init BASE_INIT = (self, args, kw) -> {
        ArgSpec.noKeywords(self.type().tpName(), kw);
        ((PyBaseException) self).args = positional(args, kw);
    };

    static PyObject baseStr(PyBaseException e) {
        PyTuple a = e.args;
        return switch (a.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Abstract.str(a.get(0));
            default -> Abstract.str(a);
        };
    }

    /** Each class's own slots, as the table of CPython 3.12's exception classes shows them. */
    static void slots(PyType t, String name) {
        switch (name) {
            case "BaseException" -> {
                t.tp_new = BASE_NEW;
                t.tp_init = BASE_INIT;
                t.tp_repr = o -> {
                    PyBaseException e = (PyBaseException) o;
                    String n = e.type.getName();
                    if (e.args.size() == 1) {
                        return PyStr.of(n + "(" + Abstract.repr(e.args.get(0)).value() + ")");
                    }
                    return PyStr.of(n + Abstract.repr(e.args).value());
                };
                t.tp_str = o -> baseStr((PyBaseException) o);
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
                t.tp_setattro = ObjectType.GENERIC_SETATTR;
            }
            case "BaseExceptionGroup" -> {
                t.tp_new = ExceptionBehaviour::groupNew;
                t.tp_init = (self, args, kw) -> {
                    ArgSpec.noKeywords(self.type().tpName(), kw);
                    ((PyBaseException) self).args = positional(args, kw);
                };
                t.tp_str = o -> {
                    PyBaseException e = (PyBaseException) o;
                    int n = ((PyTuple) e.fields[1]).size();
                    return PyStr.of(Abstract.str(e.fields[0]).value() + " (" + n + " sub-exception" + (n > 1 ? "s" : "")
                            + ")");
                };
            }
            case "SystemExit" -> t.tp_init = (self, args, kw) -> {
                BASE_INIT.init(self, args, kw);
                initFields((PyBaseException) self, ((PyBaseException) self).args);
            };
            case "StopIteration" -> t.tp_init = (self, args, kw) -> {
                BASE_INIT.init(self, args, kw);
                initFields((PyBaseException) self, ((PyBaseException) self).args);
            };
            case "KeyError" -> {
                t.tp_init = BASE_INIT;
                t.tp_str = o -> {
                    PyBaseException e = (PyBaseException) o;
                    return e.args.size() == 1 ? Abstract.repr(e.args.get(0)) : baseStr(e);
                };
            }
            case "NameError" -> {
                t.tp_init = (self, args, kw) -> {
                    onlyKeywords("NameError", kw, "name");
                    PyBaseException e = (PyBaseException) self;
                    e.args = positional(args, kw);
                    PyObject n = keyword(args, kw, "name");
                    e.fields[0] = n;
                };
                t.tp_str = o -> baseStr((PyBaseException) o);
            }
            case "AttributeError" -> {
                t.tp_init = (self, args, kw) -> {
                    onlyKeywords("AttributeError", kw, "name", "obj");
                    PyBaseException e = (PyBaseException) self;
                    e.args = positional(args, kw);
                    e.fields[0] = keyword(args, kw, "name");
                    e.fields[1] = keyword(args, kw, "obj");
                };
                t.tp_str = o -> baseStr((PyBaseException) o);
            }
            case "ImportError" -> {
                t.tp_init = (self, args, kw) -> {
                    onlyKeywords("ImportError", kw, "name", "path", "name_from");
                    PyBaseException e = (PyBaseException) self;
                    e.args = positional(args, kw);
                    e.fields[0] = e.args.size() == 1 ? e.args.get(0) : null;
                    e.fields[1] = keyword(args, kw, "name");
                    e.fields[2] = keyword(args, kw, "path");
                    e.fields[3] = keyword(args, kw, "name_from");
                };
                t.tp_str = o -> {
                    PyBaseException e = (PyBaseException) o;
                    return e.fields[0] != null && e.fields[0] != PyNone.NONE ? Abstract.str(e.fields[0]) : baseStr(e);
                };
            }
            case "OSError" -> {
                t.tp_new = OS_NEW;
                t.tp_init = OS_INIT;
                t.tp_str = ExceptionBehaviour::osStr;
            }
            case "SyntaxError" -> {
                t.tp_init = (self, args, kw) -> {
                    BASE_INIT.init(self, args, kw);
                    syntaxInit((PyBaseException) self);
                };
                t.tp_str = ExceptionBehaviour::syntaxStr;
            }
            case "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError" -> {
                t.tp_new = BASE_NEW;
                t.tp_init = (self, args, kw) -> {
                    BASE_INIT.init(self, args, kw);
                    unicodeInit((PyBaseException) self, name);
                };
                t.tp_str = o -> unicodeStr((PyBaseException) o, name);
            }
            case "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError",
                 "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
                 "TimeoutError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
                 "ConnectionResetError" -> t.tp_init = OS_INIT;
            case "IndentationError", "TabError" -> t.tp_init = (self, args, kw) -> {
                BASE_INIT.init(self, args, kw);
                syntaxInit((PyBaseException) self);
            };
            case "ModuleNotFoundError" -> t.tp_init = ExceptionTypes.ImportError.tp_init;
            case "UnboundLocalError" -> t.tp_init = (self, args, kw) -> {
                onlyKeywords("UnboundLocalError", kw, "name");
                PyBaseException e = (PyBaseException) self;
                e.args = positional(args, kw);
                e.fields[0] = keyword(args, kw, "name");
            };
            default -> {
                t.tp_new = BASE_NEW;
                t.tp_init = BASE_INIT;
            }
        }
    }

    static void methods(TypeSpec.Methods m, String name, String doc) {
        m.doc(doc);
        if (name.equals("BaseException")) {
            m.method("__reduce__", "($self, /)", (Builtin.F1) o -> {
                PyBaseException e = (PyBaseException) o;
                return e.dict == null || e.dict.size() == 0 ? PyTuple.of(e.type, e.args) : PyTuple.of(e.type, e.args, e.dict);
            })
                    .method("__setstate__", "($self, state, /)", (Builtin.F2) (o, state) -> {
                        if (state != PyNone.NONE) {
                            if (!(state instanceof PyDict d)) {
                                throw PyErr.typeError("state is not a dictionary");
                            }
                            for (PyObject[] kv : d.itemList()) {
                                Abstract.setAttr(o, kv[0], kv[1]);
                            }
                        }
                        return PyNone.NONE;
                    })
                    .method("with_traceback", "($self, tb, /)", (Builtin.F2) (o, tb) -> {
                        setTraceback((PyBaseException) o, tb);
                        return o;
                    }, "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.")
                    .method("add_note", "($self, note, /)", (Builtin.F2) (o, note) -> {
                        addNote((PyBaseException) o, note);
                        return PyNone.NONE;
                    }, "Exception.add_note(note) --\n    add a note to the exception")
                    .member("__suppress_context__", o -> PyBool.of(((PyBaseException) o).suppressContext),
                            (o, v) -> ((PyBaseException) o).suppressContext = v != null && Abstract.isTrue(v), null)
                    .getset("__dict__", o -> ((PyBaseException) o).getDict(), (o, v) -> {
                        if (!(v instanceof PyDict d)) {
                            throw PyErr.typeError(v == null ? "__dict__ may not be deleted"
                                    : "__dict__ must be a dictionary, not " + v.type().getName());
                        }
                        o.setDict(d);
                    }, null)
                    .getset("args", o -> ((PyBaseException) o).args, (o, v) -> {
                        if (v == null) {
                            throw PyErr.typeError("args may not be deleted");
                        }
                        ((PyBaseException) o).args = PyTuple.wrap(TupleMethods.toArray(v));
                    }, null)
                    .getset("__traceback__", o -> or(((PyBaseException) o).traceback),
                            (o, v) -> setTraceback((PyBaseException) o, v), null)
                    .getset("__context__", o -> or(((PyBaseException) o).context), (o, v) -> {
                        ((PyBaseException) o).context = checkChain(v, "exception context");
                    }, null)
                    .getset("__cause__", o -> or(((PyBaseException) o).cause), (o, v) -> {
                        PyBaseException e = (PyBaseException) o;
                        e.cause = checkChain(v, "exception cause");
                        e.suppressContext = true;
                    }, null);
            return;
        }
        ExceptionTypes.Layout layout = switch (name) {
            case "StopIteration" -> ExceptionTypes.Layout.STOP_ITERATION;
            case "SystemExit" -> ExceptionTypes.Layout.SYSTEM_EXIT;
            case "ImportError" -> ExceptionTypes.Layout.IMPORT;
            case "OSError" -> ExceptionTypes.Layout.OS;
            case "SyntaxError" -> ExceptionTypes.Layout.SYNTAX;
            case "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError" -> ExceptionTypes.Layout.UNICODE;
            case "NameError" -> ExceptionTypes.Layout.NAME;
            case "AttributeError" -> ExceptionTypes.Layout.ATTRIBUTE;
            case "BaseExceptionGroup" -> ExceptionTypes.Layout.GROUP;
            default -> null;
        };
        if (name.equals("BaseExceptionGroup")) {
            m.classmethod("__class_getitem__", "($type, item, /)", (Builtin.F2) GenericAlias::of)
                    .method("derive", "($self, excs, /)", (Builtin.F2) (o, excs) ->
                            Abstract.call(ExceptionTypes.BaseExceptionGroup, ((PyBaseException) o).fields[0], excs))
                    .method("split", "($self, matcher_value, /)", (Builtin.F2) (o, c) -> split((PyBaseException) o, c, true))
                    .method("subgroup", "($self, matcher_value, /)", (Builtin.F2) (o, c) ->
                            split((PyBaseException) o, c, false));
        }
        if (layout == null) {
            return;
        }
        for (int i = 0; i < layout.fields.length; i++) {
            int index = i;
            String field = layout.fields[i];
            if (field.equals("characters_written")) {
                m.getset(field, o -> {
                    PyObject v = ((PyBaseException) o).fields[index];
                    if (v == null) {
                        throw PyErr.attributeError("characters_written", PyStr.intern(field), o);
                    }
                    return v;
                }, (o, v) -> {
                    if (v == null && ((PyBaseException) o).fields[index] == null) {
                        throw PyErr.attributeError("characters_written", PyStr.intern(field), o);
                    }
                    ((PyBaseException) o).fields[index] = v == null ? null : Abstract.index(v);
                }, null);
            } else {
                boolean readonly = layout == ExceptionTypes.Layout.GROUP;
                m.member(field, o -> or(((PyBaseException) o).fields[index]),
                        readonly ? null : (o, v) -> ((PyBaseException) o).fields[index] = v, null);
            }
        }
    }

    private static PyObject or(PyObject v) {
        return v == null ? PyNone.NONE : v;
    }

    private static void setTraceback(PyBaseException e, PyObject tb) {
        if (tb == null) {
            throw PyErr.typeError("__traceback__ may not be deleted");
        }
        if (tb != PyNone.NONE && !(tb instanceof org.adder.vm.PyTraceback)) {
            throw PyErr.typeError("__traceback__ must be a traceback or None");
        }
        e.traceback = tb == PyNone.NONE ? null : tb;
    }

    private static PyObject checkChain(PyObject v, String what) {
        if (v == null) {
            throw PyErr.typeError(what.replace("exception ", "") + " attribute may not be deleted".replace(
                    "context attribute", "__context__").replace("cause attribute", "__cause__"));
        }
        if (v == PyNone.NONE) {
            return null;
        }
        if (!(v instanceof PyBaseException)) {
            throw PyErr.typeError(what + " must be None or derive from BaseException");
        }
        return v;
    }

    /** {@code e.add_note(note)}: appended to the {@code __notes__} list, made when absent. */
    static void addNote(PyBaseException e, PyObject note) {
        if (!(note instanceof PyStr)) {
            throw PyErr.typeError("note must be a str, not '" + note.type().getName() + "'");
        }
        PyObject notes = Abstract.getAttrOrNull(e, SpecialNames.__notes__);
        if (notes == null) {
            notes = new PyList();
            Abstract.setAttr(e, SpecialNames.__notes__, notes);
        } else if (!(notes instanceof PyList)) {
            throw PyErr.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(note);
    }

    /** The layout's attributes from the constructor's arguments (for exceptions made in Java too). */
    static void initFields(PyBaseException e, PyTuple args) {
        ExceptionTypes.Layout l = e.type.exceptionLayout;
        if (l == null) {
            return;
        }
        switch (l) {
            case STOP_ITERATION -> e.fields[0] = args.size() > 0 ? args.get(0) : PyNone.NONE;
            case SYSTEM_EXIT -> e.fields[0] = args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args;
            case IMPORT -> e.fields[0] = args.size() == 1 ? args.get(0) : null;
            case OS -> {
                if (!useInit(e.type)) {
                    osInit(e, args);
                }
            }
            case SYNTAX -> syntaxInit(e);
            default -> {
            }
        }
    }

    // --- OSError --------------------------------------------------------------------------------------------

    private static final Slots.New OS_NEW = ExceptionBehaviour::osNew;
    private static final Slots.Init OS_INIT = (self, args, kw) -> {
        if (useInit(self.type())) {
            ArgSpec.noKeywords(self.type().tpName(), kw);
            osInit((PyBaseException) self, positional(args, kw));
        }
    };

    /** {@code oserror_use_init}: construction left to __init__ (a class that overrides __init__, not __new__). */
    private static boolean useInit(PyType t) {
        return t.tp_init != OS_INIT && t.tp_new == OS_NEW;
    }

    private static PyObject osNew(PyType type, PyObject[] args, PyTuple kw) {
        PyTuple a = positional(args, kw);
        if (!useInit(type)) {
            ArgSpec.noKeywords(type.tpName(), kw);
            if (type == ExceptionTypes.OSError && a.size() >= 2 && a.size() <= 5 && a.get(0) instanceof PyInt errno
                    && errno.fitsLong()) {
                PyType sub = errnoType(errno.longValue());
                if (sub != null) {
                    type = sub;
                }
            }
        }
        PyBaseException e = new PyBaseException(type);
        if (!useInit(type)) {
            osInit(e, a);
        } else {
            e.args = PyTuple.EMPTY;
        }
        return e;
    }

    private static void osInit(PyBaseException e, PyTuple args) {
        int n = args.size();
        e.args = args;
        if (n >= 2 && n <= 5) {
            e.fields[0] = args.get(0);
            e.fields[1] = args.get(1);
            PyObject filename = n >= 3 ? args.get(2) : null;
            PyObject filename2 = n >= 5 ? args.get(4) : null;
            if (filename != null && filename != PyNone.NONE) {
                e.fields[2] = filename;
                if (filename2 != null && filename2 != PyNone.NONE) {
                    e.fields[3] = filename2;
                }
                e.args = PyTuple.of(args.get(0), args.get(1));
            }
        }
    }

    /** Linux errno values to the OSError subclasses PEP 3151 maps them to. */
    static PyType errnoType(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> ExceptionTypes.BlockingIOError;
            case 10 -> ExceptionTypes.ChildProcessError;
            case 32, 108 -> ExceptionTypes.BrokenPipeError;
            case 103 -> ExceptionTypes.ConnectionAbortedError;
            case 111 -> ExceptionTypes.ConnectionRefusedError;
            case 104 -> ExceptionTypes.ConnectionResetError;
            case 17 -> ExceptionTypes.FileExistsError;
            case 2 -> ExceptionTypes.FileNotFoundError;
            case 21 -> ExceptionTypes.IsADirectoryError;
            case 20 -> ExceptionTypes.NotADirectoryError;
            case 4 -> ExceptionTypes.InterruptedError;
            case 13, 1 -> ExceptionTypes.PermissionError;
            case 3 -> ExceptionTypes.ProcessLookupError;
            case 110 -> ExceptionTypes.TimeoutError;
            default -> null;
        };
    }

    private static PyObject osStr(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        PyObject[] f = e.fields;
        if (f[2] != null) {
            String base = "[Errno " + Abstract.str(or(f[0])).value() + "] " + Abstract.str(or(f[1])).value() + ": "
                    + Abstract.repr(f[2]).value();
            if (f[3] != null) {
                return PyStr.of(base + " -> " + Abstract.repr(f[3]).value());
            }
            return PyStr.of(base);
        }
        if (f[0] != null && f[1] != null) {
            return PyStr.of("[Errno " + Abstract.str(f[0]).value() + "] " + Abstract.str(f[1]).value());
        }
        return baseStr(e);
    }

    // --- SyntaxError ------------------------------------------------------------------------------------------

    private static void syntaxInit(PyBaseException e) {
        PyTuple args = e.args;
        if (args.size() >= 1) {
            e.fields[0] = args.get(0);
        }
        if (args.size() == 2) {
            PyObject[] info = TupleMethods.toArray(args.get(1));
            if (info.length < 4 || info.length > 6) {
                throw PyErr.typeError(info.length < 4 ? "function takes at least 4 arguments (" + info.length + " given)"
                        : "function takes at most 6 arguments (" + info.length + " given)");
            }
            System.arraycopy(info, 0, e.fields, 1, info.length);
            if (info.length == 5) {
                throw PyErr.typeError("end_offset must be provided when end_lineno is provided");
            }
        }
    }

    private static PyObject syntaxStr(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        PyObject[] f = e.fields;
        String filename = null;
        if (f[1] instanceof PyStr fs) {
            String s = fs.value();
            filename = s.substring(s.lastIndexOf('/') + 1);
        }
        boolean haveLine = f[2] != null && f[2].getClass() == PyInt.class;
        String msg = Abstract.str(or(f[0])).value();
        if (filename == null && !haveLine) {
            return PyStr.of(msg);
        }
        if (filename != null && haveLine) {
            return PyStr.of(msg + " (" + filename + ", line " + ((PyInt) f[2]).repr() + ")");
        }
        if (filename != null) {
            return PyStr.of(msg + " (" + filename + ")");
        }
        return PyStr.of(msg + " (line " + ((PyInt) f[2]).repr() + ")");
    }

    // --- Unicode errors ---------------------------------------------------------------------------------------

    private static void unicodeInit(PyBaseException e, String name) {
        PyTuple a = e.args;
        boolean translate = name.equals("UnicodeTranslateError");
        int need = translate ? 4 : 5;
        if (a.size() != need) {
            throw PyErr.typeError("function takes exactly " + need + " arguments (" + a.size() + " given)");
        }
        int i = 0;
        if (!translate) {
            e.fields[0] = strArg(a.get(i++), 1);
        }
        PyObject obj = a.get(i++);
        if (name.equals("UnicodeDecodeError")) {
            if (!(obj instanceof PyBytes)) {
                obj = PyBytes.of(Buffers.bytesOf(obj));
            }
        } else if (!(obj instanceof PyStr)) {
            throw PyErr.typeError("argument " + i + " must be str, not " + obj.type().getName());
        }
        e.fields[1] = obj;
        e.fields[2] = intArg(a.get(i++), i);
        e.fields[3] = intArg(a.get(i++), i);
        e.fields[4] = strArg(a.get(i), i + 1);
    }

    private static PyObject strArg(PyObject o, int position) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("argument " + position + " must be str, not " + o.type().getName());
        }
        return o;
    }

    private static PyObject intArg(PyObject o, int position) {
        if (!(o instanceof PyInt)) {
            throw PyErr.typeError("'" + o.type().getName() + "' object cannot be interpreted as an integer");
        }
        return o;
    }

    private static PyObject unicodeStr(PyBaseException e, String name) {
        PyObject[] f = e.fields;
        if (f[1] == null) {
            return PyStr.EMPTY;
        }
        long start = ((PyInt) f[2]).longValue();
        long end = ((PyInt) f[3]).longValue();
        String reason = Abstract.str(f[4]).value();
        String encoding = name.equals("UnicodeTranslateError") ? null : Abstract.str(f[0]).value();
        if (name.equals("UnicodeDecodeError")) {
            byte[] b = Buffers.bytesOf(f[1]);
            if (start >= 0 && start < b.length && end == start + 1) {
                return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding,
                        b[(int) start] & 0xff, start, reason));
            }
            return PyStr.of("'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": "
                    + reason);
        }
        int[] cps = ((PyStr) f[1]).codePoints();
        String prefix = encoding == null ? "can't translate" : "'" + encoding + "' codec can't encode";
        if (start >= 0 && start < cps.length && end == start + 1) {
            int c = cps[(int) start];
            String ch = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                    : String.format("\\U%08x", c);
            return PyStr.of(prefix + " character '" + ch + "' in position " + start + ": " + reason);
        }
        return PyStr.of(prefix + " characters in position " + start + "-" + (end - 1) + ": " + reason);
    }

    // --- exception groups -------------------------------------------------------------------------------------

    static PyType exceptionGroup() {
        PyType t = new TypeSpec("ExceptionGroup", PyBaseException.class)
                .bases(ExceptionTypes.BaseExceptionGroup, ExceptionTypes.Exception)
                .flags(PyType.BASETYPE | PyType.BASE_EXC_SUBCLASS | PyType.HAVE_GC)
                .inheritNew()
                .methods(m -> m.attr("__module__", PyStr.of("builtins")))
                .build();
        t.exceptionLayout = ExceptionTypes.Layout.GROUP;
        ExceptionTypes.register(t);
        return t;
    }

    private static PyObject groupNew(PyType cls, PyObject[] args, PyTuple kw) {
        PyTuple a = positional(args, kw);
        if (a.size() != 2) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + a.size() + " given)");
        }
        if (!(a.get(0) instanceof PyStr message)) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + a.get(0).type().getName());
        }
        PyObject seq = a.get(1);
        if (!Abstract.isSequence(seq)) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        PyTuple excs = PyTuple.wrap(TupleMethods.toArray(seq));
        if (excs.size() == 0) {
            throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < excs.size(); i++) {
            PyObject x = excs.get(i);
            if (!(x instanceof PyBaseException)) {
                throw PyErr.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!x.type().isSubtype(ExceptionTypes.Exception)) {
                nestedBase = true;
            }
        }
        if (cls == ExceptionTypes.BaseExceptionGroup) {
            if (!nestedBase) {
                cls = ExceptionTypes.ExceptionGroup;
            }
        } else if (cls == ExceptionTypes.ExceptionGroup) {
            if (nestedBase) {
                throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && cls.isSubtype(ExceptionTypes.Exception)) {
            throw PyErr.typeError("Cannot nest BaseExceptions in '" + cls.tpName() + "'");
        }
        PyBaseException e = new PyBaseException(cls);
        e.args = a;
        e.fields[0] = message;
        e.fields[1] = excs;
        return e;
    }

    /** The matcher of split/subgroup: an exception type, a tuple of them, or a predicate. */
    private static java.util.function.Predicate<PyObject> matcher(PyObject value) {
        if (value instanceof PyType t && t.isSubtype(ExceptionTypes.BaseException)) {
            return e -> Abstract.isInstance(e, t);
        }
        if (value instanceof PyTuple tt) {
            for (PyObject x : tt) {
                if (!(x instanceof PyType xt) || !xt.isSubtype(ExceptionTypes.BaseException)) {
                    throw PyErr.typeError("expected an exception type, a tuple of exception types, or a callable "
                            + "(other than a class)");
                }
            }
            return e -> Abstract.isInstance(e, tt);
        }
        if (Abstract.isCallable(value) && !(value instanceof PyType)) {
            return e -> Abstract.isTrue(Abstract.call(value, e));
        }
        throw PyErr.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    /** The part of group {@code eg} whose leaves satisfy {@code m}, or null (for except*'s re-raise). */
    public static PyObject project(PyBaseException eg, java.util.function.Predicate<PyObject> m) {
        return splitRecursive(eg, m, false)[0];
    }

    /** {@code split} (both halves) or {@code subgroup} (the match only). */
    private static PyObject split(PyBaseException eg, PyObject condition, boolean both) {
        java.util.function.Predicate<PyObject> m = matcher(condition);
        PyObject[] r = splitRecursive(eg, m, both);
        if (!both) {
            return or(r[0]);
        }
        return PyTuple.of(or(r[0]), or(r[1]));
    }

    private static PyObject[] splitRecursive(PyObject exc, java.util.function.Predicate<PyObject> m, boolean both) {
        if (m.test(exc)) {
            return new PyObject[] {exc, null};
        }
        if (!(exc instanceof PyBaseException eg) || !eg.type.isSubtype(ExceptionTypes.BaseExceptionGroup)) {
            return new PyObject[] {null, both ? exc : null};
        }
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject e : (PyTuple) eg.fields[1]) {
            PyObject[] r = splitRecursive(e, m, both);
            if (r[0] != null) {
                matched.add(r[0]);
            }
            if (r[1] != null) {
                rest.add(r[1]);
            }
        }
        return new PyObject[] {subset(eg, matched), both ? subset(eg, rest) : null};
    }

    /** {@code exceptiongroup_subset}: {@code eg.derive(excs)} with eg's traceback, cause, context and notes. */
    private static PyObject subset(PyBaseException eg, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        if (excs.size() == ((PyTuple) eg.fields[1]).size()) {
            return eg;
        }
        PyObject r = Abstract.callMethod(eg, "derive", PyList.of(excs));
        if (!(r instanceof PyBaseException d) || !d.type.isSubtype(ExceptionTypes.BaseExceptionGroup)) {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
        }
        d.traceback = eg.traceback;
        d.cause = eg.cause;
        d.context = eg.context;
        PyObject notes = Abstract.getAttrOrNull(eg, SpecialNames.__notes__);
        if (notes != null && Abstract.isSequence(notes)) {
            Abstract.setAttr(d, SpecialNames.__notes__, PyList.of(PyList.listOf(notes)));
        }
        return d;
    }
}

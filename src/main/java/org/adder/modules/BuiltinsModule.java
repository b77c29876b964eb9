package org.adder.modules;

import java.util.ArrayList;
import java.util.List;
import org.adder.bytecode.CodeObject;
import org.adder.cli.SourceCompile;
import org.adder.compiler.CompileOptions;
import org.adder.objects.Abstract;
import org.adder.objects.Builtin;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.Formatting;
import org.adder.objects.Iterators;
import org.adder.objects.PyBool;
import org.adder.objects.PyBuiltinFunction;
import org.adder.objects.PyByteArray;
import org.adder.objects.PyBytes;
import org.adder.objects.PyCell;
import org.adder.objects.PyClassMethod;
import org.adder.objects.PyComplex;
import org.adder.objects.PyDict;
import org.adder.objects.PyEllipsis;
import org.adder.objects.PyErr;
import org.adder.objects.PyException;
import org.adder.objects.PyFloat;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyFunction;
import org.adder.objects.PyInt;
import org.adder.objects.PyList;
import org.adder.objects.PyMemoryView;
import org.adder.objects.PyModule;
import org.adder.objects.PyNone;
import org.adder.objects.PyNotImplemented;
import org.adder.objects.PyObject;
import org.adder.objects.PyProperty;
import org.adder.objects.PySet;
import org.adder.objects.PySlice;
import org.adder.objects.PyStaticMethod;
import org.adder.objects.PyStr;
import org.adder.objects.PySuper;
import org.adder.objects.PyTuple;
import org.adder.objects.PyType;
import org.adder.objects.SpecialNames;
import org.adder.vm.Calls;
import org.adder.vm.Imports;
import org.adder.vm.InterpreterState;
import org.adder.vm.ThreadState;

/**
 * The {@code builtins} module: the builtin types, exceptions, constants and functions, each function with
 * CPython's signature and messages.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    public static PyModule create(InterpreterState interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule(PyStr.intern("builtins"), d);
        d.setItem(SpecialNames.__name__, PyStr.intern("builtins"));
        d.setItem(SpecialNames.__doc__, PyStr.of("Built-in functions, types, exceptions, and other objects.\n\nThis "
                + "module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\n"
                + "the full name for the built-in function len().\n\nThis module is not normally accessed explicitly by "
                + "most\napplications, but can be useful in modules that provide\nobjects with the same name as a "
                + "built-in value, but in\nwhich the built-in value is also needed."));
        d.setItem(PyStr.intern("__package__"), PyStr.EMPTY);
        d.setItem(PyStr.intern("__loader__"), PyNone.NONE);
        d.setItem(PyStr.intern("__spec__"), PyNone.NONE);
        Functions f = new Functions(m, interp);
        f.define();
        put(d, "None", PyNone.NONE);
        put(d, "Ellipsis", PyEllipsis.ELLIPSIS);
        put(d, "NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        put(d, "False", PyBool.FALSE);
        put(d, "True", PyBool.TRUE);
        put(d, "bool", PyBool.TYPE);
        put(d, "memoryview", PyMemoryView.TYPE);
        put(d, "bytearray", PyByteArray.TYPE);
        put(d, "bytes", PyBytes.TYPE);
        put(d, "classmethod", PyClassMethod.TYPE);
        put(d, "complex", PyComplex.TYPE);
        put(d, "dict", PyDict.TYPE);
        put(d, "enumerate", Iterators.Enumerate.TYPE);
        put(d, "filter", Iterators.Filter.TYPE);
        put(d, "float", PyFloat.TYPE);
        put(d, "frozenset", PyFrozenSet.TYPE);
        put(d, "property", PyProperty.TYPE);
        put(d, "int", PyInt.TYPE);
        put(d, "list", PyList.TYPE);
        put(d, "map", Iterators.MapIter.TYPE);
        put(d, "object", PyType.OBJECT);
        put(d, "range", Iterators.Range.TYPE);
        put(d, "reversed", Iterators.Reversed.TYPE);
        put(d, "set", PySet.TYPE);
        put(d, "slice", PySlice.TYPE);
        put(d, "staticmethod", PyStaticMethod.TYPE);
        put(d, "str", PyStr.TYPE);
        put(d, "super", PySuper.TYPE);
        put(d, "tuple", PyTuple.TYPE);
        put(d, "type", PyType.TYPE);
        put(d, "zip", Iterators.Zip.TYPE);
        put(d, "__debug__", PyBool.of(interp.config.optimize() == 0));
        for (PyType t : ExceptionTypes.ALL) {
            put(d, t.getName(), t);
        }
        put(d, "EnvironmentError", ExceptionTypes.OSError);
        put(d, "IOError", ExceptionTypes.OSError);
        return m;
    }

    static void put(PyDict d, String name, PyObject v) {
        d.setItem(PyStr.intern(name), v);
    }

    static PyObject or(PyObject v, PyObject dflt) {
        return v == null ? dflt : v;
    }

    /** The builtin functions, defined on the module in CPython's order. */
    private static final class Functions {
        final PyModule module;
        final PyDict dict;
        final InterpreterState interp;

        Functions(PyModule module, InterpreterState interp) {
            this.module = module;
            this.dict = module.getDict();
            this.interp = interp;
        }

        void def(String name, String sig, Builtin.Impl impl, String doc) {
            put(dict, name, PyBuiltinFunction.function("builtins", module, name, sig, impl, doc));
        }

        void define() {
            def("__build_class__", null, (Builtin.FV) ClassBuilder::buildClass,
                    "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.");
            def("__import__", "($module, /, name, globals=None, locals=None, fromlist=(), level=0)",
                    (Builtin.F5) this::importFn, "Import a module.");
            def("abs", "($module, x, /)", (Builtin.F1) Abstract::absolute, "Return the absolute value of the argument.");
            def("all", "($module, iterable, /)", (Builtin.F1) it -> {
                for (PyObject v : Abstract.iterable(it)) {
                    if (!Abstract.isTrue(v)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            }, "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.");
            def("any", "($module, iterable, /)", (Builtin.F1) it -> {
                for (PyObject v : Abstract.iterable(it)) {
                    if (Abstract.isTrue(v)) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            }, "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.");
            def("ascii", "($module, obj, /)", (Builtin.F1) Formatting::ascii, "Return an ASCII-only representation of an object.");
            def("bin", "($module, number, /)", (Builtin.F1) n -> PyStr.of(radix(Abstract.index(n), 2, "0b")),
                    "Return the binary representation of an integer.");
            def("callable", "($module, obj, /)", (Builtin.F1) o -> PyBool.of(Abstract.isCallable(o)),
                    "Return whether the object is callable (i.e., some kind of function).");
            def("chr", "($module, i, /)", (Builtin.F1) BuiltinsModule::chr, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.");
            def("compile", "($module, /, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
                    (Builtin.FN) p -> Exec.compile(p), "Compile source into a code object that can be executed by exec() or eval().");
            def("delattr", "($module, obj, name, /)", (Builtin.F2) (o, n) -> {
                Abstract.setAttr(o, n, null);
                return PyNone.NONE;
            }, "Deletes the named attribute from the given object.");
            def("dir", null, (Builtin.FV) BuiltinsModule::dir, "dir([object]) -> list of strings");
            def("divmod", "($module, x, y, /)", (Builtin.F2) Abstract::divmod, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.");
            def("eval", "($module, source, globals=None, locals=None, /)", (Builtin.F3) (s, g, l) -> Exec.eval(s, g, l, true),
                    "Evaluate the given source in the context of globals and locals.");
            def("exec", "($module, source, globals=None, locals=None, /, *, closure=None)",
                    (Builtin.F4) (s, g, l, c) -> Exec.exec(s, g, l, c), "Execute the given source in the context of globals and locals.");
            def("format", "($module, value, format_spec='', /)", (Builtin.F2) (v, s) -> {
                if (!(s instanceof PyStr spec)) {
                    throw PyErr.typeError("format() argument 2 must be str, not " + (s == PyNone.NONE ? "None" : s.type().getName()));
                }
                return Formatting.format(v, spec.value());
            }, "Return type(value).__format__(value, format_spec)");
            def("getattr", null, (Builtin.FV) BuiltinsModule::getattr, "getattr(object, name[, default]) -> value");
            def("globals", "($module, /)", (Builtin.F0) () -> {
                PyDict g = ThreadState.current().currentGlobals();
                return g == null ? PyNone.NONE : g;
            }, "Return the dictionary containing the current scope's global variables.");
            def("hasattr", "($module, obj, name, /)", (Builtin.F2) (o, n) -> {
                checkName(n, "hasattr");
                try {
                    return PyBool.of(Abstract.getAttrOrNull(o, (PyStr) n) != null);
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.AttributeError)) {
                        return PyBool.FALSE;
                    }
                    throw e;
                }
            }, "Return whether the object has an attribute with the given name.");
            def("hash", "($module, obj, /)", (Builtin.F1) o -> PyInt.of(Abstract.hash(o)), "Return the hash value for the given object.");
            def("hex", "($module, number, /)", (Builtin.F1) n -> PyStr.of(radix(Abstract.index(n), 16, "0x")),
                    "Return the hexadecimal representation of an integer.");
            def("id", "($module, obj, /)", (Builtin.F1) o -> PyInt.of(org.adder.objects.ObjectIds.id(o)),
                    "Return the identity of an object.");
            def("input", "($module, prompt='', /)", (Builtin.F1) p -> StdStreams.input(interp, p), "Read a string from standard input.  The trailing newline is stripped.");
            def("isinstance", "($module, obj, class_or_tuple, /)", (Builtin.F2) (o, c) -> PyBool.of(Abstract.isInstance(o, c)),
                    "Return whether an object is an instance of a class or of a subclass thereof.");
            def("issubclass", "($module, cls, class_or_tuple, /)", (Builtin.F2) (o, c) -> PyBool.of(Abstract.isSubclass(o, c)),
                    "Return whether 'cls' is derived from another class or is the same class.");
            def("iter", null, (Builtin.FV) BuiltinsModule::iter, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator");
            def("aiter", "($module, async_iterable, /)", (Builtin.F1) BuiltinsModule::aiter, "Return an AsyncIterator for an AsyncIterable object.");
            def("len", "($module, obj, /)", (Builtin.F1) o -> PyInt.of(Abstract.length(o)), "Return the number of items in a container.");
            def("locals", "($module, /)", (Builtin.F0) Exec::locals, "Return a dictionary containing the current scope's local variables.");
            def("max", null, (Builtin.FV) (a, k) -> MinMax.minmax(a, k, false), "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value");
            def("min", null, (Builtin.FV) (a, k) -> MinMax.minmax(a, k, true), "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value");
            def("next", null, (Builtin.FV) BuiltinsModule::next, "next(iterator[, default])");
            def("anext", null, (Builtin.FV) BuiltinsModule::anext, "anext(aiterator[, default])");
            def("oct", "($module, number, /)", (Builtin.F1) n -> PyStr.of(radix(Abstract.index(n), 8, "0o")),
                    "Return the octal representation of an integer.");
            def("open", "($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
                    (Builtin.FN) OpenFile::open, "Open file and return a stream.  Raise OSError upon failure.");
            def("ord", "($module, c, /)", (Builtin.F1) BuiltinsModule::ord, "Return the Unicode code point for a one-character string.");
            def("pow", "($module, /, base, exp, mod=None)", (Builtin.F3) Abstract::power, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments");
            def("print", null, (Builtin.FV) (a, k) -> StdStreams.print(interp, a, k), "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)");
            def("repr", "($module, obj, /)", (Builtin.F1) Abstract::repr, "Return the canonical string representation of the object.");
            def("round", "($module, /, number, ndigits=None)", (Builtin.F2) BuiltinsModule::round, "Round a number to a given precision in decimal digits.");
            def("setattr", "($module, obj, name, value, /)", (Builtin.F3) (o, n, v) -> {
                Abstract.setAttr(o, n, v);
                return PyNone.NONE;
            }, "Sets the named attribute on the given object to the specified value.");
            def("sorted", null, (Builtin.FV) BuiltinsModule::sorted, "Return a new list containing all items from the iterable in ascending order.");
            def("sum", "($module, iterable, /, start=0)", (Builtin.F2) MinMax::sum, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers");
            def("vars", null, (Builtin.FV) BuiltinsModule::vars, "vars([object]) -> dictionary");
            def("exit", null, (Builtin.FV) (a, k) -> exit(a), "exit");
            def("quit", null, (Builtin.FV) (a, k) -> exit(a), "quit");
        }

        private PyObject importFn(PyObject name, PyObject globals, PyObject locals, PyObject fromlist, PyObject level) {
            if (!(name instanceof PyStr s)) {
                throw PyErr.typeError("module name must be a string");
            }
            int lv = Abstract.asIndex(level);
            if (lv < 0) {
                throw PyErr.valueError("level must be >= 0");
            }
            return Imports.importModule(interp, s.value(), fromlist, lv);
        }
    }

    private static PyObject exit(PyObject[] args) {
        PyObject code = args.length > 0 ? args[0] : PyNone.NONE;
        throw org.adder.objects.PyBaseException.create(ExceptionTypes.SystemExit,
                args.length == 0 ? PyTuple.EMPTY : PyTuple.of(code)).raise();
    }

    static String radix(PyInt n, int radix, String prefix) {
        java.math.BigInteger b = n.bigValue();
        String s = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + s;
    }

    private static PyObject chr(PyObject i) {
        if (i instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt v = Abstract.index(i);
        if (!v.fitsLong() || v.longValue() > Integer.MAX_VALUE || v.longValue() < Integer.MIN_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        long c = v.longValue();
        if (c < 0 || c > 0x10ffff) {
            throw PyErr.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.fromCodePoints(new int[] {(int) c});
    }

    private static PyObject ord(PyObject c) {
        if (c instanceof PyStr s) {
            if (s.length() == 1) {
                return PyInt.of(s.codePoints()[0]);
            }
            throw PyErr.typeError("ord() expected a character, but string of length " + s.length() + " found");
        }
        if (c instanceof PyBytes || c instanceof PyByteArray) {
            byte[] b = org.adder.objects.Buffers.bytesOf(c);
            if (b.length == 1) {
                return PyInt.of(b[0] & 0xff);
            }
            throw PyErr.typeError("ord() expected a character, but string of length " + b.length + " found");
        }
        throw PyErr.typeError("ord() expected string of length 1, but " + c.type().getName() + " found");
    }

    private static void checkName(PyObject n, String fn) {
        if (!(n instanceof PyStr)) {
            throw PyErr.typeError("attribute name must be string, not '" + n.type().getName() + "'");
        }
    }

    private static PyObject getattr(PyObject[] args, PyTuple kw) {
        org.adder.objects.ArgSpec.noKeywords("getattr", kw);
        if (args.length < 2) {
            throw PyErr.typeError("getattr expected at least 2 arguments, got " + args.length);
        }
        if (args.length > 3) {
            throw PyErr.typeError("getattr expected at most 3 arguments, got " + args.length);
        }
        checkName(args[1], "getattr");
        if (args.length == 2) {
            return Abstract.getAttr(args[0], (PyStr) args[1]);
        }
        try {
            PyObject v = Abstract.getAttrOrNull(args[0], (PyStr) args[1]);
            return v == null ? args[2] : v;
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) {
                return args[2];
            }
            throw e;
        }
    }

    private static PyObject iter(PyObject[] args, PyTuple kw) {
        org.adder.objects.ArgSpec.noKeywords("iter", kw);
        if (args.length < 1) {
            throw PyErr.typeError("iter expected at least 1 argument, got 0");
        }
        if (args.length > 2) {
            throw PyErr.typeError("iter expected at most 2 arguments, got " + args.length);
        }
        if (args.length == 1) {
            return Abstract.getIter(args[0]);
        }
        if (!Abstract.isCallable(args[0])) {
            throw PyErr.typeError("iter(object, sentinel): object must be callable");
        }
        return new CallIter(args[0], args[1]);
    }

    private static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup(SpecialNames.__aiter__);
        if (m == null && o.type().am_aiter == null) {
            throw PyErr.typeError("'" + o.type().getName() + "' object is not an async iterable");
        }
        PyObject it = o.type().am_aiter != null ? o.type().am_aiter.call(o) : Abstract.callDescriptor(m, o);
        if (it.type().am_anext == null && it.type().lookup(SpecialNames.__anext__) == null) {
            throw PyErr.typeError("aiter() returned not an async iterator of type '" + it.type().getName() + "'");
        }
        return it;
    }

    private static PyObject next(PyObject[] args, PyTuple kw) {
        org.adder.objects.ArgSpec.noKeywords("next", kw);
        if (args.length < 1) {
            throw PyErr.typeError("next expected at least 1 argument, got 0");
        }
        if (args.length > 2) {
            throw PyErr.typeError("next expected at most 2 arguments, got " + args.length);
        }
        PyObject it = args[0];
        if (it.type().tp_iternext == null) {
            throw PyErr.typeError("'" + it.type().getName() + "' object is not an iterator");
        }
        PyObject v;
        try {
            v = it.type().tp_iternext.next(it);
        } catch (PyException e) {
            if (args.length == 2 && e.matches(ExceptionTypes.StopIteration)) {
                return args[1];
            }
            throw e;
        }
        if (v == null) {
            PyObject value = it instanceof org.adder.vm.PyGenerator
                    ? org.adder.vm.VmAccess.takeStopValue(ThreadState.current()) : PyNone.NONE;
            if (args.length == 2) {
                return args[1];
            }
            throw PyErr.stopIteration(value == PyNone.NONE ? null : value);
        }
        return v;
    }

    private static PyObject anext(PyObject[] args, PyTuple kw) {
        org.adder.objects.ArgSpec.noKeywords("anext", kw);
        if (args.length < 1 || args.length > 2) {
            throw PyErr.typeError(args.length < 1 ? "anext expected at least 1 argument, got 0"
                    : "anext expected at most 2 arguments, got " + args.length);
        }
        PyObject it = args[0];
        PyObject m = it.type().lookup(SpecialNames.__anext__);
        if (m == null && it.type().am_anext == null) {
            throw PyErr.typeError("'" + it.type().getName() + "' object is not an async iterator");
        }
        PyObject awaitable = it.type().am_anext != null ? it.type().am_anext.call(it) : Abstract.callDescriptor(m, it);
        if (args.length == 1) {
            return awaitable;
        }
        return new AnextAwaitable(awaitable, args[1]);
    }

    private static PyObject round(PyObject number, PyObject ndigits) {
        PyObject m = number.type().lookup(PyStr.intern("__round__"));
        if (m == null) {
            throw PyErr.typeError("type " + number.type().getName() + " doesn't define __round__ method");
        }
        return ndigits == null || ndigits == PyNone.NONE ? Abstract.callDescriptor(m, number)
                : Abstract.callDescriptor(m, number, ndigits);
    }

    private static PyObject sorted(PyObject[] args, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size();
        int npos = args.length - nkw;
        if (npos != 1) {
            throw PyErr.typeError(npos == 0 ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got " + npos);
        }
        PyList l = new PyList();
        l.extend(args[0]);
        PyObject[] rest = new PyObject[nkw + 1];
        rest[0] = l;
        System.arraycopy(args, 1, rest, 1, nkw);
        Abstract.call(Abstract.getAttr(l, PyStr.intern("sort")), java.util.Arrays.copyOfRange(rest, 1, rest.length), kw);
        return l;
    }

    private static PyObject vars(PyObject[] args, PyTuple kw) {
        org.adder.objects.ArgSpec.noKeywords("vars", kw);
        if (args.length > 1) {
            throw PyErr.typeError("vars expected at most 1 argument, got " + args.length);
        }
        if (args.length == 0) {
            return Exec.locals();
        }
        PyObject d = Abstract.getAttrOrNull(args[0], SpecialNames.__dict__);
        if (d == null) {
            throw PyErr.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    private static PyObject dir(PyObject[] args, PyTuple kw) {
        org.adder.objects.ArgSpec.noKeywords("dir", kw);
        if (args.length > 1) {
            throw PyErr.typeError("dir expected at most 1 argument, got " + args.length);
        }
        PyList result;
        if (args.length == 0) {
            PyObject locals = Exec.locals();
            result = new PyList();
            result.extend(Abstract.callMethod(locals, "keys"));
        } else {
            PyObject m = args[0].type().lookup(PyStr.intern("__dir__"));
            if (m == null) {
                throw PyErr.typeError("object does not provide __dir__");
            }
            result = new PyList();
            result.extend(Abstract.callDescriptor(m, args[0]));
        }
        Abstract.callMethod(result, "sort");
        return result;
    }

    /** {@code iter(callable, sentinel)}: {@code callable_iterator}. */
    static final class CallIter extends PyObject {
        static final PyType TYPE = new org.adder.objects.TypeSpec("callable_iterator", CallIter.class)
                .slots(t -> {
                    t.tp_iter = o -> o;
                    t.tp_iternext = o -> ((CallIter) o).next();
                    t.tp_getattro = org.adder.objects.ObjectType.GENERIC_GETATTR;
                })
                .build();
        PyObject callable;
        final PyObject sentinel;

        CallIter(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject next() {
            if (callable == null) {
                return null;
            }
            PyObject v;
            try {
                v = Abstract.call(callable);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (Abstract.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }

    /** {@code anext(it, default)}: awaits it, giving the default on StopAsyncIteration. */
    static final class AnextAwaitable extends PyObject {
        static final PyType TYPE = new org.adder.objects.TypeSpec("anext_awaitable", AnextAwaitable.class)
                .slots(t -> {
                    t.tp_iter = o -> o;
                    t.am_await = o -> o;
                    t.tp_iternext = o -> ((AnextAwaitable) o).step(PyNone.NONE, false);
                    t.tp_getattro = org.adder.objects.ObjectType.GENERIC_GETATTR;
                })
                .methods(m -> m.method("send", "($self, value, /)", (Builtin.F2) (o, v) -> ((AnextAwaitable) o).step(v, true)))
                .build();
        final PyObject awaitable;
        final PyObject dflt;
        PyObject iter;

        AnextAwaitable(PyObject awaitable, PyObject dflt) {
            this.awaitable = awaitable;
            this.dflt = dflt;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject step(PyObject v, boolean raise) {
            try {
                if (iter == null) {
                    iter = org.adder.vm.Awaiting.iter(awaitable);
                }
                PyObject r = v == PyNone.NONE ? Abstract.next(iter) : Abstract.callMethod(iter, "send", v);
                if (r == null && raise) {
                    throw PyErr.stopIteration(null);
                }
                return r;
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.StopAsyncIteration)) {
                    throw PyErr.stopIteration(dflt);
                }
                throw e;
            }
        }
    }
}

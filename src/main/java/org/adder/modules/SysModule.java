package org.adder.modules;

import java.util.List;
import org.adder.objects.Abstract;
import org.adder.objects.Builtin;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.IntLimits;
import org.adder.objects.PyBaseException;
import org.adder.objects.PyBool;
import org.adder.objects.PyBuiltinFunction;
import org.adder.objects.PyDict;
import org.adder.objects.PyErr;
import org.adder.objects.PyFloat;
import org.adder.objects.PyInt;
import org.adder.objects.PyList;
import org.adder.objects.PyModule;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;
import org.adder.objects.PyType;
import org.adder.objects.StructSeq;
import org.adder.vm.Frames;
import org.adder.vm.InterpreterState;
import org.adder.vm.ThreadState;
import org.adder.vm.VmAccess;

/**
 * The {@code sys} module: the interpreter's configuration and state as CPython 3.12 shows them, the
 * standard streams, the hooks ({@code displayhook}, {@code excepthook}, {@code settrace}...) and the
 * limits (recursion, int string digits).
 */
public final class SysModule {
    private static final PyType VERSION_INFO = StructSeq.type("sys.version_info",
            List.of("major", "minor", "micro", "releaselevel", "serial"), null);
    private static final PyType FLAGS = StructSeq.type("sys.flags", List.of("debug", "inspect", "interactive",
            "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
            "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
            "safe_path", "int_max_str_digits"), null);
    private static final PyType FLOAT_INFO = StructSeq.type("sys.float_info", List.of("max", "max_exp", "max_10_exp",
            "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"), null);
    private static final PyType INT_INFO = StructSeq.type("sys.int_info", List.of("bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold"), null);
    private static final PyType HASH_INFO = StructSeq.type("sys.hash_info", List.of("width", "modulus", "inf", "nan",
            "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"), null);

    private SysModule() {
    }

    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static PyStr s(String v) {
        return PyStr.of(v);
    }

    public static PyModule create(InterpreterState interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule(PyStr.intern("sys"), d);
        var c = interp.config;
        put(d, "__name__", s("sys"));
        put(d, "__doc__", s("This module provides access to some objects used or maintained by the\ninterpreter and to "
                + "functions that interact strongly with the interpreter.\n"));
        put(d, "__package__", s(""));
        put(d, "__loader__", PyNone.NONE);
        put(d, "__spec__", PyNone.NONE);
        PyList argv = new PyList();
        for (String a : c.argv()) {
            argv.append(PyStr.of(a));
        }
        put(d, "argv", argv);
        put(d, "orig_argv", new PyList(argv.toArray()));
        put(d, "executable", s(c.executable()));
        put(d, "_base_executable", s(c.executable()));
        put(d, "version", s("3.12.1 (Adder) [Java " + Runtime.version().feature() + "]"));
        put(d, "version_info", StructSeq.of(VERSION_INFO, i(3), i(12), i(1), s("final"), i(0)));
        put(d, "hexversion", i(0x030c01f0L));
        put(d, "api_version", i(1013));
        put(d, "implementation", Namespace.of("name", s("adder"), "cache_tag", s("adder-312"), "version",
                StructSeq.of(VERSION_INFO, i(3), i(12), i(1), s("final"), i(0)), "hexversion", i(0x030c01f0L),
                "_multiarch", s("x86_64-linux-gnu")));
        put(d, "platform", s("linux"));
        put(d, "byteorder", s("little"));
        put(d, "maxsize", i(Long.MAX_VALUE));
        put(d, "maxunicode", i(0x10ffff));
        put(d, "float_repr_style", s("short"));
        put(d, "float_info", StructSeq.of(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), i(1024), i(308),
                new PyFloat(Double.MIN_NORMAL), i(-1021), i(-307), i(15), i(53), new PyFloat(Math.ulp(1.0)), i(2), i(1)));
        put(d, "int_info", StructSeq.of(INT_INFO, i(30), i(4), i(4300), i(640)));
        put(d, "hash_info", StructSeq.of(HASH_INFO, i(64), i((1L << 61) - 1), i(314159), i(0), i(1000003),
                s("siphash13"), i(64), i(128), i(0)));
        put(d, "flags", StructSeq.of(FLAGS, i(0), i(c.inspect() ? 1 : 0), i(0), i(c.optimize()),
                i(c.dontWriteBytecode() ? 1 : 0), i(c.noUserSite() ? 1 : 0), i(c.noSite() ? 1 : 0),
                i(c.ignoreEnvironment() ? 1 : 0), i(c.verbose()), i(0), i(c.quiet() ? 1 : 0), i(hashRandomization()),
                i(c.isolated() ? 1 : 0), PyBool.FALSE, i(0), i(0), PyBool.of(c.safePath()), i(IntLimits.DEFAULT_MAX_STR_DIGITS)));
        put(d, "dont_write_bytecode", PyBool.of(c.dontWriteBytecode()));
        PyList warn = new PyList();
        for (String w : c.warnOptions()) {
            warn.append(PyStr.of(w));
        }
        put(d, "warnoptions", warn);
        PyDict xo = new PyDict();
        c.xOptions().forEach((k, v) -> xo.setItem(PyStr.of(k), v == null ? PyBool.TRUE : PyStr.of(v)));
        put(d, "_xoptions", xo);
        put(d, "modules", interp.modules);
        put(d, "path", new PyList());
        put(d, "meta_path", new PyList());
        put(d, "path_hooks", new PyList());
        put(d, "path_importer_cache", new PyDict());
        put(d, "builtin_module_names", PyTuple.of(s("builtins"), s("sys")));
        put(d, "stdlib_module_names", org.adder.objects.PyFrozenSet.of(java.util.List.of()));
        put(d, "prefix", s(""));
        put(d, "base_prefix", s(""));
        put(d, "exec_prefix", s(""));
        put(d, "base_exec_prefix", s(""));
        put(d, "platlibdir", s("lib"));
        put(d, "pycache_prefix", PyNone.NONE);
        put(d, "copyright", s("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                + "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for "
                + "National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch "
                + "Centrum, Amsterdam.\nAll Rights Reserved."));
        StdStreams.TextStream[] std = StdStreams.create(interp);
        put(d, "stdin", std[0]);
        put(d, "stdout", std[1]);
        put(d, "stderr", std[2]);
        put(d, "__stdin__", std[0]);
        put(d, "__stdout__", std[1]);
        put(d, "__stderr__", std[2]);
        Functions f = new Functions(m, interp);
        f.define();
        put(d, "__displayhook__", d.getStr(PyStr.intern("displayhook")));
        put(d, "__excepthook__", d.getStr(PyStr.intern("excepthook")));
        put(d, "__breakpointhook__", PyNone.NONE);
        put(d, "__unraisablehook__", d.getStr(PyStr.intern("unraisablehook")));
        return m;
    }

    private static int hashRandomization() {
        String seed = System.getenv("PYTHONHASHSEED");
        return seed != null && seed.equals("0") ? 0 : 1;
    }

    static void put(PyDict d, String name, PyObject v) {
        d.setItem(PyStr.intern(name), v);
    }

    private static final class Functions {
        final PyModule module;
        final InterpreterState interp;

        Functions(PyModule module, InterpreterState interp) {
            this.module = module;
            this.interp = interp;
        }

        void def(String name, String sig, Builtin.Impl impl, String doc) {
            put(module.getDict(), name, PyBuiltinFunction.function("sys", module, name, sig, impl, doc));
        }

        void define() {
            def("displayhook", "($module, object, /)", (Builtin.F1) this::displayhook,
                    "Print an object to sys.stdout and also save it in builtins._");
            def("excepthook", "($module, exctype, value, traceback, /)", (Builtin.F3) (t, v, tb) -> {
                TracebackPrinter.printException(interp, v, tb);
                return PyNone.NONE;
            }, "Handle an exception by displaying it with a traceback on sys.stderr.");
            def("unraisablehook", "($module, unraisable, /)", (Builtin.F1) u -> PyNone.NONE,
                    "Handle an unraisable exception.");
            def("exc_info", "($module, /)", (Builtin.F0) () -> {
                PyObject e = ThreadState.current().currentException();
                if (e == null) {
                    return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
                }
                PyObject tb = ((PyBaseException) e).getTraceback();
                return PyTuple.of(e.type(), e, tb == null ? PyNone.NONE : tb);
            }, "Return current exception information: (type, value, traceback).");
            def("exception", "($module, /)", (Builtin.F0) () -> {
                PyObject e = ThreadState.current().currentException();
                return e == null ? PyNone.NONE : e;
            }, "Return the current exception.");
            def("exit", "($module, status=None, /)", (Builtin.F1) st -> {
                // PyErr_SetObject's rule: None means no arguments, a tuple is the arguments
                PyTuple args = st == null || st == PyNone.NONE ? PyTuple.EMPTY : st instanceof PyTuple t ? t : PyTuple.of(st);
                throw PyBaseException.create(ExceptionTypes.SystemExit, args).raise();
            }, "Exit the interpreter by raising SystemExit(status).");
            def("getrecursionlimit", "($module, /)", (Builtin.F0) () -> PyInt.of(interp.recursionLimit),
                    "Return the current value of the recursion limit.");
            def("setrecursionlimit", "($module, limit, /)", (Builtin.F1) this::setRecursionLimit,
                    "Set the maximum depth of the Python interpreter stack to n.");
            def("settrace", "($module, function, /)", (Builtin.F1) fn -> {
                VmAccess.setTrace(ThreadState.current(), fn);
                return PyNone.NONE;
            }, "Set the global debug tracing function.");
            def("gettrace", "($module, /)", (Builtin.F0) () -> VmAccess.getTrace(ThreadState.current()),
                    "Return the global debug tracing function set with sys.settrace.");
            def("setprofile", "($module, function, /)", (Builtin.F1) fn -> {
                VmAccess.setProfile(ThreadState.current(), fn);
                return PyNone.NONE;
            }, "Set the profiling function.");
            def("getprofile", "($module, /)", (Builtin.F0) () -> VmAccess.getProfile(ThreadState.current()),
                    "Return the profiling function set with sys.setprofile.");
            def("_getframe", "($module, depth=0, /)", (Builtin.F1) dp -> Frames.caller(ThreadState.current(),
                    dp == null ? 0 : Abstract.asIndex(dp)).frameObject(), "Return a frame object from the call stack.");
            def("intern", "($module, string, /)", (Builtin.F1) st -> {
                if (st.getClass() != PyStr.class) {
                    throw PyErr.typeError("intern() argument must be str, not " + st.type().getName());
                }
                return PyStr.intern((PyStr) st);
            }, "``Intern'' the given string.");
            def("get_int_max_str_digits", "($module, /)", (Builtin.F0) () -> PyInt.of(IntLimits.maxStrDigits()),
                    "Return the maximum string digits limit for non-binary int<->str conversions.");
            def("set_int_max_str_digits", "($module, /, maxdigits)", (Builtin.F1) n -> {
                int v = Abstract.asIndex(n);
                if (v != 0 && v < IntLimits.MIN_MAX_STR_DIGITS) {
                    throw PyErr.valueError("maxdigits must be 0 or larger than " + IntLimits.MIN_MAX_STR_DIGITS);
                }
                IntLimits.setMaxStrDigits(v);
                return PyNone.NONE;
            }, "Set the maximum string digits limit for non-binary int<->str conversions.");
            def("getdefaultencoding", "($module, /)", (Builtin.F0) () -> PyStr.intern("utf-8"),
                    "Return the current default encoding used by the Unicode implementation.");
            def("getfilesystemencoding", "($module, /)", (Builtin.F0) () -> PyStr.intern("utf-8"),
                    "Return the encoding used to convert Unicode filenames to OS filenames.");
            def("getfilesystemencodeerrors", "($module, /)", (Builtin.F0) () -> PyStr.intern("surrogateescape"),
                    "Return the error mode used Unicode to OS filename conversion.");
            def("is_finalizing", "($module, /)", (Builtin.F0) () -> PyBool.FALSE,
                    "Return True if Python is exiting.");
            def("audit", null, (Builtin.FV) (a, k) -> PyNone.NONE, "audit(event, *args)");
            def("addaudithook", "($module, /, hook)", (Builtin.F1) h -> PyNone.NONE, "Adds a new audit hook callback.");
            def("call_tracing", "($module, func, args, /)", (Builtin.F2) (fn, a) -> {
                if (!(a instanceof PyTuple t)) {
                    throw PyErr.typeError("call_tracing() argument 2 must be tuple, not " + a.type().getName());
                }
                return Abstract.call(fn, t.items().toArray(new PyObject[0]), null);
            }, "Call func(*args), while tracing is enabled.");
            def("getrefcount", "($module, object, /)", (Builtin.F1) o -> PyInt.of(2),
                    "Return the reference count of object.");
        }

        private PyObject setRecursionLimit(PyObject n) {
            if (n instanceof PyFloat) {
                throw PyErr.typeError("'float' object cannot be interpreted as an integer");
            }
            org.adder.objects.PyInt big = Abstract.index(n);
            if (!big.fitsLong() || big.longValue() > Integer.MAX_VALUE || big.longValue() < Integer.MIN_VALUE) {
                throw PyErr.overflowError("Python int too large to convert to C int");
            }
            int v = (int) big.longValue();
            if (v < 1) {
                throw PyErr.valueError("recursion limit must be greater or equal than 1");
            }
            int depth = VmAccess.depth(ThreadState.current());
            if (v <= depth) {
                throw PyErr.recursionError("cannot set the recursion limit to " + v + " at the recursion depth " + depth
                        + ": the limit is too low");
            }
            interp.recursionLimit = v;
            return PyNone.NONE;
        }

        private PyObject displayhook(PyObject o) {
            if (o == PyNone.NONE) {
                return PyNone.NONE;
            }
            PyDict b = interp.builtinsDict();
            b.setItem(PyStr.intern("_"), PyNone.NONE);
            PyObject out = Abstract.getAttrOrNull(module, PyStr.intern("stdout"));
            if (out == null || out == PyNone.NONE) {
                throw PyErr.runtimeError("lost sys.stdout");
            }
            Abstract.callMethod(out, "write", Abstract.repr(o));
            Abstract.callMethod(out, "write", PyStr.intern("\n"));
            b.setItem(PyStr.intern("_"), o);
            return PyNone.NONE;
        }
    }
}

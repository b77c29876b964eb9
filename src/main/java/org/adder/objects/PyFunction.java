package org.adder.objects;

import org.adder.bytecode.CodeObject;
import org.adder.vm.Calls;

/**
 * {@code function}: a code object with the globals it runs in, its defaults, closure cells and
 * attributes. Calling one runs its code in a new frame ({@link Calls}).
 */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = new TypeSpec("function", PyFunction.class)
            .flags(PyType.METHOD_DESCRIPTOR)
            .slots(t -> {
                t.tp_repr = f -> PyStr.of(f.repr());
                t.tp_call = (f, args, kw) -> Calls.callFunction((PyFunction) f, args, kw);
                t.tp_descr_get = (f, obj, type) -> obj == null ? f : new PyMethod(f, obj);
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
                t.tp_setattro = ObjectType.GENERIC_SETATTR;
                t.tp_new = PyFunction::create;
            })
            .methods(PyFunction::methods)
            .build();

    public CodeObject code;
    public final PyDict globals;
    public final PyObject builtins;
    public PyStr name;
    public PyStr qualname;
    /** {@code __defaults__}: null for None. */
    public PyTuple defaults;
    /** {@code __kwdefaults__}: null for None. */
    public PyDict kwdefaults;
    /** {@code __closure__}: the free variables' cells, null when there are none. */
    public PyTuple closure;
    public PyObject doc;
    public PyObject module;
    /** {@code __annotations__}: a dict, or null until asked for. */
    public PyObject annotations;
    public PyTuple typeParams = PyTuple.EMPTY;
    private PyDict dict;

    public PyFunction(CodeObject code, PyDict globals, PyStr qualname) {
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = qualname != null ? qualname : code.qualname;
        PyObject b = globals.getStr(SpecialNames.__builtins__);
        if (b instanceof PyModule m) {
            b = m.getDict();
        }
        this.builtins = b != null ? b : org.adder.vm.ThreadState.current().interpreter().builtinsDict();
        PyObject c = code.consts.size() > 0 ? code.consts.get(0) : PyNone.NONE;
        this.doc = c instanceof PyStr ? c : PyNone.NONE;
        PyObject m = globals.getStr(SpecialNames.__name__);
        this.module = m != null ? m : PyNone.NONE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyDict dictForWrite() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public String repr() {
        return "<function " + qualname.value() + " at " + Hashing.address(this) + ">";
    }

    /** The builtins dictionary this function's code looks names up in. */
    public PyDict builtinsDict() {
        return builtins instanceof PyDict d ? d : org.adder.vm.ThreadState.current().interpreter().builtinsDict();
    }

    private static void methods(TypeSpec.Methods m) {
        m.getset("__closure__", f -> or(((PyFunction) f).closure), null, null)
                .member("__doc__", f -> ((PyFunction) f).doc, (f, v) -> ((PyFunction) f).doc = v == null ? PyNone.NONE : v,
                        null)
                .getset("__globals__", f -> ((PyFunction) f).globals, null, null)
                .member("__module__", f -> ((PyFunction) f).module,
                        (f, v) -> ((PyFunction) f).module = v == null ? PyNone.NONE : v, null)
                .getset("__builtins__", f -> ((PyFunction) f).builtins, null, null)
                .getset("__code__", f -> ((PyFunction) f).code, PyFunction::setCode, null)
                .getset("__defaults__", f -> or(((PyFunction) f).defaults), PyFunction::setDefaults, null)
                .getset("__kwdefaults__", f -> or(((PyFunction) f).kwdefaults), PyFunction::setKwdefaults, null)
                .getset("__annotations__", PyFunction::getAnnotations, PyFunction::setAnnotations, null)
                .getset("__dict__", f -> f.dictForWrite(), (f, v) -> {
                    if (!(v instanceof PyDict d)) {
                        throw PyErr.typeError(v == null ? "cannot delete __dict__"
                                : "__dict__ must be set to a dictionary, not a '" + v.type().getName() + "'");
                    }
                    f.setDict(d);
                }, null)
                .getset("__name__", f -> ((PyFunction) f).name, (f, v) -> ((PyFunction) f).name = strAttr(v, "__name__"),
                        null)
                .getset("__qualname__", f -> ((PyFunction) f).qualname,
                        (f, v) -> ((PyFunction) f).qualname = strAttr(v, "__qualname__"), null)
                .getset("__type_params__", f -> ((PyFunction) f).typeParams, (f, v) -> {
                    if (!(v instanceof PyTuple t)) {
                        throw PyErr.typeError("__type_params__ must be set to a tuple");
                    }
                    ((PyFunction) f).typeParams = t;
                }, null)
                .doc("Create a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n"
                        + "  name\n    a string that overrides the name from the code object\n  argdefs\n    a tuple that "
                        + "specifies the default argument values\n  closure\n    a tuple that supplies the bindings for "
                        + "free variables\n  kwdefaults\n    a dictionary that specifies the default keyword argument "
                        + "values");
    }

    private static PyObject or(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyStr strAttr(PyObject v, String what) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError(what + " must be set to a string object");
        }
        return s;
    }

    private static void setCode(PyObject f, PyObject v) {
        if (!(v instanceof CodeObject c)) {
            throw PyErr.typeError("__code__ must be set to a code object");
        }
        PyFunction fn = (PyFunction) f;
        int nfree = c.freevars().size();
        int nclosure = fn.closure == null ? 0 : fn.closure.size();
        if (nfree != nclosure) {
            throw PyErr.valueError(fn.name.value() + "() requires a code object with " + nclosure + " free vars, not "
                    + nfree);
        }
        fn.code = c;
    }

    private static void setDefaults(PyObject f, PyObject v) {
        if (v == null || v == PyNone.NONE) {
            ((PyFunction) f).defaults = null;
        } else if (v instanceof PyTuple t) {
            ((PyFunction) f).defaults = t;
        } else {
            throw PyErr.typeError("__defaults__ must be set to a tuple object");
        }
    }

    private static void setKwdefaults(PyObject f, PyObject v) {
        if (v == null || v == PyNone.NONE) {
            ((PyFunction) f).kwdefaults = null;
        } else if (v instanceof PyDict d) {
            ((PyFunction) f).kwdefaults = d;
        } else {
            throw PyErr.typeError("__kwdefaults__ must be set to a dict object");
        }
    }

    private static PyObject getAnnotations(PyObject f) {
        PyFunction fn = (PyFunction) f;
        if (fn.annotations == null) {
            fn.annotations = new PyDict();
        } else if (fn.annotations instanceof PyTuple t) {
            // MAKE_FUNCTION stores annotations as a flat tuple of names and values
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < t.size(); i += 2) {
                d.setItem(t.get(i), t.get(i + 1));
            }
            fn.annotations = d;
        }
        return fn.annotations;
    }

    private static void setAnnotations(PyObject f, PyObject v) {
        if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) {
            throw PyErr.typeError("__annotations__ must be set to a dict object");
        }
        ((PyFunction) f).annotations = v == PyNone.NONE ? null : v;
    }

    /** {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}. */
    private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
        PyObject[] p = NEW_SPEC.bind(args, kw);
        if (!(p[0] instanceof CodeObject code)) {
            throw PyErr.typeError("function() argument 'code' must be code, not " + p[0].type().getName());
        }
        if (!(p[1] instanceof PyDict globals)) {
            throw PyErr.typeError("function() argument 'globals' must be dict, not " + p[1].type().getName());
        }
        PyFunction f = new PyFunction(code, globals, null);
        if (p[2] != PyNone.NONE) {
            f.name = strAttr(p[2], "arg 3 (name)");
        }
        setDefaults(f, p[3]);
        if (p[4] != PyNone.NONE) {
            if (!(p[4] instanceof PyTuple cl)) {
                throw PyErr.typeError("arg 5 (closure) must be None or tuple");
            }
            f.closure = cl;
        }
        setKwdefaults(f, p[5]);
        return f;
    }

    private static final ArgSpec NEW_SPEC = ArgSpec.parse("function",
            "(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)");
}

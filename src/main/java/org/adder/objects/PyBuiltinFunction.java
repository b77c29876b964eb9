package org.adder.objects;

/**
 * {@code builtin_function_or_method}: a builtin function ({@code len}) or a builtin method bound to its
 * object ({@code [].append}). {@code __self__} is the bound object, or the module for a module function.
 */
public class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = new TypeSpec("builtin_function_or_method", PyBuiltinFunction.class)
            .slots(t -> {
                t.tp_call = (f, args, kw) -> ((PyBuiltinFunction) f).call(args, kw);
                t.tp_repr = f -> PyStr.of(f.repr());
                t.tp_hash = f -> Hashing.identity(f);
                t.tp_richcompare = PyBuiltinFunction::compare;
            })
            .methods(m -> m
                    .getset("__name__", f -> PyStr.of(((PyBuiltinFunction) f).method.name), null, null)
                    .getset("__qualname__", f -> PyStr.of(((PyBuiltinFunction) f).qualname()), null, null)
                    .getset("__doc__", f -> ((PyBuiltinFunction) f).method.docObject(), null, null)
                    .getset("__text_signature__", f -> ((PyBuiltinFunction) f).method.textSignature(), null, null)
                    .getset("__self__", f -> ((PyBuiltinFunction) f).selfObject(), null, null)
                    .member("__module__", f -> ((PyBuiltinFunction) f).moduleName(), null, null))
            .build();

    public final BuiltinMethod method;
    /** The bound object (self of a method, or the defining module), or null. */
    private final PyObject self;
    /** For a module function: the module's name, as {@code __module__} shows. */
    private final PyObject module;

    public PyBuiltinFunction(BuiltinMethod method, PyObject self, PyObject module) {
        this.method = method;
        this.self = self;
        this.module = module;
    }

    /** A module-level builtin function of {@code module} (named {@code moduleName}). */
    public static PyBuiltinFunction function(String moduleName, PyObject module, String name, String signature,
                                             Builtin.Impl impl, String doc) {
        BuiltinMethod m = new BuiltinMethod(name, ArgSpec.parse(name, signature), impl, doc);
        return new PyBuiltinFunction(m, module, PyStr.of(moduleName));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** True when the function passes its {@code __self__} as the first argument (a bound method). */
    public boolean isBoundMethod() {
        return method.spec.hasSelf;
    }

    public PyObject boundSelf() {
        return self;
    }

    PyObject selfObject() {
        return self == null ? PyNone.NONE : self;
    }

    PyObject moduleName() {
        return module == null ? PyNone.NONE : module;
    }

    String qualname() {
        if (!method.spec.hasSelf || self == null) {
            return method.name;
        }
        PyType t = self instanceof PyType pt ? pt : self.type();
        return t.getQualname().value() + "." + method.name;
    }

    public PyObject call(PyObject[] args, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0 && method.spec.style != ArgSpec.Style.KEYWORDS
                && !(method.impl instanceof Builtin.FV)) {
            // a bound method names itself by its object: "Y.__init_subclass__() takes no keyword arguments"
            throw PyErr.typeError(qualname() + "() takes no keyword arguments");
        }
        if (!method.spec.hasSelf) {
            return method.call(args, kwnames);
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return method.call(all, kwnames);
    }

    /** A call with one positional argument, as the interpreter makes it for {@code len(x)}. */
    public PyObject call1(PyObject a) {
        return method.spec.hasSelf ? method.call2(self, a) : method.call1(a);
    }

    private static PyObject compare(PyObject a, PyObject b, int op) {
        if ((op != Compare.EQ && op != Compare.NE) || !(b instanceof PyBuiltinFunction g)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyBuiltinFunction f = (PyBuiltinFunction) a;
        boolean eq = f.method == g.method && f.self == g.self;
        return PyBool.of(op == Compare.EQ ? eq : !eq);
    }

    @Override
    public String repr() {
        if (!method.spec.hasSelf || self == null || self instanceof PyModule) {
            return "<built-in function " + method.name + ">";
        }
        return "<built-in method " + method.name + " of " + self.type().getName() + " object at "
                + Hashing.address(self) + ">";
    }
}

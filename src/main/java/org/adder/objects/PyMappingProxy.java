package org.adder.objects;

/** {@code mappingproxy}: a read-only view of a mapping (a class's {@code __dict__}). */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = new TypeSpec("mappingproxy", PyMappingProxy.class)
            .flags(PyType.MAPPING)
            .slots(t -> {
                t.tp_repr = o -> PyStr.of("mappingproxy(" + Abstract.repr(((PyMappingProxy) o).mapping).value() + ")");
                t.tp_str = o -> Abstract.str(((PyMappingProxy) o).mapping);
                t.tp_getattro = ObjectType.GENERIC_GETATTR;
                t.tp_richcompare = (a, b, op) -> Abstract.richCompare(((PyMappingProxy) a).mapping, b, op);
                t.tp_iter = o -> Abstract.getIter(((PyMappingProxy) o).mapping);
                t.mp_length = o -> Abstract.length(((PyMappingProxy) o).mapping);
                t.mp_subscript = (o, k) -> Abstract.getItem(((PyMappingProxy) o).mapping, k);
                t.sq_contains = (o, k) -> Abstract.contains(((PyMappingProxy) o).mapping, k);
                t.nb_or = (a, b) -> {
                    PyObject x = a instanceof PyMappingProxy p ? p.mapping : a;
                    PyObject y = b instanceof PyMappingProxy p ? p.mapping : b;
                    return Abstract.binaryOp(x, y, Abstract.NB_OR);
                };
                t.tp_new = (type, args, kw) -> {
                    PyObject[] p = PyMappingProxy.SPEC.bind(args, kw);
                    PyObject m = p[0];
                    if (m.type().mp_subscript == null || m instanceof PyList || m instanceof PyTuple) {
                        throw PyErr.typeError("mappingproxy() argument must be a mapping, not " + m.type().getName());
                    }
                    return new PyMappingProxy(m);
                };
            })
            .methods(m -> m
                    .method("get", "($self, key, default=None, /)", (Builtin.F3) (o, k, d) ->
                            Abstract.callMethod(((PyMappingProxy) o).mapping, "get", k, d))
                    .method("keys", "($self, /)", (Builtin.F1) o -> Abstract.callMethod(((PyMappingProxy) o).mapping, "keys"))
                    .method("values", "($self, /)", (Builtin.F1) o ->
                            Abstract.callMethod(((PyMappingProxy) o).mapping, "values"))
                    .method("items", "($self, /)", (Builtin.F1) o -> Abstract.callMethod(((PyMappingProxy) o).mapping, "items"))
                    .method("copy", "($self, /)", (Builtin.F1) o -> Abstract.callMethod(((PyMappingProxy) o).mapping, "copy"))
                    .method("__reversed__", "($self, /)", (Builtin.F1) o ->
                            Abstract.callMethod(((PyMappingProxy) o).mapping, "__reversed__")))
            .build();

    private static final ArgSpec SPEC = ArgSpec.parse("mappingproxy", "(mapping)");

    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }
}

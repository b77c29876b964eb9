package org.adder.objects;

/**
 * {@code getset_descriptor}: a computed attribute of a builtin type ({@code function.__name__},
 * {@code type.__dict__}, {@code object.__class__}). The getter receives the instance; a setter receives
 * the new value, or null to delete.
 */
public final class PyGetSetDescr extends PyObject {
    @FunctionalInterface
    public interface Getter {
        PyObject get(PyObject obj);
    }

    @FunctionalInterface
    public interface Setter {
        void set(PyObject obj, PyObject value);
    }

    public static final PyType TYPE = new TypeSpec("getset_descriptor", PyGetSetDescr.class)
            .slots(t -> {
                t.tp_descr_get = (d, obj, type) -> ((PyGetSetDescr) d).get(obj);
                t.tp_descr_set = (d, obj, value) -> ((PyGetSetDescr) d).set(obj, value);
                t.tp_repr = d -> PyStr.of(d.repr());
            })
            .methods(m -> attributes(m, d -> ((PyGetSetDescr) d).owner, d -> ((PyGetSetDescr) d).name,
                    d -> ((PyGetSetDescr) d).doc))
            .build();

    final PyType owner;
    final String name;
    private final Getter getter;
    private final Setter setter;
    private final String doc;

    PyGetSetDescr(PyType owner, String name, Getter getter, Setter setter, String doc) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
        this.doc = doc;
    }

    static void attributes(TypeSpec.Methods m, java.util.function.Function<PyObject, PyType> owner,
                           java.util.function.Function<PyObject, String> name,
                           java.util.function.Function<PyObject, String> doc) {
        m.member("__objclass__", d -> owner.apply(d), null, null);
        m.member("__name__", d -> PyStr.of(name.apply(d)), null, null);
        m.getset("__qualname__", d -> PyStr.of(owner.apply(d).getQualname().value() + "." + name.apply(d)), null,
                null);
        m.getset("__doc__", d -> doc.apply(d) == null ? PyNone.NONE : PyStr.of(doc.apply(d)), null, null);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyObject get(PyObject obj) {
        if (obj == null) {
            return this;
        }
        check(obj);
        return getter.get(obj);
    }

    void set(PyObject obj, PyObject value) {
        check(obj);
        if (setter == null) {
            throw Descriptors.notWritable(name, owner);
        }
        setter.set(obj, value);
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw PyErr.descriptorMismatch(name, owner, obj);
        }
    }

    @Override
    public String repr() {
        return "<attribute '" + name + "' of '" + owner.getName() + "' objects>";
    }
}

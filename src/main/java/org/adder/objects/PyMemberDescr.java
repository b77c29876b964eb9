package org.adder.objects;

/**
 * {@code member_descriptor}: a stored attribute of a builtin type's instances ({@code slice.start}) or a
 * {@code __slots__} entry of a class. Reading an unset slot raises AttributeError.
 */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = new TypeSpec("member_descriptor", PyMemberDescr.class)
            .slots(t -> {
                t.tp_descr_get = (d, obj, type) -> ((PyMemberDescr) d).get(obj);
                t.tp_descr_set = (d, obj, value) -> ((PyMemberDescr) d).set(obj, value);
                t.tp_repr = d -> PyStr.of(d.repr());
            })
            .methods(m -> PyGetSetDescr.attributes(m, d -> ((PyMemberDescr) d).owner, d -> ((PyMemberDescr) d).name,
                    d -> ((PyMemberDescr) d).doc))
            .build();

    final PyType owner;
    final String name;
    private final PyGetSetDescr.Getter getter;
    private final PyGetSetDescr.Setter setter;
    private final String doc;

    PyMemberDescr(PyType owner, String name, PyGetSetDescr.Getter getter, PyGetSetDescr.Setter setter, String doc) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
        this.doc = doc;
    }

    /** The descriptor of {@code __slots__} entry {@code index} of class {@code owner}. */
    static PyMemberDescr slot(PyType owner, String name, int index) {
        PyStr key = PyStr.intern(name);
        return new PyMemberDescr(owner, name, obj -> {
            PyObject v = ((SlotHolder) obj).slotValues()[index];
            if (v == null) {
                throw PyErr.noAttribute(obj, key);
            }
            return v;
        }, (obj, value) -> {
            PyObject[] values = ((SlotHolder) obj).slotValues();
            if (value == null && values[index] == null) {
                throw PyErr.noAttribute(obj, key);
            }
            values[index] = value;
        }, null);
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
            throw PyErr.attributeError("readonly attribute", null, null);
        }
        setter.set(obj, value);
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw PyErr.typeError("descriptor '" + name + "' for '" + owner.getName()
                    + "' objects doesn't apply to a '" + obj.type().getName() + "' object");
        }
    }

    @Override
    public String repr() {
        return "<member '" + name + "' of '" + owner.getName() + "' objects>";
    }
}

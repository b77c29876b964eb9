package org.adder.objects;

/** An instance of a class whose only builtin base is {@code object}. */
public class PyInstance extends PyObject implements HeapObject {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.slots = type.slotCount() > 0 ? new PyObject[type.slotCount()] : null;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyDict dictForWrite() {
        if (dict == null && type.instancesHaveDict()) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyObject[] slotValues() {
        return slots;
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }
}

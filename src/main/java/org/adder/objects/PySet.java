package org.adder.objects;

/** Python's {@code set}: a mutable {@link SetObject}. Methods are in {@link SetMethods}. */
public class PySet extends SetObject {
    public static final PyType TYPE = new TypeSpec("set", PySet.class)
            .flags(PyType.BASETYPE)
            .slots(SetMethods::setSlots)
            .methods(SetMethods::setMethods)
            .build();

    /** Where {@code pop()} resumes its search for a member (CPython's {@code finger}). */
    int finger;

    public PySet() {
    }

    /** {@code set(iterable)}. */
    public static PySet fromIterable(PyObject iterable) {
        PySet s = new PySet();
        SetMethods.update(s, iterable);
        return s;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return SetMethods.repr(this);
    }

    public void clear() {
        clearTable();
    }

    /** A set subclass instance. */
    public static final class Derived extends PySet implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            this.type = type;
            this.slots = type.slotCount() > 0 ? new PyObject[type.slotCount()] : null;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType t) {
            type = t;
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
    }
}

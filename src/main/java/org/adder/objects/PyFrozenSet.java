package org.adder.objects;

import java.util.List;

/**
 * Python's {@code frozenset}: an immutable {@link SetObject}. Built by adding the items one by one in the
 * order given, as CPython does for a tuple (constant folding) or a marshalled frozenset, it iterates in
 * CPython's table order.
 */
public class PyFrozenSet extends SetObject {
    public static final PyFrozenSet EMPTY = new PyFrozenSet();
    public static final PyType TYPE = new TypeSpec("frozenset", PyFrozenSet.class)
            .flags(PyType.BASETYPE)
            .slots(SetMethods::frozenSlots)
            .methods(SetMethods::frozenMethods)
            .build();

    PyFrozenSet() {
    }

    /** {@code frozenset(items)}: the items added in the order given. */
    public static PyFrozenSet of(Iterable<? extends PyObject> items) {
        PyFrozenSet s = new PyFrozenSet();
        for (PyObject item : items) {
            s.add(item);
        }
        return s;
    }

    public static PyFrozenSet of(PyObject... items) {
        return of(List.of(items));
    }

    /**
     * A frozenset constant as CPython's compiler leaves it in {@code co_consts}: built from the
     * elements in source order ({@code x in {a, b, c}} folds to {@code frozenset((a, b, c))}),
     * then built again from that set's iteration order when the compiler merges equal
     * constants. The second construction can change the order, so it matters for dis.
     * CPython builds the set a third time, from its iteration order again, when creating the
     * code object interns a member string and finds an equal string interned already (an
     * identifier of the module, or one the process interned before): a compiler must then
     * call {@link #of(Iterable)} on {@link #members()} once more.
     */
    public static PyFrozenSet constant(Iterable<? extends PyObject> sourceOrder) {
        return of(of(sourceOrder).members());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return SetMethods.repr(this);
    }

    @Override
    public long hash() {
        return tableHash();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyFrozenSet s) || s.used != used || o.getClass() != getClass()) {
            return false;
        }
        for (PyObject m : members()) {
            if (!s.contains(m)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (PyObject m : members()) {
            h += m.hashCode();
        }
        return h;
    }

    /** A frozenset subclass instance. */
    public static final class Derived extends PyFrozenSet implements HeapObject {
        private PyType type;
        private PyDict dict;

        public Derived(PyType type) {
            this.type = type;
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
            return null;
        }
    }
}

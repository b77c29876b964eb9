package org.adder.objects;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** Python's {@code tuple}: an immutable sequence; the empty tuple is one object. */
public class PyTuple extends PyObject implements Iterable<PyObject> {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);
    public static final PyType TYPE = new TypeSpec("tuple", PyTuple.class)
            .flags(PyType.BASETYPE | PyType.TUPLE_SUBCLASS | PyType.SEQUENCE)
            .slots(TupleMethods::slots)
            .methods(TupleMethods::methods)
            .build();

    private static final long PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME_5 = 0x27D4EB2F165667C5L;

    final PyObject[] items;

    PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** A tuple that owns {@code items} (not copied: the caller gives the array up). */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    public static PyTuple of(List<? extends PyObject> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObject[0]));
    }

    public int size() {
        return items.length;
    }

    /** {@code t[i]} for 0 <= i < len(t); an IndexError otherwise. */
    public PyObject get(int i) {
        if (i < 0 || i >= items.length) {
            throw new PyException("IndexError", "tuple index out of range");
        }
        return items[i];
    }

    /** The items as an unmodifiable list. */
    public List<PyObject> items() {
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    @Override
    public Iterator<PyObject> iterator() {
        return items().iterator();
    }

    @Override
    public String repr() {
        if (items.length == 0) {
            return "()";
        }
        if (!ReprGuard.enter(this)) {
            return "(...)";
        }
        try {
            if (items.length == 1) {
                return "(" + Abstract.repr(items[0]).value() + ",)";
            }
            StringBuilder out = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(Abstract.repr(items[i]).value());
            }
            return out.append(')').toString();
        } finally {
            ReprGuard.leave(this);
        }
    }

    /** CPython 3.8+'s tuple hash, built on xxHash's round over the items' hashes. */
    @Override
    public long hash() {
        long acc = PRIME_5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * PRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= PRIME_1;
        }
        acc += items.length ^ (PRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PyTuple t && Arrays.equals(t.items, items));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    /** A tuple subclass instance. */
    public static final class Derived extends PyTuple implements HeapObject {
        private PyType type;
        private PyDict dict;

        public Derived(PyType type, PyObject[] items) {
            super(items);
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

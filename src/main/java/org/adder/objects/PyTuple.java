package org.adder.objects;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** Python's {@code tuple}: an immutable sequence; the empty tuple is one object. */
public final class PyTuple extends PyObject implements Iterable<PyObject> {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private static final long PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME_5 = 0x27D4EB2F165667C5L;

    private final PyObject[] items;

    private PyTuple(PyObject[] items) {
        this.items = items;
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
        if (items.length == 1) {
            return "(" + items[0].repr() + ",)";
        }
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(items[i].repr());
        }
        return out.append(')').toString();
    }

    @Override
    public String typeName() {
        return "tuple";
    }

    /** CPython 3.8+'s tuple hash, built on xxHash's round over the items' hashes. */
    @Override
    public long hash() {
        long acc = PRIME_5;
        for (PyObject item : items) {
            long lane = item.hash();
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
}

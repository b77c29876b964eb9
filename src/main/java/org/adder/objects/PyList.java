package org.adder.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Python's {@code list}: a growable array of objects. Methods are in {@link ListMethods}. */
public class PyList extends PyObject {
    public static final PyType TYPE = new TypeSpec("list", PyList.class)
            .flags(PyType.BASETYPE | PyType.LIST_SUBCLASS | PyType.SEQUENCE)
            .slots(ListMethods::slots)
            .methods(ListMethods::methods)
            .build();

    private static final PyObject[] NONE = new PyObject[0];

    PyObject[] items;
    int size;

    public PyList() {
        items = NONE;
    }

    /** A list that owns {@code items} (not copied). */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public static PyList of(List<? extends PyObject> items) {
        return new PyList(items.toArray(new PyObject[0]));
    }

    public static PyList ofArray(PyObject... items) {
        return new PyList(items.clone());
    }

    /** {@code list(iterable)} as a Java list (for Java code that needs the items of any iterable). */
    public static List<PyObject> listOf(PyObject iterable) {
        if (iterable instanceof PyList l) {
            return new ArrayList<>(Arrays.asList(l.items).subList(0, l.size));
        }
        if (iterable instanceof PyTuple t) {
            return new ArrayList<>(t.items());
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            out.add(x);
        }
        return out;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    /** The items (a copy). */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public List<PyObject> asList() {
        return Arrays.asList(toArray());
    }

    void ensureCapacity(int need) {
        if (need > items.length) {
            // CPython's over-allocation pattern: about 1/8 extra plus a little
            long grown = need + (need >> 3) + 6L;
            if (grown > Integer.MAX_VALUE - 8) {
                if (need > Integer.MAX_VALUE - 8) {
                    throw PyErr.memoryError();
                }
                grown = Integer.MAX_VALUE - 8;
            }
            items = Arrays.copyOf(items, (int) (grown & ~3L));
        }
    }

    public void append(PyObject v) {
        if (size == items.length) {
            ensureCapacity(size + 1);
        }
        items[size++] = v;
    }

    /** {@code list.extend(iterable)}. */
    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l) {
            int n = l.size;
            ensureCapacity(size + n);
            System.arraycopy(l.items, 0, items, size, n);
            size += n;
            return;
        }
        if (iterable instanceof PyTuple t) {
            int n = t.size();
            ensureCapacity(size + n);
            for (int i = 0; i < n; i++) {
                items[size++] = t.get(i);
            }
            return;
        }
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            append(x);
        }
    }

    void insert(int where, PyObject v) {
        if (where < 0) {
            where += size;
            if (where < 0) {
                where = 0;
            }
        }
        if (where > size) {
            where = size;
        }
        ensureCapacity(size + 1);
        System.arraycopy(items, where, items, where + 1, size - where);
        items[where] = v;
        size++;
    }

    PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = NONE;
        size = 0;
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }

    /** A list subclass instance. */
    public static final class Derived extends PyList implements HeapObject {
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

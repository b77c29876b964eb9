package org.adder.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code dict}: CPython's compact dictionary, entries kept in insertion order in dense arrays and
 * found through an open-addressing index probed as CPython probes it. Keys compare by identity, then by
 * hash and {@code ==}; a user {@code __eq__} that changes the dictionary during a lookup restarts it.
 * The methods Python code sees are in {@link DictMethods}.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = new TypeSpec("dict", PyDict.class)
            .flags(PyType.BASETYPE | PyType.DICT_SUBCLASS | PyType.MAPPING)
            .slots(DictMethods::slots)
            .methods(DictMethods::methods)
            .build();

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int PERTURB_SHIFT = 5;
    private static final int MIN_SIZE = 8;

    private int[] index;
    PyObject[] keys;
    PyObject[] values;
    long[] hashes;
    /** Entries appended so far (deleted ones leave holes until the next resize). */
    int n;
    /** Live entries: len(d). */
    int used;
    /** Counts mutations that could move entries, so lookups calling __eq__ can tell they must restart. */
    int version;

    public PyDict() {
        this(MIN_SIZE);
    }

    private PyDict(int indexSize) {
        index = new int[indexSize];
        java.util.Arrays.fill(index, EMPTY);
        int cap = usable(indexSize);
        keys = new PyObject[cap];
        values = new PyObject[cap];
        hashes = new long[cap];
    }

    /** A dict with room for {@code size} items without resizing. */
    public static PyDict withCapacity(int size) {
        int s = MIN_SIZE;
        while (usable(s) < size) {
            s <<= 1;
        }
        return new PyDict(s);
    }

    private static int usable(int indexSize) {
        return indexSize * 2 / 3;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return used;
    }

    // --- lookup -----------------------------------------------------------------------------------------

    /** The entry index holding key, or -1. May call {@code __eq__}. */
    private int find(PyObject key, long hash) {
        restart:
        while (true) {
            int[] idx = index;
            int mask = idx.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int ix = idx[i];
                if (ix == EMPTY) {
                    return -1;
                }
                if (ix >= 0) {
                    PyObject k = keys[ix];
                    if (k == key) {
                        return ix;
                    }
                    if (hashes[ix] == hash) {
                        if (k.getClass() == PyStr.class && key.getClass() == PyStr.class) {
                            if (k.equals(key)) {
                                return ix;
                            }
                        } else {
                            int v = version;
                            PyObject[] ks = keys;
                            boolean eq = Abstract.richCompareBool(k, key, Compare.EQ);
                            if (v != version || ks != keys || keys[ix] != k) {
                                continue restart;
                            }
                            if (eq) {
                                return ix;
                            }
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** The slot of the index that refers to entry {@code ix}. */
    private int slotOf(int ix, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (index[i] != ix) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** {@code d[key]} without {@code __missing__}: the value, or null. */
    public PyObject getItem(PyObject key) {
        int ix = find(key, Abstract.hash(key));
        return ix < 0 ? null : values[ix];
    }

    /** A lookup by str key (attribute and global names). */
    public PyObject getStr(PyStr key) {
        int ix = find(key, key.hash());
        return ix < 0 ? null : values[ix];
    }

    public PyObject getItem(PyObject key, long hash) {
        int ix = find(key, hash);
        return ix < 0 ? null : values[ix];
    }

    public boolean containsKey(PyObject key) {
        return find(key, Abstract.hash(key)) >= 0;
    }

    public void setItem(PyObject key, PyObject value) {
        setItem(key, Abstract.hash(key), value);
    }

    public void setItem(PyObject key, long hash, PyObject value) {
        int ix = find(key, hash);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        if (n == keys.length) {
            resize(Math.max(used * 3, MIN_SIZE));
        }
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (index[i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = n;
        keys[n] = key;
        values[n] = value;
        hashes[n] = hash;
        n++;
        used++;
        version++;
    }

    /** Removes key; its value, or null when absent. */
    public PyObject delItemIfPresent(PyObject key) {
        long hash = Abstract.hash(key);
        int ix = find(key, hash);
        if (ix < 0) {
            return null;
        }
        return removeEntry(ix, hash);
    }

    private PyObject removeEntry(int ix, long hash) {
        PyObject v = values[ix];
        index[slotOf(ix, hash)] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        return v;
    }

    /** {@code del d[key]}: KeyError when absent. */
    public void delItem(PyObject key) {
        if (delItemIfPresent(key) == null) {
            throw PyErr.keyError(key);
        }
    }

    /** Rebuilds the index (a power of two at least {@code minSize}), compacting out deleted entries. */
    private void resize(int minSize) {
        int size = MIN_SIZE;
        while (size < minSize) {
            size <<= 1;
        }
        int[] idx = new int[size];
        java.util.Arrays.fill(idx, EMPTY);
        int cap = usable(size);
        PyObject[] nk = new PyObject[cap];
        PyObject[] nv = new PyObject[cap];
        long[] nh = new long[cap];
        int j = 0;
        int mask = size - 1;
        for (int i = 0; i < n; i++) {
            if (keys[i] == null) {
                continue;
            }
            nk[j] = keys[i];
            nv[j] = values[i];
            nh[j] = hashes[i];
            long perturb = nh[j];
            int s = (int) (perturb & mask);
            while (idx[s] != EMPTY) {
                perturb >>>= PERTURB_SHIFT;
                s = (int) ((s * 5L + perturb + 1) & mask);
            }
            idx[s] = j;
            j++;
        }
        index = idx;
        keys = nk;
        values = nv;
        hashes = nh;
        n = j;
        version++;
    }

    public void clear() {
        PyDict fresh = new PyDict();
        index = fresh.index;
        keys = fresh.keys;
        values = fresh.values;
        hashes = fresh.hashes;
        n = 0;
        used = 0;
        version++;
    }

    /** {@code d.copy()}: the same entries, compacted. */
    public PyDict copy() {
        PyDict c = withCapacity(used);
        for (int i = 0; i < n; i++) {
            if (keys[i] != null) {
                c.setItem(keys[i], hashes[i], values[i]);
            }
        }
        return c;
    }

    /** The last entry ({@code popitem}), removed; null when empty. */
    PyObject[] popLast() {
        for (int i = n - 1; i >= 0; i--) {
            if (keys[i] != null) {
                PyObject[] kv = {keys[i], values[i]};
                removeEntry(i, hashes[i]);
                n = i;
                return kv;
            }
        }
        return null;
    }

    // --- walking ------------------------------------------------------------------------------------------

    /** The keys in order, as a snapshot. */
    public List<PyObject> keyList() {
        List<PyObject> out = new ArrayList<>(used);
        for (int i = 0; i < n; i++) {
            if (keys[i] != null) {
                out.add(keys[i]);
            }
        }
        return out;
    }

    /** The (key, value) pairs in order, as a snapshot. */
    public List<PyObject[]> itemList() {
        List<PyObject[]> out = new ArrayList<>(used);
        for (int i = 0; i < n; i++) {
            if (keys[i] != null) {
                out.add(new PyObject[] {keys[i], values[i]});
            }
        }
        return out;
    }

    /** The entry position after {@code pos} that holds a key, or -1 (for iterators). */
    int nextEntry(int pos) {
        for (int i = pos; i < n; i++) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }

    /** A dict subclass instance. */
    public static final class Derived extends PyDict implements HeapObject {
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

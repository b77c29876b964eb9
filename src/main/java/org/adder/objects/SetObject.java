package org.adder.objects;

/**
 * The hash table of {@code set} and {@code frozenset}, laid out exactly as CPython 3.12's: open addressing
 * with runs of up to nine linear probes, then a jump perturbed by the hash's high bits; deleted entries
 * left as dummies; growth when fill reaches 3/5 of the table. With the same hashes (the same
 * PYTHONHASHSEED) and the same sequence of operations, a set iterates in CPython's order.
 */
public abstract class SetObject extends PyObject implements Iterable<PyObject> {
    static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted entry (its hash is -1, which no object hashes to). */
    private static final PyObject DUMMY = new PySentinel("<dummy>");

    PyObject[] keys = new PyObject[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    /** Active and dummy entries. */
    int fill;
    /** Active entries: len(s). */
    int used;

    public int size() {
        return used;
    }

    int mask() {
        return keys.length - 1;
    }

    private static boolean same(PyObject k, PyObject key) {
        if (k == key) {
            return true;
        }
        if (k.getClass() == PyStr.class && key.getClass() == PyStr.class) {
            return k.equals(key);
        }
        return false;
    }

    /** {@code set_add_entry}. */
    void add(PyObject key, long hash) {
        restart:
        while (true) {
            int mask = mask();
            int i = (int) (hash & mask);
            int freeslot = -1;
            long perturb = hash;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = keys[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            return;
                        }
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (k == DUMMY) {
                        if (freeslot < 0) {
                            freeslot = j;
                        }
                    } else if (hashes[j] == hash) {
                        if (same(k, key)) {
                            return;
                        }
                        PyObject[] table = keys;
                        boolean eq = Abstract.richCompareBool(k, key, Compare.EQ);
                        if (eq) {
                            return;
                        }
                        if (table != keys || keys[j] != k) {
                            continue restart;
                        }
                        mask = mask();
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    public void add(PyObject key) {
        add(key, Abstract.hash(key));
    }

    /** The table index holding key, or -1 ({@code set_lookkey}). */
    int find(PyObject key, long hash) {
        restart:
        while (true) {
            int mask = mask();
            int i = (int) (hash & mask);
            long perturb = hash;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = keys[j];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hashes[j] == hash) {
                        if (same(k, key)) {
                            return j;
                        }
                        PyObject[] table = keys;
                        boolean eq = Abstract.richCompareBool(k, key, Compare.EQ);
                        if (table != keys || keys[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                        mask = mask();
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    public boolean contains(PyObject key) {
        return find(key, Abstract.hash(key)) >= 0;
    }

    /** {@code set_discard_entry}: true when key was there. */
    boolean discard(PyObject key, long hash) {
        int j = find(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** {@code set_table_resize}: the smallest power of two above {@code minUsed}, dummies dropped. */
    void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        fill = used;
        int mask = size - 1;
        for (int o = 0; o < oldKeys.length; o++) {
            PyObject k = oldKeys[o];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[o], mask);
            }
        }
    }

    /** {@code set_insert_clean}: into a table known to have no dummies and not to hold key. */
    private void insertClean(PyObject key, long hash, int mask) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * {@code set_merge}: adds every member of {@code other}. Into an empty table of the same size with no
     * dummies on either side, entries are copied to the same positions, as CPython does.
     */
    void merge(SetObject other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((fill + other.used) * 5L >= mask() * 3L) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask() == other.mask() && other.fill == other.used) {
            for (int i = 0; i < other.keys.length; i++) {
                PyObject k = other.keys[i];
                if (k != null) {
                    keys[i] = k;
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            int mask = mask();
            fill = other.used;
            used = other.used;
            for (int i = 0; i < other.keys.length; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i], mask);
                }
            }
            return;
        }
        for (int i = 0; i < other.keys.length; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) {
                add(k, other.hashes[i]);
            }
        }
    }

    /** The index of the next active entry at or after {@code pos}, or -1. */
    int nextEntry(int pos) {
        for (int i = pos; i < keys.length; i++) {
            PyObject k = keys[i];
            if (k != null && k != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    /** The members in table order, as a snapshot. */
    public java.util.List<PyObject> members() {
        java.util.List<PyObject> out = new java.util.ArrayList<>(used);
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }

    @Override
    public java.util.Iterator<PyObject> iterator() {
        return members().iterator();
    }

    void clearTable() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
    }

    /** CPython's frozenset hash: shuffled member hashes xor-ed, then the size and a dispersion step. */
    long tableHash() {
        long h = 0;
        for (int j = 0; j < keys.length; j++) {
            PyObject k = keys[j];
            if (k != null && k != DUMMY) {
                h ^= shuffle(hashes[j]);
            }
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}

package org.adder.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Python's {@code frozenset}. The elements sit in a hash table laid out exactly as CPython
 * 3.12's set table (open addressing: runs of linear probes, then a jump perturbed by the
 * hash's high bits; growth once 3/5 full), so iteration and {@code repr} follow CPython's
 * order for the same elements, inserted in the same order, under the same PYTHONHASHSEED.
 */
public final class PyFrozenSet extends PyObject implements Iterable<PyObject> {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    private PyObject[] keys;
    private long[] hashes;
    private int used;
    /** The members in table order, fixed once the set is built. */
    private final List<PyObject> members;

    private PyFrozenSet() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        members = null;
    }

    private PyFrozenSet(PyFrozenSet built) {
        this.keys = built.keys;
        this.hashes = built.hashes;
        this.used = built.used;
        List<PyObject> order = new ArrayList<>(used);
        for (PyObject k : keys) {
            if (k != null) {
                order.add(k);
            }
        }
        this.members = Collections.unmodifiableList(order);
    }

    /**
     * {@code frozenset(items)}: the items added one by one in the order given, as CPython
     * does for a tuple (constant folding) or a marshalled frozenset.
     */
    public static PyFrozenSet of(Iterable<? extends PyObject> items) {
        PyFrozenSet building = new PyFrozenSet();
        for (PyObject item : items) {
            building.add(item);
        }
        return new PyFrozenSet(building);
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

    public static PyFrozenSet of(PyObject... items) {
        return of(List.of(items));
    }

    private void add(PyObject key) {
        long hash = key.hash();
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                PyObject k = keys[j];
                if (k == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    used++;
                    // no deletions in a frozenset, so fill == used
                    if ((long) used * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (hashes[j] == hash && (k == key || k.equals(key))) {
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        int mask = size - 1;
        for (int o = 0; o < oldKeys.length; o++) {
            if (oldKeys[o] == null) {
                continue;
            }
            long hash = oldHashes[o];
            long perturb = hash;
            int i = (int) (hash & mask);
            place:
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                for (int j = i; j <= i + probes; j++) {
                    if (keys[j] == null) {
                        keys[j] = oldKeys[o];
                        hashes[j] = hash;
                        break place;
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    public int size() {
        return used;
    }

    /** {@code key in self}. */
    public boolean contains(PyObject key) {
        long hash = key.hash();
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                PyObject k = keys[j];
                if (k == null) {
                    return false;
                }
                if (hashes[j] == hash && (k == key || k.equals(key))) {
                    return true;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** The members in iteration (table) order. */
    public List<PyObject> members() {
        return members;
    }

    @Override
    public Iterator<PyObject> iterator() {
        return members.iterator();
    }

    @Override
    public String repr() {
        if (used == 0) {
            return "frozenset()";
        }
        StringBuilder out = new StringBuilder("frozenset({");
        boolean first = true;
        for (PyObject m : members) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(m.repr());
        }
        return out.append("})").toString();
    }

    @Override
    public String typeName() {
        return "frozenset";
    }

    /**
     * CPython's frozenset hash: the members' hashes, bit-shuffled so that xor-ing them is a
     * good order-independent mix, then the size and a final dispersion step.
     */
    @Override
    public long hash() {
        long h = 0;
        for (int j = 0; j < keys.length; j++) {
            if (keys[j] != null) {
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

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyFrozenSet s) || s.used != used) {
            return false;
        }
        for (PyObject m : members) {
            if (!s.contains(m)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (PyObject m : members) {
            h += m.hashCode();
        }
        return h;
    }
}

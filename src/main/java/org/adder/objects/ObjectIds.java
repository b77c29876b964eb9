package org.adder.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * {@code id(obj)}: a number unique among live objects, fixed for the object's life, as CPython's address
 * is. The JVM moves objects and its identity hash is not unique, so ids are handed out on first request
 * from a counter (shaped like a CPython heap address) and remembered weakly by identity.
 */
public final class ObjectIds {
    private static final long BASE = 0x7f0000000000L;
    private static long next = BASE;
    private static final HashMap<Key, Long> IDS = new HashMap<>();
    private static final ReferenceQueue<Object> GONE = new ReferenceQueue<>();

    private ObjectIds() {
    }

    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            return other instanceof Key k && k.hash == hash && k.get() != null && k.get() == get();
        }
    }

    public static synchronized long id(Object o) {
        for (Object k; (k = GONE.poll()) != null; ) {
            IDS.remove(k);
        }
        Key probe = new Key(o, null);
        Long id = IDS.get(probe);
        if (id == null) {
            next += 16 * (1 + (System.identityHashCode(o) & 3));
            id = next;
            IDS.put(new Key(o, GONE), id);
        }
        return id;
    }
}

package org.adder.objects;

/**
 * The iterators over a dict's keys, values or items, forwards or reversed. Like CPython's they notice a
 * dict whose size changed ("dictionary changed size during iteration") or whose keys were replaced while
 * the size stayed ("dictionary keys changed during iteration").
 */
public final class PyDictIter extends PyObject {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;

    private static final String[] NAMES = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
    private static final String[] REVERSED = {"dict_reversekeyiterator", "dict_reversevalueiterator",
        "dict_reverseitemiterator"};
    private static final PyType[] TYPES = new PyType[3];
    private static final PyType[] REVERSED_TYPES = new PyType[3];

    static {
        for (int k = 0; k < 3; k++) {
            TYPES[k] = type(NAMES[k]);
            REVERSED_TYPES[k] = type(REVERSED[k]);
        }
    }

    private static PyType type(String name) {
        return new TypeSpec(name, PyDictIter.class)
                .slots(t -> {
                    t.tp_iter = it -> it;
                    t.tp_iternext = it -> ((PyDictIter) it).next();
                })
                .methods(m -> m.method("__length_hint__", "($self, /)",
                        (Builtin.F1) it -> PyInt.of(((PyDictIter) it).lengthHint())))
                .build();
    }

    private PyDict dict;
    private final int kind;
    private final boolean reversed;
    private int pos;
    private int expectedUsed;
    private int remaining;

    PyDictIter(PyDict dict, int kind, boolean reversed) {
        this.dict = dict;
        this.kind = kind;
        this.reversed = reversed;
        this.expectedUsed = dict.used;
        this.remaining = dict.used;
        this.pos = reversed ? dict.n - 1 : 0;
    }

    @Override
    public PyType type() {
        return reversed ? REVERSED_TYPES[kind] : TYPES[kind];
    }

    private long lengthHint() {
        return dict != null && expectedUsed == dict.used ? remaining : 0;
    }

    PyObject next() {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (expectedUsed != d.used) {
            expectedUsed = -1;
            throw PyErr.runtimeError("dictionary changed size during iteration");
        }
        int i = pos;
        if (reversed) {
            while (i >= 0 && (i >= d.n || d.keys[i] == null)) {
                i--;
            }
            pos = i - 1;
            if (i < 0) {
                dict = null;
                return null;
            }
        } else {
            while (i < d.n && d.keys[i] == null) {
                i++;
            }
            pos = i + 1;
            if (i >= d.n) {
                dict = null;
                if (remaining > 0) {
                    throw PyErr.runtimeError("dictionary keys changed during iteration");
                }
                return null;
            }
        }
        if (remaining == 0) {
            dict = null;
            throw PyErr.runtimeError("dictionary keys changed during iteration");
        }
        remaining--;
        return switch (kind) {
            case KEYS -> d.keys[i];
            case VALUES -> d.values[i];
            default -> PyTuple.of(d.keys[i], d.values[i]);
        };
    }

    @Override
    public String repr() {
        return "<" + type().getName() + " object at " + Hashing.address(this) + ">";
    }
}

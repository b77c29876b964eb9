package org.adder.objects;

/**
 * {@code iterator}: iteration by {@code __getitem__} with 0, 1, 2... until IndexError (for objects with no
 * {@code __iter__}), and the fast iterators of list and tuple.
 */
public class PySeqIter extends PyObject {
    public static final PyType TYPE = new TypeSpec("iterator", PySeqIter.class)
            .slots(t -> {
                t.tp_iter = it -> it;
                t.tp_iternext = it -> ((PySeqIter) it).next();
            })
            .build();

    private PyObject seq;
    private long index;

    PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyObject next() {
        if (seq == null) {
            return null;
        }
        try {
            return Abstract.getItem(seq, PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.IndexError) || e.matches(ExceptionTypes.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }

    @Override
    public String repr() {
        return "<" + type().getName() + " object at " + Hashing.address(this) + ">";
    }

    /** {@code list_iterator} and {@code list_reverseiterator}: they see the list as it changes. */
    public static final class ListIter extends PyObject {
        static final PyType TYPE = iterType("list_iterator");
        static final PyType REVERSED = iterType("list_reverseiterator");

        private static PyType iterType(String name) {
            return new TypeSpec(name, ListIter.class)
                    .slots(t -> {
                        t.tp_iter = it -> it;
                        t.tp_iternext = it -> ((ListIter) it).next();
                    })
                    .methods(m -> m.method("__length_hint__", "($self, /)",
                            (Builtin.F1) it -> PyInt.of(((ListIter) it).remaining())))
                    .build();
        }

        private PyList list;
        private int index;
        private final boolean reversed;

        ListIter(PyList list, boolean reversed) {
            this.list = list;
            this.reversed = reversed;
            this.index = reversed ? list.size - 1 : 0;
        }

        @Override
        public PyType type() {
            return reversed ? REVERSED : TYPE;
        }

        public PyObject next() {
            PyList l = list;
            if (l == null) {
                return null;
            }
            if (reversed) {
                if (index >= 0 && index < l.size) {
                    return l.items[index--];
                }
            } else if (index < l.size) {
                return l.items[index++];
            }
            list = null;
            return null;
        }

        private long remaining() {
            if (list == null) {
                return 0;
            }
            return reversed ? Math.max(0, Math.min(index + 1, list.size)) : Math.max(0, list.size - index);
        }

        @Override
        public String repr() {
            return "<" + type().getName() + " object at " + Hashing.address(this) + ">";
        }
    }

    /** {@code tuple_iterator}. */
    public static final class TupleIter extends PyObject {
        static final PyType TYPE = new TypeSpec("tuple_iterator", TupleIter.class)
                .slots(t -> {
                    t.tp_iter = it -> it;
                    t.tp_iternext = it -> ((TupleIter) it).next();
                })
                .methods(m -> m.method("__length_hint__", "($self, /)",
                        (Builtin.F1) it -> PyInt.of(((TupleIter) it).remaining())))
                .build();

        private PyTuple tuple;
        private int index;

        TupleIter(PyTuple tuple) {
            this.tuple = tuple;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        public PyObject next() {
            PyTuple t = tuple;
            if (t == null) {
                return null;
            }
            if (index < t.size()) {
                return t.get(index++);
            }
            tuple = null;
            return null;
        }

        private long remaining() {
            return tuple == null ? 0 : tuple.size() - index;
        }

        @Override
        public String repr() {
            return "<" + type().getName() + " object at " + Hashing.address(this) + ">";
        }
    }
}

package org.adder.objects;

import java.math.BigInteger;

/**
 * The builtin iterables and iterators the builtins module exposes as types: {@code range} (with its
 * iterator), {@code enumerate}, {@code zip}, {@code map}, {@code filter} and {@code reversed}.
 */
public final class Iterators {
    private Iterators() {
    }


    // --- range -------------------------------------------------------------------------------------------------

    public static final class Range extends PyObject {
        public static final PyType TYPE = new TypeSpec("range", Range.class)
                .flags(PyType.SEQUENCE)
                .slots(t -> {
                    t.tp_repr = o -> PyStr.of(((Range) o).repr());
                    t.tp_hash = o -> ((Range) o).hashValue();
                    t.tp_richcompare = Range::compare;
                    t.tp_iter = o -> new RangeIter((Range) o);
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                    t.tp_new = (type, args, kw) -> create(args, kw);
                    t.mp_length = o -> ((Range) o).lengthOrOverflow();
                    t.mp_subscript = (o, k) -> ((Range) o).subscript(k);
                    t.sq_contains = (o, v) -> ((Range) o).contains(v);
                    t.nb_bool = o -> ((Range) o).length.signum() != 0;
                })
                .methods(m -> m
                        .member("start", o -> ((Range) o).start, null, null)
                        .member("stop", o -> ((Range) o).stop, null, null)
                        .member("step", o -> ((Range) o).step, null, null)
                        .method("count", "($self, value, /)", (Builtin.F2) (o, v) -> PyInt.of(((Range) o).count(v)),
                                "rangeobject.count(value) -> integer -- return number of occurrences of value")
                        .method("index", "($self, value, /)", (Builtin.F2) (o, v) -> ((Range) o).index(v),
                                "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.")
                        .method("__reversed__", "($self, /)", (Builtin.F1) o -> ((Range) o).reversed(),
                                "Return a reverse iterator.")
                        .method("__reduce__", "($self, /)", (Builtin.F1) o -> PyTuple.of(Range.TYPE,
                                PyTuple.of(((Range) o).start, ((Range) o).stop, ((Range) o).step)))
                        .doc("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
                                + "Return an object that produces a sequence of integers from start (inclusive)\n"
                                + "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
                                + "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
                                + "These are exactly the valid indices for a list of 4 elements.\n"
                                + "When step is given, it specifies the increment (or decrement)."))
                .build();

        final PyInt start;
        final PyInt stop;
        final PyInt step;
        final BigInteger length;

        Range(PyInt start, PyInt stop, PyInt step) {
            this.start = start;
            this.stop = stop;
            this.step = step;
            BigInteger lo = start.bigValue();
            BigInteger hi = stop.bigValue();
            BigInteger st = step.bigValue();
            BigInteger n;
            if (st.signum() > 0) {
                n = lo.compareTo(hi) < 0 ? hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE) : BigInteger.ZERO;
            } else {
                n = lo.compareTo(hi) > 0 ? lo.subtract(hi).subtract(BigInteger.ONE).divide(st.negate()).add(BigInteger.ONE)
                        : BigInteger.ZERO;
            }
            this.length = n;
        }

        public static Range of(long start, long stop, long step) {
            return new Range(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private static PyObject create(PyObject[] args, PyTuple kw) {
            ArgSpec.noKeywords("range", kw);
            switch (args.length) {
                case 1 -> {
                    return new Range(PyInt.of(0), Abstract.index(args[0]), PyInt.of(1));
                }
                case 2, 3 -> {
                    PyInt st = args.length == 3 ? Abstract.index(args[2]) : PyInt.of(1);
                    if (st.signum() == 0) {
                        throw PyErr.valueError("range() arg 3 must not be zero");
                    }
                    return new Range(Abstract.index(args[0]), Abstract.index(args[1]), st);
                }
                case 0 -> throw PyErr.typeError("range expected at least 1 argument, got 0");
                default -> throw PyErr.typeError("range expected at most 3 arguments, got " + args.length);
            }
        }

        @Override
        public String repr() {
            String s = "range(" + start.repr() + ", " + stop.repr();
            return step.fitsLong() && step.longValue() == 1 ? s + ")" : s + ", " + step.repr() + ")";
        }

        long lengthOrOverflow() {
            if (length.bitLength() > 63) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            return length.longValue();
        }

        BigInteger item(BigInteger i) {
            return start.bigValue().add(step.bigValue().multiply(i));
        }

        PyObject subscript(PyObject k) {
            if (k instanceof PySlice s) {
                PySlice.Bounds b = s.bounds(lengthOrOverflow());
                return new Range(PyInt.of(item(BigInteger.valueOf(b.start()))), PyInt.of(item(BigInteger.valueOf(b.stop()))),
                        PyInt.of(step.bigValue().multiply(BigInteger.valueOf(b.step()))));
            }
            if (k.type().nb_index == null) {
                throw PyErr.typeError("range indices must be integers or slices, not " + k.type().getName());
            }
            BigInteger i = Abstract.index(k).bigValue();
            if (i.signum() < 0) {
                i = i.add(length);
            }
            if (i.signum() < 0 || i.compareTo(length) >= 0) {
                throw PyErr.indexError("range object index out of range");
            }
            return PyInt.of(item(i));
        }

        boolean containsInt(BigInteger v) {
            BigInteger lo = start.bigValue();
            BigInteger hi = stop.bigValue();
            BigInteger st = step.bigValue();
            if (st.signum() > 0 ? v.compareTo(lo) < 0 || v.compareTo(hi) >= 0 : v.compareTo(lo) > 0 || v.compareTo(hi) <= 0) {
                return false;
            }
            return v.subtract(lo).mod(st.abs()).signum() == 0;
        }

        boolean contains(PyObject v) {
            if (v.getClass() == PyInt.class || v.getClass() == PyBool.class) {
                return containsInt(((PyInt) v).bigValue());
            }
            return Abstract.iterSearchContains(this, v);
        }

        long count(PyObject v) {
            if (v.getClass() == PyInt.class || v.getClass() == PyBool.class) {
                return containsInt(((PyInt) v).bigValue()) ? 1 : 0;
            }
            long n = 0;
            for (PyObject x : Abstract.iterable(this)) {
                if (Abstract.eq(x, v)) {
                    n++;
                }
            }
            return n;
        }

        PyObject index(PyObject v) {
            if (v.getClass() == PyInt.class || v.getClass() == PyBool.class) {
                BigInteger b = ((PyInt) v).bigValue();
                if (containsInt(b)) {
                    return PyInt.of(b.subtract(start.bigValue()).divide(step.bigValue()));
                }
            } else {
                long i = 0;
                for (PyObject x : Abstract.iterable(this)) {
                    if (Abstract.eq(x, v)) {
                        return PyInt.of(i);
                    }
                    i++;
                }
            }
            throw PyErr.valueError(Abstract.repr(v).value() + " is not in range");
        }

        PyObject reversed() {
            BigInteger last = item(length.subtract(BigInteger.ONE));
            return new RangeIter(last, step.bigValue().negate(), length);
        }

        private static PyObject compare(PyObject a, PyObject b, int op) {
            if (!(b instanceof Range y) || (op != Compare.EQ && op != Compare.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            Range x = (Range) a;
            boolean eq;
            if (x.length.signum() == 0 || y.length.signum() == 0) {
                eq = x.length.equals(y.length);
            } else {
                eq = x.length.equals(y.length) && x.start.bigValue().equals(y.start.bigValue())
                        && (x.length.equals(BigInteger.ONE) || x.step.bigValue().equals(y.step.bigValue()));
            }
            return PyBool.of(eq == (op == Compare.EQ));
        }

        long hashValue() {
            PyObject t;
            if (length.signum() == 0) {
                t = PyTuple.of(PyInt.of(length), PyNone.NONE, PyNone.NONE);
            } else if (length.equals(BigInteger.ONE)) {
                t = PyTuple.of(PyInt.of(length), start, PyNone.NONE);
            } else {
                t = PyTuple.of(PyInt.of(length), start, step);
            }
            return Abstract.hash(t);
        }
    }

    /** {@code range_iterator} (and {@code longrange_iterator} beyond 64 bits, under one Java class). */
    static final class RangeIter extends PyObject {
        static final PyType TYPE = iteratorType("range_iterator", RangeIter.class,
                o -> ((RangeIter) o).next(), o -> PyInt.of(((RangeIter) o).remaining()));

        private long next;
        private final long step;
        private long left;
        private BigInteger bigNext;
        private BigInteger bigStep;
        private BigInteger bigLeft;

        RangeIter(Range r) {
            this(r.start.bigValue(), r.step.bigValue(), r.length);
        }

        RangeIter(BigInteger start, BigInteger step, BigInteger length) {
            if (start.bitLength() < 63 && step.bitLength() < 63 && length.bitLength() < 63
                    && start.add(step.multiply(length)).bitLength() < 63) {
                this.next = start.longValue();
                this.step = step.longValue();
                this.left = length.longValue();
            } else {
                this.step = 0;
                this.bigNext = start;
                this.bigStep = step;
                this.bigLeft = length;
            }
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject next() {
            if (bigNext != null) {
                if (bigLeft.signum() <= 0) {
                    return null;
                }
                PyObject v = PyInt.of(bigNext);
                bigNext = bigNext.add(bigStep);
                bigLeft = bigLeft.subtract(BigInteger.ONE);
                return v;
            }
            if (left <= 0) {
                return null;
            }
            long v = next;
            next += step;
            left--;
            return PyInt.of(v);
        }

        long remaining() {
            return bigNext != null ? bigLeft.longValue() : left;
        }
    }

    /** An iterator type: itself as its iterator, the given {@code __next__}, optional {@code __length_hint__}. */
    static PyType iteratorType(String name, Class<? extends PyObject> cls, Slots.Next next, Slots.Unary lengthHint) {
        return new TypeSpec(name, cls)
                .slots(t -> {
                    t.tp_iter = o -> o;
                    t.tp_iternext = next;
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                })
                .methods(m -> {
                    if (lengthHint != null) {
                        m.method("__length_hint__", "($self, /)", (Builtin.F1) lengthHint::call,
                                "Private method returning an estimate of len(list(it)).");
                    }
                })
                .build();
    }

    private static PyType subclassable(String name, Class<? extends PyObject> cls, Slots.Next next, Slots.New make,
            String doc) {
        return new TypeSpec(name, cls)
                .flags(PyType.BASETYPE)
                .slots(t -> {
                    t.tp_iter = o -> o;
                    t.tp_iternext = next;
                    t.tp_getattro = ObjectType.GENERIC_GETATTR;
                    t.tp_new = make;
                })
                .methods(m -> m.doc(doc))
                .build();
    }

    // --- enumerate, zip, map, filter, reversed -------------------------------------------------------------------

    public static class Enumerate extends PyObject {
        public static final PyType TYPE = subclassable("enumerate", Enumerate.class, o -> ((Enumerate) o).next(),
                Enumerate::create, "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
                        + "The enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a "
                        + "value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n"
                        + "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...");
        private static final ArgSpec SPEC = ArgSpec.parse("enumerate", "(iterable, start=0)");

        PyType type = TYPE;
        final PyObject it;
        PyInt count;

        Enumerate(PyObject it, PyInt start) {
            this.it = it;
            this.count = start;
        }

        @Override
        public PyType type() {
            return type;
        }

        private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
            PyObject[] a = SPEC.bind(args, kw);
            PyInt start = a[1] == null ? PyInt.of(0) : PyInt.of(Abstract.index(a[1]).bigValue());
            Enumerate e = new Enumerate(Abstract.getIter(a[0]), start);
            e.type = type;
            return e;
        }

        PyObject next() {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            PyInt i = count;
            count = IntType.add(count, PyInt.of(1));
            return PyTuple.of(i, v);
        }
    }

    public static class Zip extends PyObject {
        public static final PyType TYPE = subclassable("zip", Zip.class, o -> ((Zip) o).next(), Zip::create,
                "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', "
                        + "range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length "
                        + "tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th "
                        + "element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\n"
                        + "shortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before "
                        + "the others,\nraise a ValueError.");

        PyType type = TYPE;
        final PyObject[] its;
        final boolean strict;

        Zip(PyObject[] its, boolean strict) {
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyType type() {
            return type;
        }

        private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
            int nkw = kw == null ? 0 : kw.size();
            boolean strict = false;
            for (int i = 0; i < nkw; i++) {
                String k = ((PyStr) kw.get(i)).value();
                if (!k.equals("strict")) {
                    throw PyErr.typeError("zip() got an unexpected keyword argument '" + k + "'");
                }
                strict = Abstract.isTrue(args[args.length - nkw + i]);
            }
            PyObject[] its = new PyObject[args.length - nkw];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.getIter(args[i]);
            }
            Zip z = new Zip(its, strict);
            z.type = type;
            return z;
        }

        PyObject next() {
            if (its.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    if (strict) {
                        strictCheck(i);
                    }
                    return null;
                }
                items[i] = v;
            }
            return PyTuple.wrap(items);
        }

        private void strictCheck(int i) {
            if (i > 0) {
                String plural = i == 1 ? " " : "s 1-";
                throw PyErr.valueError("zip() argument " + (i + 1) + " is shorter than argument" + plural + i);
            }
            for (int j = 1; j < its.length; j++) {
                if (Abstract.next(its[j]) != null) {
                    String plural = j == 1 ? " " : "s 1-";
                    throw PyErr.valueError("zip() argument " + (j + 1) + " is longer than argument" + plural + j);
                }
            }
        }
    }

    public static class MapIter extends PyObject {
        public static final PyType TYPE = subclassable("map", MapIter.class, o -> ((MapIter) o).next(), MapIter::create,
                "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\n"
                        + "each of the iterables.  Stops when the shortest iterable is exhausted.");

        PyType type = TYPE;
        final PyObject func;
        final PyObject[] its;

        MapIter(PyObject func, PyObject[] its) {
            this.func = func;
            this.its = its;
        }

        @Override
        public PyType type() {
            return type;
        }

        private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
            if (type == TYPE) {
                ArgSpec.noKeywords("map", kw);
            }
            if (args.length < 2) {
                throw PyErr.typeError("map() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[args.length - 1];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.getIter(args[i + 1]);
            }
            MapIter m = new MapIter(args[0], its);
            m.type = type;
            return m;
        }

        PyObject next() {
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    return null;
                }
                items[i] = v;
            }
            return Abstract.call(func, items, null);
        }
    }

    public static class Filter extends PyObject {
        public static final PyType TYPE = subclassable("filter", Filter.class, o -> ((Filter) o).next(), Filter::create,
                "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable "
                        + "for which function(item)\nis true. If function is None, return the items that are true.");

        PyType type = TYPE;
        final PyObject func;
        final PyObject it;

        Filter(PyObject func, PyObject it) {
            this.func = func;
            this.it = it;
        }

        @Override
        public PyType type() {
            return type;
        }

        private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
            if (type == TYPE) {
                ArgSpec.noKeywords("filter", kw);
            }
            if (args.length != 2) {
                throw PyErr.typeError("filter expected 2 arguments, got " + args.length);
            }
            Filter f = new Filter(args[0], Abstract.getIter(args[1]));
            f.type = type;
            return f;
        }

        PyObject next() {
            while (true) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                boolean ok = func == PyNone.NONE || func == PyBool.TYPE ? Abstract.isTrue(v)
                        : Abstract.isTrue(Abstract.call(func, v));
                if (ok) {
                    return v;
                }
            }
        }
    }

    public static class Reversed extends PyObject {
        public static final PyType TYPE = subclassable("reversed", Reversed.class, o -> ((Reversed) o).next(),
                Reversed::create, "Return a reverse iterator over the values of the given sequence.");

        PyType type = TYPE;
        final PyObject seq;
        long index;

        Reversed(PyObject seq, long n) {
            this.seq = seq;
            this.index = n - 1;
        }

        @Override
        public PyType type() {
            return type;
        }

        private static PyObject create(PyType type, PyObject[] args, PyTuple kw) {
            if (type == TYPE) {
                ArgSpec.noKeywords("reversed", kw);
            }
            if (args.length != 1) {
                throw PyErr.typeError("reversed expected 1 argument, got " + args.length);
            }
            PyObject seq = args[0];
            PyObject m = seq.type().lookup(SpecialNames.__reversed__);
            if (m == PyNone.NONE) {
                throw PyErr.typeError("'" + seq.type().getName() + "' object is not reversible");
            }
            if (m != null && type == TYPE) {
                return Abstract.callDescriptor(m, seq);
            }
            if (!Abstract.isSequence(seq) || seq instanceof PyDict) {
                throw PyErr.typeError("'" + seq.type().getName() + "' object is not reversible");
            }
            Reversed r = new Reversed(seq, Abstract.length(seq));
            r.type = type;
            return r;
        }

        PyObject next() {
            if (index < 0) {
                return null;
            }
            try {
                return Abstract.getItem(seq, PyInt.of(index--));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.IndexError) || e.matches(ExceptionTypes.StopIteration)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }
    }
}

package org.adder.objects;

/**
 * The evaluation loop's shortcuts for exact ints, floats and strs: the operations CPython 3.12 specialises
 * ({@code BINARY_OP_ADD_INT}, {@code COMPARE_OP_INT}...), done without a slot lookup. Each returns null when
 * its operands are not of the kinds it handles, and the caller takes the general path; results are what
 * the general path would give.
 */
public final class FastPaths {
    private FastPaths() {
    }

    /** {@code v OP w} for BINARY_OP's argument, or null. */
    public static PyObject binary(PyObject v, PyObject w, int op) {
        Class<?> cv = v.getClass();
        if (cv == PyInt.class && w.getClass() == PyInt.class) {
            PyInt x = (PyInt) v;
            PyInt y = (PyInt) w;
            return switch (op) {
                case Abstract.NB_ADD, Abstract.NB_INPLACE + Abstract.NB_ADD -> IntType.add(x, y);
                case Abstract.NB_SUBTRACT, Abstract.NB_INPLACE + Abstract.NB_SUBTRACT -> IntType.subtract(x, y);
                case Abstract.NB_MULTIPLY, Abstract.NB_INPLACE + Abstract.NB_MULTIPLY -> IntType.multiply(x, y);
                case Abstract.NB_FLOOR_DIVIDE, Abstract.NB_INPLACE + Abstract.NB_FLOOR_DIVIDE ->
                        y.big == null && y.small == 0 ? null : IntType.floorDiv(x, y);
                case Abstract.NB_REMAINDER, Abstract.NB_INPLACE + Abstract.NB_REMAINDER ->
                        y.big == null && y.small == 0 ? null : IntType.mod(x, y);
                default -> null;
            };
        }
        if (cv == PyFloat.class && w.getClass() == PyFloat.class) {
            double x = ((PyFloat) v).value();
            double y = ((PyFloat) w).value();
            return switch (op) {
                case Abstract.NB_ADD, Abstract.NB_INPLACE + Abstract.NB_ADD -> new PyFloat(x + y);
                case Abstract.NB_SUBTRACT, Abstract.NB_INPLACE + Abstract.NB_SUBTRACT -> new PyFloat(x - y);
                case Abstract.NB_MULTIPLY, Abstract.NB_INPLACE + Abstract.NB_MULTIPLY -> new PyFloat(x * y);
                case Abstract.NB_TRUE_DIVIDE, Abstract.NB_INPLACE + Abstract.NB_TRUE_DIVIDE ->
                        y == 0.0 ? null : new PyFloat(x / y);
                default -> null;
            };
        }
        if (cv == PyStr.class && w.getClass() == PyStr.class
                && (op == Abstract.NB_ADD || op == Abstract.NB_INPLACE + Abstract.NB_ADD)) {
            PyStr a = (PyStr) v;
            PyStr b = (PyStr) w;
            if (a.length() == 0) {
                return b;
            }
            if (b.length() == 0) {
                return a;
            }
            return new PyStr(a.value().concat(b.value()));
        }
        return null;
    }

    /** {@code v OP w} for COMPARE_OP's operator (arg >> 4), or null. */
    public static PyObject compare(PyObject v, PyObject w, int op) {
        Class<?> cv = v.getClass();
        if (cv == PyInt.class && w.getClass() == PyInt.class) {
            return PyBool.of(Compare.test(IntType.compare((PyInt) v, (PyInt) w), op));
        }
        if (cv == PyFloat.class && w.getClass() == PyFloat.class) {
            double x = ((PyFloat) v).value();
            double y = ((PyFloat) w).value();
            return PyBool.of(switch (op) {
                case Compare.LT -> x < y;
                case Compare.LE -> x <= y;
                case Compare.EQ -> x == y;
                case Compare.NE -> x != y;
                case Compare.GT -> x > y;
                default -> x >= y;
            });
        }
        if (cv == PyStr.class && w.getClass() == PyStr.class && (op == Compare.EQ || op == Compare.NE)) {
            return PyBool.of(v.equals(w) == (op == Compare.EQ));
        }
        return null;
    }

    /** {@code container[index]} for a list or tuple indexed by an int, or null. */
    public static PyObject subscript(PyObject container, PyObject index) {
        if (index.getClass() != PyInt.class || ((PyInt) index).big != null) {
            return null;
        }
        long i = ((PyInt) index).small;
        if (container.getClass() == PyList.class) {
            PyList l = (PyList) container;
            int n = l.size();
            if (i < 0) {
                i += n;
            }
            return i >= 0 && i < n ? l.get((int) i) : null;
        }
        if (container.getClass() == PyTuple.class) {
            PyTuple t = (PyTuple) container;
            int n = t.size();
            if (i < 0) {
                i += n;
            }
            return i >= 0 && i < n ? t.get((int) i) : null;
        }
        return null;
    }
}

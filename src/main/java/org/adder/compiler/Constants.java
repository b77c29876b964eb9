package org.adder.compiler;

import java.util.List;
import org.adder.bytecode.ConstantKey;
import org.adder.objects.PyBool;
import org.adder.objects.PyBytes;
import org.adder.objects.PyComplex;
import org.adder.objects.PyFloat;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyInt;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/**
 * What the compiler needs to know about constant values: CPython's constant key (equal keys are
 * the same constant: {@code 1}, {@code 1.0} and {@code True} are three constants, {@code 0.0} and
 * {@code -0.0} two) and truth, for folding constant conditions.
 */
public final class Constants {
    private Constants() {
    }

    /** A map key that is equal for the same constant, as {@code _PyCode_ConstantKey} makes them. */
    public static Object key(PyObject constant) {
        return new Key(constant);
    }

    private record Key(PyObject value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && ConstantKey.same(value, k.value);
        }

        @Override
        public int hashCode() {
            return keyHash(value);
        }
    }

    private static int keyHash(PyObject v) {
        int h = v.getClass().hashCode();
        if (v instanceof PyFloat f) {
            return h ^ Long.hashCode(Double.doubleToRawLongBits(f.value()));
        }
        if (v instanceof PyComplex c) {
            return h ^ Long.hashCode(Double.doubleToRawLongBits(c.real()))
                    ^ 31 * Long.hashCode(Double.doubleToRawLongBits(c.imag()));
        }
        if (v instanceof PyTuple t) {
            for (PyObject item : t) {
                h = 31 * h + keyHash(item);
            }
            return h;
        }
        if (v instanceof PyFrozenSet s) {
            for (PyObject item : s) {
                h += keyHash(item); // order-free, as set equality is
            }
            return h;
        }
        return h ^ v.hashCode();
    }

    /** {@code bool(constant)} for the types constants have. */
    public static boolean isTrue(PyObject c) {
        if (c instanceof PyNone) {
            return false;
        }
        if (c instanceof PyBool b) {
            return b.value();
        }
        if (c instanceof PyInt i) {
            return i.signum() != 0;
        }
        if (c instanceof PyFloat f) {
            return f.value() != 0.0;
        }
        if (c instanceof PyComplex z) {
            return z.real() != 0.0 || z.imag() != 0.0;
        }
        if (c instanceof PyStr s) {
            return !s.value().isEmpty();
        }
        if (c instanceof PyBytes b) {
            return b.length() != 0;
        }
        if (c instanceof PyTuple t) {
            return t.size() != 0;
        }
        if (c instanceof PyFrozenSet s) {
            return s.size() != 0;
        }
        return true; // Ellipsis, code objects
    }

    public static boolean isNone(PyObject c) {
        return c == PyNone.NONE;
    }

    public static PyTuple tuple(List<PyObject> items) {
        return PyTuple.of(items);
    }
}

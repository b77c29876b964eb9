package org.adder.bytecode;

import java.util.Iterator;
import org.adder.objects.PyComplex;
import org.adder.objects.PyFloat;
import org.adder.objects.PyFrozenSet;
import org.adder.objects.PyObject;
import org.adder.objects.PyTuple;

/**
 * Constant identity as the compiler sees it ({@code _PyCode_ConstantKey}): equal values of
 * different types (1, 1.0, True) and floats that compare equal but differ in bits (0.0 and
 * -0.0) are different constants. CPython's key holds the float itself and compares by identity
 * before equality, so a NaN (which equals nothing) is only ever the same constant as itself: two
 * NaNs folded from separate expressions stay two entries of co_consts, whatever their bits.
 */
public final class ConstantKey {
    private ConstantKey() {
    }

    public static boolean same(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof PyFloat x) {
            if (Double.isNaN(x.value())) {
                return false; // a == b was checked above
            }
            return Double.doubleToRawLongBits(x.value()) == Double.doubleToRawLongBits(((PyFloat) b).value());
        }
        if (a instanceof PyComplex x) {
            PyComplex y = (PyComplex) b;
            if (Double.isNaN(x.real()) || Double.isNaN(x.imag())) {
                return false;
            }
            return Double.doubleToRawLongBits(x.real()) == Double.doubleToRawLongBits(y.real())
                    && Double.doubleToRawLongBits(x.imag()) == Double.doubleToRawLongBits(y.imag());
        }
        if (a instanceof PyTuple x) {
            PyTuple y = (PyTuple) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PyFrozenSet x) {
            PyFrozenSet y = (PyFrozenSet) b;
            if (x.size() != y.size()) {
                return false;
            }
            outer:
            for (PyObject m : x) {
                for (Iterator<PyObject> it = y.iterator(); it.hasNext(); ) {
                    if (same(m, it.next())) {
                        continue outer;
                    }
                }
                return false;
            }
            return true;
        }
        return a.equals(b);
    }
}

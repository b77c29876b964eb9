package org.adder.compiler;

import java.util.ArrayList;
import java.util.List;
import org.adder.bytecode.CodeObject;
import org.adder.bytecode.ConstantKey;
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
 * The {@link ConstantModel} of Adder's runtime objects: the compiler's constants are
 * {@link PyObject}s, keyed as CPython's {@code _PyCode_ConstantKey} keys them.
 */
public final class PyConstantModel implements ConstantModel {
    public static final PyConstantModel INSTANCE = new PyConstantModel();

    private PyConstantModel() {
    }

    /** A constant wrapped so that equals is {@link ConstantKey#same}; code objects are keyed by identity. */
    private record Key(PyObject value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && (value instanceof CodeObject ? value == k.value : ConstantKey.same(value, k.value));
        }

        @Override
        public int hashCode() {
            if (value instanceof CodeObject) {
                return System.identityHashCode(value);
            }
            return value.getClass().hashCode() * 31 + Long.hashCode(value.hash());
        }
    }

    @Override
    public Object key(Object constant) {
        return new Key((PyObject) constant);
    }

    @Override
    public boolean isTrue(Object constant) {
        return truth((PyObject) constant);
    }

    /** {@code bool(value)} for a constant. */
    public static boolean truth(PyObject value) {
        if (value instanceof PyInt i) {
            return i.signum() != 0;
        } else if (value instanceof PyFloat f) {
            return f.value() != 0.0;
        } else if (value instanceof PyComplex c) {
            return c.real() != 0.0 || c.imag() != 0.0;
        } else if (value instanceof PyStr s) {
            return !s.value().isEmpty();
        } else if (value instanceof PyBytes b) {
            return b.length() != 0;
        } else if (value instanceof PyTuple t) {
            return t.size() != 0;
        } else if (value instanceof PyFrozenSet s) {
            return s.size() != 0;
        }
        return !(value instanceof PyNone);
    }

    @Override
    public boolean isNone(Object constant) {
        return constant == PyNone.NONE;
    }

    @Override
    public Object none() {
        return PyNone.NONE;
    }

    @Override
    public Object tuple(List<Object> items) {
        List<PyObject> objects = new ArrayList<>(items.size());
        for (Object o : items) {
            objects.add((PyObject) o);
        }
        return PyTuple.of(objects);
    }
}

package org.adder.modules;

import org.adder.objects.Abstract;
import org.adder.objects.Compare;
import org.adder.objects.FastPaths;
import org.adder.objects.PyErr;
import org.adder.objects.PyFloat;
import org.adder.objects.PyInt;
import org.adder.objects.PyObject;
import org.adder.objects.PyStr;
import org.adder.objects.PyTuple;

/** {@code min}, {@code max} and {@code sum}, with CPython's argument rules and messages. */
final class MinMax {
    private MinMax() {
    }

    static PyObject minmax(PyObject[] args, PyTuple kw, boolean min) {
        String name = min ? "min" : "max";
        int nkw = kw == null ? 0 : kw.size();
        int npos = args.length - nkw;
        PyObject key = null;
        PyObject dflt = null;
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kw.get(i)).value();
            PyObject v = args[npos + i];
            switch (k) {
                case "key" -> key = v == org.adder.objects.PyNone.NONE ? null : v;
                case "default" -> dflt = v;
                default -> throw PyErr.typeError(name + "() got an unexpected keyword argument '" + k + "'");
            }
        }
        if (npos == 0) {
            throw PyErr.typeError(name + " expected at least 1 argument, got 0");
        }
        Iterable<PyObject> items;
        if (npos == 1) {
            items = Abstract.iterable(args[0]);
        } else {
            if (dflt != null) {
                throw PyErr.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = java.util.Arrays.asList(args).subList(0, npos);
        }
        PyObject best = null;
        PyObject bestKey = null;
        int op = min ? Compare.LT : Compare.GT;
        for (PyObject item : items) {
            PyObject k = key == null ? item : Abstract.call(key, item);
            if (best == null) {
                best = item;
                bestKey = k;
            } else {
                PyObject c = FastPaths.compare(k, bestKey, op);
                if (c == null ? Abstract.richCompareBool(k, bestKey, op) : Abstract.isTrue(c)) {
                    best = item;
                    bestKey = k;
                }
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.valueError(name + "() iterable argument is empty");
        }
        return best;
    }

    static PyObject sum(PyObject iterable, PyObject start) {
        PyObject result = start == null ? PyInt.of(0) : start;
        if (result instanceof PyStr) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (result instanceof org.adder.objects.PyBytes) {
            throw PyErr.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (result instanceof org.adder.objects.PyByteArray) {
            throw PyErr.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        boolean floats = result.getClass() == PyFloat.class;
        double fsum = floats ? ((PyFloat) result).value() : 0;
        for (PyObject item : Abstract.iterable(iterable)) {
            if (floats && item.getClass() == PyFloat.class) {
                fsum += ((PyFloat) item).value();
                continue;
            }
            if (floats) {
                result = new PyFloat(fsum);
                floats = false;
            }
            PyObject r = FastPaths.binary(result, item, Abstract.NB_ADD);
            result = r != null ? r : Abstract.add(result, item);
            if (result.getClass() == PyFloat.class) {
                floats = true;
                fsum = ((PyFloat) result).value();
            }
        }
        return floats ? new PyFloat(fsum) : result;
    }
}

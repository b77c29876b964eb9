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
                default -> throw PyErr.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
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
        // as CPython 3.12: exact ints summed as ints, then floats with Neumaier's compensation
        java.util.Iterator<PyObject> it = Abstract.iterable(iterable).iterator();
        while (it.hasNext()) {
            PyObject item = it.next();
            if (result.getClass() == PyFloat.class) {
                double f = ((PyFloat) result).value();
                double c = 0.0;
                while (true) {
                    if (item.getClass() == PyFloat.class) {
                        double x = ((PyFloat) item).value();
                        double t = f + x;
                        c += Math.abs(f) >= Math.abs(x) ? (f - t) + x : (x - t) + f;
                        f = t;
                    } else if (item instanceof PyInt i && i.fitsLong()) {
                        f += (double) i.longValue();
                    } else {
                        if (c != 0 && Double.isFinite(c)) {
                            f += c;
                        }
                        result = Abstract.add(new PyFloat(f), item);
                        break;
                    }
                    if (!it.hasNext()) {
                        if (c != 0 && Double.isFinite(c)) {
                            f += c;
                        }
                        return new PyFloat(f);
                    }
                    item = it.next();
                }
                continue;
            }
            PyObject r = FastPaths.binary(result, item, Abstract.NB_ADD);
            result = r != null ? r : Abstract.add(result, item);
        }
        return result;
    }
}

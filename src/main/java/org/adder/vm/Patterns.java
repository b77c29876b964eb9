package org.adder.vm;

import java.util.ArrayList;
import java.util.List;
import org.adder.objects.Abstract;
import org.adder.objects.ExceptionTypes;
import org.adder.objects.PyErr;
import org.adder.objects.PyException;
import org.adder.objects.PyNone;
import org.adder.objects.PyObject;
import org.adder.objects.PySet;
import org.adder.objects.PyStr;
import org.adder.objects.PySentinel;
import org.adder.objects.PyTuple;
import org.adder.objects.PyType;

/** The instructions of {@code match}: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and MATCH_CLASS. */
final class Patterns {
    private static final PyObject MISSING = new PySentinel("<missing>");
    private static final PyStr MATCH_ARGS = PyStr.intern("__match_args__");
    private static final PyStr GET = PyStr.intern("get");

    private Patterns() {
    }

    static boolean matchKind(PyObject subject, boolean mapping) {
        int flags = subject.type().flags;
        return (flags & (mapping ? PyType.MAPPING : PyType.SEQUENCE)) != 0;
    }

    /** MATCH_KEYS: the values of {@code keys} in the subject, as a tuple; None when one is missing. */
    static PyObject matchKeys(PyObject map, PyObject keys) {
        PyTuple ks = (PyTuple) keys;
        if (ks.size() == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Abstract.getAttr(map, GET);
        PySet seen = new PySet();
        PyObject[] values = new PyObject[ks.size()];
        for (int i = 0; i < values.length; i++) {
            PyObject key = ks.get(i);
            if (seen.contains(key)) {
                throw PyErr.valueError("mapping pattern checks duplicate key (" + Abstract.repr(key).value() + ")");
            }
            seen.add(key);
            PyObject v = Abstract.call(get, key, MISSING);
            if (v == MISSING) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.wrap(values);
    }

    /** MATCH_CLASS: the attributes for the sub-patterns as a tuple, or None when the subject does not match. */
    static PyObject matchClass(PyObject subject, PyObject cls, PyObject names, int nargs) {
        if (!(cls instanceof PyType type)) {
            throw PyErr.typeError("called match pattern must be a class");
        }
        if (!Abstract.isInstance(subject, type)) {
            return PyNone.NONE;
        }
        List<PyObject> attrs = new ArrayList<>();
        PySet seen = new PySet();
        boolean matchSelf = false;
        if (nargs > 0) {
            PyObject matchArgs = Abstract.getAttrOrNull(type, MATCH_ARGS);
            int allowed;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple)) {
                    throw PyErr.typeError(type.tpName() + ".__match_args__ must be a tuple (got "
                            + matchArgs.type().getName() + ")");
                }
                allowed = ((PyTuple) matchArgs).size();
            } else {
                matchSelf = (type.flags & PyType.MATCH_SELF) != 0;
                allowed = matchSelf ? 1 : 0;
            }
            if (allowed < nargs) {
                throw PyErr.typeError(type.tpName() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = ((PyTuple) matchArgs).get(i);
                    if (!(name instanceof PyStr)) {
                        throw PyErr.typeError("__match_args__ elements must be strings (got " + name.type().getName() + ")");
                    }
                    PyObject v = attribute(subject, type, (PyStr) name, seen);
                    if (v == null) {
                        return PyNone.NONE;
                    }
                    attrs.add(v);
                }
            }
        }
        for (PyObject name : (PyTuple) names) {
            PyObject v = attribute(subject, type, (PyStr) name, seen);
            if (v == null) {
                return PyNone.NONE;
            }
            attrs.add(v);
        }
        return PyTuple.of(attrs);
    }

    private static PyObject attribute(PyObject subject, PyType type, PyStr name, PySet seen) {
        if (seen.contains(name)) {
            throw PyErr.typeError(type.tpName() + "() got multiple sub-patterns for attribute " + Abstract.repr(name).value());
        }
        seen.add(name);
        try {
            return Abstract.getAttrOrNull(subject, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) {
                return null;
            }
            throw e;
        }
    }
}

package org.adder.objects;

import java.util.ArrayList;
import java.util.List;

/** The C3 linearization that gives a class its {@code __mro__}, with CPython's errors. */
final class Mro {
    private Mro() {
    }

    /** The MRO of {@code t} from its bases' MROs. */
    static PyType[] compute(PyType t) {
        PyTuple bases = t.bases();
        if (bases.size() == 0) {
            return new PyType[] {t};
        }
        if (bases.size() == 1) {
            PyType[] b = ((PyType) bases.get(0)).mro;
            PyType[] out = new PyType[b.length + 1];
            out[0] = t;
            System.arraycopy(b, 0, out, 1, b.length);
            return out;
        }
        for (int i = 0; i < bases.size(); i++) {
            for (int j = i + 1; j < bases.size(); j++) {
                if (bases.get(i) == bases.get(j)) {
                    throw PyErr.typeError("duplicate base class " + ((PyType) bases.get(i)).getName());
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyObject b : bases) {
            seqs.add(new ArrayList<>(List.of(((PyType) b).mro)));
        }
        List<PyType> order = new ArrayList<>();
        for (PyObject b : bases) {
            order.add((PyType) b);
        }
        seqs.add(order);
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            boolean empty = true;
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                if (s.isEmpty()) {
                    continue;
                }
                empty = false;
                PyType head = s.get(0);
                if (!inTail(seqs, head)) {
                    candidate = head;
                    break;
                }
            }
            if (empty) {
                return result.toArray(PyType[]::new);
            }
            if (candidate == null) {
                throw inconsistent(seqs);
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    private static boolean inTail(List<List<PyType>> seqs, PyType t) {
        for (List<PyType> s : seqs) {
            for (int i = 1; i < s.size(); i++) {
                if (s.get(i) == t) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Cannot create a consistent method resolution order (MRO) for bases A, B" naming the heads left. */
    private static PyException inconsistent(List<List<PyType>> seqs) {
        List<PyType> heads = new ArrayList<>();
        for (List<PyType> s : seqs) {
            if (!s.isEmpty() && !heads.contains(s.get(0))) {
                heads.add(s.get(0));
            }
        }
        StringBuilder b = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
        for (int i = 0; i < heads.size(); i++) {
            b.append(i == 0 ? " " : ", ").append(heads.get(i).getName());
        }
        return PyErr.typeError(b.toString());
    }
}

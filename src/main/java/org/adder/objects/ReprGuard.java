package org.adder.objects;

import org.adder.vm.ThreadState;

/**
 * {@code Py_ReprEnter}/{@code Py_ReprLeave}: the containers whose repr is being made on this thread, so
 * that a container inside itself shows as {@code [...]} or {@code {...}} instead of recursing forever.
 */
public final class ReprGuard {
    private ReprGuard() {
    }

    /** False when {@code o} is already being shown further up. */
    public static boolean enter(PyObject o) {
        java.util.List<PyObject> active = ThreadState.current().reprActive;
        for (int i = active.size() - 1; i >= 0; i--) {
            if (active.get(i) == o) {
                return false;
            }
        }
        active.add(o);
        return true;
    }

    public static void leave(PyObject o) {
        java.util.List<PyObject> active = ThreadState.current().reprActive;
        for (int i = active.size() - 1; i >= 0; i--) {
            if (active.get(i) == o) {
                active.remove(i);
                return;
            }
        }
    }
}

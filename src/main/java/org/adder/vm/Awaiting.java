package org.adder.vm;

import org.adder.objects.PyObject;

/** What the builtins need of {@code await}'s rules. */
public final class Awaiting {
    private Awaiting() {
    }

    /** The iterator {@code await o} runs ({@code _PyCoro_GetAwaitableIter}). */
    public static PyObject iter(PyObject o) {
        PyObject it = Generators.awaitableIter(o);
        return it instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE ? new PyGenerator.CoroutineWrapper(g) : it;
    }
}

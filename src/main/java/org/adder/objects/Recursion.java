package org.adder.objects;

import org.adder.vm.ThreadState;

/**
 * CPython's C recursion guard ({@code Py_EnterRecursiveCall}): operations that recurse through Java code
 * (repr of nested containers, comparisons, isinstance checks) count their depth and raise RecursionError
 * past 1500 levels, the fixed limit of CPython 3.12, whatever {@code sys.setrecursionlimit} says.
 */
public final class Recursion {
    public static final int C_LIMIT = 1500;

    private Recursion() {
    }

    public static void enter(String where) {
        ThreadState ts = ThreadState.current();
        if (++ts.cDepth > C_LIMIT) {
            ts.cDepth--;
            throw PyErr.recursionError("maximum recursion depth exceeded" + where);
        }
    }

    public static void leave() {
        ThreadState.current().cDepth--;
    }
}

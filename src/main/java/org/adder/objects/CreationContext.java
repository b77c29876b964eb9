package org.adder.objects;

import org.adder.vm.ThreadState;

/** What making an object needs from the running code: the module a class is defined in. */
final class CreationContext {
    private CreationContext() {
    }

    /** {@code __name__} of the current frame's globals, which a new class takes as its {@code __module__}. */
    static PyObject currentModuleName() {
        PyDict globals = ThreadState.current().currentGlobals();
        return globals == null ? null : globals.getStr(SpecialNames.__name__);
    }
}

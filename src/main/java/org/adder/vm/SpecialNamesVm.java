package org.adder.vm;

import org.adder.objects.PyStr;

/** Names the VM looks up that are not special methods. */
final class SpecialNamesVm {
    static final PyStr CLOSE = PyStr.intern("close");
    static final PyStr SEND = PyStr.intern("send");
    static final PyStr THROW = PyStr.intern("throw");
    static final PyStr NEXT = PyStr.intern("__next__");

    private SpecialNamesVm() {
    }
}

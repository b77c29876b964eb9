package org.adder.objects;

/**
 * An instance of a class defined in Python: it carries its own type (which {@code __class__} assignment
 * may change), possibly a {@code __dict__} and {@code __slots__} values. {@link PyInstance} is the plain
 * case (the class derives from {@code object}); builtin types that can be subclassed have a nested
 * {@code Derived} class that adds these to their own layout.
 */
public interface HeapObject extends SlotHolder {
    void setType(PyType type);
}

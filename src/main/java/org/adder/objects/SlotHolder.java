package org.adder.objects;

/** An instance of a class with {@code __slots__}: the values of its slot members, by index. */
public interface SlotHolder {
    PyObject[] slotValues();
}

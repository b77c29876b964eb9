package org.adder.objects;

/**
 * The shapes of a type's slots, CPython's {@code tp_*}, {@code nb_*}, {@code sq_*}, {@code mp_*} and
 * {@code am_*} function pointers. A slot holds the implementation the interpreter calls for an operation,
 * so that {@code 1 + 2} runs {@code int}'s addition without looking anything up in a dictionary; a class
 * that defines {@code __add__} gets a slot that calls it (see {@link SlotTable}).
 */
public final class Slots {
    private Slots() {
    }

    /** {@code tp_repr}, {@code tp_str}, {@code tp_iter}, {@code nb_negative}, {@code nb_index}, {@code am_await}... */
    @FunctionalInterface
    public interface Unary {
        PyObject call(PyObject self);
    }

    /** {@code nb_add} and the other binary numeric slots: the result or NotImplemented. */
    @FunctionalInterface
    public interface Binary {
        PyObject call(PyObject self, PyObject other);
    }

    /** {@code nb_power}: the third operand is None when absent. */
    @FunctionalInterface
    public interface Ternary {
        PyObject call(PyObject self, PyObject other, PyObject modulo);
    }

    /** {@code nb_bool}. */
    @FunctionalInterface
    public interface Predicate {
        boolean test(PyObject self);
    }

    /** {@code tp_hash}. */
    @FunctionalInterface
    public interface Hash {
        long hash(PyObject self);
    }

    /** {@code mp_length}/{@code sq_length}. */
    @FunctionalInterface
    public interface Length {
        long length(PyObject self);
    }

    /** {@code sq_contains}. */
    @FunctionalInterface
    public interface Contains {
        boolean contains(PyObject self, PyObject item);
    }

    /** {@code sq_repeat}: {@code seq * n} with n already an index. */
    @FunctionalInterface
    public interface Repeat {
        PyObject repeat(PyObject self, long n);
    }

    /** {@code tp_richcompare}: op is one of {@link Compare}'s constants; the result may be NotImplemented. */
    @FunctionalInterface
    public interface RichCompare {
        PyObject compare(PyObject self, PyObject other, int op);
    }

    /** {@code tp_getattro}: the attribute, or an AttributeError raised. */
    @FunctionalInterface
    public interface GetAttr {
        PyObject getattr(PyObject self, PyStr name);
    }

    /** {@code tp_setattro}: a null value deletes. */
    @FunctionalInterface
    public interface SetAttr {
        void setattr(PyObject self, PyStr name, PyObject value);
    }

    /** {@code mp_ass_subscript}: a null value deletes. */
    @FunctionalInterface
    public interface SetItem {
        void setitem(PyObject self, PyObject key, PyObject value);
    }

    /** {@code tp_descr_get}: obj is null when looked up on the class. */
    @FunctionalInterface
    public interface DescrGet {
        PyObject get(PyObject descr, PyObject obj, PyObject type);
    }

    /** {@code tp_descr_set}: a null value deletes. */
    @FunctionalInterface
    public interface DescrSet {
        void set(PyObject descr, PyObject obj, PyObject value);
    }

    /**
     * {@code tp_call} (vectorcall): {@code args} holds the positional arguments followed by the values of
     * the keyword arguments named in {@code kwnames} (null when there are none).
     */
    @FunctionalInterface
    public interface Call {
        PyObject call(PyObject self, PyObject[] args, PyTuple kwnames);
    }

    /** {@code tp_new}: the new object of {@code type} (which may be a subtype). */
    @FunctionalInterface
    public interface New {
        PyObject create(PyType type, PyObject[] args, PyTuple kwnames);
    }

    /** {@code tp_init}. */
    @FunctionalInterface
    public interface Init {
        void init(PyObject self, PyObject[] args, PyTuple kwnames);
    }

    /** {@code tp_iternext}: the next item, or null when the iterator is exhausted (no StopIteration made). */
    @FunctionalInterface
    public interface Next {
        PyObject next(PyObject self);
    }
}
